import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type ListTreatmentsQueryDto, type TimeIdCursor } from '@pg/contracts';
import { Treatment, TreatmentTransition } from './treatment.entity.js';

/** Whether the scope reaches this patient (the scope goes into every query as a condition too). */
export function inScope(scope: PatientScope, patientId: string): boolean {
  return scope.kind === 'all' || scope.patientIds.includes(patientId);
}

export function scopeCondition(scope: PatientScope): FilterQuery<{ patientId: string }> {
  return scope.kind === 'all' ? {} : { patientId: { $in: scope.patientIds } };
}

/**
 * Serializes every change of one partner aggregate (a treatment or an order) until the transaction ends: two
 * deliveries about the same treatment fold one after the other, never over each other.
 */
export async function lockAggregate(em: EntityManager, key: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
}

/**
 * Locks many aggregates in one round trip, in sorted order: two transactions locking overlapping sets this way
 * never wait on each other in a cycle (a batch of partner events locks all its aggregates first).
 */
export async function lockAggregates(em: EntityManager, keys: Iterable<string>): Promise<void> {
  const sorted = [...new Set(keys)].sort();
  if (!sorted.length) return;
  await em.execute('select count(pg_advisory_xact_lock(hashtext(k))) from jsonb_array_elements_text(?::jsonb) as t(k)', [JSON.stringify(sorted)]);
}

export const treatmentLockKey = (externalId: string) => `rimo:treatment:${externalId}`;
export const orderLockKey = (externalId: string) => `rimo:order:${externalId}`;

/**
 * Treatments and histories loaded together for a batch of partner events (TreatmentRepository.loadMany): the
 * ledger reads them from here instead of the database, keeps them current as it records (a treatment created, an
 * entry added), and leaves the write to the batch's one flush.
 */
export interface LoadedTreatments {
  treatments: Map<string, Treatment>;
  histories: Map<string, TreatmentTransition[]>;
}

/** Treatment queries: a read of patient data takes the caller's scope, and the scope is part of the SQL. */
@Injectable()
export class TreatmentRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  async findInScope(scope: PatientScope, patientId: string, id: string): Promise<Treatment | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(Treatment, { $and: [{ id, patientId }, scopeCondition(scope) as FilterQuery<Treatment>] });
  }

  async list(scope: PatientScope, patientId: string, query: ListTreatmentsQueryDto): Promise<{ items: Treatment[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const and: FilterQuery<Treatment>[] = [{ patientId }, scopeCondition(scope) as FilterQuery<Treatment>];
    if (query.status) and.push({ status: query.status });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(Treatment, { $and: and }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.createdAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /** For the partner's events (no caller: the partner's signature was checked). */
  async findByExternalId(externalId: string): Promise<Treatment | null> {
    return this.em.findOne(Treatment, { externalId }, { refresh: true });
  }

  async history(externalId: string): Promise<TreatmentTransition[]> {
    return this.em.find(TreatmentTransition, { treatmentExternalId: externalId }, { orderBy: { position: 'asc', id: 'asc' }, refresh: true });
  }

  /**
   * Many treatments and their histories in two queries (the inbox processor's batch, once their locks are held):
   * what `findByExternalId` and `history` give for each, fresh from the database.
   */
  async loadMany(externalIds: readonly string[]): Promise<LoadedTreatments> {
    const ids = [...new Set(externalIds)];
    const loaded: LoadedTreatments = { treatments: new Map(), histories: new Map(ids.map((id) => [id, []])) };
    if (!ids.length) return loaded;
    const treatments = await this.em.find(Treatment, { externalId: { $in: ids } }, { refresh: true });
    const transitions = await this.em.find(TreatmentTransition, { treatmentExternalId: { $in: ids } }, { orderBy: { position: 'asc', id: 'asc' }, refresh: true });
    for (const t of treatments) loaded.treatments.set(t.externalId, t);
    for (const h of transitions) loaded.histories.get(h.treatmentExternalId)!.push(h);
    return loaded;
  }

  lock(externalId: string): Promise<void> {
    return lockAggregate(this.em, treatmentLockKey(externalId));
  }

  persist(entity: Treatment | TreatmentTransition): void {
    this.em.persist(entity);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
