import type { LabFlag, LabStatus, SexAtBirth } from '@pg/contracts';
import { OPTIMAL_RANGES_V1, SOURCES } from '../biomarkers/catalog/optimal-ranges.v1.js';
import { rateResult, summarize, type RatingInput } from './lab-status.js';

/*
 * Expected statuses written from the cited bounds (docs/labs.md, "Optimal ranges and status"), not from the code:
 * ATP III LDL <100 mg/dL optimal; AHA 2011 triglycerides <100 mg/dL; ADA fasting glucose 70–<100 mg/dL, A1c <5.7 %;
 * ACG 2017 ALT ≤33 U/L men, ≤25 U/L women; EAS 2022 Lp(a) <75 nmol/L or <30 mg/dL; AHA/CDC hs-CRP <1.0 mg/L;
 * Endocrine Society 2011 vitamin D 40–60 ng/mL; NACB TSH ≤2.5 mIU/L; testosterone 400–700 ng/dL (men only, policy).
 */

const GLUCOSE_MOLAR_MASS = 180.156;

type Row = [string, Partial<RatingInput> & Pick<RatingInput, 'biomarkerKey'>, SexAtBirth | null, LabStatus | null];

const r = (key: string, value: number | null, unit: string | null, flag: LabFlag | null, extra: Partial<RatingInput> = {}): Partial<RatingInput> & Pick<RatingInput, 'biomarkerKey'> =>
  ({ biomarkerKey: key, value, unit, flag, ...extra });

const CASES: Row[] = [
  // The lab's flag decides what is outside its normal range, whatever the optimal bounds.
  ['glucose 145 mg/dL flagged high by the lab', r('glucose', 145, 'mg/dL', 'high'), 'female', 'high'],
  ['glucose 50 mg/dL flagged critical-low', r('glucose', 50, 'mg/dL', 'critical-low'), 'male', 'critical-low'],
  ['potassium 6.8 flagged critical-high (no optimal bounds)', r('potassium', 6.8, 'mmol/L', 'critical-high'), 'male', 'critical-high'],
  ['a qualitative result flagged abnormal', r('urine-protein', null, null, 'abnormal'), 'female', 'abnormal'],
  ['LDL 90 mg/dL flagged low by a lab range that starts at 100', r('ldl-cholesterol', 90, 'mg/dL', 'low'), 'male', 'low'],
  // Normal by the lab: optimal when inside the cited bounds.
  ['glucose 85 mg/dL, normal: inside 70–<100', r('glucose', 85, 'mg/dL', 'normal'), 'female', 'optimal'],
  ['glucose 99 mg/dL, normal: still below 100', r('glucose', 99, 'mg/dL', 'normal'), 'female', 'optimal'],
  ['glucose 100 mg/dL, unflagged: 100 is not below 100, and no lab range → not rated', r('glucose', 100, 'mg/dL', null), 'female', null],
  ['glucose 68 mg/dL, normal by a lab range 65–99: below 70', r('glucose', 68, 'mg/dL', 'normal'), 'male', 'normal'],
  ['glucose 5.0 mmol/L, normal: 90.1 mg/dL once converted', r('glucose', 5.0, 'mmol/L', 'normal', { molarMass: GLUCOSE_MOLAR_MASS }), 'male', 'optimal'],
  ['glucose 5.8 mmol/L, normal by the lab: 104.5 mg/dL', r('glucose', 5.8, 'mmol/L', 'normal', { molarMass: GLUCOSE_MOLAR_MASS }), 'male', 'normal'],
  ['HbA1c 5.6 %, normal', r('hemoglobin-a1c', 5.6, '%', 'normal'), 'female', 'optimal'],
  ['HbA1c 5.7 %, unflagged: not below 5.7', r('hemoglobin-a1c', 5.7, '%', null), 'female', null],
  ['LDL 99 mg/dL, normal', r('ldl-cholesterol', 99, 'mg/dL', 'normal'), 'female', 'optimal'],
  ['LDL 120 mg/dL, normal by the lab (<130)', r('ldl-cholesterol', 120, 'mg/dL', 'normal'), 'female', 'normal'],
  ['HDL 60 mg/dL, normal: ≥60 is optimal', r('hdl-cholesterol', 60, 'mg/dL', 'normal'), 'male', 'optimal'],
  ['HDL 59 mg/dL, normal', r('hdl-cholesterol', 59, 'mg/dL', 'normal'), 'male', 'normal'],
  ['triglycerides 95 mg/dL, unflagged: inside the optimal bound', r('triglycerides', 95, 'mg/dL', null), 'male', 'optimal'],
  ['triglycerides 140 mg/dL, normal (<150)', r('triglycerides', 140, 'mg/dL', 'normal'), 'male', 'normal'],
  ['hs-CRP <0.3 mg/L (a censored value), normal: every value it allows is below 1.0', r('hs-crp', 0.3, 'mg/L', 'normal', { comparator: '<' }), 'female', 'optimal'],
  ['hs-CRP <3 mg/L, normal: might be above 1.0', r('hs-crp', 3, 'mg/L', 'normal', { comparator: '<' }), 'female', 'normal'],
  ['hs-CRP 0.8 mg/dL (8 mg/L), flagged high', r('hs-crp', 0.8, 'mg/dL', 'high'), 'female', 'high'],
  ['Lp(a) 60 nmol/L, normal', r('lipoprotein-a', 60, 'nmol/L', 'normal'), 'male', 'optimal'],
  ['Lp(a) 25 mg/dL, normal: the mg/dL bound applies (<30)', r('lipoprotein-a', 25, 'mg/dL', 'normal'), 'male', 'optimal'],
  ['Lp(a) 40 mg/dL, normal by the lab', r('lipoprotein-a', 40, 'mg/dL', 'normal'), 'male', 'normal'],
  // Sex at birth decides where the bounds differ.
  ['ALT 30 U/L, normal, male: ≤33', r('alanine-aminotransferase', 30, 'U/L', 'normal'), 'male', 'optimal'],
  ['ALT 30 U/L, normal, female: above 25', r('alanine-aminotransferase', 30, 'U/L', 'normal'), 'female', 'normal'],
  ['ALT 25 U/L, normal, female: ≤25', r('alanine-aminotransferase', 25, 'U/L', 'normal'), 'female', 'optimal'],
  ['ALT 20 U/L, normal, sex unknown: the bounds differ by sex, so none applies', r('alanine-aminotransferase', 20, 'U/L', 'normal'), null, 'normal'],
  ['ALT 20 U/L, normal, intersex: no sex-specific bound applies', r('alanine-aminotransferase', 20, 'U/L', 'normal'), 'intersex', 'normal'],
  ['testosterone 550 ng/dL, normal, male', r('testosterone', 550, 'ng/dL', 'normal'), 'male', 'optimal'],
  ['testosterone 19.1 nmol/L (550.9 ng/dL), normal, male', r('testosterone', 19.1, 'nmol/L', 'normal', { molarMass: 288.42 }), 'male', 'optimal'],
  ['testosterone 300 ng/dL, normal, male: below 400', r('testosterone', 300, 'ng/dL', 'normal'), 'male', 'normal'],
  ['testosterone 40 ng/dL, normal, female: no optimal range for women', r('testosterone', 40, 'ng/dL', 'normal'), 'female', 'normal'],
  ['vitamin D 45 ng/mL, normal', r('vitamin-d', 45, 'ng/mL', 'normal'), 'female', 'optimal'],
  ['vitamin D 60 ng/mL, normal: 60 is inside', r('vitamin-d', 60, 'ng/mL', 'normal'), 'female', 'optimal'],
  ['vitamin D 35 ng/mL, normal by the lab (30–100)', r('vitamin-d', 35, 'ng/mL', 'normal'), 'female', 'normal'],
  ['TSH 1.8 uIU/mL, normal: 1.8 mIU/L', r('thyroid-stimulating-hormone', 1.8, 'u[IU]/mL', 'normal'), 'male', 'optimal'],
  ['TSH 3.9 mIU/L, normal by the lab', r('thyroid-stimulating-hormone', 3.9, 'm[IU]/L', 'normal'), 'male', 'normal'],
  ['eGFR 95, normal', r('egfr', 95, 'mL/min/{1.73_m2}', 'normal'), 'male', 'optimal'],
  ['eGFR 75, normal by the lab (>59)', r('egfr', 75, 'mL/min/{1.73_m2}', 'normal'), 'male', 'normal'],
  // No optimal bounds: the lab's flag alone.
  ['sodium 140 mmol/L, normal (no optimal bounds)', r('sodium', 140, 'mmol/L', 'normal'), 'male', 'normal'],
  ['an unknown biomarker without a flag', r('zonulin', 48.2, 'ng/mL', null), 'male', null],
  ['LDL in a unit that does not convert to mg/dL (U/L), normal', r('ldl-cholesterol', 90, 'U/L', 'normal'), 'male', 'normal'],
  ['LDL without a number, normal', r('ldl-cholesterol', null, null, 'normal'), 'male', 'normal'],
];

describe('rateResult(): the clinic status from the lab flag and the cited optimal bounds', () => {
  it.each(CASES)('%s', (_name, input, sex, expected) => {
    expect(rateResult({ value: null, unit: null, flag: null, ...input }, sex).status).toBe(expected);
  });

  it('gives the bounds it rated against, in their unit, with their source', () => {
    expect(rateResult({ biomarkerKey: 'alanine-aminotransferase', value: 30, unit: 'U/L', flag: 'normal' }, 'female').optimal)
      .toEqual({ high: 25, unit: 'U/L', source: 'acg-2017' });
    expect(rateResult({ biomarkerKey: 'lipoprotein-a', value: 25, unit: 'mg/dL', flag: 'normal' }, 'female').optimal)
      .toEqual({ high: 30, unit: 'mg/dL', source: 'eas-lpa-2022' });
    expect(rateResult({ biomarkerKey: 'vitamin-d', value: 45, unit: 'ng/mL', flag: null }, null).optimal)
      .toEqual({ low: 40, high: 60, unit: 'ng/mL', source: 'endo-vitd-2011' });
    expect(rateResult({ biomarkerKey: 'sodium', value: 140, unit: 'mmol/L', flag: 'normal' }, 'male').optimal).toBeUndefined();
  });

  it('cites a source for every entry, and every entry names a bound', () => {
    for (const e of OPTIMAL_RANGES_V1) {
      expect([e.key, SOURCES[e.source]]).toEqual([e.key, expect.stringMatching(/\d{4}/)]);
      const sets = [...(e.all ?? []), ...(e.male ?? []), ...(e.female ?? [])];
      expect([e.key, sets.length > 0 && sets.every((b) => b.atLeast !== undefined || b.below !== undefined || b.atMost !== undefined)]).toEqual([e.key, true]);
    }
  });
});

describe('summarize(): a report\'s counts', () => {
  it('counts optimal, normal, out of range (low, high, critical, abnormal) and unrated', () => {
    expect(summarize(['optimal', 'optimal', 'normal', 'high', 'critical-low', 'abnormal', null, 'low'])).toEqual({ total: 8, optimal: 2, normal: 1, outOfRange: 4, unrated: 1 });
    expect(summarize([])).toEqual({ total: 0, optimal: 0, normal: 0, outOfRange: 0, unrated: 0 });
  });
});
