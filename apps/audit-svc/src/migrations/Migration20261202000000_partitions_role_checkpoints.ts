import { Migration } from '@mikro-orm/migrations';
import { auditWriterRole } from '@pg/config';

const COLUMNS = `"sequence", "stream_sequence", "id", "recorded_at", "stored_at", "action", "outcome", "reason", "actor_principal_id",
  "actor_subject", "actor_roles", "actor_kind", "on_behalf_of", "source_service", "source_instance", "source_ip", "source_user_agent",
  "resource_type", "resource_id", "patient_id", "query", "purpose_of_use", "break_glass", "break_glass_reason", "disclosure",
  "request_id", "trace_id", "event", "prev_hash", "hash"`;

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The trail for six years and more:
 * - `audit_event` becomes a table range-partitioned by month of `recorded_at` (UTC), with a default partition
 *   for instants outside the window partitions are made for. Old partitions are detached and archived, never
 *   emptied (docs/audit.md).
 * - A unique constraint of a partitioned table must hold the partition key, so `id` is kept unique by
 *   `audit_event_id` (id primary key), written in the same statement as the event; it also answers the writer's
 *   "already stored?" with one index instead of one per partition.
 * - `chain_checkpoint`: the chain head, signed every N events or minutes with a key kept outside the database.
 * - Role `<schema>_writer`: USAGE on the schema, SELECT and INSERT on these tables, EXECUTE on the function that
 *   creates a month's partition; nothing else. audit-svc logs in as it; migrations run as the schema's owner.
 * - Every table refuses UPDATE, DELETE and TRUNCATE by trigger (row triggers are cloned onto every partition;
 *   TRUNCATE triggers are statement-level, so each partition gets its own).
 *
 * Rows already stored are moved into the new table in chain order, unchanged (the chain still verifies).
 */
export class Migration20261202000000_partitions_role_checkpoints extends Migration {
  override async up(): Promise<void> {
    const schema = (this.config.get('schema') as string | undefined) ?? 'public';
    const role = auditWriterRole(schema);
    const s = ident(schema);

    // The foundation table steps aside (its index and constraint names are taken by the new one).
    this.addSql(`alter table "audit_event" rename to "audit_event_v1";`);
    this.addSql(`drop trigger "audit_event_append_only" on "audit_event_v1";`);
    this.addSql(`alter table "audit_event_v1" drop constraint "audit_event_id_unique", drop constraint "audit_event_pkey";`);
    this.addSql(`drop index "audit_event_patient_idx", "audit_event_actor_idx", "audit_event_recorded_at_idx", "audit_event_action_outcome_idx", "audit_event_break_glass_idx";`);

    this.addSql(`create table "audit_event" (
      "sequence" bigint not null,
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
      constraint "audit_event_pkey" primary key ("sequence", "recorded_at")
    ) partition by range ("recorded_at");`);
    this.addSql(`create table "audit_event_default" partition of "audit_event" default;`);
    this.addSql(`create index "audit_event_patient_idx" on "audit_event" ("patient_id", "sequence" desc) where "patient_id" is not null;`);
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor_principal_id", "sequence" desc) where "actor_principal_id" is not null;`);
    this.addSql(`create index "audit_event_recorded_at_idx" on "audit_event" ("recorded_at");`);
    this.addSql(`create index "audit_event_action_outcome_idx" on "audit_event" ("action", "outcome", "sequence" desc);`);
    this.addSql(`create index "audit_event_break_glass_idx" on "audit_event" ("sequence" desc) where "break_glass";`);

    this.addSql(`create table "audit_event_id" (
      "id" uuid not null primary key,
      "sequence" bigint not null,
      "recorded_at" timestamptz not null
    );`);
    this.addSql(`create table "chain_checkpoint" (
      "sequence" bigint not null primary key,
      "hash" char(64) not null,
      "signed_at" timestamptz not null,
      "key_id" text not null,
      "signature" text not null
    );`);

    // Append-only, whoever asks (the writer role could not anyway; this holds the owner to it too).
    this.addSql(`create trigger "audit_event_append_only" before update or delete on "audit_event"
      for each row execute function "audit_event_refuse_change"();`);
    for (const table of ['audit_event', 'audit_event_default']) {
      this.addSql(`create trigger "audit_event_no_truncate" before truncate on "${table}" for each statement execute function "audit_event_refuse_change"();`);
    }
    for (const table of ['audit_event_id', 'chain_checkpoint']) {
      this.addSql(`create trigger "${table}_append_only" before update or delete or truncate on "${table}"
        for each statement execute function "audit_event_refuse_change"();`);
    }

    // A month's partition, made on demand by the writer (as the owner: SECURITY DEFINER). Only for months of the
    // last seven years and the next one: an event claiming another instant lands in the default partition, so a
    // wrong clock can neither make partitions without end nor have its event refused.
    this.addSql(`create function "audit_event_ensure_partition"(p_at timestamptz) returns text
      language plpgsql security definer set search_path = pg_catalog, pg_temp set timezone = 'UTC' as $fn$
      declare
        v_schema constant text := ${literal(schema)};
        v_month timestamptz := date_trunc('month', p_at);
        v_now timestamptz := date_trunc('month', now());
        v_name text := 'audit_event_' || to_char(p_at, 'YYYY_MM');
      begin
        if p_at is null or v_month < v_now - interval '7 years' or v_month > v_now + interval '1 month' then
          return null;
        end if;
        if to_regclass(format('%I.%I', v_schema, v_name)) is not null then
          return v_name;
        end if;
        begin
          execute format('create table %I.%I partition of %I."audit_event" for values from (%L) to (%L)',
            v_schema, v_name, v_schema, v_month, v_month + interval '1 month');
          execute format('create trigger "audit_event_no_truncate" before truncate on %I.%I for each statement execute function %I."audit_event_refuse_change"()',
            v_schema, v_name, v_schema);
        exception
          -- Another writer made it a moment ago.
          when duplicate_table then return v_name;
          -- The default partition already holds events of that month: they, and the month's next ones, stay there.
          when check_violation then return null;
        end;
        return v_name;
      end;
    $fn$;`);

    // Partitions for the rows being moved, this month and the next; then the rows, in chain order.
    this.addSql(`select "audit_event_ensure_partition"(m) from (
        select distinct date_trunc('month', "recorded_at") as m from "audit_event_v1"
        union select now() union select now() + interval '1 month'
      ) months;`);
    this.addSql(`insert into "audit_event" (${COLUMNS}) select ${COLUMNS} from "audit_event_v1" order by "sequence";`);
    this.addSql(`insert into "audit_event_id" ("id", "sequence", "recorded_at") select "id", "sequence", "recorded_at" from "audit_event_v1";`);
    this.addSql(`drop table "audit_event_v1";`);

    // The role audit-svc logs in as. `npm start` and `npm run migrate` create it (LOGIN, owning nothing) before the
    // migrations run as the schema's owner (libs/persistence roles.ts); made here only when a migration runs
    // without them (a privileged runner, as in some integration tests).
    this.addSql(`do $do$ begin
        if not exists (select from pg_roles where rolname = ${literal(role)}) then
          create role ${ident(role)} nologin;
          if not exists (select from pg_roles where rolname = current_user and rolsuper) then
            execute format('grant %I to %I', ${literal(role)}, current_user);
          end if;
        end if;
      end $do$;`);
    this.addSql(`grant usage on schema ${s} to ${ident(role)};`);
    this.addSql(`grant select, insert on "audit_event", "audit_event_id", "chain_checkpoint" to ${ident(role)};`);
    this.addSql(`revoke all on function "audit_event_ensure_partition"(timestamptz) from public;`);
    this.addSql(`grant execute on function "audit_event_ensure_partition"(timestamptz) to ${ident(role)};`);
  }

  override async down(): Promise<void> {
    // Not reversible without moving the rows back by hand; kept explicit rather than silently lossy.
    throw new Error('Migration20261202000000_partitions_role_checkpoints cannot be undone automatically');
  }
}
