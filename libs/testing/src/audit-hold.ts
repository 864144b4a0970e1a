import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { AUDIT_RECORD_SUBJECT, type AuditEvent } from '@pg/contracts';
import { ensureStreams, STREAM } from '@pg/messaging';
import type { TestWorld } from './infra.js';
import { until } from './expect.js';

/**
 * One service's audit events held back on their way to a world's real AUDIT stream: while held, the stream takes only
 * the subjects of `others` (the services that keep being recorded at once) and the test alone listens on `service`'s,
 * so each of that service's publishes waits for its ack — the unit it belongs to stays open, its transaction
 * uncommitted. Released, each held event is published to the stream as it was sent (same subject, same `Nats-Msg-Id`)
 * and the stream's own ack is handed back; a dropped one never gets an ack (its publisher's ack timeout runs out).
 * Everything the service publishes is held, whatever the request (a service principal's login too).
 */
export class AuditHold {
  private readonly held: Msg[] = [];
  private constructor(private readonly nc: NatsConnection, private readonly world: TestWorld, private readonly sub: Subscription) {}

  static async start(nc: NatsConnection, world: TestWorld, service: string, others: readonly string[]): Promise<AuditHold> {
    const sub = nc.subscribe(world.ns.subject(`${AUDIT_RECORD_SUBJECT}.${service}`));
    const hold = new AuditHold(nc, world, sub);
    void (async () => {
      for await (const m of sub) hold.held.push(m);
    })();
    await nc.flush();
    const jsm = await jetstreamManager(nc);
    const name = world.ns.stream(STREAM.audit);
    const { storage: _immutable, ...config } = (await jsm.streams.info(name)).config;
    await jsm.streams.update(name, { ...config, subjects: others.map((s) => world.ns.subject(`${AUDIT_RECORD_SUBJECT}.${s}`)) });
    return hold;
  }

  /** The first held event `match` accepts, once the service has sent it. */
  event(what: string, match: (e: AuditEvent) => boolean, timeoutMs?: number): Promise<AuditEvent> {
    return until(what, async () => this.held.map((m) => m.json<AuditEvent>()).find(match), timeoutMs);
  }

  /** The held events `match` accepts are never acknowledged (nor stored). */
  drop(match: (e: AuditEvent) => boolean): void {
    for (let i = this.held.length - 1; i >= 0; i--) if (match(this.held[i]!.json<AuditEvent>())) this.held.splice(i, 1);
  }

  /** The stream takes every subject again; the events still held are stored and acknowledged, in the order sent. */
  async release(): Promise<void> {
    await ensureStreams(this.nc, this.world.ns, { storage: 'file' });
    this.sub.unsubscribe();
    const js = jetstream(this.nc);
    for (const m of this.held.splice(0)) {
      const ack = await js.publish(m.subject, m.data, m.headers ? { headers: m.headers } : {});
      if (m.reply) m.respond(JSON.stringify(ack));
    }
  }
}
