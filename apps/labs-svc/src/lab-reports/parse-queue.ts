import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  AckPolicy, DeliverPolicy, DiscardPolicy, jetstreamManager, RetentionPolicy, StorageType, type ConsumerMessages, type JetStreamClient, type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { JETSTREAM, NATS_CONNECTION } from '@pg/audit';
import { LABS_JOBS, type LabParseJob } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';
import { ReportParser } from './report-parser.service.js';
import { LabReportRepository } from './lab-report.repository.js';

/** How many times a job is delivered before its report is marked failed. */
export const MAX_DELIVER = 5;
/** How long a delivered job may run before JetStream hands it to another worker. */
const ACK_WAIT_MS = 60_000;
/** Parses running at once in one instance (2 cores: PDF text extraction is CPU work). */
const CONCURRENCY = 2;
/** A report still `received` this long after its upload is queued again (its first publish may have been lost). */
const SWEEP_AFTER_MS = 30_000;
const SWEEP_EVERY_MS = 30_000;
const ms = (n: number) => n * 1_000_000;

/**
 * The durable parse queue: a JetStream work-queue stream (`LABS_JOBS`, subject `jobs.labs.parse`, file storage) with
 * one durable pull consumer (`labs-parser`) that every instance of labs-svc shares. A job is acked only once its
 * report is parsed or has failed for good; a job not acked (crash, restart, an error) is delivered again, and the
 * parse is idempotent per report. Reports left `received` or `parsing` are queued again at boot and every 30 s.
 */
@Injectable()
export class LabParseQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LabParseQueue');
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;
  private sweeper?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly parser: ReportParser,
    private readonly reports: LabReportRepository,
    private readonly orm: MikroORM,
  ) {}

  get stream(): string {
    return this.ns.stream(LABS_JOBS.stream);
  }

  get subject(): string {
    return this.ns.subject(LABS_JOBS.parseSubject);
  }

  get durable(): string {
    return this.ns.consumer(LABS_JOBS.parser);
  }

  /** Creates the stream and the consumer when missing (idempotent; several instances may race). */
  async ensure(): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    const config = {
      name: this.stream,
      subjects: [this.subject],
      retention: RetentionPolicy.Workqueue,
      storage: StorageType.File,
      discard: DiscardPolicy.Old,
      duplicate_window: ms(120_000),
    };
    await jsm.streams.info(this.stream).catch(() => jsm.streams.add(config).catch(() => jsm.streams.info(this.stream)));
    const consumer = {
      durable_name: this.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: ms(ACK_WAIT_MS),
      max_deliver: MAX_DELIVER,
      max_ack_pending: 1000,
    };
    await jsm.consumers.info(this.stream, this.durable).catch(() => jsm.consumers.add(this.stream, consumer).catch(() => jsm.consumers.info(this.stream, this.durable)));
  }

  /** Queues the parse of a report. The report id is the message id: a repeat within two minutes is stored once. */
  async enqueue(reportId: string): Promise<void> {
    const job: LabParseJob = { reportId };
    await this.js.publish(this.subject, JSON.stringify(job), { msgID: `parse-${reportId}` });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
    const consumer = await this.js.consumers.get(this.stream, this.durable);
    this.messages = await consumer.consume({ max_messages: CONCURRENCY * 2, expires: 5000 });
    this.loop = this.run(this.messages);
    await this.sweep(0);
    this.sweeper = setInterval(() => void this.sweep(SWEEP_AFTER_MS), SWEEP_EVERY_MS);
    this.sweeper.unref();
  }

  /** Before the NATS connection and the ORM close: stop taking jobs, let the running ones finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.sweeper) clearInterval(this.sweeper);
    await this.messages?.close().catch(() => undefined);
    await this.loop?.catch(() => undefined);
    await Promise.allSettled([...this.inFlight]);
  }

  private async run(messages: ConsumerMessages): Promise<void> {
    for await (const m of messages) {
      if (this.stopping) {
        m.nak();
        continue;
      }
      while (this.inFlight.size >= CONCURRENCY) await Promise.race(this.inFlight);
      const job = this.handle(m).finally(() => this.inFlight.delete(job));
      this.inFlight.add(job);
    }
  }

  private async handle(m: JsMsg): Promise<void> {
    let job: LabParseJob;
    try {
      job = m.json<LabParseJob>();
      if (typeof job?.reportId !== 'string') throw new Error('no report id');
    } catch {
      m.term('not a parse job');
      return;
    }
    const attempt = m.info.deliveryCount;
    try {
      await this.parser.run(job.reportId, { attempt, lastAttempt: attempt >= MAX_DELIVER });
      m.ack();
    } catch (err) {
      // Something outside the report failed (database, NATS): try again later, a little later each time.
      this.logger.warn(`parse of a report failed on attempt ${attempt}: ${err instanceof Error ? err.name : 'error'}`);
      m.nak(Math.min(30_000, 500 * 2 ** attempt));
    }
  }

  /** Queues reports still waiting (older than `olderThanMs`): a lost publish or a crash between insert and publish. */
  private async sweep(olderThanMs: number): Promise<void> {
    try {
      const ids = await RequestContext.create(this.orm.em, () => this.reports.pendingIds(new Date(Date.now() - olderThanMs)));
      for (const id of ids) await this.enqueue(id);
    } catch (err) {
      if (!this.stopping) this.logger.warn(`sweep of pending reports failed: ${err instanceof Error ? err.name : 'error'}`);
    }
  }
}
