import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail: one append-only table, a hash chain over `sequence`. Columns other than `event`, the hashes
 * and the sequences are projections of `event` for searching (see audit-event.projection.ts). Monthly
 * partitions and a role that may only INSERT and SELECT come in a later migration.
 */
export class Migration20261201000000_audit_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "audit_event" (
      "sequence" bigint not null primary key,
      "stream_sequence" bigint not null,
      "id" uuid not null,
      "recorded_at" timestamptz not null,
      "stored_at" timestamptz not null default now(),
      "action" text not null,
      "outcome" text not null,
      "reason" text null,
      "actor_principal_id" uuid null,
      "actor_subject" text null,
      "actor_roles" text[] not null default '{}',
      "actor_kind" text not null,
      "on_behalf_of" text null,
      "source_service" text not null,
      "source_instance" text not null,
      "source_ip" text null,
      "source_user_agent" text null,
      "resource_type" text not null,
      "resource_id" text null,
      "patient_id" uuid null,
      "query" jsonb null,
      "purpose_of_use" text not null,
      "break_glass" boolean not null default false,
      "break_glass_reason" text null,
      "disclosure" jsonb null,
      "request_id" text not null,
      "trace_id" text null,
      "event" jsonb not null,
      "prev_hash" char(64) not null,
      "hash" char(64) not null,
      constraint "audit_event_id_unique" unique ("id")
    );`);
    this.addSql(`create index "audit_event_patient_idx" on "audit_event" ("patient_id", "sequence" desc) where "patient_id" is not null;`);
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor_principal_id", "sequence" desc) where "actor_principal_id" is not null;`);
    this.addSql(`create index "audit_event_recorded_at_idx" on "audit_event" ("recorded_at");`);
    this.addSql(`create index "audit_event_action_outcome_idx" on "audit_event" ("action", "outcome", "sequence" desc);`);
    this.addSql(`create index "audit_event_break_glass_idx" on "audit_event" ("sequence" desc) where "break_glass";`);
    this.addSql(`create function "audit_event_refuse_change"() returns trigger language plpgsql as $fn$
      begin
        raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end;
    $fn$;`);
    this.addSql(`create trigger "audit_event_append_only" before update or delete or truncate on "audit_event"
      for each statement execute function "audit_event_refuse_change"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event";`);
    this.addSql(`drop function if exists "audit_event_refuse_change"();`);
  }
}
