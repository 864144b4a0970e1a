import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { BundleFormatError, BundleScanner, readBundle, WHOLE_PARSE_MAX_CHARS, type BundleEntry } from './bundle-reader.js';

const DIR = join(process.cwd(), '../shared/data/fhir-synthea');
const SYNTHEA = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

async function read(chunks: (Buffer | string)[]): Promise<BundleEntry[]> {
  const out: BundleEntry[] = [];
  for await (const e of readBundle(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))))) out.push(e);
  return out;
}
function scanned(text: string): BundleEntry[] {
  const s = new BundleScanner();
  const out = s.push(text);
  s.end();
  return out;
}
const bundle = (body: object) => JSON.stringify(body);
const patient = { fullUrl: 'urn:uuid:p1', resource: { resourceType: 'Patient', id: 'p1' } };

describe('readBundle: a small bundle parsed whole, a large one scanned, the same entries and refusals either way', () => {
  it.each(SYNTHEA)('%s: the same entries as the streaming scanner', async (file) => {
    const text = readFileSync(join(DIR, file), 'utf8');
    expect(text.length).toBeLessThan(WHOLE_PARSE_MAX_CHARS);
    expect(await read([text])).toEqual(scanned(text));
  });

  it('reads a bundle larger than the whole-parse bound entry by entry, in order, whatever its chunks', async () => {
    const big = { fullUrl: 'urn:uuid:o', resource: { resourceType: 'Observation', id: 'o', note: [{ text: 'x'.repeat(1_000_000) }] } };
    const n = Math.ceil(WHOLE_PARSE_MAX_CHARS / 1_000_000) + 2;
    const entries = [patient, ...Array.from({ length: n }, (_, i) => ({ ...big, fullUrl: `urn:uuid:o${i}` }))];
    const text = bundle({ resourceType: 'Bundle', type: 'collection', entry: entries });
    expect(text.length).toBeGreaterThan(WHOLE_PARSE_MAX_CHARS);
    const bytes = Buffer.from(text);
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 65_536) chunks.push(bytes.subarray(i, i + 65_536));
    const got = await read(chunks);
    expect(got.map((e) => e.fullUrl)).toEqual(entries.map((e) => e.fullUrl));
  });

  it('refuses, parsed whole as scanned, a type after the entries, another resource, an unimported type, and text after the end', async () => {
    await expect(read([bundle({ resourceType: 'Bundle', entry: [patient], type: 'collection' })])).rejects.toThrow(/Bundle.type before entry/);
    await expect(read([bundle({ entry: [patient], resourceType: 'Bundle', type: 'collection' })])).rejects.toThrow(/resourceType must come first/);
    await expect(read([bundle({ resourceType: 'Patient', id: 'x' })])).rejects.toThrow(/resourceType must come first/);
    await expect(read([bundle({ resourceType: 'Bundle', type: 'batch', entry: [patient] })])).rejects.toThrow(/transaction, collection and searchset/);
    await expect(read([`${bundle({ resourceType: 'Bundle', type: 'collection', entry: [patient] })} {}`])).rejects.toThrow(BundleFormatError);
    await expect(read(['[1, 2]'])).rejects.toThrow(/not a JSON object/);
  });

  it('reads a key repeated at the top as the scan does, whichever path reads it (the first type; every entry array)', async () => {
    // JSON.parse alone would keep the last type (collection) and the last entry array.
    const firstTypeWrong = `{"resourceType":"Bundle","type":"document","type":"collection","entry":[${JSON.stringify(patient)}]}`;
    await expect(read([firstTypeWrong])).rejects.toThrow(/transaction, collection and searchset/);
    const firstTypeRight = `{"resourceType":"Bundle","type":"collection","entry":[${JSON.stringify(patient)}],"type":"document"}`;
    expect(await read([firstTypeRight])).toEqual(scanned(firstTypeRight));
    const other = { fullUrl: 'urn:uuid:c1', resource: { resourceType: 'Condition', id: 'c1' } };
    const twoEntries = `{"resourceType":"Bundle","type":"collection","entry":[${JSON.stringify(patient)}],"entry":[${JSON.stringify(other)}]}`;
    expect(await read([twoEntries])).toEqual(scanned(twoEntries));
    expect(await read([twoEntries])).toEqual([patient, other]);
  });

  it('skips entry elements that are not objects, as the scanner does, and reads a Bundle without entries as none', async () => {
    const text = bundle({ resourceType: 'Bundle', type: 'collection', entry: [patient, 'a string', 7, null, [1]] });
    expect(await read([text])).toEqual(scanned(text));
    expect(await read([text])).toEqual([patient]);
    expect(await read([bundle({ resourceType: 'Bundle', type: 'collection' })])).toEqual([]);
  });

  it('never quotes the record in a refusal of invalid JSON', async () => {
    const err = await read([`{"resourceType":"Bundle","type":"collection","entry":[{"name":"Jane Secret" "x":1}]}`]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BundleFormatError);
    expect((err as Error).message).not.toMatch(/Jane|Secret/);
  });
});
