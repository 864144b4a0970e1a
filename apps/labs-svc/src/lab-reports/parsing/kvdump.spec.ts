import { coded } from '../../testing/reader.js';

/*
 * (kvdump) A JSON object whose keys are test names and whose values are printed results (an app's or a chat export's
 * name → string dictionary) reads each entry as a row, through the line reader's `Name: value` reading. Every JSON
 * below is made up; the expected rows are written from it.
 */
const json = (o: unknown, indent = 2) => JSON.stringify(o, null, indent);
const dump = { Glucose: '95 mg/dL (70-99)', TSH: '2.1 mIU/L (0.4-4.0)', Ferritin: '45 ng/mL', HbA1c: '5.4 %' };
const dumpRows = [
  ['glucose', 95, 'mg/dL', 70, 99, 'normal'],
  ['thyroid-stimulating-hormone', 2.1, 'm[IU]/L', 0.4, 4, 'normal'],
  ['ferritin', 45, 'ng/mL', null, null, null],
  ['hemoglobin-a1c', 5.4, '%', null, null, null],
];

describe('kvdump: a name → printed result dictionary reads each entry', () => {
  it('pretty-printed and on one line', () => {
    expect(coded(json(dump))).toEqual(dumpRows);
    expect(coded(json(dump, 0))).toEqual(dumpRows);
  });

  it('nested under results, labs or a date key', () => {
    expect(coded(json({ patient: 'A. Person', results: dump }))).toEqual(dumpRows);
    expect(coded(json({ labs: { '2025-03-01': dump } }))).toEqual(dumpRows);
  });

  it('values with a flag, censored and qualitative', () => {
    expect(coded(json({ Potassium: '5.9 mmol/L H (3.5-5.1)', CRP: '<0.5 mg/L', Sodium: '140 mmol/L (135-145)' })))
      .toEqual([['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high'], ['c-reactive-protein', 0.5, 'mg/L', null, null, null], ['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });

  it('qualitative answers and plain numbers beside printed results; plain numbers alone read nothing', () => {
    expect(coded(json({ Glucose: '95 mg/dL (70-99)', HBsAg: 'Negative', 'HCV antibody': 'Non-reactive', Ferritin: 45 })))
      .toEqual([['glucose', 95, 'mg/dL', 70, 99, 'normal'], ['hepatitis-b-surface-antigen', null, null, null, null, null], ['hepatitis-c-antibody', null, null, null, null, null], ['ferritin', 45, null, null, null, null]]);
    expect(coded(json({ Sodium: 140, Potassium: 300, Calcium: 100 }))).toEqual([]);
  });

  it('an app\'s settings with analyte-named keys read nothing', () => {
    expect(coded(json({ settings: { Glucose: '180 mg/dL', Potassium: '5.5 mmol/L', Sodium: '145 mmol/L' } }))).toEqual([]);
    expect(coded(json({ highGlucoseAlert: '180 mg/dL', lowGlucoseAlert: '70 mg/dL', glucoseTarget: '100 mg/dL', maxSodium: '145 mmol/L' }))).toEqual([]);
  });

  it('a targets object reads nothing', () => {
    expect(coded(json({ targets: { Glucose: '100 mg/dL', HbA1c: '6.5 %', LDL: '100 mg/dL' } }))).toEqual([]);
    expect(coded(json({ goals: { Glucose: '100 mg/dL', HbA1c: '6.5 %' } }))).toEqual([]);
  });

  it('nutrition facts read nothing', () => {
    expect(coded(json({ nutrition: { Sodium: '140 mg', Potassium: '300 mg', Iron: '2 mg', Calcium: '100 mg' } }))).toEqual([]);
    expect(coded(json({ Sodium: '140 mg', Potassium: '300 mg', Iron: '2 mg', Calcium: '100 mg' }))).toEqual([]);
  });

  it('an object with only one known key, or known keys under half, reads nothing', () => {
    expect(coded(json({ device: 'Meter X', Glucose: '95 mg/dL', note: 'fasting' }))).toEqual([]);
    // (kvdump review) Its last line no longer reads (jsonfall's line fallback needs a range; this one has none).
    expect(coded(json({ a: '1 mg/dL', b: '2 mg/dL', c: '3 mg/dL', Glucose: '95 mg/dL', Ferritin: '45 ng/mL' }))).toEqual([]);
  });
});

describe('kvdump review: objects that are no laboratory\'s results', () => {
  it('goals, a plan, a projection or a composition with no reference range on any entry read nothing', () => {
    expect(coded(json({ plan: { Cholesterol: '<190 mg/dL', Glucose: '<95 mg/dL', LDL: '<90 mg/dL' } }))).toEqual([]);
    expect(coded(json({ optimum: { Ferritin: '80 ng/mL', 'Vitamin D': '45 ng/mL', TSH: '1.8 mIU/L' } }))).toEqual([]);
    expect(coded(json({ bagContents: { Sodium: '130 mmol/L', Potassium: '4 mmol/L', Chloride: '109 mmol/L' } }))).toEqual([]);
  });

  it('signed changes are no results, beside results with their ranges', () => {
    expect(coded(json({ latest: { Glucose: '97 mg/dL (70-99)', Sodium: '139 mmol/L (135-145)' }, delta: { Glucose: '-8 mg/dL', Sodium: '+2 mmol/L', LDL: '-15 mg/dL' } })))
      .toEqual([['glucose', 97, 'mg/dL', 70, 99, 'normal'], ['sodium', 139, 'mmol/L', 135, 145, 'normal']]);
  });
});
