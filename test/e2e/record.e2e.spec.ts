import { randomUUID } from 'node:crypto';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ApiError, type PatientGraphClient } from '@pg/client';
import type { LabReportDetailDto, PatientDto, TimelineEntryDto } from '@pg/contracts';
import { publishDomainEvent } from '@pg/messaging';
import { natsConnection, rejection } from '@pg/testing';
import { startSystem, type TestSystem } from '@pg/testing/system';

/*
 * Issue 12 end to end, through the gateway: a lab upload shows up on the timeline (labs-svc's event projected by
 * profiles-svc), next to manual events; conversations over REST; the assistant's view.
 */

let sys: TestSystem;
let nc: NatsConnection;
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
  nc = await natsConnection();
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
  await nc?.close();
  await sys?.stop();
});

describe('the timeline through the gateway', () => {
  it('shows a lab upload, a protocol change and a wearable import, and a manual note, newest first', async () => {
    const report = await anaClient.labs.uploadResults(ana.id, { collectedAt: '2026-11-01', results: [{ biomarker: 'ferritin', value: 410, unit: 'ng/mL', referenceRange: { low: 30, high: 400 } }] });
    await eventually('the report parsed', async () => {
      const r: LabReportDetailDto = await clinician.labs.report(ana.id, report.id);
      return r.status === 'parsed' ? r : undefined;
    });
    // treatments-svc and labs-svc's wearables publish these once merged; until then they are published as they will be.
    const js = jetstream(nc);
    const protocolId = randomUUID();
    const importId = randomUUID();
    await publishDomainEvent(js, sys.world.ns, 'treatments.protocol.changed', { protocolId, patientId: ana.id, version: 1, status: 'active', occurredAt: '2026-11-02T09:00:00Z' }, randomUUID());
    await publishDomainEvent(js, sys.world.ns, 'labs.wearable.imported', { importId, patientId: ana.id, provider: 'oura', accepted: 30, duplicates: 0, rejected: 0, occurredAt: '2026-11-03T09:00:00Z' }, randomUUID());
    const note = await clinician.createEvent(ana.id, { type: 'note', occurredAt: '2020-01-01T10:00:00Z', title: 'Intake' });
    // Ferritin 410 ng/mL is above the lab's 30–400: labs-svc also publishes labs.result.out-of-range for it.
    const entries = await eventually('five projected entries', async () => {
      const page = await clinician.getTimeline(ana.id);
      return page.data.length === 5 ? page.data : undefined;
    });
    // Newest first: the report was parsed and its result recorded just now (in either order), the others happened on
    // Nov 3, Nov 2 and in 2020.
    const [first, second, ...rest] = entries as TimelineEntryDto[];
    expect([first!, second!].map((e) => e.type).sort()).toEqual(['lab-report-parsed', 'lab-result-out-of-range']);
    expect(rest.map((e) => [e.type, e.source.id])).toEqual([['wearable-imported', importId], ['protocol-changed', protocolId], ['note', note.id]]);
    const parsed = [first!, second!].find((e) => e.type === 'lab-report-parsed')!;
    expect(parsed).toMatchObject({ source: { service: 'labs-svc', kind: 'lab-report', id: report.id }, summary: { kind: 'json', resultCount: 1 } });
    const outOfRange = [first!, second!].find((e) => e.type === 'lab-result-out-of-range')!;
    expect(outOfRange).toMatchObject({ source: { service: 'labs-svc', kind: 'lab-result' }, summary: { reportId: report.id, biomarkerKey: 'ferritin', status: 'high' } });
    const typed = await anaClient.getTimeline(ana.id, { type: 'protocol-changed' });
    expect(typed.data.map((e) => e.source.id)).toEqual([protocolId]);
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
    // labs-svc serves the biomarkers (LABS.resultLatest) and the wearables (LABS.wearableDaily: no summaries yet) parts.
    expect(ctx).toMatchObject({ conditions: [], medications: [], protocols: { protocols: [] }, wearables: [] });
    expect(ctx.omitted).toEqual([]);
    const coord = await coordinator.getPatientContext(ana.id);
    expect(coord.conversation).toBeUndefined();
    expect(coord.omitted).toContainEqual({ part: 'conversation', reason: 'forbidden' });
    const stranger = await sys.admin.patients.create({ givenName: 'Sam', familyName: 'Other', birthDate: '1990-01-01' });
    expect((await rejection<ApiError>(clinician.getPatientContext(stranger.id))).status).toBe(404);
  });
});
