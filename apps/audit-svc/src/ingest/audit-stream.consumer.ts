import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager, type ConsumerMessages, type JsMsg } from '@nats-io/jetstream';
import { NATS_CONNECTION } from '@pg/audit';
import { NatsNamespace, STREAM } from '@pg/messaging';
import { parseAuditMessage, type ParsedAuditMessage } from '../chain/hash-chain.js';
import { AUDIT_SETTINGS, AuditChainWriter, type AuditSettings, type ChainEntry } from './audit-chain.writer.js';

/** The durable consumer's name (namespaced): one per deployment, shared by every audit-svc instance. */
export const AUDIT_CONSUMER = 'audit-svc';
/** Most events written in one transaction. */
export const BATCH_MAX = 1000;
/** How long a partial batch waits for more events before it is written. */
export const BATCH_LINGER_MS = 50;
/** Delivered-but-unacknowledged events JetStream lets one consumer hold: bounds the buffer. */
const MAX_ACK_PENDING = 10_000;
const PULL_MAX = 2 * BATCH_MAX;
const NAK_DELAY_MS = 1_000;
const ms = (n: number) => n * 1_000_000;

/** A delivery, read as it arrives (so reading overlaps the previous batch's database round trips). */
interface Delivery {
  msg: JsMsg;
  parsed: ParsedAuditMessage;
}

interface PendingEvent extends ChainEntry {
  /** The delivery and any later copy of the same event id in the batch. */
  messages: JsMsg[];
  /** Acknowledged or set aside: nothing more to do. */
  settled: boolean;
}

/**
 * Postgres errors caused by the data of a row (not by the database being away): classes 22 (data exception),
 * 23 (integrity) and 54 (limits). Not 23505: ids are checked under the lock, so a unique violation means
 * another writer got around it, and retrying is right; setting events aside would lose them.
 */
function isDataError(err: unknown): boolean {
  for (let e = err as { code?: unknown; sqlState?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) {
    const code = typeof e.sqlState === 'string' ? e.sqlState : e.code;
    if (typeof code === 'string' && code !== '23505' && /^(22|23|54)[0-9A-Z]{3}$/.test(code)) return true;
  }
  return false;
}
/**
 * Sends an ack, nak or term. If the connection is closing it throws; the reply is then lost, and JetStream
 * redelivers after the ack wait, which the writer recognises by event id. Never worth stopping for.
 */
function reply(send: () => void): void {
  try {
    send();
  } catch {
    // see above
  }
}

const errorCode = (err: unknown) => {
  const e = err as { code?: unknown; name?: unknown };
  return typeof e?.code === 'string' ? e.code : typeof e?.name === 'string' ? e.name : 'unknown';
};

/**
 * Moves the AUDIT stream into the trail. A durable pull consumer (explicit acks) delivers events; they are
 * written in batches by AuditChainWriter and acknowledged only after the batch committed, so a crash between
 * the two means a redelivery, which the writer recognises by event id: stored exactly once.
 *
 * A message that is not an audit event is terminated (JetStream keeps it in the stream, it is simply never
 * delivered again) and logged by its stream sequence only. Event contents are never logged.
 */
@Injectable()
export class AuditStreamConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('AuditStreamConsumer');
  private buffer: Delivery[] = [];
  private messages?: ConsumerMessages;
  private subscriptionClosed = false;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  /** Committed, not yet acknowledged: acked while the next batch's insert runs, or at once when none follows. */
  private committed: PendingEvent[] = [];

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly ns: NatsNamespace,
    private readonly writer: AuditChainWriter,
    @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  /** Finishes the batch being written (commit and acks), and hands back what was delivered but not written. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wakeUp();
    await this.loop;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let failed = false;
      try {
        await this.subscribe();
        failures = 0;
        await this.writeBatches();
      } catch (err) {
        failed = true;
        failures++;
        this.logger.warn(`audit consumer interrupted (${errorCode(err)}); retrying`);
      }
      // Unsubscribed before any pause, so nothing is delivered to an instance that is not writing.
      this.unsubscribe();
      if (failed) await this.pause(Math.min(30_000, 250 * 2 ** Math.min(failures, 7)));
    }
  }

  private async subscribe(): Promise<void> {
    const stream = this.ns.stream(STREAM.audit);
    const durable = this.ns.consumer(AUDIT_CONSUMER);
    const jsm = await jetstreamManager(this.nc);
    const config = {
      durable_name: durable,
      ack_policy: AckPolicy.Explicit,
      // How long a delivery to an instance that died stays invisible before it is delivered again.
      ack_wait: ms(this.settings.ackWaitMs),
      max_ack_pending: MAX_ACK_PENDING,
      deliver_policy: DeliverPolicy.All,
    };
    try {
      await jsm.consumers.add(stream, config);
    } catch {
      // It exists with other settings (an older version made it): bring the updatable ones up to date.
      await jsm.consumers.update(stream, durable, { ack_wait: config.ack_wait, max_ack_pending: config.max_ack_pending });
    }
    const consumer = await jetstream(this.nc).consumers.get(stream, durable);
    this.subscriptionClosed = false;
    this.messages = await consumer.consume({
      max_messages: PULL_MAX,
      expires: 30_000,
      // If the consumer or the stream goes away, end here: `run` subscribes again, creating the consumer anew.
      abort_on_missing_resource: true,
      callback: (msg) => {
        this.buffer.push({ msg, parsed: parseAuditMessage(msg.data) });
        if (this.buffer.length === 1 || this.buffer.length >= BATCH_MAX) this.wakeUp();
      },
    });
    const messages = this.messages;
    const onClosed = () => {
      if (this.messages !== messages) return;
      this.subscriptionClosed = true;
      this.wakeUp();
    };
    void messages.closed().then(onClosed, onClosed);
  }

  private unsubscribe(): void {
    this.ackCommitted();
    this.messages?.stop();
    this.messages = undefined;
    // Delivered but not written: let JetStream redeliver them now rather than after the ack wait.
    for (const d of this.buffer.splice(0)) reply(() => d.msg.nak());
  }

  /** Writes batches until stopped or the subscription ends (then `run` subscribes again). */
  private async writeBatches(): Promise<void> {
    while (this.running && !this.subscriptionClosed) {
      if (!this.buffer.length) {
        await this.waitForWake(5_000);
        continue;
      }
      if (this.buffer.length < BATCH_MAX) await this.waitForWake(BATCH_LINGER_MS);
      if (!this.running) return;
      try {
        await this.store(this.buffer.splice(0, BATCH_MAX));
      } finally {
        // Nothing queued behind this batch to overlap the acks with: send them now.
        if (!this.buffer.length || !this.running) this.ackCommitted();
      }
    }
    if (this.running) throw new Error('subscription closed');
  }

  private async store(batch: Delivery[]): Promise<void> {
    const byId = new Map<string, PendingEvent>();
    for (const { msg: m, parsed } of batch) {
      if (!parsed.ok) {
        this.setAside([m], parsed.reason);
        continue;
      }
      const known = byId.get(parsed.id);
      if (known) known.messages.push(m);
      else byId.set(parsed.id, { id: parsed.id, canonical: parsed.canonical, recordedAt: parsed.recordedAt, streamSequence: m.seq, messages: [m], settled: false });
    }
    // First deliveries arrive in stream order; a redelivery may not. Chain them in stream order.
    const events = [...byId.values()].sort((a, b) => a.streamSequence - b.streamSequence);
    try {
      await this.append(events);
    } catch (err) {
      // The database is unavailable (not a bad event): hand the batch back for a later delivery.
      this.logger.warn(`could not store ${events.length} audit event(s) (${errorCode(err)}); they will be redelivered`);
      for (const e of events) if (!e.settled) for (const m of e.messages) reply(() => m.nak(NAK_DELAY_MS));
      throw err;
    }
  }

  /**
   * Appends and acknowledges. When Postgres refuses a batch because of the data in some row, halves it until
   * the event at fault stands alone, then sets that one aside: one bad event never holds up the others.
   */
  private async append(events: PendingEvent[]): Promise<void> {
    if (!events.length) return;
    try {
      await this.writer.append(events, () => this.ackCommitted());
    } catch (err) {
      if (!isDataError(err)) throw err;
      if (events.length === 1) {
        this.setAside(events[0]!.messages, `refused by the database (${errorCode(err)})`);
        events[0]!.settled = true;
        return;
      }
      const half = Math.ceil(events.length / 2);
      await this.append(events.slice(0, half));
      await this.append(events.slice(half));
      return;
    }
    for (const e of events) e.settled = true;
    this.committed.push(...events);
  }

  /** Acknowledges every committed event, duplicates included. Only ever called after their commit. */
  private ackCommitted(): void {
    for (const e of this.committed.splice(0)) for (const m of e.messages) reply(() => m.ack());
  }

  private setAside(messages: JsMsg[], reason: string): void {
    for (const m of messages) {
      this.logger.warn(`set aside a malformed audit message at stream sequence ${m.seq}: ${reason}`);
      // No reason text: nats-server 2.9 only understands a bare +TERM (with a reason it ignores the ack).
      reply(() => m.term());
    }
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private waitForWake(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = undefined;
        resolve();
      }, timeoutMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private pause(timeoutMs: number): Promise<void> {
    return this.running ? this.waitForWake(timeoutMs) : Promise.resolve();
  }
}
