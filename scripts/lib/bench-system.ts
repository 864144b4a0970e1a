/**
 * The whole system for a benchmark: started with the launcher (`dist/scripts/start.js`) in its own database
 * `patient_graph_bench` and NATS namespace, throttling out of the way, and removed afterwards (streams, schemas,
 * each schema's database roles), so benchmarks leave nothing behind.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { PatientGraphClient } from '@pg/client';
import { auditWriterRole, dbAppRole, dbOwnerRole } from '@pg/config';
import { mintDevToken } from './dev-secrets.js';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROOT = resolve(DIST, '..');
const DATA = join(ROOT, '.data');
export const BENCH_DB = 'postgresql://root@127.0.0.1:5432/patient_graph_bench';
const SCHEMAS = ['profiles', 'identity', 'labs', 'treatments', 'audit'];
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface BenchSystem {
  url: string;
  namespace: string;
  auditSchema: string;
  /** A client for the bootstrap admin. */
  admin: PatientGraphClient;
  tokenFor(sub: string): Promise<string>;
}

/** Starts the system, runs `work` against it, then stops it and removes what it made. */
export async function withBenchSystem<T>(prefix: string, port: number, work: (sys: BenchSystem) => Promise<T>): Promise<T> {
  const namespace = `${prefix}${randomBytes(3).toString('hex')}`;
  const env = {
    ...process.env,
    DATABASE_URL: BENCH_DB,
    NATS_NAMESPACE: namespace,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    THROTTLE_PRINCIPAL_PER_MINUTE: '10000000',
    THROTTLE_IP_PER_MINUTE: '10000000',
    ...Object.fromEntries(SCHEMAS.map((s) => [`${s.toUpperCase()}_DB_SCHEMA`, `${s}_${namespace}`])),
  };
  const system = spawn(process.execPath, [join(DIST, 'scripts', 'start.js')], { env, cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  let launcherOutput = '';
  system.stdout.on('data', (d: Buffer) => { launcherOutput += d.toString(); });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitReady(url, 90_000);
    const tokenFor = (sub: string) => mintDevToken(DATA, sub, 3600);
    return await work({ url, namespace, auditSchema: `audit_${namespace}`, admin: new PatientGraphClient(url, { token: await tokenFor('dev-admin') }), tokenFor });
  } catch (err) {
    console.error(launcherOutput.split('\n').slice(-30).join('\n'));
    throw err;
  } finally {
    system.kill('SIGTERM');
    await new Promise((r) => system.once('exit', r));
    await cleanUp(namespace);
  }
}

async function waitReady(url: string, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (await fetch(`${url}/ready`).then((r) => r.ok, () => false)) return;
    await sleep(250);
  }
  throw new Error('the system did not become ready');
}

async function cleanUp(namespace: string): Promise<void> {
  const nc = await connect({ servers: 'nats://127.0.0.1:4222' });
  try {
    const jsm = await jetstreamManager(nc);
    const names: string[] = [];
    for await (const name of jsm.streams.names()) if (name.startsWith(`${namespace}_`) || name.startsWith(`OBJ_${namespace}_`)) names.push(name);
    for (const name of names) await jsm.streams.delete(name).catch(() => undefined);
  } finally {
    await nc.close();
  }
  const db = new pg.Client({ connectionString: BENCH_DB });
  await db.connect();
  try {
    for (const s of SCHEMAS) await db.query(`drop schema if exists "${s}_${namespace}" cascade`);
    // The launcher made an owner and a login role per schema (cluster-wide: they outlive the schemas).
    for (const s of SCHEMAS) {
      for (const role of [dbAppRole(`${s}_${namespace}`), auditWriterRole(`${s}_${namespace}`), dbOwnerRole(`${s}_${namespace}`)]) {
        const { rowCount } = await db.query('select 1 from pg_roles where rolname = $1', [role]);
        if (rowCount) await db.query(`drop owned by "${role}"; drop role "${role}"`);
      }
    }
  } finally {
    await db.end();
  }
}

/**
 * CPU time (user + system, ms) each app of the system with this NATS namespace has used so far, read from /proc (Linux;
 * empty elsewhere). Two readings around a measured phase give its CPU cost per app, which — unlike wall time on
 * a two-core machine shared with other work — does not depend on what else runs.
 */
export function cpuOfSystem(namespace: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!existsSync('/proc')) return out;
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const env = readFileSync(`/proc/${pid}/environ`, 'latin1');
      if (!env.includes(`\0NATS_NAMESPACE=${namespace}\0`) && !env.startsWith(`NATS_NAMESPACE=${namespace}\0`)) continue;
      const app = /dist\/apps\/([^/]+)\//.exec(readFileSync(`/proc/${pid}/cmdline`, 'latin1'))?.[1];
      if (!app) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]!.split(' ');
      out.set(app, (out.get(app) ?? 0) + (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // a process that ended, or one of another user
    }
  }
  return out;
}

/** `after − before` per app, formatted as `app ms` per `per` units (with `digits` decimals), largest first. */
export function cpuDelta(before: Map<string, number>, after: Map<string, number>, per: number, digits = 0): string {
  const rows = [...after].map(([app, ms]) => [app, (ms - (before.get(app) ?? 0)) / per] as const).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((s, [, ms]) => s + ms, 0);
  return `${rows.map(([app, ms]) => `${app} ${ms.toFixed(digits)}`).join(', ')}; total ${total.toFixed(digits)} ms`;
}
