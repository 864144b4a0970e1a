import { Migration } from '@mikro-orm/migrations';

/**
 * The timeline (a projection of the domain events on EVENTS plus manual entries) and the conversations. An entry's
 * `event_key` is unique: the projection inserts each source event once, however often the stream is replayed.
 */
export class Migration20261129170000_timeline_conversations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "timeline_entry" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "type" varchar(40) not null,
      "occurred_at" timestamptz not null,
      "source_service" varchar(40) not null,
      "source_kind" varchar(40) not null,
      "source_id" uuid not null,
      "summary" jsonb not null default '{}',
      "title" varchar(200) null,
      "note" text null,
      "event_name" varchar(100) null,
      "event_key" varchar(200) not null,
      "recorded_by" uuid null,
      "recorded_at" timestamptz not null
    );`);
    this.addSql(`create unique index "timeline_entry_event_key_key" on "timeline_entry" ("event_key");`);
    this.addSql(`create index "timeline_entry_patient_idx" on "timeline_entry" ("patient_id", "occurred_at", "id");`);
    this.addSql(`create index "timeline_entry_patient_type_idx" on "timeline_entry" ("patient_id", "type", "occurred_at", "id");`);

    this.addSql(`create table "conversation" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "channel" varchar(16) not null,
      "title" varchar(200) null,
      "message_count" int not null default 0,
      "last_message_at" timestamptz null,
      "created_by" uuid null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null
    );`);
    this.addSql(`create index "conversation_patient_idx" on "conversation" ("patient_id", "created_at", "id");`);

    this.addSql(`create table "conversation_message" (
      "id" uuid not null primary key,
      "conversation_id" uuid not null,
      "patient_id" uuid not null,
      "seq" int not null,
      "role" varchar(16) not null,
      "content" text not null,
      "at" timestamptz not null,
      "session_id" varchar(100) null,
      "tool_calls" jsonb null,
      "tool_results" jsonb null,
      "metadata" jsonb null,
      "author_id" uuid null,
      "created_at" timestamptz not null,
      "search" tsvector generated always as (to_tsvector('english', "content")) stored
    );`);
    this.addSql(`create unique index "conversation_message_seq_key" on "conversation_message" ("conversation_id", "seq");`);
    this.addSql(`create index "conversation_message_patient_at_idx" on "conversation_message" ("patient_id", "at", "id");`);
    this.addSql(`create index "conversation_message_search_idx" on "conversation_message" using gin ("search");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "conversation_message";`);
    this.addSql(`drop table if exists "conversation";`);
    this.addSql(`drop table if exists "timeline_entry";`);
  }
}
