import { Migration } from '@mikro-orm/migrations';
import { LAB_REPORT_KEEP } from '../lab-reports/lab-report.entity.js';
import { LAB_RESULT_KEEP } from '../lab-results/lab-result.entity.js';

/**
 * What the clinic asks of results: the status of each result (optimal ranges by sex at birth), the sex at birth the
 * report was rated for, the review, and soft delete with a retention date. A trigger refuses to delete a row before
 * its retention date: rows of a soft-deleted report are kept at least 7 years, whatever the app role runs (it owns
 * neither the tables nor the trigger, so it cannot drop it either).
 */
export class Migration20261129110000_lab_clinic extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "lab_report"
      add column "sex_at_birth" varchar(16) null,
      add column "reviewed_at" timestamptz null,
      add column "reviewed_by" text null,
      add column "deleted_at" timestamptz null,
      add column "deleted_by" text null,
      add column "delete_reason" text null,
      add column "retain_until" timestamptz null;`);
    this.addSql(`alter table "lab_result"
      add column "status" varchar(16) null,
      add column "deleted_at" timestamptz null,
      add column "retain_until" timestamptz null;`);
    // A report row is never deleted while it is live, nor before the retention date of its soft delete; a result of a
    // soft-deleted report is kept until the same date (a re-parse may replace a live report's results). The bodies are
    // the entities' (LAB_REPORT_KEEP, LAB_RESULT_KEEP), in the form MikroORM's schema generator writes them.
    this.addSql(`create or replace function "lab_report_lab_report_keep_fn"() returns trigger as $$ begin ${LAB_REPORT_KEEP}; end; $$ language plpgsql;`);
    this.addSql(`create trigger "lab_report_keep" BEFORE DELETE on "lab_report" for each ROW execute function "lab_report_lab_report_keep_fn"();`);
    this.addSql(`create or replace function "lab_result_lab_result_keep_fn"() returns trigger as $$ begin ${LAB_RESULT_KEEP}; end; $$ language plpgsql;`);
    this.addSql(`create trigger "lab_result_keep" BEFORE DELETE on "lab_result" for each ROW execute function "lab_result_lab_result_keep_fn"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "lab_result_keep" on "lab_result";`);
    this.addSql(`drop function if exists "lab_result_lab_result_keep_fn"();`);
    this.addSql(`drop trigger if exists "lab_report_keep" on "lab_report";`);
    this.addSql(`drop function if exists "lab_report_lab_report_keep_fn"();`);
    this.addSql(`alter table "lab_result" drop column "status", drop column "deleted_at", drop column "retain_until";`);
    this.addSql(`alter table "lab_report" drop column "sex_at_birth", drop column "reviewed_at", drop column "reviewed_by",
      drop column "deleted_at", drop column "deleted_by", drop column "delete_reason", drop column "retain_until";`);
  }
}
