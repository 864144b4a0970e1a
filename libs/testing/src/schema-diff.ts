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
    return await orm.schema.getUpdateSchemaSQL({ wrap: false, schema });
  } finally {
    await lock.end();
  }
}
