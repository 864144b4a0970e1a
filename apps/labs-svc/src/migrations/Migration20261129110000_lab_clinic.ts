import { Migration } from '@mikro-orm/migrations';

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
    // A report row is never deleted while it is live, nor before the retention date of its soft delete.
    this.addSql(`create function "lab_report_keep"() returns trigger language plpgsql as $$
      begin
        if old.deleted_at is null or old.retain_until is null or old.retain_until > now() then
          raise exception 'lab report % is kept until its retention date', old.id using errcode = 'integrity_constraint_violation';
        end if;
        return old;
      end $$;`);
    this.addSql(`create trigger "lab_report_keep" before delete on "lab_report" for each row execute function "lab_report_keep"();`);
    // A result of a soft-deleted report is kept until the same date (a re-parse may replace a live report's results).
    this.addSql(`create function "lab_result_keep"() returns trigger language plpgsql as $$
      begin
        if old.deleted_at is not null and (old.retain_until is null or old.retain_until > now()) then
          raise exception 'lab result % is kept until its retention date', old.id using errcode = 'integrity_constraint_violation';
        end if;
        return old;
      end $$;`);
    this.addSql(`create trigger "lab_result_keep" before delete on "lab_result" for each row execute function "lab_result_keep"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "lab_result_keep" on "lab_result";`);
    this.addSql(`drop function if exists "lab_result_keep"();`);
    this.addSql(`drop trigger if exists "lab_report_keep" on "lab_report";`);
    this.addSql(`drop function if exists "lab_report_keep"();`);
    this.addSql(`alter table "lab_result" drop column "status", drop column "deleted_at", drop column "retain_until";`);
    this.addSql(`alter table "lab_report" drop column "sex_at_birth", drop column "reviewed_at", drop column "reviewed_by",
      drop column "deleted_at", drop column "deleted_by", drop column "delete_reason", drop column "retain_until";`);
  }
}
