import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { DomainException, ErrorCode, LABS, type Page, type WearableAuthorizationDto, type WearableConnectionDto, type WearableOauthCallbackDto } from '@pg/contracts';
import { loadLabsSettings, loadWearableSyncSettings } from '@pg/config';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, publishedAuditEvents, rpcClient, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { labsOrmOptions } from '../src/mikro-orm.config.js';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';
import { WearableSyncService } from '../src/wearables/sync/wearable-sync.service.js';
import { TokenCipher } from '../src/wearables/sync/token-cipher.js';
import { ouraFormat } from '../src/wearables/formats/oura.js';
import type { ParsedWearableData, SampleChannel, WearableSink } from '../src/wearables/wearable-sample.js';
import { simulatorEnv, VendorSimulator } from '../src/testing/vendor-simulator.js';

const OURA_DATA = new URL('../../../../shared/data/wearables/oura/', import.meta.url);
const WHOOP_DATA = new URL('../../../../shared/data/wearables/whoop/', import.meta.url);
const json = (dir: URL, f: string) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { data?: unknown[]; records?: unknown[] };

/**
 * The sample store stands in here as a map keyed like the real one (patient, provider, source key), recording every
 * channel a reading came through (the real store arrives with wearables-ingest).
 */
class InTestSink implements WearableSink {
  readonly rows = new Map<string, { channels: Set<SampleChannel>; metric: string; value: number }>();
  /** Refuse every write (a store that is down). */
  refuse = false;
  /** Runs once, at the next write (something happening while a sync runs). */
  duringNextWrite?: () => Promise<void>;
  async write(patientId: string, channel: SampleChannel, data: ParsedWearableData): Promise<{ accepted: number; duplicates: number }> {
    if (this.refuse) throw new Error('store down');
    const during = this.duringNextWrite;
    this.duringNextWrite = undefined;
    await during?.();
    let accepted = 0;
    let duplicates = 0;
    for (const s of data.samples) {
      const key = `${patientId}|${s.provider}|${s.sourceKey}`;
      const row = this.rows.get(key);
      if (row) {
        duplicates++;
        row.channels.add(channel);
      } else {
        accepted++;
        this.rows.set(key, { channels: new Set([channel]), metric: s.metric, value: s.value });
      }
    }
    return { accepted, duplicates };
  }

  of(patientId: string, metric: string) {
    return [...this.rows].filter(([k, v]) => k.startsWith(`${patientId}|`) && v.metric === metric).map(([, v]) => v);
  }
}

const TOKEN_KEYS = `k2:${Buffer.alloc(32, 2).toString('base64')},k1:${Buffer.alloc(32, 1).toString('base64')}`;
const VERIFY = 'oura-verification-token-1';

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;
let sim: VendorSimulator;
let sync: WearableSyncService;
const sink = new InTestSink();

const PATIENT = randomUUID();
const OTHER = randomUUID();
const patient = actor(['patient'], { patientId: PATIENT });
const clinician = actor(['clinician'], { careTeam: [PATIENT] });
const coordinator = actor(['coordinator'], { careTeam: [PATIENT] });
const outsider = actor(['clinician'], { careTeam: [OTHER] });

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);

/** Oura heart rate documents in the documented shape (the shared sample, at five-minute steps). */
function heartrate(n: number): unknown[] {
  const [doc] = json(OURA_DATA, 'oura_v2_heartrate.json').data as Record<string, unknown>[];
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.parse('2021-01-01T01:02:03Z') + i * 300_000);
    return { ...doc, bpm: 60 + i, timestamp: at.toISOString().replace('.000Z', '+00:00'), timestamp_unix: at.getTime() / 1000 };
  });
}

async function connect(who = patient, provider: 'oura' | 'whoop' | 'dexcom' = 'oura'): Promise<{ auth: WearableAuthorizationDto; done: WearableOauthCallbackDto; requestId: string }> {
  const auth = await rpc.request<WearableAuthorizationDto>(LABS.wearableConnectionCreate, { patientId: PATIENT, body: { provider } }, who);
  const { code, state } = sim.consent(auth.authorizationUrl);
  const requestId = randomUUID();
  const done = await rpc.request<WearableOauthCallbackDto>(LABS.wearableOauthCallback, { provider, query: { code, state } }, null, { requestId });
  return { auth, done, requestId };
}

async function row(id: string): Promise<Record<string, unknown>> {
  const { rows } = await db.query(`select * from "${schema}"."wearable_connection" where id = $1`, [id]);
  return rows[0] as Record<string, unknown>;
}

function signed(body: string, timestamp: string, secret = sim.clients.oura.secret) {
  return { body, timestamp, signature: createHmac('sha256', secret).update(timestamp + body).digest('hex').toUpperCase() };
}

beforeAll(async () => {
  sim = new VendorSimulator();
  const base = await sim.start();
  world = await createTestWorld({
    ...simulatorEnv(base, sim),
    WEARABLE_TOKEN_KEYS: TOKEN_KEYS,
    WEARABLE_SYNC_INTERVAL_MS: '0',
    WEARABLE_OAUTH_REDIRECT_BASE_URL: 'https://api.example.test',
    OURA_WEBHOOK_VERIFICATION_TOKEN: VERIFY,
  });
  const config = { ...world.serviceConfig('labs'), labs: loadLabsSettings(world.env), wearableSync: loadWearableSyncSettings(world.env), wearableSink: sink };
  schema = config.dbSchema;
  await migrate(labsOrmOptions(config));
  nc = await natsConnection();
  app = await startService(SERVICE_NAME, LabsModule.forRoot(config) as never, config, { logger: false });
  sync = app.get(WearableSyncService);
  rpc = await rpcClient(world, 10_000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await rpc?.close();
  await app?.close();
  await nc?.close();
  await sim?.stop();
  if (world) await destroyTestWorld(world);
});

describe('connect: the vendor consent URL, the callback, the state', () => {
  it('gives the patient the vendor\'s authorization URL with a state and a PKCE S256 challenge; clinicians and coordinators may not connect', async () => {
    const auth = await rpc.request<WearableAuthorizationDto>(LABS.wearableConnectionCreate, { patientId: PATIENT, body: { provider: 'whoop' } }, patient);
    const u = new URL(auth.authorizationUrl);
    expect(u.pathname).toBe('/whoop/oauth/authorize');
    expect(Object.fromEntries(u.searchParams)).toMatchObject({
      response_type: 'code', client_id: 'whoop-client', redirect_uri: 'https://api.example.test/v1/wearables/oauth/whoop/callback', code_challenge_method: 'S256',
    });
    expect(u.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(u.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The state is stored as a hash only.
    const { rows } = await db.query(`select state_hash from "${schema}"."wearable_oauth_state"`);
    expect(rows.map((r) => r.state_hash)).not.toContain(u.searchParams.get('state'));
    for (const who of [clinician, coordinator]) expect((await failure(rpc.request(LABS.wearableConnectionCreate, { patientId: PATIENT, body: { provider: 'oura' } }, who)))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.wearableConnectionCreate, { patientId: OTHER, body: { provider: 'oura' } }, patient)))?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('exchanges the code with the PKCE verifier on the callback, stores the tokens encrypted, and records the connect as the patient', async () => {
    const { done, requestId } = await connect();
    expect(done).toMatchObject({ patientId: PATIENT, provider: 'oura', status: 'active', redirectTo: null });
    const r = await row(done.connectionId);
    expect(r).toMatchObject({ status: 'active', token_key_id: 'k2', vendor_user_id: sim.ouraUserId });
    expect(String(r.access_token)).toMatch(/^v1\.k2\./);
    expect(String(r.refresh_token)).toMatch(/^v1\.k2\./);
    // No token the vendor issued appears in clear anywhere in the row.
    const text = JSON.stringify(r);
    for (const t of sim.issuedTokens()) expect(text).not.toContain(t);
    const events = await publishedAuditEvents(nc, world);
    const made = events.find((e) => e.requestId === requestId);
    expect(made).toMatchObject({ action: 'create', outcome: 'success', resource: { type: 'wearable-connection', id: done.connectionId, patientId: PATIENT } });
    expect(made?.actor).toMatchObject({ principalId: patient.principalId, subject: patient.subject, kind: 'user', roles: ['patient'] });
  });

  it('refuses a replayed state, a forged one, one for another provider and an expired one (401), each recorded as a denial', async () => {
    const auth = await rpc.request<WearableAuthorizationDto>(LABS.wearableConnectionCreate, { patientId: PATIENT, body: { provider: 'dexcom' } }, patient);
    const { code, state } = sim.consent(auth.authorizationUrl);
    // Another provider's callback does not take it (and spends it).
    expect((await failure(rpc.request(LABS.wearableOauthCallback, { provider: 'oura', query: { code, state } }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await failure(rpc.request(LABS.wearableOauthCallback, { provider: 'dexcom', query: { code, state } }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await failure(rpc.request(LABS.wearableOauthCallback, { provider: 'dexcom', query: { code, state: 'A'.repeat(43) } }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const second = await rpc.request<WearableAuthorizationDto>(LABS.wearableConnectionCreate, { patientId: PATIENT, body: { provider: 'dexcom' } }, patient);
    const grant = sim.consent(second.authorizationUrl);
    await db.query(`update "${schema}"."wearable_oauth_state" set expires_at = now() - interval '1 second' where used_at is null`);
    expect((await failure(rpc.request(LABS.wearableOauthCallback, { provider: 'dexcom', query: grant }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const events = await publishedAuditEvents(nc, world);
    expect(events.filter((e) => e.resource.type === 'wearable-connection' && e.outcome === 'denied' && e.actor.kind === 'anonymous').length).toBeGreaterThanOrEqual(4);
    const { rows } = await db.query(`select count(*)::int as n from "${schema}"."wearable_connection" where provider = 'dexcom'`);
    expect(rows[0].n).toBe(0);
  });
});

describe('a callback refused after its state was checked', () => {
  it('is recorded as the principal the state was issued to, acting on its patient, not as anonymous', async () => {
    const auth = await rpc.request<WearableAuthorizationDto>(LABS.wearableConnectionCreate, { patientId: PATIENT, body: { provider: 'whoop' } }, patient);
    const { state } = sim.consent(auth.authorizationUrl);
    const requestId = randomUUID();
    // The patient declined at the vendor: the vendor redirects with an error and no code.
    const declined = await failure(rpc.request(LABS.wearableOauthCallback, { provider: 'whoop', query: { state, error: 'access_denied' } }, null, { requestId }));
    expect(declined?.code).toBe(ErrorCode.UNPROCESSABLE);
    const events = await publishedAuditEvents(nc, world);
    const refused = events.filter((e) => e.requestId === requestId);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ action: 'create', outcome: 'error', resource: { type: 'wearable-connection', patientId: PATIENT } });
    expect(refused[0]!.actor).toMatchObject({ principalId: patient.principalId, subject: patient.subject, kind: 'user', roles: ['patient'] });
  });
});

describe('the scheduled sync against the simulator', () => {
  let connectionId: string;

  beforeAll(async () => {
    const list = await rpc.request<Page<WearableConnectionDto>>(LABS.wearableConnectionList, { patientId: PATIENT }, patient);
    connectionId = list.items.find((c) => c.provider === 'oura')!.id;
    sim.collections.set('oura/v2/usercollection/heartrate', heartrate(5));
    for (const t of ['daily_sleep', 'daily_readiness', 'daily_activity', 'sleep', 'daily_spo2', 'workout']) {
      sim.collections.set(`oura/v2/usercollection/${t}`, json(OURA_DATA, `oura_v2_${t}.json`).data!);
    }
  });

  it('counts a reading uploaded first and synced later once, keeping both channels', async () => {
    const upload = await ouraFormat.parse(readFileSync(new URL('oura_v2_daily_readiness.json', OURA_DATA)), {});
    await expect(sink.write(PATIENT, 'upload', upload)).resolves.toEqual({ accepted: upload.samples.length, duplicates: 0 });
    expect(upload.samples.length).toBe(2);
  });

  it('pages through next_token, stops on a 429 keeping what it wrote, and comes back after Retry-After', async () => {
    const t0 = new Date();
    sim.fail('oura', '/v2/usercollection/heartrate', 429, { page: 1, retryAfter: '120' });
    const [first] = await sync.syncDue(t0);
    expect(first).toMatchObject({ connectionId, status: 'rate-limited' });
    expect(first!.nextSyncAt.toISOString()).toBe(new Date(t0.getTime() + 120_000).toISOString());
    // The first heart-rate page (2 of 5) was written before the 429.
    expect(sink.of(PATIENT, 'heart_rate').length).toBe(2);
    expect((await row(connectionId)).last_sync_status).toBe('rate-limited');
    // Not due before the vendor said.
    await expect(sync.syncDue(new Date(t0.getTime() + 119_000))).resolves.toEqual([]);
    const [second] = await sync.syncDue(new Date(t0.getTime() + 120_000));
    expect(second).toMatchObject({ status: 'partial' });
    expect(sink.of(PATIENT, 'heart_rate').map((s) => s.value).sort()).toEqual([60, 61, 62, 63, 64]);
    const pages = sim.requests.filter((r) => r.path === '/v2/usercollection/heartrate').map((r) => r.query.next_token ?? null);
    expect(pages).toEqual([null, 'p1', null, 'p1', 'p2']);
    // The readiness read from the upload came again through the sync: one sample, both channels.
    const readiness = sink.of(PATIENT, 'readiness_score');
    expect(readiness).toHaveLength(1);
    expect([...readiness[0]!.channels].sort()).toEqual(['sync', 'upload']);
    // Next one due a day later (not a CGM).
    expect(second!.nextSyncAt.getTime() - (t0.getTime() + 120_000)).toBe(86_400_000);
  });

  it('refreshes an access token the vendor stopped taking (401) and stores the rotated tokens encrypted', async () => {
    const before = await row(connectionId);
    sim.expireAccessTokens();
    const due = new Date(Date.now() + 2 * 86_400_000);
    const [out] = await sync.syncDue(due);
    expect(out?.status).toMatch(/^(ok|partial)$/);
    expect(sim.requests.filter((r) => r.path === '/oauth/token' && r.form.grant_type === 'refresh_token').map((r) => r.vendor)).toEqual(['oura']);
    const after = await row(connectionId);
    expect(after.refresh_token).not.toBe(before.refresh_token);
    expect(String(after.access_token)).toMatch(/^v1\.k2\./);
  });

  it('refreshes ahead of expiry, before using a token that expires within five minutes', async () => {
    await db.query(`update "${schema}"."wearable_connection" set access_expires_at = now() + interval '1 minute', next_sync_at = now() - interval '1 second' where id = $1`, [connectionId]);
    const refreshes = sim.requests.filter((r) => r.form.grant_type === 'refresh_token').length;
    const data = sim.requests.length;
    await sync.syncDue(new Date());
    const after = sim.requests.slice(data);
    expect(sim.requests.filter((r) => r.form.grant_type === 'refresh_token').length).toBe(refreshes + 1);
    // The refresh came before any data request, and no data request was refused.
    expect(after[0]?.path).toBe('/oauth/token');
  });

  it('backs off when the store refuses a write (1 min) and when the vendor answers 503 without Retry-After (2 min)', async () => {
    await db.query(`update "${schema}"."wearable_connection" set next_sync_at = now() - interval '1 second', failures = 0 where id = $1`, [connectionId]);
    const t1 = new Date();
    sink.refuse = true;
    const [refused] = await sync.syncDue(t1);
    sink.refuse = false;
    expect(refused).toMatchObject({ connectionId, status: 'error' });
    expect(refused!.nextSyncAt.getTime() - t1.getTime()).toBe(60_000);
    sim.fail('oura', '/v2/usercollection/daily_sleep', 503);
    const t2 = new Date(t1.getTime() + 60_000);
    const [down] = await sync.syncDue(t2);
    expect(down).toMatchObject({ connectionId, status: 'unavailable' });
    expect(down!.nextSyncAt.getTime() - t2.getTime()).toBe(120_000);
    expect(await row(connectionId)).toMatchObject({ failures: 2, last_sync_status: 'unavailable', status: 'active' });
  });

  it('re-encrypts tokens left under a retired key with the current one at the next sync', async () => {
    const keys = loadWearableSyncSettings(world.env).tokenKeys;
    const current = new TokenCipher(keys);
    const retired = new TokenCipher({ current: 'k1', keys: { k1: keys.keys.k1! } });
    const r = await row(connectionId);
    const access = current.decrypt(String(r.access_token), `${connectionId}:access`);
    const refresh = current.decrypt(String(r.refresh_token), `${connectionId}:refresh`);
    await db.query(`update "${schema}"."wearable_connection" set access_token = $2, refresh_token = $3, token_key_id = 'k1', next_sync_at = now() - interval '1 second' where id = $1`,
      [connectionId, retired.encrypt(access, `${connectionId}:access`), retired.encrypt(refresh, `${connectionId}:refresh`)]);
    await sync.syncDue(new Date());
    const after = await row(connectionId);
    expect(after).toMatchObject({ token_key_id: 'k2' });
    expect(String(after.access_token)).toMatch(/^v1\.k2\./);
    expect(current.decrypt(String(after.refresh_token), `${connectionId}:refresh`)).toBe(refresh);
  });

  it('hands a due connection to one replica only when two sync at once', async () => {
    await db.query(`update "${schema}"."wearable_connection" set next_sync_at = now() - interval '1 second' where id = $1`, [connectionId]);
    const now = new Date();
    const [a, b] = await Promise.all([sync.syncDue(now), sync.syncDue(now)]);
    expect(a.length + b.length).toBe(1);
  });

  it('records each sync as labs-svc on behalf of the patient, and publishes labs.wearable.synced with ids and counts', async () => {
    const events = await publishedAuditEvents(nc, world);
    const syncs = events.filter((e) => e.action === 'import' && e.resource.type === 'wearable-connection' && e.resource.id === connectionId);
    expect(syncs.length).toBeGreaterThanOrEqual(4);
    expect(syncs[0]!.actor).toMatchObject({ subject: 'service:labs-svc', kind: 'service', roles: ['service'], onBehalfOf: PATIENT });
    expect(syncs.map((e) => e.outcome)).toContain('error');
    const jsm = await jetstreamManager(nc);
    const stream = world.ns.stream(STREAM.events);
    const total = (await jsm.streams.info(stream)).state.messages;
    const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
    const synced: Record<string, unknown>[] = [];
    let seen = 0;
    for await (const m of await consumer.fetch({ max_messages: total, expires: 2000 })) {
      if (m.subject === world.ns.subject('events.labs.wearable.synced')) synced.push(m.json());
      if (++seen >= total) break;
    }
    expect(synced.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(synced[0]!).sort()).toEqual(['accepted', 'connectionId', 'duplicates', 'occurredAt', 'patientId', 'provider']);
    expect(synced[0]).toMatchObject({ connectionId, patientId: PATIENT, provider: 'oura' });
  });
});

describe('whoop and dexcom syncs', () => {
  it('syncs WHOOP v2 (UUID ids, nextToken pages) and Dexcom egvs every 30 minutes', async () => {
    const sleep = (json(WHOOP_DATA, 'whoop_v1_sleep_collection.json').records as Record<string, unknown>[])[0]!;
    sim.collections.set('whoop/v2/activity/sleep', [
      { ...sleep, id: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8', v1_id: 93845 },
      { ...sleep, id: '0b3a7f2e-8d7c-4c51-9a44-2f3a9a7e0c11', start: '2022-04-25T02:25:44.774Z', end: '2022-04-25T10:25:44.774Z' },
      { ...sleep, id: '3c1d2e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', start: '2022-04-26T02:25:44.774Z', end: '2022-04-26T10:25:44.774Z' },
    ]);
    sim.collections.set('whoop/v2/cycle', json(WHOOP_DATA, 'whoop_v1_cycle_collection.json').records!);
    sim.collections.set('whoop/v2/recovery', json(WHOOP_DATA, 'whoop_v1_recovery_collection.json').records!);
    sim.collections.set('whoop/v2/activity/workout', json(WHOOP_DATA, 'whoop_v1_workout_collection.json').records!);
    sim.responses.set('dexcom/v3/users/self/egvs', {
      recordType: 'egv', recordVersion: '3.0', userId: 'dx-user-1',
      records: [
        { recordId: 'r1', systemTime: '2026-11-28T10:00:00', displayTime: '2026-11-28T02:00:00', transmitterId: '8HX3LM', value: 100, status: 'ok', trend: 'flat', trendRate: 0.1, unit: 'mg/dL', rateUnit: 'mg/dL/min', displayDevice: 'receiver', transmitterGeneration: 'g6' },
        { recordId: 'r2', systemTime: '2026-11-28T10:05:00Z', displayTime: '2026-11-28T02:05:00-08:00', transmitterId: '8HX3LM', value: null, status: 'high', trend: 'doubleUp', trendRate: null, unit: 'mg/dL', rateUnit: 'mg/dL/min', displayDevice: 'iOS', transmitterGeneration: 'g7' },
      ],
    });
    const whoop = await connect(patient, 'whoop');
    const dexcom = await connect(patient, 'dexcom');
    const now = new Date();
    const outcomes = await sync.syncDue(now);
    const byId = new Map(outcomes.map((o) => [o.connectionId, o]));
    expect(byId.get(whoop.done.connectionId)?.status).toMatch(/^(ok|partial)$/);
    const sleepRequests = sim.requests.filter((r) => r.vendor === 'whoop' && r.path === '/v2/activity/sleep');
    expect(sleepRequests.map((r) => r.query.nextToken ?? null)).toEqual([null, 'p1']);
    expect(sink.of(PATIENT, 'sleep_performance')).toHaveLength(3);
    expect([...sink.rows.keys()].filter((k) => k.includes('|whoop|sleep:93845:'))).not.toHaveLength(0);
    const dx = byId.get(dexcom.done.connectionId)!;
    expect(dx.status).toBe('ok');
    expect(dx.nextSyncAt.getTime() - now.getTime()).toBe(30 * 60_000);
    expect(sink.of(PATIENT, 'glucose').map((s) => s.value).sort()).toEqual([100, 400]);
    expect((await row(dexcom.done.connectionId)).vendor_user_id).toBe('dx-user-1');
  });

  it('marks a connection whose grant the vendor withdrew as needing the patient, and stops syncing it until they connect again', async () => {
    const list = await rpc.request<Page<WearableConnectionDto>>(LABS.wearableConnectionList, { patientId: PATIENT }, patient);
    const dexcom = list.items.find((c) => c.provider === 'dexcom')!;
    sim.withdrawGrants('dexcom');
    const at = new Date(Date.now() + 3_600_000);
    const outcomes = await sync.syncDue(at);
    expect(outcomes.find((o) => o.connectionId === dexcom.id)).toMatchObject({ status: 'unauthorized' });
    expect(await row(dexcom.id)).toMatchObject({ status: 'error', last_sync_status: 'unauthorized' });
    const later = await sync.syncDue(new Date(at.getTime() + 7 * 86_400_000));
    expect(later.map((o) => o.connectionId)).not.toContain(dexcom.id);
    // Connecting again brings it back, with fresh tokens.
    await connect(patient, 'dexcom');
    expect(await row(dexcom.id)).toMatchObject({ status: 'active' });
  });
});

describe('connections: who sees what, disconnect', () => {
  it('lists connections with their sync state and no tokens; coordinators get the status fields only; outsiders 404', async () => {
    const mine = await rpc.request<Page<WearableConnectionDto>>(LABS.wearableConnectionList, { patientId: PATIENT }, patient);
    const oura = mine.items.find((c) => c.provider === 'oura')!;
    expect(oura).toMatchObject({ status: 'active', lastSyncStatus: expect.any(String), lastSyncAt: expect.any(String) });
    expect(JSON.stringify(mine)).not.toMatch(/token|v1\.k2\./i);
    const seen = await rpc.request<Page<WearableConnectionDto>>(LABS.wearableConnectionList, { patientId: PATIENT }, coordinator);
    expect(Object.keys(seen.items[0]!).sort()).toEqual(['createdAt', 'id', 'lastSyncAt', 'lastSyncStatus', 'patientId', 'provider', 'status', 'updatedAt']);
    expect((await failure(rpc.request(LABS.wearableConnectionList, { patientId: PATIENT }, outsider)))?.code).toBe(ErrorCode.NOT_FOUND);
  });

  it('disconnects: revokes at the vendor, deletes the tokens, and the connection is never synced again', async () => {
    const list = await rpc.request<Page<WearableConnectionDto>>(LABS.wearableConnectionList, { patientId: PATIENT }, patient);
    const oura = list.items.find((c) => c.provider === 'oura')!;
    expect((await failure(rpc.request(LABS.wearableConnectionDelete, { patientId: PATIENT, connectionId: oura.id }, clinician)))?.code).toBe(ErrorCode.FORBIDDEN);
    const revokedBefore = sim.revoked.length;
    const gone = await rpc.request<WearableConnectionDto & { revoked: boolean }>(LABS.wearableConnectionDelete, { patientId: PATIENT, connectionId: oura.id }, patient);
    expect(gone).toMatchObject({ status: 'disconnected', revoked: true });
    expect(sim.revoked.length).toBe(revokedBefore + 1);
    expect(await row(oura.id)).toMatchObject({ status: 'disconnected', access_token: null, refresh_token: null, token_key_id: null });
    await db.query(`update "${schema}"."wearable_connection" set next_sync_at = now() - interval '1 day' where id = $1`, [oura.id]);
    const outcomes = await sync.syncDue(new Date(Date.now() + 365 * 86_400_000));
    expect(outcomes.map((o) => o.connectionId)).not.toContain(oura.id);
  });
});

describe('a disconnect while a sync runs', () => {
  it('stays disconnected: the sync\'s own writes (cursor, refreshed tokens, state) do not revive it', async () => {
    const list = await rpc.request<Page<WearableConnectionDto>>(LABS.wearableConnectionList, { patientId: PATIENT }, patient);
    const whoop = list.items.find((c) => c.provider === 'whoop' && c.status === 'active')!;
    await db.query(`update "${schema}"."wearable_connection" set next_sync_at = now() - interval '1 second', access_expires_at = now() where id = $1`, [whoop.id]);
    sink.duringNextWrite = async () => {
      await rpc.request(LABS.wearableConnectionDelete, { patientId: PATIENT, connectionId: whoop.id }, patient);
    };
    const outcomes = await sync.syncDue(new Date());
    expect(outcomes.map((o) => o.connectionId)).toContain(whoop.id);
    expect(await row(whoop.id)).toMatchObject({ status: 'disconnected', access_token: null, refresh_token: null, token_key_id: null, claimed_by: null });
  });
});

describe('Oura webhooks', () => {
  let connectionId: string;
  beforeAll(async () => {
    connectionId = (await connect(patient, 'oura')).done.connectionId;
  });

  it('answers the subscription challenge with our verification token only', async () => {
    await expect(rpc.request(LABS.wearableWebhookOuraChallenge, { query: { verification_token: VERIFY, challenge: 'c-123' } }, null)).resolves.toEqual({ challenge: 'c-123' });
    expect((await failure(rpc.request(LABS.wearableWebhookOuraChallenge, { query: { verification_token: 'nope', challenge: 'c-123' } }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
  });

  it('refuses a bad signature and a stale timestamp (401); takes a signed one once, making the connection due; a redelivery does nothing', async () => {
    const body = JSON.stringify({ event_type: 'update', data_type: 'daily_sleep', object_id: 'obj-1', event_time: '2026-11-29T08:00:00+00:00', user_id: sim.ouraUserId });
    const now = String(Math.floor(Date.now() / 1000));
    const good = signed(body, now);
    expect((await failure(rpc.request(LABS.wearableWebhookOura, { ...good, signature: signed(body, now, 'other-secret').signature }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await failure(rpc.request(LABS.wearableWebhookOura, { ...good, body: body.replace('obj-1', 'obj-2') }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    expect((await failure(rpc.request(LABS.wearableWebhookOura, { body }, null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    const stale = String(Math.floor(Date.now() / 1000) - 301);
    expect((await failure(rpc.request(LABS.wearableWebhookOura, signed(body, stale), null)))?.code).toBe(ErrorCode.UNAUTHENTICATED);
    // Not due now (the connect made it due; the sync ran): push it out to see the webhook bring it back.
    await db.query(`update "${schema}"."wearable_connection" set next_sync_at = now() + interval '1 day' where id = $1`, [connectionId]);
    await expect(rpc.request(LABS.wearableWebhookOura, good, null)).resolves.toEqual({ received: true, duplicate: false, connectionId, patientId: PATIENT });
    const due = (await row(connectionId)).next_sync_at as Date;
    expect(due.getTime()).toBeLessThanOrEqual(Date.now());
    // Redelivered (signed again, later): once.
    await db.query(`update "${schema}"."wearable_connection" set next_sync_at = now() + interval '1 day' where id = $1`, [connectionId]);
    await expect(rpc.request(LABS.wearableWebhookOura, signed(body, String(Number(now) + 5)), null)).resolves.toMatchObject({ duplicate: true });
    expect(((await row(connectionId)).next_sync_at as Date).getTime()).toBeGreaterThan(Date.now());
    const { rows } = await db.query(`select count(*)::int as n from "${schema}"."wearable_webhook_inbox"`);
    expect(rows[0].n).toBe(1);
    const events = await publishedAuditEvents(nc, world);
    const hooks = events.filter((e) => e.resource.type === 'wearable-connection' && e.action === 'update');
    expect(hooks.filter((e) => e.outcome === 'denied')).toHaveLength(4);
    const taken = hooks.filter((e) => e.outcome === 'success');
    expect(taken).toHaveLength(2);
    expect(taken[0]).toMatchObject({ actor: { subject: 'vendor:oura', kind: 'service', onBehalfOf: PATIENT }, resource: { id: connectionId, patientId: PATIENT } });
  });
});
