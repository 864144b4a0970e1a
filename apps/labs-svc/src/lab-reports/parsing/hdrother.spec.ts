import { coded } from '../../testing/reader.js';

/*
 * (hdrother) A Markdown or HTML table's header with cells the reader has no role for (`Requested by`, `Panic limit`,
 * `Sample site`, a word in another language) beside a name column, a value column and a unit, range or flag column:
 * the unknown cells head columns of their own, read as none, and the table is read by its known columns.
 * Every expected row below is written from the printed (made-up) lines, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('hdrother: unknown header cells beside known ones are other columns', () => {
  it('Markdown: a requester and a laboratory column beside an earlier result', () => {
    expect(coded(lines(
      '| Test | Result | Earlier Result | Units | Reference Range | Requested By | Testing Facility |',
      '|---|---|---|---|---|---|---|',
      '| Ferritin | 9 | 22 | ng/mL | 15 - 150 | Dr. A. Lind | Northgate Labs |',
      '| Magnesium | 2.1 | 1.9 | mg/dL | 1.7 - 2.4 | Dr. A. Lind | Northgate Labs |',
    ))).toEqual([
      ['ferritin', 9, 'ng/mL', 15, 150, 'low'],
      ['magnesium', 2.1, 'mg/dL', 1.7, 2.4, 'normal'],
    ]);
  });

  it('Markdown: an unknown column between the name and the result, and a panic-limit column', () => {
    expect(coded(lines(
      '| Analyte | Container | Result | Units | Normal Range | Panic Limit |',
      '|---|---|---|---|---|---|',
      '| Potassium | Green top | 6.1 | mmol/L | 3.5 - 5.1 | > 6.5 |',
      '| Calcium | Green top | 9.4 | mg/dL | 8.6 - 10.3 | < 6.0 |',
    ))).toEqual([
      ['potassium', 6.1, 'mmol/L', 3.5, 5.1, 'high'],
      ['calcium', 9.4, 'mg/dL', 8.6, 10.3, 'normal'],
    ]);
  });

  it('HTML: a header cell in an unknown language beside English ones', () => {
    expect(coded(
      '<table><tr><th>Test</th><th>Result</th><th>Flag</th><th>Unit</th><th>Reference Range</th><th>Aanvrager</th></tr>'
      + '<tr><td>TSH</td><td>5.9</td><td>H</td><td>mIU/L</td><td>0.4 - 4.0</td><td>Huisarts Jansen</td></tr>'
      + '<tr><td>Free T4</td><td>1.1</td><td></td><td>ng/dL</td><td>0.8 - 1.8</td><td>Huisarts Jansen</td></tr></table>',
    )).toEqual([
      ['thyroid-stimulating-hormone', 5.9, 'm[IU]/L', 0.4, 4, 'high'],
      ['free-t4', 1.1, 'ng/dL', 0.8, 1.8, 'normal'],
    ]);
  });

  it('a critical-value column is never the range, also where no other range column is printed', () => {
    const read = coded(lines(
      '| Test | Result | Units | Critical Value | Collected By |',
      '|---|---|---|---|---|',
      '| Sodium | 128 | mmol/L | < 120 | Ward nurse |',
    ));
    expect(read.map((r) => [r[0], r[1], r[2]])).toEqual([['sodium', 128, 'mmol/L']]);
    expect(read.every((r) => r[3] !== 120 && r[4] !== 120)).toBe(true);
  });
});

describe('hdrother: negatives', () => {
  it('a prose line with table words and bars heads no table', () => {
    const read = coded(lines(
      '| Please note | the result | units | and reference range | depend on the method |',
      '|---|---|---|---|---|',
      '| Glucose | 5.4 | mmol/L | 3.9 - 5.8 | |',
    ));
    // Read or not, the prose line gives no row and no column's words become a result.
    expect(read.every((r) => typeof r[1] === 'number')).toBe(true);
    expect(read.filter((r) => r[0] !== 'glucose')).toEqual([]);
  });

  it('a data row with words is no header for the rows below it', () => {
    expect(coded(lines(
      '| Test | Result | Units | Reference Range |',
      '|---|---|---|---|',
      '| Urine colour | Yellow | | Pale yellow |',
      '| Glucose | 101 | mg/dL | 70 - 99 |',
    )).filter((r) => r[0] === 'glucose')).toEqual([['glucose', 101, 'mg/dL', 70, 99, 'high']]);
  });

  it('a row of name, result and words (`Sample | Result | Units | Remark words`) is no header', () => {
    // `Remarks`-like unknown cells outnumbering the known ones: the line reads as before (no table by this rule).
    const read = coded(lines(
      '| Name | Result | Units | Ward Seven | Bed Four | Morning Round | Nurse Station |',
      '|---|---|---|---|---|---|---|',
      '| Glucose | 101 | mg/dL | 70 - 99 | x | y | z |',
    ));
    expect(read.filter((r) => r[0] === 'glucose').map((r) => [r[1], r[2]])).toEqual([[101, 'mg/dL']]);
  });

  it('an unknown cell over the only column of ranges: the ranges are not dropped', () => {
    expect(coded(lines(
      '| Test | Result | Units | Intervalo biológico |',
      '|---|---|---|---|',
      '| Glucose | 101 | mg/dL | 70 - 99 |',
      '| Urea | 30 | mg/dL | 15 - 45 |',
    ))).toEqual([
      ['glucose', 101, 'mg/dL', 70, 99, 'high'],
      ['urea', 30, 'mg/dL', 15, 45, 'normal'],
    ]);
  });
});
