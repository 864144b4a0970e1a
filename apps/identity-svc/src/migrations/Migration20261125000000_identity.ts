import { Migration } from '@mikro-orm/migrations';

export class Migration20261125000000_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "principal" (
      "id" uuid not null primary key,
      "subject" varchar(200) not null,
      "display_name" varchar(200) not null,
      "kind" varchar(16) not null default 'user',
      "roles" text[] not null default '{}',
      "patient_id" uuid null,
      "scopes" jsonb not null default '[]',
      "status" varchar(16) not null default 'active',
      "version" int not null default 1,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "principal_kind_check" check ("kind" in ('user', 'service')),
      constraint "principal_status_check" check ("status" in ('active', 'deactivated'))
    );`);
    // Resolution on every gateway cache miss: one index probe by subject.
    this.addSql(`create unique index "principal_subject_unique" on "principal" ("subject");`);
    // Admin lists page by (created_at, id).
    this.addSql(`create index "principal_created_idx" on "principal" ("created_at", "id");`);
    this.addSql(`create index "principal_patient_idx" on "principal" ("patient_id") where "patient_id" is not null;`);

    this.addSql(`create table "care_team_member" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "principal_id" uuid not null references "principal" ("id") on update cascade on delete restrict,
      "role" varchar(16) not null,
      "since" timestamptz not null,
      "until" timestamptz null,
      "created_at" timestamptz not null,
      constraint "care_team_member_role_check" check ("role" in ('clinician', 'coordinator')),
      constraint "care_team_member_period_check" check ("until" is null or "until" >= "since")
    );`);
    // "Memberships of a principal active at time t": principal_id = ? and since <= t and (until is null or until > t).
    this.addSql(`create index "care_team_member_principal_period_idx" on "care_team_member" ("principal_id", "since", "until");`);
    // A patient's care team, paged by (since, id).
    this.addSql(`create index "care_team_member_patient_idx" on "care_team_member" ("patient_id", "since", "id");`);
    // At most one open-ended membership of a principal on a patient (the service also refuses overlaps).
    this.addSql(`create unique index "care_team_member_open_unique" on "care_team_member" ("principal_id", "patient_id") where "until" is null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "care_team_member";`);
    this.addSql(`drop table if exists "principal";`);
  }
}
