import { Migration } from '@mikro-orm/migrations';
import { BIOMARKER_CATALOG_V1 } from '../biomarkers/catalog/biomarker-catalog.v1.js';

const text = (s: string | null) => (s === null ? 'null' : `'${s.replace(/'/g, "''")}'`);
const json = (v: unknown) => `${text(JSON.stringify(v))}::jsonb`;
const num = (n: number | null) => (n === null ? 'null' : String(n));

/**
 * The catalog's conversion columns, and the catalog itself (version 1, a frozen data module inside this service:
 * the migration reads nothing outside the code, so it inserts the same rows wherever it runs).
 */
export class Migration20261124061000_biomarker_catalog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "biomarker"
      add column "alternate_loinc" jsonb not null default '[]',
      add column "category" text null,
      add column "molar_mass" double precision null,
      add column "charge" int null,
      add column "result_type" text not null default 'quantitative';`);
    this.addSql(`create index "biomarker_alternate_loinc_idx" on "biomarker" using gin ("alternate_loinc" jsonb_path_ops);`);
    const rows = BIOMARKER_CATALOG_V1.map((b) =>
      `(${text(b.key)}, ${text(b.display)}, ${text(b.loinc)}, ${text(b.ucumUnit)}, ${json(b.aliases)}, ${json(b.alternateLoinc)}, ${text(b.category)}, ${num(b.molarMass)}, ${num(b.charge)}, ${text(b.resultType)})`);
    this.addSql(`insert into "biomarker" ("key", "display", "loinc", "ucum_unit", "aliases", "alternate_loinc", "category", "molar_mass", "charge", "result_type") values\n${rows.join(',\n')};`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "biomarker" where "key" in (${BIOMARKER_CATALOG_V1.map((b) => text(b.key)).join(', ')});`);
    this.addSql(`drop index if exists "biomarker_alternate_loinc_idx";`);
    this.addSql(`alter table "biomarker" drop column "alternate_loinc", drop column "category", drop column "molar_mass", drop column "charge", drop column "result_type";`);
  }
}
