import { codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend7) Misfires a review found in fix9's bracket rule and fixjp's grade-legend and letterhead rules; each positive
 * case failed before. Every line is made up in the shape of the misfire.
 */
const lines = (...l: string[]) => l.join('\n');
const keys = (text: string) => codedWithRangeText(text).map((r) => r[0]);

describe('mend7 1: a bracket whose parts name other analytes keeps the common name (fix9\'s otherAnalyte reverted)', () => {
  it('reads the name outside where its bracket lists what it is computed from or a synonym', () => {
    expect(keys('eGFR (creatinine, CKD-EPI 2021)   82   mL/min/1.73m2   > 60')).toEqual(['egfr']);
    expect(keys('Anion gap (Na, K, Cl, HCO3)   13   mmol/L   8 - 16')).toEqual(['anion-gap']);
    // (set 23, twenty-second session) Not a calcium corrected for the albumin: a calculated value, unknown as
    // `Adjusted Calcium` and `Calcium (adjusted)` are (ANALYTE_CHANGING) — read as the calcium, a UK report's measured
    // and adjusted calcium were two calcium rows of one sample.
    expect(keys('Calcium (corrected, albumin)   2.36   mmol/L   2.15 - 2.55')).toEqual(['?Calcium (corrected, albumin)']);
    expect(keys('Calcium (total, serum)   2.36   mmol/L   2.15 - 2.55')).toEqual(['calcium']);
    expect(keys('Urea (BUN, urea)   6.1   mmol/L   2.5 - 7.8')).toEqual(['urea']);
    expect(keys('Free T4 (FT4, thyroxine)   15.2   pmol/L   12 - 22')).toEqual(['free-t4']);
  });

  it('negatives: a qualifier naming the analyte, a bracket of two analytes as before', () => {
    expect(keys('Hemoglobin (A1c, HPLC)   5.9   %   4.0-5.6')).toEqual(['hemoglobin-a1c']);
    expect(keys('Cholesterol (HDL, LDL)   190   mg/dL   <200')).toEqual(['?Cholesterol (HDL, LDL)']);
  });
});

describe('mend7 2: only a grade legend (`=`, letters in order, no flag word) makes grade letters no flag', () => {
  const table = (...extra: string[]) => lines(
    'Test               Result  Flag  Units      Reference',
    'Glucose            9.4     A     mmol/L     3.9 - 5.8',
    'Sodium             129     A     mmol/L     135 - 145',
    ...extra,
  );
  const abnormal = [
    ['glucose', 9.4, 'mmol/L', '3.9 - 5.8', 3.9, 5.8, 'abnormal'],
    ['sodium', 129, 'mmol/L', '135 - 145', 135, 145, 'abnormal'],
  ];

  it('keeps `A` abnormal beside serology lines of hepatitis A, B, C', () => {
    expect(codedWithRangeText(table('SEROLOGY', 'Hepatitis A: Negative', 'Hepatitis B: Negative', 'Hepatitis C: Negative'))
      .slice(0, 2)).toEqual(abnormal);
  });

  it('keeps `A` abnormal beside a performing sites\' footer', () => {
    expect(codedWithRangeText(table('Performed at:  A: Central Laboratory, 4 Park Road   B: Microbiology   C: Referral Lab')))
      .toEqual(abnormal);
  });

  it('keeps `A` a flag beside a flag legend in Spanish (`A = Alto  B = Bajo  C = Valor critico`)', () => {
    const rows = codedWithRangeText(lines(
      'Prueba             Resultado  Flag  Unidades',
      'Troponina I        0.9        A     ng/mL',
      'Leyenda:  A = Alto   B = Bajo   C = Valor critico',
    ));
    expect(rows.map((r) => r[0])).toEqual(['troponin-i']);
    expect(['high', 'abnormal']).toContain(rows[0]![6]);
  });

  it('a grade legend with `=` and meanings that are no flag words still makes the letters no flag', () => {
    expect(codedWithRangeText(lines(
      'Grades:  A = No abnormality   B = Mild change',
      '         C = Follow-up advised   D = Treatment required',
      '',
      ' Sodium            141     mmol/L     138-145        A',
      ' Potassium         5.3     mmol/L     3.6-4.8        C',
    ))).toEqual([
      ['sodium', 141, 'mmol/L', '138-145', 138, 145, 'normal'],
      ['potassium', 5.3, 'mmol/L', '3.6-4.8', 3.6, 4.8, 'high'],
    ]);
  });
});

describe('mend7 3: a row with a value, a known unit and a range is no letterhead line', () => {
  const header = 'Test                         Result   Units     Reference';
  it('reads rows marked accredited or not, and a row with a web address after its range', () => {
    expect(codedWithRangeText(lines(header, 'Zinc *not accredited         10.8     umol/L    9 - 18')).map((r) => r.slice(1, 4)))
      .toEqual([[10.8, 'umol/L', '9 - 18']]);
    expect(codedWithRangeText(lines(header, 'Calprotectin (accredited)    38       ug/g      < 50')).map((r) => r.slice(1, 4)))
      .toEqual([[38, 'ug/g', '< 50']]);
    expect(codedWithRangeText(lines(header, 'Copper #accredited           14       umol/L    11 - 22')).map((r) => r.slice(1, 4)))
      .toEqual([[14, 'umol/L', '11 - 22']]);
    expect(codedWithRangeText(lines(header, 'Chromogranin A               72       ng/mL     < 100    www.labinfo.example.org')).map((r) => [...r.slice(1, 3), ...r.slice(4)]))
      .toEqual([[72, 'ng/mL', null, 100, 'normal']]);
  });

  it('negatives: letterhead lines still give no row', () => {
    expect(codedWithRangeText(lines(
      '   12 N. Bonifacio Ave., Pasig City  |  Tel (02) 8631-2020',
      'Bulevardul Unirii nr. 45, Sector 3, Bucuresti  |  RENAR LM 3310  |  www.exampledx.ro',
      header,
      'Hemoglobin                   131      g/L       135 - 175',
    ))).toEqual([['hemoglobin', 131, 'g/L', '135 - 175', 135, 175, 'low']]);
  });
});
