import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readHl7DateTime } from './dates.js';
import { normalizeFlag } from './flags.js';
import { LOINC_SYSTEM } from './hl7.parser.js';
import { answersInWordsOf, readJsonRecords, saysNoResult, URINE_WORD, type JsonRecordOptions } from './json-records.js';
import type { ParsedReport, RawRow } from './parse.types.js';
import { saysOtherSpecimen } from './result-list.js';
import { lineOfOffset } from './table.js';
import { ownEntry } from './memo.js';
import { decodeReferences } from './tokens.js';

/**
 * (labs48xml) Laboratory results sent as XML — what patient portals and laboratory systems export: an HL7 C-CDA / CDA
 * R2 document's result observations (a US portal's Blue Button download), an ASTM CCR's `Result`/`Test` records (a
 * Korean NHIS checkup download), and a LIS export's records as elements (`<item><name>…</name><value>…</value>…`) or
 * as attributes (`<test name="…" value="…" unit="…" range="…"/>`). The document is made plain data (fast-xml-parser:
 * namespace prefixes dropped, attributes kept as keys of their element), a CDA observation and a CCR test each one
 * flat record (`name`, `value`, `unit`, `range` or `low`/`high`, `flag`), and the data read by the JSON record reader
 * (json-records.ts), whose guards stand: a name the catalog knows (or, in a CDA, a LOINC code it knows), and for a
 * LIS record a range or a status word — a settings file, a price list, a questionnaire read nothing. A CCR result and
 * a CDA result observation need no range: the document's shape says they are results (a screening download prints
 * none). Vital signs (a CCR `VitalSigns`, a CDA vital signs section or organizer) are no laboratory results.
 *
 * Safety: no DTD is processed — a document that declares entities is not read as XML (the text reader takes it, as
 * before, and expands nothing), entities are off in the parser and only XML's five and numeric references are
 * decoded here, nesting is bounded (100), and a document that is not well-formed (or an HTML or XHTML page, which the
 * table reader reads) is left to the readers that took it before (null).
 */

/** What the record reader asks the catalog, and besides: whether it knows a LOINC code, and answers a test in words. */
export interface XmlRecordOptions extends JsonRecordOptions {
  knowsCode?: (code: string) => boolean;
  /** (labs48xml review) The LOINC codes of the analyte a name reads as. */
  codesOf?: (name: string) => string[];
}

type XmlNode = Record<string, unknown>;

/** A flat record's reading besides its keys: its line, its date, its code, and whether the document vouches for it. */
interface RecordFacts {
  line: number;
  collectedAt?: string;
  code?: RawRow['code'];
  vouched: boolean;
  /** (labs48xml review) The specimen the result's element names (`specimenPlayingEntity`): urine, or another fluid. */
  specimen?: 'urine' | 'fluid';
  /** (labs48xml review) A LOINC code the catalog lacks, where the name's analyte has others: the name names nothing. */
  codeOnly?: boolean;
}

const ATTRIBUTE = '@_';
const TEXT = '#text';
const META = XMLParser.getMetaDataSymbol();

const PARSER_OPTIONS = {
  ignoreAttributes: false,
  attributeNamePrefix: ATTRIBUTE,
  textNodeName: TEXT,
  // `ccr:Result`, `hl7:observation` and `xsi:type` read as `Result`, `observation`, `type`.
  removeNSPrefix: true,
  // Values stay the strings printed (`"95"`, `"04"`): the record reader reads them as JSON strings.
  parseTagValue: false,
  parseAttributeValue: false,
  // No entity is expanded by the parser, a DTD's least of all (decodeEntities decodes XML's own).
  processEntities: false,
  htmlEntities: false,
  // Where each element starts: a row's line.
  captureMetaData: true,
  maxNestedTags: 100,
  // No callback asks for an element's path: not tracking it parses a 5 MB document a fifth faster.
  jPath: false,
};

/** A declaration of entities (billion laughs, an external entity): such a document is not read as XML. */
const DECLARES_ENTITY = /<!ENTITY/i;
/** A page's root element: HTML and XHTML pages are read by the table reader. */
const HTML_ROOT = new RegExp(String.raw`^(?:html|head|body|table|thead|tbody|tr|td|th|div|p|span|pre|section|article|`
  + String.raw`main|header|footer|nav|ul|ol|li|dl|h[1-6]|form|font|center|br|hr|b|i|u|em|strong|a|img|blockquote|`
  + String.raw`style|script|meta|link|title)$`, 'i');
const XHTML = 'http://www.w3.org/1999/xhtml';
/** An element's name where the prolog ends (`firstElement`). */
const ELEMENT_NAME = /<([A-Za-z_][\w.:-]*)/y;
const SPACES = /\s*/y;
const DOCTYPE = /<!DOCTYPE\s/iy;

/**
 * (labs48xml review) The first element's name, after the prolog (declaration, processing instructions, comments, a
 * document type), or undefined. The prolog is skipped by searching for each part's end (one pass, linear): a regular
 * expression of repeated lazy parts backtracked exponentially on a text of many comments before no element.
 */
function firstElement(source: string): string | undefined {
  let at = 0;
  for (;;) {
    SPACES.lastIndex = at;
    SPACES.exec(source);
    at = SPACES.lastIndex;
    let end = -1;
    if (source.startsWith('<?', at)) end = endOf(source, '?>', at + 2);
    else if (source.startsWith('<!--', at)) end = endOf(source, '-->', at + 4);
    else {
      DOCTYPE.lastIndex = at;
      if (!DOCTYPE.test(source)) break;
      // A document type's internal subset (`[ … ]`) before its `>`.
      const close = source.indexOf('>', at);
      const open = source.indexOf('[', at);
      end = open >= 0 && (close < 0 || open < close) ? endOf(source, '>', endOf(source, ']', open + 1)) : endOf(source, '>', at);
    }
    if (end < 0) return undefined;
    at = end;
  }
  ELEMENT_NAME.lastIndex = at;
  return ELEMENT_NAME.exec(source)?.[1];
}

/** Where a part of the prolog ends: after `close`, searched from `from`; -1 when it never does (or `from` is -1). */
function endOf(source: string, close: string, from: number): number {
  if (from < 0) return -1;
  const i = source.indexOf(close, from);
  return i < 0 ? -1 : i + close.length;
}

/** LOINC's OID in a CDA `code@codeSystem`. */
const LOINC_OID = '2.16.840.1.113883.6.1';
/** A CDA vital signs section (8716-3), organizer (46680005 SNOMED, 74728-7 panel), their templates: no lab results. */
const VITALS_CODES = new Set(['8716-3', '46680005', '74728-7']);
const VITALS_TEMPLATE = /^2\.16\.840\.1\.113883\.10\.20\.22\.(?:2\.4(?:\.1)?|4\.26|4\.27)$/;

/**
 * Reads a text that is an XML document as result records: a report (its rows; none, with a warning, for a C-CDA or
 * CCR whose result entries are all no results), or null when the text is no XML document this reader takes (not XML,
 * not well-formed, an HTML or XHTML page, entities declared) or (labs48xml review) one that holds no result it reads
 * and no result entries (an SVG, a settings file, a feed; a report's lines wrapped in an element or a CDATA; a C-CDA
 * of a narrative only): the text is then read as before.
 */
export function readXmlRecords(text: string, opts: XmlRecordOptions): ParsedReport | null {
  const source = text.replace(/^\uFEFF/, '');
  const root = xmlRoot(source);
  if (!root) return null;
  const lineAt = lineOfOffset(source);
  const facts = new WeakMap<object, RecordFacts>();
  const records: XmlNode[] = [];
  const reader = new XmlData(source, lineAt, facts, records, opts);
  const data = reader.data(root.node, root.name, { date: undefined, specimen: undefined });
  // A record whose LOINC code the catalog knows is known under its printed name (`Glucose [Mass/volume] in Serum`).
  const coded = new Set(records.filter((r) => facts.get(r)?.code).map((r) => r.name as string));
  const knows = (name: string) => Boolean(opts.knows?.(name)) || coded.has(name);
  const placed = new Set<object>();
  const json = readJsonRecords(source, {
    ...opts,
    knows,
    records: {
      place: (record, row) => {
        placeRow(row, facts.get(record));
        placed.add(record);
      },
      vouches: (record) => facts.get(record)?.vouched === true,
    },
  }, { data, start: 0 });
  const words = records.filter((r) => !placed.has(r)).map((r) => wordRow(r, facts.get(r), knows, opts))
    .filter((r): r is RawRow => r !== null);
  const rows = [...(json?.rows ?? []), ...words].sort((a, b) => a.line - b.line);
  // (labs48xml review) A document that holds no result the reader takes and no results of a known shape (a report's
  // lines in a `<report>`, a CDATA, a `<details>`; a C-CDA of a narrative only): the text reader reads it, as before.
  // A C-CDA or CCR with result entries reads its entries alone (its narrative shows the same results again).
  if (!rows.length && !reader.structured) return null;
  const warnings = json?.warnings ?? [];
  if (!rows.length) {
    const message = `The XML document (<${root.name}>) holds no laboratory results the reader takes`;
    warnings.push({ code: 'xml-no-results', message });
  }
  return { layout: 'xml-records', rows, warnings };
}

/**
 * The root element of a text that is one well-formed XML document, and its name; null for any other text. Checked in
 * order of cost: an element first (after the prolog) that is no page's, no entity declaration, well-formed (validated:
 * the parser itself would take a tag closed out of turn), one root, not XHTML.
 */
function xmlRoot(source: string): { name: string; node: unknown } | null {
  const first = firstElement(source);
  if (!first || HTML_ROOT.test(first.replace(/^.*:/, '')) || DECLARES_ENTITY.test(source)) return null;
  if (XMLValidator.validate(source) !== true) return null;
  let tree: XmlNode;
  try {
    tree = new XMLParser(PARSER_OPTIONS).parse(source) as XmlNode;
  } catch {
    // Nested deeper than maxNestedTags, or another refusal: not read as XML.
    return null;
  }
  const roots = Object.keys(tree).filter((k) => !k.startsWith('?') && !k.startsWith('!'));
  if (roots.length !== 1 || Array.isArray(tree[roots[0]!])) return null;
  const name = roots[0]!;
  const node = tree[name];
  // (The root's name was asked of HTML_ROOT as the first element.) An XHTML page by its namespace: the table reader's.
  if (isNode(node) && node[`${ATTRIBUTE}xmlns`] === XHTML) return null;
  return { name, node };
}

/** The context of an element: the date an enclosing CDA organizer gives its observations. */
interface Context {
  date: string | undefined;
  /** (labs48xml review) The specimen an enclosing organizer names (`<specimen>` … `Urine`). */
  specimen?: string | undefined;
}

/** (labs48xml review) What `cdaObservation` returns for an observation that is no result: read nothing of it. */
const DROP = Symbol('no result');
/**
 * (labs48xml review) A CDA act's status that says it holds no result: cancelled or aborted (not done), nullified
 * (entered in error), obsolete (replaced by another). `active` (a result not yet final, a preliminary value) is read.
 */
const CDA_NO_RESULT_STATUS = new Set(['aborted', 'cancelled', 'nullified', 'obsolete']);

/**
 * The document as plain data for the record reader, one pass: text and attribute values with their entities decoded,
 * attributes as keys (a child element of the same name wins), CDA observations and CCR tests as flat records (kept in
 * `records`, with their facts), vital signs left out.
 */
class XmlData {
  /** (labs48xml review) Whether the document holds results of a known shape: a CDA observation, a CCR result or vital signs. */
  structured = false;

  constructor(
    private readonly source: string,
    private readonly lineAt: (offset: number) => number,
    private readonly facts: WeakMap<object, RecordFacts>,
    private readonly records: XmlNode[],
    private readonly opts: XmlRecordOptions,
  ) {}

  data(value: unknown, name: string, ctx: Context): unknown {
    if (typeof value === 'string') return decodeEntities(value);
    if (Array.isArray(value)) return value.map((v) => this.data(v, name, ctx)).filter((v) => v !== undefined);
    if (!isNode(value)) return undefined;
    if (isVitals(name, value)) {
      this.structured = true;
      return undefined;
    }
    // An element with text and attributes (`<value unit="mg/dL">95</value>`): its text (its parent keeps them).
    if (TEXT in value) return decodeEntities(String(value[TEXT]));
    if (name === 'observation' && isNode(first(value.code))) {
      this.structured = true;
      const record = this.cdaObservation(value, ctx);
      // (labs48xml review) An order, a goal, a test not done, a result cancelled: nothing of it is read.
      if (record === DROP) return undefined;
      if (record) return record;
    }
    if (name === 'Result' && value.Test !== undefined) {
      this.structured = true;
      const tests = this.ccrResult(value);
      if (tests.length) return tests;
    }
    const date = cdaDate(value.effectiveTime) ?? ctx.date;
    const specimen = cdaSpecimen(value) ?? ctx.specimen;
    const out: XmlNode = {};
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith(ATTRIBUTE) || UNSAFE_KEY.test(key)) continue;
      const v = this.data(child, key, { date, specimen });
      if (v === undefined) continue;
      out[key] = v;
      // The attributes of a child with text, each a key of its own after the child's name: `value_unit` is a unit key.
      if (isNode(child) && TEXT in child) for (const [a, av] of attributes(child)) out[`${key}_${a}`] ??= av;
    }
    for (const [a, av] of attributes(value)) out[a] ??= av;
    this.facts.set(out, { line: this.line(value), vouched: false });
    return out;
  }

  /**
   * A C-CDA / CDA R2 result observation (`<observation moodCode="EVN"><code code="2345-7" displayName="Glucose"/>
   * <value xsi:type="PQ" value="95" unit="mg/dL"/><interpretationCode code="N"/><referenceRange>…`) as a flat record;
   * null for an observation of another mood (an order, a goal), one negated (not done), or without a value or name.
   */
  private cdaObservation(node: XmlNode, ctx: Context): XmlNode | typeof DROP | null {
    const code = first(node.code);
    const mood = attribute(node, 'moodCode');
    if (!isNode(code)) return null;
    // (labs48xml review) An order, a goal, a negated or a cancelled observation: dropped whole, not converted as an
    // element (its `<text>` or a child's words would be read).
    if ((mood && mood !== 'EVN') || attribute(node, 'negationInd') === 'true') return DROP;
    if (CDA_NO_RESULT_STATUS.has((attribute(first(node.statusCode), 'code') ?? '').toLowerCase())) return DROP;
    const value = cdaValue(first(node.value));
    const name = cdaName(code);
    if (!value || !name) return null;
    const record: XmlNode = { name, value: value.value };
    if (value.unit) record.unit = value.unit;
    Object.assign(record, cdaRange(node.referenceRange));
    const flag = attribute(first(node.interpretationCode), 'code');
    if (flag) record.flag = flag;
    // (labs48xml review) The specimen the observation or its organizer names: a urine's `Glucose` is no serum glucose.
    const specimen = cdaSpecimen(node) ?? ctx.specimen;
    if (specimen) record.specimen = specimen;
    const loinc = loincOf(code);
    return this.keep(record, node, {
      collectedAt: cdaDate(node.effectiveTime) ?? ctx.date,
      ...this.known(loinc, name),
      ...specimenOf(specimen),
    });
  }

  /**
   * An ASTM CCR `Result`'s tests (`<Test><Description><Text>Glucose</Text></Description><TestResult><Value>95</Value>
   * <Units><Unit>mg/dL</Unit></Units></TestResult><NormalResult><Normal><Value>70-99</Value></Normal></NormalResult>
   * <Flag><Text>H</Text></Flag></Test>`), each a flat record: a test unnamed is the result's when it is its only one
   * (the NHIS download names the result, `<Description><Text>혈색소</Text>`, not its test). Dated by the test's
   * `DateTime`, else the result's.
   */
  private ccrResult(result: XmlNode): XmlNode[] {
    const tests = list(result.Test).filter(isNode);
    const out: XmlNode[] = [];
    for (const test of tests) {
      const measured = first(test.TestResult);
      const value = isNode(measured) ? textOf(measured.Value) : undefined;
      const own = ccrText(test.Description);
      const name = own ?? (tests.length === 1 ? ccrText(result.Description) : undefined);
      if (!isNode(measured) || !value || !name) continue;
      // (labs48xml review) A test or result whose status says it holds none (`Cancelled`, `Pending`): no record.
      const status = ccrText(test.Status) ?? ccrText(result.Status);
      if (status && saysNoResult(status)) continue;
      const record: XmlNode = { name, value };
      const unit = ccrUnit(measured.Units);
      if (unit) record.unit = unit;
      Object.assign(record, ccrNormal(test.NormalResult));
      const flag = ccrText(test.Flag);
      if (flag) record.flag = flag;
      const loinc = ccrLoinc(test.Description) ?? (tests.length === 1 ? ccrLoinc(result.Description) : undefined);
      // Its line is its name's: in the test, or in the result that names it.
      out.push(this.keep(record, own ? test : result, {
        collectedAt: ccrDate(test.DateTime) ?? ccrDate(result.DateTime),
        ...this.known(loinc, name),
      }));
    }
    return out;
  }

  /**
   * A record's LOINC code as a row's code, when the catalog knows it (it decides the analyte before the name).
   * (labs48xml review) A code the catalog lacks beside a name whose analyte has other codes (`2161-8`, urine
   * creatinine, printed `Creatinine`; `2350-7`, urine glucose, printed `Glucose`): the code says another test than
   * the name's, and outranks it — the row is unknown (`codeOnly`).
   */
  private known(loinc: string | undefined, name: string): { code?: RawRow['code']; codeOnly?: boolean } {
    if (!loinc) return {};
    if (this.opts.knowsCode?.(loinc)) return { code: { system: LOINC_SYSTEM, code: loinc, display: name } };
    const codes = this.opts.codesOf?.(name) ?? [];
    return codes.length && !codes.includes(loinc) ? { codeOnly: true } : {};
  }

  /**
   * A flat record of a document's shape, kept with its facts: vouched for as a result. Its line is its name's, as a
   * JSON record's is (the element's own when the name is not printed as is inside it).
   */
  private keep(record: XmlNode, node: XmlNode, facts: Omit<RecordFacts, 'line' | 'vouched'>): XmlNode {
    const kept: RecordFacts = { line: this.line(node, record.name as string), vouched: true };
    if (facts.collectedAt) kept.collectedAt = facts.collectedAt;
    if (facts.code) kept.code = facts.code;
    if (facts.specimen) kept.specimen = facts.specimen;
    if (facts.codeOnly) kept.codeOnly = true;
    this.facts.set(record, kept);
    this.records.push(record);
    return record;
  }

  /**
   * The line an element starts on, or where a name is printed inside it (`>Glucose<`, `="Glucose"`): searched within
   * the element only, so the whole document is searched at most once over.
   */
  private line(node: XmlNode, name?: string): number {
    const meta = (node as Record<symbol, { startIndex?: number; endIndex?: number } | undefined>)[META as symbol];
    const start = meta?.startIndex ?? 0;
    if (name !== undefined && meta?.endIndex !== undefined) {
      const span = this.source.slice(start, meta.endIndex);
      const at = [`>${name}<`, `"${name}"`, `'${name}'`].map((printed) => span.indexOf(printed)).find((i) => i >= 0);
      if (at !== undefined) return this.lineAt(start + at + 1);
    }
    return this.lineAt(start);
  }
}

/** Keys that would reach an object's prototype: never copied. */
const UNSAFE_KEY = /^(?:__proto__|constructor|prototype)$/;

/** A row's line, date and code (and specimen) from its record's facts; fhir-records.ts's records too. */
export function placeRow(row: RawRow, facts: Omit<RecordFacts, 'vouched'> | undefined): void {
  if (!facts) return;
  row.line = facts.line;
  if (facts.collectedAt) row.collectedAt = facts.collectedAt;
  if (facts.code) row.code = facts.code;
  if (facts.specimen) {
    row.specimen = facts.specimen;
    row.specimenOfRow = true;
  }
  if (facts.codeOnly) row.codeOnly = true;
}

/**
 * (labs48xml review) A CDA element's specimen (`<specimen><specimenRole><specimenPlayingEntity><code
 * displayName="Urine"/>` or its `<name>`), as printed; undefined for none.
 */
function cdaSpecimen(node: XmlNode): string | undefined {
  for (const specimen of list(node.specimen).filter(isNode)) {
    const entity = first((first(specimen.specimenRole) as XmlNode | undefined)?.specimenPlayingEntity);
    if (!isNode(entity)) continue;
    const code = first(entity.code);
    const words = (isNode(code) ? textOf(code.originalText) ?? attribute(code, 'displayName') : undefined) ?? textOf(entity.name);
    if (words) return words;
  }
  return undefined;
}

/** (labs48xml review) A specimen's words as a row's specimen: urine, another body fluid, or none said (blood). */
function specimenOf(words: string | undefined): { specimen?: 'urine' | 'fluid' } {
  if (!words) return {};
  if (URINE_WORD.test(words)) return { specimen: 'urine' };
  // (A specimen's own name: saysOtherSpecimen, not a heading's namesOtherSpecimen, whose second-specimen clause would
  // read `Stool (faeces)` as blood's.)
  return saysOtherSpecimen(words) ? { specimen: 'fluid' } : {};
}

/**
 * A CCR test's normal range: one `Normal`'s value or description as the range text (`70-99`), or (labs48xml review)
 * two `Normal`s of one number each — its bounds, in the order their `ValueSequencePosition` (or the document) gives,
 * when the first is the lower (`70`, `99`). Anything else: no range rather than a bound read as the range.
 */
function ccrNormal(normalResult: unknown): { range?: string; low?: string; high?: string } {
  const result = first(normalResult);
  const normals = isNode(result) ? list(result.Normal).filter(isNode) : [];
  if (normals.length === 1) {
    const range = textOf(normals[0]!.Value) ?? ccrText(normals[0]!.Description);
    return range ? { range } : {};
  }
  if (normals.length !== 2) return {};
  const position = (n: XmlNode) => Number(textOf(n.ValueSequencePosition) ?? NaN);
  const [a, b] = Number.isNaN(position(normals[0]!)) || Number.isNaN(position(normals[1]!))
    ? normals : [...normals].sort((x, y) => position(x) - position(y));
  const low = textOf(a!.Value);
  const high = textOf(b!.Value);
  const number = /^\d+(?:\.\d+)?$/;
  if (!low || !high || !number.test(low) || !number.test(high) || Number(low) >= Number(high)) return {};
  return { low, high };
}

/**
 * A vouched record whose result is words (a CDA `ST` or `CD` value, a CCR `음성`) that the record reader left: it reads
 * an answer in words only beside a range (the NHIS CCR prints none: `요단백` `음성`, urine protein negative, is read here
 * and nowhere else). A row when the catalog knows the name and the test is one answered in words (answersInWordsOf, the
 * record reader's own guard) or in urine; its range text and flag as the record gives them.
 */
function wordRow(
  record: XmlNode, facts: RecordFacts | undefined, knows: (name: string) => boolean, opts: XmlRecordOptions,
): RawRow | null {
  const { name, value } = record;
  if (!facts?.vouched || typeof name !== 'string' || typeof value !== 'string') return null;
  const answer = value.replace(/\s+/g, ' ').trim();
  if (!answer || /^[<>≤≥]?=?\s*-?\d/.test(answer) || !knows(name)) return null;
  // As a JSON record's answer (json-records, labsreadfix): words only for a test the catalog answers in words, here
  // or in urine (a name in a script URINE_WORD has no word for: `요단백`, urine protein).
  if (!answersInWordsOf(name, opts) && !opts.answersInUrine?.(name)) return null;
  const row: RawRow = { name, value: null, valueText: answer, line: 0 };
  if (typeof record.range === 'string') row.rangeText = record.range;
  if (typeof record.flag === 'string') {
    row.flag = record.flag;
    const flag = normalizeFlag(record.flag);
    if (flag) row.normalizedFlag = flag;
  }
  placeRow(row, facts);
  return row;
}

/** A CDA observation's value: a quantity (`PQ`, `INT`, `REAL`: number and unit), or words (`ST`, `CD`); null else. */
function cdaValue(value: unknown): { value: string; unit?: string } | null {
  if (typeof value === 'string') return value.trim() ? { value: decodeEntities(value.trim()) } : null;
  if (!isNode(value) || attribute(value, 'nullFlavor')) return null;
  const type = (attribute(value, 'type') ?? '').replace(/^.*:/, '').toUpperCase();
  if (type === 'PQ' || type === 'INT' || type === 'REAL' || (!type && attribute(value, 'value'))) {
    const number = attribute(value, 'value');
    const unit = attribute(value, 'unit');
    // UCUM's `1` is no unit (a ratio, a count without one).
    return number ? { value: number, ...(unit && unit !== '1' ? { unit } : {}) } : null;
  }
  if (type === 'ST' || type === 'ED') return TEXT in value ? { value: decodeEntities(String(value[TEXT])) } : null;
  if (type === 'CD' || type === 'CE' || type === 'CO' || type === 'CV') {
    const words = textOf(value.originalText) ?? attribute(value, 'displayName');
    return words ? { value: words } : null;
  }
  return null;
}

/** A CDA code's name: the text the laboratory printed (`originalText`), else the code's display name. */
function cdaName(code: XmlNode): string | undefined {
  return textOf(code.originalText) ?? attribute(code, 'displayName')
    ?? translations(code).map((t) => attribute(t, 'displayName')).find(Boolean);
}

/** A CDA code's LOINC: the code itself when its system is LOINC, else a LOINC translation's. */
function loincOf(code: XmlNode): string | undefined {
  return [code, ...translations(code)].filter((c) => attribute(c, 'codeSystem') === LOINC_OID)
    .map((c) => attribute(c, 'code')).find(Boolean);
}

function translations(code: XmlNode): XmlNode[] {
  return list(code.translation).filter(isNode);
}

/**
 * A CDA observation's reference range: the normal one (an `observationRange` whose interpretation is `N`, or none),
 * its text as printed, else its `IVL_PQ` bounds (`low`/`high`: bounds without text).
 */
function cdaRange(ranges: unknown): { range?: string; low?: string; high?: string } {
  const observed = list(ranges).filter(isNode).map((r) => first(r.observationRange)).filter(isNode);
  const normal = observed.find((o) => (attribute(first(o.interpretationCode), 'code') ?? 'N') === 'N');
  if (!normal) return {};
  const text = textOf(normal.text);
  if (text) return { range: text };
  const value = first(normal.value);
  if (!isNode(value)) return {};
  const low = attribute(first(value.low), 'value');
  const high = attribute(first(value.high), 'value');
  const words = !low && !high ? cdaValue(value)?.value : undefined;
  return { ...(low ? { low } : {}), ...(high ? { high } : {}), ...(words ? { range: words } : {}) };
}

/** A CDA time (`effectiveTime value="20240105"`, or its interval's `low`) as an ISO instant. */
function cdaDate(time: unknown): string | undefined {
  const t = first(time);
  if (!isNode(t)) return undefined;
  const value = attribute(t, 'value') ?? attribute(first(t.low), 'value');
  return value ? readHl7DateTime(value)?.iso : undefined;
}

/** A CCR element's `Text` (`<Description><Text>Glucose</Text></Description>`), or its own text. */
function ccrText(node: unknown): string | undefined {
  const n = first(node);
  return isNode(n) ? textOf(n.Text) : textOf(n);
}

/** A CCR `Units`' `Unit` (`<Units><Unit>mg/dL</Unit></Units>`). */
function ccrUnit(units: unknown): string | undefined {
  const u = first(units);
  return isNode(u) ? textOf(u.Unit) : textOf(u);
}

/** A CCR description's LOINC code (`<Code><Value>2345-7</Value><CodingSystem>LOINC</CodingSystem></Code>`). */
function ccrLoinc(description: unknown): string | undefined {
  const d = first(description);
  if (!isNode(d)) return undefined;
  return list(d.Code).filter(isNode).filter((c) => /loinc/i.test(textOf(c.CodingSystem) ?? ''))
    .map((c) => textOf(c.Value)).find(Boolean);
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** A CCR `DateTime`'s `ExactDateTime` (`2020-11-20`, `2020-11-20T08:30:00-05:00`) as an ISO instant. */
function ccrDate(times: unknown): string | undefined {
  for (const t of list(times)) {
    const exact = isNode(t) ? textOf(t.ExactDateTime) : undefined;
    const m = exact ? ISO_TIME.exec(exact) : null;
    if (!m) continue;
    // The ISO date written as HL7's DTM (`20201120`, `202011200830-0500`), read as an HL7 time is.
    const [, y, mo, d, hh, mi, ss, zone] = m;
    const offset = zone === 'Z' ? '+0000' : zone?.replace(':', '') ?? '';
    const at = readHl7DateTime(`${y}${mo}${d}${hh ? `${hh}${mi}${ss ?? ''}` : ''}${hh ? offset : ''}`);
    if (at) return at.iso;
  }
  return undefined;
}

/** Whether an element holds vital signs: a CCR `VitalSigns`, a CDA vital signs section, organizer or observation. */
function isVitals(name: string, node: XmlNode): boolean {
  if (name === 'VitalSigns') return true;
  const code = attribute(first(node.code), 'code');
  if (code && VITALS_CODES.has(code)) return true;
  return list(node.templateId).some((t) => VITALS_TEMPLATE.test(attribute(t, 'root') ?? ''));
}

/** An element's text: a string, or the text of an element with attributes; undefined for none. */
function textOf(v: unknown): string | undefined {
  const n = first(v);
  const t = typeof n === 'string' ? n : isNode(n) && TEXT in n ? String(n[TEXT]) : undefined;
  const clean = t === undefined ? undefined : decodeEntities(t).replace(/\s+/g, ' ').trim();
  return clean ? clean : undefined;
}

/** An element's attributes, names without the prefix, values decoded. */
function attributes(node: XmlNode): [string, string][] {
  return Object.entries(node)
    .filter(([k, v]) => k.startsWith(ATTRIBUTE) && typeof v === 'string' && !UNSAFE_KEY.test(k.slice(ATTRIBUTE.length)))
    .map(([k, v]) => [k.slice(ATTRIBUTE.length), decodeEntities(v as string)]);
}

function attribute(node: unknown, name: string): string | undefined {
  const v = isNode(node) ? node[`${ATTRIBUTE}${name}`] : undefined;
  return typeof v === 'string' && v.trim() ? decodeEntities(v.trim()) : undefined;
}

function isNode(v: unknown): v is XmlNode {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function list(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * XML's five entities and numeric character references (`&lt;5.0`, `&#181;mol/L`), in one pass: an `&amp;lt;` stays
 * `&lt;`, nothing is expanded twice, and any other name (a DTD's, HTML's) is left as printed.
 */
function decodeEntities(s: string): string {
  return decodeReferences(s, (name) => ownEntry(XML_ENTITIES, name));
}
