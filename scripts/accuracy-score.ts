import { isDeepStrictEqual } from 'node:util';
import type { LabFlag } from '@pg/contracts';
import type { CodedResult } from '../apps/labs-svc/src/lab-reports/parsing/coding.js';
import { halfWidth } from '../apps/labs-svc/src/lab-reports/parsing/tokens.js';

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
}

/**
 * A row with its texts' full-width forms (`：`, `（`, `Ｅ２`, the ideographic space) as the ASCII they stand for
 * (`halfWidth`, the fold the reader applies to every report). Chinese, Japanese and Korean reports print Latin signs
 * full-width and a key copies them as printed; which form a text carries is no difference a reader of the row would
 * see. (labs47fix) So is the space a censored value prints between its comparator and its number: a key's `< 7.00`
 * (the text as printed) and the reader's `<7.00` are one value (censoredText). Nothing else is folded: a superscript
 * (`10³`) stays unlike its lost form (`103`).
 */
function folded(r: ExpectedRow): ExpectedRow {
  return {
    ...r,
    biomarker: halfWidth(r.biomarker),
    ...(r.valueText !== undefined ? { valueText: censoredText(halfWidth(r.valueText)) } : {}),
    ...(r.unit !== null ? { unit: halfWidth(r.unit) } : {}),
    range: { ...r.range, ...(r.range.text !== undefined ? { text: halfWidth(r.range.text) } : {}) },
  };
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
  for (const e of expected) {
    let i = unpaired.findIndex((a) => a.biomarker === e.biomarker && a.value === e.value);
    if (i < 0) i = unpaired.findIndex((a) => a.biomarker === e.biomarker);
    if (i < 0) {
      s.missed++;
      s.details.push({ expected: e });
      continue;
    }
    const a = asKeyed(unpaired.splice(i, 1)[0]!, e);
    if (isDeepStrictEqual(a, e)) s.exact++;
    else {
      s.missed++;
      s.wrong++;
      s.details.push({ expected: e, actual: a });
    }
  }
  s.invented = unpaired.length;
  for (const a of unpaired) s.details.push({ actual: a });
  return s;
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
