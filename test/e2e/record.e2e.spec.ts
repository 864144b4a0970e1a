import { readFileSync } from 'node:fs';
import { ApiError, type PatientGraphClient } from '@pg/client';
import type { LabReportDetailDto, PatientDto, TimelineEntryDto } from '@pg/contracts';
import { rejection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

/*
 * Issue 12 end to end, through the gateway: a lab upload, a protocol started and a CGM import show up on the timeline
 * (labs-svc's and treatments-svc's events projected by profiles-svc), next to manual events; conversations over REST;
 * the assistant's view.
 */

let sys: TestSystem;
let ana: PatientDto;
let anaClient: PatientGraphClient;
let clinician: PatientGraphClient;
let coordinator: PatientGraphClient;

async function principal(sub: string, roles: ('patient' | 'clinician' | 'coordinator')[], patientId?: string) {
  const p = await sys.admin.principals.create({ subject: sub, displayName: sub, roles, ...(patientId ? { patientId } : {}) });
  return { p, client: sys.client(await sys.tokenFor(sub)) };
}

async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  sys = await startSystem();
  ana = await sys.admin.patients.create({ givenName: 'Ana', familyName: 'Record', birthDate: '1981-02-03' });
  anaClient = (await principal('ana-record', ['patient'], ana.id)).client;
  const dr = await principal('dr-record', ['clinician']);
  clinician = dr.client;
  const coord = await principal('coord-record', ['coordinator']);
  coordinator = coord.client;
  await sys.admin.careTeam.add(ana.id, { principalId: dr.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(ana.id, { principalId: coord.p.id, role: 'coordinator' });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('the timeline through the gateway', () => {
  it('shows a lab upload, a protocol change and a wearable import, and a manual note, newest first', async () => {
    const report = await anaClient.labs.uploadResults(ana.id, { collectedAt: '2026-11-01', results: [{ biomarker: 'ferritin', value: 410, unit: 'ng/mL', referenceRange: { low: 30, high: 400 } }] });
    await eventually('the report parsed', async () => {
      const r: LabReportDetailDto = await clinician.labs.report(ana.id, report.id);
      return r.status === 'parsed' ? r : undefined;
    });
    // A clinician starts a protocol (treatments-svc publishes treatments.protocol.changed) and the patient uploads a
    // CGM export (labs-svc publishes labs.wearable.imported): the real services, not stand-in events.
    const protocol = await clinician.protocols.create(ana.id, {
      name: 'Vitamin D', status: 'active', startDate: '2026-11-01', timeZone: 'UTC',
      items: [{ compound: 'Cholecalciferol', dose: 2000, unit: '[IU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } }],
    });
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(readFileSync(new URL('../../../shared/data/cgm/dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv', import.meta.url)))], { type: 'text/csv' }), 'export.csv');
    const upload = await anaClient.labs.fetch('POST', `/v1/patients/${ana.id}/wearables/imports?timeZone=UTC`, form);
    expect(upload.status).toBe(202); // the import is a job (docs/wearables.md); its entry appears once it completes
    const importId = ((await upload.json()) as { data: { id: string } }).data.id;
    const note = await clinician.createEvent(ana.id, { type: 'note', occurredAt: '2020-01-01T10:00:00Z', title: 'Intake' });
    // Ferritin 410 ng/mL is above the lab's 30–400: labs-svc also publishes labs.result.out-of-range for it.
    const entries = await eventually('five projected entries', async () => {
      const page = await clinician.getTimeline(ana.id);
      return page.data.length === 5 ? page.data : undefined;
    });
    // Newest first: the four of today in the order they happened (the upload's parse, its result, the protocol and
    // the import race each other), the note of 2020 last.
    const today = (entries as TimelineEntryDto[]).slice(0, 4);
    expect(today.map((e) => e.type).sort()).toEqual(['lab-report-parsed', 'lab-result-out-of-range', 'protocol-changed', 'wearable-imported']);
    expect(entries[4]).toMatchObject({ type: 'note', source: { id: note.id } });
    const byType = (t: string) => today.find((e) => e.type === t)!;
    expect(byType('lab-report-parsed')).toMatchObject({ source: { service: 'labs-svc', kind: 'lab-report', id: report.id }, summary: { kind: 'json', resultCount: 1 } });
    expect(byType('lab-result-out-of-range')).toMatchObject({ source: { service: 'labs-svc', kind: 'lab-result' }, summary: { reportId: report.id, biomarkerKey: 'ferritin', status: 'high' } });
    expect(byType('protocol-changed')).toMatchObject({ source: { id: protocol.id } });
    expect(byType('wearable-imported')).toMatchObject({ source: { id: importId } });
    const times = (entries as TimelineEntryDto[]).map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const typed = await anaClient.getTimeline(ana.id, { type: 'protocol-changed' });
    expect(typed.data.map((e) => e.source.id)).toEqual([protocol.id]);
    // A coordinator may not read the timeline; a patient may not write it.
    expect((await rejection<ApiError>(coordinator.getTimeline(ana.id))).status).toBe(403);
    expect((await rejection<ApiError>(anaClient.createEvent(ana.id, { type: 'note', occurredAt: '2026-11-01T10:00:00Z' }))).status).toBe(403);
    const bad = await anaClient.raw('GET', `/v1/patients/${ana.id}/timeline`, { query: { from: '2026-11-01T10:00:00' } });
    expect(bad.status).toBe(400);
  });

  it('shows the patient\'s daily check-in (profiles.checkin.recorded) once, also when it is recorded again that day', async () => {
    const first = await anaClient.checkIns.record(ana.id, { date: '2026-11-28', energy: 6, mood: 7, focus: 5, sleepQuality: 8 });
    await anaClient.checkIns.record(ana.id, { date: '2026-11-28', energy: 7, mood: 7, focus: 6, sleepQuality: 8 });
    const entries = await eventually('the check-in on the timeline', async () => {
      const page = await clinician.getTimeline(ana.id, { type: 'check-in' });
      return page.data.length === 1 ? page.data : undefined;
    });
    expect(entries[0]).toMatchObject({ type: 'check-in', source: { service: 'profiles-svc', kind: 'check-in', id: first.checkIn.id }, summary: { date: '2026-11-28' } });
  });
});

describe('conversations and the assistant\'s view through the gateway', () => {
  it('lets the patient and the clinician talk, search, and shows a coordinator only that the conversation exists', async () => {
    const conv = await anaClient.createConversation(ana.id, { channel: 'app', title: 'Iron' });
    await anaClient.appendMessage(ana.id, conv.id!, { role: 'patient', content: 'Is my ferritin too high?' });
    await clinician.appendMessage(ana.id, conv.id!, { role: 'clinician', content: 'Slightly: we repeat it in 6 weeks.' });
    const asClinician = await anaClient.raw('POST', `/v1/patients/${ana.id}/conversations/${conv.id}/messages`, { body: { role: 'clinician', content: 'x' } });
    expect(asClinician.status).toBe(403);
    const detail = await clinician.getConversation(ana.id, conv.id!);
    expect(detail.messages!.map((m) => m.role)).toEqual(['patient', 'clinician']);
    const hits = await anaClient.searchConversations(ana.id, { q: 'ferritin' });
    expect(hits.data.map((h) => h.content)).toEqual(['Is my ferritin too high?']);
    const seen = await coordinator.listConversations(ana.id);
    expect(seen.data).toEqual([{ id: conv.id, patientId: ana.id, channel: 'app', createdAt: conv.createdAt, messageCount: 2 }]);
    expect(await coordinator.getConversation(ana.id, conv.id!)).not.toHaveProperty('messages');
    expect((await rejection<ApiError>(coordinator.searchConversations(ana.id, { q: 'ferritin' }))).status).toBe(403);
  });

  it('gives the assistant\'s view with the parts that exist and names the others', async () => {
    const ctx = await clinician.getPatientContext(ana.id);
    expect(ctx.profile).toMatchObject({ id: ana.id, givenName: 'Ana', birthDate: '1981-02-03' });
    expect(ctx.conversation!.map((t) => t.role)).toEqual(['patient', 'clinician']);
    // Every part answers: treatments-svc the regimen (the protocol started above, with today's 08:00 UTC dose),
    // labs-svc the biomarkers (ferritin, high) and the wearables (a CGM export gives no daily summaries).
    expect(ctx).toMatchObject({ conditions: [], medications: [], wearables: [] });
    const regimen = ctx.protocols as { protocols: { name: string; items: { doses: { dueAt: string }[] }[] }[] };
    expect(regimen.protocols).toHaveLength(1);
    expect(regimen.protocols[0]).toMatchObject({ name: 'Vitamin D', items: [{ compound: 'Cholecalciferol', dose: 2000, unit: '[IU]' }] });
    const doses = regimen.protocols[0]!.items[0]!.doses;
    expect(doses).toHaveLength(1);
    expect(doses[0]!.dueAt).toMatch(/T08:00:00(\.000)?Z$/);
    expect(ctx.biomarkers).toContainEqual(expect.objectContaining({ biomarker: 'ferritin', value: 410, status: 'high' }));
    expect(ctx.omitted).toEqual([]);
    const coord = await coordinator.getPatientContext(ana.id);
    expect(coord.conversation).toBeUndefined();
    expect(coord.omitted).toContainEqual({ part: 'conversation', reason: 'forbidden' });
    const stranger = await sys.admin.patients.create({ givenName: 'Sam', familyName: 'Other', birthDate: '1990-01-01' });
    expect((await rejection<ApiError>(clinician.getPatientContext(stranger.id))).status).toBe(404);
  });
});
