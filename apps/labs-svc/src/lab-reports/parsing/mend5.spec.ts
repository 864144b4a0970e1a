import { coded } from '../../testing/reader.js';

/*
 * (mend5) Misfires an adversarial review found in fixl's and fixc's rules; each positive case failed before.
 */
const lines = (...l: string[]) => l.join('\n');

describe('mend5 1: a state short of a need before two bounds keeps the range (fixl 2 reverted)', () => {
  it('the bounds are the range, the value below them low', () => {
    expect(coded(lines('Lab Results', '- **Magnesium:** 0.62 mmol/L (Deficient: 0.70 - 1.00 mmol/L)'))).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
    expect(coded(lines('Lab Results', '- **Iron:** 45 ug/dL (Insufficient: 60 - 110 ug/dL)'))).toEqual([['iron', 45, 'ug/dL', 60, 110, 'low']]);
    expect(coded(lines('Lab Results', '- **Potassium:** 3.2 mmol/L (Insufficient: 3.5 - 5.1)'))).toEqual([['potassium', 3.2, 'mmol/L', 3.5, 5.1, 'low']]);
  });
});

describe('mend5 2: `target`/`goal` in a row\'s name with a value and a range is a row', () => {
  const header = 'Test                                        Result   Units    Reference';
  it('the row keeps value, range, flag (an unknown name printed as is)', () => {
    expect(coded(lines(header, 'INR on warfarin therapy - target            2.6               2.0 - 3.0')).map((r) => r.slice(1))).toEqual([[2.6, null, 2, 3, 'normal']]);
    expect(coded(lines(header, 'Tacrolimus trough level, therapeutic target 8.2      ng/mL    5 - 15')).map((r) => r.slice(1))).toEqual([[8.2, 'ng/mL', 5, 15, 'normal']]);
    expect(coded(lines(header, 'Vancomycin trough (pre-dose) level target   12       mg/L     10 - 20')).map((r) => r.slice(1))).toEqual([[12, 'mg/L', 10, 20, 'normal']]);
    expect(coded('LDL Cholesterol (calc) - treatment target   3.4   mmol/L   < 2.6').map((r) => r.slice(1))).toEqual([[3.4, 'mmol/L', null, 2.6, 'high']]);
    expect(coded('LDL-C high risk patients target   3.4   mmol/L   < 1.8').map((r) => r.slice(1))).toEqual([[3.4, 'mmol/L', null, 1.8, 'high']]);
  });

  it('negatives: a target with its comparator and nothing else is a comment, no row', () => {
    expect(coded('Comment: in very high risk patients consider LDL-C target <1.8 mmol/L')).toEqual([]);
    expect(coded('In patients with diabetes consider LDL-C target <1.8 mmol/L')).toEqual([]);
  });
});

describe('mend5 3: a bracket of one analyte and a method word names that analyte', () => {
  it('non-HDL, LDL by an equation', () => {
    expect(coded(lines('Lab Results', 'Cholesterol (non-HDL, calculated): 140 mg/dL')).map((r) => r[0])).toEqual(['non-hdl-cholesterol']);
    expect(coded(lines('Lab Results', 'Cholesterol (LDL, Friedewald): 3.2 mmol/L')).map((r) => r[0])).toEqual(['ldl-cholesterol']);
    expect(coded(lines('Lab Results', 'Cholesterol (LDL, Martin-Hopkins): 128 mg/dL')).map((r) => r[0])).toEqual(['ldl-cholesterol']);
    expect(coded(lines('Lab Results', 'Cholesterol (LDL, NIH equation): 127 mg/dL')).map((r) => r[0])).toEqual(['ldl-cholesterol']);
  });

  it('negatives: a bracket of two analytes or more is still a panel\'s title', () => {
    expect(coded(lines('Lab Results', 'Cholesterol (HDL, LDL, total): 190 mg/dL')).map((r) => r[0])).toEqual(['?Cholesterol (HDL, LDL, total)']);
    expect(coded('Cholesterol (HDL, LDL)   190   mg/dL   <200').map((r) => r[0])).toEqual(['?Cholesterol (HDL, LDL)']);
  });
});

describe('mend5 4: a second result after a status and a dash is no prose', () => {
  it('both results read', () => {
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - Iron: 40 ug/dL (Low)')).map((r) => r[0])).toEqual(['ferritin', 'iron']);
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - MCV 72 fL (Low)')).map((r) => r[0])).toEqual(['ferritin', 'mean-corpuscular-volume']);
    expect(coded(lines('Lab Results', '- **LDL:** 190 mg/dL (High) - HDL 38 mg/dL (Low)')).map((r) => r[0])).toEqual(['ldl-cholesterol', 'hdl-cholesterol']);
  });

  it('negatives: prose after the dash is still no part of the row', () => {
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - iron studies advised'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
  });
});

describe('mend5 5: a card\'s reference line after a comment is the card\'s, never the next card\'s', () => {
  const card = ['Vitamin D, 25-OH', 'Below Range', '42', 'ng/mL', 'Optimal: 50 - 80', 'Vitamin D supports bone and immune health.', 'Reference interval: 30 - 100 ng/mL'];
  it('the reference interval is the card\'s range; the next card has none', () => {
    expect(coded(lines(...card, '', 'Glucose', 'In Range', '84', 'mg/dL'))).toEqual([
      ['vitamin-d', 42, 'ng/mL', 30, 100, 'normal'], ['glucose', 84, 'mg/dL', null, null, 'normal']]);
  });

  it('negatives: with the reference line right under the optimal one, and with no reference line, as before', () => {
    expect(coded(lines('Vitamin D, 25-Hydroxy', 'Below Range', '24', 'ng/mL', 'Optimal: 50 - 80', 'Reference: 30 - 100'))).toEqual([['vitamin-d', 24, 'ng/mL', 30, 100, 'low']]);
    expect(coded(lines('Hemoglobin A1c', 'Above Range', '5.9', '%', 'Optimal: < 5.4'))).toEqual([['hemoglobin-a1c', 5.9, '%', null, 5.4, 'high']]);
  });
});
