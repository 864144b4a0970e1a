import { Migration } from '@mikro-orm/migrations';
import type { BiomarkerSeed } from '../biomarkers/catalog/biomarker-seed.js';
import { BIOMARKER_CATALOG_V9 } from '../biomarkers/catalog/biomarker-catalog.v9.js';
import { BIOMARKER_ALIASES_MOVED_V10, BIOMARKER_ALIASES_V10, BIOMARKER_CATALOG_V10, BIOMARKER_CATALOG_V10_NEW } from '../biomarkers/catalog/biomarker-catalog.v10.js';
import { deleteBiomarkers, insertBiomarkers, sqlJson, sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { migrationSchema, recodeStoredResults } from '../lab-results/stored-results.js';

const aliasesIn = (catalog: readonly BiomarkerSeed[], key: string) => catalog.find((b) => b.key === key)!.aliases;
const FDP = BIOMARKER_CATALOG_V10_NEW[0]!;
const D_DIMER = BIOMARKER_CATALOG_V9.find((b) => b.key === 'd-dimer')!;
const CHANGED_KEYS = [...new Set([...Object.keys(BIOMARKER_ALIASES_MOVED_V10), ...Object.keys(BIOMARKER_ALIASES_V10)])];

/**
 * Results no reported code coded (the reader codes those by the code) under a name that may read as the FDP (a
 * prefilter in SQL; the catalog's matcher decides).
 */
const CODED_BY_NAME_FDP = String.raw`r."reported_code" is null and r."name" ~* '(fdp|fibrin|fsp|fgdp)'`;

/**
 * The catalog, version 10 (a frozen data module inside this service): the fibrin/fibrinogen degradation products are
 * inserted, the names of them version 1 gave to the D-dimer are taken from that row (and names that say D-dimer beside
 * FDP given to it), and `ACR` is added to the albumin/creatinine ratio's names. Results coded by name — not by a code
 * the laboratory sent (`reported_code`: the reader codes those by the code, a D-dimer's 48058-2 stays one whatever its
 * name) — that version 10's matcher reads as the FDP move to it: stored as D-dimers (`FDP`, `Fibrin Degradation
 * Products`) or unknown (`Fibrin Split Products`: no name of version 9). Key, display, code and the normalized value in
 * µg/mL change; the printed value, unit, flag and status stay (neither entry has optimal bounds: the status is the lab's
 * flag either way). Down restores version 9: those results are D-dimers again where version 9 names them so, else
 * unknown — and up moves them again.
 */
export class Migration20261213000000_biomarker_catalog_v10 extends Migration {
  override async up(): Promise<void> {
    const schema = migrationSchema(this.config.get('schema'));
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params);
    await this.execute(insertBiomarkers(BIOMARKER_CATALOG_V10_NEW, `${schema}."biomarker"`));
    for (const key of CHANGED_KEYS) {
      await this.execute(`update ${schema}."biomarker" set "aliases" = ${sqlJson(aliasesIn(BIOMARKER_CATALOG_V10, key))} where "key" = ${sqlText(key)}`);
    }
    const v10 = new BiomarkerCatalog(BIOMARKER_CATALOG_V10);
    await recodeStoredResults(execute, schema, `(r."biomarker_key" = ${sqlText(D_DIMER.key)} or r."biomarker_key" is null) and ${CODED_BY_NAME_FDP}`,
      (r) => (v10.matchName(r.name)?.key === FDP.key ? FDP : null));
  }

  override async down(): Promise<void> {
    const schema = migrationSchema(this.config.get('schema'));
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params);
    const v9 = new BiomarkerCatalog(BIOMARKER_CATALOG_V9);
    await recodeStoredResults(execute, schema, `r."biomarker_key" = ${sqlText(FDP.key)} and ${CODED_BY_NAME_FDP}`,
      (r) => (v9.matchName(r.name)?.key === D_DIMER.key ? D_DIMER : 'unknown'));
    await this.execute(deleteBiomarkers(BIOMARKER_CATALOG_V10_NEW, `${schema}."biomarker"`));
    for (const key of CHANGED_KEYS) {
      await this.execute(`update ${schema}."biomarker" set "aliases" = ${sqlJson(aliasesIn(BIOMARKER_CATALOG_V9, key))} where "key" = ${sqlText(key)}`);
    }
  }
}
