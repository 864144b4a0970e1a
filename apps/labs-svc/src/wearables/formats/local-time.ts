/**
 * Zone-less local times (LibreView's `DD-MM-YYYY HH:MM`, Clarity's display timestamps) → instants, in an IANA zone.
 * A local time in a DST gap (it never happened on the wall clock) moves forward by the gap; a local time the clock
 * showed twice (the repeated hour when DST ends) has two instants: `occurrence` 1 is the first (the earlier offset),
 * 2 the second. Offsets are looked up once per zone and local hour (a year of 5-minute readings is 8,760 lookups).
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether a string names an IANA time zone this runtime knows. */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || !zone || zone.length > 64) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in milliseconds (local = utc + offset). */
export function offsetAt(zone: string, epochMs: number): number {
  const parts = formatter(zone).formatToParts(new Date(epochMs));
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  const local = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return local - Math.floor(epochMs / 1000) * 1000;
}

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Offsets bracketing a wall-clock day or hour, cached per zone: [offset before, offset after]. */
const offsetCache = new Map<string, [number, number]>();

function offsetsAround(zone: string, wallStart: number, spanMs: number): [number, number] {
  const key = `${zone}|${wallStart}|${spanMs}`;
  let hit = offsetCache.get(key);
  if (!hit) {
    // Offsets a day before and a day after the span bracket any transition within it.
    hit = [offsetAt(zone, wallStart - 86_400_000), offsetAt(zone, wallStart + spanMs + 86_400_000)];
    if (offsetCache.size > 100_000) offsetCache.clear();
    offsetCache.set(key, hit);
  }
  return hit;
}

export type LocalResolution = { instant: Date; kind: 'exact' | 'gap' | 'repeat' };

let lastDay: { zone: string; day: number; offsets: [number, number] } = { zone: '', day: NaN, offsets: [0, 0] };

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The instant of a local time in `zone` (see the module comment for gaps and repeats). */
export function localToInstant(t: LocalTime, zone: string, occurrence: 1 | 2 = 1): LocalResolution {
  return wallToInstant(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second), zone, occurrence);
}

/** As localToInstant, for a wall-clock time given as the epoch milliseconds it would be in UTC (`isoLocalWall`). */
export function wallToInstant(wall: number, zone: string, occurrence: 1 | 2 = 1): LocalResolution {
  if (zone === 'UTC' || zone === 'Etc/UTC') return { instant: new Date(wall), kind: 'exact' };
  // Most days have one offset all day: one lookup per zone and day (and a file's rows come day after day: the last
  // day's offsets are kept at hand).
  const day = wall - ((wall % DAY) + DAY) % DAY;
  if (day !== lastDay.day || zone !== lastDay.zone) lastDay = { zone, day, offsets: offsetsAround(zone, day, DAY) };
  const [d1, d2] = lastDay.offsets;
  if (d1 === d2) return { instant: new Date(wall - d1), kind: 'exact' };
  const hour = wall - ((wall % HOUR) + HOUR) % HOUR;
  const [o1, o2] = offsetsAround(zone, hour, HOUR);
  if (o1 === o2) return { instant: new Date(wall - o1), kind: 'exact' };
  // A transition nearby: which candidate instants really show this wall time?
  const candidates = [wall - o1, wall - o2].filter((u, i, all) => all.indexOf(u) === i && u + offsetAt(zone, u) === wall).sort((x, y) => x - y);
  if (candidates.length === 2) return { instant: new Date(candidates[occurrence - 1]!), kind: 'repeat' };
  if (candidates.length === 1) return { instant: new Date(candidates[0]!), kind: 'exact' };
  // In the gap: the wall time plus the gap, i.e. read with the offset from before the transition.
  return { instant: new Date(wall - Math.min(o1, o2)), kind: 'gap' };
}

/** `DD-MM-YYYY HH:MM[:SS]` (LibreView) → parts, or null. */
export function parseDayFirst(text: string): LocalTime | null {
  const m = /^(\d{2})-(\d{2})-(\d{4})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  return check({ year: +m[3]!, month: +m[2]!, day: +m[1]!, hour: +m[4]!, minute: +m[5]!, second: +(m[6] ?? 0) });
}

/** `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DD HH:MM:SS` (Clarity, web or Android) → parts, or null. */
export function parseIsoLocal(text: string): LocalTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  return check({ year: +m[1]!, month: +m[2]!, day: +m[3]!, hour: +m[4]!, minute: +m[5]!, second: +(m[6] ?? 0) });
}

/** Two ASCII digits at `i` as a number, or -1. */
function two(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * What parseIsoLocal reads, as the wall time's epoch milliseconds read as UTC (for wallToInstant), or NaN. The
 * printed shapes (`YYYY-MM-DDTHH:MM:SS`, a space for the T, no seconds) are read digit by digit: a CGM export is a
 * timestamp a row, and a regular expression and an object per row were a fifth of reading one.
 */
export function isoLocalWall(text: string): number {
  const n = text.length;
  if ((n !== 19 && n !== 16) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58) {
    const t = parseIsoLocal(text);
    return t ? Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) : NaN;
  }
  const sep = text.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return NaN;
  const century = two(text, 0);
  const yy = two(text, 2);
  const month = two(text, 5);
  const day = two(text, 8);
  const hour = two(text, 11);
  const minute = two(text, 14);
  let second = 0;
  if (n === 19) {
    if (text.charCodeAt(16) !== 58) return NaN;
    second = two(text, 17);
  }
  if (century < 0 || yy < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return NaN;
  const year = century * 100 + yy;
  if (!validParts(year, month, day, hour, minute, second)) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function check(t: LocalTime): LocalTime | null {
  return validParts(t.year, t.month, t.day, t.hour, t.minute, t.second) ? t : null;
}

function validParts(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0;
  if (day > MONTH_DAYS[month - 1]! + leap) return false;
  return !(hour > 23 || minute > 59 || second > 59);
}

export function formatLocal(t: LocalTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(t.year, 4)}-${p(t.month)}-${p(t.day)}T${p(t.hour)}:${p(t.minute)}:${p(t.second)}`;
}
