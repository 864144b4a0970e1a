import { resultsOf } from '../../testing/reader.js';

/*
 * (fixige) A blind probe set's failures (rev77), each as a shape labs print: a column header printed again with a
 * column word the header reader lacks, a specific IgE table with an allergen code column and a class column, a worded
 * range in square brackets, a GP record's examinations, a name wrapped over two lines, a qualitative line with no
 * range, a urine strip's leucocyte pad. Every line is made up.
 */

const lines = (...l: string[]) => l.join('\n');
/** [key, value, valueText, unit, range text, flag] of each row read. */
const seen = (text: string) => resultsOf(text).map((r) => [r.biomarker?.key ?? `?${r.name}`, r.value, r.valueText ?? null, r.unit ?? null, r.range.text ?? null, r.flag ?? null]);
const keys = (text: string) => resultsOf(text).map((r) => r.biomarker?.key ?? `?${r.name}`);

describe('fixige: a line of column-header words is never a row', () => {
  it('a second table\'s header with a column word the reader lacks (`Therapeutic range`, `Target range`) reads nothing', () => {
    expect(keys(lines('COAGULATION', 'Test                 Result      Units       Reference',
      'Prothrombin Time     24.8        secs        (11-15)         H', '',
      'DRUG LEVELS', 'Test                 Result      Units       Therapeutic range',
      'Lithium              0.92        mmol/L      (0.4-1.0)'))).toEqual(['prothrombin-time', '?Lithium']);
    expect(keys(lines('Test  Result  Units  Reference', 'Glucose  5.2  mmol/L  3.0-6.0', 'Test  Result  Units  Target range',
      'Sodium  140  mmol/L  135-145'))).toEqual(['glucose', 'sodium']);
  });

  it('negative: a pending test, a `Test:` label, a header the reader reads are as before', () => {
    expect(keys(lines('Test  Result  Units  Reference', 'Glucose  5.2  mmol/L  3.0-6.0', 'Testosterone  Result pending',
      'Sodium  140  mmol/L  135-145'))).toEqual(['glucose', 'sodium']);
    expect(keys('Test: Glucose 5.2 mmol/L (3.0-6.0)')).toEqual(['?Test: Glucose']);
    expect(seen(lines('Test  Result  Units  Reference', 'Glucose  5.2  mmol/L  3.0-6.0', 'Test  Result  Units  Reference',
      'Sodium  140  mmol/L  135-145'))).toEqual([['glucose', 5.2, null, 'mmol/L', '3.0-6.0', 'normal'], ['sodium', 140, null, 'mmol/L', '135-145', 'normal']]);
  });
});

describe('fixige: a specific IgE table with an allergen code column and a class column', () => {
  const table = lines('ALLERGY - SPECIFIC IgE',
    'Code   Allergen              Result     Units    Class    Reference',
    '       Total IgE             412        kU/L              <100        H',
    'd1     D. pteronyssinus      18.60      kU/L     4        <0.35',
    'd2     D. farinae            12.40      kU/L     3        <0.35',
    'e1     Cat dander            2.91       kU/L     2        <0.35',
    'f1     Egg white             0.52       kU/L     1        <0.35',
    'f2     Cow\'s milk            <0.10      kU/L     0        <0.35',
    'f13    Peanut                <0.10      kU/L     0        <0.35',
    'g6     Timothy grass         1.20       kU/L     2        <0.35');
  it('reads each allergen\'s row, the code and the class no part of it (the class no flag, no value)', () => {
    expect(seen(table)).toEqual([
      ['?Total IgE', 412, null, 'kU/L', '<100', 'high'],
      ['?D. pteronyssinus', 18.6, null, 'kU/L', '<0.35', 'high'],
      ['american-house-dust-mite-ige', 12.4, null, 'kU/L', '<0.35', 'high'],
      ['cat-dander-ige', 2.91, null, 'kU/L', '<0.35', 'high'],
      ['egg-white-ige', 0.52, null, 'kU/L', '<0.35', 'high'],
      ['cow-milk-ige', 0.1, '<0.10', 'kU/L', '<0.35', 'normal'],
      ['peanut-ige', 0.1, '<0.10', 'kU/L', '<0.35', 'normal'],
      ['?Timothy grass', 1.2, null, 'kU/L', '<0.35', 'high'],
    ]);
  });

  it('an allergen\'s name in an IgE unit (kU/L, kUA/L) is its IgE, without code or class too; the code alone names it', () => {
    expect(keys(lines('Peanut  0.52  kUA/L  <0.35', 'Wheat  0.41  kU/L  <0.35', 'Latex  <0.10  kU/L  <0.35'))).toEqual(['peanut-ige', 'wheat-ige', 'latex-ige']);
    expect(keys('f13 Peanut  0.52  kU/L  1  <0.35')).toEqual(['peanut-ige']);
  });

  it('negative: an allergen\'s name in another unit (a food IgG panel) stays unknown; a code-like name with no class is as before', () => {
    expect(keys(lines('Peanut  12.3  mg/L  <10', 'Wheat  4.0  U/mL  <7.5'))).toEqual(['?Peanut', '?Wheat']);
    expect(keys('B12  350  pmol/L  150-600')).toEqual(['vitamin-b12']);
  });
});

describe('fixige: a worded range in square brackets', () => {
  it('is the words (`[Nil]`, `[Negative]`), as a numeric one is its numbers', () => {
    expect(seen(lines('URINALYSIS', 'Test          Result      Reference', 'pH            6.5         [5.0 - 8.0]',
      'Protein       +           [Nil]', 'Nitrite       Positive    [Negative]'))).toEqual([
      ['urine-ph', 6.5, null, '[pH]', '5.0 - 8.0', 'normal'],
      ['protein-urine-presence', null, '+', null, 'Nil', 'abnormal'],
      ['nitrite-in-urine', null, 'Positive', null, 'Negative', 'abnormal'],
    ]);
  });
});

describe('fixige: a urine strip\'s leucocyte pad', () => {
  it('a dipstick grade against `Nil` or `Negative` under urinalysis is the leukocyte esterase; a count per HPF the microscopy\'s', () => {
    expect(keys(lines('URINALYSIS', 'Test          Result      Reference', 'Leucocytes    +++         [Nil]', '',
      'MICROSCOPY', 'White cells   45 /HPF     [0 - 5]     H'))).toEqual(['leukocyte-esterase-urine', 'leukocytes-in-urine']);
  });
});

describe('fixige: a GP record\'s examinations and names', () => {
  it('`Body mass index - observation` and `O/E - blood pressure reading` are examinations, no rows; `Total white cell count` is the count', () => {
    expect(keys(lines('Date          Term                                  Value / Range',
      '17-Nov-2026     Total white cell count              3.6 10^9/L (4 - 11)   Below low reference limit',
      '17-Nov-2026   O/E - blood pressure reading          128/82 mmHg',
      '17-Nov-2026   Body mass index - observation         27.3 kg/m2'))).toEqual(['white-blood-cell-count']);
  });
});

describe('fixige: a name wrapped over two lines; a qualitative line with no range', () => {
  it('`Troponin I, high` / `sensitivity` / the value line under them is one row (the name\'s two lines)', () => {
    expect(seen(lines('Test                Result      Units       Reference      Flag', 'Sodium              138         mmol/L      135 - 145',
      'Troponin I, high', 'sensitivity', '                    47          ng/L        <16            H',
      'Potassium           4.0         mmol/L      3.5 - 5.1'))).toEqual([
      ['sodium', 138, null, 'mmol/L', '135 - 145', 'normal'],
      // (fixr77b: a high-sensitivity troponin I is the catalog's troponin I, as troponin T's is troponin T.)
      ['troponin-i', 47, null, 'ng/L', '<16', 'high'],
      ['potassium', 4, null, 'mmol/L', '3.5 - 5.1', 'normal'],
    ]);
  });

  it('`ANA Pattern  Speckled` under a header is a row with no range', () => {
    expect(seen(lines('Test                              Result          Units      Flag    Reference',
      'ANA Titre (HEp-2 IFA)             1:320                      H       <1:80',
      'ANA Pattern                       Speckled',
      'Anti-dsDNA                        14              IU/mL              <27'))).toContainEqual(['?ANA Pattern', null, 'Speckled', null, null, null]);
  });
});

describe('fixige: a date-first journal (mend14: every dated row kept, each at its own date)', () => {
  it('(mend14) the same test on an older date is a row of its own date, as every other', () => {
    expect(seen(lines('Date          Term                                  Value / Range',
      '12-May-2026   Haemoglobin concentration             124 g/L (115 - 165)',
      '17-Nov-2026     Haemoglobin concentration           118 g/L (115 - 165)',
      '17-Nov-2026     Platelet count                      287 10^9/L (150 - 450)',
      '12-May-2026   Serum ferritin level                  34 ug/L (15 - 300)'))).toEqual([
      ['hemoglobin', 124, null, 'g/L', '115 - 165', 'normal'],
      ['hemoglobin', 118, null, 'g/L', '115 - 165', 'normal'],
      ['platelet-count', 287, null, '10*9/L', '150 - 450', 'normal'],
      ['ferritin', 34, null, 'ug/L', '15 - 300', 'normal'],
    ]);
  });

  it('negative: two dated lines alone, or dated lines under undated results, keep every row (nameprefix review)', () => {
    expect(keys(lines('12-Mar-2025 Serum TSH level 2.1 mU/L 0.27 - 4.2', '10-Jan-2024 Serum TSH level 6.3 mU/L 0.27 - 4.2')))
      .toEqual(['thyroid-stimulating-hormone', 'thyroid-stimulating-hormone']);
    expect(keys(lines('Hemoglobin 13.5 g/dL 12.0 - 16.0', 'Glucose 5.2 mmol/L 3.0 - 6.0', 'Previous results:',
      '25/01/2025 Hemoglobin 10.9 g/dL 12.0 - 16.0', '12/01/2025 Hemoglobin 11.2 g/dL 12.0 - 16.0')))
      .toEqual(['hemoglobin', 'glucose', 'hemoglobin', 'hemoglobin']);
  });
});
