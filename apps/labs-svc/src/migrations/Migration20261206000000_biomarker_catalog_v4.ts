import { Migration } from '@mikro-orm/migrations';
import { deleteBiomarkers, insertBiomarkers, sqlJson, sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BIOMARKER_CATALOG_V3 } from '../biomarkers/catalog/biomarker-catalog.v3.js';
import { BIOMARKER_ALIASES_V4, BIOMARKER_CATALOG_V4_NEW } from '../biomarkers/catalog/biomarker-catalog.v4.js';

/**
 * The catalog, version 4 (a frozen data module inside this service): the tumour markers CEA, CA 15-3, CA 19-9 and
 * CA 125 and the indirect bilirubin are inserted, and IGF-1 gains the names reports print for it. Down restores version 3.
 */
export class Migration20261206000000_biomarker_catalog_v4 extends Migration {
  override async up(): Promise<void> {
    this.addSql(insertBiomarkers(BIOMARKER_CATALOG_V4_NEW));
    for (const [key, aliases] of Object.entries(BIOMARKER_ALIASES_V4)) {
      this.addSql(`update "biomarker" set "aliases" = "aliases" || ${sqlJson(aliases)} where "key" = ${sqlText(key)};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(deleteBiomarkers(BIOMARKER_CATALOG_V4_NEW));
    for (const b of BIOMARKER_CATALOG_V3.filter((x) => BIOMARKER_ALIASES_V4[x.key])) {
      this.addSql(`update "biomarker" set "aliases" = ${sqlJson(b.aliases)} where "key" = ${sqlText(b.key)};`);
    }
  }
}
