import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CursorCodec, DEFAULT_PAGE_LIMIT, DISCLOSURE_YEARS, TPO_PURPOSES, type AuditCorrectionDto, type AuditEvent, type AuditEventFilterDto,
  type AuditOutcome, type PageQueryDto,
} from '@pg/contracts';
import { columnsDisagreeWithEvent, quoteIdent } from './audit-event.projection.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

type SequenceCursor = [string];
const isSequenceCursor = (v: unknown): v is SequenceCursor => Array.isArray(v) && v.length === 1 && typeof v[0] === 'string' && /^[1-9][0-9]{0,18}$/.test(v[0]);

/** One row of the chain as verification reads it. */
export interface ChainRow {
  sequence: string;
  id: string;
  prevHash: string;
  hash: string;
  /** The stored event as JSON text. */
  event: string;
  /** The searchable columns no longer say what the event says. */
  columnsDisagree: boolean;
}

/** A signed checkpoint as stored. */
export interface CheckpointRow {
  sequence: string;
  hash: string;
  /** ISO instant, milliseconds, `Z`: the text that was signed. */
  signedAt: string;
  keyId: string;
  signature: string;
}

/** A stored event with its place in the chain. */
export interface ChainedEvent {
  sequence: string;
  hash: string;
  prevHash: string;
  event: AuditEvent;
  /** The outcome correction stored for it, when there is one. */
  correctedBy?: AuditCorrectionDto;
}

/** Resource types of the trail's own views: reading them is recorded, but is no access to the health record. */
export const TRAIL_RESOURCES = ['audit-event', 'disclosure', 'access-log'] as const;

const CHECKPOINT_COLUMNS = `c."sequence"::text as "sequence", c."hash", to_char(c."signed_at" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "signedAt",
  c."key_id" as "keyId", c."signature"`;

/** Reads of the trail. The trail is written by AuditChainWriter only; nothing here changes a row. */
@Injectable()
export class AuditEventRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  /**
   * The auditor's search, newest first. An event whose outcome was corrected comes with its correction attached
   * (`correctedBy`); filtering on `outcome=success` leaves corrected successes out (they did not succeed), and the
   * correction itself is an event of its own (outcome `error`, `corrects` the original's id).
   */
  async search(query: AuditEventFilterDto & PageQueryDto): Promise<{ items: ChainedEvent[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, ...values: unknown[]) => {
      where.push(sql);
      params.push(...values);
    };
    if (query.patientId) add('e."patient_id" = ?', query.patientId);
    if (query.actorId) add('e."actor_principal_id" = ?', query.actorId);
    if (query.action) add('e."action" = ?', query.action);
    if (query.outcome) add('e."outcome" = ?', query.outcome);
    if (query.outcome === 'success') add(this.notCorrected('e'));
    if (query.from) add('e."recorded_at" >= ?', new Date(query.from));
    // A date (`YYYY-MM-DD`) is that day in UTC: `to=2026-03-01` includes the whole of it, as in lab results.
    if (query.to) {
      if (DATE_ONLY.test(query.to)) add('e."recorded_at" < ?', new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000));
      else add('e."recorded_at" <= ?', new Date(query.to));
    }
    if (query.breakGlass !== undefined) add('e."break_glass" = ?', query.breakGlass);
    const after = this.cursors.decode(query.cursor, isSequenceCursor);
    if (after) add('e."sequence" < ?', after[0]);
    const rows = await this.em.execute<ChainedEvent[]>(
      `select e."sequence"::text as "sequence", e."hash", e."prev_hash" as "prevHash", e."event"
       from ${this.table()} e
       ${where.length ? `where ${where.join(' and ')}` : ''}
       order by e."sequence" desc
       limit ?`,
      [...params, limit + 1],
    );
    const items = await this.withCorrections(rows.slice(0, limit).map((r) => ({ ...r, event: parseJson(r.event) })));
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.sequence] satisfies SequenceCursor) : null;
    return { items, nextCursor, limit };
  }

  /** Attaches to each event the correction stored for it, if any (one query for the page). */
  async withCorrections(items: ChainedEvent[]): Promise<ChainedEvent[]> {
    if (!items.length) return items;
    const found = await this.em.execute<{ corrects: string; id: string; outcome: AuditOutcome; reason: string | null; requestId: string; service: string }[]>(
      `select c."corrects"::text as "corrects", c."id"::text as "id", c."outcome", c."reason", c."request_id" as "requestId", c."source_service" as "service"
       from ${this.table('audit_correction')} c
       where c."corrects" in (select jsonb_array_elements_text(?::jsonb)::uuid) order by c."sequence"`,
      [JSON.stringify(items.map((i) => i.event.id))],
    );
    return items.map((i) => {
      // Only a correction from the same request and service counts (see `corrected`).
      const c = found.find((f) => f.corrects === i.event.id.toLowerCase() && f.requestId === i.event.requestId && f.service === i.event.source.service);
      return c ? { ...i, correctedBy: { id: c.id, outcome: c.outcome, reason: c.reason ?? '' } } : i;
    });
  }

  /**
   * SQL: the event aliased `alias` has a stored outcome correction — from the same request and the same service,
   * so that no other publisher can make an access disappear from the access log by "correcting" it.
   */
  private corrected(alias: string): string {
    return `exists (select 1 from ${this.table('audit_correction')} c
      where c."corrects" = ${alias}."id" and c."request_id" = ${alias}."request_id" and c."source_service" = ${alias}."source_service")`;
  }

  private notCorrected(alias: string): string {
    return `not ${this.corrected(alias)}`;
  }

  /** By id, through `audit_event_id` (one index), then the event's own partition. */
  async findById(id: string): Promise<ChainedEvent | null> {
    const [row] = await this.em.execute<ChainedEvent[]>(
      `select e."sequence"::text as "sequence", e."hash", e."prev_hash" as "prevHash", e."event"
       from ${this.table('audit_event_id')} i join ${this.table()} e on e."sequence" = i."sequence" and e."recorded_at" = i."recorded_at"
       where i."id" = ?`,
      [id],
    );
    if (!row) return null;
    const [withCorrection] = await this.withCorrections([{ ...row, event: parseJson(row.event) }]);
    return withCorrection!;
  }

  /**
   * HIPAA's accounting of disclosures for one patient: successful accesses of the last six years whose purpose
   * (the disclosure's own, else the purpose of use) is not treatment, payment or operations. Left out: the
   * patient's own accesses (disclosures to the individual are not accounted for) and reads of the trail itself.
   */
  async disclosures(patientId: string, page: PageQueryDto): Promise<{ items: ChainedEvent[]; nextCursor: string | null; limit: number }> {
    const tpo = TPO_PURPOSES.map((p) => `'${p}'`).join(', ');
    return this.patientPage(
      patientId,
      page,
      `e."outcome" = 'success' and ${this.notCorrected('e')} and e."recorded_at" >= now() - interval '${DISCLOSURE_YEARS} years'
       and coalesce(e."disclosure"->>'purpose', e."purpose_of_use") not in (${tpo})
       and e."actor_roles" <> '{patient}'`,
    );
  }

  /**
   * Who accessed a patient's record: every recorded access to it, allowed or refused, except the patient's own
   * successful ones and reads of the trail itself.
   */
  async accessLog(patientId: string, page: PageQueryDto): Promise<{ items: ChainedEvent[]; nextCursor: string | null; limit: number }> {
    return this.patientPage(
      patientId,
      page,
      `not (e."actor_roles" = '{patient}' and e."outcome" = 'success') and not (e."outcome" = 'success' and ${this.corrected('e')})`,
    );
  }

  /** The checkpoints at `afterSequence < sequence <= throughSequence`, in order. */
  async checkpointsBetween(afterSequence: string, throughSequence: string): Promise<CheckpointRow[]> {
    return this.em.execute<CheckpointRow[]>(
      `select ${CHECKPOINT_COLUMNS} from ${this.table('chain_checkpoint')} c where c."sequence" > ? and c."sequence" <= ? order by c."sequence"`,
      [afterSequence, throughSequence],
    );
  }

  /** The first checkpoint past `sequence` (one past the head means the end of the chain is gone). */
  async checkpointAfter(sequence: string): Promise<CheckpointRow | null> {
    const [row] = await this.em.execute<CheckpointRow[]>(
      `select ${CHECKPOINT_COLUMNS} from ${this.table('chain_checkpoint')} c where c."sequence" > ? order by c."sequence" limit 1`,
      [sequence],
    );
    return row ?? null;
  }

  /** True when a row after `sequence` (through `head`) was stored longer than `ms` ago, by the database's clock. */
  async storedBefore(afterSequence: string, throughSequence: string, ms: number): Promise<boolean> {
    const [row] = await this.em.execute<{ overdue: boolean }[]>(
      `select exists (select 1 from ${this.table()} t where t."sequence" > ? and t."sequence" <= ?
         and t."stored_at" < now() - make_interval(secs => ?)) as "overdue"`,
      [afterSequence, throughSequence, ms / 1000],
    );
    return !!row?.overdue;
  }

  private async patientPage(patientId: string, page: PageQueryDto, where: string) {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    const after = this.cursors.decode(page.cursor, isSequenceCursor);
    const trail = TRAIL_RESOURCES.map((r) => `'${r}'`).join(', ');
    const rows = await this.em.execute<ChainedEvent[]>(
      `select e."sequence"::text as "sequence", e."hash", e."prev_hash" as "prevHash", e."event"
       from ${this.table()} e
       where e."patient_id" = ? and e."resource_type" not in (${trail}) and ${where}
         ${after ? 'and e."sequence" < ?' : ''}
       order by e."sequence" desc
       limit ?`,
      [patientId, ...(after ? [after[0]] : []), limit + 1],
    );
    const items = rows.slice(0, limit).map((r) => ({ ...r, event: parseJson(r.event) }));
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.sequence] satisfies SequenceCursor) : null;
    return { items, nextCursor, limit };
  }

  /** The hash of the row at `sequence`, or null when there is none. */
  async hashAt(sequence: string): Promise<string | null> {
    const [row] = await this.em.execute<{ hash: string }[]>(`select t."hash" from ${this.table()} t where t."sequence" = ?`, [sequence]);
    return row?.hash ?? null;
  }

  /** The first and last sequence of the events recorded in `[from, to]` (either open), or null when none was. */
  async sequenceSpan(from: string | undefined, to: string | undefined): Promise<{ first: string; last: string } | null> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (from) (where.push('t."recorded_at" >= ?'), params.push(new Date(from)));
    if (to) (where.push('t."recorded_at" <= ?'), params.push(new Date(to)));
    const [row] = await this.em.execute<{ first: string | null; last: string | null }[]>(
      `select min(t."sequence")::text as "first", max(t."sequence")::text as "last" from ${this.table()} t ${where.length ? `where ${where.join(' and ')}` : ''}`,
      params,
    );
    return row?.first && row.last ? { first: row.first, last: row.last } : null;
  }

  /** The last checkpoint at or before `sequence`. */
  async checkpointAtOrBefore(sequence: string): Promise<CheckpointRow | null> {
    const [row] = await this.em.execute<CheckpointRow[]>(
      `select ${CHECKPOINT_COLUMNS} from ${this.table('chain_checkpoint')} c where c."sequence" <= ? order by c."sequence" desc limit 1`,
      [sequence],
    );
    return row ?? null;
  }

  /** The checkpoints at `afterSequence < sequence <= throughSequence`, newest first, at most `limit`. */
  async checkpointsNewestFirst(afterSequence: string, throughSequence: string, limit: number): Promise<CheckpointRow[]> {
    return this.em.execute<CheckpointRow[]>(
      `select ${CHECKPOINT_COLUMNS} from ${this.table('chain_checkpoint')} c where c."sequence" > ? and c."sequence" <= ? order by c."sequence" desc limit ?`,
      [afterSequence, throughSequence, limit],
    );
  }

  /** The last sequence of the chain now ('0' when empty). */
  async headSequence(): Promise<string> {
    const [row] = await this.em.execute<{ sequence: string }[]>(`select coalesce(max("sequence"), 0)::text as "sequence" from ${this.table()}`);
    return row?.sequence ?? '0';
  }

  /** The rows with `afterSequence < sequence <= throughSequence`, in chain order (a range: the pk index serves it). */
  async chainRange(afterSequence: string, throughSequence: string): Promise<ChainRow[]> {
    return this.em.execute<ChainRow[]>(
      `select t."sequence"::text as "sequence", t."id", t."prev_hash" as "prevHash", t."hash", t."event"::text as "event",
         ${columnsDisagreeWithEvent('t')} as "columnsDisagree"
       from ${this.table()} t
       where t."sequence" > ? and t."sequence" <= ?
       order by t."sequence"`,
      [afterSequence, throughSequence],
    );
  }

  private table(name = 'audit_event'): string {
    const schema = this.em.config.get('schema') ?? 'public';
    return `${quoteIdent(schema)}.${quoteIdent(name)}`;
  }
}

/** jsonb arrives parsed from `pg`; be tolerant of text. */
function parseJson<T>(v: T | string): T {
  return typeof v === 'string' ? (JSON.parse(v) as T) : v;
}
