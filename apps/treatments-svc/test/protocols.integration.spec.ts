import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadServiceConfig, type Env } from '@pg/config';
import {
  DomainException, ErrorCode, TREATMENTS, type AdherenceDto, type AdherenceItemDto, type DoseLogDto, type Page, type ProtocolDto, type RegimenDto,
} from '@pg/contracts';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import {
  actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rpcClient, schemaDiff, type TestWorld,
} from '@pg/testing';
import { treatmentsOrmOptions } from '../src/mikro-orm.config.js';
import { ProtocolEventRelay } from '../src/protocols/protocol-event.relay.js';
import { SERVICE_NAME, TreatmentsModule } from '../src/treatments.module.js';

/*
 * treatments-svc's protocols on a real PostgreSQL (logged in as its own app role) and a real NATS, through its
 * message patterns. Expected instants are worked out by hand: Los Angeles is UTC−8 until 2026-03-08 02:00 local,
 * UTC−7 after, so 08:00 local is 16:00Z up to 03-07 and 15:00Z from 03-08; 20:00 PDT is 03:00Z the next day.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let appDb: pg.Client;
let schema: string;

const PATIENT = randomUUID();
const OTHER = randomUUID();
const patient = actor(['patient'], { patientId: PATIENT });
const otherPatient = actor(['patient'], { patientId: OTHER });
const clinician = actor(['clinician'], { careTeam: [PATIENT] });
const outsider = actor(['clinician'], { careTeam: [OTHER] });
const coordinator = actor(['coordinator'], { careTeam: [PATIENT] });
/** The assistant: a service principal acting for the patient with `protocols:write`. */
const assistant = actor(['service'], { scopes: ['protocols:write'], onBehalfOf: PATIENT });

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);

const TRT = {
  name: 'TRT with estrogen control',
  status: 'active',
  startDate: '2026-03-01',
  timeZone: 'America/Los_Angeles',
  items: [
    { compound: 'Testosterone cypionate', dose: 100, unit: 'mg', route: 'intramuscular', schedule: { rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0' } },
    { compound: 'Anastrozole', dose: 0.5, unit: 'mg', route: 'oral', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' }, instructions: 'With food' },
  ],
};

let v1: ProtocolDto;
let v2: ProtocolDto;
let testosterone: string;
let anastrozole: string;

const get = (who: ReturnType<typeof actor>, query: Record<string, unknown> = {}, protocolId = v1.id, patientId = PATIENT) =>
  rpc.request<ProtocolDto>(TREATMENTS.protocolGet, { patientId, protocolId, query }, who);
const logDose = (who: ReturnType<typeof actor>, body: Record<string, unknown>, protocolId = v1.id, patientId = PATIENT) =>
  rpc.request<DoseLogDto>(TREATMENTS.doseLog, { patientId, protocolId, body }, who);
const regimen = (who: ReturnType<typeof actor>, date: string, extra: Record<string, unknown> = {}, patientId = PATIENT) =>
  rpc.request<RegimenDto>(TREATMENTS.regimenGet, { patientId, date, ...extra }, who);
const adherence = (who: ReturnType<typeof actor>, query: Record<string, unknown>, protocolId = v1.id, patientId = PATIENT) =>
  rpc.request<AdherenceDto>(TREATMENTS.adherenceGet, { patientId, protocolId, query }, who);

async function domainEvents(prefix: string): Promise<{ subject: string; data: Record<string, unknown> }[]> {
  const jsm = await jetstreamManager(nc);
  const stream = world.ns.stream(STREAM.events);
  const total = (await jsm.streams.info(stream)).state.messages;
  if (!total) return [];
  const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
  const out: { subject: string; data: Record<string, unknown> }[] = [];
  let seen = 0;
  for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
    if (m.subject.startsWith(world.ns.subject(`events.${prefix}`))) out.push({ subject: m.subject, data: m.json() });
    if (++seen >= total) break;
  }
  return out;
}

beforeAll(async () => {
  world = await createTestWorld();
  const env = await migrateAsServiceRole(world, 'treatments', 'read-write', treatmentsOrmOptions);
  const config = loadServiceConfig('treatments', env as Env);
  schema = config.dbSchema;
  app = await startService(SERVICE_NAME, TreatmentsModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world, 10_000);
  nc = await natsConnection();
  appDb = new pg.Client({ connectionString: config.databaseUrl });
  await appDb.connect();
});

afterAll(async () => {
  await appDb?.end();
  await nc?.close();
  await rpc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('protocols: create, versions, ?at=', () => {
  it('a clinician creates a protocol: version 1, UCUM units, ids for its items', async () => {
    v1 = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: PATIENT, body: TRT }, clinician);
    expect(v1).toMatchObject({
      patientId: PATIENT, version: 1, latestVersion: 1, name: TRT.name, status: 'active', startDate: '2026-03-01', endDate: null,
      timeZone: 'America/Los_Angeles', effectiveFrom: null, effectiveTo: null, createdBy: clinician.principalId,
    });
    expect(v1.items.map((i) => [i.compound, i.dose, i.unit, i.route, i.schedule.rrule])).toEqual([
      ['Testosterone cypionate', 100, 'mg', 'intramuscular', 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0'],
      ['Anastrozole', 0.5, 'mg', 'oral', 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0'],
    ]);
    [testosterone, anastrozole] = v1.items.map((i) => i.id) as [string, string];
    expect(new Set([testosterone, anastrozole]).size).toBe(2);
  });

  it('refuses a unit UCUM does not know and a rule it does not take, naming the item field', async () => {
    const bad = { ...TRT, items: [{ ...TRT.items[0], unit: 'mcg' }, { ...TRT.items[1], schedule: { rrule: 'FREQ=DAILY;UNTIL=20260401T000000Z' } }] };
    const err = await failure(rpc.request(TREATMENTS.protocolCreate, { patientId: PATIENT, body: bad }, clinician));
    expect(err?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(err?.details.map((d) => d.field)).toEqual(['items.0.unit', 'items.1.schedule.rrule']);
  });

  it('stores a time zone in its IANA casing and refuses one that is not a zone', async () => {
    const p = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: OTHER, body: { ...TRT, timeZone: 'america/chicago' } }, actor(['clinician'], { careTeam: [OTHER] }));
    expect(p.timeZone).toBe('America/Chicago');
    const err = await failure(rpc.request(TREATMENTS.protocolCreate, { patientId: PATIENT, body: { ...TRT, timeZone: '+01:00' } }, clinician));
    expect([err?.code, err?.details.map((d) => d.field)]).toEqual([ErrorCode.VALIDATION_FAILED, ['body.timeZone']]);
  });

  it('a change makes version 2, in force from its effectiveFrom; a stale If-Match is 409', async () => {
    v2 = await rpc.request<ProtocolDto>(TREATMENTS.protocolUpdate, {
      patientId: PATIENT, protocolId: v1.id, ifMatch: 1,
      body: {
        effectiveFrom: '2026-03-11',
        items: [
          { ...TRT.items[0], id: testosterone },
          { ...TRT.items[1], id: anastrozole, dose: 1, schedule: { rrule: 'FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0' } },
        ],
      },
    }, clinician);
    // 00:00 on 2026-03-11 in Los Angeles (PDT, UTC−7).
    expect(v2).toMatchObject({ version: 2, latestVersion: 2, effectiveFrom: '2026-03-11T07:00:00.000Z', name: TRT.name, status: 'active' });
    expect(v2.items.map((i) => [i.id, i.dose])).toEqual([[testosterone, 100], [anastrozole, 1]]);

    const stale = await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: v1.id, ifMatch: 1, body: { name: 'Renamed' } }, clinician));
    expect(stale?.code).toBe(ErrorCode.CONFLICT);
    const backdated = await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: v1.id, body: { name: 'Renamed', effectiveFrom: '2026-03-10' } }, clinician));
    expect(backdated?.code).toBe(ErrorCode.CONFLICT);
    expect((await get(patient)).version).toBe(2);
  });

  it('answers ?at= with the version in force then, ?version= with that version, and lists every version', async () => {
    expect(await get(patient, { at: '2026-03-05' })).toMatchObject({ version: 1, latestVersion: 2, effectiveTo: '2026-03-11T07:00:00.000Z' });
    expect((await get(patient, { at: '2026-03-10T23:59:59-07:00' })).version).toBe(1);
    expect((await get(patient, { at: '2026-03-11T00:00:00-07:00' })).version).toBe(2);
    // A date is the end of that day in the protocol's zone: 03-11 ends under version 2.
    expect((await get(patient, { at: '2026-03-11' })).version).toBe(2);
    expect((await get(clinician, { version: 1 })).items.find((i) => i.id === anastrozole)).toMatchObject({ dose: 0.5, schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } });
    expect((await failure(get(clinician, { version: 3 })))?.code).toBe(ErrorCode.NOT_FOUND);
    const all = await rpc.request<Page<ProtocolDto>>(TREATMENTS.protocolVersions, { patientId: PATIENT, protocolId: v1.id }, patient);
    expect(all.items.map((v) => [v.version, v.effectiveFrom, v.effectiveTo])).toEqual([
      [1, null, '2026-03-11T07:00:00.000Z'],
      [2, '2026-03-11T07:00:00.000Z', null],
    ]);
    const list = await rpc.request<Page<ProtocolDto>>(TREATMENTS.protocolList, { patientId: PATIENT, query: {} }, patient);
    expect(list.items.map((p) => [p.id, p.version])).toEqual([[v1.id, 2]]);
  });

  it('keeps versions immutable in the database, even for the service\'s own role', async () => {
    const err = await appDb.query(`update "${schema}".protocol_version set name = 'changed' where protocol_id = $1`, [v1.id]).then(() => null, (e: Error) => e);
    expect(err?.message).toMatch(/append-only/);
    const del = await appDb.query(`delete from "${schema}".protocol_version where protocol_id = $1`, [v1.id]).then(() => null, (e: Error) => e);
    expect(del?.message).toMatch(/append-only/);
    const { rows } = await appDb.query(`select version, name from "${schema}".protocol_version where protocol_id = $1 order by version`, [v1.id]);
    expect(rows).toEqual([{ version: 1, name: TRT.name }, { version: 2, name: TRT.name }]);
  });

  it('takes status changes along the table only; completed takes no more changes', async () => {
    const draft = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: PATIENT, body: { ...TRT, name: 'Peptide trial', status: undefined } }, clinician);
    expect(draft.status).toBe('draft');
    expect((await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: draft.id, body: { status: 'paused' } }, clinician)))?.code).toBe(ErrorCode.CONFLICT);
    const done = await rpc.request<ProtocolDto>(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: draft.id, body: { status: 'cancelled', effectiveFrom: '2026-01-01' } }, clinician);
    expect(done).toMatchObject({ version: 2, status: 'cancelled' });
    expect((await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: draft.id, body: { name: 'Again' } }, clinician)))?.code).toBe(ErrorCode.CONFLICT);
    const active = await rpc.request<Page<ProtocolDto>>(TREATMENTS.protocolList, { patientId: PATIENT, query: { status: 'active' } }, clinician);
    expect(active.items.map((p) => p.id)).toEqual([v1.id]);
  });

  it('publishes treatments.protocol.changed per version: ids, version and status only', async () => {
    const events = (await domainEvents('treatments.protocol.changed')).filter((e) => e.data.protocolId === v1.id);
    expect(events.map((e) => e.data.version)).toEqual([1, 2]);
    for (const e of events) {
      expect(Object.keys(e.data).sort()).toEqual(['occurredAt', 'patientId', 'protocolId', 'status', 'version']);
      expect(e.data).toMatchObject({ protocolId: v1.id, patientId: PATIENT, status: 'active' });
      expect(e.subject).toBe(world.ns.subject('events.treatments.protocol.changed'));
    }
  });
});

describe('protocol events: the outbox', () => {
  it('marks an event published once it is on the stream', async () => {
    const { rows } = await appDb.query(`select msg_id, published_at from "${schema}".protocol_event_outbox where payload->>'protocolId' = $1 order by msg_id`, [v1.id]);
    expect(rows.map((r) => r.msg_id)).toEqual([`treatments.protocol.changed:${v1.id}:1`, `treatments.protocol.changed:${v1.id}:2`]);
    expect(rows.every((r) => r.published_at !== null)).toBe(true);
  });

  it('publishes an event whose publish was lost (a crash after the commit) on the next sweep', async () => {
    const lost = randomUUID();
    const payload = { protocolId: lost, patientId: PATIENT, version: 1, status: 'draft', occurredAt: '2026-11-01T00:00:00.000Z' };
    await appDb.query(`insert into "${schema}".protocol_event_outbox (id, name, msg_id, payload, created_at, published_at) values ($1, $2, $3, $4, now() - interval '1 minute', null)`,
      [randomUUID(), 'treatments.protocol.changed', `treatments.protocol.changed:${lost}:1`, JSON.stringify(payload)]);
    expect(await app.get(ProtocolEventRelay).sweep()).toBeGreaterThanOrEqual(1);
    expect((await domainEvents('treatments.protocol.changed')).filter((e) => e.data.protocolId === lost).map((e) => e.data)).toEqual([payload]);
    const { rows } = await appDb.query(`select published_at from "${schema}".protocol_event_outbox where payload->>'protocolId' = $1`, [lost]);
    expect(rows[0].published_at).not.toBeNull();
    // Nothing is left to publish; a second sweep publishes nothing again.
    expect(await app.get(ProtocolEventRelay).sweep()).toBe(0);
  });
});

describe('regimen of a day', () => {
  it('lists the version in force that day with the doses due, in the protocol\'s zone', async () => {
    // Monday 2026-03-09: testosterone 09:00 PDT, anastrozole 08:00 PDT (version 1, once a day).
    const day = await regimen(patient, '2026-03-09');
    expect(day).toEqual({
      date: '2026-03-09',
      timeZone: 'America/Los_Angeles',
      protocols: [{
        protocolId: v1.id, version: 1, name: TRT.name, status: 'active',
        items: [
          { itemId: testosterone, compound: 'Testosterone cypionate', dose: 100, unit: 'mg', route: 'intramuscular', doses: [{ dueAt: '2026-03-09T16:00:00.000Z', log: null }] },
          { itemId: anastrozole, compound: 'Anastrozole', dose: 0.5, unit: 'mg', route: 'oral', instructions: 'With food', doses: [{ dueAt: '2026-03-09T15:00:00.000Z', log: null }] },
        ],
      }],
    });
  });

  it('after the change: version 2, twice a day, the evening dose on the next UTC day; the DST day has its dose', async () => {
    const day = await regimen(clinician, '2026-03-11');
    expect(day.protocols.map((p) => [p.version, p.items.map((i) => [i.itemId, i.dose, i.doses.map((d) => d.dueAt)])])).toEqual([
      [2, [[testosterone, 100, []], [anastrozole, 1, ['2026-03-11T15:00:00.000Z', '2026-03-12T03:00:00.000Z']]]],
    ]);
    // 2026-03-08, the spring-forward Sunday: 08:00 PDT = 15:00Z.
    const dst = await regimen(clinician, '2026-03-08');
    expect(dst.protocols[0]!.items.map((i) => i.doses.map((d) => d.dueAt))).toEqual([[], ['2026-03-08T15:00:00.000Z']]);
    // Read in Tokyo (UTC+9) the day 2026-03-09 runs 03-08T15:00Z..03-09T15:00Z: the 03-08 15:00Z dose is in it, 03-09's is not.
    const tokyo = await regimen(clinician, '2026-03-09', { timeZone: 'Asia/Tokyo' });
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
    expect(tokyo.protocols[0]!.items.map((i) => i.doses.map((d) => d.dueAt))).toEqual([[], ['2026-03-08T15:00:00.000Z']]);
  });

  it('reads each protocol\'s day in its own schedule zone, whatever the server\'s zone (run under TZ=America/Los_Angeles and TZ=UTC)', async () => {
    // Issue 11: a schedule is a recurrence with a time zone; the regimen of D answers which doses were due that day.
    const TRAVELLER = randomUUID();
    const theirClinician = actor(['clinician'], { careTeam: [TRAVELLER] });
    const daily = (compound: string, zone: string) => ({
      name: `${compound} daily`, status: 'active', startDate: '2026-03-01', timeZone: zone,
      items: [{ compound, dose: 1, unit: 'mg', route: 'oral', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } }],
    });
    const la = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: TRAVELLER, body: daily('Anastrozole', 'America/Los_Angeles') }, theirClinician);
    const tokyo = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: TRAVELLER, body: daily('Enclomiphene', 'Asia/Tokyo') }, theirClinician);
    const dueOn = async (date: string, extra: Record<string, unknown> = {}) => {
      const day = await regimen(theirClinician, date, extra, TRAVELLER);
      return Object.fromEntries(day.protocols.map((p) => [p.protocolId, p.items.flatMap((i) => i.doses.map((d) => d.dueAt))]));
    };
    // 2026-03-09: 08:00 PDT is 15:00Z that day; 08:00 JST is 23:00Z the day before.
    expect(await dueOn('2026-03-09')).toEqual({ [la.id]: ['2026-03-09T15:00:00.000Z'], [tokyo.id]: ['2026-03-08T23:00:00.000Z'] });
    // 2026-03-08, spring forward in Los Angeles: 08:00 PDT is 15:00Z; Tokyo has no DST.
    expect(await dueOn('2026-03-08')).toEqual({ [la.id]: ['2026-03-08T15:00:00.000Z'], [tokyo.id]: ['2026-03-07T23:00:00.000Z'] });
    // 2026-03-07, still PST: 08:00 is 16:00Z.
    expect(await dueOn('2026-03-07')).toEqual({ [la.id]: ['2026-03-07T16:00:00.000Z'], [tokyo.id]: ['2026-03-06T23:00:00.000Z'] });
    // A zone the caller names is one day for all: 2026-03-09 in UTC holds the LA dose of the 9th and the Tokyo dose of the 10th.
    expect(await dueOn('2026-03-09', { timeZone: 'UTC' })).toEqual({ [la.id]: ['2026-03-09T15:00:00.000Z'], [tokyo.id]: ['2026-03-09T23:00:00.000Z'] });
  });

  it('lists both versions on a day a change took effect at noon, each with the doses due while it was in force', async () => {
    const body = { ...TRT, name: 'Peptide course', startDate: '2026-04-01', items: [{ compound: 'BPC-157', dose: 250, unit: 'ug', route: 'subcutaneous', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8,20;BYMINUTE=0' } }] };
    const p1 = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: PATIENT, body }, clinician);
    const p2 = await rpc.request<ProtocolDto>(TREATMENTS.protocolUpdate, {
      patientId: PATIENT, protocolId: p1.id, ifMatch: 1, body: { effectiveFrom: '2026-04-05T12:00:00-07:00', items: [{ ...body.items[0], id: p1.items[0]!.id, dose: 500 }] },
    }, clinician);
    expect(p2.effectiveFrom).toBe('2026-04-05T19:00:00.000Z');
    const day = await regimen(patient, '2026-04-05');
    // 08:00 PDT = 15:00Z under version 1 (250 ug); 20:00 PDT = 03:00Z next day under version 2 (500 ug).
    // (The TRT protocol of the tests above is in force that day too: only this one is compared.)
    const mine = day.protocols.filter((p) => p.protocolId === p1.id);
    expect(mine.map((p) => [p.protocolId, p.version, p.items.map((i) => [i.dose, i.doses.map((d) => d.dueAt)])])).toEqual([
      [p1.id, 1, [[250, ['2026-04-05T15:00:00.000Z']]]],
      [p1.id, 2, [[500, ['2026-04-06T03:00:00.000Z']]]],
    ]);
    // The day before is version 1 alone; ?at= that day answers version 1, the change day version 2 (its end).
    expect((await regimen(patient, '2026-04-04')).protocols.filter((p) => p.protocolId === p1.id).map((p) => p.version)).toEqual([1]);
    expect((await get(patient, { at: '2026-04-04' }, p1.id)).version).toBe(1);
    expect((await get(patient, { at: '2026-04-05' }, p1.id)).version).toBe(2);
  });

  it('has nothing before the start date', async () => {
    expect((await regimen(patient, '2026-02-27')).protocols).toEqual([]);
  });
});

describe('adherence: the dose log and the counts', () => {
  it('the patient, the assistant (for the patient) and a clinician log doses; a later log of the same dose wins', async () => {
    const taken = await logDose(patient, { itemId: anastrozole, dueAt: '2026-03-02T08:00:00-08:00', status: 'taken', takenAt: '2026-03-02T08:10:00-08:00', note: 'after breakfast' });
    expect(taken).toMatchObject({ protocolId: v1.id, patientId: PATIENT, itemId: anastrozole, version: 1, dueAt: '2026-03-02T16:00:00.000Z', status: 'taken', takenAt: '2026-03-02T16:10:00.000Z', note: 'after breakfast', recordedBy: patient.principalId });
    await logDose(patient, { itemId: anastrozole, dueAt: '2026-03-05T16:00:00Z', status: 'skipped' });
    await logDose(patient, { itemId: anastrozole, dueAt: '2026-03-06T16:00:00Z', status: 'skipped' });
    await logDose(clinician, { itemId: anastrozole, dueAt: '2026-03-06T16:00:00Z', status: 'taken', at: '2026-03-06T16:30:00Z' });
    // 20:00 PDT on 03-12, a dose only version 2 has.
    expect(await logDose(assistant, { itemId: anastrozole, dueAt: '2026-03-13T03:00:00Z', status: 'late', takenAt: '2026-03-13T05:00:00Z' })).toMatchObject({ version: 2, recordedBy: assistant.principalId });
    expect(await logDose(assistant, { itemId: testosterone, dueAt: '2026-03-09T16:00:00Z', status: 'taken' })).toMatchObject({ version: 1 });
    const day = await regimen(patient, '2026-03-06');
    expect(day.protocols[0]!.items.find((i) => i.itemId === anastrozole)!.doses).toEqual([{ dueAt: '2026-03-06T16:00:00.000Z', log: { status: 'taken', takenAt: '2026-03-06T16:30:00.000Z' } }]);
  });

  it('refuses a dose that is not due then (422) and a skipped dose with a time (400)', async () => {
    // 20:00 PST on 03-04: version 1 has no evening dose.
    expect((await failure(logDose(patient, { itemId: anastrozole, dueAt: '2026-03-05T04:00:00Z', status: 'taken' })))?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect((await failure(logDose(patient, { itemId: anastrozole, dueAt: '2026-03-12T04:00:00Z', status: 'taken' })))?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect((await failure(logDose(patient, { itemId: randomUUID(), dueAt: '2026-03-09T15:00:00Z', status: 'taken' })))?.code).toBe(ErrorCode.UNPROCESSABLE);
    // Before the start date there is nothing to log.
    expect((await failure(logDose(patient, { itemId: anastrozole, dueAt: '2026-02-28T16:00:00Z', status: 'taken' })))?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect((await failure(logDose(patient, { itemId: anastrozole, dueAt: '2026-03-03T16:00:00Z', status: 'skipped', takenAt: '2026-03-03T16:00:00Z' })))?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it('counts each due dose against the version in force at its due time (the dose and schedule change mid-range)', async () => {
    const a = await adherence(patient, { from: '2026-03-01', to: '2026-03-20' });
    expect(a).toMatchObject({ protocolId: v1.id, patientId: PATIENT, from: '2026-03-01T08:00:00.000Z', to: '2026-03-21T07:00:00.000Z' });
    const counts = (i: AdherenceItemDto) => ({
      due: i.due, taken: i.taken, late: i.late, skipped: i.skipped, missed: i.missed, percentage: i.percentage,
      versions: i.versions.map((v) => [v.version, v.dose, v.due, v.taken, v.late, v.skipped, v.missed, v.percentage]),
    });
    // Anastrozole: 10 daily doses under version 1 (03-01..03-10), 20 under version 2 (twice a day, 03-11..03-20).
    // Logged: taken 03-02 and 03-06 (skipped, then taken), skipped 03-05, late 03-12 evening.
    expect(counts(a.items.find((i) => i.itemId === anastrozole)!)).toEqual({
      due: 30, taken: 2, late: 1, skipped: 1, missed: 26, percentage: 10,
      versions: [[1, 0.5, 10, 2, 0, 1, 7, 20], [2, 1, 20, 0, 1, 0, 19, 5]],
    });
    // Testosterone: Mondays 03-02, 03-09 (version 1) and 03-16 (version 2); 03-09 taken.
    expect(counts(a.items.find((i) => i.itemId === testosterone)!)).toEqual({
      due: 3, taken: 1, late: 0, skipped: 0, missed: 2, percentage: 33.3,
      versions: [[1, 100, 2, 1, 0, 0, 1, 50], [2, 100, 1, 0, 0, 0, 1, 0]],
    });
    expect(a.total).toEqual({ due: 33, taken: 3, late: 1, skipped: 1, missed: 28, percentage: 12.1 });
  });

  it('counts a range inside one version, with timestamps', async () => {
    // 03-02 00:00 PST to 03-06 23:59 PST: anastrozole 03-02..03-06 (5), testosterone 03-02 (1).
    const a = await adherence(clinician, { from: '2026-03-02T00:00:00-08:00', to: '2026-03-06T23:59:00-08:00' });
    expect(a.items.map((i) => [i.itemId, i.due, i.taken, i.skipped, i.missed])).toEqual([[testosterone, 1, 0, 0, 1], [anastrozole, 5, 2, 1, 2]]);
  });
});

describe('the dose log as a list', () => {
  const list = (who: ReturnType<typeof actor>, query: Record<string, unknown>) =>
    rpc.request<Page<DoseLogDto>>(TREATMENTS.doseList, { patientId: PATIENT, protocolId: v1.id, query }, who);

  it('lists every entry, newest first, superseded ones included; filters by item and due day; pages', async () => {
    const all = await list(patient, {});
    expect(all.items.map((l) => [l.dueAt, l.status])).toEqual([
      ['2026-03-09T16:00:00.000Z', 'taken'],
      ['2026-03-13T03:00:00.000Z', 'late'],
      ['2026-03-06T16:00:00.000Z', 'taken'],
      ['2026-03-06T16:00:00.000Z', 'skipped'],
      ['2026-03-05T16:00:00.000Z', 'skipped'],
      ['2026-03-02T16:00:00.000Z', 'taken'],
    ]);
    expect((await list(clinician, { itemId: testosterone })).items.map((l) => l.itemId)).toEqual([testosterone]);
    const sixth = await list(clinician, { from: '2026-03-06', to: '2026-03-06', limit: 1 });
    expect([sixth.items.map((l) => l.status), sixth.nextCursor === null]).toEqual([['taken'], false]);
    const next = await list(clinician, { from: '2026-03-06', to: '2026-03-06', limit: 1, cursor: sixth.nextCursor });
    expect([next.items.map((l) => l.status), next.nextCursor]).toEqual([['skipped'], null]);
    expect((await failure(list(coordinator, {})))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(list(outsider, {})))?.code).toBe(ErrorCode.NOT_FOUND);
    // A cursor the service did not make is 400, also under a protocol that does not exist.
    const forged = Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', randomUUID()])).toString('base64url');
    expect((await failure(list(patient, { cursor: forged })))?.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect((await failure(rpc.request(TREATMENTS.doseList, { patientId: PATIENT, protocolId: randomUUID(), query: { cursor: forged } }, patient)))?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });
});

describe('protocols: access', () => {
  it('a coordinator sees neither protocols, nor the regimen, nor doses: 403', async () => {
    const calls = [
      () => get(coordinator), () => regimen(coordinator, '2026-03-09'), () => adherence(coordinator, {}),
      () => logDose(coordinator, { itemId: anastrozole, dueAt: '2026-03-09T15:00:00Z', status: 'taken' }),
      () => rpc.request(TREATMENTS.protocolList, { patientId: PATIENT, query: {} }, coordinator),
    ];
    for (const call of calls) expect((await failure(call()))?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('another patient, and a clinician off the care team, get 404 for this patient\'s protocol', async () => {
    for (const who of [otherPatient, outsider]) {
      expect((await failure(get(who)))?.code).toBe(ErrorCode.NOT_FOUND);
      expect((await failure(regimen(who, '2026-03-09')))?.code).toBe(ErrorCode.NOT_FOUND);
      expect((await failure(adherence(who, {})))?.code).toBe(ErrorCode.NOT_FOUND);
    }
    // Under their own path, this protocol does not exist.
    expect((await failure(get(otherPatient, {}, v1.id, OTHER)))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(logDose(otherPatient, { itemId: anastrozole, dueAt: '2026-03-09T15:00:00Z', status: 'taken' }, v1.id, OTHER)))?.code).toBe(ErrorCode.NOT_FOUND);
    // A clinician of the other patient naming this protocol under that patient: 404, whatever the body (even an empty one).
    const otherClinician = actor(['clinician'], { careTeam: [OTHER] });
    for (const body of [{}, { name: 'x' }]) {
      expect((await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: OTHER, protocolId: v1.id, body }, otherClinician)))?.code).toBe(ErrorCode.NOT_FOUND);
    }
  });

  it('a patient reads and logs but never writes a protocol (403); the assistant logs for its patient only', async () => {
    expect((await failure(rpc.request(TREATMENTS.protocolCreate, { patientId: PATIENT, body: TRT }, patient)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: v1.id, body: { name: 'Mine' } }, patient)))?.code).toBe(ErrorCode.FORBIDDEN);
    const forOther = actor(['service'], { scopes: ['protocols:write'], onBehalfOf: OTHER });
    expect((await failure(logDose(forOther, { itemId: anastrozole, dueAt: '2026-03-09T15:00:00Z', status: 'taken' })))?.code).toBe(ErrorCode.NOT_FOUND);
    // protocols:write writes; it does not read adherence.
    expect((await failure(adherence(assistant, {})))?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('the assistant never creates or changes a protocol, even for its own patient: only clinicians write protocols (403)', async () => {
    // Issue 11, "Access": clinicians write protocols; patients (and the assistant acting for one) read and log doses.
    const before = await get(clinician);
    expect((await failure(rpc.request(TREATMENTS.protocolCreate, { patientId: PATIENT, body: TRT }, assistant)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: v1.id, body: { name: 'Changed by the assistant' } }, assistant)))?.code).toBe(ErrorCode.FORBIDDEN);
    const withEveryScope = actor(['service'], { scopes: ['protocols:read', 'protocols:write'], onBehalfOf: PATIENT });
    expect((await failure(rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: v1.id, body: { status: 'cancelled' } }, withEveryScope)))?.code).toBe(ErrorCode.FORBIDDEN);
    // Nothing changed: no new version, same name and status; the assistant still reads it.
    const now = await get(withEveryScope);
    expect([now.latestVersion, now.name, now.status]).toEqual([before.latestVersion, before.name, before.status]);
  });

  it('records every access in the audit trail, refusals as denied', async () => {
    const events = await publishedAuditEvents(nc, world);
    const denied = events.filter((e) => e.actor.principalId === coordinator.principalId);
    expect(denied.length).toBeGreaterThanOrEqual(5);
    expect(denied.every((e) => e.outcome === 'denied')).toBe(true);
    expect(events.some((e) => e.action === 'create' && e.resource.type === 'protocol-dose' && e.actor.principalId === assistant.principalId && e.outcome === 'success')).toBe(true);
  });
});

describe('treatments-svc schema', () => {
  it('maps the protocol tables exactly as migrated (the entities and the migration agree)', async () => {
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
  });
});
