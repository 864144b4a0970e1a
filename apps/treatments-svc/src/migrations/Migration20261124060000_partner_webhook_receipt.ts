import { Migration } from '@mikro-orm/migrations';

export class Migration20261124060000_partner_webhook_receipt extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "partner_webhook_receipt" (
      "id" uuid not null primary key,
      "partner" varchar(32) not null,
      "event_id" varchar(200) not null,
      "received_at" timestamptz not null,
      "payload_hash" varchar(64) not null,
      constraint "partner_webhook_receipt_partner_event_id_unique" unique ("partner", "event_id")
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_webhook_receipt";`);
  }
}
