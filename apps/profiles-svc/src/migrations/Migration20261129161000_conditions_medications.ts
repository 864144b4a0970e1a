import { Migration } from '@mikro-orm/migrations';

/** Issue 12: a patient's conditions and medications, coded, versioned; DELETE marks them removed (kept). */
export class Migration20261129161000_conditions_medications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "condition" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "code_system" varchar(100) null,
      "code" varchar(20) null,
      "display" varchar(200) not null,
      "clinical_status" varchar(16) not null,
      "verification_status" varchar(24) null,
      "onset_date" date null,
      "abatement_date" date null,
      "note" text null,
      "version" int not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "created_by" uuid null,
      "removed_at" timestamptz null,
      "removed_by" uuid null
    );`);
    this.addSql(`create index "condition_patient_idx" on "condition" ("patient_id", "created_at", "id");`);
    this.addSql(`create table "medication" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "code_system" varchar(100) null,
      "code" varchar(20) null,
      "code_display" varchar(300) null,
      "name" varchar(300) not null,
      "dose" varchar(100) null,
      "route" varchar(16) null,
      "frequency" varchar(100) null,
      "status" varchar(24) not null,
      "start_date" date null,
      "end_date" date null,
      "note" text null,
      "version" int not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "created_by" uuid null,
      "removed_at" timestamptz null,
      "removed_by" uuid null
    );`);
    this.addSql(`create index "medication_patient_idx" on "medication" ("patient_id", "created_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "medication";`);
    this.addSql(`drop table if exists "condition";`);
  }
}
