import pg from 'pg';
import { SCHEMA_DDL_LOCK, TEST_DATABASE_URL } from './infra.js';

/** What `getUpdateSchemaSQL` needs of a MikroORM instance (any driver's). */
interface SchemaDiffing {
  schema: { getUpdateSchemaSQL(options: { wrap: boolean; schema: string }): Promise<string> };
}

/**
 * The ORM's schema diff for one service schema: '' when the entities and the migrations agree. Introspection reads
 * the catalog across schemas, and test files running alongside drop their own schemas when they finish; a drop
 * landing mid-introspection would fail it. The diff holds SCHEMA_DDL_LOCK exclusively, which `dropSchema` takes
 * shared, so no test schema is dropped while it runs.
 */
export async function schemaDiff(orm: SchemaDiffing, schema: string, url = TEST_DATABASE_URL): Promise<string> {
  const lock = new pg.Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [SCHEMA_DDL_LOCK]);
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, schema });
    return await withoutInvisibleChecks(lock, diff);
  } finally {
    await lock.end();
  }
}

const ADD_CHECK = /^alter table "([^"]+)"\."([^"]+)" add constraint "([^"]+)" check \(.*\);$/;

/**
 * A service's own role does not own its tables (the owner role does: docs/security.md), and PostgreSQL shows check
 * constraints only to a table's owner, so a diff introspected as the service role asks to add every CHECK the
 * migrations did create. Such a line is dropped when the constraint is there (looked up as the test superuser);
 * a CHECK that is really missing stays in the diff.
 */
async function withoutInvisibleChecks(db: pg.Client, diff: string): Promise<string> {
  const kept: string[] = [];
  for (const stmt of diff.split('\n')) {
    const m = ADD_CHECK.exec(stmt.trim());
    if (m) {
      const { rowCount } = await db.query(
        `select 1 from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
          where n.nspname = $1 and t.relname = $2 and c.conname = $3 and c.contype = 'c'`,
        [m[1], m[2], m[3]],
      );
      if (rowCount) continue;
    }
    kept.push(stmt);
  }
  const out = kept.join('\n');
  return out.trim() === '' ? '' : out;
}
