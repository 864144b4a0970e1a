import { Injectable } from '@nestjs/common';
import type { PatientScope } from '@pg/access';
import type { AgpBinDto, WearableBucket, WearableBucketDto, WearableDailyDto, WearableDailyStatDto } from '@pg/contracts';
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

/**
 * Reads of the wearable time series. Every method takes the caller's scope; a patient outside it reads as empty
 * (the service has already answered 404 for it), and the patient id is a condition of every query.
 */
@Injectable()
export class WearableSeriesRepository {
  constructor(private readonly db: WearableDb) {}

  async buckets(scope: PatientScope, patientId: string, q: { metric: string; from: Date; to: Date; bucket: WearableBucket; timeZone: string }): Promise<{ unit: string | null; buckets: WearableBucketDto[] }> {
    if (!inScope(scope, patientId)) return { unit: null, buckets: [] };
    const key = q.bucket === '1d'
      ? `((date_trunc('day', start_at at time zone $5)) at time zone $5)`
      : `date_bin($5::interval, start_at, $3::timestamptz)`;
    const { rows } = await this.db.pool.query<{ start: Date; min: number; max: number; mean: number; count: number; unit: string }>(`
      select ${key} as start, min(value) as min, max(value) as max, avg(value) as mean, count(*)::int as count, min(unit) as unit
      from wearable_sample
      where patient_id = $1 and metric = $2 and start_at >= $3 and start_at < $4
      group by 1 order by 1`,
    [patientId, q.metric, q.from, q.to, q.bucket === '1d' ? q.timeZone : BUCKET_INTERVAL[q.bucket]]);
    return {
      unit: rows[0]?.unit ?? null,
      buckets: rows.map((r) => ({ start: r.start.toISOString(), min: r.min, max: r.max, mean: Math.round(r.mean * 100) / 100, count: r.count })),
    };
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
   * Everything the consensus metrics need, aggregated in SQL over the CGM stream(s) (`glucose` samples) in
   * [from, to): each stream's interval (the median gap between its readings, snapped to 1, 5 or 15 min), the time
   * covered (each reading covers its interval or up to the next reading, whichever is shorter, so overlapping
   * streams never count twice), interval-weighted sums for mean and SD over uncensored readings, the interval-weighted
   * time in each band (on the whole mg/dL displayed), and the AGP percentiles per local time-of-day bin.
   */
  async glucoseAggregates(scope: PatientScope, patientId: string, q: { from: Date; to: Date; timeZone: string }): Promise<GlucoseAggregates | null> {
    if (!inScope(scope, patientId)) return null;
    {
      const params = [patientId, q.from, q.to, q.timeZone];
      const base = `
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
        )`;
      // The totals and the AGP are independent: two connections, at once.
      const totalsQuery = this.db.pool.query(`${base}
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
        from w`, params.slice(0, 3));
      // Local time once per reading (seconds since the local epoch): its day (days with data) and its time-of-day bin.
      const agpQuery = this.db.pool.query<{ bin: number; count: number; p: number[]; days: number }>(`
        with r as materialized (
          select value, extract(epoch from start_at at time zone $4)::int8 as l
          from wearable_sample where patient_id = $1 and metric = 'glucose' and start_at >= $2 and start_at < $3
        )
        select (l % 86400) / ${AGP_BIN_MINUTES * 60} as bin, count(*)::int as count,
          percentile_cont(array[0.05, 0.25, 0.5, 0.75, 0.95]) within group (order by value) as p,
          (select count(distinct l / 86400) from r)::int as days
        from r group by 1 order by 1`, [patientId, q.from, q.to, q.timeZone]);
      const [totals, agp] = await Promise.all([totalsQuery, agpQuery]);
      const t = { ...totals.rows[0]!, days_with_data: agp.rows[0]?.days ?? 0 };
      const hhmm = (bin: number) => `${String(Math.floor((bin * AGP_BIN_MINUTES) / 60)).padStart(2, '0')}:${String((bin * AGP_BIN_MINUTES) % 60).padStart(2, '0')}`;
      const r1 = (v: number) => Math.round(v * 10) / 10;
      return {
        streams: (t.streams as { provider: string; device: string | null; intervalS: number; readings: number }[]),
        readings: t.readings,
        daysWithData: t.days_with_data,
        coveredS: t.covered_s,
        weightS: t.weight_s,
        uncensored: { n: t.unc_n, weightS: t.unc_w, wx: t.wx, wxx: t.wxx },
        bandWeightS: { veryLow: t.very_low, low: t.low, inRange: t.in_range, high: t.high, veryHigh: t.very_high },
        censored: { high: t.censored_high, low: t.censored_low },
        agp: agp.rows.map((b) => ({ time: hhmm(b.bin), count: b.count, p5: r1(b.p[0]!), p25: r1(b.p[1]!), p50: r1(b.p[2]!), p75: r1(b.p[3]!), p95: r1(b.p[4]!) })),
      };
    }
  }
}
