import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, type ListLabReportsQueryDto, isTimeIdCursor, type TimeIdCursor } from '@pg/contracts';
import { LabReport } from './lab-report.entity.js';

/** Whether the scope reaches this patient (the scope goes into every query as a condition too). */
export function inScope(scope: PatientScope, patientId: string): boolean {
  return scope.kind === 'all' || scope.patientIds.includes(patientId);
}

/** The scope as a condition on `patientId`. */
export function scopeCondition(scope: PatientScope): FilterQuery<{ patientId: string }> {
  return scope.kind === 'all' ? {} : { patientId: { $in: scope.patientIds } };
}

/** Lab report queries: every read of patient data takes the caller's scope, and the scope is part of the SQL. */
@Injectable()
export class LabReportRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  async findInScope(scope: PatientScope, patientId: string, id: string): Promise<LabReport | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(LabReport, { $and: [{ id, patientId }, scopeCondition(scope) as FilterQuery<LabReport>] });
  }

  async list(scope: PatientScope, patientId: string, query: ListLabReportsQueryDto): Promise<{ items: LabReport[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const and: FilterQuery<LabReport>[] = [{ patientId }, scopeCondition(scope) as FilterQuery<LabReport>];
    if (query.status) and.push({ status: query.status });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(LabReport, { $and: and }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.createdAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /** For the parse job (no caller: the job was queued by an allowed upload). */
  async findForJob(id: string): Promise<LabReport | null> {
    return this.em.findOne(LabReport, { id }, { refresh: true });
  }

  /**
   * Moves a report to `parsing` (counting the attempt) if it is `received` or `parsing`; false when it is already
   * parsed or failed (the job was delivered again after it finished).
   */
  async startParsing(report: LabReport): Promise<boolean> {
    const n = await this.em.nativeUpdate(LabReport, { id: report.id, status: { $in: ['received', 'parsing'] } }, { status: 'parsing', attempts: report.attempts + 1, updatedAt: new Date() });
    return n > 0;
  }

  /** Reports waiting for a parse that were uploaded before `before`. */
  async pendingIds(before: Date): Promise<string[]> {
    const rows = await this.em.find(LabReport, { status: { $in: ['received', 'parsing'] }, createdAt: { $lte: before } }, { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: 1000 });
    return rows.map((r) => r.id);
  }

  persist(report: LabReport): void {
    this.em.persist(report);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
