import { coded } from '../../testing/reader.js';

/*
 * (ocrlis) Hospital information systems' printouts as text (pdftotext -layout) and OCR of scanned reports: two panels
 * printed side by side and flattened onto one line, a section heading inside a table whose header names no name
 * column (a cumulative view's dates), critical marks of stars, OCR's µ read as p and l read as 1 in units, a previous
 * result dated in brackets after the range, an age in brackets on a patient's line, a Turkish name. Every expected row
 * is written from the printed (made-up) lines, as a clinician reads them, not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('ocrlis: two panels side by side on one line (a two-column page flattened)', () => {
  it('each half a whole row of a test the catalog knows: two rows', () => {
    expect(coded(' Haemoglobin      15.2  g/dl     13.0-17.0            Sodium        139   mmol/l   136-145')).toEqual([
      ['hemoglobin', 15.2, 'g/dL', 13, 17, 'normal'],
      ['sodium', 139, 'mmol/L', 136, 145, 'normal'],
    ]);
    expect(coded('Potassium   5.9 H  mmol/L  3.5-5.1      Ferritin   8 L   ng/mL   15-150')).toEqual([
      ['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high'],
      ['ferritin', 8, 'ng/mL', 15, 150, 'low'],
    ]);
    expect(coded('Glucose  101  mg/dL  (70-99)     Creatinine  0.9  mg/dL  (0.6-1.2)')).toEqual([
      ['glucose', 101, 'mg/dL', 70, 99, 'high'],
      ['creatinine', 0.9, 'mg/dL', 0.6, 1.2, 'normal'],
    ]);
  });

  it('a block of such lines under two headings', () => {
    expect(coded(lines(
      'HAEMATOLOGY                               BIOCHEMISTRY',
      'WBC          6.1   10^3/uL  4.0-10.0      Urea        31    mg/dL   17-43',
      'Platelets    240   10^3/uL  150-410       Uric Acid   5.2   mg/dL   3.5-7.2',
      'ESR          22    mm/hr    0-15          SGPT (ALT)  36    U/L     <45',
    ))).toEqual([
      ['white-blood-cell-count', 6.1, '10*3/uL', 4, 10, 'normal'],
      ['urea', 31, 'mg/dL', 17, 43, 'normal'],
      ['platelet-count', 240, '10*3/uL', 150, 410, 'normal'],
      ['uric-acid', 5.2, 'mg/dL', 3.5, 7.2, 'normal'],
      ['erythrocyte-sedimentation-rate', 22, 'mm/h', 0, 15, 'high'],
      ['alanine-aminotransferase', 36, 'U/L', null, 45, 'normal'],
    ]);
  });

  it('what stays: a row and a word after it, a row and its value again in another unit', () => {
    expect(coded('Glucose    95   mg/dL   70-99        Fasting')).toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal']]);
    expect(coded('Creatinine  1.50  mg/dl  0.60-1.20     132.60 umol/L  53.04-106.08')).toEqual([['creatinine', 1.5, 'mg/dL', 0.6, 1.2, 'high']]);
  });
});

describe('ocrlis: a heading over a row, under a header that names no name column', () => {
  it('a cumulative view headed by its dates (the newest first): the first row under each heading is read', () => {
    expect(coded(lines(
      '                              11/19/2026          08/14/2026          05/02/2026          Units            Reference Range',
      'Endocrine',
      '  TSH                         2.84                3.10                4.92                mIU/L            0.35-4.94',
      '  Free T4                     1.02                0.98                0.91                ng/dL            0.70-1.48',
      'Chemistry',
      '  Sodium                      139                 141                 138                 mmol/L           136-145',
    ))).toEqual([
      ['thyroid-stimulating-hormone', 2.84, 'm[IU]/L', 0.35, 4.94, 'normal'],
      ['free-t4', 1.02, 'ng/dL', 0.7, 1.48, 'normal'],
      ['sodium', 139, 'mmol/L', 136, 145, 'normal'],
    ]);
  });

  it('what stays: a name alone over its value (a card) under such a header', () => {
    expect(coded(lines(
      '                    Result    Units     Range',
      'Neutrophils',
      '                    55        %         40-75',
    ))).toEqual([['neutrophils', 55, '%', 40, 75, 'normal']]);
  });
});

describe('ocrlis: stars of a critical value', () => {
  it('a side letter and stars is critical on that side; three stars glued to the value part from it (the range flags it, as `***` in a flag cell)', () => {
    expect(coded('HEMOGLOBIN                       20.6 H*** g/dL          [13.5-17.5]')).toEqual([['hemoglobin', 20.6, 'g/dL', 13.5, 17.5, 'critical-high']]);
    expect(coded('POTASSIUM                        2.4 L***  mmol/L        [3.5-5.1]')).toEqual([['potassium', 2.4, 'mmol/L', 3.5, 5.1, 'critical-low']]);
    expect(coded('SODIUM                           118 L**   mmol/L        [136-145]')).toEqual([['sodium', 118, 'mmol/L', 136, 145, 'critical-low']]);
    expect(coded('Glucose          450***     mg/dL      70-99')).toEqual([['glucose', 450, 'mg/dL', 70, 99, 'high']]);
    expect(coded('HEMOGLOBIN                       20.6 ***  g/dL          [13.5-17.5]')).toEqual([['hemoglobin', 20.6, 'g/dL', 13.5, 17.5, 'high']]);
  });

  it('what stays: one star or two on the value are abnormal', () => {
    expect(coded('Potassium 5.9* mmol/L 3.5 - 5.1')).toEqual([['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'abnormal']]);
    expect(coded('Potassium 5.9 H mmol/L 3.5 - 5.1')).toEqual([['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high']]);
  });
});

describe('ocrlis: OCR\'s confusions in units', () => {
  it('µ read as p before IU (no report prints pico-IU): micro-IU', () => {
    expect(coded('Insulin                   9.4                pIU/mL       2.6 - 24.9')).toEqual([['insulin', 9.4, 'u[IU]/mL', 2.6, 24.9, 'normal']]);
    expect(coded('TSH   2.1   pIU/ml   0.4 - 4.0')).toEqual([['thyroid-stimulating-hormone', 2.1, 'u[IU]/mL', 0.4, 4, 'normal']]);
  });

  it('the l of mol read as the digit one', () => {
    expect(coded('Potassium                4.9       mmo1/L         3.5 - 5.3')).toEqual([['potassium', 4.9, 'mmol/L', 3.5, 5.3, 'normal']]);
    expect(coded('Creatinine   88   umo1/l   60 - 110')).toEqual([['creatinine', 88, 'umol/L', 60, 110, 'normal']]);
  });

  it('what stays: pico units that exist', () => {
    expect(coded('Estradiol   24   pg/mL   10 - 40')).toEqual([['estradiol', 24, 'pg/mL', 10, 40, 'normal']]);
    expect(coded('Vitamin B12   320   pmol/L   145 - 569')).toEqual([['vitamin-b12', 320, 'pmol/L', 145, 569, 'normal']]);
  });
});

describe('ocrlis: OCR\'s space after a decimal point', () => {
  it('a number, a point, a space and one or two digits before a column gap is one decimal, where the name is then a test the catalog knows', () => {
    expect(coded('Estradiol, Sensitive      24. 1              pg/mL        7.6 - 42.6')).toEqual([['estradiol', 24.1, 'pg/mL', 7.6, 42.6, 'normal']]);
    expect(coded('Ferritin   4. 5    ng/mL    15 - 150')).toEqual([['ferritin', 4.5, 'ng/mL', 15, 150, 'low']]);
  });

  it('what stays: a numbered row', () => {
    expect(coded('1. Glucose   95   mg/dL   70-100')).toEqual([['glucose', 95, 'mg/dL', 70, 100, 'normal']]);
  });
});

describe('ocrlis: a previous result dated in brackets after the range', () => {
  it('closes the row (a French compte rendu\'s Antériorités column)', () => {
    expect(coded('Hématies ........................  4,21 T/L          (3,80 - 5,20)               4,35 (12/05/26)'))
      .toEqual([['red-blood-cell-count', 4.21, '10*12/L', 3.8, 5.2, 'normal']]);
    expect(coded('Ferritin      48     ug/L      30 - 400      52 (03/04/2025)')).toEqual([['ferritin', 48, 'ug/L', 30, 400, 'normal']]);
  });
});

describe('ocrlis: an age in brackets on a patient\'s line', () => {
  it('years are no unit, a bracket after the word or not', () => {
    expect(coded('Paziente: ESEMPIO MARCO  (M, 58 anni)')).toEqual([]);
    expect(coded('Referto n. 2026/447812            Data prelievo: 16/11/2026       Paziente: ESEMPIO MARCO  (M, 58 anni)')).toEqual([]);
    expect(coded('Patient: DOE JOHN  (M, 58 years)')).toEqual([]);
  });

  it('what stays: a unit in brackets', () => {
    expect(coded('Vitamin D   42   (nmol/L)   50 - 120')).toEqual([['vitamin-d', 42, 'nmol/L', 50, 120, 'low']]);
  });
});

describe('ocrlis: Turkish names', () => {
  it('Homosistein is homocysteine', () => {
    expect(coded('Homosistein                18,2 H     umol/L       5 - 15')).toEqual([['homocysteine', 18.2, 'umol/L', 5, 15, 'high']]);
  });
});

describe('ocrlis review: a line split into two panels only for two tests printed alike', () => {
  it('the same test again after the gap is its previous result or another unit, not a second row', () => {
    expect(coded('Glucose   95 mg/dL 70-99   Glucose   92 mg/dL 70-99')).not.toContainEqual(['glucose', 92, 'mg/dL', 70, 99, 'normal']);
    expect(coded('Creatinine   1.0 mg/dL 0.7-1.3   Creatinine   88 umol/L 62-115').filter((r) => r[0] === 'creatinine').length).toBeLessThan(2);
  });

  it('a half without the range the other prints is a restated value, not a row', () => {
    expect(coded('eGFR   72 mL/min/1.73m2 >60   Creatinine   1.0 mg/dL')).not.toContainEqual(['creatinine', 1, 'mg/dL', null, null, null]);
  });

  it('two tests printed alike still split', () => {
    expect(coded('Glucose   5.8 mmol/L 3.9-6.1   Urea   5.0 mmol/L 2.5-7.1')).toEqual([
      ['glucose', 5.8, 'mmol/L', 3.9, 6.1, 'normal'], ['urea', 5, 'mmol/L', 2.5, 7.1, 'normal']]);
  });
});
