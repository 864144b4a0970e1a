import { Migration } from '@mikro-orm/migrations';

/** Issue 12: tags, metadata and time zone of a profile; soft delete (hidden, kept at least 7 years) and its undo. */
export class Migration20261129160000_patient_record_fields extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "patient"
      add column "time_zone" varchar(64) null,
      add column "tags" text[] not null default '{}',
      add column "metadata" jsonb not null default '{}',
      add column "deleted_at" timestamptz null,
      add column "deleted_by" uuid null,
      add column "delete_reason" varchar(500) null,
      add column "retain_until" timestamptz null,
      add column "restored_at" timestamptz null,
      add column "restored_by" uuid null,
      add column "restore_reason" varchar(500) null;`);
    this.addSql(`create index "patient_tags_idx" on "patient" using gin ("tags");`);
    this.addSql(`create index "patient_subscription_tier_idx" on "patient" ("subscription_tier");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "patient_subscription_tier_idx";`);
    this.addSql(`drop index if exists "patient_tags_idx";`);
    this.addSql(`alter table "patient" drop column "time_zone", drop column "tags", drop column "metadata", drop column "deleted_at",
      drop column "deleted_by", drop column "delete_reason", drop column "retain_until", drop column "restored_at", drop column "restored_by",
      drop column "restore_reason";`);
  }
}
