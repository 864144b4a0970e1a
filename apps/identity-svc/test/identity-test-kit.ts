import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import {
  IDENTITY, PROFILES, type IdentityWebhookReceiptDto, type Page, type PatientDto, type PrincipalWithSecretDto, type ResolvedIdentifierDto,
  type ReviewItemDto, type ReviewStatus,
} from '@pg/contracts';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, rpcClient, TEST_DATABASE_URL, until, type TestWorld } from '@pg/testing';
import { profilesOrmOptions } from '../../profiles-svc/src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME as PROFILES_SVC } from '../../profiles-svc/src/profiles.module.js';
import { IdentityModule, SERVICE_NAME } from '../src/identity.module.js';
import { identityOrmOptions } from '../src/mikro-orm.config.js';
import { signSvix } from '../src/webhooks/svix-signature.js';

/** What the identity integration specs that run identity-svc with profiles-svc share. */

export const admin = actor(['admin']);

/**
 * identity-svc and profiles-svc on their own schemas, identity-svc with its own service principal (it reads and
 * creates profiles for the feed and the webhooks): identity-svc makes the principal, then starts again with it.
 */
export async function startIdentityWithProfiles(world: TestWorld): Promise<{ rpc: NatsRpcClient; apps: INestMicroservice[] }> {
  const profilesConfig = world.serviceConfig('profiles');
  await Promise.all([migrate(identityOrmOptions(world.identityConfig())), migrate(profilesOrmOptions(profilesConfig))]);
  const first = await startService(SERVICE_NAME, IdentityModule.forRoot(world.identityConfig()) as never, world.identityConfig(), { logger: false });
  const rpc = await rpcClient(world, 10_000);
  const svc = await rpc.request<PrincipalWithSecretDto>(IDENTITY.principalCreate, {
    body: { subject: `service:identity-${world.namespace}`, displayName: 'identity-svc', kind: 'service', roles: ['service'], scopes: ['profiles:read', 'profiles:write'] },
  }, admin);
  await first.close();
  const base = world.identityConfig();
  const config = { ...base, identities: { ...base.identities, serviceCredential: { subject: svc.subject, secret: svc.clientSecret! } } };
  const apps = [
    await startService(SERVICE_NAME, IdentityModule.forRoot(config) as never, config, { logger: false }),
    await startService(PROFILES_SVC, ProfilesModule.forRoot(profilesConfig) as never, profilesConfig, { logger: false }),
  ];
  return { rpc, apps };
}

/** A Clerk delivery as Svix sends it, signed now with `secret`. */
export function sendClerk(rpc: NatsRpcClient, secret: string, type: string, data: Record<string, unknown>): Promise<IdentityWebhookReceiptDto> {
  const id = `msg_${randomUUID()}`;
  const ts = String(Math.floor(Date.now() / 1000));
  const body = JSON.stringify({ type, object: 'event', data });
  return rpc.request<IdentityWebhookReceiptDto>(IDENTITY.webhookClerk, {
    body: Buffer.from(body).toString('base64'), svixId: id, svixTimestamp: ts, svixSignature: signSvix(id, ts, body, secret),
  }, null);
}

/** A Clerk user with an e-mail (and a birthday, when given); no phone: Clerk's usual sign-up. */
export const clerkUser = (id: string, given: string, family: string, email: string, birthday = '') => ({
  id, object: 'user', first_name: given, last_name: family, birthday,
  primary_email_address_id: 'idn_1', email_addresses: [{ id: 'idn_1', email_address: email }], phone_numbers: [],
});

/** A merge identity-svc wrote (automatic when `requested_by` is null). */
export interface MergeRow { id: string; source_patient_id: string; target_patient_id: string; requested_by: string | null }

/**
 * One spec file's world: identity-svc and profiles-svc (startIdentityWithProfiles) with a Clerk secret of its own, a
 * PostgreSQL client and a NATS connection, started before its tests and closed after them; and what those specs ask
 * of it. `env`: more settings for the world.
 */
export function identityWithProfiles(name: string, env: Record<string, string> = {}) {
  const secret = `whsec_${Buffer.from(`clerk-test-secret-for-${name}`).toString('base64')}`;
  let world: TestWorld | undefined;
  let apps: INestMicroservice[] = [];
  let rpc: NatsRpcClient | undefined;
  let nc: NatsConnection | undefined;
  let db: pg.Client | undefined;
  let markers = 0;

  beforeAll(async () => {
    world = await createTestWorld({ CLERK_WEBHOOK_SECRET: secret, ...env });
    ({ rpc, apps } = await startIdentityWithProfiles(world));
    nc = await natsConnection();
    db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
  }, 90_000);

  afterAll(async () => {
    await db?.end();
    await nc?.close();
    await rpc?.close();
    for (const app of apps.reverse()) await app.close();
    if (world) await destroyTestWorld(world);
  });

  const suite = {
    get world(): TestWorld { return world!; },
    get rpc(): NatsRpcClient { return rpc!; },
    get nc(): NatsConnection { return nc!; },
    get db(): pg.Client { return db!; },
    /** identity-svc's schema in this world. */
    get schema(): string { return world!.env.IDENTITY_DB_SCHEMA!; },
    /** A Clerk delivery signed with this world's secret. */
    clerk: (type: string, data: Record<string, unknown>) => sendClerk(rpc!, secret, type, data),
    profile: (body: Record<string, unknown>) => rpc!.request<PatientDto>(PROFILES.patientCreate, { body }, admin),
    resolve: (system: string, value: string) => rpc!.request<ResolvedIdentifierDto>(IDENTITY.identityResolve, { query: { system, value } }, admin),
    /** The review queue's items of a status (open by default), up to 100. */
    items: async (status: ReviewStatus = 'open') => (await rpc!.request<Page<ReviewItemDto>>(IDENTITY.reviewQueueList, { query: { status, limit: 100 } }, admin)).items,
    /** The patient a Clerk user is linked to, once it is (adopted, or started by the webhook). */
    adoptedBy: (value: string) => until(`clerk ${value} adopted`, async () => (await suite.resolve('clerk', value).catch(() => undefined))?.patientId),
    /** The merges (automatic or not) of a patient, as identity-svc wrote them. */
    mergesOf: async (patientId: string) => (await db!.query<MergeRow>(
      `select id, source_patient_id, target_patient_id, requested_by from "${suite.schema}"."merge" where source_patient_id = $1 or target_patient_id = $1`, [patientId],
    )).rows,
    /** The patient's profile record is in the index (the patient feed has indexed it), `extra` holding too. */
    indexed: (patientId: string, extra = '') => until(`profile ${patientId} indexed`, async () => (await db!.query(
      `select 1 from "${suite.schema}".match_record where source = 'patient-graph' and source_id = $1::text and patient_id = $1::uuid ${extra}`, [patientId],
    )).rowCount || undefined),
    /** The feed has handled everything before: a marker profile after it is indexed (the feed takes them in order). */
    settle: async () => {
      const marker = await suite.profile({ givenName: 'Marigold', familyName: `Quennell${++markers}`, birthDate: '1950-01-01' });
      await suite.indexed(marker.id);
    },
  };
  return suite;
}
