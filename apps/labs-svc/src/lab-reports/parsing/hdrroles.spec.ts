import { coded, rowsOf } from '../../testing/reader.js';
import { headerColumns, markdownCells, textCells } from './table.js';

/*
 * (hdrroles) Two general shapes of a results table's header:
 * 1. a header cell that contains one role word among words of no role (`Units of measure`, `Reference range for
 *    adults`, `Lab reference interval`, `Measured value`) names that column; a cell with two roles' words (`Result
 *    unit`), or with words that make it another column (`Reference lab`, `Critical value`, `Result comment`), does not;
 * 2. a cumulative table whose result columns are headed by dates or periods (`Result on 15/01/2026`, `15 Jan 2026`,
 *    `Wert 15.01.2026`, `2025  2026`): one result a row, the newest date's (by the dates, not by the place), none where
 *    that cell is empty or a dash.
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

describe('hdrroles: cumulative tables headed by dates or periods', () => {
  it('value words with a date (`Result on 15/01/2026`, `Result (02/07/2025)`, `15/01/2026 Result`): the newest date\'s column, no row where it is a dash', () => {
    for (const [a, b] of [['Result on 15/01/2026', 'Result on 02/07/2025'], ['Result (15/01/2026)', 'Result (02/07/2025)'], ['15/01/2026 Result', '02/07/2025 Result']]) {
      expect([a, coded(lines(
        `| Test | ${a} | ${b} | Unit | Range |`,
        '|---|---|---|---|---|',
        '| Magnesium | 0.62 | 0.81 | mmol/L | 0.70 - 1.00 |',
        '| Albumin | - | 39 | g/L | 35 - 50 |',
      ))]).toEqual([a, [['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]]);
    }
  });

  it('the newest by the dates, not by the place: the newest printed last', () => {
    expect(coded(lines(
      '| Analyte | Result (02/07/2025) | Result (15/01/2026) | Unit | Range |',
      '|---|---|---|---|---|',
      '| Magnesium | 0.81 | 0.62 | mmol/L | 0.70 - 1.00 |',
      '| Albumin | 39 |  | g/L | 35 - 50 |',
    ))).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
  });

  it('dates with the month\'s name (`15 Jan 2026`, `15-Jan-2026`, `Jan 15, 2026`), values with status marks', () => {
    for (const [a, b, c] of [['15 Jan 2026', '02 Jul 2025', '11 Feb 2025'], ['15-Jan-2026', '02-Jul-2025', '11-Feb-2025'], ['Jan 15, 2026', 'Jul 2, 2025', 'Feb 11, 2025']]) {
      expect([a, coded(lines(
        `| Test | ${c} | ${b} | ${a} | Unit | Range |`,
        '|---|---|---|---|---|---|',
        '| Magnesium | 🟢 0.85 | 🟢 0.81 | 🔴 0.62 L | mmol/L | 0.70 - 1.00 |',
        '| Albumin | 40 | 39 | — | g/L | 35 - 50 |',
      ))]).toEqual([a, [['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]]);
    }
  });

  it('fixed-width, German value word before a dotted date (`Wert 15.01.2026`)', () => {
    expect(coded(lines(
      'Parameter        Wert 15.01.2026   Wert 02.07.2025   Einheit   Referenzbereich',
      'Magnesium                   0,62              0,81   mmol/l    0,70 - 1,00',
      'Albumin                        -                39   g/l       35 - 50',
    ))).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
  });

  it('years as periods (two or more year columns): the newest year\'s column', () => {
    expect(coded(lines(
      '| Test | 2024 | 2025 | 2026 | Unit | Range |',
      '|---|---|---|---|---|---|',
      '| Magnesium | 0.85 | 0.81 | 0.62 | mmol/L | 0.70 - 1.00 |',
      '| Albumin | 40 | 39 | – | g/L | 35 - 50 |',
    ))).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
  });

  it('the row\'s collection date is the newest column\'s date where it is a whole date that reads one way; none for a month or a year', () => {
    const dated = rowsOf(lines(
      '| Test | Result (02/07/2025) | Result (15/01/2026) | Unit | Range |',
      '|---|---|---|---|---|',
      '| Magnesium | 0.81 | 0.62 | mmol/L | 0.70 - 1.00 |',
    ));
    expect(dated.map((r) => r.collectedAt)).toEqual(['2026-01-15T00:00:00.000Z']);
    const iso = rowsOf(lines('| Test | 2025-07-02 | 2026-01-15 | Unit | Range |', '|---|---|---|---|---|', '| Magnesium | 0.81 | 0.62 | mmol/L | 0.70 - 1.00 |'));
    expect(iso.map((r) => r.collectedAt)).toEqual(['2026-01-15T00:00:00.000Z']);
    const month = rowsOf(lines('| Test | 2025-07 | 2026-01 | Unit | Range |', '|---|---|---|---|---|', '| Magnesium | 0.81 | 0.62 | mmol/L | 0.70 - 1.00 |'));
    expect(month.map((r) => r.collectedAt)).toEqual([undefined]);
  });

  it('a plainly headed result beside a dated one is the result (the dated one a previous result); negatives: one year alone heads no column; dates that read both ways name no newest', () => {
    expect(coded(lines(
      '| Test | Result | Result (02/07/2025) | Unit | Range |',
      '|---|---|---|---|---|',
      '| Magnesium | 0.62 | 0.81 | mmol/L | 0.70 - 1.00 |',
    ))).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
    expect(mdRoles('| Test | 2026 | Unit | Range |')).toBeNull();
    expect(mdRoles('| Test | Result 03/04/2025 | Result 04/03/2025 | Unit | Range |')).toBeNull();
  });
});

describe('hdrroles review: misfires mended', () => {
  it('years or quarters alone head no dated results without a unit or range column (a count of tests by year is no result)', () => {
    expect(coded(lines(
      '## Samples processed per year',
      '',
      '| Analyte | 2022 | 2023 |',
      '|---|---|---|',
      '| Vitamin D | 4410 | 5120 |',
      '| Creatinine | 20115 | 21870 |',
    ))).toEqual([]);
    expect(mdRoles('| Analyte | Q3 2025 | Q4 2025 |')).toBeNull();
    // With a unit or a range column the periods are results, as before.
    expect(mdRoles('| Analyte | 2022 | 2023 | Unit |')).toEqual(['name', 'previous', 'value', 'unit']);
  });

  it('a role word followed by words that name another thing names no column (`Reference lab address`, `Result site`)', () => {
    expect(coded(lines(
      '| Test | Result | Units | Reference Laboratory Location |',
      '|---|---|---|---|',
      '| Folate | 7.9 | ng/mL | 22 Harbour Road, Leeds LS1 4AB |',
    )).map((r) => r[3])).toEqual([null]);
    expect(mdRoles('| Test | Result | Units | Reference Laboratory Location |')?.[3] ?? null).not.toBe('range');
    expect(mdRoles('| Test | Result | Unit | Range Lab Phone |')?.[3] ?? null).not.toBe('range');
    // Qualifiers the reader knows after the role word still name the column.
    expect(mdRoles('| Test | Result | Units | Reference range (male) |')).toEqual(['name', 'value', 'unit', 'range']);
    expect(mdRoles('| Test | Measured value | Units | Reference interval for children |')).toEqual(['name', 'value', 'unit', 'range']);
  });

  it('a lone quarter at the end of an ordinary header heads no previous column', () => {
    expect(textRoles('ANALYTE          VALUE     UNIT      REFERENCE      Q3 2025')).toBeNull();
    expect(coded(lines(
      'ANALYTE          VALUE     UNIT      REFERENCE      Q3 2025',
      'Ferritin         9         ng/mL     15 - 150',
    ))).toEqual([['ferritin', 9, 'ng/mL', 15, 150, 'low']]);
  });

  it('labels of dates with their dates (`Collected … Received …`) are a report\'s metadata, no header', () => {
    expect(textRoles('Sample taken       03 Mar 2026 07:45        Reported          04 Mar 2026 11:20')).toBeNull();
    expect(textRoles('Collection date   03-Mar-2026     Report date   04-Mar-2026')).toBeNull();
    expect(textRoles('Collected     03.03.2026 07:45      Received     04.03.2026 11:20')).toBeNull();
    expect(coded(lines(
      'Collected          03 Mar 2026 07:45        Received          04 Mar 2026 11:20',
      '',
      'Calcium            2.61 mmol/L       2.20 - 2.60',
      'Phosphate          1.02 mmol/L       0.80 - 1.50',
    ))).toEqual([
      ['calcium', 2.61, 'mmol/L', 2.2, 2.6, 'high'],
      ['phosphorus', 1.02, 'mmol/L', 0.8, 1.5, 'normal'],
    ]);
    // The cumulative label before its dates stays a header (cumul).
    expect(textRoles('Collected Date   14/10/2020   15/10/2020')).toEqual(['name', 'previous', 'value']);
  });

  it('`(SI units)` is no unit of the column', () => {
    expect(coded(lines(
      '| Test | Result (SI units) | Range |',
      '|---|---|---|',
      '| Urea | 9.4 | 2.5 - 7.8 |',
    ))).toEqual([['urea', 9.4, null, 2.5, 7.8, 'high']]);
  });
});
