import { Migration } from '@mikro-orm/migrations';

/** Service principals' client secrets, stored as a hash only (docs/identity.md, "Service principals"). */
export class Migration20261129000000_service_secrets extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "principal" add column "secret_hash" varchar(100) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "principal" drop column if exists "secret_hash";`);
  }
}
