import { defineEntity, p } from '@mikro-orm/core';

/**
 * One partner callback received (Rimo …): a partner's event id is taken once, so a retried delivery is recognised.
 * Only a hash of the payload is kept here, never the payload.
 */
export const PartnerWebhookReceiptSchema = defineEntity({
  name: 'PartnerWebhookReceipt',
  tableName: 'partner_webhook_receipt',
  uniques: [{ name: 'partner_webhook_receipt_partner_event_id_unique', properties: ['partner', 'eventId'] }],
  properties: {
    id: p.uuid().primary(),
    partner: p.string().length(32),
    eventId: p.string().length(200),
    receivedAt: p.datetime().onCreate(() => new Date()),
    payloadHash: p.string().length(64),
  },
});

export class PartnerWebhookReceipt extends PartnerWebhookReceiptSchema.class {}
PartnerWebhookReceiptSchema.setClass(PartnerWebhookReceipt);
