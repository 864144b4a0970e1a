import { Injectable } from '@nestjs/common';
import type { PatientScope } from '@pg/access';
import {
  CursorCodec, DEFAULT_PAGE_LIMIT, type AgpBinDto, type Page, type WearableBucket, type WearableBucketDto, type WearableDailyDto, type WearableDailyStatDto,
  type WearableReadingDto,
} from '@pg/contracts';
import { inScope } from '../lab-reports/lab-report.repository.js';
import { WearableDb } from './wearable-db.js';

const BUCKET_INTERVAL: Record<Exclude<WearableBucket, '1d'>, string> = { '5m': '5 minutes', '15m': '15 minutes', '1h': '1 hour' };

/** Default interval of a CGM stream when its readings do not show one (a single reading): Libre 15 min, others 5. */
const DEFAULT_INTERVAL_S: Record<string, number> = { libre: 900, dexcom: 300, nightscout: 300 };

/** AGP bins (minutes of local time of day). */
export const AGP_BIN_MINUTES = 15;

export interface GlucoseAggregates {
  streams: { provider: string; device: string | null; intervalS: number; readings: number }[];
  readings: number;
  daysWithData: number;
  coveredS: number;
  weightS: number;
  uncensored: { n: number; weightS: number; wx: number; wxx: number };
  bandWeightS: { veryLow: number; low: number; inRange: number; high: number; veryHigh: number };
  censored: { high: number; low: number };
  agp: AgpBinDto[];
}

/** A readings page's cursor: the last reading's (start ISO, source key). */
type ReadingCursor = [string, string];
const isReadingCursor = (v: unknown): v is ReadingCursor =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && !Number.isNaN(Date.parse(v[0])) && typeof v[1] === 'string' && v[1].length <= 1000;

const QUARTER_HOUR_MS = 900_000;
const onQuarterHour = (d: Date) => d.getTime() % QUARTER_HOUR_MS === 0;

function bucketRows(rows: { start: Date; min: number; max: number; mean: number; count: number; unit: string }[]): { unit: string | null; buckets: WearableBucketDto[] } {
  return {
    unit: rows[0]?.unit ?? null,
    buckets: rows.map((r) => ({ start: r.start.toISOString(), min: r.min, max: r.max, mean: Math.round(r.mean * 100) / 100, count: r.count })),
  };
}

/**
 * Reads of the wearable time series. Every method takes the caller's scope; a patient outside it reads as empty
 * (the service has already answered 404 for it), and the patient id is a condition of every query.
 */
@Injectable()
export class WearableSeriesRepository {
  constructor(private readonly db: WearableDb, private readonly cursors: CursorCodec) {}

  /**
   * One provider's readings of a patient, page by page in (start, source key) order (keys compared bytewise, so the
   * cursor's comparison and the order agree). The unique index (patient, provider, source key, start) narrows it to
   * the patient's readings of that provider; a FHIR import holds thousands at most, sorted per page. The plain
   * `start_at >=` beside the row comparison lets PostgreSQL skip the monthly partitions before the cursor (it
   * prunes on a column's bound, not on a row comparison).
   */
  async readings(scope: PatientScope, patientId: string, provider: string, page: { limit?: number; cursor?: string }): Promise<Page<WearableReadingDto>> {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const after = this.cursors.decode(page.cursor, isReadingCursor);
    const { rows } = await this.db.pool.query<{ metric: string; start_at: Date; value: number; unit: string; source_key: string }>(`
      select metric, start_at, value, unit, source_key from wearable_sample
      where patient_id = $1 and provider = $2
        ${after ? 'and start_at >= $4::timestamptz and (start_at, source_key collate "C") > ($4::timestamptz, $5::text collate "C")' : ''}
      order by start_at, source_key collate "C" limit $3`,
    [patientId, provider, limit + 1, ...(after ? [after[0], after[1]] : [])]);
    const items = rows.slice(0, limit).map((r) => ({ metric: r.metric, at: r.start_at.toISOString(), value: r.value, unit: r.unit, key: r.source_key }));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? this.cursors.encode([last.at, last.key] satisfies ReadingCursor) : null, limit };
  }

  /**
   * Buckets of one metric: from the quarter-hour rollups when every bucket is a whole number of quarter hours of
   * the window (15m, 1h, 1d, with `from` and `to` on quarter hours: the buckets start at `from`, local days on
   * quarter hours), else from the samples. Both give the same numbers (`wearable-rollup.integration.spec.ts`).
   */
  async buckets(scope: PatientScope, patientId: string, q: { metric: string; from: Date; to: Date; bucket: WearableBucket; timeZone: string }): Promise<{ unit: string | null; buckets: WearableBucketDto[] }> {
    if (!inScope(scope, patientId)) return { unit: null, buckets: [] };
    const { bucket } = q;
    return bucket !== '5m' && onQuarterHour(q.from) && onQuarterHour(q.to) ? this.rollupBuckets(patientId, { ...q, bucket }) : this.sampleBuckets(patientId, q);
  }

  /** The buckets from the samples themselves (also the reference the rollups are checked against). */
  async sampleBuckets(patientId: string, q: { metric: string; from: Date; to: Date; bucket: WearableBucket; timeZone: string }): Promise<{ unit: string | null; buckets: WearableBucketDto[] }> {
    const key = q.bucket === '1d'
      ? `((date_trunc('day', start_at at time zone $5)) at time zone $5)`
      : `date_bin($5::interval, start_at, $3::timestamptz)`;
    const { rows } = await this.db.pool.query<{ start: Date; min: number; max: number; mean: number; count: number; unit: string }>(`
      select ${key} as start, min(value) as min, max(value) as max, avg(value) as mean, count(*)::int as count, min(unit) as unit
      from wearable_sample
      where patient_id = $1 and metric = $2 and start_at >= $3 and start_at < $4
      group by 1 order by 1`,
    [patientId, q.metric, q.from, q.to, q.bucket === '1d' ? q.timeZone : BUCKET_INTERVAL[q.bucket]]);
    return bucketRows(rows);
  }

  /** The buckets added up from the quarter-hour rollups (each quarter hour lies in one bucket: see `buckets`). */
  async rollupBuckets(patientId: string, q: { metric: string; from: Date; to: Date; bucket: Exclude<WearableBucket, '5m'>; timeZone: string }): Promise<{ unit: string | null; buckets: WearableBucketDto[] }> {
    const key = q.bucket === '1d'
      ? `((date_trunc('day', bucket at time zone $5)) at time zone $5)`
      : `date_bin($5::interval, bucket, $3::timestamptz)`;
    const { rows } = await this.db.pool.query<{ start: Date; min: number; max: number; mean: number; count: number; unit: string }>(`
      select ${key} as start, min(min) as min, max(max) as max, sum(sum) / sum(n) as mean, sum(n)::int as count, min(unit) as unit
      from wearable_sample_rollup
      where patient_id = $1 and metric = $2 and bucket >= $3 and bucket < $4
      group by 1 order by 1`,
    [patientId, q.metric, q.from, q.to, q.bucket === '1d' ? q.timeZone : BUCKET_INTERVAL[q.bucket]]);
    return bucketRows(rows);
  }

  async dailyStats(scope: PatientScope, patientId: string, q: { metric: string; from: string; to: string }): Promise<WearableDailyStatDto[]> {
    if (!inScope(scope, patientId)) return [];
    const { rows } = await this.db.pool.query<WearableDailyStatDto>(`
      select day::text as day, metric, count, avg, min, max, mean7 as "mean7", mean30 as "mean30"
      from wearable_daily_stat where patient_id = $1 and metric = $2 and day between $3::date and $4::date order by day`,
    [patientId, q.metric, q.from, q.to]);
    return rows;
  }

  async dailySummaries(scope: PatientScope, patientId: string, q: { from: string; to: string }): Promise<WearableDailyDto[]> {
    if (!inScope(scope, patientId)) return [];
    const { rows } = await this.db.pool.query<WearableDailyDto>(`
      select day::text as day, kind, provider, values from wearable_daily_summary
      where patient_id = $1 and day between $2::date and $3::date order by day, kind, provider`,
    [patientId, q.from, q.to]);
    return rows;
  }

  /**
   * Everything the consensus metrics need over the CGM stream(s) (`glucose` samples) in [from, to): each stream's
   * interval (the median gap between its readings, snapped to 1, 5 or 15 min), the time covered (each reading covers
   * its interval or up to the next reading, whichever is shorter, so overlapping streams never count twice),
   * interval-weighted sums for mean and SD over uncensored readings, the interval-weighted time in each band (on the
   * whole mg/dL displayed), and the AGP percentiles per local time-of-day bin.
   *
   * A window on quarter hours (local days always are) is added up from the quarter-hour rollups: all of it for one
   * stream, the AGP for any number (the coverage of streams worn together depends on how their readings
   * interleave, which the rollups do not keep: those totals come from the samples). The same numbers either way.
   */
  async glucoseAggregates(scope: PatientScope, patientId: string, q: { from: Date; to: Date; timeZone: string }): Promise<GlucoseAggregates | null> {
    if (!inScope(scope, patientId)) return null;
    if (!onQuarterHour(q.from) || !onQuarterHour(q.to)) return this.sampleGlucoseAggregates(patientId, q);
    // The totals and the AGP are independent: two connections, at once.
    const [totals, agp] = await Promise.all([
      this.rollupGlucoseTotals(patientId, q).then((t) => t ?? this.sampleGlucoseTotals(patientId, q)),
      this.rollupAgp(patientId, q),
    ]);
    return { ...totals, ...agp };
  }

  /** The same, from the samples only (windows off quarter hours; the reference the rollups are checked against). */
  async sampleGlucoseAggregates(patientId: string, q: { from: Date; to: Date; timeZone: string }): Promise<GlucoseAggregates> {
    const [totals, agp] = await Promise.all([this.sampleGlucoseTotals(patientId, q), this.sampleAgp(patientId, q)]);
    return { ...totals, ...agp };
  }

  async sampleGlucoseTotals(patientId: string, q: { from: Date; to: Date }): Promise<GlucoseTotals> {
    const { rows } = await this.db.pool.query(`
      with r as (
        select start_at, value, censored, provider, coalesce(device, '') as device
        from wearable_sample where patient_id = $1 and metric = 'glucose' and start_at >= $2 and start_at < $3
      ),
      gaps as (
        select provider, device, extract(epoch from start_at - lag(start_at) over (partition by provider collate "C", device collate "C" order by start_at)) as gap from r
      ),
      streams as (
        select provider, device, readings,
          case when med is null then null when med <= 150 then 60 when med <= 600 then 300 else 900 end as interval_s
        from (select provider, device, count(*)::int as readings, percentile_disc(0.5) within group (order by gap) as med from gaps group by provider, device) m
      ),
      w as (
        select r.*, coalesce(s.interval_s, case r.provider when 'libre' then ${DEFAULT_INTERVAL_S.libre} else ${DEFAULT_INTERVAL_S.dexcom} end) as interval_s,
          lead(r.start_at) over (order by r.start_at) as next_at, round(r.value) as shown
        from r join streams s on s.provider = r.provider and s.device = r.device
      )
      select
        count(*)::int as readings,
        coalesce(sum(least(interval_s, coalesce(extract(epoch from next_at - start_at), interval_s))), 0)::float8 as covered_s,
        coalesce(sum(interval_s), 0)::float8 as weight_s,
        count(*) filter (where censored is null)::int as unc_n,
        coalesce(sum(interval_s) filter (where censored is null), 0)::float8 as unc_w,
        coalesce(sum(interval_s * value) filter (where censored is null), 0)::float8 as wx,
        coalesce(sum(interval_s * value * value) filter (where censored is null), 0)::float8 as wxx,
        coalesce(sum(interval_s) filter (where shown < 54), 0)::float8 as very_low,
        coalesce(sum(interval_s) filter (where shown >= 54 and shown < 70), 0)::float8 as low,
        coalesce(sum(interval_s) filter (where shown >= 70 and shown <= 180), 0)::float8 as in_range,
        coalesce(sum(interval_s) filter (where shown > 180 and shown <= 250), 0)::float8 as high,
        coalesce(sum(interval_s) filter (where shown > 250), 0)::float8 as very_high,
        count(*) filter (where censored = '>')::int as censored_high,
        count(*) filter (where censored = '<')::int as censored_low,
        (select coalesce(json_agg(json_build_object('provider', provider, 'device', nullif(device, ''), 'intervalS',
            coalesce(interval_s, case provider when 'libre' then ${DEFAULT_INTERVAL_S.libre} else ${DEFAULT_INTERVAL_S.dexcom} end), 'readings', readings)
            order by provider, device), '[]') from streams) as streams
      from w`, [patientId, q.from, q.to]);
    const t = rows[0]!;
    return {
      streams: t.streams as GlucoseTotals['streams'],
      readings: t.readings,
      coveredS: t.covered_s,
      weightS: t.weight_s,
      uncensored: { n: t.unc_n, weightS: t.unc_w, wx: t.wx, wxx: t.wxx },
      bandWeightS: { veryLow: t.very_low, low: t.low, inRange: t.in_range, high: t.high, veryHigh: t.very_high },
      censored: { high: t.censored_high, low: t.censored_low },
    };
  }

  /**
   * The totals of a window with one stream, from its quarter hours; null when the window has another number of
   * streams. The stream's gaps are the window's readings' gaps to their previous reading, less the first reading's
   * (its previous reading is outside); each reading covers min(interval, gap to the next), the last one its interval.
   */
  async rollupGlucoseTotals(patientId: string, q: { from: Date; to: Date }): Promise<GlucoseTotals | null> {
    const { rows } = await this.db.pool.query<{
      provider: string; device: string; readings: number; g1: number; g5: number; g15: number; first_class: number | null;
      cov1: number; cov5: number; cov15: number; unc_n: number; unc_sum: number; unc_sumsq: number;
      very_low: number; low: number; in_range: number; high: number; very_high: number; censored_high: number; censored_low: number;
    }>(`
      with s as (
        select provider, device, sum(n)::int as readings, sum(gaps_1m)::int as g1, sum(gaps_5m)::int as g5, sum(gaps_15m)::int as g15,
          (array_agg(first_gap_us order by bucket))[1] as first_gap, (array_agg(last_gap_us order by bucket desc))[1] as last_gap,
          sum(covered_1m_us) as cov1, sum(covered_5m_us) as cov5, sum(covered_15m_us) as cov15,
          sum(unc_n)::int as unc_n, sum(unc_sum) as unc_sum, sum(unc_sumsq) as unc_sumsq,
          sum(very_low)::int as very_low, sum(low)::int as low, sum(in_range)::int as in_range, sum(high)::int as high, sum(very_high)::int as very_high,
          sum(censored_high)::int as censored_high, sum(censored_low)::int as censored_low
        from wearable_sample_rollup where patient_id = $1 and metric = 'glucose' and bucket >= $2 and bucket < $3
        group by provider, device
      )
      select provider, device, readings, g1, g5, g15,
        case when first_gap is null then null when first_gap <= 150000000 then 60 when first_gap <= 600000000 then 300 else 900 end as first_class,
        ((cov1 - least(60000000, coalesce(last_gap, 60000000)) + 60000000) / 1000000.0)::float8 as cov1,
        ((cov5 - least(300000000, coalesce(last_gap, 300000000)) + 300000000) / 1000000.0)::float8 as cov5,
        ((cov15 - least(900000000, coalesce(last_gap, 900000000)) + 900000000) / 1000000.0)::float8 as cov15,
        unc_n, unc_sum, unc_sumsq, very_low, low, in_range, high, very_high, censored_high, censored_low
      from s`, [patientId, q.from, q.to]);
    if (rows.length !== 1) return null;
    const s = rows[0]!;
    // percentile_disc(0.5) of the gaps is the ⌈n/2⌉-th smallest; snapping is monotonic, so it is the ⌈n/2⌉-th smallest class.
    const classes: [number, number][] = [[60, s.g1 - (s.first_class === 60 ? 1 : 0)], [300, s.g5 - (s.first_class === 300 ? 1 : 0)], [900, s.g15 - (s.first_class === 900 ? 1 : 0)]];
    const gaps = classes.reduce((n, [, c]) => n + c, 0);
    let intervalS = s.provider === 'libre' ? DEFAULT_INTERVAL_S.libre! : DEFAULT_INTERVAL_S.dexcom!;
    if (gaps > 0) {
      let rank = Math.ceil(gaps / 2);
      for (const [cls, c] of classes) {
        if (rank <= c) {
          intervalS = cls;
          break;
        }
        rank -= c;
      }
    }
    const w = intervalS;
    return {
      streams: [{ provider: s.provider, device: s.device === '' ? null : s.device, intervalS, readings: s.readings }],
      readings: s.readings,
      coveredS: intervalS === 60 ? s.cov1 : intervalS === 300 ? s.cov5 : s.cov15,
      weightS: w * s.readings,
      uncensored: { n: s.unc_n, weightS: w * s.unc_n, wx: w * s.unc_sum, wxx: w * s.unc_sumsq },
      bandWeightS: { veryLow: w * s.very_low, low: w * s.low, inRange: w * s.in_range, high: w * s.high, veryHigh: w * s.very_high },
      censored: { high: s.censored_high, low: s.censored_low },
    };
  }

  /** Local time once per reading: its day (days with data) and its time-of-day bin (also before 1970: the shared Libre 3 export is from 1961). */
  private async sampleAgp(patientId: string, q: { from: Date; to: Date; timeZone: string }): Promise<GlucoseAgp> {
    const { rows } = await this.db.pool.query<AgpRow>(`
      with r as materialized (
        select value, start_at at time zone $4 as l
        from wearable_sample where patient_id = $1 and metric = 'glucose' and start_at >= $2 and start_at < $3
      )
      select floor(extract(epoch from l::time) / ${AGP_BIN_MINUTES * 60})::int as bin, count(*)::int as count,
        percentile_cont(array[0.05, 0.25, 0.5, 0.75, 0.95]) within group (order by value) as p,
        (select count(distinct l::date) from r)::int as days
      from r group by 1 order by 1`, [patientId, q.from, q.to, q.timeZone]);
    return agpOf(rows);
  }

  /**
   * The same from the quarter hours' values (a quarter hour lies in one local day and one AGP bin): the rows are read
   * as they are (no sort in SQL) and each bin's percentiles computed here as PostgreSQL's percentile_cont does.
   */
  private async rollupAgp(patientId: string, q: { from: Date; to: Date; timeZone: string }): Promise<GlucoseAgp> {
    const { rows } = await this.db.pool.query<{ bin: number; day: string; vals: string }>(`
      select floor(extract(epoch from (bucket at time zone $4)::time) / ${AGP_BIN_MINUTES * 60})::int as bin,
        ((bucket at time zone $4)::date)::text as day, array_to_string(vals, ',') as vals
      from wearable_sample_rollup where patient_id = $1 and metric = 'glucose' and bucket >= $2 and bucket < $3`,
    [patientId, q.from, q.to, q.timeZone]);
    const days = new Set<string>();
    const bins = new Map<number, number[]>();
    for (const r of rows) {
      days.add(r.day);
      let values = bins.get(r.bin);
      if (!values) bins.set(r.bin, (values = []));
      for (const v of r.vals.split(',')) values.push(Number(v));
    }
    const agp: AgpRow[] = [...bins.keys()].sort((a, b) => a - b).map((bin) => {
      const values = bins.get(bin)!.sort((a, b) => a - b);
      return { bin, count: values.length, p: AGP_PERCENTILES.map((f) => percentileCont(values, f)), days: days.size };
    });
    return agpOf(agp.length ? agp : []);
  }
}

const AGP_PERCENTILES = [0.05, 0.25, 0.5, 0.75, 0.95];

/** PostgreSQL's percentile_cont over sorted values: linear interpolation at f × (n − 1), as it computes it in float8. */
function percentileCont(sorted: number[], f: number): number {
  const at = f * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo]!;
  return lo === hi ? a : a + (at - lo) * (sorted[hi]! - a);
}

export type GlucoseTotals = Omit<GlucoseAggregates, 'daysWithData' | 'agp'>;
type GlucoseAgp = Pick<GlucoseAggregates, 'daysWithData' | 'agp'>;
interface AgpRow { bin: number; count: number; p: number[]; days: number }

function agpOf(rows: AgpRow[]): GlucoseAgp {
  const hhmm = (bin: number) => `${String(Math.floor((bin * AGP_BIN_MINUTES) / 60)).padStart(2, '0')}:${String((bin * AGP_BIN_MINUTES) % 60).padStart(2, '0')}`;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return {
    daysWithData: rows[0]?.days ?? 0,
    agp: rows.map((b) => ({ time: hhmm(b.bin), count: b.count, p5: r1(b.p[0]!), p25: r1(b.p[1]!), p50: r1(b.p[2]!), p75: r1(b.p[3]!), p95: r1(b.p[4]!) })),
  };
}
