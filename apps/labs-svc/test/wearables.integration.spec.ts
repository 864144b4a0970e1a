import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Objm, StorageType } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import {
  DomainException, ErrorCode, LABS, LABS_EVENTS, WEARABLE_FILES_BUCKET, WEARABLE_JOBS, type GlucoseSummaryDto, type WearableDailyDto, type WearableDailyStatDto,
  type WearableImportDto, type WearableSamplesDto, type WearableUploadDto,
} from '@pg/contracts';
import { loadLabsServiceConfig } from '@pg/config';
import { startService, STREAM, type NatsRpcClient } from '@pg/messaging';
import {
  actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, publishedAuditEvents, rpcClient, schemaDiff, TEST_DATABASE_URL, type TestWorld,
} from '@pg/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { labsOrmOptions } from '../src/mikro-orm.config.js';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';
import { startLabsHarness, wearableImports, type LabsHarness } from './wearables-test-kit.js';
import { WEARABLE_SINK, type WearableSink } from '../src/wearables/wearable-sample.js';

const CGM = new URL('../../../../shared/data/cgm/', import.meta.url);
const WEARABLES = new URL('../../../../shared/data/wearables/', import.meta.url);
const fixture = (f: string) => readFileSync(new URL(f, CGM));

let h: LabsHarness;
let world: TestWorld;
let app: INestMicroservice;
let rpc: NatsRpcClient;
let nc: NatsConnection;
let db: pg.Client;
let schema: string;

const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as DomainException);
const patientActor = (patientId: string) => actor(['patient'], { patientId });
const clinicianOf = (...patientIds: string[]) => actor(['clinician'], { careTeam: patientIds });

const { stored, queueImport, ended, importFile } = wearableImports(() => h);

const summary = (patientId: string, query: object, who = clinicianOf(patientId)) =>
  rpc.request<GlucoseSummaryDto>(LABS.wearableGlucoseSummary, { patientId, query }, who);

/** Nightscout entries (UTC epoch ms): the simplest way to put exact mg/dL values at exact instants. */
function nightscout(readings: { at: Date; sgv: number }[]): string {
  return JSON.stringify(readings.map((r, i) => ({ _id: `e${i}-${r.at.getTime()}`, date: r.at.getTime(), dateString: r.at.toISOString(), sgv: r.sgv, type: 'sgv', direction: 'Flat' })));
}

beforeAll(async () => {
  h = await startLabsHarness();
  ({ world, app, rpc, nc, db, schema } = h);
});

afterAll(async () => {
  await h?.stop();
});

describe('wearables: schema', () => {
  it('the entities match the migrations (the SQL-only sample tables left to them), and the samples table is partitioned', async () => {
    await expect(schemaDiff(app.get(MikroORM), schema)).resolves.toBe('');
    const { rows } = await db.query(`select c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = $1 and c.relname = 'wearable_sample'`, [schema]);
    expect(rows).toEqual([{ relkind: 'p' }]);
  });
});

describe('wearables: imports', () => {
  const P = randomUUID();

  it('imports a LibreLink mmol/L export in the zone it says (+05:45), stores mg/dL with the original, makes the month partition as the app role', async () => {
    const imp = await importFile(P, fixture('libreview/glyco_tiny_sample_no_metadata_row_mmol.csv'), 'Asia/Kathmandu');
    expect(imp).toMatchObject({ status: 'completed', format: 'libreview-csv', provider: 'libre', accepted: 6, duplicates: 0, rejected: 0, reasons: [], timeZone: 'Asia/Kathmandu' });
    const { rows } = await db.query(
      `select value, original_value, original_unit, start_at, tableoid::regclass::text as part from "${schema}".wearable_sample where patient_id = $1 order by start_at`, [P]);
    expect(rows.map((r) => [r.value, r.original_value, r.original_unit])).toEqual([
      [113, '6.3', 'mmol/L'], [115, '6.4', 'mmol/L'], [117, '6.5', 'mmol/L'], [121, '6.7', 'mmol/L'], [124, '6.9', 'mmol/L'], [128, '7.1', 'mmol/L'],
    ]);
    expect(rows[0].start_at).toEqual(new Date('2019-12-05T10:40:00Z'));
    expect(rows[0].part).toMatch(/wearable_sample_2019_12$/);
    const again = await rpc.request<WearableImportDto>(LABS.wearableImportGet, { patientId: P, importId: imp.id }, clinicianOf(P));
    expect(again).toEqual(imp);
  });

  it('re-importing the same export adds nothing: every reading is a duplicate', async () => {
    const imp = await importFile(P, fixture('libreview/glyco_tiny_sample_no_metadata_row_mmol.csv'), 'Asia/Kathmandu');
    expect(imp).toMatchObject({ status: 'completed', accepted: 0, duplicates: 6 });
    // Even read in another zone: the key is the source's (serial, device time, record type), not a time guess.
    expect(await importFile(P, fixture('libreview/glyco_tiny_sample_no_metadata_row_mmol.csv'), 'Europe/Paris')).toMatchObject({ accepted: 0, duplicates: 6 });
    const { rows } = await db.query(`select count(*)::int as n from "${schema}".wearable_sample where patient_id = $1`, [P]);
    expect(rows[0].n).toBe(6);
  });

  it('keeps daily stats per local day, mean 119.67 over the six readings (hand-computed: 718 / 6)', async () => {
    const stats = await rpc.request<WearableDailyStatDto[]>(LABS.wearableStats, { patientId: P, query: { metric: 'glucose', from: '2019-12-01', to: '2019-12-31' } }, clinicianOf(P));
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatchObject({ day: '2019-12-05', count: 6, min: 113, max: 128 });
    expect(stats[0]!.avg).toBeCloseTo(718 / 6, 6);
    expect(stats[0]!.mean7).toBeCloseTo(718 / 6, 6);
  });

  it('refuses zone-less times without a zone, and an unknown format, with 422 saying what it saw', async () => {
    const noZone = await failure(queueImport(P, fixture('libreview/glyco_tiny_sample_no_metadata_row_mmol.csv')));
    expect(noZone?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect(noZone?.message).toMatch(/needs timeZone/);
    const unknown = await failure(queueImport(P, 'date,steps,calories\n2026-01-01,1234,2000\n', 'UTC'));
    expect(unknown?.code).toBe(ErrorCode.UNPROCESSABLE);
    expect(unknown?.message).toContain('CSV with columns date, steps, calories');
    expect(unknown?.message).toContain('libreview-csv');
    const badZone = await failure(queueImport(P, fixture('libreview/glyco_tiny_sample_no_metadata_row_mmol.csv'), 'Mars/Olympus'));
    expect(badZone?.code).toBe(ErrorCode.VALIDATION_FAILED);
  });

  it('imports the synthetic Clarity export (3,922 EGV incl. 5 Low, 47 insulin) and publishes labs.wearable.imported with counts only', async () => {
    const Q = randomUUID();
    const imp = await importFile(Q, fixture('dexcom-clarity/cgm_format_Clarity_Export_synthetic.csv'), 'UTC');
    expect(imp).toMatchObject({ status: 'completed', format: 'dexcom-clarity-csv', provider: 'dexcom', accepted: 3969, duplicates: 0, rejected: 0 });
    // Published once the import has committed: read EVENTS until it is there (with a deadline).
    const jsm = await jetstreamManager(nc);
    const stream = world.ns.stream(STREAM.events);
    const deadline = Date.now() + 10_000;
    let mine: Record<string, unknown> | undefined;
    while (!mine && Date.now() < deadline) {
      const info = await jsm.streams.info(stream);
      const consumer = await jetstream(nc).consumers.get(stream, { deliver_policy: DeliverPolicy.All, ack_policy: AckPolicy.None } as never);
      let seen = 0;
      for await (const m of await consumer.fetch({ max_messages: info.state.messages, expires: 2000 })) {
        if (m.subject === world.ns.subject(`events.${LABS_EVENTS.wearableImported}`) && m.json<{ importId: string }>().importId === imp.id) mine = m.json();
        if (++seen >= info.state.messages) break;
      }
    }
    expect(mine).toEqual({ importId: imp.id, patientId: Q, provider: 'dexcom', accepted: 3969, duplicates: 0, rejected: 0, occurredAt: expect.any(String) });
  });

  it('the same reading through the upload and the sync is one sample with both channels recorded', async () => {
    const R = randomUUID();
    const text = nightscout([{ at: new Date('2026-02-01T08:00:00Z'), sgv: 120 }, { at: new Date('2026-02-01T08:05:00Z'), sgv: 125 }]);
    expect(await importFile(R, text)).toMatchObject({ accepted: 2, duplicates: 0 });
    const sink = app.get<WearableSink>(WEARABLE_SINK);
    const synced = await sink.write(R, 'sync', {
      format: 'test', rejected: [],
      samples: [
        { provider: 'nightscout', device: null, metric: 'glucose', start: new Date('2026-02-01T08:05:00Z'), end: null, value: 125, unit: 'mg/dL', sourceKey: 'e1-1769933100000' },
        { provider: 'nightscout', device: null, metric: 'glucose', start: new Date('2026-02-01T08:10:00Z'), end: null, value: 130, unit: 'mg/dL', sourceKey: 'sync-only' },
      ],
    }, { connectionId: randomUUID() });
    expect(synced).toEqual({ accepted: 1, duplicates: 1 });
    const { rows } = await db.query(`select source_key, channels from "${schema}".wearable_sample where patient_id = $1 order by source_key`, [R]);
    expect(rows).toEqual([
      { source_key: 'e0-1769932800000', channels: ['upload'] },
      { source_key: 'e1-1769933100000', channels: ['upload', 'sync'] },
      { source_key: 'sync-only', channels: ['sync'] },
    ]);
  });

  it('stores daily summaries through the sink and answers LABS.wearableDaily', async () => {
    const S = randomUUID();
    const sink = app.get<WearableSink>(WEARABLE_SINK);
    const out = await sink.write(S, 'sync', {
      format: 'test', rejected: [], samples: [],
      summaries: [
        { provider: 'oura', kind: 'sleep', day: '2026-03-01', sourceKey: 'oura-sleep-1', values: { score: 82, total_sleep_duration: 27000 } },
        { provider: 'whoop', kind: 'recovery', day: '2026-03-01', sourceKey: 'whoop-rec-1', values: { score: 64, hrv_rmssd: 48.2, resting_heart_rate: 52 } },
      ],
    }, {});
    expect(out).toEqual({ accepted: 2, duplicates: 0 });
    const daily = await rpc.request<WearableDailyDto[]>(LABS.wearableDaily, { patientId: S, query: { from: '2026-03-01', to: '2026-03-02' } }, patientActor(S));
    expect(daily).toEqual([
      { day: '2026-03-01', kind: 'recovery', provider: 'whoop', values: { score: 64, hrv_rmssd: 48.2, resting_heart_rate: 52 } },
      { day: '2026-03-01', kind: 'sleep', provider: 'oura', values: { score: 82, total_sleep_duration: 27000 } },
    ]);
  });
});

describe('wearables: the import job', () => {
  const samplesOf = async (patientId: string) =>
    (await db.query(`select count(*)::int as n from "${schema}".wearable_sample where patient_id = $1`, [patientId])).rows[0].n as number;

  it('answers queued at once, is running while it waits for the patient\'s turn, then completed with its counts; recorded as labs-svc on behalf of the patient', async () => {
    const P = randomUUID();
    // Hold the patient's write turn (what another import or a sync of the patient would hold) from outside.
    const holder = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await holder.connect();
    let importId = '';
    try {
      await holder.query('begin');
      await holder.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`wearable:${P}`]);
      const queued = await queueImport(P, nightscout([0, 1, 2].map((i) => ({ at: new Date(Date.parse('2026-03-01T10:00:00Z') + i * 300_000), sgv: 100 + i }))));
      importId = queued.id;
      expect(queued).toMatchObject({ status: 'queued', format: 'nightscout-entries-json', accepted: 0, duplicates: 0, rejected: 0, completedAt: null, error: null });
      const deadline = Date.now() + 20_000;
      let seen = queued;
      while (seen.status === 'queued' && Date.now() < deadline) {
        seen = await rpc.request<WearableImportDto>(LABS.wearableImportGet, { patientId: P, importId: queued.id }, clinicianOf(P));
        if (seen.status === 'queued') await new Promise((r) => setTimeout(r, 25));
      }
      expect(seen.status).toBe('running');
      expect(await samplesOf(P)).toBe(0);
      await holder.query('commit');
    } finally {
      await holder.end();
    }
    const done = await ended(P, importId);
    expect(done).toMatchObject({ status: 'completed', provider: 'nightscout', accepted: 3, duplicates: 0, rejected: 0, error: null, completedAt: expect.any(String) });
    expect(await samplesOf(P)).toBe(3);
    const events = await publishedAuditEvents(nc, world);
    expect(events.filter((e) => e.resource.type === 'wearable-import' && e.action === 'import' && e.resource.id === done.id)).toEqual([
      expect.objectContaining({ outcome: 'success', actor: expect.objectContaining({ kind: 'service', subject: 'service:labs-svc', onBehalfOf: P }), resource: expect.objectContaining({ patientId: P }) }),
    ]);
  });

  it('a file that breaks after its first bytes fails with the reason, and keeps none of the readings before the break', async () => {
    const P = randomUUID();
    const good = nightscout([0, 1, 2].map((i) => ({ at: new Date(Date.parse('2026-03-02T10:00:00Z') + i * 300_000), sgv: 110 + i })));
    // Recognised from its start (a Nightscout array of sgv entries), cut off in the middle of the fourth entry.
    const broken = `${good.slice(0, -1)},{"_id":"e3","date":`;
    const imp = await importFile(P, broken);
    expect(imp).toMatchObject({ status: 'failed', format: 'nightscout-entries-json', accepted: 0, error: 'The Nightscout file is not valid JSON' });
    expect(await samplesOf(P)).toBe(0);
    const events = await publishedAuditEvents(nc, world);
    expect(events.filter((e) => e.resource.type === 'wearable-import' && e.action === 'import' && e.resource.id === imp.id)).toEqual([
      expect.objectContaining({ action: 'import', outcome: 'error', actor: expect.objectContaining({ kind: 'service', onBehalfOf: P }) }),
    ]);
  });

  it('re-importing the shared exports (Libre 3, Nightscout, Oura) adds nothing twice', async () => {
    const P = randomUUID();
    const files: [Buffer, string | undefined][] = [
      [fixture('libreview/cgm_format_FreeStyle_Libre_3_synthetic_mgdl.csv'), 'Europe/Berlin'],
      [fixture('nightscout/cgm_format_nightscout_entries.json'), undefined],
      [readFileSync(new URL('oura/oura_v2_daily_sleep.json', WEARABLES)), undefined],
    ];
    const first: WearableImportDto[] = [];
    for (const [bytes, zone] of files) first.push(await importFile(P, bytes, zone));
    expect(first.map((i) => i.status)).toEqual(['completed', 'completed', 'completed']);
    expect(first.every((i) => i.accepted > 0)).toBe(true);
    const stored = await samplesOf(P);
    const again: WearableImportDto[] = [];
    for (const [bytes, zone] of files) again.push(await importFile(P, bytes, zone));
    expect(again.map((i) => [i.status, i.accepted, i.duplicates])).toEqual(first.map((i) => ['completed', 0, i.accepted]));
    expect(await samplesOf(P)).toBe(stored);
  });
});

describe('wearables: access and audit', () => {
  const P = randomUUID();

  it('the patient uploads their own; nobody uploads for another; clinicians on the team read, others get 404; coordinators and auditors 403', async () => {
    const text = nightscout([{ at: new Date('2026-02-01T08:00:00Z'), sgv: 120 }]);
    expect((await failure(queueImport(P, text, undefined, patientActor(randomUUID()))))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(queueImport(P, text, undefined, clinicianOf(P))))?.code).toBe(ErrorCode.FORBIDDEN);
    expect(await importFile(P, text)).toMatchObject({ accepted: 1 });
    const q = { patientId: P, query: { metric: 'glucose', from: '2026-02-01', to: '2026-02-01', bucket: '1h' } };
    expect((await rpc.request<WearableSamplesDto>(LABS.wearableSamples, q, clinicianOf(P))).buckets).toHaveLength(1);
    expect((await failure(rpc.request(LABS.wearableSamples, q, clinicianOf(randomUUID()))))?.code).toBe(ErrorCode.NOT_FOUND);
    expect((await failure(rpc.request(LABS.wearableSamples, q, actor(['coordinator'], { careTeam: [P] }))))?.code).toBe(ErrorCode.FORBIDDEN);
    expect((await failure(rpc.request(LABS.wearableSamples, q, actor(['auditor']))))?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('records every read, allowed or refused', async () => {
    const reader = clinicianOf(P);
    await summary(P, { from: '2026-02-01', to: '2026-02-01' }, reader);
    const outsider = clinicianOf(randomUUID());
    await failure(summary(P, { from: '2026-02-01', to: '2026-02-01' }, outsider));
    const events = await publishedAuditEvents(nc, world);
    expect(events.filter((e) => e.actor.principalId === reader.principalId)).toEqual([
      expect.objectContaining({ action: 'read', outcome: 'success', resource: expect.objectContaining({ type: 'glucose-summary', patientId: P }) }),
    ]);
    expect(events.filter((e) => e.actor.principalId === outsider.principalId)).toEqual([expect.objectContaining({ action: 'read', outcome: 'denied' })]);
  });
});

describe('wearables: reads', () => {
  it('buckets by hour across the repeated hour (Berlin, 25 Oct 2026: 25 local hours of 15-min Libre readings = 100)', async () => {
    const P = randomUUID();
    const rows = ['Device,Serial Number,Device Timestamp,Record Type,Historic Glucose mg/dL,Scan Glucose mg/dL'];
    const stamps: string[] = [];
    for (let h = 0; h < 24; h++) for (const m of [0, 15, 30, 45]) stamps.push(`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    // The clock shows 02:00–02:45 twice.
    const day = [...stamps.slice(0, 12), ...stamps.slice(8, 12), ...stamps.slice(12)];
    for (const t of day) rows.push(`FreeStyle Libre 2,S-DST,25-10-2026 ${t},0,${100 + Number(t.slice(0, 2))},`);
    expect(await importFile(P, rows.join('\n'), 'Europe/Berlin')).toMatchObject({ accepted: 100, duplicates: 0 });
    const hourly = await rpc.request<WearableSamplesDto>(LABS.wearableSamples, {
      patientId: P, query: { metric: 'glucose', from: '2026-10-25', to: '2026-10-25', bucket: '1h', timeZone: 'Europe/Berlin' },
    }, clinicianOf(P));
    expect(hourly.unit).toBe('mg/dL');
    expect(hourly.buckets).toHaveLength(25);
    expect(hourly.buckets.every((b) => b.count === 4)).toBe(true);
    expect(hourly.buckets[0]).toEqual({ start: '2026-10-24T22:00:00.000Z', min: 100, max: 100, mean: 100, count: 4 });
    const daily = await rpc.request<WearableSamplesDto>(LABS.wearableSamples, {
      patientId: P, query: { metric: 'glucose', from: '2026-10-25', to: '2026-10-25', bucket: '1d', timeZone: 'Europe/Berlin' },
    }, clinicianOf(P));
    expect(daily.buckets).toEqual([expect.objectContaining({ start: '2026-10-24T22:00:00.000Z', count: 100 })]);
    // 100 readings × 15 min = 25 h: the whole (25-hour) day, not 104%.
    const s = await summary(P, { from: '2026-10-25', to: '2026-10-25', timeZone: 'Europe/Berlin' });
    expect(s.coveragePercent).toBe(100);
    expect(s.streams).toEqual([{ provider: 'libre', device: 'S-DST', intervalMinutes: 15, readings: 100 }]);
  });
});

describe('wearables: glucose summary (Battelino 2019)', () => {
  it('puts 53/54/69/70/180/181/250/251 mg/dL and High/Low in the consensus bands; censored readings out of mean and SD', async () => {
    const P = randomUUID();
    const values = [53, 54, 69, 70, 180, 181, 250, 251];
    const t0 = Date.parse('2026-05-01T00:00:00Z');
    const entries = values.map((v, i) => ({ at: new Date(t0 + i * 300_000), sgv: v }));
    // Nightscout's Low (39) and High (401) readings: censored at 40 and 400.
    entries.push({ at: new Date(t0 + 8 * 300_000), sgv: 39 }, { at: new Date(t0 + 9 * 300_000), sgv: 401 });
    expect(await importFile(P, nightscout(entries))).toMatchObject({ accepted: 10 });
    const s = await summary(P, { from: '2026-05-01', to: '2026-05-01' });
    // 10 readings, equal 5-min weights: <54: 53 and Low = 20%; 54–69: 2 = 20%; 70–180: 2 = 20%; 181–250: 2 = 20%; >250: 251 and High = 20%.
    expect(s.timeInRanges).toEqual({ veryLow: 20, low: 20, inRange: 20, high: 20, veryHigh: 20 });
    expect(s.censored).toMatchObject({ high: 1, low: 1 });
    // Mean of the 8 uncensored values: 1108 / 8 = 138.5 (7.688 → 7.7 mmol/L); sample SD √(52590 / 7) = 86.68; GMI 3.31 + 0.02392 × 138.5 = 6.62 (hand-computed).
    expect(s.mean).toEqual({ mgdl: 138.5, mmol: 7.7 });
    expect(s.sd!.mgdl).toBeCloseTo(86.7, 1);
    expect(s.gmi).toBe(6.62);
    expect(s.agp).toMatchObject({ sufficient: false, bins: [] });
    expect(s.agp.reason).toMatch(/1 days with readings/);
  });

  it('the same band edges from a mmol/L LibreView export (2.9 3.0 3.8 3.9 10.0 10.1 13.9 14.0)', async () => {
    const P = randomUUID();
    const rows = ['Device,Serial Number,Device Timestamp,Record Type,Historic Glucose mmol/L,Scan Glucose mmol/L'];
    ['2.9', '3.0', '3.8', '3.9', '10.0', '10.1', '13.9', '14.0'].forEach((v, i) => rows.push(`FreeStyle Libre 2,S-MMOL,02-05-2026 0${i}:00,0,${v},`));
    expect(await importFile(P, rows.join('\r\n'), 'UTC')).toMatchObject({ accepted: 8 });
    const s = await summary(P, { from: '2026-05-02', to: '2026-05-02' });
    expect(s.timeInRanges).toEqual({ veryLow: 12.5, low: 25, inRange: 25, high: 25, veryHigh: 12.5 });
  });

  it('agrees with a reference computed here from the raw G6 export (mean, SD, CV, GMI, bands, coverage, days)', async () => {
    const P = randomUUID();
    const text = fixture('dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv').toString('utf8');
    expect(await importFile(P, text, 'UTC')).toMatchObject({ accepted: 2148 });
    // The reference: straight from the CSV lines (not through the readers), equal 5-minute weights.
    const readings = [...text.matchAll(/^\d+,(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}),EGV,[^,]*,[^,]*,[^,]*,[^,]*,(\d+),/gm)].map((m) => ({ t: Date.parse(`${m[1]}Z`), v: Number(m[2]) }));
    expect(readings).toHaveLength(2148);
    const n = readings.length;
    const mean = readings.reduce((a, r) => a + r.v, 0) / n;
    const sd = Math.sqrt(readings.reduce((a, r) => a + (r.v - mean) ** 2, 0) / (n - 1));
    const pct = (f: (v: number) => boolean) => Math.round((readings.filter((r) => f(r.v)).length / n) * 1000) / 10;
    readings.sort((a, b) => a.t - b.t);
    const covered = readings.reduce((a, r, i) => a + Math.min(300, i + 1 < n ? (readings[i + 1]!.t - r.t) / 1000 : 300), 0);
    const from = readings[0]!.t;
    const to = readings[n - 1]!.t;
    const firstDay = new Date(from).toISOString().slice(0, 10);
    const lastDay = new Date(to).toISOString().slice(0, 10);
    const days = (Date.parse(lastDay) - Date.parse(firstDay)) / 86_400_000 + 1;
    const s = await summary(P, { from: firstDay, to: lastDay });
    expect(s.readings).toBe(n);
    expect(s.days).toBe(days);
    expect(s.daysWithData).toBe(days);
    expect(s.mean!.mgdl).toBeCloseTo(mean, 1);
    expect(s.sd!.mgdl).toBeCloseTo(sd, 1);
    expect(s.cv!).toBeCloseTo((sd / mean) * 100, 1);
    expect(s.gmi!).toBeCloseTo(3.31 + 0.02392 * mean, 2);
    expect(s.timeInRanges).toEqual({
      veryLow: pct((v) => v < 54), low: pct((v) => v >= 54 && v <= 69), inRange: pct((v) => v >= 70 && v <= 180), high: pct((v) => v >= 181 && v <= 250), veryHigh: pct((v) => v > 250),
    });
    expect(s.coveragePercent).toBeCloseTo((covered / (days * 86_400)) * 100, 1);
    expect(s.streams).toEqual([{ provider: 'dexcom', device: 'iPhone G6', intervalMinutes: 5, readings: n }]);
  });

  it('draws the AGP in the patient\'s zone (+05:45) once there are 14 days at ≥ 70%; percentiles per 15-min bin', async () => {
    const P = randomUUID();
    // 15 days of 5-minute readings whose value is set by the Kathmandu wall clock: 100 + local hour; in each bin
    // the readings of the 12:00 bin alternate 140/160 (so its percentiles spread).
    const entries: { at: Date; sgv: number }[] = [];
    const start = Date.parse('2026-06-01T00:00:00+05:45');
    for (let i = 0; i < 15 * 288; i++) {
      const at = start + i * 300_000;
      const local = new Date(at + (5 * 60 + 45) * 60_000);
      const hour = local.getUTCHours();
      const minute = local.getUTCMinutes();
      const v = hour === 12 && minute < 15 ? (i % 2 ? 160 : 140) : 100 + hour;
      entries.push({ at: new Date(at), sgv: v });
    }
    expect(await importFile(P, nightscout(entries))).toMatchObject({ accepted: 15 * 288 });
    const s = await summary(P, { from: '2026-06-01', to: '2026-06-15', timeZone: 'Asia/Kathmandu' });
    expect(s).toMatchObject({ days: 15, daysWithData: 15, coveragePercent: 100 });
    expect(s.agp.sufficient).toBe(true);
    expect(s.agp.bins).toHaveLength(96);
    expect(s.agp.bins[0]).toMatchObject({ time: '00:00', count: 45, p5: 100, p50: 100, p95: 100 });
    expect(s.agp.bins.find((b) => b.time === '07:45')).toMatchObject({ p5: 107, p25: 107, p50: 107, p75: 107, p95: 107 });
    // 12:00 bin: 45 readings, 22 or 23 of each value: the median is one of them, p5 = 140 and p95 = 160.
    const noon = s.agp.bins.find((b) => b.time === '12:00')!;
    expect([noon.p5, noon.p95]).toEqual([140, 160]);
    // Read in UTC the same data's AGP shifts by 5:45: UTC 00:00 is 05:45 in Kathmandu (105).
    const utc = await summary(P, { from: '2026-06-01', to: '2026-06-15' });
    expect(utc.agp.bins[0]).toMatchObject({ time: '00:00', p50: 105 });
  });
});
