import { coded, codedWithRangeText, resultsOf } from '../../testing/reader.js';

// (fixr) Kinds of printed reports a probe set of OCR output and foreign printouts showed unread: a column table whose
// names mix East Asian wide characters with Latin ones, a table's range cell in square brackets, OCR's letter/digit
// confusions inside names, and the bars of a table's rules left between a fixed-width row's cells.
describe('fixr: wide characters in columns, bracketed range cells, OCR-confused names, bar noise', () => {
  it('places cells of a line with East Asian wide characters by printed column (two each)', () => {
    // Aligned as a printer aligns them: each kana or kanji takes two columns, so Latin names have more characters.
    const text = [
      '検査項目名                   結果      判定    単位          基準値',
      'CK(CPK)                       310       H       U/L           41-153',
      'LD(IFCC)                      201               U/L           124-222',
      'Na(ナトリウム)                139               mmol/L        138-145',
      'CRP定量                       0.62      H       mg/dL         0.00-0.14',
      '総コレステロール              231       H       mg/dL         142-248',
      'アルブミン                    4.4               g/dL          4.1-5.1',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['creatine-kinase', 310, 'U/L', 41, 153, 'high'],
      ['lactate-dehydrogenase', 201, 'U/L', 124, 222, 'normal'],
      ['sodium', 139, 'mmol/L', 138, 145, 'normal'],
      ['c-reactive-protein', 0.62, 'mg/dL', 0, 0.14, 'high'],
      ['total-cholesterol', 231, 'mg/dL', 142, 248, 'high'],
      ['albumin', 4.4, 'g/dL', 4.1, 5.1, 'normal'],
    ]);
  });

  it('reads a table range cell whole in square brackets as the range it holds; two-dot notation keeps them', () => {
    const text = [
      'PRUEBA                    RESULTADO   UNIDADES    VALORES DE REFERENCIA',
      'Magnesio                  2,31        mg/dL       [1,70 - 2,55]',
      'Cobre                     131         µg/dL       [70 - 140]',
      'Fósforo                   3.9         mg/dL       [2.5 - 4.5]',
    ].join('\n');
    expect(resultsOf(text).map((r) => [r.biomarker?.key, r.range.text, r.flag])).toEqual([
      ['magnesium', '1,70 - 2,55', 'normal'],
      ['copper', '70 - 140', 'normal'],
      ['phosphorus', '2.5 - 4.5', 'normal'],
    ]);
    expect(resultsOf('|Test|Result|Unit|Range|\n|---|---|---|---|\n|Kalium|4,7|mmol/l|[3,5..5,1]|').map((r) => r.range.text)).toEqual(['[3,5..5,1]']);
  });

  it('reads a name with OCR letter/digit confusions as the catalog name it folds to, and only then', () => {
    const text = [
      'TEST            RESULT   UNITS     RANGE',
      'Magnes1um       2.3      mg/dL     1.6-2.6',
      'A1bumin         3.9      g/dL      3.5-5.0',
      'M0nocytes       9.4      %         2.0-10.0',
      'Calciurn        9.1      mg/dL     8.6-10.3',
      'Eosinophi|s     4.2      %         1.0-6.0',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['magnesium', 2.3, 'mg/dL', 1.6, 2.6, 'normal'],
      ['albumin', 3.9, 'g/dL', 3.5, 5, 'normal'],
      ['monocytes', 9.4, '%', 2, 10, 'normal'],
      ['calcium', 9.1, 'mg/dL', 8.6, 10.3, 'normal'],
      ['eosinophils', 4.2, '%', 1, 6, 'normal'],
    ]);
    // A digit first in a word before lower-case letters, and a 5 between capitals.
    expect(coded('1ron   64   ug/dL   50-170')).toEqual([['iron', 64, 'ug/dL', 50, 170, 'normal']]);
    expect(coded('PHO5PHORUS   3.1   mg/dL   2.5-4.5')).toEqual([['phosphorus', 3.1, 'mg/dL', 2.5, 4.5, 'normal']]);
    // A 1 at a word's end after two lower-case letters (`Tota1`), with the other 1s of the name.
    expect(coded('Tota1 Bi1irubin   0.6   mg/dL   0.2-1.2')).toEqual([['total-bilirubin', 0.6, 'mg/dL', 0.2, 1.2, 'normal']]);
    // A folded name the catalog does not know stays as printed; a known code is read as printed.
    expect(coded('Zorb1ax  12  U/L  5-20')).toEqual([['?Zorb1ax', 12, 'U/L', 5, 20, 'normal']]);
    expect(coded('HbA1c  6.1  %  4.0-5.6')).toEqual([['hemoglobin-a1c', 6.1, '%', 4, 5.6, 'high']]);
  });
  it('(review) leaves a short code of capitals and digits as printed: `A1AT` is no `ALAT` (ALT), `P1NP` no folded name', () => {
    expect(coded('A1AT   131   mg/dL   90-200')).toEqual([['?A1AT', 131, 'mg/dL', 90, 200, 'normal']]);
    expect(coded('A1AT (serum)   97   mg/dL   90-200')).toEqual([['?A1AT (serum)', 97, 'mg/dL', 90, 200, 'normal']]);
  });

  it('reads a fixed-width row with the bars of the table rules left between its cells as the row without them', () => {
    const text = [
      'TEST            RESULT    FLAG   UNITS       REFERENCE RANGE',
      ' MCHC  |  36.9     H   | g/dL  |   32.0-36.0',
      'Magnesium  |  1.4   |  L  |  mg/dL  |  1.6-2.6',
      ' Ferritin |  88   |      ng/mL  |  15 -150',
      '|',
      'Iron   |  61      |  ug/dL |   50-170',
      'Zinc|  83   |ug/dL|   60-120',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['mean-corpuscular-hemoglobin-concentration', 36.9, 'g/dL', 32, 36, 'high'],
      ['magnesium', 1.4, 'mg/dL', 1.6, 2.6, 'low'],
      ['ferritin', 88, 'ng/mL', 15, 150, 'normal'],
      ['iron', 61, 'ug/dL', 50, 170, 'normal'],
      ['zinc', 83, 'ug/dL', 60, 120, 'normal'],
    ]);
  });
  it('reads Romance-language serology names (VHC, VHB, VIH; the word antibody before anti-…) as the catalog tests', () => {
    expect(coded('Ac. anti-VHC   Negativo')).toEqual([['hepatitis-c-antibody', null, null, null, null, null]]);
    expect(coded('Anticorpi anti-HCV   Negativo')).toEqual([['hepatitis-c-antibody', null, null, null, null, null]]);
    expect(coded('Anti-VHC    Positivo')).toEqual([['hepatitis-c-antibody', null, null, null, null, null]]);
    expect(coded('Anticorps anti-VIH 1+2   Négatif')).toEqual([['hiv-1-antibody', null, null, null, null, null]]);
    // An antibody word with no `anti-…` after it is no serology of its own.
    expect(coded('Anticuerpos irregulares   Negativo').map((r) => r[0])).not.toContain('hepatitis-c-antibody');
  });

  it('reads 25-hydroxyvitamin D spelt out in Russian and Ukrainian as vitamin D; the 1,25-dihydroxy form stays unknown', () => {
    expect(coded('25-гидроксивитамин D   22,1 нг/мл  30 - 100')).toEqual([['vitamin-d', 22.1, 'ng/mL', 30, 100, 'low']]);
    expect(coded('Вітамін D, 25-гідрокси   47 нг/мл  30 - 100')).toEqual([['vitamin-d', 47, 'ng/mL', 30, 100, 'normal']]);
    expect(coded('Витамин D 1,25-дигидрокси   41 пг/мл  20 - 80')[0]?.[0]).not.toBe('vitamin-d');
  });
  it('reads Turkish iron binding capacity and the Russian/Ukrainian lipoprotein initials as the catalog tests', () => {
    expect(coded('Demir Bağlama Kapasitesi   367   µg/dL   250 - 400')).toEqual([['total-iron-binding-capacity', 367, 'ug/dL', 250, 400, 'normal']]);
    // Unsaturated binding capacity is another test (no catalog entry): unknown, never the total.
    expect(coded('Doymamış Demir Bağlama Kapasitesi   205   µg/dL   150 - 300')[0]?.[0]).not.toBe('total-iron-binding-capacity');
    expect(coded('Холестерин ЛПНП   3,4 ↑   ммоль/л   < 3,0')).toEqual([['ldl-cholesterol', 3.4, 'mmol/L', null, 3, 'high']]);
    expect(coded('Холестерин-ЛПВЩ   1,6   ммоль/л   > 1,2')).toEqual([['hdl-cholesterol', 1.6, 'mmol/L', 1.2, null, 'normal']]);
  });
  it('reads a row whose line opens with a lone rule bar, and a litre OCR read as a capital I', () => {
    const text = [
      'TEST            RESULT    FLAG   UNITS       REFERENCE RANGE',
      '| Urea          6.8             mmol/I      2.5-7.8',
      '| Albumin       3.2       L     g/dI        3.5-5.2',
    ].join('\n');
    expect(coded(text)).toEqual([
      ['urea', 6.8, 'mmol/L', 2.5, 7.8, 'normal'],
      ['albumin', 3.2, 'g/dL', 3.5, 5.2, 'low'],
    ]);
    // A Markdown row (bars between its cells) is read as before.
    expect(coded('| Test | Result | Unit |\n|---|---|---|\n| Urea | 6.8 | mmol/L |')).toEqual([['urea', 6.8, 'mmol/L', null, null, null]]);
  });
});

// (fixr, rev71) A status column headed with both statuses (`In Range / Out of Range`) beside a column of risk
// categories; and one labelled interval naming the patient's group (`Male 19-49 y: 264-916`): the patient's range.
describe('fixr: a status column of both statuses, one labelled group interval', () => {
  const cardio = [
    'Test                         Result     Units          In Range / Out of Range     Reference (risk categories)',
    'Apolipoprotein B             104        mg/dL                                      Optimal <90 / Moderate 90-119 / High >=120',
    'Lipoprotein(a)               182        nmol/L         HIGH                        Optimal <75 / Moderate 75-125 / High >125',
    'Myeloperoxidase (MPO)        Pending                                               Optimal <470 / High >=470',
  ].join('\n');

  it('reads a column headed `In Range / Out of Range` as the status, the risk categories beside it as the range text', () => {
    expect(codedWithRangeText(cardio)).toEqual([
      ['apolipoprotein-b', 104, 'mg/dL', 'Optimal <90 / Moderate 90-119 / High >=120', null, null, null],
      ['lipoprotein-a', 182, 'nmol/L', 'Optimal <75 / Moderate 75-125 / High >125', null, null, 'high'],
    ]);
  });

  it('reads one labelled interval of a sex, an age group, a phase or a time of day as the range, flagged against it', () => {
    const text = [
      'TESTS                              RESULT      FLAG      UNITS       REFERENCE INTERVAL',
      'Testosterone, Serum                612                   ng/dL       Male 19-49 y: 264-916',
      'Free Testosterone(Direct)          6.1         Low       pg/mL       Male 40-49 y: 6.8-21.5',
      'Progesterone                       0.3                   ng/mL       Luteal phase: 1.8 - 23.9',
      'Cortisol                           14.2                  ug/dL       8-10 AM: 4.0-22.0',
      'Estradiol                          18.4                  pg/mL       Postmenopause: < 138',
    ].join('\n');
    expect(codedWithRangeText(text)).toEqual([
      ['testosterone', 612, 'ng/dL', 'Male 19-49 y: 264-916', 264, 916, 'normal'],
      ['testosterone-free', 6.1, 'pg/mL', 'Male 40-49 y: 6.8-21.5', 6.8, 21.5, 'low'],
      ['progesterone', 0.3, 'ng/mL', 'Luteal phase: 1.8 - 23.9', 1.8, 23.9, 'low'],
      ['cortisol', 14.2, 'ug/dL', '8-10 AM: 4.0-22.0', 4, 22, 'normal'],
      ['estradiol', 18.4, 'pg/mL', 'Postmenopause: < 138', null, 138, 'normal'],
    ]);
  });

  it('keeps several labelled tiers, and a label that names no group, as text only', () => {
    const text = [
      'TESTS                              RESULT      FLAG      UNITS       REFERENCE INTERVAL',
      'Testosterone, Serum                612                   ng/dL       Male: 264-916 Female: 8-48',
      'Progesterone                       0.3                   ng/mL       Follicular: 0.1-0.9 / Luteal: 1.8-23.9',
      'Cortisol                           14.2                  ug/dL       Note: 5-10',
    ].join('\n');
    expect(codedWithRangeText(text)).toEqual([
      ['testosterone', 612, 'ng/dL', 'Male: 264-916 Female: 8-48', null, null, null],
      ['progesterone', 0.3, 'ng/mL', 'Follicular: 0.1-0.9 / Luteal: 1.8-23.9', null, null, null],
      ['cortisol', 14.2, 'ug/dL', 'Note: 5-10', null, null, null],
    ]);
  });
});
