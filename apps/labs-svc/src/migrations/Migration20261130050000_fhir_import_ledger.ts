import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14: what FHIR imports wrote in labs' schema, one row per source resource of a patient (a DiagnosticReport
 * → a lab report, a laboratory Observation → a result): the key that makes a second import of the same bundle change
 * nothing, and what the undo of an import removes. Vital-sign samples are keyed by wearable_reading_key (provider
 * `fhir`) and carry the import id.
 */
export class Migration20261130050000_fhir_import_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "fhir_import_ledger" (
      "patient_id" uuid not null,
      "source_key" text not null,
      "kind" varchar(16) not null check ("kind" in ('report', 'result')),
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
  }
}
