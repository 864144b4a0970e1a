import { catalog, coded } from '../../testing/reader.js';

/*
 * (flagcol) Three causes a made-up probe found (issue 9):
 * 1. Under a header with a Flag column, a row printed with other gaps than its header and fewer cells than it has
 *    columns had its cells placed by position: the value under the range's header, the range under the flag's (the
 *    row lost), or a flag after the unit taken for a second unit (the flag lost).
 * 2. Under a header that names no name column (`Result  Units  Range`), or in columns found by alignment, a name that
 *    reads as a unit token (`HbA1c`, `T4`, `Mg`, `CA125`) was taken for the result's unit or made the name column a
 *    unit column: the row lost.
 * 3. The low letter of French, Spanish, Portuguese and Italian reports (`B`: bas, bajo, baixo, basso; uppercase, in
 *    matched brackets or none) alone after a value or a range, or under a flag column, is the low flag — only there, on
 *    a numeric value; where a range is printed only when the value lies below it, and with no range only under a
 *    header's flag column.
 * The review's lines (`describe('flagcol review: …')`) are read as on main.
 * The second review's (`describe('flagcol review 2: …')`): words and a number under a header with no name column are no
 * row unless the catalog knows the words or the rest reads as a result, and a unit printed there is kept.
 * Every expected row is written from the printed line (made-up lines), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('flagcol 1: a header with a Flag column, rows printed with other gaps', () => {
  const hormones = [
    ['dihydrotestosterone', 88, 'ng/dL', 30, 85, 'high'],
    ['testosterone-free', 12.1, 'pg/mL', 8.7, 25.1, 'normal'],
    ['shbg', 19, 'nmol/L', 10, 57, 'normal'],
    ['estradiol', 45, 'pg/mL', 8, 35, 'high'],
  ];

  it('the probe\'s block: Flag after the range, respaced and aligned; Flag between Result and Units (LabCorp\'s order)', () => {
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'DHT   88   ng/dL   30-85   H', 'Free Testosterone   12.1   pg/mL   8.7-25.1',
      'SHBG   19   nmol/L   10-57', 'Estradiol   45   pg/mL   8-35   H'))).toEqual(hormones);
    expect(coded(lines(
      'Test                Result   Units    Reference Range   Flag',
      'DHT                 88       ng/dL    30-85             H',
      'Free Testosterone   12.1     pg/mL    8.7-25.1',
      'SHBG                19       nmol/L   10-57',
      'Estradiol           45       pg/mL    8-35              H'))).toEqual(hormones);
    expect(coded(lines(
      'Test                Result  Flag  Units   Reference Interval',
      'DHT                 88      H     ng/dL   30-85',
      'Free Testosterone   12.1          pg/mL   8.7-25.1',
      'SHBG                19            nmol/L  10-57',
      'Estradiol           45      H     pg/mL   8-35'))).toEqual(hormones);
    expect(coded(lines('Test  Result  Flag  Units  Reference Interval', 'DHT  88  H  ng/dL  30-85', 'Free Testosterone  12.1  pg/mL  8.7-25.1',
      'SHBG  19  nmol/L  10-57', 'Estradiol  45  H  pg/mL  8-35'))).toEqual(hormones);
  });

  it('a row of a long name and fewer cells than the header\'s columns keeps its result and range', () => {
    // Read against its range the answer is normal, as without the Flag column.
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Hepatitis B Surface Ag   Negative   Negative', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['hepatitis-b-surface-antigen', null, null, null, null, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded(lines('Test   Result   Flag   Units   Reference Range', 'Hepatitis B Surface Ag   Negative   Negative', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['hepatitis-b-surface-antigen', null, null, null, null, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });

  it('a flag printed after the unit on a row with no range is the flag, not a second unit', () => {
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Glucose   105   mg/dL   H', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['glucose', 105, 'mg/dL', null, null, 'high'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });

  it('stays as it read: a flag column empty, an answer with its own flag, a previous result\'s column', () => {
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Hepatitis B Surface Ag   Reactive   Negative   A')))
      .toEqual([['hepatitis-b-surface-antigen', null, null, null, null, 'abnormal']]);
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Glucose   105   70-99   H')))
      .toEqual([['glucose', 105, null, 70, 99, 'high']]);
    // A previous result's column with the current result not printed: no result taken from the previous one.
    expect(coded(lines(
      'Test          Result   Units    Range      Previous',
      'Glucose                mmol/L   3.9-6.1    6.0',
      'Sodium        140      mmol/L   135-145    139'))).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('flagcol 2: a name that reads as a unit token, under a header with no name column or in aligned columns', () => {
  it('under `Result  Flag  Range`, `Result  Units  Range  Flag` and the like: the first cell is the name', () => {
    expect(coded(lines('Result   Flag   Range', 'HbA1c   6.1   H   4.0-5.6', 'T4   8.1   4.5-12.0', 'Mg   1.5   L   1.7-2.2'))).toEqual([
      ['hemoglobin-a1c', 6.1, null, 4, 5.6, 'high'], ['total-t4', 8.1, null, 4.5, 12, 'normal'], ['magnesium', 1.5, null, 1.7, 2.2, 'low'],
    ]);
    expect(coded(lines('Result   Range   Flag', 'B12   1200   200-900   H', 'CA125   12   0-35', 'T3   60   80-200   L'))).toEqual([
      ['vitamin-b12', 1200, null, 200, 900, 'high'], ['cancer-antigen-125', 12, null, 0, 35, 'normal'], ['total-t3', 60, null, 80, 200, 'low'],
    ]);
    expect(coded(lines('Result   Flag   Units   Range', 'HbA1c   6.1   H   %   4.0-5.6', 'T4   8.1   ug/dL   4.5-12.0', 'Mg   1.5   L   mg/dL   1.7-2.2'))).toEqual([
      ['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high'], ['total-t4', 8.1, 'ug/dL', 4.5, 12, 'normal'], ['magnesium', 1.5, 'mg/dL', 1.7, 2.2, 'low'],
    ]);
    expect(coded(lines(
      '            Result      Range       Units       Flag',
      'HbA1c       6.1         4.0-5.6     %           H',
      'T4          8.1         4.5-12.0    ug/dL',
      'Mg          1.5         1.7-2.2     mg/dL       L'))).toEqual([
      ['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high'], ['total-t4', 8.1, 'ug/dL', 4.5, 12, 'normal'], ['magnesium', 1.5, 'mg/dL', 1.7, 2.2, 'low'],
    ]);
    expect(coded(lines('Result  Range  Units', 'HbA1c  5.4  4.0-5.6  %', 'T4  8.1  4.5-12.0  ug/dL', 'Mg  2.0  1.7-2.2  mg/dL'))).toEqual([
      ['hemoglobin-a1c', 5.4, '%', 4, 5.6, 'normal'], ['total-t4', 8.1, 'ug/dL', 4.5, 12, 'normal'], ['magnesium', 2, 'mg/dL', 1.7, 2.2, 'normal'],
    ]);
  });

  it('in columns found by alignment (a previous result before the unit)', () => {
    expect(coded(lines(
      'HbA1c       6.1         5.9         %           4.0-5.6',
      'T4          8.1         7.9         ug/dL       4.5-12.0',
      'Mg          1.5         1.5         mg/dL       1.7-2.2'))).toEqual([
      ['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high'], ['total-t4', 8.1, 'ug/dL', 4.5, 12, 'normal'], ['magnesium', 1.5, 'mg/dL', 1.7, 2.2, 'low'],
    ]);
    expect(coded(lines(
      'B12         1200        1164        pg/mL       200-900',
      'CA125       12          11.6        U/mL        0-35',
      'T3          60          58.2        ng/dL       80-200'))).toEqual([
      ['vitamin-b12', 1200, 'pg/mL', 200, 900, 'high'], ['cancer-antigen-125', 12, 'U/mL', 0, 35, 'normal'], ['total-t3', 60, 'ng/dL', 80, 200, 'low'],
    ]);
  });

  it('the brief\'s lines, one by one and under `Result  Units  Range` (read before; kept)', () => {
    expect(coded(lines('Result  Units  Range', 'HbA1c   5.4   %   4.0-5.6', 'T4   8.1   ug/dL   4.5-12.0', 'Mg  2.0 mg/dL 1.7-2.2'))).toEqual([
      ['hemoglobin-a1c', 5.4, '%', 4, 5.6, 'normal'], ['total-t4', 8.1, 'ug/dL', 4.5, 12, 'normal'], ['magnesium', 2, 'mg/dL', 1.7, 2.2, 'normal'],
    ]);
    expect(coded('T3   120   ng/dL   80-200')).toEqual([['total-t3', 120, 'ng/dL', 80, 200, 'normal']]);
    expect(coded('B12   450   pg/mL   200-900')).toEqual([['vitamin-b12', 450, 'pg/mL', 200, 900, 'normal']]);
    expect(coded('CA125   12   U/mL   0-35')).toEqual([['cancer-antigen-125', 12, 'U/mL', 0, 35, 'normal']]);
  });

  it('negatives: a unit before a value under a name on the line above is no name; a header of unit columns stays', () => {
    // The name printed over its values (a card): the unit cell under `Result` is the unit, the name the one above.
    expect(coded(lines('Result   Units   Range', 'Glucose', '105   mg/dL   70-99'))).toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high']]);
    // A line of text under such a header is no row.
    expect(coded(lines('Result   Flag   Range', 'Comment   see note   below'))).toEqual([]);
  });
});

describe('flagcol 3: `B` (bas, bajo) in a flag position is the low flag', () => {
  it('after the range, agreeing with it', () => {
    expect(coded('Créatinine   45   µmol/L   60-110   B')).toEqual([['creatinine', 45, 'umol/L', 60, 110, 'low']]);
    expect(coded('Hémoglobine  11,2  g/dL  13,0-17,0  B')).toEqual([['hemoglobin', 11.2, 'g/dL', 13, 17, 'low']]);
    expect(coded('Glucosa   60   mg/dL   70-110   B')).toEqual([['glucose', 60, 'mg/dL', 70, 110, 'low']]);
    expect(coded('Hémoglobine  18,2  g/dL  13,0-17,0  H')).toEqual([['hemoglobin', 18.2, 'g/dL', 13, 17, 'high']]);
  });

  it('after the value', () => {
    expect(coded('Créatinine   45  B   µmol/L   60-110')).toEqual([['creatinine', 45, 'umol/L', 60, 110, 'low']]);
    expect(coded('Hemoglobina  11,2  B  g/dL  13,0-17,0')).toEqual([['hemoglobin', 11.2, 'g/dL', 13, 17, 'low']]);
  });

  it('under a flag column (`Indicateur`, `Estado`); there with no range printed too', () => {
    expect(coded(lines('Prueba   Resultado   Unidades   Valores de referencia   Estado', 'Glucosa   60   mg/dL   70-110   B', 'Sodio   140   mmol/L   135-145')))
      .toEqual([['glucose', 60, 'mg/dL', 70, 110, 'low'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded(lines(
      'Prueba        Resultado   Unidades   Valores de referencia   Estado',
      'Glucosa       60          mg/dL                              B',
      'Sodio         140         mmol/L     135-145'))).toEqual([['glucose', 60, 'mg/dL', null, null, 'low'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });

  it('negatives: a `B` that is no flag, or that the range contradicts', () => {
    // The value above its range: the printed letter is not read as low; the range decides.
    expect(coded('Créatinine   145   µmol/L   60-110   B')).toEqual([['creatinine', 145, 'umol/L', 60, 110, 'high']]);
    expect(coded('Créatinine   80   µmol/L   60-110   B')).toEqual([['creatinine', 80, 'umol/L', 60, 110, 'normal']]);
    // A blood group, a name's letter, a type: no row of a value (the reader reads no blood group, and no test is named
    // `Hepatitis B` alone: no row, as on main), and no low flag.
    expect(coded('Groupe sanguin  B  Rh+')).toEqual([]);
    expect(coded('Hepatitis B  Negative')).toEqual([]);
    expect(coded('Type B')).toEqual([]);
    expect(coded('Vitamine B12   450   pg/mL   200-900')).toEqual([['vitamin-b12', 450, 'pg/mL', 200, 900, 'normal']]);
    expect(coded('Groupe sanguin   B')).toEqual([]);
  });
});

describe('flagcol review: lines main reads right, kept', () => {
  const sodium = ['sodium', 140, 'mmol/L', 135, 145, 'normal'];

  it('1. a unit that is also a flag letter (`L` litres, `h` hours) under a header with a Flag column stays the unit', () => {
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Urine volume 24h   1.5   L   1.0-2.0', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['?Urine volume 24h', 1.5, 'L', 1, 2, 'normal'], sodium]);
    expect(coded(lines(
      'Test                Result   Units    Reference Range   Flag',
      'Urine volume 24h    1.5      L        1.0-2.0',
      'Sodium              140      mmol/L   135-145'))).toEqual([['?Urine volume 24h', 1.5, 'L', 1, 2, 'normal'], sodium]);
    expect(coded(lines(
      'Test                Result   Flag   Units    Reference Range',
      'Urine volume 24h    1.5             L        1.0-2.0',
      'Sodium              140             mmol/L   135-145'))).toEqual([['?Urine volume 24h', 1.5, 'L', 1, 2, 'normal'], sodium]);
    expect(coded(lines('Test   Result   Flag   Units   Reference Range', 'Urine volume 24h   1.5   L   1.0-2.0', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['?Urine volume 24h', 1.5, 'L', 1, 2, 'normal'], sodium]);
    expect(coded(lines(
      'Test                Result   Units    Reference Range   Flag',
      'Urine volume 24h    2.6      L',
      'Sodium              140      mmol/L   135-145'))).toEqual([['?Urine volume 24h', 2.6, 'L', null, null, null], sodium]);
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Urine volume 24h   2.6   L', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['?Urine volume 24h', 2.6, 'L', null, null, null], sodium]);
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Urine volume 24h   2.6   L   1.0-2.0   H', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['?Urine volume 24h', 2.6, 'L', 1, 2, 'high'], sodium]);
    expect(coded(lines('Test   Result   Units   Reference Range   Flag', 'Sammelzeit   24   h', 'Sodium   140   mmol/L   135-145')))
      .toEqual([['?Sammelzeit', 24, 'h', null, null, null], sodium]);
    expect(coded(lines(
      'Test                Result   Units    Reference Range   Flag',
      'Sammelzeit          24       h',
      'Sodium              140      mmol/L   135-145'))).toEqual([['?Sammelzeit', 24, 'h', null, null, null], sodium]);
  });

  it('2. nothing under Result: the cell under the range\'s header is no result', () => {
    expect(coded(lines(
      'Test              Result   Units    Reference Range   Flag',
      'HBsAg                               Negative',
      'Sodium            140      mmol/L   135-145'))).toEqual([sodium]);
    expect(coded(lines(
      'Test              Result   Units    Reference Range',
      'HBsAg                               Negative',
      'Sodium            140      mmol/L   135-145'))).toEqual([sodium]);
    expect(coded(lines(
      'Test              Result   Units    Reference Range   Flag',
      'HIV-1 Antibody                      Nonreactive',
      'Sodium            140      mmol/L   135-145'))).toEqual([sodium]);
  });

  it('3. a header with no name column: a unit or a flag first on the line under a name is no name', () => {
    expect(coded(lines('Result   Units   Range', 'Neutrophils', '%   55   40-75'))).toEqual([['neutrophils', 55, '%', 40, 75, 'normal']]);
    expect(coded(lines('Result   Flag   Units   Range', 'Glucose', 'H   105   mg/dL   70-99'))).toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high']]);
  });

  it('4. aligned lines whose first column is flags or units name no test', () => {
    expect(coded(lines(
      'H      105     98      mg/dL    70-99',
      'N      140     139     mmol/L   135-145',
      'L      3.1     3.3     mmol/L   3.5-5.1'))).toEqual([]);
    expect(coded(lines(
      'mg/dL     105     98      70-99',
      'mmol/L    140     139     135-145',
      'mmol/L    3.1     3.3     3.5-5.1'))).toEqual([]);
  });

  it('5. `B` with no range printed and no flag column, a lowercase `b`, mismatched brackets: no low flag', () => {
    // An English site code or footnote letter: the row, no direction made up.
    expect(coded('Glucose   105   mg/dL   B')).toEqual([['glucose', 105, 'mg/dL', null, null, null]]);
    expect(coded('Créatinine   45   µmol/L   B')).toEqual([['creatinine', 45, 'umol/L', null, null, null]]);
    // `b` after the unit: no row, as on main (left: the footnote letter is not set aside); no low flag.
    expect(coded('Cholesterol   210   mg/dL   b')).toEqual([]);
    expect(coded('Cholesterol   210   mg/dL   <200   b')).toEqual([['total-cholesterol', 210, 'mg/dL', null, 200, 'high']]);
    // `(B]` is no flag: no row, as on main.
    expect(coded('Créatinine   45   µmol/L   60-110   (B]')).toEqual([]);
    expect(coded('Créatinine   45   µmol/L   60-110   (B)')).toEqual([['creatinine', 45, 'umol/L', 60, 110, 'low']]);
  });
});

describe('flagcol review 2: words and a number under a header with no name column', () => {
  const sodium = ['sodium', 141, 'mmol/L', 135, 145, 'normal'];
  const admin = ['Specimen   1   of   2', 'Report   1   of   2', 'Copy   2   of   3', 'Panel   1   of   3', 'Tube   2   of   3', 'Batch   12   Analyzer   4',
    'Room   12   Ward   B', 'Section   2   Chemistry', 'Footnote   1   Refer to comment', 'Note   1   see comment below'];

  it.each(admin)('`%s` is no row (as on main), under `Result  Units  Range` and `Result  Flag  Range`', (line) => {
    expect(coded(lines('Result   Units   Range', line, 'Sodium   141   mmol/L   135-145'))).toEqual([sodium]);
    expect(coded(lines('Result   Flag   Range', line, 'Sodium   141   mmol/L   135-145'))).toEqual([sodium]);
  });

  it('a unit printed where the header has no unit column is kept (`Result  Flag  Range`, as on main)', () => {
    expect(coded(lines('Result   Flag   Range', 'Sodium   141   mmol/L   135-145'))).toEqual([sodium]);
    expect(coded(lines('Result   Flag   Range', 'Sodium   141   mmol/L   135-145', 'Potassium   4.1   mmol/L   3.5-5.1')))
      .toEqual([sodium, ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
  });

  it('words the catalog does not know are the name when the rest reads as a result (a unit after the value, a range, a flag)', () => {
    // The litres after the value are the unit (main read `L` as a low flag and lost the unit).
    expect(coded(lines('Result   Units   Range', 'Urine volume 24h   1.5   L   1.0-2.0', 'Sodium   141   mmol/L   135-145')))
      .toEqual([['?Urine volume 24h', 1.5, 'L', 1, 2, 'normal'], sodium]);
    expect(coded(lines('Result   Flag   Range', 'Free light chain ratio   2.1   H   0.26-1.65', 'Sodium   141   mmol/L   135-145')))
      // (fixr77b: an unknown ratio printed without a unit is in the ratio's unit.)
      .toEqual([['?Free light chain ratio', 2.1, '{ratio}', 0.26, 1.65, 'high'], sodium]);
  });

  it('LabCorp\'s order (`RESULT  FLAG  UNITS`) aligned: the litres under UNITS are the unit, the value above its range high', () => {
    // Left: the same row respaced (`Urine Volume   2.6   L   0.8-2.0   01`) still reads `L` under FLAG as low with no
    // unit, as on main (docs/labs.md, flagcol).
    expect(coded(lines(
      'TESTS                RESULT   FLAG   UNITS    REFERENCE INTERVAL   LAB',
      'Urine Volume         2.6             L        0.8-2.0              01',
      'Sodium               141             mmol/L   135-145              01'))).toEqual([['?Urine Volume', 2.6, 'L', 0.8, 2, 'high'], sodium]);
  });
});
