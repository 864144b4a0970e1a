import type { PatientGraphClient } from '@pg/client';
import type { CreateProtocolDto, PatientDto, ProtocolDto } from '@pg/contracts';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { auditUntil, failure, principal } from '../attack-suite/helpers.js';

/*
 * Protocols end to end, through the gateway and the typed client, as a clinician, a patient and a coordinator would
 * use them. Expected instants by hand: Chicago is UTC−6 until 2026-03-08 02:00 local, UTC−5 after.
 */

let sys: TestSystem;
let carol: PatientDto;
let dan: PatientDto;
let clinician: PatientGraphClient;
let carolClient: PatientGraphClient;
let danClient: PatientGraphClient;
let coordinator: PatientGraphClient;
let protocol: ProtocolDto;

const BODY: CreateProtocolDto = {
  name: 'BPC-157 course',
  status: 'active',
  startDate: '2026-03-01',
  endDate: '2026-03-31',
  timeZone: 'America/Chicago',
  items: [{ compound: 'BPC-157', dose: 250, unit: 'ug', route: 'subcutaneous', schedule: { rrule: 'FREQ=DAILY;BYHOUR=7;BYMINUTE=30' } }],
};

beforeAll(async () => {
  sys = await startSystem();
  carol = await sys.admin.patients.create({ givenName: 'Carol', familyName: 'Protocols', birthDate: '1980-02-02' });
  dan = await sys.admin.patients.create({ givenName: 'Dan', familyName: 'Protocols', birthDate: '1981-03-03' });
  const dr = await principal(sys, 'dr-protocols', ['clinician']);
  clinician = dr.client;
  carolClient = (await principal(sys, 'carol-protocols', ['patient'], carol.id)).client;
  danClient = (await principal(sys, 'dan-protocols', ['patient'], dan.id)).client;
  const coord = await principal(sys, 'coord-protocols', ['coordinator']);
  coordinator = coord.client;
  await sys.admin.careTeam.add(carol.id, { principalId: dr.p.id, role: 'clinician' });
  await sys.admin.careTeam.add(carol.id, { principalId: coord.p.id, role: 'coordinator' });
}, 120_000);

afterAll(async () => {
  await sys?.stop();
});

describe('protocols through the gateway', () => {
  it('a clinician creates a protocol: 201 with Location and ETag', async () => {
    const res = await clinician.raw<{ data: ProtocolDto }>('POST', `/v1/patients/${carol.id}/protocols`, { body: BODY });
    expect(res.status).toBe(201);
    protocol = res.body.data;
    expect(res.headers.get('location')).toBe(`/v1/patients/${carol.id}/protocols/${protocol.id}`);
    expect(res.headers.get('etag')).toBe('"1"');
    expect(protocol).toMatchObject({ patientId: carol.id, version: 1, status: 'active', items: [{ compound: 'BPC-157', dose: 250, unit: 'ug' }] });
  });

  it('the patient sees the day\'s doses, logs one, and sees it logged', async () => {
    // 07:30 CST on 03-02 = 13:30Z; on 03-09 (after the change to CDT) = 12:30Z.
    const day = await carolClient.protocols.regimen(carol.id, '2026-03-02');
    expect(day).toMatchObject({ date: '2026-03-02', timeZone: 'America/Chicago' });
    expect(day.protocols[0]!.items[0]!.doses).toEqual([{ dueAt: '2026-03-02T13:30:00.000Z', log: null }]);
    expect((await carolClient.protocols.regimen(carol.id, '2026-03-09')).protocols[0]!.items[0]!.doses.map((d) => d.dueAt)).toEqual(['2026-03-09T12:30:00.000Z']);
    const itemId = protocol.items[0]!.id;
    const log = await carolClient.protocols.logDose(carol.id, protocol.id, { itemId, dueAt: '2026-03-02T07:30:00-06:00', status: 'taken' } as never);
    expect(log).toMatchObject({ itemId, dueAt: '2026-03-02T13:30:00.000Z', status: 'taken', version: 1 });
    expect((await carolClient.protocols.regimen(carol.id, '2026-03-02')).protocols[0]!.items[0]!.doses[0]!.log).toMatchObject({ status: 'taken' });
    const adherence = await carolClient.protocols.adherence(carol.id, protocol.id, { from: '2026-03-01', to: '2026-03-07' });
    expect(adherence.total).toEqual({ due: 7, taken: 1, late: 0, skipped: 0, missed: 6, percentage: 14.3 });
  });

  it('a change is a new version with If-Match; a stale one is 409; ?at= reads the old one', async () => {
    const stale = await failure(clinician.protocols.update(carol.id, protocol.id, { name: 'Renamed' }, 7));
    expect([stale.status, stale.body.error.code]).toEqual([409, 'CONFLICT']);
    const res = await clinician.raw<{ data: ProtocolDto }>('PATCH', `/v1/patients/${carol.id}/protocols/${protocol.id}`, {
      body: { effectiveFrom: '2026-03-15', items: [{ ...BODY.items[0], id: protocol.items[0]!.id, dose: 500 }] }, headers: { 'if-match': '"1"' },
    });
    expect([res.status, res.headers.get('etag'), res.body.data.version, res.body.data.effectiveFrom]).toEqual([200, '"2"', 2, '2026-03-15T05:00:00.000Z']);
    expect((await carolClient.protocols.get(carol.id, protocol.id, { at: '2026-03-14' })).items[0]!.dose).toBe(250);
    expect((await carolClient.protocols.get(carol.id, protocol.id, { at: '2026-03-15' })).items[0]!.dose).toBe(500);
    expect((await carolClient.protocols.versions(carol.id, protocol.id)).data.map((v) => v.version)).toEqual([1, 2]);
  });

  it('refuses: the patient changing it (403), the coordinator reading it (403), another patient (404)', async () => {
    const patientWrite = await failure(carolClient.protocols.update(carol.id, protocol.id, { name: 'Mine now' }));
    expect(patientWrite.status).toBe(403);
    for (const call of [() => coordinator.protocols.list(carol.id), () => coordinator.protocols.regimen(carol.id, '2026-03-02'), () => coordinator.protocols.get(carol.id, protocol.id)]) {
      expect((await failure(call())).status).toBe(403);
    }
    expect((await failure(danClient.protocols.get(carol.id, protocol.id))).status).toBe(404);
    expect((await failure(danClient.protocols.get(dan.id, protocol.id))).status).toBe(404);
    expect((await danClient.protocols.list(dan.id)).data).toEqual([]);
  });

  it('a malformed schedule or unit is 400 naming the field; a timestamp without an offset is 400', async () => {
    const bad = await failure(clinician.protocols.create(carol.id, { ...BODY, items: [{ ...BODY.items[0]!, unit: 'mcg', schedule: { rrule: 'FREQ=MINUTELY' } }] }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details?.map((d) => d.field)).toEqual(['items.0.unit', 'items.0.schedule.rrule']);
    const naive = await failure(carolClient.protocols.logDose(carol.id, protocol.id, { itemId: protocol.items[0]!.id, dueAt: '2026-03-02T07:30:00', status: 'taken' } as never));
    expect(naive.status).toBe(400);
    expect(naive.body.error.details?.map((d) => d.field)).toEqual(['dueAt']);
  });

  it('records the accesses in the audit trail, the coordinator\'s as denied', async () => {
    const events = await auditUntil(sys, (es) => es.some((e) => e.resource.type === 'protocol' && e.outcome === 'denied'));
    expect(events.some((e) => e.resource.type === 'protocol' && e.action === 'create' && e.outcome === 'success' && e.resource.patientId === carol.id)).toBe(true);
    expect(events.some((e) => e.resource.type === 'protocol-dose' && e.action === 'create' && e.outcome === 'success')).toBe(true);
    expect(events.some((e) => e.resource.type === 'protocol' && e.outcome === 'denied' && e.actor.roles.includes('coordinator'))).toBe(true);
  });
});
