import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { afterCommit, JETSTREAM } from '@pg/audit';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { ProtocolEvent } from './protocol-event.entity.js';

/** An event still unpublished this long after it was written is published again by the sweep. */
const SWEEP_AFTER_MS = 5_000;
const SWEEP_EVERY_MS = 10_000;
const SWEEP_BATCH = 200;

/**
 * Protocol events through an outbox: `record()` writes the event in the caller's transaction and publishes it once
 * that committed; the sweep publishes what a crash or an unreachable NATS left unpublished. A publish repeated by two
 * replicas or by the sweep carries the same message id, which the EVENTS stream drops as a duplicate; replicas'
 * sweeps claim disjoint batches.
 */
@Injectable()
export class ProtocolEventRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ProtocolEvents');
  private timer?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    private readonly em: EntityManager,
    private readonly orm: MikroORM,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(SWEEP_AFTER_MS), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Writes the event with the current unit of work (flushed with it); publishes it after the commit. */
  record(name: string, payload: object, msgId: string): void {
    const event = Object.assign(new ProtocolEvent(), {
      id: randomUUID(), name, msgId, payload: { ...payload } as Record<string, unknown>, createdAt: new Date(), publishedAt: null,
    });
    this.em.persist(event);
    afterCommit(() => this.publish(event).catch(() => this.logger.warn(`could not publish ${name} now; the sweep will`)));
  }

  /**
   * Publishes events unpublished for longer than `olderThanMs` (oldest first); the number published. The batch is
   * claimed (`FOR UPDATE SKIP LOCKED`) and marked published in one transaction, so replicas sweeping at once each
   * take other events instead of all publishing the same ones; a failed publish ends the batch (the rest wait for
   * the next sweep) and what was published so far is still marked.
   */
  async sweep(olderThanMs = SWEEP_AFTER_MS): Promise<number> {
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const pending = await em.find(ProtocolEvent,
          { publishedAt: null, createdAt: { $lt: new Date(Date.now() - olderThanMs) } },
          { orderBy: { createdAt: 'asc' }, limit: SWEEP_BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
        let published = 0;
        for (const event of pending) {
          if (this.stopping) break;
          try {
            await publishDomainEvent(this.js, this.ns, event.name, event.payload, event.msgId);
          } catch (err) {
            if (!this.stopping) this.logger.warn(`sweep of unpublished protocol events stopped: ${err instanceof Error ? err.name : 'error'}`);
            break;
          }
          event.publishedAt = new Date();
          published++;
        }
        return published;
      });
    } catch (err) {
      if (!this.stopping) this.logger.warn(`sweep of unpublished protocol events failed: ${err instanceof Error ? err.name : 'error'}`);
      return 0;
    }
  }

  private async publish(event: ProtocolEvent): Promise<void> {
    await publishDomainEvent(this.js, this.ns, event.name, event.payload, event.msgId);
    await this.orm.em.fork().nativeUpdate(ProtocolEvent, { id: event.id }, { publishedAt: new Date() });
  }
}
