/*
 * Analyte units, version 1: units laboratories print for an analyte that UCUM alone cannot convert into the catalog's,
 * though what they mean is fixed. Frozen like the catalog; a change is a new module. A result is still stored as
 * printed; only its normalized value uses this.
 *
 *   microalbumin-creatinine-ratio   a ratio **per creatinine**: UK, European and Australian laboratories print it per
 *                                   millimole of creatinine (mg/mmol; NICE NG203's thresholds 3, 30 and 70 mg/mmol),
 *                                   US ones per gram (mg/g; KDIGO's 30 and 300 mg/g). Through creatinine's molar mass,
 *                                   113.12 g/mol (the catalog's creatinine), 1 mg/mmol = 1 / 0.11312 = 8.84 mg/g — the
 *                                   factor KDIGO 2012 prints (3 mg/mmol ≈ 30 mg/g). `g/mol` is mg/mmol.
 *   mean-corpuscular-hemoglobin-concentration   `%`: grams of haemoglobin per 100 mL of packed red cells, the older
 *                                   notation of g/dL (the same number; MCHC = Hb / Hct × 100), as Indian and older
 *                                   analysers still print it (`MCHC  33.5 %  32 - 36`).
 *
 * Not here: a protein/creatinine ratio (no catalog entry), haemoglobin in `%` (Sahli's per cent of a nominal
 * haemoglobin, whose 100 % differs between methods: no fixed meaning), eGFR in mL/min (a shorthand of
 * mL/min/1.73 m², kept as the catalog's unit by the reader).
 */
import { ownEntry } from '../../lab-reports/parsing/memo.js';
import type { AnalyteFacts } from '../../lab-reports/parsing/units.js';

/** What this module says of an analyte: the facts `per` (a ratio's substance) and `meanings` (units meaning another). */
export type AnalyteUnits = Pick<AnalyteFacts, 'per' | 'meanings'>;

export const ANALYTE_UNITS_V1: Readonly<Record<string, AnalyteUnits>> = {
  'microalbumin-creatinine-ratio': { per: { substance: 'creatinine', molarMass: 113.12 } },
  'mean-corpuscular-hemoglobin-concentration': {
    meanings: { '%': { unit: 'g/dL', note: 'reading % as g/dL (grams of haemoglobin per 100 mL of red cells)' } },
  },
};

/** The units of a catalog key that convert only with what this module says of it. */
export function analyteUnitsOf(key: string | null | undefined): AnalyteUnits | undefined {
  return key ? ownEntry(ANALYTE_UNITS_V1, key) : undefined;
}
