import { Migration } from '@mikro-orm/migrations';
import { deleteBiomarkers, insertBiomarkers } from '../biomarkers/catalog/catalog-sql.js';
import { BIOMARKER_CATALOG_V7_NEW } from '../biomarkers/catalog/biomarker-catalog.v7.js';

/**
 * The catalog, version 7 (a frozen data module inside this service): the hormones, minerals and markers a hormone and
 * longevity clinic orders beyond version 6 — estrone, pregnenolone, androstenedione, 17-hydroxyprogesterone, AMH, ACTH,
 * aldosterone, plasma renin activity, growth hormone, IGFBP-3, bioavailable testosterone, thyroglobulin and its
 * antibody, free PSA and its percentage, cystatin C, fructosamine, LDL-P, the omega-3 index, zinc, copper, selenium and
 * lactate — are inserted. Down restores version 6.
 */
export class Migration20261209000000_biomarker_catalog_v7 extends Migration {
  override async up(): Promise<void> {
    this.addSql(insertBiomarkers(BIOMARKER_CATALOG_V7_NEW));
  }

  override async down(): Promise<void> {
    this.addSql(deleteBiomarkers(BIOMARKER_CATALOG_V7_NEW));
  }
}
