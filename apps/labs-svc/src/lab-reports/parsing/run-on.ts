import type { SourceLine } from './parse.types.js';
import { isAnswerInWords, isUnitToken } from './tokens.js';

/*
 * (b60) A report's PDF text joined into one line: a text extractor that joins its runs with single spaces and drops
 * the line breaks (pdf.js's text items joined, as an app stores a report's `text`) runs every row into the next:
 * `… Základní biochemická Urea 4.3 2,8 - 8,1 mmol/l Kreatinin 76 44 - 80 umol/l Kyselina močová 275 143 - 339 umol/l …`.
 * Such a line is read as the rows it runs together: it is cut after each `value low - high unit` (a number, a range, a
 * unit token: ROW_END, its other shapes too), and a cut piece whose name starts with the words of a heading or of the
 * page's header (`Základní biochemická Urea`, `Hematologie HB - hemoglobin`) is cut again before its name (`Urea`, `HB -
 * hemoglobin`; nameStart: only where those words end before it — a modifier the catalog lacks stays). Only a line that is one: long (300
 * characters or more), no cells of its own, no tab and no run of two spaces inside it (a line of columns is read as columns; spaces around the line do not count), and
 * four such rows at least (a sentence that quotes a range or two is prose). What the pieces do not make rows of (the
 * header, a block of rows without ranges) is left as text for the reader, as any line is.
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/**
 * A row's end in a run: `value low - high unit` before the next word (the value may be censored, `< 0.6`). (b60 review)
 * Also the range's other shapes (`133–146`, `3.5-5.3`, a bound alone `<5.0`, `>=60`, `> OR = 60`), a flag between the
 * value and the range (`7.9 H 3.9 - 6.1 mmol/L`) and the unit before the range (`6.1 mmol/L 2.5 - 7.8`).
 */
const RANGE = String.raw`(?:${NUMBER} ?[-–] ?${NUMBER}|[<>≤≥]=? ?${NUMBER}|[<>] OR = ${NUMBER})`;
const FLAG_BETWEEN = String.raw`(?:(?:H|L|HH|LL|\*) )?`;
const ROW_END = new RegExp(String.raw`(?<=^|\s)(?:[<>]\s?)?${NUMBER} ${FLAG_BETWEEN}(?:${RANGE} (\S+)|(\S+) ${RANGE})(?= \S)`, 'gu');
const SHORTEST_RUN_ON = 300;
const FEWEST_ROWS = 4;
/** The most words of a name looked for at the end of a piece's words before its value. */
const NAME_WORDS = 5;

export function runOnRowsApart(lines: SourceLine[], knows?: (name: string) => boolean): SourceLine[] {
  // Each line is judged once (its row ends found once); a text with no run-on line is given back as it came.
  let out: SourceLine[] | undefined;
  lines.forEach((l, i) => {
    const ends = runOnEnds(l);
    if (ends) (out ??= lines.slice(0, i)).push(...piecesOf(l, ends, knows));
    else out?.push(l);
  });
  return out ?? lines;
}

interface RowEnd { start: number; end: number }

/** The row ends of a line that runs rows on (runOnRowsApart's line: long, no cells, no columns, four rows at least), or null. */
function runOnEnds(l: SourceLine): RowEnd[] | null {
  const text = l.text.trim();
  if (text.length < SHORTEST_RUN_ON || l.cells || /\t| {2}/.test(text)) return null;
  const ends = rowEnds(text);
  if (ends.length < FEWEST_ROWS) return null;
  // The pieces are cut from the line as it came (its offsets), the test was of the line trimmed.
  return text === l.text ? ends : rowEnds(l.text);
}

/** Where each row of the run ends (after its unit), and where its value begins. */
function rowEnds(text: string): RowEnd[] {
  return [...text.matchAll(ROW_END)].filter((m) => isUnitToken((m[1] ?? m[2])!)).map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

function piecesOf(l: SourceLine, ends: readonly RowEnd[], knows?: (name: string) => boolean): SourceLine[] {
  const pieces: SourceLine[] = [];
  const piece = (text: string) => {
    if (text.trim()) pieces.push({ ...l, text: text.trim() });
  };
  let from = 0;
  for (const end of ends) {
    if (end.start < from) continue;
    const name = l.text.slice(from, end.start);
    const cut = knows ? nameStart(name, knows) : 0;
    if (cut > 0) for (const head of headPieces(name.slice(0, cut), knows!)) piece(head);
    const flag = trailingFlag(l.text.slice(end.end));
    piece(l.text.slice(from + cut, end.end) + flag);
    from = end.end + flag.length;
  }
  piece(l.text.slice(from));
  return pieces;
}

/**
 * (b60 review) A flag printed after a row's unit (`… 0.60 - 1.29 mg/dL H eGFR …`: a Quest-style printout's flag column)
 * is that row's: a lone flag letter or sign before more words, never the start of the next name.
 */
function trailingFlag(rest: string): string {
  return /^ (?:H|L|HH|LL|[HL]\*{1,3}|\*{1,2}|↑|↓|↑↑|↓↓)(?= \S)/u.exec(rest)?.[0] ?? '';
}

/**
 * (b60 review) A discipline's name as a report prints it over its group (the reader's discipline words, DISCIPLINE_ALONE
 * in text-report.parser.ts, by their stems in the languages of the set: `HAEMATOLOGY`, `Hematologie`, `Hämatologie`,
 * `Základní biochemická`, `Klinische Chemie`, `Bioquímica`, `Endokrinologie`, `Diabetologie`, `Gerinnung`), and a
 * panel's (hl7.parser.ts PANEL_NAME's words: `Blutbild`, `Elektrolyte`, `Lipid Panel`, `Hemograma`, `Krevní obraz`,
 * `Schilddrüse`).
 */
const DISCIPLINE_WORD = /^(?:(?:h(?:a|ae)?matolog|ematolog|(?:bio)?(?:chemi|chimi|quimi|kemi)|serolog|imm?unolog|imm?unochemi|endo[ck]rinolog|diabetolog|[ck]oagul|gerinnung|mi[ck]robiolog|patholog)\p{L}*|blutbild|elektrolyte?|schilddruse|(?:leber|nieren)werte|h?emograma?|hemogramme|emocromo|obraz|panel|profile?|profil)$/u;
/** (b60 review) The last word of a table's column header (`Test Result Reference Units`, `… Reference Range Lab`, `Výsledky Normály Jednotky`). */
const HEADER_END_WORD = /^(?:units?|einheit(?:en)?|unidad(?:es)?|unita|unites|jednotky|range|interval|ref|reference|flags?|lab)$/;
const fold = (w: string) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const allCapitals = (w: string) => /^\p{Lu}{2,}:?$/u.test(w);

/**
 * (b60 review) Whether `word`, printed before a piece's last words `name`, ends what comes before the name: a heading (a
 * discipline's word; the last word of a column header; a word in capitals before a name that is not; a label ending
 * in a colon) or the end of a row the
 * run holds without a range (a number or a word with digits, a unit per something, a flag, an answer in words, a dash
 * or sign printed for no result — not the dash of a code before its local name, `WBC - leukocyty`).
 */
function endsBefore(word: string, name: string, before?: string): boolean {
  if (DISCIPLINE_WORD.test(fold(word)) || HEADER_END_WORD.test(fold(word)) || /:$/.test(word) || /\d/.test(word)) return true;
  if (allCapitals(word) && /\p{Ll}/u.test(name)) return true;
  // A clause's end or a conjunction before the name: the run is prose (`… which is low, MCV 74 80 - 100 fL and ferritin 6 …`).
  if (/[,;]$/.test(word) || /^(?:and|or|while|whereas|with|but|plus|und|oder|sowie|y|et)$/.test(word)) return true;
  if (/^[^\p{L}\d]+$/u.test(word)) return !(word === '-' && before !== undefined && /^[A-Z][A-Z0-9]{1,4}$/.test(before));
  return (isUnitToken(word) && /[/%]/.test(word)) || trailingFlag(` ${word} x`) !== '' || isAnswerInWords(word);
}

/**
 * Where a piece's name begins. (b60 review) Words before a name are cut off only where they end before it: before the
 * longest run of the name's last words (at most NAME_WORDS) the catalog knows, when the word before that run ends what
 * comes before (endsBefore: `CHEMISTRY Sodium`, `Základní biochemická Urea`, `Hematologie HB - hemoglobin`, `… g/l
 * Cholesterol`, `… while B12`), or when more than NAME_WORDS words stand before that run (a page's header, a
 * sentence of a letter); else after the last such word when at most NAME_WORDS words follow it (`SEROLOGY HBsAg Negative
 * Ionised Calcium`: `Ionised Calcium`); else nowhere — a modifier the catalog does not know stays in the name
 * (`Ionised Calcium`, `Urine Albumin`, `Red Cell Folate` are no calcium, albumin or folate: an unknown name is the safe
 * reading). 0 (the whole) when the whole is a name the catalog knows.
 */
function nameStart(name: string, knows: (name: string) => boolean): number {
  const words = [...name.matchAll(/\S+/g)];
  if (words.length < 2 || knows(name.trim())) return 0;
  for (let n = Math.min(NAME_WORDS, words.length - 1); n >= 1; n--) {
    const first = words[words.length - n]!;
    const run = name.slice(first.index!).trim();
    if (!knows(run)) continue;
    const i = words.length - n - 1;
    // More words before the name than a name has (a page's header, a letter's sentence) are no part of it either.
    if (endsBefore(words[i]![0], run, words[i - 1]?.[0]) || i + 1 > NAME_WORDS) return first.index!;
    break;
  }
  for (let i = words.length - 2; i >= Math.max(0, words.length - 1 - NAME_WORDS); i--) {
    const rest = name.slice(words[i + 1]!.index!).trim();
    if (endsBefore(words[i]![0], rest, words[i - 1]?.[0])) return words[i + 1]!.index!;
  }
  return 0;
}

/**
 * (b60 review) The words before a piece's name: a heading and the rows the run holds without a range of `value low -
 * high unit` (`HAEMATOLOGY Haemoglobin 118 L 130 - 170 g/L`, `SEROLOGY HBsAg Negative`). A heading before the first
 * such row's name the catalog knows is a piece of its own, as before a piece's name.
 */
function headPieces(head: string, knows: (name: string) => boolean): string[] {
  const words = [...head.matchAll(/\S+/g)];
  const v = words.findIndex((w) => /\d/.test(w[0]) || isAnswerInWords(w[0]) || /^[<>≤≥]/.test(w[0]));
  if (v < 2) return [head];
  const rowName = head.slice(0, words[v]!.index!);
  const rowWords = words.slice(0, v);
  if (knows(rowName.trim())) return [head];
  for (let n = Math.min(NAME_WORDS, v - 1); n >= 1; n--) {
    const first = rowWords[v - n]!;
    const run = rowName.slice(first.index!).trim();
    if (!knows(run)) continue;
    const i = v - n - 1;
    if (endsBefore(rowWords[i]![0], run, rowWords[i - 1]?.[0])) return [head.slice(0, first.index!), head.slice(first.index!)];
    break;
  }
  return [head];
}
