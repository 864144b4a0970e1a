import { Injectable } from '@nestjs/common';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import type pg from 'pg';
import { WearableDb } from './wearable-db.js';
import { ROLLUP_COPY_COLUMNS, StagedRollups, StagedSpans } from './staged-rollups.js';
import type { ParsedWearableData, SampleChannel, WearableDailySummary, WearableSample, WearableSink } from './wearable-sample.js';

/** Whether a value holds a character COPY's text format escapes (checked per character: a regular expression's test
 * of each of a row's seven text fields was two thirds of making the COPY text of a year of readings). */
function needsEscape(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 92 || c === 9 || c === 10 || c === 13) return true;
  }
  return false;
}

/** COPY text format: backslash, tab, newline and carriage return escaped; null is \N. */
function copyText(v: string | null | undefined): string {
  if (v === null || v === undefined) return '\\N';
  if (!needsEscape(v)) return v;
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** The daily stats of the rows in `rows` (count, sum, min, max added per metric and local day in the zone `zone`, a parameter). */
const dailyStatsInsert = (rows: string, zone: string) => `insert into wearable_daily_stat as d (patient_id, metric, day, time_zone, count, sum, min, max, avg, updated_at)
        select $1, metric, (start_at at time zone ${zone})::date, ${zone}, count(*), sum(value), min(value), max(value), avg(value), now()
        from ${rows} group by metric, (start_at at time zone ${zone})::date
        on conflict (patient_id, metric, day) do update set
          time_zone = excluded.time_zone, count = d.count + excluded.count, sum = d.sum + excluded.sum,
          min = least(d.min, excluded.min), max = greatest(d.max, excluded.max), avg = (d.sum + excluded.sum) / (d.count + excluded.count),
          updated_at = excluded.updated_at`;

const STAGE_COLUMNS = 'provider, source_key, metric, start_at, end_at, value, unit, censored, original_value, original_unit, trend, device, display_time, attributes';

const DAY_MS = 86_400_000;
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `Date#toISOString()` of a file's instants, which come day after day: the date part is formatted once per day and
 * the time of day by hand (a third of the cost of making a year of readings' COPY text went to toISOString).
 */
class IsoFormatter {
  private day = NaN;
  private prefix = '';

  format(d: Date): string {
    const t = d.getTime();
    const day = Math.floor(t / DAY_MS);
    if (day !== this.day) {
      const iso = d.toISOString();
      // Years outside 0000–9999 print with a sign and six digits: those are formatted whole.
      if (iso.length !== 24) return iso;
      this.day = day;
      this.prefix = iso.slice(0, 11);
    }
    let ms = t - day * DAY_MS;
    const h = Math.floor(ms / 3_600_000);
    ms -= h * 3_600_000;
    const m = Math.floor(ms / 60_000);
    ms -= m * 60_000;
    const sec = Math.floor(ms / 1000);
    ms -= sec * 1000;
    return `${this.prefix}${two(h)}:${two(m)}:${two(sec)}.${ms < 10 ? `00${ms}` : ms < 100 ? `0${ms}` : ms}Z`;
  }
}

/**
 * A staged row's COPY text. `attributes` remembers, for one write, the last attributes object and its JSON: readers
 * share one object among a stream's rows, read-only.
 */
function stageLine(s: WearableSample, start: string, attributes: { last: WearableSample['attributes'] | null; text: string | null }): string {
  const a = s.attributes;
  let attrs: string | null = null;
  if (a === attributes.last) attrs = attributes.text;
  else if (a) {
    for (const _ in a) { attrs = JSON.stringify(a); break; }
    attributes.last = a;
    attributes.text = attrs;
  }
  return `${s.provider}\t${copyText(s.sourceKey)}\t${copyText(s.metric)}\t${start}\t${s.end ? s.end.toISOString() : '\\N'}\t${s.value}\t${copyText(s.unit)}\t${s.censored ?? '\\N'}\t${copyText(s.originalValue)}\t${copyText(s.originalUnit)}\t${copyText(s.trend)}\t${copyText(s.device)}\t${copyText(s.displayTime)}\t${copyText(attrs)}\n`;
}

/**
 * How far apart the stored and the incoming instant of one source reading may be and still be found as the same
 * reading: zone-less exports read in another zone move by at most 26 hours (UTC−12 to UTC+14). The search for a
 * reading's key is bounded by it so it reads only the partitions around the new rows.
 */
const SAME_READING_WINDOW_MS = 3 * 86_400_000;

/** Readings of one write whose rollups the store computes as it stages them (~40 bytes each); past it, SQL does. */
const STAGED_ROLLUPS_MAX = 2_000_000;

export interface WriteContext { importId?: string; connectionId?: string; timeZone?: string }

/**
 * The sample store: the WearableSink both uploads and the vendor sync write through (WEARABLE_SINK). One write is
 * one transaction, and one patient's writes take turns (a transaction-scoped advisory lock on the patient): the
 * samples are COPied into a staging table as they are read (an upload's are streamed in batch by batch), then one
 * statement keeps the rows whose source key (patient, provider, source key) is not stored yet, inserts them into the
 * partitioned samples table, and adds them to the daily stats of their days. A reading already there (an
 * overlapping export; the same reading from the other channel) is a duplicate, and the channel that brought it again
 * is added to the stored sample's `channels`. A unique index on (patient, provider, source key, start) backs it.
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

  write(patientId: string, channel: SampleChannel, data: ParsedWearableData, context: WriteContext): Promise<{ accepted: number; duplicates: number }> {
    return this.writeStream(patientId, channel, (async function* one() {
      if (data.samples.length) yield data.samples;
    })(), () => data.summaries ?? [], context);
  }

  /**
   * Writes samples as they come (batches from a format reader reading the original chunk by chunk): they are piped
   * into COPY while the reader goes on, so nothing holds the whole file. `summaries` is asked for once the samples
   * are read. Counts as `write`: a reading repeated within the batches is a duplicate, as a re-import is.
   */
  async writeStream(
    patientId: string, channel: SampleChannel, batches: AsyncIterable<WearableSample[]>, summaries: () => WearableDailySummary[], context: WriteContext,
    /** Runs in the write's transaction before it commits (the import job ends its import there, and records it). */
    finish?: (client: pg.PoolClient, counts: { accepted: number; duplicates: number }) => Promise<void>,
  ): Promise<{ accepted: number; duplicates: number }> {
    const client = await this.db.pool.connect();
    let staged = 0;
    let repeated = 0;
    let accepted = 0;
    let lo = Infinity;
    let hi = -Infinity;
    const months = new Set<string>();
    // The readings' rollups, in case the span is new to the patient (kept up to a bound on memory: past it the
    // rollups are computed by SQL from the staged rows).
    let rollups: StagedRollups | null = new StagedRollups();
    const spans = new StagedSpans();
    try {
      await client.query('begin');
      // The staged rows are joined with the stored keys and grouped per day: in memory, not in temporary files.
      await client.query(`set local work_mem = '64MB'`);
      await client.query('select wearable_patient_lock($1)', [patientId]);
      await client.query(`create temp table wearable_stage (
        provider text, source_key text, metric text, start_at timestamptz, end_at timestamptz, value float8, unit text, censored text,
        original_value text, original_unit text, trend text, device text, display_time text, attributes jsonb) on commit drop`);
      // The source keys seen so far, per provider (no key string made per row); the month of the last row (a file's
      // rows come in order: the months set is touched once per month, not per row).
      const seen = new Map<string, Set<string>>();
      let provider = '';
      let keys = new Set<string>();
      const iso = new IsoFormatter();
      const attributes = { last: null as WearableSample['attributes'] | null, text: null as string | null };
      let monthFrom = Infinity;
      let monthTo = -Infinity;
      async function* lines(): AsyncGenerator<string> {
        for await (const batch of batches) {
          let chunk = '';
          for (const s of batch) {
            if (s.provider !== provider) {
              provider = s.provider;
              keys = seen.get(provider) ?? new Set<string>();
              seen.set(provider, keys);
            }
            if (keys.has(s.sourceKey)) {
              repeated++;
              continue;
            }
            keys.add(s.sourceKey);
            const t = s.start.getTime();
            if (t < lo) lo = t;
            if (t > hi) hi = t;
            const start = iso.format(s.start);
            if (!(t >= monthFrom && t < monthTo)) {
              const d = s.start;
              monthFrom = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
              monthTo = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
              months.add(start.slice(0, 7));
            }
            chunk += stageLine(s, start, attributes);
            spans.add(s, t);
            staged++;
            if (rollups) {
              if (staged > STAGED_ROLLUPS_MAX) rollups = null;
              else rollups.add(s);
            }
          }
          if (chunk) yield chunk;
          // A file read from a full buffer would otherwise run on microtasks alone: let requests in between batches.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
      await pipeline(Readable.from(lines()), client.query(copyFrom(`copy wearable_stage (${STAGE_COLUMNS}) from stdin`)));
      if (staged) {
        await this.ensurePartitions([...months].map((m) => `${m}-01`));
        accepted += await this.insertNew(client, patientId, channel, context, new Date(lo - SAME_READING_WINDOW_MS), new Date(hi + SAME_READING_WINDOW_MS), staged, rollups, spans.json());
      }
      const days = summaries();
      const unique = [...new Map(days.map((s) => [`${s.provider}|${s.kind}|${s.day}`, s])).values()];
      accepted += await this.writeSummaries(client, patientId, channel, unique);
      const counts = { accepted, duplicates: staged + repeated + days.length - accepted };
      await finish?.(client, counts);
      await client.query('commit');
      return counts;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      this.ensuredMonths.clear();
      throw err;
    } finally {
      client.release();
    }
  }

  /**
   * Removes the samples one import brought (the compensation of a FHIR import, docs/fhir.md), in one transaction
   * taking the patient's turn like a write, and recomputes the daily stats of the days they were on (a day left
   * without samples loses its stat row) and the rolling means those feed. Returns how many samples went.
   */
  async removeImport(patientId: string, importId: string, zone = 'UTC'): Promise<number> {
    const client = await this.db.pool.connect();
    try {
      await client.query('begin');
      await client.query('select wearable_patient_lock($1)', [patientId]);
      await client.query(`create temp table wearable_stage (metric text, start_at timestamptz) on commit drop`);
      // The removed readings staged (for the days they were on), counted, and each metric's first and last (the
      // rolling means' days) in the one statement.
      const { rows: [removed] } = await client.query<{ n: number; spans: string }>(`
        with d as (delete from wearable_sample where patient_id = $1 and import_id = $2 returning metric, start_at),
        staged as (insert into wearable_stage (metric, start_at) select metric, start_at from d)
        select (select count(*) from d)::int as n,
          (select coalesce(jsonb_agg(jsonb_build_object('metric', metric, 'lo', lo, 'hi', hi)), '[]')::text
           from (select metric, min(start_at) as lo, max(start_at) as hi from d group by metric) m) as spans`, [patientId, importId]);
      if (removed!.n) {
        await client.query(`
          delete from wearable_daily_stat t using (select distinct metric, (start_at at time zone $2)::date as day from wearable_stage) s
          where t.patient_id = $1 and t.metric = s.metric and t.day = s.day`, [patientId, zone]);
        await client.query(`
          with days as (select distinct metric, (start_at at time zone $2)::date as day from wearable_stage)
          insert into wearable_daily_stat (patient_id, metric, day, time_zone, count, sum, min, max, avg, updated_at)
          select $1, w.metric, (w.start_at at time zone $2)::date, $2, count(*), sum(w.value), min(w.value), max(w.value), avg(w.value), now()
          from wearable_sample w join days s on s.metric = w.metric and (w.start_at at time zone $2)::date = s.day
          where w.patient_id = $1
          group by w.metric, (w.start_at at time zone $2)::date`, [patientId, zone]);
        await this.refreshRollingMeans(client, patientId, zone, removed!.spans);
      }
      await client.query('commit');
      return removed!.n;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  /** Which of these source keys of a provider the patient has samples of already (a re-import's duplicates). */
  async existingKeys(patientId: string, provider: WearableSample['provider'], keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const res = await this.db.pool.query<{ source_key: string }>(
      'select distinct source_key from wearable_sample where patient_id = $1 and provider = $2 and source_key = any($3::text[])', [patientId, provider, keys],
    );
    return new Set(res.rows.map((r) => r.source_key));
  }

  /** The monthly partitions, each asked for once per process (its own short transaction, on another connection). */
  private async ensurePartitions(months: string[]): Promise<void> {
    const missing = months.filter((m) => !this.ensuredMonths.has(m));
    if (!missing.length) return;
    await this.db.pool.query('select wearable_sample_ensure_partitions($1::date[])', [missing]);
    for (const m of missing) this.ensuredMonths.add(m);
  }

  /**
   * One statement: the staged readings whose key is not stored (searched among the patient's samples within a few
   * days of the staged ones: the only partitions such a reading can be in) go into the samples, and into the daily
   * stats of their local days (count, sum, min, max added: a reading is stored once, so each is counted once).
   * Then the channel is added to the readings that were there already, and the rolling means brought up to date.
   */
  private async insertNew(
    client: pg.PoolClient, patientId: string, channel: SampleChannel, context: WriteContext, lo: Date, hi: Date, staged: number, rollups: StagedRollups | null,
    spans: string,
  ): Promise<number> {
    const zone = context.timeZone ?? 'UTC';
    // A span the patient has no readings in (the first import of a period): nothing to dedupe against, and the
    // rollups are computed from the staged rows rather than by the insert trigger re-reading the samples.
    const { rows: [span] } = await client.query<{ fresh: boolean }>(
      'select not exists (select 1 from wearable_sample where patient_id = $1 and start_at >= $2 and start_at < $3) as fresh', [patientId, lo, hi]);
    const fresh = span!.fresh;
    if (fresh) await client.query(`select set_config('wearable.rollups_by_writer', 'on', true)`);
    // A fresh span reads the staged rows as they are (every one is new); otherwise the new ones are picked once
    // (materialized) for the insert, the stats and the count.
    const { rows } = await client.query<{ n: number }>(fresh ? `
      with ins as (
        insert into wearable_sample (patient_id, ${STAGE_COLUMNS}, channels, import_id, connection_id)
        select $1, ${STAGE_COLUMNS}, array[$2::text], $3::uuid, $4::uuid from wearable_stage
      ),
      stats as (
        ${dailyStatsInsert('wearable_stage', '$6')}
      )
      select $5::int as n` : `
      with n as materialized (
        select s.* from wearable_stage s
        where not exists (
          select 1 from wearable_sample w
          where w.patient_id = $1 and w.provider = s.provider and w.source_key = s.source_key and w.start_at >= $5 and w.start_at < $6)
      ),
      ins as (
        insert into wearable_sample (patient_id, ${STAGE_COLUMNS}, channels, import_id, connection_id)
        select $1, ${STAGE_COLUMNS}, array[$2::text], $3::uuid, $4::uuid from n
      ),
      stats as (
        ${dailyStatsInsert('n', '$7')}
      )
      select count(*)::int as n from n`,
    fresh ? [patientId, channel, context.importId ?? null, context.connectionId ?? null, staged, zone] : [patientId, channel, context.importId ?? null, context.connectionId ?? null, lo, hi, zone]);
    const accepted = rows[0]!.n;
    if (fresh) {
      await client.query(`select set_config('wearable.rollups_by_writer', 'off', true)`);
      await this.rollupsFromStage(client, patientId, rollups, spans);
    }
    if (accepted < staged) {
      // Readings that were there already: record that this channel brought them too.
      await client.query(`
        update wearable_sample w set channels = w.channels || $2::text
        from wearable_stage s
        where w.patient_id = $1 and w.provider = s.provider and w.source_key = s.source_key and w.start_at >= $3 and w.start_at < $4
          and not ($2::text = any(w.channels))`,
      [patientId, channel, lo, hi]);
    }
    if (accepted > 0) await this.refreshRollingMeans(client, patientId, zone, spans);
    return accepted;
  }

  /**
   * The quarter-hour rollups of a span new to the patient (no readings within SAME_READING_WINDOW_MS of it: every
   * staged row was inserted), from the staged rows; then the first and the last quarter hour of each stream and
   * those of its neighbouring readings outside the span (their gaps to the new readings) recomputed from the samples.
   */
  private async rollupsFromStage(client: pg.PoolClient, patientId: string, rollups: StagedRollups | null, spans: string): Promise<void> {
    if (rollups) {
      // Computed as the rows were staged (the rows `wearable_rollup_insert` makes of them): COPied in, without a
      // second pass of sort and window over the staged readings.
      await pipeline(Readable.from(rollups.copyLines(patientId)), client.query(copyFrom(`copy wearable_sample_rollup (${ROLLUP_COPY_COLUMNS}) from stdin`)));
    } else await client.query(`select wearable_rollup_insert($1,
      'select metric, provider, coalesce(device, '''') as device, start_at, value, censored, unit from wearable_stage', '-infinity', 'infinity')`, [patientId]);
    // Only streams with readings outside the staged span: the refresh fixes the edges' gaps to those neighbours, and
    // without any (a stream new to the patient, as every stream of a FHIR import's new patient) it would recompute
    // what was just written — at eight index probes per stream across every monthly partition.
    await client.query(`
      select wearable_rollup_refresh($1, metric, provider, device, lo, lo), wearable_rollup_refresh($1, metric, provider, device, hi, hi)
      from jsonb_to_recordset($2::jsonb) as s(metric text, provider text, device text, lo timestamptz, hi timestamptz)
      where exists (select 1 from wearable_sample w where w.patient_id = $1 and w.metric = s.metric and w.provider = s.provider
          and coalesce(w.device, '') = s.device and w.start_at < s.lo)
        or exists (select 1 from wearable_sample w where w.patient_id = $1 and w.metric = s.metric and w.provider = s.provider
          and coalesce(w.device, '') = s.device and w.start_at > s.hi)`, [patientId, spans]);
  }

  /**
   * The rolling 7- and 30-day means of the days the written samples feed (their days and the 29 after), from the daily
   * stats. `spans` are the written streams' first and last instants (StagedSpans), a local day per instant.
   */
  private async refreshRollingMeans(client: pg.PoolClient, patientId: string, zone: string, spans: string): Promise<void> {
    await client.query(`
      with days as materialized (
        select metric, min((lo at time zone $2)::date) as lo, max((hi at time zone $2)::date) as hi
        from jsonb_to_recordset($3::jsonb) as s(metric text, lo timestamptz, hi timestamptz) group by metric
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
    [patientId, zone, spans]);
  }

  /** Daily summaries (one per provider, kind and day): a new day is accepted; a day already there is updated and counted a duplicate. */
  private async writeSummaries(client: pg.PoolClient, patientId: string, channel: SampleChannel, summaries: WearableDailySummary[]): Promise<number> {
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
