import { createPublicKey, generateKeyPairSync, randomUUID, createHash, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { AuditPublisher } from '@pg/audit';
import { loadAuditServiceConfig, type AuditServiceConfig } from '@pg/config';
import { AUDIT, DomainException, type VerifyChainResultDto, type VerifyJobDto } from '@pg/contracts';
import { jetStreamClient, startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { migrate } from '@pg/persistence';
import { actor, createTestWorld, destroyTestWorld, natsConnection, rejection, rpcClient, TEST_DATABASE_URL, until, type TestWorld, auditEventFixture } from '@pg/testing';
import { auditOrmOptions } from '../src/mikro-orm.config.js';
import { AUDIT_CONSUMER } from '../src/ingest/audit-stream.consumer.js';
import { AuditModule, SERVICE_NAME } from '../src/audit.module.js';

/*
 * Verify scales (issue 8, item 11): a slice by sequence or by time, a bound on one request, a job with progress
 * that goes on after a restart, and signing keys that rotate (kid on each checkpoint, retired public keys kept).
 */

const CHECKPOINT_EVERY = 10;
const VERIFY_MAX = 100;
const auditor = actor(['auditor']);

let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let publisher: AuditPublisher;
let db: pg.Client;
let schema: string;
let table: string;
let keyDir: string;
let writerRole: string;

const key1 = generateKeyPairSync('ed25519').privateKey;
const key2 = generateKeyPairSync('ed25519').privateKey;
/** A key id as docs/audit.md defines it, computed here. */
const kid = (k: KeyObject) => createHash('sha256').update(createPublicKey(k).export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);

const event = auditEventFixture;

/** audit-svc with `signingKey`, and the retired public keys in `retired` (written as PEM files). */
async function boot(signingKey: KeyObject, retired: KeyObject[]): Promise<void> {
  const dir = mkdtempSync(join(keyDir, 'run-'));
  writeFileSync(join(dir, 'signing.pem'), signingKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const pubDir = join(dir, 'retired');
  mkdirSync(pubDir);
  retired.forEach((k, i) => writeFileSync(join(pubDir, `key-${i}.pem`), createPublicKey(k).export({ type: 'spki', format: 'pem' })));
  const config: AuditServiceConfig = loadAuditServiceConfig({
    ...world.env,
    AUDIT_SIGNING_KEY_FILE: join(dir, 'signing.pem'),
    AUDIT_VERIFY_KEYS_DIR: pubDir,
    AUDIT_CHECKPOINT_EVERY: String(CHECKPOINT_EVERY),
    AUDIT_CHECKPOINT_INTERVAL_MS: '1000',
    AUDIT_VERIFY_MAX_EVENTS: String(VERIFY_MAX),
    // Deliveries an instance took and did not acknowledge before it was closed come back after this.
    AUDIT_CONSUMER_ACK_WAIT_MS: '1000',
  });
  schema = config.dbSchema;
  table = `"${schema}"."audit_event"`;
  writerRole = config.audit.writerRole;
  await migrate(auditOrmOptions(config));
  app = await startService(SERVICE_NAME, AuditModule.forRoot(config) as never, config, { logger: process.env.AUDIT_TEST_LOGS ? undefined : false });
}

/** Stops audit-svc once it stored everything published, and starts it again with these keys. */
async function restart(signingKey: KeyObject, retired: KeyObject[]): Promise<void> {
  await settled();
  await app.close();
  await boot(signingKey, retired);
}

async function waitCaughtUp(): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await until('the audit consumer to catch up', async () => {
    const info = await jsm.consumers.info(world.ns.stream(STREAM.audit), world.ns.consumer(AUDIT_CONSUMER));
    return info.num_pending === 0 && info.num_ack_pending === 0;
  });
}
const head = async () => BigInt((await db.query<{ s: string }>(`select coalesce(max(sequence), 0)::text as s from ${table}`)).rows[0]!.s);
const checkpoints = async () =>
  (await db.query<{ sequence: string; key_id: string }>(`select c.sequence::text, c.key_id from "${schema}".chain_checkpoint c order by c.sequence`)).rows;
/** Everything published is stored and the head is signed. */
async function settled(): Promise<bigint> {
  await waitCaughtUp();
  return until('the head to be signed', async () => {
    const h = await head();
    return (await checkpoints()).at(-1)?.sequence === String(h) ? h : undefined;
  });
}
const rowAt = async (sequence: bigint) =>
  (await db.query<{ id: string; hash: string; event: Record<string, unknown> }>(`select id, hash, event from ${table} where sequence = $1`, [String(sequence)])).rows[0]!;
const verify = (query: Record<string, string> = {}) => rpc.request<VerifyChainResultDto>(AUDIT.verify, { query }, auditor);

/** Runs `work` with the append-only trigger off and puts the row back after, as a superuser could. */
async function tamperedRow<T>(sequence: bigint, change: string, work: () => Promise<T>): Promise<T> {
  const before = (await db.query(`select to_jsonb(t) as r from ${table} t where sequence = $1`, [String(sequence)])).rows[0]!.r;
  await db.query(`alter table ${table} disable trigger audit_event_append_only`);
  try {
    await db.query(`update ${table} set ${change} where sequence = $1`, [String(sequence)]);
    return await work();
  } finally {
    await db.query(`update ${table} t set event = r.event, hash = r.hash, prev_hash = r.prev_hash, outcome = r.outcome, action = r.action
      from jsonb_populate_record(null::${table}, $2::jsonb) r where t.sequence = $1`, [String(sequence), JSON.stringify(before)]);
    await db.query(`alter table ${table} enable trigger audit_event_append_only`);
  }
}

beforeAll(async () => {
  world = await createTestWorld();
  keyDir = mkdtempSync(join(tmpdir(), 'audit-keys-'));
  await boot(key1, []);
  rpc = await rpcClient(world, 15_000);
  nc = await natsConnection();
  publisher = new AuditPublisher(jetStreamClient(nc, 2000), world.ns, 'profiles-svc', 2000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  for (let i = 0; i < 35; i++) await publisher.publish(event());
  await settled();
});

afterAll(async () => {
  await rpc?.close();
  await app?.close();
  await nc?.close();
  if (world) await destroyTestWorld(world);
  await db?.query(`drop role if exists "${writerRole}"`).catch(() => undefined);
  await db?.end();
});

describe('verify a slice by sequence', () => {
  it('checks exactly the rows asked for', async () => {
    await expect(verify({ fromSeq: '11', toSeq: '30' })).resolves.toMatchObject({ valid: true, problem: null, range: { fromSeq: '11', toSeq: '30' }, checked: 20 });
  });

  it('finds a changed event inside the slice and names it', async () => {
    const victim = await rowAt(15n);
    const result = await tamperedRow(15n, `event = jsonb_set(event, '{outcome}', '"denied"'), outcome = 'denied'`, () => verify({ fromSeq: '11', toSeq: '30' }));
    expect(result).toMatchObject({ valid: false, problem: 'hash', firstBadId: victim.id });
  });

  it('checks the link into the slice: the row before it must have the hash the first row names', async () => {
    const first = await rowAt(20n);
    const result = await tamperedRow(19n, `hash = repeat('a', 64)`, () => verify({ fromSeq: '20', toSeq: '25' }));
    expect(result).toMatchObject({ valid: false, problem: 'prev-hash', firstBadId: first.id });
    // A change before the slice's predecessor is not this slice's business.
    await expect(tamperedRow(5n, `event = jsonb_set(event, '{outcome}', '"denied"'), outcome = 'denied'`, () => verify({ fromSeq: '20', toSeq: '25' })))
      .resolves.toMatchObject({ valid: true, checked: 6 });
  });

  it('refuses malformed or contradictory bounds with VALIDATION_FAILED', async () => {
    const bad: Record<string, string>[] = [{ fromSeq: '30', toSeq: '11' }, { fromSeq: 'abc' }, { fromSeq: '0' }, { fromSeq: '1', from: '2026-01-01T00:00:00Z' }, { from: 'yesterday' }];
    for (const query of bad) {
      const err = await rejection<DomainException>(verify(query));
      expect([JSON.stringify(query), err.code]).toEqual([JSON.stringify(query), 'VALIDATION_FAILED']);
    }
  });
});

describe('verify a slice by time', () => {
  it('checks the events recorded in [from, to], with the link into them', async () => {
    const instants = ['2026-03-01T10:00:00.000Z', '2026-03-01T10:00:01.000Z', '2026-03-01T10:00:02.000Z', '2026-03-01T10:00:03.000Z'];
    const sent = instants.map((recordedAt) => event({ recordedAt }));
    for (const e of sent) await publisher.publish(e);
    await settled();
    const { rows } = await db.query<{ s: string }>(`select sequence::text as s from ${table} where id = any($1::uuid[]) order by sequence`, [sent.map((e) => e.id)]);
    const inWindow = rows.slice(1, 3).map((r) => r.s);
    const result = await verify({ from: instants[1]!, to: instants[2]! });
    expect(result).toMatchObject({ valid: true, range: { fromSeq: inWindow[0], toSeq: inWindow[1] }, checked: 2 });
  });

  it('answers an empty window with nothing checked', async () => {
    await expect(verify({ from: '2001-01-01T00:00:00Z', to: '2001-01-02T00:00:00Z' })).resolves.toMatchObject({ valid: true, range: null, checked: 0 });
  });
});

describe('signing keys rotate', () => {
  it('accepts checkpoints of the retired key next to the new one', async () => {
    const before = await checkpoints();
    expect(new Set(before.map((c) => c.key_id))).toEqual(new Set([kid(key1)]));
    await restart(key2, [key1]);
    for (let i = 0; i < 25; i++) await publisher.publish(event());
    await settled();
    const after = await checkpoints();
    expect(new Set(after.map((c) => c.key_id))).toEqual(new Set([kid(key1), kid(key2)]));
    const result = await verify({ fromSeq: '1' });
    expect(result).toMatchObject({ valid: true, problem: null, checkpoints: { signing: true } });
    expect(result.checkpoints.keyIds.sort()).toEqual([kid(key1), kid(key2)].sort());
    expect(result.checkpoints.verified).toBe((await checkpoints()).filter((c) => BigInt(c.sequence) <= BigInt(result.range!.toSeq)).length);
  });

  it('reports a checkpoint whose key it no longer knows', async () => {
    await restart(key2, []);
    const firstOfKey1 = (await checkpoints()).find((c) => c.key_id === kid(key1))!;
    const result = await verify({ fromSeq: '1' });
    expect(result).toMatchObject({ valid: false, problem: 'checkpoint-key-unknown', firstBadId: (await rowAt(BigInt(firstOfKey1.sequence))).id });
    expect(result.checkpoints.keyIds).toEqual([kid(key2)]);
    await restart(key2, [key1]);
  });
});

describe('verify is bounded; the whole chain is a job', () => {
  beforeAll(async () => {
    for (let i = 0; i < VERIFY_MAX + 20; i++) await publisher.publish(event());
    await settled();
  });

  it(`refuses more than ${VERIFY_MAX} events in one request with UNPROCESSABLE, pointing to a range or a job`, async () => {
    const err = await rejection<DomainException>(verify());
    expect(err.code).toBe('UNPROCESSABLE');
    expect(err.message).toMatch(/verify-jobs/);
    await waitCaughtUp();
    const h = await head();
    await expect(verify({ fromSeq: String(h - BigInt(VERIFY_MAX) + 1n) })).resolves.toMatchObject({ valid: true, checked: VERIFY_MAX });
    expect((await rejection<DomainException>(verify({ fromSeq: String(h - BigInt(VERIFY_MAX)) }))).code).toBe('UNPROCESSABLE');
  });

  it('runs a job over the whole chain and reports progress to the end', async () => {
    // The reads of the trail just made are recorded too: the head is where they all are stored.
    await waitCaughtUp();
    const h = await head();
    const job = await rpc.request<VerifyJobDto>(AUDIT.verifyJobCreate, {}, auditor);
    expect(job).toMatchObject({ id: expect.any(String), state: expect.stringMatching(/^(queued|running)$/), total: Number(h) });
    const done = await until('the job to finish', async () => {
      const j = await rpc.request<VerifyJobDto>(AUDIT.verifyJobGet, { id: job.id }, auditor);
      return j.state === 'done' ? j : undefined;
    });
    expect(done).toMatchObject({ state: 'done', valid: true, problem: null, firstBadId: null, checked: Number(h), total: Number(h) });
  });

  it('reports a broken link found by a job', async () => {
    const victim = await rowAt(42n);
    const done = await tamperedRow(42n, `event = jsonb_set(event, '{action}', '"search"'), action = 'search'`, async () => {
      const job = await rpc.request<VerifyJobDto>(AUDIT.verifyJobCreate, {}, auditor);
      return until('the job to finish', async () => {
        const j = await rpc.request<VerifyJobDto>(AUDIT.verifyJobGet, { id: job.id }, auditor);
        return j.state === 'done' ? j : undefined;
      });
    });
    expect(done).toMatchObject({ valid: false, problem: 'hash', firstBadId: victim.id, checked: 42 });
  });

  it('goes on from the last chunk written when the instance running it died', async () => {
    // A job an instance left mid-way: progress through sequence 50 written, its lease run out.
    await waitCaughtUp();
    const h = await head();
    const at50 = await rowAt(50n);
    const id = randomUUID();
    await db.query(`insert into "${schema}".verify_job (id, state, total, to_sequence, next_sequence, prev_hash, checked, lease_until)
      values ($1, 'running', $2, $2, 51, $3, 50, now() - interval '1 second')`, [id, String(h), at50.hash]);
    const done = await until('the job to be taken over and finished', async () => {
      const j = await rpc.request<VerifyJobDto>(AUDIT.verifyJobGet, { id }, auditor);
      return j.state === 'done' ? j : undefined;
    });
    expect(done).toMatchObject({ valid: true, checked: Number(h) });

    // Proof it resumed from the cursor rather than from the start: a wrong hash in the saved state is caught at row 51.
    const wrong = randomUUID();
    await db.query(`insert into "${schema}".verify_job (id, state, total, to_sequence, next_sequence, prev_hash, checked, lease_until)
      values ($1, 'running', $2, $2, 51, $3, 50, now() - interval '1 second')`, [wrong, String(h), 'f'.repeat(64)]);
    const caught = await until('the second job', async () => {
      const j = await rpc.request<VerifyJobDto>(AUDIT.verifyJobGet, { id: wrong }, auditor);
      return j.state === 'done' ? j : undefined;
    });
    expect(caught).toMatchObject({ valid: false, problem: 'prev-hash', firstBadId: (await rowAt(51n)).id, checked: 51 });
  });

  it('is for auditors only, and an unknown job is NOT_FOUND', async () => {
    expect((await rejection<DomainException>(rpc.request(AUDIT.verifyJobCreate, {}, actor(['clinician'])))).code).toBe('FORBIDDEN');
    expect((await rejection<DomainException>(rpc.request(AUDIT.verifyJobGet, { id: randomUUID() }, auditor))).code).toBe('NOT_FOUND');
  });
});
