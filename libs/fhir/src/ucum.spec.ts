import { isUcum } from './export/common.js';
import { convertUcum, isArbitraryUcum, ucumCode } from './ucum.js';

describe('UCUM through ucum-lhc, quietly', () => {
  // ucum-lhc's own console line for a string its parser throws on quotes the string: from a report, that is the
  // patient's text. These strings make it throw (read off a report reader's run over a code-heavy upload).
  const THROWS_IN_UCUM_LHC = ['this.getValue()', '[View]()', 'Jane.Smith()', 'this.constructor'];

  const original = console.log;
  let logged: unknown[][];
  beforeEach(() => {
    logged = [];
    console.log = (...line: unknown[]) => void logged.push(line);
  });
  afterEach(() => {
    console.log = original;
  });

  it.each(THROWS_IN_UCUM_LHC)('%s is no unit, and nothing of it reaches the console', (text) => {
    expect(ucumCode(text)).toBeNull();
    expect(convertUcum(1, text, 'mg/dL')).toBeNull();
    // The FHIR export codes a result's printed unit, the import a bundle's free-text unit: the same call.
    expect(isUcum(text)).toBe(false);
    expect(isArbitraryUcum(text)).toBe(false);
    expect(logged).toEqual([]);
  });

  it('gives the console back after each call, also after one the parser threw on', () => {
    const mine = console.log;
    ucumCode('this.getValue()');
    convertUcum(5.5, 'mmol/L', 'mg/dL', { molecularWeight: 180.156 });
    expect(console.log).toBe(mine);
  });

  it('still reads and converts units', () => {
    expect(ucumCode('mg/dL')).toBe('mg/dL');
    expect(ucumCode('10*9/L')).toBe('10*9/L');
    expect(ucumCode('mg / dL')).toBeNull();
    expect(ucumCode('')).toBeNull();
    // Glucose 5.5 mmol/L is 99.1 mg/dL (molar mass 180.156 g/mol).
    expect(convertUcum(5.5, 'mmol/L', 'mg/dL', { molecularWeight: 180.156 })).toBeCloseTo(99.09, 2);
    expect(convertUcum(1, 'mg/dL', 's')).toBeNull();
  });

  it.each([
    ['[IU]', true], ['m[IU]/mL', true], ["[arb'U]/mL", true],
    ['mm[Hg]', false], ['[Hg]', false], ['cm[H2O]', false], ['[pH]', false], ['mg/dL', false], ['not a unit', false],
  ] as const)('%s is arbitrary in UCUM: %s', (unit, arbitrary) => {
    expect(isArbitraryUcum(unit)).toBe(arbitrary);
  });
});
