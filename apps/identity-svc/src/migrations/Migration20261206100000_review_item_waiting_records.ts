import { Migration } from '@mikro-orm/migrations';

/**
 * Which items wait on a record: `MatchingService.queue` asks, before it queues a pair, whether the record already
 * waits on a patient (one question, asked once), and that lookup is by `record_a` / `record_b` among the waiting items —
 * without these, a scan of every open item per queued pair.
 */
export class Migration20261206100000_review_item_waiting_records extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "review_item_waiting_record_a" on "review_item" ("record_a") where "status" in ('open', 'deferred');`);
    this.addSql(`create index "review_item_waiting_record_b" on "review_item" ("record_b") where "status" in ('open', 'deferred');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "review_item_waiting_record_b";`);
    this.addSql(`drop index "review_item_waiting_record_a";`);
  }
}
