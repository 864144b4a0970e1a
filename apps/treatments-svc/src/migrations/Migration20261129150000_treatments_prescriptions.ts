import { Migration } from '@mikro-orm/migrations';

/**
 * Treatments and prescriptions at the partner (Rimo), each with its history, and partner events parked until their
 * patient is known. The inbox is partner_webhook_receipt (one row per partner event id, written in the same
 * transaction as the event's effect).
 */
export class Migration20261129150000_treatments_prescriptions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "treatment" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "external_id" varchar(100) not null,
      "partner_patient_id" varchar(100) not null,
      "status" varchar(16) not null,
      "product" text null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "treatment_external_id_unique" unique ("external_id")
    );`);
    this.addSql(`create index "treatment_patient_idx" on "treatment" ("patient_id", "created_at", "id");`);
    this.addSql(`create table "treatment_transition" (
      "id" uuid not null primary key,
      "treatment_external_id" varchar(100) not null,
      "from_status" varchar(16) null,
      "to_status" varchar(16) not null,
      "at" timestamptz not null,
      "source" varchar(16) not null,
      "actor_id" uuid null,
      "event_id" varchar(130) null,
      "reason" text null,
      "applied" boolean not null default false,
      "position" int not null default 0
    );`);
    this.addSql(`create index "treatment_transition_treatment_idx" on "treatment_transition" ("treatment_external_id", "position");`);
    this.addSql(`create table "prescription" (
      "id" uuid not null primary key,
      "patient_id" uuid not null,
      "external_id" varchar(100) not null,
      "treatment_external_id" varchar(100) null,
      "partner_patient_id" varchar(100) not null,
      "status" varchar(16) not null,
      "medication" text null,
      "carrier" varchar(100) null,
      "tracking_number" varchar(100) null,
      "refill_of" varchar(100) null,
      "refill_number" int null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "prescription_external_id_unique" unique ("external_id")
    );`);
    this.addSql(`create index "prescription_patient_idx" on "prescription" ("patient_id", "created_at", "id");`);
    this.addSql(`create index "prescription_refill_of_idx" on "prescription" ("refill_of");`);
    this.addSql(`create table "prescription_event" (
      "id" uuid not null primary key,
      "order_external_id" varchar(100) not null,
      "event_id" varchar(130) not null,
      "status" varchar(16) not null,
      "from_status" varchar(16) null,
      "at" timestamptz not null,
      "carrier" varchar(100) null,
      "tracking_number" varchar(100) null,
      "reason" text null,
      "applied" boolean not null default false,
      "position" int not null default 0
    );`);
    this.addSql(`create index "prescription_event_order_idx" on "prescription_event" ("order_external_id", "position");`);
    this.addSql(`create table "partner_webhook_parked" (
      "id" uuid not null primary key,
      "partner" varchar(32) not null,
      "event_id" varchar(200) not null,
      "type" varchar(32) not null,
      "partner_patient_id" varchar(100) not null,
      "patient_id" uuid null,
      "payload" jsonb null,
      "reason" text not null,
      "status" varchar(16) not null,
      "attempts" int not null default 0,
      "parked_at" timestamptz not null,
      "replayed_at" timestamptz null,
      constraint "partner_webhook_parked_partner_event_id_unique" unique ("partner", "event_id")
    );`);
    this.addSql(`create index "partner_webhook_parked_status_idx" on "partner_webhook_parked" ("status", "parked_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_webhook_parked";`);
    this.addSql(`drop table if exists "prescription_event";`);
    this.addSql(`drop table if exists "prescription";`);
    this.addSql(`drop table if exists "treatment_transition";`);
    this.addSql(`drop table if exists "treatment";`);
  }
}
