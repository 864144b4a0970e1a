import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startSystem, type TestSystem } from '@pg/testing/system';

/*
 * Issue 14 §1, end to end: the built system, an admin importing the shared Synthea bundles over HTTP
 * (application/fhir+json, streamed), a clinician of the imported patient reading what arrived. Expected counts are
 * taken from the bundles with plain JSON.parse here, never from the import's code; the report's skipped lines are
 * the only thing subtracted.
 */

const DIR = join(process.cwd(), '../shared/data/fhir-synthea');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

type Json = Record<string, any>;
interface Job { id: string; state: string; patientId: string | null; report: { total: number; byType: { resourceType: string; total: number; imported: number; merged: number; skipped: number; reasons: { reason: string; count: number }[] }[] } | null; error: string | null }

let sys: TestSystem;
let adminToken: string;
let clinicianToken: string;
let clinicianId: string;

async function call(token: string, method: string, path: string, body?: string | Buffer, type = 'application/json'): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${sys.url}${path}`, {
    method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': type } : {}) }, ...(body !== undefined ? { body: typeof body === 'string' ? body : new Uint8Array(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
}

/** Starts an import and polls the job (with a deadline) until it is finished. */
async function importBundle(bytes: Buffer | string): Promise<Job> {
  const started = await call(adminToken, 'POST', '/v1/fhir/import', bytes, 'application/fhir+json');
  expect(started.status).toBe(202);
  expect(started.body.data).toMatchObject({ state: 'pending', report: null });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const { status, body } = await call(adminToken, 'GET', `/v1/fhir/imports/${started.body.data.id}`);
    expect(status).toBe(200);
    const job = body.data as Job;
    if (!['pending', 'running'].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`import ${job.id} still ${job.state}`);
    // The poll interval (not a wait for an outcome: the loop ends on the state, with a deadline).
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every item of a paged list. */
async function all(token: string, path: string): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const { status, body } = await call(token, 'GET', `${path}${sep}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(status).toBe(200);
    items.push(...(body.data as Json[]));
    cursor = body.meta.nextCursor ?? null;
  } while (cursor);
  return items;
}

async function onCareTeam(patientId: string): Promise<void> {
  const { status } = await call(adminToken, 'POST', `/v1/patients/${patientId}/care-team`, JSON.stringify({ principalId: clinicianId, role: 'clinician' }));
  expect([201, 409]).toContain(status);
}

/** What a clinician of the patient sees of the imported record. */
async function record(patientId: string) {
  return {
    conditions: (await all(clinicianToken, `/v1/patients/${patientId}/conditions`)).length,
    medications: (await all(clinicianToken, `/v1/patients/${patientId}/medications`)).length,
    labResults: (await all(clinicianToken, `/v1/patients/${patientId}/lab-results`)).length,
    labReports: (await all(clinicianToken, `/v1/patients/${patientId}/lab-reports`)).length,
    encounters: (await all(clinicianToken, `/v1/patients/${patientId}/timeline?type=encounter`)).length,
  };
}

const line = (job: Job, type: string) => job.report!.byType.find((t) => t.resourceType === type) ?? { total: 0, imported: 0, merged: 0, skipped: 0, reasons: [] };

beforeAll(async () => {
  sys = await startSystem();
  adminToken = await sys.tokenFor('e2e-admin');
  const dr = await sys.admin.principals.create({ subject: 'dr-fhir', displayName: 'Dr FHIR', roles: ['clinician'] });
  clinicianId = dr.id;
  clinicianToken = await sys.tokenFor('dr-fhir');
  // profiles-svc's own service principal (labs:write wearables:write), made by an admin and given to it at its start.
  const svc = await sys.admin.principals.create({ subject: 'service:profiles-svc', displayName: 'profiles-svc', kind: 'service', roles: ['service'], scopes: ['labs:write', 'wearables:write'] });
  await sys.kill('profiles-svc');
  await sys.restart('profiles-svc', { PROFILES_SERVICE_SUBJECT: 'service:profiles-svc', PROFILES_SERVICE_SECRET: svc.clientSecret! });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('POST /v1/fhir/import', () => {
  it('is for admins: a clinician is refused 403, an unknown job is 404, a body that is not a Bundle fails the job with nothing written', async () => {
    expect((await call(clinicianToken, 'POST', '/v1/fhir/import', '{}', 'application/fhir+json')).status).toBe(403);
    expect((await call(adminToken, 'GET', '/v1/fhir/imports/6f1c2f7e-0000-4000-8000-000000000000')).status).toBe(404);
    const job = await importBundle(JSON.stringify({ resourceType: 'Patient', id: 'x' }));
    expect(job).toMatchObject({ state: 'failed', patientId: null, report: null });
    expect(job.error).toMatch(/Bundle/);
  });

  it.each(FILES)('imports %s: every resource reported, what arrived equals the bundle minus what is reported skipped', async (file) => {
    const bytes = readFileSync(join(DIR, file));
    const bundle = JSON.parse(bytes.toString('utf8')) as { entry: { resource: Json }[] };
    const count = (pred: (r: Json) => boolean) => bundle.entry.filter((e) => pred(e.resource)).length;
    const byType = new Map<string, number>();
    for (const e of bundle.entry) byType.set(e.resource.resourceType, (byType.get(e.resource.resourceType) ?? 0) + 1);

    const job = await importBundle(bytes);
    expect(job.error).toBeNull();
    expect(job.state).toBe('completed');
    expect(job.report!.total).toBe(bundle.entry.length);
    expect(new Map(job.report!.byType.map((t) => [t.resourceType, t.total]))).toEqual(byType);
    for (const t of job.report!.byType) {
      expect(t.imported + t.merged + t.skipped).toBe(t.total);
      expect(t.reasons.reduce((n, r) => n + r.count, 0)).toBe(t.skipped);
    }
    // The patient, found by Synthea's own identifier (the file name carries it).
    const syntheaId = file.replace(/\.json$/, '').split('_').pop()!;
    const found = await call(adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent(`https://github.com/synthetichealth/synthea|${syntheaId}`)}`);
    expect(found.body.data.map((p: Json) => p.id)).toEqual([job.patientId]);

    await onCareTeam(job.patientId!);
    const got = await record(job.patientId!);
    const category = (r: Json) => r.category?.[0]?.coding?.[0]?.code;
    expect(got.conditions).toBe(count((r) => r.resourceType === 'Condition') - line(job, 'Condition').skipped);
    expect(got.medications).toBe(count((r) => r.resourceType === 'MedicationRequest' || r.resourceType === 'MedicationStatement')
      - line(job, 'MedicationRequest').skipped - line(job, 'MedicationStatement').skipped);
    expect(got.encounters).toBe(count((r) => r.resourceType === 'Encounter') - line(job, 'Encounter').skipped);
    expect(got.labResults).toBe(count((r) => r.resourceType === 'Observation' && category(r) === 'laboratory'));
    expect(line(job, 'Observation').skipped).toBe(count((r) => r.resourceType === 'Observation' && !['laboratory', 'vital-signs'].includes(category(r))));
    for (const t of ['Claim', 'ExplanationOfBenefit', 'Organization', 'Practitioner']) expect(line(job, t).skipped).toBe(byType.get(t) ?? 0);

    // The same bundle again: nothing changes; every resource written before is merged, none imported.
    const again = await importBundle(bytes);
    expect(again).toMatchObject({ state: 'completed', patientId: job.patientId });
    for (const t of again.report!.byType) expect(t.imported).toBe(0);
    expect(line(again, 'Condition').merged).toBe(line(job, 'Condition').imported);
    expect(await record(job.patientId!)).toEqual(got);
    const still = await call(adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent(`https://github.com/synthetichealth/synthea|${syntheaId}`)}`);
    expect(still.body.data).toHaveLength(1);
  }, 180_000);

  it('updates what changed when a newer bundle of the same patient arrives', async () => {
    const file = FILES.find((f) => f.startsWith('Ned_Hintz'))!;
    const bundle = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { entry: { resource: Json }[] };
    const condition = bundle.entry.find((e) => e.resource.resourceType === 'Condition')!.resource;
    condition.clinicalStatus = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'resolved' }] };
    condition.abatementDateTime = '2020-01-01T00:00:00Z';
    const job = await importBundle(JSON.stringify(bundle));
    expect(job.state).toBe('completed');
    expect(line(job, 'Condition')).toMatchObject({ imported: 0, merged: line(job, 'Condition').total });
    const conditions = await all(clinicianToken, `/v1/patients/${job.patientId}/conditions`);
    expect(conditions.filter((c) => c.clinicalStatus === 'resolved' && c.abatementDate === '2020-01-01')).toHaveLength(1);
  }, 120_000);

  it('rolls back a failing part: a lab result dated in the future makes labs-svc refuse, and nothing of the patient is left', async () => {
    const patient = { resourceType: 'Patient', id: 'rb-1', identifier: [{ system: 'urn:oid:2.999.14', value: 'ROLLBACK-1' }], name: [{ family: 'Backe', given: ['Rolf'] }], birthDate: '1970-01-01' };
    const ref = { reference: 'urn:uuid:rb-1' };
    const bundle = {
      resourceType: 'Bundle', type: 'collection', entry: [
        { fullUrl: 'urn:uuid:rb-1', resource: patient },
        { resource: { resourceType: 'Condition', id: 'rb-c', subject: ref, clinicalStatus: { coding: [{ code: 'active' }] }, code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }] } } },
        { resource: { resourceType: 'Encounter', id: 'rb-e', subject: ref, status: 'finished', class: { code: 'AMB' }, period: { start: '2024-01-01T10:00:00Z' } } },
        { resource: { resourceType: 'Observation', id: 'rb-o', status: 'final', subject: ref, category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }], code: { coding: [{ system: 'http://loinc.org', code: '2345-7', display: 'Glucose' }] }, effectiveDateTime: '2999-01-01T00:00:00Z', valueQuantity: { value: 90, unit: 'mg/dL', system: 'http://unitsofmeasure.org', code: 'mg/dL' } } },
      ],
    };
    const job = await importBundle(JSON.stringify(bundle));
    expect(job).toMatchObject({ state: 'rolled_back', patientId: null, report: null });
    expect(job.error).toMatch(/UNPROCESSABLE/);
    const found = await call(adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent('urn:oid:2.999.14|ROLLBACK-1')}`);
    expect(found.body.data).toEqual([]);
  }, 120_000);
});
