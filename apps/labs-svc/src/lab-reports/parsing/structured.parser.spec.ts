import 'reflect-metadata';
import { BIOMARKER_CATALOG } from '../../biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from './catalog.js';
import { analyzeReport, StructuredInputError, validateStructured } from './report-reader.js';

const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const json = (o: unknown) => new Uint8Array(Buffer.from(JSON.stringify(o)));

describe('structured results ({ results: [...] })', () => {
  it('codes results named by key, LOINC or printed name; converts units; keeps a given flag and computes a missing one', async () => {
    const a = await analyzeReport('json', json({
      collectedAt: '2024-02-01',
      results: [
        { biomarker: 'glucose', value: 6.1, unit: 'mmol/L', referenceRange: { low: 3.9, high: 5.5 } },
        { biomarker: '2093-3', value: 5.2, unit: 'mmol/L', referenceRange: { text: '<5.2' }, flag: 'high' },
        { name: 'Zonulin', value: 48.2, unit: 'ng/mL', collectedAt: '2024-02-03T08:00:00Z' },
        { name: 'HIV 1/2 Antibody', valueText: 'Non-Reactive', referenceRange: { text: 'Non-Reactive' } },
        { name: 'PSA', valueText: '<0.1', unit: 'ng/mL', referenceRange: { low: 0, high: 4 } },
      ],
    }), catalog, new Date());
    expect(a.layout).toBe('json');
    expect(a.results.map((r) => [r.biomarker?.key ?? r.name, r.value, r.unit, r.flag, r.normalized ?? null, r.collectedAt])).toEqual([
      ['glucose', 6.1, 'mmol/L', 'high', { value: 109.895, unit: 'mg/dL' }, '2024-02-01T00:00:00.000Z'],
      ['total-cholesterol', 5.2, 'mmol/L', 'high', { value: 201.058, unit: 'mg/dL' }, '2024-02-01T00:00:00.000Z'],
      ['Zonulin', 48.2, 'ng/mL', null, null, '2024-02-03T08:00:00.000Z'],
      ['hiv-1-antibody', null, null, 'normal', null, '2024-02-01T00:00:00.000Z'],
      ['prostate-specific-antigen', 0.1, 'ng/mL', 'normal', { value: 0.1, unit: 'ng/mL' }, '2024-02-01T00:00:00.000Z'], // (labs39fix: `<0.1` under 0–4)
    ]);
    expect(a.warnings.map((w) => [w.code, w.line])).toEqual([['unknown-biomarker', 3]]);
  });

  it('refuses what does not validate, naming the fields', () => {
    const err = (() => { try { validateStructured({ results: [{ value: 'x' }], extra: 1 }); } catch (e) { return e; } return null; })();
    expect(err).toBeInstanceOf(StructuredInputError);
    expect((err as StructuredInputError).details.map((d) => d.field).sort()).toEqual(['extra', 'results.0.value']);
    expect(() => validateStructured([])).toThrow(StructuredInputError);
    expect(() => validateStructured({ results: [] })).toThrow(StructuredInputError);
  });

  it('warns for a result without a value or without any date, and records the rest', async () => {
    const a = await analyzeReport('json', json({ results: [{ name: 'Glucose', unit: 'mg/dL' }, { name: 'Glucose', value: 90 }, { name: 'Glucose', value: 91, collectedAt: '2024-01-01' }] }), catalog, new Date());
    expect(a.results.map((r) => r.value)).toEqual([91]);
    expect(a.warnings.map((w) => [w.code, w.line])).toEqual([['no-value', 1], ['no-date', 2]]);
  });
});
