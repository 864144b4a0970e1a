import { Controller } from '@nestjs/common';
import { Ctx, NatsContext, Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { HEADER } from '@pg/messaging';
import { ListParkedEventsRequest, RIMO_PARTNER, RimoWebhookRequest, ReplayParkedEventRequest, TREATMENTS, type RequestMeta } from '@pg/contracts';
import { ParkedEventsService } from './parked-events.service.js';
import { RimoWebhookService } from './rimo-webhook.service.js';

@Controller()
export class WebhooksHandler {
  constructor(private readonly rimo: RimoWebhookService, private readonly parked: ParkedEventsService) {}

  /**
   * The partner authenticates by its signature (checked in the handler): recorded as `partner:rimo`. The request id
   * is kept with the event, so the audit event of its effect (PartnerInboxProcessor) names the same request.
   */
  @AuditedPattern({ pattern: TREATMENTS.rimoWebhook, action: 'import', resource: 'partner-event', partner: RIMO_PARTNER })
  rimoWebhook(@Payload() req: RimoWebhookRequest, @Ctx() ctx: NatsContext) {
    return this.rimo.receive(req, ctx.getHeaders?.()?.get(HEADER.requestId) || null);
  }

  @AuditedPattern({ pattern: TREATMENTS.rimoParkedList, action: 'search', resource: 'partner-event', queryKeys: ['status', 'limit'] })
  parkedList(@Payload() req: ListParkedEventsRequest, @Meta() meta: RequestMeta) {
    return this.parked.list(meta, req.query);
  }

  @AuditedPattern({ pattern: TREATMENTS.rimoParkedReplay, action: 'update', resource: 'partner-event' })
  parkedReplay(@Payload() req: ReplayParkedEventRequest, @Meta() meta: RequestMeta) {
    return this.parked.replay(meta, req.id);
  }
}
