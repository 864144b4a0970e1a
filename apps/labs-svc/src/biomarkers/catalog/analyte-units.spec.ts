import { resultsOf } from '../../testing/reader.js';
import { normalizeValue } from '../../lab-reports/parsing/units.js';
import { compareResults } from '../../lab-results/lab-compare.js';
import { LabResult } from '../../lab-results/lab-result.entity.js';
import { BiomarkerCatalog } from '../../lab-reports/parsing/catalog.js';
import { analyteFacts } from './analyte-facts.js';
import { BIOMARKER_CATALOG } from './biomarker-catalog.js';

/*
 * Units an analyte's results are printed in that mean a fixed thing UCUM alone cannot convert (analyte-units.v1.ts).
 * Expected values by hand (testing/data/keyed-units-titres/README.md, a reviewer's derivations): creatinine 113.12 g/mol,
 * so 1 mg/mmol = 1 / 0.11312 = 8.840 mg/g — NICE NG203's 3, 30 and 70 mg/mmol are 26.5, 265 and 619 mg/g; g/mol is
 * mg/mmol. An MCHC in % is g per 100 mL of red cells: g/dL, the same number.
 */
const ACR = { key: 'microalbumin-creatinine-ratio', ucumUnit: 'mg/g' };
const MCHC = { key: 'mean-corpuscular-hemoglobin-concentration', ucumUnit: 'g/dL', molarMass: 16114.5 };
const v = (value: number, from: string, to: string, entry: Parameters<typeof analyteFacts>[0]) => normalizeValue(value, from, to, analyteFacts(entry));

describe('an albumin/creatinine ratio per millimole of creatinine is one series with one per gram', () => {
  it('mg/mmol and g/mol → mg/g through creatinine\'s molar mass, and back', () => {
    expect(v(3, 'mg/mmol', 'mg/g', ACR)?.value).toBeCloseTo(26.52, 2);
    expect(v(30, 'mg/mmol', 'mg/g', ACR)?.value).toBeCloseTo(265.2, 1);
    expect(v(70, 'mg/mmol', 'mg/g', ACR)?.value).toBeCloseTo(618.8, 1);
    expect(v(3, 'g/mol', 'mg/g', ACR)?.value).toBeCloseTo(26.52, 2);
    expect(v(30, 'mg/g', 'mg/mmol', ACR)?.value).toBeCloseTo(3.394, 3);
    // mg/g and µg/mg are one unit (UCUM, no molar mass needed): not "by" anything.
    expect(v(25, 'ug/mg', 'mg/g', ACR)).toEqual({ value: 25 });
    expect(v(3, 'mg/mmol', 'mg/g', ACR)?.by).toMatch(/creatinine's molar mass, 113.12 g\/mol/);
  });

  it('never for an analyte that is no ratio per creatinine, nor between units that are not a quantity per a quantity', () => {
    expect(v(3, 'mg/mmol', 'mg/g', { key: 'albumin', ucumUnit: 'g/dL' })).toBeNull();
    expect(v(3, 'mg/L', 'mg/g', ACR)).toBeNull();
    expect(v(3, '{ratio}', 'mg/g', ACR)).toBeNull();
  });

  it('read from a UK report: coded, flagged against its own range, normalized to mg/g with the reader told how', () => {
    const [r] = resultsOf('Urine ACR  3.2  mg/mmol  <3.0\n');
    expect([r?.biomarker?.key, r?.value, r?.unit, r?.flag]).toEqual(['microalbumin-creatinine-ratio', 3.2, 'mg/mmol', 'high']);
    expect(r?.normalized?.unit).toBe('mg/g');
    expect(r?.normalized?.value).toBeCloseTo(28.29, 2);
  });

  it('a UK and a US report compared in mg/g', () => {
    const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
    const row = (over: Partial<LabResult>) => Object.assign(new LabResult(), {
      id: over.unit, patientId: 'p', reportId: 'rep', position: 0, biomarkerKey: ACR.key, display: 'ACR', loinc: null, name: 'ACR', valueText: null,
      comparator: null, referenceRange: {}, flag: null, reportedFlag: null, normalizedValue: null, normalizedUnit: null,
      collectedAt: new Date('2024-01-01T00:00:00Z'), source: 'json', reportedCode: null, line: null, page: null, createdAt: new Date(), status: null,
      deletedAt: null, retainUntil: null, ...over,
    });
    const [compared] = compareResults([row({ value: 20, unit: 'mg/g', normalizedValue: 20, normalizedUnit: 'mg/g' })], [row({ value: 3.4, unit: 'mg/mmol' })], catalog);
    expect(compared?.unit).toBe('mg/g');
    expect(compared?.b?.value).toBeCloseTo(30.06, 2);
    expect(compared?.direction).toBe('up');
  });
});

describe('an MCHC printed in % is in g/dL', () => {
  it('% is g/dL, the same number, the reader told; g/L and mmol/L convert as before', () => {
    expect(v(33.5, '%', 'g/dL', MCHC)).toEqual({ value: 33.5, by: 'reading % as g/dL (grams of haemoglobin per 100 mL of red cells)' });
    expect(v(33.5, 'g/dL', '%', MCHC)?.value).toBe(33.5);
    // g/L misprinted as % (335 %: 335 g/dL) is no MCHC a patient has (possible-values.v1.ts: 18-50 g/dL): none.
    expect(v(335, '%', 'g/dL', { ...MCHC, key: MCHC.key })).toBeNull();
    expect(v(33.5, '%', 'g/L', MCHC)?.value).toBe(335);
    expect(v(335, 'g/L', 'g/dL', MCHC)).toEqual({ value: 33.5 });
    expect(v(21, 'mmol/L', 'g/dL', MCHC)?.value).toBeCloseTo(33.84, 2);
    const [r] = resultsOf('MCHC  33.5  %  32 - 36\n');
    expect([r?.biomarker?.key, r?.unit, r?.flag, r?.normalized]).toEqual(['mean-corpuscular-hemoglobin-concentration', '%', 'normal', { value: 33.5, unit: 'g/dL' }]);
  });

  it('only for the MCHC: a haemoglobin or an MCH in % is not made g/dL', () => {
    expect(v(85, '%', 'g/dL', { key: 'hemoglobin', ucumUnit: 'g/dL', molarMass: 16114.5 })).toBeNull();
    expect(v(30, '%', 'pg', { key: 'mean-corpuscular-hemoglobin', ucumUnit: 'pg', molarMass: 16114.5 })).toBeNull();
  });
});
