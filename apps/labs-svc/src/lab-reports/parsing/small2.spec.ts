import { coded } from '../../testing/reader.js';

// (small2) Two unit gaps of a row: a molar shorthand printed as research and functional laboratories print it (`mM`,
// `uM`, `nM`, `pM`: milli-, micro-, nano-, picomoles per litre), and a count's power of ten whose caret was lost to a
// space (`x10 9/L`: ten to the ninth per litre).
describe('small2: molar shorthand units; a power of ten printed with a space', () => {
  it('reads a molar shorthand as moles per litre', () => {
    expect(coded('Glucose 5.2 mM')).toEqual([['glucose', 5.2, 'mmol/L', null, null, null]]);
    expect(coded('TMAO 3.5 uM')).toEqual([['tmao', 3.5, 'umol/L', null, null, null]]);
    expect(coded('Homocysteine 9.8 uM (5-15)')).toEqual([['homocysteine', 9.8, 'umol/L', 5, 15, 'normal']]);
    expect(coded('Homocysteine  16.2  uM  5-15')).toEqual([['homocysteine', 16.2, 'umol/L', 5, 15, 'high']]);
    expect(coded('Estradiol 120 pM')).toEqual([['estradiol', 120, 'pmol/L', null, null, null]]);
    expect(coded('Vitamin D 75 nM')).toEqual([['vitamin-d', 75, 'nmol/L', null, null, null]]);
    // A Dutch haemoglobin in millimoles per litre, a creatinine in micromoles (once read as misprints: general-reader.spec.ts).
    expect(coded('Hemoglobin 8.2 mM 7.5 - 10.0')).toEqual([['hemoglobin', 8.2, 'mmol/L', 7.5, 10, 'normal']]);
    expect(coded('Creatinine 80 uM 60 - 110')).toEqual([['creatinine', 80, 'umol/L', 60, 110, 'normal']]);
    expect(coded('[{"name":"Hemoglobin","value":8.2,"unit":"mM","range":"7.5 - 10.0"}]')).toEqual([['hemoglobin', 8.2, 'mmol/L', 7.5, 10, 'normal']]);
    // The micro sign's form is read as before.
    expect(coded('TMAO 3.5 µM')).toEqual([['tmao', 3.5, 'umol/L', null, null, null]]);
  });

  it('reads no unit from the capital forms (not measured, the afternoon, a capital M alone)', () => {
    expect(coded('Ferritin  NM')).toEqual([]);
    expect(coded('Glucose 5.2 NM')).not.toContainEqual(expect.arrayContaining(['nmol/L']));
    expect(coded('Glucose 5.2 PM')).not.toContainEqual(expect.arrayContaining(['pmol/L']));
    expect(coded('Glucose 5.2 MM')).not.toContainEqual(expect.arrayContaining(['mmol/L']));
    expect(coded('Glucose 5.2 UM')).not.toContainEqual(expect.arrayContaining(['umol/L']));
    expect(coded('Collected 03/12/2026 9:14 PM\nGlucose 92 mg/dL 70-99')).toEqual([['glucose', 92, 'mg/dL', 70, 99, 'normal']]);
  });

  it('reads a count unit whose power of ten is printed apart from its 10', () => {
    expect(coded('Platelets 95 x10 9/L (150 – 400)')).toEqual([['platelet-count', 95, '10*9/L', 150, 400, 'low']]);
    expect(coded('WBC 6.2 x 10 9/L 4.0-11.0')).toEqual([['white-blood-cell-count', 6.2, '10*9/L', 4, 11, 'normal']]);
    expect(coded('RBC 4.5 x10 12/L')).toEqual([['red-blood-cell-count', 4.5, '10*12/L', null, null, null]]);
    expect(coded('WBC 6.2 x10 3/uL 4.0-11.0')).toEqual([['white-blood-cell-count', 6.2, '10*3/uL', 4, 11, 'normal']]);
    expect(coded('Platelets 250 x10 3/µL 150-450')).toEqual([['platelet-count', 250, '10*3/uL', 150, 450, 'normal']]);
  });

  it('reads no count unit from another exponent or another volume', () => {
    expect(coded('Platelets 95 x10 5/L')).not.toContainEqual(expect.arrayContaining(['10*5/L']));
    expect(coded('Platelets 95 x10 9/dL')).not.toContainEqual(expect.arrayContaining(['10*9/dL']));
  });

  it('stays fast on a long line of spaced powers and molar words', () => {
    const line = `WBC 6.2 ${'x10 9 uM nM '.repeat(450)}`;
    expect(() => coded(line)).not.toThrow();
    expect(() => coded(`${'Glucose 5.2 mM 3-6\n'.repeat(5000)}`)).not.toThrow();
  });
});
