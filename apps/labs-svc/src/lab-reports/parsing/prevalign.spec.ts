import { coded, resultsOf } from '../../testing/reader.js';

/*
 * (prevalign) A previous results' header of another language after the range over fixed-width text (`Vorwerte`,
 * `Föregående`, `Resultado anterior`) heads a column where the rows print their numbers under it (text-report.parser
 * rowsStandUnder), and names nothing where they do not. Written for these tests from how such reports print; expected
 * rows are what the printed lines say.
 */

const lines = (...l: string[]) => l.join('\n');

describe('prevalign: a previous column the rows stand under', () => {
  it('a previous result with its own flag and date is no part of the row (a German cumulative print)', () => {
    expect(coded(lines(
      'Untersuchung          Ergebnis    Einheit     Referenzbereich     Vorwerte',
      'Leukozyten            11,2 +      /nl         3,9 - 10,2          9,8  12.03.25',
      'Hämoglobin            12,9 -      g/dl        13,5 - 17,2         13,4  12.03.25',
      'Kreatinin             1,31 +      mg/dl       0,70 - 1,20         1,25 +  12.03.25',
      'TSH                   2,31        µIU/ml      0,27 - 4,20         1,95  12.03.25',
    ))).toEqual([
      ['white-blood-cell-count', 11.2, '/nL', 3.9, 10.2, 'high'],
      ['hemoglobin', 12.9, 'g/dL', 13.5, 17.2, 'low'],
      ['creatinine', 1.31, 'mg/dL', 0.7, 1.2, 'high'],
      ['thyroid-stimulating-hormone', 2.31, 'u[IU]/mL', 0.27, 4.2, 'normal'],
    ]);
  });

  it('an answer with the previous answer under the previous header: the test\'s name is its own', () => {
    const read = resultsOf(lines(
      'Test                 Ergebnis   Einheit    Referenzbereich     Vorwert',
      'TSH                  2,1        mU/l       0,27 - 4,2          1,9',
      'HIV-AK               negativ               negativ             negativ',
      'Vitamin D            18         ng/ml      30 - 100            22',
    ));
    expect(read.map((r) => [r.name, r.valueText ?? r.value])).toEqual([
      ['TSH', 2.1],
      ['HIV-AK', 'negativ'],
      ['Vitamin D', 18],
    ]);
  });

  it('a table of answers only: a positive answer with a negative previous one is the positive (review 38r)', () => {
    const read = resultsOf(lines(
      'Test                 Ergebnis   Einheit    Referenzbereich     Vorwert',
      'HIV-AK               positiv               negativ             negativ',
      'HCV-AK               negativ               negativ             negativ',
    ));
    expect(read.map((r) => [r.name, r.valueText, r.flag])).toEqual([['HIV-AK', 'positiv', 'abnormal'], ['HCV-AK', 'negativ', 'normal']]);
  });

  it('rows printed four spaces apart, not under the header, keep their first numbers after the range as previous results', () => {
    expect(coded(lines(
      'Análises    Resultados    Valores de Referência    Resultados anteriores',
      'Hemoglobina    15.1 g/dl    13.0 - 17.0    14.8    14.6',
      'Eritrócitos    4.96 x 10^6/µl    4.50 - 5.50    4.88    4.90',
      'Hematócrito    45.2 %    40.0 - 50.0    44.1    43.8',
      'Plaquetas    231 x 10^3/µl    150 - 400    244    219',
    ))).toEqual([
      ['hemoglobin', 15.1, 'g/dL', 13, 17, 'normal'],
      ['red-blood-cell-count', 4.96, '10*6/uL', 4.5, 5.5, 'normal'],
      ['hematocrit', 45.2, '%', 40, 50, 'normal'],
      ['platelet-count', 231, '10*3/uL', 150, 400, 'normal'],
    ]);
  });

  it('short value lines under names of their own reach no previous column: a method line is never the name', () => {
    expect(coded(lines(
      'Análises    Resultados    Valores de Referência    Resultados anteriores',
      'Gama-Glutamil Transferase    22 U/l    15 - 85    19',
      'Bilirrubinémia Total',
      '(Jendrassik-Graf)',
      '0.74mg/dL    0.20 - 1.00    0.81',
      '25-Hidroxivitamina D',
      '(Quimioluminescência [Liaison])',
      '27.40ng/ml    30.00 - 100.00    31.10',
      'Antigénio Específico da Próstata (PSA) total',
      '(Quimioluminescência)',
      '1.12ng/ml    < 4.00    0.98',
    ))).toEqual([
      ['gamma-glutamyl-transferase', 22, 'U/L', 15, 85, 'normal'],
      ['total-bilirubin', 0.74, 'mg/dL', 0.2, 1, 'normal'],
      ['vitamin-d', 27.4, 'ng/mL', 30, 100, 'low'],
      ['prostate-specific-antigen', 1.12, 'ng/mL', null, 4, 'normal'],
    ]);
  });
});
