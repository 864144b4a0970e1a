import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type TimeIdCursor } from '@pg/contracts';
import { inScope, scopeCondition } from '../treatments/treatment.repository.js';
import { DoseLog } from './dose-log.entity.js';

/**
 * The log of one dose that counts: the latest recorded for each (protocol, item, due time); earlier ones stay in
 * the table (append-only). Keyed `${protocolId}|${itemId}|${dueAt ms}`.
 */
export function latestLogs(logs: readonly DoseLog[]): Map<string, DoseLog> {
  const out = new Map<string, DoseLog>();
  for (const log of logs) {
    const key = `${log.protocolId}|${log.itemId}|${log.dueAt.getTime()}`;
    const seen = out.get(key);
    if (!seen || log.recordedAt > seen.recordedAt || (log.recordedAt.getTime() === seen.recordedAt.getTime() && log.id > seen.id)) out.set(key, log);
  }
  return out;
}

/** Dose log queries: the caller's scope is a parameter and part of the SQL. */
@Injectable()
export class DoseLogRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  /** Logs of doses of one protocol due in `[fromMs, toMs)`. */
  async ofProtocolBetween(scope: PatientScope, patientId: string, protocolId: string, fromMs: number, toMs: number): Promise<DoseLog[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(DoseLog, { $and: [
      { protocolId, patientId, dueAt: { $gte: new Date(fromMs), $lt: new Date(toMs) } }, scopeCondition(scope) as FilterQuery<DoseLog>,
    ] }, { orderBy: { dueAt: 'asc', recordedAt: 'asc' } });
  }

  /** Logs of doses of any protocol of a patient due in `[fromMs, toMs)` (a regimen day). */
  async ofPatientBetween(scope: PatientScope, patientId: string, fromMs: number, toMs: number): Promise<DoseLog[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(DoseLog, { $and: [
      { patientId, dueAt: { $gte: new Date(fromMs), $lt: new Date(toMs) } }, scopeCondition(scope) as FilterQuery<DoseLog>,
    ] }, { orderBy: { dueAt: 'asc', recordedAt: 'asc' } });
  }

  /** Refuses a cursor this service did not make (400), before anything is looked up. */
  checkCursor(cursor: string | undefined): void {
    this.cursors.decode(cursor, isTimeIdCursor);
  }

  /** The log of one protocol, newest entry first (superseded entries included), by (recordedAt, id). */
  async list(scope: PatientScope, patientId: string, protocolId: string, f: { itemId?: string; fromMs?: number; toMs?: number }, page: { limit?: number; cursor?: string }): Promise<{ items: DoseLog[]; nextCursor: string | null; limit: number }> {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const and: FilterQuery<DoseLog>[] = [{ protocolId, patientId }, scopeCondition(scope) as FilterQuery<DoseLog>];
    if (f.itemId) and.push({ itemId: f.itemId });
    if (f.fromMs !== undefined) and.push({ dueAt: { $gte: new Date(f.fromMs) } });
    if (f.toMs !== undefined) and.push({ dueAt: { $lt: new Date(f.toMs) } });
    const after = this.cursors.decode(page.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ recordedAt: { $lt: at } }, { recordedAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(DoseLog, { $and: and }, { orderBy: { recordedAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.recordedAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /** The newest log of one dose (for ordering a new one after it). */
  async latestOf(protocolId: string, itemId: string, dueAt: Date): Promise<DoseLog | null> {
    return this.em.findOne(DoseLog, { protocolId, itemId, dueAt }, { orderBy: { recordedAt: 'desc', id: 'desc' } });
  }

  persist(log: DoseLog): void {
    this.em.persist(log);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
