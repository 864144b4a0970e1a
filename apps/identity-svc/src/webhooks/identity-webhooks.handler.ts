import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern } from '@pg/audit';
import { BigcommerceWebhookRequest, ClerkWebhookRequest, IDENTITY } from '@pg/contracts';
import { IdentityWebhooksService } from './identity-webhooks.service.js';

/** Partners authenticate by their signature (checked in the service): recorded as `partner:clerk` / `partner:bigcommerce`. */
@Controller()
export class IdentityWebhooksHandler {
  constructor(private readonly webhooks: IdentityWebhooksService) {}

  @AuditedPattern({ pattern: IDENTITY.webhookClerk, action: 'import', resource: 'partner-event', partner: 'clerk' })
  clerk(@Payload() req: ClerkWebhookRequest) {
    return this.webhooks.clerk(req);
  }

  @AuditedPattern({ pattern: IDENTITY.webhookBigcommerce, action: 'import', resource: 'partner-event', partner: 'bigcommerce' })
  bigcommerce(@Payload() req: BigcommerceWebhookRequest) {
    return this.webhooks.bigcommerce(req);
  }
}
