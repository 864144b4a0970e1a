/**
 * `npm start`: the whole system on one machine. Uses the PostgreSQL and NATS that answer (or starts an embedded
 * PostgreSQL / a local nats-server), runs the migrations, creates the streams, starts the five services and the
 * gateway as child processes with prefixed output, and prints the URL and an admin token once the gateway is
 * ready. Ctrl-C stops everything it started. Its own lines carry names of things, never patient data.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadBaseConfig, loadGatewayConfig, type BaseConfig } from '@pg/config';
import { NatsNamespace, NatsRpcClient } from '@pg/messaging';
import { EMBEDDED_PG_PORT, loadLauncherConfig, redactUrl, type LauncherConfig } from './lib/launcher-config.js';
import { postgresProblem, startEmbeddedPostgres } from './lib/postgres.js';
import { ensureNatsStreams, natsAnswers, onPath, startNatsServer } from './lib/nats.js';
import { AppProcesses, DEFAULT_RESTART_POLICY, prefix, type SupervisorEvent } from './lib/processes.js';
import { appEntry, describeMigration, DOMAIN_SERVICES, GATEWAY_APP, migrateAll, serviceDbRoles } from './lib/services.js';
import { appOnlyEnv, devAuditSigningKey, devContextKeys, devKeys, mintDevToken } from './lib/dev-secrets.js';
import { databaseEnvFor, withServiceDatabaseUrls } from './lib/db-roles.js';
import { provisionDevServicePrincipals, withDevServicePrincipals } from './lib/dev-service-principals.js';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(DIST, '..');
const READY_DEADLINE_MS = 60_000;
const STOP_GRACE_MS = 10_000;
const DEV_ADMIN_SUBJECT = 'dev-admin';
const DEV_TOKEN_TTL_SECONDS = 12 * 3600;

const say = (line: string) => process.stdout.write(`${prefix('launcher')}${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Things this launcher started besides the apps, stopped in reverse order after them. */
const cleanups: { what: string; stop: () => Promise<void> }[] = [];
const apps = new AppProcesses(onAppEvent);
let stopping: Promise<never> | undefined;

function shutdown(code: number): Promise<never> {
  stopping ??= (async () => {
    if (apps.names.length) say(`stopping ${apps.names.join(', ')}`);
    const { killed } = await apps.stopAll(STOP_GRACE_MS);
    if (killed.length) say(`killed after ${STOP_GRACE_MS / 1000} s: ${killed.join(', ')}`);
    for (const c of cleanups.reverse()) {
      say(`stopping ${c.what}`);
      await c.stop().catch((e: Error) => say(`could not stop ${c.what}: ${e.message}`));
    }
    process.exit(code);
  })();
  return stopping;
}

/** Supervision: a crashed app is restarted with backoff while the others keep serving; too many crashes stop all. */
function onAppEvent(event: SupervisorEvent): void {
  const { exit } = event;
  const how = exit.signal ?? (exit.code === null ? 'could not start' : `code ${exit.code}`);
  const window = `${DEFAULT_RESTART_POLICY.windowMs / 1000} s`;
  if (event.kind === 'restarting') {
    say(`${exit.name} exited unexpectedly (${how}); restarting it in ${event.delayMs / 1000} s (crash ${event.crashes} within ${window}; ${DEFAULT_RESTART_POLICY.maxCrashes} stop everything); the others keep running`);
    return;
  }
  say(`${exit.name} crashed ${event.crashes} times within ${window} (last: ${how}); giving up: stopping everything. Its log lines above say why.`);
  void shutdown(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) {
      say(`${signal} again: still stopping (anything left is killed after ${STOP_GRACE_MS / 1000} s)`);
      return;
    }
    say(`${signal}: shutting down`);
    void shutdown(0);
  });
}

// `npm start` runs the launcher under `sh -c`: a SIGTERM sent to npm alone kills that shell without passing the
// signal on. An orphaned launcher shuts down as if it had been signalled.
const parentPid = process.ppid;
setInterval(() => {
  if (process.ppid !== parentPid && !stopping) {
    say('parent process gone: shutting down');
    void shutdown(0);
  }
}, 1000).unref();

/** Fails the start with one line (no stack): the message says what is wrong and what to do. */
class LaunchError extends Error {}

async function resolvePostgres(cfg: LauncherConfig): Promise<string> {
  if (cfg.databaseUrl) {
    say(`postgres: using DATABASE_URL ${redactUrl(cfg.databaseUrl)}`);
    return cfg.databaseUrl;
  }
  const problem = await postgresProblem(cfg.pgProbeUrl);
  if (!problem) {
    say(`postgres: using ${redactUrl(cfg.pgProbeUrl)}`);
    return cfg.pgProbeUrl;
  }
  const database = new URL(cfg.pgProbeUrl).pathname.slice(1) || 'patient_graph';
  say(`postgres: nothing usable at ${new URL(cfg.pgProbeUrl).host} (${problem}); starting an embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PG_PORT}`);
  const pg = await startEmbeddedPostgres({
    dataDir: join(cfg.dataDir, 'postgres'),
    port: EMBEDDED_PG_PORT,
    logFile: join(cfg.dataDir, 'postgres.log'),
    database,
  });
  if (pg.started) cleanups.push({ what: 'embedded PostgreSQL', stop: pg.stop });
  say(`postgres: ${pg.started ? 'embedded PostgreSQL started' : 'an embedded PostgreSQL was already running'}: ${redactUrl(pg.url)} (data .data/postgres, log .data/postgres.log)`);
  return pg.url;
}

async function resolveNats(cfg: LauncherConfig): Promise<string> {
  if (cfg.natsUrl) {
    say(`nats: using NATS_URL ${redactUrl(cfg.natsUrl)}`);
    return cfg.natsUrl;
  }
  if (await natsAnswers(cfg.natsProbeUrl)) {
    say(`nats: using ${cfg.natsProbeUrl}`);
    return cfg.natsProbeUrl;
  }
  const binary = onPath('nats-server', cfg.env.PATH ?? '');
  const port = Number(new URL(cfg.natsProbeUrl).port || 4222);
  if (!binary) {
    throw new LaunchError(`no NATS answers at ${cfg.natsProbeUrl} and nats-server is not on the PATH: start one with JetStream (nats-server -js -a 127.0.0.1 -p ${port}) or set NATS_URL`);
  }
  const nats = await startNatsServer(binary, port, join(cfg.dataDir, 'nats'), join(cfg.dataDir, 'nats-server.log'));
  cleanups.push({ what: 'nats-server', stop: nats.stop });
  say(`nats: started ${binary} with JetStream on ${nats.url} (store .data/nats, log .data/nats-server.log)`);
  return nats.url;
}

/** The apps' environment: the launcher's, plus what it found, plus (in development) keys and secrets under .data/. */
async function appEnvironment(cfg: LauncherConfig, databaseUrl: string, natsUrl: string): Promise<{ env: Record<string, string>; devTokenSubject?: string }> {
  const env: Record<string, string> = { ...cfg.env, DATABASE_URL: databaseUrl, NATS_URL: natsUrl };
  if (!cfg.development) return { env };
  let devTokenSubject: string | undefined;
  if (!env.AUTH_PUBLIC_KEY_FILE && !env.AUTH_JWKS_URL) {
    env.AUTH_PUBLIC_KEY_FILE = (await devKeys(cfg.dataDir)).publicKeyFile;
    env.BOOTSTRAP_ADMIN_SUBJECT ||= DEV_ADMIN_SUBJECT;
    devTokenSubject = env.BOOTSTRAP_ADMIN_SUBJECT;
  } else {
    env.BOOTSTRAP_ADMIN_SUBJECT ||= DEV_ADMIN_SUBJECT;
  }
  const context = devContextKeys(cfg.dataDir);
  env.CONTEXT_GATEWAY_PRIVATE_KEY ||= context.gateway.privateKeyFile;
  env.CONTEXT_GATEWAY_PUBLIC_KEY ||= context.gateway.publicKeyFile;
  env.CONTEXT_IDENTITY_PRIVATE_KEY ||= context.identity.privateKeyFile;
  env.CONTEXT_IDENTITY_PUBLIC_KEY ||= context.identity.publicKeyFile;
  env.AUDIT_SIGNING_KEY_FILE ||= devAuditSigningKey(cfg.dataDir);
  withDevServicePrincipals(env, cfg.dataDir);
  return { env, devTokenSubject };
}

async function waitFor(what: string, deadline: number, probe: () => Promise<boolean>): Promise<void> {
  while (!(await probe())) {
    if (stopping) await stopping;
    if (Date.now() > deadline) throw new LaunchError(`${what} did not become ready within ${READY_DEADLINE_MS / 1000} s`);
    await sleep(250);
  }
}

async function waitForServices(base: BaseConfig): Promise<void> {
  const rpc = await NatsRpcClient.connect(base.natsUrl, new NatsNamespace(base.natsNamespace), null, 'launcher', 1000);
  try {
    const deadline = Date.now() + READY_DEADLINE_MS;
    await Promise.all(
      DOMAIN_SERVICES.map((s) =>
        waitFor(s.app, deadline, () => rpc.requestRaw<{ status?: string }>(s.health, {}, undefined, 1000).then((r) => r?.status === 'ok', () => false)),
      ),
    );
  } finally {
    await rpc.close();
  }
}

async function main(): Promise<void> {
  const cfg = loadLauncherConfig(process.env, ROOT);
  const entries = [...DOMAIN_SERVICES.map((s) => s.app), GATEWAY_APP].map((app) => ({ app, entry: appEntry(DIST, app) }));
  const missing = entries.filter((e) => !existsSync(e.entry)).map((e) => e.app);
  if (missing.length) throw new LaunchError(`not built: ${missing.join(', ')} (npm start builds first; run npm run build and look for errors)`);

  const databaseUrl = await resolvePostgres(cfg);
  const natsUrl = await resolveNats(cfg);
  const { env: common, devTokenSubject } = await appEnvironment(cfg, databaseUrl, natsUrl);
  // Every service logs in as its own database role (made by migrateAll below); DATABASE_URL stays the admin's.
  const env = withServiceDatabaseUrls(common, cfg.dataDir);
  const base = loadBaseConfig(env);
  const gateway = loadGatewayConfig(env);

  for (const r of await migrateAll(env)) say(`migrate: ${describeMigration(r)}`);
  say(`postgres: each service logs in as its own role (${serviceDbRoles(env).map((s) => s.roles.appRole).join(', ')}); schemas owned by <schema>_owner`);
  await ensureNatsStreams(base);
  say(`nats: streams ready${base.natsNamespace ? ` in namespace ${base.natsNamespace}` : ''}`);

  for (const s of DOMAIN_SERVICES) apps.start(s.app, appEntry(DIST, s.app), appOnlyEnv(databaseEnvFor(s.app, env), s.app));
  await waitForServices(base);
  say(`services answer: ${DOMAIN_SERVICES.map((s) => s.app).join(', ')}`);

  apps.start(GATEWAY_APP, appEntry(DIST, GATEWAY_APP), appOnlyEnv(databaseEnvFor(GATEWAY_APP, env), GATEWAY_APP));
  const host = gateway.host === '0.0.0.0' || gateway.host === '::' ? '127.0.0.1' : gateway.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${gateway.port}`;
  await waitFor(GATEWAY_APP, Date.now() + READY_DEADLINE_MS, () =>
    fetch(`${url}/ready`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status === 200, () => false),
  );

  const lines = ['', `Patient Graph is ready at ${url}`, `  API docs:  ${url}/docs`];
  if (devTokenSubject) {
    const token = await mintDevToken(cfg.dataDir, devTokenSubject, DEV_TOKEN_TTL_SECONDS);
    for (const line of await provisionDevServicePrincipals(url, token, env)) say(line);
    lines.push(
      `  admin token for ${devTokenSubject} (valid ${DEV_TOKEN_TTL_SECONDS / 3600} h; more with npm run token -- --sub <subject>):`,
      '',
      `export TOKEN=${token}`,
      `curl -s -H "Authorization: Bearer $TOKEN" ${url}/v1/me`,
    );
  }
  lines.push('', 'Ctrl-C stops everything.', '');
  process.stdout.write(lines.join('\n'));
}

main().catch(async (err: unknown) => {
  if (stopping) return;
  const known = err instanceof LaunchError || err instanceof ConfigError;
  say(known ? `cannot start: ${(err as Error).message}` : `failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  await shutdown(1);
});
