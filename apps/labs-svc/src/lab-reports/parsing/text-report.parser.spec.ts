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
