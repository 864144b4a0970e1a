import { BIOMARKER_CATALOG_V1 } from '../../biomarkers/catalog/biomarker-catalog.v1.js';
import { BiomarkerCatalog, normalizeName } from './catalog.js';
import { toUcum } from './units.js';

const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG_V1);

describe('the biomarker catalog (v1)', () => {
  it('has unique keys, unique codes and aliases that name one biomarker each', () => {
    const keys = BIOMARKER_CATALOG_V1.map((b) => b.key);
    expect(new Set(keys).size).toBe(keys.length);
    const codes = BIOMARKER_CATALOG_V1.flatMap((b) => [b.loinc, ...b.alternateLoinc]).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    const names = BIOMARKER_CATALOG_V1.flatMap((b) => [...new Set(b.aliases.map(normalizeName))]);
    expect(new Set(names).size).toBe(names.length);
    expect(BIOMARKER_CATALOG_V1.length).toBeGreaterThanOrEqual(200);
  });

  it('gives every quantitative biomarker with a unit a UCUM unit that UCUM accepts', () => {
    const bad = BIOMARKER_CATALOG_V1.filter((b) => b.ucumUnit && toUcum(b.ucumUnit) !== b.ucumUnit).map((b) => [b.key, b.ucumUnit]);
    expect(bad).toEqual([]);
  });

  it.each([
    ['Glucose Level', undefined, 'glucose'],
    ['GLU', undefined, 'glucose'],
    ['Blood Urea Nitrogen (BUN)', undefined, 'blood-urea-nitrogen'],
    ['CHOLESTEROL, TOTAL', undefined, 'total-cholesterol'],
    ['LDL CHOLESTEROL', undefined, 'ldl-cholesterol'],
    ['Neutrophils (Absolute)', undefined, 'neutrophils-absolute'],
    ['Neutrophils', undefined, 'neutrophils'],
    ['% Free Testosterone', undefined, 'testosterone-free-percent'],
    ['Testosterone, Total', undefined, 'testosterone'],
    ['β-Globulin', undefined, 'beta-globulin'],
    ['HEMOGLOBIN', '20509-6', 'hemoglobin'],
    ['anything', '2345-7', 'glucose'],
    ['NEUTROPHILS/100 LEUKOCYTES', '23761-0', 'neutrophils'],
    ['Zonulin', undefined, undefined],
    ['Foo (Absolute)', undefined, undefined],
  ])('%j (code %j) → %j', (name, code, key) => {
    expect(catalog.match(name, code)?.key).toBe(key);
  });

  it('resolves a catalog key or a LOINC code', () => {
    expect(catalog.resolve('glucose')?.loinc).toBe('2345-7');
    expect(catalog.resolve('2339-0')?.key).toBe('glucose');
    expect(catalog.resolve('nope')).toBeUndefined();
  });
});
