import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, type Type } from '@nestjs/common';
import { defineEntity, LockMode, p } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { afterCommit, JETSTREAM } from '@pg/audit';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';

/** An event still unpublished this long after it was written is published again by the sweep. */
export const OUTBOX_SWEEP_AFTER_MS = 5_000;
const SWEEP_EVERY_MS = 10_000;
const SWEEP_BATCH = 200;

/** The columns of an outbox row: every service's outbox table has them (and the partial index on unpublished rows). */
export interface OutboxRow {
  id: string;
  name: string;
  msgId: string;
  payload: Record<string, unknown>;
  createdAt: Date;
  publishedAt?: Date | null;
}

/**
 * An outbox entity on `tableName` (in the service's schema): `create table <t> (id uuid pk, name varchar(100),
 * msg_id text, payload jsonb, created_at timestamptz, published_at timestamptz null)` plus
 * `<t>_pending_idx on (created_at) where published_at is null`.
 */
export function defineOutboxEntity(name: string, tableName: string) {
  const schema = defineEntity({
    name,
    tableName,
    indexes: [
      { name: `${tableName}_pending_idx`, expression: `create index "${tableName}_pending_idx" on "${tableName}" ("created_at") where "published_at" is null` },
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
  return schema;
}

type OutboxEntityClass = new () => OutboxRow;

/**
 * Domain events through an outbox: `record()` writes the event in the caller's transaction and publishes it once
 * that committed; the sweep publishes what a crash or an unreachable NATS left unpublished. A publish repeated by two
 * replicas or by the sweep carries the same message id, which the EVENTS stream drops as a duplicate; replicas'
 * sweeps claim disjoint batches (`FOR UPDATE SKIP LOCKED`). A service subclasses it as an injectable with its own
 * entity (defineOutboxEntity) and calls start()/stop() from its lifecycle hooks.
 */
export class OutboxRelay {
  private readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private stopping = false;

  constructor(
    private readonly em: EntityManager,
    private readonly orm: MikroORM,
    private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly entity: OutboxEntityClass,
    private readonly what: string,
  ) {
    this.logger = new Logger(what);
  }

  start(everyMs = SWEEP_EVERY_MS): void {
    this.timer = setInterval(() => void this.sweep(OUTBOX_SWEEP_AFTER_MS), everyMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Writes the event with the unit of work of `em` (the request's, by default; flushed with it) and publishes it after
   * the commit (afterCommit: a rolled-back unit never announces its event).
   */
  record(name: string, payload: object, msgId: string, em: EntityManager = this.em): void {
    const event = Object.assign(new this.entity(), {
      id: randomUUID(), name, msgId, payload: { ...payload } as Record<string, unknown>, createdAt: new Date(), publishedAt: null,
    });
    em.persist(event);
    afterCommit(() => this.publish(event).catch(() => this.logger.warn(`could not publish ${name} now; the sweep will`)));
  }

  /**
   * Publishes events unpublished for longer than `olderThanMs` (oldest first); the number published. The batch is
   * claimed and marked published in one transaction; a failed publish ends the batch (the rest wait for the next
   * sweep) and what was published so far is still marked.
   */
  async sweep(olderThanMs = OUTBOX_SWEEP_AFTER_MS): Promise<number> {
    try {
      return await this.orm.em.fork().transactional(async (em) => {
        const pending = await em.find(this.entity,
          { publishedAt: null, createdAt: { $lt: new Date(Date.now() - olderThanMs) } } as never,
          { orderBy: { createdAt: 'asc' } as never, limit: SWEEP_BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
        let published = 0;
        for (const event of pending) {
          if (this.stopping) break;
          try {
            await publishDomainEvent(this.js, this.ns, event.name, event.payload, event.msgId);
          } catch (err) {
            if (!this.stopping) this.logger.warn(`sweep of unpublished events stopped: ${err instanceof Error ? err.name : 'error'}`);
            break;
          }
          event.publishedAt = new Date();
          published++;
        }
        return published;
      });
    } catch (err) {
      if (!this.stopping) this.logger.warn(`sweep of unpublished events failed: ${err instanceof Error ? err.name : 'error'}`);
      return 0;
    }
  }

  private async publish(event: OutboxRow): Promise<void> {
    await publishDomainEvent(this.js, this.ns, event.name, event.payload, event.msgId);
    await this.orm.em.fork().nativeUpdate(this.entity, { id: event.id } as never, { publishedAt: new Date() } as never);
  }
}

/**
 * A service's outbox relay as a Nest provider (its sweep started at bootstrap, stopped before shutdown):
 * `export class XEventRelay extends outboxRelay(XEvent, 'XEvents') {}` and inject that.
 */
export function outboxRelay(entity: OutboxEntityClass, what: string): Type<OutboxRelay> {
  @Injectable()
  class Relay extends OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
    constructor(em: EntityManager, orm: MikroORM, @Inject(JETSTREAM) js: JetStreamClient, ns: NatsNamespace) {
      super(em, orm, js, ns, entity, what);
    }

    onApplicationBootstrap(): void {
      this.start();
    }

    beforeApplicationShutdown(): void {
      this.stop();
    }
  }
  return Relay;
}
