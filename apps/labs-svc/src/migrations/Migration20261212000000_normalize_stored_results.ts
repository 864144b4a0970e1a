import { Migration } from '@mikro-orm/migrations';
import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import { sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { normalizeValue, writtenAsUcum, type AnalyteFacts } from '../lab-reports/parsing/units.js';

/** Results read and written per round: a clinic's table is walked in pages, never held whole, one statement a page. */
const PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StoredRow {
  id: string; value: number; unit: string; normalized_value: number | null; normalized_unit: string | null;
  key: string; ucum_unit: string; molar_mass: number | null; charge: number | null;
}

/**
 * Every stored coded result's normalized value made what the reader of this version gives (normalizeValue, as parsing
 * does), where it differs:
 * - values the reader could not normalize when the result was parsed and now does: the molar masses later catalog
 *   versions gave (version 9's IGF-1 in nmol/L, PTH in pmol/L, and the earlier ones'), a unit read as an international
 *   unit (iuasu: a UK TSH in mU/L), a hormone's WHO standard (iustd: a UK prolactin in mU/L);
 * - values it normalized wrong: an HbA1c in IFCC mmol/mol read as UCUM's ratio (48 mmol/mol stored as 4.8 %, a diabetic
 *   result shown normal; now 6.5 % by the IFCC–NGSP master equation, review cr28); a blood count per litre below a
 *   million, or in millions per millilitre, normalized a million or a thousand times low (reviews cr26, cr28) — cleared;
 * - a unit the reader refused is stored as printed (not the UCUM it writes): no normalized value.
 * Nothing else of a result changes (value and unit as printed, flag, status). Down leaves the values: they are derived
 * from the stored value and unit, as those of results parsed after this migration are. It normalizes with the reader of
 * the deployment that runs it: what a parse by that deployment would store.
 */
export class Migration20261212000000_normalize_stored_results extends Migration {
  override async up(): Promise<void> {
    // Read and written now, before the runner's `set search_path` that addSql's queries get: the schema by name.
    const schema = `"${(this.config.get('schema') ?? 'public').replace(/"/g, '""')}"`;
    let after = '00000000-0000-0000-0000-000000000000';
    // One analyte's facts per key (its catalog row is the same on every result of it).
    const factsByKey = new Map<string, AnalyteFacts>();
    for (;;) {
      const rows = (await this.execute(
        `select r."id", r."value", r."unit", r."normalized_value", r."normalized_unit", b."key", b."ucum_unit", b."molar_mass", b."charge"
           from ${schema}."lab_result" r join ${schema}."biomarker" b on b."key" = r."biomarker_key"
          where b."ucum_unit" is not null and r."value" is not null and r."unit" is not null and r."id" > ?
          order by r."id" limit ${PAGE}`,
        [after],
      )) as StoredRow[];
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
        await this.execute(`update ${schema}."lab_result" as r set "normalized_value" = v.value, "normalized_unit" = v.unit
          from (values ${changed.join(', ')}) as v(id, value, unit) where r."id" = v.id`);
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  override async down(): Promise<void> {
    // Derived values, left in place (see above).
  }
}

/** A row id as an SQL literal: a uuid, checked (ids come from the table, never from a caller). */
function uuid(id: string): string {
  if (!UUID.test(id)) throw new Error('lab_result id is no uuid');
  return `'${id}'`;
}
