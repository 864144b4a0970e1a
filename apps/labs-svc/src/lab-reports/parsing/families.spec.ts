import { coded } from '../../testing/reader.js';

/*
 * Layouts of the families keyed set 25's writer named (its rows unread: held out), written from how they print.
 *
 * (colblocks) A table printed one column after another, as a PDF's text in reading order comes out (pdftotext without
 * -layout, a PDF library's text, a copy from a viewer): the names one a line, then the results, units and ranges. Lines
 * written for these tests from how such text comes out; expected rows are what the table says.
 */

const lines = (...l: string[]) => l.join('\n');

describe('colblocks: a table printed one column after another', () => {
  it('names, results, units and ranges, each a column of their own under its header: the n-th of each is the n-th row', () => {
    expect(coded(lines(
      'Tests', 'Glucose', 'BUN', 'Creatinine', 'Testosterone, Total',
      'Results', '102', '15', '0.98', '241',
      'Flag', 'High', 'Low',
      'Units', 'mg/dL', 'mg/dL', 'mg/dL', 'ng/dL',
      'Reference Interval', '65-99', '6-20', '0.76-1.27', '264-916',
    ))).toEqual([
      ['glucose', 102, 'mg/dL', 65, 99, 'high'],
      ['blood-urea-nitrogen', 15, 'mg/dL', 6, 20, 'normal'],
      ['creatinine', 0.98, 'mg/dL', 0.76, 1.27, 'normal'],
      ['testosterone', 241, 'ng/dL', 264, 916, 'low'],
    ]);
  });

  it('without headers, and with a unit and its range run together on a line', () => {
    expect(coded(lines('Ferritin', 'Vitamin B12', 'TSH', '18', '412', '2.6', 'ng/mL 30-400', 'pg/mL 232-1245', 'mIU/L 0.45-4.5'))).toEqual([
      ['ferritin', 18, 'ng/mL', 30, 400, 'low'],
      ['vitamin-b12', 412, 'pg/mL', 232, 1245, 'normal'],
      ['thyroid-stimulating-hormone', 2.6, 'm[IU]/L', 0.45, 4.5, 'normal'],
    ]);
  });

  it('negative: names with as many numbers and nothing else to say they are results (a list\'s page numbers) read nothing', () => {
    expect(coded(lines('Contents', 'Glucose', 'Cholesterol', '3', '4', 'Page 1'))).toEqual([]);
  });

  it('negative: columns of different lengths are not paired', () => {
    const read = coded(lines('Glucose', 'BUN', 'Creatinine', '102', '15', 'mg/dL', 'mg/dL', '65-99', '6-20'));
    expect(read.filter((r) => r[2] === 'mg/dL' || r[3] !== null)).toEqual([]);
  });
});

describe('statuscard: a card\'s status line between its value and its range', () => {
  it('`Status: Below range` is the flag, and the range line after it is the row\'s (both had been lost)', () => {
    expect(coded(lines('Biomarker: Free Testosterone', 'Your result: 7.9 ng/dL', 'Status: Below range', 'Range: 8.7 - 25.1 ng/dL')))
      .toEqual([['testosterone-free', 7.9, 'ng/dL', 8.7, 25.1, 'low']]);
    expect(coded(lines('Vitamin D', 'Result: 52 ng/mL', 'Status: Optimal', 'Reference Range: 30 - 100 ng/mL')))
      .toEqual([['vitamin-d', 52, 'ng/mL', 30, 100, 'normal']]);
  });

  it('negative: a report\'s status line between two rows is neither\'s flag nor a row', () => {
    expect(coded(lines('Glucose  95  mg/dL  70-99', 'Status: Final', 'Sodium  139  mmol/L  135-145'))).toEqual([
      ['glucose', 95, 'mg/dL', 70, 99, 'normal'],
      ['sodium', 139, 'mmol/L', 135, 145, 'normal'],
    ]);
  });
});

describe('statuscard: a dashboard\'s status words alone between the value and its range', () => {
  it('`In Range`, `Above Range` alone on a line before the range line: the flag, and the range is the row\'s', () => {
    expect(coded(lines('Testosterone, Total', '612', 'ng/dL', 'In Range', '264–916', 'Ferritin', '412 ng/mL', 'Above Range', '38–380 ng/mL'))).toEqual([
      ['testosterone', 612, 'ng/dL', 264, 916, 'normal'],
      ['ferritin', 412, 'ng/mL', 38, 380, 'high'],
    ]);
  });

  it('negative: with a row, not a range, after the status words, the next row\'s range is not the value\'s', () => {
    expect(coded(lines('Glucose  95  mg/dL', 'In Range', 'Sodium  139  mmol/L  135-145')).map((r) => [r[0], r[3], r[4]])).toEqual([
      ['glucose', null, null], ['sodium', 135, 145],
    ]);
  });
});

describe('an observation\'s name after its label (`Observation:`, `Component:`), as a FHIR resource\'s text prints it', () => {
  it('`Observation: Glucose` / `Value: 95 mg/dL` / `Reference range: 70-99 mg/dL` is one row (read nothing before)', () => {
    expect(coded(lines('Observation: Glucose', 'Value: 95 mg/dL', 'Reference range: 70-99 mg/dL', 'Interpretation: Normal', '',
      'Component: Hemoglobin A1c', 'Value: 6.1 %', 'Reference range: 4.0-5.6 %'))).toEqual([
      ['glucose', 95, 'mg/dL', 70, 99, 'normal'],
      ['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high'],
    ]);
  });

  it('negative: a label of a name the catalog does not know is left as printed (`Lab: Quest Diagnostics` is no test)', () => {
    expect(coded(lines('Lab: Quest Diagnostics', 'Glucose  95  mg/dL  70-99')).map((r) => r[0])).toEqual(['glucose']);
  });
});

describe('a FHIR Observation rendered as key-value text (`code:`, `valueQuantity:`, `referenceRange:`, `interpretation:`)', () => {
  it('each observation is one row (two rows `?valueQuantity` of no test had been invented)', () => {
    expect(coded(lines('code: Testosterone [Mass/volume] in Serum or Plasma', 'valueQuantity: 612 ng/dL', 'referenceRange: 264 - 916 ng/dL', 'interpretation: N', '',
      'code: Ferritin [Mass/volume] in Serum or Plasma', 'valueQuantity: 412 ng/mL', 'referenceRange: 38 - 380 ng/mL', 'interpretation: H'))).toEqual([
      ['testosterone', 612, 'ng/dL', 264, 916, 'normal'],
      ['ferritin', 412, 'ng/mL', 38, 380, 'high'],
    ]);
  });

  it('negative: a code that is no test\'s name is no name; an interpretation in sentences is no flag', () => {
    expect(coded(lines('Code: 12345', 'Glucose  95  mg/dL  70-99', 'Interpretation: results are consistent with a fasting sample.'))).toEqual([
      ['glucose', 95, 'mg/dL', 70, 99, 'normal'],
    ]);
  });
});
