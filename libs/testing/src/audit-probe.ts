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

/**
 * Reads what has been published to a world's EVENTS stream under `events.<prefix>` (unprefixed subject, data), in
 * stream order: for service tests that must prove which domain events went out.
 */
export async function publishedDomainEvents<T = Record<string, unknown>>(nc: NatsConnection, world: TestWorld, prefix: string): Promise<Array<{ subject: string; data: T }>> {
  const jsm = await jetstreamManager(nc);
  const stream = world.ns.stream(STREAM.events);
  const total = (await jsm.streams.info(stream)).state.messages;
  if (total === 0) return [];
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
  const wanted = world.ns.subject(`events.${prefix}`);
  const out: Array<{ subject: string; data: T }> = [];
  let seen = 0;
  for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
    if (m.subject.startsWith(wanted)) out.push({ subject: m.subject.slice(world.ns.subject('').length).replace(/^\./, ''), data: m.json<T>() });
    if (++seen >= total) break;
  }
  return out;
}
