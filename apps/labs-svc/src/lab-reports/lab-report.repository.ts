import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
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
    return this.em.findOne(LabReport, { $and: [{ id, patientId, deletedAt: null }, scopeCondition(scope) as FilterQuery<LabReport>] });
  }

  /** A report deleted or not (soft delete and restore only: every read goes through findInScope, which hides deleted ones). */
  async findAnyInScope(scope: PatientScope, patientId: string, id: string): Promise<LabReport | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(LabReport, { $and: [{ id, patientId }, scopeCondition(scope) as FilterQuery<LabReport>] }, { refresh: true });
  }

  async list(scope: PatientScope, patientId: string, query: ListLabReportsQueryDto): Promise<{ items: LabReport[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const and: FilterQuery<LabReport>[] = [{ patientId, deletedAt: null }, scopeCondition(scope) as FilterQuery<LabReport>];
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

  /** The report an earlier attempt of the same upload made (same uploader, patient and request key), if any. */
  async findByRequestKey(createdBy: string, patientId: string, requestKey: string): Promise<LabReport | null> {
    return this.em.findOne(LabReport, { createdBy, patientId, requestKey });
  }

  /** For the parse job (no caller: the job was queued by an allowed upload). */
  async findForJob(id: string): Promise<LabReport | null> {
    return this.em.findOne(LabReport, { id }, { refresh: true });
  }

  /**
   * Claims a report for one parse: moves it to `parsing` (counting the attempt) if it is `received`, or `parsing`
   * under a claim nobody renewed for `leaseMs` (its worker died). One UPDATE, so of two workers only one gets it;
   * false when another worker holds it or it is already parsed or failed. The holder renews the claim
   * (`renewClaim`: `updated_at` is the claim's time) while it parses.
   */
  async claimForParse(report: Pick<LabReport, 'id'>, leaseMs: number): Promise<boolean> {
    const now = new Date();
    const n = await this.em.nativeUpdate(
      LabReport,
      { id: report.id, deletedAt: null, $or: [{ status: 'received' }, { status: 'parsing', updatedAt: { $lt: new Date(now.getTime() - leaseMs) } }] },
      { status: 'parsing', attempts: raw('attempts + 1'), updatedAt: now },
    );
    return n > 0;
  }

  /** Gives a claim up (the parse failed and its job will come again): the report waits for a parse again. */
  async releaseClaim(id: string): Promise<void> {
    await this.em.nativeUpdate(LabReport, { id, status: 'parsing' }, { status: 'received', updatedAt: new Date() });
  }

  /** Keeps a claim alive while its parse runs. */
  async renewClaim(id: string): Promise<void> {
    await this.em.nativeUpdate(LabReport, { id, status: 'parsing' }, { updatedAt: new Date() });
  }

  /** Reports waiting for a parse: `received` before `before`, or `parsing` under a claim not renewed since `staleBefore`. */
  async pendingIds(before: Date, staleBefore: Date): Promise<string[]> {
    const rows = await this.em.find(
      LabReport,
      { deletedAt: null, $or: [{ status: 'received', createdAt: { $lte: before } }, { status: 'parsing', createdAt: { $lte: before }, updatedAt: { $lt: staleBefore } }] },
      { fields: ['id'], orderBy: { createdAt: 'asc' }, limit: 1000 },
    );
    return rows.map((r) => r.id);
  }

  /** Which of these object names a report holds (the orphan sweep keeps those). */
  async heldObjects(names: string[]): Promise<Set<string>> {
    if (!names.length) return new Set();
    const rows = await this.em.find(LabReport, { fileObject: { $in: names } }, { fields: ['fileObject'] });
    return new Set(rows.map((r) => r.fileObject));
  }

  /** Records the first review only (a concurrent second one changes nothing): true when this call recorded it. */
  async markReviewed(id: string, by: string, at: Date): Promise<boolean> {
    return (await this.em.nativeUpdate(LabReport, { id, reviewedAt: null, deletedAt: null }, { reviewedAt: at, reviewedBy: by, updatedAt: at })) > 0;
  }

  async markDeleted(id: string, d: { deletedAt: Date; deletedBy: string; deleteReason: string; retainUntil: Date }): Promise<boolean> {
    return (await this.em.nativeUpdate(LabReport, { id, deletedAt: null }, { ...d, updatedAt: d.deletedAt })) > 0;
  }

  /** Live again; who deleted it and why stay on the row (the audit trail has both events). */
  async markRestored(id: string): Promise<boolean> {
    return (await this.em.nativeUpdate(LabReport, { id, deletedAt: { $ne: null } }, { deletedAt: null, retainUntil: null, updatedAt: new Date() })) > 0;
  }

  persist(report: LabReport): void {
    this.em.persist(report);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
