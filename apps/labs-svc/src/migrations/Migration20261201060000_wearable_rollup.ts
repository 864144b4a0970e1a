import { Migration } from '@mikro-orm/migrations';

/** One stream's quarter hours around [p_lo, p_hi] recomputed from its samples (as this migration made it; a later one replaces it). */
export const ROLLUP_REFRESH_V1 = `create or replace function "wearable_rollup_refresh"(p_patient uuid, p_metric text, p_provider text, p_device text, p_lo timestamptz, p_hi timestamptz)
      returns void language plpgsql set search_path from current as $fn$
      declare
        origin constant timestamptz := timestamptz '2000-01-01 00:00:00+00';
        q constant interval := interval '15 minutes';
        v_prev timestamptz; v_next timestamptz; blo timestamptz; bhi timestamptz; v_before timestamptz; v_after timestamptz;
      begin
        select max(start_at) into v_prev from wearable_sample
          where patient_id = p_patient and metric = p_metric and provider = p_provider and coalesce(device, '') = p_device and start_at < p_lo;
        select min(start_at) into v_next from wearable_sample
          where patient_id = p_patient and metric = p_metric and provider = p_provider and coalesce(device, '') = p_device and start_at > p_hi;
        blo := date_bin(q, coalesce(v_prev, p_lo), origin);
        bhi := date_bin(q, coalesce(v_next, p_hi), origin) + q;
        select max(start_at) into v_before from wearable_sample
          where patient_id = p_patient and metric = p_metric and provider = p_provider and coalesce(device, '') = p_device and start_at < blo;
        select min(start_at) into v_after from wearable_sample
          where patient_id = p_patient and metric = p_metric and provider = p_provider and coalesce(device, '') = p_device and start_at >= bhi;
        delete from wearable_sample_rollup
          where patient_id = p_patient and metric = p_metric and provider = p_provider and device = p_device and bucket >= blo and bucket < bhi;
        insert into wearable_sample_rollup (patient_id, metric, bucket, provider, device, unit, n, sum, min, max, unc_n, unc_sum, unc_sumsq,
          censored_high, censored_low, very_low, low, in_range, high, very_high, gaps_1m, gaps_5m, gaps_15m, first_gap_us, last_gap_us,
          covered_1m_us, covered_5m_us, covered_15m_us, vals)
        select p_patient, p_metric, date_bin(q, start_at, origin), p_provider, p_device, min(unit), count(*), sum(value), min(value), max(value),
          count(*) filter (where censored is null), coalesce(sum(value) filter (where censored is null), 0), coalesce(sum(value * value) filter (where censored is null), 0),
          count(*) filter (where censored = '>'), count(*) filter (where censored = '<'),
          count(*) filter (where round(value) < 54), count(*) filter (where round(value) >= 54 and round(value) < 70),
          count(*) filter (where round(value) >= 70 and round(value) <= 180), count(*) filter (where round(value) > 180 and round(value) <= 250),
          count(*) filter (where round(value) > 250),
          count(*) filter (where gap_prev <= 150000000), count(*) filter (where gap_prev > 150000000 and gap_prev <= 600000000), count(*) filter (where gap_prev > 600000000),
          min(gap_prev) filter (where first_in_bucket), min(gap_next) filter (where last_in_bucket),
          sum(least(60000000, coalesce(gap_next, 60000000))), sum(least(300000000, coalesce(gap_next, 300000000))), sum(least(900000000, coalesce(gap_next, 900000000))),
          case when p_metric = 'glucose' then array_agg(value) end
        from (
          select start_at, value, censored, unit, us - prev_us as gap_prev, next_us - us as gap_next,
            date_bin(q, start_at, origin) is distinct from date_bin(q, prev_at, origin) as first_in_bucket,
            date_bin(q, start_at, origin) is distinct from date_bin(q, next_at, origin) as last_in_bucket
          from (
            select start_at, value, censored, unit, us, lag(us) over w as prev_us, lead(us) over w as next_us,
              lag(start_at) over w as prev_at, lead(start_at) over w as next_at
            from (
              select start_at, value, censored, unit, (extract(epoch from start_at - origin) * 1000000)::int8 as us
              from wearable_sample
              where patient_id = p_patient and metric = p_metric and provider = p_provider and coalesce(device, '') = p_device
                and start_at >= coalesce(v_before, blo) and start_at <= coalesce(v_after, bhi)
            ) t
            window w as (order by start_at)
          ) n
        ) x
        where start_at >= blo and start_at < bhi
        group by 3;
      end $fn$;`;

/** The statement triggers' function: the streams a statement changed, each with the span of its changed readings (as this migration made it). */
export const ROLLUP_SYNC_V1 = `create or replace function "wearable_sample_rollup_sync"() returns trigger language plpgsql set search_path from current as $fn$
      declare r record;
      begin
        -- Each patient's turn (the sample store's write lock), in one order: a merge or a removal computes from
        -- what a concurrent import has committed, never from half of it.
        if tg_op = 'INSERT' then
          perform pg_advisory_xact_lock(hashtextextended('wearable:' || p::text, 0)) from (select distinct patient_id as p from new_rows order by 1) l;
        elsif tg_op = 'DELETE' then
          perform pg_advisory_xact_lock(hashtextextended('wearable:' || p::text, 0)) from (select distinct patient_id as p from old_rows order by 1) l;
        else
          perform pg_advisory_xact_lock(hashtextextended('wearable:' || p::text, 0))
          from (select patient_id as p from old_rows union select patient_id from new_rows order by 1) l;
        end if;
        if tg_op = 'INSERT' then
          for r in select patient_id, metric, provider, coalesce(device, '') as device, min(start_at) as lo, max(start_at) as hi
                   from new_rows group by 1, 2, 3, 4 loop
            perform wearable_rollup_refresh(r.patient_id, r.metric, r.provider, r.device, r.lo, r.hi);
          end loop;
        elsif tg_op = 'DELETE' then
          for r in select patient_id, metric, provider, coalesce(device, '') as device, min(start_at) as lo, max(start_at) as hi
                   from old_rows group by 1, 2, 3, 4 loop
            perform wearable_rollup_refresh(r.patient_id, r.metric, r.provider, r.device, r.lo, r.hi);
          end loop;
        else
          -- Only rows whose series columns changed (a merge moves patient_id; adding a channel changes nothing here).
          for r in select patient_id, metric, provider, device, min(start_at) as lo, max(start_at) as hi from (
                     (select patient_id, metric, provider, coalesce(device, '') as device, start_at, value, censored, unit from old_rows
                      except all
                      select patient_id, metric, provider, coalesce(device, ''), start_at, value, censored, unit from new_rows)
                     union all
                     (select patient_id, metric, provider, coalesce(device, ''), start_at, value, censored, unit from new_rows
                      except all
                      select patient_id, metric, provider, coalesce(device, ''), start_at, value, censored, unit from old_rows)
                   ) c group by 1, 2, 3, 4 loop
            perform wearable_rollup_refresh(r.patient_id, r.metric, r.provider, r.device, r.lo, r.hi);
          end loop;
        end if;
        return null;
      end $fn$;`;

/**
 * Quarter-hour rollups of the wearable samples (docs/wearables.md, "Rollups"): one row per patient, metric, stream
 * (provider, device) and UTC quarter hour with what the buckets and the glucose summary add up — count, sums, min,
 * max, the consensus bands, the gaps to the previous reading (snapped to 1, 5, 15 min), the time each reading covers
 * for each interval a stream can have (microseconds: exact sums), and (glucose) the values themselves for the AGP's percentiles.
 *
 * Kept by statement triggers on `wearable_sample` (insert, update, delete; transition tables), so every path that
 * adds, removes or moves samples — the ingest's insert, an import's compensation, a merge and its undo, a retention
 * purge — keeps them in its own transaction. A change recomputes, from the samples, the quarter hours of each
 * changed stream between the reading before its first changed one and the reading after its last: a row counts once
 * however often it is imported, and a reading inserted between two others corrects its neighbours' gaps.
 * Every quarter hour lies within one local day and one AGP bin in every zone with whole-quarter-hour offsets (all
 * of today's), which is what lets a local-day window be added up from them exactly.
 */
export class Migration20261201060000_wearable_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "wearable_sample_rollup" (
      "patient_id" uuid not null,
      "metric" varchar(40) not null,
      "bucket" timestamptz not null,
      "provider" varchar(16) not null,
      "device" varchar(100) not null,
      "unit" varchar(20) not null,
      "n" int not null,
      "sum" double precision not null,
      "min" double precision not null,
      "max" double precision not null,
      "unc_n" int not null,
      "unc_sum" double precision not null,
      "unc_sumsq" double precision not null,
      "censored_high" int not null,
      "censored_low" int not null,
      "very_low" int not null,
      "low" int not null,
      "in_range" int not null,
      "high" int not null,
      "very_high" int not null,
      "gaps_1m" int not null,
      "gaps_5m" int not null,
      "gaps_15m" int not null,
      "first_gap_us" bigint null,
      "last_gap_us" bigint null,
      "covered_1m_us" bigint not null,
      "covered_5m_us" bigint not null,
      "covered_15m_us" bigint not null,
      "vals" double precision[] null,
      primary key ("patient_id", "metric", "bucket", "provider", "device")
    );`);

    this.addSql(ROLLUP_REFRESH_V1);
    this.addSql(ROLLUP_SYNC_V1);
    this.addSql(`create trigger "wearable_sample_rollup_ins" after insert on "wearable_sample"
      referencing new table as new_rows for each statement execute function "wearable_sample_rollup_sync"();`);
    this.addSql(`create trigger "wearable_sample_rollup_upd" after update on "wearable_sample"
      referencing old table as old_rows new table as new_rows for each statement execute function "wearable_sample_rollup_sync"();`);
    this.addSql(`create trigger "wearable_sample_rollup_del" after delete on "wearable_sample"
      referencing old table as old_rows for each statement execute function "wearable_sample_rollup_sync"();`);

    // The samples already stored.
    this.addSql(`select wearable_rollup_refresh(patient_id, metric, provider, device, lo, hi) from (
      select patient_id, metric, provider, coalesce(device, '') as device, min(start_at) as lo, max(start_at) as hi
      from "wearable_sample" group by 1, 2, 3, 4) s;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "wearable_sample_rollup_del" on "wearable_sample";`);
    this.addSql(`drop trigger if exists "wearable_sample_rollup_upd" on "wearable_sample";`);
    this.addSql(`drop trigger if exists "wearable_sample_rollup_ins" on "wearable_sample";`);
    this.addSql(`drop function if exists "wearable_sample_rollup_sync"();`);
    this.addSql(`drop function if exists "wearable_rollup_refresh"(uuid, text, text, text, timestamptz, timestamptz);`);
    this.addSql(`drop table if exists "wearable_sample_rollup";`);
  }
}
