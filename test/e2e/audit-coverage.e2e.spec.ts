import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { auditWriterRole, loadAuditServiceConfig, loadIdentityServiceConfig, loadLabsServiceConfig, loadServiceConfig, type Env } from '@pg/config';
import {
  AUDIT, AUDIT_RECORD_SUBJECT, DomainException, IDENTITY, LABS, PROFILES, SERVICE_NAMES, TREATMENTS, type AuditEvent, type PatientDto,
} from '@pg/contracts';
import { ensureStreams, HEADER, NamespacedNatsServer, natsConnectionOptions, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, TEST_DATABASE_URL, TEST_NATS_URL, type TestWorld } from '@pg/testing';
import { AuditModule } from '../../apps/audit-svc/src/audit.module.js';
import { auditOrmOptions } from '../../apps/audit-svc/src/mikro-orm.config.js';
import { IdentityModule } from '../../apps/identity-svc/src/identity.module.js';
import { identityOrmOptions } from '../../apps/identity-svc/src/mikro-orm.config.js';
import { LabsModule } from '../../apps/labs-svc/src/labs.module.js';
import { labsOrmOptions } from '../../apps/labs-svc/src/mikro-orm.config.js';
import { ProfilesModule } from '../../apps/profiles-svc/src/profiles.module.js';
import { profilesOrmOptions } from '../../apps/profiles-svc/src/mikro-orm.config.js';
import { TreatmentsModule } from '../../apps/treatments-svc/src/treatments.module.js';
import { treatmentsOrmOptions } from '../../apps/treatments-svc/src/mikro-orm.config.js';

/*
 * Coverage by construction, proved: every domain service runs here in-process, every message pattern it has
 * registered (read from its NATS server, so a handler added tomorrow is in the list without touching this file)
 * is called with a valid signed context and with a forged one, and each call must have put an audit event with
 * its request id on the AUDIT stream. The only patterns allowed to record nothing are the health probes.
 * Then fail closed: with the stream unavailable, a read answers UNAVAILABLE and no data, within the ack bound.
 */

const ACK_TIMEOUT_MS = 400;

const SERVICES = [
  { name: 'audit-svc', migrate: (env: Env) => migrate(auditOrmOptions(loadServiceConfig('audit', env))), module: (env: Env) => AuditModule.forRoot(loadAuditServiceConfig(env)) },
  { name: 'identity-svc', migrate: (env: Env) => migrate(identityOrmOptions(loadServiceConfig('identity', env))), module: (env: Env) => IdentityModule.forRoot(loadIdentityServiceConfig(env)) },
  { name: 'profiles-svc', migrate: (env: Env) => migrate(profilesOrmOptions(loadServiceConfig('profiles', env))), module: (env: Env) => ProfilesModule.forRoot(loadServiceConfig('profiles', env)) },
  { name: 'labs-svc', migrate: (env: Env) => migrate(labsOrmOptions(loadServiceConfig('labs', env))), module: (env: Env) => LabsModule.forRoot(loadLabsServiceConfig(env)) },
  { name: 'treatments-svc', migrate: (env: Env) => migrate(treatmentsOrmOptions(loadServiceConfig('treatments', env))), module: (env: Env) => TreatmentsModule.forRoot(loadServiceConfig('treatments', env)) },
] as const;

/** Handlers marked `selfAuthenticated`: the vendor's OAuth redirect and Oura's webhook (no actor context). */
const SELF_AUTHENTICATED: string[] = [LABS.wearableOauthCallback, LABS.wearableWebhookOura, LABS.wearableWebhookOuraChallenge];

/** Partner webhooks (`partner` handlers): pattern → the partner they are recorded as. */
const PARTNER_WEBHOOKS: Record<string, string> = { [TREATMENTS.rimoWebhook]: 'rimo', [IDENTITY.webhookClerk]: 'clerk', [IDENTITY.webhookBigcommerce]: 'bigcommerce' };

/** Every `<domain>.health` of the pattern constants: the exemptions, and nothing else. */
const HEALTH_PATTERNS = [AUDIT, IDENTITY, PROFILES, LABS, TREATMENTS].map((p) => p.health).sort();

let world: TestWorld;
let rpc: NatsRpcClient;
let nc: NatsConnection;
const apps: INestMicroservice[] = [];
/** pattern → the service that registered it. */
const registered = new Map<string, string>();

async function errorOf(p: Promise<unknown>): Promise<DomainException | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e as DomainException;
  }
}

beforeAll(async () => {
  world = await createTestWorld({ AUDIT_ACK_TIMEOUT_MS: String(ACK_TIMEOUT_MS) });
  await Promise.all(SERVICES.map((s) => s.migrate(world.env)));
  for (const s of SERVICES) {
    // The service's own transport (as startService builds it), kept here to ask it what it registered.
    const server = new NamespacedNatsServer(world.ns, world.ns.queue(s.name), natsConnectionOptions(TEST_NATS_URL, s.name));
    const app = await NestFactory.createMicroservice(s.module(world.env) as never, { strategy: server, logger: false });
    await app.listen();
    apps.push(app);
    for (const pattern of server.patterns()) registered.set(pattern, s.name);
  }
  rpc = await rpcClient(world, 10_000);
  nc = await natsConnection();
}, 120_000);

afterAll(async () => {
  await rpc?.close();
  for (const app of apps.reverse()) await app.close().catch(() => undefined);
  await nc?.close();
  if (world) {
    await destroyTestWorld(world);
    // Roles belong to the cluster and outlive the schema.
    const db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await db.connect();
    await db.query(`drop role if exists "${auditWriterRole(world.env.AUDIT_DB_SCHEMA!)}"`).catch(() => undefined);
    await db.end();
  }
});

describe('coverage by construction', () => {
  it('runs every domain service of the system', () => {
    expect(SERVICES.map((s) => s.name).sort()).toEqual([...SERVICE_NAMES].sort());
    expect(new Set(registered.values()).size).toBe(SERVICE_NAMES.length);
    // Every pattern constant of every domain is served by some service (and nothing outside them is).
    const declared = [AUDIT, IDENTITY, PROFILES, LABS, TREATMENTS].flatMap((p) => Object.values(p) as string[]).sort();
    expect([...registered.keys()].sort()).toEqual(declared);
  });

  it('records every call of every registered pattern, with a valid context or a forged one; only health probes record nothing', async () => {
    const admin = actor(['admin']);
    const calls: { pattern: string; requestId: string; forged: boolean }[] = [];
    for (const pattern of registered.keys()) {
      const valid = { pattern, requestId: randomUUID(), forged: false };
      await errorOf(rpc.request(pattern, {}, admin, { requestId: valid.requestId }));
      // A context signed with another key: refused by the interceptor, and recorded as such.
      const forged = { pattern, requestId: randomUUID(), forged: true };
      const h = natsHeaders();
      h.set(HEADER.requestId, forged.requestId);
      h.set(HEADER.actor, Buffer.from(JSON.stringify({ actor: admin, requestId: forged.requestId, exp: Date.now() + 60_000 })).toString('base64url'));
      h.set(HEADER.signature, 'forged-signature');
      await errorOf(rpc.requestRaw(pattern, {}, h));
      calls.push(valid, forged);
    }

    // The services answered only after JetStream acknowledged their events: the stream holds them all now.
    const events = await publishedAuditEvents(nc, world);
    const byRequest = new Map<string, AuditEvent[]>();
    for (const e of events) byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e]);

    const silent = new Set<string>();
    for (const call of calls) {
      const recorded = byRequest.get(call.requestId) ?? [];
      if (!recorded.length) {
        silent.add(call.pattern);
        continue;
      }
      const service = registered.get(call.pattern)!;
      expect(recorded.every((e) => e.source.service === service)).toBe(true);
      if (call.pattern === IDENTITY.serviceCredentialIssue) {
        // The credential exchange is the authentication itself: any context is ignored; an empty payload is refused.
        expect(recorded).toEqual([expect.objectContaining({ action: 'login', outcome: 'error', reason: 'VALIDATION_FAILED', actor: expect.objectContaining({ kind: 'anonymous' }) })]);
      } else if (PARTNER_WEBHOOKS[call.pattern]) {
        // The partner's webhook authenticates by its own signature: any context is ignored; recorded as the partner claimed.
        expect(recorded).toEqual([expect.objectContaining({ action: 'import', outcome: 'error', reason: 'VALIDATION_FAILED', actor: expect.objectContaining({ kind: 'anonymous', subject: `partner:${PARTNER_WEBHOOKS[call.pattern]}` }) })]);
      } else if (SELF_AUTHENTICATED.includes(call.pattern)) {
        // Authenticated by what they carry (an OAuth state, a webhook signature): any context is ignored; an empty payload is refused.
        expect(recorded).toEqual([expect.objectContaining({ outcome: 'error', reason: 'VALIDATION_FAILED', actor: expect.objectContaining({ kind: 'anonymous' }) })]);
      } else if (call.forged) {
        expect(recorded).toEqual([expect.objectContaining({ outcome: 'denied', reason: 'context-bad-signature', actor: expect.objectContaining({ kind: 'anonymous' }) })]);
      } else {
        expect(recorded[0]).toMatchObject({ actor: { principalId: admin.principalId, roles: ['admin'] } });
      }
    }
    expect([...silent].sort()).toEqual(HEALTH_PATTERNS);
  });
});

describe('fail closed', () => {
  let patient: PatientDto;
  const admin = actor(['admin']);

  beforeAll(async () => {
    patient = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: { givenName: 'Closed', familyName: 'Failure', birthDate: '1970-01-01' } }, admin);
  });

  afterAll(async () => {
    await ensureStreams(nc, world.ns, { storage: 'file' });
  });

  it('answers UNAVAILABLE, and no data, when JetStream refuses the event (no AUDIT stream)', async () => {
    await expect(rpc.request(PROFILES.patientGet, { patientId: patient.id }, admin)).resolves.toMatchObject({ id: patient.id });
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(world.ns.stream(STREAM.audit));
    const err = await errorOf(rpc.request(PROFILES.patientGet, { patientId: patient.id }, admin));
    expect(err).toBeInstanceOf(DomainException);
    expect(err).toMatchObject({ code: 'UNAVAILABLE', details: [] });
    expect(JSON.stringify(err)).not.toContain('Closed');
  });

  it('answers UNAVAILABLE after AUDIT_ACK_TIMEOUT_MS when nothing acknowledges the event', async () => {
    // Something takes the event and never answers: a publish that is neither acknowledged nor refused.
    const sink = nc.subscribe(world.ns.subject(`${AUDIT_RECORD_SUBJECT}.>`));
    await nc.flush(); // registered at the server before the request (else the publish meets "no responders" at once)
    try {
      const started = performance.now();
      const err = await errorOf(rpc.request(PROFILES.patientGet, { patientId: patient.id }, admin));
      const elapsed = performance.now() - started;
      expect(err).toMatchObject({ code: 'UNAVAILABLE' });
      expect(elapsed).toBeGreaterThanOrEqual(ACK_TIMEOUT_MS - 20);
      expect(elapsed).toBeLessThan(ACK_TIMEOUT_MS + 2000);
    } finally {
      sink.unsubscribe();
    }
  });

  it('serves again, recorded, once the stream is back', async () => {
    await ensureStreams(nc, world.ns, { storage: 'file' });
    const requestId = randomUUID();
    await expect(rpc.request(PROFILES.patientGet, { patientId: patient.id }, admin, { requestId })).resolves.toMatchObject({ id: patient.id });
    const events = await publishedAuditEvents(nc, world);
    expect(events.filter((e) => e.requestId === requestId)).toEqual([expect.objectContaining({ action: 'read', outcome: 'success', resource: expect.objectContaining({ patientId: patient.id }) })]);
  });
});
