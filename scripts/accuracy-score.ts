import { isDeepStrictEqual } from 'node:util';
import type { LabFlag } from '@pg/contracts';
import type { CodedResult } from '../apps/labs-svc/src/lab-reports/parsing/coding.js';
import { halfWidth } from '../apps/labs-svc/src/lab-reports/parsing/tokens.js';
import { toUcum } from '../apps/labs-svc/src/lab-reports/parsing/units.js';

/**
 * How a parse is scored against the rows written by hand (scripts/accuracy.ts, the accuracy specs). A row is the
 * biomarker (catalog key, or `?Printed Name` for a name the catalog does not know), the value (or the text of a
 * result that is not a number), the UCUM unit, the range (text and bounds) and the flag.
 */
export interface ExpectedRow {
  biomarker: string;
  value: number | null;
  valueText?: string;
  unit: string | null;
  range: { low?: number; high?: number; text?: string };
  flag: LabFlag | null;
}

/** A parsed result in the shape of an expected row. */
export function actualRow(c: CodedResult): ExpectedRow {
  return {
    biomarker: c.biomarker?.key ?? `?${c.name}`,
    value: c.value,
    ...(c.valueText ? { valueText: c.valueText } : {}),
    unit: c.unit,
    range: { ...(c.range.low !== undefined ? { low: c.range.low } : {}), ...(c.range.high !== undefined ? { high: c.range.high } : {}), ...(c.range.text !== undefined ? { text: c.range.text } : {}) },
    flag: c.flag,
  };
}

export interface Score {
  /** Rows written by hand. */
  expected: number;
  /** Expected rows the parse got exactly right. */
  exact: number;
  /** Expected rows not exactly right: not found at all, or found with a field wrong (`wrong` counts those). */
  missed: number;
  /** Of the missed rows, those the parse found (same biomarker) with some field wrong. */
  wrong: number;
  /** Parsed rows no expected row accounts for. */
  invented: number;
  details: { expected?: ExpectedRow; actual?: ExpectedRow }[];
  /**
   * Per expected row, the index among the actual rows of the row paired with it (-1: none); the indices of the
   * expected rows not exactly right and of the actual rows paired with none (both in `details`' order): what a
   * caller needs to find a row's line (robustness --delta). Per scoreRows call only; addScores does not carry them.
   */
  pairedWith?: number[];
  missedAt?: number[];
  inventedAt?: number[];
}

/**
 * A row with its texts' full-width forms (`：`, `（`, `Ｅ２`, the ideographic space) as the ASCII they stand for
 * (`halfWidth`, the fold the reader applies to every report). Chinese, Japanese and Korean reports print Latin signs
 * full-width and a key copies them as printed; which form a text carries is no difference a reader of the row would
 * see. (labs47fix) So is the space a censored value prints between its comparator and its number: a key's `< 7.00`
 * (the text as printed) and the reader's `<7.00` are one value (censoredText). Nothing else is folded: a superscript
 * (`10³`) stays unlike its lost form (`103`). (labs49fix) And so is the row's own unit printed after its range
 * (`16.5-55.9 nmol/L` and `16.5-55.9` under nmol/L: rangeWithoutRowUnit).
 */
function folded(r: ExpectedRow): ExpectedRow {
  const text = r.range.text === undefined ? undefined : rangeWithoutRowUnit(halfWidth(r.range.text), r.unit);
  return {
    ...r,
    biomarker: halfWidth(r.biomarker),
    ...(r.valueText !== undefined ? { valueText: censoredText(halfWidth(r.valueText)) } : {}),
    ...(r.unit !== null ? { unit: halfWidth(r.unit) } : {}),
    range: { ...r.range, ...(text !== undefined ? { text } : {}) },
  };
}

/**
 * (labs49fix) A range's text without a unit at its end when that unit reads (toUcum) as the row's own unit, on the
 * key's side and the reader's alike: `16.5-55.9 nmol/L` → `16.5-55.9` under nmol/L, `0-5 /hpf` under /[HPF],
 * `4.0-6.0%` under %. Keys disagree on it (batch 33's keep a range's bounds only, batches 36's and 49's the unit where
 * the range prints it) and the unit is scored in the unit field already, so it is no difference. Tried as the unit:
 * the last word, the last two words (`mL/min/1.73 m2`) and what follows the last digit of the last word (`4.0-6.0%`,
 * `0-5/µL`). Words (`Normal <1000`) and a unit unlike the row's (`4-10 x10³/µL` under 10*9/L) stay.
 */
function rangeWithoutRowUnit(text: string, unit: string | null): string {
  if (unit === null) return text;
  for (const [head, tail] of unitTails(text)) {
    if (endsAsRange(head) && /[a-zµμ%/]/i.test(tail) && toUcum(tail) === unit) return head.trimEnd();
  }
  return text;
}

/**
 * (labs49fix review) Whether what is left before a unit ends as a range's text does: a digit, `%` or `)` (`150-400`,
 * `(calc)`), or a whole word of two letters or more (the normal answer: `None seen` of `None seen /lpf`) — not a part
 * of the unit left behind (`x` of `x 10^3/uL`, `/`, `per`) nor a dash (`70 -`).
 */
function endsAsRange(head: string): boolean {
  const end = head.trimEnd();
  return /[\d%)]$/.test(end) || (/(?:^|\s)\p{L}{2,}$/u.test(end) && !/(?:^|\s)per$/i.test(end));
}

/**
 * A text split before each candidate unit at its end (rangeWithoutRowUnit): [text before, unit] pairs, the longest
 * unit first. (labs49fix review) A unit's last word reads as the whole unit too (`10^3/uL` of `x 10^3/uL`, `hpf` of
 * `/ hpf` and `per HPF`), so the shorter tail first left `150-400 x`, `0-5 /`, `0-5 per`.
 */
function unitTails(text: string): [string, string][] {
  const words = [...text.matchAll(/\S+/g)];
  const last = words.at(-1);
  if (!last) return [];
  const tails = words.slice(-2).map((w): [string, string] => [text.slice(0, w.index), text.slice(w.index).trimEnd()]);
  let digit = last[0].length;
  while (digit > 0 && !/\d/.test(last[0][digit - 1]!)) digit--;
  if (digit > 0) tails.push([text.slice(0, last.index + digit), last[0].slice(digit)]);
  return tails;
}

/**
 * (labs47fix) A value's text with no space between a comparator (`<`, `>`, `<=`, `>=`, `≤`, `≥`) and the number after
 * it (`< 7.00` → `<7.00`, `>= 0.550` → `>=0.550`), on the key's side and the reader's alike; any other space stays.
 */
function censoredText(text: string): string {
  return text.replace(/([<>]=?|[≤≥])\s+(?=[-+]?\.?\d)/g, '$1');
}

/**
 * Pairs expected rows with parsed rows: each expected row takes the first parsed row still unpaired with the same
 * biomarker and the same value, else the first with the same biomarker. Exact when every field is equal (a number's
 * printed text only where the key gives it: asKeyed).
 */
export function scoreRows(expectedRows: readonly ExpectedRow[], actualRows: readonly ExpectedRow[]): Score {
  const expected = expectedRows.map(folded);
  const actual = actualRows.map(folded);
  const s: Score = { expected: expected.length, exact: 0, missed: 0, wrong: 0, invented: 0, details: [] };
  const unpaired = [...actual];
  const at = actual.map((_, i) => i);
  const pairedWith: number[] = [];
  const missedAt: number[] = [];
  for (const [k, e] of expected.entries()) {
    let i = unpaired.findIndex((a) => a.biomarker === e.biomarker && a.value === e.value);
    if (i < 0) i = unpaired.findIndex((a) => a.biomarker === e.biomarker);
    if (i < 0) {
      s.missed++;
      s.details.push({ expected: e });
      missedAt.push(k);
      pairedWith.push(-1);
      continue;
    }
    pairedWith.push(at.splice(i, 1)[0]!);
    const a = asKeyed(unpaired.splice(i, 1)[0]!, e);
    if (isDeepStrictEqual(a, e)) s.exact++;
    else {
      s.missed++;
      s.wrong++;
      s.details.push({ expected: e, actual: a });
      missedAt.push(k);
    }
  }
  s.invented = unpaired.length;
  for (const a of unpaired) s.details.push({ actual: a });
  return Object.assign(s, { pairedWith, missedAt, inventedAt: at });
}

/**
 * A parsed row as its expected row states it: a number keyed without its printed text (most keys write a censored
 * `<0.6` as the number alone) is compared without the text the reader keeps beside it; a key that writes the text too
 * (`value` 0.6, `valueText` "<0.6") is scored on it, so a reader that drops the `<` is wrong there.
 */
function asKeyed(a: ExpectedRow, e: ExpectedRow): ExpectedRow {
  if (e.value === null || e.valueText !== undefined || a.value === null || a.valueText === undefined) return a;
  const { valueText: _text, ...number } = a;
  return number;
}

/** Sums scores (details kept). */
export function addScores(scores: readonly Score[]): Score {
  const t: Score = { expected: 0, exact: 0, missed: 0, wrong: 0, invented: 0, details: [] };
  for (const s of scores) {
    t.expected += s.expected;
    t.exact += s.exact;
    t.missed += s.missed;
    t.wrong += s.wrong;
    t.invented += s.invented;
    t.details.push(...s.details);
  }
  return t;
}

/** % of expected rows exactly right (0 when nothing was expected). */
export function percentExact(s: Pick<Score, 'expected' | 'exact'>): number {
  return s.expected ? (100 * s.exact) / s.expected : 0;
}
