import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14: the protocols FHIR imports wrote, one row per CarePlan of a patient (its source key → the protocol): a
 * second import of the same bundle adds nothing, and the undo of an import (the saga's compensation) finds what it
 * wrote. Versions and dose logs stay append-only (Migration20261129140000_protocols) with one exception: the undo
 * deletes the rows of a protocol its import created, marking the ledger row `undoing` in the same transaction first.
 * The check reads the ledger of the trigger's own schema (each service and each test has its schema).
 */
export class Migration20261203300000_fhir_import_ledger extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "fhir_import_ledger" (
      "patient_id" uuid not null,
      "source_key" text not null,
      "protocol_id" uuid not null,
      "content_hash" varchar(64) not null,
      "first_import_id" uuid not null,
      "last_import_id" uuid not null,
      "undoing" boolean not null default false,
      "updated_at" timestamptz not null,
      constraint "fhir_import_ledger_pkey" primary key ("patient_id", "source_key")
    );`);
    this.addSql(`create index "fhir_import_ledger_first_idx" on "fhir_import_ledger" ("first_import_id");`);
    this.addSql(`create or replace function "append_only_row"() returns trigger language plpgsql as $fn$
      declare undone boolean;
      begin
        if tg_op = 'UPDATE' and (to_jsonb(new) - 'patient_id') = (to_jsonb(old) - 'patient_id') then
          return new;
        end if;
        if tg_op = 'DELETE' then
          execute format('select exists (select 1 from %I."fhir_import_ledger" where "protocol_id" = $1 and "undoing")', tg_table_schema)
            into undone using old.protocol_id;
          if undone then
            return old;
          end if;
        end if;
        raise exception '% rows are append-only', tg_table_name using errcode = 'P0001';
      end
    $fn$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function "append_only_row"() returns trigger language plpgsql as $fn$
      begin
        if tg_op = 'UPDATE' and (to_jsonb(new) - 'patient_id') = (to_jsonb(old) - 'patient_id') then
          return new;
        end if;
        raise exception '% rows are append-only', tg_table_name using errcode = 'P0001';
      end
    $fn$;`);
    this.addSql(`drop table if exists "fhir_import_ledger";`);
  }
}
