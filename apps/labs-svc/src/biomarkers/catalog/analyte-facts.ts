import type { AnalyteFacts } from '../../lab-reports/parsing/units.js';
import { countFloorPerMicrolitre } from '../../lab-reports/parsing/catalog.js';
import { analyteUnitsOf } from './analyte-units.v1.js';
import { internationalStandardOf } from './international-units.v1.js';
import { possibleRangeOf } from './possible-values.v1.js';
import { unitEquationOf } from './unit-equations.v1.js';

/**
 * What converting a catalog analyte's results between units needs: its molar mass and charge (the catalog's), the grams
 * one of its international units is (its WHO International Standard's, international-units.v1.ts) and an equation
 * between two standardizations (unit-equations.v1.ts: HbA1c's IFCC and NGSP units), and units that mean another or
 * divide by a substance (analyte-units.v1.ts: an MCHC's %, an albumin/creatinine ratio's mg/mmol). One place for the normalization
 * at parse, the clinic's status, report comparisons, the latest results and the stored results' migration.
 */
export function analyteFacts(entry: { key: string | null; molarMass?: number | null; charge?: number | null; ucumUnit?: string | null }): AnalyteFacts {
  const standard = internationalStandardOf(entry.key);
  const equation = unitEquationOf(entry.key);
  const floor = entry.key && entry.ucumUnit ? countFloorPerMicrolitre(entry.key, entry.ucumUnit) : undefined;
  const possible = possibleRangeOf(entry.key);
  const units = analyteUnitsOf(entry.key);
  return {
    ...(possible ? { possible } : {}),
    ...(floor !== undefined ? { perMicrolitreFloor: floor } : {}),
    molarMass: entry.molarMass ?? null,
    charge: entry.charge ?? null,
    ...(standard ? { standard } : {}),
    ...(equation ? { equation } : {}),
    ...units,
  };
}
