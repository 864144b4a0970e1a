/**
 * The dev launcher's own configuration: the one place the scripts read process.env (the apps read theirs
 * through libs/config). The launcher hands a copy of its environment, completed with what it found or
 * started, to every app it runs.
 */
import { resolve } from 'node:path';
import { ConfigError, type Env } from '@pg/config';

export const DEFAULT_DATABASE_URL = 'postgresql://root@127.0.0.1:5432/patient_graph';
export const DEFAULT_NATS_URL = 'nats://127.0.0.1:4222';
export const EMBEDDED_PG_PORT = 54329;

export interface LauncherConfig {
  /** NODE_ENV unset or `development`: dev keys, a bootstrap admin and a persisted internal key are provided. */
  development: boolean;
  /** A copy of the launcher's environment: the base of every app's environment. */
  env: Record<string, string>;
  /** DATABASE_URL when set: used as is, nothing is probed or started. */
  databaseUrl?: string;
  /** NATS_URL when set: used as is. */
  natsUrl?: string;
  /** Where to look for a running PostgreSQL when DATABASE_URL is unset (PG_PROBE_URL, for trying the fallback). */
  pgProbeUrl: string;
  /** Where to look for a running NATS when NATS_URL is unset (NATS_PROBE_URL); a started nats-server takes its port. */
  natsProbeUrl: string;
  /** `.data/` of the checkout: embedded Postgres, nats-server store, dev keys, the internal context key. */
  dataDir: string;
}

function url(env: Env, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name] || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${name} must start with ${protocols.join(' or ')}//`);
  return raw;
}

export function loadLauncherConfig(env: Env = process.env, cwd = process.cwd()): LauncherConfig {
  const nodeEnv = env.NODE_ENV || 'development';
  const copy: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) copy[k] = v;
  return {
    development: nodeEnv === 'development',
    env: copy,
    databaseUrl: env.DATABASE_URL ? url(env, 'DATABASE_URL', '', ['postgresql:', 'postgres:']) : undefined,
    natsUrl: env.NATS_URL ? url(env, 'NATS_URL', '', ['nats:']) : undefined,
    pgProbeUrl: url(env, 'PG_PROBE_URL', DEFAULT_DATABASE_URL, ['postgresql:', 'postgres:']),
    natsProbeUrl: url(env, 'NATS_PROBE_URL', DEFAULT_NATS_URL, ['nats:']),
    dataDir: resolve(cwd, '.data'),
  };
}

/** A connection URL fit for a log line: the password masked. */
export function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<unparseable url>';
  }
}
