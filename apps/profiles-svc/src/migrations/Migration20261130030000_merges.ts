import { Migration } from '@mikro-orm/migrations';
import { MERGE_JOURNAL_DDL } from '@pg/persistence';

/** Merges (docs/identity.md, "Merges"): a merged patient points at its survivor; the journal of moved rows. */
export class Migration20261130030000_merges extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "patient" add column "merged_into" uuid null;`);
    this.addSql(MERGE_JOURNAL_DDL);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "merge_journal";`);
    this.addSql(`alter table "patient" drop column if exists "merged_into";`);
  }
}
