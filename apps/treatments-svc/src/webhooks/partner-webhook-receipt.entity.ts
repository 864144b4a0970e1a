import { defineEntity, p } from '@mikro-orm/core';

/** Where an inbox row stands: stored and answered (`pending`), then processed (`applied`, or `parked` for an unknown patient). */
export type InboxState = 'pending' | 'applied' | 'parked';

/**
 * One partner callback received (Rimo …): a partner's event id is taken once, so a retried delivery is recognised.
 * The payload is kept only while the event waits to be processed (cleared in the transaction of its effect); after
 * that only its hash stays.
 */
export const PartnerWebhookReceiptSchema = defineEntity({
  name: 'PartnerWebhookReceipt',
  tableName: 'partner_webhook_receipt',
  uniques: [{ name: 'partner_webhook_receipt_partner_event_id_unique', properties: ['partner', 'eventId'] }],
  // The migration's partial index and check, declared so the ORM's schema diff agrees with it (tested).
  indexes: [{
    name: 'partner_webhook_receipt_pending_idx',
    expression: `create index "partner_webhook_receipt_pending_idx" on "partner_webhook_receipt" ("received_at", "id") where "state" = 'pending'`,
  }],
  checks: [{ name: 'partner_webhook_receipt_state_check', expression: `"state" in ('pending', 'applied', 'parked')` }],
  properties: {
    id: p.uuid().primary(),
    partner: p.string().length(32),
    eventId: p.string().length(200),
    receivedAt: p.datetime().onCreate(() => new Date()),
    payloadHash: p.string().length(64),
    state: p.string().length(16).$type<InboxState>().default('applied'),
    /** The envelope's `{ type, timestamp, data }` while pending; null once processed. */
    payload: p.json<Record<string, unknown>>().nullable(),
    /** The delivery's request id: the audit event of the effect carries it too. */
    requestId: p.string().length(100).nullable(),
    /** Failed processing attempts (the partner's patient directory unreachable …); the next waits until `notBefore`. */
    attempts: p.integer().default(0),
    notBefore: p.datetime().nullable(),
    processedAt: p.datetime().nullable(),
  },
});

export class PartnerWebhookReceipt extends PartnerWebhookReceiptSchema.class {}
PartnerWebhookReceiptSchema.setClass(PartnerWebhookReceipt);
