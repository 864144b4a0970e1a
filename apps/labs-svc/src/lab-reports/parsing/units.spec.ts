import { convertUnit, toUcum } from './units.js';

describe('toUcum: printed units → UCUM', () => {
  it.each([
    ['K/uL', '10*3/uL'], ['x10E3/uL', '10*3/uL'], ['x10^3/uL', '10*3/uL'], ['10^3/uL', '10*3/uL'], ['x10(3)/uL', '10*3/uL'], ['10*3/uL', '10*3/uL'],
    ['M/uL', '10*6/uL'], ['x10E6/uL', '10*6/uL'], ['10^9/L', '10*9/L'], ['giga.l-1', '10*9/L'], ['tera.l-1', '10*12/L'],
    ['mEq/L', 'meq/L'], ['mg/dl', 'mg/dL'], ['mIU/mL', 'm[IU]/mL'], ['uIU/mL', 'u[IU]/mL'], ['µIU/mL', 'u[IU]/mL'], ['IU/L', '[IU]/L'],
    ['mL/min/1.73m2', 'mL/min/{1.73_m2}'], ['mm/hr', 'mm/h'], ['seconds', 's'], ['ratio', '{ratio}'], ['mcg/dL', 'ug/dL'],
    ['%', '%'], ['fL', 'fL'], ['mmol/L', 'mmol/L'], ['ng/mL', 'ng/mL'], ['U/L', 'U/L'], ['g/l-1', 'g/l-1'],
    // Indian printouts: platelets in lakhs (10⁵) per µL, the ESR in mm in the first hour.
    ['lakh/µL', '10*5/uL'], ['lakhs/uL', '10*5/uL'], ['mm in 1st hr', 'mm/h'], ['x E9/L', '10*9/L'],
    // Grams and milligrams per cent (per 100 mL): `MCHC 28.4 g%`, `Glucose 95 mg%`.
    ['g%', 'g/dL'], ['gm%', 'g/dL'], ['mg%', 'mg/dL'],
    // Urine microscopy per high- or low-power field: UCUM's arbitrary units.
    ['/HPF', '/[HPF]'], ['/hpf', '/[HPF]'], ['cells/hpf', '/[HPF]'], ['/LPF', '/[LPF]'],
    // (Fourteenth session) A mass fraction's per cent in words; amounts per creatinine with its word apart; a blood
    // count's billions or trillions with the litre left off (the times sign required: a bare `10^9` stays as printed,
    // and a thousand or a million may be per microlitre or per millilitre).
    ['% by wt', '%'], ['% by weight', '%'], ['wt%', '%'], ['% w/w', '%'], ['mcg/mg creatinine', 'ug/mg'], ['mmol/mol creatinine', 'mmol/mol'],
    ['umol/g creat', 'umol/g'], ['x10^9', '10*9/L'], ['x 10E12', '10*12/L'], ['×10^9', '10*9/L'], ['10^9', '10^9'], ['x10^3', null], ['x10^6', null],
    ['dB HL', null], ['cells per field', null], ['Bananas/uL', null], ['', null],
  ])('%j → %j', (printed, ucum) => {
    expect(toUcum(printed)).toBe(ucum);
  });
});

describe('convertUnit (ucum-lhc): molar masses, charges, synonyms', () => {
  it.each([
    ['glucose mmol/L → mg/dL', 5.5, 'mmol/L', 'mg/dL', { molarMass: 180.156 }, 99.0858],
    ['glucose mg/dL → mmol/L', 100, 'mg/dL', 'mmol/L', { molarMass: 180.156 }, 5.55074],
    ['cholesterol mmol/L → mg/dL', 5.2, 'mmol/L', 'mg/dL', { molarMass: 386.65 }, 201.058],
    ['creatinine umol/L → mg/dL', 88.4, 'umol/L', 'mg/dL', { molarMass: 113.12 }, 1.00],
    ['sodium mEq/L → mmol/L (charge 1)', 142, 'meq/L', 'mmol/L', { charge: 1 }, 142],
    ['calcium mEq/L → mmol/L (charge 2)', 5, 'meq/L', 'mmol/L', { charge: 2 }, 2.5],
    ['10*9/L → 10*3/uL (the same count)', 8.2, '10*9/L', '10*3/uL', {}, 8.2],
    ['10*12/L → 10*6/uL', 4.06, '10*12/L', '10*6/uL', {}, 4.06],
    ['g/L → g/dL', 135, 'g/L', 'g/dL', {}, 13.5],
    ['m[IU]/mL → m[IU]/L (arbitrary units, prefixes only)', 5, 'm[IU]/mL', 'm[IU]/L', {}, 5000],
    ['u[IU]/mL → m[IU]/L', 2.5, 'u[IU]/mL', 'm[IU]/L', {}, 2.5],
    ['[CCID_50]/mL → [CCID_50]/L (an arbitrary unit with digits in its name)', 5, '[CCID_50]/mL', '[CCID_50]/L', {}, 5000],
    // A blood gas's partial pressure in kPa (Europe, the UK) and mm[Hg] (the US): [Hg] is no arbitrary unit.
    ['pCO2 kPa → mm[Hg]', 6.8, 'kPa', 'mm[Hg]', {}, 51.0043],
    ['pO2 mm[Hg] → kPa', 75, 'mm[Hg]', 'kPa', {}, 9.99918],
    ['cm[H2O] → kPa', 10, 'cm[H2O]', 'kPa', {}, 0.980665],
  ] as const)('%s', (_label, value, from, to, opts, expected) => {
    expect(convertUnit(value, from, to, opts)).toBeCloseTo(expected, 2);
  });

  it.each([
    ['mass ↔ substance without a molar mass', 5.5, 'mmol/L', 'mg/dL'],
    ['g/l-1 (g·L) → g/dL', 13.4, 'g/l-1', 'g/dL'],
    ['different arbitrary units', 5, '[IU]/L', 'U/L'],
    ['an arbitrary unit and a pressure', 5, '[IU]/L', 'mm[Hg]'],
    ['% → mg/dL', 5, '%', 'mg/dL'],
  ])('%s does not convert', (_label, value, from, to) => {
    expect(convertUnit(value, from, to)).toBeNull();
  });
});
