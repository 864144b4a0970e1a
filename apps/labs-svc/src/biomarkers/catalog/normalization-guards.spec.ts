import { resultsOf } from '../../testing/reader.js';
import { normalizeValue } from '../../lab-reports/parsing/units.js';
import { analyteFacts } from './analyte-facts.js';

/*
 * (review cr29: an audit of every analyte and unit pair the hand-keyed sets print) Conversions UCUM makes that no
 * clinician would: a normalized value must be the result a clinician reads, or none (out of trends, as printed). The
 * expected values come from the audit's reference factors and the printed ranges of the rows it found, not the code.
 */
const v = (value: number, from: string, to: string, entry: Parameters<typeof analyteFacts>[0] = { key: null }) => normalizeValue(value, from, to, analyteFacts(entry))?.value ?? null;

describe('cr29: no normalized value a clinician would not read', () => {
  it('TSH in mIU/mL or IU/L (1.86 with a 0.30-4.5 range: the usual mIU/L misprinted) is not made a thousand times more', () => {
    const tsh = { key: 'thyroid-stimulating-hormone' };
    expect(v(1.86, 'm[IU]/mL', 'm[IU]/L', tsh)).toBeNull();
    expect(v(0.005, '[IU]/L', 'm[IU]/L', tsh)).toBeNull();
    expect(v(2.1, 'u[IU]/mL', 'm[IU]/L', tsh)).toBe(2.1);
    expect(v(2.1, 'mU/L', 'm[IU]/L', tsh)).toBe(2.1);
    // Enzymes: IU/L is U/L; µkat/L is 60 U/L (a conversion, not a scale of the same unit).
    expect(v(31, '[IU]/L', 'U/L')).toBe(31);
    expect(v(0.5, 'ukat/L', 'U/L')).toBe(30);
    expect(resultsOf('TSH   1.86 mIU/mL   (0.30 - 4.5)\n')[0]?.normalized).toBeUndefined();
  });

  it('a blood count per µL on the catalog\'s scale (RBC 4.62 /uL, WBC 7.2 cells/cumm) is no count a blood has: none', () => {
    expect(v(4.62, '/uL', '10*6/uL', { key: 'red-blood-cell-count', ucumUnit: '10*6/uL' })).toBeNull();
    expect(v(4_620_000, '/uL', '10*6/uL', { key: 'red-blood-cell-count', ucumUnit: '10*6/uL' })).toBe(4.62);
    expect(v(7.2, '/uL', '10*3/uL', { key: 'white-blood-cell-count', ucumUnit: '10*3/uL' })).toBeNull();
    expect(v(7200, '/uL', '10*3/uL', { key: 'white-blood-cell-count', ucumUnit: '10*3/uL' })).toBe(7.2);
    expect(v(245, '/uL', '10*3/uL', { key: 'platelet-count', ucumUnit: '10*3/uL' })).toBeNull();
    // An eosinophil count of 50 /µL is one (0.05 ×10³/µL).
    expect(v(50, '/uL', '10*3/uL', { key: 'eosinophils-absolute', ucumUnit: '10*3/uL' })).toBe(0.05);
  });

  it('an annotation alone is no quantity: an albumin/creatinine "ratio" of 3.0 is not 3,000 mg/g, a HOMA-%B of 100 % not 1', () => {
    expect(v(3, '{ratio}', 'mg/g')).toBeNull();
    expect(v(100, '%', '{index}')).toBeNull();
    expect(v(85, '%', '{ratio}')).toBeNull();
  });

  it('HbA1c in any IFCC spelling by the master equation (0.048 mol/mol is 48 mmol/mol: 6.54 %); a fraction is the NGSP\'s; none of 0', () => {
    const a1c = { key: 'hemoglobin-a1c' };
    expect(v(0.048, 'mol/mol', '%', a1c)).toBe(6.54304);
    expect(v(0.065, '1', '%', a1c)).toBe(6.5);
    expect(v(0, 'mmol/mol', '%', a1c)).toBeNull();
    expect(v(48, '[ppth]', '%', a1c)).toBeNull();
  });

  it('a value no living patient has is a misprinted unit (possible-values.v1.ts): none; the same result in its real unit converts', () => {
    expect(v(2.8, 'g/L', 'g/dL', { key: 'albumin' })).toBeNull();
    expect(v(42, 'g/L', 'g/dL', { key: 'albumin' })).toBe(4.2);
    expect(v(13, 'nmol/L', 'ng/dL', { key: 'free-t4', molarMass: 776.87 })).toBeNull();
    // 16 pmol/L × 776.87 g/mol = 12.43 ng/L = 1.243 ng/dL.
    expect(v(16, 'pmol/L', 'ng/dL', { key: 'free-t4', molarMass: 776.87 })).toBeCloseTo(1.243, 3);
    expect(v(750, 'nmol/L', 'pg/mL', { key: 'nt-probnp', molarMass: 8457 })).toBeNull();
    expect(v(35000, 'ng/L', 'pg/mL', { key: 'nt-probnp', molarMass: 8457 })).toBe(35000);
    expect(v(12.5, 'g/mL', 'g/dL', { key: 'hemoglobin' })).toBeNull();
    // (Fourteenth session) OCR's `p` for a micro sign: a cortisol of 14.2 pg/dL, a homocysteine of 12.8 pmol/L.
    expect(v(14.2, 'pg/dL', 'ug/dL', { key: 'cortisol', molarMass: 362.46 })).toBeNull();
    expect(v(14.2, 'ug/dL', 'ug/dL', { key: 'cortisol', molarMass: 362.46 })).toBe(14.2);
    // 552 nmol/L × 362.46 g/mol = 200 µg/L = 20.0 µg/dL.
    expect(v(552, 'nmol/L', 'ug/dL', { key: 'cortisol', molarMass: 362.46 })).toBeCloseTo(20.0, 1);
    expect(v(12.8, 'pmol/L', 'umol/L', { key: 'homocysteine', molarMass: 135.18 })).toBeNull();
    expect(v(-0.84, 'u[IU]/mL', 'm[IU]/L', { key: 'thyroid-stimulating-hormone' })).toBeNull();
    expect(resultsOf('Albumin   2.8 g/L   (3.5 - 5.0)\n')[0]?.normalized).toBeUndefined();
    expect(resultsOf('Albumin   42 g/L   (35 - 50)\n')[0]?.normalized).toEqual({ value: 4.2, unit: 'g/dL' });
  });

  it('keeps the real extremes published cases reached (the bounds\' review): glucose 5,600 mg/dL, haemoglobin 0.7 g/dL, a count of 0, total T4 282 µg/dL', () => {
    expect(v(5600, 'mg/dL', 'mg/dL', { key: 'glucose' })).toBe(5600);
    expect(v(0.7, 'g/dL', 'g/dL', { key: 'hemoglobin' })).toBe(0.7);
    expect(v(0, '10*3/uL', '10*3/uL', { key: 'white-blood-cell-count', ucumUnit: '10*3/uL' })).toBe(0);
    expect(v(282, 'ug/dL', 'ug/dL', { key: 'total-t4' })).toBe(282);
    expect(v(73.8, 'mg/dL', 'mg/dL', { key: 'creatinine' })).toBe(73.8);
  });
});
