import { jetstream, jetstreamManager, AckPolicy, DeliverPolicy } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { AuditEvent } from '@pg/contracts';
import { STREAM } from '@pg/messaging';
import type { TestWorld } from './infra.js';

/**
 * Reads what has been published to a world's AUDIT stream (not what audit-svc stored): for service tests
 * that must prove an access was recorded before the reply.
 */
export async function publishedAuditEvents(nc: NatsConnection, world: TestWorld): Promise<AuditEvent[]> {
  const jsm = await jetstreamManager(nc);
  const stream = world.ns.stream(STREAM.audit);
  const info = await jsm.streams.info(stream);
  const total = info.state.messages;
  if (total === 0) return [];
  const js = jetstream(nc);
  const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
  const out: AuditEvent[] = [];
  const messages = await consumer.fetch({ max_messages: total, expires: 2000 });
  for await (const m of messages) {
    out.push(m.json<AuditEvent>());
    if (out.length >= total) break;
  }
  return out;
}
