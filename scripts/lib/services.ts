/**
 * What the launcher and `npm run migrate` know about the apps: each domain service's schema, health pattern
 * and ORM options (migrations listed explicitly by the service itself), and where the built entry points are.
 */
import 'reflect-metadata';
import { join } from 'node:path';
import { AUDIT, IDENTITY, LABS, PROFILES, TREATMENTS } from '@pg/contracts';
import { loadServiceConfig, type Env, type ServiceConfig } from '@pg/config';
import { ensureDatabase, migrate } from '@pg/persistence';
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
}

/** In start order: audit first (it stores what the others publish), identity next (the gateway resolves principals there). */
export const DOMAIN_SERVICES: readonly DomainService[] = [
  { app: 'audit-svc', schema: 'audit', health: AUDIT.health, ormOptions: auditOrmOptions },
  { app: 'identity-svc', schema: 'identity', health: IDENTITY.health, ormOptions: identityOrmOptions },
  { app: 'profiles-svc', schema: 'profiles', health: PROFILES.health, ormOptions: profilesOrmOptions },
  { app: 'labs-svc', schema: 'labs', health: LABS.health, ormOptions: labsOrmOptions },
  { app: 'treatments-svc', schema: 'treatments', health: TREATMENTS.health, ormOptions: treatmentsOrmOptions },
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

/**
 * Creates every database the services point at (DATABASE_URL or <SCHEMA>_DATABASE_URL) when missing, then runs
 * each service's pending migrations in its own schema, one service after the other.
 */
export async function migrateAll(env?: Env, onDone?: (result: MigrationResult) => void): Promise<MigrationResult[]> {
  const planned = DOMAIN_SERVICES.map((s) => ({ service: s, config: loadServiceConfig(s.schema, env) }));
  for (const databaseUrl of new Set(planned.map((p) => p.config.databaseUrl))) await ensureDatabase(databaseUrl);
  const results: MigrationResult[] = [];
  for (const { service, config } of planned) {
    const result = { app: service.app, schema: config.dbSchema, applied: await migrate(service.ormOptions(config)) };
    onDone?.(result);
    results.push(result);
  }
  return results;
}

export function describeMigration(r: MigrationResult): string {
  const head = `${r.app.padEnd(15)}schema ${r.schema.padEnd(12)}`;
  return r.applied.length ? `${head}${r.applied.length} applied: ${r.applied.join(', ')}` : `${head}up to date`;
}
