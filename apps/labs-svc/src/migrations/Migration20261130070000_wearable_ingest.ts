import { Migration } from '@mikro-orm/migrations';

/**
 * Wearable imports become jobs, and ingest loses its second table (docs/wearables.md, Bulk ingest):
 * - `wearable_import`: statuses `queued → running → completed | failed`, a claim (who runs it, until when) and the
 *   number of attempts, so a worker that dies frees it and another takes it again.
 * - The dedupe moves onto the samples: a unique index on (patient, provider, source key, start) — a partitioned
 *   table's unique index must hold its partition key —, with the search for a reading's key bounded in time by the
 *   store, and the channels that brought a reading kept on the sample. `wearable_reading_key` (a second row written
 *   per reading, half of the import's time) goes, its channels copied onto the samples first.
 */
export class Migration20261130070000_wearable_ingest extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "wearable_import"
      add column "attempts" int not null default 0,
      add column "claimed_by" text null,
      add column "claimed_until" timestamptz null,
      add column "started_at" timestamptz null;`);
    this.addSql(`update "wearable_import" set "status" = 'running' where "status" = 'processing';`);
    this.addSql(`create index "wearable_import_pending_idx" on "wearable_import" ("created_at") where "status" in ('queued', 'running');`);

    this.addSql(`alter table "wearable_sample" add column "channels" text[] not null default '{}';`);
    this.addSql(`update "wearable_sample" s set "channels" = k."channels"
      from "wearable_reading_key" k where k."patient_id" = s."patient_id" and k."provider" = s."provider" and k."source_key" = s."source_key";`);
    this.addSql(`create unique index "wearable_sample_source_uq" on "wearable_sample" ("patient_id", "provider", "source_key", "start_at");`);
    this.addSql(`drop table "wearable_reading_key";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "wearable_reading_key" (
      "patient_id" uuid not null, "provider" varchar(16) not null, "source_key" text not null, "metric" varchar(40) not null,
      "start_at" timestamptz not null, "channels" text[] not null, "import_id" uuid null, "connection_id" uuid null,
      primary key ("patient_id", "provider", "source_key"));`);
    this.addSql(`insert into "wearable_reading_key" select "patient_id", "provider", "source_key", "metric", "start_at", "channels", "import_id", "connection_id" from "wearable_sample" on conflict do nothing;`);
    this.addSql(`drop index "wearable_sample_source_uq";`);
    this.addSql(`alter table "wearable_sample" drop column "channels";`);
    this.addSql(`drop index "wearable_import_pending_idx";`);
    this.addSql(`alter table "wearable_import" drop column "attempts", drop column "claimed_by", drop column "claimed_until", drop column "started_at";`);
  }
}
