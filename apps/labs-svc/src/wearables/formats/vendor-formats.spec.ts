import { readFileSync } from 'node:fs';
import { dexcomApiFormat } from './dexcom-api.js';
import { ouraFormat } from './oura.js';
import { whoopFormat } from './whoop.js';

const OURA = new URL('../../../../../../shared/data/wearables/oura/', import.meta.url);
const WHOOP = new URL('../../../../../../shared/data/wearables/whoop/', import.meta.url);
const read = (dir: URL, f: string) => readFileSync(new URL(f, dir), 'utf8');

describe('detection from the content', () => {
  it.each([
    ['oura', OURA, 'oura_v2_heartrate.json'], ['oura', OURA, 'oura_v2_sleep.json'], ['oura', OURA, 'oura_v2_daily_readiness.json'],
    ['whoop', WHOOP, 'whoop_v1_sleep_collection.json'], ['whoop', WHOOP, 'whoop_v1_recovery_for_cycle.json'], ['whoop', WHOOP, 'whoop_v1_cycle_by_id.json'],
  ])('%s recognises %s', (vendor, dir, file) => {
    const head = read(dir as URL, file as string);
    expect(ouraFormat.detect(head)).toBe(vendor === 'oura');
    expect(whoopFormat.detect(head)).toBe(vendor === 'whoop');
    expect(dexcomApiFormat.detect(head)).toBe(false);
  });

  it('recognises a Dexcom v3 egvs response and nothing else as one', () => {
    expect(dexcomApiFormat.detect('{ "recordType": "egv", "recordVersion": "3.0", "userId": "u", "records": [] }')).toBe(true);
    expect(dexcomApiFormat.detect('Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type')).toBe(false);
  });
});

describe('Oura API v2', () => {
  it('reads heart rate with its instant and source; the key does not depend on how the document arrived', async () => {
    const out = await ouraFormat.parse(read(OURA, 'oura_v2_heartrate.json'), {});
    expect(out.samples).toEqual([expect.objectContaining({
      provider: 'oura', metric: 'heart_rate', value: 60, unit: '/min', start: new Date('2021-01-01T01:02:03Z'), sourceKey: 'heartrate:2021-01-01T01:02:03.000Z:sleep',
    })]);
  });

  it('reads a sleep period: stages in seconds, asleep = deep + light + rem when the total is null, a night summary', async () => {
    const out = await ouraFormat.parse(read(OURA, 'oura_v2_sleep.json'), {});
    const by = Object.fromEntries(out.samples.map((s) => [s.metric, s.value]));
    // 4170 + 18750 + 2280, from the documentation's example (total_sleep_duration is null there).
    expect(by).toMatchObject({ sleep_duration: 25200, time_in_bed: 30000, sleep_deep: 4170, sleep_light: 18750, sleep_rem: 2280, sleep_awake: 4800, hrv_rmssd: 117, heart_rate_lowest: 48 });
    expect(out.summaries).toEqual([expect.objectContaining({ kind: 'sleep', day: '2022-07-12', values: expect.objectContaining({ duration: 25200, efficiency: 84, latency: 540 }) })]);
    expect(out.samples[0]!.start).toEqual(new Date('2022-07-12T08:05:14Z'));
  });

  it('reads the daily documents as summaries, and an SpO2 average of 0 as no reading', async () => {
    const readiness = await ouraFormat.parse(read(OURA, 'oura_v2_daily_readiness.json'), {});
    expect(readiness.summaries).toEqual([expect.objectContaining({ kind: 'readiness', day: '2021-10-27', values: expect.objectContaining({ score: 66, temperatureDeviation: -0.2 }) })]);
    const activity = await ouraFormat.parse(read(OURA, 'oura_v2_daily_activity.json'), {});
    // The day starts where the ring was: 04:00 at -08:00, as Oura's timestamp says.
    expect(activity.samples.find((x) => x.metric === 'steps')?.start).toEqual(new Date('2021-11-26T12:00:00Z'));
    expect(activity.summaries?.[0]).toMatchObject({ kind: 'activity', day: '2021-11-26', values: { score: 82, steps: 18430, activeCalories: 1222, totalCalories: 3446 } });
    const spo2 = await ouraFormat.parse(read(OURA, 'oura_v2_daily_spo2.json'), {});
    expect(spo2.samples).toEqual([]);
    expect(spo2.rejected).toEqual([{ reason: 'no SpO2 reading', count: 1 }]);
  });

  it('refuses the documentation\'s workout that ends before it starts, rather than flipping it', async () => {
    const out = await ouraFormat.parse(read(OURA, 'oura_v2_workout.json'), {});
    expect(out.samples).toEqual([]);
    expect(out.rejected).toEqual([{ reason: 'end before start', count: 1 }]);
  });
});

describe('WHOOP API v1 and v2', () => {
  it('reads v1 sleep, recovery and cycle records with the day local to the record\'s offset', async () => {
    const sleep = await whoopFormat.parse(read(WHOOP, 'whoop_v1_sleep_collection.json'), {});
    // Starts 2022-04-24T02:25:44Z at -05:00: the evening of the 23rd, local.
    expect(sleep.summaries).toEqual([expect.objectContaining({ kind: 'sleep', day: '2022-04-23', sourceKey: 'sleep:93845', values: expect.objectContaining({ performance: 98, efficiency: 91.69533848 }) })]);
    const recovery = await whoopFormat.parse(read(WHOOP, 'whoop_v1_recovery_collection.json'), {});
    expect(Object.fromEntries(recovery.samples.map((s) => [s.metric, s.value]))).toEqual({ recovery_score: 44, heart_rate_resting: 64, hrv_rmssd: 31.813562, spo2: 95.6875, skin_temperature: 33.7 });
    const cycle = await whoopFormat.parse(read(WHOOP, 'whoop_v1_cycle_collection.json'), {});
    expect(cycle.samples.find((s) => s.metric === 'energy_expended')).toMatchObject({ value: 8288.297, unit: 'kJ' });
  });

  it('keys a v2 record by its v1_id when it has one, so a v1 export and a v2 sync of one sleep are one; by its UUID otherwise', async () => {
    const v1 = JSON.parse(read(WHOOP, 'whoop_v1_sleep_by_id.json')) as Record<string, unknown>;
    const v2 = { ...v1, id: 'ECFC6A15-4661-442F-A9A4-F160DD7AFAE8', v1_id: 93845 };
    const v2new = { ...v1, id: 'ecfc6a15-4661-442f-a9a4-f160dd7afae9' };
    delete (v2new as Record<string, unknown>).v1_id;
    const a = await whoopFormat.parse(JSON.stringify(v1), {});
    const b = await whoopFormat.parse(JSON.stringify({ records: [v2], next_token: null }), {});
    const c = await whoopFormat.parse(JSON.stringify({ records: [v2new], next_token: null }), {});
    expect(b.samples.map((s) => s.sourceKey)).toEqual(a.samples.map((s) => s.sourceKey));
    expect(c.samples[0]!.sourceKey).toBe('sleep:ecfc6a15-4661-442f-a9a4-f160dd7afae9:sleep_efficiency');
  });

  it('skips records not scored yet, and says so', async () => {
    const v1 = JSON.parse(read(WHOOP, 'whoop_v1_cycle_by_id.json')) as Record<string, unknown>;
    const out = await whoopFormat.parse(JSON.stringify({ records: [{ ...v1, score_state: 'PENDING_SCORE', score: null }, { ...v1, id: 2, score_state: 'UNSCORABLE' }] }), {});
    expect(out.samples).toEqual([]);
    expect(out.rejected).toEqual([{ reason: 'not scored yet', count: 1 }, { reason: 'unscorable', count: 1 }]);
  });
});

describe('Dexcom API v3 egvs', () => {
  const response = (records: object[], unit?: string) => JSON.stringify({ recordType: 'egv', recordVersion: '3.0', userId: 'u1', ...(unit ? { unit } : {}), records });
  const rec = { recordId: 'r1', systemTime: '2026-04-30T15:00:00', displayTime: '2026-04-30T08:00:00', transmitterId: '8HX3LM', transmitterTicks: 1, value: 138, status: 'ok', trend: 'fortyFiveUp', trendRate: 1.2, unit: 'mg/dL', rateUnit: 'mg/dL/min', displayDevice: 'receiver', transmitterGeneration: 'g6' };

  it('takes systemTime as UTC (a receiver gives no offset) and keeps displayTime as printed, the trend and the device', async () => {
    const out = await dexcomApiFormat.parse(response([rec, { ...rec, recordId: 'r2', transmitterTicks: 301, systemTime: '2026-04-30T15:05:00-07:00', displayDevice: 'iOS' }]), {});
    // Keyed by transmitter id + ticks, the key a Clarity export's row of the same reading gets (formats.spec.ts).
    expect(out.samples[0]).toMatchObject({ start: new Date('2026-04-30T15:00:00Z'), displayTime: '2026-04-30T08:00:00', value: 138, unit: 'mg/dL', trend: 'fortyFiveUp', device: '8HX3LM', sourceKey: 'egv:tx:8HX3LM:1' });
    expect(out.samples[1]).toMatchObject({ sourceKey: 'egv:tx:8HX3LM:301' });
    // Without ticks a record keeps its own id.
    const { transmitterTicks: _ticks, ...noTicks } = rec;
    expect((await dexcomApiFormat.parse(response([noTicks]), {})).samples[0]).toMatchObject({ sourceKey: 'egv:r1' });
    expect(out.samples[1]!.start).toEqual(new Date('2026-04-30T22:05:00Z'));
  });

  it('stores mmol/L in mg/dL (× 18.0156, rounded as the device shows) keeping the original', async () => {
    const out = await dexcomApiFormat.parse(response([{ ...rec, value: 5.6, unit: 'mmol/L' }]), {});
    // 5.6 × 18.0156 = 100.887 → 101 mg/dL.
    expect(out.samples[0]).toMatchObject({ value: 101, unit: 'mg/dL', originalValue: '5.6', originalUnit: 'mmol/L' });
  });

  it('keeps High and Low as censored readings at the sensor bounds (>400, <40)', async () => {
    const out = await dexcomApiFormat.parse(response([{ ...rec, recordId: 'h', value: null, status: 'high' }, { ...rec, recordId: 'l', value: null, status: 'low' }, { ...rec, recordId: 'n', value: null, status: 'unknown' }]), {});
    expect(out.samples.map((s) => [s.censored, s.value, s.originalValue])).toEqual([['>', 400, 'High'], ['<', 40, 'Low']]);
    expect(out.rejected).toEqual([{ reason: 'record without a value', count: 1 }]);
  });
});
