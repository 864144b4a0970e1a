import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiExtension, ApiHeader, ApiOkResponse, ApiResponse, ApiTags } from '@nestjs/swagger';
import {
  DomainException, ListParkedEventsQueryDto, ParkedEventIdParamDto, TREATMENTS, type ParkedEventDto, type RimoWebhookReceiptDto,
} from '@pg/contracts';
import { Public, Requires } from '../access/requires.decorator.js';
import { Forwarder } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * Partner webhooks (docs/treatments.md). The gateway holds no partner secret: it forwards the raw body and the
 * signature headers untouched, and treatments-svc checks the signature (401), the envelope (400) and stores the
 * event in its inbox (2xx; applied or parked right after, from the inbox) — recorded in the audit trail as the
 * partner. Parked events are the admins'.
 */
@ApiTags('webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly forward: Forwarder) {}

  @Post('rimo')
  @Public()
  @HttpCode(200)
  @ApiHeader({ name: 'X-Rimo-Timestamp', required: true, description: 'Unix seconds; more than 5 minutes away from now → 401' })
  @ApiHeader({ name: 'X-Rimo-Signature', required: true, description: 'hex HMAC-SHA256 of `${timestamp}.${rawBody}` with RIMO_WEBHOOK_SECRET' })
  @ApiBody({ description: 'A Rimo event `{ id: "evt_…", type, data, timestamp }` (the types and their fields: docs/treatments.md)', schema: { type: 'object' } })
  @ApiOkResponse({ description: '`{ eventId, status: accepted | duplicate }`: the event is durably stored (its effect follows from the inbox)' })
  @ApiResponse({ status: 400, description: 'VALIDATION_FAILED: not JSON, not an envelope, or an event without its fields' })
  @ApiResponse({ status: 401, description: 'UNAUTHENTICATED: bad or missing signature, or stale timestamp' })
  @ApiExtension('x-signed-by', 'rimo')
  async rimo(@Req() req: GatewayRequest, @Headers('x-rimo-timestamp') timestamp?: string | string[], @Headers('x-rimo-signature') signature?: string | string[]) {
    const raw = req.rawBody;
    if (!raw?.length) throw DomainException.validation([{ field: 'body', message: 'A JSON body is required' }]);
    const ts = first(timestamp);
    const sig = first(signature);
    const receipt = await this.forward.sendUnauthenticated<RimoWebhookReceiptDto>(
      req, TREATMENTS.rimoWebhook, { body: raw.toString('base64'), ...(ts ? { timestamp: ts } : {}), ...(sig ? { signature: sig } : {}) },
    );
    // What Rimo learns: its event id and what became of it, never which patient it resolved to.
    return { data: { eventId: receipt.eventId, status: receipt.status }, meta: {} };
  }

  @Get('rimo/parked')
  @Requires('read', 'PartnerEvent', { list: true })
  @ApiOkResponse({ description: 'Events whose patient was unknown when they came (`?status=parked|replayed`), newest first.' })
  listParked(@Req() req: GatewayRequest, @Query() query: ListParkedEventsQueryDto) {
    return this.forward.page<ParkedEventDto>(req, TREATMENTS.rimoParkedList, { query });
  }

  @Post('rimo/parked/:id/replay')
  @HttpCode(200)
  @Requires('update', 'PartnerEvent')
  @ApiOkResponse({ description: 'The event after the replay: `replayed` (applied to the patient now found) or still `parked` (with the reason).' })
  replayParked(@Req() req: GatewayRequest, @Param() params: ParkedEventIdParamDto) {
    return this.forward.send<ParkedEventDto>(req, TREATMENTS.rimoParkedReplay, { id: params.id });
  }
}
