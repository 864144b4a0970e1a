/**
 * Metamorphic robustness of the report reader (issue 9): `npm run build && node dist/scripts/robustness.js`.
 *
 * A report's meaning does not change when its presentation does (line endings, spacing, a letterhead dropped or
 * repeated on a second page, µ written as u, a Markdown table printed as fixed-width text…), so the rows read must
 * not change either. For every text-kind file of the tuning set (`.txt`, `.md`, `.html`, `.csv`; HL7 files only for
 * CRLF, the one change natural to them) this applies each perturbation below on its own, reads the result with the
 * same call as scripts/accuracy.ts (analyzeReport, actualRow, scoreRows against the file's expected rows) and prints
 * per perturbation: files it changed, their rows, rows still exact, rows lost and rows invented.
 *
 * Reads the tuning set only (never `evaluation/`). `--details` prints the rows lost and invented per file;
 * `--delta` prints only what the perturbation changed: per file, the rows exact unperturbed but not perturbed and the
 * rows invented perturbed but not unperturbed, each with the line it was read from (a row the unperturbed text
 * already misses or invents is no robustness fault); `--only=name` runs one perturbation;
 * `--show=perturbation:file` prints the perturbed text of one file. With `--delta`, `--details` is ignored (the delta
 * lists are printed instead of the full lists).
 * Every perturbation is a pure function of the text (and of the rows the unperturbed text reads, for where the
 * results start and end), deterministic; the random ones are seeded from the file name.
 */
import { readFileSync } from 'node:fs';
import type { LabReportKind } from '@pg/contracts';
import { isHl7 } from '../apps/labs-svc/src/lab-reports/parsing/hl7.parser.js';
import { isUnitToken } from '../apps/labs-svc/src/lab-reports/parsing/tokens.js';
import { addScores, scoreRows, type ExpectedRow, type Score } from './accuracy-score.js';
import { ACCURACY_ROOT, loadExpected, readAsRows } from './accuracy-read.js';

const DIR = new URL('tuning/', ACCURACY_ROOT);
const args = new Map(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string | undefined]));

/** What a perturbation knows of a file: its text, its extension, and the lines (1-based) its results were read from. */
export interface Source {
  name: string;
  text: string;
  ext: string;
  hl7: boolean;
  /** 1-based lines the unperturbed text's results were read from, sorted, unique. */
  resultLines: number[];
  /** The numeric values the unperturbed text's rows read, by the line each was read from. */
  valuesAt: Map<number, number[]>;
}

/** A perturbation: the changed text, or null when it does not apply to the file (or changes nothing). */
type Perturbation = (s: Source) => string | null;

/** A small deterministic generator (mulberry32) seeded from a string. */
function rng(seed: string): () => number {
  let h = 1779033703;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 3432918353) >>> 0;
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const lines = (t: string) => t.split(/\r?\n/);
const changed = (s: Source, out: string) => (out === s.text ? null : out);
const isTableRow = (l: string) => /^\s*\|.*\|\s*$/.test(l);
/** A field of a record in code or data: a key, a colon, a value and the comma that ends the field. */
const isRecordField = (l: string) => /^\s*(?:"[^"]+"|'[^']+'|[A-Za-z_$][\w$]*)\s*:\s*\S.*,\s*$/.test(l);
/** A line of an HTML table's markup (its rows and cells). */
const isMarkupRow = (l: string) => /<\/?(?:table|tr|td|th)\b/i.test(l);
const textOnly = (s: Source) => !s.hl7 && s.ext !== 'html';

/**
 * Where the head of the report (letterhead, patient block) ends: after the last blank line before the first result
 * line. What lies between (a section title, the column header) belongs to the table and stays. Null when no blank
 * line comes before the first result (the head cannot be told from the table's own header lines).
 */
function headEnd(s: Source): { first: number; keepFrom: number } | null {
  const first = s.resultLines[0];
  if (!first) return null;
  const ls = lines(s.text);
  let keepFrom = first - 1; // 0-based index of the first result line
  while (keepFrom > 0 && ls[keepFrom - 1]!.trim()) keepFrom--;
  // A value printed under its name (a card, an OCR'd column): the name's paragraph above stays too.
  if (/^\s*[<>]?\d/.test(ls[first - 1]!) && keepFrom === first - 1) {
    while (keepFrom > 0 && !ls[keepFrom - 1]!.trim()) keepFrom--;
    while (keepFrom > 0 && ls[keepFrom - 1]!.trim()) keepFrom--;
  }
  if (keepFrom === 0) return null;
  return { first: first - 1, keepFrom };
}

/** `unexpand -a`: runs of two or more spaces that reach a tab stop (every 8 characters) become tabs; alignment is kept. */
function unexpand(line: string): string {
  return line.replace(/(?<=\S) {2,}(?=\S)/g, (run, at: number) => {
    const end = at + run.length;
    let out = '';
    let col = at;
    for (let stop = (Math.floor(at / 8) + 1) * 8; stop <= end; stop += 8) {
      out += '\t';
      col = stop;
    }
    return col === at ? run : out + ' '.repeat(end - col);
  });
}

const UNIT_MICRO = /(?<![A-Za-z])[uµμ](?=(?:mol|g|IU|U|L|l|kat|Eq|m3)(?![a-z]))/g;

/**
 * A count per volume written the ways labs write it: `x10^3/uL`, `10^3/uL`, `10*3/uL`, `x10E3/uL`, `K/uL` (and
 * `M/uL` for 10^6), per microlitre or per litre (`x10^9/L`). Each form is matched with its exponent and volume.
 */
const COUNT_UNIT = /(?<![\w*^.])(x ?|×)?10(\^|\*|E) ?(\d{1,2}) ?\/ ?([uµμ]L|L|l)(?![a-zA-Z])|(?<![A-Za-z])([KM])\/([uµμ]L)(?![a-zA-Z])/g;
type CountForm = 'x10^N' | '10^N' | '10*N' | 'x10EN' | 'K/uL';
const formOf = (m: RegExpMatchArray): CountForm =>
  m[5] ? 'K/uL' : m[2] === '*' ? '10*N' : m[2] === 'E' ? 'x10EN' : m[1] ? 'x10^N' : '10^N';

function countUnits(to: CountForm): Perturbation {
  return (s) => {
    if (!textOnly(s)) return null;
    const ms = [...s.text.matchAll(COUNT_UNIT)];
    // Only where the file writes them one way (and a form without `x` is not taken for one with it).
    const forms = new Set(ms.map(formOf));
    if (forms.size !== 1 || forms.has(to)) return null;
    let any = false;
    const out = s.text.replace(COUNT_UNIT, (...g: string[]) => {
      const exp = g[5] ? (g[5] === 'K' ? '3' : '6') : g[3]!;
      const vol = g[5] ? 'uL' : /[uµμ]/.test(g[4]!) ? 'uL' : g[4]!;
      const micro = (g[6] ?? g[4] ?? '').replace(/L|l/, '') || 'u';
      const volume = vol === 'uL' ? `${micro}L` : vol;
      let rewritten: string | null;
      switch (to) {
        case 'x10^N': rewritten = `x10^${exp}/${volume}`; break;
        case '10^N': rewritten = `10^${exp}/${volume}`; break;
        case '10*N': rewritten = `10*${exp}/${volume}`; break;
        case 'x10EN': rewritten = `x10E${exp}/${volume}`; break;
        case 'K/uL': rewritten = vol === 'uL' && (exp === '3' || exp === '6') ? `${exp === '3' ? 'K' : 'M'}/${volume}` : null; break;
      }
      if (rewritten === null) return g[0]!;
      any = true;
      return rewritten;
    });
    return any ? changed(s, out) : null;
  };
}

function micro(from: RegExp, to: string): Perturbation {
  return (s) => {
    if (!textOnly(s)) return null;
    const ms = [...s.text.matchAll(UNIT_MICRO)].map((m) => m[0]);
    if (!ms.length || !ms.every((m) => from.test(m))) return null;
    return changed(s, s.text.replace(UNIT_MICRO, to));
  };
}

/** Cells of an aligned text line (runs of text between two or more spaces) with where each starts. */
const positionedCells = (l: string) => [...l.matchAll(/\S+(?: \S+)*/g)].map((m) => ({ text: m[0], x: m.index! }));

/**
 * Column widths changed, alignment kept: in each block of consecutive non-blank lines (not a Markdown table), a gutter
 * is a run of two or more character positions blank on every line of the block, between printed text; each gutter
 * is widened or narrowed by 1–3 (never below 2), on every line alike (a rule line drawn on through it) — a printout of
 * the same table with other column widths.
 */
/** A stretch of a rule made `to` long: its first character repeated, or a character of a run taken out (a gap in the rule stays). */
function resized(slice: string, to: number): string {
  let out = slice;
  while (out.length < to) out = out[0]! + out;
  while (out.length > to) {
    const i = [...out].findIndex((c, k) => c === out[k + 1]);
    out = i < 0 ? out.slice(1) : out.slice(0, i) + out.slice(i + 1);
  }
  return out;
}

function rewidenColumns(text: string, r: () => number): string {
  const ls = lines(text);
  const out: string[] = [];
  for (let i = 0; i < ls.length; ) {
    if (!ls[i]!.trim() || isTableRow(ls[i]!)) {
      out.push(ls[i++]!);
      continue;
    }
    let j = i;
    while (j < ls.length && ls[j]!.trim() && !isTableRow(ls[j]!)) j++;
    const block = ls.slice(i, j).map((l) => l.replace(/\s+$/, ''));
    const width = Math.max(...block.map((l) => l.length));
    const left = Math.min(...block.map((l) => /^ */.exec(l)![0].length));
    // A rule (`-----`, `________ ________`) is drawn across the columns: it takes the gutters' widths too, drawn on.
    const rule = (l: string) => /^[\s=_-]+$/.test(l);
    const blank = (p: number) => block.every((l) => rule(l) || p >= l.length || l[p] === ' ');
    // Gutters: blank runs of >= 2 after the block's left margin and before its right edge.
    const gutters: { start: number; end: number; to: number }[] = [];
    for (let p = left; p < width; ) {
      if (!blank(p)) {
        p++;
        continue;
      }
      let q = p;
      while (q < width && blank(q)) q++;
      if (q - p >= 2 && q < width) {
        const d = (1 + Math.floor(r() * 3)) * (r() < 0.5 ? -1 : 1);
        gutters.push({ start: p, end: q, to: Math.max(2, q - p + d) });
      }
      p = q;
    }
    for (const l of block) {
      let line = '';
      let at = 0;
      for (const g of gutters) {
        if (g.start >= l.length) break;
        line += l.slice(at, g.start) + (rule(l) ? resized(l.slice(g.start, g.end).padEnd(g.end - g.start), g.to) : ' '.repeat(g.to));
        at = g.end;
      }
      out.push((line + l.slice(at)).replace(/\s+$/, ''));
    }
    i = j;
  }
  return out.join('\n');
}

/**
 * Each result line's analyte name (the first table cell, else the text up to a column gap, a tab, a colon, a comma or a
 * number) recased. Only what is a name's own wording changes case; what the case is part of the meaning of stays:
 * - a line where no such end of the name is found (`83 µmol/L` under its name, `Proteinas NAO CONTEM`, an XML or ASTM
 *   record): the text taken would hold the value, the unit or the markup, not the name alone;
 * - a word with a code's punctuation (`~FG02~`, `!002fBu`, `%Индекс` the per cent sign glued on, `10^9`, `10*9`);
 * - a word glued at a case change after a unit the reader's unit lexicon knows (`флСредний`, `г/лСредняя`: the units
 *   фл and г/л glued to the name; recased, the unit would no longer split off);
 * - `pH`, whose case is its meaning (`PH` is as often a phosphorus or a patient-history code);
 * - the micro sign (its capital is the Greek capital mu, another letter), markup (`<ccr:Text>`) and escapes (`\n`);
 * Other words with digits or inner capitals are recased as printers recase them: `HbA1c` HBA1C, `IgG` IGG,
 * `Vitamin B12` VITAMIN B12, `FT4`, `HBsAg` HBSAG, `eGFR` EGFR, `C3` mean the same in capitals or small letters.
 * - a flag printed after the name (`Uric acid H 512`, `Serum iron LO 7.4`): a flag letter, not the name's;
 * - a specimen's or cells' code of one or two letters before a hyphen that starts the name (`B-Hemoglobin`,
 *   `PS-Kreatinin`, `Pt-GFR`): a code, whose case tells (`p-ANCA` is perinuclear, `P-` plasma; `PT` prothrombin time,
 *   `Pt-` the patient);
 * - a record's key (`"test_name": "Colour",` in a JSON dump or a data module: the quoted value is recased, not the key);
 * - a line whose name would start with a digit (a value first, `37 mmol/mol  < 42`; a row number) or hold a record's
 *   field marks (`4R|1|^^^1101^Na-C^…`, an ASTM record: its fields are not a name).
 */
const FLAG_AFTER_NAME = /\s(?:[HL]{1,2}|LO|HI|[AN]|\*)\s*$/;
const CODE_MARKS = /^%|[~!^µμ<>&\\]|\d\*|\*\d/u;
const CASE_IS_MEANING = new Set(['pH']);
/** A unit the lexicon knows, glued before a capital inside `w` (`флСредний`, `г/лСредняя`). */
const unitGluedAtCase = (w: string) =>
  [...w.matchAll(/(?<=\p{Ll})(?=\p{Lu})/gu)].some((m) => {
    const before = w.slice(0, m.index);
    return /^[\p{L}/%.]+$/u.test(before) && isUnitToken(before);
  });
const keepsCase = (w: string) => CODE_MARKS.test(w) || CASE_IS_MEANING.has(w) || unitGluedAtCase(w);
function renameAnalytes(s: Source, recase: (w: string) => string): string | null {
  if (!textOnly(s)) return null;
  const ls = lines(s.text);
  for (const n of s.resultLines) {
    const l = ls[n - 1]!;
    // A record's field (`"test_name": "Colour",`): the name is the quoted value, the key is code and keeps its case.
    const m = isTableRow(l)
      ? /^(\s*\|)([^|]*)/.exec(l)
      : isRecordField(l)
        ? /^(\s*(?:"[^"]+"|'[^']+'|[A-Za-z_$][\w$]*)\s*:\s*["'])([^"'\\]*)(?=["'])/.exec(l)
        : /^(\s*)(.*?)(?=\s{2,}|\t|:|,| [<>≤≥]?\d|$)/.exec(l);
    if (!m || (!isTableRow(l) && m[0].length === l.length) || /^\s*[<>]?\d|[|^]/.test(m[2]!)) continue;
    const flag = FLAG_AFTER_NAME.exec(m[2]!)?.[0] ?? '';
    const code = /^\s*\p{L}{1,2}[-–](?=\p{L})/u.exec(m[2]!)?.[0] ?? '';
    const name = m[2]!.slice(code.length, m[2]!.length - flag.length);
    // Words in brackets (`(cells/µL)`, a unit printed with the name) keep their case.
    const recased = name.replace(/\([^)]*\)?|[^(\s]+/g, (w) => (w.startsWith('(') || keepsCase(w) ? w : recase(w)));
    ls[n - 1] = m[1]! + code + recased + flag + l.slice(m[0].length);
  }
  return changed(s, ls.join('\n'));
}

const PERTURBATIONS: [string, Perturbation][] = [
  ['crlf', (s) => changed(s, s.text.replace(/\r?\n/g, '\r\n'))],
  [
    'trailing-spaces',
    (s) => {
      if (s.hl7) return null;
      const r = rng(`trail:${s.name}`);
      return changed(s, lines(s.text).map((l) => (l.trim() ? l + ' '.repeat(1 + Math.floor(r() * 3)) : l)).join('\n'));
    },
  ],
  [
    'tabs-for-spaces',
    (s) => {
      if (!textOnly(s) || s.ext === 'md') return null;
      return changed(s, lines(s.text).map(unexpand).join('\n'));
    },
  ],
  [
    'respace-columns',
    (s) => {
      if (s.hl7) return null;
      const r = rng(`respace:${s.name}`);
      return changed(
        s,
        s.text.replace(/(?<=\S) {2,}(?=\S)/g, (m) => {
          const d = (1 + Math.floor(r() * 3)) * (r() < 0.5 ? -1 : 1);
          return ' '.repeat(Math.max(2, m.length + d));
        }),
      );
    },
  ],
  [
    'column-widths-changed',
    (s) => {
      if (!textOnly(s)) return null;
      return changed(s, rewidenColumns(s.text, rng(`columns:${s.name}`)));
    },
  ],
  [
    'head-removed',
    (s) => {
      if (!textOnly(s)) return null;
      const h = headEnd(s);
      if (!h) return null;
      const ls = lines(s.text);
      if (!ls.slice(0, h.keepFrom).some((l) => l.trim())) return null;
      return changed(s, ls.slice(h.keepFrom).join('\n'));
    },
  ],
  [
    'page-header-repeated',
    (s) => {
      if (!textOnly(s)) return null;
      const h = headEnd(s);
      if (!h || s.resultLines.length < 2) return null;
      const ls = lines(s.text);
      // No page of a printout falls inside a data module: results read from a record's field (`name: "Leukociti",` in
      // a data module's array) are no printed page's lines, and breaking a page there repeats code as a letterhead.
      if (s.resultLines.some((n) => isRecordField(ls[n - 1]!))) return null;
      // The letterhead and patient block, then the table's own header lines (section title, column header).
      // (A value printed under its name: what lies between is the first result's own name and range, not a header.)
      const card = /^\s*[<>]?\d/.test(ls[h.first]!);
      const letterhead = ls.slice(0, h.keepFrom);
      if (!letterhead.some((l) => l.trim())) return null;
      // Break the page before the middle result line (the head and the table's header lines repeat after it); a
      // value under its name: before the paragraph that holds the name.
      let mid = s.resultLines[Math.floor(s.resultLines.length / 2)]! - 1;
      if (isMarkupRow(ls[mid]!)) {
        // An HTML table's row: the page breaks between two rows (after a `</tr>` line before the middle result), the
        // table is closed there, and the next page opens it again with its header row, as a printer repeats a
        // table's header on each page: `</table>`, the head, `<table>` and the header row (its first `<tr>`).
        let b = mid - 1;
        while (b > h.first && !/<\/tr>/i.test(ls[b]!) && !/<table\b/i.test(ls[b]!)) b--;
        if (!/<\/tr>/i.test(ls[b]!)) return null;
        let t = b;
        while (t >= 0 && !/<table\b/i.test(ls[t]!)) t--;
        if (t < 0) return null;
        let he = t;
        while (he < b && !/<\/tr>/i.test(ls[he]!)) he++;
        // The middle result is the table's first row: the page breaks after that row instead.
        if (he >= b) for (b = mid; b < ls.length && !/<\/tr>/i.test(ls[b]!); b++);
        if (b >= ls.length || !s.resultLines.some((n) => n - 1 > b)) return null;
        const open = ls.slice(t, b + 1).join('\n');
        const inBody = (/<tbody\b/i.test(open) && !/<\/tbody>/i.test(open));
        const reopened = ls.slice(t, he + 1);
        const reopensBody = /<tbody\b/i.test(reopened.join('\n'));
        // The first table's title lines (between the head and the table) repeat with it; a later table has its own.
        const titles = t >= h.keepFrom && t <= h.first ? ls.slice(h.keepFrom, t) : [];
        const out = [
          ...ls.slice(0, b + 1), ...(inBody ? ['</tbody>'] : []), '</table>', '', 'Page 1 of 2', '', ...letterhead, ...titles,
          ...reopened, ...(inBody && !reopensBody ? ['<tbody>'] : []), ...ls.slice(b + 1),
        ];
        return changed(s, out.join('\n'));
      }
      const head = [...letterhead, ...(card ? [] : ls.slice(h.keepFrom, h.first))];
      if (/^\s*[<>]?\d/.test(ls[mid]!)) {
        while (mid > 0 && !ls[mid - 1]!.trim()) mid--;
        while (mid > 0 && ls[mid - 1]!.trim()) mid--;
      }
      if (mid <= h.first) return null;
      const out = [...ls.slice(0, mid), '', 'Page 1 of 2', '', ...head, ...ls.slice(mid)];
      return changed(s, out.join('\n'));
    },
  ],
  ['micro-sign-to-greek-mu', micro(/^µ$/, 'μ')],
  ['micro-sign-to-u', micro(/^[µμ]$/, 'u')],
  ['u-to-micro-sign', micro(/^u$/, 'µ')],
  ['count-unit-as-x10^N', countUnits('x10^N')],
  ['count-unit-as-10^N', countUnits('10^N')],
  ['count-unit-as-10*N', countUnits('10*N')],
  ['count-unit-as-x10EN', countUnits('x10EN')],
  ['count-unit-as-K/uL', countUnits('K/uL')],
  [
    'blank-lines-between-rows',
    (s) => {
      if (!textOnly(s) || s.resultLines.length < 2) return null;
      const ls = lines(s.text);
      const last = s.resultLines[s.resultLines.length - 1]!;
      const set = new Set(s.resultLines);
      const out: string[] = [];
      ls.forEach((l, i) => {
        out.push(l);
        // After a result line, before the next non-blank line, when that line is not a table row (a blank line ends a Markdown table).
        if (set.has(i + 1) && i + 1 < last && ls[i + 1]?.trim() && !isTableRow(l)) out.push('');
      });
      return changed(s, out.join('\n'));
    },
  ],
  [
    'blank-lines-removed',
    (s) => {
      if (!textOnly(s) || s.resultLines.length < 2) return null;
      const ls = lines(s.text);
      const first = s.resultLines[0]! - 1;
      const last = s.resultLines[s.resultLines.length - 1]! - 1;
      // A blank line between two result lines (not one closing a section: the line after it is a result line itself).
      const set = new Set(s.resultLines.map((n) => n - 1));
      const out = ls.filter((l, i) => {
        if (i <= first || i >= last || l.trim()) return true;
        let j = i;
        while (j < ls.length && !ls[j]!.trim()) j++;
        let k = i;
        while (k >= 0 && !ls[k]!.trim()) k--;
        return !(set.has(j) && set.has(k));
      });
      return changed(s, out.join('\n'));
    },
  ],
  [
    'markdown-to-fixed-width',
    (s) => {
      // Not in Markdown that is mostly HTML (`<div>` blocks): out of its tables, text there is HTML, whose spaces and
      // line breaks do not print.
      if (s.ext !== 'md' || /<\/(?:div|p|li)>/i.test(s.text)) return null;
      const ls = lines(s.text);
      const out: string[] = [];
      for (let i = 0; i < ls.length; ) {
        if (!isTableRow(ls[i]!)) {
          out.push(ls[i++]!);
          continue;
        }
        const block: string[][] = [];
        while (i < ls.length && isTableRow(ls[i]!)) {
          const cells = ls[i]!.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.replace(/<[^>]*>/g, '').trim()); // a cell's text as rendered (inline HTML spans dropped)
          if (!cells.every((c) => /^:?-{3,}:?$/.test(c))) block.push(cells);
          i++;
        }
        const width = block.reduce((w, r) => r.map((c, j) => Math.max(c.length, w[j] ?? 0)), [] as number[]);
        for (const r of block) out.push(r.map((c, j) => c.padEnd(width[j] ?? 0)).join('   ').trimEnd());
      }
      return changed(s, out.join('\n'));
    },
  ],
  [
    'fixed-width-to-markdown',
    (s) => {
      if (s.ext !== 'txt' || s.hl7) return null;
      const ls = lines(s.text);
      const out: string[] = [];
      let any = false;
      for (let i = 0; i < ls.length; ) {
        // A simple aligned table: a header line of three or more cells without digits (a rule under it dropped), then
        // two or more lines whose cells each fall under a header cell of their own (empty cells kept empty).
        const header = positionedCells(ls[i]!);
        const plain = header.length >= 3 && !/\d/.test(ls[i]!) && !ls[i]!.includes('|') && !ls[i]!.includes('\t');
        let j = i + 1;
        if (plain && j < ls.length && /^\s*[-=_ ]{5,}$/.test(ls[j]!)) j++;
        const rows: string[][] = [];
        while (plain && j < ls.length) {
          const cells = positionedCells(ls[j]!);
          if (cells.length < 2 || !/\d/.test(ls[j]!)) break;
          const row = header.map(() => '');
          let ok = true;
          for (const c of cells) {
            let k = header.length - 1;
            while (k > 0 && header[k]!.x > c.x + 2) k--;
            if (row[k]) ok = false;
            row[k] = c.text;
          }
          if (!ok) break;
          rows.push(row);
          j++;
        }
        if (plain && rows.length >= 2) {
          out.push(`| ${header.map((c) => c.text).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`));
          if (ls[j]?.trim()) out.push('');
          any = true;
          i = j;
        } else out.push(ls[i++]!);
      }
      return any ? changed(s, out.join('\n')) : null;
    },
  ],
  [
    'markdown-to-html',
    (s) => {
      // The Markdown as an OCR tool or a converter emits it in HTML: each table a `<table>` (its header row `<th>`),
      // each other line a paragraph (`## Heading` a heading), entities escaped.
      if (s.ext !== 'md' || /<\/?(?:div|p|li|table|span)\b/i.test(s.text)) return null;
      const esc = (t: string) => t.replace(/\\([*_\\`])/g, '$1').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const ls = lines(s.text);
      const out: string[] = ['<html><body>'];
      let any = false;
      for (let i = 0; i < ls.length; ) {
        if (isTableRow(ls[i]!)) {
          const rows: string[][] = [];
          let header = false;
          while (i < ls.length && isTableRow(ls[i]!)) {
            const cells = ls[i]!.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
            if (cells.every((c) => /^:?-{3,}:?$/.test(c))) header = rows.length === 1;
            else rows.push(cells);
            i++;
          }
          out.push('<table>', ...rows.map((r, k) => `<tr>${r.map((c) => (k === 0 && header ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`), '</table>');
          any = true;
          continue;
        }
        const l = ls[i++]!.trim();
        if (!l) continue;
        const h = /^(#{1,6})\s+(.*)$/.exec(l);
        out.push(h ? `<h${h[1]!.length}>${esc(h[2]!)}</h${h[1]!.length}>` : `<p>${esc(l)}</p>`);
      }
      out.push('</body></html>');
      return any ? out.join('\n') : null;
    },
  ],
  [
    'markdown-columns-reordered',
    (s) => {
      // A Markdown table with a header: the columns after the name in reverse order (the header says which is which).
      if (s.ext !== 'md') return null;
      const ls = lines(s.text);
      let any = false;
      for (let i = 0; i + 1 < ls.length; i++) {
        if (!isTableRow(ls[i]!) || !/^\s*\|[\s:|-]+\|\s*$/.test(ls[i + 1]!) || !/[A-Za-z]/.test(ls[i]!)) continue;
        for (let k = i; k < ls.length && isTableRow(ls[k]!); k++) {
          const cells = ls[k]!.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
          if (cells.length < 3) break;
          ls[k] = `|${[cells[0]!, ...cells.slice(1).reverse()].join('|')}|`;
          any = true;
        }
      }
      return any ? changed(s, ls.join('\n')) : null;
    },
  ],
  ['analyte-names-upper-cased', (s) => renameAnalytes(s, (w) => w.toUpperCase())],
  ['analyte-names-lower-cased', (s) => renameAnalytes(s, (w) => w.toLowerCase())],
  [
    'unit-glued-to-value',
    (s) => {
      // `82.4 mg/dL` printed `82.4mg/dL` (OCR, narrow cells) on the result lines, where value and unit share a cell.
      if (!textOnly(s)) return null;
      const ls = lines(s.text);
      // Only the value's own unit: the first number on the line that is a value the unperturbed line read (not the
      // lower bound of a range printed before it), so a range's bounds after the value (`20-42 mmol/mol`, `< 5.7 %`)
      // keep their spacing by their position, while a censored value (`CRP < 5 mg/L`) and a value after numbers in
      // the name (`T3 Total 1.2 ng/mL`, `Glucose 2 hr 140 mg/dL`) are glued. A unit is what the reader's unit lexicon
      // calls one (a line number before a code, `200 FG02~K`, is not glued). Not glued: a unit that glued reads as an
      // exponent (`2 E2` becomes 2E2, two hundred), and a quantity in words and numbers (`1 minuto 48 segundos`: a
      // number and another unit follow the unit; such a value is mostly a text, not a number, and not among the values).
      const number = /(?<=^|[\s|:<>≤≥])(\d+(?:[.,]\d+)*)(?: ([a-zA-Zµμ%][\w/µμ.*^%-]*))?(?=\s|\||$)/gu;
      const same = (t: string, v: number) => [t.replace(',', '.'), t.replace(/,/g, '')].some((x) => Math.abs(Number(x) - v) < 1e-9);
      for (const n of s.resultLines) {
        const values = [...(s.valuesAt.get(n) ?? [])];
        if (!values.length) continue;
        const l = ls[n - 1]!;
        let out = '';
        let at = 0;
        for (const m of l.matchAll(number)) {
          const i = values.findIndex((v) => same(m[1]!, v));
          if (i < 0) continue;
          const after = l.slice(m.index! + m[0].length);
          if (/^\s*[-–]\s*\d/.test(l.slice(m.index! + m[1]!.length))) continue; // a range's lower bound, before the value
          values.splice(i, 1);
          const unit = m[2];
          const next = /^\s+\d+(?:[.,]\d+)?\s+(\p{L}+)(?=\s|$)/u.exec(after);
          if (unit === undefined || !isUnitToken(unit) || /^[eE]\d/.test(unit) || (next && isUnitToken(next[1]!))) continue;
          out += l.slice(at, m.index!) + m[1]! + unit;
          at = m.index! + m[0].length;
        }
        ls[n - 1] = out + l.slice(at);
      }
      return changed(s, ls.join('\n'));
    },
  ],
];

/**
 * What is kept as printed changes with the printing: a name the catalog does not know is compared without its case
 * (upper-cased names stay the same row), a range's text without its micro sign's spelling (`/μL` printed `/uL`).
 */
const caseless = (rows: ExpectedRow[]): ExpectedRow[] => rows.map((r) => ({
  ...r,
  biomarker: r.biomarker.startsWith('?') ? r.biomarker.toLowerCase() : r.biomarker,
  range: r.range.text === undefined ? r.range : { ...r.range, text: r.range.text.replace(/[µμ]/g, 'u') },
}));

const read = (kind: LabReportKind, text: string) => readAsRows(kind, new Uint8Array(Buffer.from(text, 'utf8')));
type Read = Awaited<ReturnType<typeof read>>;

/** The printed line (1-based number and text, trimmed) the read's row `at` came from. */
const lineAt = (r: Read, text: string, at: number): string =>
  at < 0 ? '(none)' : `${r.rowLines[at]}: ${JSON.stringify(text.split(/\r?\n/)[r.rowLines[at]! - 1]?.trim() ?? '')}`;

/**
 * `items` less the rows of `rows` as a multiset (each row of `rows` cancels one item whose `row(item)` is equal to it),
 * in order.
 */
function without<T>(items: T[], rows: ExpectedRow[], row: (item: T) => ExpectedRow): T[] {
  const left = new Map<string, number>();
  for (const r of rows) left.set(JSON.stringify(r), (left.get(JSON.stringify(r)) ?? 0) + 1);
  return items.filter((item) => {
    const k = JSON.stringify(row(item));
    const n = left.get(k) ?? 0;
    if (n) left.set(k, n - 1);
    return !n;
  });
}

/**
 * --delta: the rows a perturbation lost (exact unperturbed, not perturbed: the expected row, the line its paired row
 * was read from unperturbed and what the perturbed text read instead, from the row paired with it) and invented (not
 * invented unperturbed: the row and its perturbed line). Rows are followed by their pairing (scoreRows' pairedWith,
 * missedAt, inventedAt), not looked up by biomarker and value (the first such row is not always the paired one).
 */
function deltaOf(s: Source & { expected: ExpectedRow[]; base: Score; baseRead: Read }, sc: Score, text: string, r: Read): string[] {
  const baseMissed = new Set(s.base.missedAt);
  const missedDetails = sc.details.filter((d) => d.expected);
  const lost = sc.missedAt!.map((k, i) => ({ k, d: missedDetails[i]! })).filter(({ k }) => !baseMissed.has(k));
  const inventedDetails = sc.details.filter((d) => !d.expected);
  const baseInvented = s.base.details.filter((d) => !d.expected).map((d) => d.actual!);
  // Inventions not invented unperturbed (the same row invented on both sides cancels).
  const invented = without(inventedDetails.map((d, i) => ({ a: d.actual!, at: sc.inventedAt![i]! })), baseInvented, ({ a }) => a);
  if (!lost.length && !invented.length) return [];
  const out = [`    ${s.name}: lost ${lost.length}, invented ${invented.length}`];
  for (const { k, d } of lost) {
    out.push(`      lost     ${JSON.stringify(d.expected)}`, `        was    ${lineAt(s.baseRead, s.text, s.base.pairedWith![k]!)}`);
    out.push(`        now    ${d.actual ? `${JSON.stringify(d.actual)} at ${lineAt(r, text, sc.pairedWith![k]!)}` : 'not read'}`);
  }
  for (const { a, at } of invented) out.push(`      invented ${JSON.stringify(a)}`, `        at     ${lineAt(r, text, at)}`);
  return out;
}

async function main(): Promise<void> {
  const only = args.get('only');
  const show = args.get('show');
  const details = args.has('details');
  const delta = args.has('delta');
  const sources: (Source & { kind: LabReportKind; expected: ExpectedRow[]; base: Score; baseRead: Read })[] = [];
  for (const exp of loadExpected(DIR)) {
    const ext = exp.file.replace(/^.*\./, '').toLowerCase();
    if (!['txt', 'md', 'html', 'csv', 'hl7'].includes(ext)) continue;
    const text = readFileSync(new URL(exp.file, DIR), 'utf8');
    const base = await read(exp.kind, text);
    const valuesAt = new Map<number, number[]>();
    base.rows.forEach((row, i) => {
      if (row.value !== null) valuesAt.set(base.rowLines[i]!, [...(valuesAt.get(base.rowLines[i]!) ?? []), row.value]);
    });
    sources.push({
      name: exp.file, text, ext, hl7: ext === 'hl7' || isHl7(text), resultLines: base.lines, valuesAt, kind: exp.kind, expected: exp.rows,
      base: scoreRows(caseless(exp.rows), caseless(base.rows)), baseRead: base,
    });
  }
  if (show) {
    const [p, f] = show.split(':');
    const s = sources.find((x) => x.name === f);
    const fn = PERTURBATIONS.find(([n]) => n === p)?.[1];
    if (s && fn) process.stdout.write(fn(s) ?? '(does not apply)\n');
    return;
  }
  const pad = (v: string | number, n: number) => String(v).padStart(n);
  console.log(`${'perturbation'.padEnd(28)} ${pad('files', 5)} ${pad('rows', 5)} ${pad('exact', 6)} ${pad('lost', 5)} ${pad('invented', 8)}`);
  const all: Score[] = [];
  for (const [name, fn] of PERTURBATIONS) {
    if (only && only !== name) continue;
    const scores: [string, Score][] = [];
    const deltas: string[] = [];
    for (const s of sources) {
      const text = fn(s);
      if (text === null) continue;
      const r = await read(s.kind, text);
      const sc = scoreRows(caseless(s.expected), caseless(r.rows));
      scores.push([s.name, sc]);
      if (delta) deltas.push(...deltaOf(s, sc, text, r));
    }
    const t = addScores(scores.map(([, sc]) => sc));
    all.push(t);
    console.log(`${name.padEnd(28)} ${pad(scores.length, 5)} ${pad(t.expected, 5)} ${pad(t.exact, 6)} ${pad(t.missed, 5)} ${pad(t.invented, 8)}`);
    for (const l of deltas) console.log(l);
    if (details && !delta) {
      for (const [file, sc] of scores) {
        if (!sc.missed && !sc.invented) continue;
        console.log(`    ${file}: lost ${sc.missed}, invented ${sc.invented}`);
        for (const d of sc.details) console.log(`      expected ${JSON.stringify(d.expected ?? null)}\n      actual   ${JSON.stringify(d.actual ?? null)}`);
      }
    }
  }
  const t = addScores(all);
  console.log(`${'TOTAL'.padEnd(28)} ${''.padStart(5)} ${pad(t.expected, 5)} ${pad(t.exact, 6)} ${pad(t.missed, 5)} ${pad(t.invented, 8)}`);
}

await main();
