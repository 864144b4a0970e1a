import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  DomainException, IDENTITY, PROFILES, type IdentityDto, type Page, type PatientDto,
  type ResolvedIdentifierDto,
} from '@pg/contracts';
import type { NatsRpcClient } from '@pg/messaging';
import { createTestWorld, destroyTestWorld, natsConnection, rejection, type TestWorld } from '@pg/testing';
import { admin, clerkUser, sendClerk, startIdentityWithProfiles } from './identity-test-kit.js';

/*
 * Issue 13: a partner's user that nobody matches becomes a patient, as resolveIdentity's fallback does (created at
 * profiles-svc with identity-svc's own principal) — only when nothing matches (docs/identity.md, "Webhooks").
 */

const CLERK_SECRET = `whsec_${Buffer.from('clerk-test-secret-for-new-patients').toString('base64')}`;

let world: TestWorld;
let apps: INestMicroservice[] = [];
let rpc: NatsRpcClient;
let nc: NatsConnection;

const clerk = (type: string, data: Record<string, unknown>) => sendClerk(rpc, CLERK_SECRET, type, data);
const user = clerkUser;
const resolveId = (system: string, value: string) => rpc.request<ResolvedIdentifierDto>(IDENTITY.identityResolve, { query: { system, value } }, admin);

beforeAll(async () => {
  world = await createTestWorld({ CLERK_WEBHOOK_SECRET: CLERK_SECRET });
  ({ rpc, apps } = await startIdentityWithProfiles(world));
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
