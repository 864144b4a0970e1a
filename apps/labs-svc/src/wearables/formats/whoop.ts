import type { ParsedWearableData, WearableDailySummary, WearableSample } from '../wearable-sample.js';
import { dayAtOffset, isObject, jsonOf, num, str, zonedInstant, type WearableFormat } from './format.js';
import { RejectionTally } from './reader-kit.js';

/** WHOOP API collections (`/developer/v1|v2/…`): cycles, recoveries, sleeps, workouts. */
export const WHOOP_TYPES = ['cycle', 'recovery', 'sleep', 'workout'] as const;
export type WhoopType = (typeof WHOOP_TYPES)[number];

type Doc = Record<string, unknown>;

export function whoopTypeOf(doc: Doc): WhoopType | null {
  const score = isObject(doc.score) ? doc.score : {};
  if ('recovery_score' in score || ('cycle_id' in doc && 'sleep_id' in doc)) return 'recovery';
  if ('sport_id' in doc || 'sport_name' in doc || 'zone_duration' in score || 'zone_durations' in score) return 'workout';
  if ('nap' in doc || 'stage_summary' in score || 'sleep_performance_percentage' in score) return 'sleep';
  if ('strain' in score || ('start' in doc && 'timezone_offset' in doc)) return 'cycle';
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id a record is keyed by. v1 ids are integers; v2 gives sleeps and workouts UUIDs and keeps the old integer
 * as `v1_id`: a record that has one is keyed by it, so a v1 export and a v2 sync of the same sleep are one sample;
 * a record born after the move has its UUID only.
 */
export function whoopRecordKey(doc: Doc, idField = 'id'): string | null {
  const v1 = doc.v1_id;
  if (typeof v1 === 'number' && Number.isSafeInteger(v1)) return String(v1);
  const id = doc[idField];
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  if (typeof id === 'string' && UUID.test(id)) return id.toLowerCase();
  if (typeof id === 'string' && /^\d{1,18}$/.test(id)) return id;
  return null;
}

const ms = (v: unknown) => (num(v) === null ? null : Math.round(num(v)! / 1000));

/** WHOOP records of one collection → samples and daily summaries (day: the local day the record starts, by its offset). */
export function readWhoopRecords(type: WhoopType, docs: unknown[], out: { samples: WearableSample[]; summaries: WearableDailySummary[]; rejected: RejectionTally }): void {
  const { samples, summaries, rejected } = out;
  for (const raw of docs) {
    if (!isObject(raw)) {
      rejected.add('not an object');
      continue;
    }
    const doc = raw;
    const state = str(doc.score_state);
    if (state !== null && state !== 'SCORED') {
      // PENDING_SCORE comes back scored on a later sync; UNSCORABLE never will.
      rejected.add(state === 'PENDING_SCORE' ? 'not scored yet' : 'unscorable');
      continue;
    }
    const score = isObject(doc.score) ? doc.score : null;
    if (!score) {
      rejected.add('no score');
      continue;
    }
    const sample = (s: Omit<WearableSample, 'provider' | 'device'>) => samples.push({ provider: 'whoop', device: null, ...s });
    if (type === 'recovery') {
      const cycle = whoopRecordKey(doc, 'cycle_id');
      const at = zonedInstant(doc.created_at);
      if (!cycle || !at) {
        rejected.add('recovery without cycle or time');
        continue;
      }
      const day = at.toISOString().slice(0, 10);
      const key = `recovery:${cycle}`;
      for (const [metric, v, unit] of [
        ['recovery_score', num(score.recovery_score), '{score}'], ['heart_rate_resting', num(score.resting_heart_rate), '/min'],
        ['hrv_rmssd', num(score.hrv_rmssd_milli), 'ms'], ['spo2', num(score.spo2_percentage), '%'], ['skin_temperature', num(score.skin_temp_celsius), 'Cel'],
      ] as const) {
        if (v !== null) sample({ metric, start: at, end: null, value: v, unit, sourceKey: `${key}:${metric}`, attributes: { cycle } });
      }
      summaries.push({
        provider: 'whoop', kind: 'recovery', day, sourceKey: key,
        values: {
          score: num(score.recovery_score), restingHeartRate: num(score.resting_heart_rate), hrv: num(score.hrv_rmssd_milli),
          spo2: num(score.spo2_percentage), skinTemperature: num(score.skin_temp_celsius),
        },
      });
      continue;
    }
    const id = whoopRecordKey(doc);
    const start = zonedInstant(doc.start);
    // A cycle still running has no end yet.
    const end = doc.end === null || doc.end === undefined ? null : zonedInstant(doc.end);
    if (!id || !start || (doc.end !== null && doc.end !== undefined && !end)) {
      rejected.add(`${type} without id or times`);
      continue;
    }
    if (end && end < start) {
      rejected.add('end before start');
      continue;
    }
    const offset = str(doc.timezone_offset);
    const day = dayAtOffset(start, offset);
    const key = `${type}:${id}`;
    const period = { start, end };
    if (type === 'cycle') {
      for (const [metric, v, unit] of [
        ['strain', num(score.strain), '{score}'], ['energy_expended', num(score.kilojoule), 'kJ'],
        ['heart_rate_average', num(score.average_heart_rate), '/min'], ['heart_rate_max', num(score.max_heart_rate), '/min'],
      ] as const) {
        if (v !== null) sample({ ...period, metric, value: v, unit, sourceKey: `${key}:${metric}` });
      }
      summaries.push({
        provider: 'whoop', kind: 'activity', day, sourceKey: key,
        values: { strain: num(score.strain), kilojoule: num(score.kilojoule), averageHeartRate: num(score.average_heart_rate), maxHeartRate: num(score.max_heart_rate) },
      });
    } else if (type === 'sleep') {
      const st = isObject(score.stage_summary) ? score.stage_summary : {};
      const stages = {
        inBed: ms(st.total_in_bed_time_milli), awake: ms(st.total_awake_time_milli), light: ms(st.total_light_sleep_time_milli),
        deep: ms(st.total_slow_wave_sleep_time_milli), rem: ms(st.total_rem_sleep_time_milli),
      };
      const asleep = stages.light !== null && stages.deep !== null && stages.rem !== null ? stages.light + stages.deep + stages.rem : null;
      const nap = doc.nap === true;
      const attributes = { nap };
      for (const [metric, v, unit] of [
        ['sleep_duration', asleep, 's'], ['time_in_bed', stages.inBed, 's'], ['sleep_deep', stages.deep, 's'], ['sleep_light', stages.light, 's'],
        ['sleep_rem', stages.rem, 's'], ['sleep_awake', stages.awake, 's'], ['sleep_efficiency', num(score.sleep_efficiency_percentage), '%'],
        ['sleep_performance', num(score.sleep_performance_percentage), '%'], ['respiratory_rate', num(score.respiratory_rate), '/min'],
      ] as const) {
        if (v !== null) sample({ ...period, metric, value: v, unit, sourceKey: `${key}:${metric}`, attributes });
      }
      if (!nap) {
        summaries.push({
          provider: 'whoop', kind: 'sleep', day, sourceKey: key,
          values: {
            duration: asleep, timeInBed: stages.inBed, deep: stages.deep, light: stages.light, rem: stages.rem, awake: stages.awake,
            efficiency: num(score.sleep_efficiency_percentage), performance: num(score.sleep_performance_percentage),
            consistency: num(score.sleep_consistency_percentage), respiratoryRate: num(score.respiratory_rate),
          },
        });
      }
    } else {
      const kj = num(score.kilojoule);
      sample({
        ...period, metric: 'workout_energy', value: kj ?? 0, unit: 'kJ', sourceKey: key,
        attributes: {
          sportId: num(doc.sport_id), strain: num(score.strain), heartRateAverage: num(score.average_heart_rate), heartRateMax: num(score.max_heart_rate),
          distance: num(score.distance_meter),
        },
      });
    }
  }
}

/** WHOOP API v1 or v2 JSON: a collection `{ records, next_token }` or one record. */
export const whoopFormat: WearableFormat = {
  id: 'whoop',
  detect(head: string): boolean {
    const h = head.trimStart();
    return h.startsWith('{') && /"score_state"\s*:/.test(h) && (/"records"\s*:/.test(h) || /"(user_id|cycle_id)"\s*:/.test(h));
  },
  async parse(input): Promise<ParsedWearableData> {
    const json = jsonOf(input);
    const out = { samples: [] as WearableSample[], summaries: [] as WearableDailySummary[], rejected: new RejectionTally() };
    const docs = isObject(json) && Array.isArray(json.records) ? json.records : isObject(json) ? [json] : null;
    if (!docs) out.rejected.add('not JSON');
    const byType = new Map<WhoopType, unknown[]>();
    for (const d of docs ?? []) {
      const type = isObject(d) ? whoopTypeOf(d) : null;
      if (!type) {
        out.rejected.add('not a WHOOP record this reader knows');
        continue;
      }
      byType.set(type, [...(byType.get(type) ?? []), d]);
    }
    for (const [type, list] of byType) readWhoopRecords(type, list, out);
    return { format: 'whoop', samples: out.samples, summaries: out.summaries, rejected: out.rejected.list() };
  },
};
