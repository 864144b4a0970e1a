import { parsePrintedDate } from './dates.js';
import type { ParsedReport, ParseWarning, RawRow, SourceLine } from './parse.types.js';
import {
  isDateToken, isUnitToken, numericRangeAt, parseFlagToken, parseValueToken, qualitativeValueAt, rangeWordsAt, tokenize,
} from './tokens.js';

export interface TextParseOptions {
  /** Whether the catalog knows a name: lets a row with neither unit nor range through, and decides names over two lines. */
  knows?: (name: string) => boolean;
}

/** Layouts recognised in a report's text; each has its own reader or its own variations of the row reader. */
export type TextLayout = 'labcorp' | 'quest' | 'epic-mychart' | 'generic';

/** Splits a text into numbered lines (BOM and CR removed). */
export function toLines(text: string): SourceLine[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: i + 1 }));
}

/** Reads a lab report's text (as a lab prints it, or as PDF extraction or OCR gives it). */
export function parseTextReport(text: string, opts: TextParseOptions = {}): ParsedReport {
  return parseReportLines(toLines(text), opts);
}

/** Reads lines of a report: the layout decides the reader; dates come from the header lines of any layout. */
export function parseReportLines(lines: SourceLine[], opts: TextParseOptions = {}): ParsedReport {
  const layout = detectLayout(lines);
  const dates = findDates(lines);
  const read = layout === 'epic-mychart' ? readEpic(lines, opts) : readRows(lines, opts);
  return { layout, ...read, ...dates };
}

export function detectLayout(lines: SourceLine[]): TextLayout {
  const all = lines.map((l) => l.text).join('\n');
  if (/MyChart|Epic Systems/i.test(all) || lines.some((l) => /^\s*Normal range:/i.test(l.text))) return 'epic-mychart';
  if (/Laboratory Corporation of America|\bLabCorp\b/i.test(all)) return 'labcorp';
  if (/Quest Diagnostics/i.test(all)) return 'quest';
  return 'generic';
}

const COLLECTED = /^(?:date collected|collection date|date of collection|collected date|collected on|collected|specimen collected|date drawn|drawn)\s*:?\s*(.+)$/i;
const REPORTED = /^(?:report generated|date reported|reported on|reported|report date|date of report|printed on|printed)\s*:?\s*(.+)$/i;

function findDates(lines: SourceLine[]): { collectedAt?: string; reportedAt?: string } {
  let collectedAt: string | undefined;
  let reportedAt: string | undefined;
  for (const { text } of lines) {
    const t = text.trim();
    const c = COLLECTED.exec(t);
    if (c && !collectedAt) collectedAt = parsePrintedDate(c[1]!);
    const r = REPORTED.exec(t);
    if (r && !reportedAt) reportedAt = parsePrintedDate(r[1]!);
  }
  return { ...(collectedAt ? { collectedAt } : {}), ...(reportedAt ? { reportedAt } : {}) };
}

const HEADER_WORDS = new Set(['test', 'tests', 'name', 'result', 'results', 'current', 'previous', 'flag', 'flags', 'units', 'unit', 'reference', 'range', 'interval', 'normal', 'value', 'date', 'and', 'ref', 'lab', 'component', 'your', 'standard', 'high', 'low', 'comment']);

/** `Test  Result  Units  Reference Range`: a column header (mostly header words, at least two of the key ones). */
function isColumnHeader(text: string): boolean {
  const words = text.toLowerCase().split(/[\s/]+/).filter(Boolean);
  if (words.length < 2 || /\d/.test(text)) return false;
  const key = words.filter((w) => ['result', 'results', 'units', 'unit', 'reference', 'range', 'interval', 'flag', 'test'].includes(w)).length;
  return key >= 2 && words.filter((w) => HEADER_WORDS.has(w)).length >= words.length - 1;
}

/** `Patient: …`, `DOB: …`, `Ordering Physician: …`, `Collected on Apr 10, 2025`: a label and its value, not a result. */
function isMetadata(text: string): boolean {
  return /^[A-Za-z][A-Za-z .'/#()&-]{0,40}:\s*\S/.test(text) || COLLECTED.test(text) || REPORTED.test(text) || /^page \d+( of \d+)?$/i.test(text);
}

const isSeparator = (text: string) => /^[-=_*.·•\s]+$/.test(text);

/** A line of words that may be a heading, or the first half of a name printed over two lines. */
function isNameFragment(text: string): boolean {
  const tokens = tokenize(text);
  return !tokens.some((t) => parseValueToken(t)) && !/[.!?]$/.test(text) && tokens.length <= 8;
}

/**
 * Rows of LabCorp, Quest and table layouts: `Name value [flag] [previous [flag] date] [unit] [range] [flag]`, or
 * `Name value Reference Range: range unit [words]` (Quest). Headings and metadata are skipped; any other line is a
 * warning. A heading line directly followed by a row joins the row's name when together they name a biomarker the
 * catalog knows (or the row's name is plainly a continuation).
 */
function readRows(lines: SourceLine[], opts: TextParseOptions): { rows: RawRow[]; warnings: ParseWarning[] } {
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  let pending: SourceLine | null = null;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text || isSeparator(text)) {
      pending = null;
      continue;
    }
    const row = parseRowLine(text, opts);
    if (row) {
      if (pending && joinsName(pending.text.trim(), row.name, opts)) row.name = `${pending.text.trim()} ${row.name}`;
      rows.push({ ...row, line: line.line, ...(line.page ? { page: line.page } : {}) });
      pending = null;
      continue;
    }
    if (isColumnHeader(text) || isMetadata(text)) {
      pending = null;
      continue;
    }
    if (isNameFragment(text)) {
      pending = line;
      continue;
    }
    pending = null;
    warnings.push(unread(line, /\d/.test(text) ? 'unreadable-line' : 'text-not-read'));
  }
  return { rows, warnings };
}

function unread(line: SourceLine, code: 'unreadable-line' | 'text-not-read'): ParseWarning {
  return {
    code,
    message: code === 'unreadable-line' ? 'This line could not be read as a result' : 'This text is not a result and was not read',
    line: line.line,
    ...(line.page ? { page: line.page } : {}),
    text: line.text.trim().slice(0, 300),
  };
}

function joinsName(fragment: string, name: string, opts: TextParseOptions): boolean {
  const joined = `${fragment} ${name}`;
  const knows = opts.knows;
  if (knows) {
    if (knows(joined)) return true;
    if (knows(name)) return false;
  }
  return /[,/(&-]$/.test(fragment) || /^[a-z(]/.test(name);
}

/** A row of the row layouts, or null. The name is everything before the first position where the rest reads as a row. */
export function parseRowLine(text: string, opts: TextParseOptions = {}): Omit<RawRow, 'line'> | null {
  const tokens = tokenize(text);
  for (let i = 1; i < tokens.length; i++) {
    const name = cleanName(tokens.slice(0, i).join(' '));
    if (!/[A-Za-z]/.test(name)) continue;
    // A number standing alone inside a name means the split is wrong (`LDL 1 3 4`); the first word may be one (`17 OH …`).
    if (tokens.slice(1, i).some((t) => parseValueToken(t))) break;
    const tail = parseTail(tokens, i);
    if (!tail) continue;
    const evidence = tail.unit || tail.rangeText || tail.flag || tail.hadPrevious || (opts.knows?.(name) ?? false);
    if (!evidence) continue;
    const { hadPrevious: _p, ...row } = tail;
    return { name, ...row };
  }
  return null;
}

function cleanName(name: string): string {
  return name.replace(/[:\-–.]+$/, '').replace(/\s+/g, ' ').trim();
}

interface Tail extends Omit<RawRow, 'line' | 'name'> {
  hadPrevious: boolean;
}

const STUCK_FLAG = /^([<>]?=?[0-9OolI]*[.,]?[0-9OolI]+)(HH|LL|H|L|A|\*)$/;

/** The part of a row after its name; null when the tokens from `start` are not a row. */
function parseTail(input: readonly string[], start: number): Tail | null {
  // `145H` → `145 H`
  const tokens: string[] = input.slice(0, start);
  for (const t of input.slice(start)) {
    const m = STUCK_FLAG.exec(t);
    if (m && parseValueToken(m[1]!)) tokens.push(m[1]!, m[2]!);
    else tokens.push(t);
  }
  const n = tokens.length;
  let k = start;
  const out: Tail = { value: null, hadPrevious: false };
  const v = parseValueToken(tokens[k]!);
  if (v) {
    out.value = v.value;
    if (v.comparator) {
      out.comparator = v.comparator;
      out.valueText = v.text;
    }
    k++;
  } else {
    const q = qualitativeValueAt(tokens, k);
    if (!q) return null;
    out.valueText = tokens.slice(k, k + q).join(' ');
    k += q;
  }
  k = readFlag(tokens, k, out);
  // The previous result and its date: `98 05/01/2023`, `22 High 05/01/2023`, `<5.0 04/13/2022`.
  if (k < n && parseValueToken(tokens[k]!)) {
    if (tokens[k + 1] !== undefined && isDateToken(tokens[k + 1]!)) {
      k += 2;
      out.hadPrevious = true;
    } else if (tokens[k + 1] !== undefined && parseFlagToken(tokens[k + 1]!) && tokens[k + 2] !== undefined && isDateToken(tokens[k + 2]!)) {
      k += 3;
      out.hadPrevious = true;
    }
  }
  if (/^(reference|ref\.?)$/i.test(tokens[k] ?? '') && /^(range|interval):?$/i.test(tokens[k + 1] ?? '')) {
    // Quest: `Reference Range: <200 mg/dL OPTIMAL`.
    k += 2;
    const r = rangeAt(tokens, k);
    if (!r) return null;
    k += r.span;
    if (k < n && isUnitToken(tokens[k]!)) out.unit = tokens[k++];
    out.rangeText = [r.text, ...tokens.slice(k)].join(' ');
    return out;
  }
  if (k < n && isUnitToken(tokens[k]!) && !rangeWordsAt(tokens, k)) out.unit = tokens[k++];
  k = readFlag(tokens, k, out);
  const r = rangeAt(tokens, k);
  if (r) {
    out.rangeText = r.text;
    k += r.span;
    if (!out.unit && k < n && isUnitToken(tokens[k]!)) out.unit = tokens[k++];
  }
  k = readFlag(tokens, k, out);
  return k === n ? out : null;
}

function readFlag(tokens: readonly string[], k: number, out: Tail): number {
  if (out.flag || k >= tokens.length) return k;
  const word = tokens[k]!.toLowerCase();
  if ((word === 'critical' || word === 'crit' || word === 'panic') && /^(high|low)$/i.test(tokens[k + 1] ?? '')) {
    out.flag = `${tokens[k]} ${tokens[k + 1]}`;
    return k + 2;
  }
  const f = parseFlagToken(tokens[k]!);
  if (f) {
    out.flag = f;
    return k + 1;
  }
  return k;
}

function rangeAt(tokens: readonly string[], k: number): { span: number; text: string } | null {
  const numeric = numericRangeAt(tokens, k);
  if (numeric) return { span: numeric.span, text: tokens.slice(k, k + numeric.span).join(' ') };
  const words = rangeWordsAt(tokens, k);
  if (words) return { span: words, text: tokens.slice(k, k + words).join(' ') };
  return null;
}

/**
 * Epic MyChart: a block per result — the name (over one or more lines), `Normal range: 74 - 106 mg/dL`, the
 * graph's axis labels (`74    106`) or `Value`, then the value (with a flag, if any).
 */
function readEpic(lines: SourceLine[], opts: TextParseOptions): { rows: RawRow[]; warnings: ParseWarning[] } {
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  let nameLines: SourceLine[] = [];
  let range: { text?: string; unit?: string; bounds: number[] } | null = null;
  const reset = () => {
    nameLines = [];
    range = null;
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (!text || isSeparator(text)) {
      if (!range) nameLines = [];
      continue;
    }
    const nr = /^(?:normal|reference|standard)\s+range:?\s*(.*)$/i.exec(text);
    if (nr && nameLines.length) {
      range = epicRange(nr[1]!);
      continue;
    }
    if (range) {
      const current: { text?: string; unit?: string; bounds: number[] } = range;
      if (/^value:?$/i.test(text)) continue;
      const tokens = tokenize(text);
      const numbers = tokens.map((t) => parseValueToken(t));
      if (tokens.length === 2 && numbers.every((x) => x && !x.comparator) && current.bounds.length === 2
        && numbers[0]!.value === current.bounds[0] && numbers[1]!.value === current.bounds[1]) continue;
      const value = epicValue(tokens);
      if (value) {
        rows.push({
          name: nameLines.map((l) => l.text.trim()).join(' '),
          ...value,
          ...(value.unit ? {} : current.unit ? { unit: current.unit } : {}),
          ...(current.text ? { rangeText: current.text } : {}),
          line: line.line,
          ...(line.page ? { page: line.page } : {}),
        });
        reset();
        continue;
      }
      warnings.push(unread(line, 'unreadable-line'));
      continue;
    }
    if (isMetadata(text) || isColumnHeader(text)) {
      nameLines = [];
      continue;
    }
    if (isNameFragment(text)) {
      nameLines.push(line);
      continue;
    }
    // Some MyChart exports print a whole row on one line.
    const row = parseRowLine(text, opts);
    if (row) rows.push({ ...row, line: line.line, ...(line.page ? { page: line.page } : {}) });
    else warnings.push(unread(line, /\d/.test(text) ? 'unreadable-line' : 'text-not-read'));
    nameLines = [];
  }
  return { rows, warnings };
}

function epicRange(rest: string): { text?: string; unit?: string; bounds: number[] } {
  const tokens = tokenize(rest);
  const numeric = numericRangeAt(tokens, 0);
  const span = numeric?.span ?? rangeWordsAt(tokens, 0);
  if (!span) return { ...(rest ? { text: rest } : {}), bounds: [] };
  const text = tokens.slice(0, span).join(' ');
  const unit = tokens.slice(span).join(' ') || undefined;
  const bounds = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(numeric?.text ?? '');
  return { text, ...(unit ? { unit } : {}), bounds: bounds ? [Number(bounds[1]), Number(bounds[2])] : [] };
}

/** `92`, `92 (H)`, `92 mg/dL`, `145 High`, `Negative`. */
function epicValue(tokens: string[]): Omit<RawRow, 'line' | 'name' | 'rangeText'> | null {
  const tail = parseTail(['_', ...tokens], 1);
  if (!tail || tail.rangeText || tail.hadPrevious) return null;
  const { hadPrevious: _p, ...row } = tail;
  return row;
}
