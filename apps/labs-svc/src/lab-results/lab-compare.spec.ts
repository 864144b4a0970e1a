import { BIOMARKER_CATALOG } from '../biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from '../lab-reports/parsing/catalog.js';
import { compareResults, directionOf } from './lab-compare.js';
import { LabResult } from './lab-result.entity.js';

/*
 * Expected values by hand: creatinine 88.4 umol/L × 113.12 g/mol = 9999.808 ug/L = 0.999981 mg/dL (6 digits).
 * AMH (catalog v7) 15.2 pmol/L × 140,000 g/mol = 2.128 ug/L = 2.128 ng/mL, the factor labs print (ng/mL × 7.14 = pmol/L).
 */

const catalog = new BiomarkerCatalog([
  { key: 'creatinine', display: 'Creatinine', loinc: '2160-0', alternateLoinc: [], ucumUnit: 'mg/dL', aliases: [], molarMass: 113.12, charge: null, resultType: 'quantitative' },
]);

let n = 0;
function result(over: Partial<LabResult>): LabResult {
  return Object.assign(new LabResult(), {
    id: `r${++n}`, patientId: 'p', reportId: 'rep', position: n, biomarkerKey: null, display: 'X', loinc: null, name: 'X', value: null, valueText: null,
    comparator: null, unit: null, referenceRange: {}, flag: null, reportedFlag: null, normalizedValue: null, normalizedUnit: null,
    collectedAt: new Date('2024-01-01T00:00:00Z'), source: 'json', reportedCode: null, line: null, page: null, createdAt: new Date(), status: null,
    deletedAt: null, retainUntil: null, ...over,
  });
}

describe('directionOf()', () => {
  it.each([[1, 2, 'up'], [2, 1, 'down'], [5, 5.0000001, 'same'], [null, 1, null], [1, null, null]] as const)('%s → %s is %s', (a, b, d) => {
    expect(directionOf(a, b)).toBe(d);
  });
});

describe('compareResults()', () => {
  it('converts b into the catalog unit with the molar mass when it was not normalized, and flags a status change', () => {
    const a = [result({ biomarkerKey: 'creatinine', display: 'Creatinine', value: 0.9, unit: 'mg/dL', normalizedValue: 0.9, normalizedUnit: 'mg/dL', status: 'normal' })];
    const b = [result({ biomarkerKey: 'creatinine', display: 'Creatinine', value: 88.4, unit: 'umol/L', status: 'optimal' })];
    const [row] = compareResults(a, b, catalog);
    expect(row).toMatchObject({ unit: 'mg/dL', a: { value: 0.9 }, b: { value: 0.999981, reportedValue: 88.4, reportedUnit: 'umol/L' }, change: 0.099981, changePercent: 11.1, direction: 'up', statusChanged: true });
  });

  it('matches a biomarker the catalog does not know by its printed name, in a\'s unit; keeps one-sided rows', () => {
    const a = [result({ name: 'Zonulin', display: 'Zonulin', value: 48.2, unit: 'ng/mL' }), result({ name: 'Omega-3 Index', display: 'Omega-3 Index', value: 6, unit: '%' })];
    const b = [result({ name: 'zonulin ', display: 'zonulin', value: 40, unit: 'ng/mL' }), result({ name: 'Qualitative', display: 'Qualitative', valueText: 'Negative' })];
    const rows = compareResults(a, b, catalog);
    expect(rows.map((r) => [r.biomarker.display, r.unit, r.a?.value ?? null, r.b?.value ?? null, r.change, r.direction])).toEqual([
      ['Zonulin', 'ng/mL', 48.2, 40, -8.2, 'down'],
      ['Omega-3 Index', '%', 6, null, null, null],
      ['Qualitative', null, null, null, null, null],
    ]);
  });

  it('converts an AMH printed in pmol/L (a UK or Australian report) into the catalog\'s ng/mL with the catalog v7 molar mass', () => {
    const v7 = new BiomarkerCatalog(BIOMARKER_CATALOG.filter((b) => b.key === 'anti-mullerian-hormone'));
    const a = [result({ biomarkerKey: 'anti-mullerian-hormone', display: 'Anti-Mullerian Hormone', value: 2.1, unit: 'ng/mL', normalizedValue: 2.1, normalizedUnit: 'ng/mL' })];
    const b = [result({ biomarkerKey: 'anti-mullerian-hormone', display: 'Anti-Mullerian Hormone', value: 15.2, unit: 'pmol/L' })];
    const [row] = compareResults(a, b, v7);
    expect(row).toMatchObject({ unit: 'ng/mL', a: { value: 2.1 }, b: { value: 2.128, reportedValue: 15.2, reportedUnit: 'pmol/L' }, change: 0.028, direction: 'up' });
  });

  it('converts nothing parsing would not (review cr28): a refused unit stored as printed, a blood count in millions per millilitre', () => {
    const rbcCatalog = new BiomarkerCatalog(BIOMARKER_CATALOG.filter((b) => b.key === 'red-blood-cell-count'));
    const a = [result({ biomarkerKey: 'red-blood-cell-count', display: 'RBC', value: 4.5, unit: '10*6/uL', normalizedValue: 4.5, normalizedUnit: '10*6/uL' })];
    const b = [result({ biomarkerKey: 'red-blood-cell-count', display: 'RBC', value: 4.52, unit: '10*6/mL' })];
    expect(compareResults(a, b, rbcCatalog)[0]).toMatchObject({ a: { value: 4.5 }, b: { value: null, reportedValue: 4.52 }, direction: null });
    // A name the catalog does not know: its units converted by UCUM only when both are the UCUM the reader writes.
    const ra = [result({ name: 'Reticulocyte count', display: 'Reticulocyte count', value: 60, unit: '10*3/uL' })];
    const rb = [result({ name: 'Reticulocyte count', display: 'Reticulocyte count', value: 58, unit: '10/uL' })];
    expect(compareResults(ra, rb, catalog)[0]).toMatchObject({ a: { value: 60 }, b: { value: null, reportedValue: 58 } });
  });
});
