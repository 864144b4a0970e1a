/**
 * The launcher's side of "each service its own database role": every domain service logs in as its own role
 * (`<SCHEMA>_DATABASE_URL`). When the environment does not name one, the launcher derives it from DATABASE_URL:
 * the role from the schema, a password derived from a random secret kept under .data/ (mode 0600), so a restart
 * agrees with the roles it made before. The roles themselves are made by `migrateAll` (libs/persistence roles.ts).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { roleUrl, type Env } from '@pg/config';
import { serviceDbRoles } from './services.js';

function persistedSecret(dataDir: string): string {
  const file = join(dataDir, 'db-role-secret');
  if (existsSync(file)) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return secret;
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** `env` with `<SCHEMA>_DATABASE_URL` set for every domain service that has none: its login role on DATABASE_URL. */
export function withServiceDatabaseUrls(env: Record<string, string>, dataDir: string): Record<string, string> {
  const out = { ...env };
  let secret: string | undefined;
  for (const { service, roles } of serviceDbRoles(env as Env)) {
    const name = `${service.schema.toUpperCase()}_DATABASE_URL`;
    if (out[name]) continue;
    secret ??= persistedSecret(dataDir);
    const password = createHmac('sha256', secret).update(roles.appRole).digest('base64url');
    out[name] = roleUrl(roles.adminUrl, roles.appRole, password);
  }
  return out;
}

/**
 * What one app sees of the database credentials: a domain service its own `<SCHEMA>_DATABASE_URL` only, the gateway
 * none. DATABASE_URL (the admin, who creates roles and runs migrations) stays with the launcher.
 */
export function databaseEnvFor(app: string, env: Record<string, string>): Record<string, string> {
  const out = { ...env };
  delete out.DATABASE_URL;
  for (const { service } of serviceDbRoles(env as Env)) {
    if (service.app !== app) delete out[`${service.schema.toUpperCase()}_DATABASE_URL`];
  }
  return out;
}
