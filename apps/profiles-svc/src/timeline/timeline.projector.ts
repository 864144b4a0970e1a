import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, jetstreamManager, type ConsumerMessages, type JetStreamClient, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { JETSTREAM, NATS_CONNECTION } from '@pg/audit';
import { DOMAIN_EVENT_PREFIX } from '@pg/contracts';
import { consumeDurable, NatsNamespace, startConsumeLoop, STREAM, type ConsumeLoop } from '@pg/messaging';
import { projectEvent, type EventEnvelope, type ProjectedEntry } from './timeline-projection.js';
import { TimelineRepository } from './timeline.repository.js';

/** The durable consumer of EVENTS that every instance of profiles-svc shares. */
export const TIMELINE_CONSUMER = 'profiles-timeline';
const ms = (n: number) => n * 1_000_000;
/** Messages pulled at once, and the most written in one statement (each becomes at most two rows). */
const BATCH = 200;

/**
 * The timeline projection: a durable JetStream pull consumer (`profiles-timeline`) on EVENTS (`events.>`). Each
 * event becomes its entries (timeline-projection.ts; an unknown name is acked and skipped) inserted under the
 * event's unique key, then acked: a redelivery, a second instance or a replay inserts nothing twice. If the loop
 * ends (consumer deleted, connection trouble) it starts again, re-creating the consumer.
 *
 * `rebuild()` replays the stream from its first retained message with an ordered consumer and writes the
 * projection again in one transaction: the entries of the retained window are deleted and re-made (same ids, same
 * rows), entries older than the stream's retention (EVENTS_MAX_AGE_HOURS) and manual entries are kept.
 */
@Injectable()
export class TimelineProjector implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TimelineProjector');
  private consumer?: ConsumeLoop;
  private stopping = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly entries: TimelineRepository,
    private readonly orm: MikroORM,
  ) {}

  get stream(): string {
    return this.ns.stream(STREAM.events);
  }

  get durable(): string {
    return this.ns.consumer(TIMELINE_CONSUMER);
  }

  private get filter(): string {
    return this.ns.subject(`${DOMAIN_EVENT_PREFIX}.>`);
  }

  /** The event name of a subject: `<ns>.events.labs.report.parsed` → `labs.report.parsed`. */
  private nameOf(subject: string): string | null {
    const prefix = this.ns.subject(`${DOMAIN_EVENT_PREFIX}.`);
    return subject.startsWith(prefix) ? subject.slice(prefix.length) : null;
  }

  /** The entries of one stored message (none when it is not an event the timeline shows). */
  private project(m: { subject: string; seq: number; headers?: { get(k: string): string }; time: Date; json<T>(): T }): ProjectedEntry[] {
    const name = this.nameOf(m.subject);
    if (!name) return [];
    let body: unknown;
    try {
      body = m.json<unknown>();
    } catch {
      return [];
    }
    // The publisher's message id is the event's id (publishDomainEvent); the stream sequence when it sent none.
    const msgId = m.headers?.get('Nats-Msg-Id');
    const envelope: EventEnvelope = { name, key: `${name}:${msgId ? `id:${msgId}` : `seq:${m.seq}`}`, publishedAt: m.time.toISOString() };
    return projectEvent(envelope, body);
  }

  /** Starts the consume loop; a stream not there yet (or NATS trouble) delays the projection, never the service. */
  onApplicationBootstrap(): void {
    this.consumer = startConsumeLoop('timeline', this.logger, () => consumeDurable(this.nc, this.js, this.stream, {
      durable_name: this.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.filter,
      ack_wait: ms(30_000),
      max_ack_pending: 1000,
    }, { max_messages: BATCH }), (messages, took) => this.run(messages, took));
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.consumer?.stop();
  }

  /** Takes the events of one consume loop, in batches of what has arrived; a batch left when the loop ends comes again. */
  private async run(messages: ConsumerMessages, took: () => void): Promise<void> {
    let batch: JsMsg[] = [];
    for await (const m of messages) {
      took();
      if (this.stopping) {
        m.nak();
        continue;
      }
      batch.push(m);
      // What has arrived is written in one statement: a backlog (a replay, a burst) is projected in batches.
      if (batch.length >= BATCH || messages.getPending() === 0) {
        await this.handle(batch);
        batch = [];
      }
    }
    for (const m of batch) m.nak();
  }

  /** Writes the entries of a batch of events in one statement, then acks each; on failure each comes again. */
  private async handle(batch: JsMsg[]): Promise<void> {
    const rows = batch.flatMap((m) => this.project({
      subject: m.subject, seq: m.seq, headers: m.headers, time: new Date(Number(m.info.timestampNanos / 1_000_000)), json: () => m.json(),
    }));
    try {
      if (rows.length) await RequestContext.create(this.orm.em, () => this.entries.insertProjected(rows));
      for (const m of batch) m.ack();
    } catch (err) {
      // The database did not take them: the events come again (nothing of the statement was written).
      this.logger.warn(`${batch.length} timeline events were not projected: ${err instanceof Error ? err.name : 'error'}`);
      for (const m of batch) m.nak(Math.min(30_000, 500 * 2 ** m.info.deliveryCount));
    }
  }

  /**
   * Replays EVENTS from its first retained message and writes the projection of that window again, in one
   * transaction. Returns how many events were read and how many entries were written.
   */
  async rebuild(): Promise<{ events: number; entries: number }> {
    const jsm = await jetstreamManager(this.nc);
    const info = await jsm.streams.info(this.stream);
    const { first_seq: firstSeq, last_seq: lastSeq, messages } = info.state;
    const rows: ProjectedEntry[] = [];
    let events = 0;
    let windowStart: Date | null = null;
    if (messages > 0) {
      // EVENTS holds `events.>` only: no filter (a filtered ordered consumer needs nats-server 2.10).
      const consumer = await this.js.consumers.get(this.stream, { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: firstSeq });
      const it = await consumer.consume({ max_messages: 500 });
      for await (const m of it) {
        const time = new Date(Number(m.info.timestampNanos / 1_000_000));
        windowStart ??= time;
        events++;
        rows.push(...this.project({ subject: m.subject, seq: m.seq, headers: m.headers, time, json: () => m.json() }));
        if (m.seq >= lastSeq || m.info.pending === 0) break;
      }
      await it.close().catch(() => undefined);
    }
    const start = windowStart;
    await RequestContext.create(this.orm.em, () => this.orm.em.transactional(async () => {
      // Only the retained window is re-made: what aged out of the stream cannot be replayed, so it stays.
      if (start) await this.entries.deleteProjected(start);
      for (let i = 0; i < rows.length; i += 500) await this.entries.insertProjected(rows.slice(i, i + 500));
    }));
    return { events, entries: rows.length };
  }
}
