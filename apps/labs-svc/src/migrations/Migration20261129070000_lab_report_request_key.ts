import { Migration } from '@mikro-orm/migrations';

/**
 * The upload's request key (from its Idempotency-Key): a retry of an upload whose answer was lost finds the report
 * it made instead of making a second one.
 */
export class Migration20261129070000_lab_report_request_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "lab_report" add column "request_key" varchar(64) null;`);
    this.addSql(`create unique index "lab_report_request_key_uq" on "lab_report" ("created_by", "request_key") where "request_key" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "lab_report_request_key_uq";`);
    this.addSql(`alter table "lab_report" drop column if exists "request_key";`);
  }
}
