import { Migration } from '@mikro-orm/migrations';
import { flagStoredTitres, migrationSchema, normalizeStoredResults } from '../lab-results/stored-results.js';

/**
 * Stored results brought to the reader of version 10's day (lab-results/stored-results.ts), as the stored results'
 * normalization of 2026-12-12 was:
 * - normalized values again, where they now differ: an albumin/creatinine ratio in mg/mmol (UK, Europe, Australia) is
 *   normalized to mg/g through creatinine's molar mass, and an MCHC in `%` to g/dL (analyte-units.v1.ts); both were
 *   left out of trends and comparisons before; and the FDP results version 10's catalog migration moved;
 * - stored titres with no flag (`1:320` against `<1:80`) get the flag titreFlag gives, and that as their status.
 * Nothing else of a result changes. Down leaves both (derived from the stored value, unit, text and range, as those of
 * results parsed after this migration are).
 */
export class Migration20261213000001_stored_results_v10 extends Migration {
  override async up(): Promise<void> {
    const schema = migrationSchema(this.config.get('schema'));
    const execute = (sql: string, params?: unknown[]) => this.execute(sql, params);
    await normalizeStoredResults(execute, schema);
    await flagStoredTitres(execute, schema);
  }

  override async down(): Promise<void> {
    // Derived values, left in place (see above).
  }
}
