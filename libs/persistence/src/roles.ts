/**
 * Each service its own database roles (docs/security.md, "Database roles"):
 * - `<schema>_owner` (NOLOGIN) owns the schema and every object in it. Migrations act as it: the admin connection
 *   (DATABASE_URL) runs `SET ROLE <schema>_owner` first, so whatever a migration creates belongs to the owner and a
 *   migration cannot touch another service's schema.
 * - the app role (LOGIN; `<schema>_app`, audit-svc's `<schema>_writer`) owns nothing: USAGE on its schema, the DML
 *   it needs on its tables and nextval on its sequences, granted now and, through default privileges, on whatever
 *   later migrations create. No CREATE on the schema, no TRUNCATE, REFERENCES or TRIGGER, nothing on other schemas.
 *   audit-svc's role gets SELECT and INSERT only. Neither may touch the migrations table.
 * Idempotent: run before every migration (it also hands objects an older setup left to the admin over to the owner).
 */
import type { Options } from '@mikro-orm/postgresql';
import type { ServiceDbRoles } from '@pg/config';
import { CompiledQuery, type DatabaseConnection } from 'kysely';
import pg from 'pg';
import { migrate } from './orm.js';
import { quoteIdent as ident } from './raw-names.js';

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** What the app role may do with its own schema's tables and sequences. */
function tablePrivileges(access: ServiceDbRoles['access']): string {
  return access === 'append-only' ? 'select, insert' : 'select, insert, update, delete';
}

async function withAdmin<T>(adminUrl: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: adminUrl });
  db.on('error', () => undefined);
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end().catch(() => undefined);
  }
}

/** Creates (or updates) the owner and app roles and the schema, owned by the owner. Runs as the admin. */
export async function ensureServiceRoles(r: ServiceDbRoles): Promise<void> {
  const owner = ident(r.ownerRole);
  const app = ident(r.appRole);
  const s = ident(r.schema);
  await withAdmin(r.adminUrl, async (db) => {
    // CREATE ROLE races with a concurrent creator of the same role (another launcher): 42710 means it is there.
    const createRole = async (name: string, options: string) => {
      const { rowCount } = await db.query('select 1 from pg_roles where rolname = $1', [name]);
      if (!rowCount) await db.query(`create role ${ident(name)} ${options}`).catch((e: { code?: string }) => { if (e.code !== '42710') throw e; });
    };
    await createRole(r.ownerRole, 'nologin');
    await createRole(r.appRole, 'login');
    // A login role, never more: an older setup made audit's writer NOLOGIN and a member-only role.
    await db.query(`alter role ${app} login nosuperuser nocreatedb nocreaterole noinherit nobypassrls`);
    await db.query(`alter role ${app} password ${r.appPassword ? literal(r.appPassword) : 'null'}`);
    await db.query(`alter role ${owner} nologin nosuperuser nocreatedb nocreaterole nobypassrls`);
    // A non-superuser admin (a managed PostgreSQL) must be able to act as the owner for the migrations.
    const { rows } = await db.query<{ super: boolean; member: boolean }>(
      'select rolsuper as super, pg_has_role(current_user, $1, \'member\') as member from pg_roles where rolname = current_user',
      [r.ownerRole],
    );
    if (!rows[0]?.super && !rows[0]?.member) await db.query(`grant ${owner} to current_user`);

    await db.query(`create schema if not exists ${s}`).catch((e: { code?: string }) => { if (e.code !== '42P06' && e.code !== '23505') throw e; });
    await db.query(`alter schema ${s} owner to ${owner}`);
    await db.query(`revoke all on schema ${s} from public`);
    await db.query(`grant usage on schema ${s} to ${app}`);
    // Objects an older setup created as the admin become the owner's (tables first: their sequences follow them).
    await db.query(`do $do$ declare o record; begin
        for o in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = ${literal(r.schema)} and c.relkind in ('r', 'p', 'v', 'm', 'f') and c.relowner <> ${literal(r.ownerRole)}::regrole
        loop execute format('alter table %s owner to %I', o.name, ${literal(r.ownerRole)}); end loop;
        for o in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = ${literal(r.schema)} and c.relkind = 'S' and c.relowner <> ${literal(r.ownerRole)}::regrole
        loop execute format('alter sequence %s owner to %I', o.name, ${literal(r.ownerRole)}); end loop;
        for o in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname = ${literal(r.schema)} and p.proowner <> ${literal(r.ownerRole)}::regrole
        loop execute format('alter routine %s owner to %I', o.name, ${literal(r.ownerRole)}); end loop;
      end $do$`);
    // Whatever later migrations create is granted as it is created.
    await db.query(`alter default privileges for role ${owner} in schema ${s} grant ${tablePrivileges(r.access)} on tables to ${app}`);
    await db.query(`alter default privileges for role ${owner} in schema ${s} grant usage, select on sequences to ${app}`);
  });
}

/** Grants on what exists now (tables made before the default privileges), and nothing on the migrations table. */
export async function grantServiceRoles(r: ServiceDbRoles, migrationsTable = 'mikro_orm_migrations'): Promise<void> {
  const app = ident(r.appRole);
  const s = ident(r.schema);
  await withAdmin(r.adminUrl, async (db) => {
    await db.query(`grant ${tablePrivileges(r.access)} on all tables in schema ${s} to ${app}`);
    await db.query(`grant usage, select on all sequences in schema ${s} to ${app}`);
    const { rowCount } = await db.query('select 1 from pg_tables where schemaname = $1 and tablename = $2', [r.schema, migrationsTable]);
    if (rowCount) {
      await db.query(`revoke all on ${s}.${ident(migrationsTable)} from ${app}`);
      await db.query(`revoke all on sequence ${s}.${ident(`${migrationsTable}_id_seq`)} from ${app}`).catch(() => undefined);
    }
  });
}

/** ORM options whose every connection acts as the schema's owner (for migrations: what they create, it owns). */
export function asOwner(options: Options, ownerRole: string): Options {
  const setRole = CompiledQuery.raw(`set role ${ident(ownerRole)}`);
  return {
    ...options,
    onCreateConnection: async (connection: unknown) => {
      await (connection as DatabaseConnection).executeQuery(setRole);
    },
  };
}

/**
 * A service's database, the whole way: roles and schema (as the admin), pending migrations (as the owner), grants
 * on what they made. `options` are the service's ORM options on the admin URL. Returns the migrations applied.
 */
export async function migrateWithRoles(options: Options, roles: ServiceDbRoles): Promise<string[]> {
  await ensureServiceRoles(roles);
  const applied = await migrate(asOwner({ ...options, clientUrl: roles.adminUrl }, roles.ownerRole));
  await grantServiceRoles(roles);
  return applied;
}
