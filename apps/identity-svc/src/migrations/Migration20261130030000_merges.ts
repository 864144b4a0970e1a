import { Migration } from '@mikro-orm/migrations';
import { MERGE_JOURNAL_DDL } from '@pg/persistence';

/**
 * Merges (docs/identity.md, "Merges"): the saga's head row, the outbox its events go through, and identity-svc's own
 * participant journal (its principals, care teams and identifiers move like any service's rows).
 */
export class Migration20261130030000_merges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "merge" (
      "id" uuid not null primary key,
      "source_patient_id" uuid not null,
      "target_patient_id" uuid not null,
      "state" varchar(16) not null,
      "requested_by" uuid null,
      "requested_at" timestamptz not null,
      "completed_at" timestamptz null,
      "undo_requested_by" uuid null,
      "undo_requested_at" timestamptz null,
      "undone_at" timestamptz null,
      "services" jsonb not null default '{}',
      constraint "merge_state_check" check ("state" in ('pending', 'completed', 'failed', 'undo_pending', 'undone')),
      constraint "merge_not_self_check" check ("source_patient_id" <> "target_patient_id")
    );`);
    this.addSql(`create index "merge_source_idx" on "merge" ("source_patient_id");`);
    this.addSql(`create index "merge_target_idx" on "merge" ("target_patient_id");`);
    // At most one merge in flight or in force per source: a second request is refused (and the race loses here).
    this.addSql(`create unique index "merge_source_live_uq" on "merge" ("source_patient_id") where "state" in ('pending', 'completed', 'failed', 'undo_pending');`);
    this.addSql(`create table "identity_event_outbox" (
      "id" uuid not null primary key,
      "name" varchar(100) not null,
      "msg_id" text not null,
      "payload" jsonb not null,
      "created_at" timestamptz not null,
      "published_at" timestamptz null
    );`);
    this.addSql(`create index "identity_event_outbox_pending_idx" on "identity_event_outbox" ("created_at") where "published_at" is null;`);
    this.addSql(MERGE_JOURNAL_DDL);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "merge_journal";`);
    this.addSql(`drop table if exists "identity_event_outbox";`);
    this.addSql(`drop table if exists "merge";`);
  }
}
