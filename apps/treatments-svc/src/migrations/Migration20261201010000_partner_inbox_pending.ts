import { Migration } from '@mikro-orm/migrations';

/**
 * The inbox holds an event until it is processed: a delivery is answered once its row is stored (`pending`, with
 * its payload), and the effect follows from the inbox, the row marked `applied` or `parked` (payload cleared) in
 * the effect's transaction. Rows from before are all processed (`applied`).
 */
export class Migration20261201010000_partner_inbox_pending extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "partner_webhook_receipt"
      add column "state" varchar(16) not null default 'applied',
      add column "payload" jsonb null,
      add column "request_id" varchar(100) null,
      add column "attempts" int not null default 0,
      add column "not_before" timestamptz null,
      add column "processed_at" timestamptz null,
      add constraint "partner_webhook_receipt_state_check" check ("state" in ('pending', 'applied', 'parked'));`);
    this.addSql(`create index "partner_webhook_receipt_pending_idx" on "partner_webhook_receipt" ("received_at", "id") where "state" = 'pending';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "partner_webhook_receipt_pending_idx";`);
    this.addSql(`alter table "partner_webhook_receipt" drop constraint if exists "partner_webhook_receipt_state_check",
      drop column "state", drop column "payload", drop column "request_id", drop column "attempts", drop column "not_before", drop column "processed_at";`);
  }
}
