/*
 * Possible values, version 1 (review cr29's leftovers): for analytes whose units laboratories misprint, the widest range
 * a living patient's result can take, in the catalog's unit — far outside any reference range (the extremes of
 * critical care, leukaemias, myeloma, heart failure), the clinic's judgement, frozen like the catalog. A normalized value
 * outside it is a misprinted unit, not a result: the result stays as printed, out of trends (`unit-not-convertible`),
 * its flag and the lab's range untouched. Examples the audit found in the keyed sets: a protein in `g/L` on g/dL values
 * (albumin 2.8 → 0.28 g/dL), a free T4 in `nmol/L` meaning pmol/L (13 → 1,010 ng/dL), an NT-proBNP in `nmol/L` meaning
 * ng/L (750 → 6.3 million pg/mL), a haemoglobin in `g/mL` (12.5 → 1,250 g/dL).
 * Bounds checked against published extremes (review, 2026-12-05): a haemoglobin of 0.7 g/dL survived (extreme
 * haemodilution), glucose 5,600 mg/dL (Soni et al., Diabetes Care 1990), sodium up to 255 mmol/L in salt poisoning,
 * creatinine 73.8 mg/dL (Case Rep Nephrol 2021), total T4 282 µg/dL after a child's levothyroxine overdose (Mandel, Clin
 * Pediatr 1989), free T4 in thyroid storm above 15 ng/dL, counts of 0 after chemotherapy. Kept on purpose: albumin from
 * 0.5 g/dL — congenital analbuminaemia (below 0.1 g/dL, about one in a million) drops out of trends, so that the common
 * misprint of g/dL values under `g/L` (2.8 → 0.28) does not enter them.
 */
import { ownEntry } from '../../lab-reports/parsing/memo.js';

export interface PossibleRange {
  /** The catalog's unit (UCUM) the bounds are in. */
  unit: string;
  min: number;
  max: number;
}

export const POSSIBLE_VALUES_V1: Readonly<Record<string, PossibleRange>> = {
  hemoglobin: { unit: 'g/dL', min: 0.5, max: 30 },
  hematocrit: { unit: '%', min: 1, max: 85 },
  'red-blood-cell-count': { unit: '10*6/uL', min: 0.15, max: 12 },
  'white-blood-cell-count': { unit: '10*3/uL', min: 0, max: 1500 },
  'platelet-count': { unit: '10*3/uL', min: 0, max: 5000 },
  plateletcrit: { unit: '%', min: 0, max: 6 },
  albumin: { unit: 'g/dL', min: 0.5, max: 7.5 },
  'total-protein': { unit: 'g/dL', min: 1, max: 20 },
  glucose: { unit: 'mg/dL', min: 5, max: 6000 },
  'hemoglobin-a1c': { unit: '%', min: 2, max: 25 },
  sodium: { unit: 'mmol/L', min: 80, max: 260 },
  potassium: { unit: 'mmol/L', min: 0.8, max: 15 },
  calcium: { unit: 'mg/dL', min: 2, max: 25 },
  creatinine: { unit: 'mg/dL', min: 0.02, max: 80 },
  'total-cholesterol': { unit: 'mg/dL', min: 10, max: 4000 },
  'thyroid-stimulating-hormone': { unit: 'm[IU]/L', min: 0.0005, max: 2000 },
  'free-t4': { unit: 'ng/dL', min: 0.02, max: 50 },
  'total-t4': { unit: 'ug/dL', min: 0.1, max: 300 },
  'free-t3': { unit: 'pg/mL', min: 0.1, max: 100 },
  'total-t3': { unit: 'ng/dL', min: 5, max: 2000 },
  'reverse-t3': { unit: 'ng/dL', min: 0.5, max: 500 },
  'nt-probnp': { unit: 'pg/mL', min: 0.5, max: 500000 },
  'dhea-sulfate': { unit: 'ug/dL', min: 0.5, max: 3000 },
  'mean-corpuscular-volume': { unit: 'fL', min: 30, max: 250 },
  'mean-corpuscular-hemoglobin': { unit: 'pg', min: 8, max: 80 },
  'mean-corpuscular-hemoglobin-concentration': { unit: 'g/dL', min: 18, max: 50 },
  // (2026-12-06, fourteenth session: keyed set 12's OCR text read a micro sign as `p` — `Cortisol  14.2  pg/dL`,
  // `Homocysteine  12.8  pmol/L` — and normalized a millionth of the value.) A serum cortisol from 0.01 µg/dL (far below
  // any assay's limit, about 0.2; adrenal crisis) to 300 (ectopic ACTH secretion reaches 100–200); a total homocysteine
  // from 0.5 µmol/L to 500 (classical homocystinuria, above 100, reported to about 400); an insulin from 0.01 µIU/mL to
  // 20,000 (insulinomas and insulin overdoses reach thousands).
  cortisol: { unit: 'ug/dL', min: 0.01, max: 300 },
  homocysteine: { unit: 'umol/L', min: 0.5, max: 500 },
  insulin: { unit: 'u[IU]/mL', min: 0.01, max: 20000 },
};

/** The possible range of a catalog key, if one is set. */
export function possibleRangeOf(key: string | null | undefined): PossibleRange | undefined {
  return key ? ownEntry(POSSIBLE_VALUES_V1, key) : undefined;
}
