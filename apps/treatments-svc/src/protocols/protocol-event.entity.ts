import { defineOutboxEntity } from '@pg/persistence';

/**
 * The outbox of protocol events: written in the transaction of the version it announces, published once committed,
 * and published again by the relay when that publish was lost (a crash, NATS away). `msgId` makes a repeat
 * harmless (the stream drops a duplicate within its window). Ids and codes only, as the event itself.
 */
export const ProtocolEventSchema = defineOutboxEntity('ProtocolEvent', 'protocol_event_outbox');

export class ProtocolEvent extends ProtocolEventSchema.class {}
ProtocolEventSchema.setClass(ProtocolEvent);
