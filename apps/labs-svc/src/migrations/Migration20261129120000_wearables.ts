import { Migration } from '@mikro-orm/migrations';

/**
 * Wearables and CGM (docs/wearables.md): imports (one job per upload), the readings' keys (the dedupe, one row per
 * source reading, not partitioned), the samples (range-partitioned by start, one partition per month, made as data
 * arrives by a function the app role may call but not change), daily stats and daily summaries.
 */
export class Migration20261129120000_wearables extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "wearable_import" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "status" varchar(16) not null,
      "format" varchar(40) null,
      "provider" varchar(16) null,
      "file_object" text not null,
      "file_size" int not null,
      "file_sha256" varchar(64) not null,
      "file_name" text null,
      "time_zone" varchar(64) null,
      "accepted" int not null default 0,
      "duplicates" int not null default 0,
      "rejected" int not null default 0,
      "reasons" jsonb not null default '[]',
      "error" text null,
      "created_by" text not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "completed_at" timestamptz null
    );`);
    this.addSql(`create index "wearable_import_patient_idx" on "wearable_import" ("patient_id", "created_at", "id");`);

    // One row per reading of a source: (patient, provider, source key) is unique here, which a partitioned table
    // cannot say without its partition key. Which channels brought the reading (upload, sync) is kept here too.
    this.addSql(`create table "wearable_reading_key" (
      "patient_id" uuid not null,
      "provider" varchar(16) not null,
      "source_key" text not null,
      "metric" varchar(40) not null,
      "start_at" timestamptz not null,
      "channels" text[] not null,
      "import_id" uuid null,
      "connection_id" uuid null,
      primary key ("patient_id", "provider", "source_key")
    );`);

    this.addSql(`create table "wearable_sample" (
      "patient_id" uuid not null,
      "provider" varchar(16) not null,
      "source_key" text not null,
      "metric" varchar(40) not null,
      "start_at" timestamptz not null,
      "end_at" timestamptz null,
      "value" double precision not null,
      "unit" varchar(20) not null,
      "censored" char(1) null,
      "original_value" varchar(40) null,
      "original_unit" varchar(20) null,
      "trend" varchar(24) null,
      "device" varchar(100) null,
      "display_time" varchar(32) null,
      "attributes" jsonb null,
      "import_id" uuid null,
      "connection_id" uuid null
    ) partition by range ("start_at");`);
    this.addSql(`create index "wearable_sample_series_idx" on "wearable_sample" ("patient_id", "metric", "start_at") include ("value", "censored");`);

    // The app role cannot create tables; this function (owned by the schema owner, run with its rights) makes the
    // monthly partitions the given months need, and nothing else. Months are UTC calendar months.
    this.addSql(`create function "wearable_sample_ensure_partitions"(p_months date[]) returns int
      language plpgsql security definer set search_path from current as $fn$
      declare m date; made int := 0; part text;
      begin
        perform pg_advisory_xact_lock(hashtext(current_schema() || '.wearable_sample'));
        foreach m in array p_months loop
          m := date_trunc('month', m)::date;
          part := format('wearable_sample_%s', to_char(m, 'YYYY_MM'));
          if to_regclass(format('%I.%I', current_schema(), part)) is null then
            execute format('create table %I.%I partition of %I.wearable_sample for values from (%L) to (%L)',
              current_schema(), part, current_schema(), (m::timestamp at time zone 'UTC'), ((m + interval '1 month')::timestamp at time zone 'UTC'));
            made := made + 1;
          end if;
        end loop;
        return made;
      end $fn$;`);

    // Per patient, metric and local day: kept up to date by every write (rolling means are reading-weighted).
    this.addSql(`create table "wearable_daily_stat" (
      "patient_id" uuid not null,
      "metric" varchar(40) not null,
      "day" date not null,
      "time_zone" varchar(64) not null,
      "count" int not null,
      "sum" double precision not null,
      "min" double precision not null,
      "max" double precision not null,
      "avg" double precision not null,
      "mean7" double precision null,
      "mean30" double precision null,
      "updated_at" timestamptz not null,
      primary key ("patient_id", "metric", "day")
    );`);

    // Daily summaries a source gives directly (Oura daily_sleep, Whoop recovery): one per provider, kind and day.
    this.addSql(`create table "wearable_daily_summary" (
      "patient_id" uuid not null,
      "provider" varchar(16) not null,
      "kind" varchar(16) not null,
      "day" date not null,
      "source_key" text not null,
      "values" jsonb not null,
      "channels" text[] not null,
      "updated_at" timestamptz not null,
      primary key ("patient_id", "provider", "kind", "day")
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "wearable_daily_summary";`);
    this.addSql(`drop table if exists "wearable_daily_stat";`);
    this.addSql(`drop function if exists "wearable_sample_ensure_partitions"(date[]);`);
    this.addSql(`drop table if exists "wearable_sample";`);
    this.addSql(`drop table if exists "wearable_reading_key";`);
    this.addSql(`drop table if exists "wearable_import";`);
  }
}
