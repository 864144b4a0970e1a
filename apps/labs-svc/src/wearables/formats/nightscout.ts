import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import streamArray from 'stream-json/streamers/stream-array.js';
import type { WearableSample } from '../wearable-sample.js';
import { GLUCOSE_HIGH_BOUND_MGDL, GLUCOSE_LOW_BOUND_MGDL } from '../glucose.js';
import { streamingFormat, RejectionTally, SAMPLE_BATCH, WearableInputError } from './reader-kit.js';
import type { WearableFormat } from './registry.js';

const DIRECTIONS = new Set(['DoubleUp', 'SingleUp', 'FortyFiveUp', 'Flat', 'FortyFiveDown', 'SingleDown', 'DoubleDown', 'NOT COMPUTABLE', 'RATE OUT OF RANGE', 'NONE']);

/**
 * Nightscout `entries` JSON (an array, as `/api/v1/entries.json` answers). Nightscout stores glucose in mg/dL;
 * `date` is epoch milliseconds (UTC), so no zone is needed. `sgv` → `glucose` (with its `direction` as the trend;
 * values under 40 / over 400 are the sensor's Low/High and kept censored), `mbg` → `glucose_meter`; `cal` and other
 * types are refused with a reason. The key of a reading is its `_id`.
 */
export const nightscoutFormat: WearableFormat = streamingFormat({
  id: 'nightscout-entries-json',
  detect(head) {
    const t = head.replace(/^\uFEFF/, '').trimStart();
    return t.startsWith('[') && /"sgv"\s*:|"type"\s*:\s*"(sgv|mbg|cal)"/.test(t) && /"date"\s*:/.test(t);
  },
  read: (input, _opts, tally) => readEntries(input, tally),
});

/** The entries one by one as the array streams in (stream-json), never the whole document. */
async function* entriesOf(input: string | NodeJS.ReadableStream): AsyncGenerator<unknown> {
  const source = typeof input === 'string' ? Readable.from([input.replace(/^\uFEFF/, '')]) : Readable.from(input as AsyncIterable<Buffer>);
  const items = streamArray.withParserAsStream();
  const piped = pipeline(source, items);
  piped.catch(() => undefined);
  try {
    for await (const item of items as AsyncIterable<{ value: unknown }>) yield item.value;
    await piped;
  } catch (err) {
    if (err instanceof WearableInputError) throw err;
    throw new WearableInputError(/array/i.test(err instanceof Error ? err.message : '') ? 'Nightscout entries must be a JSON array' : 'The Nightscout file is not valid JSON');
  }
}

async function* readEntries(input: string | NodeJS.ReadableStream, tally: RejectionTally): AsyncGenerator<WearableSample[]> {
    let samples: WearableSample[] = [];
    for await (const item of entriesOf(input)) {
      if (samples.length >= SAMPLE_BATCH) {
        yield samples;
        samples = [];
      }
      const e = item as Record<string, unknown>;
      if (!e || typeof e !== 'object') {
        tally.add('not an entry object');
        continue;
      }
      const id = typeof e._id === 'string' ? e._id : typeof e._id === 'object' && e._id && typeof (e._id as { $oid?: unknown }).$oid === 'string' ? (e._id as { $oid: string }).$oid : null;
      const date = typeof e.date === 'number' ? e.date : typeof e.dateString === 'string' ? Date.parse(e.dateString) : NaN;
      if (!id) {
        tally.add('entry without an _id');
        continue;
      }
      if (!Number.isFinite(date)) {
        tally.add('entry without a date');
        continue;
      }
      const device = typeof e.device === 'string' ? e.device.slice(0, 100) : null;
      const attributes: Record<string, string | number | boolean | null> = {};
      if (typeof e.utcOffset === 'number') attributes.utcOffset = e.utcOffset;
      const start = new Date(date);
      const type = typeof e.type === 'string' ? e.type : 'sgv';
      if (type === 'sgv') {
        const v = typeof e.sgv === 'number' ? e.sgv : null;
        if (v === null || v <= 0) {
          tally.add('sgv entry without a value');
          continue;
        }
        const direction = typeof e.direction === 'string' && DIRECTIONS.has(e.direction) ? e.direction : null;
        const censored = v > GLUCOSE_HIGH_BOUND_MGDL ? '>' : v < GLUCOSE_LOW_BOUND_MGDL ? '<' : null;
        samples.push({
          provider: 'nightscout', device, metric: 'glucose', start, end: null,
          value: censored === '>' ? GLUCOSE_HIGH_BOUND_MGDL : censored === '<' ? GLUCOSE_LOW_BOUND_MGDL : v, unit: 'mg/dL', censored,
          originalValue: String(v), originalUnit: 'mg/dL', trend: direction, sourceKey: id, attributes,
        });
      } else if (type === 'mbg') {
        const v = typeof e.mbg === 'number' ? e.mbg : null;
        if (v === null || v <= 0) tally.add('mbg entry without a value');
        else samples.push({ provider: 'nightscout', device, metric: 'glucose_meter', start, end: null, value: v, unit: 'mg/dL', originalValue: String(v), originalUnit: 'mg/dL', sourceKey: id, attributes });
      } else if (type === 'cal') {
        tally.add('calibration entry (sensor slope, not a reading)');
      } else {
        tally.add('unknown entry type');
      }
    }
    if (samples.length) yield samples;
}
