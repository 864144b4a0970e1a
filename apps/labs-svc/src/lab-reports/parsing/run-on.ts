import type { SourceLine } from './parse.types.js';
import { isUnitToken } from './tokens.js';

/*
 * (b60) A report's PDF text joined into one line: a text extractor that joins its runs with single spaces and drops
 * the line breaks (pdf.js's text items joined, as an app stores a report's `text`) runs every row into the next:
 * `… Základní biochemická Urea 4.3 2,8 - 8,1 mmol/l Kreatinin 76 44 - 80 umol/l Kyselina močová 275 143 - 339 umol/l …`.
 * Such a line is read as the rows it runs together: it is cut after each `value low - high unit` (a number, a range of
 * two numbers around a spaced dash, a unit token), and a cut piece whose name starts with the words of a heading or of
 * the page's header (`Základní biochemická Urea`, `Hematologie HB - hemoglobin`) is cut again before the longest run of
 * its last words that names a test the catalog knows (`Urea`, `HB - hemoglobin`). Only a line that is one: long (300
 * characters or more), no cells of its own, no tab and no run of two spaces inside it (a line of columns is read as columns; spaces around the line do not count), and
 * four such rows at least (a sentence that quotes a range or two is prose). What the pieces do not make rows of (the
 * header, a block of rows without ranges) is left as text for the reader, as any line is.
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/** A row's end in a run: `value low - high unit` before the next word (the value may be censored, `< 0.6`). */
const ROW_END = new RegExp(String.raw`(?<=^|\s)(?:[<>]\s?)?${NUMBER} ${NUMBER} - ${NUMBER} (\S+)(?= \S)`, 'gu');
const SHORTEST_RUN_ON = 300;
const FEWEST_ROWS = 4;
/** The most words of a name looked for at the end of a piece's words before its value. */
const NAME_WORDS = 5;

export function runOnRowsApart(lines: SourceLine[], knows?: (name: string) => boolean): SourceLine[] {
  if (!lines.some(runsOn)) return lines;
  return lines.flatMap((l) => (runsOn(l) ? piecesOf(l, knows) : [l]));
}

function runsOn(l: SourceLine): boolean {
  const text = l.text.trim();
  return text.length >= SHORTEST_RUN_ON && !l.cells && !/\t| {2}/.test(text) && rowEnds(text).length >= FEWEST_ROWS;
}

/** Where each row of the run ends (after its unit), and where its value begins. */
function rowEnds(text: string): { start: number; end: number }[] {
  return [...text.matchAll(ROW_END)].filter((m) => isUnitToken(m[1]!)).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function piecesOf(l: SourceLine, knows?: (name: string) => boolean): SourceLine[] {
  const pieces: SourceLine[] = [];
  const piece = (text: string) => {
    if (text.trim()) pieces.push({ ...l, text: text.trim() });
  };
  let from = 0;
  for (const end of rowEnds(l.text)) {
    const name = l.text.slice(from, end.start);
    const cut = knows ? nameStart(name, knows) : 0;
    piece(name.slice(0, cut));
    piece(l.text.slice(from + cut, end.end));
    from = end.end;
  }
  piece(l.text.slice(from));
  return pieces;
}

/**
 * Where a piece's name begins: before the longest run of its last words (at most NAME_WORDS) that the catalog knows, when
 * words stand before it; 0 (the whole) when the whole is a name the catalog knows, or when no run of last words is one.
 */
function nameStart(name: string, knows: (name: string) => boolean): number {
  const words = [...name.matchAll(/\S+/g)];
  if (words.length < 2 || knows(name.trim())) return 0;
  for (let n = Math.min(NAME_WORDS, words.length - 1); n >= 1; n--) {
    const first = words[words.length - n]!;
    if (knows(name.slice(first.index!).trim())) return first.index!;
  }
  return 0;
}
