import { Migration } from '@mikro-orm/migrations';

/** Lab reports (the original's whereabouts and the parse) and the coded results read from them. */
export class Migration20261124062000_lab_reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "lab_report" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "status" varchar(16) not null,
      "kind" varchar(16) not null,
      "content_type" varchar(100) not null,
      "file_name" text null,
      "file_object" text not null,
      "file_size" int not null,
      "file_sha256" varchar(64) not null,
      "layout" varchar(32) null,
      "collected_at" timestamptz null,
      "result_count" int not null default 0,
      "warnings" jsonb not null default '[]',
      "error" text null,
      "attempts" int not null default 0,
      "created_by" text not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "parsed_at" timestamptz null
    );`);
    this.addSql(`create index "lab_report_patient_idx" on "lab_report" ("patient_id", "created_at", "id");`);
    this.addSql(`create index "lab_report_pending_idx" on "lab_report" ("created_at") where "status" in ('received', 'parsing');`);
    this.addSql(`create table "lab_result" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "report_id" uuid null,
      "position" int not null,
      "biomarker_key" text null,
      "display" text not null,
      "loinc" text null,
      "name" text not null,
      "value" double precision null,
      "value_text" text null,
      "comparator" varchar(2) null,
      "unit" text null,
      "reference_range" jsonb not null default '{}',
      "flag" varchar(16) null,
      "reported_flag" text null,
      "normalized_value" double precision null,
      "normalized_unit" text null,
      "collected_at" timestamptz not null,
      "source" varchar(8) not null,
      "reported_code" jsonb null,
      "line" int null,
      "page" int null,
      "created_at" timestamptz not null
    );`);
    this.addSql(`create index "lab_result_patient_idx" on "lab_result" ("patient_id", "collected_at", "id");`);
    this.addSql(`create index "lab_result_biomarker_idx" on "lab_result" ("patient_id", "biomarker_key", "collected_at");`);
    this.addSql(`alter table "lab_result" add constraint "lab_result_report_position_key" unique ("report_id", "position");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lab_result";`);
    this.addSql(`drop table if exists "lab_report";`);
  }
}
