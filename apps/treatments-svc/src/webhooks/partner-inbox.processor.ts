import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AUDIT_SOURCE, AuditCorrections, auditedUnit, AuditPublisher, UNIT_OF_WORK, type AuditEventInput, type AuditSource, type UnitOfWork } from '@pg/audit';
import { DomainException, RIMO_IDENTIFIER_SYSTEM, RIMO_PARTNER } from '@pg/contracts';
import { lockAggregates, orderLockKey, treatmentLockKey } from '../treatments/treatment.repository.js';
import { PartnerInboxRepository } from './partner-inbox.repository.js';
import { PATIENT_DIRECTORY, type PatientDirectory, type Resolution } from './patient-directory.js';
import { aggregateOf, inboxToEvent, RimoEventApplier, type RimoEvent } from './rimo-event.applier.js';

/**
 * Pending events processed in one transaction: large enough to share the locking, the patient look-ups and the
 * commit, small enough that a batch commits (and its effects show) soon even when every round trip is slow.
 */
export const INBOX_BATCH = 25;
/**
 * Batches processed at once, each in its own transaction (SKIP LOCKED gives each other rows). Processing is bound
 * by round trips (a few per event), not CPU, so two overlap the waits; more would take connections and CPU from
 * the deliveries being accepted.
 */
export const INBOX_WORKERS = 2;
/** Pending events are also looked for this often (another replica's deliveries, events postponed after a failure). */
export const INBOX_SWEEP_MS = 2_000;
/**
 * Deliveries are "flowing" while the last one was accepted less than this long ago. Meanwhile processing yields to
 * them (the partner waits on every accept; nobody waits on a processing): one batch at a time, each followed by a
 * pause of ACCEPT_YIELD times its own duration — so processing takes at most about a fifth of the time it is given,
 * never stops (its lag stays bounded as long as the deliveries do not outrun it on average), and runs at full speed
 * (INBOX_WORKERS) once the deliveries pause.
 */
export const ACCEPT_QUIET_MS = 250;
export const ACCEPT_YIELD = 4;
/** A failed event waits this long before it is tried again, doubling per attempt up to the maximum. */
const RETRY_MS = 1_000;
const MAX_RETRY_MS = 5 * 60_000;

/**
 * Processes what the webhook stored (docs/treatments.md, "Inbox"): pending events, oldest first, in batches
 * (INBOX_WORKERS at a time). One
 * transaction per batch locks its inbox rows (SKIP LOCKED), then every aggregate they touch (in sorted order),
 * resolves each partner patient id once, applies each event (or parks it for an unknown patient), marks the rows
 * processed and clears their payload, and commits only once the audit events of the effects are acknowledged —
 * so an event has one effect, however many deliveries and replicas. A failed batch is tried again one event per
 * transaction; an event that still fails (the patient directory unreachable …) is postponed with a growing delay,
 * never dropped. Runs when the webhook stored something new, and every INBOX_SWEEP_MS.
 */
@Injectable()
export class PartnerInboxProcessor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PartnerInbox');
  private running?: Promise<void>;
  private again = false;
  private closed = false;
  private sweep?: NodeJS.Timeout;
  private lastAcceptAt = 0;

  constructor(
    private readonly inbox: PartnerInboxRepository,
    private readonly applier: RimoEventApplier,
    @Inject(PATIENT_DIRECTORY) private readonly directory: PatientDirectory,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    private readonly em: EntityManager,
    private readonly audit: AuditPublisher,
    private readonly corrections: AuditCorrections,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
  ) {}

  onApplicationBootstrap(): void {
    this.sweep = setInterval(() => void this.trigger(), INBOX_SWEEP_MS);
    this.sweep.unref();
    void this.trigger();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.sweep) clearInterval(this.sweep);
    await this.running;
  }

  /** A delivery was stored: it is processed soon, and processing yields to the deliveries while they flow. */
  accepted(): void {
    this.lastAcceptAt = Date.now();
    void this.trigger();
  }

  private acceptsFlowing(): boolean {
    return Date.now() - this.lastAcceptAt < ACCEPT_QUIET_MS;
  }

  /** Processes pending events now, or once more after the run in progress. Resolves when nothing more is due now. */
  trigger(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    // Worker 0 always works (paced while deliveries flow); the others only while they do not, and stop with it (so
    // a run ends, and the next one starts at once, when worker 0 has caught up in the middle of a flood).
    let firstDone = false;
    const drain = async (worker: number) => {
      while (!this.closed) {
        if (worker > 0 && this.acceptsFlowing()) {
          if (firstDone) return;
          await delay(ACCEPT_QUIET_MS);
          continue;
        }
        const started = performance.now();
        const taken = await this.drainOnce();
        if (taken < INBOX_BATCH) return;
        if (this.acceptsFlowing()) await delay(Math.min(ACCEPT_YIELD * (performance.now() - started), 1_000));
      }
    };
    this.running = (async () => {
      do {
        this.again = false;
        firstDone = false;
        await Promise.all(Array.from({ length: INBOX_WORKERS }, (_, worker) => drain(worker).finally(() => {
          if (worker === 0) firstDone = true;
        })));
      } while (this.again && !this.closed);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** One batch; when it fails, each of its events alone. Returns how many events it took. */
  private async drainOnce(): Promise<number> {
    const claimed: string[] = [];
    try {
      return await this.batch(INBOX_BATCH, claimed);
    } catch (err) {
      this.logger.warn(`an inbox batch failed (${reasonOf(err)}); its ${claimed.length} events are tried one by one`);
    }
    for (const id of claimed) {
      try {
        await this.batch(1, [], id);
      } catch (err) {
        await this.inbox.postpone(id, RETRY_MS, MAX_RETRY_MS).catch(() => undefined);
        this.logger.warn(`a partner event could not be processed (${reasonOf(err)}); it is tried again later`);
      }
    }
    return claimed.length;
  }

  /**
   * One transaction over up to `limit` pending events, as one audited unit (auditedUnit): it commits only once the
   * audit events of its effects are acknowledged, else it rolls back (and is tried again); the events that were (or
   * may have been) stored say `success` of effects that rolled back, so each gets an outcome correction (as for a
   * request), as do those acknowledged when the commit itself fails.
   */
  private batch(limit: number, claimed: string[], id?: string): Promise<number> {
    return auditedUnit(this.audit, this.corrections, (work) => this.uow.run(true, work), async () => {
      const rows = await this.inbox.claimPending(limit, id);
      if (!rows.length) return { events: [], reply: 0 };
      claimed.push(...rows.map((r) => r.id));
      const events = rows.map((row) => ({ row, event: inboxToEvent(row.eventId, row.payload ?? {}) }));
      // The patients first (NATS round trips), then the aggregates' locks: held for the writes only.
      const resolutions = await this.resolveAll(events.map(({ event: e }) => e.data.patientId));
      await lockAggregates(this.em, events.map(({ event: e }) => {
        const a = aggregateOf(e);
        return a.kind === 'treatment' ? treatmentLockKey(a.externalId) : orderLockKey(a.externalId);
      }));
      // Locked: every aggregate of the batch (with its history) in a few queries, applied in memory, one flush.
      const known = events.filter(({ event: e }) => resolutions.get(e.data.patientId)!.kind !== 'unknown').map(({ event: e }) => e);
      const loaded = await this.applier.loadFor(known);
      const audits: AuditEventInput[] = [];
      const now = new Date();
      for (const { row, event } of events) {
        const resolution = resolutions.get(event.data.patientId)!;
        if (resolution.kind === 'unknown') {
          this.inbox.park({
            partner: row.partner, eventId: event.id, type: event.type, partnerPatientId: event.data.patientId,
            payload: row.payload, reason: resolution.reason,
          });
          // Parking keeps the partner's payload (patient data) until its replay: recorded, as an application is.
          audits.push(this.recorded(event, null, null, row.requestId ?? null, { parked: resolution.reason }));
          row.state = 'parked';
        } else {
          const { id: touched } = await this.applier.apply(event, resolution.patientId, true, loaded);
          audits.push(this.recorded(event, resolution.patientId, touched, row.requestId ?? null));
          row.state = 'applied';
        }
        row.payload = null;
        row.processedAt = now;
      }
      await this.inbox.flush();
      return { events: audits, reply: rows.length };
    });
  }

  /**
   * Each partner patient id once per batch. A found patient merged into another is followed to the survivor (a
   * Rimo id resolved before the merge never writes to the merged-away patient). A failed look-up fails the batch
   * (tried again), never parks.
   */
  private async resolveAll(partnerPatientIds: string[]): Promise<Map<string, Resolution>> {
    const unique = [...new Set(partnerPatientIds)];
    const found = await Promise.all(unique.map((p) => this.directory.resolve(RIMO_IDENTIFIER_SYSTEM, p)));
    const out = new Map<string, Resolution>();
    for (const [i, p] of unique.entries()) {
      const r = found[i]!;
      out.set(p, r.kind === 'found' ? { kind: 'found', patientId: await this.inbox.survivorOf(r.patientId) } : r);
    }
    return out;
  }

  /**
   * The partner's change to a patient's record — or its event parked, no patient known yet — as the audit trail
   * records it (as the partner, like the delivery).
   */
  private recorded(e: RimoEvent, patientId: string | null, touched: string | null, requestId: string | null, query?: Record<string, string>): AuditEventInput {
    return {
      action: 'import', outcome: 'success', actor: { principalId: null, subject: `partner:${RIMO_PARTNER}`, roles: [], kind: 'service' },
      source: { ...this.source }, purposeOfUse: 'operations',
      resource: { type: 'partner-event', ...(touched ? { id: touched } : {}), ...(patientId ? { patientId } : {}) },
      ...(query ? { query } : {}),
      requestId: requestId ?? randomUUID(),
    };
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function reasonOf(err: unknown): string {
  return err instanceof DomainException ? err.code : err instanceof Error ? err.name : typeof err;
}
