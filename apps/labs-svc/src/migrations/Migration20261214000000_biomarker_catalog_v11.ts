import { Migration } from '@mikro-orm/migrations';
import type { BiomarkerSeed } from '../biomarkers/catalog/biomarker-seed.js';
import { BIOMARKER_CATALOG_V10 } from '../biomarkers/catalog/biomarker-catalog.v10.js';
import { BIOMARKER_CATALOG_V11, BIOMARKER_CATALOG_V11_NEW, BIOMARKER_CHANGED_V11 } from '../biomarkers/catalog/biomarker-catalog.v11.js';
import { deleteBiomarkers, insertBiomarkers, sqlJson, sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { dDimerKeyOfBasis, isDDimerKey } from '../lab-reports/parsing/coding.js';
import { migrationSchema, recodeStoredResults, type Execute, type StoredResult } from '../lab-results/stored-results.js';

const D_DIMER_FEU = BIOMARKER_CATALOG_V11_NEW[0]!;
const D_DIMER = BIOMARKER_CATALOG_V10.find((b) => b.key === 'd-dimer')!;

/**
 * A result that may be a D-dimer in FEU (a prefilter in SQL; isFeu decides): stored as a D-dimer or unknown, sent with
 * the FEU's code, or printing `FEU` in its name or its range's text.
 */
const MAY_BE_FEU = `(r."biomarker_key" = ${sqlText(D_DIMER.key)} or r."biomarker_key" is null)
  and (r."reported_code"->>'code' = ${sqlText(D_DIMER_FEU.loinc)} or r."name" ~* 'feu' or r."reference_range"->>'text' ~* 'feu')`;

/**
 * The catalog, version 11 (a frozen data module inside this service): the D-dimer in fibrinogen-equivalent units is
 * inserted (`d-dimer-feu`, LOINC 48065-7), and the D-dimer (D-dimer units) gets its other code, 48066-5, and names that
 * say DDU. Stored results the reader of version 11 would code as the FEU's move to it: a D-dimer or an unknown result
 * printing `FEU` in its name or its range's text, and one sent with 48065-7 (version 10 did not know the code, and coded
 * it by its name). The printed unit is stored as UCUM, without its basis: a result whose `FEU` stood only in its unit
 * (`0.45 mg/L FEU`) stays a D-dimer until its report is parsed again. Key, display, code and the normalized value (µg/mL)
 * change; the printed value, unit, flag and status stay (neither entry has optimal bounds: the status is the lab's flag).
 * Down moves them back: D-dimers where version 10 names them so or their code is its, else unknown.
 */
export class Migration20261214000000_biomarker_catalog_v11 extends Migration {
  override async up(): Promise<void> {
    const schema = migrationSchema(this.config.get('schema'));
    await this.execute(insertBiomarkers(BIOMARKER_CATALOG_V11_NEW, `${schema}."biomarker"`));
    await this.setChanged(schema, BIOMARKER_CATALOG_V11);
    const v11 = new BiomarkerCatalog(BIOMARKER_CATALOG_V11);
    await recodeStoredResults(this.executor(), schema, MAY_BE_FEU, (r) => (isFeu(r, v11) ? D_DIMER_FEU : null));
  }

  override async down(): Promise<void> {
    const schema = migrationSchema(this.config.get('schema'));
    const v10 = new BiomarkerCatalog(BIOMARKER_CATALOG_V10);
    const d10 = [D_DIMER.loinc, ...D_DIMER.alternateLoinc];
    await recodeStoredResults(this.executor(), schema, `r."biomarker_key" = ${sqlText(D_DIMER_FEU.key)}`,
      (r) => (d10.includes(r.reported_code) || v10.matchName(r.name)?.key === D_DIMER.key ? D_DIMER : 'unknown'));
    await this.execute(deleteBiomarkers(BIOMARKER_CATALOG_V11_NEW, `${schema}."biomarker"`));
    await this.setChanged(schema, BIOMARKER_CATALOG_V10);
  }

  /** The names and alternate codes of the entries version 11 changed, as `catalog` has them. */
  private async setChanged(schema: string, catalog: readonly BiomarkerSeed[]): Promise<void> {
    for (const key of Object.keys(BIOMARKER_CHANGED_V11)) {
      const b = catalog.find((e) => e.key === key)!;
      await this.execute(`update ${schema}."biomarker" set "aliases" = ${sqlJson(b.aliases)}, "alternate_loinc" = ${sqlJson(b.alternateLoinc)} where "key" = ${sqlText(key)}`);
    }
  }

  private executor(): Execute {
    return (sql, params) => this.execute(sql, params);
  }
}

/**
 * Whether version 11's reader codes a stored result (MAY_BE_FEU) as the D-dimer in FEU: the basis its name and range
 * text print (coding.ts dDimerKeyOfBasis) where it is a D-dimer (stored so, named so, or sent with the FEU's code);
 * with no basis printed, the FEU's code it was sent with.
 */
function isFeu(r: StoredResult, v11: BiomarkerCatalog): boolean {
  const sentFeu = r.reported_code === D_DIMER_FEU.loinc;
  const basis = dDimerKeyOfBasis(r.name, r.range_text);
  if (basis) return basis === D_DIMER_FEU.key && (r.biomarker_key === D_DIMER.key || sentFeu || isDDimerKey(v11.matchName(r.name)?.key));
  return sentFeu;
}
