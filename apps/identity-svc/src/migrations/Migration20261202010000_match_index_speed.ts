import { Migration } from '@mikro-orm/migrations';

/**
 * The match index read on every match (docs/identity.md, "Speed"):
 * - the blocking-key GIN index without its pending list (`fastupdate = off`). With it on, new keys wait in an
 *   unsorted list that every probe reads in full until a vacuum merges it: after a bulk load of 100,000 records a
 *   probe read ~300 pages (9 ms) instead of ~4 (0.02 ms). A write now updates the index in place (a record has ~10
 *   keys); the list left by earlier writes is merged here.
 */
export class Migration20261202010000_match_index_speed extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter index "match_record_blocking_keys_gin" set (fastupdate = off);`);
    this.addSql(`select gin_clean_pending_list('match_record_blocking_keys_gin'::regclass);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter index "match_record_blocking_keys_gin" reset (fastupdate);`);
  }
}
