import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportLine, startFhirSystem, type FhirSystem, type ImportJob, type Json } from './fhir-kit.js';

/*
 * Issue 14 §1, end to end: the built system, an admin importing the shared Synthea bundles over HTTP
 * (application/fhir+json, streamed), a clinician of the imported patient reading what arrived. Expected counts are
 * taken from the bundles with plain JSON.parse here, never from the import's code; the report's skipped lines are
 * the only thing subtracted.
 */

const DIR = join(process.cwd(), '../shared/data/fhir-synthea');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

let f: FhirSystem;

async function onCareTeam(patientId: string): Promise<void> {
  const { status } = await f.call(f.adminToken, 'POST', `/v1/patients/${patientId}/care-team`, JSON.stringify({ principalId: f.clinicianId, role: 'clinician' }));
  expect([201, 409]).toContain(status);
}

/** What a clinician of the patient sees of the imported record. */
async function record(patientId: string) {
  return {
    conditions: (await f.all(f.clinicianToken, `/v1/patients/${patientId}/conditions`)).length,
    medications: (await f.all(f.clinicianToken, `/v1/patients/${patientId}/medications`)).length,
    labResults: (await f.all(f.clinicianToken, `/v1/patients/${patientId}/lab-results`)).length,
    labReports: (await f.all(f.clinicianToken, `/v1/patients/${patientId}/lab-reports`)).length,
    encounters: (await f.all(f.clinicianToken, `/v1/patients/${patientId}/timeline?type=encounter`)).length,
  };
}

beforeAll(async () => {
  f = await startFhirSystem('dr-fhir');
}, 120_000);

afterAll(async () => {
  await f?.sys.stop();
});

describe('POST /v1/fhir/import', () => {
  it('is for admins: a clinician is refused 403, an unknown job is 404, a body that is not a Bundle fails the job with nothing written', async () => {
    expect((await f.call(f.clinicianToken, 'POST', '/v1/fhir/import', '{}', 'application/fhir+json')).status).toBe(403);
    expect((await f.call(f.adminToken, 'GET', '/v1/fhir/imports/6f1c2f7e-0000-4000-8000-000000000000')).status).toBe(404);
    const job = await f.importBundle(JSON.stringify({ resourceType: 'Patient', id: 'x' }));
    expect(job).toMatchObject({ state: 'failed', patientId: null, report: null });
    expect(job.error).toMatch(/Bundle/);
  });

  it.each(FILES)('imports %s: every resource reported, what arrived equals the bundle minus what is reported skipped', async (file) => {
    const bytes = readFileSync(join(DIR, file));
    const bundle = JSON.parse(bytes.toString('utf8')) as { entry: { resource: Json }[] };
    const count = (pred: (r: Json) => boolean) => bundle.entry.filter((e) => pred(e.resource)).length;
    const byType = new Map<string, number>();
    for (const e of bundle.entry) byType.set(e.resource.resourceType, (byType.get(e.resource.resourceType) ?? 0) + 1);

    const job = await f.importBundle(bytes);
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
    const found = await f.call(f.adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent(`https://github.com/synthetichealth/synthea|${syntheaId}`)}`);
    expect(found.body.data.map((p: Json) => p.id)).toEqual([job.patientId]);

    await onCareTeam(job.patientId!);
    const got = await record(job.patientId!);
    const category = (r: Json) => r.category?.[0]?.coding?.[0]?.code;
    expect(got.conditions).toBe(count((r) => r.resourceType === 'Condition') - reportLine(job, 'Condition').skipped);
    expect(got.medications).toBe(count((r) => r.resourceType === 'MedicationRequest' || r.resourceType === 'MedicationStatement')
      - reportLine(job, 'MedicationRequest').skipped - reportLine(job, 'MedicationStatement').skipped);
    expect(got.encounters).toBe(count((r) => r.resourceType === 'Encounter') - reportLine(job, 'Encounter').skipped);
    expect(got.labResults).toBe(count((r) => r.resourceType === 'Observation' && category(r) === 'laboratory'));
    expect(reportLine(job, 'Observation').skipped).toBe(count((r) => r.resourceType === 'Observation' && !['laboratory', 'vital-signs'].includes(category(r))));
    for (const t of ['Claim', 'ExplanationOfBenefit', 'Organization', 'Practitioner']) expect(reportLine(job, t).skipped).toBe(byType.get(t) ?? 0);

    // The same bundle again: nothing changes; every resource written before is merged, none imported.
    const again = await f.importBundle(bytes);
    expect(again).toMatchObject({ state: 'completed', patientId: job.patientId });
    for (const t of again.report!.byType) expect(t.imported).toBe(0);
    expect(reportLine(again, 'Condition').merged).toBe(reportLine(job, 'Condition').imported);
    expect(await record(job.patientId!)).toEqual(got);
    const still = await f.call(f.adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent(`https://github.com/synthetichealth/synthea|${syntheaId}`)}`);
    expect(still.body.data).toHaveLength(1);
  }, 180_000);

  it('updates what changed when a newer bundle of the same patient arrives', async () => {
    const file = FILES.find((f) => f.startsWith('Ned_Hintz'))!;
    const bundle = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { entry: { resource: Json }[] };
    const condition = bundle.entry.find((e) => e.resource.resourceType === 'Condition')!.resource;
    condition.clinicalStatus = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'resolved' }] };
    condition.abatementDateTime = '2020-01-01T00:00:00Z';
    const job = await f.importBundle(JSON.stringify(bundle));
    expect(job.state).toBe('completed');
    expect(reportLine(job, 'Condition')).toMatchObject({ imported: 0, merged: reportLine(job, 'Condition').total });
    const conditions = await f.all(f.clinicianToken, `/v1/patients/${job.patientId}/conditions`);
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
    const job = await f.importBundle(JSON.stringify(bundle));
    expect(job).toMatchObject({ state: 'rolled_back', patientId: null, report: null });
    expect(job.error).toMatch(/UNPROCESSABLE/);
    const found = await f.call(f.adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent('urn:oid:2.999.14|ROLLBACK-1')}`);
    expect(found.body.data).toEqual([]);
  }, 120_000);
});
