import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14: FHIR Bundle imports. `fhir_import` is the saga's job (state, progress, report); `fhir_import_ledger` is
 * what the imports wrote in this schema, one row per source resource of a patient: the key that makes a second
 * import of the same bundle change nothing, and what an undo of an import removes.
 */
export class Migration20261130050000_fhir_import extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "fhir_import" (
      "id" uuid not null primary key,
      "state" varchar(16) not null check ("state" in ('pending', 'running', 'completed', 'failed', 'rolled_back')),
      "object" text not null,
      "size" bigint not null,
      "sha256" varchar(64) not null,
      "patient_id" uuid null,
      "step" varchar(32) not null default 'queued',
      "resources" int not null default 0,
      "attempts" int not null default 0,
      "report" jsonb null,
      "error" text null,
      "requested_by" uuid null,
      "lease_until" timestamptz null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null
    );`);
    this.addSql(`create index "fhir_import_open_idx" on "fhir_import" ("created_at") where "state" in ('pending', 'running');`);
    this.addSql(`create table "fhir_import_ledger" (
      "patient_id" uuid not null,
      "source_key" text not null,
      "kind" varchar(16) not null check ("kind" in ('patient', 'condition', 'medication', 'encounter')),
      "row_id" uuid not null,
      "content_hash" varchar(64) not null,
      "first_import_id" uuid not null,
      "last_import_id" uuid not null,
      "updated_at" timestamptz not null,
      constraint "fhir_import_ledger_pkey" primary key ("patient_id", "source_key")
    );`);
    this.addSql(`create index "fhir_import_ledger_first_idx" on "fhir_import_ledger" ("first_import_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fhir_import_ledger";`);
    this.addSql(`drop table if exists "fhir_import";`);
  }
}
