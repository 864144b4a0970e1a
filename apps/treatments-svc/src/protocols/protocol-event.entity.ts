import { defineEntity, p } from '@mikro-orm/core';

/**
 * The outbox of protocol events: written in the transaction of the version it announces, published once committed,
 * and published again by the relay when that publish was lost (a crash, NATS away). `msgId` makes a repeat
 * harmless (the stream drops a duplicate within its window). Ids and codes only, as the event itself.
 */
export const ProtocolEventSchema = defineEntity({
  name: 'ProtocolEvent',
  tableName: 'protocol_event_outbox',
  indexes: [
    { name: 'protocol_event_outbox_pending_idx', expression: 'create index "protocol_event_outbox_pending_idx" on "protocol_event_outbox" ("created_at") where "published_at" is null' },
  ],
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(100),
    msgId: p.string().columnType('text'),
    payload: p.json<Record<string, unknown>>(),
    createdAt: p.datetime(),
    publishedAt: p.datetime().nullable(),
  },
});

export class ProtocolEvent extends ProtocolEventSchema.class {}
ProtocolEventSchema.setClass(ProtocolEvent);
