import { Migration } from '@mikro-orm/migrations';
import { deleteBiomarkers, insertBiomarkers, sqlJson, sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BIOMARKER_CATALOG_V5 } from '../biomarkers/catalog/biomarker-catalog.v5.js';
import { BIOMARKER_ALIASES_V6, BIOMARKER_CATALOG_V6_NEW, BIOMARKER_LOINC_V6 } from '../biomarkers/catalog/biomarker-catalog.v6.js';

/**
 * The catalog, version 6 (a frozen data module inside this service): the HDL/LDL and triglyceride/HDL ratios and the
 * antistreptolysin O antibody are inserted, and the LDL/HDL ratio gains its LOINC code. Down restores version 5.
 */
export class Migration20261208000000_biomarker_catalog_v6 extends Migration {
  override async up(): Promise<void> {
    this.addSql(insertBiomarkers(BIOMARKER_CATALOG_V6_NEW));
    for (const [key, aliases] of Object.entries(BIOMARKER_ALIASES_V6)) {
      this.addSql(`update "biomarker" set "aliases" = "aliases" || ${sqlJson(aliases)} where "key" = ${sqlText(key)};`);
    }
    for (const [key, codes] of Object.entries(BIOMARKER_LOINC_V6)) {
      this.addSql(`update "biomarker" set "loinc" = ${sqlText(codes.loinc)}, "alternate_loinc" = ${sqlJson(codes.alternateLoinc)} where "key" = ${sqlText(key)};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(deleteBiomarkers(BIOMARKER_CATALOG_V6_NEW));
    for (const b of BIOMARKER_CATALOG_V5.filter((x) => BIOMARKER_ALIASES_V6[x.key] || BIOMARKER_LOINC_V6[x.key])) {
      this.addSql(`update "biomarker" set "aliases" = ${sqlJson(b.aliases)}, "loinc" = ${sqlText(b.loinc)}, "alternate_loinc" = ${sqlJson(b.alternateLoinc)} where "key" = ${sqlText(b.key)};`);
    }
  }
}
