import { coded } from '../../testing/reader.js';

/*
 * (b58) OCR's text of scanned or photographed Chinese laboratory reports (Tesseract's, as report-reading projects store
 * it): the range's dash read as the Han numeral one `一` between the bounds, the row number run against a Chinese name,
 * and the analyser's Latin code printed beside the Chinese name run against it or garbled by a stray letter. Every line
 * here is made up (other names and values than the batch's reports); the expected rows are written from the printed
 * line: the test the Chinese name says, the value, the unit in UCUM, the range's bounds and the flag the value has
 * against them.
 */

const lines = (...l: string[]) => l.join('\n');

describe('b58: the Han numeral one between two numbers is the range\'s dash', () => {
  it.each<[string, unknown[][]]>([
    ['肌酐  88.20  45.00一110.00 umol/L', [['creatinine', 88.2, 'umol/L', 45, 110, 'normal']]],
    ['尿酸  512.00  150.00 一 430.00  umol/L', [['uric-acid', 512, 'umol/L', 150, 430, 'high']]],
    ['Potassium  5.9  mmol/L  3.5一5.1', [['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high']]],
    ['谷丙转氨酶  12.0  U/L  0一40', [['alanine-aminotransferase', 12, 'U/L', 0, 40, 'normal']]],
  ])('%s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('a one between words, or before one number only, is no range', () => {
    expect(coded('备注  第一次复查  2  周后')).toEqual([]);
    expect(coded('葡萄糖  5.6  mmol/L  一 6.1').every((r) => r[3] === null && r[4] === null)).toBe(true);
  });
});

describe('b58: a row number before a Chinese name', () => {
  it.each<[string, unknown[][]]>([
    ['7 白蛋白  41.20  35.00-55.00 g/L', [['albumin', 41.2, 'g/L', 35, 55, 'normal']]],
    ['11.葡萄糖  6.80  3.90-6.10 mmol/L', [['glucose', 6.8, 'mmol/L', 3.9, 6.1, 'high']]],
    ['14.淋巴细胞百分比  19.5  20.0-40.0  %', [['lymphocytes', 19.5, '%', 20, 40, 'low']]],
  ])('%s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('a year or a long number before the name is no row number', () => {
    expect(coded('2024 葡萄糖  5.1  mmol/L  3.9-6.1').map((r) => r[0])).not.toContain('glucose');
  });

  it('(review) digits run against the name without a point are no row number: they may be the name\'s own', () => {
    expect(coded('4尿酸  351  150-420 umol/L').map((r) => r[0])).not.toContain('uric-acid');
  });
});

describe('b58: a Chinese name with the analyser\'s code run against it or garbled', () => {
  it.each<[string, unknown[][]]>([
    ['肌酐XCRE  76.0  44-133 umol/L', [['creatinine', 76, 'umol/L', 44, 133, 'normal']]],
    ['HGBK 血红蛋白  141  130-175 g/L', [['hemoglobin', 141, 'g/L', 130, 175, 'normal']]],
    ['单核细胞百分比MON%Z  7.9  3.0-10.0  %', [['monocytes', 7.9, '%', 3, 10, 'normal']]],
    ['Q 嗜碱性粒细胞绝对值  0.04  0.00-0.10', [['basophils-absolute', 0.04, null, 0, 0.1, 'normal']]],
  ])('%s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('a code the catalog knows is read as before, and a name of a cell alone stays unread', () => {
    expect(coded('红细胞计数 RBC  4.61  4.30-5.80')).toEqual([['red-blood-cell-count', 4.61, null, 4.3, 5.8, 'normal']]);
    expect(coded('中性粒细胞 NEX  3.2  1.8-6.3').map((r) => r[0])).toEqual(['?中性粒细胞 NEX']);
  });

  it('a numbered two-column Chinese line of such rows', () => {
    expect(coded(lines(
      '5 ALB “白蛋白        39.80     35.00一55.00 g/L',
      '6.尿素QUR       7.10      2.80一8.20 mmol/L',
    ))).toEqual([
      ['albumin', 39.8, 'g/L', 35, 55, 'normal'],
      ['urea', 7.1, 'mmol/L', 2.8, 8.2, 'normal'],
    ]);
  });
});

describe('b58 review: letters, digits and time points that change the test stay part of the name', () => {
  it.each<[string, unknown[][]]>([
    // A subtype's letter or digits after the name (another test than the name without them).
    ['白蛋白A  36.4  30.0-45.0 g/L', [['?白蛋白A', 36.4, 'g/L', 30, 45, 'normal']]],
    ['血红蛋白H  0.6  0-1.0  %', [['?血红蛋白H', 0.6, '%', 0, 1, 'normal']]],
    ['血红蛋白 A2  3.7  2.2-3.2  %', [['?血红蛋白 A2', 3.7, '%', 2.2, 3.2, 'high']]],
    ['血红蛋白HBA2  3.3  2.2-3.2  %', [['?血红蛋白HBA2', 3.3, '%', 2.2, 3.2, 'high']]],
    // A time point before the name (an oral glucose tolerance test's or an insulin release test's sample).
    ['1h血糖  8.4  3.9-11.1 mmol/L', [['?1h血糖', 8.4, 'mmol/L', 3.9, 11.1, 'normal']]],
    ['0h 血糖  5.0  3.9-6.1 mmol/L', [['?0h 血糖', 5, 'mmol/L', 3.9, 6.1, 'normal']]],
    ['30min胰岛素  61.2  20-80 mIU/L', [['?30min胰岛素', 61.2, 'm[IU]/L', 20, 80, 'normal']]],
    ['120MIN胰岛素  45.3  10-60 mIU/L', [['?120MIN胰岛素', 45.3, 'm[IU]/L', 10, 60, 'normal']]],
  ])('%s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('a code the catalog reads as another test is no garbled code of the name', () => {
    expect(coded('肌酸激酶CKMB  14  0-24 U/L').map((r) => r[0])).not.toContain('creatine-kinase');
  });

  it('a garbled code and a row number with its point are still dropped', () => {
    expect(coded('9.肌酐CREX  97.0  44-133 umol/L')).toEqual([['creatinine', 97, 'umol/L', 44, 133, 'normal']]);
    expect(coded('尿素UREQ  9.10  2.80-8.20 mmol/L')).toEqual([['urea', 9.1, 'mmol/L', 2.8, 8.2, 'high']]);
  });
});

describe('b58 review: a prime after a whole number is a minutes mark, no stray mark', () => {
  it('an OGTT\'s sample named by its minutes', () => {
    expect(coded('Glucose 60’   141   mg/dL   <180')).toEqual([['?Glucose 60’', 141, 'mg/dL', null, 180, 'normal']]);
    expect(coded('Insulin 90’   38.2   uIU/mL   2.6-24.9')).toEqual([['?Insulin 90’', 38.2, 'u[IU]/mL', 2.6, 24.9, 'high']]);
  });
});

describe('b58: OCR\'s readings of a unit\'s slash', () => {
  it.each<[string, unknown[][]]>([
    ['尿素  6.30  2.90-8.20 mmolyL', [['urea', 6.3, 'mmol/L', 2.9, 8.2, 'normal']]],
    ['肌酐  151.0  44-133 umolyL', [['creatinine', 151, 'umol/L', 44, 133, 'high']]],
    ['葡萄糖  7.40  3.90-6.10 mmol儿', [['glucose', 7.4, 'mmol/L', 3.9, 6.1, 'high']]],
    ['白蛋白  33.1  35-55 g儿', [['albumin', 33.1, 'g/L', 35, 55, 'low']]],
  ])('%s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('a word with a y in it stays a word', () => {
    expect(coded('Glucose  5.2  mmol/L  3.9-6.1  Only').map((r) => r[0])).not.toContain('?Glucose 5.2');
    expect(coded('Hemoglobin  13.1  g/dL  12-16')).toEqual([['hemoglobin', 13.1, 'g/dL', 12, 16, 'normal']]);
  });
});

describe('b58: OCR\'s spaced point in a range\'s bound', () => {
  it.each<[string, unknown[][]]>([
    ['Creatine kinase  212.40   26. 00-174.00  U/L', [['creatine-kinase', 212.4, 'U/L', 26, 174, 'high']]],
    ['Albumin  3.9  g/dL  3. 5-5. 2', [['albumin', 3.9, 'g/dL', 3.5, 5.2, 'normal']]],
    ['总蛋白  58.30   65. 00一85. 00 g/L', [['total-protein', 58.3, 'g/L', 65, 85, 'low']]],
  ])('%s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });
});

describe('b58: two panels side by side, one of them garbled by OCR', () => {
  it('the whole half is read, the garbled one is not', () => {
    expect(coded('21 ALT 谷丙转氨酶    33.00 0-40.00 U/L     41 X9Q 肌醇Z    2.0   0李')).toEqual([
      ['alanine-aminotransferase', 33, 'U/L', 0, 40, 'normal'],
    ]);
    expect(coded('RDWQ 红细胞分布密度  44.1  35.0-56.0红KZ8   中性粒细胞百分比71.2  50.0-70.0  %')).toEqual([
      ['neutrophils', 71.2, '%', 50, 70, 'high'],
    ]);
  });

  it('a row\'s other columns (a label, an SI value) are no second panel, nor a garbled one', () => {
    expect(coded('Uric Acid      6.10     mg/dL     F:2.6~6.0        362.8    umol/L F:154.7~356.9')).toEqual([]);
    expect(coded('Sodium  141  mmol/L  136-145     12/03/2024  139')).toEqual([]);
  });
});

describe('b58: a row\'s cells in the order OCR found them', () => {
  it.each<[string, unknown[][]]>([
    ['11.0 - 15.0 10.2 g/dL Hemoglobin', [['hemoglobin', 10.2, 'g/dL', 11, 15, 'low']]],
    ['% 40 - 75 81.5 Neutrophils', [['neutrophils', 81.5, '%', 40, 75, 'high']]],
    ['88.0 fL MCV 80.0 - 100.0', [['mean-corpuscular-volume', 88, 'fL', 80, 100, 'normal']]],
    ['Creatinine mg/dL 0.6 - 1.2 1.9', [['creatinine', 1.9, 'mg/dL', 0.6, 1.2, 'high']]],
  ])('%s', (line, rows) => {
    expect(coded(line)).toEqual(rows);
  });

  it('not a line of two numbers besides the range, a name the catalog does not know, nor words between the cells', () => {
    expect(coded('11.0 - 15.0 10.2 12.1 g/dL Hemoglobin')).toEqual([]);
    expect(coded('4.0 - 6.0 5.1 g/dL Zorbic factor')).toEqual([]);
    expect(coded('% 40 - 75 81.5 of the Neutrophils seen')).toEqual([]);
    // A number first, straight before the name, is the value-first layout's (whose readers refuse a list's row numbers).
    expect(coded(['4 UREA mg/dL 15-45', '5 SODIO mmol/L 135-145'].join('\n'))).toEqual([]);
  });

  it.each<[string]>([
    // (review) A year, a footnote's number or a grade after an interpretation table's range is no value.
    ['Calcium mg/dL 8.5 - 10.5 2019'],
    ['Sodium mmol/L 135 - 145 2022'],
    ['Ferritin ng/mL 30 - 400 1'],
    ['HDL mg/dL 40 - 59 1'],
    ['Triglycerides mg/dL 0 - 150 2'],
    ['Alkaline Phosphatase U/L 44 - 147 2'],
  ])('(review) no value from a number implausible for the range: %s', (line) => {
    expect(coded(line)).toEqual([]);
  });

  it('(review) a value far out of its range but plausible for it is still read', () => {
    expect(coded('Ferritin ng/mL 30 - 400 12.0')).toEqual([['ferritin', 12, 'ng/mL', 30, 400, 'low']]);
    expect(coded('% 0 - 5 0.4 Basophils')).toEqual([['basophils', 0.4, '%', 0, 5, 'normal']]);
  });
});
