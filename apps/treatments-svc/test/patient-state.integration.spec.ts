import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { loadServiceConfig, type Env } from '@pg/config';
import { DomainException, PATIENT_EVENTS, PatientDeletedEvent, PatientRestoredEvent, TREATMENTS, type Page, type ProtocolDto } from '@pg/contracts';
import { publishDomainEvent, startService, type NatsRpcClient } from '@pg/messaging';
import {
  actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rpcClient, until, type TestWorld,
} from '@pg/testing';
import { treatmentsOrmOptions } from '../src/mikro-orm.config.js';
import { SERVICE_NAME, TreatmentsModule } from '../src/treatments.module.js';

/*
 * A patient soft-deleted in profiles-svc (events.profiles.patient.deleted on EVENTS) is gone from treatments-svc
 * too: every read and write of their protocols answers NOT_FOUND, recorded as refused; a restore brings them back.
 * Another patient is untouched.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;

const PATIENT = randomUUID();
const OTHER = randomUUID();
const clinician = actor(['clinician'], { careTeam: [PATIENT, OTHER] });
const patient = actor(['patient'], { patientId: PATIENT });

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);
const PROTOCOL = {
  name: 'Vitamin D', status: 'active', startDate: '2026-03-01', timeZone: 'Europe/Berlin',
  items: [{ compound: 'Cholecalciferol', dose: 1000, unit: '[iU]', route: 'oral', schedule: { rrule: 'FREQ=DAILY;BYHOUR=8;BYMINUTE=0' } }],
};
const get = (patientId: string, protocolId: string, who = clinician) => rpc.request<ProtocolDto>(TREATMENTS.protocolGet, { patientId, protocolId, query: {} }, who);

async function publish(name: string, event: object): Promise<void> {
  await publishDomainEvent(jetstream(nc), world.ns, name, event, randomUUID());
}

let mine: ProtocolDto;
let theirs: ProtocolDto;

beforeAll(async () => {
  world = await createTestWorld();
  const env = await migrateAsServiceRole(world, 'treatments', 'read-write', treatmentsOrmOptions);
  const config = loadServiceConfig('treatments', env as Env);
  app = await startService(SERVICE_NAME, TreatmentsModule.forRoot(config) as never, config, { logger: false });
  rpc = await rpcClient(world, 10_000);
  nc = await natsConnection();
  mine = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: PATIENT, body: PROTOCOL }, clinician);
  theirs = await rpc.request<ProtocolDto>(TREATMENTS.protocolCreate, { patientId: OTHER, body: PROTOCOL }, clinician);
});

afterAll(async () => {
  await nc?.close();
  await rpc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('a deleted patient in treatments-svc', () => {
  it('answers NOT_FOUND to every read and write once profiles-svc deleted the patient, and records each as refused', async () => {
    await publish(PATIENT_EVENTS.deleted, new PatientDeletedEvent(PATIENT));
    await until('the deletion to reach treatments-svc', async () => (await failure(get(PATIENT, mine.id)))?.code === 'NOT_FOUND');

    for (const [what, call] of [
      ['patient reads own protocol', get(PATIENT, mine.id, patient)],
      ['list', rpc.request<Page<ProtocolDto>>(TREATMENTS.protocolList, { patientId: PATIENT, query: {} }, clinician)],
      ['update', rpc.request(TREATMENTS.protocolUpdate, { patientId: PATIENT, protocolId: mine.id, body: { name: 'Renamed' } }, clinician)],
      ['create', rpc.request(TREATMENTS.protocolCreate, { patientId: PATIENT, body: PROTOCOL }, clinician)],
      ['regimen', rpc.request(TREATMENTS.regimenGet, { patientId: PATIENT, date: '2026-03-05' }, patient)],
    ] as const) {
      const err = await failure(call);
      expect([what, err?.toBody?.() ?? err]).toEqual([what, { code: 'NOT_FOUND', message: 'Patient not found' }]);
    }
    // The other patient is served as before.
    expect((await get(OTHER, theirs.id)).name).toBe('Vitamin D');

    const refused = (await publishedAuditEvents(nc, world)).filter((e) => e.resource.patientId === PATIENT && e.outcome !== 'success');
    expect(refused.map((e) => [e.action, e.outcome, e.reason])).toEqual(expect.arrayContaining([
      ['read', 'denied', 'NOT_FOUND'], ['search', 'denied', 'NOT_FOUND'], ['update', 'denied', 'NOT_FOUND'], ['create', 'denied', 'NOT_FOUND'],
    ]));
  });

  it('changed nothing while deleted, and serves the patient again after a restore', async () => {
    await publish(PATIENT_EVENTS.restored, new PatientRestoredEvent(PATIENT));
    const back = await until('the restore to reach treatments-svc', () => get(PATIENT, mine.id).catch(() => undefined));
    expect(back).toMatchObject({ name: 'Vitamin D', version: 1 });
    const list = await rpc.request<Page<ProtocolDto>>(TREATMENTS.protocolList, { patientId: PATIENT, query: {} }, clinician);
    expect(list.items.map((p) => p.id)).toEqual([mine.id]);
  });
});
