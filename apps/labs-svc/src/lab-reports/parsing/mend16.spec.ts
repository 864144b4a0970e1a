import { coded } from '../../testing/reader.js';

// (mend16) Lower-harm misfires reviews cr8 and cr10 left (mend12, mend14): made-up lines, each positive failing before.
const lines = (...l: string[]) => l.join('\n');
const keys = (text: string) => coded(text).map((r) => r[0]);

describe('mend16: a sample\'s condition naming a row measured in a concentration', () => {
  it('`fasting  5.4 mmol/L  3.5 - 6.0` under a tolerance test\'s heading is a row (its printed name), not a fasting status', () => {
    expect(coded(lines('Glucose tolerance test values', 'fasting  5.4 mmol/L  3.5 - 6.0', '2 hours  7.1 mmol/L')).map((r) => [r[0], r[1], r[2]]))
      .toEqual([['?fasting', 5.4, 'mmol/L'], ['?2 hours', 7.1, 'mmol/L']]);
    expect(coded(lines('GLUCOSE TOLERANCE TEST', 'Fasting     92 mg/dL    70 - 99', '1 hour      160 mg/dL', '2 hours     128 mg/dL')).map((r) => [r[0], r[1]]))
      .toEqual([['?Fasting', 92], ['?1 hour', 160], ['?2 hours', 128]]);
  });

  it('negatives: a fasting status or its hours stay no rows; a named fasting glucose stays the glucose; an input heading still hides its inputs', () => {
    expect(keys(lines('Fasting  12 h', 'Fasting status  Yes', 'Fasting: 10 hours', 'Sodium  140 mmol/L  135 - 145'))).toEqual(['sodium']);
    expect(keys('Glucose fasting  5.4 mmol/L  3.5 - 6.0')).toEqual(['glucose']);
    expect(keys(lines('Input values', 'T  37.0 °C', 'FiO2  21 %', 'ctHb  14.0 g/dL'))).toEqual([]);
  });
});

describe('mend16: a urine microscopy\'s leucocytes are the sediment\'s count, not the strip\'s esterase', () => {
  it('`Leucocytes  Nil  [Nil]` under a microscopy or sediment heading is the urine\'s leucocytes', () => {
    for (const heading of ['MICROSCOPY', 'Urine microscopy', 'Sediment', 'Mikroskopie']) {
      expect(keys(lines('URINALYSIS', heading, 'Test          Result      Reference', 'Leucocytes    Nil         [Nil]', 'Red cells     Nil         [Nil]'))[0])
        .toBe('leukocytes-in-urine');
    }
  });

  it('negatives: under the strip\'s heading, or a urinalysis with no part named, a strip answer against `[Nil]` stays the esterase', () => {
    expect(keys(lines('URINALYSIS', 'Test          Result      Reference', 'Leucocytes    +++         [Nil]', '',
      'MICROSCOPY', 'White cells   45 /HPF     [0 - 5]     H'))).toEqual(['leukocyte-esterase-urine', 'leukocytes-in-urine']);
    expect(keys(lines('URINE DIPSTICK', 'Test          Result      Reference', 'Leucocytes    Nil         [Nil]'))).toEqual(['leukocyte-esterase-urine']);
  });
});

describe('mend16: an allergen table\'s header is no part of its first row\'s name', () => {
  it('`Allergen  Result  Units  Class` over a row whose name opens in lower case (`f13 Peanut`, `cat dander`)', () => {
    expect(keys(lines('Allergen              Result   Units   Class', 'f13 Peanut            3.20     kUA/L   Class 2',
      'f1 Egg white          0.10     kUA/L   Class 0'))).toEqual(['peanut-ige', 'egg-white-ige']);
    expect(keys(lines('Allergen  Result  Units  Class', 'cat dander  3.20  kUA/L  2'))).toEqual(['cat-dander-ige']);
  });

  it('a code column after the allergen\'s name (`Allergen  Code  Result  Unit  Class`) is no part of the name', () => {
    expect(coded(lines('Allergen          Code   Result   Unit    Class', 'cat dander        e1     3.20     kUA/L   2',
      'Peanut            f13    0.10     kUA/L   0')).map((r) => [r[0], r[1]])).toEqual([['cat-dander-ige', 3.2], ['peanut-ige', 0.1]]);
  });

  it('negatives: a header with a code column and a class column, and a table with neither, read as before', () => {
    expect(keys(lines('Code   Allergen              Result     Units    Class    Reference',
      'f13    Peanut                <0.10      kU/L     0        <0.35'))).toEqual(['peanut-ige']);
    expect(keys(lines('Allergen  Result  Units', 'cat dander  3.20  kUA/L'))).toEqual(['cat-dander-ige']);
  });
});

describe('mend16: a venous oxygen saturation is no arterial one', () => {
  it('`sO2` and `O2 Sat` under a venous heading or specimen are unknown rows (the catalog\'s saturation is arterial, 2708-6)', () => {
    expect(keys(lines('Venous blood gas', 'sO2     72   %', 'O2 Sat  72   %'))).toEqual(['?sO2', '?O2 Sat']);
    expect(keys(lines('VBG', 'sO2  68 %'))).toEqual(['?sO2']);
    expect(keys(lines('Blood gas (venous)', 'sO2  68 %'))).toEqual(['?sO2']);
  });

  it('negatives: an arterial or unsaid blood gas keeps the saturation; a venous pO2 (a specimen-neutral LOINC) keeps its key', () => {
    expect(keys(lines('Arterial blood gas', 'sO2  97 %'))).toEqual(['oxygen-saturation']);
    expect(keys('sO2  97 %')).toEqual(['oxygen-saturation']);
    expect(keys(lines('Venous blood gas', 'pO2  5.2 kPa'))).toEqual(['oxygen-partial-pressure']);
  });
});

describe('mend16: a `… pattern` name answered in a pattern\'s word is an immunofluorescence\'s only', () => {
  it('`Urine pattern  Mixed`, `Growth pattern  Mixed` under a table are no rows', () => {
    expect(keys(lines('Test               Result     Units   Reference', 'Glucose            5.2        mmol/L  3.9 - 6.1',
      'Urine pattern      Mixed', 'Growth pattern     Diffuse'))).toEqual(['glucose']);
  });

  it('negatives: an ANA\'s, an IIF\'s or a staining pattern stays a row', () => {
    expect(keys(lines('Test               Result     Units   Reference', 'ANA Pattern        Speckled', 'IIF pattern        Homogeneous',
      'Staining pattern   Mixed'))).toEqual(['?ANA Pattern', '?IIF pattern', '?Staining pattern']);
  });
});
