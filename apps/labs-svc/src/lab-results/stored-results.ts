import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import { sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { titreFlag } from '../lab-reports/parsing/flags.js';
import { normalizeValue, writtenAsUcum, type AnalyteFacts } from '../lab-reports/parsing/units.js';

/**
 * Stored results brought to what the reader of this deployment gives (the labs migrations that re-read what is stored):
 * a clinic's table is walked in pages of a thousand rows, never held whole, and each page's differences written by one
 * statement. `execute` runs a statement now (a migration's `execute`); `schema` is the schema, quoted.
 */
type Execute = (sql: string, params?: unknown[]) => Promise<unknown>;

const PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIRST_ID = '00000000-0000-0000-0000-000000000000';

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
  let after = FIRST_ID;
  let count = 0;
  // One analyte's facts per key (its catalog row is the same on every result of it).
  const factsByKey = new Map<string, AnalyteFacts>();
  for (;;) {
    const rows = (await execute(
      `select r."id", r."value", r."unit", r."normalized_value", r."normalized_unit", b."key", b."ucum_unit", b."molar_mass", b."charge"
         from ${schema}."lab_result" r join ${schema}."biomarker" b on b."key" = r."biomarker_key"
        where b."ucum_unit" is not null and r."value" is not null and r."unit" is not null and r."id" > ?
        order by r."id" limit ${PAGE}`,
      [after],
    )) as NormalizedRow[];
    const changed: string[] = [];
    for (const r of rows) {
      let facts = factsByKey.get(r.key);
      if (!facts) factsByKey.set(r.key, (facts = analyteFacts({ key: r.key, ucumUnit: r.ucum_unit, molarMass: r.molar_mass === null ? null : Number(r.molar_mass), charge: r.charge === null ? null : Number(r.charge) })));
      const today = writtenAsUcum(r.unit) ? normalizeValue(Number(r.value), r.unit, r.ucum_unit, facts) : null;
      const value = today && Number.isFinite(today.value) ? today.value : null;
      const stored = r.normalized_value === null ? null : Number(r.normalized_value);
      const same = value === null ? stored === null : stored !== null && r.normalized_unit === r.ucum_unit && Math.abs(stored - value) <= 1e-9 * Math.max(1, Math.abs(value));
      if (!same) changed.push(`(${uuid(r.id)}::uuid, ${value === null ? 'null' : value}::float8, ${value === null ? 'null' : sqlText(r.ucum_unit)}::text)`);
    }
    if (changed.length) {
      await execute(`update ${schema}."lab_result" as r set "normalized_value" = v.value, "normalized_unit" = v.unit
        from (values ${changed.join(', ')}) as v(id, value, unit) where r."id" = v.id`);
      count += changed.length;
    }
    if (rows.length < PAGE) return count;
    after = rows[rows.length - 1]!.id;
  }
}

interface TitreRow { id: string; value_text: string; range_text: string }

/**
 * Stored titres without a flag (`1:320` against `<1:80`, parsed before the reader flagged titres) given the flag
 * titreFlag gives, and that as their status (a result without a number is rated by its flag alone: lab-status.ts).
 * Only results with no flag and no status: a printed or given flag is the lab's. Returns how many were flagged.
 */
export async function flagStoredTitres(execute: Execute, schema: string): Promise<number> {
  let after = FIRST_ID;
  let count = 0;
  for (;;) {
    const rows = (await execute(
      `select r."id", r."value_text", r."reference_range"->>'text' as "range_text" from ${schema}."lab_result" r
        where r."flag" is null and r."status" is null and r."value" is null and r."value_text" like '%1%:%'
          and r."reference_range"->>'text' like '%1%:%' and r."id" > ?
        order by r."id" limit ${PAGE}`,
      [after],
    )) as TitreRow[];
    const flagged = rows.flatMap((r) => {
      const flag = titreFlag(r.value_text, r.range_text);
      return flag ? [`(${uuid(r.id)}::uuid, ${sqlText(flag)}::text)`] : [];
    });
    if (flagged.length) {
      await execute(`update ${schema}."lab_result" as r set "flag" = v.flag, "status" = v.flag
        from (values ${flagged.join(', ')}) as v(id, flag) where r."id" = v.id`);
      count += flagged.length;
    }
    if (rows.length < PAGE) return count;
    after = rows[rows.length - 1]!.id;
  }
}

/** A row id as an SQL literal: a uuid, checked (ids come from the table, never from a caller). */
function uuid(id: string): string {
  if (!UUID.test(id)) throw new Error('lab_result id is no uuid');
  return `'${id}'`;
}
