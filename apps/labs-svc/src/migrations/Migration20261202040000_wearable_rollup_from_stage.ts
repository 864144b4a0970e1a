import { Migration } from '@mikro-orm/migrations';
import { ROLLUP_REFRESH_V1, ROLLUP_SYNC_V1 } from './Migration20261201060000_wearable_rollup.js';

/**
 * The quarter-hour rollups of a brand-new span computed from the import's staged rows (docs/wearables.md, "Rollups").
 *
 * - `wearable_rollup_insert(patient, rows, lo, hi)`: the one place the rollup rows are computed, from a query giving
 *   whole streams' consecutive readings `(metric, provider, device, start_at, value, censored, unit)`; the quarter
 *   hours in [lo, hi) are inserted. Each reading's quarter hour (and rounded value) is computed once, and the window
 *   is ordered by (quarter hour, time) — the same order, since the quarter hour grows with the time — so the grouping
 *   by quarter hour reads the window's output as it comes, without a second sort or a hash table.
 * - `wearable_rollup_refresh` (the triggers' recomputation from the samples) now calls it.
 * - `wearable_patient_lock(patient)`: one patient's write turn, the same lock for the sample store and the triggers
 *   (the key was spelled in both).
 * - The insert trigger leaves a statement alone when the writer says it keeps the rollups itself
 *   (`wearable.rollups_by_writer = on`, transaction-local, set by the sample store around its insert of a span the
 *   patient had no readings in: it then inserts the span's rollups from the staged rows and recomputes the two edge
 *   quarter hours from the samples).
 */
export class Migration20261202040000_wearable_rollup_from_stage extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "wearable_patient_lock"(p uuid) returns void language sql as $fn$
      select pg_advisory_xact_lock(hashtextextended('wearable:' || p::text, 0))
    $fn$;`);

    this.addSql(`create function "wearable_rollup_insert"(p_patient uuid, p_rows text, p_lo timestamptz, p_hi timestamptz)
      returns void language plpgsql set search_path from current as $fn$
      begin
        execute format($q$
          insert into wearable_sample_rollup (patient_id, metric, bucket, provider, device, unit, n, sum, min, max, unc_n, unc_sum, unc_sumsq,
            censored_high, censored_low, very_low, low, in_range, high, very_high, gaps_1m, gaps_5m, gaps_15m, first_gap_us, last_gap_us,
            covered_1m_us, covered_5m_us, covered_15m_us, vals)
          select $1, metric, b, provider, device, min(unit), count(*), sum(value), min(value), max(value),
            count(*) filter (where censored is null), coalesce(sum(value) filter (where censored is null), 0), coalesce(sum(value * value) filter (where censored is null), 0),
            count(*) filter (where censored = '>'), count(*) filter (where censored = '<'),
            count(*) filter (where rv < 54), count(*) filter (where rv >= 54 and rv < 70),
            count(*) filter (where rv >= 70 and rv <= 180), count(*) filter (where rv > 180 and rv <= 250),
            count(*) filter (where rv > 250),
            count(*) filter (where gap_prev <= 150000000), count(*) filter (where gap_prev > 150000000 and gap_prev <= 600000000), count(*) filter (where gap_prev > 600000000),
            min(gap_prev) filter (where b is distinct from prev_b), min(gap_next) filter (where b is distinct from next_b),
            sum(least(60000000, coalesce(gap_next, 60000000))), sum(least(300000000, coalesce(gap_next, 300000000))), sum(least(900000000, coalesce(gap_next, 900000000))),
            case when metric = 'glucose' then array_agg(value) end
          from (
            select metric, provider, device, start_at, value, round(value) as rv, censored, unit, b,
              us - lag(us) over w as gap_prev, lead(us) over w - us as gap_next, lag(b) over w as prev_b, lead(b) over w as next_b
            from (
              select metric, provider, device, start_at, value, censored, unit,
                date_bin(interval '15 minutes', start_at, timestamptz '2000-01-01 00:00:00+00') as b,
                (extract(epoch from start_at - timestamptz '2000-01-01 00:00:00+00') * 1000000)::int8 as us
              from (%s) r
            ) t
            window w as (partition by metric, provider, device order by b, start_at)
          ) x
          where start_at >= $2 and start_at < $3
          group by metric, provider, device, b$q$, p_rows) using p_patient, p_lo, p_hi;
      end $fn$;`);

    this.addSql(`create or replace function "wearable_rollup_refresh"(p_patient uuid, p_metric text, p_provider text, p_device text, p_lo timestamptz, p_hi timestamptz)
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
        perform wearable_rollup_insert(p_patient, format(
          'select metric, provider, coalesce(device, %L) as device, start_at, value, censored, unit from wearable_sample '
          'where patient_id = %L and metric = %L and provider = %L and coalesce(device, %L) = %L and start_at >= %L and start_at <= %L',
          '', p_patient, p_metric, p_provider, '', p_device, coalesce(v_before, blo), coalesce(v_after, bhi)), blo, bhi);
      end $fn$;`);

    this.addSql(`create or replace function "wearable_sample_rollup_sync"() returns trigger language plpgsql set search_path from current as $fn$
      declare r record;
      begin
        -- Each patient's turn (the sample store's write lock), in one order: a merge or a removal computes from
        -- what a concurrent import has committed, never from half of it.
        if tg_op = 'INSERT' then
          -- The sample store inserting a span new to the patient keeps its rollups itself (from its staged rows).
          if current_setting('wearable.rollups_by_writer', true) = 'on' then
            return null;
          end if;
          perform wearable_patient_lock(p) from (select distinct patient_id as p from new_rows order by 1) l;
        elsif tg_op = 'DELETE' then
          perform wearable_patient_lock(p) from (select distinct patient_id as p from old_rows order by 1) l;
        else
          perform wearable_patient_lock(p) from (select patient_id as p from old_rows union select patient_id from new_rows order by 1) l;
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
      end $fn$;`);
  }

  override async down(): Promise<void> {
    this.addSql(ROLLUP_SYNC_V1);
    this.addSql(ROLLUP_REFRESH_V1);
    this.addSql(`drop function if exists "wearable_rollup_insert"(uuid, text, timestamptz, timestamptz);`);
    this.addSql(`drop function if exists "wearable_patient_lock"(uuid);`);
  }
}
