import { defineEntity, p } from '@mikro-orm/core';

/** A partner delivery already taken (Clerk's `svix-id`, BigCommerce's `hash`): a retry is answered `duplicate`. */
export const IdentityWebhookReceiptSchema = defineEntity({
  name: 'IdentityWebhookReceipt',
  tableName: 'identity_webhook_receipt',
  properties: {
    partner: p.string().length(20).primary(),
    deliveryId: p.string().length(200).primary(),
    receivedAt: p.datetime(),
  },
});

export class IdentityWebhookReceipt extends IdentityWebhookReceiptSchema.class {}
IdentityWebhookReceiptSchema.setClass(IdentityWebhookReceipt);
