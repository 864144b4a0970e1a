import { readHl7DateTime } from './dates.js';
import { appendComment, type ParsedReport, type ParseWarning, type RawRow } from './parse.types.js';
import type { NumberContext } from './printed-number.js';
import { otherPatientWarning, recordFlag, recordNumberContext, recordRange, recordValue } from './record-numbers.js';
import { parseNumber } from './tokens.js';

/*
 * (fixr80) German LDT files (Labordatenträger, KBV; the xDT family with BDT and GDT): one field a line,
 * `LLLFFFF<content>` — the line's length in three digits (itself, the field id, the content and the CR LF that ends
 * it), the field id (Feldkennung) in four, then the content. Records (Satzarten) begin with field 8000 (`8220` the
 * data package's header, `8201`–`8205` a laboratory's report of results, `8221` its end). A report's results are
 * test blocks, each begun by field 8410:
 *   8410 Test-Ident (the laboratory's short code)      8411 Testbezeichnung (the test's name)
 *   8418 Teststatus                                    8420 Ergebnis-Wert (the result as a number)
 *   8421 Einheit (unit)                                8422 Grenzwert-Indikator (`+` raised, `++` much raised,
 *                                                           `-` lowered, `--` much lowered, `!` abnormal; `H`, `L`)
 *   8432 Abnahme-Datum (collection date)               8433 Abnahme-Zeit
 *   8460 Normalwert-Text (the normal value as text)    8461 / 8462 Normalwert untere / obere Grenze
 *   8470 Testbezogene Hinweise (a comment on the test) 8480 Ergebnis-Text (the result as text)
 * and around them the report's: 3101–3103 the patient's name and birth date, 8301 the date the sample reached the
 * laboratory, 8302 the report's date.
 */

/** An xDT line: length (3 digits), field id (4 digits), content. */
const LINE = /^(\d{3})(\d{4})(.*)$/;

/** Whether a line's length prefix counts it as written: its characters (or its UTF-8 bytes) and CR LF, CR or LF, or none. */
function lengthFits(line: string, declared: number): boolean {
  const bytes = Buffer.byteLength(line, 'utf8');
  return [line.length, bytes].some((n) => declared - n >= 0 && declared - n <= 2);
}

/**
 * Whether a text is an xDT (LDT) file: at least three lines, every one `LLLFFFF<content>` (a line of any other
 * shape — a title, prose, a table row with spaces after its digits — and it is not), and nine in ten of them of the
 * length their prefix declares. Numbers at the start of printed lines (`1234567 Glucose 95`) are no such lines: their
 * first three digits do not count the line.
 */
export function isLdt(text: string): boolean {
  const lines = text.slice(0, 500_000).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).filter((l) => l.trim());
  if (lines.length < 3) return false;
  let fits = 0;
  for (const l of lines) {
    const m = LINE.exec(l);
    if (!m) return false;
    if (lengthFits(l, Number(m[1]))) fits++;
  }
  return fits >= lines.length * 0.9;
}

/** An LDT date: `JJJJMMTT` (LDT 2, 3) or `TTMMJJJJ` (LDT 1), as midnight UTC; undefined for anything else. */
function dateOf(content: string): string | undefined {
  const t = content.trim();
  if (!/^\d{8}$/.test(t)) return undefined;
  const ymd = readHl7DateTime(t);
  if (/^(?:19|20)\d{2}(?:0[1-9]|1[0-2])/.test(t) && ymd) return ymd.iso;
  return readHl7DateTime(`${t.slice(4)}${t.slice(2, 4)}${t.slice(0, 2)}`)?.iso;
}

/** A number of a normal-value bound (8461, 8462): `3.5`, `3,5`, `-1` (`4.000` as the file's numbers read it: mend18). */
function boundOf(content: string | undefined, numbers: NumberContext): number | undefined {
  const t = (content ?? '').trim();
  return /^-?\d+(?:[.,]\d+)*$/.test(t) ? parseNumber(t, numbers) ?? undefined : undefined;
}

/** (mend18) The patient fields a report's record compares: 3000 (patient number), 3101–3103 (name, first name, birth date). */
const PATIENT_FIELDS = new Set(['3000', '3101', '3102', '3103']);

/**
 * (mend18) Whether a report's record is the first record's patient: every patient field both print the same, at least
 * one printed by both. A record with none of them is no known patient's.
 */
function samePatient(first: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): boolean {
  const shared = [...next.keys()].filter((k) => first.has(k));
  return shared.length > 0 && shared.every((k) => first.get(k) === next.get(k));
}

interface TestBlock {
  line: number;
  id: string;
  name?: string;
  value?: string;
  unit?: string;
  indicator?: string;
  normalText: string[];
  low?: string;
  high?: string;
  texts: string[];
  comments: string[];
  collectedOn?: string;
}

/**
 * Reads an LDT file: one row per 8410 test block that holds a result — its name (8411, else the test's code), value
 * (8420, a number; else the first 8480 result text), unit (8421), range (the 8460 normal value as printed, else
 * 8461–8462's bounds) and flag (8422). A test without a result (a group's heading) is no row. 8470 comments, and result
 * texts after the first, are the test's comment: never a result. The collection date is the test's 8432; the report
 * date 8302 (else 8301). A file of several patients is read up to the second patient, with a warning.
 */
export function parseLdt(text: string): ParsedReport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  let reportedAt: string | undefined;
  let receivedAt: string | undefined;
  /** (mend18) The first report record's patient fields, and the current report record's until its first test. */
  let patient: Map<string, string> | undefined;
  let recordPatient: Map<string, string> | null = null;
  let otherPatient = false;
  // (mend18) The file's numbers: a decimal comma, a point grouping thousands only where its values and ranges show it.
  const printed: string[] = [];
  let lowPrinted = '';
  for (const raw of lines) {
    const m = LINE.exec(raw);
    if (!m) continue;
    const content = m[3]!.trim();
    if (m[2] === '8420' || m[2] === '8460') printed.push(content);
    if (m[2] === '8461') lowPrinted = content;
    if (m[2] === '8462') printed.push(`${lowPrinted}-${content}`);
  }
  const numbers = recordNumberContext(printed.filter(Boolean));
  let block: TestBlock | null = null;
  let collectedOn: string | undefined;

  const close = () => {
    const b = block;
    block = null;
    if (!b) return;
    const at = b.collectedOn ?? collectedOn;
    // (mend20) The bounds of 8461/8462 read as one range's, the value with the row's unit, range and flag (recordRowNumbers).
    const boundsText = b.low !== undefined && b.high !== undefined ? `${b.low.trim()}-${b.high.trim()}` : (b.low ?? b.high ?? '').trim();
    const normal = b.normalText.join(' ').trim();
    // (mend18) A text that says the result is to follow or was not done (`folgt`, `Befund folgt`, `Material hämolytisch,
    // nicht bestimmbar`): no result.
    const value = recordValue(numbers, b.value, { unit: b.unit, rangeText: normal || boundsText, flag: b.indicator }, b.texts[0] ?? b.value);
    if (!value) return;
    if ('none' in value) {
      warnings.push({ code: 'not-a-result', message: `"${b.name || b.id}" was not read: it says "${b.texts[0] ?? b.value!}"`, line: b.line });
      return;
    }
    const low = boundOf(b.low, { ...numbers, rangeText: boundsText });
    const high = boundOf(b.high, { ...numbers, rangeText: boundsText });
    const rangeText = normal || (low !== undefined && high !== undefined ? boundsText : '');
    const bounds = recordRange(rangeText, numbers);
    const flag = recordFlag(b.indicator);
    const row: RawRow = {
      name: b.name || b.id,
      ...value,
      ...(b.unit ? { unit: b.unit } : {}),
      ...(rangeText ? { rangeText } : {}),
      ...(bounds ? { range: bounds } : {}),
      ...(!normal && (low !== undefined) !== (high !== undefined) ? { range: { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) }, boundsWithoutText: true } : {}),
      ...(flag ? { flag } : {}),
      line: b.line,
      ...(at ? { collectedAt: at } : {}),
    };
    for (const t of [...(value.value !== null ? b.texts : b.texts.slice(1)), ...b.comments]) appendComment(row, t);
    rows.push(row);
  };

  lines.forEach((raw, index) => {
    const m = LINE.exec(raw);
    if (!m || otherPatient) return;
    const line = index + 1;
    const field = m[2]!;
    const content = m[3]!.trim();
    switch (field) {
      case '8000':
        // A new record: the test block before it ends; a report's record (8201–8205) begins its patient afresh.
        close();
        recordPatient = /^820[1-5]$/.test(content) ? new Map() : null;
        collectedOn = undefined;
        return;
      case '3000': case '3101': case '3102': case '3103':
        if (recordPatient && content) recordPatient.set(field, content.toLowerCase());
        return;
      case '8301':
        receivedAt ??= dateOf(content);
        return;
      case '8302':
        reportedAt ??= dateOf(content);
        return;
      case '8410':
        // (mend18) A report's first test: its record's patient is known. A record after the first whose patient fields
        // differ from the first's, or that prints none, is another patient's (or no one's said): the read ends there.
        if (recordPatient) {
          if (patient !== undefined && !samePatient(patient, recordPatient)) {
            close();
            otherPatient = true;
            warnings.push(otherPatientWarning(line));
            return;
          }
          patient ??= recordPatient;
          recordPatient = null;
        }
        close();
        block = { line, id: content, normalText: [], texts: [], comments: [] };
        return;
      case '8432': {
        // The test's collection date, and (as a record sends it once) the tests' after it in the same record.
        const d = dateOf(content);
        if (block) block.collectedOn = d ?? block.collectedOn;
        collectedOn = d ?? collectedOn;
        return;
      }
      default:
        break;
    }
    if (!block) return;
    const b: TestBlock = block;
    switch (field) {
      case '8411': b.name ??= content; return;
      case '8420': b.value ??= content; return;
      case '8421': b.unit ??= content; return;
      case '8422': b.indicator ??= content; return;
      case '8460': if (content) b.normalText.push(content); return;
      case '8461': b.low ??= content; return;
      case '8462': b.high ??= content; return;
      case '8470': if (content) b.comments.push(content); return;
      case '8480': if (content) b.texts.push(content); return;
      default: return;
    }
  });
  close();
  const reported = reportedAt ?? receivedAt;
  return { layout: 'ldt', rows, warnings, ...(reported ? { reportedAt: reported } : {}) };
}
