/**
 * Issue 8, item 5: each service its own database role. The world is migrated as `npm start` does it (migrateWorld:
 * roles, migrations as the schema's owner, grants); then the test logs in as each service's role, with the URL the
 * service itself logs in with, and tries what it must not be able to do. Expected outcomes come from the issue:
 * a service role owns nothing, reads nothing outside its schema, cannot create or drop tables; audit-svc's role
 * may INSERT and SELECT only; the migration (owner) role can change its own schema.
 */
import pg from 'pg';
import type { ServiceDbRoles } from '@pg/config';
import { createTestWorld, destroyTestWorld, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { migrateWorld } from '@pg/testing/system';

/** One table per service's schema (from its migrations). */
const TABLE = {
  'audit-svc': 'audit_event',
  'identity-svc': 'principal',
  'profiles-svc': 'patient',
  'labs-svc': 'lab_report',
  'treatments-svc': 'partner_webhook_receipt',
} as const;
type Service = keyof typeof TABLE;
const SERVICES = Object.keys(TABLE) as Service[];
const READ_WRITE = SERVICES.filter((s) => s !== 'audit-svc');

let world: TestWorld;
let roles: Record<Service, ServiceDbRoles>;
const clients: pg.Client[] = [];

async function login(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  c.on('error', () => undefined);
  await c.connect();
  clients.push(c);
  return c;
}
const as = (service: Service) => login(roles[service].appUrl);
const t = (service: Service, table: string = TABLE[service]) => `"${roles[service].schema}"."${table}"`;

/** The PostgreSQL error a statement fails with (its message), or 'ok'. */
async function outcome(db: pg.Client, sql: string, params: unknown[] = []): Promise<string> {
  try {
    await db.query(sql, params);
    return 'ok';
  } catch (e) {
    return (e as Error).message;
  }
}

beforeAll(async () => {
  world = await createTestWorld();
  roles = await migrateWorld(world);
}, 120_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  if (world) await destroyTestWorld(world);
});

describe('each service logs in as its own role', () => {
  it.each(SERVICES)('%s: a login role of its own that owns nothing, is no superuser and no member of the owner', async (service) => {
    const db = await as(service);
    const { rows } = await db.query<{ me: string; superuser: boolean; owned: number; schema_owner: string; member_of_owner: boolean }>(
      `select current_user as me, (select rolsuper from pg_roles where rolname = current_user) as superuser,
              (select count(*)::int from pg_class where relowner = current_user::regrole)
            + (select count(*)::int from pg_namespace where nspowner = current_user::regrole)
            + (select count(*)::int from pg_proc where proowner = current_user::regrole) as owned,
              (select nspowner::regrole::text from pg_namespace where nspname = $1) as schema_owner,
              pg_has_role(current_user, $2, 'member') as member_of_owner`,
      [roles[service].schema, roles[service].ownerRole],
    );
    expect(rows[0]).toEqual({
      me: service === 'audit-svc' ? `${roles[service].schema}_writer` : `${roles[service].schema}_app`,
      superuser: false,
      owned: 0,
      schema_owner: `${roles[service].schema}_owner`,
      member_of_owner: false,
    });
  });

  it.each(SERVICES)('%s: reads its own tables (the role is usable at all)', async (service) => {
    const db = await as(service);
    expect(await outcome(db, `select count(*) from ${t(service)}`)).toBe('ok');
  });

  it.each(SERVICES)('%s: reads nothing of any other service, nor its migrations table', async (service) => {
    const db = await as(service);
    for (const other of SERVICES.filter((o) => o !== service)) {
      expect(await outcome(db, `select count(*) from ${t(other)}`)).toBe(`permission denied for schema ${roles[other].schema}`);
    }
    expect(await outcome(db, `select count(*) from ${t(service, 'mikro_orm_migrations')}`)).toBe('permission denied for table mikro_orm_migrations');
  });

  it.each(SERVICES)('%s: cannot create, alter or drop tables in its own schema, nor make schemas', async (service) => {
    const db = await as(service);
    const s = `"${roles[service].schema}"`;
    expect(await outcome(db, `create table ${s}."intruder" (a int)`)).toBe(`permission denied for schema ${roles[service].schema}`);
    expect(await outcome(db, `alter table ${t(service)} add column "intruder" int`)).toBe(`must be owner of table ${TABLE[service]}`);
    expect(await outcome(db, `drop table ${t(service)}`)).toBe(`must be owner of table ${TABLE[service]}`);
    expect(await outcome(db, `create schema "intruder_${world.namespace}"`)).toMatch(/^permission denied for database /);
    expect(await outcome(db, `set role "${roles[service].ownerRole}"`)).toBe(`permission denied to set role "${roles[service].ownerRole}"`);
  });

  it.each(READ_WRITE)('%s: cannot TRUNCATE its tables (DML only)', async (service) => {
    const db = await as(service);
    expect(await outcome(db, `truncate ${t(service)}`)).toBe(`permission denied for table ${TABLE[service]}`);
  });
});

describe("audit-svc's role: INSERT and SELECT only, by grants and ownership", () => {
  const checkpoint = (sequence: number) => [sequence, 'a'.repeat(64), new Date().toISOString(), 'test-key', 'sig'];

  it('inserts and reads a checkpoint', async () => {
    const db = await as('audit-svc');
    expect(await outcome(db, `insert into ${t('audit-svc', 'chain_checkpoint')} (sequence, hash, signed_at, key_id, signature) values ($1, $2, $3, $4, $5)`, checkpoint(1))).toBe('ok');
    const { rows } = await db.query(`select sequence from ${t('audit-svc', 'chain_checkpoint')}`);
    expect(rows).toEqual([{ sequence: '1' }]);
  });

  // The tables' append-only triggers would refuse these too, with their own message ("… is append-only"):
  // "permission denied for table" shows the role never gets that far.
  it.each(['audit_event', 'audit_event_id', 'chain_checkpoint'])('cannot UPDATE, DELETE or TRUNCATE %s', async (table) => {
    const db = await as('audit-svc');
    const column = table === 'chain_checkpoint' ? 'key_id' : 'id';
    const value = table === 'chain_checkpoint' ? "'x'" : 'gen_random_uuid()';
    expect(await outcome(db, `update ${t('audit-svc', table)} set ${column} = ${value}`)).toBe(`permission denied for table ${table}`);
    expect(await outcome(db, `delete from ${t('audit-svc', table)}`)).toBe(`permission denied for table ${table}`);
    expect(await outcome(db, `truncate ${t('audit-svc', table)}`)).toBe(`permission denied for table ${table}`);
  });

  it('cannot DROP, ALTER, or disable the append-only triggers', async () => {
    const db = await as('audit-svc');
    for (const table of ['audit_event', 'audit_event_default', 'chain_checkpoint']) {
      expect(await outcome(db, `alter table ${t('audit-svc', table)} disable trigger all`)).toBe(`must be owner of table ${table}`);
      expect(await outcome(db, `drop table ${t('audit-svc', table)}`)).toBe(`must be owner of table ${table}`);
    }
    expect(await outcome(db, `drop trigger "audit_event_append_only" on ${t('audit-svc')}`)).toBe('must be owner of relation audit_event');
    expect(await outcome(db, `alter table ${t('audit-svc')} rename to "gone"`)).toBe('must be owner of table audit_event');
    expect(await outcome(db, `drop function "${roles['audit-svc'].schema}"."audit_event_refuse_change"()`)).toBe(`must be owner of function ${roles['audit-svc'].schema}.audit_event_refuse_change`);
    expect(await outcome(db, `set session_replication_role = replica`)).toBe('permission denied to set parameter "session_replication_role"');
  });

  it("still makes a month's partition through the owner's function", async () => {
    const db = await as('audit-svc');
    const { rows } = await db.query<{ p: string }>(`select "${roles['audit-svc'].schema}"."audit_event_ensure_partition"(now()) as p`);
    expect(rows[0]!.p).toMatch(/^audit_event_\d{4}_\d{2}$/);
  });
});

describe('the migration role (the schema owner)', () => {
  async function asOwner(service: Service): Promise<pg.Client> {
    const db = await login(TEST_DATABASE_URL);
    await db.query(`set role "${roles[service].ownerRole}"`);
    return db;
  }

  it.each(SERVICES)('%s: creates, alters and drops tables in its own schema', async (service) => {
    const db = await asOwner(service);
    const s = `"${roles[service].schema}"`;
    expect(await outcome(db, `create table ${s}."scratch" (a int)`)).toBe('ok');
    expect(await outcome(db, `alter table ${s}."scratch" add column b int`)).toBe('ok');
    expect(await outcome(db, `alter table ${t(service)} disable trigger user`)).toBe('ok');
    expect(await outcome(db, `alter table ${t(service)} enable trigger user`)).toBe('ok');
    expect(await outcome(db, `drop table ${s}."scratch"`)).toBe('ok');
  });

  it.each(SERVICES)("%s: cannot touch another service's schema either", async (service) => {
    const db = await asOwner(service);
    const other = SERVICES.find((o) => o !== service)!;
    expect(await outcome(db, `select count(*) from ${t(other)}`)).toBe(`permission denied for schema ${roles[other].schema}`);
  });

  it('a table a later migration creates is granted to the login role by default privileges', async () => {
    const db = await asOwner('profiles-svc');
    await db.query(`create table ${t('profiles-svc', 'later')} (a int)`);
    const app = await as('profiles-svc');
    expect(await outcome(app, `insert into ${t('profiles-svc', 'later')} values (1)`)).toBe('ok');
    expect(await outcome(app, `select a from ${t('profiles-svc', 'later')}`)).toBe('ok');
    const audit = await asOwner('audit-svc');
    await audit.query(`create table ${t('audit-svc', 'later')} (a int)`);
    const writer = await as('audit-svc');
    expect(await outcome(writer, `insert into ${t('audit-svc', 'later')} values (1)`)).toBe('ok');
    expect(await outcome(writer, `delete from ${t('audit-svc', 'later')}`)).toBe('permission denied for table later');
  });
});
