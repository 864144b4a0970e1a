import 'reflect-metadata';
import type { INestMicroservice } from '@nestjs/common';
import { PROFILES, type PatientDto } from '@pg/contracts';
import { startService } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, rpcClient, TEST_CONTEXT_KEY, TEST_NATS_URL, type TestWorld } from '@pg/testing';
import { profilesOrmOptions } from '../../../apps/profiles-svc/src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME } from '../../../apps/profiles-svc/src/profiles.module.js';
import { InternalClient } from './internal-client.js';

let world: TestWorld;
let app: INestMicroservice;
let patient: PatientDto;
let other: PatientDto;

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('profiles');
  await migrate(profilesOrmOptions(config));
  app = await startService(SERVICE_NAME, ProfilesModule.forRoot(config) as never, config, { logger: false });
  const rpc = await rpcClient(world);
  const admin = actor(['admin']);
  const body = { givenName: 'Ida', familyName: 'Internal', birthDate: '1990-01-01' };
  patient = await rpc.request<PatientDto>(PROFILES.patientCreate, { body }, admin);
  other = await rpc.request<PatientDto>(PROFILES.patientCreate, { body }, admin);
  await rpc.close();
});

afterAll(async () => {
  await app?.close();
  if (world) await destroyTestWorld(world);
});

describe('InternalClient (a service principal over NATS)', () => {
  const assistant = { principalId: '6f1c3c52-8d0e-4a57-9f57-1f5a0d7b9a11', subject: 'service:ai-assistant', scopes: ['profiles:read'] };

  it('reads what its scopes allow, within the patient it acts for', async () => {
    const client = await InternalClient.connect({ natsUrl: TEST_NATS_URL, namespace: world.namespace, contextKey: TEST_CONTEXT_KEY }, assistant);
    try {
      await expect(client.request(PROFILES.patientGet, { patientId: patient.id }, { onBehalfOf: patient.id })).resolves.toMatchObject({ id: patient.id });
      await expect(client.request(PROFILES.patientGet, { patientId: other.id }, { onBehalfOf: patient.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(client.request(PROFILES.patientUpdate, { patientId: patient.id, body: { email: 'x@example.org' } }, { onBehalfOf: patient.id }))
        .rejects.toMatchObject({ code: 'FORBIDDEN' });
    } finally {
      await client.close();
    }
  });

  it('is refused when it signs with the wrong key', async () => {
    const client = await InternalClient.connect({ natsUrl: TEST_NATS_URL, namespace: world.namespace, contextKey: 'a-different-key-of-at-least-32-characters' }, assistant);
    try {
      await expect(client.request(PROFILES.patientGet, { patientId: patient.id })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    } finally {
      await client.close();
    }
  });
});
