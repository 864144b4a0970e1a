import { Migration } from '@mikro-orm/migrations';

/**
 * A review item's reason may be `uncorroborated`: a pair whose score is certain but which nothing beyond the names
 * corroborates (docs/identity.md, "Corroboration"), so the reviewer sees why a pair at ~1.0 waits for them.
 */
export class Migration20261204200000_review_reason_uncorroborated extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "review_item" drop constraint "review_item_reason_check";`);
    this.addSql(`alter table "review_item" add constraint "review_item_reason_check"
      check ("reason" in ('probable', 'hard-negative', 'capped-block', 'ambiguous', 'identifier-conflict', 'uncorroborated'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "review_item" set "reason" = 'probable' where "reason" = 'uncorroborated';`);
    this.addSql(`alter table "review_item" drop constraint "review_item_reason_check";`);
    this.addSql(`alter table "review_item" add constraint "review_item_reason_check"
      check ("reason" in ('probable', 'hard-negative', 'capped-block', 'ambiguous', 'identifier-conflict'));`);
  }
}
