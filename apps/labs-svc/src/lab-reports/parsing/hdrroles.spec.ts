import { coded } from '../../testing/reader.js';
import { headerColumns, markdownCells, textCells } from './table.js';

/*
 * (hdrroles) A header cell that contains one role word among words of no role (`Units of measure`, `Reference range
 * for adults`, `Lab reference interval`, `Measured value`) names that column; a cell with two roles' words (`Result
 * unit`), or with words that make it another column (`Reference lab`, `Critical value`, `Result comment`), does not.
 * Every expected row below is written from the printed (made-up) lines, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');
/** The roles of a Markdown header's columns, or null when the line heads no table. */
const mdRoles = (header: string) => headerColumns(markdownCells(header)!, true)?.map((c) => c.role) ?? null;
/** The same for a fixed-width header line. */
const textRoles = (header: string) => headerColumns(textCells(header))?.map((c) => c.role) ?? null;

describe('hdrroles: a header cell containing one role word names the column', () => {
  it('Markdown: `Units of measure`, `Reference range for adults` beside a previous result\'s column', () => {
    expect(coded(lines(
      '| Test | Result | Prior result | Units of measure | Reference range for adults |',
      '|---|---|---|---|---|',
      '| Magnesium | 0.62 | 0.81 | mmol/L | 0.70 - 1.00 |',
      '| Albumin | 41 | 39 | g/L | 35 - 50 |',
    ))).toEqual([
      ['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low'],
      ['albumin', 41, 'g/L', 35, 50, 'normal'],
    ]);
  });

  it('fixed-width: `Measured value`, `Unit of measurement`, `Normal values for adults` beside an earlier result', () => {
    expect(coded(lines(
      'Examination        Measured value   Earlier result   Unit of measurement   Normal values for adults',
      'Magnesium                    0.62             0.81   mmol/L                0.70 - 1.00',
      'Albumin                        41               39   g/L                   35 - 50',
    ))).toEqual([
      ['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low'],
      ['albumin', 41, 'g/L', 35, 50, 'normal'],
    ]);
  });

  it('HTML: `Lab reference interval` and `Obtained result` with a previous column between them', () => {
    expect(coded(lines(
      '<table><tr><th>Analyte</th><th>Obtained result</th><th>Previous</th><th>Lab reference interval</th><th>Units</th></tr>',
      '<tr><td>Magnesium</td><td>0.62</td><td>0.81</td><td>0.70 - 1.00</td><td>mmol/L</td></tr>',
      '<tr><td>Albumin</td><td>41</td><td>39</td><td>35 - 50</td><td>g/L</td></tr></table>',
    ))).toEqual([
      ['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low'],
      ['albumin', 41, 'g/L', 35, 50, 'normal'],
    ]);
  });

  it('a population or unit system in parentheses after the header (`(adult)`, `(SI)`) is no unit of the column', () => {
    expect(coded(lines(
      '| Test | Result | Reference range (adult) |',
      '|---|---|---|',
      '| Ferritin | 9 | 15 - 150 |',
    ))).toEqual([['ferritin', 9, null, 15, 150, 'low']]);
    expect(coded(lines(
      '| Test | Result (SI) | Range |',
      '|---|---|---|',
      '| Creatinine | 130 | 60 - 110 |',
    ))).toEqual([['creatinine', 130, null, 60, 110, 'high']]);
  });

  it('the roles each such cell takes', () => {
    expect(mdRoles('| Test | Your Result | Units of measure | Lab Reference Interval | Source flag |')).toEqual(['name', 'value', 'unit', 'range', 'flag']);
    expect(mdRoles('| Test | Patient Value | Unit | Reference range (adult) |')).toEqual(['name', 'value', 'unit', 'range']);
    expect(mdRoles('| Analyte | Measured value | Unit | Normal reference range |')).toEqual(['name', 'value', 'unit', 'range']);
    expect(textRoles('Test      Obtained result    Units of measure    Reference values for adults')).toEqual(['name', 'value', 'unit', 'range']);
  });

  it('negatives: two roles\' words, another column\'s words, or a second column of a role stay as before', () => {
    // Another column's words: a previous result, a date, the performing lab, a method, a critical value, a comment.
    expect(mdRoles('| Test | Result | Units | Range | Previous result |')).toEqual(['name', 'value', 'unit', 'range', 'previous']);
    expect(mdRoles('| Test | Result date | Result | Units | Range |')).toEqual(['name', 'date', 'value', 'unit', 'range']);
    expect(mdRoles('| Test | Result | Units | Range | Method |')).toEqual(['name', 'value', 'unit', 'range', 'other']);
    for (const cell of ['Reference lab', 'Critical value', 'Result comment', 'Reference number', 'Lower limit of range', 'Target range for age']) {
      const roles = mdRoles(`| Test | Result | Units | Range | ${cell} |`);
      // No header (as before), or the cell a column of its own: never a second value, unit, range or flag column.
      expect([cell, roles === null || (roles.length === 5 && roles[4] === 'other')]).toEqual([cell, true]);
    }
    // Two roles' words in one Markdown cell: never one column of either role.
    expect(mdRoles('| Test | Result Unit | Range |')).toBeNull();
    // A second column of a role already headed plainly: not a second range column.
    expect(mdRoles('| Test | Result | Units | Reference range | Lab reference range for children |')).toEqual(['name', 'value', 'unit', 'range', 'other']);
  });

  it('negative: a `Reference lab` column is no range column (its cells never taken for the range or the unit)', () => {
    expect(coded(lines(
      '| Test | Result | Reference lab | Units | Range |',
      '|---|---|---|---|---|',
      '| Magnesium | 0.62 | Westside 3 | mmol/L | 0.70 - 1.00 |',
    ))).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
    expect(coded(lines(
      'Test               Result   Reference lab    Units      Range',
      'Magnesium            0.62   Westside 3       mmol/L     0.70 - 1.00',
    ))).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
  });

  it('negative: a critical value\'s column is never the result (the header stays unknown, as before)', () => {
    expect(coded(lines(
      '| Test | Result | Units | Range | Critical value |',
      '|---|---|---|---|---|',
      '| Magnesium | 0.62 | mmol/L | 0.70 - 1.00 | < 0.40 |',
    )).filter((r) => r[1] === 0.4)).toEqual([]);
  });
});
