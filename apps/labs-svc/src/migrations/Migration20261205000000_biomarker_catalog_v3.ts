import { Migration } from '@mikro-orm/migrations';
import { deleteBiomarkers, insertBiomarkers, sqlJson, sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BIOMARKER_CATALOG_V2 } from '../biomarkers/catalog/biomarker-catalog.v2.js';
import { BIOMARKER_ALIASES_MOVED_V3, BIOMARKER_CATALOG_V3, BIOMARKER_CATALOG_V3_NEW } from '../biomarkers/catalog/biomarker-catalog.v3.js';

const aliasesIn = (catalog: typeof BIOMARKER_CATALOG_V2, key: string) => catalog.find((b) => b.key === key)!.aliases;

/**
 * The catalog, version 3 (a frozen data module inside this service): the TC/HDL ratio is inserted, and the names of
 * it that version 1 gave to the LDL/HDL ratio are taken from that row. Down restores version 2.
 */
export class Migration20261205000000_biomarker_catalog_v3 extends Migration {
  override async up(): Promise<void> {
    this.addSql(insertBiomarkers(BIOMARKER_CATALOG_V3_NEW));
    for (const key of Object.keys(BIOMARKER_ALIASES_MOVED_V3)) {
      this.addSql(`update "biomarker" set "aliases" = ${sqlJson(aliasesIn(BIOMARKER_CATALOG_V3, key))} where "key" = ${sqlText(key)};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(deleteBiomarkers(BIOMARKER_CATALOG_V3_NEW));
    for (const key of Object.keys(BIOMARKER_ALIASES_MOVED_V3)) {
      this.addSql(`update "biomarker" set "aliases" = ${sqlJson(aliasesIn(BIOMARKER_CATALOG_V2, key))} where "key" = ${sqlText(key)};`);
    }
  }
}
