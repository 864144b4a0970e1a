/** What `getUpdateSchemaSQL` needs of a MikroORM instance (any driver's). */
interface SchemaDiffing {
  schema: { getUpdateSchemaSQL(options: { wrap: boolean; schema: string }): Promise<string> };
}

/**
 * The ORM's schema diff for one service schema: '' when the entities and the migrations agree. Introspection reads
 * the catalog across schemas, and test files running alongside drop their own schemas when they finish; a drop
 * landing mid-introspection fails it with `schema "<other>" does not exist`. That error, for another schema, is
 * retried; anything else, or the same error for our own schema, is thrown.
 */
export async function schemaDiff(orm: SchemaDiffing, schema: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await orm.schema.getUpdateSchemaSQL({ wrap: false, schema });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const other = /(schema|relation) "([^"]+)" does not exist/.exec(message);
      if (attempt >= 5 || !other || other[2]!.startsWith(schema) || other[2]!.startsWith(`${schema}.`)) throw err;
    }
  }
}
