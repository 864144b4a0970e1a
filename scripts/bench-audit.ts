/**
 * `node dist/scripts/bench-audit.js [--events=50000] [--inflight=2000]`: how fast audit-svc stores the audit
 * stream. Publishes N events (as AuditPublisher does, acked by JetStream) to a fresh NATS namespace, then starts
 * audit-svc in this process on a fresh schema of `patient_graph_bench` and measures how fast it moves them into
 * the hash-chained table. Prints the publish rate, the store rate (first row to last) and the end-to-end time
 * from boot, then verifies the chain by range (slices of 50,000 events, one request each) and as a job (created,
 * polled until done), each as ms per 50,000 events. Goal: ≥ 20,000 events/s stored on 2 cores.
 */
import 'reflect-metadata';
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import pg from 'pg';
import { AuditPublisher, type AuditEventInput } from '@pg/audit';
import { loadAuditServiceConfig } from '@pg/config';
import { AUDIT, AUDIT_ACTIONS, type VerifyChainResultDto, type VerifyJobDto } from '@pg/contracts';
import { ActorContextSigner, ensureStreams, generateEd25519Pem, jetStreamClient, NatsNamespace, NatsRpcClient, startService, STREAM } from '@pg/messaging';
import { ensureDatabase, migrate } from '@pg/persistence';
import { auditOrmOptions } from '../apps/audit-svc/src/mikro-orm.config.js';
import { AuditModule, SERVICE_NAME } from '../apps/audit-svc/src/audit.module.js';

const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const EVENTS = Number(args.get('events') ?? 50_000);
const INFLIGHT = Number(args.get('inflight') ?? 2_000);
const DB = args.get('db') ?? 'postgresql://root@127.0.0.1:5432/patient_graph_bench';
const NATS = args.get('nats') ?? 'nats://127.0.0.1:4222';
const NAMESPACE = `benchaudit${randomBytes(3).toString('hex')}`;
/** This run's gateway key pair: the bench signs the auditor's context as the gateway would. */
const CONTEXT_KEYS = generateEd25519Pem();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const rate = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en-US');

/** Events shaped like the services' own: ids, roles, a patient, now and then a search filter or break-glass. */
function sampleEvent(i: number, patients: string[], actors: string[]): AuditEventInput {
  const patientId = patients[i % patients.length]!;
  return {
    id: randomUUID(),
    action: AUDIT_ACTIONS[i % 4]!,
    outcome: i % 50 === 0 ? 'denied' : 'success',
    ...(i % 50 === 0 ? { reason: 'NOT_FOUND' } : {}),
    actor: { principalId: actors[i % actors.length]!, subject: `user_${i % actors.length}`, roles: ['clinician'], kind: 'user' },
    source: { service: 'profiles-svc', instance: 'bench-1', ip: '10.0.0.7', userAgent: 'bench/1.0' },
    resource: { type: 'patient', id: patientId, patientId },
    ...(i % 10 === 0 ? { query: { status: 'active', limit: 50 } } : {}),
    purposeOfUse: 'treatment',
    ...(i % 1000 === 0 ? { breakGlass: { reason: 'emergency department, patient unresponsive' } } : {}),
    requestId: randomUUID(),
    traceId: randomBytes(16).toString('hex'),
  };
}

/** A throwaway Ed25519 key for the run's checkpoints. */
function signingKeyFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bench-audit-')), 'audit-signing.pem');
  writeFileSync(file, generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return file;
}

async function main(): Promise<void> {
  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: DB,
    NATS_URL: NATS,
    NATS_NAMESPACE: NAMESPACE,
    CONTEXT_GATEWAY_PUBLIC_KEY: CONTEXT_KEYS.publicKey,
    AUDIT_DB_SCHEMA: `audit_${NAMESPACE}`,
    LOG_LEVEL: 'warn',
    // Checkpoints on, as in production: the head signed every 1,000 events.
    AUDIT_SIGNING_KEY_FILE: signingKeyFile(),
  };
  const config = loadAuditServiceConfig(env);
  const ns = new NatsNamespace(NAMESPACE);
  const nc = await connect({ servers: NATS, name: 'bench-audit' });
  const db = new pg.Client({ connectionString: DB });
  const table = `"${config.dbSchema}"."audit_event"`;
  let app: Awaited<ReturnType<typeof startService>> | undefined;
  let rpc: NatsRpcClient | undefined;
  try {
    await ensureDatabase(DB);
    await db.connect();
    await ensureStreams(nc, ns, { storage: 'file' });
    await migrate(auditOrmOptions(config));
    console.log(`bench-audit: ${EVENTS.toLocaleString('en-US')} events, namespace ${NAMESPACE}, schema ${config.dbSchema}`);

    const publisher = new AuditPublisher(jetStreamClient(nc, 10_000), ns, 'profiles-svc', 10_000);
    const patients = Array.from({ length: 500 }, () => randomUUID());
    const actors = Array.from({ length: 50 }, () => randomUUID());
    const publishStart = performance.now();
    let next = 0;
    await Promise.all(Array.from({ length: INFLIGHT }, async () => {
      while (next < EVENTS) await publisher.publish(sampleEvent(next++, patients, actors));
    }));
    const publishMs = performance.now() - publishStart;
    console.log(`published (acked by JetStream): ${rate(EVENTS, publishMs)} events/s`);

    const count = async () => Number((await db.query<{ n: string }>(`select coalesce(max(sequence), 0)::text as n from ${table}`)).rows[0]!.n);
    const bootStart = performance.now();
    app = await startService(SERVICE_NAME, AuditModule.forRoot(config) as never, config, { logger: false });
    let first: { at: number; n: number } | undefined;
    let stored = 0;
    const deadline = Date.now() + 10 * 60_000;
    while (stored < EVENTS) {
      if (Date.now() > deadline) throw new Error(`only ${stored} of ${EVENTS} stored after 10 minutes`);
      await sleep(20);
      stored = await count();
      if (!first && stored > 0) first = { at: performance.now(), n: stored };
    }
    const doneAt = performance.now();
    const span = await db.query<{ ms: number }>(`select extract(epoch from max(stored_at) - min(stored_at)) * 1000 as ms from ${table}`);
    console.log(`stored with the chain: ${rate(EVENTS - first!.n, doneAt - first!.at)} events/s (first stored row to last, polled); ` +
      `${rate(EVENTS, doneAt - bootStart)} events/s including boot (${Math.round(doneAt - bootStart)} ms)`);
    console.log(`  commit timestamps span ${Math.round(Number(span.rows[0]!.ms))} ms for ${EVENTS.toLocaleString('en-US')} events`);

    rpc = new NatsRpcClient(nc, ns, new ActorContextSigner(CONTEXT_KEYS.privateKey), 120_000);
    const auditor = { principalId: randomUUID(), subject: 'bench-auditor', kind: 'user' as const, roles: ['auditor' as const], careTeam: [], purposeOfUse: 'operations' as const };
    // Verify by range: the chain in slices of 50,000 events, one request each.
    const SLICE = 50_000;
    let rangeMs = 0;
    let rangeChecked = 0;
    for (let from = 1; from <= EVENTS; from += SLICE) {
      const to = Math.min(from + SLICE - 1, EVENTS);
      const started = performance.now();
      const slice = await rpc.request<VerifyChainResultDto>(AUDIT.verify, { query: { fromSeq: String(from), toSeq: String(to) } }, auditor, { timeoutMs: 120_000 });
      const ms = performance.now() - started;
      rangeMs += ms;
      rangeChecked += slice.checked;
      console.log(`verify by range ${from}..${to}: valid ${slice.valid}, ${slice.checked} checked, ${slice.checkpoints.verified} checkpoints, ${Math.round(ms)} ms`);
      if (!slice.valid) process.exitCode = 1;
    }
    console.log(`verify by range: ${Math.round((rangeMs / rangeChecked) * SLICE)} ms per 50,000 events`);

    // Verify as a job: created, then polled until done.
    const jobStart = performance.now();
    const job = await rpc.request<VerifyJobDto>(AUDIT.verifyJobCreate, {}, auditor);
    let state = job;
    while (state.state === 'queued' || state.state === 'running') {
      await sleep(100);
      state = await rpc.request<VerifyJobDto>(AUDIT.verifyJobGet, { id: job.id }, auditor);
    }
    const jobMs = performance.now() - jobStart;
    console.log(`verify job: ${JSON.stringify(state)} in ${Math.round(jobMs)} ms: ${Math.round((jobMs / Math.max(1, state.checked)) * SLICE)} ms per 50,000 events`);
    if (state.state !== 'done' || !state.valid || state.checked < EVENTS) process.exitCode = 1;
  } finally {
    await app?.close();
    const jsm = await jetstreamManager(nc);
    for (const s of [STREAM.audit, STREAM.events]) await jsm.streams.delete(ns.stream(s)).catch(() => undefined);
    await db.query(`drop schema if exists "${config.dbSchema}" cascade`).catch(() => undefined);
    await db.query(`drop role if exists "${config.audit.writerRole}"`).catch(() => undefined);
    await db.end().catch(() => undefined);
    await nc.drain().catch(() => undefined);
  }
}

main().catch((err) => {
  console.error(`bench-audit failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
