import type { PatientGraphClient } from '@pg/client';
import type { MergeDto, PatientDto } from '@pg/contracts';
import { until } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { principal } from '../attack-suite/helpers.js';

/*
 * Merge and unmerge across services (issue 13 §6), black-box through the gateway: two patients with conditions,
 * check-ins, lab results, a protocol and care teams → merge → everything reads through the target and the source answers
 * 404 with mergedInto → undo after new writes to the target → both as before, the new rows still on the target.
 * Then a merge while labs-svc is down stays pending and completes once labs-svc is back, each row moved once.
 * Expected counts come from the rows this file writes.
 */

/** The saga crosses four processes on a shared machine: its tests get this long. */
const SAGA_MS = 90_000;

let sys: TestSystem;
let ann: PatientDto;
let bob: PatientDto;
let clinician: PatientGraphClient;
let outsider: PatientGraphClient;

const SNOMED = 'http://snomed.info/sct';
const condition = (code: string, display: string) => ({ code: { system: SNOMED, code, display }, clinicalStatus: 'active' });
const checkIn = (date: string, energy: number) => ({ date, energy, mood: 6, focus: 6, sleepQuality: 6 });
const labs = (collectedAt: string, values: number[]) => ({
  collectedAt, results: values.map((value) => ({ biomarker: 'glucose', value, unit: 'mmol/L', referenceRange: { low: 3.9, high: 5.5 } })),
});
const PROTOCOL = {
  name: 'Vitamin D', status: 'active', startDate: '2026-03-01', timeZone: 'UTC',
  items: [{ compound: 'Cholecalciferol', dose: 5000, unit: '[iU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } }],
};

async function post<T>(client: PatientGraphClient, path: string, body: unknown): Promise<{ status: number; body: { data: T; error?: { code: string; details?: Array<Record<string, unknown>> } } }> {
  const res = await client.raw<{ data: T; error?: { code: string; details?: Array<Record<string, unknown>> } }>('POST', path, { body });
  return { status: res.status, body: res.body };
}

async function mergeIn(sys: TestSystem, id: string, state: MergeDto['state']): Promise<MergeDto> {
  return until(`merge ${id} to be ${state}`, async () => {
    const res = await sys.admin.raw<{ data: MergeDto }>('GET', `/v1/merges/${id}`);
    return res.status === 200 && res.body.data.state === state ? res.body.data : undefined;
  }, 60_000);
}

const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();
const conditionsOf = async (c: PatientGraphClient, patientId: string) => (await c.conditions.list(patientId)).data;
const resultsOf = async (c: PatientGraphClient, patientId: string) => (await c.labs.results(patientId)).data;
const protocolsOf = async (c: PatientGraphClient, patientId: string) => (await c.raw<{ data: Array<{ id: string }> }>('GET', `/v1/patients/${patientId}/protocols`)).body.data;
const checkInsOf = async (c: PatientGraphClient, patientId: string) =>
  (await c.raw<{ data: Array<{ id: string; date: string; energy: number }> }>('GET', `/v1/patients/${patientId}/check-ins`)).body.data;

beforeAll(async () => {
  sys = await startSystem();
  ann = await sys.admin.patients.create({ givenName: 'Ann', familyName: 'Merge', birthDate: '1980-04-04' });
  bob = await sys.admin.patients.create({ givenName: 'Ann', familyName: 'Merge-Dup', birthDate: '1980-04-04' });
  const dr = await principal(sys, 'dr-merge', ['clinician']);
  clinician = dr.client;
  outsider = (await principal(sys, 'dr-outsider', ['clinician'])).client;
  // The clinician is on both teams: the source's membership is the one a merge supersedes (one open membership per patient).
  await sys.admin.careTeam.add(ann.id, { principalId: dr.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(bob.id, { principalId: dr.p.id, role: 'clinician' });
}, 180_000);

afterAll(async () => {
  await sys?.stop();
});

describe('merge and undo through the gateway', () => {
  let before: Record<'annConditions' | 'bobConditions' | 'annResults' | 'bobResults' | 'bobProtocols' | 'annCheckIns' | 'bobCheckIns', string[]>;
  let merge: MergeDto;

  it('two patients with records in every service', async () => {
    await clinician.conditions.create(ann.id, condition('44054006', 'Diabetes mellitus type 2') as never);
    await clinician.conditions.create(bob.id, condition('38341003', 'Hypertension') as never);
    await clinician.labs.uploadResults(ann.id, labs('2026-02-01', [5.1]) as never);
    await clinician.labs.uploadResults(bob.id, labs('2026-02-02', [6.2, 6.4]) as never);
    expect((await post(clinician, `/v1/patients/${bob.id}/protocols`, PROTOCOL)).status).toBe(201);
    // Both checked in on 03-01 (one check-in per patient and day): the target's stays, the source's is superseded.
    const annSelf = (await principal(sys, 'ann-merge', ['patient'], ann.id)).client;
    const bobSelf = (await principal(sys, 'bob-merge', ['patient'], bob.id)).client;
    for (const [who, p, body] of [[annSelf, ann, checkIn('2026-03-01', 5)], [bobSelf, bob, checkIn('2026-03-01', 9)], [bobSelf, bob, checkIn('2026-03-02', 7)]] as const) {
      expect((await post(who, `/v1/patients/${p.id}/check-ins`, body)).status).toBe(201);
    }
    await until('the lab results to be stored', async () => (await resultsOf(clinician, ann.id)).length === 1 && (await resultsOf(clinician, bob.id)).length === 2);
    before = {
      annConditions: ids(await conditionsOf(clinician, ann.id)), bobConditions: ids(await conditionsOf(clinician, bob.id)),
      annResults: ids(await resultsOf(clinician, ann.id)), bobResults: ids(await resultsOf(clinician, bob.id)),
      bobProtocols: ids(await protocolsOf(clinician, bob.id)),
      annCheckIns: ids(await checkInsOf(clinician, ann.id)), bobCheckIns: ids(await checkInsOf(clinician, bob.id)),
    };
    expect([before.annConditions.length, before.bobConditions.length, before.bobProtocols.length, before.annCheckIns.length, before.bobCheckIns.length]).toEqual([1, 1, 1, 1, 2]);
  }, SAGA_MS);

  it('refuses a merge into itself, and one by a non-admin', async () => {
    const self = await post(sys.admin, `/v1/patients/${ann.id}/merge`, { sourcePatientId: ann.id });
    expect([self.status, self.body.error?.code]).toEqual([409, 'CONFLICT']);
    expect((await post(clinician, `/v1/patients/${ann.id}/merge`, { sourcePatientId: bob.id })).status).toBe(403);
    const unknownField = await post(sys.admin, `/v1/patients/${ann.id}/merge`, { sourcePatientId: bob.id, force: true });
    expect([unknownField.status, unknownField.body.error?.code]).toEqual([400, 'VALIDATION_FAILED']);
  }, SAGA_MS);

  it('merges: pending, then completed with the rows each service moved', async () => {
    const res = await post<MergeDto>(sys.admin, `/v1/patients/${ann.id}/merge`, { sourcePatientId: bob.id });
    expect(res.status).toBe(202);
    expect(res.body.data).toMatchObject({ sourcePatientId: bob.id, targetPatientId: ann.id, state: 'pending' });
    merge = await mergeIn(sys, res.body.data.id, 'completed');
    expect(merge.services['profiles-svc']).toMatchObject({ state: 'applied', moved: { condition: 1, check_in: 1 }, superseded: { check_in: 1 } });
    expect(merge.services['labs-svc']).toMatchObject({ state: 'applied', moved: { lab_report: 1, lab_result: 2 } });
    expect(merge.services['treatments-svc']).toMatchObject({ state: 'applied', moved: { protocol: 1, protocol_version: 1 } });
    // bob's patient login now signs in to the survivor; the clinician's membership on bob is superseded by the one on ann.
    expect(merge.services['identity-svc']).toMatchObject({ state: 'applied', moved: { principal: 1 }, superseded: { care_team_member: 1 } });
  }, SAGA_MS);

  it('everything reads through the target; the source answers 404 with mergedInto to those who may read the survivor', async () => {
    expect(ids(await conditionsOf(clinician, ann.id))).toEqual([...before.annConditions, ...before.bobConditions].sort());
    expect(ids(await resultsOf(clinician, ann.id))).toEqual([...before.annResults, ...before.bobResults].sort());
    expect(ids(await protocolsOf(clinician, ann.id))).toEqual(before.bobProtocols);
    // The target's check-in of 03-01 stayed; the source's 03-02 moved.
    expect((await checkInsOf(clinician, ann.id)).map((c) => [c.date, c.energy]).sort()).toEqual([['2026-03-01', 5], ['2026-03-02', 7]]);
    const asAdmin = await sys.admin.raw<{ error: { code: string; details: unknown[] } }>('GET', `/v1/patients/${bob.id}`);
    expect([asAdmin.status, asAdmin.body.error.code, asAdmin.body.error.details]).toEqual([404, 'NOT_FOUND', [{ mergedInto: ann.id }]]);
    const asTeam = await clinician.raw<{ error: { details?: unknown[] } }>('GET', `/v1/patients/${bob.id}`);
    expect([asTeam.status, asTeam.body.error.details]).toEqual([404, [{ mergedInto: ann.id }]]);
    // Every service answers for the merged source the same way (its patient_state, record's guard).
    for (const path of [`/v1/patients/${bob.id}/lab-results`, `/v1/patients/${bob.id}/protocols`, `/v1/patients/${bob.id}/care-team`]) {
      const res = await clinician.raw<{ error: { code: string; details?: unknown[] } }>('GET', path);
      expect([path, res.status, res.body.error.details]).toEqual([path, 404, [{ mergedInto: ann.id }]]);
    }
    const asOutsider = await outsider.raw<{ error: { details?: unknown[] } }>('GET', `/v1/patients/${bob.id}`);
    expect([asOutsider.status, asOutsider.body.error.details ?? []]).toEqual([404, []]);
  }, SAGA_MS);

  it('shows the merge on the survivor\'s timeline', async () => {
    await until('identity.patient.merged on the timeline', async () => {
      const entries = (await clinician.getTimeline(ann.id)).data;
      return entries.some((e) => e.type === 'patient-merged' && e.source.id === bob.id && e.summary.survivorId === ann.id);
    });
  }, SAGA_MS);

  it('refuses merging a merged patient again, or into it (409)', async () => {
    const again = await post(sys.admin, `/v1/patients/${ann.id}/merge`, { sourcePatientId: bob.id });
    expect([again.status, again.body.error?.code]).toEqual([409, 'CONFLICT']);
    const into = await post(sys.admin, `/v1/patients/${bob.id}/merge`, { sourcePatientId: ann.id });
    expect([into.status, into.body.error?.code]).toEqual([409, 'CONFLICT']);
  }, SAGA_MS);

  it('undo moves back exactly what moved; rows written to the target since stay on the target', async () => {
    const later = await clinician.conditions.create(ann.id, condition('73211009', 'Diabetes mellitus') as never);
    await clinician.labs.uploadResults(ann.id, labs('2026-03-10', [5.3]) as never);
    await until('the new result', async () => (await resultsOf(clinician, ann.id)).length === 4);
    const newResults = ids(await resultsOf(clinician, ann.id)).filter((id) => !before.annResults.includes(id) && !before.bobResults.includes(id));
    const res = await post<MergeDto>(sys.admin, `/v1/merges/${merge.id}/undo`, {});
    expect([res.status, res.body.data.state]).toEqual([202, 'undo_pending']);
    const undone = await mergeIn(sys, merge.id, 'undone');
    expect(undone.services['labs-svc']).toMatchObject({ state: 'undone', undoneMoved: { lab_report: 1, lab_result: 2 } });
    expect(undone.services['profiles-svc']).toMatchObject({ state: 'undone', undoneMoved: { condition: 1, check_in: 1 } });

    expect(ids(await conditionsOf(clinician, ann.id))).toEqual([...before.annConditions, later.id].sort());
    expect(ids(await conditionsOf(clinician, bob.id))).toEqual(before.bobConditions);
    expect(ids(await resultsOf(clinician, ann.id))).toEqual([...before.annResults, ...newResults].sort());
    expect(ids(await resultsOf(clinician, bob.id))).toEqual(before.bobResults);
    expect(ids(await protocolsOf(clinician, bob.id))).toEqual(before.bobProtocols);
    expect(await protocolsOf(clinician, ann.id)).toEqual([]);
    expect(ids(await checkInsOf(clinician, ann.id))).toEqual(before.annCheckIns);
    expect(ids(await checkInsOf(clinician, bob.id))).toEqual(before.bobCheckIns);
    expect((await sys.admin.raw('GET', `/v1/patients/${bob.id}`)).status).toBe(200);
    const twice = await post(sys.admin, `/v1/merges/${merge.id}/undo`, {});
    expect([twice.status, twice.body.error?.code]).toEqual([409, 'CONFLICT']);
  }, SAGA_MS);
});

describe('a participant down mid-merge', () => {
  it('the merge stays pending while labs-svc is down and completes after its restart, each row moved once', async () => {
    const carl = await sys.admin.patients.create({ givenName: 'Carl', familyName: 'Kill', birthDate: '1970-01-01' });
    const dup = await sys.admin.patients.create({ givenName: 'Carl', familyName: 'Kill', birthDate: '1970-01-01' });
    const dr = await principal(sys, 'dr-kill', ['clinician']);
    await sys.admin.careTeam.add(carl.id, { principalId: dr.p.id, role: 'clinician' });
    await sys.admin.careTeam.add(dup.id, { principalId: dr.p.id, role: 'clinician' });
    await dr.client.labs.uploadResults(dup.id, labs('2026-01-05', [5.0, 5.2, 5.4]) as never);
    await until('the results', async () => (await resultsOf(dr.client, dup.id)).length === 3);

    await sys.kill('labs-svc', 'SIGKILL');
    const res = await post<MergeDto>(sys.admin, `/v1/patients/${carl.id}/merge`, { sourcePatientId: dup.id });
    expect(res.status).toBe(202);
    const waiting = await until('every other participant to apply', async () => {
      const m = (await sys.admin.raw<{ data: MergeDto }>('GET', `/v1/merges/${res.body.data.id}`)).body.data;
      return ['profiles-svc', 'treatments-svc', 'identity-svc'].every((s) => m.services[s as 'profiles-svc']?.state === 'applied') ? m : undefined;
    }, 60_000);
    expect([waiting.state, waiting.services['labs-svc']?.state]).toEqual(['pending', 'pending']);

    await sys.restart('labs-svc');
    const done = await mergeIn(sys, res.body.data.id, 'completed');
    expect(done.services['labs-svc']).toMatchObject({ state: 'applied', moved: { lab_report: 1, lab_result: 3 } });
    expect((await resultsOf(dr.client, carl.id)).length).toBe(3);
  }, 180_000);
});
