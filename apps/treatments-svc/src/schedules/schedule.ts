import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';

/**
 * Dose schedules: an RFC 5545 RRULE read in an IANA time zone, expanded by rrule-temporal (the rule) on Temporal
 * (temporal-polyfill: the zone rules). Nothing here reads the server's time zone or `Date`'s local methods, so the
 * instants are the same whatever TZ the process runs in (tested under UTC and America/Los_Angeles).
 *
 * The rule is expanded on the wall clock (the local date-time, carried as UTC, which has no gaps), then each local
 * time is placed in the zone with Temporal's `compatible` disambiguation:
 * - a local time that does not exist on a DST day (02:30 on the spring-forward day in Los Angeles) is shifted
 *   forward by the length of the gap (03:30 PDT) — never dropped, although RFC 5545 (and rrule-temporal on a
 *   TZID rule) would drop it: a missed dose is worse than a late one;
 * - an ambiguous one (01:30 on the fall-back day) is its first occurrence (01:30 PDT, the earlier instant).
 * Two local times that land on one instant that way (an hourly rule over the gap) are one dose.
 */

export interface ScheduleInput {
  rrule: string;
  /** Local `YYYY-MM-DDTHH:MM[:SS]`; default: `startDate` at 00:00. */
  dtstart?: string;
}

/** A rule treatments-svc does not take, with the reason (a 400 on the item's `schedule.rrule`). */
export class ScheduleError extends Error {}

const FREQS = ['HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY = 86_400_000;

type PartCheck = (value: string) => string | null;

const intList = (min: number, max: number, signed = false): PartCheck => (value) => {
  for (const v of value.split(',')) {
    if (!/^[+-]?\d{1,4}$/.test(v)) return `${v} is not a number`;
    const n = Number(v);
    if (!signed && /^[+-]/.test(v)) return `${v} must not have a sign`;
    if (Math.abs(n) < min || Math.abs(n) > max || (!signed && n < min)) return `${v} is out of range ${signed ? `±${min}..${max}` : `${min}..${max}`}`;
  }
  return null;
};
const int = (min: number, max: number): PartCheck => (value) =>
  /^\d{1,5}$/.test(value) && Number(value) >= min && Number(value) <= max ? null : `must be a whole number ${min}..${max}`;

/** The RRULE parts taken, and how each value is checked. UNTIL is refused: the protocol's endDate bounds it. */
const PARTS: Record<string, PartCheck> = {
  FREQ: (v) => ((FREQS as readonly string[]).includes(v) ? null : `must be one of ${FREQS.join(', ')}`),
  INTERVAL: int(1, 366),
  COUNT: int(1, 10_000),
  BYHOUR: intList(0, 23),
  BYMINUTE: intList(0, 59),
  BYSECOND: intList(0, 59),
  BYDAY: (v) => (v.split(',').every((d) => /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.test(d) && Math.abs(parseInt(d, 10) || 1) <= 53) ? null : 'must be weekdays MO..SU, optionally with an ordinal (1MO, -1FR)'),
  BYMONTH: intList(1, 12),
  BYMONTHDAY: intList(1, 31, true),
  BYYEARDAY: intList(1, 366, true),
  BYWEEKNO: intList(1, 53, true),
  BYSETPOS: intList(1, 366, true),
  WKST: (v) => (WEEKDAYS.includes(v) ? null : 'must be a weekday MO..SU'),
};

/** The parts of a rule, checked; throws ScheduleError naming the first problem. */
export function parseRrule(rrule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const eq = part.indexOf('=');
    const name = eq > 0 ? part.slice(0, eq) : part;
    const value = eq > 0 ? part.slice(eq + 1) : '';
    if (name === 'UNTIL') throw new ScheduleError('UNTIL is not taken: the protocol\'s endDate says when doses stop (COUNT is taken)');
    const check = PARTS[name];
    if (!check) throw new ScheduleError(`${name} is not a recurrence rule part treatments-svc takes (${Object.keys(PARTS).join(', ')})`);
    if (parts.has(name)) throw new ScheduleError(`${name} is given twice`);
    if (!value) throw new ScheduleError(`${name} has no value`);
    const problem = check(value);
    if (problem) throw new ScheduleError(`${name} ${problem}`);
    parts.set(name, value);
  }
  if (!parts.has('FREQ')) throw new ScheduleError('FREQ is required (HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY)');
  if (parts.has('BYWEEKNO') && parts.get('FREQ') !== 'YEARLY') throw new ScheduleError('BYWEEKNO is only valid with FREQ=YEARLY');
  if (parts.has('BYYEARDAY') && ['DAILY', 'WEEKLY', 'MONTHLY'].includes(parts.get('FREQ')!)) throw new ScheduleError('BYYEARDAY is not valid with FREQ=DAILY, WEEKLY or MONTHLY');
  if (parts.has('BYMONTHDAY') && parts.get('FREQ') === 'WEEKLY') throw new ScheduleError('BYMONTHDAY is not valid with FREQ=WEEKLY');
  return parts;
}

/** A schedule ready to expand: its due instants (epoch ms) in a window. */
export class CompiledSchedule {
  private constructor(private readonly rule: RRuleTemporal, private readonly timeZone: string) {}

  /**
   * Checks and compiles a schedule in `timeZone` for a protocol starting on `startDate`. Throws ScheduleError
   * for a rule that is not taken or that the library refuses.
   */
  static compile(schedule: ScheduleInput, timeZone: string, startDate: string): CompiledSchedule {
    parseRrule(schedule.rrule);
    const wallStart = schedule.dtstart ?? `${startDate}T00:00:00`;
    let rule: RRuleTemporal;
    try {
      rule = new RRuleTemporal({
        rruleString: schedule.rrule,
        // The wall clock, carried as UTC (see above): the zone is applied to each occurrence afterwards.
        dtstart: Temporal.PlainDateTime.from(wallStart).toZonedDateTime('UTC'),
        temporal: Temporal,
        strict: true,
        cache: false,
      });
      // One expansion now, so a rule the library cannot run fails the write, not a later read.
      rule.all((_, i) => i < 1);
    } catch (err) {
      throw new ScheduleError(`the recurrence rule cannot be used: ${(err as Error).message}`);
    }
    return new CompiledSchedule(rule, timeZone);
  }

  /** Due instants (epoch ms, ascending, distinct) with `fromMs <= t < toMs`. */
  between(fromMs: number, toMs: number): number[] {
    if (toMs <= fromMs) return [];
    // The wall-clock window that holds every instant of [from, to) in any zone: a day of margin each side.
    const wallFrom = wallAsUtc(fromMs - DAY, this.timeZone);
    const wallTo = wallAsUtc(toMs + DAY, this.timeZone);
    const out = new Set<number>();
    for (const wall of this.rule.between(wallFrom, wallTo, true)) {
      const t = instantOfWall(wall.epochMilliseconds, this.timeZone);
      if (t >= fromMs && t < toMs) out.add(t);
    }
    return [...out].sort((a, b) => a - b);
  }
}

/** The instant of a wall-clock time in `timeZone` by Temporal's `compatible` disambiguation (see above). */
export function placeInZone(wallMs: number, timeZone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(wallMs).toZonedDateTimeISO('UTC').toPlainDateTime()
    .toZonedDateTime(timeZone, { disambiguation: 'compatible' }).epochMilliseconds;
}

/** zone → wall-clock midnight (as UTC ms) → instant minus wall time there. Bounded: cleared when large. */
const dayShifts = new Map<string, Map<number, number>>();

function dayShift(timeZone: string, wallMidnight: number): number {
  let zone = dayShifts.get(timeZone);
  if (!zone) {
    if (dayShifts.size >= 200) dayShifts.clear();
    zone = new Map();
    dayShifts.set(timeZone, zone);
  }
  let shift = zone.get(wallMidnight);
  if (shift === undefined) {
    if (zone.size >= 50_000) zone.clear();
    shift = placeInZone(wallMidnight, timeZone) - wallMidnight;
    zone.set(wallMidnight, shift);
  }
  return shift;
}

/**
 * placeInZone, fast: on a day whose two midnights have the same UTC offset there is no transition, so a wall time
 * that day is its instant at that offset (arithmetic, no Temporal call). On a transition day (the offsets differ,
 * also when midnight itself is in a gap) Temporal places it. Equal to placeInZone for every wall time (tested).
 */
export function instantOfWall(wallMs: number, timeZone: string): number {
  const midnight = Math.floor(wallMs / DAY) * DAY;
  const shift = dayShift(timeZone, midnight);
  return shift === dayShift(timeZone, midnight + DAY) ? wallMs + shift : placeInZone(wallMs, timeZone);
}

/** The local wall-clock time of an instant in `timeZone`, as a UTC ZonedDateTime with the same fields. */
function wallAsUtc(ms: number, timeZone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDateTime().toZonedDateTime('UTC');
}

/** 00:00 of a calendar date in `timeZone` (the first instant of that day: 01:00 where midnight does not exist). */
export function startOfDay(date: string, timeZone: string): number {
  return Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds;
}

/** The calendar date after `date`. */
export function nextDate(date: string): string {
  return Temporal.PlainDate.from(date).add({ days: 1 }).toString();
}
