import { Migration } from '@mikro-orm/migrations';
import { internationalStandardOf } from '../biomarkers/catalog/international-units.v1.js';
import { convertResultUnit } from '../lab-reports/parsing/units.js';

/** Results read and written per round: a clinic's table is walked in pages, never held whole. */
const PAGE = 1000;

/**
 * Results stored before the reader could normalize them, normalized now with the reader's own conversion
 * (convertResultUnit): catalog version 9's molar masses (an IGF-1 in nmol/L, a PTH in pmol/L), a unit read as an
 * international unit (iuasu: a UK TSH in mU/L, an ALT in IU/L) and a hormone's WHO International Standard (iustd: a UK
 * prolactin in mU/L). Each had been kept with `unit-not-convertible` and left out of trends; nothing else of a result
 * changes (its value and unit as printed, its flag and status). Down leaves them: a normalized value is derived from the
 * stored value and unit, and results parsed after this migration carry one too, so no set of rows is this migration's
 * alone to clear.
 */
export class Migration20261212000000_normalize_stored_results extends Migration {
  override async up(): Promise<void> {
    // Read and written now (the pages are read as they are written), before the runner's `set search_path` that
    // addSql's queries get: the service's schema by name.
    const schema = `"${this.config.get('schema') ?? 'public'}"`;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(
        `select r."id", r."value", r."unit", b."key", b."ucum_unit", b."molar_mass", b."charge"
           from ${schema}."lab_result" r join ${schema}."biomarker" b on b."key" = r."biomarker_key"
          where r."normalized_value" is null and r."value" is not null and r."unit" is not null and b."ucum_unit" is not null and r."id" > ?
          order by r."id" limit ${PAGE}`,
        [after],
      )) as { id: string; value: number; unit: string; key: string; ucum_unit: string; molar_mass: number | null; charge: number | null }[];
      for (const r of rows) {
        const normalized = convertResultUnit(Number(r.value), r.unit, r.ucum_unit, {
          molarMass: r.molar_mass === null ? null : Number(r.molar_mass),
          charge: r.charge === null ? null : Number(r.charge),
          gramsPerIu: internationalStandardOf(r.key)?.gramsPerIu ?? null,
        });
        if (normalized !== null) {
          await this.execute(`update ${schema}."lab_result" set "normalized_value" = ?, "normalized_unit" = ? where "id" = ?`, [normalized, r.ucum_unit, r.id]);
        }
      }
      if (rows.length < PAGE) break;
      after = rows[rows.length - 1]!.id;
    }
  }

  override async down(): Promise<void> {
    // Derived values, left in place (see above).
  }
}
