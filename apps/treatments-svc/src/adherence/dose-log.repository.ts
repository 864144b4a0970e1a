import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { inScope, scopeCondition } from '../protocols/protocol.repository.js';
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
  constructor(private readonly em: EntityManager) {}

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
