import { codedWithRangeText, resultsOf } from '../../testing/reader.js';

// (mend14) Misfires of fixige a reviewer found with made-up lines (review cr10), each failing before this change.
const lines = (...l: string[]) => l.join('\n');

describe('mend14: a range\'s 0 in an IgE unit is no allergen class', () => {
  it('`0  -  100` after IU/mL or kUA/L keeps its range and the row its high flag', () => {
    expect(codedWithRangeText(lines(
      'Test             Result   Units    Reference     Flag',
      'Total IgE        250      IU/mL    0  -  100   H',
      'Peanut IgE       0.80     kUA/L    0  -  0.35  H',
      'Anti-TPO         50       IU/mL    0  -  34    H',
    )).map((r) => [r[1], r[4], r[5], r[6]])).toEqual([[250, 0, 100, 'high'], [0.8, 0, 0.35, 'high'], [50, 0, 34, 'high']]);
  });
});

describe('mend14: a GP journal keeps every dated result, each at its own date', () => {
  it('the day before\'s creatinine and potassium stay, dated', () => {
    const read = resultsOf(lines(
      'Date          Term                                  Value / Range',
      '10-May-2026   Serum creatinine level                180 umol/L (45 - 90)',
      '10-May-2026   Serum potassium level                 6.2 mmol/L (3.5 - 5.3)',
      '12-May-2026   Serum creatinine level                91 umol/L (45 - 90)',
      '12-May-2026   Serum potassium level                 4.4 mmol/L (3.5 - 5.3)',
    ));
    expect(read.map((r) => [r.biomarker?.key, r.value, r.collectedAt.slice(0, 10)])).toEqual([
      ['creatinine', 180, '2026-05-10'], ['potassium', 6.2, '2026-05-10'], ['creatinine', 91, '2026-05-12'], ['potassium', 4.4, '2026-05-12'],
    ]);
  });
});

describe('mend14: a qualitative answer is no column header', () => {
  it('`Test result   Positive` under a table is a row', () => {
    expect(codedWithRangeText(lines('Test               Result     Units   Reference', 'Glucose            5.2        mmol/L  3.9 - 6.1',
      'Test result        Positive')).map((r) => r[0])).toContain('?Test result');
  });
});

describe('mend15: an allergen class\'s word is no flag', () => {
  it('`1  Low`, `2  Moderate`, `0  Negative` after the class give no flag and no range; a flag column after a range still flags', () => {
    const read = codedWithRangeText(lines('Allergen          Result   Units   Class   Interpretation',
      'Hazelnut          0.40     kUA/L   1       Low', 'Peanut            3.20     kUA/L   2       Moderate', 'Cat dander        0.10     kUA/L   0       Negative'));
    expect(read.map((r) => [r[1], r[3], r[6]])).toEqual([[0.4, null, null], [3.2, null, null], [0.1, null, null]]);
    expect(codedWithRangeText(lines('Test             Result   Units    Reference     Flag', 'Peanut IgE       0.80     kUA/L    <0.35       High')).map((r) => r[6])).toEqual(['high']);
  });
});
