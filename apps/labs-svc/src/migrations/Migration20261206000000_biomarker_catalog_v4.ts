import { Migration } from '@mikro-orm/migrations';
import { BIOMARKER_CATALOG_V3 } from '../biomarkers/catalog/biomarker-catalog.v3.js';
import { BIOMARKER_ALIASES_V4, BIOMARKER_CATALOG_V4_NEW } from '../biomarkers/catalog/biomarker-catalog.v4.js';

const text = (s: string | null) => (s === null ? 'null' : `'${s.replace(/'/g, "''")}'`);
const json = (v: unknown) => `${text(JSON.stringify(v))}::jsonb`;
const num = (n: number | null) => (n === null ? 'null' : String(n));

/**
 * The catalog, version 4 (a frozen data module inside this service): the tumour markers CEA, CA 15-3, CA 19-9 and
 * CA 125 are inserted, and IGF-1 gains the names reports print for it. Down restores version 3.
 */
export class Migration20261206000000_biomarker_catalog_v4 extends Migration {
  override async up(): Promise<void> {
    const rows = BIOMARKER_CATALOG_V4_NEW.map((b) =>
      `(${text(b.key)}, ${text(b.display)}, ${text(b.loinc)}, ${text(b.ucumUnit)}, ${json(b.aliases)}, ${json(b.alternateLoinc)}, ${text(b.category)}, ${num(b.molarMass)}, ${num(b.charge)}, ${text(b.resultType)})`);
    this.addSql(`insert into "biomarker" ("key", "display", "loinc", "ucum_unit", "aliases", "alternate_loinc", "category", "molar_mass", "charge", "result_type") values\n${rows.join(',\n')};`);
    for (const [key, aliases] of Object.entries(BIOMARKER_ALIASES_V4)) {
      this.addSql(`update "biomarker" set "aliases" = "aliases" || ${json(aliases)} where "key" = ${text(key)};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "biomarker" where "key" in (${BIOMARKER_CATALOG_V4_NEW.map((b) => text(b.key)).join(', ')});`);
    for (const b of BIOMARKER_CATALOG_V3.filter((x) => BIOMARKER_ALIASES_V4[x.key])) {
      this.addSql(`update "biomarker" set "aliases" = ${json(b.aliases)} where "key" = ${text(b.key)};`);
    }
  }
}
