import { createHash } from 'node:crypto';
import type { WearableSample } from '../wearable-sample.js';
import { toMgdl } from '../glucose.js';
import { csvRows } from './csv.js';
import { cleanHeader } from './dexcom-clarity.js';
import { formatLocal, localToInstant, parseDayFirst } from './local-time.js';
import { streamingFormat, parseNumber, RejectionTally, requireZone, SAMPLE_BATCH, WearableInputError } from './reader-kit.js';
import type { WearableFormat } from './registry.js';

const COLUMNS = {
  device: /^Device$/,
  serial: /^Serial Number$/,
  timestamp: /^Device Timestamp$/,
  recordType: /^Record Type$/,
  historic: /^Historic Glucose (mg\/dL|mmol\/L)$/,
  scan: /^Scan Glucose (mg\/dL|mmol\/L)$/,
  rapidInsulin: /^Rapid-Acting Insulin \(units\)$/,
  carbs: /^Carbohydrates \(grams\)$/,
  longInsulin: /^Long-Acting Insulin( Value)? \(units\)$/,
  strip: /^Strip Glucose (mg\/dL|mmol\/L)$/,
  ketone: /^Ketone mmol\/L$/,
} as const;
type Column = keyof typeof COLUMNS;

/**
 * LibreView / LibreLink CSV (FreeStyle Libre 1/2/3), in mg/dL or mmol/L, with or without the first metadata row
 * (`Glucose Data,Generated on,…`). Device timestamps are local times without a zone (`DD-MM-YYYY HH:MM`): the import
 * must say the zone. Record types: 0 historic → `glucose`; 1 scan → `glucose_scan`; 2 strip → `glucose_meter`;
 * 3 ketone → `ketone`; 4 insulin → `insulin`; 5 food → `carbohydrate_intake` when grams are given; 6 (notes, time
 * changes) and others are refused with a reason. The key of a reading is serial + device timestamp + record type
 * (+ `#2` for the second reading at a local time the clock showed twice).
 */
export const libreViewFormat: WearableFormat = streamingFormat({
  id: 'libreview-csv',
  detect(head) {
    const lines = head.replace(/^\uFEFF/, '').split(/\r?\n/, 2).map(cleanHeader);
    const header = lines[0]?.startsWith('Glucose Data') ? lines[1] ?? '' : lines[0] ?? '';
    return header.includes('Device Timestamp') && header.includes('Record Type') && /Historic Glucose (mg\/dL|mmol\/L)/.test(header);
  },
  needsTimeZone: true,
  read: (input, opts, tally) => readLibreView(input, requireZone('LibreView', opts.timeZone), tally),
});

/** The LibreView rows, read as they stream, in batches of samples. */
async function* readLibreView(input: Parameters<typeof csvRows>[0], zone: string, tally: RejectionTally): AsyncGenerator<WearableSample[]> {
    let samples: WearableSample[] = [];
    let col: Partial<Record<Column, number>> | null = null;
    const units: Partial<Record<Column, 'mg/dL' | 'mmol/L'>> = {};
    const seen = new Map<string, number>();
    for await (const { fields } of csvRows(input)) {
      if (samples.length >= SAMPLE_BATCH) {
        yield samples;
        samples = [];
      }
      if (!col) {
        const names = fields.map(cleanHeader);
        if (names[0] === 'Glucose Data') continue; // the metadata row (export date and the patient's name)
        col = {};
        for (const [key, re] of Object.entries(COLUMNS) as [Column, RegExp][]) {
          const i = names.findIndex((n) => re.test(n));
          if (i < 0) continue;
          col[key] = i;
          const u = /(mg\/dL|mmol\/L)$/.exec(names[i]!)?.[1];
          if (u) units[key] = u as 'mg/dL' | 'mmol/L';
        }
        if (col.timestamp === undefined || col.recordType === undefined) throw new WearableInputError('The LibreView export has no Device Timestamp or Record Type column');
        continue;
      }
      if (fields.every((f) => !f.trim())) continue;
      const get = (k: Column) => (col![k] !== undefined ? (fields[col![k]!] ?? '').trim() : '');
      const local = parseDayFirst(get('timestamp'));
      if (!local) {
        tally.add('unreadable timestamp');
        continue;
      }
      const type = get('recordType');
      const serial = get('serial') || null;
      const displayTime = formatLocal(local);
      let key = `${serial ?? ''}:${displayTime}:${type}`;
      // A historic reading's local time printed twice is the repeated hour when DST ends: the second is the later
      // instant. Other records (scans, notes) at the same minute are told apart by their value.
      let at = localToInstant(local, zone, 1);
      if (type === '0') {
        const n = (seen.get(key) ?? 0) + 1;
        seen.set(key, n);
        if (n === 2) {
          const later = localToInstant(local, zone, 2);
          if (later.kind === 'repeat') {
            at = later;
            key += '#2';
          }
        }
      } else {
        key += `:${createHash('sha256').update(fields.slice(4).map((f) => f.trim()).join('|')).digest('base64url').slice(0, 12)}`;
      }
      const base = {
        provider: 'libre' as const, device: serial, start: at.instant, end: null, displayTime, trend: null, sourceKey: key,
        attributes: { recordType: Number(type), ...(get('device') ? { deviceModel: get('device') } : {}) } as Record<string, string | number | boolean | null>,
      };
      const glucose = (c: Column, metric: string): boolean => {
        const raw = get(c);
        const v = parseNumber(raw);
        if (v === null || v <= 0) return false;
        const unit = units[c] ?? 'mg/dL';
        samples.push({ ...base, metric, value: toMgdl(v, unit), unit: 'mg/dL', censored: null, originalValue: raw, originalUnit: unit });
        return true;
      };
      switch (type) {
        case '0':
          if (!glucose('historic', 'glucose')) tally.add('historic record without a glucose value');
          break;
        case '1':
          if (!glucose('scan', 'glucose_scan')) tally.add('scan record without a glucose value');
          break;
        case '2':
          if (!glucose('strip', 'glucose_meter')) tally.add('strip record without a glucose value');
          break;
        case '3': {
          const v = parseNumber(get('ketone'));
          if (v === null) tally.add('ketone record without a value');
          else samples.push({ ...base, metric: 'ketone', value: v, unit: 'mmol/L', originalValue: get('ketone'), originalUnit: 'mmol/L' });
          break;
        }
        case '4': {
          const rapid = parseNumber(get('rapidInsulin'));
          const long = parseNumber(get('longInsulin'));
          if (rapid === null && long === null) tally.add('insulin record without units');
          if (rapid !== null) samples.push({ ...base, sourceKey: `${key}:rapid`, metric: 'insulin', value: rapid, unit: 'U', attributes: { ...base.attributes, insulinType: 'rapid-acting' } });
          if (long !== null) samples.push({ ...base, sourceKey: `${key}:long`, metric: 'insulin', value: long, unit: 'U', attributes: { ...base.attributes, insulinType: 'long-acting' } });
          break;
        }
        case '5': {
          const g = parseNumber(get('carbs'));
          if (g === null) tally.add('food record without carbohydrate grams');
          else samples.push({ ...base, metric: 'carbohydrate_intake', value: g, unit: 'g' });
          break;
        }
        case '6':
          tally.add('note or time-change record (type 6, not a reading)');
          break;
        default:
          tally.add(`unknown record type`);
      }
    }
    if (!col) throw new WearableInputError('The LibreView export has no header row');
    if (samples.length) yield samples;
}
