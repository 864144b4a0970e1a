import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (b67c) What issue 9's labs reader still misread, as general rules: under a column header whose last column is the
 * range's, a flag printed in a column of its own after the range (no header over it), apart from the range by the
 * column gap, is the row's flag, not the range's text — a range-side word in brackets or not (`(above)`, `(below)`,
 * `(oberhalb)`, `(acima)`, `(sopra)`, `(debajo)`, `above`), in every language as without a header (b65m); and an ESR
 * short name with its hour or method printed without brackets (`VSG 1ª hora`, `BSG nach Westergren`) is the ESR, as
 * with them, only in an ESR's unit. Every expected row is written from the made-up lines here.
 */

const lines = (...l: string[]) => l.join('\n');
const EN = 'Test                         Result      Units       Reference';
const IT = 'ESAME                         RISULTATO   U.M.        VALORI DI RIFERIMENTO';
const DE = 'Test                  Ergebnis    Einheit     Referenzbereich';
const PT = 'Exame                 Resultado   Unidade     Valores de referência';
const ES = 'Prueba                Resultado   Unidades    Valores de referencia';

describe('b67c: a flag in an unheaded column after the range column', () => {
  it.each([
    [EN, 'Potassium                    5.4         mmol/L      3.5 - 5.1      (above)', ['potassium', 5.4, 'mmol/L', '3.5 - 5.1', 3.5, 5.1, 'high']],
    [EN, 'Ferritin                     11          ng/mL       15 - 150       (below)', ['ferritin', 11, 'ng/mL', '15 - 150', 15, 150, 'low']],
    [EN, 'Iron                         200         ug/dL       60 - 170       above', ['iron', 200, 'ug/dL', '60 - 170', 60, 170, 'high']],
    [EN, 'Zinc                         50          ug/dL       60 - 120       Below', ['zinc', 50, 'ug/dL', '60 - 120', 60, 120, 'low']],
    [IT, 'Globuli bianchi (WBC)         11,8        10^3/µL     4,0 - 10,0        (sopra)', ['white-blood-cell-count', 11.8, '10*3/uL', '4,0 - 10,0', 4, 10, 'high']],
    [IT, 'Emoglobina                    10,2        g/dL        12,0 - 16,0       (sotto)', ['hemoglobin', 10.2, 'g/dL', '12,0 - 16,0', 12, 16, 'low']],
    [DE, 'Kalium                5,4         mmol/l      3,5 - 5,1      (oberhalb)', ['potassium', 5.4, 'mmol/L', '3,5 - 5,1', 3.5, 5.1, 'high']],
    [DE, 'Ferritin              11          ng/ml       30 - 400       (unterhalb)', ['ferritin', 11, 'ng/mL', '30 - 400', 30, 400, 'low']],
    [PT, 'Glicose               130         mg/dL       70 - 99        (acima)', ['glucose', 130, 'mg/dL', '70 - 99', 70, 99, 'high']],
    [PT, 'Ferritina             11          ng/mL       30 - 400       (abaixo)', ['ferritin', 11, 'ng/mL', '30 - 400', 30, 400, 'low']],
    [ES, 'Glucosa               130         mg/dL       70 - 99        (encima)', ['glucose', 130, 'mg/dL', '70 - 99', 70, 99, 'high']],
    [ES, 'Ferritina             11          ng/mL       30 - 400       (debajo)', ['ferritin', 11, 'ng/mL', '30 - 400', 30, 400, 'low']],
  ])('the row\'s flag, not the range\'s text: %s / %s', (header, row, expected) => {
    expect(codedWithRangeText(lines(header, row))).toEqual([expected]);
  });

  it('a one-sided range keeps its bound before the word', () => {
    expect(codedWithRangeText(lines(EN,
      'Cholesterol                  230         mg/dL       < 200          (above)',
      'HDL Cholesterol              30          mg/dL       > 40           (below)',
    ))).toEqual([
      ['total-cholesterol', 230, 'mg/dL', '< 200', null, 200, 'high'],
      ['hdl-cholesterol', 30, 'mg/dL', '> 40', 40, null, 'low'],
    ]);
  });

  it('the rows around it read as before (a range with no flag, `> 40`)', () => {
    expect(codedWithRangeText(lines(IT,
      'Globuli bianchi (WBC)         11,8        10^3/µL     4,0 - 10,0        (sopra)',
      'Colesterolo HDL               52          mg/dL       > 40',
    ))).toEqual([
      ['white-blood-cell-count', 11.8, '10*3/uL', '4,0 - 10,0', 4, 10, 'high'],
      ['hdl-cholesterol', 52, 'mg/dL', '> 40', 40, null, 'normal'],
    ]);
  });

  it('a word that says another side than the printed range gives way to it, as on a line without a header', () => {
    expect(codedWithRangeText(lines(DE, 'Ferritin              120         ng/ml       30 - 400       (unterhalb)')))
      .toEqual([['ferritin', 120, 'ng/mL', '30 - 400', 30, 400, 'normal']]);
    expect(coded('Ferritin 120 ng/ml 30 - 400 (unterhalb)')).toEqual([['ferritin', 120, 'ng/mL', 30, 400, 'normal']]);
    expect(codedWithRangeText(lines(EN,
      'Potassium                    4.4         mmol/L      3.5 - 5.1      (above)',
      'Potassium                    4.4         mmol/L      3.5 - 5.1      above',
    ))).toEqual(Array(2).fill(['potassium', 4.4, 'mmol/L', '3.5 - 5.1', 3.5, 5.1, 'normal']));
    expect(coded('Potassium 4.4 mmol/L 3.5 - 5.1 (above)')).toEqual([['potassium', 4.4, 'mmol/L', 3.5, 5.1, 'normal']]);
  });

  it('a flag token there (`(high)`, `H`) is the printed flag, as on a line without a header', () => {
    expect(codedWithRangeText(lines(EN,
      'Potassium                    4.4         mmol/L      3.5 - 5.1      (high)',
      'Potassium                    4.4         mmol/L      3.5 - 5.1      H',
    ))).toEqual(Array(2).fill(['potassium', 4.4, 'mmol/L', '3.5 - 5.1', 3.5, 5.1, 'high']));
    expect(coded('Potassium 4.4 mmol/L 3.5 - 5.1 (high)')).toEqual([['potassium', 4.4, 'mmol/L', 3.5, 5.1, 'high']]);
  });

  it('the range\'s unit printed in its cell before the flag is the row\'s, the flag read', () => {
    expect(codedWithRangeText(lines(EN, 'Potassium                    5.4         mmol/L      3.5 - 5.1 mmol/L    (above)')))
      .toEqual([['potassium', 5.4, 'mmol/L', '3.5 - 5.1', 3.5, 5.1, 'high']]);
  });

  it('flags that read already (letters, arrows, a star, `(H)`, `HIGH`) read as before', () => {
    expect(codedWithRangeText(lines(EN,
      'Sodium                       146         mmol/L      136 - 145      H',
      'Chloride                     95          mmol/L      98 - 107       L',
      'Glucose                      130         mg/dL       70 - 99        ↑',
      'Calcium                      7.9         mg/dL       8.5 - 10.5     ↓',
      'Urea                         30          mg/dL       7 - 20         (H)',
      'Magnesium                    3.0         mg/dL       1.7 - 2.2      HIGH',
      'Albumin                      3.0         g/dL        3.5 - 5.0      (low)',
    ))).toEqual([
      ['sodium', 146, 'mmol/L', '136 - 145', 136, 145, 'high'],
      ['chloride', 95, 'mmol/L', '98 - 107', 98, 107, 'low'],
      ['glucose', 130, 'mg/dL', '70 - 99', 70, 99, 'high'],
      ['calcium', 7.9, 'mg/dL', '8.5 - 10.5', 8.5, 10.5, 'low'],
      ['urea', 30, 'mg/dL', '7 - 20', 7, 20, 'high'],
      ['magnesium', 3, 'mg/dL', '1.7 - 2.2', 1.7, 2.2, 'high'],
      ['albumin', 3, 'g/dL', '3.5 - 5.0', 3.5, 5, 'low'],
    ]);
  });

  it('guards: words after the range that are no flag stay the range\'s text (a note, a condition, a population)', () => {
    expect(codedWithRangeText(lines(EN,
      'Potassium                    4.4         mmol/L      3.5 - 5.1      (adults)',
      'Cholesterol                  180         mg/dL       < 200          (fasting)',
    ))).toEqual([
      ['potassium', 4.4, 'mmol/L', '3.5 - 5.1 (adults)', 3.5, 5.1, 'normal'],
      ['total-cholesterol', 180, 'mg/dL', '< 200 (fasting)', null, 200, 'normal'],
    ]);
    expect(codedWithRangeText(lines(DE, 'Ferritin              120         ng/ml       30 - 400       Erwachsene')))
      .toEqual([['ferritin', 120, 'ng/mL', '30 - 400 Erwachsene', 30, 400, 'normal']]);
  });

  it('guards: a tier after a one-sided range (`>= 240  (high)`) and a tiered range text are as they were', () => {
    expect(codedWithRangeText(lines(EN, 'Cholesterol                  250         mg/dL       >= 240         (high)')))
      .toEqual([['total-cholesterol', 250, 'mg/dL', '>= 240 (high)', null, null, null]]);
    expect(codedWithRangeText(lines(EN,
      'Cholesterol                  230         mg/dL       Desirable < 200',
      'LDL Cholesterol              150         mg/dL       Borderline 130-159',
    ))).toEqual([
      ['total-cholesterol', 230, 'mg/dL', '< 200', null, 200, 'high'],
      ['ldl-cholesterol', 150, 'mg/dL', 'Borderline 130-159', null, null, null],
    ]);
  });

  it('guards: a flag under its own `Flag` header reads as before', () => {
    expect(codedWithRangeText(lines(
      'Test                         Result      Units       Reference      Flag',
      'Potassium                    5.4         mmol/L      3.5 - 5.1      (above)',
      'Ferritin                     11          ng/mL       15 - 150       L',
      'Sodium                       140         mmol/L      136 - 145',
    ))).toEqual([
      ['potassium', 5.4, 'mmol/L', '3.5 - 5.1', 3.5, 5.1, 'high'],
      ['ferritin', 11, 'ng/mL', '15 - 150', 15, 150, 'low'],
      ['sodium', 140, 'mmol/L', '136 - 145', 136, 145, 'normal'],
    ]);
  });
});

describe('b67c: an ESR short name with its hour or method without brackets', () => {
  it.each([
    ['VSG 1ª hora 28 mm/h < 20', ['erythrocyte-sedimentation-rate', 28, 'mm/h', null, 20, 'high']],
    ['VHS 1a hora 30 mm/h < 20', ['erythrocyte-sedimentation-rate', 30, 'mm/h', null, 20, 'high']],
    ['BSG nach Westergren 24 mm/h < 20', ['erythrocyte-sedimentation-rate', 24, 'mm/h', null, 20, 'high']],
    ['BSG 1. Stunde 8 mm/h < 20', ['erythrocyte-sedimentation-rate', 8, 'mm/h', null, 20, 'normal']],
    ['BSR 1st hour 25 mm/hr 0 - 20', ['erythrocyte-sedimentation-rate', 25, 'mm/h', 0, 20, 'high']],
    ['VSG Westergren 12 mm/h < 20', ['erythrocyte-sedimentation-rate', 12, 'mm/h', null, 20, 'normal']],
    ['VSG 1h 28 mm/h < 20', ['erythrocyte-sedimentation-rate', 28, 'mm/h', null, 20, 'high']],
  ])('the ESR: %s', (line, row) => {
    expect(coded(line)).toEqual([row]);
  });

  it('guards: with no ESR unit, or after a name that is no ESR short name, it is no ESR', () => {
    expect(coded('VSG 1ª hora 28 < 20')[0]?.[0]).not.toBe('erythrocyte-sedimentation-rate');
    expect(coded('VES 1a hora 2 /min')[0]?.[0]).not.toBe('erythrocyte-sedimentation-rate');
    expect(coded('OB nach Westergren 45 ng/mL')[0]?.[0]).not.toBe('erythrocyte-sedimentation-rate');
    expect(coded('Glucose 1st hour 140 mg/dL < 180')[0]?.[0]).not.toBe('erythrocyte-sedimentation-rate');
    // The second hour's reading is another number than the first's: not taken for the ESR.
    expect(coded('VSG 2ª hora 40 mm/h < 30')[0]?.[0]).not.toBe('erythrocyte-sedimentation-rate');
  });
});
