import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readBundle, type BundleEntry } from './bundle-reader.js';
import { decodeLabPart, encodeLabPart } from './lab-part.js';
import { ImportPlanError, planImport } from './plan.js';

const DIR = join(process.cwd(), '../shared/data/fhir-synthea');
const SYNTHEA = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

async function planOf(file: string) {
  const entries: BundleEntry[] = [];
  for await (const e of readBundle(createReadStream(join(DIR, file)))) entries.push(e);
  return planImport('transaction', entries);
}

describe('the planned lab part handed to labs-svc', () => {
  it.each(SYNTHEA)('%s: decoded, it is the plan\'s lab part, keys in the same order (the ledger hashes its JSON)', async (file) => {
    const plan = await planOf(file);
    const decoded = decodeLabPart(encodeLabPart(plan));
    expect(decoded.reports).toEqual(plan.labs.reports);
    expect(decoded.vitals).toEqual(plan.labs.vitals);
    expect(decoded.sexAtBirth).toBe(plan.patient.sexAtBirth);
    expect(decoded.reports.map((r) => JSON.stringify(r))).toEqual(plan.labs.reports.map((r) => JSON.stringify(r)));
    // Counted independently: every laboratory Observation of the bundle (Synthea's all have a value) is in it.
    const raw = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { entry: { resource: Record<string, any> }[] };
    const labs = raw.entry.filter((e) => e.resource.resourceType === 'Observation' && e.resource.category?.[0]?.coding?.[0]?.code === 'laboratory');
    expect(decoded.reports.reduce((n, r) => n + r.results.length, 0)).toBe(labs.length);
  });

  const result = { key: 'Observation/1', name: 'Glucose', value: 5.4, unit: 'mmol/L', referenceRange: {}, collectedAt: '2020-01-01T00:00:00.000Z' };
  const part = { reports: [{ key: 'DiagnosticReport/1', name: 'Panel', collectedAt: '2020-01-01T00:00:00.000Z', results: [result] }], vitals: [] };

  it('takes a well-formed part', () => {
    expect(decodeLabPart(JSON.stringify(part)).reports[0]!.results[0]!.value).toBe(5.4);
  });

  it.each([
    ['not JSON', '{"reports": ['],
    ['not an object', '[]'],
    ['a field of no item', JSON.stringify({ ...part, extra: 1 })],
    ['a result with an unknown field', JSON.stringify({ ...part, reports: [{ ...part.reports[0], results: [{ ...result, sql: 'x' }] }] })],
    ['a value that is text', JSON.stringify({ ...part, reports: [{ ...part.reports[0], results: [{ ...result, value: '5.4' }] }] })],
    ['a result without its collection time', JSON.stringify({ ...part, reports: [{ ...part.reports[0], results: [{ ...result, collectedAt: undefined }] }] })],
    ['a collection time that is no instant', JSON.stringify({ ...part, reports: [{ ...part.reports[0], collectedAt: 'yesterday' }] })],
    ['a flag outside the list', JSON.stringify({ ...part, reports: [{ ...part.reports[0], results: [{ ...result, flag: 'weird' }] }] })],
    ['a vital without a number', JSON.stringify({ ...part, vitals: [{ key: 'Observation/2', metric: 'heart_rate', at: '2020-01-01T00:00:00.000Z' }] })],
    ['no vitals list', JSON.stringify({ reports: [] })],
  ])('refuses %s', (_what, json) => {
    expect(() => decodeLabPart(json)).toThrow(ImportPlanError);
  });
});
