import type { TextParseOptions } from './text-report.parser.js';
import type { RawRow, SourceLine } from './parse.types.js';

/**
 * A specimen prefix before a test's name, as Nordic hospital systems (DIPS, NPU codes) print it: `B-` blood, `S-`
 * serum, `P-`/`PS-` plasma or serum, `Pt-` the patient (a calculated result), `U-` urine, `fS-` fasting serum, `B(aB)-`
 * arterial blood. Case as printed: `NT-proBNP` keeps its `NT-`.
 */
const SPECIMEN_PREFIX = /^(?:[fcav]?(?:B|S|P|PS|SP|Pt|U|Ery|X)|B\([a-zA-Z]{1,3}\))-(?=\S)/;

/**
 * One item of a result list: a name, a value (a series `482 H - 519 H - 612 H` of the same test), a flag glued to it
 * or apart (`11,5L`, `10,5 L`), an optional unit with a slash or a percent sign, and a comment in square brackets.
 */
const NUM = String.raw`[<>]?\d+(?:[.,]\d+)?`;
const FLAG = String.raw`(?:HH|LL|H|L|\*)`;
const ITEM = new RegExp(String.raw`^(.*?\p{L}.*?)\s+(${NUM})\s*(${FLAG})?((?:\s+-\s+${NUM}\s*${FLAG}?)*)(?:\s+(%|[^\s\[\];]*\/[^\s\[\];]+))?\s*(\[[^\]]*\])?$`, 'u');

/**
 * A label before a list's first item that says its items are results (`Results: Natrium 140; …`, `Svar: …`, `Blood
 * tests: …`). Any other label a catalog does not know (`Supplements:`, `Daily targets:`, `Reference ranges:`,
 * `Normal:`, `Ordinert:`) says the numbers are something else: doses, targets, ranges.
 */
const RESULTS_LABEL = /^(?:results?|resultater?|svar|prøvesvar|analysesvar|labsvar|lab(?:s|oratory)?(?:\s+(?:results?|values|tests))?|blood\s*tests?|blodprøver|test\s+results?)$/iu;

/** A unit per time (`IE/d`, `mg/day`, `g/døgn`, `mg/24h`): a dose or an intake, not a result read from a sample. */
const PER_TIME = /\/(?:d|day|dag|døgn|24\s*h)$/iu;

/**
 * Whether two lines are rows of a `;`-separated table, not a list wrapped over lines: they print the same number of
 * semicolons and the first ends with a cell, not with a semicolon (a list wrapped after an item's semicolon goes on).
 */
const tableRows = (a: string, b: string) => !a.trimEnd().endsWith(';') && (a.match(/;/g) ?? []).length === (b.match(/;/g) ?? []).length;

/**
 * Whether a list line goes on on the next line: it ends with a semicolon (wrapped after an item), or its last item has
 * no number yet (wrapped inside an item, `…; B-Hemoglobin` / `11,5L; …`). A line whose last item is whole is a list of
 * its own: two lists on two lines are not one paragraph (the items where they meet would run together).
 */
const wrapsOn = (line: string) => {
  const t = line.trimEnd();
  return t.endsWith(';') || !/\d/.test(t.slice(t.lastIndexOf(';') + 1));
};

/**
 * A printed value's number, its decimal mark read per source line: a comma before one or two digits, or four or more,
 * is a decimal comma (`10,5`, `0,30`) whatever else the line prints; `1,250` (a comma before three digits) is a
 * thousands separator on a line that writes dot decimals and no decimal comma, a decimal comma on a line that writes
 * decimal commas and no dot decimals, and not known otherwise (undefined: the item is no result).
 */
function numberOf(digits: string, line: string): number | undefined {
  if (!digits.includes(',')) return Number(digits);
  if (!/^\d{1,3},\d{3}$/.test(digits)) return Number(digits.replace(',', '.'));
  const plain = line.replace(/\[[^\]]*\]/g, '');
  const dots = /\d\.\d/.test(plain);
  const commas = /(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])/.test(plain);
  if (dots && !commas) return Number(digits.replace(',', ''));
  if (commas && !dots) return Number(digits.replace(',', '.'));
  return undefined;
}

/**
 * Results printed on one line separated by semicolons, as a hospital record copies them (`PS-Kreatinin 94; S-Kalium
 * 4,7; B-Hemoglobin 11,5L; B-Trombocytter 371H`): each item a row of its own, with neither unit nor range. A line is
 * read so only when three items at least are `name value[flag]`, two thirds of them name tests the catalog knows, and
 * most of their values are plain numbers (a line of targets, `LDL <2,6; HDL >1,0`, or of ranges is no result list).
 * The specimen prefix is dropped from the name (`U-` makes the row the urine's), a bracketed code in the name
 * (`[HMR]`) too; a bracketed text after the value is the row's comment. An item without a number (`B-Differensialtelling
 * Utført`) is no result. A value's decimal mark is read per source line (numberOf). A list wrapped over
 * lines (a paragraph: each line but the last ends with a semicolon or inside an item, wrapsOn) is read as one, each row on the line its item begins on; when the paragraph is no list, its lines are tried alone.
 * Lines that print the same number of semicolons, the first not ending with one, are a table's rows (a `;` CSV), never
 * one paragraph; an item that runs
 * over a line break is read only when its name is a test the catalog knows (a header cell is no name for the next
 * row's value).
 * Not results, and counted against the line as items that are none: an unflagged pair `135 - 145` (a range: a series is
 * two flagged values, `482 H - 519 H`, or three or more), a value in a unit per time (`800 IE/d`, a dose), and
 * `1,250` on a line whose decimal mark is not clear (a thousands separator or a decimal comma: not known). A line whose
 * first item follows a label the catalog does not know (`Supplements: Vitamin D 2000; …`) is none unless the label
 * says results (`Results:`, `Svar:`).
 */
export function readResultLists(lines: SourceLine[], opts: TextParseOptions): { lines: SourceLine[]; rows: RawRow[] } {
  const rows: RawRow[] = [];
  const taken = new Set<number>();
  const take = (from: number, to: number, read: RawRow[] | null) => {
    if (!read) return false;
    rows.push(...read);
    for (let k = from; k <= to; k++) taken.add(k);
    return true;
  };
  for (let i = 0; i < lines.length;) {
    if (!lines[i]!.text.includes(';')) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && lines[j]!.text.includes(';') && lines[j + 1]!.text.trim()
      && wrapsOn(lines[j]!.text) && !tableRows(lines[j]!.text, lines[j + 1]!.text)) j++;
    if (j === i || !take(i, j, resultList(lines.slice(i, j + 1), opts))) {
      for (let k = i; k <= j; k++) take(k, k, resultList([lines[k]!], opts));
    }
    i = j + 1;
  }
  if (!rows.length) return { lines, rows };
  return { lines: lines.map((l, k) => (taken.has(k) ? { ...l, text: '', cells: undefined } : l)), rows };
}

function resultList(para: SourceLine[], opts: TextParseOptions): RawRow[] | null {
  // The paragraph's lines joined by a space; where each line begins in the joined text.
  const starts: number[] = [];
  let text = '';
  for (const l of para) {
    if (text) text += ' ';
    starts.push(text.length);
    text += l.text.trim();
  }
  if (!opts.knows || (text.match(/;/g) ?? []).length < 2) return null;
  // A label before the first item: a results heading is dropped (blanked, so that offsets stay), any other is no list.
  const label = /^([^:;\d]{1,40}):\s+(?=\p{L})/u.exec(text);
  if (label) {
    const words = label[1]!.trim();
    if (!RESULTS_LABEL.test(words) && !opts.knows(words)) return null;
    if (RESULTS_LABEL.test(words)) text = ' '.repeat(label[0].length) + text.slice(label[0].length);
  }
  const lineOf = (offset: number) => para[starts.filter((s) => s <= offset).length - 1] ?? para[0]!;
  // Semicolons inside a bracketed comment do not divide items.
  const items = splitOutsideBrackets(text).map((p) => ({ text: p.text.trim(), at: p.at + (p.text.length - p.text.trimStart().length) })).filter((p) => p.text);
  /** Items that are no result (a range, a dose, a number not known): they count against the line. */
  let refused = 0;
  const read: { name: string; urine: boolean; values: { v: string; n: number; flag?: string }[]; unit?: string; comment?: string; source: SourceLine }[] = [];
  for (const { text: item, at } of items) {
    const prefix = SPECIMEN_PREFIX.exec(item)?.[0] ?? '';
    const m = ITEM.exec(item.slice(prefix.length));
    if (!m) continue;
    const name = m[1]!.replace(/\s*\[[^\]]*\]\s*/g, ' ').replace(/[\s,:]+$/, '').trim();
    if (!name) continue;
    // An item across a line break: its name must be a test's, not a header cell before the next row's value.
    const source = lineOf(at);
    if (lineOf(at + item.length - 1) !== source && !opts.knows(name)) continue;
    const printed = [{ v: m[2]!, flag: m[3] }, ...[...(m[4] ?? '').matchAll(new RegExp(String.raw`-\s+(${NUM})\s*(${FLAG})?`, 'gu'))].map((x) => ({ v: x[1]!, flag: x[2] }))];
    const values = printed.map((x) => ({ ...x, n: numberOf(x.v.replace(/^[<>]/, ''), source.text) }));
    if ((values.length === 2 && !values.every((x) => x.flag))
      || (m[5] && PER_TIME.test(m[5]))
      || values.some((x) => x.n === undefined)) {
      refused++;
      continue;
    }
    read.push({ name, urine: /^U-/.test(prefix), values: values as { v: string; n: number; flag?: string }[], ...(m[5] ? { unit: m[5] } : {}), ...(m[6] ? { comment: m[6].slice(1, -1).trim() } : {}), source });
  }
  if (read.length < 3) return null;
  const known = read.filter((r) => opts.knows!(r.name));
  if (known.length * 3 < (read.length + refused) * 2) return null;
  const compared = read.filter((r) => /^[<>]/.test(r.values[0]!.v));
  if (compared.length * 2 >= read.length) return null;
  return read.flatMap((r) => r.values.map(({ v, n, flag }) => {
    const comparator = /^[<>]/.exec(v)?.[0] as RawRow['comparator'];
    return {
      name: r.name,
      value: n,
      ...(comparator ? { comparator, valueText: v } : {}),
      ...(r.unit ? { unit: r.unit } : {}),
      ...(flag ? { flag } : {}),
      ...(r.comment ? { comment: r.comment } : {}),
      ...(r.urine ? { specimen: 'urine' as const, specimenOfRow: true } : {}),
      line: r.source.line,
      ...(r.source.page ? { page: r.source.page } : {}),
    } satisfies RawRow;
  }));
}

/** The text's parts between semicolons outside square brackets, each with where it begins. */
function splitOutsideBrackets(text: string): { text: string; at: number }[] {
  const parts: { text: string; at: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push({ text: text.slice(start, i), at: start });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), at: start });
  return parts;
}
