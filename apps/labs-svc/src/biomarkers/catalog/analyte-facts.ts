import type { AnalyteFacts } from '../../lab-reports/parsing/units.js';
import { internationalStandardOf } from './international-units.v1.js';

/**
 * What converting a catalog analyte's results between units needs: its molar mass and charge (the catalog's) and the
 * grams one of its international units is (its WHO International Standard's, international-units.v1.ts). One place for
 * the normalization at parse and the stored results' migration.
 */
export function analyteFacts(entry: { key: string; molarMass: number | null; charge: number | null }): AnalyteFacts {
  return { molarMass: entry.molarMass, charge: entry.charge, gramsPerIu: internationalStandardOf(entry.key)?.gramsPerIu ?? null };
}
