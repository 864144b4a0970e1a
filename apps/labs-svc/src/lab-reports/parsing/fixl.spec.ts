import { coded, codedWithRangeText, resultsOf } from '../../testing/reader.js';

/*
 * (fixl) Gaps a reading session wrote down, each as a made-up line; the expected rows are what a clinician reading the
 * line would say, not the reader's output.
 */
const lines = (...l: string[]) => l.join('\n');

describe('fixl 1: a comment set off by a dash after a status word in brackets', () => {
  it('a bullet with its name in bold, a status in brackets, then prose: the row, the prose no part of it', () => {
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
    expect(coded(lines('Lab Results', '- **Glucose:** 110 mg/dL (High) – recheck fasting'))).toEqual([['glucose', 110, 'mg/dL', null, null, 'high']]);
    expect(coded(lines('Lab Results', 'Ferritin: 9 ng/mL (Low) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
    expect(coded(lines('Lab Results', 'Ferritin 9 ng/mL (Low) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
  });

  it('a number in the prose (a time to retest) is the prose\'s, after an em dash too', () => {
    const [row] = coded(lines('Lab Results', '- **Vitamin D:** 18 ng/mL (Insufficient) — retest in 3 months'));
    expect(row?.slice(0, 5)).toEqual(['vitamin-d', 18, 'ng/mL', null, null]);
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - repeat in 6 weeks'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
  });

  it('negatives: a flag or a range after the dash stays the row\'s; a range\'s comment as before', () => {
    expect(coded(lines('Lab Results', 'Ferritin: 9 ng/mL (Low) - below range'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
    expect(codedWithRangeText(lines('Lab Results', '- **Vitamin D:** 18 ng/mL (Insufficient) - 30 to 100')))
      .toEqual([['vitamin-d', 18, 'ng/mL', '30 to 100', 30, 100, 'low']]);
    expect(coded(lines('Lab Results', 'Ferritin: 9 ng/mL (30-400) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', 30, 400, 'low']]);
    expect(coded(lines('Lab Results', '- Iron studies (ferritin, TSAT) - consider if anaemic'))).toEqual([]);
  });
});

describe('fixl 2: a single named tier in brackets is a tier, never the row\'s range', () => {
  // (mend5) fixl 2's narrow-band rule (79dbf430) was reverted: it was built from a made-up line and dropped real ranges
  // (`- **Magnesium:** 0.62 mmol/L (Deficient: 0.70 - 1.00 mmol/L)`). These lines read as before it: the band is the range.
  it('a state short of a need before two bounds, beside a value below them: the range, flag low (reading before fixl 2)', () => {
    expect(codedWithRangeText('Vitamin D: 15 ng/mL (Insufficient: 20 - 29)')).toEqual([['vitamin-d', 15, 'ng/mL', '20 - 29', 20, 29, 'low']]);
    expect(codedWithRangeText('- **Vitamin D:** 12 ng/mL (Insufficient: 20-29 ng/mL)')).toEqual([['vitamin-d', 12, 'ng/mL', '20-29 ng/mL', 20, 29, 'low']]);
    expect(codedWithRangeText('Vitamin D: 35 nmol/L (Insuffisance : 50 - 75)')).toEqual([['vitamin-d', 35, 'nmol/L', '50 - 75', 50, 75, 'low']]);
  });

  it('as the tier beside a value inside it, and the whole tier block', () => {
    expect(codedWithRangeText('Vitamin D: 24 ng/mL (Insufficient: 20 - 29)')).toEqual([['vitamin-d', 24, 'ng/mL', 'Insufficient: 20 - 29', null, null, null]]);
    expect(codedWithRangeText('Vitamin D: 24 ng/mL (Deficient <20, Insufficient 20-29, Sufficient 30-100)'))
      .toEqual([['vitamin-d', 24, 'ng/mL', 'Deficient <20, Insufficient 20-29, Sufficient 30-100', null, null, null]]);
  });

  it('negatives: a need\'s range after the state, and a side word, are the row\'s range', () => {
    expect(coded('- **Vitamin D (25-OH):** 24 ng/mL (Insufficient: 30 - 100 ng/mL)')).toEqual([['vitamin-d', 24, 'ng/mL', 30, 100, 'low']]);
    expect(coded('- **MCV:** 76 fL (Low: 80 - 100 fL)')).toEqual([['mean-corpuscular-volume', 76, 'fL', 80, 100, 'low']]);
    expect(coded('- **Ferritin:** 9 ng/mL (Deficient: 15 - 150 ng/mL)')).toEqual([['ferritin', 9, 'ng/mL', 15, 150, 'low']]);
  });
});

describe('fixl 3: a panel title naming its analytes in a bracket is no one of them', () => {
  it('the title over its rows is a heading: the rows under it read their own analytes', () => {
    expect(coded(lines('Cholesterol (HDL, LDL)', 'HDL 55 mg/dL', 'LDL 120 mg/dL'))).toEqual([
      ['hdl-cholesterol', 55, 'mg/dL', null, null, null], ['ldl-cholesterol', 120, 'mg/dL', null, null, null]]);
    expect(coded('Cholesterol (HDL, LDL)')).toEqual([]);
  });

  it('a value under the title or beside it is no total cholesterol (nor the HDL/LDL ratio, nor the LDL of its last word)', () => {
    expect(coded(lines('Cholesterol (HDL, LDL)', '190 mg/dL')).map((r) => r[0])).toEqual(['?Cholesterol (HDL, LDL)']);
    expect(coded('Cholesterol (HDL, LDL)   190   mg/dL   <200').map((r) => r[0])).toEqual(['?Cholesterol (HDL, LDL)']);
    expect(coded('Cholesterol (HDL and LDL)   190   mg/dL').map((r) => r[0])).toEqual(['?Cholesterol (HDL and LDL)']);
  });

  it('negatives: the total, the HDL, a bracket of one part or of words that say one analyte', () => {
    expect(coded('Cholesterol, Total 190 mg/dL')).toEqual([['total-cholesterol', 190, 'mg/dL', null, null, null]]);
    expect(coded('Cholesterol (total) 5.2 mmol/L')).toEqual([['total-cholesterol', 5.2, 'mmol/L', null, null, null]]);
    expect(coded('Cholesterol HDL 55').map((r) => r[0])).toEqual(['hdl-cholesterol']);
    expect(coded('Cholesterol, HDL 55 mg/dL').map((r) => r[0])).toEqual(['hdl-cholesterol']);
    expect(coded('HDL/LDL Ratio 0.4').map((r) => r[0])).toEqual(['hdl-ldl-ratio']);
    expect(coded('Colesterol LDL (Colesterol "malo", calculado) 163 mg/dL').map((r) => r[0])).toEqual(['ldl-cholesterol']);
    expect(coded('Glucose (fasting, plasma) 95 mg/dL').map((r) => r[0])).toEqual(['glucose']);
  });
});

describe('fixl 4: a grouped thousands bound keeps its strict comparison', () => {
  const read = (text: string) => resultsOf(text).map((c) => [c.biomarker?.key ?? null, c.value, c.valueText ?? null, c.range.high ?? null, c.range.highInclusive ?? null, c.flag ?? null]);

  it('`< 10.000 /mL` against `< 10.000`: below ten thousand, the bound itself outside', () => {
    expect(read(lines('Urin', 'Leukozyten   < 10.000 /ml   < 10.000'))).toEqual([['leukocytes-in-urine', 10000, '<10.000', 10000, false, 'normal']]);
    expect(read('| Leucócitos | < 10.000 /mL | < 10.000 /mL |')).toEqual([['white-blood-cell-count', 10000, '<10.000', 10000, false, 'normal']]);
    expect(read(lines('Urin', 'Leukozyten   10.000 /ml   < 10.000'))).toEqual([['leukocytes-in-urine', 10000, null, 10000, false, 'high']]);
  });

  it('negatives: a bound printed up to (`até`) stays inclusive; an ungrouped strict bound as before', () => {
    expect(read(lines('URINA TIPO I', 'Leucócitos   10.000 /mL   até 10.000 /mL'))).toEqual([['leukocytes-in-urine', 10000, null, 10000, true, 'normal']]);
    expect(read(lines('Urin', 'Leukozyten   12 /µl   < 25'))[0]?.slice(3, 6)).toEqual([25, false, 'normal']);
  });
});

describe('fixl 5: a qualifier in brackets that makes the ionized calcium, in any language', () => {
  it('the catalog has no ionized calcium: an unknown row, never the total calcium', () => {
    expect(coded('Calcio (iónico) 1.2 mmol/L').map((r) => r[0])).toEqual(['?Calcio (iónico)']);
    expect(coded('Cálcio (iônico)   1,20   mmol/L').map((r) => r[0])).toEqual(['?Cálcio (iônico)']);
    expect(coded('Calcium (ionisé)   1,18   mmol/L').map((r) => r[0])).not.toContain('calcium');
    expect(coded('Calcium (ionized) 1.2 mmol/L').map((r) => r[0])).not.toContain('calcium');
    expect(coded('Calcium ionisé   1,18   mmol/L').map((r) => r[0])).not.toContain('calcium');
  });

  it('negatives: a sample or the total in brackets stays calcium; other-language fractions read as before', () => {
    expect(coded('Calcio (suero) 9.4 mg/dL')).toEqual([['calcium', 9.4, 'mg/dL', null, null, null]]);
    expect(coded('Calcio (total) 9.4 mg/dL').map((r) => r[0])).toEqual(['calcium']);
    expect(coded('Bilirrubina (directa) 0.2 mg/dL').map((r) => r[0])).toEqual(['direct-bilirubin']);
    expect(coded('T4 (libre) 1.2 ng/dL').map((r) => r[0])).toEqual(['free-t4']);
    expect(coded('Free T4 (direct dialysis) 1.4 ng/dL').map((r) => r[0])).toEqual(['free-t4']);
  });
});
