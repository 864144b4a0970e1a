import { Migration } from '@mikro-orm/migrations';

export class Migration20261124060000_biomarker extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "biomarker" (
      "key" text not null primary key,
      "display" text not null,
      "loinc" text null,
      "ucum_unit" text null,
      "aliases" jsonb not null default '[]'
    );`);
    this.addSql(`create index "biomarker_loinc_idx" on "biomarker" ("loinc");`);
    this.addSql(`create index "biomarker_aliases_idx" on "biomarker" using gin ("aliases" jsonb_path_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "biomarker";`);
  }
}
