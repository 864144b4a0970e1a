import { Migration } from '@mikro-orm/migrations';
import { deleteBiomarkers, insertBiomarkers } from '../biomarkers/catalog/catalog-sql.js';
import { BIOMARKER_CATALOG_V8_NEW } from '../biomarkers/catalog/biomarker-catalog.v8.js';

/**
 * The catalog, version 8 (a frozen data module inside this service): what a hormone and longevity clinic orders beyond
 * version 7 — estriol, unconjugated DHEA, the direct renin concentration, ceruloplasmin, IGFBP-1, leptin, adiponectin,
 * methylmalonic acid, vitamins A, E and B6, the red cells' magnesium and TMAO — is inserted. Down restores version 7.
 */
export class Migration20261210000000_biomarker_catalog_v8 extends Migration {
  override async up(): Promise<void> {
    this.addSql(insertBiomarkers(BIOMARKER_CATALOG_V8_NEW));
  }

  override async down(): Promise<void> {
    this.addSql(deleteBiomarkers(BIOMARKER_CATALOG_V8_NEW));
  }
}
