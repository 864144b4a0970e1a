import { SYSTEMS } from '@pg/fhir/codes';
import { arr, num, obj, str, type Json } from '@pg/fhir/json';
import { readJsonRecords } from './json-records.js';
import type { ParsedReport, ParseWarning, RawRow } from './parse.types.js';
import { lineOfOffset } from './table.js';
import { placeRow, type XmlRecordOptions } from './xml-records.js';

/**
 * (exports) FHIR R4 resources a patient downloads from a portal or an app and uploads as text: a Bundle of
 * Observations (a search's or a patient's `$everything`), a DiagnosticReport with its Observations contained, a lone
 * Observation, a bulk export's NDJSON (one resource a line). Each Observation (and each component of one, a panel
 * sent as one resource) with a value is one flat record — its name (`code.text`, else a coding's display), its value
 * (`valueQuantity` with its comparator and unit, `valueString`, `valueCodeableConcept`'s text or display,
 * `valueInteger`), its normal range (`referenceRange`'s bounds, else its text), its interpretation's code — read by the
 * JSON records' reader (json-records.ts) as a C-CDA's observations are (xml-records.ts): vouched for as results, under
 * a name the catalog knows or a LOINC code it knows, each dated by its effective time and on the line of its name.
 * An Observation cancelled or entered in error, or of a category that is no laboratory's (vital signs, social history,
 * a survey), is none; a text holding no Observation is read as before (null).
 * (robust2) Also `valueRange` (a span, `4-6 /[HPF]`) and `valueBoolean` (`Positive`/`Negative`); an Observation coded
 * by LOINC alone is named as the catalog names the code; a component is a row only when the catalog knows its name or
 * code (a blood pressure's systolic and diastolic are none); an NDJSON line that is no JSON is skipped with a warning.
 */

/** Statuses of an Observation that holds no result. */
const NO_RESULT_STATUS = new Set(['cancelled', 'entered-in-error', 'registered']);
/** Observation categories that are no laboratory's. */
const OTHER_CATEGORY = new Set(['vital-signs', 'social-history', 'survey', 'activity', 'exam', 'imaging', 'procedure', 'therapy']);
/** How deep resources are looked for (a Bundle's entry's resource's contained Observation's component is 6). */
const MAX_DEPTH = 12;

/** A record's facts besides its keys: its line, its date, its code. */
interface Facts {
  line: number;
  collectedAt?: string;
  code?: RawRow['code'];
}

/** libs/fhir's readers (the FHIR import's `obj`, `arr`, `str`, read here as they are there): `obj` as a type guard for `filter`. */
const isObject = (v: unknown): v is Json => obj(v) !== undefined;

/**
 * The JSON of a text that is FHIR: one JSON value, or NDJSON (each non-empty line one object); null for any other.
 * (robust2) A line of NDJSON that is no JSON (cut short, garbled) is skipped with a warning, the others read: one bad
 * line had lost the whole export. The text is NDJSON only where more of its lines are resources (a JSON object with a
 * `resourceType`) than are no JSON, so a broken JSON document printed over many lines is still none (as before).
 * (robust3) One warning says how many lines were skipped, and which (the first on its `line`). Where lines are
 * resources but as many or more are no JSON, the text is no NDJSON read (`data` undefined): the warning says so, for
 * the text reader to pass on (readFhirRecords' `declined`).
 */
function fhirData(source: string): { data: unknown; warnings: ParseWarning[] } | null {
  if (!source.includes('"resourceType"')) return null;
  try {
    return { data: JSON.parse(source), warnings: [] };
  } catch {
    // A bulk export's NDJSON: one resource a line.
  }
  const out: unknown[] = [];
  const bad: number[] = [];
  let resources = 0;
  let lines = 0;
  for (const [i, line] of source.split('\n').entries()) {
    if (!line.trim()) continue;
    lines++;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      bad.push(i + 1);
      continue;
    }
    if (isObject(value) && typeof value.resourceType === 'string') resources++;
    out.push(value);
  }
  if (!resources) return null;
  if (!bad.length) return { data: out, warnings: [] };
  const which = `line${bad.length > 1 ? 's' : ''} ${bad.slice(0, 5).join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''}`;
  const said = (what: string) => `${bad.length} of the ${lines} lines of ${what} (${which}) ${bad.length > 1 ? 'are' : 'is'} not valid JSON`;
  if (resources > bad.length) return { data: out, warnings: [{ code: 'unreadable-line', message: `${said('the NDJSON export')}: ${bad.length > 1 ? 'they are' : 'it is'} skipped`, line: bad[0] }] };
  return { data: undefined, warnings: [{ code: 'unreadable-line', message: `${said('what looks like an NDJSON export')}, no fewer than its resources: it is not read as NDJSON`, line: bad[0] }] };
}

/** The Observations in the data, in document order: a Bundle's entries, a report's contained, an array's items. */
function observations(data: unknown): Json[] {
  const out: Json[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      for (const item of v) walk(item, depth + 1);
      return;
    }
    if (!isObject(v)) return;
    if (v.resourceType === 'Observation') {
      out.push(v);
      return;
    }
    for (const key of ['entry', 'resource', 'contained', 'parameter', 'part']) if (key in v) walk(v[key], depth + 1);
  };
  walk(data, 0);
  return out;
}

/** A CodeableConcept's name: its text, else its first coding's display. */
function conceptName(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  return str(concept.text) ?? arr(concept.coding).filter(isObject).map((c) => str(c.display)).find(Boolean);
}

/** A CodeableConcept's LOINC code, if any. */
function loincOf(concept: unknown): string | undefined {
  if (!isObject(concept)) return undefined;
  return arr(concept.coding).filter(isObject).find((c) => c.system === SYSTEMS.loinc && str(c.code))?.code as string | undefined;
}

/** A number as the record's text (`0.42`), with its comparator (`>2000`). */
const printed = (n: unknown, comparator?: unknown): string | undefined => {
  const v = num(n);
  return v === undefined ? undefined : `${typeof comparator === 'string' ? comparator : ''}${v}`;
};

/** A quantity's unit as printed, else its code (`mg/dL`). */
const unitOf = (q: Json): string | undefined => str(q.unit) ?? str(q.code);

/** An element's value and unit (an Observation's or a component's `value[x]`); null for none this reader takes. */
function valueOf(node: Json): { value: string; unit?: string } | null {
  const q = node.valueQuantity;
  if (isObject(q)) {
    const value = printed(q.value, q.comparator);
    if (value === undefined) return null;
    const unit = unitOf(q);
    return { value, ...(unit ? { unit } : {}) };
  }
  if (typeof node.valueInteger === 'number') return { value: String(node.valueInteger) };
  // (robust2) A result that is a span (`valueRange`: cells per high-power field, `4-6 /[HPF]`) is read as the span it
  // prints; one bound alone is that bound, inclusive (`>=10`, `<=2`).
  const span = node.valueRange;
  if (isObject(span)) {
    const [low, high] = [span.low, span.high].map((b) => (isObject(b) ? printed(b.value) : undefined));
    const value = low !== undefined && high !== undefined ? `${low}-${high}` : low !== undefined ? `>=${low}` : high !== undefined ? `<=${high}` : undefined;
    if (value === undefined) return null;
    const unit = [span.low, span.high].filter(isObject).map(unitOf).find(Boolean);
    return { value, ...(unit ? { unit } : {}) };
  }
  // (robust2) A yes-or-no result (`valueBoolean`): true says the test finds what it looks for, `Positive`; false
  // `Negative` — the words a printout writes for a presence test, which the catalog's qualitative tests answer in.
  if (typeof node.valueBoolean === 'boolean') return { value: node.valueBoolean ? 'Positive' : 'Negative' };
  const words = str(node.valueString) ?? conceptName(node.valueCodeableConcept);
  return words ? { value: words } : null;
}

/** The normal range of an element's `referenceRange` (the first of type normal, or of no type): bounds, else text. */
function rangeOf(node: Json, unit?: string): { low?: string; high?: string; range?: string } {
  const ranges = arr(node.referenceRange).filter(isObject);
  const normals = ranges.filter((r) => !r.type || /normal/i.test(conceptName(r.type) ?? '') || arr((r.type as Json).coding).some((c) => isObject(c) && c.code === 'normal'));
  // (exports review) Ranges for groups (`appliesTo`: male, female, an age): which is the patient's the reader cannot
  // tell here — none.
  if (normals.length > 1 && normals.some((r) => r.appliesTo !== undefined)) return {};
  const normal = normals[0];
  if (!normal) return {};
  // (exports review) A bound in another unit than the value's (`70-99 mg/dL` beside `6.1 mmol/L`) is none.
  const boundUnit = [normal.low, normal.high].filter(isObject).map(unitOf).find(Boolean);
  if (boundUnit && unit && boundUnit !== unit) return {};
  const low = isObject(normal.low) ? printed(normal.low.value) : undefined;
  const high = isObject(normal.high) ? printed(normal.high.value) : undefined;
  if (low !== undefined || high !== undefined) return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
  const words = str(normal.text);
  return words ? { range: words } : {};
}

/** An element's interpretation: its first coding's code (`H`, `L`, `N`, `HH`, `A`), else its text. */
function flagOf(node: Json): string | undefined {
  const first = arr(node.interpretation).find(isObject);
  if (!first) return undefined;
  // (exports review) HL7's interpretation codes first (v3 ObservationInterpretation), then any coding's.
  const codings = arr(first.coding).filter(isObject);
  return [...codings.filter((c) => c.system === SYSTEMS.interpretation), ...codings].map((c) => str(c.code)).find(Boolean) ?? str(first.text);
}

/** An Observation's time: `effectiveDateTime`, `effectiveInstant`, the start of `effectivePeriod`, else `issued`. */
function dateOf(node: Json): string | undefined {
  const period = isObject(node.effectivePeriod) ? node.effectivePeriod.start : undefined;
  for (const t of [node.effectiveDateTime, node.effectiveInstant, period, node.issued]) {
    if (typeof t !== 'string') continue;
    const d = new Date(t);
    if (!Number.isNaN(d.getTime()) && /^\d{4}-\d{2}-\d{2}/.test(t)) return d.toISOString();
  }
  return undefined;
}

/** Whether an Observation holds no laboratory result: its status, or a category that is another kind's. */
function notLaboratory(obs: Json): boolean {
  if (NO_RESULT_STATUS.has(String(obs.status ?? '').toLowerCase())) return true;
  // (robust3) DSTU2 and STU3 write one category as an object (`"category": {"coding": […]}`), R4 an array of them.
  const categories = isObject(obs.category) ? [obs.category] : arr(obs.category).filter(isObject);
  const codes = categories.flatMap((c) => arr(c.coding).filter(isObject).map((x) => String(x.code ?? '').toLowerCase()));
  return codes.length > 0 && !codes.includes('laboratory') && codes.some((c) => OTHER_CATEGORY.has(c));
}

/**
 * Reads a text that is FHIR JSON (or NDJSON) as its Observations' results; null when it holds no Observation.
 * (robust3) `declined`: where the text looked like NDJSON but too many of its lines were no JSON, why it was not read.
 */
export function readFhirRecords(text0: string, opts: XmlRecordOptions, declined?: ParseWarning[]): ParsedReport | null {
  const source = text0.replace(/^\uFEFF/, '');
  const read = fhirData(source);
  if (read === null) return null;
  // (robust3) NDJSON with as many bad lines as resources or more: not read here, its warning passed on (`declined`).
  if (read.data === undefined) {
    declined?.push(...read.warnings);
    return null;
  }
  const found = observations(read.data);
  if (!found.length) return null;
  const lineAt = lineOfOffset(source);
  const facts = new WeakMap<object, Facts>();
  const records: Json[] = [];
  // Where each Observation starts (`"resourceType": "Observation"`), in document order as `found` is: a record's name
  // is searched for inside its Observation only (up to the next one's start), so the document is searched at most
  // once over; a name printed otherwise (`\u00fc` for `ü`) takes its Observation's line. Where the starts do not
  // match the Observations found (one inside another), each name is searched from the last one's on, to the end,
  // until one is not found: the records after it take its line.
  const starts = [...source.matchAll(/"resourceType"\s*:\s*"Observation"/g)].map((m) => m.index);
  const aligned = starts.length === found.length;
  let from = 0;
  let end = source.length;
  let lost = false;
  const lineOf = (name: string): number => {
    if (lost) return lineAt(from);
    const quoted = JSON.stringify(name);
    // Searched in place (a slice of the rest of the document for each name made the search quadratic).
    const at = source.indexOf(quoted, from);
    if (at < 0 || at + quoted.length > end) {
      lost = !aligned;
      return lineAt(from);
    }
    from = at + quoted.length;
    return lineAt(at);
  };
  const coded = new Set<string>();
  for (const [k, obs] of found.entries()) {
    if (aligned) {
      from = Math.max(from, starts[k]!);
      end = starts[k + 1] ?? source.length;
    }
    if (notLaboratory(obs)) continue;
    const collectedAt = dateOf(obs);
    for (const node of [obs, ...arr(obs.component).filter(isObject)]) {
      const concept = node.code;
      const loinc = loincOf(concept);
      // (robust2) An Observation coded by LOINC alone (no text, no display) is named as the catalog names that code.
      const name = conceptName(concept) ?? (loinc ? opts.nameOfCode?.(loinc) : undefined);
      const value = valueOf(node);
      if (!name || !value) continue;
      // (robust2) A component is a row only when it is a laboratory analyte: a name or a LOINC code the catalog knows
      // (a panel sent as one resource). A blood pressure's systolic and diastolic, a score's items, are none.
      const known = Boolean(loinc && opts.knowsCode?.(loinc));
      if (node !== obs && !opts.knows?.(name) && !known) continue;
      const record: Json = { name, value: value.value, ...(value.unit ? { unit: value.unit } : {}), ...rangeOf(node, value.unit) };
      const flag = flagOf(node);
      if (flag) record.flag = flag;
      if (known) coded.add(name);
      facts.set(record, {
        line: lineOf(name),
        ...(collectedAt ? { collectedAt } : {}),
        ...(known && loinc ? { code: { system: SYSTEMS.loinc, code: loinc, display: name } } : {}),
      });
      records.push(record);
    }
  }
  // (exports review) None taken (vital signs only; a JSON app export that writes `"resourceType": "Observation"` in records
  // of its own shape): the text is read as other JSON is.
  if (!records.length) return null;
  const knows = (name: string) => Boolean(opts.knows?.(name)) || coded.has(name);
  const json = readJsonRecords(source, {
    ...opts,
    knows,
    records: {
      place: (record, row) => placeRow(row, facts.get(record)),
      vouches: () => true,
    },
  }, { data: records, start: 0 });
  return { layout: 'fhir', rows: (json?.rows ?? []).sort((a, b) => a.line - b.line), warnings: [...read.warnings, ...(json?.warnings ?? [])] };
}
