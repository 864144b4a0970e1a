import { JsonType, ReferenceKind, type EntityData, type EntityMetadata, type EntityName, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { quoteIdent, tableOf } from './raw-names.js';

/**
 * Rows per statement. Each chunk is one JSON text (one literal), so the bound is the statement's size, not
 * PostgreSQL's 65,535 parameters: 1,000 rows of a lab result are ~0.5 MB.
 */
export const INSERT_CHUNK_ROWS = 1000;

type Row = Record<string, unknown>;

/**
 * New rows (entities or plain objects keyed by property name) written with one `INSERT … SELECT … FROM
 * json_populate_recordset(…)` per chunk: the rows travel as one JSON text that PostgreSQL reads into the table's
 * row type. MikroORM's `insertMany` builds the same statement with every value quoted into the SQL by a
 * character-at-a-time escape, and a change set per row; for a FHIR import's hundreds of results that was most of
 * labs-svc's CPU time for the import. The row type converts each value as a cast would (ISO times, JSON objects,
 * arrays); a column no row sets is left to its default.
 */
export async function insertChunked<T extends object>(em: EntityManager, entity: EntityName<T>, rows: readonly (T | EntityData<T>)[], chunk = INSERT_CHUNK_ROWS): Promise<void> {
  if (!rows.length) return;
  const meta = em.getMetadata().get(entity);
  const props = columnsOf(meta).filter((p) => rows.some((r) => (r as Row)[p.name] !== undefined));
  const table = tableOfEntity(em, meta);
  const columns = props.map((p) => quoteIdent(p.fieldNames[0]!)).join(', ');
  const platform = em.getPlatform();
  for (let i = 0; i < rows.length; i += chunk) {
    const records = rows.slice(i, i + chunk).map((r) => {
      const out: Row = {};
      for (const p of props) out[p.fieldNames[0]!] = databaseValue(p, (r as Row)[p.name], platform);
      return out;
    });
    await em.execute(`insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, ${jsonLiteral(records)})`, [], 'run');
  }
}

/**
 * Existing rows updated from a list of changes keyed by `keys` (property names of the primary key or a unique key):
 * one `UPDATE … FROM json_populate_recordset(…)` per chunk, setting the properties the changes carry (each change
 * the same ones; null sets null).
 */
export async function updateChunked<T extends object>(
  em: EntityManager, entity: EntityName<T>, keys: readonly (keyof T & string)[], changes: readonly EntityData<T>[], chunk = INSERT_CHUNK_ROWS,
): Promise<void> {
  if (!changes.length) return;
  const meta = em.getMetadata().get(entity);
  const all = columnsOf(meta);
  const keyProps = keys.map((k) => all.find((p) => p.name === k) ?? missing(meta, k));
  const carried = (c: EntityData<T>) => all.filter((p) => !keys.includes(p.name as keyof T & string) && (c as Row)[p.name] !== undefined);
  const setProps = carried(changes[0]!);
  // One statement sets the same columns on every row: a change that carried fewer would set the others to null.
  if (changes.some((c) => carried(c).length !== setProps.length)) throw new Error(`updateChunked(${meta.className}): every change must carry the same properties`);
  if (!setProps.length) return;
  const table = tableOfEntity(em, meta);
  const col = (p: EntityProperty) => quoteIdent(p.fieldNames[0]!);
  const platform = em.getPlatform();
  for (let i = 0; i < changes.length; i += chunk) {
    const records = changes.slice(i, i + chunk).map((c) => {
      const out: Row = {};
      for (const p of [...keyProps, ...setProps]) out[p.fieldNames[0]!] = databaseValue(p, (c as Row)[p.name], platform);
      return out;
    });
    await em.execute(
      `update ${table} t set ${setProps.map((p) => `${col(p)} = v.${col(p)}`).join(', ')} from json_populate_recordset(null::${table}, ${jsonLiteral(records)}) v`
      + ` where ${keyProps.map((p) => `t.${col(p)} = v.${col(p)}`).join(' and ')}`,
      [], 'run',
    );
  }
}

/** The entity's own stored columns (scalars and owned references, one column each). */
function columnsOf(meta: EntityMetadata): EntityProperty[] {
  return meta.props.filter((p) => p.persist !== false && !p.formula && p.fieldNames?.length === 1
    && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE || (p.kind === ReferenceKind.ONE_TO_ONE && p.owner)));
}

function missing(meta: EntityMetadata, key: string): never {
  throw new Error(`${meta.className} has no column property ${key}`);
}

/** A value as the row type reads it from JSON: JSON columns as they are, custom types through their conversion. */
function databaseValue(p: EntityProperty, value: unknown, platform: ReturnType<EntityManager['getPlatform']>): unknown {
  if (value === undefined || value === null) return null;
  if (p.kind !== ReferenceKind.SCALAR) return typeof value === 'object' ? (value as Row)[p.targetMeta?.primaryKeys[0] ?? 'id'] ?? null : value;
  if (p.customType instanceof JsonType || !p.customType || value instanceof Date) return value;
  const converted = p.customType.convertToDatabaseValue(value, platform, { mode: 'query' });
  return converted;
}

/** The entity's table, in its own schema when it names one, else the configured one. */
const tableOfEntity = (em: EntityManager, meta: EntityMetadata) => tableOf(em, meta.tableName, meta.schema && meta.schema !== '*' ? meta.schema : undefined);

/**
 * The rows as one SQL string constant (`E'…'`: backslashes and quotes doubled, so the literal means the same under
 * either `standard_conforming_strings`). Written into the statement rather than bound, because MikroORM's raw
 * queries inline bound values with the per-character escape this avoids; JSON text has no other character that
 * needs escaping in a literal (a NUL, which a text column refuses either way, comes as the escape \u0000).
 */
function jsonLiteral(records: Row[]): string {
  return `E'${JSON.stringify(records).replaceAll('\\', '\\\\').replaceAll("'", "''")}'::json`;
}
