import type { ParsedWearableData, WearableDailySummary, WearableSample } from '../wearable-sample.js';
import { isObject, jsonOf, num, str, zonedInstant, type WearableFormat } from './format.js';
import { RejectionTally } from './reader-kit.js';

/** The Oura API v2 collections this reader understands (`/v2/usercollection/<type>`). */
export const OURA_TYPES = ['heartrate', 'sleep', 'daily_sleep', 'daily_readiness', 'daily_activity', 'daily_spo2', 'workout'] as const;
export type OuraType = (typeof OURA_TYPES)[number];

type Doc = Record<string, unknown>;

/** Which collection a document comes from, by the fields only that collection has. */
export function ouraTypeOf(doc: Doc): OuraType | null {
  if ('bpm' in doc && 'timestamp' in doc) return 'heartrate';
  if ('bedtime_start' in doc && 'bedtime_end' in doc) return 'sleep';
  if ('spo2_percentage' in doc) return 'daily_spo2';
  if ('activity' in doc && 'start_datetime' in doc) return 'workout';
  if ('steps' in doc && ('active_calories' in doc || 'class_5_min' in doc)) return 'daily_activity';
  const c = isObject(doc.contributors) ? doc.contributors : {};
  if ('hrv_balance' in c || 'temperature_deviation' in doc) return 'daily_readiness';
  if ('deep_sleep' in c || 'rem_sleep' in c) return 'daily_sleep';
  return null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Oura documents of one collection → samples and daily summaries. Source keys are the document id (or, for
 * heart rate, which has none, the instant and the source), so the same document read from an upload and from the
 * sync is one sample. Placeholders of the documentation (`"<long sequence …>"`) and nulls are not data.
 */
export function readOuraDocuments(type: OuraType, docs: unknown[], out: { samples: WearableSample[]; summaries: WearableDailySummary[]; rejected: RejectionTally }): void {
  const { samples, summaries, rejected } = out;
  const sample = (s: Omit<WearableSample, 'provider' | 'device' | 'end'> & { end?: Date | null }) => samples.push({ provider: 'oura', device: null, end: null, ...s });
  for (const raw of docs) {
    if (!isObject(raw)) {
      rejected.add('not an object');
      continue;
    }
    const doc = raw;
    const id = str(doc.id);
    switch (type) {
      case 'heartrate': {
        const at = zonedInstant(doc.timestamp);
        const bpm = num(doc.bpm);
        if (!at || bpm === null) {
          rejected.add(at ? 'heart rate without bpm' : 'time without a zone');
          continue;
        }
        const source = str(doc.source) ?? 'unknown';
        sample({ metric: 'heart_rate', start: at, value: bpm, unit: '/min', sourceKey: `heartrate:${at.toISOString()}:${source}`, attributes: { source } });
        break;
      }
      case 'sleep': {
        const start = zonedInstant(doc.bedtime_start);
        const end = zonedInstant(doc.bedtime_end);
        const day = str(doc.day);
        if (!id || !start || !end || !day || !DAY.test(day)) {
          rejected.add('sleep period without id, day or bedtime');
          continue;
        }
        if (end < start) {
          rejected.add('end before start');
          continue;
        }
        const stages = {
          deep: num(doc.deep_sleep_duration), light: num(doc.light_sleep_duration), rem: num(doc.rem_sleep_duration), awake: num(doc.awake_time),
        };
        // `total_sleep_duration` may be null (the documentation's example): the stages asleep add up to it.
        const asleep = num(doc.total_sleep_duration)
          ?? (stages.deep !== null && stages.light !== null && stages.rem !== null ? stages.deep + stages.light + stages.rem : null);
        const kind = str(doc.type) ?? 'unknown';
        const period = { start, end, attributes: { sleepType: kind } };
        if (asleep !== null) sample({ ...period, metric: 'sleep_duration', value: asleep, unit: 's', sourceKey: `sleep:${id}:sleep_duration` });
        for (const [metric, v, unit] of [
          ['time_in_bed', num(doc.time_in_bed), 's'], ['sleep_deep', stages.deep, 's'], ['sleep_light', stages.light, 's'], ['sleep_rem', stages.rem, 's'],
          ['sleep_awake', stages.awake, 's'], ['sleep_efficiency', num(doc.efficiency), '%'], ['hrv_rmssd', num(doc.average_hrv), 'ms'],
          ['heart_rate_lowest', num(doc.lowest_heart_rate), '/min'], ['respiratory_rate', num(doc.average_breath), '/min'],
        ] as const) {
          if (v !== null) sample({ ...period, metric, value: v, unit, sourceKey: `sleep:${id}:${metric}` });
        }
        // Naps and rests are samples; the night's summary comes from the main sleep only.
        if (kind === 'long_sleep') {
          summaries.push({
            provider: 'oura', kind: 'sleep', day, sourceKey: `sleep:${id}`,
            values: {
              duration: asleep, timeInBed: num(doc.time_in_bed), deep: stages.deep, light: stages.light, rem: stages.rem, awake: stages.awake,
              efficiency: num(doc.efficiency), latency: num(doc.latency), hrv: num(doc.average_hrv), lowestHeartRate: num(doc.lowest_heart_rate),
              averageHeartRate: num(doc.average_heart_rate), respiratoryRate: num(doc.average_breath),
            },
          });
        }
        break;
      }
      case 'daily_sleep':
      case 'daily_readiness':
      case 'daily_activity':
      case 'daily_spo2': {
        const day = str(doc.day);
        if (!id || !day || !DAY.test(day)) {
          rejected.add('daily document without id or day');
          continue;
        }
        // The day's start where the ring was (Oura's `timestamp` carries the offset); midnight UTC when it is absent.
        const start = zonedInstant(doc.timestamp) ?? new Date(`${day}T00:00:00Z`);
        const contributors = isObject(doc.contributors) ? doc.contributors : {};
        const numbers = (o: Record<string, unknown>, prefix = '') => Object.fromEntries(Object.entries(o).filter(([, v]) => num(v) !== null || v === null).map(([k, v]) => [`${prefix}${k}`, num(v)]));
        if (type === 'daily_sleep') {
          const score = num(doc.score);
          if (score !== null) sample({ metric: 'sleep_score', start, value: score, unit: '{score}', sourceKey: `daily_sleep:${id}`, attributes: { day } });
          summaries.push({ provider: 'oura', kind: 'sleep', day, sourceKey: `daily_sleep:${id}`, values: { score, ...numbers(contributors, 'contributor.') } });
        } else if (type === 'daily_readiness') {
          const score = num(doc.score);
          if (score !== null) sample({ metric: 'readiness_score', start, value: score, unit: '{score}', sourceKey: `daily_readiness:${id}`, attributes: { day } });
          const temp = num(doc.temperature_deviation);
          if (temp !== null) sample({ metric: 'temperature_deviation', start, value: temp, unit: 'Cel', sourceKey: `daily_readiness:${id}:temperature_deviation`, attributes: { day } });
          summaries.push({
            provider: 'oura', kind: 'readiness', day, sourceKey: `daily_readiness:${id}`,
            values: { score, temperatureDeviation: temp, temperatureTrendDeviation: num(doc.temperature_trend_deviation), ...numbers(contributors, 'contributor.') },
          });
        } else if (type === 'daily_activity') {
          const steps = num(doc.steps);
          if (steps !== null) sample({ metric: 'steps', start, value: steps, unit: '{steps}', sourceKey: `daily_activity:${id}:steps`, attributes: { day } });
          const active = num(doc.active_calories);
          if (active !== null) sample({ metric: 'active_energy', start, value: active, unit: 'kcal', sourceKey: `daily_activity:${id}:active_energy`, attributes: { day } });
          summaries.push({
            provider: 'oura', kind: 'activity', day, sourceKey: `daily_activity:${id}`,
            values: {
              score: num(doc.score), steps, activeCalories: active, totalCalories: num(doc.total_calories), highActivityTime: num(doc.high_activity_time),
              mediumActivityTime: num(doc.medium_activity_time), lowActivityTime: num(doc.low_activity_time), sedentaryTime: num(doc.sedentary_time),
              restingTime: num(doc.resting_time), nonWearTime: num(doc.non_wear_time), equivalentWalkingDistance: num(doc.equivalent_walking_distance),
            },
          });
        } else {
          const avg = isObject(doc.spo2_percentage) ? num(doc.spo2_percentage.average) : null;
          // An average of 0 is "no reading" (the ring measured nothing), not a saturation of 0 %.
          if (avg === null || avg <= 0) {
            rejected.add('no SpO2 reading');
            continue;
          }
          sample({ metric: 'spo2', start, value: avg, unit: '%', sourceKey: `daily_spo2:${id}`, attributes: { day } });
        }
        break;
      }
      case 'workout': {
        const start = zonedInstant(doc.start_datetime);
        const end = zonedInstant(doc.end_datetime);
        if (!id || !start || !end) {
          rejected.add('workout without id or times');
          continue;
        }
        // The documentation's own example ends half an hour before it starts: such a period is refused, not flipped.
        if (end < start) {
          rejected.add('end before start');
          continue;
        }
        const calories = num(doc.calories);
        const activity = str(doc.activity);
        sample({
          metric: 'workout_energy', start, end, value: calories ?? 0, unit: 'kcal', sourceKey: `workout:${id}`,
          attributes: { activity: activity && /^[a-z_]{1,40}$/.test(activity) ? activity : null, distance: num(doc.distance), intensity: str(doc.intensity) },
        });
        break;
      }
    }
  }
}

/** Oura API v2 JSON: one collection response `{ data, next_token }`, an object of collections, or one document. */
export const ouraFormat: WearableFormat = {
  id: 'oura-v2',
  detect(head: string): boolean {
    const h = head.trimStart();
    if (!h.startsWith('{')) return false;
    if (/"next_token"\s*:/.test(h) && /"data"\s*:/.test(h)) return true;
    return /"(bedtime_start|readiness|daily_sleep|daily_readiness|daily_activity|spo2_percentage)"/.test(h) && !/"score_state"/.test(h);
  },
  async parse(input): Promise<ParsedWearableData> {
    const json = jsonOf(input);
    const out = { samples: [] as WearableSample[], summaries: [] as WearableDailySummary[], rejected: new RejectionTally() };
    const byType = new Map<OuraType, unknown[]>();
    const take = (docs: unknown[], hint?: OuraType) => {
      for (const d of docs) {
        const type = hint ?? (isObject(d) ? ouraTypeOf(d) : null);
        if (!type) {
          out.rejected.add('not an Oura document this reader knows');
          continue;
        }
        byType.set(type, [...(byType.get(type) ?? []), d]);
      }
    };
    if (isObject(json) && Array.isArray(json.data)) take(json.data);
    else if (isObject(json) && OURA_TYPES.some((t) => Array.isArray(json[t]))) {
      for (const t of OURA_TYPES) if (Array.isArray(json[t])) take(json[t] as unknown[], t);
    } else if (isObject(json)) take([json]);
    else out.rejected.add('not JSON');
    for (const [type, docs] of byType) readOuraDocuments(type, docs, out);
    return { format: 'oura-v2', samples: out.samples, summaries: out.summaries, rejected: out.rejected.list() };
  },
};

