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

  /**
   * Records the day's check-in in one statement: inserted when the day has none, else its scores replace the
   * stored ones (version + 1). `created` says which; a concurrent first check-in of the same day becomes the update.
   */
  async upsert(scope: PatientScope, row: Omit<CheckIn, 'version' | 'createdAt' | 'updatedAt'>, now: Date): Promise<{ checkIn: CheckIn; created: boolean } | null> {
    if (!inScope(scope, row.patientId)) return null;
    const table = `"${String(this.em.config.get('schema')).replace(/"/g, '""')}"."check_in"`;
    const [found] = await this.em.execute<(Record<string, unknown> & { created: boolean })[]>(
      `insert into ${table} as c ("id", "patient_id", "date", "energy", "mood", "focus", "sleep_quality", "note", "version", "created_at", "updated_at")
       values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
       on conflict ("patient_id", "date") do update set "energy" = excluded."energy", "mood" = excluded."mood", "focus" = excluded."focus",
         "sleep_quality" = excluded."sleep_quality", "note" = excluded."note", "version" = c."version" + 1, "updated_at" = excluded."updated_at"
       returning c.*, (c.xmax = 0) as "created"`,
      [row.id, row.patientId, row.date, row.energy, row.mood, row.focus, row.sleepQuality, row.note ?? null, now, now],
    );
    if (!found) return null;
    const { created, ...columns } = found;
    return { checkIn: this.em.map(CheckIn, columns), created };
  }
}
