import { Migration } from '@mikro-orm/migrations';

/** Vendor connections (encrypted tokens, sync cursor and claim), connects in progress, and the webhook inbox. */
export class Migration20261129130000_wearable_connections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "wearable_connection" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "provider" varchar(16) not null,
      "status" varchar(16) not null,
      "vendor_user_id" text null,
      "access_token" text null,
      "refresh_token" text null,
      "token_key_id" varchar(32) null,
      "access_expires_at" timestamptz null,
      "scopes" text null,
      "cursor" jsonb not null default '{}',
      "last_sync_at" timestamptz null,
      "last_sync_status" varchar(16) null,
      "last_sync_accepted" int not null default 0,
      "last_sync_duplicates" int not null default 0,
      "failures" int not null default 0,
      "next_sync_at" timestamptz not null,
      "claimed_by" text null,
      "claimed_until" timestamptz null,
      "created_by" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "disconnected_at" timestamptz null
    );`);
    this.addSql(`create index "wearable_connection_patient_idx" on "wearable_connection" ("patient_id", "created_at");`);
    this.addSql(`create index "wearable_connection_due_idx" on "wearable_connection" ("next_sync_at") where "status" <> 'disconnected';`);
    this.addSql(`create unique index "wearable_connection_live_uq" on "wearable_connection" ("patient_id", "provider") where "status" <> 'disconnected';`);
    this.addSql(`create table "wearable_oauth_state" (
      "state_hash" varchar(64) not null primary key,
      "patient_id" uuid not null,
      "provider" varchar(16) not null,
      "principal_id" uuid not null,
      "subject" text not null,
      "roles" jsonb not null,
      "code_verifier" text not null,
      "redirect_uri" text not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      "created_at" timestamptz not null
    );`);
    this.addSql(`create index "wearable_oauth_state_expires_idx" on "wearable_oauth_state" ("expires_at");`);
    this.addSql(`create table "wearable_webhook_inbox" (
      "id" varchar(64) not null primary key,
      "provider" varchar(16) not null,
      "vendor_user_id" text null,
      "data_type" varchar(64) null,
      "event_type" varchar(32) null,
      "connection_id" uuid null,
      "received_at" timestamptz not null
    );`);
    this.addSql(`create index "wearable_webhook_inbox_received_idx" on "wearable_webhook_inbox" ("received_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "wearable_webhook_inbox";`);
    this.addSql(`drop table if exists "wearable_oauth_state";`);
    this.addSql(`drop table if exists "wearable_connection";`);
  }
}
