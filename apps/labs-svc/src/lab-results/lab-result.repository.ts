import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { tableOf } from '@pg/persistence';
import { CursorCodec, DEFAULT_PAGE_LIMIT, type LabFlag, type LabReportSummaryDto, type LabStatus, isTimeIdCursor, type TimeIdCursor } from '@pg/contracts';
import { inScope, scopeCondition } from '../lab-reports/lab-report.repository.js';
import { LabResult } from './lab-result.entity.js';
import { summarizeCounts } from './lab-status.js';

export interface ResultFilter {
  /** Results of these catalog keys, or (for codes the catalog does not know) with this LOINC. */
  biomarkerKey?: string;
  loinc?: string;
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
  flag?: LabFlag;
  status?: LabStatus;
  reportId?: string;
}

/** Lab result queries: the caller's scope is a parameter and part of the SQL. */
@Injectable()
export class LabResultRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  private where(scope: PatientScope, patientId: string, f: ResultFilter): FilterQuery<LabResult>[] {
    // Results of a soft-deleted report are hidden from every read (deleted_at is set and cleared with the report's).
    const and: FilterQuery<LabResult>[] = [{ patientId, deletedAt: null }, scopeCondition(scope) as FilterQuery<LabResult>];
    if (f.biomarkerKey) and.push({ biomarkerKey: f.biomarkerKey });
    else if (f.loinc) and.push({ $or: [{ loinc: f.loinc }, { reportedCode: { code: f.loinc } } as FilterQuery<LabResult>] });
    if (f.from) and.push({ collectedAt: { $gte: f.from } });
    if (f.before) and.push({ collectedAt: { $lt: f.before } });
    if (f.flag) and.push({ flag: f.flag });
    if (f.status) and.push({ status: f.status });
    if (f.reportId) and.push({ reportId: f.reportId });
    return and;
  }

  /** Newest first, by (collectedAt, id). */
  async search(scope: PatientScope, patientId: string, f: ResultFilter, page: { limit?: number; cursor?: string }): Promise<{ items: LabResult[]; nextCursor: string | null; limit: number }> {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const and = this.where(scope, patientId, f);
    const after = this.cursors.decode(page.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ collectedAt: { $lt: at } }, { collectedAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(LabResult, { $and: and }, { orderBy: { collectedAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.collectedAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /** Every result of one biomarker, oldest first (a trend), at most `max`. */
  async series(scope: PatientScope, patientId: string, f: ResultFilter, max = 5000): Promise<LabResult[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(LabResult, { $and: this.where(scope, patientId, f) }, { orderBy: { collectedAt: 'asc', id: 'asc' }, limit: max });
  }

  async ofReport(scope: PatientScope, patientId: string, reportId: string): Promise<LabResult[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(LabResult, { $and: this.where(scope, patientId, { reportId }) }, { orderBy: { position: 'asc' } });
  }

  /**
   * Per catalog biomarker, the newest result and the one before it (newest first), of results not deleted: one
   * window query, the scope in its SQL.
   */
  async latestTwo(scope: PatientScope, patientId: string): Promise<LabResult[]> {
    if (!inScope(scope, patientId)) return [];
    // Picks the ids (the patient is in scope, checked above); the rows are then read with the scope as a condition.
    const table = tableOf(this.em, 'lab_result');
    const rows = await this.em.execute<{ id: string }[]>(
      `select id from (
         select id, row_number() over (partition by biomarker_key order by collected_at desc, id desc) as n
         from ${table}
         where patient_id = ? and deleted_at is null and biomarker_key is not null
       ) ranked where n <= 2`,
      [patientId],
    );
    if (!rows.length) return [];
    return this.em.find(LabResult, { $and: [{ id: { $in: rows.map((r) => r.id) } }, ...this.where(scope, patientId, {})] }, { orderBy: { biomarkerKey: 'asc', collectedAt: 'desc', id: 'desc' } });
  }

  /**
   * The summary (counts by status) of each of these reports, results not deleted: counted in SQL (one row per report
   * and status), so a page of 50 reports of 126 results each reads 50 × 7 rows at most.
   */
  async summariesOf(scope: PatientScope, patientId: string, reportIds: string[]): Promise<Map<string, LabReportSummaryDto>> {
    const counts = new Map<string, { status: LabStatus | null; n: number }[]>(reportIds.map((id) => [id, []]));
    if (reportIds.length && inScope(scope, patientId)) {
      const rows = await this.em.createQueryBuilder(LabResult, 'r')
        .select(['r.reportId', 'r.status', raw('count(*)::int as n')])
        .where({ $and: [{ reportId: { $in: reportIds } }, ...this.where(scope, patientId, {})] } as never)
        .groupBy(['r.reportId', 'r.status'])
        .execute<{ reportId: string; status: LabStatus | null; n: number }[]>('all');
      for (const r of rows) counts.get(r.reportId)?.push({ status: r.status ?? null, n: Number(r.n) });
    }
    return new Map([...counts].map(([id, c]) => [id, summarizeCounts(c)]));
  }

  /** Hides (or shows again) the results of a report with its soft delete (or restore): the rows stay. */
  async markDeleted(reportId: string, deletedAt: Date | null, retainUntil: Date | null): Promise<void> {
    await this.em.nativeUpdate(LabResult, { reportId }, { deletedAt, retainUntil });
  }

  /** For the parse job: what a report's earlier (finished) parse recorded. */
  async ofReportForJob(reportId: string): Promise<LabResult[]> {
    return this.em.find(LabResult, { reportId }, { orderBy: { position: 'asc' } });
  }
}
