import type { EntityManager } from '@mikro-orm/postgresql';

/** An SQL identifier, double-quoted (a quote inside doubled). */
export const quoteIdent = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** The schema the EntityManager is configured with (each service and each test has its own). */
export function schemaOf(em: EntityManager): string {
  return em.config.get('schema') ?? 'public';
}

/** `"<schema>"."<table>"` for raw SQL (the ORM's own queries qualify themselves); `schema` overrides the configured one. */
export function tableOf(em: EntityManager, name: string, schema?: string): string {
  return `${quoteIdent(schema ?? schemaOf(em))}.${quoteIdent(name)}`;
}
