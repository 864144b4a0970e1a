/**
 * What the launcher and `npm run migrate` know about the apps: each domain service's schema, health pattern
 * and ORM options (migrations listed explicitly by the service itself), and where the built entry points are.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { AUDIT, IDENTITY, LABS, PROFILES, TREATMENTS } from '@pg/contracts';
import { loadServiceConfig, loadServiceDbRoles, type Env, type ServiceConfig, type ServiceDbRoles } from '@pg/config';
import { ensureDatabase, migrateWithRoles } from '@pg/persistence';
import type { Options } from '@mikro-orm/postgresql';
import { auditOrmOptions } from '../../apps/audit-svc/src/mikro-orm.config.js';
import { identityOrmOptions } from '../../apps/identity-svc/src/mikro-orm.config.js';
import { labsOrmOptions } from '../../apps/labs-svc/src/mikro-orm.config.js';
import { profilesOrmOptions } from '../../apps/profiles-svc/src/mikro-orm.config.js';
import { treatmentsOrmOptions } from '../../apps/treatments-svc/src/mikro-orm.config.js';

export interface DomainService {
  app: string;
  schema: string;
  health: string;
  ormOptions: (config: ServiceConfig) => Options;
  /** What its database role may do with its own tables (audit-svc: append-only). */
  dbAccess: ServiceDbRoles['access'];
}

/** In start order: audit first (it stores what the others publish), identity next (the gateway resolves principals there). */
export const DOMAIN_SERVICES: readonly DomainService[] = [
  { app: 'audit-svc', schema: 'audit', health: AUDIT.health, ormOptions: auditOrmOptions, dbAccess: 'append-only' },
  { app: 'identity-svc', schema: 'identity', health: IDENTITY.health, ormOptions: identityOrmOptions, dbAccess: 'read-write' },
  { app: 'profiles-svc', schema: 'profiles', health: PROFILES.health, ormOptions: profilesOrmOptions, dbAccess: 'read-write' },
  { app: 'labs-svc', schema: 'labs', health: LABS.health, ormOptions: labsOrmOptions, dbAccess: 'read-write' },
  { app: 'treatments-svc', schema: 'treatments', health: TREATMENTS.health, ormOptions: treatmentsOrmOptions, dbAccess: 'read-write' },
];

export const GATEWAY_APP = 'gateway';

/** Built entry point of an app (after `npm run build`). */
export function appEntry(distDir: string, app: string): string {
  return join(distDir, 'apps', app, 'src', 'main.js');
}

export interface MigrationResult {
  app: string;
  schema: string;
  applied: string[];
}

/** Each service's database roles (`<SCHEMA>_DATABASE_URL` names its login role when set). */
export function serviceDbRoles(env?: Env): { service: DomainService; roles: ServiceDbRoles }[] {
  return DOMAIN_SERVICES.map((service) => ({ service, roles: loadServiceDbRoles(service.schema, service.dbAccess, env) }));
}

/**
 * Creates the database DATABASE_URL points at when missing, then per service, one after the other: its owner and
 * login roles and its schema (as DATABASE_URL's user), its pending migrations (as the schema's owner), and the
 * login role's grants (docs/security.md, "Database roles").
 */
export async function migrateAll(env?: Env, onDone?: (result: MigrationResult) => void): Promise<MigrationResult[]> {
  const planned = serviceDbRoles(env).map((p) => ({ ...p, config: loadServiceConfig(p.service.schema, env) }));
  for (const adminUrl of new Set(planned.map((p) => p.roles.adminUrl))) await ensureDatabase(adminUrl);
  const results: MigrationResult[] = [];
  for (const { service, config, roles } of planned) {
    const result = { app: service.app, schema: roles.schema, applied: await migrateWithRoles(service.ormOptions(config), roles) };
    onDone?.(result);
    results.push(result);
  }
  return results;
}

export function describeMigration(r: MigrationResult): string {
  const head = `${r.app.padEnd(15)}schema ${r.schema.padEnd(12)}`;
  return r.applied.length ? `${head}${r.applied.length} applied: ${r.applied.join(', ')}` : `${head}up to date`;
}
