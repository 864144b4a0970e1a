import { quoteIdent } from '@pg/persistence';
import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import type { BiomarkerSeed } from '../biomarkers/catalog/biomarker-seed.js';
import { sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { titreFlag } from '../lab-reports/parsing/flags.js';
import { normalizeValue, writtenAsUcum, type AnalyteFacts } from '../lab-reports/parsing/units.js';

/**
 * Stored results brought to what the reader of this deployment gives (the labs migrations that re-read what is stored):
 * a clinic's table is walked in pages of a thousand rows, never held whole, and each page's differences written by one
 * statement. `execute` runs a statement now (a migration's `execute`); `schema` is the schema, quoted (migrationSchema).
 */
export type Execute = (sql: string, params?: unknown[]) => Promise<unknown>;

const PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** A migration's schema, quoted, for statements it runs at once (before the runner's `set search_path` that addSql's get). */
export const migrationSchema = (schema: string | undefined): string => quoteIdent(schema ?? 'public');

/**
 * Walks the lab results a query selects (`select … from <schema>."lab_result" r … where <condition>`), a page of PAGE
 * rows at a time in id order, and hands each page to `page`: the one walk of the stored results' migrations.
 */
async function forEachPage<R extends { id: string }>(execute: Execute, select: string, page: (rows: R[]) => Promise<void>): Promise<void> {
  let after = FIRST_ID;
  for (;;) {
    const rows = (await execute(`${select} and r."id" > ? order by r."id" limit ${PAGE}`, [after])) as R[];
    await page(rows);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * One `update … from (values …)` of lab results: `rows` are each `(id, …)` as SQL (the id through uuidLiteral), `columns`
 * name the values after the id, `set` assigns from them (`v.<column>`). Nothing for no rows.
 */
async function updateResults(execute: Execute, schema: string, set: string, columns: readonly string[], rows: readonly string[]): Promise<void> {
  if (!rows.length) return;
  await execute(`update ${schema}."lab_result" as r set ${set}
    from (values ${rows.join(', ')}) as v(id, ${columns.join(', ')}) where r."id" = v.id`);
}

/** A stored result as the catalog migrations recode it: what was printed, and the code the laboratory sent. */
export interface StoredResult { id: string; biomarker_key: string | null; name: string; value: number | null; unit: string | null; reported_code: string | null; range_text: string | null }

/**
 * Recodes the lab results `where` selects (a condition on `r`; soft-deleted ones too: kept, and restored as they were
 * coded), a page at a time (forEachPage): each result `to` gives an entry for is coded as it (`unknown`: as no entry,
 * under its printed name) — one statement a page: key, display (the printed name for none), code, normalized value.
 * The printed value, unit, flag and status stay. The catalog migrations' one recode (versions 10 and 11).
 */
export async function recodeStoredResults(execute: Execute, schema: string, where: string, to: (r: StoredResult) => BiomarkerSeed | 'unknown' | null): Promise<void> {
  await forEachPage<StoredResult>(execute,
    `select r."id", r."biomarker_key", r."name", r."value", r."unit", r."reported_code"->>'code' as reported_code, r."reference_range"->>'text' as range_text
      from ${schema}."lab_result" r where ${where}`,
    async (rows) => {
      const changes = rows.flatMap((r) => {
        const entry = to(r);
        return entry ? [recoded(r, entry === 'unknown' ? null : entry)] : [];
      });
      await updateResults(execute, schema,
        `"biomarker_key" = v.key, "display" = coalesce(v.display, r."name"), "loinc" = v.loinc, "normalized_value" = v.value, "normalized_unit" = v.unit`,
        ['key', 'display', 'loinc', 'value', 'unit'], changes);
    });
}

/** One stored result coded as a catalog entry (or as none: its printed name), as a values row of recodeStoredResults' update. */
function recoded(r: StoredResult, to: BiomarkerSeed | null): string {
  const value = !to || r.value === null || r.unit === null || !writtenAsUcum(r.unit) ? null
    : finiteOrNull(normalizeValue(Number(r.value), r.unit, to.ucumUnit!, analyteFacts(to))?.value);
  return `(${uuidLiteral(r.id)}::uuid, ${sqlText(to?.key ?? null)}::text, ${sqlText(to?.display ?? null)}::text, ${sqlText(to?.loinc ?? null)}::text, `
    + `${normalizedLiterals(value, to?.ucumUnit ?? null)})`;
}

interface NormalizedRow {
  id: string; value: number; unit: string; normalized_value: number | null; normalized_unit: string | null;
  key: string; ucum_unit: string; molar_mass: number | null; charge: number | null;
}

/**
 * Every stored coded result's normalized value made what normalizeValue gives today (as parsing does), where it differs:
 * values it could not normalize then and now does, values it normalized wrong, and none for a unit the reader refused
 * (stored as printed, not the UCUM it writes). Nothing else of a result changes (value and unit as printed, flag,
 * status). Returns how many results changed.
 */
export async function normalizeStoredResults(execute: Execute, schema: string): Promise<number> {
  let count = 0;
  // One analyte's facts per key (its catalog row is the same on every result of it).
  const factsByKey = new Map<string, AnalyteFacts>();
  await forEachPage<NormalizedRow>(execute,
    `select r."id", r."value", r."unit", r."normalized_value", r."normalized_unit", b."key", b."ucum_unit", b."molar_mass", b."charge"
       from ${schema}."lab_result" r join ${schema}."biomarker" b on b."key" = r."biomarker_key"
      where b."ucum_unit" is not null and r."value" is not null and r."unit" is not null`,
    async (rows) => {
      const changed: string[] = [];
      for (const r of rows) {
        let facts = factsByKey.get(r.key);
        if (!facts) factsByKey.set(r.key, (facts = analyteFacts({ key: r.key, ucumUnit: r.ucum_unit, molarMass: r.molar_mass === null ? null : Number(r.molar_mass), charge: r.charge === null ? null : Number(r.charge) })));
        const today = writtenAsUcum(r.unit) ? normalizeValue(Number(r.value), r.unit, r.ucum_unit, facts) : null;
        const value = finiteOrNull(today?.value);
        const stored = r.normalized_value === null ? null : Number(r.normalized_value);
        const same = value === null ? stored === null : stored !== null && r.normalized_unit === r.ucum_unit && Math.abs(stored - value) <= 1e-9 * Math.max(1, Math.abs(value));
        if (!same) changed.push(`(${uuidLiteral(r.id)}::uuid, ${normalizedLiterals(value, r.ucum_unit)})`);
      }
      await updateResults(execute, schema, `"normalized_value" = v.value, "normalized_unit" = v.unit`, ['value', 'unit'], changed);
      count += changed.length;
    });
  return count;
}

interface TitreRow { id: string; value_text: string; range_text: string }

/**
 * Stored titres without a flag (`1:320` against `<1:80`, parsed before the reader flagged titres) given the flag
 * titreFlag gives, and that as their status (a result without a number is rated by its flag alone: lab-status.ts).
 * Only results with no flag and no status: a printed or given flag is the lab's. Returns how many were flagged.
 */
export async function flagStoredTitres(execute: Execute, schema: string): Promise<number> {
  let count = 0;
  await forEachPage<TitreRow>(execute,
    `select r."id", r."value_text", r."reference_range"->>'text' as "range_text" from ${schema}."lab_result" r
      where r."flag" is null and r."status" is null and r."value" is null and r."value_text" like '%1%:%'
        and r."reference_range"->>'text' like '%1%:%'`,
    async (rows) => {
      const flagged = rows.flatMap((r) => {
        const flag = titreFlag(r.value_text, r.range_text);
        return flag ? [`(${uuidLiteral(r.id)}::uuid, ${sqlText(flag)}::text)`] : [];
      });
      await updateResults(execute, schema, `"flag" = v.flag, "status" = v.flag`, ['flag'], flagged);
      count += flagged.length;
    });
  return count;
}

/** A normalized value and its unit as the two SQL literals of a values row (`null, null` for none). */
function normalizedLiterals(value: number | null, unit: string | null): string {
  return value === null ? 'null::float8, null::text' : `${value}::float8, ${sqlText(unit)}::text`;
}

/** A converted value fit to store: a finite number, or null. */
const finiteOrNull = (value: number | null | undefined): number | null => (value !== null && value !== undefined && Number.isFinite(value) ? value : null);

/** A row id as an SQL literal: a uuid, checked (ids come from the table, never from a caller). */
function uuidLiteral(id: string): string {
  if (!UUID.test(id)) throw new Error('lab_result id is no uuid');
  return `'${id}'`;
}
