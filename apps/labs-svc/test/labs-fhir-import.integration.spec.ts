import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Objm, StorageType } from '@nats-io/obj';
import { ErrorCode, FHIR_IMPORT, LABS, LABS_JOBS, type DomainException, type FhirPartResultDto } from '@pg/contracts';
import { encodeLabPart, labPartObject, planImport, readBundle, type BundleEntry } from '@pg/fhir';
import { actor } from '@pg/testing';
import { startLabsHarness, type LabsHarness } from './wearables-test-kit.js';

/*
 * labs-svc's part of a FHIR import (docs/fhir.md "Import"), the three ways profiles-svc's saga may hand it over:
 * the planned part in the request, the planned part as an object of its own (a part over 512 KB), or neither (an
 * older caller: labs-svc plans the Bundle itself). Each must store the same thing; expected counts come from the
 * bundle read with plain JSON.parse.
 */

const FILE = join(process.cwd(), '../shared/data/fhir-synthea/Dirk_Kuhlman_1e503533-b8c2-42cb-a6d5-bbd7d70d07ad.json');
const raw = JSON.parse(readFileSync(FILE, 'utf8')) as { entry: { resource: Record<string, any> }[] };
const LAB_OBSERVATIONS = raw.entry.filter((e) => e.resource.resourceType === 'Observation' && e.resource.category?.[0]?.coding?.[0]?.code === 'laboratory').length;
const REPORTS_LISTING_LABS = raw.entry.filter((e) => e.resource.resourceType === 'DiagnosticReport' && (e.resource.result ?? []).length).length;

let h: LabsHarness;
let upload: { object: string; size: number; sha256: string };
let part: string;

const serviceFor = (patientId: string) => actor(['service'], { scopes: ['labs:write', 'wearables:write'], onBehalfOf: patientId, purposeOfUse: 'operations' });
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);
const bucket = async () => new Objm(h.nc).create(h.world.ns.stream(FHIR_IMPORT.fileBucket), { storage: StorageType.File });

async function stored(patientId: string) {
  const q = async (sql: string) => Number((await h.db.query<{ n: string }>(sql, [patientId])).rows[0]!.n);
  return {
    reports: await q(`select count(*) as n from "${h.schema}"."lab_report" where patient_id = $1 and deleted_at is null`),
    results: await q(`select count(*) as n from "${h.schema}"."lab_result" where patient_id = $1 and deleted_at is null`),
    samples: await q(`select count(*) as n from "${h.schema}"."wearable_sample" where patient_id = $1`),
    values: (await h.db.query<{ loinc: string | null; value: number | null; collected_at: Date }>(
      `select loinc, value, collected_at from "${h.schema}"."lab_result" where patient_id = $1 order by collected_at, loinc, value`, [patientId])).rows
      .map((r) => `${r.loinc}|${r.value}|${r.collected_at.toISOString()}`),
  };
}

beforeAll(async () => {
  h = await startLabsHarness({
    rpcTimeoutMs: 60_000,
    alsoRemove: (world) => [world.ns.stream(LABS_JOBS.stream), `OBJ_${world.ns.stream(LABS_JOBS.fileBucket)}`, `OBJ_${world.ns.stream(FHIR_IMPORT.fileBucket)}`],
  });
  const bytes = readFileSync(FILE);
  upload = { object: randomUUID(), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  await (await bucket()).putBlob({ name: upload.object }, bytes);
  const entries: BundleEntry[] = [];
  for await (const e of readBundle(createReadStream(FILE))) entries.push(e);
  part = encodeLabPart(planImport('transaction', entries));
}, 120_000);

afterAll(async () => h?.stop());

describe('labs.fhir.import: the lab part handed over as planned, as an object, or planned here', () => {
  const write = (patientId: string, extra: object) => h.rpc.request<FhirPartResultDto>(LABS.fhirImport, { importId: randomUUID(), patientId, upload, ...extra }, serviceFor(patientId));
  /** A part of some of the bundle's reports and none of its vital signs: what labs-svc stores shows which part it used. */
  const some = (from: number, to?: number) => {
    const whole = JSON.parse(part) as { reports: { results: unknown[] }[]; vitals: unknown[] };
    const reports = whole.reports.slice(from, to);
    return { json: JSON.stringify({ ...whole, reports, vitals: [] }), reports: reports.length, results: reports.reduce((n, r) => n + r.results.length, 0) };
  };

  it('planned here (neither given): every laboratory Observation of the bundle once, the vital signs as samples', async () => {
    const patientId = randomUUID();
    const result = await write(patientId, {});
    const got = await stored(patientId);
    expect(got.results).toBe(LAB_OBSERVATIONS);
    expect(got.reports).toBeGreaterThanOrEqual(REPORTS_LISTING_LABS);
    expect(got.samples).toBeGreaterThan(0);
    expect(Object.values(result.outcomes).every((o) => o === 'created')).toBe(true);

    // The whole planned part in the request, for the same patient: nothing new — the ledger's hashes of the part as
    // handed over are those of the plan made here.
    const again = await write(patientId, { part });
    expect(Object.keys(again.outcomes).sort()).toEqual(Object.keys(result.outcomes).sort());
    expect(Object.values(again.outcomes).every((o) => o === 'existing')).toBe(true);
    expect(await stored(patientId)).toEqual(got);

    // And the whole part in the request for another patient stores the same.
    const other = randomUUID();
    await write(other, { part });
    expect(await stored(other)).toEqual(got);
  }, 120_000);

  it('the part in the request or as an object: exactly what it holds is stored, the Bundle is not planned again', async () => {
    const [inline, asObject] = [randomUUID(), randomUUID()];
    const first = some(0, 3);
    const last = some(-2);
    const importId = randomUUID();
    await (await bucket()).putBlob({ name: labPartObject(importId, asObject) }, new TextEncoder().encode(first.json));

    await write(inline, { part: last.json });
    await write(asObject, { importId, partStored: true });
    expect(await stored(inline)).toMatchObject({ reports: last.reports, results: last.results, samples: 0 });
    expect(await stored(asObject)).toMatchObject({ reports: 3, results: first.results, samples: 0 });

    // The stored part is the one written for that import AND patient: a request of the same import for another
    // patient does not find it (the object's name is derived, never the caller's to pick), and writes nothing.
    const other = randomUUID();
    expect((await failure(write(other, { importId, partStored: true })))?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect(await stored(other)).toEqual({ reports: 0, results: 0, samples: 0, values: [] });
  }, 120_000);

  it('refuses a part that is not one (UNPROCESSABLE), or whose object is gone, and writes nothing', async () => {
    const patientId = randomUUID();
    const parsed = JSON.parse(part) as { reports: { results: Record<string, unknown>[] }[] };
    parsed.reports[0]!.results[0]!.value = 'high';
    const bad = await failure(h.rpc.request(LABS.fhirImport, { importId: randomUUID(), patientId, upload, part: JSON.stringify(parsed) }, serviceFor(patientId)));
    expect(bad?.code).toBe(ErrorCode.UNPROCESSABLE);
    const gone = await failure(h.rpc.request(LABS.fhirImport, { importId: randomUUID(), patientId, upload, partStored: true }, serviceFor(patientId)));
    expect(gone?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect(await stored(patientId)).toEqual({ reports: 0, results: 0, samples: 0, values: [] });
  }, 60_000);
});
