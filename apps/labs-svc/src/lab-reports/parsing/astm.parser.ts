import { readHl7DateTime } from './dates.js';
import { ownEntry } from './memo.js';
import { component, powerUnit, unescape, type Delimiters } from './delimited.js';
import { appendComment, type ParsedReport, type ParseWarning, type RawRow } from './parse.types.js';
import { parseValueToken } from './tokens.js';
import { parseReferenceRange } from './reference-range.js';

/**
 * Framing of an ASTM E1381 / CLSI LIS1-A transmission as analysers and their logs keep it: STX, ETX/ETB and the two
 * hex digits of the checksum after them, ENQ/ACK/NAK/EOT, or their names in angle brackets (`<STX>1H|…<CR><ETX>A5`).
 */
const FRAMING = /<(?:ETX|ETB)>[0-9A-F]{2}|<(?:STX|ETX|ETB|ENQ|EOT|ACK|NAK|LF)>|[\x03\x17][0-9A-F]{2}|[\x02\x03\x04\x05\x06\x15\x17]/gi;

/**
 * A record cut over two frames (an intermediate frame ends with ETB and its checksum; the next begins with STX and
 * its frame number): one record again.
 */
const CONTINUED = /(?:\x17|<ETB>)[0-9A-F]{2}(?:\r\n|\r|\n|<CR>|<LF>)*(?:\x02|<STX>)[0-7]/gi;

/** The text with the transmission's framing taken out: `<CR>` a record's end, as the carriage return it names. */
function unframed(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(CONTINUED, '').replace(/<CR>/gi, '\r').replace(FRAMING, '');
}

/**
 * Whether a text is an ASTM E1394 / CLSI LIS2-A2 message: its first record is a header `H` whose first field defines
 * the delimiters, four different signs (`H|\^&`: field, repeat, component, escape), possibly framed (`<STX>1H|\^&`:
 * a frame number before it).
 */
export function isAstm(text: string): boolean {
  // The header is the first record: its start decides before the whole text (every text upload asks) is unframed.
  // (labs40fix) Its frame number may be printed with a frame counter's second digit (`11H|\^&`: FRAME_NUMBER).
  const m = /^(?:\d?[0-7])?H([^\w\s])([^\w\s])([^\w\s])([^\w\s])/.exec(unframed(text.slice(0, 200)).trimStart());
  if (!m) return headerlessAstm(text);
  // (fixastm) A header that leaves the escape delimiter out (`H|\^||PASSWORD|…`, DPC IMMULITE): field, repeat and
  // component signs, three different ones, and the field sign again where the escape would be.
  const escapeLeftOut = m[4] === m[1] && new Set(m.slice(1, 4)).size === 3;
  if (new Set(m.slice(1)).size !== 4 && !escapeLeftOut) return false;
  const lines = unframed(text).trimStart().split(/\r\n|\r|\n/);
  // A header alone is four signs a printed title can begin with too (`H*/-+ Laboratory summary`): a message has a
  // patient, order, result, comment, manufacturer, request or terminator record after it, split by the same field sign.
  const field = m[1]!.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const record = new RegExp(`^(?:\\d?[0-7])?[PORLCMQ]${field}`, 'i');
  return lines.slice(1).some((l) => record.test(l.trim()));
}

/**
 * (labs40fix) A frame number before a record's type (`2P|`: E1381's frame number, 0–7), perhaps after a digit a
 * capture prints before it (`24R|`: a frame counter, or STX written as its code's last digit): the transmission's, not
 * the record's.
 */
const FRAME_NUMBER = /^\d?[0-7](?=[A-Za-z]\W)/;

/**
 * (labs40fix) A message kept without its header (an interface's docstring, a capture that starts mid-session: `23O|1|…`
 * / `24R|1|^^^TSH^^DOSE|2.50|mIU/L||N||F`): with the standard delimiters (`|\^&`), every line an ASTM record (a frame
 * number before its type allowed) or a checksum alone (two hex digits), and a result record among them whose test id
 * (R-3) holds at least three component delimiters (`^^^TSH`, `^^^^WBC^1`) after a sequence number. A text with any
 * other line (a title, prose) is no message.
 */
function headerlessAstm(text: string): boolean {
  const lines = unframed(text.slice(0, 20_000)).split(/\r\n|\r|\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return false;
  // (The record types in either case, as `parseAstm` reads them: `r|1|…` of a system that writes in lower case.)
  const record = /^(?:\d?[0-7])?[PORCLMQ]\|/i;
  const result = /^(?:\d?[0-7])?R\|\d{1,4}\|[^|]*\^[^|]*\^[^|]*\^[^|]*\|/i;
  // (robust) A record wrapped onto the next line (`4R|1|…|EXP||R||A` / `DMIN^ADMIN||20250808132646|c402830`, a capture
  // cut at its frame's width) continues it: a line after a record holding its field or component delimiters, not
  // opening with one (a Markdown table's `| a | b |` is no record's rest).
  // A frame's one hex digit alone (`F`, the end of a record cut just before it) is a checksum's kind of line.
  const continues = (l: string, k: number) => k > 0 && record.test(lines[k - 1]!) && /[|^]/.test(l) && !/^[|^]/.test(l);
  return lines.some((l) => result.test(l)) && lines.every((l, k) => record.test(l) || /^[0-9A-F]{1,2}$/.test(l) || continues(l, k));
}


/**
 * R-9 (result status, LIS2-A2 §9.4.9) values whose record is not a result: X the test could not be done, I pending in
 * the instrument. (Q is a response to the system's query, F final, C a correction, P preliminary: results; a quality
 * control sample is its order's O-12 `Q`.)
 */
const NOT_A_RESULT: Record<string, string> = { X: 'the test could not be done', I: 'the result is pending' };

/** R-9 values whose result is read with a warning: W, the result's validity is questionable (a warning on the analyser). */
const QUESTIONABLE: Record<string, string> = { W: 'its validity is questionable' };

/** R-7 (abnormal flags, E1394 §10.1.7) this reader hands on: the others (U, D, B, W: a change since the last result) say nothing of the range. */
const FLAGS = new Set(['L', 'H', 'LL', 'HH', '<', '>', 'N', 'A', 'AA']);

/** (labs37fix review) R-7 flags that say which side of the range a result is on. */
const SIDED_FLAGS = new Set(['L', 'H', 'LL', 'HH', '<', '>']);

/** (labs37fix) R-7 flags an analyser spells out (Abbott ARCHITECT: `HIGH`, `LOW`). */
const FLAG_WORDS: Record<string, string> = { HIGH: 'H', LOW: 'L' };

/** (labs37fix) Units of an electrode's raw signal (millivolts, microvolts): no laboratory result is reported in them. */
const RAW_SIGNAL_UNIT = /^(?:m|µ|μ|u)V$/;

/** (labs40fix) A value that ends with a file's extension (an image, a document, a data file): a file reference. */
const FILE_REFERENCE = /\.(?:png|jpe?g|gif|bmp|tiff?|svg|pdf|xml|csv|dat|bin|raw|txt)$/i;

/** Records that carry no result and are skipped without a warning: patient, order, request, manufacturer, scientific, terminator. */
const KNOWN_RECORDS = new Set(['P', 'O', 'Q', 'M', 'S', 'L']);

/**
 * Reads an ASTM E1394-97 / CLSI LIS2-A2 message (what clinical analysers send a laboratory system: Mindray, Sysmex,
 * Roche cobas, Abbott, Siemens): one row per result record `R`, its test from the universal test id (R-3: `^^^ALT`,
 * `^^^8714^1`, `^^^^WBC^1`; the local code and names after it), value (R-4; the first number of its components),
 * units (R-5), reference range (R-6: `10-40`, `10 to 40`, `10^40`, `<5`), abnormal flag (R-7) and result status (R-9:
 * X and I are no result, a warning each; W a result with a warning). A value an analyser fills with a placeholder
 * (`****`, `----`) is none. An order whose specimen (O-16) is urine makes its rows the urine's. A message of more than
 * one patient is read up to the second patient's record, with a warning. A comment record `C` after a result is that result's comment. The
 * collection time is the order's O-8 (else O-9), else the result's R-13 (completed), else the header's H-14, each as the
 * analyser's wall-clock time (UTC, with a warning, unless an offset is sent). Frame numbers and the framing of the
 * low-level protocol (STX, ETX and checksums) are dropped; an order of quality-control samples (O-12 `Q`) is skipped.
 */
export function parseAstm(
  text: string, knows?: (name: string) => boolean,
  more: {
    knowsCode?: (code: string) => boolean; codesOf?: (name: string) => string[];
    unitFactor?: (name: string, unit: string) => number | undefined;
  } = {},
): ParsedReport {
  const lines = unframed(text).split(/\r\n|\r|\n/);
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  let d: Delimiters = { field: '|', repetition: '\\', component: '^', escape: '&' };
  let assumedUtc = false;
  const readTime = (value: string) => {
    const t = readHl7DateTime(value);
    if (t?.basis === 'utc-assumed') assumedUtc = true;
    return t?.iso;
  };
  let reportedAt: string | undefined;
  let order: { at?: string; qc: boolean; specimen?: RawRow['specimen'] } = { qc: false };
  /** The first patient record's identifiers; once another patient's record comes, nothing after it is read. */
  let patient: string | undefined;
  let otherPatient = false;
  /** The result a comment record belongs to; null after any other record. */
  let noted: RawRow | null = null;
  let headerLine = 0;
  /** (fixastm) Rows keyed by a LOINC from R-3's local components under a name the catalog does not know. */
  const fromLocalCode: RawRow[] = [];
  /** (fixastm2) Absorbance records (aspect ABS / OD), by test, dropped at the end beside a dose record of their test. */
  const absorbance: { row: RawRow; test: string }[] = [];
  const dosed = new Set<string>();
  /** (fixastm2) Rows of `@` parameters, dropped at the end when a comment record says they are research use only. */
  const atParameters: RawRow[] = [];
  let researchUse = false;
  /** (mend21) The patient and order each `@` row and each research-use comment belong to. */
  let patientIndex = 0;
  let orderIndex = 0;
  const atOrder = new Map<RawRow, string>();
  const researchScopes = new Set<string>();

  lines.forEach((raw, index) => {
    const line = index + 1;
    // A frame number (0–7) before the record's type, as a frame begins (`1H|`, `2P|`), is the transmission's, not the record's.
    const rec = raw.trim().replace(FRAME_NUMBER, '');
    if (!rec) return;
    // The record's type, in either case (`r|1|…` of a system that writes the message in lower case).
    const type = rec[0]!.toUpperCase();
    if (type === 'H' && /^H[^\w\s]/i.test(rec)) {
      // (fixastm) An escape delimiter left out (`H|\\^||…`: the field sign where it would be) is the standard's `&`.
      d = { field: rec[1]!, repetition: rec[2] ?? '\\', component: rec[3] ?? '^', escape: rec[4] && rec[4] !== rec[1] ? rec[4] : '&' };
      headerLine ||= line;
      // H-14: the message's date and time.
      reportedAt ??= readTime(component(rec.split(d.field)[13], 0, d));
      noted = null;
      return;
    }
    if (rec[1] !== d.field) {
      warnings.push({ code: 'unreadable-segment', message: 'This line is not an ASTM record', line, text: rec.slice(0, 300) });
      return;
    }
    const fields = shifted(rec.split(d.field), type);
    if (type === 'C') {
      // C-4: the comment's text (components: a code and its text), about the record before it.
      const comment = (fields[3] ?? '').split(d.repetition).flatMap((r) => r.split(d.component)).map((t) => unescape(t, d).trim()).filter(Boolean).join(' ');
      if (!comment) return;
      // (fixastm2) A comment that says parameters are research use only (Beckman Coulter DxH: `Test names beginning with
      // @ are research use only`) marks the `@` parameters of the message as no results.
      // (mend21) Only a comment naming the `@` convention, not negated (`not for research use`, `declined`), and only
      // for its patient (a comment under P) or its order.
      if (/\bresearch[ -]use(?:\s+only)?\b|\bRUO\b/i.test(comment) && /@/.test(comment)
        && !/\bnot\s+(?:for\s+)?(?:a\s+)?research|\bdeclined\b|\bnot\s+RUO\b/i.test(comment)) {
        researchUse = true;
        researchScopes.add(orderIndex ? `${patientIndex}/${orderIndex}` : `${patientIndex}`);
      }
      if (noted) appendComment(noted, comment);
      else warnings.push({ code: 'comment-not-attached', message: 'A comment record (C) that follows no result that was read', line, text: comment.slice(0, 300) });
      return;
    }
    noted = null;
    if (otherPatient) return;
    if (type === 'P') {
      // P-3 to P-6: the practice's, the laboratory's and a third identifier, and the name. A message of several
      // patients is not one person's report: its results after the second patient are not read.
      const id = fields.slice(2, 6).map((f) => unescape(f, d).trim()).join('|');
      if (patient !== undefined && id !== patient) {
        otherPatient = true;
        warnings.push({ code: 'other-patient', message: 'This message holds results of more than one patient: those after the second patient record were not read', line });
        return;
      }
      patient ??= id;
      order = { qc: false };
      patientIndex++;
      orderIndex = 0;
      return;
    }
    if (type === 'O') {
      // O-8 the collection time (else O-9, the end of the collection), O-12 the action code (`Q`: quality control),
      // O-16 the specimen descriptor.
      const at = readTime(component(fields[7], 0, d)) ?? readTime(component(fields[8], 0, d));
      order = { ...(at ? { at } : {}), qc: (fields[11] ?? '').trim().toUpperCase() === 'Q', specimen: specimenOf(fields[15] ?? '') };
      orderIndex++;
      return;
    }
    if (type !== 'R') {
      if (!KNOWN_RECORDS.has(type)) warnings.push({ code: 'segment-not-read', message: `Record ${type} was not read`, line });
      return;
    }
    const seq = (fields[1] ?? '').trim() || String(rows.length + 1);
    const { name, code, local: localCode } = testOf(fields[2] ?? '', d, knows, more.knowsCode);
    const label = name || `R ${seq}`;
    // (fixastm2) The result aspect after the local code (`^^^VitD^^^1^RLU`, `^^^TSH^^^1^DOSE`: immunoassay analysers send
    // one record per aspect): the raw signal and the cut-off are how the result was measured, not a result.
    const { test: aspectTest, aspect } = aspectOf(fields[2] ?? '', d);
    // (mend21) Only a record whose unit is none or a signal's (RLU, OD, AU, Abs, mV) and that has no range: an aspect
    // word with a concentration and its range (`^^^NEUT^ABS|4.1|10^3/uL|1.5-7.0`: ABS the absolute count) is a result.
    // A cut-off (COFF, CUTOFF) without a range is never a result, whatever its unit.
    const signalAspect = !(fields[5] ?? '').trim() && (/^(?:|RLU|OD|AU|ABS|mV)$/i.test(component(fields[4], 0, d).trim()) || /^CUT-?OFF$|^COFF$/.test(aspect ?? ''));
    if (aspect && RAW_ASPECTS.has(aspect) && signalAspect) {
      warnings.push({ code: 'not-a-result', message: `R ${seq} (${label}) was not read: its aspect ${aspect} is the assay's raw signal or cut-off, not a result`, line });
      return;
    }
    if (order.qc) {
      warnings.push({ code: 'not-a-result', message: `R ${seq} (${label}) was not read: its order is a quality-control sample`, line });
      return;
    }
    const status = (fields[8] ?? '').trim().toUpperCase();
    const notAResult = ownEntry(NOT_A_RESULT, status);
    if (notAResult) {
      warnings.push({ code: 'not-a-result', message: `R ${seq} (${label}) was not read: its status ${status} means ${notAResult}`, line });
      return;
    }
    // (labs40fix) A test whose name asks a question (`Blasts/Abn_Lympho?`, `Left_Shift?`, `NRBC?`: a haematology
    // analyser's suspect message, its value the analyser's 0–100 confidence score in it) is a message, not a result.
    // (labs40fix review) Only with no unit and no range, as the suspect messages come: a test whose name ends in `?`
    // with its unit and range (`Anti-HCV?|0.08|S/CO|<1.0`: a screen printed with a question mark) is a result.
    if (/\?$/.test(name) && !(fields[4] ?? '').trim() && !(fields[5] ?? '').trim()) {
      warnings.push({ code: 'not-a-result', message: `R ${seq} (${label}) was not read: a name ending in "?" is an analyser's suspect message, its value a score`, line });
      return;
    }
    const value = readValue(fields[3] ?? '', d);
    // (labs40fix) A value that is a file's name or path (`PNG&R&20201005&R&…_WDF.PNG`: a scattergram or a histogram
    // the analyser stored) is where a picture is, not a result.
    if (value && value.value === null && FILE_REFERENCE.test(value.valueText ?? '')) {
      warnings.push({ code: 'not-a-result', message: `R ${seq} (${label}) was not read: its value is a file (${value.valueText})`, line });
      return;
    }
    if (!value) {
      warnings.push({ code: 'no-value', message: `R ${seq} (${label}) has no value${status ? ` (status ${status})` : ''}`, line });
      return;
    }
    if (QUESTIONABLE[status]) {
      warnings.push({ code: 'questionable-result', message: `R ${seq} (${label}): its status ${status} means ${QUESTIONABLE[status]}`, line });
    }
    let unit = powerUnit(fields[4], d) || component(fields[4], 0, d);
    // (fixastm) A bare number where the units go (`|8.5|1|`: a haematology analyser's unit-set index) is no unit of a
    // test the catalog measures in a unit with a dimension (WBC, HGB); of one measured in a pure number (INR), and of
    // a test it does not know, it stays what it says.
    // (`%` is a pure number too, but `38.6` in `1` is 3860 %: only a unit the catalog's is one of, INR's `1`, stays.)
    // (mend21) Not where the value and its range are fractions (`HCT|0.41|1|0.37-0.47`: a fraction of one).
    const fraction = value.value !== null && value.value !== undefined && Math.abs(value.value) <= 1 && (parseReferenceRange(rangeOf(fields[5] ?? '', d).text).high ?? Infinity) <= 1;
    if (/^\d+$/.test(unit.trim()) && !fraction && more.unitFactor && knows?.(name) && more.unitFactor(name, unit.trim()) !== 1) unit = '';
    // (labs37fix) An electrode's raw signal in volts (`-0.6112|mV`: the ion-selective electrode's potential an
    // analyser sends beside the concentration it reads from it) is how the result was measured, not a result.
    if (RAW_SIGNAL_UNIT.test(unit.trim())) {
      warnings.push({ code: 'not-a-result', message: `R ${seq} (${label}) was not read: its unit ${unit.trim()} is an electrode's raw signal, not a result`, line });
      return;
    }
    const { text: range, bounds } = rangeOf(fields[5] ?? '', d);
    // R-7 may repeat or hold components (`EXP^HIGH`: a reagent's expiry warning and the flag); `HIGH`/`LOW` in words
    // are H and L, and win over the range as any printed flag does.
    // (labs37fix review) Among several (`N^H`, `N~H`), a flag that says which side of the range (H, L, HH, LL, <, >)
    // wins over one that does not (N, A): the result is high, whatever else the field says.
    const flags = (fields[6] ?? '').split(d.repetition).flatMap((f) => f.split(d.component)).map((f) => f.trim().toUpperCase())
      .map((f) => FLAG_WORDS[f] ?? f).filter((f) => FLAGS.has(f));
    // (fixastm) A sided flag printed as a component of the value after its number (`146^H`, `42.2!  H ` under a `!`
    // component delimiter) is the result's flag as R-7's is.
    // (mend21) Only `H`, `L`, `HH`, `LL` as printed (a `<` there is a comparator: `0.003^<` is below 0.003), never over
    // a flag R-7 prints, nor for a value inside its range.
    const valueParts = (fields[3] ?? '').split(d.repetition)[0]!.split(d.component).slice(1).map((f) => f.trim());
    const valueFlags = valueParts.filter((f) => /^(?:H|L|HH|LL)$/.test(f));
    const censor = valueParts.find((f) => f === '<' || f === '>');
    if (censor && value.value !== null && value.value !== undefined && !value.comparator) {
      Object.assign(value, { comparator: censor, valueText: `${censor}${value.value}` });
    }
    const span = bounds ?? parseReferenceRange(range);
    const inside = value.value !== null && value.value !== undefined && (span.low !== undefined || span.high !== undefined)
      && (span.low === undefined || value.value >= span.low) && (span.high === undefined || value.value <= span.high);
    // (An unsided `A` in R-7 agrees with a sided value flag and is refined by it; `N` or a sided R-7 flag wins.)
    const flag = flags.find((f) => SIDED_FLAGS.has(f)) ?? (flags.every((f) => f === 'A' || f === 'AA') && !inside && valueFlags[0] ? valueFlags[0] : flags[0] ?? undefined);
    const at = order.at ?? readTime(component(fields[12], 0, d)) ?? reportedAt;
    const row: RawRow = {
      name: label,
      ...value,
      ...(unit ? { unit } : {}),
      ...(range ? { rangeText: range } : {}),
      ...(bounds ? { range: bounds } : {}),
      ...(flag ? { flag } : {}),
      line,
      ...(code ? { code } : {}),
      ...(at ? { collectedAt: at } : {}),
      // The order's specimen is the sample's, as a result list's `U-`: urine albumin is coded as urine, not serum.
      ...(order.specimen ? { specimen: order.specimen, specimenOfRow: true } : {}),
    };
    rows.push(row);
    if (localCode) fromLocalCode.push(row);
    if (aspect && ABSORBANCE_ASPECTS.has(aspect) && signalAspect) absorbance.push({ row, test: aspectTest });
    if (aspect && DOSE_ASPECTS.has(aspect)) dosed.add(aspectTest);
    if (aspectTest.startsWith('@')) {
      atParameters.push(row);
      atOrder.set(row, `${patientIndex}/${orderIndex}`);
    }
    noted = row;
  });
  // (fixastm) A LOINC from the local components of a test the catalog does not know by name (`UWBC`, an uncorrected
  // count, sent with the WBC's code) keys it only where no other record of the message reports that code's analyte
  // under a name the catalog knows: a second record of one analyte is a variant the code does not tell apart.
  for (const row of fromLocalCode) {
    const c = row.code!.code;
    if (rows.some((o) => o !== row && !fromLocalCode.includes(o) && knows?.(o.name) && (more.codesOf?.(o.name) ?? []).includes(c))) delete row.code;
  }
  // (fixastm2) An absorbance beside a dose of its test is the reading the dose came from; a research-use-only `@`
  // parameter is no result of a diagnosis.
  const dropped = new Set<RawRow>([
    ...absorbance.filter((a) => dosed.has(a.test)).map((a) => a.row),
    ...(researchUse ? atParameters.filter((r) => researchScopes.has(atOrder.get(r)!) || researchScopes.has(atOrder.get(r)!.split('/')[0]!)) : []),
  ]);
  for (const row of dropped) {
    rows.splice(rows.indexOf(row), 1);
    warnings.push({ code: 'not-a-result', message: `${row.name} was not read: ${!absorbance.some((a) => a.row === row) ? 'a research-use-only parameter' : 'an absorbance beside its dose'}`, line: row.line });
  }
  if (assumedUtc) {
    warnings.push({ code: 'time-without-offset', message: 'Times in this message have no UTC offset: they were read as UTC', line: headerLine || 1 });
  }
  return { layout: 'astm', rows, warnings, ...(reportedAt ? { reportedAt } : {}) };
}

/**
 * (labs40fix) Test codes analysers send in R-3 that name a test only there (alone in a printed report's text they are
 * other things): Siemens IMMULITE's `F4`, the free T4 (its `T4` is the total, `T3` the total T3).
 * (fixastm) `TT4` / `TT3`, the total T4 and T3 as immunoassay analysers code them (DPC IMMULITE's `^^^TT4`).
 */
const ANALYSER_TEST_CODES: Record<string, string> = { F4: 'FT4', TT4: 'Total T4', TT3: 'Total T3' };

/**
 * The test of R-3, the universal test id: component 1 a universal (LOINC) code, 2 its name, 3 its coding system, 4
 * on the manufacturer's local code and what the analyser adds (a name, a dilution or a repeat number: `^^^ALT`,
 * `^^^TSH^TSH^1`, `^^^^WBC^1`, `^^^8714^1`). The name is the last word component the catalog knows, else the local
 * code (a numeric code only when there is nothing else): an unknown code is read as printed, never guessed.
 */
function testOf(field: string, d: Delimiters, knows?: (name: string) => boolean, knowsCode?: (code: string) => boolean): { name: string; code?: RawRow['code']; local?: boolean } {
  const parts = ((field.split(d.repetition)[0] ?? '').split(d.component)).map((c) => unescape(c, d).trim());
  const [universal = '', universalName = '', system = ''] = parts;
  const local = parts.slice(3).filter((c) => c && !/^\d{1,2}$/.test(c));
  const candidates = [universalName, ...local].filter(Boolean);
  const known = [...candidates].reverse().find((c) => /\p{L}/u.test(c) && knows?.(c))
    // (labs40fix) An analyser's own test code the catalog has under another name (ANALYSER_TEST_CODES), in R-3 only.
    ?? candidates.map((c) => ANALYSER_TEST_CODES[c.toUpperCase()]).find((c) => c && knows?.(c));
  const name = known ?? candidates.find((c) => /\p{L}/u.test(c)) ?? candidates[0] ?? universal;
  const loinc = /^\d{1,7}-\d$/.test(universal) && (!system || /^(?:LN|LOINC)$/i.test(system));
  // (fixastm) A LOINC among the manufacturer's components (`^^^LY^736-9^1`, `!!!NE!770-8`: the local code, then its
  // LOINC) keys a row whose name the catalog does not know when it knows the code, as the HL7 reader's codes do; one it
  // does not know (a typo, a code of another version) is left, and the name decides. A known name decides as before.
  const localLoinc = !loinc && !known ? local.find((c) => /^\d{1,7}-\d$/.test(c) && knowsCode?.(c)) : undefined;
  const localName = candidates.find((c) => /\p{L}/u.test(c));
  if (localLoinc) return { name, code: { system: 'http://loinc.org', code: localLoinc, ...(localName ? { display: localName } : {}) }, local: true };
  return { name, ...(loinc ? { code: { system: 'http://loinc.org', code: universal, ...(universalName ? { display: universalName } : {}) } } : {}) };
}

/**
 * (fixastm2) Result aspects in R-3 after the manufacturer's local code (Siemens ADVIA Centaur `^^^VitD^^^1^DOSE`,
 * `…^RLU`, `…^COFF`, `…^INTERP`): RLU (relative light units), a signal, a raw reading and the cut-off are no patient
 * results; the dose (the concentration) and the interpretation are; an index (S/CO, COI, Index) is the result of many
 * serology assays and stays. An absorbance (ABS, OD) is dropped only beside a dose of its test.
 */
const RAW_ASPECTS = new Set(['RLU', 'COFF', 'CUTOFF', 'CUT-OFF', 'SIGNAL', 'RAW']);
const ABSORBANCE_ASPECTS = new Set(['ABS', 'OD']);
const DOSE_ASPECTS = new Set(['DOSE', 'CONC']);

/** (fixastm2) R-3's local test code (its fourth component) and, after it, its result aspect (the last word component). */
function aspectOf(field: string, d: Delimiters): { test: string; aspect?: string } {
  const parts = (field.split(d.repetition)[0] ?? '').split(d.component).map((c) => unescape(c, d).trim());
  const local = parts.slice(3);
  const test = (local.find(Boolean) ?? '').toUpperCase();
  const after = local.slice(local.findIndex(Boolean) + 1).filter((c) => c && /[A-Za-z]/.test(c));
  const last = after.at(-1)?.toUpperCase();
  return { test, ...(last && (RAW_ASPECTS.has(last) || ABSORBANCE_ASPECTS.has(last) || DOSE_ASPECTS.has(last)) ? { aspect: last } : {}) };
}

/** R-9 result status codes (LIS2-A2 §9.4.9): C, P, F, X, I, S, M, R, N, Q, V, W. */
const STATUS = /^[CPFXISMRNQVW]$/i;

/**
 * (fixastm) A result record with one field more after the units (Beckman Coulter DxH: `R|1|!!!WBC!…|7.4|10^9/L||3.8
 * to 11.8|||F||SYSTEM||…`): R-6 empty, R-9 empty and R-10 — the standard's date of a change in normative values, a
 * date or nothing — a status letter. Its fields from R-6 on are one place late: the empty one after the units taken
 * out, they read where the standard puts them. A record in the standard's places (R-9 the status) is kept as it is.
 */
function shifted(fields: string[], type: string): string[] {
  if (type !== 'R' || fields.length < 10) return fields;
  if ((fields[5] ?? '').trim() || (fields[8] ?? '').trim() || !STATUS.test((fields[9] ?? '').trim())) return fields;
  // (mend21) Not where R-7 holds a flag (`R|1|^^^CRP|12.5|mg/L||H|||F`): the record is in the standard's places.
  if (/^(?:H|L|N|A|HH|LL|<|>)$/i.test((fields[6] ?? '').trim())) return fields;
  return [...fields.slice(0, 5), ...fields.slice(6)];
}

/** R-4: a number (the first numeric component: `6.85`, `<0.5`, `1.2^^`), else the text of the components. */
function readValue(field: string, d: Delimiters): Pick<RawRow, 'value' | 'valueText' | 'comparator'> | null {
  const parts = (field.split(d.repetition)[0] ?? '').split(d.component).map((c) => unescape(c, d).trim())
    // A placeholder an analyser prints where it has no value (`****`, `----`, `...`) is none.
    .filter((c) => c && !/^[-*_.#?]+$/.test(c));
  if (!parts.length) return null;
  for (const p of parts) {
    const v = parseValueToken(p.replace(/\s+/g, ''));
    if (v && /^[<>=≤≥]*\s*[-+]?\d/.test(p)) return { value: v.value, ...(v.comparator ? { comparator: v.comparator, valueText: v.text } : {}) };
  }
  return { value: null, valueText: parts.join(' ') };
}

/** A range's end that is a number alone (`3.5`, `-1`, `4,5`; (fixastm) `.4`, its leading zero left out). */
const NUMERIC_BOUND = /^-?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/**
 * R-6: the reference range as the reader's range text (`10^40`, the bounds as two components, is `10-40`).
 * (labs40fix) Each bound repeated, the reference bound first and the assay's measuring limit after it
 * (`0.400\0.004^4.00\75.0`, Siemens IMMULITE: low `0.400` of a reportable `0.004`, high `4.00` of `75.0`): the
 * components are the two ends, each end's first number its reference bound — the range 0.4–4.0, its text as printed.
 * Only when both ends are numbers alone, repeated as often, the low bound below the high and (labs40fix review) the
 * second repetition enclosing the first (its low at or below, its high at or above); any other repeated field
 * reads its first repetition, as before.
 */
function rangeOf(field: string, d: Delimiters): { text: string; bounds?: { low: number; high: number } } {
  const whole = field.trim();
  // (Split into ends and repetitions only when the field repeats.)
  const ends = whole.includes(d.repetition) ? whole.split(d.component).map((e) => e.split(d.repetition).map((n) => unescape(n, d).trim())) : [];
  const numeric = (n: string) => NUMERIC_BOUND.test(n);
  if (ends.length === 2 && ends[0]!.length >= 2 && ends[0]!.length === ends[1]!.length
    && ends.every((e) => e.every(numeric))) {
    const [low, high] = ends.map((e) => Number(e[0]!.replace(',', '.')));
    // (labs40fix review) Only when the second repetition encloses the first (an assay's limits around the reference
    // bounds: `0.400\0.004^4.00\75.0`, or equal, `0.050\0.050^25.0\25.0`): pairs in other units (`3.9\70^5.5\100`),
    // a critical range first (`2.5\3.5^6.5\5.1`), the assay's first or men's and women's ranges read as before.
    const [low2, high2] = ends.map((e) => Number(e[1]!.replace(',', '.')));
    if (low! < high! && low2! <= low! && high2! >= high!) return { text: unescape(whole, d), bounds: { low: low!, high: high! } };
  }
  const raw = unescape((field.split(d.repetition)[0] ?? '').trim(), d);
  const bounds = raw.split(d.component).map((c) => c.trim());
  if (bounds.length === 2 && bounds.every((b) => NUMERIC_BOUND.test(b))) return { text: `${bounds[0]}-${bounds[1]}` };
  return { text: bounds.filter(Boolean).join(' ') };
}

/** What O-16, the specimen descriptor, says the sample is, when that changes how a result is coded. */
function specimenOf(field: string): RawRow['specimen'] {
  const t = field.toLowerCase();
  if (/\burine\b|^ur\b|^u$/.test(t)) return 'urine';
  return undefined;
}
