import { randomUUID } from 'node:crypto';
import { defineEntity, p } from '@mikro-orm/core';
import { MikroORM, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { dropSchema, TEST_DATABASE_URL, uniqueSuffix } from '@pg/testing';
import { ensureDatabase } from './orm.js';
import { insertChunked, updateChunked } from './insert-chunked.js';

const ThingSchema = defineEntity({
  name: 'ChunkThing',
  tableName: 'chunk_thing',
  properties: {
    id: p.uuid().primary(),
    name: p.string().columnType('text'),
    note: p.string().columnType('text').nullable(),
    value: p.double().runtimeType('number').$type<number>().nullable(),
    count: p.integer().default(7),
    range: p.json<{ low?: number; text?: string }>().nullable(),
    tags: p.array().nullable(),
    at: p.datetime(),
  },
});
class ChunkThing extends ThingSchema.class {}
ThingSchema.setClass(ChunkThing);

/** Each column as PostgreSQL holds it, as text (what a reader gets, whoever wrote the row). */
const READ = `select id, name, note, value::text, count, range::text, tags::text, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as at from chunk_thing where id = any(?::uuid[]) order by name`;

describe('insertChunked and updateChunked (one JSON text per statement)', () => {
  const schema = `chunk_${uniqueSuffix()}`;
  let orm: MikroORM;
  const read = async (ids: string[]) => orm.em.fork().execute<Record<string, unknown>[]>(READ, [`{${ids.join(',')}}`]);

  beforeAll(async () => {
    await ensureDatabase(TEST_DATABASE_URL);
    orm = await MikroORM.init({
      driver: PostgreSqlDriver, clientUrl: TEST_DATABASE_URL, entities: [ChunkThing], schema, allowGlobalContext: false, pool: { min: 0, max: 2 },
    });
    await orm.em.getConnection().execute(`create schema "${schema}"`);
    await orm.em.getConnection().execute(`set search_path to "${schema}"`);
    await orm.schema.create({ schema });
  });
  afterAll(async () => {
    await orm?.close(true);
    await dropSchema(schema);
  });

  // Values a clinical text carries: quotes, backslashes, a question mark (MikroORM's placeholder), newlines, non-Latin
  // letters, an emoji; JSON with nested values; an array; a time with milliseconds.
  const tricky = (name: string) => ({
    id: randomUUID(), name, note: `O'Brien said "5\\10?" \\n done\nnext line — 血糖 🩸 $1 ?? '' \\'`, value: 5.55, range: { low: 3.9, text: "≤ 5.5 'fasting'" },
    tags: ['a"b', "c'd", 'e,f', 'g\\h'], at: new Date('2026-03-01T08:15:30.123Z'),
  });

  it('stores every value exactly as MikroORM\'s own insertMany stores it', async () => {
    const ours = [tricky('a-ours'), { ...tricky('b-ours-nulls'), note: null, value: null, range: null, tags: null }];
    const orms = [tricky('a-orm'), { ...tricky('b-orm-nulls'), note: null, value: null, range: null, tags: null }];
    const em = orm.em.fork();
    await em.transactional(async (tx) => insertChunked(tx, ChunkThing, ours));
    await orm.em.fork().insertMany(ChunkThing, orms);

    const strip = (rows: Record<string, unknown>[]) => rows.map(({ id: _i, name: _n, ...rest }) => rest);
    const got = await read(ours.map((r) => r.id));
    expect(got).toHaveLength(2);
    expect(strip(got)).toEqual(strip(await read(orms.map((r) => r.id))));
    // And as written, read back through the ORM.
    const back = await orm.em.fork().findOneOrFail(ChunkThing, { id: ours[0]!.id });
    expect({ note: back.note, value: back.value, range: back.range, tags: back.tags, at: back.at.toISOString() })
      .toEqual({ note: ours[0]!.note, value: 5.55, range: ours[0]!.range, tags: ours[0]!.tags, at: '2026-03-01T08:15:30.123Z' });
  });

  it('leaves a column no row sets to its default, and writes in chunks of the size given', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => ({ id: randomUUID(), name: `c${i}`, at: new Date() }));
    await insertChunked(orm.em.fork(), ChunkThing, rows, 2);
    const got = await read(rows.map((r) => r.id));
    expect(got.map((r) => r.count)).toEqual([7, 7, 7, 7, 7]);
  });

  it('writes nothing of a chunk that fails (a duplicate key), inside the caller\'s transaction', async () => {
    const dup = { id: randomUUID(), name: 'dup', at: new Date() };
    await insertChunked(orm.em.fork(), ChunkThing, [dup]);
    const fresh = { id: randomUUID(), name: 'fresh', at: new Date() };
    await expect(orm.em.fork().transactional((tx) => insertChunked(tx, ChunkThing, [fresh, dup]))).rejects.toThrow();
    expect(await read([fresh.id])).toEqual([]);
  });

  it('updates rows by their key with the values the changes carry, nothing else', async () => {
    const a = tricky('u-a');
    const b = { ...tricky('u-b'), value: 1 };
    const c = tricky('u-c');
    await insertChunked(orm.em.fork(), ChunkThing, [a, b, c]);
    const [, , before] = await read([a.id, b.id, c.id]);
    await orm.em.fork().transactional((tx) => updateChunked(tx, ChunkThing, ['id'], [{ id: a.id, value: 9.25, note: "it's \\ new?" }, { id: b.id, value: 2, note: null }]));
    const [ua, ub, uc] = await read([a.id, b.id, c.id]);
    expect(ua).toMatchObject({ name: 'u-a', value: '9.25', note: "it's \\ new?", count: 7, range: before.range, tags: before.tags });
    expect(ub).toMatchObject({ name: 'u-b', value: '2', note: null, range: before.range });
    expect(uc).toEqual(before);
  });

  it('refuses changes that do not all carry the same properties (the one statement would null the others)', async () => {
    const a = tricky('r-a');
    await insertChunked(orm.em.fork(), ChunkThing, [a]);
    await expect(updateChunked(orm.em.fork(), ChunkThing, ['id'], [{ id: a.id, value: 1, note: 'x' }, { id: a.id, value: 2 }])).rejects.toThrow('same properties');
    expect((await read([a.id]))[0].note).toBe(a.note);
  });
});
