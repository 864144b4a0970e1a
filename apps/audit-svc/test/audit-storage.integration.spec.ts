import { createHash, createPublicKey, generateKeyPairSync, randomUUID, sign, verify as verifySignature, type KeyObject } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestMicroservice } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext } from '@mikro-orm/core';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, type JetStreamClient } from '@nats-io/jetstream';
import pg from 'pg';
import { AuditPublisher } from '@pg/audit';
import { loadAuditServiceConfig, type AuditServiceConfig } from '@pg/config';
import {
  AUDIT, AUDIT_EVENTS, AUDIT_RECORD_SUBJECT, DOMAIN_EVENT_PREFIX, type ChainCheckpointedEvent, type VerifyChainResultDto,
} from '@pg/contracts';
import { jetStreamClient, startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import { until, actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, rpcClient, TEST_DATABASE_URL, type TestWorld, auditEventFixture } from '@pg/testing';
import { auditOrmOptions } from '../src/mikro-orm.config.js';
import { AUDIT_CONSUMER } from '../src/ingest/audit-stream.consumer.js';
import { AuditChainWriter } from '../src/ingest/audit-chain.writer.js';
import { AuditEventsService } from '../src/events/audit-events.service.js';
import { AuditModule, SERVICE_NAME } from '../src/audit.module.js';

/*
 * How the trail is kept: the database role audit-svc acts as, monthly partitions, a unique event id across them,
 * and the signed checkpoints that make a rewrite of the whole table detectable. Tampering is done here as the
 * superuser the tests connect as, the way an attacker with database access would.
 */

let world: TestWorld;
let config: AuditServiceConfig;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let js: JetStreamClient;
let publisher: AuditPublisher;
let db: pg.Client;
let publicKey: KeyObject;
let schema: string;
let table: string;

const CHECKPOINT_EVERY = 10;
const auditor = actor(['auditor']);
const GENESIS = '0'.repeat(64);

const event = auditEventFixture;

/** The chain recomputed here, independently of audit-svc's code. */
const canonical = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(canonical).join(',')}]`
  : v !== null && typeof v === 'object' ? `{${Object.keys(v).sort().filter((k) => (v as Record<string, unknown>)[k] !== undefined).map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`
  : JSON.stringify(v);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const checkpointBytes = (c: { sequence: string; hash: string; signedAt: string; keyId: string }) =>
  Buffer.from(`patient-graph/audit-chain-checkpoint/v1\n${canonical({ sequence: c.sequence, hash: c.hash, signedAt: c.signedAt, keyId: c.keyId })}`);


async function waitCaughtUp(): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await until('the audit consumer to catch up', async () => {
    const info = await jsm.consumers.info(world.ns.stream(STREAM.audit), world.ns.consumer(AUDIT_CONSUMER));
    return info.num_pending === 0 && info.num_ack_pending === 0;
  });
}

const head = async () => (await db.query<{ s: string }>(`select coalesce(max(sequence), 0)::text as s from ${table}`)).rows[0]!.s;
const checkpointRows = async () =>
  (await db.query<{ sequence: string; hash: string; signed_at: string; key_id: string; signature: string }>(
    `select c.sequence::text, c.hash, to_char(c.signed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as signed_at, c.key_id, c.signature
     from "${schema}".chain_checkpoint c order by c.sequence`,
  )).rows;

/** Everything published so far is stored and its head is signed: nothing moves until the next publish. */
async function settled(): Promise<string> {
  await waitCaughtUp();
  return until('the head to be signed', async () => {
    const h = await head();
    const cps = await checkpointRows();
    return cps.at(-1)?.sequence === h ? h : undefined;
  });
}

/** Verification in-process: what the RPC does, without recording a read of the trail (which would move the head). */
function verifyNow(): Promise<VerifyChainResultDto> {
  const orm = app.get(MikroORM);
  return RequestContext.create(orm.em, () => app.get(AuditEventsService).verify({ requestId: randomUUID(), actor: auditor }));
}

/** Runs `work` with the append-only triggers off, as a superuser could. */
async function tampering<T>(work: () => Promise<T>): Promise<T> {
  const triggers = [[table, 'audit_event_append_only'], [`"${schema}".chain_checkpoint`, 'chain_checkpoint_append_only'], [`"${schema}".audit_event_id`, 'audit_event_id_append_only']];
  for (const [t, trigger] of triggers) await db.query(`alter table ${t} disable trigger ${trigger}`);
  try {
    return await work();
  } finally {
    for (const [t, trigger] of triggers) await db.query(`alter table ${t} enable trigger ${trigger}`);
  }
}

/** The rows and checkpoints as they are, to put back after a test that tampered with them. */
async function snapshot(): Promise<() => Promise<void>> {
  const rows = (await db.query(`select to_jsonb(t) as r from ${table} t order by sequence`)).rows.map((r) => r.r);
  const cps = (await db.query(`select to_jsonb(c) as r from "${schema}".chain_checkpoint c order by sequence`)).rows.map((r) => r.r);
  return () =>
    tampering(async () => {
      await db.query(`delete from ${table}`);
      await db.query(`insert into ${table} select * from jsonb_populate_recordset(null::${table}, $1::jsonb)`, [JSON.stringify(rows)]);
      await db.query(`delete from "${schema}".chain_checkpoint`);
      await db.query(`insert into "${schema}".chain_checkpoint select * from jsonb_populate_recordset(null::"${schema}".chain_checkpoint, $1::jsonb)`, [JSON.stringify(cps)]);
    });
}

beforeAll(async () => {
  world = await createTestWorld();
  const dir = mkdtempSync(join(tmpdir(), 'audit-key-'));
  const { privateKey } = generateKeyPairSync('ed25519');
  publicKey = createPublicKey(privateKey);
  writeFileSync(join(dir, 'audit-signing.pem'), privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  // As npm start does it: migrations as the schema's owner, audit-svc logged in as its writer role.
  config = loadAuditServiceConfig({
    ...(await migrateAsServiceRole(world, 'audit', 'append-only', auditOrmOptions)),
    AUDIT_SIGNING_KEY_FILE: join(dir, 'audit-signing.pem'),
    AUDIT_CHECKPOINT_EVERY: String(CHECKPOINT_EVERY),
    AUDIT_CHECKPOINT_INTERVAL_MS: '1000',
  });
  schema = config.dbSchema;
  table = `"${schema}"."audit_event"`;
  app = await startService(SERVICE_NAME, AuditModule.forRoot(config) as never, config, { logger: process.env.AUDIT_TEST_LOGS ? undefined : false });
  rpc = await rpcClient(world);
  nc = await natsConnection();
  js = jetStreamClient(nc, 2000);
  publisher = new AuditPublisher(js, world.ns, 'profiles-svc', 2000);
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
});

afterAll(async () => {
  await rpc?.close();
  await app?.close();
  await nc?.close();
  if (world) await destroyTestWorld(world);
  await db?.end();
});

describe('the database role audit-svc acts as', () => {
  /** Runs one statement as the writer role, in a transaction that is rolled back. */
  async function asWriter(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
    await db.query('begin');
    try {
      await db.query(`set local role "${config.audit.writerRole}"`);
      return await db.query(sql, params);
    } finally {
      await db.query('rollback');
    }
  }

  it('is <schema>_writer, logged in as itself (no SET ROLE), and the tables belong to <schema>_owner', async () => {
    const orm = app.get(MikroORM);
    const [who] = await orm.em.getConnection().execute<{ role: string; login: string }[]>('select current_user as "role", session_user as "login"');
    expect(who).toEqual({ role: `${schema}_writer`, login: `${schema}_writer` });
    const { rows } = await db.query<{ tableowner: string }>(`select distinct tableowner from pg_tables where schemaname = $1`, [schema]);
    expect(rows.map((r) => r.tableowner)).toEqual([`${schema}_owner`]);
  });

  it('may insert and select, and may not update, delete or truncate even with the triggers disabled by a superuser', async () => {
    const e = await publisher.publish(event());
    await until('the event to be stored', async () => (await db.query(`select 1 from ${table} where id = $1`, [e.id])).rowCount === 1);
    const month = (await db.query<{ p: string }>(`select tableoid::regclass::text as p from ${table} where id = $1`, [e.id])).rows[0]!.p;

    await expect(asWriter(`select count(*) from ${table}`)).resolves.toBeDefined();
    await expect(asWriter(`insert into "${schema}".audit_event_id values ($1, 999999, now())`, [randomUUID()])).resolves.toMatchObject({ rowCount: 1 });

    await tampering(async () => {
      await db.query(`alter table ${table} disable trigger audit_event_no_truncate`);
      try {
        for (const target of [table, month, `"${schema}".audit_event_id`, `"${schema}".chain_checkpoint`]) {
          await expect(asWriter(`update ${target} set sequence = sequence`)).rejects.toThrow(/permission denied/);
          await expect(asWriter(`delete from ${target}`)).rejects.toThrow(/permission denied/);
          await expect(asWriter(`truncate ${target}`)).rejects.toThrow(/permission denied/);
        }
        // Nor can it switch the triggers off, or make tables of its own.
        await expect(asWriter(`alter table ${table} disable trigger audit_event_append_only`)).rejects.toThrow(/must be owner/);
        await expect(asWriter(`create table "${schema}".scratch (x int)`)).rejects.toThrow(/permission denied/);
      } finally {
        await db.query(`alter table ${table} enable trigger audit_event_no_truncate`);
      }
    });
    expect((await db.query(`select 1 from ${table} where id = $1`, [e.id])).rowCount).toBe(1);
  });
});

describe('monthly partitions', () => {
  const monthName = (d: Date) => `audit_event_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  const monthsFromNow = (n: number) => {
    const now = new Date();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 15, 12));
  };
  const partitionOf = async (id: string) => (await db.query<{ p: string }>(`select tableoid::regclass::text as p from ${table} where id = $1`, [id])).rows[0]?.p;

  it('are made for this month and the next at boot', async () => {
    const { rows } = await db.query<{ relname: string }>(
      `select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = $1::regclass`, [table],
    );
    const names = rows.map((r) => r.relname);
    expect(names).toEqual(expect.arrayContaining([monthName(monthsFromNow(0)), monthName(monthsFromNow(1)), 'audit_event_default']));
  });

  it('hold each event in the partition of its month; an instant outside the seven-year window goes to the default one', async () => {
    const lastYear = event({ recordedAt: monthsFromNow(-11).toISOString() });
    const ancient = event({ recordedAt: monthsFromNow(-12 * 8).toISOString() });
    const future = event({ recordedAt: monthsFromNow(3).toISOString() });
    for (const e of [lastYear, ancient, future]) await publisher.publish(e);
    await waitCaughtUp();
    expect(await partitionOf(lastYear.id)).toBe(`${schema}.${monthName(monthsFromNow(-11))}`);
    expect(await partitionOf(ancient.id)).toMatch(/audit_event_default$/);
    expect(await partitionOf(future.id)).toMatch(/audit_event_default$/);
  });

  it('keep an event id unique across them: the same id with another recordedAt is stored once', async () => {
    const e = await publisher.publish(event());
    const twin = { ...e, recordedAt: monthsFromNow(-5).toISOString() };
    await js.publish(world.ns.subject(`${AUDIT_RECORD_SUBJECT}.profiles-svc`), JSON.stringify(twin), { msgID: randomUUID() });
    await waitCaughtUp();
    expect((await db.query(`select 1 from ${table} where id = $1`, [e.id])).rowCount).toBe(1);
    expect((await db.query(`select 1 from "${schema}".audit_event_id where id = $1`, [e.id])).rowCount).toBe(1);
  });
});

describe('signed checkpoints', () => {
  it('sign the head every N events, in the table and on the EVENTS stream, verifiable with the public key alone', async () => {
    const events = Array.from({ length: 3 * CHECKPOINT_EVERY + 5 }, () => event());
    await publisher.publishAll(events);
    const h = await settled();
    const cps = await checkpointRows();
    expect(cps.length).toBeGreaterThanOrEqual(2);
    const keyId = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
    for (const cp of cps) {
      const claim = { sequence: cp.sequence, hash: cp.hash, signedAt: cp.signed_at, keyId: cp.key_id };
      expect(cp.key_id).toBe(keyId);
      expect(verifySignature(null, checkpointBytes(claim), publicKey, Buffer.from(cp.signature, 'base64'))).toBe(true);
      const row = await db.query<{ hash: string }>(`select hash from ${table} where sequence = $1`, [cp.sequence]);
      expect(row.rows[0]!.hash).toBe(cp.hash);
    }
    // Never more than N events plus one batch between two checkpoints.
    const gaps = cps.slice(1).map((cp, i) => Number(cp.sequence) - Number(cps[i]!.sequence));
    expect(Math.max(...gaps)).toBeLessThanOrEqual(CHECKPOINT_EVERY + 1000);

    const jsm = await jetstreamManager(nc);
    const published = await jsm.streams.getMessage(world.ns.stream(STREAM.events), {
      last_by_subj: world.ns.subject(`${DOMAIN_EVENT_PREFIX}.${AUDIT_EVENTS.chainCheckpointed}`),
    });
    const last = cps.at(-1)!;
    expect(published!.json<ChainCheckpointedEvent>()).toEqual({ sequence: h, hash: last.hash, signedAt: last.signed_at, keyId, signature: last.signature });
  });

  it('sign a tail shorter than N within the interval, with no further event arriving', async () => {
    const before = await settled();
    await publisher.publishAll([event(), event()]);
    const signed = await settled();
    expect(BigInt(signed)).toBe(BigInt(before) + 2n);
  });

  it('are confirmed by verify', async () => {
    const result = await rpc.request<VerifyChainResultDto>(AUDIT.verify, {}, auditor);
    expect(result).toMatchObject({ valid: true, problem: null, checkpoints: { signing: true, published: expect.objectContaining({ keyId: expect.any(String) }) } });
    expect(result.checkpoints.verified).toBeGreaterThanOrEqual(2);
  });
});

describe('tamper evidence beyond the chain', () => {
  let restore: () => Promise<void>;

  beforeEach(async () => {
    await settled();
    await expect(verifyNow()).resolves.toMatchObject({ valid: true });
    restore = await snapshot();
  });

  afterEach(async () => {
    await restore();
    await expect(verifyNow()).resolves.toMatchObject({ valid: true });
  });

  it('catches a table rewritten end to end, hashes and all, and its checkpoint rows deleted: the published checkpoint no longer matches, and audit-svc will not sign the forgery', async () => {
    const { rows } = await db.query<{ sequence: string; id: string; event: Record<string, unknown> }>(`select t.sequence::text, t.id, t.event from ${table} t order by t.sequence`);
    const victim = rows[1]!;
    await tampering(async () => {
      let prev = GENESIS;
      for (const row of rows) {
        const changed = row.id === victim.id ? { ...row.event, outcome: 'denied', reason: 'FORBIDDEN' } : row.event;
        const hash = sha256(prev + canonical(changed));
        const r = await db.query(`update ${table} set event = $2::jsonb, outcome = $3, reason = $4, prev_hash = $5, hash = $6 where sequence = $1`,
          [row.sequence, JSON.stringify(changed), changed.outcome, changed.reason ?? null, prev, hash]);
        expect(r.rowCount).toBe(1);
        prev = hash;
      }
      await db.query(`delete from "${schema}".chain_checkpoint`);
    });
    // The chain itself is consistent again: only a signature made before the rewrite can tell.
    const result = await verifyNow();
    expect(result).toMatchObject({ valid: false, problem: 'checkpoint-mismatch' });
    const published = result.checkpoints.published!;
    expect(result.firstBadId).toBe(rows.find((r) => r.sequence === published.sequence)!.id);
    // The head is unsigned now (the checkpoint rows are gone), yet the writer refuses to sign it.
    app.get(AuditChainWriter).forgetAnchor();
    await expect(app.get(AuditChainWriter).checkpoint(true)).resolves.toBeUndefined();
    expect(await checkpointRows()).toEqual([]);
  });

  it('catches rows cut from the end: a signed checkpoint names a sequence past the head', async () => {
    const h = BigInt(await head());
    await tampering(() => db.query(`delete from ${table} where sequence > $1`, [String(h - 3n)]));
    await expect(verifyNow()).resolves.toMatchObject({ valid: false, problem: 'truncated' });
  });

  it('catches a checkpoint that the signing key did not sign', async () => {
    const cps = await checkpointRows();
    const { rows } = await db.query<{ sequence: string; id: string; hash: string }>(
      `select t.sequence::text, t.id, t.hash from ${table} t where t.sequence not in (select sequence from "${schema}".chain_checkpoint) order by t.sequence limit 1`,
    );
    const target = rows[0]!;
    const other = generateKeyPairSync('ed25519').privateKey;
    const claim = { sequence: target.sequence, hash: target.hash, signedAt: new Date().toISOString(), keyId: cps[0]!.key_id };
    await db.query(`insert into "${schema}".chain_checkpoint values ($1, $2, $3, $4, $5)`,
      [claim.sequence, claim.hash, claim.signedAt, claim.keyId, sign(null, checkpointBytes(claim), other).toString('base64')]);
    await expect(verifyNow()).resolves.toMatchObject({ valid: false, problem: 'checkpoint-signature', firstBadId: target.id });
  });
});
