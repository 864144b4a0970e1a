import { coded, codedWithRangeText, rowsOf } from '../../testing/reader.js';

/*
 * (fixc) Country layouts of the rev69 probe set, each as a general mechanism. Every expected row is written from the
 * made-up lines here (what a user would see: biomarker, value, unit, range, flag), not from the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('fixc 1: a portal card copied one field a line (name, status, value, unit, range line)', () => {
  it('the status line over the value is the row\'s flag; the card\'s one range line, `Optimal:` too, its range', () => {
    expect(codedWithRangeText(lines('Apolipoprotein B (ApoB)', 'In Range', '82', 'mg/dL', 'Optimal: < 90', 'Previous: 91 mg/dL (Jun 3, 2026)')))
      .toEqual([['apolipoprotein-b', 82, 'mg/dL', '< 90', null, 90, 'normal']]);
    expect(codedWithRangeText(lines('Lipoprotein(a)', 'Above Range', '168', 'nmol/L', 'Optimal: < 75',
      'Lp(a) is largely genetic. Levels above 125 nmol/L are considered high risk.')))
      .toEqual([['lipoprotein-a', 168, 'nmol/L', '< 75', null, 75, 'high']]);
    expect(codedWithRangeText(lines('Omega-3 Index', 'Below Range', '5.1', '%', 'Optimal: > 8.0')))
      .toEqual([['omega-3-index', 5.1, '%', '> 8.0', 8, null, 'low']]);
    expect(codedWithRangeText(lines('Fasting Insulin', 'In Range', '4.1', 'uIU/mL', 'Optimal: 2.6 - 24.9')))
      .toEqual([['insulin', 4.1, 'u[IU]/mL', '2.6 - 24.9', 2.6, 24.9, 'normal']]);
  });

  it('a status with no range printed is the flag; a `Range:` line under the unit as before', () => {
    expect(coded(lines('Homocysteine', 'Above Range', '11.8', 'umol/L'))).toEqual([['homocysteine', 11.8, 'umol/L', null, null, 'high']]);
    expect(coded(lines('SHBG', 'In Range', '38', 'nmol/L', 'Range: 10 - 50'))).toEqual([['shbg', 38, 'nmol/L', 10, 50, 'normal']]);
  });

  it('the range decides where the status says another side', () => {
    expect(coded(lines('Apolipoprotein B', 'Above Range', '82', 'mg/dL', 'Range: < 90'))).toEqual([['apolipoprotein-b', 82, 'mg/dL', null, 90, 'normal']]);
  });

  it('each card keeps its own range: the next card\'s name takes none of the previous card\'s', () => {
    expect(codedWithRangeText(lines('LDL Cholesterol', 'Above Range', '104', 'mg/dL', 'Optimal: < 100', '',
      'HDL Cholesterol', 'In Range', '58', 'mg/dL', 'Optimal: > 39', '',
      'Testosterone, Free', 'In Range', '88.4', 'pg/mL', '',
      'PSA, Total', 'Results pending', 'We\'ll notify you when this result is ready.')))
      .toEqual([['ldl-cholesterol', 104, 'mg/dL', '< 100', null, 100, 'high'], ['hdl-cholesterol', 58, 'mg/dL', '> 39', 39, null, 'normal'],
        ['testosterone-free', 88.4, 'pg/mL', null, null, null, 'normal']]);
  });

  it('a qualitative card: its `Optimal: Negative` line is its range', () => {
    expect(codedWithRangeText(lines('ANA Screen, IFA', 'In Range', 'Negative', 'Optimal: Negative')))
      .toEqual([['antinuclear-antibody', null, null, 'Negative', null, null, 'normal']]);
  });

  it('negatives: with no status an optimal line stays the comment; beside a standard range the optimal is never the range', () => {
    expect(coded(lines('SHBG', '44 nmol/L', 'Optimal: 20 - 40 nmol/L'))).toEqual([['shbg', 44, 'nmol/L', null, null, null]]);
    expect(coded(lines('SHBG', '44', 'nmol/L', 'Optimal: 20 - 40'))).toEqual([['shbg', 44, 'nmol/L', null, null, null]]);
    expect(coded(lines('Sex Hormone Binding Globulin', 'In Range', '44', 'nmol/L', 'Optimal: 20 - 40 nmol/L', 'Standard: 10 - 50 nmol/L')))
      .toEqual([['shbg', 44, 'nmol/L', 10, 50, 'normal']]);
    expect(coded(lines('Insulin', 'Above Range', '21.4 uIU/mL', 'Reference range: <=18.4 uIU/mL', 'Optimal range: 2.0-8.0 uIU/mL')))
      .toEqual([['insulin', 21.4, 'u[IU]/mL', null, 18.4, 'high']]);
    // A status phrase line with no name waiting over it is no row and flags nothing.
    expect(coded(lines('Glucose 95 mg/dL 70-99', '', 'In Range', '', 'Sodium 140 mmol/L 135-145')))
      .toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(rowsOf(lines('SHBG', '44 nmol/L', 'Optimal: 20 - 40 nmol/L'))[0]!.comment).toBe('Optimal: 20 - 40 nmol/L');
  });
});

describe('fixc 2: a differential\'s percentage and count on one line, each with its range, under a header naming the columns', () => {
  const header = '                               %         Absoluto (x10^3/µL)      Ref. %        Ref. Abs.';
  const rowsMx = [
    'Neutrófilos                    48.1      1.74                     40.0 - 75.0   1.80 - 7.70   *',
    'Linfocitos                     41.2      1.49                     20.0 - 45.0   1.00 - 4.80',
    'Monocitos                      7.4       0.27                     2.0 - 10.0    0.10 - 0.80',
  ];
  const expected = [
    ['neutrophils', 48.1, '%', 40, 75, 'normal'], ['neutrophils-absolute', 1.74, '10*3/uL', 1.8, 7.7, 'abnormal'],
    ['lymphocytes', 41.2, '%', 20, 45, 'normal'], ['lymphocytes-absolute', 1.49, '10*3/uL', 1, 4.8, 'normal'],
    ['monocytes', 7.4, '%', 2, 10, 'normal'], ['monocytes-absolute', 0.27, '10*3/uL', 0.1, 0.8, 'normal'],
  ];

  it('two results a line: the percentage with the first range, the count with the second, the flag after it the count\'s', () => {
    expect(coded(lines('Leucocitos                     3.62      *      x10^3/µL          4.00 - 10.50', header, ...rowsMx)))
      .toEqual([['white-blood-cell-count', 3.62, '10*3/uL', 4, 10.5, 'abnormal'], ...expected]);
  });

  it('the ranges in the other order (the count\'s first) go by their scale', () => {
    const swapped = [
      'Neutrophils      48.1      1.74       1.80 - 7.70   40.0 - 75.0',
      'Lymphocytes      41.2      1.49       1.00 - 4.80   20.0 - 45.0',
    ];
    expect(coded(lines('Differential     %         Abs (x10^3/uL)   Ref. Abs.   Ref. %', ...swapped)))
      .toEqual(expected.slice(0, 4).map((r) => (r[5] === 'abnormal' ? [...r.slice(0, 5), 'low'] : r)));
  });

  it('the MCH spelt short in Spanish (`Hemoglobina Corp. Media`)', () => {
    expect(coded('Hemoglobina Corp. Media        29.2             pg                27.0 - 33.0'))
      .toEqual([['mean-corpuscular-hemoglobin', 29.2, 'pg', 27, 33, 'normal']]);
  });

  it('negatives: a previous result and two ranges, the four-cell differential as before', () => {
    // Two numbers that are no percentage and count (the quotients disagree): not read as a differential.
    expect(coded(lines('Test             Result    Previous    Ref. A      Ref. B',
      'Glucose          92        88          70 - 99     70 - 110'))).not.toContainEqual(expect.arrayContaining(['glucose-absolute']));
    expect(coded(lines('Neutrófilos                    48.1      1.74                     1.80 - 7.70',
      'Linfocitos                     41.2      1.49                     1.00 - 4.80')))
      .toEqual([['neutrophils', 48.1, null, null, null, null], ['neutrophils-absolute', 1.74, null, 1.8, 7.7, 'low'],
        ['lymphocytes', 41.2, null, null, null, null], ['lymphocytes-absolute', 1.49, null, 1, 4.8, 'normal']]);
  });
});

describe('fixc 3: qualifiers after a known name (fasting, calculated, an equation, an assay\'s generation) and a lab code in brackets', () => {
  const header = 'Badanie                                 Wynik          Jedn.         Zakres referencyjny';

  it('Polish: `na czczo (I77)`, `wyliczany`, `wg CKD-EPI`, `III generacji (L69)`, the flag before the value', () => {
    expect(coded(lines(header,
      'Glukoza na czczo (I77)            H     103            mg/dl         70 - 99',
      'Cholesterol LDL wyliczany               128            mg/dl         < 115       !',
      'eGFR wg CKD-EPI                         > 90           ml/min/1,73m2',
      'TSH III generacji (L69)                 3,87           µIU/ml        0,27 - 4,20')))
      .toEqual([['glucose', 103, 'mg/dL', 70, 99, 'high'], ['ldl-cholesterol', 128, 'mg/dL', null, 115, 'abnormal'],
        ['egfr', 90, 'mL/min/{1.73_m2}', null, null, null], ['thyroid-stimulating-hormone', 3.87, 'u[IU]/mL', 0.27, 4.2, 'normal']]);
  });

  it('the same qualifiers in other languages the reader knows', () => {
    expect(coded('TSH 3rd generation  2.1  mIU/L  0.4 - 4.0')).toEqual([['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal']]);
    expect(coded('TSH de tercera generación  2.1  mUI/L  0.4 - 4.0')).toEqual([['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal']]);
    expect(coded('Glukóza nalačno  5.1  mmol/l  3.9 - 5.6')).toEqual([['glucose', 5.1, 'mmol/L', 3.9, 5.6, 'normal']]);
    expect(coded('eGFR selon CKD-EPI  85  mL/min/1.73m2  > 60')).toEqual([['egfr', 85, 'mL/min/{1.73_m2}', 60, null, 'normal']]);
  });

  it('Czech `S_GMT`: the GGT', () => {
    expect(coded('S_GMT                     1,24  +    µkat/l        0,17 - 1,19')).toEqual([['gamma-glutamyl-transferase', 1.24, 'ukat/L', 0.17, 1.19, 'high']]);
  });

  it('negatives: a qualifier after a name the catalog does not know leaves it unknown; a specimen word still changes the test', () => {
    expect(coded('Foobarase III generacji  3.1  U/l  1 - 5').map((r) => r[0])).toEqual(['?Foobarase III generacji']);
    expect(coded('Glukoza w moczu  ujemny').map((r) => r[0])).not.toContain('glucose');
    expect(coded('Kreatynina wg Jaffe  0.9  mg/dl  0.5 - 1.1').map((r) => r[0])).not.toContain('egfr');
  });
});

describe('fixc 4: words in place of a result, a recommendation under a row', () => {
  it('pending in Spanish, Portuguese, Italian, French, Polish, Dutch is no result', () => {
    for (const word of ['PENDIENTE', 'Pendente', 'Resultado pendiente', 'in corso', 'en attente', 'w trakcie realizacji', 'in behandeling']) {
      expect(coded(lines('Glucosa                        92               mg/dL             70 - 99',
        `Estradiol                      ${word}`))).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
    }
  });

  it('a sentence ending in a target, its bound after it, is the row\'s comment, no row', () => {
    const text = lines('TEST                              FLAG   RESULT      REFERENCE RANGE - UNITS',
      '  Apolipoprotein B                H      1.08        <1.05 g/L',
      '     For patients at high cardiovascular risk consider LDL-C target <1.8 mmol/L',
      '     or non-HDL-C <2.4 mmol/L or ApoB <0.70 g/L (CCS 2021).');
    expect(coded(text)).toEqual([['apolipoprotein-b', 1.08, 'g/L', null, 1.05, 'high']]);
  });

  it('negatives: a short name ending in `goal` reads as before; a result beside the words', () => {
    expect(coded('Hemoglobin A1c goal  6.8 %  <7.0')).toEqual([['?Hemoglobin A1c goal', 6.8, '%', null, 7, 'normal']]);
    expect(coded('Estradiol    45    pg/mL    15 - 350')).toEqual([['estradiol', 45, 'pg/mL', 15, 350, 'normal']]);
  });
});

describe('fixc 4b: an age group in parentheses after one interval is the patient\'s range', () => {
  const H = 'Analyse                            Resultat         Einheit        Referenzbereich';
  it('its bounds are the range\'s, the printed flag kept', () => {
    expect(codedWithRangeText(lines(H, 'DHEA-S                             2.1  -           µmol/l         2.6 - 7.3 (55-64 J.)')))
      .toEqual([['dhea-sulfate', 2.1, 'umol/L', '2.6 - 7.3 (55-64 J.)', 2.6, 7.3, 'low']]);
    expect(coded(lines(H, 'DHEA-S                             212              µg/dl          61 - 442 (40-49 yrs)')))
      .toEqual([['dhea-sulfate', 212, 'ug/dL', 61, 442, 'normal']]);
  });

  it('negatives: a parenthesis of bare numbers, several age groups stay text', () => {
    expect(coded(lines(H, 'DHEA-S                             212              µg/dl          61 - 442 (40-49)')))
      .not.toContainEqual(['dhea-sulfate', 212, 'ug/dL', 61, 442, 'normal']);
    expect(coded(lines(H, 'DHEA-S                             212              µg/dl          61 - 442 (40-49 yrs) 35 - 256 (50-59 yrs)')))
      .not.toContainEqual(['dhea-sulfate', 212, 'ug/dL', 61, 442, 'normal']);
  });
});
