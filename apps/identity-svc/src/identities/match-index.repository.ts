import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { copiedProfile, PROFILE_SOURCE, type NormalizedPerson, type TermFrequencies } from '../matching/index.js';
import { liveRowSql, schemaOf, tableOf } from '@pg/persistence';
import { pgArray } from './raw-sql.js';

/**
 * Name fields whose values are counted for the term-frequency adjustment (a common surname agrees more often by
 * chance), as the matcher asks for them: `givenName` is the first given name, `familyName` the family name, folded.
 */
export const TF_FIELDS: Record<string, (n: NormalizedPerson) => unknown> = {
  givenName: (n) => n.givenFirst,
  familyName: (n) => n.family,
};
const TOTAL = '*';
/**
 * Below this many records the index is no population to estimate a name's frequency from (in a fresh index every
 * name is "common"): the model's own u stands until then.
 */
export const TF_MIN_RECORDS = 1000;

export interface IndexedRecord {
  id: string;
  patientId: string | null;
  source: string;
  sourceId: string;
  normalized: NormalizedPerson;
  /** byPatients: a profile that is still the copy of the partner record that started its patient, that record's demographics (PatientRecord.copyOf). */
  copyOf?: NormalizedPerson;
}

export interface Candidate extends IndexedRecord {
  /** The query's blocking keys this record shares. */
  sharedKeys: string[];
  /** Reached only through keys whose block was over the cap: never auto-linked. */
  capped: boolean;
}


function terms(n: NormalizedPerson | null | undefined): Array<[string, string]> {
  if (!n) return [];
  const out: Array<[string, string]> = [];
  for (const [f, read] of Object.entries(TF_FIELDS)) {
    const v = read(n);
    if (typeof v === 'string' && v) out.push([f, v.slice(0, 200)]);
  }
  return out;
}

/**
 * The match index: one row per source record, its blocking keys (GIN) and the counts of name values
 * (match_term_frequency), kept in step on every write. Runs in the caller's transaction.
 */
@Injectable()
export class MatchIndexRepository {
  constructor(private readonly em: EntityManager) {}

  private table(name: string): string {
    return tableOf(this.em, name);
  }

  /**
   * Inserts or replaces a source record's demographics; `patientId` (when given) links it. Returns the row as it
   * is now. The record's old name values are uncounted and its new ones counted in the same transaction.
   */
  async upsert(source: string, sourceId: string, normalized: NormalizedPerson, patientId?: string): Promise<IndexedRecord & { waited: boolean }> {
    const now = new Date();
    const inserted = await this.em.execute<Array<{ id: string }>>(
      `insert into ${this.table('match_record')} ("id", "patient_id", "source", "source_id", "normalized", "blocking_keys", "updated_at")
       values (?, ?, ?, ?, ?::jsonb, ?::text[], ?) on conflict ("source", "source_id") do nothing returning "id"`,
      [randomUUID(), patientId ?? null, source, sourceId, JSON.stringify(normalized), pgArray(normalized.blockingKeys), now],
    );
    const deltas = new Map<string, number>();
    const bump = (field: string, value: string, by: number) => deltas.set(`${field}\u0000${value}`, (deltas.get(`${field}\u0000${value}`) ?? 0) + by);
    let row: IndexedRecord & { waited: boolean };
    if (inserted[0]) {
      row = { id: inserted[0].id, patientId: patientId ?? null, source, sourceId, normalized, waited: false };
      bump(TOTAL, TOTAL, 1);
    } else {
      const [old] = await this.em.execute<Array<{ id: string; patient_id: string | null; normalized: NormalizedPerson }>>(
        `select "id", "patient_id", "normalized" from ${this.table('match_record')} where "source" = ? and "source_id" = ? for update`, [source, sourceId],
      );
      const oldNorm = typeof old!.normalized === 'string' ? JSON.parse(old!.normalized) as NormalizedPerson : old!.normalized;
      for (const [f, v] of terms(oldNorm)) bump(f, v, -1);
      const linked = patientId ?? old!.patient_id;
      await this.em.execute(
        `update ${this.table('match_record')} set "normalized" = ?::jsonb, "blocking_keys" = ?::text[], "patient_id" = ?, "updated_at" = ? where "id" = ?`,
        [JSON.stringify(normalized), pgArray(normalized.blockingKeys), linked, now, old!.id],
      );
      // `waited`: the record was in the index unlinked before (a partner sending it again decides it as adoption does).
      row = { id: old!.id, patientId: linked, source, sourceId, normalized, waited: old!.patient_id === null };
    }
    for (const [f, v] of terms(normalized)) bump(f, v, 1);
    await this.applyDeltas(deltas);
    return row;
  }

  private async applyDeltas(deltas: Map<string, number>): Promise<void> {
    const changed = [...deltas].filter(([, by]) => by !== 0);
    if (!changed.length) return;
    // A stable order: two writers touching the same values lock them in the same order.
    changed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const fields = changed.map(([k]) => k.split('\u0000')[0]!);
    const values = changed.map(([k]) => k.split('\u0000')[1]!);
    const counts = changed.map(([, by]) => by);
    await this.em.execute(
      `insert into ${this.table('match_term_frequency')} ("field", "value", "count")
       select * from unnest(?::text[], ?::text[], ?::int[])
       on conflict ("field", "value") do update set "count" = greatest(0, ${this.table('match_term_frequency')}."count" + excluded."count")`,
      [pgArray(fields), pgArray(values), pgArray(counts)],
    );
  }

  /** Links (or unlinks, with null) the record of a source id, if the index holds one; returns it as written. */
  async setPatient(source: string, sourceId: string, patientId: string | null): Promise<IndexedRecord | undefined> {
    const rows = await this.em.execute<Array<Parameters<typeof toRecord>[0]>>(
      `update ${this.table('match_record')} set "patient_id" = ?, "updated_at" = ? where "source" = ? and "source_id" = ?
       returning "id", "patient_id", "source", "source_id", "normalized"`,
      [patientId, new Date(), source, sourceId],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async setPatientById(recordId: string, patientId: string): Promise<void> {
    await this.em.execute(`update ${this.table('match_record')} set "patient_id" = ?, "updated_at" = ? where "id" = ?`, [patientId, new Date(), recordId]);
  }

  async byIds(ids: string[]): Promise<IndexedRecord[]> {
    return this.recordsWhere('id', ids);
  }

  /** Every record linked to these patients (an automatic merge's guard reads both sides whole). */
  async byPatients(patientIds: string[]): Promise<IndexedRecord[]> {
    if (!patientIds.length) return [];
    const rows = await this.em.execute<Array<Parameters<typeof toRecord>[0] & { started_patient_id: string | null }>>(
      `select "id", "patient_id", "source", "source_id", "normalized", "started_patient_id" from ${this.table('match_record')}
       where "patient_id" = any(?::uuid[])`, [pgArray(patientIds)],
    );
    const records = rows.map(toRecord);
    // A patient's profile is the copy of the partner record of the same patient that started it, while it holds no fact
    // that record did not give (copiedProfile): the merge guards read it as that record.
    for (const r of records) {
      if (r.source !== PROFILE_SOURCE) continue;
      const partner = rows.findIndex((s) => s.started_patient_id === r.sourceId && s.patient_id === r.patientId);
      if (partner >= 0 && copiedProfile(r.normalized, records[partner]!.normalized)) r.copyOf = records[partner]!.normalized;
    }
    return records;
  }

  /** The partner record that started this patient (PatientCreator.create made its profile from the record's data). */
  async setStartedPatient(source: string, sourceId: string, patientId: string): Promise<void> {
    await this.em.execute(`update ${this.table('match_record')} set "started_patient_id" = ? where "source" = ? and "source_id" = ?`, [patientId, source, sourceId]);
  }

  private async recordsWhere(column: 'id' | 'patient_id', values: string[]): Promise<IndexedRecord[]> {
    if (!values.length) return [];
    const rows = await this.em.execute<Array<{ id: string; patient_id: string | null; source: string; source_id: string; normalized: unknown }>>(
      `select "id", "patient_id", "source", "source_id", "normalized" from ${this.table('match_record')} where "${column}" = any(?::uuid[])`, [pgArray(values)],
    );
    return rows.map(toRecord);
  }

  /**
   * Partner records waiting near `record` (adoption, IngestService.adopt): unlinked records of these sources that share
   * a blocking key with it, at most `cap` per key (the blocks the matcher reads), whose identifier no patient holds or
   * held (a tombstoned identifier was unlinked by a person or deleted by the partner: never taken back by automation).
   */
  async waitingNear(record: IndexedRecord, sources: readonly string[], cap: number): Promise<IndexedRecord[]> {
    const keys = record.normalized.blockingKeys;
    if (!keys.length || !sources.length) return [];
    const rows = await this.em.execute<Array<{ id: string; patient_id: string | null; source: string; source_id: string; normalized: unknown }>>(
      `select distinct on (r."id") r."id", r."patient_id", r."source", r."source_id", r."normalized"
       from unnest(?::text[]) as k("key")
       cross join lateral (
         select r."id", r."patient_id", r."source", r."source_id", r."normalized"
         from ${this.table('match_record')} r
         where r."blocking_keys" @> array[k."key"] and r."patient_id" is null and r."source" = any(?::text[]) and r."id" <> ?
           and not exists (select 1 from ${this.table('patient_identifier')} i where i."system" = r."source" and i."value" = r."source_id")
         order by r."updated_at" desc, r."id"
         limit ?
       ) r
       order by r."id"`,
      [pgArray(keys), pgArray([...sources]), record.id, cap],
    );
    return rows.map(toRecord);
  }

  /** The record, locked for this transaction, if it is still unlinked and no other transaction holds it. */
  async lockUnlinked(recordId: string): Promise<IndexedRecord | undefined> {
    const rows = await this.em.execute<Array<{ id: string; patient_id: string | null; source: string; source_id: string; normalized: unknown }>>(
      `select "id", "patient_id", "source", "source_id", "normalized" from ${this.table('match_record')}
       where "id" = ? and "patient_id" is null for update skip locked`, [recordId],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /** The record of a source id, if the index holds one. */
  async bySource(source: string, sourceId: string): Promise<IndexedRecord | undefined> {
    const rows = await this.em.execute<Array<{ id: string; patient_id: string | null; source: string; source_id: string; normalized: unknown }>>(
      `select "id", "patient_id", "source", "source_id", "normalized" from ${this.table('match_record')} where "source" = ? and "source_id" = ?`, [source, sourceId],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  /**
   * The linked records of live patients (not deleted or merged: the patient gate, in the same statement) sharing at
   * least one blocking key with `person`, and the term frequencies of its name values: one statement, one round
   * trip. One probe of the GIN index per key, each capped at `cap` rows. A key whose block
   * holds more than `cap` records is reported in `cappedKeys`, and a record reached through capped keys only is
   * marked `capped`. Nothing is dropped silently and nothing aborts. A record reached through several keys comes back
   * once with its demographics (the other rows name only its id).
   */
  async candidates(person: NormalizedPerson, cap: number, excludeId?: string, scope?: string[]): Promise<{ candidates: Candidate[]; cappedKeys: string[]; tf: TermFrequencies }> {
    const keys = person.blockingKeys;
    if (!keys.length) return { candidates: [], cappedKeys: [], tf: NO_TERM_FREQUENCIES };
    const wanted = [...terms(person), [TOTAL, TOTAL] as [string, string]];
    // Parameters in the order their placeholders appear.
    const params: unknown[] = [pgArray(wanted.map((t) => t[0])), pgArray(wanted.map((t) => t[1])), pgArray(keys)];
    let filter = '';
    if (excludeId) {
      filter += ' and r."id" <> ?';
      params.push(excludeId);
    }
    if (scope) {
      filter += ' and r."patient_id" = any(?::uuid[])';
      params.push(pgArray(scope));
    }
    params.push(cap + 1);
    const rows = await this.em.execute<Array<{
      tf: Array<[string, string, number]> | null; key: string | null; n: number; id: string; patient_id: string; source: string; source_id: string; normalized: unknown;
    }>>(
      `with "tf" as (
         select coalesce(json_agg(json_build_array(t."field", t."value", t."count")), '[]') as "tf"
         from ${this.table('match_term_frequency')} t
         join unnest(?::text[], ?::text[]) as w("field", "value") on w."field" = t."field" and w."value" = t."value"
       ), "hit" as (
         select k."key", count(*) over (partition by k."key")::int as "n", r."id", r."patient_id", r."source", r."source_id", r."normalized",
           row_number() over (partition by r."id") as "nth"
         from unnest(?::text[]) as k("key")
         cross join lateral (
           select r."id", r."patient_id", r."source", r."source_id", r."normalized", r."updated_at"
           from ${this.table('match_record')} r
           where r."blocking_keys" @> array[k."key"] and r."patient_id" is not null${filter}
             and ${liveRowSql(schemaOf(this.em), 'r."patient_id"')}
           order by r."updated_at" desc, r."id"
           limit ?
         ) r
       )
       select null as "key", 0 as "n", null as "id", null as "patient_id", null as "source", null as "source_id", null as "normalized", "tf"."tf" from "tf"
       union all
       select h."key", h."n", h."id", h."patient_id", h."source", h."source_id", case when h."nth" = 1 then h."normalized" end, null from "hit" h`,
      params,
    );
    const cappedKeys = [...new Set(rows.filter((r) => r.key !== null && r.n > cap).map((r) => r.key!))];
    const byId = new Map<string, Candidate & { viaOpen: boolean }>();
    const seenPerKey = new Map<string, number>();
    let tf: TermFrequencies = NO_TERM_FREQUENCIES;
    // The demographics come with the first row of each record, wherever it falls: placed first, keys added after.
    for (const r of rows) {
      if (r.key === null) tf = termFrequenciesOf(r.tf ?? []);
      else if (r.normalized !== null) byId.set(r.id, { ...toRecord(r), patientId: r.patient_id, sharedKeys: [], capped: true, viaOpen: false });
    }
    for (const r of rows) {
      if (r.key === null) continue;
      const seen = (seenPerKey.get(r.key) ?? 0) + 1;
      seenPerKey.set(r.key, seen);
      if (seen > cap) continue; // the (cap + 1)th row only told us the block is over the cap
      const c = byId.get(r.id)!;
      c.sharedKeys.push(r.key);
      if (r.n <= cap) c.viaOpen = true;
      c.capped = !c.viaOpen;
    }
    // A record whose only row was a (cap + 1)th one is no candidate.
    const candidates = [...byId.values()].filter((c) => c.sharedKeys.length).map(({ viaOpen: _v, ...c }) => c);
    return { candidates, cappedKeys, tf };
  }
}

const NO_TERM_FREQUENCIES: TermFrequencies = { get: () => undefined };

/** Relative frequencies from the counts of `[field, value, count]` (the `*` row counting the records). */
function termFrequenciesOf(rows: Array<[string, string, number]>): TermFrequencies {
  const counts = new Map(rows.map(([field, value, count]) => [`${field}\u0000${value}`, Number(count)]));
  const total = counts.get(`${TOTAL}\u0000${TOTAL}`) ?? 0;
  return {
    get(field: string, value: string): number | undefined {
      const n = counts.get(`${field}\u0000${value}`);
      return n && total >= TF_MIN_RECORDS ? n / total : undefined;
    },
  };
}

function toRecord(r: { id: string; patient_id: string | null; source: string; source_id: string; normalized: unknown }): IndexedRecord {
  const normalized = (typeof r.normalized === 'string' ? JSON.parse(r.normalized) : r.normalized) as NormalizedPerson;
  return { id: r.id, patientId: r.patient_id, source: r.source, sourceId: r.source_id, normalized };
}
