import { catalog, coded } from '../../testing/reader.js';

/*
 * (names) Rows read with the right value, range and flag but no analyte, or a dose read as a row, found by made-up
 * probes (probe 5a, 5b): a time of day with points (`A.M.`), a method's word in brackets (`(direct)`), a patient's or
 * a TRT clinic's short form (`Total T`, `Free T`, `trigs`), a dose in a unit per week, day or dose. Local names read
 * through the reader's name mapping, no catalog version (as nameprefix). Expected rows are written from the printed
 * lines (made-up), not from the reader's output.
 */

describe('names: a time of day with points after the name', () => {
  it('reads A.M. and P.M. as AM and PM are read (the sample\'s time, the analyte the same)', () => {
    expect(coded('CORTISOL, A.M.   16.8   4.0-22.0 mcg/dL')).toEqual([['cortisol', 16.8, 'ug/dL', 4, 22, 'normal']]);
    expect(coded('Cortisol, P.M.   6.1  mcg/dL   2.0-14.0')).toEqual([['cortisol', 6.1, 'ug/dL', 2, 14, 'normal']]);
    expect(coded('Cortisol A.M.   16.8  mcg/dL   4.0-22.0')).toEqual([['cortisol', 16.8, 'ug/dL', 4, 22, 'normal']]);
    expect(coded('Cortisol, a.m.   25.1  ug/dL   4.0-22.0')).toEqual([['cortisol', 25.1, 'ug/dL', 4, 22, 'high']]);
  });

  it('reads a clock hour with AM or PM as a clock hour with Uhr is read', () => {
    expect(catalog.matchName('Cortisol 8 AM')?.key).toBe('cortisol');
    expect(catalog.matchName('Cortisol 8 A.M.')?.key).toBe('cortisol');
    expect(coded('Cortisol 8 AM   16.8  mcg/dL   4.0-22.0')).toEqual([['cortisol', 16.8, 'ug/dL', 4, 22, 'normal']]);
  });

  it('leaves what is no time of day as it was', () => {
    // A German specimen after `i.` keeps its reading (`i.S.`: in serum), the points not joined into a word.
    expect(coded('Natrium i.S.  140 mmol/L  135-145')).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    // A duration is a stimulation test's sample, another result: no clock hour.
    expect(catalog.matchName('Cortisol 30 min')).toBeUndefined();
    expect(catalog.matchName('Cortisol 13 PM')).toBeUndefined();
    // A saliva's cortisol is another test than the serum's: the time does not make it one.
    expect(coded('Cortisol, saliva, A.M.  0.3 ug/dL')).toEqual([['?Cortisol, saliva, A.M', 0.3, 'ug/dL', null, null, null]]);
  });
});

describe('names: a method\'s word in brackets after a known name', () => {
  it('reads (direct) after a name as the method, when the catalog knows no direct fraction of it', () => {
    expect(coded('LDL-C (direct)   121   mg/dL   <100')).toEqual([['ldl-cholesterol', 121, 'mg/dL', null, 100, 'high']]);
    expect(coded('HDL-C (direct)   55   mg/dL   >40')).toEqual([['hdl-cholesterol', 55, 'mg/dL', 40, null, 'normal']]);
  });

  it('keeps a direct fraction the catalog knows, and a whole of fractions unknown', () => {
    expect(coded('Bilirubin (direct)  0.2 mg/dL  0.0-0.3')).toEqual([['direct-bilirubin', 0.2, 'mg/dL', 0, 0.3, 'normal']]);
    expect(coded('Bilirubin (indirect)  0.5 mg/dL  0.2-0.8')).toEqual([['indirect-bilirubin', 0.5, 'mg/dL', 0.2, 0.8, 'normal']]);
    // Cholesterol is a whole the catalog knows as `Total Cholesterol`: what its `direct` part is is not said.
    expect(coded('Cholesterol (direct)  180 mg/dL  <200')).toEqual([['?Cholesterol (direct)', 180, 'mg/dL', null, 200, 'normal']]);
    // Ionised calcium, not the total.
    expect(catalog.matchName('Calcium (indirect)')).toBeUndefined();
    // Other method words as before.
    expect(coded('LDL (calc)  121  mg/dL  <100')).toEqual([['ldl-cholesterol', 121, 'mg/dL', null, 100, 'high']]);
    expect(coded('LDL-C (measured)  121  mg/dL  <100')).toEqual([['ldl-cholesterol', 121, 'mg/dL', null, 100, 'high']]);
    expect(coded('Free T4 (Direct)  1.2 ng/dL  0.8-1.8')).toEqual([['free-t4', 1.2, 'ng/dL', 0.8, 1.8, 'normal']]);
    expect(coded('Vitamin D 25-OH  32 ng/mL  30-100')).toEqual([['vitamin-d', 32, 'ng/mL', 30, 100, 'normal']]);
  });
});

describe('names: a patient\'s or a TRT clinic\'s short forms', () => {
  it('reads Total T and Free T as testosterone when the range is on the adult male testosterone\'s scale', () => {
    expect(coded('Total T 688 ng/dL (264-916)')).toEqual([['testosterone', 688, 'ng/dL', 264, 916, 'normal']]);
    expect(coded('Total T  23.9 nmol/L  8.6-29.0')).toEqual([['testosterone', 23.9, 'nmol/L', 8.6, 29, 'normal']]);
    expect(coded('Free T 15.2 pg/mL (8.7 - 25.1)')).toEqual([['testosterone-free', 15.2, 'pg/mL', 8.7, 25.1, 'normal']]);
    expect(coded('Free T  15.4  ng/dL  5.0-21.0')).toEqual([['testosterone-free', 15.4, 'ng/dL', 5, 21, 'normal']]);
    expect(coded('Free T  310  pmol/L  200-600')).toEqual([['testosterone-free', 310, 'pmol/L', 200, 600, 'normal']]);
  });

  it('reads `Total Test` and `Bioavailable Test` as `Test Total` and `Free Test` read (`Test` is the testosterone\'s own short name)', () => {
    expect(coded('Total Test  452  ng/dL  270 - 920')).toEqual([['testosterone', 452, 'ng/dL', 270, 920, 'normal']]);
    expect(coded('Test Total  452  ng/dL  270 - 920')).toEqual([['testosterone', 452, 'ng/dL', 270, 920, 'normal']]);
    expect(coded('Bioavailable Test  210  ng/dL  131 - 682')).toEqual([['testosterone-bioavailable', 210, 'ng/dL', 131, 682, 'normal']]);
    expect(coded('Free Test  120  pg/mL  46 - 224')).toEqual([['testosterone-free', 120, 'pg/mL', 46, 224, 'normal']]);
  });

  it('leaves Total T and Free T unknown without a range, or with a thyroid hormone\'s (every testosterone unit is a T4\'s or T3\'s)', () => {
    expect(coded('Free T 8.1 pg/mL')).toEqual([['?Free T', 8.1, 'pg/mL', null, null, null]]);
    // Free T4, free T3, total T4, total T3 cut short: their units and ranges.
    expect(coded('Free T 1.2 ng/dL 0.8-1.8')).toEqual([['?Free T', 1.2, 'ng/dL', 0.8, 1.8, 'normal']]);
    expect(coded('Free T: 3.2 pg/mL')).toEqual([['?Free T', 3.2, 'pg/mL', null, null, null]]);
    expect(coded('Free T 3.2 pg/mL 2.3-4.2')).toEqual([['?Free T', 3.2, 'pg/mL', 2.3, 4.2, 'normal']]);
    expect(coded('Free T 15.2 pmol/L 12-22')).toEqual([['?Free T', 15.2, 'pmol/L', 12, 22, 'normal']]);
    expect(coded('Free T 4.8 pmol/L 3.1-6.8')).toEqual([['?Free T', 4.8, 'pmol/L', 3.1, 6.8, 'normal']]);
    expect(coded('Total T 8.0 ug/dL 4.5-12.0')).toEqual([['?Total T', 8, 'ug/dL', 4.5, 12, 'normal']]);
    expect(coded('Total T 25 ug/dL')).toEqual([['?Total T', 25, 'ug/dL', null, null, null]]);
    expect(coded('Total T 110 ng/dL 80-200')).toEqual([['?Total T', 110, 'ng/dL', 80, 200, 'normal']]);
    expect(coded('Total T 120 nmol/L 60-160')).toEqual([['?Total T', 120, 'nmol/L', 60, 160, 'normal']]);
    expect(coded('Total T 1.8 nmol/L 1.2-2.8')).toEqual([['?Total T', 1.8, 'nmol/L', 1.2, 2.8, 'normal']]);
    expect(coded('THYROID PANEL\nTSH  2.1  mIU/L  0.4-4.0\nFree T  1.2  ng/dL  0.8-1.8'))
      .toEqual([['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal'], ['?Free T', 1.2, 'ng/dL', 0.8, 1.8, 'normal']]);
    expect(coded('| Test | Result | Unit | Range |\n|---|---|---|---|\n| Free T | 1.2 | ng/dL | 0.8-1.8 |'))
      .toEqual([['?Free T', 1.2, 'ng/dL', 0.8, 1.8, 'normal']]);
  });

  it('reads trigs as the triglycerides (a short form\'s plural)', () => {
    expect(coded('trigs 96 mg/dL')).toEqual([['triglycerides', 96, 'mg/dL', null, null, null]]);
    expect(coded('Trigs 96 mg/dL 0-149')).toEqual([['triglycerides', 96, 'mg/dL', 0, 149, 'normal']]);
  });

  it('leaves the thyroid hormones, T alone and other units as they were', () => {
    expect(coded('Free T4  1.2 ng/dL  0.8-1.8')).toEqual([['free-t4', 1.2, 'ng/dL', 0.8, 1.8, 'normal']]);
    expect(coded('Free T3  3.1 pg/mL  2.3-4.2')).toEqual([['free-t3', 3.1, 'pg/mL', 2.3, 4.2, 'normal']]);
    expect(coded('Total T3  110 ng/dL  80-200')).toEqual([['total-t3', 110, 'ng/dL', 80, 200, 'normal']]);
    expect(coded('Total T4  8.0 ug/dL  4.5-12.0')).toEqual([['total-t4', 8, 'ug/dL', 4.5, 12, 'normal']]);
    expect(coded('T  688 ng/dL')).toEqual([['?T', 688, 'ng/dL', null, null, null]]);
    // A T-cell count, a percentage, no unit: nothing says testosterone.
    expect(coded('Total T  72  %')).toEqual([['?Total T', 72, '%', null, null, null]]);
    expect(coded('Free T  2.1  %')).toEqual([['?Free T', 2.1, '%', null, null, null]]);
    expect(coded('Total T cells  1200 cells/uL  700-2100')).toEqual([['?Total T cells', 1200, '/uL', 700, 2100, 'normal']]);
    expect(coded('Total T  1200  cells/uL  700-2100')).toEqual([['?Total T', 1200, '/uL', 700, 2100, 'normal']]);
    // A plural's letters in capitals are another name's (`HBs`: hepatitis B surface), never a plural.
    expect(catalog.matchName('HBs')?.key).not.toBe('hemoglobin');
    // Nor is an acronym's (`Asos`, an OCR's `Basos`, is no ASO), nor the word for tests.
    expect(catalog.matchName('Asos')).toBeUndefined();
    expect(catalog.matchName('Tests')).toBeUndefined();
    expect(coded('Total Testosterone  688 ng/dL  264-916')).toEqual([['testosterone', 688, 'ng/dL', 264, 916, 'normal']]);
  });
});

describe('names: a dose in a unit per week, per day or per dose is no result', () => {
  it('reads no row from a protocol\'s dose above the results', () => {
    expect(coded('Protocol: TRT 140 mg/wk\nTotal Testosterone   742   ng/dL   264 - 916'))
      .toEqual([['testosterone', 742, 'ng/dL', 264, 916, 'normal']]);
    expect(coded('Coach: A. Example    Physician: Dana Alvarez, NP    Protocol: TRT 140 mg/wk\nTotal Testosterone   742   ng/dL   264 - 916'))
      .toEqual([['testosterone', 742, 'ng/dL', 264, 916, 'normal']]);
  });

  it('reads no row from a medication list\'s doses', () => {
    expect(coded([
      'Medications:',
      'Testosterone cypionate  140 mg/wk',
      'Anastrozole  0.5 mg/week',
      'hCG  500 units/wk',
      'Gonadorelin  100 mcg/dose',
      'Vitamin D3  5000 IU/day',
    ].join('\n'))).toEqual([]);
  });

  it('keeps results beside them', () => {
    expect(coded('Vitamin D, 25-OH  32 ng/mL  30-100\nTestosterone  688 ng/dL  264-916'))
      .toEqual([['vitamin-d', 32, 'ng/mL', 30, 100, 'normal'], ['testosterone', 688, 'ng/dL', 264, 916, 'normal']]);
  });
});

describe('names: a range on both sides of zero with a plus before its upper bound', () => {
  it('reads the range, the plus its upper bound\'s sign', () => {
    expect(coded('Z SCORE (MALE)   1.2   -2.0 - +2.0')).toEqual([['?Z SCORE (MALE)', 1.2, null, -2, 2, 'normal']]);
    expect(coded('Z SCORE (MALE)   -2.6   -2.0 - +2.0')).toEqual([['?Z SCORE (MALE)', -2.6, null, -2, 2, 'low']]);
    expect(coded('Base Excess  -3.1  mmol/L  -2 - +2')).toEqual([['?Base Excess', -3.1, 'mmol/L', -2, 2, 'low']]);
    expect(coded('Base Excess  1.2  -2.0 to +2.0  mmol/L')).toEqual([['?Base Excess', 1.2, 'mmol/L', -2, 2, 'normal']]);
    // `SD` after it is no unit the reader knows (left): the range is read, the unit not.
    expect(coded('Z SCORE (MALE)   1.2   -2.0 - +2.0 SD')).toEqual([['?Z SCORE (MALE)', 1.2, null, -2, 2, 'normal']]);
  });

  it('leaves a plus-first grade against a plain range as it was', () => {
    expect(coded('Sodium  + 2  135-145')).toEqual([]);
    expect(coded('Potassium  +3  3.5-5.1')).toEqual([]);
  });
});

describe('names: a Z-score\'s name stays unknown', () => {
  it('reads no analyte for a Z-score', () => {
    expect(catalog.matchName('Z SCORE (MALE)')).toBeUndefined();
    expect(coded('Z SCORE (MALE)  1.2  -2.0 - 2.0')).toEqual([['?Z SCORE (MALE)', 1.2, null, -2, 2, 'normal']]);
  });
});

describe('names: a ratio\'s word before its two analytes in other languages', () => {
  // Expected from what the names say: `Índice`, `Cociente`, `Razão`, `Rapporto`, `Verhältnis` (a ratio) of A over B.
  it.each<[string, string]>([
    ['Índice Alb/Cre  28  mg/g  0 - 30', 'microalbumin-creatinine-ratio'],
    ['Cociente albúmina/creatinina  28  mg/g  0 - 30', 'microalbumin-creatinine-ratio'],
    ['Razão albumina/creatinina  28  mg/g  0 - 30', 'microalbumin-creatinine-ratio'],
    ['Verhältnis Albumin/Kreatinin  28  mg/g  0 - 30', 'microalbumin-creatinine-ratio'],
    ['Cociente LDL/HDL  2.1  <3.5', 'ldl-hdl-ratio'],
    // (review 20) The urine named after the two analytes is the ratio's sample.
    ['Cociente albúmina/creatinina (orina)    45    mg/g    0 - 30    H', 'microalbumin-creatinine-ratio'],
    ['Rapporto albumina/creatinina urinaria    8,1    mg/mmol    < 3,0    H', 'microalbumin-creatinine-ratio'],
    ['Rapport albumine/créatinine urinaire    2,1    mg/mmol    < 3,0', 'microalbumin-creatinine-ratio'],
  ])('%s', (line, key) => {
    expect(coded(line).map((r) => r[0])).toEqual([key]);
  });

  it('negative: the word before one name, or before a preposition, reads no ratio', () => {
    expect(coded('Índice de saturación  31  %  20 - 50').map((r) => r[0])).not.toContain('microalbumin-creatinine-ratio');
    expect(coded('Índice ictérico  2  <5').map((r) => String(r[0]).includes('ratio'))).toEqual([false]);
    // A CSF/serum albumin quotient is no albumin/creatinine ratio.
    expect(coded('Quotient Liquor/Serum Albumin    7,8    x10E-3    < 6,5    H').map((r) => r[0])).not.toContain('microalbumin-creatinine-ratio');
  });
});
