import type { ParsedWearableData, WearableSample } from '../wearable-sample.js';
import { GLUCOSE_HIGH_BOUND_MGDL, GLUCOSE_LOW_BOUND_MGDL } from '../glucose.js';
import { RejectionTally, WearableInputError } from './reader-kit.js';
import type { WearableFormat } from './registry.js';

async function readAll(input: string | NodeJS.ReadableStream): Promise<string> {
  if (typeof input === 'string') return input;
  const parts: Buffer[] = [];
  for await (const c of input as AsyncIterable<string | Buffer>) parts.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(parts).toString('utf8');
}

const DIRECTIONS = new Set(['DoubleUp', 'SingleUp', 'FortyFiveUp', 'Flat', 'FortyFiveDown', 'SingleDown', 'DoubleDown', 'NOT COMPUTABLE', 'RATE OUT OF RANGE', 'NONE']);

/**
 * Nightscout `entries` JSON (an array, as `/api/v1/entries.json` answers). Nightscout stores glucose in mg/dL;
 * `date` is epoch milliseconds (UTC), so no zone is needed. `sgv` → `glucose` (with its `direction` as the trend;
 * values under 40 / over 400 are the sensor's Low/High and kept censored), `mbg` → `glucose_meter`; `cal` and other
 * types are refused with a reason. The key of a reading is its `_id`.
 */
export const nightscoutFormat: WearableFormat = {
  id: 'nightscout-entries-json',
  detect(head) {
    const t = head.replace(/^\uFEFF/, '').trimStart();
    return t.startsWith('[') && /"sgv"\s*:|"type"\s*:\s*"(sgv|mbg|cal)"/.test(t) && /"date"\s*:/.test(t);
  },
  async parse(input) {
    let entries: unknown;
    try {
      entries = JSON.parse((await readAll(input)).replace(/^\uFEFF/, ''));
    } catch {
      throw new WearableInputError('The Nightscout file is not valid JSON');
    }
    if (!Array.isArray(entries)) throw new WearableInputError('Nightscout entries must be a JSON array');
    const tally = new RejectionTally();
    const samples: WearableSample[] = [];
    for (const e of entries as Record<string, unknown>[]) {
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
    return { format: 'nightscout-entries-json', samples, rejected: tally.list() } satisfies ParsedWearableData;
  },
};
