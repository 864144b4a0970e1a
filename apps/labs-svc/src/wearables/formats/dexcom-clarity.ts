import type { WearableSample } from '../wearable-sample.js';
import { GLUCOSE_HIGH_BOUND_MGDL, GLUCOSE_LOW_BOUND_MGDL, toMgdl } from '../glucose.js';
import { csvRowBatches } from './csv.js';
import { isoLocalWall, wallToInstant } from './local-time.js';
import { streamingFormat, parseNumber, RejectionTally, requireZone, SAMPLE_BATCH, WearableInputError } from './reader-kit.js';
import type { WearableFormat } from './registry.js';

/** A header name as exports print it: without a (real or mis-decoded) BOM, quotes and stray spaces. */
export function cleanHeader(name: string): string {
  return name.replace(/\uFEFF|ï»¿|Ã¯Â»Â¿/g, '').replace(/"/g, '').trim();
}

/** The Clarity columns this reader uses, found by their names' starts (web, Android and iOS exports order them alike, but not always). */
const COLUMNS = {
  index: 'Index',
  timestamp: 'Timestamp',
  eventType: 'Event Type',
  eventSubtype: 'Event Subtype',
  sourceDevice: 'Source Device ID',
  glucose: 'Glucose Value',
  insulin: 'Insulin Value',
  carbs: 'Carb Value',
  duration: 'Duration',
  rate: 'Glucose Rate of Change',
  transmitterTime: 'Transmitter Time',
  transmitterId: 'Transmitter ID',
} as const;
type Column = keyof typeof COLUMNS;

/** The key of one Dexcom reading, the same from a Clarity export and the Dexcom API (both carry transmitter id and ticks). */
export function dexcomReadingKey(r: { transmitterId?: string | null; transmitterTicks?: number | string | null; device?: string | null; systemTime?: string | null; displayTime?: string | null }): string {
  if (r.transmitterId && r.transmitterTicks !== null && r.transmitterTicks !== undefined && String(r.transmitterTicks) !== '') return `tx:${r.transmitterId}:${r.transmitterTicks}`;
  return `dt:${r.device ?? ''}:${r.displayTime ?? r.systemTime ?? ''}`;
}

/**
 * The `sourceKey` of a Dexcom glucose reading (EGV), whichever channel brings it: the Clarity upload and the Dexcom
 * API v3 `egvs` reader (the sync) must both use this, so one reading is one sample with both channels recorded.
 */
export function dexcomEgvSourceKey(r: Parameters<typeof dexcomReadingKey>[0]): string {
  return `egv:${dexcomReadingKey(r)}`;
}

function hms(text: string): number | null {
  const m = /^(\d+):(\d{2}):(\d{2})$/.exec(text.trim());
  return m ? (+m[1]! * 3600 + +m[2]! * 60 + +m[3]!) : null;
}

/**
 * Dexcom Clarity CSV export (web, Android and iOS apps; G6/G7; with or without the transmitter columns). The first
 * rows hold the patient's name, device and alert settings with no timestamp: they are not readings and are skipped
 * uncounted. Timestamps are the display device's local time (zone-less): an import says which zone they are in.
 * EGV → `glucose` (`High`/`Low` censored at 400/40), Calibration → `glucose_meter`, Insulin → `insulin` (U),
 * Carbs → `carbohydrate_intake` (g), Exercise → `exercise` (with an end); Alert, Health and unknown events are
 * refused with a reason.
 */
export const dexcomClarityFormat: WearableFormat = streamingFormat({
  id: 'dexcom-clarity-csv',
  detect(head) {
    const first = cleanHeader(head.split(/\r?\n/, 1)[0] ?? '');
    return /Index/.test(first) && first.includes('Timestamp (YYYY-MM-DDThh:mm:ss)') && first.includes('Event Type') && /Glucose Value \((mg\/dL|mmol\/L)\)/.test(first);
  },
  needsTimeZone: true,
  read: (input, opts, tally) => readClarity(input, requireZone('Dexcom Clarity', opts.timeZone), tally),
});

/** A field as the reader uses it: trimmed (most fields have nothing to trim: no new string for them). */
function field(fields: string[], i: number): string {
  if (i < 0) return '';
  const f = fields[i];
  if (f === undefined || f === '') return '';
  const a = f.charCodeAt(0);
  const z = f.charCodeAt(f.length - 1);
  return a <= 32 || z <= 32 || a > 126 || z > 126 ? f.trim() : f;
}

/** The Clarity rows, read as they stream, in batches of samples. */
async function* readClarity(input: Parameters<typeof csvRowBatches>[0], zone: string, tally: RejectionTally): AsyncGenerator<WearableSample[]> {
  let samples: WearableSample[] = [];
  let col: Record<Column, number> | null = null;
  let unit: 'mg/dL' | 'mmol/L' = 'mg/dL';
  const seen = new Map<string, number>();
  // Rows of one display device without a rate of change share one attributes object (read-only once made): the
  // store writes it out once per object, not once per row.
  let sharedDevice: string | null = null;
  let sharedAttributes: Record<string, string | number | boolean | null> = {};
  // Rows come a chunk of the file at a time and are read synchronously: one await per chunk, not per row.
  for await (const rows of csvRowBatches(input)) {
    for (const { fields } of rows) {
      if (samples.length >= SAMPLE_BATCH) {
        yield samples;
        samples = [];
      }
      if (!col) {
        const names = fields.map(cleanHeader);
        const found = {} as Record<Column, number>;
        for (const [key, prefix] of Object.entries(COLUMNS) as [Column, string][]) {
          found[key] = names.findIndex((n) => (key === 'index' ? /Index$/.test(n) : n.startsWith(prefix)));
        }
        col = found;
        const g = col.glucose >= 0 ? names[col.glucose]! : '';
        unit = g.includes('mmol/L') ? 'mmol/L' : 'mg/dL';
        continue;
      }
      const stamp = field(fields, col.timestamp);
      if (!stamp) continue; // patient, device and alert-setting rows, blank lines: no reading
      const wall = isoLocalWall(stamp);
      if (Number.isNaN(wall)) {
        tally.add('unreadable timestamp');
        continue;
      }
      const type = field(fields, col.eventType);
      const subtype = field(fields, col.eventSubtype);
      const device = field(fields, col.sourceDevice) || null;
      const txId = field(fields, col.transmitterId) || null;
      const txTicks = field(fields, col.transmitterTime) || null;
      // As printed, with a T between date and time (Android prints a space) and seconds (`:00` when not printed): a
      // (trimmed) stamp isoLocalWall read is 19 characters or 16.
      const displayTime = stamp.length === 19 ? (stamp.charCodeAt(10) === 84 ? stamp : `${stamp.slice(0, 10)}T${stamp.slice(11)}`)
        : `${stamp.slice(0, 10)}T${stamp.slice(11)}:00`;
      let key = dexcomReadingKey({ transmitterId: txId, transmitterTicks: txTicks, device, displayTime });
      // An EGV's display time printed twice without transmitter ticks is the repeated hour when DST ends: the second
      // is the later instant. Events (insulin, carbs…) at the same minute are told apart by what they say.
      let at = wallToInstant(wall, zone, 1);
      if (type === 'EGV') {
        // With transmitter ticks the key is unique already; without, count the display time's occurrences.
        const n = txId && txTicks ? 1 : (seen.get(key) ?? 0) + 1;
        if (!(txId && txTicks)) seen.set(key, n);
        if (n === 2) {
          const later = wallToInstant(wall, zone, 2);
          if (later.kind === 'repeat') {
            at = later;
            key += '#2';
          }
        }
      } else {
        key += `:${subtype}:${field(fields, col.glucose) || field(fields, col.insulin) || field(fields, col.carbs) || field(fields, col.duration)}`;
      }
      const sampleDevice = txId ?? device;
      // The transmitter id is the sample's device and its ticks are in the key: only the display device is added.
      const rate = type === 'EGV' ? parseNumber(field(fields, col.rate)) : null;
      let attributes: Record<string, string | number | boolean | null>;
      if (rate === null) {
        if (device !== sharedDevice) {
          sharedDevice = device;
          sharedAttributes = device ? { sourceDevice: device } : {};
        }
        attributes = sharedAttributes;
      } else {
        attributes = device ? { sourceDevice: device, rateOfChange: rate } : { rateOfChange: rate };
      }
      switch (type) {
        case 'EGV': {
          const raw = field(fields, col.glucose);
          const c = raw.charCodeAt(0);
          if (!(c >= 48 && c <= 57) && (/^high$/i.test(raw) || /^low$/i.test(raw))) {
            const high = /^high$/i.test(raw);
            samples.push({
              provider: 'dexcom', device: sampleDevice, metric: 'glucose', start: at.instant, end: null, value: high ? GLUCOSE_HIGH_BOUND_MGDL : GLUCOSE_LOW_BOUND_MGDL,
              unit: 'mg/dL', censored: high ? '>' : '<', originalValue: high ? 'High' : 'Low', originalUnit: unit, trend: null, sourceKey: `egv:${key}`, displayTime, attributes,
            });
            break;
          }
          const v = parseNumber(raw);
          if (v === null || v <= 0) {
            tally.add('EGV without a glucose value');
            break;
          }
          // The hot path (a year is 105,120 of these): one object literal of a fixed shape.
          samples.push({
            provider: 'dexcom', device: sampleDevice, metric: 'glucose', start: at.instant, end: null, value: toMgdl(v, unit),
            unit: 'mg/dL', censored: null, originalValue: raw, originalUnit: unit, trend: null, sourceKey: `egv:${key}`, displayTime, attributes,
          });
          break;
        }
        case 'Calibration': {
          const v = parseNumber(field(fields, col.glucose));
          if (v === null) {
            tally.add('calibration without a value');
            break;
          }
          samples.push({ provider: 'dexcom', device: sampleDevice, start: at.instant, end: null, displayTime, trend: null, metric: 'glucose_meter', value: toMgdl(v, unit), unit: 'mg/dL',
            originalValue: field(fields, col.glucose), originalUnit: unit, sourceKey: `cal:${key}`, attributes: { ...attributes, calibration: true } });
          break;
        }
        case 'Insulin': {
          const v = parseNumber(field(fields, col.insulin));
          if (v === null) {
            tally.add('insulin without units');
            break;
          }
          samples.push({ provider: 'dexcom', device: sampleDevice, start: at.instant, end: null, displayTime, trend: null, metric: 'insulin', value: v, unit: 'U', sourceKey: `ins:${key}`,
            attributes: { ...attributes, ...(subtype ? { insulinType: subtype } : {}) } });
          break;
        }
        case 'Carbs': {
          const v = parseNumber(field(fields, col.carbs));
          if (v === null) {
            tally.add('carbs without grams');
            break;
          }
          samples.push({ provider: 'dexcom', device: sampleDevice, start: at.instant, end: null, displayTime, trend: null, metric: 'carbohydrate_intake', value: v, unit: 'g', sourceKey: `carb:${key}`, attributes });
          break;
        }
        case 'Exercise': {
          const seconds = hms(field(fields, col.duration));
          if (seconds === null) {
            tally.add('exercise without a duration');
            break;
          }
          samples.push({ provider: 'dexcom', device: sampleDevice, start: at.instant, displayTime, trend: null, end: new Date(at.instant.getTime() + seconds * 1000), metric: 'exercise', value: seconds, unit: 's', sourceKey: `ex:${key}`,
            attributes: { ...attributes, ...(subtype ? { intensity: subtype } : {}) } });
          break;
        }
        case 'Alert':
          tally.add('alert event (not a reading)');
          break;
        case 'Health':
          tally.add('health event (not a reading)');
          break;
        default:
          tally.add(`unknown event type`);
      }
    }
  }
  if (!col) throw new WearableInputError('The Clarity export has no header row');
  if (samples.length) yield samples;
}
