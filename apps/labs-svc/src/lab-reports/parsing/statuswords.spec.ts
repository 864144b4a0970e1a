import { catalog, coded, rowsOf } from '../../testing/reader.js';
import { normalizeFlag } from './flags.js';
import { cellKind } from './table.js';

/*
 * (statuswords) A status phrase in words — `Above range`, `Below normal`, `In range`, `Out of range`, `Within normal
 * limits` — as consumer and longevity services print it (Superpower between the value and its range, Everlywell after
 * the range, Function Health in a status column): the row's flag, and never the loss of the range or the row. The
 * printed range decides where the phrase names no side (`Out of range`) or contradicts it, as flagwords decides after
 * a range. Every expected row is written from the printed (made-up) line, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('statuswords: the phrases are flags', () => {
  it('normalizeFlag reads a side, in range and out of range in words', () => {
    expect(normalizeFlag('Above range')).toBe('high');
    expect(normalizeFlag('Above normal')).toBe('high');
    expect(normalizeFlag('Above the normal range')).toBe('high');
    expect(normalizeFlag('Below range')).toBe('low');
    expect(normalizeFlag('Below normal')).toBe('low');
    expect(normalizeFlag('Below normal range')).toBe('low');
    expect(normalizeFlag('In Range')).toBe('normal');
    expect(normalizeFlag('Within range')).toBe('normal');
    expect(normalizeFlag('Within normal limits')).toBe('normal');
    expect(normalizeFlag('**In range**')).toBe('normal');
    expect(normalizeFlag('Out of Range')).toBe('abnormal');
    expect(normalizeFlag('Outside normal range')).toBe('abnormal');
  });

  it('labels, tiers and names are no flags', () => {
    for (const words of ['Normal range', 'Reference range', 'Optimal', 'Near optimal', 'Above optimal range', 'Optimal range', 'Low risk', 'High risk',
      'Average risk', 'Borderline high', 'Desirable', 'High sensitivity', 'In', 'Range']) expect(normalizeFlag(words)).toBeNull();
  });
});

describe('statuswords: a status phrase between the value and its range (Superpower)', () => {
  it('each line alone: the range kept, the phrase the flag', () => {
    expect(coded('Apolipoprotein B  104 mg/dL  Above range  (< 90 mg/dL)')).toEqual([['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high']]);
    expect(coded('LDL Cholesterol  131 mg/dL  Above range  (< 100 mg/dL)')).toEqual([['ldl-cholesterol', 131, 'mg/dL', null, 100, 'high']]);
    expect(coded('Uric Acid  7.1 mg/dL  Above range  (2.5 - 7.0 mg/dL)')).toEqual([['uric-acid', 7.1, 'mg/dL', 2.5, 7, 'high']]);
    expect(coded('Lipoprotein(a)  15 nmol/L  In range  (< 75 nmol/L)')).toEqual([['lipoprotein-a', 15, 'nmol/L', null, 75, 'normal']]);
    expect(coded('Fasting Glucose  86 mg/dL  In range  (65 - 99 mg/dL)')).toEqual([['glucose', 86, 'mg/dL', 65, 99, 'normal']]);
    expect(coded('Uric Acid  8.1 mg/dL  Above range  4.0-8.0')).toEqual([['uric-acid', 8.1, 'mg/dL', 4, 8, 'high']]);
    expect(rowsOf('Apolipoprotein B  104 mg/dL  Above range  (< 90 mg/dL)')).toEqual([
      { name: 'Apolipoprotein B', value: 104, unit: 'mg/dL', flag: 'Above range', rangeText: '< 90 mg/dL' }]);
  });

  it('the dashboard\'s block, under its section words', () => {
    expect(coded(lines(
      'SUPERPOWER   Biomarker results   Collected Nov 2, 2025',
      'Heart',
      '  Apolipoprotein B        104 mg/dL     Above range   (< 90 mg/dL)',
      '  Lipoprotein(a)          15 nmol/L     In range      (< 75 nmol/L)',
      '  LDL Cholesterol         131 mg/dL     Above range   (< 100 mg/dL)',
      'Metabolic',
      '  Fasting Glucose         86 mg/dL      In range      (65 - 99 mg/dL)',
      '  HOMA-IR                 0.9           In range      (< 2.0)',
      'Inflammation',
      '  hs-CRP                  0.3 mg/L      In range      (< 1.0 mg/L)',
      '  Uric Acid               7.1 mg/dL     Above range   (2.5 - 7.0 mg/dL)',
    ))).toEqual([
      ['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high'],
      ['lipoprotein-a', 15, 'nmol/L', null, 75, 'normal'],
      ['ldl-cholesterol', 131, 'mg/dL', null, 100, 'high'],
      ['glucose', 86, 'mg/dL', 65, 99, 'normal'],
      // (HOMA-IR prints no unit: the catalog's dimensionless index.)
      ['homa-ir', 0.9, '{index}', null, 2, 'normal'],
      ['hs-crp', 0.3, 'mg/L', null, 1, 'normal'],
      ['uric-acid', 7.1, 'mg/dL', 2.5, 7, 'high'],
    ]);
  });

  it('two plain bounds after the phrase are the range', () => {
    expect(coded('Hemoglobin  11.9 g/dL  Below normal  13.5  17.5')).toEqual([['hemoglobin', 11.9, 'g/dL', 13.5, 17.5, 'low']]);
  });

  it('`Out of range` names no side: the range gives it; words the range contradicts give way to it', () => {
    expect(coded('Apolipoprotein B  104 mg/dL  Out of range  (< 90 mg/dL)')).toEqual([['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high']]);
    expect(coded('Apolipoprotein B  104 mg/dL  In range  (< 90 mg/dL)')).toEqual([['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high']]);
    expect(coded('Vitamin D  52 ng/mL  Out of range  30-100')).toEqual([['vitamin-d', 52, 'ng/mL', 30, 100, 'normal']]);
    expect(coded('Uric Acid  6.1 mg/dL  Above range  (2.5 - 7.0 mg/dL)')).toEqual([['uric-acid', 6.1, 'mg/dL', 2.5, 7, 'normal']]);
  });

  it('a flag letter before the phrase that says the same side stays; one that says another leaves the line unread', () => {
    expect(coded('Apolipoprotein B  104 H mg/dL  Above range  (< 90 mg/dL)')).toEqual([['apolipoprotein-b', 104, 'mg/dL', null, 90, 'high']]);
    expect(coded('Apolipoprotein B  104 L mg/dL  Above range  (< 90 mg/dL)')).toEqual([]);
  });
});

describe('statuswords: a status phrase after the range (Everlywell)', () => {
  it('after a labelled range and after a bare one', () => {
    expect(coded('Free Testosterone  41 pg/mL  Normal range 47-244  Below normal')).toEqual([['testosterone-free', 41, 'pg/mL', 47, 244, 'low']]);
    expect(coded('Free Testosterone  41 pg/mL  47-244  Below normal')).toEqual([['testosterone-free', 41, 'pg/mL', 47, 244, 'low']]);
    expect(coded('Free Testosterone  260 pg/mL  47-244  Above normal')).toEqual([['testosterone-free', 260, 'pg/mL', 47, 244, 'high']]);
    expect(coded('Free Testosterone  41 pg/mL  47-244  Below range')).toEqual([['testosterone-free', 41, 'pg/mL', 47, 244, 'low']]);
    expect(rowsOf('Free Testosterone  41 pg/mL  47-244  Below range')).toEqual([
      { name: 'Free Testosterone', value: 41, unit: 'pg/mL', rangeText: '47-244', flag: 'Below range' }]);
  });

  it('the kit\'s block', () => {
    expect(coded(lines(
      'EVERLYWELL  Men\'s Health Test  (dried blood spot)',
      'Your results',
      'DHEA-S                         95 ug/dL        Normal range 88-483        Normal',
      'Estradiol                      22 pg/mL        Normal range 10-40         Normal',
      'Free Testosterone              41 pg/mL        Normal range 47-244        Below normal',
      'TSH                            2.0 uIU/mL      Normal range 0.4-4.5       Normal',
    ))).toEqual([
      ['dhea-sulfate', 95, 'ug/dL', 88, 483, 'normal'],
      ['estradiol', 22, 'pg/mL', 10, 40, 'normal'],
      ['testosterone-free', 41, 'pg/mL', 47, 244, 'low'],
      ['thyroid-stimulating-hormone', 2, 'u[IU]/mL', 0.4, 4.5, 'normal'],
    ]);
  });

  it('the phrase in Markdown emphasis (an italic or bold status after the range)', () => {
    expect(coded('Glucose  86 mg/dL  70-99  *In range*')).toEqual([['glucose', 86, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Glucose  120 mg/dL  70-99  *In range*')).toEqual([['glucose', 120, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucose  120 mg/dL  70-99  *Outside reference range*')).toEqual([['glucose', 120, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucose  120 mg/dL  70-99  **Above range**')).toEqual([['glucose', 120, 'mg/dL', 70, 99, 'high']]);
  });

  it('with no range printed, the phrase alone is the flag', () => {
    expect(coded('Free Testosterone  41 pg/mL  Below normal')).toEqual([['testosterone-free', 41, 'pg/mL', null, null, 'low']]);
    expect(coded('Apolipoprotein B  104 mg/dL  Above range')).toEqual([['apolipoprotein-b', 104, 'mg/dL', null, null, 'high']]);
  });

  it('words the range contradicts give way to it (the row kept)', () => {
    expect(coded('Free Testosterone  260 pg/mL  47-244  Below range')).toEqual([['testosterone-free', 260, 'pg/mL', 47, 244, 'high']]);
    expect(coded('Free Testosterone  41 pg/mL  47-244  In range')).toEqual([['testosterone-free', 41, 'pg/mL', 47, 244, 'low']]);
    expect(coded('Free Testosterone  41 pg/mL  47-244  Out of range')).toEqual([['testosterone-free', 41, 'pg/mL', 47, 244, 'low']]);
  });
});

describe('statuswords: a status column (Function Health)', () => {
  const header = ['| Biomarker | Result | Unit | Range | Status |', '|-----------|--------|------|-------|--------|'];

  it('the column\'s words are the flag where no range is printed', () => {
    expect(coded(lines(...header,
      '| Omega-3 Index | 5.1 | % |  | Out of Range |',
      '| Uric Acid | 6.1 | mg/dL |  | In Range |',
      '| Uric Acid | 8.4 | mg/dL |  | Above Range |',
    ))).toEqual([
      ['omega-3-index', 5.1, '%', null, null, 'abnormal'],
      ['uric-acid', 6.1, 'mg/dL', null, null, 'normal'],
      ['uric-acid', 8.4, 'mg/dL', null, null, 'high'],
    ]);
  });

  it('with a range, `Out of Range` takes the range\'s side; words it contradicts give way to it', () => {
    expect(coded(lines(...header,
      '| ApoB | 96 | mg/dL | <90 | Out of Range |',
      '| Omega-3 Index | 5.1 | % | >8.0 | Out of Range |',
      '| hs-CRP | 0.4 | mg/L | <1.0 | In Range |',
      '| Lp(a) | 212 | nmol/L | <75 | In Range |',
      '| Homocysteine | 8.2 | umol/L | <10.4 | Out of Range |',
    ))).toEqual([
      ['apolipoprotein-b', 96, 'mg/dL', null, 90, 'high'],
      ['omega-3-index', 5.1, '%', 8, null, 'low'],
      ['hs-crp', 0.4, 'mg/L', null, 1, 'normal'],
      ['lipoprotein-a', 212, 'nmol/L', null, 75, 'high'],
      ['homocysteine', 8.2, 'umol/L', null, 10.4, 'normal'],
    ]);
  });
});

describe('statuswords: a record\'s status in words (JSON)', () => {
  const records = (...r: object[]) => JSON.stringify({ results: r });

  it('the phrase alone is the flag; `Out of range` beside bounds takes their side; within them the bounds decide', () => {
    expect(coded(records(
      { name: 'Sodium', value: 150, unit: 'mmol/L', status: 'Out of range' },
      { name: 'Uric Acid', value: 3.1, unit: 'mg/dL', status: 'Below normal' },
      { name: 'Apolipoprotein B', value: 96, unit: 'mg/dL', low: 40, high: 90, status: 'Out of range' },
      { name: 'Apolipoprotein B', value: 60, unit: 'mg/dL', low: 40, high: 90, status: 'Out of range' },
      { name: 'Potassium', value: 6.1, unit: 'mmol/L', low: 3.5, high: 5.1, status: 'Above range' },
      { name: 'Glucose', value: 120, unit: 'mg/dL', low: 65, high: 99, status: 'In range' },
    ))).toEqual([
      ['sodium', 150, 'mmol/L', null, null, 'abnormal'],
      ['uric-acid', 3.1, 'mg/dL', null, null, 'low'],
      ['apolipoprotein-b', 96, 'mg/dL', 40, 90, 'high'],
      ['apolipoprotein-b', 60, 'mg/dL', 40, 90, 'normal'],
      ['potassium', 6.1, 'mmol/L', 3.5, 5.1, 'high'],
      ['glucose', 120, 'mg/dL', 65, 99, 'high'],
    ]);
  });
});

describe('statuswords: guards (labels, names, tiers read as before)', () => {
  it('`Normal range` before a range is its label, no flag', () => {
    expect(rowsOf('Free Testosterone  41 pg/mL  Normal range 47-244')).toEqual([{ name: 'Free Testosterone', value: 41, unit: 'pg/mL', rangeText: '47-244' }]);
    expect(coded('Glucose  86 mg/dL  Normal range 65-99')).toEqual([['glucose', 86, 'mg/dL', 65, 99, 'normal']]);
  });

  it('`High sensitivity CRP` is a name', () => {
    expect(coded('High sensitivity CRP  0.6 mg/L  <1.0')).toEqual([['hs-crp', 0.6, 'mg/L', null, 1, 'normal']]);
  });

  it('tiers on one line are the range\'s text (no bounds, no flag: tiers-alone.spec.ts); `Desirable` alone labels its bound', () => {
    expect(coded('LDL Cholesterol  131 mg/dL  Optimal <100 Near optimal 100-129 Borderline high 130-159 High 160-189 Very high >=190')).toEqual([['ldl-cholesterol', 131, 'mg/dL', null, null, null]]);
    expect(coded('hs-CRP  0.6 mg/L  Low risk <1.0 Average risk 1.0-3.0 High risk >3.0')).toEqual([['hs-crp', 0.6, 'mg/L', null, null, null]]);
    expect(coded('Total Cholesterol  210 mg/dL  Desirable <200  Borderline high 200-239  High >=240')).toEqual([['total-cholesterol', 210, 'mg/dL', null, null, null]]);
    expect(coded('Total Cholesterol  210 mg/dL  Borderline high')).toEqual([]);
    expect(coded('Total Cholesterol  210 mg/dL  Desirable <200')).toEqual([['total-cholesterol', 210, 'mg/dL', null, 200, 'high']]);
  });

  // (Fourteenth session, keyed sets 8 and 13: both keyers read it so) `Optimal` alone after a value says the value is in
  // its target, which lies inside the reference: normal — no side, no tier's bound read as a range.
  it('`Optimal` alone after a value is normal, and no range', () => {
    expect(coded('ApoB  71 mg/dL  Optimal')).toEqual([['apolipoprotein-b', 71, 'mg/dL', null, null, 'normal']]);
  });

  it('the phrase before a range with method words or a sentence after it reads as before', () => {
    expect(coded('The value of 104 was above range on review')).toEqual([]);
  });
});

describe('statuswords review: a parenthesised range is a range cell only with its unit inside, on a row with no other range', () => {
  it('a headerless block printing the range in a second unit after the first (SI, then conventional): the first range', () => {
    expect(coded(lines(
      'Glucose        5.4   mmol/L   3.9-5.5    (70 - 99 mg/dL)',
      'Cholesterol    5.6   mmol/L   <5.2       (< 200 mg/dL)',
      'Creatinine     80    umol/L   60-110     (0.7 - 1.2 mg/dL)'))).toEqual([
      ['glucose', 5.4, 'mmol/L', 3.9, 5.5, 'normal'],
      ['total-cholesterol', 5.6, 'mmol/L', null, 5.2, 'high'],
      ['creatinine', 80, 'umol/L', 60, 110, 'normal']]);
  });

  it('the same, a row without the second unit among them', () => {
    expect(coded(lines(
      'Glucose        5.4   mmol/L   3.9-5.5    (70 - 99 mg/dL)',
      'Sodium         141   mmol/L   135-145',
      'Cholesterol    5.6   mmol/L   <5.2       (< 200 mg/dL)'))).toEqual([
      ['glucose', 5.4, 'mmol/L', 3.9, 5.5, 'normal'],
      ['sodium', 141, 'mmol/L', 135, 145, 'normal'],
      ['total-cholesterol', 5.6, 'mmol/L', null, 5.2, 'high']]);
  });

  it('a date or a footnote in parentheses after the range is no range', () => {
    const expected = [['glucose', 92, 'mg/dL', 70, 99, 'normal'], ['total-cholesterol', 210, 'mg/dL', null, 200, 'high'], ['creatinine', 1.4, 'mg/dL', 0.6, 1.2, 'high']];
    expect(coded(lines(
      'Glucose        92    mg/dL    70-99     (12-03)',
      'Cholesterol   210    mg/dL    <200      (12-03)',
      'Creatinine    1.4    mg/dL    0.6-1.2   (11-28)'))).toEqual(expected);
    expect(coded(lines(
      'Glucose        92    mg/dL    70-99     (2023-2024)',
      'Cholesterol   210    mg/dL    <200      (2023-2024)',
      'Creatinine    1.4    mg/dL    0.6-1.2   (2023-2024)'))).toEqual(expected);
    expect(coded(lines(
      'Sodium        141   mmol/L   135-145   (2-3)',
      'Potassium     4.1   mmol/L   3.5-5.3   (2-3)',
      'Chloride      101   mmol/L   98-107    (2-3)'))).toEqual([
      ['sodium', 141, 'mmol/L', 135, 145, 'normal'], ['potassium', 4.1, 'mmol/L', 3.5, 5.3, 'normal'], ['chloride', 101, 'mmol/L', 98, 107, 'normal']]);
  });

  it('cellKind alone reads no parenthesised cell as a range (no row to weigh it against)', () => {
    for (const cell of ['(70 - 99 mg/dL)', '(< 200 mg/dL)', '(2-3)', '(12-03)', '(2023-2024)', '(5.0-6.0)']) expect(cellKind(cell)).toBe('text');
  });
});

describe('statuswords review: a status phrase is no name; which phrases a status cell takes', () => {
  it('a line whose name is a status phrase whole reads no row', () => {
    expect(coded('Above range 104 mg/dL')).toEqual([]);
    expect(coded('Below normal  11.9 g/dL')).toEqual([]);
    expect(coded('Out of range  8 ng/mL')).toEqual([]);
  });

  it('a headerless cell is a status only where it is a status phrase; `Critical high` stays text, and its block reads as before', () => {
    expect(cellKind('In range')).toBe('flag');
    expect(cellKind('Out of Range')).toBe('flag');
    expect(cellKind('Critical high')).toBe('text');
    expect(cellKind('Above high reference limit')).toBe('text');
    expect(coded(lines(
      'Glucose     450  mg/dL   70-99    Critical high',
      'Sodium      141  mmol/L  135-145  In range',
      'Potassium   3.1  mmol/L  3.5-5.3  Below range'))).toEqual([
      ['glucose', 450, 'mg/dL', 70, 99, 'critical-high'], ['sodium', 141, 'mmol/L', 135, 145, 'normal'], ['potassium', 3.1, 'mmol/L', 3.5, 5.3, 'low']]);
  });

  it('the phrase\'s variants: `the` before the range, `normal range`, `Within normal`', () => {
    expect(normalizeFlag('Below the range')).toBe('low');
    expect(normalizeFlag('In normal range')).toBe('normal');
    expect(normalizeFlag('Within normal')).toBe('normal');
    expect(normalizeFlag('Within the normal range')).toBe('normal');
    expect(normalizeFlag('Outside the range')).toBe('abnormal');
    expect(normalizeFlag('Within limits')).toBeNull();
    expect(coded('Glucose  60 mg/dL  Below the range  70-99')).toEqual([['glucose', 60, 'mg/dL', 70, 99, 'low']]);
    expect(coded('Glucose  85 mg/dL  In normal range  70-99')).toEqual([['glucose', 85, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Glucose  85 mg/dL  70-99  Within the normal range')).toEqual([['glucose', 85, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Glucose  105 mg/dL  70-99  Outside the range')).toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Free Testosterone  41 pg/mL  Within normal')).toEqual([['testosterone-free', 41, 'pg/mL', null, null, 'normal']]);
  });

  it('a record\'s `Outside the range` beside bounds takes their side; a one-word `Abnormal` stays the record\'s', () => {
    expect(coded('[{"name":"Glucose","value":120,"unit":"mg/dL","status":"Outside the range","range":"65-99"}]')).toEqual([['glucose', 120, 'mg/dL', 65, 99, 'high']]);
    expect(coded('[{"name":"Glucose","value":120,"unit":"mg/dL","status":"Abnormal","range":"65-99"}]')).toEqual([['glucose', 120, 'mg/dL', 65, 99, 'abnormal']]);
  });
});
