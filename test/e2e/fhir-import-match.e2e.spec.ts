import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MatchPersonDto, ReviewItemDto } from '@pg/contracts';
import { until } from '@pg/testing';
import { reportLine, startFhirSystem, type FhirSystem, type Json } from './fhir-kit.js';

/*
 * Issue 14 §1, "the patient is matched through identity-svc rather than duplicated", end to end: the built system
 * with identity-svc feeding every profile into its match index (its own service principal) and profiles-svc asking
 * its matcher (`identities:read`) when none of a bundle's identifiers is known. Patients the clinic already has are
 * created through the API with none of the bundle's identifiers; the expected outcomes are the ones docs/fhir.md
 * ("The patient") and docs/identity.md (grades, the review queue) give, read against the shared Synthea bundles.
 */

const DIR = join(process.cwd(), '../shared/data/fhir-synthea');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

let f: FhirSystem;

/** A shared bundle by the patient's name: its bytes and Synthea's id of the patient (the file name carries it). */
function bundleOf(name: string): { bytes: Buffer; syntheaId: string } {
  const file = FILES.find((x) => x.startsWith(name))!;
  return { bytes: readFileSync(join(DIR, file)), syntheaId: file.replace(/\.json$/, '').split('_').pop()! };
}

async function bySyntheaId(syntheaId: string): Promise<string[]> {
  const res = await f.call(f.adminToken, 'GET', `/v1/patients?identifier=${encodeURIComponent(`https://github.com/synthetichealth/synthea|${syntheaId}`)}`);
  expect(res.status).toBe(200);
  return (res.body.data as Json[]).map((p) => p.id as string);
}

async function named(familyName: string): Promise<string[]> {
  const res = await f.call(f.adminToken, 'GET', `/v1/patients?q=${encodeURIComponent(familyName)}&limit=100`);
  expect(res.status).toBe(200);
  return (res.body.data as Json[]).filter((p) => p.familyName === familyName).map((p) => p.id as string);
}

async function reviewQueue(): Promise<ReviewItemDto[]> {
  return (await f.all(f.adminToken, '/v1/identities/review-queue')) as ReviewItemDto[];
}

/** Waits until identity-svc's patient feed has put the profile into the match index (a match finds it). */
async function indexed(patientId: string, person: MatchPersonDto): Promise<void> {
  await until('the profile in the match index', async () => (await f.sys.admin.identities.match(person)).data.some((c) => c.patientId === patientId), 30_000);
}

beforeAll(async () => {
  // The gateway keeps resolved principals for the whole file, so the admin keeps answering while identity-svc is
  // stopped in the last test (what is measured there is profiles-svc's import, not the gateway's login).
  f = await startFhirSystem('dr-fhirmatch', { PRINCIPAL_CACHE_TTL_MS: '600000' });
  // identity-svc's own principal: its patient feed reads every profile into the match index (docs/identity.md).
  const svc = await f.sys.admin.principals.create({ subject: 'service:identity-svc', displayName: 'identity-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read', 'profiles:write'] });
  await f.sys.kill('identity-svc');
  await f.sys.restart('identity-svc', { IDENTITY_SERVICE_SUBJECT: 'service:identity-svc', IDENTITY_SERVICE_SECRET: svc.clientSecret! });
}, 180_000);

afterAll(async () => {
  await f?.sys.stop();
});

describe('the FHIR import matches its patient through identity-svc', () => {
  it('updates the patient the clinic already has when identity-svc is certain it is them (no identifier in common): one patient, the report says merged', async () => {
    const { bytes, syntheaId } = bundleOf('Alberto_Atencio');
    // The same person as the bundle's Patient (name, birth date, sex, address), entered by the clinic without any of
    // the bundle's identifiers. (Synthea's 555 numbers are no valid phone numbers: the API refuses them.)
    const clinic = await f.sys.admin.patients.create({
      givenName: 'Alberto', familyName: 'Atencio', birthDate: '1993-06-07', sexAtBirth: 'male',
      address: { line1: '849 Koch Crossroad', city: 'Boston', postalCode: '02108', country: 'US' },
    });
    await indexed(clinic.id, { givenName: 'Alberto', familyName: 'Atencio', birthDate: '1993-06-07' });

    const job = await f.importBundle(bytes);
    expect([job.state, job.error]).toEqual(['completed', null]);
    expect(job.patientId).toBe(clinic.id);
    expect(reportLine(job, 'Patient')).toMatchObject({ total: 1, imported: 0, merged: 1, skipped: 0 });
    expect(job.report!.patientMatch).toEqual({ outcome: 'certain', candidatePatientIds: [], reviewItemIds: [] });
    // One Alberto Atencio, holding the bundle's identifiers now, with the bundle's record.
    expect(await named('Atencio')).toEqual([clinic.id]);
    expect(await bySyntheaId(syntheaId)).toEqual([clinic.id]);
    expect(reportLine(job, 'Condition').imported).toBeGreaterThan(0);
    const queue = await reviewQueue();
    expect(queue.filter((i) => i.a.sourceId === job.id || i.b.sourceId === job.id)).toEqual([]);

    // The same bundle again is found by its identifiers: still one patient, nothing imported twice.
    const again = await f.importBundle(bytes);
    expect([again.state, again.patientId]).toEqual(['completed', clinic.id]);
    expect(again.report!.patientMatch?.outcome).toBe('identifier');
    for (const t of again.report!.byType) expect(t.imported).toBe(0);
    expect(await named('Atencio')).toEqual([clinic.id]);
  }, 180_000);

  it('a probable match (a twin: same surname, birth date and home, another given name) → a new patient, and the pair waits in the review queue', async () => {
    const { bytes, syntheaId } = bundleOf('Buster_Hoeger');
    const twin = await f.sys.admin.patients.create({
      givenName: 'Bruno', familyName: 'Hoeger', birthDate: '1988-03-16', sexAtBirth: 'male',
      address: { line1: '535 Howe Neck Apt 38', city: 'Amherst', postalCode: '01002', country: 'US' },
    });
    await indexed(twin.id, { givenName: 'Bruno', familyName: 'Hoeger', birthDate: '1988-03-16' });

    const job = await f.importBundle(bytes);
    expect([job.state, job.error]).toEqual(['completed', null]);
    expect(job.patientId).not.toBe(twin.id);
    expect(reportLine(job, 'Patient')).toMatchObject({ total: 1, imported: 1, merged: 0 });
    expect(job.report!.patientMatch).toEqual({ outcome: 'review', candidatePatientIds: [twin.id], reviewItemIds: [expect.any(String)] });
    expect(await bySyntheaId(syntheaId)).toEqual([job.patientId]);
    expect((await named('Hoeger')).sort()).toEqual([twin.id, job.patientId!].sort());

    // What an admin sees: the imported record (source fhir-import, the import's id) beside the twin's profile.
    const item = (await reviewQueue()).find((i) => i.id === job.report!.patientMatch!.reviewItemIds[0]);
    expect(item).toMatchObject({ status: 'open', grade: 'probable', a: { source: 'fhir-import', sourceId: job.id }, b: { patientId: twin.id } });
    expect(item!.explanation!.fields.length).toBeGreaterThan(0);
  }, 180_000);

  it('an unrelated bundle → a new patient and no review item; the imported patient enters the match index like any profile', async () => {
    const { bytes, syntheaId } = bundleOf('Edward_Gulgowski');
    const before = new Set((await reviewQueue()).map((i) => i.id));
    const job = await f.importBundle(bytes);
    expect([job.state, job.error]).toEqual(['completed', null]);
    expect(reportLine(job, 'Patient')).toMatchObject({ total: 1, imported: 1, merged: 0 });
    expect(job.report!.patientMatch).toEqual({ outcome: 'none', candidatePatientIds: [], reviewItemIds: [] });
    expect(await bySyntheaId(syntheaId)).toEqual([job.patientId]);
    expect((await reviewQueue()).filter((i) => !before.has(i.id))).toEqual([]);
    // A later record of Edward (another system's bundle, a partner) finds him.
    await indexed(job.patientId!, { givenName: 'Edward', familyName: 'Gulgowski', birthDate: '1992-09-13' });
  }, 180_000);

  it('identity-svc not answering: the step is retried, then the import is rolled back; no patient is created without the match', async () => {
    const { bytes, syntheaId } = bundleOf('Liz_Conn');
    await f.call(f.adminToken, 'GET', '/v1/me');
    await f.sys.kill('identity-svc');
    try {
      const job = await f.importBundle(bytes);
      expect(job).toMatchObject({ state: 'rolled_back', patientId: null, report: null });
      expect(job.error).toMatch(/UNAVAILABLE/);
      expect(await bySyntheaId(syntheaId)).toEqual([]);
      expect(await named('Conn')).toEqual([]);
    } finally {
      await f.sys.restart('identity-svc');
    }
    // Once identity-svc answers again the same bundle imports.
    const job = await f.importBundle(bytes);
    expect([job.state, job.error]).toEqual(['completed', null]);
    expect(await bySyntheaId(syntheaId)).toEqual([job.patientId]);
  }, 240_000);
});
