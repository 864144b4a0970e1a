import { readsAsRange } from './reference-range.js';
import { filledLines } from './line-tidy.js';
import { isHeaderWords } from './table.js';
import { isUnitToken, parseFlagToken, parseValueToken, tokenize } from './tokens.js';

/*
 * (colblocks) A table whose text came out one column after another: a PDF's text taken in reading order without its
 * layout (`pdftotext` without `-layout`, a PDF library's text, a copy from a viewer) prints the names of a table's rows,
 * one a line, then their results, then their units, then their ranges:
 *
 *     Test Name / Glucose / BUN / Creatinine / Result / 102 / 15 / 0.98 / Units / mg/dL / mg/dL / mg/dL / Reference /
 *     65-99 / 6-20 / 0.76-1.27
 *
 * The n-th result, unit and range are the n-th name's. Read so only where the evidence is whole: two names or more the
 * catalog knows, one after another; right after them (header words between the columns aside) as many results, one a
 * line, a number first (a flag, a unit or a range may follow it on its line); and after the results a header's words
 * or a column of as many units or ranges. A column of flags shorter than the names (a flag column prints nothing for a
 * normal row) is left out: which row a flag is of cannot be told, and each row's range says it.
 */

/** Whether a line is a result's cell of such a column: a number first (`102`, `<0.5`, `6,2`), then a flag, a unit or a range. */
function resultCell(text: string): boolean {
  const tokens = tokenize(text);
  const first = tokens[0] ? parseValueToken(tokens[0]) : null;
  return first !== null && first.value !== null && tokens.length <= 6;
}

/** Whether a line may be a name's cell: letters first, short, no run of spaces, no more than one comma (`Testosterone, Total`). */
const nameCell = (text: string) => text.length <= 60 && /^\p{L}/u.test(text) && !/\s{2,}|\t|[;|]|,.*,/.test(text);

/** Whether a line is a unit's cell (`mg/dL`, `x10^9/L`, `%`). */
const unitCell = (text: string) => !/\s/.test(text) && isUnitToken(text) && parseValueToken(text) === null;

/**
 * Whether a line is a range's cell (`65-99`, `< 200`, `0.76 - 1.27`), its unit perhaps beside it (`mg/dL 65-99`, `65-99
 * mg/dL`): what reference-range.ts readsAsRange reads, with a bound's sign first or two bounds — a lone number is a
 * result's cell (a column of previous results), never a range's.
 */
const rangeCell = (text: string) => (/^[<>≤≥]/.test(text) || /\d\s*(?:-|–|to)\s*\d/.test(text)) && readsAsRange(text);

/**
 * Lines of such a table as rows, `name  result  unit  range` on the name's line and the other cells' lines blank (the
 * lines keep their places); other lines as printed. `knows`: whether the catalog knows a name.
 */
export function columnBlocksAsRows<T extends { text: string; cells?: unknown }>(lines: readonly T[], knows?: (name: string) => boolean): T[] {
  // (A PDF's lines carry their cells' places: its own readers rebuild the table from them.)
  if (!knows || lines.length < 6 || lines.some((l) => l.cells)) return [...lines];
  const out = [...lines];
  const filled = filledLines(lines);
  // (Asked once a line, and only of a line that may be a name: the catalog's lookup is the cost of every line.)
  const knownLines = new Map<number, boolean>();
  const knownAt = (i: number) => {
    let k = knownLines.get(i);
    if (k === undefined) knownLines.set(i, (k = !resultCell(filled[i]!.text) && knows(filled[i]!.text)));
    return k;
  };
  // (A header's word is none, though the catalog may read it as one: `Test` over the names is testosterone's slang.)
  const known = (i: number) => i < filled.length && nameCell(filled[i]!.text) && !isHeaderWords(filled[i]!.text) && knownAt(i);
  let f = 0;
  while (f < filled.length) {
    let end = f;
    while (known(end)) end++;
    const n = end - f;
    if (n < 2) {
      f++;
      continue;
    }
    // `at`: the next line to read after the names, header words skipped.
    let at = end;
    const headers: number[] = [];
    const skipHeaders = () => {
      let headed = false;
      while (at < filled.length && isHeaderWords(filled[at]!.text)) {
        headers.push(at);
        at++;
        headed = true;
      }
      return headed;
    };
    skipHeaders();
    /** The column of exactly n lines of one kind at `at`: its first line, or -1. */
    const column = (kind: (text: string) => boolean) => {
      for (let i = 0; i < n; i++) if (at + i >= filled.length || !kind(filled[at + i]!.text)) return -1;
      // Exactly n: a column one line longer is another table's, or a name's.
      return at + n < filled.length && kind(filled[at + n]!.text) ? -1 : at;
    };
    const results = column(resultCell);
    if (results < 0) {
      f = end;
      continue;
    }
    at = results + n;
    /** Each column's first line after the names: the results', then the flags', units' and ranges'. */
    const cells: number[] = [results];
    let headedAfter = skipHeaders();
    // A column of flags shorter than the names (a normal row prints none): which row each is of cannot be told, and the
    // range says it; its lines are left out. One as long as the names is each row's.
    const flags: number[] = [];
    while (at < filled.length && flags.length < n && parseFlagToken(filled[at]!.text) !== null) flags.push(at++);
    if (flags.length === n) cells.push(flags[0]!);
    if (flags.length) headedAfter = skipHeaders() || headedAfter;
    // Units, then ranges, or ranges alone, or the two run together: each a column of n lines.
    for (const kind of [unitCell, rangeCell]) {
      const start = column(kind);
      if (start < 0) continue;
      cells.push(start);
      at = start + n;
      skipHeaders();
    }
    if (cells.length === 1 && !headedAfter) {
      f = end;
      continue;
    }
    // (review 39r) A column of units or ranges shorter than the names left after them (`Reference Range` / `70-99` under
    // two names: the eGFR prints none): which row each is of cannot be told — the block is left as printed.
    if (at < filled.length && (unitCell(filled[at]!.text) || rangeCell(filled[at]!.text))) {
      f = end;
      continue;
    }
    for (let i = 0; i < n; i++) {
      const row = [filled[f + i]!.text, ...cells.map((start) => filled[start + i]!.text)].join('  ');
      out[filled[f + i]!.k] = { ...out[filled[f + i]!.k]!, text: row };
      for (const start of cells) out[filled[start + i]!.k] = { ...out[filled[start + i]!.k]!, text: '' };
    }
    for (const g of flags) out[filled[g]!.k] = { ...out[filled[g]!.k]!, text: '' };
    for (const h of headers) if (h > f) out[filled[h]!.k] = { ...out[filled[h]!.k]!, text: '' };
    f = at;
  }
  return out;
}
