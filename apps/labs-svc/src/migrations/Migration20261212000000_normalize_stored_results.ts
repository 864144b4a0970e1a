import { Migration } from '@mikro-orm/migrations';
import { analyteFacts } from '../biomarkers/catalog/analyte-facts.js';
import { sqlText } from '../biomarkers/catalog/catalog-sql.js';
import { countPerLitreExponent, isBloodCountUcum, normalizeValue, toUcum } from '../lab-reports/parsing/units.js';

/** Results read and written per round: a clinic's table is walked in pages, never held whole, one statement a page. */
const PAGE = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StoredRow { id: string; value: number; unit: string; key: string; ucum_unit: string; molar_mass: number | null; charge: number | null }

/**
 * Stored results as the reader of this version normalizes them, where that changed after they were parsed:
 * 1. a blood count printed per litre below a million (`Platelets  250  10^3/l`: a microlitre's µ lost) had been
 *    normalized a million times low (before review cr26); its normalized value is cleared, as parsing now leaves it;
 * 2. results the reader could not normalize when they were parsed and now does — the molar masses later catalog
 *    versions gave (version 9's IGF-1 in nmol/L, PTH in pmol/L, and the earlier ones'), a unit read as an international
 *    unit (iuasu: a UK TSH in mU/L) and a hormone's WHO standard (iustd: a UK prolactin in mU/L) — get their normalized
 *    value, by normalizeValue as parsing does, only where the stored unit is the UCUM the reader writes (a unit it
 *    refused is stored as printed, and is left alone), so trends, comparisons and the latest results read them alike.
 * Nothing else of a result changes (value and unit as printed, flag, status). The rows touched are few (a clinic's
 * UK and European hormone results), so the migration's transaction holds few row locks. Down leaves the values: they
 * are derived from the stored value and unit, as those of results parsed after this migration are.
 */
export class Migration20261212000000_normalize_stored_results extends Migration {
  override async up(): Promise<void> {
    // Read and written now, before the runner's `set search_path` that addSql's queries get: the schema by name.
    const schema = `"${(this.config.get('schema') ?? 'public').replace(/"/g, '""')}"`;
    await this.pages(
      // (No question marks in the pattern: the driver reads them as bindings.)
      `r."normalized_value" is not null and r."unit" ~ '^(10\\*[0-9]+){0,1}/[munp]{0,1}L$'`,
      async (rows) => {
        const lost = rows.filter((r) => isBloodCountUcum(r.ucum_unit) && (countPerLitreExponent(r.unit) ?? 6) < 6).map((r) => r.id);
        if (lost.length) await this.execute(`update ${schema}."lab_result" set "normalized_value" = null, "normalized_unit" = null where "id" in (${lost.map(uuid).join(', ')})`);
      },
      schema,
    );
    await this.pages(`r."normalized_value" is null and r."value" is not null and r."unit" is not null`, async (rows) => {
      const values: string[] = [];
      for (const r of rows) {
        if (toUcum(r.unit) !== r.unit) continue;
        const facts = analyteFacts({ key: r.key, molarMass: r.molar_mass === null ? null : Number(r.molar_mass), charge: r.charge === null ? null : Number(r.charge) });
        const normalized = normalizeValue(Number(r.value), r.unit, r.ucum_unit, facts);
        if (normalized !== null && Number.isFinite(normalized.value)) values.push(`(${uuid(r.id)}::uuid, ${normalized.value}::float8, ${sqlText(r.ucum_unit)})`);
      }
      if (values.length) {
        await this.execute(`update ${schema}."lab_result" as r set "normalized_value" = v.value, "normalized_unit" = v.unit
          from (values ${values.join(', ')}) as v(id, value, unit) where r."id" = v.id`);
      }
    }, schema);
  }

  override async down(): Promise<void> {
    // Derived values, left in place (see above).
  }

  /** The coded results (with a catalog unit) matching `where`, a page at a time in id order, each page handed to `each`. */
  private async pages(where: string, each: (rows: StoredRow[]) => Promise<void>, schema: string): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(
        `select r."id", r."value", r."unit", b."key", b."ucum_unit", b."molar_mass", b."charge"
           from ${schema}."lab_result" r join ${schema}."biomarker" b on b."key" = r."biomarker_key"
          where b."ucum_unit" is not null and ${where} and r."id" > ?
          order by r."id" limit ${PAGE}`,
        [after],
      )) as StoredRow[];
      if (rows.length) await each(rows);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }
}

/** A row id as an SQL literal: a uuid, checked (ids come from the table, never from a caller). */
function uuid(id: string): string {
  if (!UUID.test(id)) throw new Error('lab_result id is no uuid');
  return `'${id}'`;
}
