import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PatientGraphClient } from '@pg/client';
import { loadServiceDbRoles, type Env, type ServiceDbRoles } from '@pg/config';
import { migrateWithRoles } from '@pg/persistence';
import { auditOrmOptions } from '../../../apps/audit-svc/src/mikro-orm.config.js';
import { identityOrmOptions } from '../../../apps/identity-svc/src/mikro-orm.config.js';
import { labsOrmOptions } from '../../../apps/labs-svc/src/mikro-orm.config.js';
import { profilesOrmOptions } from '../../../apps/profiles-svc/src/mikro-orm.config.js';
import { treatmentsOrmOptions } from '../../../apps/treatments-svc/src/mikro-orm.config.js';
import { createTestWorld, destroyTestWorld, type TestWorld } from './infra.js';
import { DEV_AUDIENCE, DEV_ISSUER, ensureKeyPair, TokenMinter } from './tokens.js';

/** How long a started system's gateway may take to answer /ready (a loaded 2-core machine took over 30 s). */
export const GATEWAY_READY_MS = 90_000;

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const SERVICES = [
  { name: 'audit-svc', schema: 'audit', orm: auditOrmOptions, access: 'append-only' },
  { name: 'identity-svc', schema: 'identity', orm: identityOrmOptions, access: 'read-write' },
  { name: 'profiles-svc', schema: 'profiles', orm: profilesOrmOptions, access: 'read-write' },
  { name: 'labs-svc', schema: 'labs', orm: labsOrmOptions, access: 'read-write' },
  { name: 'treatments-svc', schema: 'treatments', orm: treatmentsOrmOptions, access: 'read-write' },
] as const;
type ServiceName = (typeof SERVICES)[number]['name'];

/**
 * Migrates a world's schemas as `npm start` does: per service its owner and login roles, the migrations as the
 * owner, the login role's grants. Returns each service's database roles; its `appUrl` is what the service logs in with.
 */
export async function migrateWorld(world: TestWorld): Promise<Record<ServiceName, ServiceDbRoles>> {
  const roles = SERVICES.map((s) => ({ s, roles: loadServiceDbRoles(s.schema, s.access, world.env as Env) }));
  await Promise.all(roles.map(({ s, roles: r }) => migrateWithRoles(s.orm(world.serviceConfig(s.schema)), r)));
  return Object.fromEntries(roles.map(({ s, roles: r }) => [s.name, r])) as Record<ServiceName, ServiceDbRoles>;
}
export type AppName = (typeof SERVICES)[number]['name'] | 'gateway';

export const BOOTSTRAP_ADMIN = 'e2e-admin';

export interface TestSystem {
  world: TestWorld;
  url: string;
  tokens: TokenMinter;
  /** A client for the bootstrap admin. */
  admin: PatientGraphClient;
  client(token?: string): PatientGraphClient;
  tokenFor(sub: string): Promise<string>;
  /** Sends a signal to one app and waits for it to exit (SIGKILL for a crash). */
  kill(app: AppName, signal?: NodeJS.Signals): Promise<void>;
  /** Starts an app again (after kill), with `env` added to its environment from now on, and waits until the gateway reports the system ready. */
  restart(app: AppName, env?: Record<string, string>): Promise<void>;
  /** The last lines an app printed: for diagnosing a failure. */
  output(app: AppName): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });
}

/**
 * The whole Patient Graph as separate processes, as `npm start` runs it: the built apps (`npm test` builds first)
 * on this test file's own NATS namespace and Postgres schemas, a fresh key pair, the gateway on a free port.
 * What end-to-end tests drive, black-box, through the typed HTTP client.
 */
export async function startSystem(extraEnv: Record<string, string> = {}): Promise<TestSystem> {
  for (const app of [...SERVICES.map((s) => s.name), 'gateway']) {
    if (!existsSync(join(ROOT, 'dist/apps', app, 'src/main.js'))) throw new Error(`dist/apps/${app} is missing: run npm run build (npm test does)`);
  }
  const keys = await ensureKeyPair(await mkdtemp(join(tmpdir(), 'pg-keys-')));
  const port = await freePort();
  const world = await createTestWorld({
    BOOTSTRAP_ADMIN_SUBJECT: BOOTSTRAP_ADMIN,
    AUTH_PUBLIC_KEY_FILE: keys.publicKeyFile,
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    PORT: String(port),
    THROTTLE_PRINCIPAL_PER_MINUTE: '100000',
    THROTTLE_IP_PER_MINUTE: '100000',
    ...extraEnv,
  });
  const url = `http://127.0.0.1:${port}`;
  const children = new Map<AppName, ChildProcess>();
  const logs = new Map<AppName, string[]>();
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...world.env };

  // Each service logs in as its own database role, as under `npm start` (<SCHEMA>_DATABASE_URL, set once migrated).
  const databaseEnv = new Map<AppName, Record<string, string>>();
  const launch = (app: AppName) => {
    // Each private key goes to the one app that signs with it; the domain services get public keys only.
    const { CONTEXT_GATEWAY_PRIVATE_KEY, CONTEXT_IDENTITY_PRIVATE_KEY, ...shared } = env;
    const appEnv = {
      ...shared,
      ...(app === 'gateway' ? { CONTEXT_GATEWAY_PRIVATE_KEY } : {}),
      ...(app === 'identity-svc' ? { CONTEXT_IDENTITY_PRIVATE_KEY } : {}),
      ...databaseEnv.get(app),
    };
    const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist/apps', app, 'src/main.js')], { env: appEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: string[] = [];
    logs.set(app, lines);
    const keep = (d: Buffer) => {
      lines.push(...d.toString().split('\n').filter(Boolean));
      if (lines.length > 200) lines.splice(0, lines.length - 200);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    children.set(app, child);
  };
  const waitReady = async (deadlineMs = GATEWAY_READY_MS) => {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const ok = await fetch(`${url}/ready`).then((r) => r.ok, () => false);
      if (ok) return;
      const dead = [...children.entries()].find(([, c]) => c.exitCode !== null);
      if (dead || Date.now() > deadline) {
        const who = dead ? `${dead[0]} exited with ${dead[1].exitCode}` : 'not ready in time';
        throw new Error(`system did not start: ${who}\n${[...logs.entries()].map(([a, l]) => `--- ${a}\n${l.slice(-15).join('\n')}`).join('\n')}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const kill = async (app: AppName, signal: NodeJS.Signals = 'SIGTERM') => {
    const child = children.get(app);
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  const stop = async () => {
    await kill('gateway');
    await Promise.all(SERVICES.map((s) => kill(s.name)));
    await destroyTestWorld(world);
  };

  try {
    const roles = await migrateWorld(world);
    for (const s of SERVICES) databaseEnv.set(s.name, { [`${s.schema.toUpperCase()}_DATABASE_URL`]: roles[s.name].appUrl });
    for (const s of SERVICES) launch(s.name);
    launch('gateway');
    await waitReady();
    const tokens = await TokenMinter.fromFile(keys.privateKeyFile);
    const client = (token?: string) => new PatientGraphClient(url, token ? { token } : {});
    return {
      world, url, tokens, stop, kill,
      admin: client(await tokens.mint({ sub: BOOTSTRAP_ADMIN })),
      client,
      tokenFor: (sub: string) => tokens.mint({ sub }),
      restart: async (app: AppName, extra: Record<string, string> = {}) => {
        databaseEnv.set(app, { ...databaseEnv.get(app), ...extra });
        launch(app);
        await waitReady();
      },
      output: (app: AppName) => (logs.get(app) ?? []).join('\n'),
    };
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
}
