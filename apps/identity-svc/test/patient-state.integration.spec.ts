import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  IDENTITY, PATIENT_EVENTS, PatientDeletedEvent, PatientRestoredEvent, type CareTeamMemberDto, type DomainException, type Page, type PrincipalDto,
} from '@pg/contracts';
import { publishDomainEvent, startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, uniqueSuffix, until, type TestWorld } from '@pg/testing';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';
import { identityOrmOptions } from '../src/mikro-orm.config.js';

/*
 * A patient soft-deleted in profiles-svc has no care team to read or change in identity-svc until restored; the
 * principals (a clinician's, the patient's own login) stay manageable by an admin.
 */

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;

const PATIENT = randomUUID();
const admin = actor(['admin']);
const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);
const publish = (name: string, event: object) => publishDomainEvent(jetstream(nc), world.ns, name, event, randomUUID());

let doctor: PrincipalDto;
let second: PrincipalDto;
let login: PrincipalDto;
const team = (who = admin) => rpc.request<Page<CareTeamMemberDto>>(IDENTITY.careTeamList, { patientId: PATIENT, query: {} }, who);

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('identity');
  await migrate(identityOrmOptions(config));
  app = await startService(SERVICE_NAME, IdentityModule.forRoot(world.identityConfig()) as never, config, { logger: false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
  const create = (roles: string[], extra: object = {}) =>
    rpc.request<PrincipalDto>(IDENTITY.principalCreate, { body: { subject: `user|${uniqueSuffix()}`, displayName: 'Test Person', roles, ...extra } }, admin);
  doctor = await create(['clinician']);
  second = await create(['clinician']);
  login = await create(['patient'], { patientId: PATIENT });
  await rpc.request(IDENTITY.careTeamAdd, { patientId: PATIENT, body: { principalId: doctor.id, role: 'clinician' } }, admin);
});

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('a deleted patient in identity-svc', () => {
  it('has no care team to list, add to or remove from; the principals stay manageable', async () => {
    const clinician = actor(['clinician'], { principalId: doctor.id, careTeam: [PATIENT] });
    expect((await team(clinician)).items.map((m) => m.principalId)).toEqual([doctor.id]);

    await publish(PATIENT_EVENTS.deleted, new PatientDeletedEvent(PATIENT));
    await until('the deletion to reach identity-svc', async () => (await failure(team()))?.code === 'NOT_FOUND');

    for (const [what, call] of [
      ['a clinician on the team lists it', team(clinician)],
      ['an admin adds a member', rpc.request(IDENTITY.careTeamAdd, { patientId: PATIENT, body: { principalId: second.id, role: 'clinician' } }, admin)],
      ['an admin removes a member', rpc.request(IDENTITY.careTeamRemove, { patientId: PATIENT, principalId: doctor.id }, admin)],
    ] as const) {
      const err = await failure(call);
      expect([what, err?.toBody?.() ?? err]).toEqual([what, { code: 'NOT_FOUND', message: 'Patient not found' }]);
    }
    // The patient's own login is a principal, not a record of the patient: an admin still reads it.
    expect((await rpc.request<PrincipalDto>(IDENTITY.principalGet, { principalId: login.id }, admin)).patientId).toBe(PATIENT);

    const refused = (await publishedAuditEvents(nc, world)).filter((e) => e.resource.patientId === PATIENT && e.outcome !== 'success');
    expect(refused.map((e) => [e.action, e.outcome, e.reason])).toEqual(expect.arrayContaining([
      ['search', 'denied', 'NOT_FOUND'], ['create', 'denied', 'NOT_FOUND'], ['delete', 'denied', 'NOT_FOUND'],
    ]));
  });

  it('shows the same care team again after a restore', async () => {
    await publish(PATIENT_EVENTS.restored, new PatientRestoredEvent(PATIENT));
    const back = await until('the restore to reach identity-svc', () => team().catch(() => undefined));
    expect(back.items.map((m) => [m.principalId, m.role])).toEqual([[doctor.id, 'clinician']]);
  });
});
