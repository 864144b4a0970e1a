import { ApiError, type PatientGraphClient } from '@pg/client';
import type { PatientDto } from '@pg/contracts';
import { rejection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

/*
 * Issue 12 (items 1, 2, 4) through the gateway, as a client sees it: status codes (201 vs 200 for a check-in),
 * ETag and If-Match (409 when stale, API.md), the soft delete's body on DELETE, and who gets 403 or 404.
 */

let sys: TestSystem;
let pat: PatientDto;
let patient: PatientGraphClient;
let clinician: PatientGraphClient;
let coordinator: PatientGraphClient;
let offTeam: PatientGraphClient;

async function principal(sub: string, roles: ('patient' | 'clinician' | 'coordinator')[], patientId?: string) {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  return { p, client: sys.client(await sys.tokenFor(sub)) };
}
const status = async (p: Promise<unknown>) => (await rejection<ApiError>(p)).status;

beforeAll(async () => {
  sys = await startSystem();
  pat = await sys.admin.patients.create({ givenName: 'Rita', familyName: 'Record', birthDate: '1979-04-02', email: 'rita@example.org', timeZone: 'Europe/Berlin', tags: ['TRT'] });
  patient = (await principal('rita-record', ['patient'], pat.id)).client;
  const dr = await principal('dr-record', ['clinician']);
  clinician = dr.client;
  const co = await principal('coord-record', ['coordinator']);
  coordinator = co.client;
  offTeam = (await principal('dr-elsewhere', ['clinician'])).client;
  await sys.admin.careTeam.add(pat.id, { principalId: dr.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(pat.id, { principalId: co.p.id, role: 'coordinator' });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('profile fields through the gateway', () => {
  it('filters by tag and email; a coordinator may not filter on tags (403)', async () => {
    expect((await sys.admin.patients.search({ tag: 'trt', email: 'RITA@example.org' })).data.map((p) => p.id)).toEqual([pat.id]);
    expect(await status(coordinator.patients.search({ tag: 'trt' }))).toBe(403);
    expect((await coordinator.patients.get(pat.id))).toMatchObject({ timeZone: 'Europe/Berlin' });
  });
});

describe('conditions and medications through the gateway', () => {
  it('creates (201, ETag, Location), updates with If-Match, and answers 409 on a stale version', async () => {
    const res = await clinician.raw<{ data: { id: string; version: number } }>('POST', `/v1/patients/${pat.id}/conditions`, {
      body: { code: { system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes mellitus type 2' }, clinicalStatus: 'active' },
    });
    expect([res.status, res.headers.get('etag'), res.headers.get('location')]).toEqual([201, '"1"', `/v1/patients/${pat.id}/conditions/${res.body.data.id}`]);
    const id = res.body.data.id;
    await expect(clinician.conditions.update(pat.id, id, { clinicalStatus: 'remission' }, 1)).resolves.toMatchObject({ clinicalStatus: 'remission', version: 2 });
    const stale = await clinician.raw('PATCH', `/v1/patients/${pat.id}/conditions/${id}`, { body: { note: 'late' }, headers: { 'if-match': '"1"' } });
    expect([stale.status, (stale.body as { error: { code: string } }).error.code]).toEqual([409, 'CONFLICT']);
    expect((await clinician.raw('GET', `/v1/patients/${pat.id}/conditions/${id}`)).headers.get('etag')).toBe('"2"');
    expect(await status(clinician.conditions.create(pat.id, { code: { system: 'http://snomed.info/sct', code: '44054007', display: 'x' }, clinicalStatus: 'active' }))).toBe(400);
    expect((await patient.conditions.list(pat.id)).data.map((c) => c.id)).toEqual([id]);
    expect(await status(coordinator.conditions.list(pat.id))).toBe(403);
    expect(await status(coordinator.medications.list(pat.id))).toBe(403);
    expect(await status(offTeam.conditions.list(pat.id))).toBe(404);
    expect(await status(patient.medications.create(pat.id, { name: 'DHEA 25 mg', status: 'active' }))).toBe(403);
    const med = await clinician.medications.create(pat.id, { code: { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '310965' }, name: 'Ibuprofen 200 MG Oral Tablet', dose: '200 mg', route: 'oral', frequency: 'as needed', status: 'active' });
    await clinician.medications.remove(pat.id, med.id, 1);
    expect((await clinician.medications.list(pat.id)).data).toEqual([]);
  });
});

describe('check-ins through the gateway', () => {
  it('answers 201 for the first of the day and 200 when it replaces it', async () => {
    const body = { date: '2026-01-05', energy: 4, mood: 5, focus: 6, sleepQuality: 7 };
    const recorded = await patient.checkIns.record(pat.id, body);
    const second = await patient.checkIns.record(pat.id, { ...body, energy: 8 });
    expect([recorded.created, second.created, second.checkIn.id === recorded.checkIn.id, second.checkIn.energy]).toEqual([true, false, true, 8]);
    expect(await status(clinician.checkIns.record(pat.id, body))).toBe(403);
    // A retry with the same Idempotency-Key answers as the first answer did: 200 for a replacement, 201 for a first one.
    const replaced = { ...body, energy: 9 };
    const once = await patient.raw('POST', `/v1/patients/${pat.id}/check-ins`, { body: replaced, headers: { 'idempotency-key': 'checkin-retry-1' } });
    const again = await patient.raw('POST', `/v1/patients/${pat.id}/check-ins`, { body: replaced, headers: { 'idempotency-key': 'checkin-retry-1' } });
    expect([once.status, again.status, again.headers.get('idempotent-replayed')]).toEqual([200, 200, 'true']);
    const fresh = { ...body, date: '2026-01-06' };
    const first = await patient.raw('POST', `/v1/patients/${pat.id}/check-ins`, { body: fresh, headers: { 'idempotency-key': 'checkin-retry-2' } });
    const retry = await patient.raw('POST', `/v1/patients/${pat.id}/check-ins`, { body: fresh, headers: { 'idempotency-key': 'checkin-retry-2' } });
    expect([first.status, retry.status]).toEqual([201, 201]);
    await expect(clinician.checkIns.trend(pat.id, { from: '2026-01-01', to: '2026-01-05' })).resolves.toMatchObject({ metrics: { energy: { count: 1, mean: 9 } } });
  });
});

describe('soft delete and restore through the gateway', () => {
  it('DELETE with a reason hides the patient (404) until POST …/restore; DELETE without one still only deactivates', async () => {
    const other = await sys.admin.patients.create({ givenName: 'Del', familyName: 'Eted', birthDate: '1980-01-01' });
    await expect(sys.admin.patients.deactivate(other.id)).resolves.toMatchObject({ status: 'inactive' });
    await expect(sys.admin.patients.get(other.id)).resolves.toMatchObject({ status: 'inactive' });
    await sys.admin.patients.softDelete(other.id, 'Created twice by the intake form');
    expect(await status(sys.admin.patients.get(other.id))).toBe(404);
    const bad = await sys.admin.raw('DELETE', `/v1/patients/${pat.id}`, { body: { reason: 'x', extra: true } });
    expect(bad.status).toBe(400);
    expect(await status(clinician.raw('POST', `/v1/patients/${other.id}/restore`, { body: { reason: 'not mine' } }).then((r) => { if (r.status >= 400) throw new ApiError(r.status, r.body as never, r.headers); }))).toBe(403);
    await expect(sys.admin.patients.restore(other.id, 'Deleted the wrong one')).resolves.toMatchObject({ id: other.id });
    await expect(sys.admin.patients.get(other.id)).resolves.toMatchObject({ id: other.id });
  });
});
