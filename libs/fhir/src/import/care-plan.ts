import { canonicalTimeZone, PROTOCOL_ROUTES, PROTOCOL_RRULE, type ProtocolStatus } from '@pg/contracts';
import { PROTOCOL_ROUTE_EXTENSION, PROTOCOL_TIME_ZONE_EXTENSION, SYSTEMS } from '../codes.js';
import { isUcum } from '../export/common.js';
import type { FhirResource } from './bundle-reader.js';
import { arr, dateOf, num, obj, str, type Json } from './json.js';

/**
 * CarePlan → protocol (docs/fhir.md "What maps to what"): the inverse of the export's toCarePlan. A CarePlan maps
 * when every activity is a medication (`detail.kind = MedicationRequest`) with a product, a quantity in UCUM and a
 * schedule (`scheduledString` RRULE, or a `scheduledTiming` an RRULE can say exactly). One activity that does not is
 * the reason the whole CarePlan is skipped: half a protocol would be a different protocol.
 */


export interface ProtocolItemImport {
  compound: string;
  dose: number;
  unit: string;
  route: string;
  schedule: { rrule: string; dtstart?: string };
  instructions?: string;
}
export interface ProtocolImport {
  /** The CarePlan's source key (plan.ts sourceKey): the ledger's key at treatments-svc. */
  key: string;
  /** The protocol this CarePlan was exported from (its `urn:patient-graph:protocol` identifier). */
  localId?: string;
  name: string;
  status: ProtocolStatus;
  startDate: string;
  endDate?: string;
  timeZone: string;
  items: ProtocolItemImport[];
}

/** CarePlan.status (request-status) → protocol status, the export's PROTOCOL_CAREPLAN_STATUS read backwards. */
const CARE_PLAN_STATUS: Record<string, ProtocolStatus> = {
  draft: 'draft', active: 'active', 'on-hold': 'paused', completed: 'completed', revoked: 'cancelled',
};
/** Routes of administration a protocol takes. */
const ROUTES: ReadonlySet<string> = new Set(PROTOCOL_ROUTES);
/** The export's `<RRULE> (from <dtstart>)`. */
const SCHEDULED_STRING = /^(\S+?)(?: \(from (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)\))?$/;
/** A CarePlan without this system's time-zone extension: FHIR's Timing and RRULE text carry no zone. */
const DEFAULT_PROTOCOL_TIME_ZONE = 'UTC';
/** Said in the instructions of an item whose CarePlan names no route (a protocol's `other` carries its detail there). */
const ROUTE_NOT_STATED = 'route of administration not stated by the imported CarePlan';

const extension = (r: Json | undefined, url: string) => str(obj(arr(r?.extension).find((e) => obj(e)?.url === url))?.valueCode);
/** Text a protocol's name or compound may hold: control characters (a line break in a title) become spaces. */
const plain = (v: string) => v.replace(/[\p{Cc}\p{Cs}]/gu, ' ').trim();

/** Whether a CarePlan names medications at all (else it is one of Synthea's diet or exercise plans). */
export const hasMedicationActivity = (r: FhirResource): boolean => arr(r.activity).some((a) => obj(obj(a)?.detail)?.kind === 'MedicationRequest');

/**
 * The protocol a CarePlan says, or why it is skipped. `medication(ref)` names a `productReference`'s Medication
 * (resolved in the bundle).
 */
export function mapCarePlan(r: FhirResource, key: string, localId: string | undefined, medication: (ref: unknown) => string | undefined): ProtocolImport | string {
  const status = CARE_PLAN_STATUS[str(r.status) ?? ''];
  if (!status) return `the CarePlan status ${str(r.status) ?? '(none)'} has no protocol status (draft, active, on-hold, completed, revoked map)`;
  const period = obj(r.period);
  const startDate = dateOf(period?.start);
  if (!startDate) return 'the CarePlan has no period start: a protocol needs a start date';
  const endDate = dateOf(period?.end);
  if (endDate && endDate < startDate) return 'the CarePlan period ends before it starts';
  const activities = arr(r.activity);
  if (!activities.length) return 'the CarePlan has no activity';
  const items: ProtocolItemImport[] = [];
  for (const [n, a] of activities.entries()) {
    const item = mapActivity(obj(obj(a)?.detail), medication);
    if (typeof item === 'string') return `activity ${n + 1}: ${item}`;
    items.push(item);
  }
  if (items.length > 50) return 'the CarePlan has more than 50 activities (a protocol takes up to 50 items)';
  const name = plain(str(r.title) ?? str(r.description) ?? '').slice(0, 200) || 'Imported care plan';
  const timeZone = extension(r as Json, PROTOCOL_TIME_ZONE_EXTENSION) ?? DEFAULT_PROTOCOL_TIME_ZONE;
  if (canonicalTimeZone(timeZone) === null) return `the time zone ${timeZone.slice(0, 64)} is not an IANA time zone`;
  return { key, ...(localId ? { localId } : {}), name, status, startDate, ...(endDate ? { endDate } : {}), timeZone, items };
}

function mapActivity(detail: Json | undefined, medication: (ref: unknown) => string | undefined): ProtocolItemImport | string {
  if (!detail || detail.kind !== 'MedicationRequest') return 'not a medication (detail.kind MedicationRequest)';
  const product = obj(detail.productCodeableConcept);
  const compound = str(product?.text) ?? str(obj(arr(product?.coding).find((c) => str(obj(c)?.display)))?.display) ?? medication(detail.productReference);
  if (!compound || !plain(compound)) return 'no product (the compound)';
  const q = obj(detail.quantity);
  const dose = num(q?.value);
  if (dose === undefined || dose <= 0) return 'no dose (quantity.value)';
  // A protocol's dose: at most 1,000,000, at most 6 decimals (ProtocolItemInputDto).
  if (dose > 1_000_000 || /\.\d{7,}|e-/.test(String(dose))) return 'a dose a protocol cannot hold (over 1,000,000 or more than 6 decimals)';
  const unit = str(q?.code) ?? str(q?.unit);
  if (!unit || (q?.system !== undefined && q.system !== SYSTEMS.ucum) || !isUcum(unit)) return 'no UCUM unit for the dose (quantity.code)';
  const schedule = scheduleOf(detail);
  if (typeof schedule === 'string') return schedule;
  const route = extension(detail, PROTOCOL_ROUTE_EXTENSION);
  const description = str(detail.description);
  if (route !== undefined && !ROUTES.has(route)) return `route ${route} is not one a protocol takes`;
  // This system's export writes "<dose> <unit> <route>; <instructions>": the instructions are what follows.
  const instructions = route
    ? description?.includes('; ') ? description.slice(description.indexOf('; ') + 2) : undefined
    : [description, ROUTE_NOT_STATED].filter(Boolean).join('; ');
  return {
    compound: plain(compound).slice(0, 200), dose, unit, route: route ?? 'other', schedule,
    // Line breaks and tabs are kept in instructions; other control characters are not (ProtocolItemInputDto).
    ...(instructions ? { instructions: instructions.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\p{Cs}]/gu, ' ').slice(0, 2000) } : {}),
  };
}

function scheduleOf(detail: Json): ProtocolItemImport['schedule'] | string {
  const text = str(detail.scheduledString);
  if (text) {
    const m = SCHEDULED_STRING.exec(text);
    if (!m || !PROTOCOL_RRULE.test(m[1]!) || m[1]!.length < 6 || m[1]!.length > 300) return 'scheduledString is not an RFC 5545 RRULE';
    return { rrule: m[1]!, ...(m[2] ? { dtstart: m[2] } : {}) };
  }
  const timing = obj(detail.scheduledTiming);
  if (timing) return timingRrule(timing);
  return 'no schedule (scheduledString RRULE or scheduledTiming)';
}

const PERIOD_FREQ: Record<string, string> = { h: 'HOURLY', d: 'DAILY', wk: 'WEEKLY', mo: 'MONTHLY', a: 'YEARLY' };
const WEEKDAY: Record<string, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
/** Timing.repeat elements this mapping reads; any other (count, duration, when, offset, a range …) is not guessed at. */
const TIMING_REPEAT_KNOWN = new Set(['frequency', 'period', 'periodUnit', 'timeOfDay', 'dayOfWeek']);

/**
 * A FHIR Timing as an RRULE, only when the rule says exactly the same doses: `frequency` times per `period`
 * `periodUnit`, at `timeOfDay` (one time for each of the `frequency` doses, all on the same minute of their hour, so
 * that BYHOUR × BYMINUTE gives those and no others), on `dayOfWeek`. Anything else: the reason it does not map.
 */
function timingRrule(timing: Json): ProtocolItemImport['schedule'] | string {
  const repeat = obj(timing.repeat);
  if (!repeat || arr(timing.event).length || timing.code) return 'scheduledTiming is not a repeat an RRULE can say (events or a code only)';
  const unknown = Object.keys(repeat).filter((k) => !TIMING_REPEAT_KNOWN.has(k));
  if (unknown.length) return `scheduledTiming uses ${unknown.join(', ')}, which a protocol schedule does not take`;
  const frequency = repeat.frequency === undefined ? 1 : num(repeat.frequency);
  const period = num(repeat.period);
  const freq = PERIOD_FREQ[str(repeat.periodUnit) ?? ''];
  if (!frequency || !Number.isInteger(frequency) || frequency < 1 || !period || !Number.isInteger(period) || period < 1 || period > 366 || !freq) {
    return 'scheduledTiming needs a whole frequency and period with a unit of h, d, wk, mo or a';
  }
  const times = arr(repeat.timeOfDay).map((t) => /^(\d{2}):(\d{2}):00$/.exec(String(t)));
  if (times.some((t) => !t)) return 'scheduledTiming timeOfDay must be whole minutes (HH:MM:00)';
  const hours = [...new Set(times.map((t) => Number(t![1])))];
  const minutes = [...new Set(times.map((t) => Number(t![2])))];
  if (times.length && (minutes.length > 1 || hours.length !== times.length)) return 'scheduledTiming timeOfDay times on different minutes of the hour cannot be one RRULE';
  if (frequency > 1 && times.length !== frequency) return 'scheduledTiming gives several doses per period without a time of day for each';
  if (times.length && freq === 'HOURLY') return 'scheduledTiming with an hourly period and a time of day';
  const days = arr(repeat.dayOfWeek).map((d) => WEEKDAY[String(d)]);
  if (days.some((d) => !d)) return 'scheduledTiming dayOfWeek is not a weekday code';
  if (days.length && !(freq === 'WEEKLY' || (freq === 'DAILY' && period === 1))) return 'scheduledTiming dayOfWeek with a period other than a day or weeks';
  const parts = [`FREQ=${days.length && freq === 'DAILY' ? 'WEEKLY' : freq}`];
  if (period > 1) parts.push(`INTERVAL=${period}`);
  if (days.length) parts.push(`BYDAY=${days.join(',')}`);
  if (times.length) parts.push(`BYHOUR=${hours.join(',')}`, `BYMINUTE=${minutes[0]}`);
  return { rrule: parts.join(';') };
}
