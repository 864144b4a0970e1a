import { catalog, coded } from '../../testing/reader.js';
import { normalizeName } from './catalog.js';
import { analyzeReport, StructuredInputError, validateStructured } from './report-reader.js';

/*
 * (robust2) Robustness of the readers of patients' exports (JSON, FHIR, CSV): what docs/labs.md listed as left. Every
 * expected row is written from the made-up text (what a clinician reads in it), not from the reader. Timings are
 * measured and reported in docs/labs.md, never asserted here.
 */

const lines = (...l: string[]) => l.join('\n');
const bytes = (text: string) => new TextEncoder().encode(text);
const UPLOADED = new Date('2026-01-01T00:00:00Z');

describe('robust2: JSON nested thousands deep', () => {
  const deepArrays = '['.repeat(10_000) + ']'.repeat(10_000);
  const deepObjects = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);

  it('a text of arrays or objects nested 10,000 deep reads no row, with a warning, and throws nothing', async () => {
    expect(coded(deepArrays)).toEqual([]);
    expect(coded(deepObjects)).toEqual([]);
    expect(coded(`export default ${deepObjects};`)).toEqual([]);
    const read = await analyzeReport('text', bytes(deepArrays), catalog, UPLOADED);
    expect(read.results).toEqual([]);
    expect(read.warnings.map((w) => w.code)).toContain('nested-too-deep');
  });

  it('a structured upload nested 10,000 deep is invalid input (the report fails with its reason), not a crash', async () => {
    expect(() => validateStructured(JSON.parse(`{"results":[],"x":${deepObjects}}`))).toThrow(StructuredInputError);
    await expect(analyzeReport('json', bytes(deepObjects), catalog, UPLOADED)).rejects.toThrow(StructuredInputError);
  });

  it('records a few levels deep read as before', () => {
    const json = JSON.stringify({ patient: { panels: [{ panel: 'Chemistry', results: [
      { test: 'Glucose', result: '104', unit: 'mg/dL', range: '70 - 99' },
      { test: 'Sodium', result: '139', unit: 'mmol/L', range: '135 - 145' },
    ] }] } });
    expect(coded(json)).toEqual([['glucose', 104, 'mg/dL', 70, 99, 'high'], ['sodium', 139, 'mmol/L', 135, 145, 'normal']]);
  });

  it('a FHIR Bundle with a deeply nested extension beside its Observation reads the Observation', () => {
    const bundle = `{"resourceType":"Bundle","meta":{"x":${deepArrays}},"entry":[{"resource":{"resourceType":"Observation",`
      + '"status":"final","code":{"text":"Potassium"},"valueQuantity":{"value":5.9,"unit":"mmol/L"},'
      + '"referenceRange":[{"low":{"value":3.5,"unit":"mmol/L"},"high":{"value":5.1,"unit":"mmol/L"}}]}}]}';
    expect(coded(bundle)).toEqual([['potassium', 5.9, 'mmol/L', 3.5, 5.1, 'high']]);
  });
});

describe('robust2: a name with a long run of spaces', () => {
  const spaces = ' '.repeat(50_000);

  it('normalizes as the name with one space does', () => {
    expect(normalizeName(`1${spaces}-`)).toBe(normalizeName('1 -'));
    // `в крови` (in blood) is the test's own specimen: glucose.
    expect(normalizeName(`Глюкоза${spaces}в крови`)).toBe('glucose');
    // `(моча)`: the urine's uric acid, another test than the serum's the catalog holds: unknown.
    expect(normalizeName(`Мочевая кислота${spaces}(моча)`)).toBe('');
    expect(normalizeName(`x${' в'.repeat(25_000)} (моча)`)).toBe(normalizeName('x в (моча)'));
  });
});
