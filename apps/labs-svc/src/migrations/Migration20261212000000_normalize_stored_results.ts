import { Migration } from '@mikro-orm/migrations';
import { migrationSchema, normalizeStoredResults } from '../lab-results/stored-results.js';

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
    await normalizeStoredResults((sql, params) => this.execute(sql, params), migrationSchema(this.config.get('schema')));
  }

  override async down(): Promise<void> {
    // Derived values, left in place (see above).
  }
}
