import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A Postgres array literal (`{"a","b"}`) for a `?::text[]` / `?::uuid[]` / `?::int[]` parameter: MikroORM's raw
 * queries expand a JS array binding into a list of values, which is not one array parameter.
 */
export function pgArray(values: ReadonlyArray<string | number>): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

const quoteIdent = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** identity-svc's schema, as the EntityManager is configured with it. */
export function schemaOf(em: EntityManager): string {
  return em.config.get('schema') ?? 'public';
}

/** `"<schema>"."<table>"` of identity-svc's schema, for raw queries (the ORM's own queries qualify themselves). */
export function tableOf(em: EntityManager, name: string): string {
  return `${quoteIdent(schemaOf(em))}.${quoteIdent(name)}`;
}
