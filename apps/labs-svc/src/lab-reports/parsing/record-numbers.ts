import { firstNotAResult } from './tokens.js';
import { writesPointDecimals, type NumberContext } from './printed-number.js';
import { parseReferenceRange } from './reference-range.js';
import type { RawRow } from './parse.types.js';

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

/** The number context of a record file, from the values and ranges it prints (each field's text). */
export function recordNumberContext(printed: readonly string[]): NumberContext {
  const groups = printed.some((t) => SEVERAL_GROUPS.test(t) || GROUP_BEFORE_DECIMAL_COMMA.test(t) || rangeOfWholeGroups(t));
  return { decimalMark: ',', otherMarkGroups: groups && !printed.some((t) => writesPointDecimals(t)) };
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
