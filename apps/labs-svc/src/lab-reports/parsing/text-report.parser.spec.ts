import { BIOMARKER_CATALOG } from '../../biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from './catalog.js';
import { detectLayout, parseRowLine, parseTextReport, toLines } from './text-report.parser.js';

const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const opts = { knows: catalog.knows };

describe('parseRowLine: one printed row', () => {
  it.each([
    // layout variations
    ['WBC 6.2 8.6 11/23/2022 x10E3/uL 3.4-10.8', { name: 'WBC', value: 6.2, unit: 'x10E3/uL', rangeText: '3.4-10.8' }],
    ['Glucose 110 mg/dL 70 - 99', { name: 'Glucose', value: 110, unit: 'mg/dL', rangeText: '70 - 99' }],
    ['Glucose  110  H  mg/dL  70-99', { name: 'Glucose', value: 110, flag: 'H', unit: 'mg/dL', rangeText: '70-99' }],
    ['Glucose 110 mg/dL 70-99 H', { name: 'Glucose', value: 110, unit: 'mg/dL', rangeText: '70-99', flag: 'H' }],
    ['Glucose 110 70-99 mg/dL', { name: 'Glucose', value: 110, unit: 'mg/dL', rangeText: '70-99' }],
    ['Glucose: 92 mg/dL 70 to 99', { name: 'Glucose', value: 92, unit: 'mg/dL', rangeText: '70 to 99' }],
    ['HDL CHOLESTEROL 45 Reference Range: >40 mg/dL', { name: 'HDL CHOLESTEROL', value: 45, unit: 'mg/dL', rangeText: '>40' }],
    ['HDL Cholesterol 38 L >=40 mg/dL', { name: 'HDL Cholesterol', value: 38, flag: 'L', unit: 'mg/dL', rangeText: '>=40' }],
    ['Triglycerides 180 mg/dL < 150', { name: 'Triglycerides', value: 180, unit: 'mg/dL', rangeText: '< 150' }],
    // flags: every form the issue names
    ['Potassium 6.8 HH mmol/L 3.5-5.1', { name: 'Potassium', value: 6.8, flag: 'HH', unit: 'mmol/L', rangeText: '3.5-5.1' }],
    ['Potassium 2.4 LL mmol/L 3.5-5.1', { name: 'Potassium', value: 2.4, flag: 'LL', unit: 'mmol/L', rangeText: '3.5-5.1' }],
    ['Urine Color Amber A Yellow', null],
    ['Glucose 145 * mg/dL 70-99', { name: 'Glucose', value: 145, flag: '*', unit: 'mg/dL', rangeText: '70-99' }],
    ['Glucose 145H mg/dL 70-99', { name: 'Glucose', value: 145, flag: 'H', unit: 'mg/dL', rangeText: '70-99' }],
    ['Glucose 145 (H) mg/dL 70-99', { name: 'Glucose', value: 145, flag: 'H', unit: 'mg/dL', rangeText: '70-99' }],
    ['Glucose 45 Critical Low mg/dL 70-99', { name: 'Glucose', value: 45, flag: 'Critical Low', unit: 'mg/dL', rangeText: '70-99' }],
    ['ALT 88 A U/L 0-44', { name: 'ALT', value: 88, flag: 'A', unit: 'U/L', rangeText: '0-44' }],
    // previous-result columns: the flag after a previous value is the previous result's
    ['BUN 18 22 High 05/01/2023 mg/dL 7-20', { name: 'BUN', value: 18, unit: 'mg/dL', rangeText: '7-20' }],
    ['Glucose 145 High 98 05/01/2023 mg/dL 70-99', { name: 'Glucose', value: 145, flag: 'High', unit: 'mg/dL', rangeText: '70-99' }],
    ['Estradiol 18.0 <5.0 04/13/2022 pg/mL 7.6-42.6', { name: 'Estradiol', value: 18, unit: 'pg/mL', rangeText: '7.6-42.6' }],
    // values with comparators, qualitative values
    ['PSA <0.1 ng/mL 0.0-4.0', { name: 'PSA', value: 0.1, comparator: '<', valueText: '<0.1', unit: 'ng/mL', rangeText: '0.0-4.0' }],
    ['HIV-1 Ab Non Reactive Non Reactive', { name: 'HIV-1 Ab', value: null, valueText: 'Non Reactive', rangeText: 'Non Reactive' }],
    ['Hepatitis C Antibody Negative Negative', { name: 'Hepatitis C Antibody', value: null, valueText: 'Negative', rangeText: 'Negative' }],
    // names with digits, percent signs, parentheses
    ['Vitamin B12 450 pg/mL 232-1245', { name: 'Vitamin B12', value: 450, unit: 'pg/mL', rangeText: '232-1245' }],
    ['25-OH Vitamin D 32 ng/mL 30-100', { name: '25-OH Vitamin D', value: 32, unit: 'ng/mL', rangeText: '30-100' }],
    ['% Free Testosterone 2.1 1.8 10/01/2022 % 1.5-4.2', { name: '% Free Testosterone', value: 2.1, unit: '%', rangeText: '1.5-4.2' }],
    ['Immature Grans (Abs) 0.0 0.0 11/23/2022 x10E3/uL 0.0-0.1', { name: 'Immature Grans (Abs)', value: 0, unit: 'x10E3/uL', rangeText: '0.0-0.1' }],
    // OCR noise: O for 0, l for 1, stray characters
    ['Creatinine O.9 mg/dL 0.7-1.3', { name: 'Creatinine', value: 0.9, unit: 'mg/dL', rangeText: '0.7-1.3' }],
    ['Hemoglobin l4.2 g/dL l3.0-l7.7', { name: 'Hemoglobin', value: 14.2, unit: 'g/dL', rangeText: 'l3.0-l7.7' }],
    ['Platelets 2O5 x10E3/uL 150-450', { name: 'Platelets', value: 205, unit: 'x10E3/uL', rangeText: '150-450' }],
    ['WBC" 6.2 x10E3/uL 3.4-10.8', { name: 'WBC', value: 6.2, unit: 'x10E3/uL', rangeText: '3.4-10.8' }],
    ['| Sodium | 140 | mmol/L | 135-145 |', { name: 'Sodium', value: 140, unit: 'mmol/L', rangeText: '135-145' }],
    ['Sodium 1,40 mmol/L 135-145', { name: 'Sodium', value: 1.4, unit: 'mmol/L', rangeText: '135-145' }],
    ['Platelets 1,250 x10E3/uL 150-450', { name: 'Platelets', value: 1250, unit: 'x10E3/uL', rangeText: '150-450' }],
    // a known name with nothing but a value is a row; an unknown one is not (no invented rows)
    ['INR 1.1', { name: 'INR', value: 1.1 }],
    ['123 Medical Way, Health City, HC 12345', null],
    ['Page 1 of 3', null],
    ['Patient ID: 4471', null],
    ['Collected on Apr 10, 2025', null],
  ])('%s', (line, expected) => {
    expect(parseRowLine(line, opts)).toEqual(expected);
  });
});

describe('parseTextReport: layouts, names over two lines, warnings', () => {
  it.each([
    ['Laboratory Corporation of America\nWBC 6.2 x10E3/uL 3.4-10.8', 'labcorp'],
    ['Quest Diagnostics\nTRIGLYCERIDES 100 Reference Range: <150 mg/dL', 'quest'],
    ['MyChart - licensed from Epic Systems Corporation\nGlucose\nNormal range: 74 - 106 mg/dL\n92', 'epic-mychart'],
    ['Glucose\nNormal range: 74 - 106 mg/dL\n92', 'epic-mychart'],
    ['Test Name Result Units Reference Range\nGlucose 92 mg/dL 70-99', 'generic'],
  ])('detects the layout of %j', (text, layout) => {
    expect(detectLayout(toLines(text))).toBe(layout);
  });

  it('joins a name printed over two lines when the catalog knows the whole, and not a heading before a known row', () => {
    const r = parseTextReport([
      'Test Result Units Reference',
      'Neutrophils',
      '(Absolute) 3.2 x10E3/uL 1.4-7.0',
      'Alkaline',
      'Phosphatase 88 U/L 44-121',
      'CBC With Differential',
      'WBC 6.2 x10E3/uL 3.4-10.8',
      'Bilirubin,',
      'Conjugated 0.2 mg/dL 0.0-0.3',
    ].join('\n'), opts);
    expect(r.rows.map((x) => x.name)).toEqual(['Neutrophils (Absolute)', 'Alkaline Phosphatase', 'WBC', 'Bilirubin, Conjugated']);
    expect(r.warnings).toEqual([]);
  });

  it('reads Epic MyChart blocks: names over two lines, flags after the value, qualitative values, units on the value line', () => {
    const r = parseTextReport([
      'MyChart - licensed from Epic Systems Corporation',
      'Collected on Mar 3, 2024',
      '',
      'Hemoglobin A1c',
      '(Glycated Hemoglobin)',
      'Normal range: 4.0 - 5.6 %',
      '4.0    5.6',
      '6.1 (H)',
      '',
      'Potassium Level',
      'Normal range: 3.5 - 5.1 mmol/L',
      '3.5    5.1',
      '2.9 Low',
      '',
      'Hepatitis C Antibody',
      'Normal range: Negative',
      'Value',
      'Negative',
      '',
      'Glucose',
      'Normal range: 74 - 106',
      '92 mg/dL',
      '',
      'Sodium',
      'Normal range: 136 - 145 mmol/L',
      'see comment',
    ].join('\n'), opts);
    expect(r.layout).toBe('epic-mychart');
    expect(r.collectedAt).toBe('2024-03-03T00:00:00.000Z');
    expect(r.rows.map(({ line: _l, ...x }) => x)).toEqual([
      { name: 'Hemoglobin A1c (Glycated Hemoglobin)', value: 6.1, flag: 'H', unit: '%', rangeText: '4.0 - 5.6' },
      { name: 'Potassium Level', value: 2.9, flag: 'Low', unit: 'mmol/L', rangeText: '3.5 - 5.1' },
      { name: 'Hepatitis C Antibody', value: null, valueText: 'Negative', rangeText: 'Negative' },
      { name: 'Glucose', value: 92, unit: 'mg/dL', rangeText: '74 - 106' },
    ]);
    expect(r.warnings).toEqual([{ code: 'unreadable-line', message: 'This line could not be read as a result', line: 26, text: 'see comment' }]);
  });

  it('warns for every line it could not read, with its number, and never for headings, headers or metadata', () => {
    const r = parseTextReport([
      'Laboratory Corporation of America',
      'Patient: Jane Roe',
      'Date Collected: 01/02/2024',
      '',
      'Lipid Panel',
      'Test Current Result and Flag Previous Result and Date Units Reference Interval',
      'Cholesterol, Total 212 H 198 06/01/2023 mg/dL 100-199',
      'LDL Chol Calc (NIH) 1 3 4 5 mg/dL',
      'Comment: fasting',
      'Results verified by a second technologist.',
      '------------------------------',
      'HDL Cholesterol 52 mg/dL >39',
    ].join('\n'), opts);
    expect(r.rows.map((x) => [x.name, x.value, x.line])).toEqual([['Cholesterol, Total', 212, 7], ['HDL Cholesterol', 52, 12]]);
    // The comment follows a line that was not read: it cannot belong to a result, and says so.
    expect(r.warnings.map((w) => [w.code, w.line])).toEqual([['unreadable-line', 8], ['comment-not-attached', 9], ['text-not-read', 10]]);
    expect(r.collectedAt).toBe('2024-01-02T00:00:00.000Z');
  });

  it('keeps a name the catalog does not know (it has a unit and a range, so it is a row)', () => {
    const r = parseTextReport('Zonulin 48.2 ng/mL 20.0-47.9', opts);
    expect(r.rows).toEqual([{ name: 'Zonulin', value: 48.2, unit: 'ng/mL', rangeText: '20.0-47.9', line: 1 }]);
  });
});

describe('a line longer than any printout\'s (LONGEST_LINE, 5,000 characters)', () => {
  // Reading a line costs more than its length (20,000 digits took 6.5 s on labs-svc's event loop); a file with such a
  // line is no printout there: the line is not read, a warning names it, and the lines around it read as before.
  it('is not read and is named in a warning; the rows before and after it are read', () => {
    const report = parseTextReport(['Glucose 5.2 mmol/L 3.9-5.5', '1'.repeat(200_000), 'Sodium 140 mmol/L 135-145'].join('\n'));
    expect(report.rows.map((r) => [r.name, r.value])).toEqual([['Glucose', 5.2], ['Sodium', 140]]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'line-too-long', line: 2 }));
  });

  it('a line of 5,000 characters or fewer is read as before', () => {
    const padded = `Glucose 5.2 mmol/L 3.9-5.5 ${' '.repeat(4_000)}`;
    expect(parseTextReport(padded).rows.map((r) => [r.name, r.value])).toEqual([['Glucose', 5.2]]);
  });
});

describe('diffcols: a printed differential of a percentage and an absolute count per line, with its `%` and count unit', () => {
  // Made-up lines. A clinician reads each line as two results: the percentage (no range printed for it) and the
  // absolute count with the range printed after it (the counts over the percentages agree: one white cell count).
  let coded: (text: string) => unknown[][];
  beforeAll(async () => {
    const { codeRows } = await import('./coding.js');
    coded = (text) => codeRows(parseTextReport(text, catalog.readerOptions).rows, catalog, '2026-01-01T00:00:00.000Z').results
      .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null, c.range.low ?? null, c.range.high ?? null, c.flag ?? null]);
  });
  const lines = (...l: string[]) => l.join('\n');
  /** The two results of a line: the percentage, and the count in `unit` with its range and flag. */
  const pair = (key: string, percent: number, count: number, unit: string | null, low: number, high: number, flag: string) =>
    [[key, percent, '%', null, null, null], [`${key}-absolute`, count, unit, low, high, flag]];

  it('`Relative  Absolute  Reference` over `Neutrophils  55.0 %  3.30  1.80-7.70`: 55.0 % and 3.30 in 1.80-7.70 (not 55.0 absolute, high)', () => {
    expect(coded(lines(
      'WBC DIFFERENTIAL        Relative   Absolute   Reference',
      'Neutrophils             55.0 %     3.30       1.80-7.70',
      'Lymphocytes             30.0 %     1.80       1.00-4.80',
      'Monocytes                8.0 %     0.48       0.20-1.00',
      'Eosinophils              5.0 %     0.30       0.00-0.50',
      'Basophils                2.0 %     0.12       0.00-0.20',
    ))).toEqual([
      ...pair('neutrophils', 55, 3.3, null, 1.8, 7.7, 'normal'), ...pair('lymphocytes', 30, 1.8, null, 1, 4.8, 'normal'),
      ...pair('monocytes', 8, 0.48, null, 0.2, 1, 'normal'), ...pair('eosinophils', 5, 0.3, null, 0, 0.5, 'normal'),
      ...pair('basophils', 2, 0.12, null, 0, 0.2, 'normal'),
    ]);
  });

  it('no header, `%` glued and the count\'s unit after it (`55.0%  3.30 x10^3/uL  1.80-7.70`): the range is the count\'s', () => {
    expect(coded(lines(
      'Neutrophils        55.0%     3.30 x10^3/uL    1.80-7.70',
      'Lymphocytes        30.0%     1.80 x10^3/uL    1.00-4.80',
      'Monocytes           8.0%     0.48 x10^3/uL    0.20-1.00',
      'Eosinophils         5.0%     0.30 x10^3/uL    0.00-0.50',
      'Basophils           2.0%     0.12 x10^3/uL    0.00-0.20',
    ))).toEqual([
      ...pair('neutrophils', 55, 3.3, '10*3/uL', 1.8, 7.7, 'normal'), ...pair('lymphocytes', 30, 1.8, '10*3/uL', 1, 4.8, 'normal'),
      ...pair('monocytes', 8, 0.48, '10*3/uL', 0.2, 1, 'normal'), ...pair('eosinophils', 5, 0.3, '10*3/uL', 0, 0.5, 'normal'),
      ...pair('basophils', 2, 0.12, '10*3/uL', 0, 0.2, 'normal'),
    ]);
  });

  it('`%` and `10^9/L` in columns of their own, four rows; no header and `%` spaced, a low count', () => {
    expect(coded(lines(
      'Differential      Relative         Absolute            Reference',
      'Neutrophils       55.0   %         3.30   10^9/L       1.80-7.70',
      'Lymphocytes       30.0   %         1.80   10^9/L       1.00-4.80',
      'Monocytes          8.0   %         0.48   10^9/L       0.20-1.00',
      'Eosinophils        5.0   %         0.30   10^9/L       0.00-0.50',
    ))).toEqual([
      ...pair('neutrophils', 55, 3.3, '10*9/L', 1.8, 7.7, 'normal'), ...pair('lymphocytes', 30, 1.8, '10*9/L', 1, 4.8, 'normal'),
      ...pair('monocytes', 8, 0.48, '10*9/L', 0.2, 1, 'normal'), ...pair('eosinophils', 5, 0.3, '10*9/L', 0, 0.5, 'normal'),
    ]);
    expect(coded(lines(
      'Neutrophils    45.0 %   1.20 10^9/L   1.80-7.70',
      'Lymphocytes    40.0 %   1.07 10^9/L   1.00-4.80',
      'Monocytes      10.0 %   0.27 10^9/L   0.20-1.00',
      'Eosinophils     5.0 %   0.13 10^9/L   0.00-0.50',
    ))).toEqual([
      ...pair('neutrophils', 45, 1.2, '10*9/L', 1.8, 7.7, 'low'), ...pair('lymphocytes', 40, 1.07, '10*9/L', 1, 4.8, 'normal'),
      ...pair('monocytes', 10, 0.27, '10*9/L', 0.2, 1, 'normal'), ...pair('eosinophils', 5, 0.13, '10*9/L', 0, 0.5, 'normal'),
    ]);
  });

  it('under `Test  Result Relative  Absolute  Reference` (a header of columns), six rows in K/uL: the one range column is the count\'s', () => {
    expect(coded(lines(
      'Test              Result Relative   Absolute          Reference',
      'Neutrophils              80.0 %     8.50 K/uL         1.80-7.70',
      'Lymphocytes              10.0 %     1.06 K/uL         1.00-4.80',
      'Monocytes                 6.0 %     0.64 K/uL         0.20-1.00',
      'Eosinophils               2.0 %     0.21 K/uL         0.00-0.50',
      'Basophils                 1.0 %     0.11 K/uL         0.00-0.20',
      'Immature Granulocytes     1.0 %     0.11 K/uL         0.00-0.10',
    ))).toEqual([
      ...pair('neutrophils', 80, 8.5, '10*3/uL', 1.8, 7.7, 'high'), ...pair('lymphocytes', 10, 1.06, '10*3/uL', 1, 4.8, 'normal'),
      ...pair('monocytes', 6, 0.64, '10*3/uL', 0.2, 1, 'normal'), ...pair('eosinophils', 2, 0.21, '10*3/uL', 0, 0.5, 'normal'),
      ...pair('basophils', 1, 0.11, '10*3/uL', 0, 0.2, 'normal'), ...pair('immature-granulocytes', 1, 0.11, '10*3/uL', 0, 0.1, 'high'),
    ]);
  });

  it('bare numbers under `WBC DIFFERENTIAL  Relative  Absolute  Reference`: that line names columns, no section of absolute counts', () => {
    const percent = (key: string, value: number) => [key, value, null, null, null, null];
    const count = (key: string, value: number, low: number, high: number) => [`${key}-absolute`, value, null, low, high, 'normal'];
    expect(coded(lines(
      'WBC DIFFERENTIAL        Relative   Absolute   Reference',
      'Neutrophils             55.0       3.30       1.80-7.70',
      'Lymphocytes             30.0       1.80       1.00-4.80',
      'Monocytes                8.0       0.48       0.20-1.00',
      'Eosinophils              5.0       0.30       0.00-0.50',
    ))).toEqual([
      percent('neutrophils', 55), count('neutrophils', 3.3, 1.8, 7.7), percent('lymphocytes', 30), count('lymphocytes', 1.8, 1, 4.8),
      percent('monocytes', 8), count('monocytes', 0.48, 0.2, 1), percent('eosinophils', 5), count('eosinophils', 0.3, 0, 0.5),
    ]);
  });

  it('three rows read the same', () => {
    expect(coded(lines(
      'WBC DIFFERENTIAL        Relative   Absolute   Reference',
      'Neutrophils             55.0 %     3.30       1.80-7.70',
      'Lymphocytes             30.0 %     1.80       1.00-4.80',
      'Monocytes                8.0 %     0.48       0.20-1.00',
    ))).toEqual([
      ...pair('neutrophils', 55, 3.3, null, 1.8, 7.7, 'normal'), ...pair('lymphocytes', 30, 1.8, null, 1, 4.8, 'normal'),
      ...pair('monocytes', 8, 0.48, null, 0.2, 1, 'normal'),
    ]);
  });

  it('counts alone under an absolute count\'s heading stay counts, percentages alone stay percentages, beside a differential of bare numbers', () => {
    expect(coded(lines(
      'ABSOLUTE LEUKOCYTE COUNT',
      'Neutrophils             3.30       1.80-7.70',
      'Lymphocytes             1.80       1.00-4.80',
      'Monocytes               0.48       0.20-1.00',
      'Eosinophils             0.30       0.00-0.50',
      '',
      'WBC DIFFERENTIAL',
      'Neutrophils             55.0 %     40-75',
      'Lymphocytes             30.0 %     20-45',
      'Monocytes                8.0 %     2-10',
      'Eosinophils              5.0 %     1-6',
      '',
      'Differential      Relative   Absolute   Reference',
      'Basophils          2.0       0.12       0.00-0.20',
      'Neutrophils       55.0       3.30       1.80-7.70',
      'Lymphocytes       30.0       1.80       1.00-4.80',
      'Monocytes          8.0       0.48       0.20-1.00',
    ))).toEqual([
      ['neutrophils-absolute', 3.3, null, 1.8, 7.7, 'normal'], ['lymphocytes-absolute', 1.8, null, 1, 4.8, 'normal'],
      ['monocytes-absolute', 0.48, null, 0.2, 1, 'normal'], ['eosinophils-absolute', 0.3, null, 0, 0.5, 'normal'],
      ['neutrophils', 55, '%', 40, 75, 'normal'], ['lymphocytes', 30, '%', 20, 45, 'normal'],
      ['monocytes', 8, '%', 2, 10, 'normal'], ['eosinophils', 5, '%', 1, 6, 'normal'],
      // (No `%` printed: the percentage's unit is not read; its name codes it.)
      ['basophils', 2, null, null, null, null], ['basophils-absolute', 0.12, null, 0, 0.2, 'normal'],
      ['neutrophils', 55, null, null, null, null], ['neutrophils-absolute', 3.3, null, 1.8, 7.7, 'normal'],
      ['lymphocytes', 30, null, null, null, null], ['lymphocytes-absolute', 1.8, null, 1, 4.8, 'normal'],
      ['monocytes', 8, null, null, null, null], ['monocytes-absolute', 0.48, null, 0.2, 1, 'normal'],
    ]);
  });
});

describe('diffcols review: a percentage\'s range stays on the percentage; results beside a differential keep their columns', () => {
  // Made-up lines from review 8 (expected readings written before either build ran).
  let coded: (text: string) => unknown[][];
  beforeAll(async () => {
    const { codeRows } = await import('./coding.js');
    coded = (text) => codeRows(parseTextReport(text, catalog.readerOptions).rows, catalog, '2026-01-01T00:00:00.000Z').results
      .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null, c.range.low ?? null, c.range.high ?? null, c.flag ?? null]);
  });
  const lines = (...l: string[]) => l.join('\n');

  it('the percentages\' ranges (`55 %  4.40  40-75`) with an eosinophilia: each percentage with its range, eosinophils high, no count flagged low', () => {
    const read = coded(lines(
      'Neutrophils     55 %    4.40    40-75',
      'Lymphocytes     25 %    2.00    20-45',
      'Monocytes        8 %    0.64    2-10',
      'Eosinophils     12 %    0.96    0-5',
      'Basophils        0 %    0.00    0-1',
    ));
    expect(read.filter((r) => r[0] === 'eosinophils')).toEqual([['eosinophils', 12, '%', 0, 5, 'high']]);
    expect(read.filter((r) => r[0] === 'neutrophils')).toEqual([['neutrophils', 55, '%', 40, 75, 'normal']]);
    expect(read.filter((r) => r[5] === 'low')).toEqual([]);
  });

  it('a result and a previous one (`Platelets  250  10.5  150-400`) over a differential: the first number with its range', () => {
    const read = coded(lines(
      'Platelets        250     10.5     150-400',
      'Neutrophils      55.0 %  3.30     1.80-7.70',
      'Lymphocytes      30.0 %  1.80     1.00-4.80',
    ));
    expect(read.filter((r) => r[0] === 'platelet-count')).toEqual([['platelet-count', 250, null, 150, 400, 'normal']]);
  });
});

describe('diffcols review 9: whose ranges a differential prints is decided by the whole group\'s scale', () => {
  // Made-up lines from review 9 (expected readings written before either build ran).
  let coded: (text: string) => unknown[][];
  beforeAll(async () => {
    const { codeRows } = await import('./coding.js');
    coded = (text) => codeRows(parseTextReport(text, catalog.readerOptions).rows, catalog, '2026-01-01T00:00:00.000Z').results
      .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null, c.range.low ?? null, c.range.high ?? null, c.flag ?? null]);
  });
  const lines = (...l: string[]) => l.join('\n');

  it('every percentage abnormal against the percentages\' ranges: each flagged on its percentage, no count flagged against them', () => {
    expect(coded(lines(
      'Neutrophils     82 %    9.84    40-75',
      'Lymphocytes     8 %     0.96    20-45',
      'Monocytes       1 %     0.12    2-10',
      'Eosinophils     9 %     1.08    0-4',
    ))).toEqual([['neutrophils', 82, '%', 40, 75, 'high'], ['lymphocytes', 8, '%', 20, 45, 'low'], ['monocytes', 1, '%', 2, 10, 'low'],
      ['eosinophils', 9, '%', 0, 4, 'high']]);
  });

  it('a lymphopenia and a monocytopenia against the counts\' ranges: the low counts flagged low, no percentage flagged against a count\'s range', () => {
    const read = coded(lines(
      'Neutrophils     90.2 %   5.41 x10^3/uL   1.80-7.70',
      'Lymphocytes      7.5 %   0.45 x10^3/uL   1.00-4.80',
      'Monocytes        0.8 %   0.05 x10^3/uL   0.20-1.00',
      'Eosinophils      1.0 %   0.06 x10^3/uL   0.00-0.50',
    ));
    expect(read.filter((r) => r[0] === 'lymphocytes-absolute')).toEqual([['lymphocytes-absolute', 0.45, '10*3/uL', 1, 4.8, 'low']]);
    expect(read.filter((r) => r[0] === 'monocytes-absolute')).toEqual([['monocytes-absolute', 0.05, '10*3/uL', 0.2, 1, 'low']]);
    expect(read.filter((r) => r[2] === '%' && r[5] !== null)).toEqual([]);
  });

  it('counts per microlitre: an eosinophilia of 840 /uL against 0-500 is high', () => {
    const read = coded(lines(
      'Neutrophils     50 %    3500    1800-7700',
      'Lymphocytes     30 %    2100    1000-4800',
      'Monocytes        7 %     490     200-1000',
      'Eosinophils     12 %     840       0-500',
    ));
    expect(read.filter((r) => r[0] === 'eosinophils-absolute').map((r) => [r[1], r[5]])).toEqual([[840, 'high']]);
  });

  it('a range printed with `%` is the percentage\'s, beside counts\' ranges in the same group', () => {
    const read = coded(lines(
      'Neutrophils     72 %    7.92    1.80-7.70',
      'Lymphocytes     18 %    1.98    1.00-4.80',
      'Monocytes        6 %    0.66    2-10 %',
      'Eosinophils      3 %    0.33    1-6 %',
    ));
    expect(read.filter((r) => r[0] === 'neutrophils-absolute')).toEqual([['neutrophils-absolute', 7.92, null, 1.8, 7.7, 'high']]);
    expect(read.filter((r) => r[0] === 'monocytes' || r[0] === 'monocytes-absolute')).toEqual([['monocytes', 6, '%', 2, 10, 'normal'],
      ['monocytes-absolute', 0.66, null, null, null, null]]);
  });

  it('a count with a previous result over a differential keeps its row', () => {
    const read = coded(lines(
      'WBC            7.0      6.4      4.0-11.0',
      'Lymphocytes    2.10     1.90     1.00-4.80',
      '',
      'Neutrophils    60.0 %   4.20     1.80-7.70',
      'Monocytes      7.0 %    0.49     0.20-1.00',
      'Eosinophils    3.0 %    0.21     0.00-0.50',
    ));
    expect(read.filter((r) => r[0] === 'lymphocytes-absolute')).toEqual([['lymphocytes-absolute', 2.1, null, 1, 4.8, 'normal']]);
    expect(read.filter((r) => r[0] === 'neutrophils-absolute')).toEqual([['neutrophils-absolute', 4.2, null, 1.8, 7.7, 'normal']]);
  });
});
