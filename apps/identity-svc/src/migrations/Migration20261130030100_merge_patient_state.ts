import { Migration } from '@mikro-orm/migrations';

/**
 * Stand-in for helper record's `patient_state` (shared-contracts §3) so that merges can mark a merged source before
 * record's migration lands: the same table, created only when absent. Removed when record's migration is merged.
 */
export class Migration20261130030100_merge_patient_state extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "patient_state" (
      "patient_id" uuid not null primary key,
      "state" text not null check ("state" in ('deleted', 'merged')),
      "merged_into" uuid null,
      "changed_at" timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "patient_state";`);
  }
}
