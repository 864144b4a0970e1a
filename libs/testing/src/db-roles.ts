import type { Options } from '@mikro-orm/postgresql';
import { loadServiceDbRoles, type Env, type ServiceConfig, type ServiceDbRoles } from '@pg/config';
import { migrateWithRoles } from '@pg/persistence';
import type { TestWorld } from './infra.js';

/**
 * Migrates one service's schema of a world as `npm start` does (its owner and login roles, the migrations as the
 * owner, the login role's grants) and returns the environment under which the service logs in as its own role:
 * the world's env plus `<SCHEMA>_DATABASE_URL`. Load the service's config from it. The roles are dropped with the world.
 */
export async function migrateAsServiceRole(
  world: TestWorld,
  schema: string,
  access: ServiceDbRoles['access'],
  ormOptions: (config: ServiceConfig) => Options,
): Promise<Record<string, string>> {
  const roles = loadServiceDbRoles(schema, access, world.env as Env);
  await migrateWithRoles(ormOptions(world.serviceConfig(schema)), roles);
  return { ...world.env, [`${schema.toUpperCase()}_DATABASE_URL`]: roles.appUrl };
}
