import { codedWithRangeText, resultsOf } from '../../testing/reader.js';
import { parseReferenceRange } from './reference-range.js';

/*
 * (fixjp) General shapes the rev73 probes showed unread. Every line below is made up in the shape of a failure, and
 * every expected row is written from the printed line, not from the reader's output.
 * 1. A check-up's table in English (a Japanese Ningen Dock's): `Item | Unit | Reference | <earlier date> | <newest
 *    date> | Judgment` — the unit and range columns before the values, year-first dates heading the value columns (the
 *    newest is the result, the others earlier results), a judgment column of grade letters with their legend
 *    (`A = Within normal limits  B = …`). A grade says how far, not which way: the range flags the row. Urine answers
 *    as strip signs in parentheses (`(-)`, `(±)`, `(2+)`), ranges `60 or more`, `4.00 or less`.
 * 2. A letterhead's contact line (a street address, a telephone, a web or e-mail address, an accreditation) is no row.
 * 3. `H` or `L` alone in a unit column, no unit printed (a differential in fractions: `Lymphocytes  0.19  L  0.20 -
 *    0.40`): the flag, not litres; such a differential's row is the percentage's entry, its fraction as printed.
 * 4. `O - 20`: OCR's letter O where the lower bound stands is the zero, as `O.27` is.
 */

const lines = (...l: string[]) => l.join('\n');
/** A coded row with its answer: [key or `?name`, value, answer, unit, range text, low, high, flag]. */
const withAnswer = (text: string) => resultsOf(text).map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.valueText ?? null, c.unit ?? null,
  c.range.text ?? null, c.range.low ?? null, c.range.high ?? null, c.flag ?? null]);

describe('fixjp: a check-up table with unit and range before dated value columns and a judgment column', () => {
  const LEGEND = [
    'Judgment:  A = No abnormality   B = Mild change, no action',
    '           C = Follow-up advised   D = Medical care required',
  ];

  it('reads the newest date\'s column as the result, the grade letters as no flag', () => {
    expect(withAnswer(lines(
      ...LEGEND,
      '',
      'Item                        Unit        Reference       2024/05/08     2025/05/12    Judgment',
      '------------------------------------------------------------------------------------------',
      '[Lipids]',
      ' Total Cholesterol          mg/dL       142-248         201            256           C',
      ' HDL Cholesterol            mg/dL       40-96           52             47            A',
      '[Liver]',
      ' ALT (GPT)                  U/L         7-23            19             8             B',
      ' Albumin                    g/dL        4.1-5.1         4.4            4.6           D',
      '[Kidney]',
      ' eGFR                       mL/min/1.73m2  60 or more   71.4           58.2          B',
      ' CEA                        ng/mL       5.0 or less     1.2            1.9           A',
    ))).toEqual([
      ['total-cholesterol', 256, null, 'mg/dL', '142-248', 142, 248, 'high'],
      ['hdl-cholesterol', 47, null, 'mg/dL', '40-96', 40, 96, 'normal'],
      ['alanine-aminotransferase', 8, null, 'U/L', '7-23', 7, 23, 'normal'],
      ['albumin', 4.6, null, 'g/dL', '4.1-5.1', 4.1, 5.1, 'normal'],
      ['egfr', 58.2, null, 'mL/min/{1.73_m2}', '60 or more', 60, null, 'low'],
      ['carcinoembryonic-antigen', 1.9, null, 'ng/mL', '5.0 or less', null, 5, 'normal'],
    ]);
  });

  it('reads the newest date wherever it is printed (`2025/05/12` before `2024/05/08`)', () => {
    expect(codedWithRangeText(lines(
      'Item                        Unit        Reference       2025/05/12     2024/05/08    Judgment',
      ' Hemoglobin                 g/dL        11.6-14.8       10.9           12.5          C',
      ' Platelets                  x10^4/µL    15.8-34.8       22.7           25.0          A',
    ))).toEqual([
      ['hemoglobin', 10.9, 'g/dL', '11.6-14.8', 11.6, 14.8, 'low'],
      ['platelet-count', 22.7, '10*4/uL', '15.8-34.8', 15.8, 34.8, 'normal'],
    ]);
  });

  it('reads urine strip signs in parentheses, no unit printed: `(-)` expected, another sign abnormal', () => {
    expect(withAnswer(lines(
      'Item                        Unit        Reference       2024/05/08     2025/05/12    Judgment',
      '[Urinalysis]',
      ' Urine Glucose                          (-)             (-)            (2+)          D',
      ' Urine Protein                          (-)             (±)            (-)           A',
      ' Urine Occult Blood                     (-)             (-)            (±)           B',
    ))).toEqual([
      ['glucose-in-urine', null, '(2+)', null, '(-)', null, null, 'abnormal'],
      ['protein-urine-presence', null, '(-)', null, '(-)', null, null, 'normal'],
      ['hemoglobin-urine-presence', null, '(±)', null, '(-)', null, null, 'abnormal'],
    ]);
  });

  it('a grade legend makes the letters after a row\'s range no flag (`A` is no abnormal, `C` no critical)', () => {
    expect(codedWithRangeText(lines(
      ...LEGEND,
      '',
      ' Sodium            141     mmol/L     138-145        A',
      ' Potassium         5.3     mmol/L     3.6-4.8        C',
      ' Calcium           8.1     mg/dL      8.8-10.1       B',
    ))).toEqual([
      ['sodium', 141, 'mmol/L', '138-145', 138, 145, 'normal'],
      ['potassium', 5.3, 'mmol/L', '3.6-4.8', 3.6, 4.8, 'high'],
      ['calcium', 8.1, 'mg/dL', '8.8-10.1', 8.8, 10.1, 'low'],
    ]);
  });

  it('negative: a flag legend (`H = High  L = Low  A = Abnormal`) keeps its letters flags', () => {
    expect(codedWithRangeText(lines(
      'Flags:  H = High   L = Low   A = Abnormal',
      '',
      ' Sodium            141     mmol/L     138-145        A',
      ' Potassium         5.3     mmol/L     3.6-4.8        H',
    ))).toEqual([
      ['sodium', 141, 'mmol/L', '138-145', 138, 145, 'abnormal'],
      ['potassium', 5.3, 'mmol/L', '3.6-4.8', 3.6, 4.8, 'high'],
    ]);
  });

  it('negative: with no legend, `A` after a range stays abnormal as before', () => {
    expect(codedWithRangeText(' Sodium            141     mmol/L     138-145        A')).toEqual([
      ['sodium', 141, 'mmol/L', '138-145', 138, 145, 'abnormal'],
    ]);
  });

  it('an upper bound in words (`4.00 or less`, `30 and below`) is that bound and down; a lower one as before', () => {
    expect(parseReferenceRange('4.00 or less')).toMatchObject({ high: 4, highInclusive: true });
    expect(parseReferenceRange('30 and below')).toMatchObject({ high: 30, highInclusive: true });
    expect(parseReferenceRange('60 or more')).toMatchObject({ low: 60, lowInclusive: true });
    expect(parseReferenceRange('(-)')).toMatchObject({ expected: 'negative' });
    // Negatives: words after the bound that are no side (`4.00 or less than 10`) stay text.
    expect(parseReferenceRange('4.00 or less than 10')).toEqual({ text: '4.00 or less than 10' });
  });
});

describe('fixjp: letterhead lines, a flag letter in the unit column, OCR O as a lower bound', () => {
  const REPORT = lines(
    '                    GREENFIELD DIAGNOSTIC LABORATORY',
    '          45 W. Magsaysay Blvd., Davao City  |  Tel (082) 221-4455',
    'Strada Lunga nr. 27, Sector 3, Cluj  |  RENAR LM 2231  |  www.exampledx.ro',
    '          Mail: results@exampledx.com   Fax 021.555.0142',
    ' EXAMINATION                 RESULT      UNIT          REFERENCE VALUES',
    '   Hemoglobin                 131   L    g/L           135 - 175',
    '   Lymphocytes                0.17  L                  0.20 - 0.40',
    '   Monocytes                  0.11  H                  0.02 - 0.08',
    '   ESR                        31         mm/hr         O - 15',
  );

  it('reads no row from the address, telephone, web and accreditation lines; the flag letter as the flag; `O - 15` as 0-15', () => {
    expect(codedWithRangeText(REPORT)).toEqual([
      ['hemoglobin', 131, 'g/L', '135 - 175', 135, 175, 'low'],
      ['lymphocytes', 0.17, null, '0.20 - 0.40', 0.2, 0.4, 'low'],
      ['monocytes', 0.11, null, '0.02 - 0.08', 0.02, 0.08, 'high'],
      ['erythrocyte-sedimentation-rate', 31, 'mm/h', 'O - 15', 0, 15, 'high'],
    ]);
  });

  it('negatives: a litre where it is the unit, a name starting with a number, pH, a differential\'s counts and percentages', () => {
    expect(codedWithRangeText(lines(
      ' EXAMINATION                 RESULT      UNIT          REFERENCE VALUES',
      '   Hematocrit                 0.34  L    L/L           0.37 - 0.47',
      '   Urine volume               1.8        L             1.0 - 2.0',
      '   25 OH Vitamin D            31         ng/mL         30 - 100',
      '   vB-pH                      7.33                     7.31 - 7.41',
    ))).toEqual([
      ['hematocrit', 0.34, 'L/L', '0.37 - 0.47', 0.37, 0.47, 'low'],
      ['?Urine volume', 1.8, 'L', '1.0 - 2.0', 1, 2, 'normal'],
      ['vitamin-d', 31, 'ng/mL', '30 - 100', 30, 100, 'normal'],
      ['?vB-pH', 7.33, null, '7.31 - 7.41', 7.31, 7.41, 'normal'],
    ]);
    expect(codedWithRangeText(lines(
      'Neutrophils        4.1          1.8 - 7.5',
      'Monocytes          0.6          0.2 - 1.0',
      'Eosinophils        3            0 - 6',
      'Basophils          0.01         0.00 - 0.10',
    ))).toEqual([
      ['neutrophils-absolute', 4.1, null, '1.8 - 7.5', 1.8, 7.5, 'normal'],
      ['monocytes-absolute', 0.6, null, '0.2 - 1.0', 0.2, 1, 'normal'],
      ['eosinophils', 3, null, '0 - 6', 0, 6, 'normal'],
      ['basophils-absolute', 0.01, null, '0.00 - 0.10', 0, 0.1, 'normal'],
    ]);
  });

  it('negatives: an `O` that is a word\'s or a blood group\'s stays text', () => {
    expect(parseReferenceRange('O - 20')).toMatchObject({ low: 0, high: 20 });
    expect(parseReferenceRange('Type O - 20')).toEqual({ text: 'Type O - 20' });
    expect(parseReferenceRange('NO - 20')).toEqual({ text: 'NO - 20' });
  });
});
