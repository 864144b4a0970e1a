import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Rows per multi-row INSERT: PostgreSQL takes at most 65,535 parameters per statement (1,000 rows of up to 65 columns). */
export const INSERT_CHUNK_ROWS = 1000;

/** New rows written with multi-row INSERTs of at most `chunk` rows each (bulk writes such as a FHIR import's parts). */
export async function insertChunked<T extends object>(em: EntityManager, entity: EntityName<T>, rows: readonly T[], chunk = INSERT_CHUNK_ROWS): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await em.insertMany(entity, rows.slice(i, i + chunk));
}
