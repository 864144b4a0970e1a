import { Migration } from '@mikro-orm/migrations';
import { MERGE_JOURNAL_DDL } from '@pg/persistence';

/** Merges (docs/identity.md, "Merges"): the journal of the rows a merge moved here. */
export class Migration20261130030000_merges extends Migration {
  override async up(): Promise<void> {
    this.addSql(MERGE_JOURNAL_DDL);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "merge_journal";`);
  }
}
