/**
 * Glucose units and the consensus ranges (Battelino et al., Diabetes Care 2019;42:1593). The one place that knows
 * the conversion: every reader and every view converts through these functions.
 */

/** mg/dL per mmol/L of glucose (molar mass 180.156 g/mol ÷ 10). */
export const MGDL_PER_MMOL = 18.0156;

/** Censoring bounds of a `High` / `Low` CGM reading (Dexcom and Libre display range 40–400 mg/dL). */
export const GLUCOSE_HIGH_BOUND_MGDL = 400;
export const GLUCOSE_LOW_BOUND_MGDL = 40;

/** mmol/L → mg/dL, rounded to the whole mg/dL a meter displays. */
export function mmolToMgdl(mmol: number): number {
  return Math.round(mmol * MGDL_PER_MMOL);
}

/** mg/dL → mmol/L, rounded to the one decimal a meter displays (100 mg/dL → 5.6). */
export function mgdlToMmol(mgdl: number): number {
  return Math.round((mgdl / MGDL_PER_MMOL) * 10) / 10;
}

/** A glucose value in either unit → mg/dL as stored. */
export function toMgdl(value: number, unit: 'mg/dL' | 'mmol/L'): number {
  return unit === 'mmol/L' ? mmolToMgdl(value) : value;
}

export const GLUCOSE_BANDS = ['veryLow', 'low', 'inRange', 'high', 'veryHigh'] as const;
export type GlucoseBand = (typeof GLUCOSE_BANDS)[number];

/**
 * The consensus band of a reading, on the whole mg/dL the device displays: < 54, 54–69, 70–180, 181–250, > 250.
 * A value from a mmol/L export was converted (and rounded) first, so 3.9 mmol/L (70) is in range and 10.0 (180) too.
 */
export function glucoseBand(mgdl: number): GlucoseBand {
  const v = Math.round(mgdl);
  if (v < 54) return 'veryLow';
  if (v < 70) return 'low';
  if (v <= 180) return 'inRange';
  if (v <= 250) return 'high';
  return 'veryHigh';
}
