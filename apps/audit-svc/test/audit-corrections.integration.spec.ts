import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { AuditCorrections, AuditPublisher, correctionOf } from '@pg/audit';
import { loadAuditServiceConfig, loadServiceConfig } from '@pg/config';
import {
  AUDIT, DomainException, PROFILES, type AccessLogEntryDto, type AuditEvent, type Page, type PatientDto, type StoredAuditEvent,
} from '@pg/contracts';
import { ensureStreams, jetStreamClient, startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import {
  actor, createTestWorld, destroyTestWorld, natsConnection, rejection, rpcClient, TEST_DATABASE_URL, TEST_NATS_URL, until, type TestWorld,
} from '@pg/testing';
import { profilesOrmOptions } from '../../profiles-svc/src/mikro-orm.config.js';
import { ProfilesModule, SERVICE_NAME as PROFILES_SERVICE } from '../../profiles-svc/src/profiles.module.js';
import { auditOrmOptions } from '../src/mikro-orm.config.js';
import { AuditModule, SERVICE_NAME as AUDIT_SERVICE } from '../src/audit.module.js';
import { DelayingProxy } from './delaying-proxy.js';

/*
 * Fail closed without lying (issue 8, item 9). profiles-svc reaches NATS through a proxy that can hold back what the
 * server sends it, so a JetStream ack arrives after AUDIT_ACK_TIMEOUT_MS although the stream stored the event at
 * once. The write is rolled back and the caller gets 503; the trail must then hold, for that request id, the
 * original `success` AND its correction — and the patient row must be exactly what it was.
 */

const ACK_TIMEOUT_MS = 1000;
/** Longer than the ack bound: every ack misses it. */
const ACK_DELAY_MS = 2500;

let world: TestWorld;
let proxy: DelayingProxy;
let profiles: INestMicroservice;
let audit: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let profilesSchema: string;
let auditSchema: string;
let outboxDir: string;

const admin = actor(['admin']);
const auditor = actor(['auditor']);
const newPatient = () => ({ givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', email: 'ada@example.org' });

/** The patient's row as Postgres holds it, every column. */
const patientRow = async (id: string) => (await db.query(`select to_jsonb(p) as r from "${profilesSchema}".patient p where p.id = $1`, [id])).rows[0]?.r;
/** What audit-svc stored for a request id, in chain order. */
const storedFor = async (requestId: string) =>
  (await db.query<{ event: AuditEvent }>(`select event from "${auditSchema}".audit_event where request_id = $1 order by sequence`, [requestId])).rows.map((r) => r.event);

beforeAll(async () => {
  world = await createTestWorld();
  proxy = await DelayingProxy.start(TEST_NATS_URL);
  outboxDir = mkdtempSync(join(tmpdir(), 'audit-outbox-'));
  const profilesConfig = loadServiceConfig('profiles', {
    ...world.env, NATS_URL: proxy.url, AUDIT_ACK_TIMEOUT_MS: String(ACK_TIMEOUT_MS), AUDIT_OUTBOX_DIR: outboxDir,
  });
  profilesSchema = profilesConfig.dbSchema;
  await migrate(profilesOrmOptions(profilesConfig));
  profiles = await startService(PROFILES_SERVICE, ProfilesModule.forRoot(profilesConfig) as never, profilesConfig, { logger: false });
  const auditConfig = loadAuditServiceConfig(world.env);
  auditSchema = auditConfig.dbSchema;
  await migrate(auditOrmOptions(auditConfig));
  audit = await startService(AUDIT_SERVICE, AuditModule.forRoot(auditConfig) as never, auditConfig, { logger: false });
  rpc = await rpcClient(world, 15_000);
  nc = await natsConnection();
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
});

afterEach(async () => {
  proxy.delayMs = 0;
  // Acks held back by the proxy still arrive, in order, before anything sent after them.
  await proxy.drained();
});

// Teardown closes two services, a proxy and deletes the world's streams, schemas and roles: alone it takes under a second,
// but a CI run on two cores with the other suites' workers once took it past the 30 s default (every test had passed).
afterAll(async () => {
  if (proxy) proxy.delayMs = 0;
  await rpc?.close();
  await profiles?.close();
  await audit?.close();
  await proxy?.close();
  await nc?.close();
  await db?.end();
  if (world) await destroyTestWorld(world);
}, 120_000);

describe('acks timing out after storage', () => {
  it('rolls the write back (503, the row unchanged) and stores the original success with its correction, same request id', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const before = await patientRow(p.id);
    expect(before).toMatchObject({ email: 'ada@example.org', version: 1 });

    const requestId = randomUUID();
    proxy.delayMs = ACK_DELAY_MS;
    const err = await rejection<DomainException>(
      rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { email: 'changed@example.org' } }, admin, { requestId }),
    );
    expect(err.code).toBe('UNAVAILABLE');
    // Before the stream answers again, the correction is parked on disk: a crash now would not lose it.
    const parked = readdirSync(outboxDir).flatMap((f) => readFileSync(join(outboxDir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as AuditEvent));
    expect(parked).toContainEqual(expect.objectContaining({ requestId, outcome: 'error', reason: 'rolled-back' }));
    proxy.delayMs = 0;

    const trail = await until('the original and its correction to be stored', async () => {
      const events = await storedFor(requestId);
      return events.length >= 2 ? events : undefined;
    });
    expect(trail).toHaveLength(2);
    const [original, correction] = trail as [AuditEvent, AuditEvent];
    expect(original).toMatchObject({ action: 'update', outcome: 'success', requestId, resource: { type: 'patient', id: p.id, patientId: p.id } });
    expect(original.corrects).toBeUndefined();
    expect(correction).toMatchObject({
      action: 'update', outcome: 'error', reason: 'rolled-back', corrects: original.id, requestId,
      resource: { type: 'patient', id: p.id, patientId: p.id }, actor: { principalId: admin.principalId },
    });
    expect(correction.id).not.toBe(original.id);

    // The row itself, every column, as it was.
    expect(await patientRow(p.id)).toEqual(before);
    // Once the outbox is drained its file is gone.
    await until('the outbox to be empty', async () => readdirSync(outboxDir).length === 0);
    await expect(rpc.request(PROFILES.patientGet, { patientId: p.id }, admin)).resolves.toMatchObject({ email: 'ada@example.org', version: 1 });
  });

  it('corrects a read whose reply was withheld: the record says it was not returned', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const requestId = randomUUID();
    proxy.delayMs = ACK_DELAY_MS;
    const err = await rejection<DomainException>(rpc.request(PROFILES.patientGet, { patientId: p.id }, admin, { requestId }));
    expect(err.code).toBe('UNAVAILABLE');
    proxy.delayMs = 0;
    const trail = await until('the read and its correction', async () => {
      const events = await storedFor(requestId);
      return events.length >= 2 ? events : undefined;
    });
    expect(trail.map((e) => [e.action, e.outcome, e.reason ?? null])).toEqual([['read', 'success', null], ['read', 'error', 'not-returned']]);
    expect(trail[1]!.corrects).toBe(trail[0]!.id);
  });

  it('does not count a corrected success as a successful access: the auditor sees it with its correction, the access log and outcome=success do not list it', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const requestId = randomUUID();
    proxy.delayMs = ACK_DELAY_MS;
    await rejection(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { phone: '+14155550000' } }, admin, { requestId }));
    proxy.delayMs = 0;
    const [original, correction] = (await until('both stored', async () => {
      const events = await storedFor(requestId);
      return events.length >= 2 ? events : undefined;
    })) as [AuditEvent, AuditEvent];

    const all = await rpc.request<Page<StoredAuditEvent>>(AUDIT.eventSearch, { query: { patientId: p.id, action: 'update' } }, auditor);
    expect(all.items.find((e) => e.id === original.id)?.correctedBy).toEqual({ id: correction.id, outcome: 'error', reason: 'rolled-back' });
    expect(all.items.find((e) => e.id === correction.id)).toMatchObject({ outcome: 'error', corrects: original.id });
    expect(all.items.find((e) => e.id === correction.id)?.correctedBy).toBeUndefined();

    const successes = await rpc.request<Page<StoredAuditEvent>>(AUDIT.eventSearch, { query: { patientId: p.id, outcome: 'success' } }, auditor);
    expect(successes.items.map((e) => e.id)).not.toContain(original.id);
    // The create did succeed, and is still listed.
    expect(successes.items).toContainEqual(expect.objectContaining({ action: 'create', outcome: 'success' }));

    const got = await rpc.request<StoredAuditEvent>(AUDIT.eventGet, { id: original.id }, auditor);
    expect(got.correctedBy).toEqual({ id: correction.id, outcome: 'error', reason: 'rolled-back' });

    const self = actor(['patient'], { patientId: p.id });
    const log = await rpc.request<Page<AccessLogEntryDto>>(AUDIT.accessLogList, { patientId: p.id, query: {} }, self);
    const ids = log.items.map((e) => e.eventId);
    expect(ids).not.toContain(original.id);
    expect(log.items.find((e) => e.eventId === correction.id)).toMatchObject({ action: 'update', outcome: 'error' });
  });
});

describe('a correction from elsewhere', () => {
  it('does not hide an access: one from another service or another request is stored, but corrects nothing', async () => {
    const patientId = randomUUID();
    const profilesPublisher = new AuditPublisher(jetStreamClient(nc, 2000), world.ns, 'profiles-svc', 2000);
    const labsPublisher = new AuditPublisher(jetStreamClient(nc, 2000), world.ns, 'labs-svc', 2000);
    const reader = actor(['clinician'], { careTeam: [patientId] });
    const original = await profilesPublisher.publish({
      action: 'read', outcome: 'success', actor: { principalId: reader.principalId, subject: reader.subject, roles: ['clinician'], kind: 'user' },
      source: { service: 'profiles-svc', instance: 'p-1' }, resource: { type: 'patient', id: patientId, patientId }, purposeOfUse: 'treatment', requestId: randomUUID(),
    });
    const otherService = { ...correctionOf(original, 'rolled-back'), source: { service: 'labs-svc', instance: 'l-1' } };
    const otherRequest = { ...correctionOf(original, 'rolled-back'), requestId: randomUUID() };
    await labsPublisher.publish(otherService);
    await profilesPublisher.publish(otherRequest);
    await until('all three stored', async () => (await db.query(`select 1 from "${auditSchema}".audit_event where id = any($1::uuid[])`, [[original.id, otherService.id, otherRequest.id]])).rowCount === 3);

    const got = await rpc.request<StoredAuditEvent>(AUDIT.eventGet, { id: original.id }, auditor);
    expect(got.correctedBy).toBeUndefined();
    const successes = await rpc.request<Page<StoredAuditEvent>>(AUDIT.eventSearch, { query: { patientId, outcome: 'success' } }, auditor);
    expect(successes.items.map((e) => e.id)).toEqual([original.id]);
    const log = await rpc.request<Page<AccessLogEntryDto>>(AUDIT.accessLogList, { patientId, query: {} }, reader);
    expect(log.items.map((e) => e.eventId)).toContain(original.id);
  });
});

describe('a commit that fails after the ack', () => {
  it('is corrected: the stored success is followed by a rolled-back correction, and the row is unchanged', async () => {
    const p = await rpc.request<PatientDto>(PROFILES.patientCreate, { body: newPatient() }, admin);
    const before = await patientRow(p.id);
    // A check Postgres runs at COMMIT (a deferred constraint trigger): the handler and the ack succeed, the commit fails.
    await db.query(`create or replace function "${profilesSchema}".refuse_at_commit() returns trigger language plpgsql as $$
      begin if new.email = 'commit-refused@example.org' then raise exception 'refused at commit' using errcode = '23514'; end if; return null; end $$`);
    await db.query(`create constraint trigger refuse_at_commit after update on "${profilesSchema}".patient
      deferrable initially deferred for each row execute function "${profilesSchema}".refuse_at_commit()`);
    try {
      const requestId = randomUUID();
      const err = await rejection<DomainException>(rpc.request(PROFILES.patientUpdate, { patientId: p.id, body: { email: 'commit-refused@example.org' } }, admin, { requestId }));
      expect(err).toBeInstanceOf(DomainException);
      expect(JSON.stringify(err)).not.toContain('refused at commit');
      const trail = await until('the success and its correction', async () => {
        const events = await storedFor(requestId);
        return events.length >= 2 ? events : undefined;
      });
      expect(trail.map((e) => [e.action, e.outcome, e.reason ?? null])).toEqual([['update', 'success', null], ['update', 'error', 'rolled-back']]);
      expect(trail[1]!.corrects).toBe(trail[0]!.id);
      expect(await patientRow(p.id)).toEqual(before);
    } finally {
      await db.query(`drop trigger refuse_at_commit on "${profilesSchema}".patient`);
    }
  });
});

describe('the correction outbox', () => {
  it('keeps corrections the stream does not take, and the next process publishes them at boot, each once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'audit-outbox-'));
    const js = jetStreamClient(nc, ACK_TIMEOUT_MS);
    const publisher = new AuditPublisher(js, world.ns, 'treatments-svc', ACK_TIMEOUT_MS);
    const original = await publisher.publish({
      action: 'update', outcome: 'success', actor: { principalId: randomUUID(), subject: 'test|x', roles: ['clinician'], kind: 'user' },
      source: { service: 'treatments-svc', instance: 'i-1' }, resource: { type: 'treatment-plan', id: randomUUID() }, purposeOfUse: 'treatment', requestId: randomUUID(),
    });
    await until('the original to be stored', async () => (await storedFor(original.requestId)).length === 1);
    const jsm = await jetstreamManager(nc);
    await jsm.streams.delete(world.ns.stream(STREAM.audit));
    let corrections: AuditEvent[];
    try {
      // The stream is gone: the first process parks the correction and cannot publish it; it stops.
      const first = new AuditCorrections(publisher, dir, world.namespace, 'treatments-svc', 'first');
      corrections = await first.correct([original], 'rolled-back');
      await first.flush();
      expect(first.pendingCount).toBe(1);
      first.onApplicationShutdown();
    } finally {
      await ensureStreams(nc, world.ns);
    }
    // The next process of the same service takes the file over and publishes.
    const next = new AuditCorrections(publisher, dir, world.namespace, 'treatments-svc', 'next');
    await next.onApplicationBootstrap();
    await until('the parked correction to be published', async () => {
      await next.flush();
      return next.pendingCount === 0;
    });
    next.onApplicationShutdown();
    const stored = await until('the correction to be stored', async () => {
      const events = await storedFor(original.requestId);
      return events.some((e) => e.corrects === original.id) ? events : undefined;
    });
    expect(stored.filter((e) => e.corrects === original.id)).toEqual([expect.objectContaining({ id: corrections[0]!.id, outcome: 'error', reason: 'rolled-back' })]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is replayed by profiles-svc itself when it boots: a file left by a process that died is published', async () => {
    const publisher = new AuditPublisher(jetStreamClient(nc, 2000), world.ns, 'profiles-svc', 2000);
    const original = await publisher.publish({
      action: 'update', outcome: 'success', actor: { principalId: randomUUID(), subject: 'test|y', roles: ['admin'], kind: 'user' },
      source: { service: 'profiles-svc', instance: 'dead-1' }, resource: { type: 'patient', id: randomUUID() }, purposeOfUse: 'treatment', requestId: randomUUID(),
    });
    const parked = correctionOf(original, 'rolled-back');
    writeFileSync(join(outboxDir, `${world.namespace}.profiles-svc.dead-1-0000.jsonl`), `${JSON.stringify(parked)}\n`);
    await profiles.close();
    const config = loadServiceConfig('profiles', { ...world.env, NATS_URL: proxy.url, AUDIT_ACK_TIMEOUT_MS: String(ACK_TIMEOUT_MS), AUDIT_OUTBOX_DIR: outboxDir });
    profiles = await startService(PROFILES_SERVICE, ProfilesModule.forRoot(config) as never, config, { logger: false });
    const stored = await until('the parked correction to be stored', async () => {
      const events = await storedFor(original.requestId);
      return events.length >= 2 ? events : undefined;
    });
    expect(stored.map((e) => [e.id, e.outcome, e.corrects ?? null])).toEqual([[original.id, 'success', null], [parked.id, 'error', original.id]]);
    await until('the outbox to be empty', async () => readdirSync(outboxDir).length === 0);
  });
});
