import { coded, rowsOf } from '../../testing/reader.js';

/*
 * (twounits) A result printed in two unit systems on one line: the conventional and the SI value side by side, each
 * with its range (a French bilan's two value columns, then the two ranges; a Philippine report's value, range and unit
 * twice). Every expected row is written from the printed line: the first value, its unit and its range are the
 * result, the second group the same result again (the row's comment, as rowWithSecondColumnGroup reads it).
 */

describe('twounits: a result printed in two units on one line', () => {
  it('reads a French bilan\'s two values, then their two ranges, as the first value with its unit and its range', () => {
    expect(coded('Créatinine  9.8 mg/L  86.7 µmol/L  (7.2-11.7)  (64-104)')).toEqual([['creatinine', 9.8, 'mg/L', 7.2, 11.7, 'normal']]);
    expect(coded('Glycémie à jeun  0.95 g/L  5.27 mmol/L  (0.70-1.10)  (3.89-6.10)')).toEqual([['glucose', 0.95, 'g/L', 0.7, 1.1, 'normal']]);
    expect(coded('Glycémie à jeun  0,95 g/L  5,27 mmol/L  (0,70-1,10)  (3,89-6,10)')).toEqual([['glucose', 0.95, 'g/L', 0.7, 1.1, 'normal']]);
    expect(coded('Cholestérol total ..........  2,31 g/L     5,97 mmol/L      (<2,00)       (<5,17)')).toEqual([['total-cholesterol', 2.31, 'g/L', null, 2, 'high']]);
    expect(coded('HDL cholestérol ............  0,52 g/L     1,34 mmol/L      (>0,40)       (>1,03)')).toEqual([['hdl-cholesterol', 0.52, 'g/L', 0.4, null, 'normal']]);
    // Without parentheses around the ranges too.
    expect(coded('Créatinine  9.8 mg/L  86.7 µmol/L  7.2-11.7  64-104')).toEqual([['creatinine', 9.8, 'mg/L', 7.2, 11.7, 'normal']]);
  });

  it('keeps the second value, its unit and its range as the row\'s comment', () => {
    const [row] = rowsOf('Créatinine  9.8 mg/L  86.7 µmol/L  (7.2-11.7)  (64-104)');
    expect(row).toMatchObject({ value: 9.8, unit: 'mg/L', rangeText: '7.2-11.7' });
    expect(row!.comment).toContain('86.7 µmol/L');
    expect(row!.comment).toContain('64-104');
  });

  it('reads two values in two units with no range as the first', () => {
    expect(coded('LDL cholestérol calculé ....  1,55 g/L     4,01 mmol/L')).toEqual([['ldl-cholesterol', 1.55, 'g/L', null, null, null]]);
    expect(coded('Hemoglobin  13.5 g/dL  135 g/L')).toEqual([['hemoglobin', 13.5, 'g/dL', null, null, null]]);
    expect(coded('Glucose  95 mg/dL  70-99  5.3 mmol/L')).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Creatinine  0.95  mg/dl  0.60~1.20  84.0  umol/L')).toEqual([['creatinine', 0.95, 'mg/dL', 0.6, 1.2, 'normal']]);
  });

  it('reads a restated value in parentheses beside a range in parentheses', () => {
    expect(coded('Créatinine  9.8 mg/L  (86.7 µmol/L)  (7.2-11.7)')).toEqual([['creatinine', 9.8, 'mg/L', 7.2, 11.7, 'normal']]);
    expect(coded('Créatinine  9.8 mg/L  (86.7 µmol/L)  (7.2-11.7)  (64-104)')).toEqual([['creatinine', 9.8, 'mg/L', 7.2, 11.7, 'normal']]);
    expect(coded('Créatinine  9.8 mg/L  (7.2-11.7)  86.7 µmol/L  (64-104)')).toEqual([['creatinine', 9.8, 'mg/L', 7.2, 11.7, 'normal']]);
  });

  it('reads value, range and unit twice (the SI and the conventional columns) as the first group', () => {
    expect(coded(['FBS  5.8  4.1 - 5.9 mmol/L  104.4  74 - 106 mg/dL', 'Cholesterol  5.2  <5.2 mmol/L  201  <200 mg/dL'].join('\n'))).toEqual([
      ['glucose', 5.8, 'mmol/L', 4.1, 5.9, 'normal'],
      ['total-cholesterol', 5.2, 'mmol/L', null, 5.2, 'high'],
    ]);
    expect(coded('URIC ACID  420 H  155 - 357 umol/L  7.06 H  2.6 - 6.0 mg/dL')).toEqual([['uric-acid', 420, 'umol/L', 155, 357, 'high']]);
  });

  it('reads such rows under a header naming both groups', () => {
    expect(coded(['Test  Result  Reference  Unit  Result  Reference  Unit', 'FBS  5.8  4.1 - 5.9  mmol/L  104.4  74 - 106  mg/dL',
      'Cholesterol  5.2  <5.2  mmol/L  201  <200  mg/dL'].join('\n'))).toEqual([
      ['glucose', 5.8, 'mmol/L', 4.1, 5.9, 'normal'],
      ['total-cholesterol', 5.2, 'mmol/L', null, 5.2, 'high'],
    ]);
    expect(coded(['Test          Result   Reference   Unit     Result   Reference   Unit', 'FBS           5.8      4.1 - 5.9   mmol/L   104.4    74 - 106    mg/dL',
      'Cholesterol   5.2      <5.2        mmol/L   201      <200        mg/dL', 'Creatinine    71       53 - 97     umol/L   0.80     0.6 - 1.1   mg/dL'].join('\n'))).toEqual([
      ['glucose', 5.8, 'mmol/L', 4.1, 5.9, 'normal'],
      ['total-cholesterol', 5.2, 'mmol/L', null, 5.2, 'high'],
      ['creatinine', 71, 'umol/L', 53, 97, 'normal'],
    ]);
  });

  it('reads such rows in a table of cells (Markdown) under a header naming both groups', () => {
    expect(coded(['| Test | Result | Reference | Unit | Result | Reference | Unit |', '|---|---|---|---|---|---|---|',
      '| FBS | 5.8 | 4.1 - 5.9 | mmol/L | 104.4 | 74 - 106 | mg/dL |', '| Creatinine | 71 | 53 - 97 | umol/L | 0.80 | 0.6 - 1.1 | mg/dL |'].join('\n'))).toEqual([
      ['glucose', 5.8, 'mmol/L', 4.1, 5.9, 'normal'],
      ['creatinine', 71, 'umol/L', 53, 97, 'normal'],
    ]);
    // The second value not the first's in its unit (150 mg/dL is no 5.8 mmol/L of glucose): not read as restated.
    expect(coded(['| Test | Result | Reference | Unit | Result | Reference | Unit |', '|---|---|---|---|---|---|---|',
      '| FBS | 5.8 | 4.1 - 5.9 | mmol/L | 150 | 74 - 106 | mg/dL |'].join('\n'))).not.toContainEqual(['glucose', 5.8, 'mmol/L', 4.1, 5.9, 'normal']);
  });

  it('reads an aligned block of such rows (columns inferred, or under a header of value and range twice)', () => {
    const block = [
      'FBS                    5.8       4.1 - 5.9 mmol/L     104.4          74 - 106 mg/dL',
      'BUN                    4.6       2.5 - 6.4 mmol/L     12.9           7 - 18 mg/dL',
      'CREATININE             71        53 - 97 umol/L       0.80           0.6 - 1.1 mg/dL',
      'URIC ACID              420 H     155 - 357 umol/L     7.06 H         2.6 - 6.0 mg/dL',
      'HDL                    1.3       1.0 - 1.6 mmol/L     50.3           40 - 60 mg/dL',
      'SGPT/ALT               32        0 - 33 U/L',
    ];
    const expected = [
      ['glucose', 5.8, 'mmol/L', 4.1, 5.9, 'normal'],
      ['blood-urea-nitrogen', 4.6, 'mmol/L', 2.5, 6.4, 'normal'],
      ['creatinine', 71, 'umol/L', 53, 97, 'normal'],
      ['uric-acid', 420, 'umol/L', 155, 357, 'high'],
      ['hdl-cholesterol', 1.3, 'mmol/L', 1, 1.6, 'normal'],
      ['alanine-aminotransferase', 32, 'U/L', 0, 33, 'normal'],
    ];
    expect(coded(block.join('\n'))).toEqual(expected);
    expect(coded(['                       RESULT    REFERENCE VALUES     CONVENTIONAL   REFERENCE VALUES', ...block].join('\n'))).toEqual(expected);
  });

  it('reads no second value that is not the same result in another unit', () => {
    // The second value disagrees with the first through the molar mass: not the same result (a previous one, or a
    // misprint): no row, as before.
    expect(coded('Créatinine  9.8 mg/L  120 µmol/L  (7.2-11.7)  (64-104)')).toEqual([]);
    expect(coded('FBS  5.8  4.1 - 5.9 mmol/L  150  74 - 106 mg/dL')).toEqual([]);
    expect(coded('Creatinine  1.50  mg/dl  0.60~1.20  180  umol/L 53.04~106.08')).toEqual([]);
    expect(coded('Creatinine  0.95  mg/dl  0.60~1.20  1.10  umol/L')).toEqual([]);
    expect(coded('Glycémie  0.91 g/L  (7.05 mmol/L)  0.74 – 1.06 (4.11 – 5.89)')).toEqual([]);
  });
});

describe('twounits: lines that stay as they read', () => {
  it('keeps a previous result, a unit after the range and other layouts', () => {
    expect(coded('Sodium   140   mmol/L   135-145   139')).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded('Glucose  104  70 - 99 mg/dL')).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Creatinine  1.50  mg/dl  0.60~1.20  132.60  umol/L 53.04~106.08')).toEqual([['creatinine', 1.5, 'mg/dL', 0.6, 1.2, 'high']]);
    expect(coded('Glycémie  0.91 g/L  (5.05 mmol/L)  0.74 – 1.06 (4.11 – 5.89)')).toEqual([['glucose', 0.91, 'g/L', 0.74, 1.06, 'normal']]);
    // The same unit twice: a previous result's column, no restatement.
    expect(coded('Glucose  5.8 mmol/L  6.1 mmol/L  (3.9-6.1)  (3.9-6.1)')).toEqual([]);
    expect(coded('Potassium  4.2 mmol/L  4.6 mEq/L')).toEqual([]);
    // Two tests on one line (ocrlis: two panels side by side, each a whole row: both read), a previous result without a unit.
    expect(coded('Glucose  5.8 mmol/L  3.9-6.1   Urea  5.0 mmol/L  2.5-7.1')).toEqual([['glucose', 5.8, 'mmol/L', 3.9, 6.1, 'normal'], ['urea', 5, 'mmol/L', 2.5, 7.1, 'normal']]);
    expect(coded('TSH  2.1 mU/L  0.4-4.0  1.9  0.4-4.0')).toEqual([]);
    // A percentage beside a count (a differential's two results), not one result in two units: (diffcols) the two rows.
    expect(coded('Neutrophils  55 %  40-75  3.3 10^9/L  2.0-7.0')).toEqual([['neutrophils', 55, '%', 40, 75, 'normal'], ['neutrophils-absolute', 3.3, '10*9/L', 2, 7, 'normal']]);
    // A time in two units is one duration, never a result restated (`4 min` = `10 s`).
    expect(coded('Clot lysis   4 min 10 s   2 - 6')).toEqual([]);
    // A fraction's two scales convert as numbers only: HbA1c's NGSP % and IFCC mmol/mol still restate.
    expect(coded('HbA1c  6.5 %  4.0-6.0  48 mmol/mol  20-42')).toEqual([['hemoglobin-a1c', 6.5, '%', 4, 6, 'high']]);
    // A previous result under its own header, in the row's unit.
    expect(coded(['Test          Result   Units    Range      Previous', 'Glucose       5.8      mmol/L   3.9-6.1    6.0',
      'Creatinine    71       umol/L   53-97      80', 'Sodium        140      mmol/L   135-145    139'].join('\n'))).toEqual([
      ['glucose', 5.8, 'mmol/L', 3.9, 6.1, 'normal'], ['creatinine', 71, 'umol/L', 53, 97, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal'],
    ]);
  });
});

describe('twounits review: urea beside its nitrogen; two panels side by side are two tests', () => {
  // Made-up lines from review 13 (expected readings written before either build ran).
  it('urea in mmol/L beside BUN in mg/dL (its conventional partner) is one urea result', () => {
    expect(coded('Urea  5.0 mmol/L  2.5-7.1  14 mg/dL  7-20')).toEqual([['urea', 5, 'mmol/L', 2.5, 7.1, 'normal']]);
    expect(coded('UREA  5.0  2.5 - 7.1 mmol/L  14.0  7 - 20 mg/dL')).toEqual([['urea', 5, 'mmol/L', 2.5, 7.1, 'normal']]);
  });
  it('a second test\'s columns beside the first (`Test Result Unit Range Test Result Unit Range`) restate nothing: no joined row', () => {
    const md = ['| Test | Result | Unit | Range | Test | Result | Unit | Range |', '|---|---|---|---|---|---|---|---|',
      '| Glucose | 95 | mg/dL | 70-99 | Creatinine | 88 | umol/L | 53-106 |', '| Cholesterol | 180 | mg/dL | <200 | Potassium | 4.2 | mmol/L | 3.5-5.1 |'].join('\n');
    expect(coded(md).map((r) => r[0])).not.toContain('?Glucose Creatinine');
    expect(coded(md).map((r) => r[0])).not.toContain('?Cholesterol Potassium');
    const aligned = ['Test         Result  Unit    Range      Test         Result  Unit    Range',
      'Glucose      95      mg/dL   70-99      Creatinine   88      umol/L  53-106', 'Cholesterol  180     mg/dL   <200       Potassium    4.2     mmol/L  3.5-5.1'].join('\n');
    expect(coded(aligned).map((r) => r[0]).filter((k) => String(k).includes(' '))).toEqual([]);
  });
});
