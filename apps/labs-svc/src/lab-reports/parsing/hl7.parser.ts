import { readHl7DateTime } from './dates.js';
import { ownEntry } from './memo.js';
import { component, powerUnit, unescape, type Delimiters } from './delimited.js';
import { appendComment, type ParsedReport, type ParseWarning, type RawRow } from './parse.types.js';
import { openRangeAbove } from './reference-range.js';
import { firstNotAResult, isQualitativeAnswer, isUnitNoise, isUnitToken, namesNoResult, notAResultAt, parseValueToken, withoutUnitNoiseAfter } from './tokens.js';

/** Whether a text is an HL7 v2 message (it starts with an MSH segment). */
export function isHl7(text: string): boolean {
  return /^\uFEFF?\s*MSH./.test(text);
}

const CODE_SYSTEMS: Record<string, string> = { LN: 'http://loinc.org', LOINC: 'http://loinc.org', PCLOCD: 'http://loinc.org', SNM: 'http://snomed.info/sct', SCT: 'http://snomed.info/sct' };
export const LOINC_SYSTEM = 'http://loinc.org';
/** Coding systems of OBX-3 that are LOINC: `LN`, and `pCLOCD` (the pan-Canadian LOINC observation code database). */
const LOINC_SYSTEMS = new Set(['LN', 'LOINC', 'PCLOCD']);

/** Segments that carry no results and are skipped without a warning. */
const KNOWN_SEGMENTS = new Set(['MSH', 'SFT', 'UAC', 'PID', 'PD1', 'NK1', 'PV1', 'PV2', 'ORC', 'OBR', 'NTE', 'TQ1', 'TQ2', 'CTD', 'CTI', 'FT1', 'SPM', 'EVN', 'ZDS', 'DSC', 'BLG', 'PRT', 'TXA', 'AL1', 'DG1', 'IN1', 'GT1']);

/** OBX-11 statuses whose value is not a result. */
const NOT_A_RESULT: Record<string, string> = {
  D: 'deleted', X: 'could not be obtained', W: 'posted to the wrong patient', N: 'not asked for',
  // (set 11, NR01) An order's detail (HL7 table 0085 `O`: an ask-at-order-entry answer sent with the order, `Fasting
  // status  12 h`, `On testosterone therapy  Yes`): no result.
  O: 'an order detail, no result',
};

/** OBX-2 types that carry no result: narrative (TX, FT), embedded documents (ED) and pointers to them (RP). */
const NOT_RESULT_TYPES: Record<string, string> = { TX: 'narrative text', FT: 'formatted text', ED: 'an embedded document', RP: 'a reference to a document' };

/** (fixr77b) A text value that sends the reader to the notes under it (`SEE NOTE`, `See comment`, `SEE BELOW`). */
const POINTS_TO_NOTES = /^see\s+(?:notes?|comments?|below|text)\.?$/i;

/** (mend20) Another part of a result than the result itself: what a report still to come adds to a finding. */
const ANOTHER_PART = /\b(?:susceptibilit(?:y|ies)|sensitivit(?:y|ies)|antibiogram|final\s+report|further\s+(?:identification|report|work-?up)|identification|confirmation|confirmatory)\b/i;

/** (mend20) A sentence saying the work is still under way (`Incubating.`, `Culture in progress.`): no finding. */
const IN_PROGRESS = /\b(?:incubat(?:ing|ion)|in\s+progress|pending|awaiting|being\s+processed|under\s+way)\b/i;

/**
 * (mend20) Whether notes a `SEE NOTE` points to say the result is pending or refused: a sentence that says so
 * (firstNotAResult), unless it names another part (`Susceptibilities to follow.`, `Final report to follow.`) after a
 * sentence that reports a finding (`>100,000 CFU/mL Escherichia coli.`: a sentence with words that says no such thing).
 */
function notesRefuse(notes: string): boolean {
  // (mend21) A sentence ends at `.`, `;`, `!` or `?`, but not after a title or `No.` (`Dr. Smith notified.`).
  const sentences = notes.split(/(?<=[.;!?])(?<!\b(?:Dr|Mr|Mrs|Ms|No)\.)\s+/i).map((t) => t.trim()).filter(Boolean);
  let finding = false;
  for (const sentence of sentences) {
    const refuses = Boolean(firstNotAResult(sentence.split(/\s+/), 0)) || IN_PROGRESS.test(sentence) || SPECIMEN_REFUSED.test(sentence);
    if (!refuses) {
      if (reportsFinding(sentence)) finding = true;
      continue;
    }
    if (!(finding && ANOTHER_PART.test(sentence))) return true;
  }
  // (mend21) Notes with no finding at all (`Specimen received.`) leave no result to point to.
  return !finding;
}

/** (mend21) A specimen refused for its state or paperwork (`Haemolysed.`, `Sample insufficient.`, `Wrong container.`, `Unlabelled tube.`). */
const SPECIMEN_REFUSED = /\b(?:ha?emoly[sz]ed|insufficient|wrong\s+container|unlabell?ed)\b/i;
/** (mend21) A sentence about the specimen or the paperwork, never a finding. */
const ABOUT_SPECIMEN = /\b(?:received|container|ha?emoly[sz]ed|unlabell?ed|insufficient|notified|accession|referred)\b/i;
/** (mend21) Words that report a finding, or a number with a unit (`>100,000 CFU/mL`, `12 mg/L`). */
const FINDING_WORD = /\b(?:growth|flora|cfu|isolated|gram|cocci|bacilli|organisms?|detected|positive|negative)\b/i;
const NUMBER_WITH_UNIT = /\d\s*(?:%|[a-zµ]+\/[a-zµ]+|(?:mg|g|mmol|umol|µmol|nmol|iu|u|cfu|copies|ng|pg|ml)\b)/i;
function reportsFinding(sentence: string): boolean {
  if (ABOUT_SPECIMEN.test(sentence)) return false;
  return FINDING_WORD.test(sentence) || NUMBER_WITH_UNIT.test(sentence);
}

/**
 * (fixr77b) The text of the NTE segments right under the segment at `index` (up to the next segment of another kind),
 * joined: where an OBX's value points to them, they hold its answer.
 */
function notesUnder(segments: readonly string[][], index: number, d: Delimiters): string {
  const texts: string[] = [];
  for (let i = index + 1; i < segments.length && segments[i]![0] === 'NTE'; i++) {
    texts.push(...(segments[i]![3] ?? '').split(d.repetition).map((t) => unescape(t, d).trim()).filter(Boolean));
  }
  return texts.join(' ');
}


/**
 * Reads an HL7 v2 ORU^R01 message: one row per OBX with a value, its LOINC code and name (OBX-3), units (OBX-6),
 * reference range (OBX-7), abnormal flag (OBX-8); the collection time from OBR-7, else the order's SPM-17, else
 * OBX-14, else MSH-7. An OBX without a value (pending, OBX-11 `I`), or with a status that is not a result, is a
 * warning. Segments may end with CR, LF or CRLF; a UTF-8 BOM is ignored.
 *
 * Times: an offset in the value (`20240315083000-0500`) is honoured exactly. A time of day without one is the
 * sending facility's wall-clock time: read in the zone `facilityZones` gives for MSH-4 (its namespace id, else its
 * universal id; case-insensitive), else as UTC with a warning naming the facility.
 */
export function parseHl7(text: string, opts: Hl7ParseOptions = {}): ParsedReport {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  const first = lines.findIndex((l) => l.startsWith('MSH'));
  const msh = lines[first] ?? '';
  const d: Delimiters = {
    field: msh[3] ?? '|',
    component: msh[4] ?? '^',
    repetition: msh[5] ?? '~',
    escape: msh[6] ?? '\\',
    subcomponent: msh[7] ?? '&',
  };
  const mshFields = msh.split(d.field);
  // MSH-1 is the separator itself: MSH-n is at index n-1.
  const messageType = mshFields[8] ?? '';
  const facility = component(mshFields[3], 0, d) || component(mshFields[3], 1, d);
  const zone = facilityZone(opts.facilityZones, [component(mshFields[3], 0, d), component(mshFields[3], 1, d)]);
  let assumedUtc = false;
  const readTime = (value: string) => {
    const t = readHl7DateTime(value, zone);
    if (t?.basis === 'utc-assumed') assumedUtc = true;
    return t?.iso;
  };
  const reportedAt = readTime(component(mshFields[6], 0, d));
  if (!/^ORU\^R01/.test(messageType.replace(new RegExp(`\\${d.component}`, 'g'), '^'))) {
    warnings.push({ code: 'not-oru-r01', message: `The message type is ${messageType ? component(messageType, 0, d) : 'missing'}, not ORU^R01; its OBX segments were read anyway`, line: first + 1 });
  }

  let order: { obr7?: string; spm17?: string; specimen?: RawRow['specimen']; rows: RawRow[]; obx14: Map<RawRow, string | undefined> } | null = null;
  // (hl7md) Each row read, with the test it reports (OBX-3 and OBX-4) and its status (OBX-11): a later result of the same
  // test, collection, observation time (OBX-14) and specimen that is corrected (C) or final (F) replaces an earlier one
  // it supersedes (supersedes).
  const reported = new Map<RawRow, { test: string; status: string }>();
  /** The last row kept of each test and collection time; the rows a later one replaced. */
  const lastOfTest = new Map<string, RawRow>();
  const replaced = new Set<RawRow>();
  const closeOrder = () => {
    if (!order) return;
    for (const row of order.rows) {
      const at = order.obr7 ?? order.spm17 ?? order.obx14.get(row) ?? reportedAt;
      if (at) row.collectedAt = at;
      if (order.specimen && !row.specimen) row.specimen = order.specimen;
      const said = reported.get(row)!;
      // (hl7md review) The OBX's own time and the specimen belong to the key: a glucose tolerance test's three draws in
      // one order, and a serum and a urine sodium under one local code, are each a result of their own.
      const key = `${said.test}|${row.collectedAt ?? ''}|${order.obx14.get(row) ?? ''}|${JSON.stringify(row.specimen ?? null)}`;
      const earlier = lastOfTest.get(key);
      if (earlier && supersedes(said.status, reported.get(earlier)!.status)) {
        warnings.push({ code: 'not-a-result', message: `OBX (${earlier.name}) (status ${reported.get(earlier)!.status}) was replaced by the ${said.status === 'C' ? 'corrected' : 'final'} result on line ${row.line}`, line: earlier.line });
        replaced.add(earlier);
      }
      lastOfTest.set(key, row);
      rows.push(row);
    }
    order = null;
  };

  // (labs37fix review) A message that sends an analyser's graphs (an OBX of type ED, or one naming a histogram,
  // scattergram, graph, discriminator or meta length): only there is an OBX named `… line` a graph's discriminator line.
  // Each line's fields, split once.
  const segments = lines.map((raw) => raw.trimEnd().split(d.field)).map((f) => (f[0] === 'OBX' ? withLostSeparators(f, d) : f));
  const sendsGraphs = segments.some((f) => f[0] === 'OBX' && ((f[2] ?? '').trim() === 'ED' || GRAPH_WORDS.test(component(f[3], 1, d))));

  // (labs43fix) OBX segments one field short (OBX-4 left out: the value in OBX-4, the unit in OBX-5, the range in OBX-6,
  // the flag in OBX-7, a payer feed's): a segment that shows it plainly (shiftedOneLeft) is read with its fields moved
  // back; in a message with such a segment, so is one that merely fits the shape (an empty unit or range: fitsShiftedShape).
  const shiftedMessage = segments.some((f) => f[0] === 'OBX' && shiftedOneLeft(f, d));

  /** The result the NTE segments that follow an OBX belong to; null after an OBR or an OBX that was not read. */
  let noted: RawRow | null = null;
  // (labs39fix) The row the last named OBX read (null after an OBR or a named OBX not read): an unnamed OBX after it may
  // be the same test in another unit or a result derived from it (unnamedAfter). (fix39b) The last NAMED one: an unnamed
  // OBX, read or not, leaves it standing; with it, the names and units already read under it in the order, never read twice.
  let lastNamed: { row: RawRow; read: Set<string> } | null = null;
  // (fixr83) The OBX before this one: its identifier, its text and its unit (absoluteAfterShare), null after another segment.
  let previousObx: { code: string; text: string; unit: string } | null = null;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const seg = raw.trimEnd();
    if (!seg) return;
    const fields = segments[index]!;
    const id = fields[0] ?? '';
    if (!/^[A-Z][A-Z0-9]{2}$/.test(id)) {
      warnings.push({ code: 'unreadable-segment', message: 'This line is not an HL7 segment', line, text: seg.slice(0, 300) });
      return;
    }
    if (id === 'NTE') {
      // NTE-3 (repeating): a comment on the segment before it. Under an OBX it is that result's comment; elsewhere
      // (the order, a result not read) it is kept as a warning, never dropped.
      const text = (fields[3] ?? '').split(d.repetition).map((t) => unescape(t, d).trim()).filter(Boolean).join(' ');
      if (!text) return;
      if (noted) appendComment(noted, text);
      else warnings.push({ code: 'comment-not-attached', message: 'A comment (NTE) that follows no result that was read', line, text: text.slice(0, 300) });
      return;
    }
    // Any segment but an NTE ends the comments of the result before it (an OBX sets its own below, once read).
    const commented = noted;
    noted = null;
    if (id === 'OBR') {
      lastNamed = null;
      closeOrder();
      const obr7 = readTime(component(fields[7], 0, d));
      // OBR-15, the specimen source (v2.3–2.6): `Venous`, `BLDV^Blood venous`, `UR^Urine`.
      const specimen = specimenOf(fields[15] ?? '');
      order = { ...(obr7 ? { obr7 } : {}), ...(specimen ? { specimen } : {}), rows: [], obx14: new Map() };
      return;
    }
    if (id === 'SPM') {
      const at = readTime(component(fields[17], 0, d));
      if (order && at && !order.spm17) order.spm17 = at;
      // SPM-4, the specimen type.
      const specimen = specimenOf(fields[4] ?? '');
      if (order && specimen && !order.specimen) order.specimen = specimen;
      return;
    }
    if (id !== 'OBX') previousObx = null;
    if (id !== 'OBX') {
      if (!KNOWN_SEGMENTS.has(id) && !id.startsWith('Z')) warnings.push({ code: 'segment-not-read', message: `Segment ${id} was not read`, line });
      return;
    }
    order ??= { rows: [], obx14: new Map() };
    // (labs43fix review) The message-wide extension only for a segment with something in OBX-5 (the unit's place):
    // `1|||||F`, `1||70-99||||F` are a sub-ID with no value, not a value 1.
    if (shiftedOneLeft(fields, d) || (shiftedMessage && Boolean((fields[5] ?? '').trim()) && fitsShiftedShape(fields, d))) fields.splice(4, 0, '');
    const before = lastNamed;
    const setId = fields[1] || String(order.rows.length + 1);
    const type = fields[2] ?? '';
    // OBX-3: the identifier, or its alternate (components 4–6) when only that one is LOINC (`301.0500^WBC^00065227^6690-2^Leukocytes^pCLOCD`).
    // An empty identifier and text with the alternate ones filled (`^^^WBC^WBC`, a Sysmex XN through OpenELIS): the
    // alternate identifier and text are OBX-3's, whatever their coding system.
    const primary = component(fields[3], 2, d).toUpperCase();
    const onlyAlternate = !/[\p{L}\p{N}]/u.test(component(fields[3], 0, d) + component(fields[3], 1, d)) && /[\p{L}\p{N}]/u.test(component(fields[3], 3, d) + component(fields[3], 4, d));
    const alternate = (onlyAlternate || (!LOINC_SYSTEMS.has(primary) && LOINC_SYSTEMS.has(component(fields[3], 5, d).toUpperCase()))) && component(fields[3], 3, d);
    const code = alternate ? component(fields[3], 3, d) : component(fields[3], 0, d);
    // OBX-3's text, unless it is no name (`pH^M`: a one-letter flag where the text goes; the identifier names the test).
    // Under a code that is a number (`1001520^K`, LOINC's `2823-3^K`, JLAC10's `3H015000002326101^K^JC10`: digits with a
    // letter or two among them), even one letter is the name: the number names nothing. A code in letters the catalog
    // knows (`GLU^X^L`, `K+^M^99BG`, `HGB^A^L`) names the test whatever coding system follows it: the one letter is no
    // name; a local code it does not know (`POT^K^L`, `IP^P^L`, `LAB0042^K^L`) leaves a letter the catalog knows in OBX-6's unit to name it (`Ca++^M`: no `M`; `V1^P^L|72|/min` is a pulse, no phosphorus).
    // (labs46fix) A name padded to a column (`Chlorid i.S.                   (ISE)`, a LIS's fixed-width text): one space
    // for each run of spaces, as a printout's cell reads.
    const text = component(fields[3], 1, d).replace(/[ \t]{2,}/g, ' ');
    const id0 = component(fields[3], 0, d);
    // (labs43fix) A method's word where the unit goes (`CALC`, `Calculated`: a computed globulin or ratio) is no unit,
    // as in printed reports (tokens.ts isUnitNoise).
    // (calcunit) So is that word in brackets after a unit (`mg/dL (calc)`, a Quest feed's calculated LDL and non-HDL:
    // tokens.ts withoutUnitNoiseAfter): the unit alone (read whole, it was no unit and the value lost its normalized amount).
    const obx6Printed = withoutUnitNoiseAfter(powerUnit(fields[6], d) || component(fields[6], 0, d) || component(fields[6], 1, d));
    // (fixr78) So is a placeholder of stops or dashes alone (`|>90|.|`, WinPath's eGFR, its unit in an NTE under it;
    // `-`, `..`): a field the sender had to fill, no unit.
    const obx6 = isUnitNoise(obx6Printed.trim()) || /^[.\-–_*~]+$/.test(obx6Printed.trim()) ? '' : obx6Printed;
    const letterNames = () => !id0 || codeIsANumber(id0) || (opts.knows?.(id0) === false && Boolean(opts.measuresIn?.(text, obx6)));
    // (labs43fix) OBX-3's text the catalog does not know, under a code it does not know either (`1558-6^Glucose p fast
    // SerPl-mCnc^LN^25014500^GLUCOSE, PLASMA^QDIWDL`: a LOINC short name, a code the catalog maps to none), beside an
    // alternate text (OBX-3.5) it knows: the alternate text names the test (the identifier stays the row's code).
    const altText = component(fields[3], 4, d);
    const shown = (/[\p{L}\p{N}]/u.test(text) && (text.length > 1 || letterNames()) ? text : '') || (alternate || onlyAlternate ? altText : '');
    // (labs43fix review) Only an alternate text that agrees with OBX-3's text: the analyte of its leading word(s) (`Glucose`
    // of `Glucose p fast SerPl-mCnc`) is the alternate text's (`GLUCOSE, PLASMA`), and the catalog measures it in the unit
    // printed, if any (`L1^POTASSIUM` beside a fasting glucose's code names no potassium).
    const leadingWords = () => shown.split(/\s+/).slice(0, -1).map((_, i, all) => all.slice(0, i + 1).join(' '));
    const byAlternate = Boolean(shown) && !alternate && !onlyAlternate && /\p{L}{2}/u.test(altText) && opts.knows?.(shown) === false
      && opts.knowsCode?.(id0) === false && opts.knows?.(altText) === true
      && leadingWords().some((w) => opts.sameAnalyte?.(w, altText) === true)
      && (!obx6.trim() || opts.measuresIn?.(altText, obx6) === true);
    const display = byAlternate ? altText : shown;
    const system = onlyAlternate ? component(fields[3], 5, d) : alternate ? 'LN' : component(fields[3], 2, d);
    // OBX-4 may label the part of OBX-3's test that this OBX reports (`4548-4^Hemoglobin A1c^LN|eAG|196|mg/dL`: the
    // estimated average glucose of an HbA1c test). A label that names another test, in whose unit the value is and not
    // in OBX-3's, is what was measured; OBX-3 then names the test it came from, and its code is not this result's.
    // Otherwise (`770-8^Neutrophils/100 leukocytes^LN|Pct|62|%`, `718-7^Hemoglobin^LN|Hb`) OBX-3 and its code stand.
    const subId = (fields[4] ?? '').trim();
    const loinc = LOINC_SYSTEMS.has(system.toUpperCase()) ? code : undefined;
    const part = /\p{L}{2}/u.test(subId) && opts.measuresPart?.(subId, { name: display || code, ...(loinc ? { code: loinc } : {}) }, obx6) ? subId : '';
    // (labs37fix) OBX-3 empty and a name in OBX-4 (`OBX|1|NM||UREA|128.3|mg/dL`, a chemistry analyser's): the sub-ID
    // is all that names the test.
    // (fixr76) Or two letters with a slash between (`A/G`, the albumin/globulin ratio of a PointCare chemistry).
    const subIdNames = !/[\p{L}\p{N}]/u.test(fields[3] ?? '') && /\p{L}{2}|^\p{L}\/\p{L}$/u.test(subId) ? unescape(subId, d) : '';
    // (fixr84) OBX-3 a bare local number (no text, no coding system: `OBX|1|NM|40001|Na+|135,3|mmol/L`, a chemistry
    // analyser's channel number) and a name in OBX-4: the name is the test, when the catalog knows it and not the number.
    const subIdNamesNumber = !part && !display && !subIdNames ? nameBesideBareNumber(fields[3] ?? '', subId, obx6, d, opts) : '';
    // (labs39fix) Nothing in OBX-3 or OBX-4 right after an OBX read under a name (`OBX|1|TX|HbA1c||5.10|%` /
    // `OBX|2|TX|||32.20|mmol/mol` / `OBX|3|TX|||99.70|mg/dL`, an immunoassay reader's): the same test in another unit
    // the catalog measures it in, or a result the catalog derives from it in this unit (DERIVED_RESULTS); otherwise
    // nothing a reader could name — no row (never `OBX 2`).
    const unnamed = !part && !display && !code && !subIdNames;
    if (!unnamed) lastNamed = null;
    const derived = unnamed && before ? unnamedAfter(before.row, before.read, obx6, opts) : undefined;
    if (unnamed && before && !derived) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} has no name, and its unit does not say what of ${before.row.name} it is`, line });
      return;
    }
    // (fixr83) An identifier with no text right after a white cell's share (`DANE^Neutrophile|73.1|%` then
    // `DANEZ^^HT|4.0|G/l`): the same cell's absolute count (absoluteAfterShare).
    const absolute = !part && !display && !subIdNames && !subIdNamesNumber && code && previousObx ? absoluteAfterShare(previousObx, code, obx6, opts) : undefined;
    previousObx = { code, text: display, unit: obx6 };
    const name = part || display || subIdNamesNumber || absolute || code || subIdNames || derived || `OBX ${setId}`;
    const status = (fields[11] ?? '').trim();
    const rawValue = (fields[5] ?? '').split(d.repetition)[0] ?? '';
    /** Whether the value is one number (`2.1`, `<5`), read once for the rules below. */
    const oneNumber = parseValueToken(closedComparator(unescape(rawValue.trim(), d))) !== null;
    // (labs37fix) A dash alone in OBX-7 (`|-|`) is an empty range, no range text.
    const range = unescape((fields[7] ?? '').trim(), d).replace(/^[-–—]+$/, '');
    // What the order says about the patient or the specimen (`REPORTED PATIENT AGE`, `Body height`, `Hours fasting`,
    // `Collection time`), sent as an OBX: no laboratory result, unless the catalog knows the name.
    if (namesNoResult(name, Boolean(range)) && !opts.knows?.(name)) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: it is about the patient or the specimen, not a result`, line });
      return;
    }
    // (fixastm2) A test named `T` alone in a temperature's unit (`^T^I|37.0|Cel`, a blood-gas analyser's input of the
    // patient's temperature, entered for the corrections) is about the patient, as `Pt Temp` is: no result.
    if (/^T$/i.test(name.trim()) && /^(?:Cel|°\s?C|deg\s?C|°\s?F|deg\s?F|\[degF\])$/i.test(unescape((fields[6] ?? '').split(d.component)[0] ?? '', d).trim())) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: a temperature is about the patient, not a result`, line });
      return;
    }
    const notAResult = ownEntry(NOT_A_RESULT, status);
    if (notAResult) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: its status ${status} means ${notAResult}`, line });
      return;
    }
    // (labs37fix) What a haematology analyser sends about its graphs (`WBC Histogram. Total`, `PLT Histogram. Left Line`,
    // `WBC Lym left line.`, `… Meta Length`): the curve's size, sum and discriminator positions, never a result.
    // (labs37fix review) Only in an unmistakable graph context: a name with a graph's word, or `… line` in a message that
    // sends graphs; and never an OBX with a LOINC identifier or a number with a unit and a range (`Lactate Arterial Line
    // 2.1 mmol/L 0.5-2.2`, `PDW histogram width 16.1 fL 9-17`: results).
    const graphName = GRAPH_WORDS.test(name) || (sendsGraphs && DISCRIMINATOR_LINE.test(name));
    const measured = oneNumber && Boolean(obx6.trim()) && Boolean(range);
    if (graphName && !loinc && !measured && !opts.knows?.(name)) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: it describes an analyser's histogram or graph, not a result`, line });
      return;
    }
    // A TX or FT OBX that holds one number with a unit or a range (`TX|…|95|mg/dL|70-99`) is a result sent as text.
    // (fixr76) So is one number alone under a name the catalog knows (`TX|WBC^WBC^MB||6.09`, a UK haematology feed's,
    // no unit or range sent), and an answer of a word or two beside a reference answer in OBX-7 (`TX|56888-1^HIV 1+2
    // Ab…||NON-REACTIVE||NON-REACTIVE|N`): a qualitative result sent as text.
    // (mend13, review cr9) An answer a result gives (isQualitativeAnswer: `NON-REACTIVE`, `Negative`), not any words
    // (`TX|CLIN^Clinical details||Tired all||Normal range`, `Specimen quality  Lipaemic  Acceptable` are no results).
    const shortAnswer = !oneNumber && /^[\p{L}][\p{L}-]*(?: [\p{L}][\p{L}-]*)?$/u.test(rawValue.trim()) && isQualitativeAnswer(rawValue.trim()) && /^[\p{L}][\p{L} -]*$/u.test((fields[7] ?? '').trim());
    // (fixr77b) A text OBX whose value points to the NTEs under it (`TX|630-4^Bacteria Ur Cult^LN||SEE NOTE`, a
    // culture's answer in prose below): the test's row, the notes its comment — under a name the catalog does not know
    // (a number the catalog measures is no answer in prose), with notes that are not a refusal (`Haemolysed …`,
    // `Test cancelled`: no result).
    const notes = POINTS_TO_NOTES.test(rawValue.trim()) && /^(?:TX|FT|ST)$/.test(type) && opts.knows?.(name) !== true ? notesUnder(segments, index, d) : '';
    // (mend18) The notes' whole text, not only their first words (`Culture in progress. Final report to follow.`,
    // `Sample leaked in transit; unable to process.`): pending or refused anywhere, no row.
    // (mend20, review cr14) Only a sentence saying this result is pending or refused: one naming another part
    // (`Susceptibilities to follow.`) after a sentence that reports a finding leaves the row (notesRefuse).
    const pointsToNotes = /\p{L}{2}/u.test(notes) && !notesRefuse(notes);
    const numericText = (type === 'TX' || type === 'FT') && ((oneNumber && (Boolean(component(fields[6], 0, d) || (fields[7] ?? '').trim()) || opts.knows?.(name) === true)) || shortAnswer || pointsToNotes);
    if (NOT_RESULT_TYPES[type] && !numericText) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: its type ${type} is ${NOT_RESULT_TYPES[type]}, not a result`, line });
      return;
    }
    // (fixr76) An analyser's flag or message sent as an OBX of a coded type under its local code set (`IS|13105^Lymphocytosis^99MRC||T`,
    // `IS|13112^Increased Mid Cells^99MRC||T`, a Mindray/Dymind's suspect flags: true or false): a value of one letter
    // under a code system of the `99` local range, a name the catalog does not know — no result. (mend13, review cr9)
    // Only `T` or `F`: a blood bank's or a point-of-care test's one letter is its answer (`ABO group  A`, `Rh(D) type
    // P`, `Antibody screen  N`).
    if (/^(?:IS|ID|CE|CWE)$/.test(type) && /^99/.test(system) && /^[TF]$/.test(rawValue.trim()) && !obx6.trim() && !range && opts.knows?.(name) !== true) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: "${rawValue.trim()}" under a local code set is an analyser's flag or setting, not a result`, line });
      return;
    }
    const value = readValue(type, rawValue, d);
    const said = value?.valueText ? notAResultAt(value.valueText.split(/\s+/), 0) : null;
    if (!pointsToNotes && (said || (value?.valueText && /^not (assayed|done|tested)$/i.test(value.valueText)))) {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: it says "${value!.valueText}"`, line });
      return;
    }
    // (charset) Table 0085's I: the specimen is in the laboratory, the result pending — a value sent with it is a note
    // (`Sent to reference lab. Result to follow.`), not a result. (Without a value: the no-value warning below.)
    if (value && status.toUpperCase() === 'I') {
      warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: its status I means the result is pending`, line });
      return;
    }
    if (value && value.value === null) {
      // A comment sent as an OBX (`OBX|4|ST|COMMENT^Comment||Specimen received late`): the result before it is what it
      // is about, as an NTE's would be; never a result of its own.
      if (COMMENT_NAME.test(name)) {
        const last = commented;
        if (last) {
          appendComment(last, value.valueText!);
          noted = last;
        } else warnings.push({ code: 'comment-not-attached', message: 'A comment (OBX) that follows no result that was read', line, text: value.valueText!.slice(0, 300) });
        return;
      }
      // The specimen's description or a method sent as an OBX (`Specimen Source: Serum`), or text under a bare local
      // code with no name (`169999^.^L` = `SPRCS`): nothing a clinician could read as a result.
      if (SPECIMEN_NAME.test(name) || (!display && !alternate && /^\d+$/.test(code) && !LOINC_SYSTEMS.has(system.toUpperCase()))) {
        warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: a text without a test name, or a specimen's or method's description`, line });
        return;
      }
      // (labs45fix) A panel's header sent as an OBX (`400^kleines Blutbild (EDTA)^Medat||X`): a mark that the panel was
      // ordered, no result — the value a lone `X`, with no unit, range or flag, under a name the catalog does not know.
      // A known test's `X`, or an `X` with a unit, range or flag, stays what it was (a text result).
      // (labs45fix review) Only under a name that reads as a panel's (PANEL_NAME: `Blutbild`, `Serologie`, `Profile`, a
      // tube in brackets, `(EDTA)`): `Sex chromosomes  X` (45,X), `Kristalle  X` are answers.
      // (labs46fix) A value of full stops alone (`Differentialblutbild (automat.)||.`: a section's line, a placeholder
      // where nothing was measured) answers nothing, whatever its name, unit or range: no row. A dash (`-`, negative)
      // and any letter or digit stay answers.
      // (fixastm2) So is a run of dashes (`---`, two or more) under a measurement's unit (`MPV||---|fL`: a haematology
      // analyser's parameter it could not compute): a number's place left empty. A dash alone, or dashes with no unit,
      // stay answers.
      if (/^\.+$/.test((value.valueText ?? '').trim()) || (/^[-–—]{2,}$/.test((value.valueText ?? '').trim()) && obx6.trim() !== '')) {
        warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: its value "${value.valueText}" is a placeholder, not a result`, line });
        return;
      }
      if (PANEL_MARK.test(value.valueText ?? '') && PANEL_NAME.test(name) && !obx6.trim() && !range && !(fields[8] ?? '').trim() && opts.knows?.(name) !== true) {
        warnings.push({ code: 'not-a-result', message: `OBX ${setId} (${name}) was not read: its value "${value.valueText}" marks a panel's header, not a result`, line });
        return;
      }
    }
    if (!value) {
      warnings.push({
        code: 'no-value',
        message: `OBX ${setId} (${name}) has no value${status === 'I' ? ' (status I: the result is pending)' : status ? ` (status ${status})` : ''}`,
        line,
      });
      return;
    }
    const unit = obx6 || value.unit;
    const flag = (fields[8] ?? '').split(d.repetition).map((f) => f.trim()).find(Boolean);
    // (fixr85b) A local code of letters (no LOINC, no number) the catalog reads as one test beside a text it reads as
    // another (`FSH^HORMONIO LUTEINIZANTE^L`, `TSH^Glucose^99LAB`): the two name different analytes, and a wrong one is
    // worse than none — the row is unknown (codeOnly: only a LOINC code could name it, and there is none). A code that
    // is a word of the text (`T3^Reverse T3`, `CRP^hs-CRP`) or the same test (`LH^Luteinizing Hormone`) agrees.
    const codeDisagrees = name === display && Boolean(display) && !loinc && localCodeDisagrees(code, display, opts);
    // (fixr85b) A specimen's word where OBX-3's coding system goes (`^pH^URINE`): the sample the test was run on, as
    // OBR-15's is (specimenOf), no coding system.
    const specimenInSystem = !onlyAlternate && !alternate && /^[A-Za-z]{4,}$/.test(system.trim()) ? specimenOf(system) : undefined;
    const row: RawRow = {
      name,
      ...(codeDisagrees ? { codeOnly: true } : {}),
      ...(specimenInSystem ? { specimen: specimenInSystem } : {}),
      ...value,
      ...(unit ? { unit } : {}),
      ...(range ? { rangeText: range } : {}),
      // `90-` in OBX-7: a field is never cut by a line's end, so a bound and a dash is that bound and up.
      ...(openRangeAbove(range) ? { range: openRangeAbove(range)! } : {}),
      ...(flag ? { flag } : {}),
      line,
      ...(code && !part ? { code: { system: CODE_SYSTEMS[system.toUpperCase()] ?? system, code, ...(display ? { display } : {}) } } : {}),
    };
    order.rows.push(row);
    reported.set(row, { test: `${system}|${code}|${name}|${subId}`.toLowerCase(), status: status.toUpperCase() });
    order.obx14.set(row, readTime(component(fields[14], 0, d)));
    noted = row;
    if (!unnamed) lastNamed = { row, read: new Set([readKey(name, unit)]) };
    else before?.read.add(readKey(name, unit));
  });
  closeOrder();
  if (assumedUtc) {
    warnings.push({
      code: 'time-without-offset',
      message: `Times in this message have no UTC offset and no time zone is configured for the sending facility ${facility ? `"${facility}"` : '(MSH-4 is empty)'}: they were read as UTC`,
      line: first + 1,
    });
  }
  return { layout: 'hl7v2', rows: replaced.size ? rows.filter((r) => !replaced.has(r)) : rows, warnings, ...(reportedAt ? { reportedAt } : {}) };
}

/**
 * (hl7md) Whether a result of status `later` replaces an earlier one of the same test and collection of status
 * `earlier` (OBX-11): a correction (C) replaces the final or preliminary result; a final result (F) a preliminary one
 * (P). Two finals, two corrections (a corrected report resends every OBX as C: a tolerance test's draws, two panels'
 * glucose), or a result without a status replace nothing (a repeated measurement).
 */
function supersedes(later: string, earlier: string): boolean {
  return (later === 'C' && /^[FP]$/.test(earlier)) || (later === 'F' && earlier === 'P');
}

/** (labs45fix) The mark a laboratory system sends as the value of a panel's header OBX: a lone `X`. */
const PANEL_MARK = /^\s*[xX]\s*$/;

/**
 * (labs45fix review) A name that reads as a panel's, a profile's or a battery's (`kleines Blutbild (EDTA)`,
 * `Differentialblutbild`, `Serologie`, `Gerinnung`, `Lipid panel`, `Basic metabolic profile`, `Blood count`), or that
 * names the tube its tests are drawn into in brackets (`(EDTA)`, `(Serum)`, `(Citrat)`): what a panel header's OBX says.
 */
const PANEL_NAME = /blutbild|serologie|status\b|gerinnung|elektrolyte|\b(?:panel|profile?|profil|battery|bundle|count|screen|screening|hämatologie|hamatologie|haematology|hematology|chemistry|klinische chemie)\b|\((?:edta|k[23]-?edta|serum|plasma|citrat|citrate|heparin|li-?hep(?:arin)?|fluorid|naf|vollblut|whole blood|urin|urine|sst)\)/i;

/**
 * (labs37fix) OBX-3 names of an analyser's graph data: a histogram, scattergram or graph (its meta length, total,
 * binary), a discriminator, a meta length. (labs37fix review) A discriminator line, a name ending in the word `line`
 * (`Lym left line.`, `Mid Gran line`), only in a message that sends graphs (DISCRIMINATOR_LINE, sendsGraphs).
 */
const GRAPH_WORDS = /\b(?:histogram|histogramm|histograma|scattergram|scattergramm|scatter ?plot|diagram|graph)\b|\bdiscriminator\b|\bmeta\s+length\b/i;
const DISCRIMINATOR_LINE = /\S\s+line\.?$/i;

/**
 * (labs39fix) Results an analyser sends after a test's own, derived from it, as the catalog names them, with the units
 * they are printed in: the estimated average glucose of an HbA1c (a glucose concentration: `mg/dL`, `mmol/L`).
 */
const DERIVED_RESULTS: readonly { of: string; name: string; units: readonly string[] }[] = [
  { of: 'HbA1c', name: 'Estimated Average Glucose', units: ['mg/dl', 'mmol/l'] },
];

/**
 * (fix39b) Tests an analyser sends again, unnamed, in another unit after their own (the HbA1c in `mmol/mol`, IFCC, after
 * `%`, NGSP, or the other way round): only these — a creatinine's unnamed `mg/dL` after its `umol/L` may be anything.
 */
const SAME_TEST_UNITS: readonly { of: string; units: readonly string[] }[] = [
  { of: 'HbA1c', units: ['mmol/mol', '%'] },
];

/** (fix39b) A name and a unit read in an order, as `lastNamed.read` keeps them. */
function readKey(name: string, unit: string | undefined): string {
  return `${name.trim().toLowerCase()}|${(unit ?? '').trim().toLowerCase()}`;
}

/**
 * (labs39fix) What an OBX without a name after a named one is, by its unit: the same test in a unit SAME_TEST_UNITS
 * lists for it, not yet read for it in the order, that the catalog measures it in (HbA1c in `mmol/mol` after HbA1c in
 * `%`), else a result derived from it, printed in one of its units and one the catalog measures it in, not yet read
 * (`mg/dL` after HbA1c: its estimated average glucose; not `ng/mL`); else undefined (fix39b: a creatinine's `mg/dL`
 * after its `umol/L`, a third HbA1c in `%`).
 */
function unnamedAfter(before: RawRow, read: ReadonlySet<string>, unit: string, opts: Hl7ParseOptions): string | undefined {
  const u = unit.trim();
  if (!u || !opts.measuresIn) return undefined;
  // (fix39b) The same test only in a unit SAME_TEST_UNITS lists for it, and never in a unit already read for it.
  const again = SAME_TEST_UNITS.some((t) => t.units.includes(u.toLowerCase()) && opts.sameAnalyte?.(before.name, t.of));
  if (again && !read.has(readKey(before.name, u)) && opts.measuresIn(before.name, u)) return before.name;
  const derived = DERIVED_RESULTS.find((r) => r.units.includes(u.toLowerCase()) && opts.sameAnalyte?.(before.name, r.of) && opts.knows?.(r.name)
    && opts.measuresIn!(r.name, u) && !read.has(readKey(r.name, u)));
  return derived?.name;
}

/**
 * (fixr83) A white cell count's absolute value sent under an identifier with no text right after its share: the
 * previous OBX named, in `%`, and this one's identifier that one's with one letter or digit added (`DANE` → `DANEZ`,
 * `NEU` → `NEU#`), in a count per volume (`G/l`, `10*9/l`, `/nl`). The share's name with `#` when the catalog reads
 * that as another test measured per volume (`Neutrophile #`: the absolute neutrophils); else nothing.
 */
function absoluteAfterShare(previous: { code: string; text: string; unit: string }, code: string, unit: string, opts: Hl7ParseOptions): string | undefined {
  const share = previous.text.trim();
  if (!share || previous.unit.trim() !== '%' || !COUNT_PER_VOLUME.test(unit.trim())) return undefined;
  if (!previous.code || !(oneAdded(previous.code, code) || percentReplaced(previous.code, code))) return undefined;
  const count = `${share} #`;
  return opts.knows?.(count) && opts.sameAnalyte?.(count, share) === false && opts.measuresIn?.(count, '10*9/L') ? count : undefined;
}
/** (fixr83) The share's identifier with one character added at its end (`DANE` → `DANEZ`, `NEU` → `NEU#`). */
const oneAdded = (share: string, code: string) => code.length === share.length + 1 && code.startsWith(share);
/**
 * (mend24, review cr18) The share's identifier with its closing `%` replaced by one letter, digit or `#` (`LYM%` →
 * `LYMA`, `NEU%` → `NEU#`): the same length, the rest the same.
 */
const percentReplaced = (share: string, code: string) =>
  share.length >= 2 && share.endsWith('%') && code.length === share.length && code.slice(0, -1) === share.slice(0, -1) && /[A-Za-z0-9#]$/.test(code);
/** (fixr83) A cell count's unit per volume: giga per litre (`G/l`, capital G), `10^9/L`, `10*9/l`, `/nl`. */
const COUNT_PER_VOLUME = /^(?:G\/[lL]|Gpt\/[lL]|(?:x\s*)?10(?:\^|\*|E)?9\/[lL]|\/n[lL])$/;

/**
 * (fixr83) An OBX whose field separators were lost to a character of another script where each stood (`adru^Adrenalin,
 * Urin院Adrenalin, Urin院47|nmol/d|0 - 110|N|||F`, a message stored in the wrong encoding): OBX-3 holds OBX-3, OBX-4
 * and OBX-5 glued, and every field after is short by as many. Read split at that character when the segment proves it:
 * the character stands between two non-Han characters each time, the last part is one number, and the split puts a
 * result status in OBX-11 where the segment as sent has none. Otherwise the segment as sent.
 * (mend24, review cr18) Glued means OBX-3, OBX-4 and OBX-5 in one: at least three parts, the last one (OBX-5) one
 * value — not a name ending in a Han character (`1001^钠`, `FE^铁`: two parts, the last empty), whose split would
 * shift a number into the value and the value into the unit. A segment whose OBX-5 is a value as sent is in place.
 */
function withLostSeparators(f: string[], d: Delimiters): string[] {
  const obx3 = f[3] ?? '';
  const oneValue = (field: string | undefined) => parseValueToken(closedComparator(unescape((field ?? '').trim(), d))) !== null;
  if (OBX_STATUS.test((f[11] ?? '').trim()) || oneValue(f[5])) return f;
  for (const ch of new Set(obx3.match(/[^\x00-\x7F]/gu) ?? [])) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    const parts = obx3.split(ch);
    if (parts.length < 3 || parts.slice(0, -1).some((p) => !p || /\p{Script=Han}$/u.test(p)) || parts.slice(1).some((p) => /^\p{Script=Han}/u.test(p))) continue;
    const last = parts[parts.length - 1]!;
    if (!last.trim() || !oneValue(last)) continue;
    const split = [...f.slice(0, 3), ...parts, ...f.slice(4)];
    if (!oneValue(split[5])) continue;
    if (OBX_STATUS.test((split[11] ?? '').trim())) return split;
  }
  return f;
}

/** (labs43fix) What a shifted OBX's OBX-7 holds, the abnormal flag (HL7 table 0078's common codes), or nothing. */
const OBX_FLAG = /^(?:[HLNAUDBWSRI]|HH|LL|AA|HHH|LLL|<|>|NEG|POS|MS|VS)?$/i;
/** (labs43fix review) A result status (HL7 table 0085: final, corrected, preliminary, pending, cannot obtain, …). */
const OBX_STATUS = /^[CDFINOPRSUWXA]$/i;
/** (labs43fix) A range as OBX-7 sends it (`100.000 - 200.000`, ` 0.000 - 150.000`, `<5`, `>=40`). */
const OBX_RANGE = /^(?:-?\d+(?:[.,]\d+)?\s*[-–]\s*-?\d+(?:[.,]\d+)?|(?:[<>]=?|[≤≥])\s*\d+(?:[.,]\d+)?)$/;

/**
 * (labs43fix) The shape of an OBX one field short: OBX-4 one number (the value), OBX-5 a unit or nothing, OBX-6 a range
 * or nothing, OBX-7 a flag or nothing, OBX-8 empty (the probability, OBX-9, is sent empty). A text type is never so read.
 */
function fitsShiftedShape(f: string[], d: Delimiters): boolean {
  // (labs43fix review) Only a numeric type (NM, SN) or none: a coded or text result (`CE|600-7^Bacteria identified^LN|1|E. coli`)
  // has its sub-ID in OBX-4 and its answer in OBX-5, never a unit.
  if (!/^(?:NM|SN)?$/.test((f[2] ?? '').trim().toUpperCase())) return false;
  // (labs43fix review) The proof in the segment itself: the result status (OBX-11) one field early, the normal place empty.
  if (!OBX_STATUS.test((f[10] ?? '').trim()) || (f[11] ?? '').trim()) return false;
  const sub = (f[4] ?? '').trim();
  // (labs43fix review) The unit's candidate is the whole OBX-5, its components too (`POS^Positive` is an answer).
  if ((f[5] ?? '').includes(d.component)) return false;
  const unit = unescape((f[5] ?? '').trim(), d);
  const range = unescape((f[6] ?? '').trim(), d);
  if (!sub || parseValueToken(closedComparator(sub)) === null) return false;
  if (unit && (parseValueToken(unit) !== null || !isUnitToken(unit))) return false;
  return (!range || OBX_RANGE.test(range)) && OBX_FLAG.test((f[7] ?? '').trim()) && !(f[8] ?? '').trim();
}

/**
 * (labs43fix) An OBX plainly one field short: the shape above with a unit in OBX-5 and a range in OBX-6 — never an OBX
 * with a sub-ID (`1`, `2`, `1.1`, `a`) and its value in OBX-5, whose OBX-5 is a value, not a unit.
 */
function shiftedOneLeft(f: string[], d: Delimiters): boolean {
  return fitsShiftedShape(f, d) && Boolean((f[5] ?? '').trim()) && Boolean((f[6] ?? '').trim());
}

/** OBX-3 names of comments sent as results. */
// (charset) And in the languages of European laboratory systems' messages: German (`Befundkommentar`, `Bemerkung`,
// `Hinweis`), Dutch (`Opmerking`, `Commentaar`), French, Italian, Spanish and Portuguese.
const COMMENT_NAME = /^(?:comments?|notes?|remarks?|footnotes?|disclaimer|narrative|lab comments?|result comments?|general comments?|(?:befund|labor)?kommentar|bemerkung(?:en)?|hinweise?|opmerking(?:en)?|commentaar|commentaires?|remarques?|commenti|commento|comentarios?|observaci[oó]n(?:es)?|observa[cç][aã]o|observa[cç][oõ]es)$/iu;

/** OBX-3 names that describe the specimen or the method, not a measurement. */
const SPECIMEN_NAME = /^(?:specimen|sample)(?: (?:source|type|description|site|condition|volume|comments?))?$|^(?:collection method|method|methodology|test method)$/i;

/**
 * (fixr84) The name in OBX-4 of an OBX whose OBX-3 is one bare number and nothing else (`40001`, no `^`), when the
 * sub-ID holds a letter (not `1`, `1.2`) and the catalog knows it as a name but not the number as a code; else ''.
 * (review cr19) A sub-ID of one letter is how some analysers number their sub-IDs (`I`, `J`, `K`, `L`): `K` is
 * potassium only when the catalog measures potassium in the row's unit (`mmol/L`, not `fL`).
 */
function nameBesideBareNumber(obx3: string, subId: string, unit: string, d: Delimiters, opts: Hl7ParseOptions): string {
  const id = obx3.trim();
  if (!id || id.includes(d.component) || !/^\d+$/.test(id) || !/\p{L}/u.test(subId)) return '';
  const name = unescape(subId, d).trim();
  if ((name.match(/\p{L}/gu) ?? []).length < 2 && !(unit.trim() && opts.measuresIn?.(name, unit) === true)) return '';
  return opts.knowsCode?.(id) !== true && opts.knows?.(name) === true ? name : '';
}

/** An OBX-3 identifier that is a number: digits, with a check digit (`2823-3`) or a few letters among many digits (`3H015000002326101`). */
function codeIsANumber(code: string): boolean {
  const digits = code.replace(/\D/g, '').length;
  return /^[\dA-Z]+(?:-\d)?$/i.test(code) && digits > 2 * code.replace(/[^A-Z]/gi, '').length;
}

/**
 * (fixr85b) Whether OBX-3's local identifier, in letters, names another test than its text: the catalog reads both, as
 * different analytes, and the identifier is no word of the text nor its first letters (`T3` of `Reverse T3`: the short
 * form the text makes specific, as catalog.ts codeDashFullName reads a heading; `NEUT` of `Neutrophil count`).
 */
function localCodeDisagrees(code: string, text: string, opts: Hl7ParseOptions): boolean {
  const c = code.trim();
  if (!/\p{L}/u.test(c) || codeIsANumber(c) || c.toLowerCase() === text.trim().toLowerCase()) return false;
  // A word of the text, or the first letters of one (`NEUT^Neutrophil count`, `LYMPH^Lymphocyte count`: the share's
  // code over the count's text, one cell's two forms): no other test.
  if (text.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => w === c.toLowerCase() || (c.length >= 3 && w.startsWith(c.toLowerCase())))) return false;
  // (mend27, review cr22) A text naming a narrower form of the code's test (`PSA^Prostate specific antigen, free`): the
  // code is the test's family, no other test.
  return opts.knows?.(c) === true && opts.knows?.(text) === true && opts.sameAnalyte?.(c, text) === false && opts.narrows?.(c, text) !== true;
}

/** What a specimen field (OBR-15, SPM-4) says the sample is, when that changes how a result is coded. */
function specimenOf(field: string): RawRow['specimen'] {
  const t = field.toLowerCase();
  if (/\bvenous\b|\bbldv\b/.test(t)) return 'venous';
  if (/\bcapillary\b|\bbldc\b/.test(t)) return 'capillary';
  if (/\burine\b|^ur\b/.test(t)) return 'urine';
  return undefined;
}

export interface Hl7ParseOptions {
  /** Sending facility (MSH-4) → IANA time zone, for times without an offset (labs-svc config HL7_FACILITY_TIME_ZONES). */
  facilityZones?: Readonly<Record<string, string>>;
  /** Whether the catalog knows a name (an OBX that is about the patient or the specimen is a result when it does). */
  knows?: (name: string) => boolean;
  /** Whether an OBX-4 sub-ID names what its OBX measured rather than OBX-3's test, given OBX-6's unit. */
  measuresPart?: (subId: string, test: { name: string; code?: string }, unit: string) => boolean;
  /** Whether the catalog measures a test so named (a specimen's letter included: `P`, phosphorus) in this unit. */
  measuresIn?: (name: string, unit: string) => boolean;
  /** (labs43fix) Whether the catalog maps an identifier (a LOINC code) to an analyte. */
  knowsCode?: (code: string) => boolean;
  /** (labs39fix) Whether the catalog reads two names as the same analyte (`HbA1c`, `Hemoglobin A1c`). */
  sameAnalyte?: (a: string, b: string) => boolean;
  /** (mend27) Whether the second name reads as a narrower form of the first's analyte (catalog.ts narrows). */
  narrows?: (a: string, b: string) => boolean;
}

function facilityZone(zones: Hl7ParseOptions['facilityZones'], ids: string[]): string | undefined {
  if (!zones) return undefined;
  const byName = new Map(Object.entries(zones).map(([k, v]) => [k.trim().toUpperCase(), v]));
  for (const id of ids) {
    const zone = id ? byName.get(id.trim().toUpperCase()) : undefined;
    if (zone) return zone;
  }
  return undefined;
}

/**
 * (labs39fix) A comparator printed apart from its number (`> 250.00`, `< 0.50`, `<= 5`: an immunoassay reader's
 * censored results) is the number's, as `>250.00`.
 */
function closedComparator(text: string): string {
  return text.replace(/^([<>]=?|[≤≥])\s+(?=[\d.])/, '$1');
}

/** OBX-5 by its type (OBX-2): NM a number, SN a structured number (`<^5`), text types as text (a number if they hold one). */
function readValue(type: string, raw: string, d: Delimiters): Pick<RawRow, 'value' | 'valueText' | 'comparator' | 'unit'> | null {
  const value = raw.trim();
  if (!value || value === '""') return null;
  if (type === 'SN') {
    const [comp = '', n1 = '', sep = '', n2 = ''] = value.split(d.component);
    if (!sep) {
      // SN-1 `=` says the number is exact (`=^4.1`): no comparator.
      const v = parseValueToken(`${comp === '=' ? '' : comp}${n1}`);
      if (v) return { value: v.value, ...(v.comparator ? { comparator: v.comparator, valueText: v.text } : {}) };
    }
    return { value: null, valueText: [comp, n1, sep, n2].join('').trim() };
  }
  // `NM|…|85^^Hexoquinasa^false` (a Chilean LIS sends the method and more after the number): a numeric OBX-5 whose
  // first component is a number, and whose other components are empty or words, is that number; those say how it was
  // measured, not what it is. A structured number's shape (`1^:^160` a titer, `60^>`, `1^10`) is not read so, nor a
  // letter that may be a flag (`4.1^H^`).
  const rest = value.split(d.repetition)[0]!.split(d.component).slice(1);
  if (type === 'NM' && rest.length > 0 && rest.every((c) => !c.trim() || /^\p{L}[\p{L}\p{M} .'-]+$/u.test(c.trim()))) {
    const v = parseValueToken(component(value, 0, d));
    if (v) return { value: v.value, ...(v.comparator ? { comparator: v.comparator, valueText: v.text } : {}) };
  }
  const text = type === 'CE' || type === 'CWE' ? component(value, 1, d) || component(value, 0, d) : closedComparator(unescape(value, d));
  const v = parseValueToken(text);
  if (v && !/\s/.test(text)) return { value: v.value, ...(v.comparator ? { comparator: v.comparator, valueText: v.text } : {}) };
  // `ST|…|4.1 mmol/L`: a number sent with its unit in the value (OBX-6 then empty).
  const withUnit = /^(\S+)\s+(\S+)$/.exec(text);
  const n = withUnit ? parseValueToken(withUnit[1]!) : null;
  if (n && isUnitToken(withUnit![2]!)) return { value: n.value, unit: withUnit![2]!, ...(n.comparator ? { comparator: n.comparator, valueText: n.text } : {}) };
  return { value: null, valueText: text };
}
