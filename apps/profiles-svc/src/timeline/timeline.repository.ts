import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, isUuid, type TimeIdCursor, type TimelineEntryDto, type TimelineEntryType } from '@pg/contracts';
import { inScope } from '../patients/patient-scope.js';
import { TimelineEntry } from './timeline-entry.entity.js';
import type { ProjectedEntry } from './timeline-projection.js';

export interface TimelineFilter {
  type?: TimelineEntryType;
  from?: Date;
  /** Exclusive upper bound. */
  before?: Date;
}

/** A manual entry: recorded by a person through POST …/events. */
export interface ManualEntry {
  id: string;
  patientId: string;
  type: TimelineEntryType;
  occurredAt: Date;
  title: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: Date;
}

interface EntryRow {
  id: string;
  patientId: string;
  type: TimelineEntryType;
  occurredAt: string | Date;
  sourceService: string;
  sourceKind: string;
  sourceId: string;
  summary: Record<string, string | number | boolean | null>;
  title: string | null;
  note: string | null;
  recordedAt: string | Date;
}

const COLUMNS = [
  'id', 'patient_id as "patientId"', 'type', 'occurred_at as "occurredAt"', 'source_service as "sourceService"', 'source_kind as "sourceKind"',
  'source_id as "sourceId"', 'summary', 'title', 'note', 'recorded_at as "recordedAt"',
].join(', ');

const INSERT_COLUMNS = '"id", "patient_id", "type", "occurred_at", "source_service", "source_kind", "source_id", "summary", "title", "note", "event_name", "event_key", "recorded_by", "recorded_at"';
const MANUAL_KEY_PREFIX = 'manual:';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Where the source record is read (API.md paths), by its kind; none for a manual entry (the entry is the record). */
export function linkOf(kind: string, patientId: string, id: string, summary: EntryRow['summary']): string | undefined {
  const base = `/v1/patients/${patientId}`;
  switch (kind) {
    case 'lab-report': return `${base}/lab-reports/${id}`;
    case 'lab-result': return isUuid(summary.reportId) ? `${base}/lab-reports/${summary.reportId}` : `${base}/lab-results`;
    case 'wearable-import': return `${base}/wearables/imports/${id}`;
    case 'wearable-connection': return `${base}/wearables/connections`;
    case 'protocol': return `${base}/protocols/${id}`;
    case 'treatment': return `${base}/treatments/${id}`;
    case 'prescription': return `${base}/prescriptions/${id}`;
    case 'patient': return `/v1/patients/${id}`;
    case 'check-in': return typeof summary.date === 'string' && DAY.test(summary.date) ? `${base}/check-ins?from=${summary.date}&to=${summary.date}` : `${base}/check-ins`;
    default: return undefined;
  }
}

function toEntryDto(r: EntryRow): TimelineEntryDto {
  const link = linkOf(r.sourceKind, r.patientId, r.sourceId, r.summary ?? {});
  return {
    id: r.id,
    patientId: r.patientId,
    type: r.type,
    occurredAt: new Date(r.occurredAt).toISOString(),
    source: { service: r.sourceService, kind: r.sourceKind, id: r.sourceId },
    summary: r.summary ?? {},
    ...(link ? { link } : {}),
    ...(r.title !== null && r.title !== undefined ? { title: r.title } : {}),
    ...(r.note !== null && r.note !== undefined ? { note: r.note } : {}),
    recordedAt: new Date(r.recordedAt).toISOString(),
  };
}

/**
 * Timeline queries, in SQL: a page is one keyset range scan of (patient, occurred_at, id) — or of
 * (patient, type, occurred_at, id) with `?type=` — whatever the number of entries. Reads take the caller's scope.
 */
@Injectable()
export class TimelineRepository {
  private readonly table: string;

  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {
    const meta = em.getMetadata().get(TimelineEntry);
    this.table = `"${meta.schema ?? em.config.get('schema')}"."${meta.tableName}"`;
  }

  /**
   * Writes projected entries under their event keys. An entry whose key is there already is replaced only by one of
   * an event published later (a check-in recorded again; a redelivery writes the same row again), so replaying the
   * stream in any number of passes ends with the same rows. How many rows were written.
   */
  async insertProjected(entries: ProjectedEntry[]): Promise<number> {
    if (!entries.length) return 0;
    // One row per key in a statement (ON CONFLICT DO UPDATE may touch a row once): the latest event wins.
    const byKey = new Map<string, ProjectedEntry>();
    for (const e of entries) {
      const seen = byKey.get(e.eventKey);
      if (!seen || seen.recordedAt <= e.recordedAt) byKey.set(e.eventKey, e);
    }
    const values: unknown[] = [];
    const rows = [...byKey.values()].map((e) => {
      values.push(e.id, e.patientId, e.type, e.occurredAt, e.sourceService, e.sourceKind, e.sourceId, JSON.stringify(e.summary), null, null, e.eventName, e.eventKey, null, e.recordedAt);
      return '(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)';
    });
    const res = await this.em.execute<{ id: string }[]>(
      `insert into ${this.table} as t (${INSERT_COLUMNS}) values ${rows.join(', ')}
       on conflict ("event_key") do update set "occurred_at" = excluded."occurred_at", "summary" = excluded."summary", "recorded_at" = excluded."recorded_at"
       where excluded."recorded_at" >= t."recorded_at" returning "id"`, values,
    );
    return res.length;
  }

  async insertManual(e: ManualEntry): Promise<TimelineEntryDto> {
    const [row] = await this.em.execute<EntryRow[]>(
      `insert into ${this.table} (${INSERT_COLUMNS}) values (?, ?, ?, ?, 'profiles-svc', 'clinical-event', ?, '{}'::jsonb, ?, ?, null, ?, ?, ?) returning ${COLUMNS}`,
      [e.id, e.patientId, e.type, e.occurredAt, e.id, e.title, e.note, `${MANUAL_KEY_PREFIX}${e.id}`, e.recordedBy, e.recordedAt],
    );
    return toEntryDto(row!);
  }

  /**
   * Forgets the projected entries of events published since `since` (manual ones stay): the first step of a
   * rebuild of the window the stream still holds, in its transaction.
   */
  async deleteProjected(since: Date): Promise<number> {
    const res = await this.em.execute<{ id: string }[]>(
      `delete from ${this.table} where "event_key" not like ? and "recorded_at" >= ? returning "id"`, [`${MANUAL_KEY_PREFIX}%`, since],
    );
    return res.length;
  }

  /** Newest first, by (occurredAt, id). */
  async page(scope: PatientScope, patientId: string, f: TimelineFilter, page: { limit?: number; cursor?: string }): Promise<{ items: TimelineEntryDto[]; nextCursor: string | null; limit: number }> {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const where = ['"patient_id" = ?'];
    const params: unknown[] = [patientId];
    if (f.type) {
      where.push('"type" = ?');
      params.push(f.type);
    }
    if (f.from) {
      where.push('"occurred_at" >= ?');
      params.push(f.from);
    }
    if (f.before) {
      where.push('"occurred_at" < ?');
      params.push(f.before);
    }
    const after = this.cursors.decode(page.cursor, isTimeIdCursor);
    if (after) {
      where.push('("occurred_at", "id") < (?, ?)');
      params.push(new Date(after[0]), after[1]);
    }
    const rows = await this.em.execute<EntryRow[]>(
      `select ${COLUMNS} from ${this.table} where ${where.join(' and ')} order by "occurred_at" desc, "id" desc limit ?`, [...params, limit + 1],
    );
    const items = rows.slice(0, limit).map(toEntryDto);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.occurredAt, last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }
}
