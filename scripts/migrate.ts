/**
 * `npm run migrate`: creates the database when missing and, per service, its owner and login roles (the login role's
 * password from `<SCHEMA>_DATABASE_URL`) and runs its pending migrations in its own schema as the schema's owner,
 * one line per service (docs/security.md, "Database roles"). `--streams` also creates the NATS streams (AUDIT, EVENTS),
 * `--replicas <n>` with n copies each (a JetStream cluster), for deployments where nothing else does it.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadBaseConfig } from '@pg/config';
import { describeMigration, migrateAll } from './lib/services.js';
import { ensureNatsStreams } from './lib/nats.js';

const USAGE = 'usage: npm run migrate [-- --streams [--replicas <n>]]';
/** A fresh JetStream cluster takes a few seconds to elect its meta leader; stream creation fails until then. */
const STREAMS_DEADLINE_MS = 30_000;

async function retry(work: () => Promise<void>, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

async function main(): Promise<void> {
  let values: { streams?: boolean; replicas?: string };
  try {
    ({ values } = parseArgs({ options: { streams: { type: 'boolean' }, replicas: { type: 'string' } }, strict: true }));
  } catch (e) {
    throw new ConfigError(`${(e as Error).message}\n${USAGE}`);
  }
  const replicas = Number(values.replicas ?? 1);
  if (!Number.isInteger(replicas) || replicas < 1 || replicas > 5) throw new ConfigError(`--replicas must be 1..5\n${USAGE}`);

  await migrateAll(undefined, (r) => console.log(describeMigration(r)));
  if (values.streams) {
    const base = loadBaseConfig();
    await retry(() => ensureNatsStreams(base, replicas), STREAMS_DEADLINE_MS);
    console.log(`streams AUDIT, EVENTS ready (${replicas} replica${replicas > 1 ? 's' : ''})${base.natsNamespace ? ` in namespace ${base.natsNamespace}` : ''}`);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    const e = err as { message?: string; code?: string };
    console.error(`migrate failed: ${err instanceof ConfigError ? e.message : `${e.code ? `${e.code} ` : ''}${e.message ?? String(err)}`}`);
    process.exit(1);
  },
);
