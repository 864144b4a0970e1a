import { coded } from '../../testing/reader.js';

/*
 * (b68) A US hospital's cumulative summary: the run dates (and times) on lines of their own above the column header,
 * no label, each date over its value column; the report's result is the newest date's column, with its flag. A method
 * cell after the range whose words hold a digit (`IFCC without P5P`); a page footer between asterisks (`*** END OF
 * REPORT - PAGE 2 ***`). Every expected row is written from the made-up lines here, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');
const HEADER = '    CHEMISTRY                                                 UNITS       REF RANGE';
const ROWS = [
  '    SODIUM                           139         131 L       mEq/L       136-145',
  '    POTASSIUM                        4.4         6.6 HH      mEq/L       3.5-5.1',
  '    BUN                               19          27 H       mg/dL       7-20',
];
const HEMATOLOGY = [
  '    HEMATOLOGY                                                UNITS       REF RANGE',
  '    WBC                              8.1        13.0 H       K/uL        4.0-11.0',
];
const NEWEST = [
  ['sodium', 131, 'meq/L', 136, 145, 'low'],
  ['potassium', 6.6, 'meq/L', 3.5, 5.1, 'critical-high'],
  ['blood-urea-nitrogen', 27, 'mg/dL', 7, 20, 'high'],
];
const WBC_NEWEST = ['white-blood-cell-count', 13, '10*3/uL', 4, 11, 'high'];
const OLDEST = [
  ['sodium', 139, 'meq/L', 136, 145, 'normal'],
  ['potassium', 4.4, 'meq/L', 3.5, 5.1, 'normal'],
  ['blood-urea-nitrogen', 19, 'mg/dL', 7, 20, 'normal'],
];

describe('b68: dates on lines of their own above a cumulative table\'s header', () => {
  it('dates over times over the header: the newest date\'s column with its flag, in every section', () => {
    const text = lines(
      '                                  03/02/26    03/03/26',
      '                                    0630        0545',
      HEADER, ...ROWS, ...HEMATOLOGY,
    );
    expect(coded(text)).toEqual([...NEWEST, WBC_NEWEST]);
  });

  it('times printed with a colon, one date a column without times, other date formats', () => {
    expect(coded(lines('                                  03/02/26    03/03/26', '                                   06:30       05:45', HEADER, ...ROWS))).toEqual(NEWEST);
    expect(coded(lines('                                  03/02/26    03/03/26', HEADER, ...ROWS))).toEqual(NEWEST);
    expect(coded(lines('                                2026-03-02  2026-03-03', HEADER, ...ROWS))).toEqual(NEWEST);
    expect(coded(lines('                                  02.03.26    03.03.26', HEADER, ...ROWS))).toEqual(NEWEST);
  });

  it('a row printed in one column only: its value under the newest date, or no result of this report (never the older value)', () => {
    const text = lines(
      '                                  03/02/26    03/03/26',
      '                                    0630        0545',
      HEADER,
      '    CREATININE                                   1.4 H       mg/dL       0.6-1.3',
      '    MAGNESIUM                        1.2 L                   mg/dL       1.6-2.6',
      ROWS[1]!,
    );
    expect(coded(text)).toEqual([['creatinine', 1.4, 'mg/dL', 0.6, 1.3, 'high'], NEWEST[1]]);
  });

  it('the newest on the left is read by the dates, not the place', () => {
    const text = lines(
      '                                  03/03/26    03/02/26',
      HEADER,
      '    SODIUM                           131 L       139         mEq/L       136-145',
    );
    expect(coded(text)).toEqual([NEWEST[0]]);
  });

  it('a page 2 repeating the date lines reads its rows the same way', () => {
    const text = lines(
      '                                  03/02/26    03/03/26',
      '                                    0630        0545',
      HEADER, ...ROWS,
      '',
      'Page 1 of 2',
      '',
      '                                  03/02/26    03/03/26',
      '                                    0630        0545',
      ...HEMATOLOGY,
    );
    expect(coded(text)).toEqual([...NEWEST, WBC_NEWEST]);
  });

  it('negatives: a single date above a table, a header whose cells carry the dates, dates that do not say the newest, values not under the dates', () => {
    // A single collected date above a table changes nothing (its rows: the one value each is printed with).
    const single = lines('    Collected: 03/03/26 0545', HEADER, ...ROWS.map((r) => r.replace(/ {9}\d+(?:\.\d)? (?:L |HH|H )/, '             ')));
    expect(coded(single).filter((r) => !String(r[0]).startsWith('?'))).toEqual(
      [['sodium', 139, 'meq/L', 136, 145, 'normal'], ['potassium', 4.4, 'meq/L', 3.5, 5.1, 'normal'], ['blood-urea-nitrogen', 19, 'mg/dL', 7, 20, 'normal']],
    );
    // Dates as the header's cells still read as they did (the newest date's column).
    const headed = lines(
      '    TEST                        03/02/26    03/03/26    UNITS       REF RANGE',
      '    SODIUM                           139         131 L  mEq/L       136-145',
    );
    expect(coded(headed).map((r) => [r[0], r[1]])).toEqual([['sodium', 131]]);
    // Two dates on one day do not say which column is the newest: nothing is guessed from a bare line.
    // (Two values on a row outside a cumulative table read nothing, as before: no older column is taken either.)
    expect(coded(lines('                                  03/03/26    03/03/26', HEADER, ROWS[0]!))).toEqual([]);
    // Bare dates over no header of column words, or far from the values, are no columns' header: the rows read as they
    // did without the dates line (the first number after the name — what the reader reads of two unheaded columns; no
    // claim that it is this report's), not the newest column.
    const block = lines('                                  03/02/26    03/03/26', ...ROWS);
    expect(coded(block)).toEqual(OLDEST);
    expect(coded(lines(HEADER, ...ROWS))).toEqual(OLDEST);
    const far = lines('  03/02/26    03/03/26', HEADER, ...ROWS);
    expect(coded(far)).toEqual(OLDEST);
    // Rows of one value under bare dates are no cumulative table's: read as printed.
    const one = lines('                                  03/02/26    03/03/26', HEADER, '    SODIUM                                       131 L       mEq/L       136-145');
    expect(coded(one)).toEqual([NEWEST[0]]);
  });
});

describe('b68: a method cell after the range', () => {
  it('words holding a digit (`IFCC without P5P`) do not drop the row', () => {
    expect(coded('SGOT (AST)   46   U/L   5 - 40   IFCC without P5P')).toEqual([['aspartate-aminotransferase', 46, 'U/L', 5, 40, 'high']]);
    expect(coded('SGOT (AST)   46   U/L   5 - 40   IFCC')).toEqual([['aspartate-aminotransferase', 46, 'U/L', 5, 40, 'high']]);
    expect(coded(lines('SGOT (AST)   46   U/L   5 - 40   IFCC without P5P', 'SGPT (ALT)   30   U/L   5 - 40   IFCC with P5P')))
      .toEqual([['aspartate-aminotransferase', 46, 'U/L', 5, 40, 'high'], ['alanine-aminotransferase', 30, 'U/L', 5, 40, 'normal']]);
  });

  it('negatives: a power of ten among the method\'s words, or a digit word with no method word beside it, are not taken by the rule', () => {
    expect(coded('SGOT (AST)   46   U/L   5 - 40   IFCC x10E3')).toEqual([]);
    // (A model's name alone was read before, by its own rule: unchanged.)
    expect(coded('SGOT (AST)   46   U/L   5 - 40   AU5800')).toEqual([['aspartate-aminotransferase', 46, 'U/L', 5, 40, 'high']]);
  });
});

describe('b68: a footer between asterisks', () => {
  it('`*** END OF REPORT - PAGE 2 ***` is no row', () => {
    const text = lines('    SODIUM    139   mEq/L   136-145', '                               *** END OF REPORT - PAGE 2 ***');
    expect(coded(text)).toEqual([['sodium', 139, 'meq/L', 136, 145, 'normal']]);
    expect(coded(lines('    SODIUM    139   mEq/L   136-145', '*** PAGE 2 ***', '*** END OF REPORT ***'))).toEqual([['sodium', 139, 'meq/L', 136, 145, 'normal']]);
  });

  it('negative: a row flagged with asterisks still reads', () => {
    expect(coded('    POTASSIUM    6.6 ***   mEq/L   3.5-5.1').map((r) => [r[0], r[1]])).toEqual([['potassium', 6.6]]);
    // A row between asterisks is no footer: its parts are no report status or page counter.
    expect(coded('*** POTASSIUM 6.6 mmol/L ***').map((r) => [r[0], r[1]])).toEqual([['potassium', 6.6]]);
  });
});
