/** The English months' names, January first: one list for every reader of a month's name (prose's too: result-list.ts). */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's first three letters → its number (`jan` → 1). */
const MONTHS: Record<string, number> = Object.fromEntries(MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1]));

function iso(y: number, m: number, d: number, hh = 0, mm = 0): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d, hh, mm));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString();
}

/**
 * (labs45fix review) A year printed with two digits (`15/05/99`, `20/06/01`): 20yy up to next year's two digits, 19yy
 * above them (`99` → 1999, `01` → 2001, in 2026 `27` → 2027 and `28` → 1928). One rule for every reader of dates
 * (parsePrintedDate, a table's column header of dates, a cumulative report's dates line).
 */
export function fullYear(y: number, now: Date = new Date()): number {
  if (y >= 100) return y;
  return y > (now.getUTCFullYear() % 100) + 1 ? 1900 + y : 2000 + y;
}

const year = (y: string) => fullYear(Number(y));

/** The month a word starts with, by its first three letters (`Jan`, `January`, `Sept`, `Janx`) → its number, or undefined. */
const monthOfWord = (word: string): number | undefined => MONTHS[word.slice(0, 3).toLowerCase()];

/** A month's English name or its abbreviation (`Jan`, `January`, `Sept`; not `Janx`) → its number, or undefined. */
function monthOfName(name: string): number | undefined {
  const m = monthOfWord(name);
  return m !== undefined && MONTH_NAMES[m - 1]!.startsWith(name.toLowerCase()) ? m : undefined;
}

/**
 * (labs47fix) A year and a month alone, as a cumulative table heads its columns by the month a sample was taken in
 * (`2026-01`, `2026/01`, `01/2026`, `01.2026`, `Jan 2026`, `January 2026`): the year and the month, or null. The year
 * has four digits (1900–2099), so `01.25` or `3.2026` is no month: a month's number has two digits there, and
 * `10.2025` is a month only where its cell is a column's header (table.ts, headerDate).
 */
export function printedYearMonth(text: string): { year: number; month: number } | null {
  const t = text.trim();
  const yearMonth = (y: string, m: number | undefined) => (m !== undefined && m >= 1 && m <= 12 ? { year: Number(y), month: m } : null);
  const yearFirst = /^(19\d{2}|20\d{2})[-/](\d{2})$/.exec(t);
  if (yearFirst) return yearMonth(yearFirst[1]!, Number(yearFirst[2]));
  const monthFirst = /^(\d{2})[/.](19\d{2}|20\d{2})$/.exec(t);
  if (monthFirst) return yearMonth(monthFirst[2]!, Number(monthFirst[1]));
  const named = /^([A-Za-z]{3,9})\.?[\s-](19\d{2}|20\d{2})$/.exec(t);
  return named ? yearMonth(named[2]!, monthOfName(named[1]!)) : null;
}

/**
 * A date as reports print it, as an ISO timestamp (UTC; a date without a time is midnight UTC): `05/19/2023` (US
 * order), `2023-05-19`, `2025-10-13 11:35`, `Apr 10, 2025`, `April 10 2025`, `10 Apr 2025`. Undefined otherwise.
 */
export function parsePrintedDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d{2}))?/.exec(t);
  if (m) return iso(year(m[3]!), Number(m[1]), Number(m[2]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0));
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(t);
  const named = m && monthOfWord(m[1]!);
  if (m && named) return iso(Number(m[3]), named, Number(m[2]));
  m = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(t);
  const after = m && monthOfWord(m[2]!);
  if (m && after) return iso(Number(m[3]), after, Number(m[1]));
  return undefined;
}

/**
 * A date printed day and month in either order, as a date before a result's name prints it (`12-Mar-2025`, `12 Mar 25`,
 * `2025-03-12`, `25/03/2025`, `03/25/2025`), as an ISO timestamp at midnight UTC: a month's name says which is the
 * month; in numbers, a day over 12 says it, else `order` (the report's, where its other dates say it). Undefined for a
 * numeric date that reads both ways with no order, or no real day.
 */
export function parseDayMonthDate(text: string, order?: 'dmy' | 'mdy'): string | undefined {
  const t = text.trim();
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (isoDate) return iso(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
  const named = /^(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ](\d{4}|\d{2})\b/.exec(t);
  if (named) {
    const month = monthOfName(named[2]!);
    return month ? iso(year(named[3]!), month, Number(named[1])) : undefined;
  }
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/.exec(t);
  if (!numeric) return undefined;
  const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
  const dmy = a > 12 || (b <= 12 && order === 'dmy');
  const mdy = b > 12 || (a <= 12 && order === 'mdy');
  return dmy && !mdy ? iso(y, b, a) : mdy && !dmy ? iso(y, a, b) : undefined;
}

/** How an HL7 time was placed on the time line. */
export type Hl7TimeBasis = 'offset' | 'zone' | 'utc-assumed' | 'date';

export interface Hl7Time {
  /** The instant, ISO 8601 UTC. */
  iso: string;
  /**
   * `offset`: the value carried its own (`-0500`), honoured exactly. `zone`: no offset, read in the sending
   * facility's configured zone. `utc-assumed`: no offset and no zone, read as UTC (the parser warns). `date`: a
   * date without a time of day, midnight UTC as every date of a report.
   */
  basis: Hl7TimeBasis;
}

/**
 * HL7 v2 DTM: `YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ]`. An offset in the value is honoured exactly. A time of day
 * without one is wall-clock time of the sender: read in `zone` (an IANA zone such as `America/Chicago`) when given,
 * else as UTC (`basis: 'utc-assumed'`, for the caller to warn about). A date alone is midnight UTC.
 */
export function readHl7DateTime(value: string | undefined, zone?: string): Hl7Time | undefined {
  const m = /^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d+))?([+-]\d{4})?$/.exec((value ?? '').trim());
  if (!m) return undefined;
  const [, y, mo = '01', d = '01', hh, mi = '00', ss = '00', frac = '', offset] = m;
  if (Number(hh ?? 0) > 23 || Number(mi) > 59 || Number(ss) > 59) return undefined;
  const base = iso(Number(y), Number(mo), Number(d), Number(hh ?? 0), Number(mi));
  if (!base) return undefined;
  const wall = Date.parse(base) + Number(ss) * 1000 + Math.round(Number(`0.${frac || '0'}`) * 1000);
  if (offset) {
    if (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(3, 5)) > 59) return undefined;
    const sign = offset.startsWith('-') ? -1 : 1;
    return { iso: new Date(wall - sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5))) * 60_000).toISOString(), basis: 'offset' };
  }
  if (hh === undefined) return { iso: new Date(wall).toISOString(), basis: 'date' };
  if (zone) return { iso: new Date(wallTimeToInstant(wall, zone)).toISOString(), basis: 'zone' };
  return { iso: new Date(wall).toISOString(), basis: 'utc-assumed' };
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The UTC offset (ms) of `zone` at the instant `t` (ms since the epoch), from Intl. */
function zoneOffsetAt(t: number, zone: string): number {
  let f = zoneFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    zoneFormats.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - (t - (((t % 1000) + 1000) % 1000));
}

/**
 * The instant at which the clocks of `zone` show `wall` (a wall-clock time written as if it were UTC, in ms). Across
 * DST as java.time and Temporal do ("compatible"): a time that occurs twice (the hour after clocks go back) is the
 * first of the two; a time that never occurs (the hour skipped when clocks go forward) is moved forward by the gap.
 */
function wallTimeToInstant(wall: number, zone: string): number {
  const DAY = 86_400_000;
  const before = zoneOffsetAt(wall - DAY, zone);
  const after = zoneOffsetAt(wall + DAY, zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((t) => t + zoneOffsetAt(t, zone) === wall)
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in a gap; read it with the offset in force before the gap.
  return candidates[0] ?? wall - before;
}
