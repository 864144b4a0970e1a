import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { applyMerge, migrate, PATIENT_STATE_MARKER, undoMerge } from '@pg/persistence';
import { createTestWorld, destroyTestWorld, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { LABS_MERGE_TABLES } from '../src/merge/labs-merge.participant.js';
import { labsOrmOptions } from '../src/mikro-orm.config.js';

/*
 * labs-svc's merge on its real tables (the wearable ones are keyed without an id, and their unique keys include the
 * patient): what moves, what stays superseded on the source, a replay, and an undo after later writes to the target.
 * Rows are written by hand below; the expected counts are counted from them.
 */

let world: TestWorld;
let orm: MikroORM;
let db: pg.Client;
let schema: string;

const SOURCE = randomUUID();
const TARGET = randomUUID();

const sample = (patientId: string, sourceKey: string, startAt: string, value: number) => db.query(
  `insert into "${schema}".wearable_sample (patient_id, provider, source_key, metric, start_at, value, unit) values ($1, 'dexcom', $2, 'glucose', $3, $4, 'mg/dL')`,
  [patientId, sourceKey, startAt, value]);
const dailyStat = (patientId: string, day: string, avg: number) => db.query(
  `insert into "${schema}".wearable_daily_stat (patient_id, metric, day, time_zone, count, sum, min, max, avg, updated_at) values ($1, 'glucose', $2, 'UTC', 1, $3, $3, $3, $3, now())`,
  [patientId, day, avg]);
const keysOf = async (table: string, patientId: string) =>
  (await db.query<{ k: string }>(`select source_key as k from "${schema}".${table} where patient_id = $1 order by 1`, [patientId])).rows.map((r) => r.k);
const statsOf = async (patientId: string) =>
  (await db.query<{ day: string; avg: number }>(`select day::text as day, avg from "${schema}".wearable_daily_stat where patient_id = $1 order by 1`, [patientId])).rows;

const run = (fn: typeof applyMerge, mergeId: string) => orm.em.fork().transactional((em) => fn(em, schema, LABS_MERGE_TABLES, PATIENT_STATE_MARKER, mergeId, SOURCE, TARGET));

beforeAll(async () => {
  world = await createTestWorld();
  const config = world.serviceConfig('labs');
  schema = config.dbSchema;
  await migrate(labsOrmOptions(config));
  orm = await MikroORM.init(labsOrmOptions(config));
  db = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  await db.query(`select "${schema}".wearable_sample_ensure_partitions(array['2026-03-01'::date])`);
  // Three readings of the source, one of them (r2) also held by the target; one reading of the target only.
  for (const [patientId, key, at, v] of [[SOURCE, 'r1', '2026-03-01T08:00:00Z', 101], [SOURCE, 'r2', '2026-03-01T08:05:00Z', 102], [SOURCE, 'r3', '2026-03-02T08:00:00Z', 103],
    [TARGET, 'r2', '2026-03-01T08:05:00Z', 102], [TARGET, 't1', '2026-03-01T09:00:00Z', 120]] as const) {
    await sample(patientId, key, at, v);
  }
  // Daily stats: both have 03-01 (the target's stays), the source alone has 03-02.
  await dailyStat(SOURCE, '2026-03-01', 101.5);
  await dailyStat(SOURCE, '2026-03-02', 103);
  await dailyStat(TARGET, '2026-03-01', 111);
});

afterAll(async () => {
  await db?.end();
  await orm?.close(true);
  if (world) await destroyTestWorld(world);
});

describe('labs-svc tables in a merge', () => {
  const mergeId = randomUUID();

  it('moves what the target does not hold; the same reading and the same day stay on the source, superseded', async () => {
    const counts = await run(applyMerge, mergeId);
    expect(counts).toEqual({
      moved: { wearable_sample: 2, wearable_daily_stat: 1 },
      superseded: { wearable_sample: 1, wearable_daily_stat: 1 },
    });
    expect(await keysOf('wearable_sample', TARGET)).toEqual(['r1', 'r2', 'r3', 't1']);
    expect(await keysOf('wearable_sample', SOURCE)).toEqual(['r2']);
    expect(await statsOf(TARGET)).toEqual([{ day: '2026-03-01', avg: 111 }, { day: '2026-03-02', avg: 103 }]);
    const { rows } = await db.query(`select state, merged_into from "${schema}".patient_state where patient_id = $1`, [SOURCE]);
    expect(rows).toEqual([{ state: 'merged', merged_into: TARGET }]);
  });

  it('a replay moves nothing again and answers the same counts', async () => {
    expect(await run(applyMerge, mergeId)).toEqual({
      moved: { wearable_sample: 2, wearable_daily_stat: 1 },
      superseded: { wearable_sample: 1, wearable_daily_stat: 1 },
    });
    expect(await keysOf('wearable_sample', TARGET)).toEqual(['r1', 'r2', 'r3', 't1']);
  });

  it('undo moves back exactly the moved rows; a reading written to the target since stays there', async () => {
    await sample(TARGET, 't2', '2026-03-02T10:00:00Z', 130);
    const back = await run(undoMerge, mergeId);
    expect(back.moved).toEqual({ wearable_sample: 2, wearable_daily_stat: 1 });
    expect(await keysOf('wearable_sample', SOURCE)).toEqual(['r1', 'r2', 'r3']);
    expect(await keysOf('wearable_sample', TARGET)).toEqual(['r2', 't1', 't2']);
    expect(await statsOf(SOURCE)).toEqual([{ day: '2026-03-01', avg: 101.5 }, { day: '2026-03-02', avg: 103 }]);
    expect((await db.query(`select 1 from "${schema}".patient_state where patient_id = $1`, [SOURCE])).rowCount).toBe(0);
    // Undone twice: nothing moves again.
    expect((await run(undoMerge, mergeId)).moved).toEqual({ wearable_sample: 2, wearable_daily_stat: 1 });
    expect(await keysOf('wearable_sample', TARGET)).toEqual(['r2', 't1', 't2']);
  });
});
