import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  DomainException, IDENTITY, PROFILES, type IdentityDto, type IdentityWebhookReceiptDto, type Page, type PatientDto, type PrincipalWithSecretDto,
  type ResolvedIdentifierDto,
} from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, rejection, rpcClient, type TestWorld } from '@pg/testing';
import { profilesOrmOptions } from '../../profiles-svc/src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME as PROFILES_SVC } from '../../profiles-svc/src/profiles.module.js';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';
import { identityOrmOptions } from '../src/mikro-orm.config.js';
import { signSvix } from '../src/webhooks/svix-signature.js';

/*
 * Issue 13: a partner's user that nobody matches becomes a patient, as resolveIdentity's fallback does (created at
 * profiles-svc with identity-svc's own principal) — only when nothing matches (docs/identity.md, "Webhooks").
 */

const CLERK_SECRET = `whsec_${Buffer.from('clerk-test-secret-for-new-patients').toString('base64')}`;
const admin = actor(['admin']);

let world: TestWorld;
const apps: INestMicroservice[] = [];
let rpc: NatsRpcClient;
let nc: NatsConnection;

function clerk(type: string, data: Record<string, unknown>) {
  const id = `msg_${randomUUID()}`;
  const ts = String(Math.floor(Date.now() / 1000));
  const body = JSON.stringify({ type, object: 'event', data });
  return rpc.request<IdentityWebhookReceiptDto>(IDENTITY.webhookClerk, {
    body: Buffer.from(body).toString('base64'), svixId: id, svixTimestamp: ts, svixSignature: signSvix(id, ts, body, CLERK_SECRET),
  }, null);
}
const user = (id: string, given: string, family: string, email: string, birthday = '') => ({
  id, object: 'user', first_name: given, last_name: family, birthday,
  primary_email_address_id: 'idn_1', email_addresses: [{ id: 'idn_1', email_address: email }], phone_numbers: [],
});
const resolveId = (system: string, value: string) => rpc.request<ResolvedIdentifierDto>(IDENTITY.identityResolve, { query: { system, value } }, admin);

beforeAll(async () => {
  world = await createTestWorld({ CLERK_WEBHOOK_SECRET: CLERK_SECRET });
  const profilesConfig = world.serviceConfig('profiles');
  await Promise.all([migrate(identityOrmOptions(world.identityConfig())), migrate(profilesOrmOptions(profilesConfig))]);
  // identity-svc's own service principal is made by identity-svc itself; then identity-svc starts again with it.
  const first = await startService(SERVICE_NAME, IdentityModule.forRoot(world.identityConfig()) as never, world.identityConfig(), { logger: false });
  rpc = await rpcClient(world, 10_000);
  const svc = await rpc.request<PrincipalWithSecretDto>(IDENTITY.principalCreate, {
    body: { subject: `service:identity-${world.namespace}`, displayName: 'identity-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read', 'profiles:write'] },
  }, admin);
  await first.close();
  const base = world.identityConfig();
  const config = { ...base, identities: { ...base.identities, serviceCredential: { subject: svc.subject, secret: svc.clientSecret! } } };
  apps.push(await startService(SERVICE_NAME, IdentityModule.forRoot(config) as never, config, { logger: false }));
  apps.push(await startService(PROFILES_SVC, ProfilesModule.forRoot(profilesConfig) as never, profilesConfig, { logger: false }));
  nc = await natsConnection();
}, 90_000);

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  for (const app of apps.reverse()) await app.close();
  if (world) await destroyTestWorld(world);
});

describe('a Clerk user nobody matches', () => {
  it('becomes a patient at profiles-svc, its identifier linked with method webhook', async () => {
    await expect(clerk('user.created', user('user_MARY', 'Mary', 'Jackson', 'mary.jackson@example.net', '1921-04-09'))).resolves.toMatchObject({ status: 'applied' });
    const { patientId } = await resolveId('clerk', 'user_MARY');
    await expect(rpc.request<PatientDto>(PROFILES.patientGet, { patientId }, admin)).resolves.toMatchObject({ givenName: 'Mary', familyName: 'Jackson', birthDate: '1921-04-09' });
    const ids = await rpc.request<Page<IdentityDto>>(IDENTITY.identityList, { patientId, query: {} }, admin);
    expect(ids.items.map((i) => [i.system, i.value, i.method, i.linkedBy])).toEqual([['clerk', 'user_MARY', 'webhook', 'partner:clerk']]);

    // The same person again from a second Clerk account: she is matched (certain), not created twice.
    await clerk('user.created', user('user_MARY_2', 'Mary', 'Jackson', 'mary.jackson@example.net', '1921-04-09'));
    await expect(resolveId('clerk', 'user_MARY_2')).resolves.toEqual({ patientId });
  });

  it('without a birth date there is no profile to make: the user stays unlinked until one comes', async () => {
    await clerk('user.created', user('user_DOROTHY', 'Dorothy', 'Vaughan', 'dorothy.vaughan@example.net'));
    expect((await rejection<DomainException>(resolveId('clerk', 'user_DOROTHY'))).code).toBe('NOT_FOUND');
    await clerk('user.updated', user('user_DOROTHY', 'Dorothy', 'Vaughan', 'dorothy.vaughan@example.net', '1910-09-20'));
    const { patientId } = await resolveId('clerk', 'user_DOROTHY');
    await expect(rpc.request<PatientDto>(PROFILES.patientGet, { patientId }, admin)).resolves.toMatchObject({ givenName: 'Dorothy', birthDate: '1910-09-20' });
  });
});
