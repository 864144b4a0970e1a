import type { ParsedWearableData, WearableSample } from '../wearable-sample.js';
import { GLUCOSE_HIGH_BOUND_MGDL, GLUCOSE_LOW_BOUND_MGDL } from '../glucose.js';
import { isObject, jsonOf, MGDL_PER_MMOLL, num, str, type WearableFormat } from './format.js';
import { RejectionTally } from './reader-kit.js';
import { dexcomEgvSourceKey } from './dexcom-clarity.js';

/** Dexcom sensors read 40–400 mg/dL (glucose.ts's censoring bounds); outside it the device shows `Low` / `High`. */
const DEXCOM_LOW = GLUCOSE_LOW_BOUND_MGDL;
const DEXCOM_HIGH = GLUCOSE_HIGH_BOUND_MGDL;

const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * `systemTime` is the Dexcom system clock, "nominally UTC": records from a receiver carry no offset and are read as
 * UTC; from a phone app they carry one. `displayTime` is what the device showed (its local time): kept as printed,
 * never used as the instant.
 */
export function dexcomSystemTime(v: unknown): Date | null {
  if (typeof v !== 'string') return null;
  const text = LOCAL.test(v) ? `${v}Z` : ZONED.test(v) ? v : null;
  if (!text) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** One EGV record → a glucose sample in mg/dL (the original value and unit kept), or why not. */
export function readEgv(rec: Record<string, unknown>, responseUnit: string | null): WearableSample | string {
  const recordId = str(rec.recordId);
  if (!recordId) return 'record without recordId';
  const at = dexcomSystemTime(rec.systemTime);
  if (!at) return 'record without a readable systemTime';
  const unit = str(rec.unit) ?? responseUnit;
  const status = str(rec.status);
  const raw = num(rec.value);
  let value: number;
  let censored: '<' | '>' | null = null;
  let originalValue: string | null = raw === null ? null : String(raw);
  let originalUnit: string | null = unit === 'mmol/L' || unit === 'mg/dL' ? unit : null;
  if (raw !== null && unit === 'mmol/L') value = Math.round(raw * MGDL_PER_MMOLL);
  else if (raw !== null && (unit === 'mg/dL' || unit === null || unit === 'unknown')) {
    value = raw;
    originalUnit = 'mg/dL';
  } else if (raw === null && status !== 'high' && status !== 'low') return 'record without a value';
  else value = Number.NaN;
  // Out of the sensor's range: a censored reading at the bound, counted in the extreme band, kept out of means.
  if (status === 'high' && (raw === null || value >= DEXCOM_HIGH)) {
    censored = '>';
    value = DEXCOM_HIGH;
    originalValue ??= 'High';
  } else if (status === 'low' && (raw === null || value <= DEXCOM_LOW)) {
    censored = '<';
    value = DEXCOM_LOW;
    originalValue ??= 'Low';
  } else if (value > DEXCOM_HIGH) {
    censored = '>';
    value = DEXCOM_HIGH;
  } else if (value < DEXCOM_LOW) {
    censored = '<';
    value = DEXCOM_LOW;
  }
  if (!Number.isFinite(value)) return 'record without a value';
  const trend = str(rec.trend);
  return {
    provider: 'dexcom',
    device: str(rec.transmitterId),
    metric: 'glucose',
    start: at,
    end: null,
    value,
    unit: 'mg/dL',
    censored,
    originalValue,
    originalUnit,
    trend: trend && trend !== 'none' && trend !== 'unknown' ? trend : null,
    // The key a Clarity upload of the same reading gets (transmitter id + ticks), so upload and sync are one sample;
    // a record without ticks keeps its own record id.
    sourceKey: str(rec.transmitterId) && num(rec.transmitterTicks) !== null
      ? dexcomEgvSourceKey({ transmitterId: str(rec.transmitterId), transmitterTicks: num(rec.transmitterTicks) })
      : `egv:${recordId}`,
    displayTime: str(rec.displayTime),
    attributes: {
      status,
      trendRate: num(rec.trendRate),
      displayDevice: str(rec.displayDevice),
      transmitterGeneration: str(rec.transmitterGeneration),
      transmitterTicks: num(rec.transmitterTicks),
    },
  };
}

/** Dexcom API v3 `GET /v3/users/self/egvs`: `{ recordType: "egv", recordVersion: "3.0", userId, records: [...] }`. */
export const dexcomApiFormat: WearableFormat = {
  id: 'dexcom-api-egvs',
  detect(head: string): boolean {
    const h = head.trimStart();
    return h.startsWith('{') && /"recordType"\s*:\s*"egvs?"/.test(h);
  },
  async parse(input): Promise<ParsedWearableData> {
    const json = jsonOf(input);
    const rejected = new RejectionTally();
    const samples: WearableSample[] = [];
    if (!isObject(json) || !Array.isArray(json.records)) {
      rejected.add('not a Dexcom egvs response');
      return { format: 'dexcom-api-egvs', samples, rejected: rejected.list() };
    }
    const unit = str(json.unit);
    for (const rec of json.records) {
      const r = isObject(rec) ? readEgv(rec, unit) : 'not an object';
      if (typeof r === 'string') rejected.add(r);
      else samples.push(r);
    }
    return { format: 'dexcom-api-egvs', samples, rejected: rejected.list() };
  },
};
