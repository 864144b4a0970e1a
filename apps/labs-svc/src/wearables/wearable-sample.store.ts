import { Injectable } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type pg from 'pg';
import { WearableDb } from './wearable-db.js';
import type { ParsedWearableData, SampleChannel, WearableSample, WearableSink } from './wearable-sample.js';

/** COPY text format: backslash, tab, newline and carriage return escaped; null is \N. */
const NEEDS_ESCAPE = /[\\\t\n\r]/;

function copyText(v: string | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (!NEEDS_ESCAPE.test(v)) return v;
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

const STAGE_COLUMNS = 'provider, source_key, metric, start_at, end_at, value, unit, censored, original_value, original_unit, trend, device, display_time, attributes';

function stageLine(s: WearableSample): string {
  const attrs = s.attributes && Object.keys(s.attributes).length ? JSON.stringify(s.attributes) : null;
  return [
    s.provider, copyText(s.sourceKey), copyText(s.metric), s.start.toISOString(), s.end ? s.end.toISOString() : '\\N', String(s.value), copyText(s.unit),
    s.censored ?? '\\N', copyText(s.originalValue), copyText(s.originalUnit), copyText(s.trend), copyText(s.device), copyText(s.displayTime), copyText(attrs),
  ].join('\t');
}

/** UTC months (first days) the samples fall in: the partitions they need. */
export function monthsOf(samples: readonly WearableSample[]): string[] {
  const months = new Set<string>();
  for (const s of samples) months.add(s.start.toISOString().slice(0, 7));
  return [...months].map((m) => `${m}-01`);
}

/**
 * The sample store: the WearableSink both uploads and the vendor sync write through (WEARABLE_SINK). One write is
 * one transaction: the samples are COPied into a staging table, then one INSERT … ON CONFLICT DO NOTHING claims
 * each reading's key (patient, provider, source key) and the rows whose key was new go into the partitioned
 * samples table. A reading already there (an overlapping export; the same reading from the other channel) is a
 * duplicate, and the channel that brought it again is added to its key row. Daily stats of the days touched, and
 * their rolling means, are brought up to date in the same transaction.
 */
@Injectable()
export class WearableSampleStore implements WearableSink {
  /**
   * Months whose partition this process has already made sure of: the ensure call takes a schema-wide advisory lock
   * and a round trip, so each write only asks for the months it has not seen (a sync writes page after page into
   * the same month or two). Forgotten when a write fails, in case a partition went away underneath.
   */
  private readonly ensuredMonths = new Set<string>();

  constructor(private readonly db: WearableDb) {}

  async write(
    patientId: string, channel: SampleChannel, data: ParsedWearableData, context: { importId?: string; connectionId?: string; timeZone?: string },
  ): Promise<{ accepted: number; duplicates: number }> {
    // One row per key within the upload itself: a repeated row is a duplicate, as a re-import is.
    const seen = new Set<string>();
    const samples = data.samples.filter((s) => {
      const k = `${s.provider}\u0000${s.sourceKey}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    // One summary per provider, kind and day (the last one given wins).
    const summaries = [...new Map((data.summaries ?? []).map((s) => [`${s.provider}|${s.kind}|${s.day}`, s])).values()];
    let accepted = 0;
    const months = monthsOf(samples).filter((m) => !this.ensuredMonths.has(m));
    if (months.length) {
      await this.db.pool.query('select wearable_sample_ensure_partitions($1::date[])', [months]);
      for (const m of months) this.ensuredMonths.add(m);
    }
    const client = await this.db.pool.connect();
    try {
      await client.query('begin');
      // The staged rows are sorted and joined with the keys they claimed: in memory, not in temporary files.
      await client.query(`set local work_mem = '64MB'`);
      if (samples.length) accepted += await this.writeSamples(client, patientId, channel, samples, context);
      accepted += await this.writeSummaries(client, patientId, channel, summaries);
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      this.ensuredMonths.clear();
      throw err;
    } finally {
      client.release();
    }
    return { accepted, duplicates: data.samples.length + (data.summaries?.length ?? 0) - accepted };
  }

  /**
   * Removes the samples one import brought (the compensation of a FHIR import, docs/fhir.md) and their reading keys,
   * in one transaction, and brings the daily stats of the days they touched up to date (a day left without samples
   * loses its stat row). Returns how many samples went.
   */
  async removeImport(patientId: string, importId: string, zone = 'UTC'): Promise<number> {
    const client = await this.db.pool.connect();
    try {
      await client.query('begin');
      await client.query(`create temp table wearable_stage (metric text, start_at timestamptz) on commit drop`);
      const removed = await client.query(`
        with d as (delete from wearable_sample where patient_id = $1 and import_id = $2 returning metric, start_at)
        insert into wearable_stage (metric, start_at) select metric, start_at from d`, [patientId, importId]);
      await client.query('delete from wearable_reading_key where patient_id = $1 and import_id = $2', [patientId, importId]);
      if (removed.rowCount) {
        await client.query(`
          delete from wearable_daily_stat t using (select distinct metric, (start_at at time zone $2)::date as day from wearable_stage) s
          where t.patient_id = $1 and t.metric = s.metric and t.day = s.day`, [patientId, zone]);
        await this.refreshDailyStats(client, patientId, zone);
      }
      await client.query('commit');
      return removed.rowCount ?? 0;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** Which of these reading keys of a provider the patient has already (a re-import's duplicates). */
  async existingKeys(patientId: string, provider: WearableSample['provider'], keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const res = await this.db.pool.query<{ source_key: string }>(
      'select source_key from wearable_reading_key where patient_id = $1 and provider = $2 and source_key = any($3::text[])', [patientId, provider, keys],
    );
    return new Set(res.rows.map((r) => r.source_key));
  }

  private async writeSamples(
    client: pg.PoolClient, patientId: string, channel: SampleChannel, samples: WearableSample[], context: { importId?: string; connectionId?: string; timeZone?: string },
  ): Promise<number> {
    await client.query(`create temp table wearable_stage (
      provider text, source_key text, metric text, start_at timestamptz, end_at timestamptz, value float8, unit text, censored text,
      original_value text, original_unit text, trend text, device text, display_time text, attributes jsonb) on commit drop`);
    const BATCH = 2000;
    function* lines() {
      for (let i = 0; i < samples.length; i += BATCH) {
        let chunk = '';
        for (const s of samples.slice(i, i + BATCH)) chunk += `${stageLine(s)}\n`;
        yield chunk;
      }
    }
    await pipeline(Readable.from(lines()), client.query(copyFrom(`copy wearable_stage (${STAGE_COLUMNS}) from stdin`)));
    const importId = context.importId ?? null;
    const connectionId = context.connectionId ?? null;
    const inserted = await client.query(`
      with k as (
        insert into wearable_reading_key (patient_id, provider, source_key, metric, start_at, channels, import_id, connection_id)
        select $1, provider, source_key, metric, start_at, array[$2::text], $3::uuid, $4::uuid from wearable_stage
        on conflict do nothing
        returning provider, source_key
      )
      insert into wearable_sample (patient_id, provider, source_key, metric, start_at, end_at, value, unit, censored, original_value, original_unit, trend, device, display_time, attributes, import_id, connection_id)
      select $1, s.provider, s.source_key, s.metric, s.start_at, s.end_at, s.value, s.unit, s.censored, s.original_value, s.original_unit, s.trend, s.device, s.display_time, s.attributes, $3::uuid, $4::uuid
      from wearable_stage s join k on k.provider = s.provider and k.source_key = s.source_key`,
    [patientId, channel, importId, connectionId]);
    const accepted = inserted.rowCount ?? 0;
    if (accepted < samples.length) {
      // Readings that were there already: record that this channel brought them too.
      await client.query(`
        update wearable_reading_key k set channels = k.channels || $2::text
        from wearable_stage s
        where k.patient_id = $1 and k.provider = s.provider and k.source_key = s.source_key and not ($2::text = any(k.channels))`,
      [patientId, channel]);
    }
    if (accepted > 0) await this.refreshDailyStats(client, patientId, context.timeZone ?? 'UTC');
    return accepted;
  }

  /**
   * The daily stats of every (metric, local day) the staged samples touch, recomputed from the samples; then the
   * rolling means of the days those feed (the touched days and the 29 after them), read from the 29 days before
   * on: not the patient's whole history on every write.
   */
  private async refreshDailyStats(client: pg.PoolClient, patientId: string, zone: string): Promise<void> {
    await client.query(`
      with days as (
        select metric, min((start_at at time zone $2)::date) as lo, max((start_at at time zone $2)::date) as hi
        from wearable_stage group by metric
      )
      insert into wearable_daily_stat (patient_id, metric, day, time_zone, count, sum, min, max, avg, updated_at)
      select $1, w.metric, (w.start_at at time zone $2)::date, $2, count(*), sum(w.value), min(w.value), max(w.value), avg(w.value), now()
      from wearable_sample w join days d on d.metric = w.metric
      where w.patient_id = $1 and w.start_at >= (d.lo::timestamp at time zone $2) and w.start_at < ((d.hi + 1)::timestamp at time zone $2)
      group by w.metric, (w.start_at at time zone $2)::date
      on conflict (patient_id, metric, day) do update set
        time_zone = excluded.time_zone, count = excluded.count, sum = excluded.sum, min = excluded.min, max = excluded.max, avg = excluded.avg,
        updated_at = excluded.updated_at`,
    [patientId, zone]);
    await client.query(`
      with days as materialized (
        select metric, min((start_at at time zone $2)::date) as lo, max((start_at at time zone $2)::date) as hi
        from wearable_stage group by metric
      ),
      x as materialized (
        select t.metric, t.day,
          sum(t.sum) over w7 / nullif(sum(t.count) over w7, 0) as m7,
          sum(t.sum) over w30 / nullif(sum(t.count) over w30, 0) as m30
        from wearable_daily_stat t join days r on r.metric = t.metric
        where t.patient_id = $1 and t.day between r.lo - 29 and r.hi + 29
        window w7 as (partition by t.metric order by t.day range between interval '6 days' preceding and current row),
               w30 as (partition by t.metric order by t.day range between interval '29 days' preceding and current row)
      )
      update wearable_daily_stat d set mean7 = x.m7, mean30 = x.m30
      from x join days r on r.metric = x.metric
      where d.patient_id = $1 and d.metric = x.metric and d.day = x.day and x.day between r.lo and r.hi + 29
        and (d.mean7 is distinct from x.m7 or d.mean30 is distinct from x.m30)`,
    [patientId, zone]);
  }

  /** Daily summaries (one per provider, kind and day): a new day is accepted; a day already there is updated and counted a duplicate. */
  private async writeSummaries(client: pg.PoolClient, patientId: string, channel: SampleChannel, summaries: NonNullable<ParsedWearableData['summaries']>): Promise<number> {
    if (!summaries.length) return 0;
    const { rows } = await client.query<{ inserted: boolean }>(`
      insert into wearable_daily_summary (patient_id, provider, kind, day, source_key, values, channels, updated_at)
      select $1, x.provider, x.kind, x.day::date, x.source_key, x.values, array[$2::text], now()
      from jsonb_to_recordset($3::jsonb) as x(provider text, kind text, day text, source_key text, values jsonb)
      on conflict (patient_id, provider, kind, day) do update set
        values = excluded.values, source_key = excluded.source_key, updated_at = excluded.updated_at,
        channels = case when $2::text = any(wearable_daily_summary.channels) then wearable_daily_summary.channels else wearable_daily_summary.channels || $2::text end
      returning (xmax = 0) as inserted`,
    [patientId, channel, JSON.stringify(summaries.map((s) => ({ provider: s.provider, kind: s.kind, day: s.day, source_key: s.sourceKey, values: s.values })))]);
    return rows.filter((r) => r.inserted).length;
  }
}
