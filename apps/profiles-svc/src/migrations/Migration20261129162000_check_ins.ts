import { Migration } from '@mikro-orm/migrations';

/** Issue 12: the daily check-in, one per patient and day. */
export class Migration20261129162000_check_ins extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "check_in" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "date" date not null,
      "energy" smallint not null,
      "mood" smallint not null,
      "focus" smallint not null,
      "sleep_quality" smallint not null,
      "note" text null,
      "version" int not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "check_in_patient_date_key" unique ("patient_id", "date")
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "check_in";`);
  }
}
