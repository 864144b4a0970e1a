import { Migration } from '@mikro-orm/migrations';
import { sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BIOMARKER_MOLAR_MASSES_V9 } from '../biomarkers/catalog/biomarker-catalog.v9.js';

/**
 * The catalog, version 9 (a frozen data module inside this service): IGF-1, PTH, NT-proBNP, the MCH, the MCHC and the
 * estimated average glucose gain their molar masses, so results printed in substance units are normalized. Down
 * restores version 8 (none of them had one).
 */
export class Migration20261211000000_biomarker_catalog_v9 extends Migration {
  override async up(): Promise<void> {
    for (const [key, molarMass] of Object.entries(BIOMARKER_MOLAR_MASSES_V9)) {
      this.addSql(`update "biomarker" set "molar_mass" = ${molarMass} where "key" = ${sqlText(key)};`);
    }
  }

  override async down(): Promise<void> {
    for (const key of Object.keys(BIOMARKER_MOLAR_MASSES_V9)) this.addSql(`update "biomarker" set "molar_mass" = null where "key" = ${sqlText(key)};`);
  }
}
