import { coded } from '../../testing/reader.js';

// (mend17) Misfires review cr11 found in mend16: made-up lines, each positive failing before.
const lines = (...l: string[]) => l.join('\n');
const keys = (text: string) => coded(text).map((r) => r[0]);
const head = 'Test                  Result       Units   Reference';

describe('mend17: any `… pattern` name answered in a staining pattern\'s distinctive word is a row', () => {
  it('a bare `Pattern` (and `Pattern 2`) under an ANA answered `Speckled`, `Centromere`', () => {
    expect(keys(lines(head, 'ANA (IFA)             Positive', 'Titre                 1:160', 'Pattern               Fine speckled'))).toContain('?Pattern');
    expect(keys(lines('| Test | Result |', '|---|---|', '| ANA | Positive |', '| Pattern | Homogeneous |'))).toContain('?Pattern');
    const k = keys(lines('ANA BY IMMUNOFLUORESCENCE (HEp-2)', head, 'ANA                   Positive', 'Pattern               Centromere', 'Pattern 2             Nucleolar'));
    expect(k).toContain('?Pattern');
    expect(k).toContain('?Pattern 2');
  });

  it('a pattern named by its antibody\'s abbreviation or its order (`AC`, `SMA`, `DFS`, `Primary`, `Secondary`, `ANCA`)', () => {
    expect(keys(lines(head, 'AC pattern            Speckled', 'Primary pattern       Homogeneous', 'Secondary pattern     Nucleolar',
      'SMA pattern           Homogeneous', 'DFS pattern           Dense fine speckled', 'Liver-kidney microsomal pattern   Cytoplasmic',
      'ANCA pattern          Perinuclear', 'Mitotic pattern       Mitotic')))
      .toEqual(['?AC pattern', '?Primary pattern', '?Secondary pattern', '?SMA pattern', '?DFS pattern', '?Liver-kidney microsomal pattern',
        '?ANCA pattern', '?Mitotic pattern']);
    expect(keys(lines(head, 'Second pattern        Atypical'))).toEqual(['?Second pattern']);
    expect(keys(lines('| Test | Result |', '|---|---|', '| Neutrophil pattern | p-ANCA |', '| Pattern | Perinuclear (p-ANCA) |')))
      .toEqual(['?Neutrophil pattern', '?Pattern']);
  });

  it('negatives: a vague answer (`Mixed`, `Diffuse`, `Irregular`) under a name of no immunofluorescence stays no row', () => {
    expect(keys(lines(head, 'Glucose               5.2          mmol/L  3.9 - 6.1', 'Urine pattern         Mixed', 'Growth pattern        Diffuse',
      'Bleeding pattern      Irregular', 'Flow pattern          Granular', 'Pattern               Mixed'))).toEqual(['glucose']);
    expect(keys(lines(head, 'ANA Pattern           Mixed', 'Staining pattern      Diffuse'))).toEqual(['?ANA Pattern', '?Staining pattern']);
  });
});

describe('mend17: only a heading of the microscopy alone marks the leucocytes the sediment\'s count', () => {
  const table = (heading: string, answer: string, range: string) => lines(heading, 'Test              Result        Reference',
    `Leucocytes        ${answer.padEnd(14)}${range}`, 'Nitrite           Negative      Negative');
  it('a heading that names the whole test or another part too keeps the strip\'s esterase', () => {
    for (const [heading, answer, range] of [['URINE ROUTINE & MICROSCOPY', '++', 'Nil'], ['URINALYSIS, COMPLETE W/ REFLEX MICROSCOPIC', '2+', 'Negative'],
      ['URINALYSIS WITH MICROSCOPY', 'Trace', 'Negative'], ['Urine microscopy and culture', '+++', 'Nil'], ['URINE R/E & MICROSCOPY', '1+', 'Negative'],
      ['URINE MICROSCOPY, CULTURE & SENSITIVITY', 'Nil', '[Nil]'], ['URINE CYTOLOGY', 'Nil', 'Nil']]) {
      expect([heading, keys(table(heading!, answer!, range!))[0]]).toEqual([heading, 'leukocyte-esterase-urine']);
    }
  });

  it('a strip\'s grade (`++`, `1+`, `Trace`) under a microscopy heading alone is still the esterase', () => {
    for (const answer of ['++', '1+', 'Trace']) {
      expect(keys(table('Urine microscopy', answer, 'Nil'))[0]).toBe('leukocyte-esterase-urine');
    }
  });

  it('negatives: `Nil` under a microscopy heading alone stays the count; a count in a per-field unit stays the count', () => {
    for (const heading of ['MICROSCOPY', 'URINE - MICROSCOPY', 'Microscopic examination', 'Sediment', 'Mikroskopie']) {
      expect([heading, keys(lines('URINALYSIS', table(heading, 'Nil', '[Nil]')))[0]]).toEqual([heading, 'leukocytes-in-urine']);
    }
    expect(keys(lines('Urine microscopy', 'Test              Result        Reference', 'Leucocytes        12 /HPF       0 - 5'))).toEqual(['leukocytes-in-urine']);
  });
});

describe('mend17: a pulse oximeter\'s or an arterial saturation named so keeps its key under a venous heading', () => {
  it('`SpO2 (pulse ox)`, `SaO2` under `Blood gas (venous)`', () => {
    expect(keys(lines('Blood gas (venous)', 'SpO2 (pulse ox)   96 %', 'SaO2   95 %'))).toEqual(['oxygen-saturation', 'oxygen-saturation']);
  });
  it('negatives: `sO2` and `Oxygen saturation` under it stay unknown', () => {
    expect(keys(lines('Blood gas (venous)', 'sO2   70 %', 'Oxygen saturation   71 %'))).toEqual(['?sO2', '?Oxygen saturation']);
  });
});

describe('mend17: an allergen header\'s Class/Code blanked only over its own allergen rows', () => {
  it('a second table\'s `Class` header over chemistry keeps its rows\' ranges', () => {
    const rows = coded(lines('Allergen          Result   Units   Class     Reference', 'Peanut            2.10     kUA/L   2         <0.35',
      'Test              Result   Units   Class', 'Potassium         4.1      mmol/L            3.5 - 5.1'));
    expect(rows.map((r) => r[0])).toEqual(['peanut-ige', 'potassium']);
    expect(rows[1]!.slice(3, 5)).toEqual([3.5, 5.1]);
  });

  it('a `Code` header over a mixed table keeps the other rows\' codes apart from their names, and their ranges', () => {
    const rows = coded(lines('Test                 Code   Result   Units', 'Peanut IgE           f13    3.20     kUA/L   2',
      'Hepatitis B sAb      HB2    15       IU/mL', 'Folate               FOL    18.0     nmol/L   7.0 - 45.0'));
    expect(rows[1]![0]).toBe('?Hepatitis B sAb');
    expect(rows[2]!.slice(3, 5)).toEqual([7, 45]);
  });
});

describe('mend17: a fasting-named row needs a concentration\'s or an activity\'s unit', () => {
  it('`Fasting  0 %`, `Fasting  70 kg`, `Fasting  36.8 °C` stay no rows', () => {
    expect(keys(lines('Random   7.8 mmol/L', 'Fasting  0 %', 'Fasting  70 kg', 'Fasting  36.8 °C', 'Fasting  30 min'))).toEqual([expect.anything()]);
  });
  it('negatives: `Fasting  5.4 mmol/L`, `Fasting  12.1 uIU/mL`, `Fasting  92 mg/dL` stay rows', () => {
    expect(keys(lines('GLUCOSE TOLERANCE TEST', 'Fasting   5.4 mmol/L   3.5 - 6.0', '2 hours   6.1 mmol/L'))[0]).toBe('?Fasting');
    expect(keys(lines('INSULIN TOLERANCE', 'Fasting   12.1 uIU/mL   2.6 - 24.9'))).toEqual(['?Fasting']);
    expect(keys(lines('GLUCOSE CHALLENGE', 'Fasting   92 mg/dL'))).toEqual(['?Fasting']);
  });
});
