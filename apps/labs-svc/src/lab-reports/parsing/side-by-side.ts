import type { Cell, SourceLine } from './parse.types.js';
import { expandTabs, headerColumns, textCells } from './table.js';

/**
 * (pdf7) Two tables printed side by side (`HEMATOLOGY` beside `CHEMISTRY`, a gutter between): one line holds a row of
 * each under a header printed twice (`Test  Result  Units  Ref.  Test  Result  Units  Ref.`). Read as printed, each
 * line joins two rows under a doubled header and neither reads. Here such a block becomes the left table's lines, then
 * the right table's, each under its own header:
 * - the header: a line whose cells are two headers (each with its name column first, each a header headerColumns
 *   reads), the second starting with the same words as the first, after a gap;
 * - where the right table starts: between the end of the left header and the start of the right one (the gutter's
 *   middle); a cell belongs to the side where it starts;
 * - the block: the line above the header when it holds words only on either side (the tables' titles), the header,
 *   and the lines after it until the first that ends it: a line on another page (a PDF's block ends with its page), a
 *   blank line, another such header, a section's title (words only, no number, on one side of the gutter: `LIPID
 *   PANEL`, `URINE`), a line with a cell across the gutter (text under both tables), or one whose cells do not fit the
 *   two tables' columns (a number under the right table's names: a full-width table's row, `pH  …  6.0  …  5.0-8.0`).
 *   A text has no pages: without these ends its block ran to the end of the file.
 * Cells are the line's own (a PDF's, in points) or its text's runs (a fixed-width text, in characters): a text's
 * halves keep their characters' places (the right half cut where the right table starts), a PDF's their cells.
 * Lines of a table's own cells (Markdown, HTML) are left as they are.
 */
export function sideBySideTables(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  // (Each line's cells and header looked up once: the block's end is looked for on the lines a next block may start on.)
  const cellsOfLine = new Map<number, Cell[]>();
  const cellsAt = (k: number) => cellsOfLine.get(k) ?? cellsOfLine.set(k, cellsOf(lines[k]!)).get(k)!;
  const splits = new Map<number, Split | null>();
  // (A header printed again, on every page, looked up once: by its cells' words and places.)
  const headers = new Map<string, Split | null>();
  const headerOf = (c: readonly Cell[]) => {
    // (Two headers of twelve columns at most: a longer line is no such header, and is not tried at every cell.)
    if (c.length < 4 || c.length > 2 * MOST_COLUMNS) return null;
    const key = c.map((x) => `${x.x}:${x.end}:${x.text}`).join('\t');
    return headers.get(key) ?? headers.set(key, doubledHeader(c)).get(key)!;
  };
  const splitAt = (k: number) => (splits.has(k) ? splits.get(k)! : splits.set(k, lines[k]!.tableCells ? null : headerOf(cellsAt(k))).get(k)!);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const split = splitAt(i);
    if (split === null) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    const block: number[] = [i];
    // The tables' titles over the header (words only, nothing across the gutter).
    const above = lines[i - 1];
    if (above && out[out.length - 1] === above && !above.tableCells && above.page === line.page && !/\d/.test(above.text)
      && cellsAt(i - 1).some((c) => c.x >= split.at) && !cellsAt(i - 1).some((c) => across(c, split))) {
      out.pop();
      block.unshift(i - 1);
    }
    let j = i + 1;
    for (; j < lines.length; j++) {
      const next = lines[j]!;
      if (next.tableCells || next.page !== line.page || !next.text.trim() || splitAt(j)) break;
      const cells = cellsAt(j);
      if (!byIndex(next, cells, split) && (cells.some((c) => across(c, split)) || isTitle(next, cells, split) || !fits(cells, split))) break;
      block.push(j);
    }
    const halves = block.map((k) => halvesOf(lines[k]!, cellsAt(k), split));
    out.push(...halves.flatMap((h) => (h.left ? [h.left] : [])), ...halves.flatMap((h) => (h.right ? [h.right] : [])));
    i = j - 1;
  }
  return out ?? lines;
}

/** The most columns a table's header names (a cumulative table's dates included). */
const MOST_COLUMNS = 12;

/**
 * Where the right table starts: the gutter's middle (`at`), the right header's first cell (`right`) and its second
 * (`nameEnd`: the right table's name column ends there); the header's cells (`count`) and the index of the right
 * header's first (`k`).
 */
interface Split { at: number; right: number; nameEnd: number; count: number; k: number }

/**
 * A text's line with a cell for every column of both headers, none of them where the right header's first starts:
 * split by the cells' order, at the right header's index — text copied out of a PDF has its columns no longer at their
 * places (`Hemoglobin  142  g/L  133-173  Glucose  6.4 H  mmol/L  3.6-6.0`). A fixed-width text's row (a cell where
 * the right table's names start) is split by place, whatever its cells' count (`WBC  3.2  L  10^3/uL  4.0-11.0` beside
 * `Sodium  140  mmol/L  135-145`: the left flag a cell the left header has no column for); so is a line with fewer or
 * more cells.
 */
const byIndex = (line: SourceLine, cells: readonly Cell[], split: Split) => !line.cells && cells.length === split.count
  && !cells.some((c) => Math.abs(c.x - split.right) <= 1);

/** A section's title after the tables: words only (no number), all on one side of the gutter (`LIPID PANEL`, `URINE`). */
const isTitle = (line: SourceLine, cells: readonly Cell[], split: Split) => !/\d/.test(line.text)
  && (cells.every((c) => c.x < split.at) || cells.every((c) => c.x >= split.at));

/**
 * Whether a line's cells fit the two tables' columns: no number where the right table prints its names (a full-width
 * table's value under them: `pH  …  6.0  …  5.0-8.0`, `TSH  …  2.1  mIU/L  0.4-4.0`).
 */
const fits = (cells: readonly Cell[], split: Split) => !cells.some((c) => c.x >= split.at && c.x < split.nameEnd && /^[<>≤≥]?=?\d/.test(c.text));

const cellsOf = (l: SourceLine): Cell[] => l.cells ?? textCells(l.text);
const words = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');
/** A cell that starts left of the gutter and runs past the right table's start: text under both tables. */
const across = (c: Cell, split: Split) => c.x < split.at && c.end > split.right;

/** The split of a header printed twice on its line (sideBySideTables), or null for any other line. */
function doubledHeader(cells: readonly Cell[]): Split | null {
  // (Its cells counted by headerOf, above: between four and twice MOST_COLUMNS.)
  const first = words(cells[0]!.text);
  for (let k = 2; k <= cells.length - 2; k++) {
    const c = cells[k]!;
    if (words(c.text) !== first || c.x <= cells[k - 1]!.end) continue;
    const left = headerColumns(cells.slice(0, k));
    const right = left?.[0]?.role === 'name' ? headerColumns(cells.slice(k)) : null;
    if (right?.[0]?.role === 'name') return { at: (cells[k - 1]!.end + c.x) / 2, right: c.x, nameEnd: cells[k + 1]!.x, count: cells.length, k };
  }
  return null;
}

/** Cells as one line's text, two spaces between them (a cell gap, as the readers take one). */
const cellsText = (part: readonly Cell[]): string => part.map((c) => c.text).join('  ');

/** A line of the block as its left and its right table's lines (either absent when that side holds nothing). */
function halvesOf(line: SourceLine, cells: readonly Cell[], split: Split): { left?: SourceLine; right?: SourceLine } {
  const left = cells.filter((c) => c.x < split.at);
  const right = cells.filter((c) => c.x >= split.at);
  if (!right.length) return { left: line };
  if (byIndex(line, cells, split)) {
    return { left: { ...line, text: cellsText(cells.slice(0, split.k)) }, right: { ...line, text: cellsText(cells.slice(split.k)) } };
  }
  if (line.cells) {
    const half = (part: Cell[]): SourceLine | undefined => (part.length ? { ...line, text: cellsText(part), cells: part } : undefined);
    return { left: half(left), right: half(right) };
  }
  // A text: each half keeps its characters' places, the other half's cells blanked; the right half cut at its start.
  const expanded = expandTabs(line.text).split('');
  const blank = (part: Cell[]) => {
    const chars = [...expanded];
    for (const c of part) for (let p = c.x; p < c.end && p < chars.length; p++) chars[p] = ' ';
    return chars;
  };
  const leftText = blank(right).join('').trimEnd();
  const rightText = blank(left).slice(Math.ceil(split.at)).join('').trimEnd();
  return { ...(leftText.trim() ? { left: { ...line, text: leftText } } : {}), right: { ...line, text: rightText } };
}
