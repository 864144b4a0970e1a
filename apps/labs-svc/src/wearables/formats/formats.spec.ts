import { createReadStream, readFileSync } from 'node:fs';
import { csvRows } from './csv.js';
import { localToInstant, parseDayFirst } from './local-time.js';
import { WearableInputError } from './reader-kit.js';
import { dexcomEgvSourceKey } from './dexcom-clarity.js';
import { describeHead, detectFormat, HEAD_BYTES, WEARABLE_FORMATS } from './registry.js';
import { mgdlToMmol, mmolToMgdl, glucoseBand } from '../glucose.js';

const CGM = new URL('../../../../../../shared/data/cgm/', import.meta.url);
const path = (f: string) => new URL(f, CGM);
const head = (f: string) => readFileSync(path(f)).subarray(0, HEAD_BYTES).toString('utf8');
const CLARITY_SYNTH = 'dexcom-clarity/cgm_format_Clarity_Export_synthetic.csv';
const CLARITY_G6 = 'dexcom-clarity/cgmquantify_test_file_G6_mgdl.csv';
const LIBRE3 = 'libreview/cgm_format_FreeStyle_Libre_3_synthetic_mgdl.csv';
const LIBRE_MMOL = 'libreview/glyco_tiny_sample_no_metadata_row_mmol.csv';
const NIGHTSCOUT = 'nightscout/cgm_format_nightscout_entries.json';

describe('format detection (by content, never by name)', () => {
  it.each([
    [CLARITY_SYNTH, 'dexcom-clarity-csv'],
    [CLARITY_G6, 'dexcom-clarity-csv'],
    [LIBRE3, 'libreview-csv'],
    [LIBRE_MMOL, 'libreview-csv'],
    [NIGHTSCOUT, 'nightscout-entries-json'],
  ])('%s is %s, and no other format claims it', (file, id) => {
    expect(detectFormat(head(file))?.id).toBe(id);
    expect(WEARABLE_FORMATS.filter((f) => f.detect(head(file))).map((f) => f.id)).toEqual([id]);
  });

  it('recognises nothing in a lab report or random CSV, and says what it saw (names only)', () => {
    const csv = 'date,steps,calories\n2026-01-01,1234,2000\n';
    expect(detectFormat(csv)).toBeNull();
    expect(describeHead(csv)).toBe('CSV with columns date, steps, calories');
    expect(describeHead('{"foo": {"bar": 1}}')).toBe('JSON with keys foo, bar');
    expect(describeHead('')).toBe('an empty file');
  });
});

describe('Dexcom Clarity CSV', () => {
  it('reads the synthetic Android export: mangled BOM header, space-separated times, Low words, insulin, transmitter key', async () => {
    const data = await WEARABLE_FORMATS[0]!.parse(createReadStream(path(CLARITY_SYNTH)), { timeZone: 'UTC' });
    const glucose = data.samples.filter((s) => s.metric === 'glucose');
    // 3,922 EGV rows (awk over the file), 5 of them the word Low; 47 insulin rows.
    expect(glucose).toHaveLength(3922);
    expect(glucose.filter((s) => s.censored === '<')).toHaveLength(5);
    expect(glucose.find((s) => s.censored === '<')).toMatchObject({ value: 40, originalValue: 'Low', displayTime: '1961-04-17T04:17:00' });
    expect(data.samples.filter((s) => s.metric === 'insulin')).toHaveLength(47);
    expect(data.samples.find((s) => s.metric === 'insulin')).toMatchObject({ value: 27, unit: 'U', attributes: expect.objectContaining({ insulinType: 'Long-Acting' }) });
    expect(glucose[0]).toMatchObject({
      provider: 'dexcom', device: 'HBRPOI', value: 144, unit: 'mg/dL', sourceKey: 'egv:tx:HBRPOI:4240874', displayTime: '1961-04-12T00:56:47',
      start: new Date('1961-04-12T00:56:47Z'),
    });
    // The Dexcom API's egvs record for the same reading (transmitterId + transmitterTicks) gets the same key.
    expect(dexcomEgvSourceKey({ transmitterId: 'HBRPOI', transmitterTicks: 4240874, systemTime: '1961-04-12T00:56:47Z' })).toBe(glucose[0]!.sourceKey);
    // Alert settings without a timestamp are not rows of data: nothing refused.
    expect(data.rejected).toEqual([]);
  });

  it('reads the real G6 web export without transmitter columns, keyed by device and display time, in the import zone', async () => {
    const data = await WEARABLE_FORMATS[0]!.parse(readFileSync(path(CLARITY_G6), 'utf8'), { timeZone: 'America/Los_Angeles' });
    expect(data.samples).toHaveLength(2148);
    // 2016-10-24 11:24:17 Pacific daylight time (UTC-7).
    expect(data.samples[0]).toMatchObject({ value: 103, sourceKey: 'egv:dt:iPhone G6:2016-10-24T11:24:17', start: new Date('2016-10-24T18:24:17Z') });
  });

  it('refuses zone-less display times without a zone', async () => {
    await expect(WEARABLE_FORMATS[0]!.parse(readFileSync(path(CLARITY_G6), 'utf8'), {})).rejects.toBeInstanceOf(WearableInputError);
  });

  it('reads High, calibration, carbs, exercise and mmol/L; refuses alert rows with a reason', async () => {
    const csv = [
      '\uFEFFIndex,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mmol/L),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),Glucose Rate of Change (mmol/L/min),Transmitter Time (Long Integer),Transmitter ID',
      '1,,FirstName,,Ada,,,,,,,,,',
      '2,2026-01-05T08:00:00,EGV,,,,G7,High,,,,,100,TX1',
      '3,2026-01-05T08:05:00,EGV,,,,G7,5.6,,,,0.1,400,TX1',
      '4,2026-01-05T08:07:00,Calibration,,,,G7,6.1,,,,,,',
      '5,2026-01-05T08:10:00,Carbs,,,,G7,,,45,,,,',
      '6,2026-01-05T09:00:00,Exercise,Medium,,,G7,,,,0:30:00,,,',
      '7,2026-01-05T09:00:00,Alert,High,,,G7,14.0,,,,,,',
    ].join('\r\n');
    const data = await WEARABLE_FORMATS[0]!.parse(csv, { timeZone: 'Asia/Kathmandu' });
    const by = (m: string) => data.samples.filter((s) => s.metric === m);
    expect(by('glucose').map((s) => [s.value, s.censored, s.originalValue, s.originalUnit])).toEqual([[400, '>', 'High', 'mmol/L'], [101, null, '5.6', 'mmol/L']]);
    // Kathmandu is UTC+05:45.
    expect(by('glucose')[0]!.start).toEqual(new Date('2026-01-05T02:15:00Z'));
    expect(by('glucose_meter')[0]).toMatchObject({ value: 110, originalValue: '6.1' });
    expect(by('carbohydrate_intake')[0]).toMatchObject({ value: 45, unit: 'g' });
    expect(by('exercise')[0]).toMatchObject({ value: 1800, unit: 's', end: new Date('2026-01-05T03:45:00Z') });
    expect(data.rejected).toEqual([{ reason: 'alert event (not a reading)', count: 1 }]);
  });

  it('reads every timestamp shape a Clarity export prints, refuses impossible ones, also split across 7-byte chunks', async () => {
    const csv = [
      'Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,Source Device ID,Glucose Value (mg/dL),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),Glucose Rate of Change (mg/dL/min),Transmitter Time (Long Integer),Transmitter ID',
      '1,2024-02-29T23:55:00,EGV,,,,G7,101,,,,,100,TX1',
      '2,2024-02-29 23:58:07,EGV,,,,G7,102,,,,,101,TX1',
      '3,2024-03-01T00:05,EGV,,,,G7,103,,,,,102,TX1',
      '4, 2024-03-01T00:10:00 ,EGV,,,,G7,104,,,,,103,TX1',
      '5,2025-02-29T00:00:00,EGV,,,,G7,105,,,,,104,TX1',
      '6,2024-03-01T24:00:00,EGV,,,,G7,106,,,,,105,TX1',
      '7,2024-3-01T00:15:00,EGV,,,,G7,107,,,,,106,TX1',
      '8,2024-03-01T00:1a:00,EGV,,,,G7,108,,,,,107,TX1',
    ].join('\n');
    const whole = await WEARABLE_FORMATS[0]!.parse(csv, { timeZone: 'America/New_York' });
    async function* sevenBytes() {
      const bytes = Buffer.from(csv);
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const stream = WEARABLE_FORMATS[0]!.stream(sevenBytes() as never, { timeZone: 'America/New_York' });
    const streamed: typeof whole.samples = [];
    for await (const batch of stream.batches) streamed.push(...batch);
    for (const data of [whole, { samples: streamed, rejected: stream.rejected() }]) {
      // New York is UTC−05:00 in winter; a time without seconds is at :00; a leap day exists in 2024, not in 2025.
      expect(data.samples.map((s) => [s.start.toISOString(), s.displayTime, s.value])).toEqual([
        ['2024-03-01T04:55:00.000Z', '2024-02-29T23:55:00', 101],
        ['2024-03-01T04:58:07.000Z', '2024-02-29T23:58:07', 102],
        ['2024-03-01T05:05:00.000Z', '2024-03-01T00:05:00', 103],
        ['2024-03-01T05:10:00.000Z', '2024-03-01T00:10:00', 104],
      ]);
      expect(data.rejected).toEqual([{ reason: 'unreadable timestamp', count: 4 }]);
    }
  });
});

describe('LibreView CSV', () => {
  it('reads the Libre 3 export (metadata row, mg/dL): historic, scans, type 6 refused with a reason', async () => {
    const data = await WEARABLE_FORMATS[1]!.parse(createReadStream(path(LIBRE3)), { timeZone: 'Europe/Moscow' });
    expect(data.samples.filter((s) => s.metric === 'glucose')).toHaveLength(4305);
    expect(data.samples.filter((s) => s.metric === 'glucose_scan')).toHaveLength(316);
    expect(data.rejected).toEqual([{ reason: 'note or time-change record (type 6, not a reading)', count: 936 }]);
    expect(data.samples[0]).toMatchObject({
      provider: 'libre', device: '7F354325-542B-43DB-8E4C-F8FAF6F31CAC', value: 98, displayTime: '1961-04-12T22:30:00',
      sourceKey: '7F354325-542B-43DB-8E4C-F8FAF6F31CAC:1961-04-12T22:30:00:0', start: new Date('1961-04-12T19:30:00Z'),
    });
  });

  it('reads the LibreLink mmol/L export without its metadata row; 18.0156 mg/dL per mmol/L, rounded, the original kept', async () => {
    const data = await WEARABLE_FORMATS[1]!.parse(readFileSync(path(LIBRE_MMOL), 'utf8'), { timeZone: 'Asia/Kathmandu' });
    // 6.3 × 18.0156 = 113.50 → 113; 6.4 → 115.30; 6.5 → 117.10; 6.7 → 120.70; 6.9 → 124.31; 7.1 → 127.91.
    expect(data.samples.map((s) => [s.value, s.originalValue, s.originalUnit])).toEqual([
      [113, '6.3', 'mmol/L'], [115, '6.4', 'mmol/L'], [117, '6.5', 'mmol/L'], [121, '6.7', 'mmol/L'], [124, '6.9', 'mmol/L'], [128, '7.1', 'mmol/L'],
    ]);
    // 16:25 at UTC+05:45 is 10:40Z.
    expect(data.samples[0]!.start).toEqual(new Date('2019-12-05T10:40:00Z'));
  });

  it('refuses zone-less times without a zone', async () => {
    await expect(WEARABLE_FORMATS[1]!.parse(readFileSync(path(LIBRE_MMOL), 'utf8'), {})).rejects.toThrow(/needs timeZone/);
  });

  it('keeps both readings of the repeated hour when DST ends (Europe/Berlin, 25 Oct 2026), with distinct keys', async () => {
    const rows = ['Device,Serial Number,Device Timestamp,Record Type,Historic Glucose mg/dL,Scan Glucose mg/dL'];
    // 01:45, 02:00 … 02:45 (CEST), then 02:00 … 02:45 again (CET), 03:00.
    for (const t of ['01:45', '02:00', '02:15', '02:30', '02:45', '02:00', '02:15', '02:30', '02:45', '03:00']) rows.push(`FreeStyle Libre 2,S1,25-10-2026 ${t},0,100,`);
    const data = await WEARABLE_FORMATS[1]!.parse(rows.join('\n'), { timeZone: 'Europe/Berlin' });
    expect(data.samples.map((s) => s.start.toISOString())).toEqual([
      '2026-10-24T23:45:00.000Z', '2026-10-25T00:00:00.000Z', '2026-10-25T00:15:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-25T00:45:00.000Z',
      '2026-10-25T01:00:00.000Z', '2026-10-25T01:15:00.000Z', '2026-10-25T01:30:00.000Z', '2026-10-25T01:45:00.000Z', '2026-10-25T02:00:00.000Z',
    ]);
    expect(new Set(data.samples.map((s) => s.sourceKey)).size).toBe(10);
    expect(data.samples[5]!.sourceKey).toBe('S1:2026-10-25T02:00:00:0#2');
  });
});

describe('Nightscout entries JSON', () => {
  it('reads 1,000 sgv entries: mg/dL, epoch dates, trend arrows, keyed by _id', async () => {
    const data = await WEARABLE_FORMATS[2]!.parse(createReadStream(path(NIGHTSCOUT)), {});
    expect(data.samples).toHaveLength(1000);
    expect(data.samples[0]).toMatchObject({
      provider: 'nightscout', metric: 'glucose', value: 162, trend: 'Flat', sourceKey: 'DE8B497C-82D7-49E4-B0C1-0DD0BFF92586', start: new Date('2026-04-05T20:30:29.000Z'),
    });
    expect(data.rejected).toEqual([]);
  });
});

describe('local times and glucose units', () => {
  it('moves a time in the spring-forward gap forward by the gap (Berlin 29 Mar 2026 02:30 → 03:30 CEST)', () => {
    expect(localToInstant(parseDayFirst('29-03-2026 02:30')!, 'Europe/Berlin')).toEqual({ instant: new Date('2026-03-29T01:30:00Z'), kind: 'gap' });
  });

  it('converts once, both ways: 100 mg/dL reads 5.6 mmol/L, 5.6 mmol/L reads 101 mg/dL', () => {
    expect(mgdlToMmol(100)).toBe(5.6);
    expect(mmolToMgdl(5.6)).toBe(101);
  });

  it('puts the band edges where the consensus does, in both unit systems', () => {
    expect([53, 54, 69, 70, 180, 181, 250, 251].map(glucoseBand)).toEqual(['veryLow', 'low', 'low', 'inRange', 'inRange', 'high', 'high', 'veryHigh']);
    // mmol/L as a device prints it, converted first: 2.9 → 52, 3.0 → 54, 3.8 → 68, 3.9 → 70, 10.0 → 180, 10.1 → 182, 13.9 → 250, 14.0 → 252.
    expect([2.9, 3.0, 3.8, 3.9, 10.0, 10.1, 13.9, 14.0].map((v) => glucoseBand(mmolToMgdl(v)))).toEqual(['veryLow', 'low', 'low', 'inRange', 'inRange', 'high', 'high', 'veryHigh']);
  });
});

describe('csv reader', () => {
  it('reads quoted fields, doubled quotes and CRLF across chunk borders', async () => {
    async function* parts() {
      for (const c of ['a,"b ""x', '"", c"\r', '\n1,2,3']) yield Buffer.from(c);
    }
    const rows: string[][] = [];
    for await (const r of csvRows(parts())) rows.push(r.fields);
    expect(rows).toEqual([['a', 'b "x", c'], ['1', '2', '3']]);
  });
});
