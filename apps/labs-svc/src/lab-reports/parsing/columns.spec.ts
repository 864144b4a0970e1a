import { coded } from '../../testing/reader.js';

/*
 * (set 14) A laboratory printout's columns: previous results, cumulative dates, names above their values. Made-up
 * lines; every expected reading written before the change, from what the printout says to a clinician.
 */
const lines = (...l: string[]) => `${l.join('\n')}\n`;
const keyValueFlag = (text: string) => coded(text).map((r) => [r[0], r[1], r[5]]);

describe('columns: a previous result in brackets at the end of a row', () => {
  it('is no part of the row: the range and the flag are the current result\'s', () => {
    expect(keyValueFlag(lines(
      'Testosterone (total)      19.4 nmol/L     (8.6 - 29.0)     [Prev: 11.2 on 14/01/2025]',
      'Oestradiol                104 pmol/L      (41 - 159)       [Prev: 168 H on 14/01/2025]',
      'Ferritin                  22 ug/L         (30 - 400)       (previous 146 on 08/07/2025)',
    ))).toEqual([['testosterone', 19.4, 'normal'], ['estradiol', 104, 'normal'], ['ferritin', 22, 'low']]);
  });
  it('negative: a bracket that is no previous result stays as before', () => {
    expect(coded('Glucose  95  mg/dL  (70 - 99)').map((r) => [r[0], r[3], r[4]])).toEqual([['glucose', 70, 99]]);
  });
});

describe('columns: a cumulative table\'s dates read day or month first', () => {
  const table = (dates: string) => lines(
    `                ${dates}  Ref Range`,
    'WBC (K/uL)      6.2       5.8       7.1       6.6       5.9       6.4       3.8-10.8',
    'RBC (M/uL)      5.12      5.48      5.71      5.90H     5.84H     5.79      4.20-5.80',
    'HGB (g/dL)      15.4      16.5      17.2H     17.9H     17.6H     17.4H     13.2-17.1',
  );
  it('the reading in which the dates run in order says the newest column (month first here: March to November)', () => {
    expect(keyValueFlag(table('03/04/25  06/10/25  08/12/25  09/09/25  10/07/25  11/04/25'))).toEqual([
      ['white-blood-cell-count', 6.4, 'normal'], ['red-blood-cell-count', 5.79, 'normal'], ['hemoglobin', 17.4, 'high'],
    ]);
  });
  it('an older column\'s flag glued to its value (`5.90H`) is no unit and no flag of the row', () => {
    expect(keyValueFlag(table('2025-03-04  2025-06-10  2025-08-12  2025-09-09  2025-10-07  2025-11-04'))[1]).toEqual(['red-blood-cell-count', 5.79, 'normal']);
  });
  it('negative: dates in order read either way (day first April to September, month first November back to September) name no newest: no column is guessed', () => {
    const text = lines(
      '                11/04/25  10/07/25  09/09/25  Ref Range',
      'WBC (K/uL)      6.2       5.8       7.1       3.8-10.8',
      'HGB (g/dL)      15.4      16.5      17.2H     13.2-17.1',
    );
    expect(keyValueFlag(text)).toEqual([]);
  });
});

describe('columns: a cumulative overview with its unit and range before the dates', () => {
  it('a bound after the unit is the range\'s, not the value of a blank oldest date', () => {
    expect(coded(lines(
      'Bepaling     Eenheid  Referentie  12-02-2024  20-06-2024  03-10-2024  15-01-2025  28-05-2025',
      'MCV          fl       80-100      88          89          91          92          91',
      'Oestradiol   pmol/l   <150                    96          121         142         118',
      'PSA          ug/l     <4,0        0,6                     0,8                     0,9',
    )).map((r) => [r[0], r[1], r[4], r[5]])).toEqual([['mean-corpuscular-volume', 91, 100, 'normal'], ['estradiol', 118, 150, 'normal'], ['prostate-specific-antigen', 0.9, 4, 'normal']]);
  });
  it('negative (review 21): a bound under the first date, the range\'s cell blank, is that date\'s value', () => {
    expect(coded(lines(
      'Bepaling         Eenheid  Referentie  12-02-2024  20-06-2024  03-10-2024',
      'Kreatinine       umol/L   60-110      88          91          95',
      'CRP              mg/L                 <1          4           12',
    )).map((r) => [r[0], r[1], r[4]])).toEqual([['creatinine', 95, 110], ['c-reactive-protein', 12, null]]);
  });
});

describe('columns: a header over two lines, and a last result\'s column', () => {
  it('a cumulative header whose dates wrap under its `Result` words: the newest date\'s column, a test with no value there no row', () => {
    expect(keyValueFlag(lines(
      'Test Name                 Result      Result      Result      Reference    Units',
      '                          09/15/25    06/02/25    02/10/25    Interval',
      'TSH                       2.410       3.880       5.120 High  0.450-4.500  uIU/mL',
      'Reverse T3, Serum                     18.2                    9.2-24.1     ng/dL',
    ))).toEqual([['thyroid-stimulating-hormone', 2.41, 'normal']]);
  });
  it('negative: a line of words under a header (no dates) is read as before', () => {
    expect(keyValueFlag(lines('Test        Result    Units    Range', '            (current)', 'Glucose     105       mg/dL    70-99')))
      .toEqual([['glucose', 105, 'high']]);
  });
  it('`Last` heads the last result, and arrows under `Trend` are no flags', () => {
    expect(keyValueFlag(lines(
      'Test                    Result   Units    Ref range    Trend  Last',
      'Ferritin                38       ug/L     30 - 400     ▼      72',
      'Vitamin B12             418      ng/L     197 - 771    ▲      286',
    ))).toEqual([['ferritin', 38, 'normal'], ['vitamin-b12', 418, 'normal']]);
  });
});

describe('columns: names printed otherwise', () => {
  it('a name on its own line, its value, unit and bracketed range on the line below', () => {
    expect(keyValueFlag(lines('Sex Hormone Binding Globulin', '    31 nmol/L    (11-80)', 'Dihydrotestosterone', '    52 ng/dL    (30-85)')))
      .toEqual([['shbg', 31, 'normal'], ['dihydrotestosterone', 52, 'normal']]);
  });
  it('(review 20) the bracketed range with a flag after it, in square brackets, under a name with its method in brackets', () => {
    expect(keyValueFlag(lines('Thyroid Stimulating Hormone', '    6.8 mIU/L    (0.27 - 4.20)    H'))).toEqual([['thyroid-stimulating-hormone', 6.8, 'high']]);
    expect(keyValueFlag(lines('Anti-Mullerian Hormone', '    1.9 ng/mL    [1.0 - 3.5]'))).toEqual([['anti-mullerian-hormone', 1.9, 'normal']]);
    expect(keyValueFlag(lines('Ferritin (CMIA)', '    18 ng/mL    (30 - 400)'))).toEqual([['ferritin', 18, 'low']]);
  });
  it('negative (review 20): a bracket that is no range (a conversion) gives no range, and no row of a footnote', () => {
    expect(keyValueFlag(lines('Vitamin D sufficiency cut-off', '    30 ng/mL    (75 nmol/L)'))).toEqual([]);
  });
  it('(review 20) two names of different tests over one value: the value is the name\'s right above it', () => {
    expect(keyValueFlag(lines('Free T4', 'Free T3', '    4.2 pmol/L    (3.1 - 6.8)'))).toEqual([['free-t3', 4.2, 'normal']]);
  });
  it('a name wrapped onto the line under its values (a LOINC long name): the row\'s name goes on', () => {
    expect(keyValueFlag(lines(
      'Component                               Value    Flag  Ref Range    Units',
      'Hemoglobin A1c/Hemoglobin.total in      5.9      H     4.0-5.6      %',
      '  Blood',
      'Glucose                                 95             70-99        mg/dL',
      '  Fasting',
    ))).toEqual([['hemoglobin-a1c', 5.9, 'high'], ['glucose', 95, 'normal']]);
  });
  it('a population after the name (`Testosterone, Total, Males (Adult)`, `Estradiol, Females`) is the test\'s', () => {
    expect(keyValueFlag(lines('Testosterone, Total, Males (Adult)   488   ng/dL   240-950', 'Estradiol, Females   85   pg/mL   30-400')))
      .toEqual([['testosterone', 488, 'normal'], ['estradiol', 85, 'normal']]);
  });
  it('`Total` before a name the catalog knows without it, and `HOMA-Index`', () => {
    expect(keyValueFlag(lines('Total 25-OH Vitamin D   62   nmol/L   50 - 175', 'HOMA-Index   2.0   <2.5'))).toEqual([['vitamin-d', 62, 'normal'], ['homa-ir', 2, 'normal']]);
  });
  it('negative: `Total` before a name the catalog does not know, and HOMA-B, stay as before', () => {
    expect(coded(lines('Total Estrogens   58.7   ng/mg   35 - 70', 'HOMA-B   98   %')).map((r) => r[0])).toEqual(['?Total Estrogens', 'homa-beta']);
  });
});
