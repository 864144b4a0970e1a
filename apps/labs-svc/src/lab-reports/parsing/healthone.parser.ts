import { readHl7DateTime } from './dates.js';
import { appendComment, type ParsedReport, type ParseWarning, type RawRow } from './parse.types.js';
import { otherPatientWarning, recordFlag, recordNumberContext, recordRange, recordValue } from './record-numbers.js';

/*
 * (fixr80) Belgian HealthOne lab files (the Medidoc-derived format Belgian laboratories send a practice's software:
 * `A1\…` to `A5\…` a request's header records, `L1\…` its results, `L2`/`L5` its protocol text). A record is a type
 * (`A1`) and fields, each ended by the field sign (`\`, some systems `|`):
 *   A1\<request>\<laboratory>\                      a request begins (the laboratory's name)
 *   A2\<request>\<last name>\<first name>\<sex>\<birth date>\
 *   A3\<request>\<street>\<postcode>\<town>\
 *   A4\<request>\<requesting doctor>\<request date ddMMyyyy>\<time>\<C complete | P partial>\
 *   A5\<request>\\<national number>\…
 *   L1\<request>\<test code>\<name>\<reference range>\<unit>\<flag>\<value>\
 *   L1\<request>\<test code>\\<text>\               a line continuing the result of the same code (no name)
 *   L5\<request>\<code>\\\\\<text>\                  (and L2) protocol text, a line each
 * The value comes last, after the range, the unit and the flag. A record with no value (a section's title
 * `L1\…\TCHIM\CHIMIE\\\\\`, or a result's record repeated empty) is no result.
 */

/** A HealthOne record's type and its first field (the request), with the field sign that follows the type. */
const RECORD = /^([AL][1-9])([\\|])/;

/**
 * Whether a text is a HealthOne lab file: its first line a request's `A1` record, every other line a record
 * (`A1`–`A9`, `L1`–`L9`, split by the same field sign) or the file's `END`, and at least one result record `L1`.
 * A text with any other line (a title, prose, a path with backslashes) is not one.
 */
export function isHealthOne(text: string): boolean {
  const lines = text.slice(0, 200_000).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  const first = lines[0] ? RECORD.exec(lines[0]) : null;
  if (!first || first[1] !== 'A1') return false;
  const sign = first[2]!;
  let results = 0;
  for (const l of lines) {
    const m = RECORD.exec(l);
    if (m && m[2] === sign) {
      if (m[1] === 'L1') results++;
      continue;
    }
    if (/^END$/i.test(l)) continue;
    return false;
  }
  return results > 0;
}

/** A date of an A record: `ddMMyyyy`, `ddMMyy` or `dd/MM/yyyy`, as midnight UTC. */
function dateOf(field: string): string | undefined {
  const t = field.trim();
  const m = /^(\d{2})\/?(\d{2})\/?(\d{4}|\d{2})$/.exec(t);
  if (!m) return undefined;
  const year = m[3]!.length === 4 ? m[3]! : `${Number(m[3]) > 50 ? 19 : 20}${m[3]}`;
  return readHl7DateTime(`${year}${m[2]}${m[1]}`)?.iso;
}

/** A name that ends with its own record's unit (`Calcium mmol/L` beside `mmol/L`): the name without it. */
function nameWithoutOwnUnit(name: string, unit: string): string {
  if (!unit) return name;
  const tail = ` ${unit}`;
  return name.length > tail.length && name.toLowerCase().endsWith(tail.toLowerCase()) ? name.slice(0, -tail.length).trim() : name;
}

/**
 * (fixr82) A test code naming the urine as its specimen with a separate `U` part (`UF_U`, `GLU_U`, `U_PROT`, `CREA-U`),
 * as laboratories suffix a code with its specimen (`EX_H`, `EX_I` the serum's indices): the row is the urine's. A code
 * with the letter inside a word (`UREE`, `CRPU`) says nothing.
 */
const URINE_CODE = /(?:^|[_-])U(?:$|[_-])/i;
/**
 * (mend22, review cr16) Urine chemistry a laboratory measures in urine too, in French, Dutch, German and English
 * (creatinine, sodium, potassium, chloride, protein, albumin, glucose, urea, calcium, phosphate, uric acid, osmolality).
 */
const URINE_CHEMISTRY = /^(?:u-?\s*)?(?:cr[ée]at|kreat|sodium|natrium|potass|kalium|chlor|prot[ée]i|eiwit|album|gluc|glyk|glyc|ur[ée]e\b|urea\b|harnstof|ureum|calci|kalzi|phosph|fosf|acide urique|uric|urinezuur|harnsäure|osmol)/i;
/**
 * (mend22, review cr16) Whether a code's `U` part (URINE_CODE) makes the row the urine's: only for a test measured in
 * urine — one the catalog reads in urine (`Leucocytes`, `Hématies`) or urine chemistry (URINE_CHEMISTRY). A blood test
 * under such a code (`TSH-U`, `FT4-U`: a TSH in urine is no test) keeps its blood reading.
 */
function urineByCode(code: string, name: string, knowsInUrine?: (name: string) => boolean): boolean {
  if (!URINE_CODE.test(code)) return false;
  return !knowsInUrine || knowsInUrine(name) || URINE_CHEMISTRY.test(name.trim());
}

/**
 * Reads a HealthOne lab file: one row per `L1` result record with a value, its name (else its code), value (a number,
 * `<3` censored, else text), unit, reference range as printed and flag. A record continuing the result before it
 * (the same code, no name) and the protocol text of `L2`/`L5` records of its code are that result's comment. A4's
 * date is the request's, its rows' collection date. A file of several patients is read up to the second patient's
 * `A2` record, with a warning.
 */
export function parseHealthOne(text: string, knowsInUrine?: (name: string) => boolean): ParsedReport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  let sign = '\\';
  let patient: string | undefined;
  let otherPatient = false;
  let at: string | undefined;
  /** The last result read and its test code: records continuing it are its comment. */
  let last: { row: RawRow; code: string } | null = null;
  /** (mend18) The request read, and whether a new request began with no patient record (`A2`) yet. */
  let request: string | undefined;
  let patientUnsaid = false;
  // (mend18) The file's numbers: a decimal comma, a point grouping thousands only where its values and ranges show it.
  const numbers = recordNumberContext(lines.flatMap((l) => {
    const m = RECORD.exec(l.trim());
    if (!m || m[1] !== 'L1') return [];
    const f = l.trim().split(m[2]!);
    return [f[4] ?? '', f[7] ?? ''].map((t) => t.trim()).filter(Boolean);
  }));
  const stop = (line: number) => {
    otherPatient = true;
    warnings.push(otherPatientWarning(line));
  };

  lines.forEach((raw, index) => {
    const line = index + 1;
    const rec = raw.trim();
    const m = RECORD.exec(rec);
    if (!m || otherPatient) return;
    if (m[1] === 'A1') sign = m[2]!;
    const fields = rec.split(sign);
    // (The record ends with the field sign: the empty field after it is none.)
    if (fields.length > 1 && fields[fields.length - 1] === '') fields.pop();
    const field = (k: number) => (fields[k] ?? '').trim();
    switch (m[1]) {
      case 'A1': {
        // (mend18) Another request's number: its patient is to be said (its A2) before its results are read.
        const id = field(1);
        if (request !== undefined && id !== request) patientUnsaid = true;
        request = id;
        last = null;
        at = undefined;
        return;
      }
      case 'A2': {
        patientUnsaid = false;
        // The patient: name, first name, sex and birth date. Another patient's request is another person's report.
        const id = [2, 3, 5].map(field).join('|').toLowerCase();
        if (patient !== undefined && id !== patient) {
          stop(line);
          return;
        }
        patient ??= id;
        return;
      }
      case 'A4':
        at = dateOf(field(3)) ?? at;
        return;
      case 'L1': {
        // (mend18) A new request's results with no patient record before them: whose they are is not said.
        if (patientUnsaid) {
          stop(line);
          return;
        }
        const code = field(2);
        const name = field(3);
        // A record with no name continuing the result of the same code: its text is that result's comment.
        if (!name) {
          const note = fields.slice(4).map((f) => f.trim()).filter(Boolean).join(' ');
          if (note && last && last.code === code) appendComment(last.row, note);
          return;
        }
        // (mend18) A value printed after an equals sign (`=95`): the number.
        const valueField = field(7).replace(/^=\s*(?=[-+]?\d)/, '');
        // A section's title, or a result's record repeated without its value: no result.
        if (!valueField) return;
        const unit = field(5);
        const range = field(4);
        // (mend20) The value read with the row's unit, range and flag; (mend18) a text that says the result is to
        // follow or was not done (`volgt`, `en cours`, `niet uitgevoerd`): none.
        const value = recordValue(numbers, valueField, { unit, rangeText: range, flag: field(6) });
        if (!value) return;
        if ('none' in value) {
          warnings.push({ code: 'not-a-result', message: `"${name}" was not read: it says "${valueField}"`, line });
          last = null;
          return;
        }
        const flag = recordFlag(field(6));
        const bounds = recordRange(range, numbers);
        const row: RawRow = {
          name: nameWithoutOwnUnit(name, unit),
          ...value,
          ...(unit ? { unit } : {}),
          ...(range ? { rangeText: range } : {}),
          ...(bounds ? { range: bounds } : {}),
          ...(flag ? { flag } : {}),
          ...(urineByCode(code, name || code, knowsInUrine) ? { specimen: 'urine' as const, specimenOfRow: true } : {}),
          line,
          ...(at ? { collectedAt: at } : {}),
        };
        rows.push(row);
        last = { row, code };
        return;
      }
      case 'L2':
      case 'L5': {
        // Protocol text: the eighth field (else the fourth). Of the last result's code, that result's comment.
        const note = field(7) || field(3);
        if (note && last && last.code === field(2)) appendComment(last.row, note);
        return;
      }
      default:
        return;
    }
  });
  return { layout: 'healthone', rows, warnings };
}
