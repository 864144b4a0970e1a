import { Migration } from '@mikro-orm/migrations';
import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import type { BiomarkerSeed } from '../biomarkers/catalog/biomarker-seed.js';
import { BIOMARKER_CATALOG_V9 } from '../biomarkers/catalog/biomarker-catalog.v9.js';
import { BIOMARKER_ALIASES_MOVED_V10, BIOMARKER_ALIASES_V10, BIOMARKER_CATALOG_V10, BIOMARKER_CATALOG_V10_NEW } from '../biomarkers/catalog/biomarker-catalog.v10.js';
import { deleteBiomarkers, insertBiomarkers, sqlJson, sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { normalizeValue, writtenAsUcum } from '../lab-reports/parsing/units.js';

const aliasesIn = (catalog: readonly BiomarkerSeed[], key: string) => catalog.find((b) => b.key === key)!.aliases;
const FDP = BIOMARKER_CATALOG_V10_NEW[0]!;
const D_DIMER = BIOMARKER_CATALOG_V9.find((b) => b.key === 'd-dimer')!;
const CHANGED_KEYS = [...new Set([...Object.keys(BIOMARKER_ALIASES_MOVED_V10), ...Object.keys(BIOMARKER_ALIASES_V10)])];

interface StoredRow { id: string; name: string; value: number | null; unit: string | null }

/**
 * The catalog, version 10 (a frozen data module inside this service): the fibrin/fibrinogen degradation products are
 * inserted, the names of them version 1 gave to the D-dimer are taken from that row, and `ACR` is added to the
 * albumin/creatinine ratio's names. Results stored as D-dimers under a name that now reads as the FDP (`FDP`, `Fibrin
 * Degradation Products`, as version 10's reader names them) move to it: key, display, code and their normalized value
 * in µg/mL (their printed value, unit, flag and status stay: neither entry has optimal bounds, so the status is the
 * lab's flag either way). Down restores version 9: those results are D-dimers again, normalized in µg/L.
 */
export class Migration20261213000000_biomarker_catalog_v10 extends Migration {
  override async up(): Promise<void> {
    const v10 = new BiomarkerCatalog(BIOMARKER_CATALOG_V10);
    const moved = (await this.storedUnder(D_DIMER.key)).filter((r) => v10.matchName(r.name)?.key === FDP.key);
    this.addSql(insertBiomarkers(BIOMARKER_CATALOG_V10_NEW));
    for (const key of CHANGED_KEYS) {
      this.addSql(`update "biomarker" set "aliases" = ${sqlJson(aliasesIn(BIOMARKER_CATALOG_V10, key))} where "key" = ${sqlText(key)};`);
    }
    for (const r of moved) this.addSql(recode(r, FDP));
  }

  override async down(): Promise<void> {
    const v9 = new BiomarkerCatalog(BIOMARKER_CATALOG_V9);
    const back = (await this.storedUnder(FDP.key)).filter((r) => v9.matchName(r.name)?.key === D_DIMER.key);
    for (const r of back) this.addSql(recode(r, D_DIMER));
    // Any other result of the FDP (`Fibrin Split Products`: no name of version 9) is a name version 9 does not know.
    this.addSql(`update "lab_result" set "biomarker_key" = null, "display" = "name", "loinc" = null, "normalized_value" = null, "normalized_unit" = null where "biomarker_key" = ${sqlText(FDP.key)};`);
    this.addSql(deleteBiomarkers(BIOMARKER_CATALOG_V10_NEW));
    for (const key of CHANGED_KEYS) {
      this.addSql(`update "biomarker" set "aliases" = ${sqlJson(aliasesIn(BIOMARKER_CATALOG_V9, key))} where "key" = ${sqlText(key)};`);
    }
  }

  /** The stored results of a key (soft-deleted ones too: they are kept and restored as they were coded). */
  private async storedUnder(key: string): Promise<StoredRow[]> {
    // Read now, before the runner's `set search_path` that addSql's queries get: the schema by name.
    const schema = `"${(this.config.get('schema') ?? 'public').replace(/"/g, '""')}"`;
    return (await this.execute(`select "id", "name", "value", "unit" from ${schema}."lab_result" where "biomarker_key" = ?`, [key])) as StoredRow[];
  }
}

/** One stored result coded as another catalog entry: its key, display, code and normalized value. */
function recode(r: StoredRow, to: BiomarkerSeed): string {
  const value = r.value === null || r.unit === null || !writtenAsUcum(r.unit) ? null
    : (normalizeValue(Number(r.value), r.unit, to.ucumUnit!, analyteFacts(to))?.value ?? null);
  return `update "lab_result" set "biomarker_key" = ${sqlText(to.key)}, "display" = ${sqlText(to.display)}, "loinc" = ${sqlText(to.loinc)}, `
    + `"normalized_value" = ${value === null ? 'null' : value}, "normalized_unit" = ${value === null ? 'null' : sqlText(to.ucumUnit)} where "id" = ${sqlText(r.id)};`;
}
