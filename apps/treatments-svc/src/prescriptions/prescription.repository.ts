import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type ListPrescriptionsQueryDto, type TimeIdCursor } from '@pg/contracts';
import { inScope, lockAggregate, orderLockKey, scopeCondition } from '../treatments/treatment.repository.js';
import { Prescription, PrescriptionEvent } from './prescription.entity.js';

/**
 * Orders and their events loaded together for a batch of partner events (PrescriptionRepository.loadMany): the
 * ledger reads them from here, keeps them current as it records, and leaves the write to the batch's one flush.
 */
export interface LoadedPrescriptions {
  prescriptions: Map<string, Prescription>;
  events: Map<string, PrescriptionEvent[]>;
}

/** Prescription queries: a read of patient data takes the caller's scope, and the scope is part of the SQL. */
@Injectable()
export class PrescriptionRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  async findInScope(scope: PatientScope, patientId: string, id: string): Promise<Prescription | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(Prescription, { $and: [{ id, patientId }, scopeCondition(scope) as FilterQuery<Prescription>] });
  }

  async list(scope: PatientScope, patientId: string, query: ListPrescriptionsQueryDto): Promise<{ items: Prescription[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const and: FilterQuery<Prescription>[] = [{ patientId }, scopeCondition(scope) as FilterQuery<Prescription>];
    if (query.status) and.push({ status: query.status });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(Prescription, { $and: and }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.createdAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /** The refills of an order, in the caller's scope, oldest first. */
  async refillsOf(scope: PatientScope, patientId: string, externalId: string): Promise<Prescription[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(Prescription, { $and: [{ patientId, refillOf: externalId }, scopeCondition(scope) as FilterQuery<Prescription>] }, { orderBy: { refillNumber: 'asc', createdAt: 'asc' } });
  }

  /** For the partner's events (no caller: the partner's signature was checked). */
  async findByExternalId(externalId: string): Promise<Prescription | null> {
    return this.em.findOne(Prescription, { externalId }, { refresh: true });
  }

  async events(externalId: string): Promise<PrescriptionEvent[]> {
    return this.em.find(PrescriptionEvent, { orderExternalId: externalId }, { orderBy: { position: 'asc', id: 'asc' }, refresh: true });
  }

  /**
   * Many orders and their events in two queries (the inbox processor's batch, once their locks are held): what
   * `findByExternalId` and `events` give for each, fresh from the database.
   */
  async loadMany(externalIds: readonly string[]): Promise<LoadedPrescriptions> {
    const ids = [...new Set(externalIds)];
    const loaded: LoadedPrescriptions = { prescriptions: new Map(), events: new Map(ids.map((id) => [id, []])) };
    if (!ids.length) return loaded;
    const prescriptions = await this.em.find(Prescription, { externalId: { $in: ids } }, { refresh: true });
    const events = await this.em.find(PrescriptionEvent, { orderExternalId: { $in: ids } }, { orderBy: { position: 'asc', id: 'asc' }, refresh: true });
    for (const p of prescriptions) loaded.prescriptions.set(p.externalId, p);
    for (const e of events) loaded.events.get(e.orderExternalId)!.push(e);
    return loaded;
  }

  lock(externalId: string): Promise<void> {
    return lockAggregate(this.em, orderLockKey(externalId));
  }

  persist(entity: Prescription | PrescriptionEvent): void {
    this.em.persist(entity);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
