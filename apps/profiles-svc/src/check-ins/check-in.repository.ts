import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isUuid } from '@pg/contracts';
import { inScope, scopeCondition } from '../patients/patient-scope.js';
import { CheckIn } from './check-in.entity.js';

type DateIdCursor = [string, string];
const isDateIdCursor = (v: unknown): v is DateIdCursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v[0]) && isUuid(v[1]);

/** The `date` column as the day it is (a driver may hand a DATE back as a Date at UTC midnight). */
export const dayOf = (v: string | Date): string => (typeof v === 'string' ? v.slice(0, 10) : v.toISOString().slice(0, 10));

/** Check-in queries: the caller's scope is a parameter and part of the SQL. */
@Injectable()
export class CheckInRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  private where(scope: PatientScope, patientId: string, range: { from?: string; to?: string }): FilterQuery<CheckIn>[] {
    const and: FilterQuery<CheckIn>[] = [{ patientId }, scopeCondition(scope) as FilterQuery<CheckIn>];
    if (range.from) and.push({ date: { $gte: range.from } });
    if (range.to) and.push({ date: { $lte: range.to } });
    return and;
  }

  /** Newest day first, by (date, id). */
  async list(scope: PatientScope, patientId: string, range: { from?: string; to?: string }, page: { limit?: number; cursor?: string }) {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [] as CheckIn[], nextCursor: null, limit };
    const and = this.where(scope, patientId, range);
    const after = this.cursors.decode(page.cursor, isDateIdCursor);
    if (after) and.push({ $or: [{ date: { $lt: after[0] } }, { date: after[0], id: { $lt: after[1] } }] });
    const rows = await this.em.find(CheckIn, { $and: and }, { orderBy: { date: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([dayOf(last.date), last.id] satisfies DateIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /** Every check-in of a range, oldest first (at most one per day, so at most CHECK_IN_TREND_MAX_DAYS rows). */
  async range(scope: PatientScope, patientId: string, from: string, to: string): Promise<CheckIn[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(CheckIn, { $and: this.where(scope, patientId, { from, to }) }, { orderBy: { date: 'asc' } });
  }

  async findByDate(scope: PatientScope, patientId: string, date: string): Promise<CheckIn | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(CheckIn, { $and: [{ patientId, date }, scopeCondition(scope) as FilterQuery<CheckIn>] });
  }

  /** Inserts the day's check-in unless one exists (a concurrent first check-in of the same day): whether it did. */
  async insertIfAbsent(row: Omit<CheckIn, 'version'>): Promise<boolean> {
    const res = await this.em.createQueryBuilder(CheckIn).insert({ ...row, version: 1 }).onConflict(['patientId', 'date']).ignore().execute('run');
    return (res as { affectedRows?: number }).affectedRows === 1;
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
