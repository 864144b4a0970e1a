import { Migration } from '@mikro-orm/migrations';

/**
 * Patients that are not live here (shared-contracts §3, docs/record.md "Deleted and merged patients"): soft-deleted
 * ones, fed by events.profiles.patient.deleted|restored, and merged ones, written by the merge participant. No row:
 * live. The app role gets its DML through the schema's default privileges. `state` is `deleted` or `merged`, written
 * only by libs/persistence/src/patient-state.ts; no CHECK constraint, since a service's own role cannot introspect
 * one (information_schema shows checks of owned tables only) and the ORM's schema diff, run as that role, would
 * then always differ.
 */
export class Migration20261130040000_patient_state extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "patient_state" (
      "patient_id" uuid not null primary key,
      "state" text not null,
      "merged_into" uuid null,
      "changed_at" timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "patient_state";`);
  }
}
