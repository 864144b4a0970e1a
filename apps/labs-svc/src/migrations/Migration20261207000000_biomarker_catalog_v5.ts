import { Migration } from '@mikro-orm/migrations';
import { deleteBiomarkers, insertBiomarkers, sqlJson, sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BIOMARKER_CATALOG_V4 } from '../biomarkers/catalog/biomarker-catalog.v4.js';
import { BIOMARKER_ALIASES_V5, BIOMARKER_CATALOG_V5_NEW, BIOMARKER_LOINC_V5 } from '../biomarkers/catalog/biomarker-catalog.v5.js';

/**
 * The catalog, version 5 (a frozen data module inside this service): HBsAg, the urine drug screens, the Widal
 * agglutinations, the malaria smear and antigen, prealbumin and procalcitonin are inserted, and the hepatitis C
 * antibody and the VDRL gain their LOINC codes. Down restores version 4.
 */
export class Migration20261207000000_biomarker_catalog_v5 extends Migration {
  override async up(): Promise<void> {
    this.addSql(insertBiomarkers(BIOMARKER_CATALOG_V5_NEW));
    for (const [key, aliases] of Object.entries(BIOMARKER_ALIASES_V5)) {
      this.addSql(`update "biomarker" set "aliases" = "aliases" || ${sqlJson(aliases)} where "key" = ${sqlText(key)};`);
    }
    for (const [key, codes] of Object.entries(BIOMARKER_LOINC_V5)) {
      this.addSql(`update "biomarker" set "loinc" = ${sqlText(codes.loinc)}, "alternate_loinc" = ${sqlJson(codes.alternateLoinc)} where "key" = ${sqlText(key)};`);
    }
  }

  override async down(): Promise<void> {
    this.addSql(deleteBiomarkers(BIOMARKER_CATALOG_V5_NEW));
    for (const b of BIOMARKER_CATALOG_V4.filter((x) => BIOMARKER_ALIASES_V5[x.key] || BIOMARKER_LOINC_V5[x.key])) {
      this.addSql(`update "biomarker" set "aliases" = ${sqlJson(b.aliases)}, "loinc" = ${sqlText(b.loinc)}, "alternate_loinc" = ${sqlJson(b.alternateLoinc)} where "key" = ${sqlText(b.key)};`);
    }
  }
}
