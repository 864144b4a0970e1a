import { firstNotAResult, parseValueToken } from './tokens.js';
import { writesPointDecimals, type NumberContext } from './printed-number.js';
import { parseReferenceRange } from './reference-range.js';
import type { ParseWarning, RawRow } from './parse.types.js';

/*
 * (mend18) Numbers of the Belgian and German record files (HealthOne, LDT). Both formats come from countries whose
 * decimal mark is the comma (`4,2`, `1,234` is 1.234). A point before three digits (`1.250`, `7.500`) is a decimal
 * too, unless the file's own values and ranges show points grouping thousands: a number of several groups
 * (`1.234.567`), a group before a decimal comma (`1.234,5`), or a range both of whose bounds are whole groups
 * (`150.000-400.000`, `4.000 - 10.000`) — and no number with a point before one, two or four digits (`5.4`: a file
 * writing point decimals). readPrintedNumber decides each number from this context (`otherMarkGroups`).
 */

const SEVERAL_GROUPS = /(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d.,])/;
const GROUP_BEFORE_DECIMAL_COMMA = /(?<![\d.,])[1-9]\d{0,2}\.\d{3},\d/;
const WHOLE_GROUP = /^[1-9]\d{0,2}\.\d00$/;

/**
 * (mend20) A decimal comma among a file's values or ranges: a comma before one, two or four and more digits (`12,4`,
 * `0,95`, `1,2345`), or any comma in a range (`3,5 - 5,1`, `0,300-4,000`).
 */
const DECIMAL_COMMA = /(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])/;
function writesDecimalCommas(text: string): boolean {
  return DECIMAL_COMMA.test(text) || (/\d,\d/.test(text) && /\d\s*(?:[-–]|\.\.)\s*\d|[<>≤≥]/.test(text));
}

/** A record file's number context, and whether its numbers say nothing of its points (mend20: recordRowNumbers decides). */
export type RecordNumbers = NumberContext & { pointsUnsaid?: boolean };

/**
 * The number context of a record file, from the values and ranges it prints (each field's text): points grouping
 * thousands where the file shows it (mend18); (mend20) where it writes decimal commas (`12,4`, `3,5 - 5,1`), a point
 * before three digits groups thousands as in a German print (`Ferritin 1.250 ng/ml` is 1250: readPrintedNumber's rules
 * for a comma report decide, a row whose own range prints points keeping its decimals); a file writing point decimals
 * (`5.4`) reads its points as decimals; a file saying neither, as decimals unless the lab's flag says otherwise
 * (recordRowNumbers).
 */
export function recordNumberContext(printed: readonly string[]): RecordNumbers {
  const groups = printed.some((t) => SEVERAL_GROUPS.test(t) || GROUP_BEFORE_DECIMAL_COMMA.test(t) || rangeOfWholeGroups(t));
  if (printed.some((t) => writesPointDecimals(t))) return { decimalMark: ',', otherMarkGroups: false };
  if (groups) return { decimalMark: ',', otherMarkGroups: true };
  if (printed.some((t) => writesDecimalCommas(t))) return { decimalMark: ',' };
  return { decimalMark: ',', otherMarkGroups: false, pointsUnsaid: true };
}

/**
 * (mend20) The number context of one record's value: the file's, with the row's unit and range (a row without a unit or
 * whose range prints points is read with point decimals in a comma file, as readPrintedNumber's rules say). In a file
 * whose numbers say nothing of its points, a value of one point before three digits (`2.430`) groups thousands where
 * the lab flags it high (`+`, `H`) and only that reading lies above the range (`CK 2.430 U/l + < 190`); else a decimal.
 */
export function recordRowNumbers(numbers: RecordNumbers, row: { value: string; unit?: string; rangeText?: string; flag?: string }): NumberContext {
  const { pointsUnsaid, ...file } = numbers;
  const context: NumberContext = { ...file, ...(file.otherMarkGroups === undefined ? { unitless: !row.unit?.trim(), rangeText: row.rangeText } : {}) };
  const range = parseReferenceRange(row.rangeText, context);
  const point = /^[1-9]\d{0,2}\.\d{3}$/.exec(row.value.trim());
  // (mend21) A point before three digits in a file writing decimal commas, or saying nothing of its points, is read
  // from the row's own range and flag, never from the file's convention alone (`Creatinine 1.350 mg/dL 0,7-1,2` is
  // 1.35, not 1350): it groups thousands only where the decimal reading contradicts the lab's high flag (`GGT 1.250
  // U/l + < 60`) or lies far below the range (`Ferritin 1.250 ng/ml 30-400`); without a range it is a decimal.
  if ((pointsUnsaid || file.otherMarkGroups === undefined) && point) {
    return { ...context, otherMarkGroups: pointGroups(Number(row.value.trim()), Number(row.value.trim().replace('.', '')), range, row.flag) };
  }
  return { ...context, ...(file.otherMarkGroups === undefined ? { range: { low: range.low, high: range.high } } : {}) };
}

/** (mend21) Whether a point value groups thousands (grouped) rather than marks decimals (decimal), by the row's range and flag. */
function pointGroups(decimal: number, grouped: number, range: ReturnType<typeof parseReferenceRange>, flag: string | undefined): boolean {
  if (range.low === undefined && range.high === undefined) return false;
  const above = (v: number) => range.high !== undefined && (v > range.high || (range.highInclusive === false && v >= range.high));
  if (/^(?:H|HH|\+{1,3})$/i.test(flag?.trim() ?? '') && !above(decimal) && above(grouped)) return true;
  // A low flag the decimal reading explains (`Ferritine 1.480 - 20-300`) keeps it.
  if (/^(?:L|LL|-{1,3})$/i.test(flag?.trim() ?? '') && range.low !== undefined && decimal < range.low) return false;
  if (range.low !== undefined && range.low > 0 && decimal < range.low / 10 && grouped >= range.low) return true;
  return false;
}

/** A range of two bounds each a whole group of thousands (`150.000-400.000`). */
function rangeOfWholeGroups(text: string): boolean {
  const numbers = text.match(/\d+(?:[.,]\d+)*/g) ?? [];
  return numbers.length === 2 && numbers.every((n) => WHOLE_GROUP.test(n)) && /\d\s*[-–]\s*\d/.test(text);
}

/**
 * A record's range as the file's numbers read it: its bounds (and their strictness) where they differ from the
 * printed text's reading without the context (`4.000 - 10.000` in a file grouping thousands), as the text reader's
 * readGroupedNumbers sets them; nothing where they agree.
 */
export function recordRange(rangeText: string | undefined, context: NumberContext): RawRow['range'] | undefined {
  if (!rangeText) return undefined;
  const range = parseReferenceRange(rangeText, context);
  const printed = parseReferenceRange(rangeText);
  if (range.low === printed.low && range.high === printed.high) return undefined;
  return {
    ...(range.low !== undefined ? { low: range.low } : {}),
    ...(range.high !== undefined ? { high: range.high } : {}),
    ...(range.lowInclusive === false ? { lowInclusive: false } : {}),
    ...(range.highInclusive === false ? { highInclusive: false } : {}),
  };
}

/** (mend18) A record's text value that says no result is there (yet): `volgt`, `en cours`, `Befund folgt`, `Material hämolytisch, nicht bestimmbar`. */
export function recordSaysNoResult(text: string): string | null {
  return firstNotAResult(text.trim().split(/\s+/), 0)?.reason ?? null;
}

/**
 * A record's flag field as the reader's flags (HealthOne and LDT alike): `+`/`++` above the range, `-`/`--` below
 * it, `!` out of the usual (abnormal); letters (`H`, `L`, `*`, `A`, `N`) and `<`/`>` as printed.
 */
export function recordFlag(field: string | undefined): string | undefined {
  const f = (field ?? '').trim();
  if (!f) return undefined;
  if (/^\+{1,3}$/.test(f)) return 'H';
  if (/^-{1,3}$/.test(f)) return 'L';
  if (/^!+$/.test(f)) return 'A';
  return f;
}

/** The value fields of a record's row: a number (with its comparator and the censored text as printed) or a text. */
export type RecordValue = Pick<RawRow, 'value' | 'comparator' | 'valueText'>;

/**
 * A record's printed value as its row's value fields, read with the row's unit, range and flag (recordRowNumbers): a
 * number where the value field prints one (`4,4`, `<3`, `2.430`), else `text` (the field itself unless the format
 * gives a result text apart) — or `{ none }` where that text says no result is there (recordSaysNoResult).
 */
export function recordValue(
  numbers: RecordNumbers, printed: string | undefined, row: { unit?: string; rangeText?: string; flag?: string }, text = printed,
): RecordValue | { none: string } | null {
  const compact = (printed ?? '').replace(/\s+/g, '');
  const v = compact && /^[<>=≤≥]*[-+]?\d/.test(compact)
    ? parseValueToken(compact, recordRowNumbers(numbers, { value: compact.replace(/^[<>=≤≥]+/, ''), ...row }))
    : null;
  if (v) return { value: v.value, ...(v.comparator ? { comparator: v.comparator, valueText: compact } : {}) };
  if (!text) return null;
  const none = recordSaysNoResult(text);
  return none ? { none } : { value: null, valueText: text };
}

/** The warning of a record file read up to its second patient (HealthOne, LDT). */
export function otherPatientWarning(line: number): ParseWarning {
  return { code: 'other-patient', message: 'This file holds results of more than one patient: those after the second patient record were not read', line };
}
