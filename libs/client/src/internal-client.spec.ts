import 'reflect-metadata';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import pg from 'pg';
import type { ServiceConfig } from '@pg/config';
import {
  IDENTITY, LABS, PROFILES, type AuditEvent, type PatientDto, type PrincipalWithSecretDto, type ServiceCredentialDto,
} from '@pg/contracts';
import { ActorContextSigner, HEADER, holderJwk, ServiceCredentialHolder, startService, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import {
  actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, TEST_DATABASE_URL, TEST_NATS_URL, uniqueSuffix, type TestWorld,
} from '@pg/testing';
import { identityOrmOptions } from '../../../apps/identity-svc/src/mikro-orm.config.js';
import { IdentityModule, SERVICE_NAME as IDENTITY_SVC } from '../../../apps/identity-svc/src/identity.module.js';
import { labsOrmOptions } from '../../../apps/labs-svc/src/mikro-orm.config.js';
import { LabsModule, SERVICE_NAME as LABS_SVC } from '../../../apps/labs-svc/src/labs.module.js';
import { profilesOrmOptions } from '../../../apps/profiles-svc/src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME as PROFILES_SVC } from '../../../apps/profiles-svc/src/profiles.module.js';
import { InternalClient } from './internal-client.js';

/*
 * Issue 8, item 4: service principals are who identity-svc says they are. identity-svc, profiles-svc and labs-svc
 * run here on the real PostgreSQL and NATS; an admin (a gateway-signed context) creates service principals, and
 * internal callers exchange their client secret for identity-svc's credential. Credentials live 2 s in this world,
 * so the lifetime bound on a missed revocation is observable.
 */

const CREDENTIAL_TTL_S = 2;

let world: TestWorld;
let profilesConfig: ServiceConfig;
const apps: INestMicroservice[] = [];
let rpc: NatsRpcClient;
let nc: NatsConnection;
let A: PatientDto;
let B: PatientDto;
const admin = actor(['admin']);

async function codeOf(p: Promise<unknown>): Promise<string> {
  return p.then(() => 'success', (e: { code?: string }) => e.code ?? 'error');
}

async function servicePrincipal(scopes: string[]): Promise<PrincipalWithSecretDto> {
  return rpc.request<PrincipalWithSecretDto>(
    IDENTITY.principalCreate, { body: { subject: `service:test-${uniqueSuffix()}`, displayName: 'Test service', kind: 'service', roles: ['service'], scopes } }, admin,
  );
}

function client(p: { subject: string; clientSecret: string }, secret = p.clientSecret): Promise<InternalClient> {
  return InternalClient.connect({ natsUrl: TEST_NATS_URL, namespace: world.namespace, subject: p.subject, secret });
}

/** A credential fetched by hand, and headers for one request with it (what InternalClient sends). */
async function exchange(p: { subject: string; clientSecret: string }, onBehalfOf?: string) {
  const holder = generateKeyPairSync('ed25519');
  const dto = await rpc.requestRaw<ServiceCredentialDto>(IDENTITY.serviceCredentialIssue, {
    subject: p.subject, secret: p.clientSecret, holderKey: holderJwk(holder.publicKey), ...(onBehalfOf ? { onBehalfOf } : {}),
  });
  const headersFor = (requestId: string, credential = dto.credential) => {
    const h = natsHeaders();
    h.set(HEADER.requestId, requestId);
    for (const [k, v] of Object.entries(new ServiceCredentialHolder(credential, holder.privateKey).headersFor(requestId, PROFILES.patientGet))) h.set(k, v);
    return h;
  };
  return { dto, headersFor };
}

async function events(): Promise<AuditEvent[]> {
  return publishedAuditEvents(nc, world);
}

beforeAll(async () => {
  world = await createTestWorld({ SERVICE_CREDENTIAL_TTL_SECONDS: String(CREDENTIAL_TTL_S) });
  profilesConfig = world.serviceConfig('profiles');
  const identityConfig = world.identityConfig();
  const labsConfig = world.serviceConfig('labs');
  await Promise.all([migrate(profilesOrmOptions(profilesConfig)), migrate(identityOrmOptions(identityConfig)), migrate(labsOrmOptions(labsConfig))]);
  apps.push(await startService(IDENTITY_SVC, IdentityModule.forRoot(identityConfig) as never, identityConfig, { logger: false }));
  apps.push(await startService(PROFILES_SVC, ProfilesModule.forRoot(profilesConfig) as never, profilesConfig, { logger: false }));
  apps.push(await startService(LABS_SVC, LabsModule.forRoot(labsConfig) as never, labsConfig, { logger: false }));
  rpc = await rpcClient(world);
  nc = await natsConnection();
  const body = { givenName: 'Ida', familyName: 'Internal', birthDate: '1990-01-01' };
  A = await rpc.request<PatientDto>(PROFILES.patientCreate, { body }, admin);
  B = await rpc.request<PatientDto>(PROFILES.patientCreate, { body }, admin);
}, 60_000);

afterAll(async () => {
  await rpc?.close();
  await nc?.close();
  for (const app of apps.reverse()) await app.close();
  if (world) await destroyTestWorld(world);
});

describe('InternalClient (a service principal over NATS)', () => {
  it('gets a client secret once, at creation, and keeps only its hash', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    expect(svc.clientSecret).toMatch(/^pgs_[A-Za-z0-9_-]{43}$/);
    const again = await rpc.request<Record<string, unknown>>(IDENTITY.principalGet, { principalId: svc.id }, admin);
    expect(again).not.toHaveProperty('clientSecret');
    expect(JSON.stringify(again)).not.toContain(svc.clientSecret);
  });

  it('reads and writes what its scopes allow for the patient it acts for, and nothing of another patient', async () => {
    const svc = await servicePrincipal(['profiles:read', 'profiles:write', 'labs:write']);
    const c = await client(svc);
    const ids = { own: randomUUID(), other: randomUUID(), otherUpdate: randomUUID(), create: randomUUID(), labOther: randomUUID() };
    try {
      await expect(c.request(PROFILES.patientGet, { patientId: A.id }, { onBehalfOf: A.id, requestId: ids.own })).resolves.toMatchObject({ id: A.id });
      // Patient B: as if it did not exist.
      expect(await codeOf(c.request(PROFILES.patientGet, { patientId: B.id }, { onBehalfOf: A.id, requestId: ids.other }))).toBe('NOT_FOUND');
      expect(await codeOf(c.request(PROFILES.patientUpdate, { patientId: B.id, body: { email: 'b@example.org' } }, { onBehalfOf: A.id, requestId: ids.otherUpdate })))
        .toBe('NOT_FOUND');
      // No new patient "on behalf of" A, even with profiles:write.
      const body = { givenName: 'Mallory', familyName: 'Made', birthDate: '1990-01-01' };
      expect(await codeOf(c.request(PROFILES.patientCreate, { body }, { onBehalfOf: A.id, requestId: ids.create }))).toBe('FORBIDDEN');
      // A record created for B: refused before anything is looked at. For A it passes the check (and then finds no upload).
      const upload = { object: randomUUID(), kind: 'pdf', contentType: 'application/pdf', size: 10, sha256: '0'.repeat(64) };
      expect(await codeOf(c.request(LABS.reportCreate, { patientId: B.id, upload }, { onBehalfOf: A.id, requestId: ids.labOther }))).toBe('NOT_FOUND');
      expect(await codeOf(c.request(LABS.reportCreate, { patientId: A.id, upload }, { onBehalfOf: A.id }))).toBe('VALIDATION_FAILED');
    } finally {
      await c.close();
    }
    const B_after = await rpc.request<PatientDto>(PROFILES.patientGet, { patientId: B.id }, admin);
    expect(B_after.version).toBe(B.version);
    const all = await events();
    const of = (requestId: string) => all.filter((e) => e.requestId === requestId).map((e) => ({ outcome: e.outcome, reason: e.reason, actor: e.actor }));
    const as = { principalId: svc.id, subject: svc.subject, roles: ['service'], kind: 'service', onBehalfOf: A.id };
    expect(of(ids.own)).toEqual([{ outcome: 'success', reason: undefined, actor: as }]);
    expect(of(ids.other)).toEqual([{ outcome: 'denied', reason: 'NOT_FOUND', actor: as }]);
    expect(of(ids.otherUpdate)).toEqual([{ outcome: 'denied', reason: 'NOT_FOUND', actor: as }]);
    expect(of(ids.create)).toEqual([{ outcome: 'denied', reason: 'FORBIDDEN', actor: as }]);
    expect(of(ids.labOther)).toEqual([{ outcome: 'denied', reason: 'NOT_FOUND', actor: as }]);
    // The exchanges were recorded as logins of the principal.
    expect(all.some((e) => e.action === 'login' && e.outcome === 'success' && e.actor.principalId === svc.id && e.actor.onBehalfOf === A.id)).toBe(true);
  });

  it('keeps working past its credential\'s lifetime: it fetches a new one before expiry', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    const c = await client(svc);
    try {
      const first = await c.currentCredential();
      await expect(c.request(PROFILES.patientGet, { patientId: B.id })).resolves.toMatchObject({ id: B.id });
      const deadline = Date.parse(first.expiresAt) + 1000;
      let current = first;
      while (current.credential === first.credential && Date.now() < deadline) {
        await expect(c.request(PROFILES.patientGet, { patientId: A.id })).resolves.toMatchObject({ id: A.id });
        current = await c.currentCredential();
      }
      expect(current.credential).not.toBe(first.credential);
      expect(Date.parse(current.expiresAt)).toBeGreaterThan(Date.parse(first.expiresAt));
    } finally {
      await c.close();
    }
  });

  it('refuses a wrong secret, an unknown subject and a user principal, and records each as a failed login', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    const user = await rpc.request<PrincipalWithSecretDto>(IDENTITY.principalCreate, { body: { subject: `user-${uniqueSuffix()}`, displayName: 'U', roles: ['clinician'] } }, admin);
    expect(user).not.toHaveProperty('clientSecret');
    const attempts = [
      { subject: svc.subject, secret: `${svc.clientSecret.slice(0, -1)}x` },
      { subject: `service:nobody-${uniqueSuffix()}`, secret: svc.clientSecret },
      { subject: user.subject, secret: svc.clientSecret },
    ];
    for (const a of attempts) {
      const c = await client({ subject: a.subject, clientSecret: a.secret });
      try {
        expect(await codeOf(c.request(PROFILES.patientGet, { patientId: A.id }, { onBehalfOf: A.id }))).toBe('UNAUTHENTICATED');
      } finally {
        await c.close();
      }
    }
    const logins = (await events()).filter((e) => e.action === 'login' && e.outcome === 'denied');
    for (const a of attempts) {
      expect(logins.filter((e) => e.actor.subject === a.subject)).toEqual([
        expect.objectContaining({ reason: 'UNAUTHENTICATED', actor: { principalId: null, subject: a.subject, roles: [], kind: 'anonymous' } }),
      ]);
    }
    expect(JSON.stringify(logins)).not.toContain(svc.clientSecret.slice(4, 20));
  });

  it('refuses a deactivated principal at once: identity-svc\'s change event revokes its live credential', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    const c = await client(svc);
    const afterwards = randomUUID();
    try {
      await expect(c.request(PROFILES.patientGet, { patientId: A.id })).resolves.toMatchObject({ id: A.id });
      const live = await c.currentCredential();
      await rpc.request(IDENTITY.principalDeactivate, { principalId: svc.id }, admin);
      // The credential has not expired, yet the next request is refused.
      expect(Date.parse(live.expiresAt)).toBeGreaterThan(Date.now());
      expect(await codeOf(c.request(PROFILES.patientGet, { patientId: A.id }, { requestId: afterwards }))).toBe('UNAUTHENTICATED');
    } finally {
      await c.close();
    }
    const refused = (await events()).filter((e) => e.requestId === afterwards);
    expect(refused.map((e) => [e.outcome, e.reason, e.source.service])).toEqual([['denied', 'context-revoked', PROFILES_SVC]]);
    // And no new credential for it.
    await expect(exchange(svc)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('takes a scope change at once: the old credential is revoked, the client gets one with the new scopes', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    const c = await client(svc);
    const afterwards = randomUUID();
    try {
      await expect(c.request(PROFILES.patientGet, { patientId: A.id })).resolves.toMatchObject({ id: A.id });
      const before = await c.currentCredential();
      await rpc.request(IDENTITY.principalUpdate, { principalId: svc.id, body: { scopes: ['labs:read'] } }, admin);
      expect(await codeOf(c.request(PROFILES.patientGet, { patientId: A.id }, { requestId: afterwards }))).toBe('FORBIDDEN');
      const after = await c.currentCredential();
      expect([before.scopes, after.scopes]).toEqual([['profiles:read'], ['labs:read']]);
    } finally {
      await c.close();
    }
    // The first try was refused with the revoked credential, the retry with the new one by the ability model.
    const refused = (await events()).filter((e) => e.requestId === afterwards).map((e) => e.reason);
    expect(refused).toEqual(['context-revoked', 'FORBIDDEN']);
  });

  it('refuses a deactivated principal within the credential lifetime when the change event never came', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    const { dto, headersFor } = await exchange(svc);
    await expect(rpc.requestRaw(PROFILES.patientGet, { patientId: A.id }, headersFor(randomUUID()))).resolves.toMatchObject({ id: A.id });
    // Deactivated behind identity-svc's back: no change event is published.
    const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    let deactivatedAt: number;
    try {
      await db.query(`update "${world.env.IDENTITY_DB_SCHEMA}"."principal" set status = 'deactivated' where id = $1`, [svc.id]);
      deactivatedAt = Date.now();
    } finally {
      await db.end();
    }
    await expect(exchange(svc)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // The credential already out works until it expires, and not a moment longer.
    let last = randomUUID();
    let outcome = await codeOf(rpc.requestRaw(PROFILES.patientGet, { patientId: A.id }, headersFor(last)));
    while (outcome === 'success' && Date.now() < deactivatedAt + (CREDENTIAL_TTL_S + 2) * 1000) {
      last = randomUUID();
      outcome = await codeOf(rpc.requestRaw(PROFILES.patientGet, { patientId: A.id }, headersFor(last)));
    }
    expect(outcome).toBe('UNAUTHENTICATED');
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(dto.expiresAt));
    expect(Date.now() - deactivatedAt).toBeLessThanOrEqual((CREDENTIAL_TTL_S + 1) * 1000 + 500);
    expect((await events()).filter((e) => e.requestId === last).map((e) => e.reason)).toEqual(['context-expired']);
  });

  it('refuses forged and tampered contexts, and records each refusal', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    const { dto, headersFor } = await exchange(svc, A.id);
    const ids = { forged: randomUUID(), gatewayService: randomUUID(), tampered: randomUUID(), gatewayCredential: randomUUID() };
    const send = (h: ReturnType<typeof natsHeaders>) => codeOf(rpc.requestRaw(PROFILES.patientGet, { patientId: B.id }, h));
    const userHeaders = (signer: ActorContextSigner, a: ReturnType<typeof actor>, requestId: string) => {
      const h = natsHeaders();
      h.set(HEADER.requestId, requestId);
      const { encoded, signature } = signer.sign(a, requestId, PROFILES.patientGet);
      h.set(HEADER.actor, encoded);
      h.set(HEADER.signature, signature);
      return h;
    };
    // An admin context signed with a random Ed25519 key.
    expect(await send(userHeaders(new ActorContextSigner(generateKeyPairSync('ed25519').privateKey), admin, ids.forged))).toBe('UNAUTHENTICATED');
    // The gateway's key, claiming a service with every scope.
    const claimed = actor(['service'], { scopes: ['profiles:read', 'profiles:write'] });
    expect(await send(userHeaders(world.signer.gateway, claimed, ids.gatewayService))).toBe('UNAUTHENTICATED');
    // identity-svc's credential for A, its patient changed to B and its scopes widened.
    const [p, body, s] = dto.credential.split('.');
    const widened = { ...JSON.parse(Buffer.from(body!, 'base64url').toString()), onBehalfOf: B.id, scopes: ['profiles:read', 'profiles:write'] };
    expect(await send(headersFor(ids.tampered, `${p}.${Buffer.from(JSON.stringify(widened)).toString('base64url')}.${s}`))).toBe('UNAUTHENTICATED');
    // The untampered credential for A, used on B.
    expect(await send(headersFor(randomUUID()))).toBe('NOT_FOUND');
    const all = await events();
    const reasonOf = (id: string) => all.filter((e) => e.requestId === id).map((e) => [e.outcome, e.reason]);
    expect(reasonOf(ids.forged)).toEqual([['denied', 'context-bad-signature']]);
    expect(reasonOf(ids.gatewayService)).toEqual([['denied', 'context-key-not-allowed']]);
    expect(reasonOf(ids.tampered)).toEqual([['denied', 'context-bad-signature']]);
  });

  it('a rotated secret replaces the old one and revokes the credentials issued with it', async () => {
    const svc = await servicePrincipal(['profiles:read']);
    const old = await exchange(svc);
    const rotated = await rpc.request<PrincipalWithSecretDto>(IDENTITY.principalSecretRotate, { principalId: svc.id }, admin);
    expect(rotated.clientSecret).not.toBe(svc.clientSecret);
    await expect(exchange(svc)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await codeOf(rpc.requestRaw(PROFILES.patientGet, { patientId: A.id }, old.headersFor(randomUUID())))).toBe('UNAUTHENTICATED');
    const fresh = await exchange({ subject: svc.subject, clientSecret: rotated.clientSecret });
    await expect(rpc.requestRaw(PROFILES.patientGet, { patientId: A.id }, fresh.headersFor(randomUUID()))).resolves.toMatchObject({ id: A.id });
  });

  it('writes as the assistant in the patient\'s conversation and gets the patient\'s context; another patient is 404, recorded denied', async () => {
    const svc = await servicePrincipal(['profiles:read', 'conversations:write']);
    const c = await client(svc);
    const convB = await rpc.request<{ id: string }>(PROFILES.conversationCreate, { patientId: B.id, body: { channel: 'sms' } }, actor(['clinician'], { careTeam: [B.id] }));
    const other = randomUUID();
    try {
      const conv = await c.createConversation(A.id, { channel: 'assistant' });
      expect(conv).toMatchObject({ patientId: A.id, channel: 'assistant', messageCount: 0 });
      await expect(c.appendMessage(A.id, conv.id!, { role: 'assistant', content: 'Your results are in.', sessionId: 'luna-1' }))
        .resolves.toMatchObject({ conversationId: conv.id, role: 'assistant', seq: 1 });
      expect(await codeOf(c.appendMessage(A.id, conv.id!, { role: 'clinician', content: 'x' }))).toBe('FORBIDDEN');
      expect(await codeOf(c.appendMessage(B.id, convB.id, { role: 'assistant', content: 'x' }, { onBehalfOf: A.id, requestId: other }))).toBe('NOT_FOUND');
      const ctx = await c.getPatientContext(A.id);
      expect(ctx.profile).toMatchObject({ id: A.id, givenName: 'Ida' });
      // conversations:write does not read the turns, nor does profiles:read reach conditions or labs:read-less biomarkers;
      // treatments-svc is not started here, so the regimen does not answer.
      expect(ctx.omitted).toEqual(expect.arrayContaining([
        { part: 'conversation', reason: 'forbidden' }, { part: 'conditions', reason: 'forbidden' },
        { part: 'biomarkers', reason: 'forbidden' }, { part: 'protocols', reason: 'unavailable' },
      ]));
    } finally {
      await c.close();
    }
    const denied = (await events()).filter((e) => e.requestId === other);
    expect(denied.map((e) => [e.outcome, e.reason, e.actor.principalId, e.actor.onBehalfOf])).toEqual([['denied', 'NOT_FOUND', svc.id, A.id]]);
  });

  it('runs the domain service with public keys only', () => {
    const text = JSON.stringify(profilesConfig);
    expect(profilesConfig.contextKeys.gateway).toEqual([world.keys.gateway.publicKey.trim()]);
    expect(profilesConfig.contextKeys.identity).toEqual([world.keys.identity.publicKey.trim()]);
    expect(text).not.toContain('PRIVATE KEY');
    // @ts-expect-error a service's config type has no signing key
    expect(profilesConfig.contextSigningKey).toBeUndefined();
    // @ts-expect-error nor identity-svc's
    expect(profilesConfig.serviceCredentials).toBeUndefined();
  });
});
