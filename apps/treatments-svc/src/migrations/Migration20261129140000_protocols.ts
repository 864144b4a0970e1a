import { Migration } from '@mikro-orm/migrations';

/**
 * Protocols (issue 11): a head row per protocol, its immutable versions, the dose log, and the outbox of the
 * protocol events. Versions and dose logs are append-only: a trigger refuses UPDATE and DELETE, except a change of
 * `patient_id` alone (a patient merge moves rows; it never rewrites them).
 */
export class Migration20261129140000_protocols extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "protocol" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "latest_version" int not null,
      "status" varchar(16) not null,
      "created_by" text not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null
    );`);
    this.addSql(`create index "protocol_patient_idx" on "protocol" ("patient_id", "created_at", "id");`);
    this.addSql(`create table "protocol_version" (
      "id" uuid not null primary key,
      "protocol_id" uuid not null,
      "patient_id" uuid not null,
      "version" int not null,
      "name" text not null,
      "status" varchar(16) not null,
      "start_date" date not null,
      "end_date" date null,
      "time_zone" varchar(64) not null,
      "items" jsonb not null,
      "effective_from" timestamptz null,
      "created_by" text not null,
      "created_at" timestamptz not null
    );`);
    this.addSql(`create index "protocol_version_patient_idx" on "protocol_version" ("patient_id");`);
    this.addSql(`alter table "protocol_version" add constraint "protocol_version_protocol_version_key" unique ("protocol_id", "version");`);
    this.addSql(`create table "protocol_dose" (
      "id" uuid not null primary key,
      "protocol_id" uuid not null,
      "patient_id" uuid not null,
      "item_id" uuid not null,
      "version" int not null,
      "due_at" timestamptz not null,
      "status" varchar(16) not null,
      "taken_at" timestamptz null,
      "note" text null,
      "recorded_by" text not null,
      "recorded_at" timestamptz not null
    );`);
    this.addSql(`create index "protocol_dose_protocol_due_idx" on "protocol_dose" ("protocol_id", "due_at", "recorded_at");`);
    this.addSql(`create table "protocol_event_outbox" (
      "id" uuid not null primary key,
      "name" varchar(100) not null,
      "msg_id" text not null,
      "payload" jsonb not null,
      "created_at" timestamptz not null,
      "published_at" timestamptz null
    );`);
    this.addSql(`create index "protocol_event_outbox_pending_idx" on "protocol_event_outbox" ("created_at") where "published_at" is null;`);
    this.addSql(`create function "append_only_row"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'UPDATE' and (to_jsonb(new) - 'patient_id') = (to_jsonb(old) - 'patient_id') then
          return new;
        end if;
        raise exception '% rows are append-only', tg_table_name using errcode = 'P0001';
      end
    $fn$;`);
    this.addSql(`create trigger "protocol_version_append_only" before update or delete on "protocol_version" for each row execute function "append_only_row"();`);
    this.addSql(`create trigger "protocol_dose_append_only" before update or delete on "protocol_dose" for each row execute function "append_only_row"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "protocol_event_outbox";`);
    this.addSql(`drop table if exists "protocol_dose";`);
    this.addSql(`drop table if exists "protocol_version";`);
    this.addSql(`drop table if exists "protocol";`);
    this.addSql(`drop function if exists "append_only_row"();`);
  }
}
