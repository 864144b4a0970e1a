import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { jetstreamManager } from '@nats-io/jetstream';
import { Objm, StorageType } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import { LABS, WEARABLE_FILES_BUCKET, WEARABLE_JOBS, type GlucoseSummaryDto, type WearableImportDto, type WearableSamplesDto, type WearableUploadDto } from '@pg/contracts';
import { loadLabsServiceConfig } from '@pg/config';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, rpcClient, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';
import { labsOrmOptions } from '../src/mikro-orm.config.js';
import { localToInstant } from '../src/wearables/formats/local-time.js';
import { glucoseSummary } from '../src/wearables/glucose-summary.js';
import { WearableSampleStore } from '../src/wearables/wearable-sample.store.js';
import { WearableSeriesRepository } from '../src/wearables/wearable-series.repository.js';
import { startLabsHarness, wearableImports, type LabsHarness } from './wearables-test-kit.js';

/*
 * The quarter-hour rollups (docs/wearables.md, "Rollups"): the buckets and the glucose summary read from them must
 * give exactly what the samples give, on the shared exports, in several zones and windows; the summary's numbers
 * are checked against the consensus definitions computed here from the stored readings; and every path that adds,
 * removes or moves samples (re-import, readings arriving out of order, an import's compensation) leaves the rollups
 * as a rebuild from the samples would make them.
 */

const CGM = new URL('../../../../shared/data/cgm/', import.meta.url);
const fixture = (f: string) => readFileSync(new URL(f, CGM));

let h: LabsHarness;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let db: pg.Client;
let schema: string;

const patientActor = (patientId: string) => actor(['patient'], { patientId });
const clinicianOf = (patientId: string) => actor(['clinician'], { careTeam: [patientId] });

const { importFile } = wearableImports(() => h);

const localDay = (at: Date, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const midnight = (day: string, timeZone: string) => {
  const [year, month, d] = day.split('-').map(Number) as [number, number, number];
  return localToInstant({ year, month, day: d, hour: 0, minute: 0, second: 0 }, timeZone).instant;
};

/** The summary as the API answers it (read from the rollups) and as the samples alone give it. */
async function bothSummaries(patientId: string, from: string, to: string, timeZone: string): Promise<[GlucoseSummaryDto, GlucoseSummaryDto]> {
  const api = await rpc.request<GlucoseSummaryDto>(LABS.wearableGlucoseSummary, { patientId, query: { from, to, timeZone } }, clinicianOf(patientId));
  const lo = midnight(from, timeZone);
  const hi = midnight(addDays(to, 1), timeZone);
  const repo = app.get(WearableSeriesRepository);
  const raw = await repo.sampleGlucoseAggregates(patientId, { from: lo, to: hi, timeZone });
  // One stream in the window: its totals come from the rollups (the API's answer above did the same).
  if (raw.streams.length === 1) expect(await repo.rollupGlucoseTotals(patientId, { from: lo, to: hi })).toEqual(await repo.sampleGlucoseTotals(patientId, { from: lo, to: hi }));
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  return [api, glucoseSummary(raw, { from, to, timeZone, days, seconds: (hi.getTime() - lo.getTime()) / 1000 })];
}

async function span(patientId: string, timeZone: string): Promise<{ first: string; last: string }> {
  const { rows } = await db.query(`select min(start_at) as lo, max(start_at) as hi from "${schema}".wearable_sample where patient_id = $1 and metric = 'glucose'`, [patientId]);
  return { first: localDay(rows[0].lo, timeZone), last: localDay(rows[0].hi, timeZone) };
}

/** A patient's rollup rows, without the patient (to compare two patients holding the same readings). */
async function rollupsOf(patientId: string): Promise<unknown[]> {
  const { rows } = await db.query(`
    select metric, bucket, provider, device, unit, n, sum, min, max, unc_n, unc_sum, unc_sumsq, censored_high, censored_low, very_low, low, in_range, high, very_high,
      gaps_1m, gaps_5m, gaps_15m, first_gap_us::text, last_gap_us::text, covered_1m_us::text, covered_5m_us::text, covered_15m_us::text, array(select unnest(vals) order by 1) as vals
    from "${schema}".wearable_sample_rollup where patient_id = $1 order by metric, bucket, provider, device`, [patientId]);
  return rows;
}

/**
 * Each daily stat's rolling means against the definition (docs/wearables.md): the readings' sum over the count of
 * the day and the 6 (or 29) days before it, from the daily stat rows, computed here in TypeScript.
 */
async function expectRollingMeansAsDefined(patientId: string): Promise<void> {
  const { rows } = await db.query<{ metric: string; day: string; count: number; sum: number; mean7: number | null; mean30: number | null }>(
    `select metric, day::text as day, count::int as count, sum, mean7, mean30 from "${schema}".wearable_daily_stat where patient_id = $1 order by metric, day`, [patientId]);
  expect(rows.length).toBeGreaterThan(0);
  const mean = (r: (typeof rows)[number], days: number) => {
    const window = rows.filter((o) => o.metric === r.metric && o.day <= r.day && o.day > addDays(r.day, -days));
    return window.reduce((n, o) => n + o.sum, 0) / window.reduce((n, o) => n + o.count, 0);
  };
  for (const r of rows) {
    expect([r.metric, r.day, r.mean7]).toEqual([r.metric, r.day, expect.closeTo(mean(r, 7), 9)]);
    expect([r.metric, r.day, r.mean30]).toEqual([r.metric, r.day, expect.closeTo(mean(r, 30), 9)]);
  }
}

/** The rollups as they are, and as a rebuild of every stream from the samples makes them (rolled back). */
async function rollupsAndRebuilt(patientIds: string[]): Promise<[unknown[], unknown[]]> {
  const now = await Promise.all(patientIds.map(rollupsOf));
  await db.query('begin');
  try {
    await db.query(`delete from "${schema}".wearable_sample_rollup where patient_id = any($1::uuid[])`, [patientIds]);
    await db.query(`select "${schema}".wearable_rollup_refresh(patient_id, metric, provider, device, '-infinity', 'infinity')
      from (select distinct patient_id, metric, provider, coalesce(device, '') as device from "${schema}".wearable_sample where patient_id = any($1::uuid[])) s`, [patientIds]);
    return [now, await Promise.all(patientIds.map(rollupsOf))];
  } finally {
    await db.query('rollback');
  }
}

const buckets = (patientId: string, q: { metric: string; from: string; to: string; bucket: string; timeZone?: string }) =>
  rpc.request<WearableSamplesDto>(LABS.wearableSamples, { patientId, query: q }, clinicianOf(patientId));

beforeAll(async () => {
  h = await startLabsHarness();
  ({ app, rpc, db, schema } = h);
});

afterAll(async () => {
  await h?.stop();
});

const EXPORTS = [
  { name: 'Dexcom G6 (Clarity, mg/dL)', file: 'dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv', timeZone: 'UTC' },
  { name: 'Dexcom Clarity synthetic (Low readings)', file: 'dexcom-clarity/cgm_format_Clarity_Export_synthetic.csv', timeZone: 'Europe/Berlin' },
  { name: 'FreeStyle Libre 3 (LibreView, mg/dL)', file: 'libreview/cgm_format_FreeStyle_Libre_3_synthetic_mgdl.csv', timeZone: 'America/New_York' },
  { name: 'Nightscout entries', file: 'nightscout/cgm_format_nightscout_entries.json', timeZone: undefined },
] as const;

describe('wearable rollups: a quarter hour with two spellings of a unit', () => {
  it('reports the least spelling bytewise, as the staged rollups do, whatever the collation of the rows (mmHg before mm[Hg])', async () => {
    const P = randomUUID();
    // Readings whose unit column carries a linguistic collation (ICU en-US orders `mm[Hg]` first; bytes, and the
    // staged rollups' code-point order, put `mmHg` first). One quarter hour, two readings.
    const rows = `select 'bp_systolic'::text as metric, 'fhir'::text as provider, ''::text as device, t as start_at, 120::float8 as value,
      null::text as censored, u collate "en-US-x-icu" as unit
      from (values (timestamptz '2026-03-01 10:01:00+00', 'mm[Hg]'), (timestamptz '2026-03-01 10:06:00+00', 'mmHg')) v(t, u)`;
    await db.query('begin');
    try {
      await db.query(`select "${schema}".wearable_rollup_insert($1, $2, '-infinity', 'infinity')`, [P, rows]);
      const { rows: got } = await db.query(`select unit, n from "${schema}".wearable_sample_rollup where patient_id = $1`, [P]);
      expect(got).toEqual([{ unit: ['mm[Hg]', 'mmHg'].sort()[0], n: 2 }]);
      expect(got[0].unit).toBe('mmHg');
    } finally {
      await db.query('rollback');
    }
  });
});

describe('wearable rollups: the same numbers as the samples', () => {
  for (const e of EXPORTS) {
    it(`${e.name}: glucose summary and buckets read from the rollups equal the samples' own, in three zones and several windows`, async () => {
      const P = randomUUID();
      const imp = await importFile(P, fixture(e.file), e.timeZone);
      expect(imp.status).toBe('completed');
      expect(imp.accepted).toBeGreaterThan(100);
      // A first import's rollups (the store computes them as it stages the readings: censored readings, a file in
      // reverse time order, dates before 2000, several streams) are those a rebuild from the samples makes.
      const [now, rebuilt] = await rollupsAndRebuilt([P]);
      expect((now[0] as unknown[]).length).toBeGreaterThan(0);
      expect(now).toEqual(rebuilt);
      for (const zone of ['UTC', 'Asia/Kathmandu', 'America/Los_Angeles']) {
        const { first, last } = await span(P, zone);
        const mid = addDays(first, Math.floor((Date.parse(last) - Date.parse(first)) / 86_400_000 / 2));
        for (const [from, to] of [[first, last], [mid, mid], [first, mid], [addDays(first, -2), addDays(first, 1)]] as const) {
          const [api, raw] = await bothSummaries(P, from, to, zone);
          expect(api).toEqual(raw);
        }
        const repo = app.get(WearableSeriesRepository);
        for (const bucket of ['15m', '1h', '1d'] as const) {
          const q = { metric: 'glucose', from: midnight(first, zone), to: midnight(addDays(last, 1), zone), bucket, timeZone: zone };
          const fromRollups = await repo.rollupBuckets(P, q);
          expect(fromRollups.buckets.length).toBeGreaterThan(0);
          expect(fromRollups).toEqual(await repo.sampleBuckets(P, q));
        }
        // Through the API (dates: local midnights) the same as from the samples.
        const api = await buckets(P, { metric: 'glucose', from: first, to: last, bucket: '1h', timeZone: zone });
        expect({ unit: api.unit, buckets: api.buckets }).toEqual(await repo.sampleBuckets(P, { metric: 'glucose', from: midnight(first, zone), to: midnight(addDays(last, 1), zone), bucket: '1h', timeZone: zone }));
      }
    });
  }

  it('the summary agrees with the consensus definitions computed here from the stored readings (G6: equal 5-minute weights)', async () => {
    const P = randomUUID();
    await importFile(P, fixture('dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv'), 'UTC');
    const { rows } = await db.query<{ v: number; c: string | null }>(`select value as v, censored as c from "${schema}".wearable_sample where patient_id = $1 and metric = 'glucose'`, [P]);
    const { first, last } = await span(P, 'UTC');
    const s = (await bothSummaries(P, first, last, 'UTC'))[0];
    const n = rows.length;
    const share = (f: (v: number) => boolean) => Math.round((rows.filter((r) => f(r.v)).length / n) * 1000) / 10;
    const values = rows.filter((r) => r.c === null).map((r) => r.v);
    const mean = values.reduce((a, v) => a + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
    // TIR 70–180, TBR < 70 and < 54, TAR > 180 and > 250 (Battelino 2019), on whole mg/dL.
    expect(share((v) => v >= 70 && v <= 180)).toBe(s.timeInRanges.inRange);
    expect(share((v) => v < 54)).toBe(s.timeInRanges.veryLow);
    expect(share((v) => v > 250)).toBe(s.timeInRanges.veryHigh);
    // < 70 and > 180 are the sums of two bands, each rounded to 0.1 on its own: within 0.1.
    expect(Math.abs(share((v) => v < 70) - (s.timeInRanges.veryLow + s.timeInRanges.low))).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(Math.abs(share((v) => v > 180) - (s.timeInRanges.high + s.timeInRanges.veryHigh))).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(share((v) => v >= 54 && v < 70)).toBe(s.timeInRanges.low);
    expect(share((v) => v > 180 && v <= 250)).toBe(s.timeInRanges.high);
    expect(s.mean!.mgdl).toBe(Math.round(mean * 10) / 10);
    expect(s.gmi).toBe(Math.round((3.31 + 0.02392 * mean) * 100) / 100);
    expect(s.sd!.mgdl).toBe(Math.round(sd * 10) / 10);
    expect(s.cv).toBe(Math.round((sd / mean) * 1000) / 10);
  });
});

describe('wearable rollups: kept by every write', () => {
  const G6 = () => fixture('dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv').toString('utf8');
  /** The G6 export split at a line: the header and the EGV rows before it, and the header with the rows after. */
  const halves = () => {
    const lines = G6().split('\n');
    const firstEgv = lines.findIndex((l) => /^\d+,\d{4}-\d{2}-\d{2}T[\d:]+,EGV,/.test(l));
    const cut = firstEgv + Math.floor((lines.length - firstEgv) / 2);
    const head = lines.slice(0, firstEgv);
    return [[...head, ...lines.slice(firstEgv, cut)].join('\n'), [...head, ...lines.slice(cut)].join('\n')] as const;
  };

  it('a re-import adds nothing twice; readings arriving later half first give the rollups one import gives', async () => {
    const whole = randomUUID();
    const split = randomUUID();
    expect(await importFile(whole, G6(), 'UTC')).toMatchObject({ accepted: 2148 });
    const before = await rollupsOf(whole);
    expect(await importFile(whole, G6(), 'UTC')).toMatchObject({ accepted: 0, duplicates: 2148 });
    expect(await rollupsOf(whole)).toEqual(before);
    const [a, b] = halves();
    const second = await importFile(split, b, 'UTC');
    const firstHalf = await importFile(split, a, 'UTC');
    expect(second.accepted + firstHalf.accepted).toBe(2148);
    expect(await rollupsOf(split)).toEqual(before);
    const counted = await db.query(`select sum(n)::int as n from "${schema}".wearable_sample_rollup where patient_id = $1`, [whole]);
    expect(counted.rows[0].n).toBe(2148);
  });

  it('imports of spans days apart, in any order, give the rollups one import of them all gives, the gaps between them included', async () => {
    // Three two-day blocks of 5-minute readings, 8 days apart: each import is of a span new to the patient, with
    // readings before it, after it, or both, further away than a re-read export could move.
    const header = 'Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mg/dL),'
      + 'Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),Glucose Rate of Change (mg/dL/min),Transmitter Time (Long Integer),Transmitter ID';
    const start = Date.parse('2026-03-01T00:00:00Z');
    const block = (day: number) => Array.from({ length: 576 }, (_, i) => day * 288 + i);
    const csv = (readings: number[]) => [header, ...readings.map((i, n) =>
      `${n + 1},${new Date(start + i * 300_000).toISOString().slice(0, 19)},EGV,,,,android G7,${50 + ((i * 7) % 260)},,,,,${1_000_000 + i * 300},SPANTX`)].join('\n');
    const [a, b, c] = [block(0), block(10), block(20)];
    const parts = randomUUID();
    const whole = randomUUID();
    expect(await importFile(parts, csv(a), 'UTC')).toMatchObject({ status: 'completed', accepted: 576 });
    expect(await importFile(parts, csv(c), 'UTC')).toMatchObject({ status: 'completed', accepted: 576 });
    expect(await importFile(parts, csv(b), 'UTC')).toMatchObject({ status: 'completed', accepted: 576 });
    expect(await importFile(whole, csv([...a, ...b, ...c]), 'UTC')).toMatchObject({ status: 'completed', accepted: 1728 });
    expect(await rollupsOf(parts)).toEqual(await rollupsOf(whole));
    // The middle block, imported last, changes the rolling means of its days and of the 29 after it.
    await expectRollingMeansAsDefined(parts);
    await expectRollingMeansAsDefined(whole);
    const [now, rebuilt] = await rollupsAndRebuilt([parts, whole]);
    expect(now).toEqual(rebuilt);
    // The last quarter hour before each gap holds the gap to the next reading: day 10 minus the 576th reading's 47 h 55 min.
    const gaps = await db.query(`select last_gap_us::text as gap from "${schema}".wearable_sample_rollup where patient_id = $1 and last_gap_us > 900000000 order by bucket`, [parts]);
    expect(gaps.rows.map((r) => r.gap)).toEqual([String((10 * 86_400 - 575 * 300) * 1_000_000), String((10 * 86_400 - 575 * 300) * 1_000_000)]);
    expect((await db.query(`select sum(n)::int as n from "${schema}".wearable_sample_rollup where patient_id = $1`, [parts])).rows[0].n).toBe(1728);
  });

  it('removing an import (its compensation) leaves the rollups of what remains, and a summary that agrees with the samples', async () => {
    const P = randomUUID();
    const only = randomUUID();
    const [a, b] = halves();
    await importFile(P, a, 'UTC');
    await importFile(only, a, 'UTC');
    const second = await importFile(P, b, 'UTC');
    expect(await app.get(WearableSampleStore).removeImport(P, second.id)).toBe(second.accepted);
    expect(await rollupsOf(P)).toEqual(await rollupsOf(only));
    await expectRollingMeansAsDefined(P);
    const { first, last } = await span(P, 'UTC');
    const [api, raw] = await bothSummaries(P, first, addDays(last, 3), 'UTC');
    expect(api).toEqual(raw);
    const [now, rebuilt] = await rollupsAndRebuilt([P, only]);
    expect(now).toEqual(rebuilt);
  });

  it('moving readings to another patient (a merge) and back keeps both patients\' rollups as a rebuild makes them', async () => {
    const source = randomUUID();
    const target = randomUUID();
    const full = randomUUID();
    const [a] = halves();
    await importFile(source, G6(), 'UTC');
    const held = (await importFile(target, a, 'UTC')).accepted;
    await importFile(full, G6(), 'UTC');
    // The merge's statement (libs/persistence applyMerge): the source's readings the target does not hold move.
    const moved = await db.query(`update "${schema}".wearable_sample s set patient_id = $2 where s.patient_id = $1
      and not exists (select 1 from "${schema}".wearable_sample x where x.patient_id = $2 and x.provider = s.provider and x.source_key = s.source_key and x.start_at = s.start_at)`, [source, target]);
    expect(moved.rowCount).toBe(2148 - held);
    expect(await rollupsOf(target)).toEqual(await rollupsOf(full));
    let [now, rebuilt] = await rollupsAndRebuilt([source, target]);
    expect(now).toEqual(rebuilt);
    // Adding a channel to stored readings changes no rollup.
    await db.query(`update "${schema}".wearable_sample set channels = channels || 'sync'::text where patient_id = $1`, [target]);
    expect(await rollupsOf(target)).toEqual(await rollupsOf(full));
    // Back (an undo) for the later half of the target's readings.
    const back = await db.query(`update "${schema}".wearable_sample s set patient_id = $2 where s.patient_id = $1
      and s.start_at >= (select min(start_at) + (max(start_at) - min(start_at)) / 2 from "${schema}".wearable_sample where patient_id = $1)
      and not exists (select 1 from "${schema}".wearable_sample x where x.patient_id = $2 and x.provider = s.provider and x.source_key = s.source_key and x.start_at = s.start_at)`, [target, source]);
    expect(back.rowCount).toBeGreaterThan(0);
    [now, rebuilt] = await rollupsAndRebuilt([source, target]);
    expect(now).toEqual(rebuilt);
    const counted = await db.query(`select sum(n)::int as n from "${schema}".wearable_sample_rollup where patient_id = any($1::uuid[])`, [[source, target]]);
    expect(counted.rows[0].n).toBe(2148 + held);
  });
});
