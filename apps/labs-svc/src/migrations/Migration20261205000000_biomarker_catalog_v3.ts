import { Migration } from '@mikro-orm/migrations';
import { BIOMARKER_CATALOG_V2 } from '../biomarkers/catalog/biomarker-catalog.v2.js';
import { BIOMARKER_ALIASES_MOVED_V3, BIOMARKER_CATALOG_V3, BIOMARKER_CATALOG_V3_NEW } from '../biomarkers/catalog/biomarker-catalog.v3.js';

const text = (s: string | null) => (s === null ? 'null' : `'${s.replace(/'/g, "''")}'`);
const json = (v: unknown) => `${text(JSON.stringify(v))}::jsonb`;
const num = (n: number | null) => (n === null ? 'null' : String(n));
const aliasesIn = (catalog: typeof BIOMARKER_CATALOG_V2, key: string) => catalog.find((b) => b.key === key)!.aliases;

/**
 * The catalog, version 3 (a frozen data module inside this service): the TC/HDL ratio is inserted, and the names of
 * it that version 1 gave to the LDL/HDL ratio are taken from that row. Down restores version 2.
 */
export class Migration20261205000000_biomarker_catalog_v3 extends Migration {
  override async up(): Promise<void> {
    const rows = BIOMARKER_CATALOG_V3_NEW.map((b) =>
      `(${text(b.key)}, ${text(b.display)}, ${text(b.loinc)}, ${text(b.ucumUnit)}, ${json(b.aliases)}, ${json(b.alternateLoinc)}, ${text(b.category)}, ${num(b.molarMass)}, ${num(b.charge)}, ${text(b.resultType)})`);
    this.addSql(`insert into "biomarker" ("key", "display", "loinc", "ucum_unit", "aliases", "alternate_loinc", "category", "molar_mass", "charge", "result_type") values\n${rows.join(',\n')};`);
    for (const key of Object.keys(BIOMARKER_ALIASES_MOVED_V3)) {
      this.addSql(`update "biomarker" set "aliases" = ${json(aliasesIn(BIOMARKER_CATALOG_V3, key))} where "key" = ${text(key)};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "biomarker" where "key" in (${BIOMARKER_CATALOG_V3_NEW.map((b) => text(b.key)).join(', ')});`);
    for (const key of Object.keys(BIOMARKER_ALIASES_MOVED_V3)) {
      this.addSql(`update "biomarker" set "aliases" = ${json(aliasesIn(BIOMARKER_CATALOG_V2, key))} where "key" = ${text(key)};`);
    }
  }
}
