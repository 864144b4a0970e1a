import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000_patients extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "patient" (
      "id" uuid not null primary key,
      "given_name" varchar(100) not null,
      "family_name" varchar(100) not null,
      "birth_date" date not null,
      "sex_at_birth" varchar(16) null,
      "email" varchar(254) null,
      "phone" varchar(32) null,
      "address" jsonb null,
      "subscription_tier" varchar(32) not null default 'none',
      "status" varchar(16) not null default 'active',
      "identifiers" jsonb not null default '[]',
      "version" int not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null
    );`);
    this.addSql(`create index "patient_name_idx" on "patient" (lower("family_name"), lower("given_name"), "id");`);
    this.addSql(`create index "patient_email_idx" on "patient" (lower("email"));`);
    this.addSql(`create index "patient_birth_date_idx" on "patient" ("birth_date");`);
    this.addSql(`create index "patient_identifiers_idx" on "patient" using gin ("identifiers" jsonb_path_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "patient";`);
  }
}
