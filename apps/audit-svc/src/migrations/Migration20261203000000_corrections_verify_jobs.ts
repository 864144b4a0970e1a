import { Migration } from '@mikro-orm/migrations';
import { auditWriterRole } from '@pg/config';

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * - `audit_correction`: for every stored outcome correction (an event with `corrects`), which event it corrects,
 *   and the request id and service it came from (a correction counts only when they are the original's).
 *   Written by the chain writer in the same statement as the event; one index probe answers "was this corrected?"
 *   wherever the original sits among the monthly partitions. Append-only, like the trail.
 * - `verify_job`: verification jobs and their progress (checked so far, the cursor and hash to go on from, the
 *   lease of the instance running it). Not evidence, so the writer role may update it (never delete).
 */
export class Migration20261203000000_corrections_verify_jobs extends Migration {
  override async up(): Promise<void> {
    const schema = (this.config.get('schema') as string | undefined) ?? 'public';
    const role = ident(auditWriterRole(schema));

    this.addSql(`create table "audit_correction" (
      "id" uuid not null primary key,
      "corrects" uuid not null,
      "sequence" bigint not null,
      "outcome" text not null,
      "reason" text null,
      "request_id" text not null,
      "source_service" text not null
    );`);
    this.addSql(`create index "audit_correction_corrects_idx" on "audit_correction" ("corrects");`);
    this.addSql(`create trigger "audit_correction_append_only" before update or delete or truncate on "audit_correction"
      for each statement execute function "audit_event_refuse_change"();`);
    this.addSql(`grant select, insert on "audit_correction" to ${role};`);

    this.addSql(`create table "verify_job" (
      "id" uuid not null primary key,
      "state" text not null,
      "requested_by" uuid null,
      "total" bigint not null,
      "to_sequence" bigint not null,
      "next_sequence" bigint not null,
      "prev_hash" char(64) not null,
      "checked" bigint not null default 0,
      "verified" bigint not null default 0,
      "last_checkpoint" jsonb null,
      "anchor_confirmed" boolean not null default false,
      "first_bad_id" uuid null,
      "problem" text null,
      "error" text null,
      "lease_owner" text null,
      "lease_until" timestamptz null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now()
    );`);
    this.addSql(`create index "verify_job_open_idx" on "verify_job" ("created_at") where "state" in ('queued', 'running');`);
    this.addSql(`grant select, insert, update on "verify_job" to ${role};`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "verify_job";`);
    this.addSql(`drop table if exists "audit_correction";`);
  }
}
