import type { Logger } from '@nestjs/common';
import {
  AckPolicy, DeliverPolicy, DiscardPolicy, jetstreamManager, RetentionPolicy, StorageType, type ConsumerMessages, type JetStreamClient, type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { startConsumeLoop, type ConsumeLoop } from '@pg/messaging';

const ns = (ms: number) => ms * 1_000_000;

export interface WorkQueueNames {
  /** The stream, subject and durable consumer, already through NatsNamespace. */
  stream: string;
  subject: string;
  durable: string;
}

/**
 * One of labs-svc's durable work queues (lab parses, wearable imports): a JetStream work-queue stream (file storage,
 * a two-minute duplicate window) with one durable pull consumer every instance shares. Jobs run `concurrency` at a
 * time; a job not acked (crash, restart, an error) is delivered again, up to `maxDeliver`. If the consume loop ends
 * (its consumer was deleted, the connection failed) it is started again, with the consumer re-created, while the
 * service runs. What a job does, and the sweep that queues work whose job was lost, are the subclass's.
 */
export abstract class DurableWorkQueue {
  private consumer?: ConsumeLoop;
  private sweeper?: NodeJS.Timeout;
  private readonly inFlight = new Set<Promise<void>>();
  protected stopping = false;

  protected constructor(
    private readonly queue: string,
    protected readonly logger: Logger,
    private readonly nc: NatsConnection,
    protected readonly js: JetStreamClient,
    private readonly opts: { ackWaitMs: number; maxDeliver: number; concurrency: number; sweepEveryMs: number },
  ) {}

  protected abstract names(): WorkQueueNames;

  /** Runs one delivered job: ack, nak or term it. */
  protected abstract handle(m: JsMsg): Promise<void>;

  /** Queues again what waits for a job (`olderThanMs`: 0 at boot). */
  protected abstract sweep(olderThanMs: number, tick: number): Promise<void>;

  get stream(): string {
    return this.names().stream;
  }

  get subject(): string {
    return this.names().subject;
  }

  get durable(): string {
    return this.names().durable;
  }

  /** Creates the stream and the consumer when missing (idempotent; several instances may race). */
  async ensure(): Promise<void> {
    const jsm = await jetstreamManager(this.nc);
    const config = {
      name: this.stream, subjects: [this.subject], retention: RetentionPolicy.Workqueue, storage: StorageType.File, discard: DiscardPolicy.Old, duplicate_window: ns(120_000),
    };
    await jsm.streams.info(this.stream).catch(() => jsm.streams.add(config).catch(() => jsm.streams.info(this.stream)));
    const consumer = {
      durable_name: this.durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All, ack_wait: ns(this.opts.ackWaitMs),
      max_deliver: this.opts.maxDeliver, max_ack_pending: 1000,
    };
    const info = await jsm.consumers.info(this.stream, this.durable).catch(() => jsm.consumers.add(this.stream, consumer).catch(() => jsm.consumers.info(this.stream, this.durable)));
    // The heartbeats are paced by the configured ack wait: a consumer made with another one is brought in line.
    if (info.config.ack_wait !== consumer.ack_wait) await jsm.consumers.update(this.stream, this.durable, { ack_wait: consumer.ack_wait });
  }

  /** Publishes a job; `msgID` makes a repeat within two minutes one message. */
  protected async publish(job: object, msgID: string): Promise<void> {
    await this.js.publish(this.subject, JSON.stringify(job), { msgID });
  }

  /** Starts consuming, sweeps once, then sweeps every `sweepEveryMs`. */
  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
    this.consumer = startConsumeLoop(this.queue, this.logger, async () => {
      await this.ensure();
      const consumer = await this.js.consumers.get(this.stream, this.durable);
      // Without abort_on_missing_resource a deleted consumer leaves the loop waiting forever for it to come back.
      return consumer.consume({ max_messages: this.opts.concurrency * 2, expires: 5000, abort_on_missing_resource: true });
    }, (messages, took) => this.run(messages, took));
    await this.sweep(0, 0);
    let tick = 0;
    this.sweeper = setInterval(() => void this.sweep(this.opts.sweepEveryMs, ++tick), this.opts.sweepEveryMs);
    this.sweeper.unref();
  }

  /** Before the NATS connection and the database close: stop taking jobs, let the running ones finish. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.sweeper) clearInterval(this.sweeper);
    await this.consumer?.stop();
    await Promise.allSettled([...this.inFlight]);
  }

  private async run(messages: ConsumerMessages, took: () => void): Promise<void> {
    for await (const m of messages) {
      took();
      if (this.stopping) {
        m.nak();
        continue;
      }
      while (this.inFlight.size >= this.opts.concurrency) await Promise.race(this.inFlight);
      const job = this.handle(m).finally(() => this.inFlight.delete(job));
      this.inFlight.add(job);
    }
  }
}
