import { Migration } from '@mikro-orm/migrations';
import { BIOMARKER_CATALOG_V1 } from '../biomarkers/catalog/biomarker-catalog.v1.js';
import { BIOMARKER_ALIASES_V2, BIOMARKER_CATALOG_V2_NEW } from '../biomarkers/catalog/biomarker-catalog.v2.js';

const text = (s: string | null) => (s === null ? 'null' : `'${s.replace(/'/g, "''")}'`);
const json = (v: unknown) => `${text(JSON.stringify(v))}::jsonb`;
const num = (n: number | null) => (n === null ? 'null' : String(n));

/**
 * The catalog, version 2 (a frozen data module inside this service): the new biomarkers are inserted, and version 1
 * biomarkers gain the names real reports print for them. Down restores the version 1 names.
 */
export class Migration20261129100000_biomarker_catalog_v2 extends Migration {
  override async up(): Promise<void> {
    const rows = BIOMARKER_CATALOG_V2_NEW.map((b) =>
      `(${text(b.key)}, ${text(b.display)}, ${text(b.loinc)}, ${text(b.ucumUnit)}, ${json(b.aliases)}, ${json(b.alternateLoinc)}, ${text(b.category)}, ${num(b.molarMass)}, ${num(b.charge)}, ${text(b.resultType)})`);
    this.addSql(`insert into "biomarker" ("key", "display", "loinc", "ucum_unit", "aliases", "alternate_loinc", "category", "molar_mass", "charge", "result_type") values\n${rows.join(',\n')};`);
    for (const [key, aliases] of Object.entries(BIOMARKER_ALIASES_V2)) {
      this.addSql(`update "biomarker" set "aliases" = "aliases" || ${json(aliases)} where "key" = ${text(key)};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "biomarker" where "key" in (${BIOMARKER_CATALOG_V2_NEW.map((b) => text(b.key)).join(', ')});`);
    for (const b of BIOMARKER_CATALOG_V1.filter((x) => BIOMARKER_ALIASES_V2[x.key])) {
      this.addSql(`update "biomarker" set "aliases" = ${json(b.aliases)} where "key" = ${text(b.key)};`);
    }
  }
}
