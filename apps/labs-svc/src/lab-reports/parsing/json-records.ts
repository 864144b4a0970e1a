import JSON5 from 'json5';
import { oneEdit } from './edit.js';
import { countSpan, flagFromRange, flagSide, isStatusPhrase, normalizeFlag, noteSaysStarFlags } from './flags.js';
import { isPerFieldUnit, isStripAnswer } from './coding.js';
import { appendComment, type ParsedReport, type ParseWarning, type RawRow } from './parse.types.js';
import { canonicalQualitative, isTitreRangeOfResult, isTitreResult, parseReferenceRange } from './reference-range.js';
import { namesOtherSpecimen, URINE_WORDS } from './result-list.js';
import { CURRENCY, LIMIT_SIDE_WORD, LIMIT_WORDS, NOT_RESULT_HOLDER, NOT_RESULT_JOINED, NOT_RESULT_WORD, NUTRITION_HOLDER, ORDER_WORD, PRICE_WORD } from './not-result-words.js';
import { cellKind, type ColumnRole, headerRoleOfWords, isBoundHeader, lineOfOffset } from './table.js';
import { isAnswerInWords, isAspectAnswer, isColourAnswer, isQualitativeAnswer, isUnitToken, namesNoResult, parseValueToken, perBareVolume, sameColourShade, tokenize, withoutMarks } from './tokens.js';
import { isBloodCountUcum, toUcum } from './units.js';
import { escapeRegExp } from './time-units.js';

/**
 * (labs38fix) Result records kept as JSON or as a JavaScript object literal — an app's export or data module
 * (`export default Report = { "data": [ { "tests": [ { "test": "Haemoglobin", "result": "11.9", "unit": "gm/dl",
 * "referenceRange": "12 - 16" } ] } ] }`, `export const Results={"Indexs":[{"index_Value":12.8, "IndexStatus":"Below",
 * "Index_Name_En":"HEMOGLOBIN", "Index_Min_Number":13.5, "Index_Max_Number":17.5}]}`): with the module's prefix and
 * suffix stripped, the data is parsed by json5 (JSON, or an object literal: unquoted keys, single quotes, comments,
 * trailing commas; data json5 does not take, such as a template string or `undefined`, is none here and the text is
 * read as printed lines), never read line by line, and each object with a name-like key and a value-like key is one
 * row, on the line of its name key and name (found in document order). Key names are matched by their words (case
 * and separators ignored: `index_Value`, `IndexValue`, `index-value`), a language suffix aside (`Index_Name_En`
 * before `Index_Name_He`). What is no record reads nothing: an object without a value-like key, one whose value is a
 * word (`{"TSH": "Low", "Free T4": "High", "Condition": "…"}`, an interpretation table, has neither key), prose and
 * footnotes (strings in arrays).
 */

// Whitespace and comments before a text's first statement. A block comment cannot run past its own end (star,
// slash): `[^*]*\*+(?:[^/*][^*]*\*+)*` between the marks. Written lazily (`[\s\S]*?`) it could, and a text opening
// with many comments and then no statement tried every way of grouping them: 22 comments 0.2–0.3 s, each one more
// about twice as long. MODULE_SUFFIX's comments likewise.
const LEADING_COMMENTS = String.raw`(?:\s|\/\/[^\n]*\n|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/)*`;

/** What may stand before the data: a module's export or an assignment (`export default X =`, `export const X=`, `module.exports =`). */
const MODULE_PREFIX = new RegExp(String.raw`^${LEADING_COMMENTS}(?:export\s+default\s+(?:[A-Za-z_$][\w$]*\s*=\s*)?|export\s+(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*(?::[^=\n]*)?=\s*|(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*(?::[^=\n]*)?=\s*|module\.exports\s*=\s*)?$`);
/**
 * (labs40fix) A script that wraps its data (comments aside): an immediately invoked function (`(function () {`,
 * `(() => {`, `!function`), a function declaration, `'use strict'`, an AngularJS module.
 */
const SCRIPT = new RegExp(String.raw`^${LEADING_COMMENTS}(?:[;!]?\(\s*(?:async\s+)?(?:function\b|\([^)]*\)\s*=>)|function\s+[A-Za-z_$]|['"]use strict['"]|angular\s*\.\s*module\s*\()`);

/**
 * (labs46fix) A script whose first statement (comments aside) is a declaration or a statement of code, not data: a
 * `const`/`let`/`var` declaration with its `=`, an `import`, an `export`, `module.exports`, an `await`, an `async
 * function`, a `require(`, or a call of a member (`prisma.labResult.create(`, `db.results.insertMany(`: a dotted name,
 * no space inside, and its bracket) — a seed script, a test's fixture, a controller. Its data may stand anywhere in
 * it, after other statements (assignedData); a text that starts as prose is no script.
 */
export const SCRIPT_STATEMENT = new RegExp(String.raw`^${LEADING_COMMENTS}(?:(?:export\s+)?(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*(?::[^=\n]*)?=|import\s|export\s|module\.exports\b|await\s|async\s+function\b|require\s*\(|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\s*\()`);

/** A script, by how it starts (SCRIPT) or by its first statement (SCRIPT_STATEMENT): where data is looked for inside code. */
export function isScript(text: string): boolean {
  return SCRIPT.test(text) || SCRIPT_STATEMENT.test(text);
}

/** What may follow it: semicolons, comments, an `export default X;`. */
const MODULE_SUFFIX = /^(?:\s|;|\/\/[^\n]*(?:\n|$)|\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\/|export\s+default\s+[A-Za-z_$][\w$]*\s*;?)*$/;

/** A JSON text's or a JS data module's data, and where it starts in the text. */
export type ModuleData = { data: unknown; start: number };

/**
 * The data of a JSON text or a JS data module (moduleData) of a report's text, its byte-order mark aside: parsed once
 * by parseTextReport for both readJsonRecords and jsonTables.
 */
export function jsonModuleData(text: string): ModuleData | null {
  return moduleData(text.replace(/^\uFEFF/, ''));
}

/**
 * The data of a JSON text or a JS data module, parsed by json5, and where it starts; null when it is none. The data
 * runs from the first bracket after a module's prefix to the last closing bracket after which only its suffix follows
 * (a bracket in a trailing comment is passed over).
 */
function moduleData(text: string): ModuleData | null {
  const start = text.search(/[[{]/);
  if (start < 0 || !MODULE_PREFIX.test(text.slice(0, start))) return null;
  // At most a few parses: a broken text is tried once, a trailing comment's brackets a few times.
  for (let at = text.length, tries = 0; tries < 4 && (at = Math.max(text.lastIndexOf('}', at - 1), text.lastIndexOf(']', at - 1))) > start; ) {
    const end = at + 1;
    const rest = text.slice(end);
    if (MODULE_SUFFIX.test(rest)) {
      tries++;
      try {
        return { data: JSON5.parse(text.slice(start, end)), start };
      } catch {
        // The bracket may be a trailing comment's (`}; // see {note}`): an earlier one may end the data.
        continue;
      }
    }
    // Only a comment can hold a bracket of the suffix: without one, no earlier bracket ends the data.
    if (!rest.includes('//') && !rest.includes('/*')) return null;
  }
  return null;
}

/**
 * (labs40fix) Data assigned inside a script (`(function () { $scope.tableData = [ … ]; })();`, an AngularJS
 * controller; `this.rows = { … }` in a class): each array or object literal after an assignment's `=`, up to its
 * matching bracket (strings and comments passed over), that json5 parses. Null when none does.
 * (labs46fix) Anywhere in the script: also a literal passed to a call (`createMany([ … ])`, `insert({ … })`) or
 * returned (`return [ … ]`); and a literal that json5 does not take as a whole (code in it: `{ userId: client.id, data:
 * [ … ] }`, `new Date(…)`) is searched for the literals it holds, after a property's `:` or an item's `,`. Bounded:
 * at most 64 literals tried, and no more text scanned for brackets than eight times the script's length.
 * (labs46fix review) Only where the text is code (codeMask): a literal in a comment (`// const old = [ … ]`, a JSDoc
 * `@example`) or in a string is no data. A literal that json5 does not take is tried again with its code values as
 * null (`by: user.id`, `date: new Date("…")`: codeValuesAsNull), and inside one that still fails the first item of an
 * array is tried too (after its `[`), as every later one is (after its `,`). The bound counts failed tries only, 64
 * and one more per 64 characters of text (a seed script of a hundred `create` calls is read whole), the scanning
 * bound as before.
 */
function assignedData(text: string): ModuleData | null {
  const found: unknown[] = [];
  let first = -1;
  const code = codeMask(text);
  // `=` of an assignment (not `==`, `<=`, `=>`…), a call's `(`, `return`; `:`, `,` and `[` are tried only inside a
  // literal that did not parse (`inside`): in code they are a type's or an object's own.
  const position = /(?<![=!<>+\-*\/%&|^])=(?!>)\s*(?=[[{])|\(\s*(?=[[{])|\breturn\s+(?=[[{])|[:,[]\s*(?=[[{])/g;
  let inside = -1;
  let scanned = 0;
  const maxFailures = 64 + Math.floor(text.length / 64);
  for (let m: RegExpExecArray | null, failures = 0; failures < maxFailures && scanned <= 8 * text.length && (m = position.exec(text)); ) {
    const start = m.index + m[0].length;
    if (!code[m.index] || !code[start]) continue;
    if ((m[0][0] === ':' || m[0][0] === ',' || m[0][0] === '[') && start > inside) continue;
    const end = matchingBracket(text, start, code);
    scanned += end < 0 ? text.length - start : end - start;
    if (end < 0) {
      failures++;
      continue;
    }
    const literal = text.slice(start, end + 1);
    let data: unknown;
    let parsed = false;
    try {
      data = JSON5.parse(literal);
      parsed = true;
    } catch {
      const neutral = codeValuesAsNull(literal, code, start);
      if (neutral !== literal) {
        try {
          data = JSON5.parse(neutral);
          parsed = true;
        } catch {
          // Still code: the literals inside it.
        }
      }
    }
    // Data nested deeper than any report's (a generated or hostile literal) is no records: reading it would recurse as deep.
    if (parsed && deeperThan(data, MAX_DATA_DEPTH)) parsed = false;
    if (parsed) {
      found.push(data);
      if (first < 0) first = start;
      position.lastIndex = end + 1;
    } else {
      // Not data as a whole (code, a template string): the literals inside it (from its own bracket on, so that an
      // array's first item is tried), then the next position.
      failures++;
      inside = Math.max(inside, end);
      position.lastIndex = start;
    }
  }
  return found.length ? { data: found, start: first } : null;
}

/**
 * (robust2) How deep a report's data may nest arrays and objects: deeper than any report's (an app's export nests a
 * few levels, a FHIR Bundle's component about eight). The readers walk data by recursion, so data nested thousands
 * deep (`[[[[…]]]]`, generated or hostile) would overflow the stack: what lies deeper is not walked (belowDepth).
 * (robust3) 256: records 120 levels deep (a probe's app export) were read before robust2, and the readers' walk of
 * data 1,000 deep still fits the default stack (measured: docs/labs.md).
 */
export const MAX_DATA_DEPTH = 256;

/** Whether data nests arrays and objects more than `limit` deep; without recursion. */
export function deeperThan(data: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(v as object)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * (robust3) The data with each array or object nested `limit` deep or more put as null (a copy down to there; the
 * data itself is left as it is), and how many were; without recursion. One deep branch (`{"meta": <150 deep>,
 * "results": […]}`) is skipped, the records beside it are read.
 */
export function belowDepth(data: unknown, limit: number): { data: unknown; cut: number } {
  if (data === null || typeof data !== 'object') return { data, cut: 0 };
  const copy = (v: object): Record<string, unknown> => (Array.isArray(v) ? [...v] : { ...v }) as Record<string, unknown>;
  const top = copy(data);
  let cut = 0;
  const stack: [Record<string, unknown>, number][] = [[top, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (child === null || typeof child !== 'object') continue;
      if (depth + 1 >= limit) {
        node[key] = null;
        cut++;
        continue;
      }
      const inner = copy(child);
      node[key] = inner;
      stack.push([inner, depth + 1]);
    }
  }
  return { data: top, cut };
}

/**
 * (labs46fix review) Which characters of a script are code (1) and which are in a string, a template or a comment (0):
 * one pass, left to right. A regular expression's literal is taken as code (a `/` is division).
 */
function codeMask(text: string): Uint8Array {
  const code = new Uint8Array(text.length + 1).fill(1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    let j = -1;
    if (c === '"' || c === "'" || c === '`') {
      for (j = i + 1; j < text.length && text[j] !== c; j++) if (text[j] === '\\') j++;
    } else if (c === '/' && text[i + 1] === '/') {
      j = text.indexOf('\n', i);
      if (j < 0) j = text.length;
      j--;
    } else if (c === '/' && text[i + 1] === '*') {
      j = text.indexOf('*/', i + 2);
      j = j < 0 ? text.length : j + 1;
    }
    if (j >= 0) {
      code.fill(0, i, Math.min(j + 1, text.length));
      i = j;
    }
  }
  return code;
}

/**
 * (labs46fix review) A literal with its properties' code values as null (`by: user.id`, `userId: client.id`, `date:
 * new Date("2026-01-01")`, `at: now()`): an identifier, a dotted name or a `new` or a call with plain arguments after a
 * property's `:`, in code only (`code`, the script's codeMask; `offset`, where the literal starts). json5's own words
 * (`true`, `false`, `null`, `Infinity`, `NaN`) stay.
 */
function codeValuesAsNull(literal: string, code: Uint8Array, offset: number): string {
  return literal.replace(CODE_VALUE, (all: string, before: string, value: string, at: number) =>
    !code[offset + at] || JSON5_WORD.test(value) ? all : `${before}null`);
}
const CODE_VALUE = /(:\s*)((?:new\s+)?[A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*(?:\((?:[^()"'`]|"[^"\n]*"|'[^'\n]*')*\))?)(?=\s*[,}\]])/g;
const JSON5_WORD = /^(?:true|false|null|Infinity|NaN)$/;

/** Where the bracket at `start` closes, counting brackets in code only (`code`: codeMask's); -1 when it does not. */
function matchingBracket(text: string, start: number, code: Uint8Array): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (!code[i]) continue;
    const c = text[i]!;
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** A key's words, lower case (`Index_Name_En` → index, name, en; `referenceRange` → reference, range). */
function keyWords(key: string): string[] {
  // (labs40fix) Accents folded first (`unità`, `unité`, `résultat`): the key's words in ASCII.
  return key.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[^a-z\d]+/).filter(Boolean);
}

/** A language a key's last word names (`_En`, `_He`, `_english`): English is preferred for a record's name. */
const ENGLISH = /^(?:en|eng|english)$/;
const OTHER_LANGUAGE = /^(?:he|heb|hebrew|ar|ara|arabic|fr|fre|fra|french|de|ger|deu|german|es|spa|spanish|pt|por|portuguese|it|ita|italian|ru|rus|russian|zh|chi|zho|cn|chinese|ja|jp|jpn|japanese|ko|kr|kor|korean|hi|hin|hindi|ne|nep|nepali|nl|dutch|sv|swe|pl|pol|tr|tur|th|tha|vi|vie|ms|local|native|lang)$/;

/** A word before a key's own (`test_name`, `index_Value`, `idxMin`, `resultUnit`): whose name, value, unit it is. */
// (labs48fix) `project` as Chinese systems name a test (项目, `ProjectName`, `projectValue`).
const PREFIX = String.raw`(?:test|tests|index|idx|analyte|parameter|param|item|component|investigation|observation|obs|lab|labtest|marker|biomarker|exam|examination|result|project)?`;
/**
 * (labs40fix) The same keys in the languages of the reports the reader takes (Italian, Spanish, Portuguese, French,
 * German), folded (no accents, words run together as `classify` joins them): a record's name (`nome`, `nombre`,
 * `esame`, `prueba`, `libelle`, `bezeichnung`), its result (`risultato`, `resultado`, `valore`, `valor`, `resultat`,
 * `wert`, `ergebnis`), its unit (`unita`, `um` — Italian u.m., unità di misura —, `unidad`, `unidade`, `unite`,
 * `einheit`) and its reference range (`valori` and `valores` — the plural, the reference values; the singular is the
 * result —, `valoridiriferimento`, `riferimento`, `intervallo`, `rango`, `referencia`, `valeursdereference`,
 * `referenzbereich`, `normbereich`). A title (`title`, `titolo`, `titulo`, `titre`, `titel`) is a record's name only
 * where it has no name key (a page's title elsewhere is none: the record still needs a value key and a known name).
 */
const NAME_WORDS = /^(?:nome|nombre|nom|esame|esami|analisi|analito|analita|parametro|prueba|examen|exame|determinacion|analyse|libelle|parametre|bezeichnung|analyt|untersuchung|nomeesame|nombreprueba|nomeexame|nomanalyse)$/;
const TITLE_WORDS = /^(?:title|titolo|titulo|titre|titel)$/;
const VALUE_WORDS = /^(?:risultato|risultati|valore|resultado|resultados|valor|resultat|resultats|valeur|wert|ergebnis|messwert|befund)$/;
const UNIT_WORDS = /^(?:um|udm|unita|unitadimisura|unidad|unidades|unidade|unidadedemedida|unidaddemedida|unite|unites|einheit|einheiten|masseinheit)$/;
const RANGE_WORDS = /^(?:valori|valoridiriferimento|valorinormali|riferimento|intervallodiriferimento|valores|valoresdereferencia|valoresreferencia|valoresnormales|valoresnormais|referencia|rango|rangodereferencia|intervalodereferencia|valeursdereference|valeursnormales|valeursreference|normes|referenz|referenzbereich|referenzwert|referenzwerte|normbereich|normalbereich|normwert|normwerte)$/;

/**
 * (labs40fix) A key misspelt by one letter (`risulato` for `risultato`: a letter dropped, added, changed or two
 * swapped) is the key it misspells, for the long result words only (seven letters or more: short keys are too close
 * to other words). One edit apart (edit.ts), any letter for any other.
 */
const LONG_VALUE_WORDS = ['risultato', 'resultado', 'resultat', 'ergebnis', 'messwert'];
const misspeltValueKey = (core: string) => core.length >= 7 && LONG_VALUE_WORDS.some((w) => oneEdit(core, w));

const VALUE_KEY_WORD = new RegExp(String.raw`^(?:${PREFIX.slice(0, -1)}|value|val)$`);
const misspeltResult = (w: string) => w.length >= 5 && oneEdit(w, 'result');
/**
 * (labs48fix) An English value key with `result` misspelt by one edit (`ReusltValue`, `resutl`, `itemRsult`): its words
 * are the value key's words (PREFIX's, `value`, `result`), one of them `result` misspelt, and it ends in a value word.
 * Taken only where no other value key holds a number (classify).
 */
function misspeltEnglishValueKey(words: readonly string[]): boolean {
  const last = words.at(-1) ?? '';
  return words.length <= 3 && words.some(misspeltResult) && (misspeltResult(last) || /^(?:value|val)$/.test(last))
    && words.every((w) => misspeltResult(w) || VALUE_KEY_WORD.test(w));
}

/** The name-like keys: a test's or an analyte's name (`test`, `name`, `testName`, `analyte`, `parameter`, `component`, `index_name`). */
const NAME_KEY = new RegExp(String.raw`^(?!lab(?:oratory)?name$)(?:${PREFIX}(?:name|label|display|displayname)|(?:test|index|idx|analyte|parameter|param|item|component|investigation|observation|labtest|marker|biomarker|exam|examination)title|test|analyte|parameter|component|investigation|biomarker|marker|observation|examination)$`);
/** The value-like keys: the result (`result`, `value`, `index_Value`, `resultValue`, `observedValue`). */
const VALUE_KEY = new RegExp(String.raw`^(?:${PREFIX}|observed|measured|your|current)(?:value|result|results|val|reading)$`);
const UNIT_KEY = new RegExp(String.raw`^(?:${PREFIX}|value)(?:units?|uom|unitofmeasure|unitofmeasurement)$`);
/** A range printed as text (`referenceRange`, `normal_range`, `refRange`, `bioRefInterval`, `normalValues`). */
// (labs48fix) Also `ReferenceNormal`, `refScope`, `referenceText` (Chinese systems' 参考范围: reference, normal, scope).
const RANGE_KEY = new RegExp(String.raw`^${PREFIX}(?:(?:ref|reference|normal|bio|biological|bioref|biologicalref|biologicalreference|expected)(?:range|ranges|interval|intervals|values?|normal|scope|text)?|range|interval)$`);
/** A range's bounds as numbers (`Index_Min_Number`, `low`, `refLow`, `lowerLimit`, `normalMax`, `rangeHigh`). */
const BOUND_PREFIX = String.raw`(?:${PREFIX}(?:ref|reference|range|normal)?)`;
const LOW_KEY = new RegExp(String.raw`^${BOUND_PREFIX}(?:min|minimum|low|lower|lo)(?:number|value|limit|bound|range|normal|ref|reference)?$`);
const HIGH_KEY = new RegExp(String.raw`^${BOUND_PREFIX}(?:max|maximum|high|upper|hi)(?:number|value|limit|bound|range|normal|ref|reference)?$`);
/** A status or flag word (`IndexStatus`, `flag`, `status`, `interpretation`). */
const FLAG_KEY = new RegExp(String.raw`^(?:${PREFIX}|value)(?:status|flag|flags|abnormalflag|indicator|interpretation)$`);

/** A status word as a flag: `Below` low, `Above` high, `Fine`/`OK` normal, and the printed flags the reader knows (`High`, `L`, `Normal`). */
function statusFlag(word: string): string | undefined {
  const w = word.trim().toLowerCase();
  // (statuswords) `In range`, `Within range`, `Within normal limits` are normalizeFlag's (flags.ts STATUS_PHRASE), below.
  if (/^(?:fine|ok|good|within(?: limits)?)$/.test(w)) return 'normal';
  // (fix38b) Only the words that say where the value stands: a record's status (`final`, `F`, `C` corrected, `P`
  // preliminary) or a placeholder (`-`, `+`) is no flag of the result — the flag is then the bounds'.
  if (!isStatusWord(w)) return undefined;
  return normalizeFlag(w) ?? undefined;
}

/**
 * (fix38b) The status words read as a flag (besides `Fine`/`OK`): where the value stands against its range.
 * (labsreadfix) Any word or arrow normalizeFlag reads (`High`, `HH`, `↑`, `↑↑`, `偏高`, `높음`: one list, the flags'),
 * not a sign alone (`-`, `+`, `*`, `<`: a placeholder) nor a record's status letter (`C` corrected).
 */
function isStatusWord(w: string): boolean {
  return /[\p{L}↑↓▲▼△▽✓✔]/u.test(w) && !RECORD_STATUS_LETTER.test(w) && normalizeFlag(w) !== null;
}
const RECORD_STATUS_LETTER = /^c$/;
/** (labs48fix review) The flags that say a value is off its range: a flag column shows itself by one of them (flaggedRecords). */
const OFF_RANGE = new Set(['high', 'low', 'critical-high', 'critical-low', 'abnormal']);
/**
 * (fix38b) A record's status that says there is no result yet, or none at all: the record reads nothing. (A read of
 * the change) Withdrawn results too (entered in error, voided, aborted, nullified), for JSON as for CCR.
 */
const NO_RESULT_STATUS = /\b(?:pending|cancell?ed|not (?:done|performed|tested|reported)|in (?:progress|process)|awaited|to follow|ordered|scheduled|withdrawn|entered[- ]in[- ]error|void(?:ed)?|aborted|nullified)\b/i;
/** (labs48xml review) Whether a status says its record holds no result (NO_RESULT_STATUS): an XML result's status too. */
export const saysNoResult = (status: string): boolean => NO_RESULT_STATUS.test(status);
/**
 * (fix38b) Bounds keys that name no reference range on their own: a chart's axis (`min`/`max` of a gauge), an assay's
 * measuring limits (`lowerLimit`/`upperLimit`), a setting's allowed values. A range's bounds say whose they are
 * (`low`/`high`, `refLow`, `normalMax`, `Index_Min_Number`).
 */
const BARE_BOUND = /^(?:min|minimum|max|maximum|lower|upper|lowerlimit|upperlimit|lowlimit|highlimit|minvalue|maxvalue|minimumvalue|maximumvalue|lowerbound|upperbound|minlimit|maxlimit)$/;
/** (labs48fix) The low side of BARE_BOUND's keys (the rest are the high side). */
const BARE_LOW = /^(?:min|minimum|lower|lowerlimit|lowlimit|minvalue|minimumvalue|lowerbound|minlimit)$/;
/** (fix38b) Keys of a record's own date or time: a record dated on its own is one of a series (a history, a device's readings). */
const DATE_KEY = /^(?:date|datetime|time|timestamp|collectedat|collected|collectiondate|effectivedatetime|effectivedate|sampledate|resultdate|testdate|reportdate|day|observedat|measuredat|takenat)$/;
/**
 * (fix38b) A word for urine, in the languages the record's names may be in: the text reader's (result-list.ts
 * URINE_WORDS: `urine`, `orina`, `urina`, `Harn`, `mocz`, `vizelet` …) and the scripts whose words have no `\b` around
 * them (Hebrew `שתן`, Arabic, Russian, Chinese).
 */
export const URINE_WORD = new RegExp(String.raw`\b${URINE_WORDS}\b|שתן|بول|мочи|моча|尿`, 'iu');
/** (fix38b) One letter a misprinted unit may be (`m` for a haematocrit's %), never a qualifier's or a count's letter (`D` direct, `T` total, `I` ionised, `K` thousands, a flag's letter). */
const MISPRINT_LETTER = /^[a-zA-Z]$/;
const QUALIFIER_LETTER = /^[dtikhlnpfcaurgbsx]$/i;

/**
 * A result value as a record holds it: a number, or a string of one — thousands or lakhs grouped with commas
 * (`"2,48,000"`, `"7,400"`), leading zeros (`"04"`), a comparator (`"<0.5"`). Null for anything else (words, prose).
 */
function recordValue(v: unknown, decimalComma = false): { value: number; text?: string; comparator?: RawRow['comparator']; stars?: 1 | 2 } | null {
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v } : null;
  if (typeof v !== 'string') return null;
  // (labs50fix) A laboratory's star after the value (`"83.4*"`, `"118 *"`): the printed flag, as `MCV 83.4* fl` on a
  // line reads (starredValue).
  const starred = starredValue(v);
  if (starred) {
    const r = recordValue(starred.number, decimalComma);
    // (readfix) How many stars: `**` is a mark of its own, a note on `*` says nothing of it (starNotes).
    return r ? { ...r, stars: starred.stars } : null;
  }
  let t = v.trim();
  // (labs40fix review) In a record that writes decimal commas (decimalCommaRecord) `"1,234"` is 1.234.
  if (decimalComma && AMBIGUOUS_GROUP.test(t)) t = t.replace(',', '.');
  else if (/^[<>≤≥]?=?\s*\d{1,3}(?:(?:,\d{2})*,\d{3}|(?:,\d{3})+)(?:\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  // (labs40fix) A decimal comma (`"0,88"`, `"14,5"`, `"0,125"`: a comma followed by other than three digits, or after
  // a zero): the decimal point of the languages that write one. `"1,234"` stays a thousands group, as above.
  else if (/^[<>≤≥]?=?\s*-?(?:0,\d+|\d+,(?:\d{1,2}|\d{4,}))$/.test(t)) t = t.replace(',', '.');
  if (!/^[<>≤≥]?=?\s*-?\d+(?:\.\d+)?$/.test(t)) return null;
  const p = parseValueToken(t.replace(/\s+/g, ''));
  if (!p) return null;
  return p.comparator ? { value: p.value, text: p.text, comparator: p.comparator } : { value: p.value };
}

/**
 * (labs50fix) A record's value without the star printed after it (`"83.4*"`, `"118 *"`, `"6.1**"`) and how many stars,
 * or null when none is: one or two stars after a number, nothing after them.
 */
function starredValue(v: string): { number: string; stars: 1 | 2 } | null {
  const m = /^(.*\d)\s*(\*{1,2})$/.exec(v.trim());
  return m ? { number: m[1]!, stars: m[2]!.length as 1 | 2 } : null;
}

/**
 * A record's result: a number (recordValue), or (labs48fix) an answer in words, `value` null and its `text`
 * (recordAnswer); (labs50fix) `stars`: one or two stars printed after the number, the printed flag.
 */
type RecordResult = { value: number | null; text?: string; comparator?: RawRow['comparator']; stars?: 1 | 2; span?: [number, number]; strip?: boolean; titre?: true };

/**
 * (labs51fix) A urine strip's answer in a word the strip prints that is no answer of presence, no colour and no clarity
 * (coding's isStripAnswer: `Normal` for a urobilinogen, `Nil`, `Small`, `Moderate`), beside a range printed as a word
 * too (`"Normal"`, `"Nil"`, `"Negative"`). recordRow reads it only for a name the catalog knows in urine under a urine
 * section (or a name that says urine); `"Normal"` beside `"70-99"` is a status, no result. (labsgap) The text reader's
 * stripWordAgainstWord asks it too, of a text line's words, under the same conditions.
 */
export function stripWordAnswer(text: string, range: unknown): boolean {
  if (typeof range !== 'string') return false;
  const word = (t: string) => /^\p{L}+(?: \p{L}+)?$/u.test(t);
  const r = range.trim();
  return word(text) && isStripAnswer(text) && !isAnswerInWords(text) && !isColourAnswer(text) && !isAspectAnswer(text)
    && word(r) && (isStripAnswer(r) || isAnswerInWords(r));
}

/**
 * (labsleft) A titre as a record holds it (`"1:160"`): a doubling dilution (reference-range.ts isTitreResult), the
 * answer as printed, as the text reader's titreRow reads `ANA: 1:160`. recordRow keeps it under a name the catalog
 * answers in words only, against a titre's range or none.
 */
function recordTitre(v: unknown): { value: null; text: string; titre: true } | null {
  return typeof v === 'string' && isTitreResult(v.trim()) ? { value: null, text: v.trim(), titre: true } : null;
}

/** (labs51fix) A strip's word (stripWordAnswer) that no other reading takes (a flag's word, `"Normal"`): `strip`. */
function recordStripWord(v: unknown, range: unknown): { value: null; text: string; strip: true } | null {
  return typeof v === 'string' && stripWordAnswer(v.trim(), range) ? { value: null, text: v.trim(), strip: true } : null;
}

/**
 * (labs48fix) A result in words as a record holds it: an answer of presence the text reader reads (`Negative`,
 * `Positive`, `Not detected`, Chinese `阴性`/`阳性`, Japanese `陰性`/`陽性`, Korean `음성`/`양성`: tokens.ts's
 * isAnswerInWords), trimmed. Null for anything else (prose, a blood group, a setting's words).
 */
function recordAnswer(v: unknown, range?: unknown, vouched = false): { value: null; text: string } | null {
  if (typeof v !== 'string') return null;
  const text = v.trim();
  // (robust2) A record the document vouches for as a result (a FHIR Observation's `valueString`, a CCR `Result`) may
  // answer in any qualitative word the text reader reads alone beside a name (`Non-reactive`, `Reactive`: tokens.ts
  // isQualitativeAnswer), without a range beside it; the test's kind is asked as for any answer (recordRow).
  return isAnswerInWords(text) || answerShaped(text, range) || (vouched && isQualitativeAnswer(text)) ? { value: null, text } : null;
}

/**
 * (readfix) A word beside a range that may be an answer of a colour's or a clarity's kind, whatever its range prints
 * (`"Cloudy"` against `"Clear"`, `"Agak Keruh"` against `"Jernih"`), as the text reader reads one: a few words of
 * letters only, never a status that says there is no result nor a flag word. recordRow keeps it only where it is an
 * answer of the test's own kind (answerOfKind), and flags it normal only where it is its range's word (expectedWord).
 */
function answerShaped(text: string, range: unknown): boolean {
  return typeof range === 'string' && /^\p{L}+(?:[ -]\p{L}+){0,2}$/u.test(text) && text.length <= 30 && !NO_RESULT_STATUS.test(text)
    && normalizeFlag(text) === null;
}

/**
 * (labs50fix) An answer in words that is the word its range prints (`"Kuning"` against `"Kuning"`, `"Clear"` against
 * `"Clear"`, `"Non Reaktif"` against `"Non Reaktif"`): the expected answer, whatever the word — a colour's, a
 * clarity's, a serology's. A few words of letters only, never a status that says there is no result nor a flag word.
 * Still only for a test the catalog answers in words (answersInWordsOf).
 */
function expectedWord(text: string, range: unknown): boolean {
  // (labs51fix) Or two colour answers of one base colour and lightness (tokens.ts sameColourShade): a shade of the
  // reference's colour (`"Lemon Yellow"` against `"Pale Yellow"`, `"Kuning muda"` against `"Kuning"`) is the colour
  // expected, as a clinician reads it; another base colour (`"Amber"` against `"Pale yellow"`) or a dark shade against a
  // plain or light reference (labs51fix2: `"Dark yellow"` against `"Yellow"`) is read without a flag.
  return answerShaped(text, range) && (canonicalQualitative(text) === canonicalQualitative(range as string) || sameColourShade(text, range as string));
}

/** (labs50fix review) The answers labs50fix added (`Negatif`, `Reaktif`, `Non Reaktif`): new records for the dated guard. */
const LABS50_ANSWER = /^(?:negatif|(?:non[ -]?)?reaktif)$/i;

/**
 * (labs50fix review) Whether a word is an answer of that kind (catalog.ts answerKind): a colour (`Yellow`, `Pale
 * yellow`, `Straw`, Indonesian `Kuning`, `Kuning muda`), a clarity (`Clear`, `Cloudy`: isAspectAnswer; Indonesian
 * `Jernih`, `Agak Keruh`), or a qualitative answer (`Negatif`, `Non Reaktif`, `Reactive`: isQualitativeAnswer without
 * the clarity words).
 */
function answerOfKind(text: string, kind: 'color' | 'aspect' | 'presence' | undefined): boolean {
  if (kind === 'color') return isColourAnswer(text);
  if (kind === 'aspect') return isAspectAnswer(text);
  if (kind === 'presence') return isQualitativeAnswer(text) && !isAspectAnswer(text);
  return false;
}

/**
 * (labs50fix review) The parts of a urinalysis as Indonesian and Malay laboratories name them: `Makroskopis`
 * (macroscopic), `Mikroskopis` (microscopic), `Fisik` (physical), `Sedimen`, and `Kimia` — the language's one word for
 * chemical and chemistry, a urinalysis's chemical part when nested in it (English `Chemistry` there is a panel's).
 * (labs51fix) And English `Gross Examination`, as Indian laboratories name the physical part (under a urine section only:
 * a histopathology's gross examination heads no urine).
 */
const URINE_PART = /^(?:(?:pemeriksaan )?(?:makroskopis|mikroskopis|fisik|kimia|sedimen)(?: urine| urin)?|gross(?: examination| exam)?)$/i;

/** (labs50fix review) Whether every item of a list is a record with the same keys as the first (one shape: a table's rows). */
function sameShape(list: unknown[]): boolean {
  const shape = (r: unknown) => (r !== null && typeof r === 'object' && !Array.isArray(r) ? Object.keys(r).sort().join('\u0000') : null);
  const first = shape(list[0]);
  return first !== null && list.every((r) => shape(r) === first);
}

/**
 * (labs51fix) A record that is a table's heading row, not a result: its name (a few words with a letter, no sentence's
 * end) and every other place of the record — its value, unit, range, flag, bounds, remark — empty or null (an OCR
 * service's section title, `{"test_name": "Microscopy", "result": "", "units": "", "range": "", "page": 1}`; a number
 * under a key none of those is, a page's or a row's index, is no cell). Undefined for any other record.
 */
function headingRecord(item: unknown, keysOf: (obj: Record<string, unknown>) => Keys): string | undefined {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return undefined;
  const obj = item as Record<string, unknown>;
  const keys = keysOf(obj);
  if (keys.value === undefined || keys.names.length !== 1) return undefined;
  const name = obj[keys.names[0]!.key];
  if (typeof name !== 'string' || !/\p{L}/u.test(name) || name.trim().length > 80 || /[.!?]\s*$/.test(name.trim())) return undefined;
  const cells = [keys.value, keys.unit, keys.range, keys.flag, keys.low, keys.high, keys.bareLow, keys.bareHigh, keys.comment];
  const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && !v.trim());
  return cells.every((k) => k === undefined || empty(obj[k])) && Object.entries(obj).every(([k, v]) => k === keys.names[0]!.key || typeof v !== 'string' || empty(v))
    ? name.replace(/\s+/g, ' ').trim() : undefined;
}

/** (labsreadfix) An answer's word where a bound goes: an answer of presence (isAnswerInWords) or a range's (`Non-reactive`). */
function answerWord(v: string): boolean {
  return isAnswerInWords(v) || parseReferenceRange(v).expected !== undefined;
}

/**
 * (labsreadfix) Whether the catalog answers a record's test in words: a qualitative test's, or a name that says urine
 * whose strip answers it (`Urine protein`, `尿蛋白`).
 */
export function answersInWordsOf(name: string, opts: JsonRecordOptions, inUrineSection = false): boolean {
  // (labs50fix) Under a urine section as under a name that says urine (`Nitrit`, `Protein` in a urinalysis).
  return Boolean(opts.answersInWords?.(name, true) || ((inUrineSection || URINE_WORD.test(name)) && opts.answersInUrine?.(name)));
}

/** (labs40fix review) A number with one comma before three digits (`"1,234"`): a thousands group or a decimal comma. */
const AMBIGUOUS_GROUP = /^[<>≤≥]?=?\s*-?\d{1,3},\d{3}$/;

/**
 * (labs40fix review) Whether a record writes decimal commas: its range has a number with one that is no thousands
 * group (`"0,70 - 1,20"`), or its keys are another language's (`risultato`, `unita`, `valori`).
 */
function decimalCommaRecord(obj: Record<string, unknown>, keys: Keys): boolean {
  if (keys.foreign) return true;
  const range = keys.range ? obj[keys.range] : undefined;
  return typeof range === 'string' && /(?<![\d,.])(?:0,\d+|\d+,(?:\d{1,2}|\d{4,}))(?![\d,])/.test(range);
}

/**
 * (labs40fix) A range string as a record holds it, its spaces collapsed. With HTML line breaks in it (`"30 - 70<br>No
 * protection < 35<br>…"`: the range, then a risk table's tiers) its first line is the range when it reads as bounds;
 * else the lines are one text.
 */
function rangeString(v: string): string {
  const lines = v.split(/<br\s*\/?>/i).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (lines.length > 1) {
    const first = parseReferenceRange(lines[0]);
    if (first.low !== undefined && first.high !== undefined) return lines[0]!;
  }
  return lines.join(' ');
}

/**
 * (labs50fix) A count printed as a span (`"1 - 2"`, `"3-5"`): its text and its two ends (flags' countSpan); null for
 * anything else. (labsleft) A star after its upper bound (`"1 - 2*"`) is the printed flag, as after a number
 * (starredValue): the span without it, and how many stars.
 */
function recordSpan(v: unknown): { value: null; text: string; span: [number, number]; stars?: 1 | 2 } | null {
  if (typeof v !== 'string') return null;
  const starred = starredValue(v);
  const text = starred ? starred.number.trim() : v.trim();
  const span = countSpan(text);
  return span ? { value: null, text, span, ...(starred ? { stars: starred.stars } : {}) } : null;
}

/**
 * (labs51fix) The names of a urine sediment's elements, which the catalog mostly lacks: epithelial, yeast or pus `cells`,
 * `crystals` (`Calcium oxalate monohydrate crystals`, `Uric acid crystals`) and `casts` (`Hyaline casts`, `RBC casts`),
 * the last word of the name, in English.
 */
const MICROSCOPY_ELEMENT = /\b(?:cells?|crystals?|casts?|bacteria|yeasts?|mucus(?: threads)?|spermatozoa|trichomonas)$|^(?:c[eé]lulas|cilindros|cristais|cristales|bact[eé]rias|leveduras|levaduras)\b/iu;

/** (labs51fix2) Whether records are under a urine examination's heading (true), a urine heading's name, or neither. */
type Examined = boolean | string;

/** (labs51fix2) Whether a heading holds every word of a name (`URINE MICROALBUMIN` of `Microalbumin`), folded. */
function namedBy(heading: string, name: string): boolean {
  const words = (t: string) => withoutMarks(t).toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const own = new Set(words(heading));
  const of = words(name);
  return of.length > 0 && of.every((w) => own.has(w));
}

/**
 * (labs51fix2) A heading of urine that names an examination of it (folded): an examination's or an analysis's word
 * (`Examination`, `Routine`, `R/E`, `Analysis`, `Complete`, `Microscopy`, `Sediment`, `Dipstick`, `Test`; Spanish and
 * Portuguese `Examen`/`Exame`, `Análisis`, `General`; Italian `Esame`; Indonesian `Pemeriksaan`, `Lengkap`, `Rutin`;
 * German `Status`, `Untersuchung`, `Befund`) or a word that is one (`Urinalysis`, `Urinalisa`, `Uroanálisis`,
 * `Urinstatus`, `Harnsediment`, `U/A`): what a laboratory prints over its results, not a stock list's or a
 * catalogue's title (`URINE LAB STOCK`).
 */
const URINE_EXAMINATION = /\b(?:exam\w*|esame|anal[iy][sz]\w*|routine|rutin\w*|r\s?\/\s?e|r\s?&\s?m|u\s?\/?\s?a|complete|completo|completa|lengkap|general|micros\w*|mikroskop\w*|sediment\w*|sedimen|dipstick|strip|sti[xc]ks?|status|untersuchung|befund|tests?|profile|pemeriksaan)\b|urinaly\w*|urinalisa|uri?o?anal[iy]\w*|(?:urin|harn)\w{0,30}?(?:status|sediment|untersuchung|befund|analyse|stix|streifen)/i;

/**
 * (labs51fix2) A culture of a specimen named as a test (`Urine Culture`, `Urine C/S`, `Culture & Sensitivity`, Spanish
 * `Urocultivo`, Portuguese `Urocultura`, Italian `Urinocoltura`, German `Urinkultur`, Indonesian `Kultur Urin`): a microbiology test ordered,
 * no section of a laboratory's tests.
 */
const CULTURE_TEST = /\b(?:cultures?|c\s?[/&]\s?s|(?:uro)?cultivo|(?:uro)?cultura|\w*coltura|\w*kultur|biakan)\b/i;

/** (labs51fix) A name as a result's is printed: one to six words, a letter first, no sentence's end, no colon (a label's). */
// (readfixA) Words are parted by a space only: a hyphen is a word's own character, so each character of a name is
// taken by one way only (a hyphen in the separator too backtracked over every split of a run of hyphens: 20 records
// named `A` and 78 hyphens and `!` took a minute).
const ELEMENT_NAME = /^\p{L}[\p{L}\p{M}\d()'\/.-]*(?: [\p{L}\p{M}\d()'\/.-]+){0,5}$/u;


/**
 * (exports) The bounds of a range written as an object (`{"low": 12, "high": 72}`, `{"min": 8}`, `{"lower": …,
 * "upper": …}`): its bound keys as a record's are read (LOW_KEY, HIGH_KEY, BARE_BOUND); undefined for anything else, or
 * an object with neither bound.
 */
function rangeBounds(v: unknown): { low?: number; high?: number } | undefined {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const obj = v as Record<string, unknown>;
  const keys = classify(obj);
  const lowKey = keys.low ?? keys.bareLow;
  const highKey = keys.high ?? keys.bareHigh;
  const low = lowKey ? bound(obj[lowKey]) : undefined;
  const high = highKey ? bound(obj[highKey]) : undefined;
  // (exports review) A lower bound above the upper (`{"min": 99, "max": 70}`) is no range.
  if (low !== undefined && high !== undefined && low > high) return undefined;
  return low === undefined && high === undefined ? undefined : { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
}

/** A bound as a record holds it: a number, or a string of one; null, an empty string or words are none. */
function bound(v: unknown): number | undefined {
  const r = recordValue(v);
  return r && !r.comparator && !r.stars ? r.value : undefined;
}

interface Keys {
  /** (labs40fix) `title`: a title-like key, a name only where the record has no name key. */
  names: { key: string; english: boolean; other: boolean; title?: boolean }[];
  value?: string;
  unit?: string;
  range?: string;
  low?: string;
  high?: string;
  flag?: string;
  /** (fix38b) The record's own date or time key. */
  date?: string;
  /**
   * (fix38b) Bare bounds (`min`, `max`, `lowerLimit`): no range on their own. (labs48fix) Kept apart, low and high, as
   * the range where the record has a place for the laboratory's flag (`flagPlace`).
   */
  bareLow?: string;
  bareHigh?: string;
  /**
   * (labs48fix) Whether the record has a place for the laboratory's judgment of its value: a flag or status key, or a
   * second result key beside the value's (`itemResult`, `Result`), empty or holding a flag (`""`, `↑`, `低`).
   */
  flagPlace?: boolean;
  /** (labs40fix review) Whether the value or the range key is another language's word (or a misspelt result word). */
  foreignValueOrRange?: boolean;
  /** (labs40fix review) Whether any of its name, value, unit or range keys is another language's word. */
  foreign?: boolean;
  /** (labs50fix) A remark's key (`comment`, `notes`, `keterangan`): the row's comment. */
  comment?: string;
  /** (labs50fix review) Whether a name, value, unit, range or flag key was read through the column headers' vocabulary. */
  viaHeader?: boolean;
  /** (recshape) Whether some of its roles were taken from the shape of its list's values (listShape). */
  shaped?: boolean;
}

function classify(obj: Record<string, unknown>): Keys {
  const keys: Keys = { names: [] };
  // (labs40fix review) The value key: an English one before another language's or a misspelt one (taken only where
  // the record has no English value key), and among them the first whose value is a number (`value: "95"` before
  // a `valore: "n.d."`); else the first, as before.
  // (labs50fix) `header`: a value key read through the column headers' vocabulary (headerKeys), taken last.
  const values: { english: string[]; foreign: string[]; misspelt: string[]; header: string[] } = { english: [], foreign: [], misspelt: [], header: [] };
  const headerKeys: Partial<Record<ColumnRole, string>> = {};
  for (const key of Object.keys(obj)) {
    const words = keyWords(key);
    const last = words.at(-1) ?? '';
    const english = words.length > 1 && ENGLISH.test(last);
    const other = words.length > 1 && OTHER_LANGUAGE.test(last);
    const core = (english || other ? words.slice(0, -1) : words).join('');
    // (labs40fix review) Another language's key words are one word each (`risultato`, `valore`): `resultAt` (result,
    // at: a time) joined is the French `resultat` and is no value key.
    const single = words.length === 1;
    if (NAME_KEY.test(core) || NAME_WORDS.test(core)) {
      keys.names.push({ key, english, other });
      if (!NAME_KEY.test(core)) keys.foreign = true;
    } else if (TITLE_WORDS.test(core)) keys.names.push({ key, english, other, title: true });
    else if (english || other) continue;
    else if (VALUE_KEY.test(core)) values.english.push(key);
    else if (single && VALUE_WORDS.test(core)) values.foreign.push(key);
    else if (UNIT_KEY.test(core) || UNIT_WORDS.test(core)) {
      keys.unit ??= key;
      if (!UNIT_KEY.test(core)) keys.foreign = true;
    } else if (RANGE_KEY.test(core) || RANGE_WORDS.test(core)) {
      if (!keys.range && !RANGE_KEY.test(core)) keys.foreignValueOrRange = keys.foreign = true;
      keys.range ??= key;
    } else if (single && misspeltValueKey(core)) values.foreign.push(key);
    else if (misspeltEnglishValueKey(words)) values.misspelt.push(key);
    else if (BARE_BOUND.test(core)) {
      if (BARE_LOW.test(core)) keys.bareLow ??= key;
      else keys.bareHigh ??= key;
    } else if (LOW_KEY.test(core)) keys.low ??= key;
    else if (HIGH_KEY.test(core)) keys.high ??= key;
    else if (FLAG_KEY.test(core)) keys.flag ??= key;
    else if (DATE_KEY.test(core)) keys.date ??= key;
    else {
      // (labs50fix) A key none of the above knows, read as a column header would be (table.ts headerRoleOfWords: `hasil`,
      // `satuan`, `nilai_rujukan`, `waarde`, `Referenzbereich` …): its role is taken below only where no key above
      // gave it, so a record read before reads as it did.
      const header = headerRoleOfWords(words.join(' '));
      if (header?.comment) keys.comment ??= key;
      else if (header && HEADER_KEY_ROLES.includes(header.role) && headerKeyTakes(header.role, words.join(' '))) headerKeys[header.role] ??= key;
    }
  }
  if (!keys.names.length && headerKeys.name) keys.names.push({ key: headerKeys.name, english: false, other: false });
  if (!values.english.length && !values.foreign.length && headerKeys.value) values.header.push(headerKeys.value);
  const before = [keys.unit, keys.range, keys.flag];
  keys.unit ??= headerKeys.unit;
  keys.range ??= headerKeys.range;
  keys.flag ??= headerKeys.flag;
  keys.viaHeader = keys.names.some((n) => n.key === headerKeys.name) || values.header.length > 0
    || [keys.unit, keys.range, keys.flag].some((k, i) => k !== before[i]);
  const candidates = values.english.length ? values.english : values.foreign.length ? values.foreign : values.header;
  // (labs48fix) Else the first holding an answer in words (`"itemValue": "阴性"` after an empty `"itemResult"`).
  keys.value = candidates.find((k) => recordValue(obj[k]) !== null) ?? candidates.find((k) => recordAnswer(obj[k]) !== null) ?? candidates[0];
  // (labs48fix) A misspelt English value key (`ReusltValue`) when none of the others holds a number or an answer (a
  // `Result` beside it holds the flag: `""`, `低`).
  const misspelt = values.misspelt.find((k) => readsAsResult(obj[k]));
  if (misspelt && (keys.value === undefined || !readsAsResult(obj[keys.value]))) keys.value = misspelt;
  // (labs50fix) Not a key read as a header: the headers' vocabulary is of languages that write decimal points too
  // (Indonesian records print `14.6`, `261,000`), so such a record's decimal comma is its range's (decimalCommaRecord).
  else if (keys.value && values.foreign.includes(keys.value)) keys.foreignValueOrRange = keys.foreign = true;
  // (labs48fix) A second result key beside the value's, empty or holding a flag (`"itemResult": "↑"`, `"Result": "低"`):
  // the laboratory's flag, where no flag key is.
  const judgment = [...values.english, ...values.misspelt].find((k) => k !== keys.value && flagOrEmpty(obj[k]));
  keys.flag ??= judgment;
  keys.flagPlace = keys.flag !== undefined && flagOrEmpty(obj[keys.flag]);
  return keys;
}

/**
 * (labs50fix review) The notes on a star a document holds: its strings that open with the mark (`*`, `**`, `(*)`),
 * an equals sign or a colon after it or not, then words (`* calculated value`, `* = NGSP certified`) — anywhere but
 * in a record's name (`*Glucose`: the name's own mark).
 */
function starNotes(data: unknown, keysOf: (obj: Record<string, unknown>) => Keys): { mark: '*' | '**'; text: string }[] {
  const notes: { mark: '*' | '**'; text: string }[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      // (readfix) Each note with its mark: `**` its own, `*` and `(*)` the one star.
      if (STAR_NOTE.test(v)) notes.push({ mark: /^\s*\*\*/.test(v) ? '**' : '*', text: v.trim() });
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const keys = keysOf(obj);
      const skip = new Set(keys.names.map((n) => n.key));
      // (readfix) Nor a record's value, flag, unit or range: another record's `"flag": "*H"` is its flag, no note.
      if (keys.value !== undefined) for (const k of [keys.value, keys.flag, keys.unit, keys.range]) if (k !== undefined) skip.add(k);
      for (const [k, child] of Object.entries(obj)) if (!skip.has(k)) walk(child);
    }
  };
  walk(data);
  return notes;
}
const STAR_NOTE = /^\s*(?:\*{1,2}|\(\*\))\s*(?:[=:–-]\s*)?(?=\p{L})/u;

/**
 * (labs50fix) The roles a key read as a column header may have in a record: its name, value, unit, range and flag.
 * Not a date (a record dated on its own is one of a series and reads nothing: a `data` or `fecha` key would make a
 * report's records none) nor a previous result.
 */
const HEADER_KEY_ROLES: readonly ColumnRole[] = ['name', 'value', 'unit', 'range', 'flag'];

/**
 * (labs50fix review) Whether a key's words, read as a column header (headerRoleOfWords), may take that role in a record.
 * A table's header row stands over a table of results, a record's key does not: a generic header word is no result's
 * key in a device's, a QC run's or an order's data. So the value only from a word that means the result or the value
 * in some language (HEADER_RESULT_WORD: `hasil`, `uitslag`, `resultado`, `patient result`) — never `patient` (a
 * patient's id), `current` (a pump's, a watch's reading), `values`, `in range`/`out of range` (a CGM's time in range),
 * `findings`; the name never from `description` (a QC level's, a metric's, prose); the range never from one bound's
 * header (`untere_grenze`, `also`, `dolna_granica`: a range of one bound, no flag — unread, as before).
 */
function headerKeyTakes(role: ColumnRole, words: string): boolean {
  if (role === 'value') return HEADER_RESULT_WORD.test(words);
  if (role === 'name') return !/^(?:test )?description$/.test(words);
  if (role === 'range') return !isBoundHeader(words);
  return true;
}
const HEADER_RESULT_WORD = new RegExp(String.raw`\b(?:result|value|uitslag|testuitslag|resultaat|waarde|ergebnis|wynik|risultato|resultado|resultados`
  + String.raw`|resultat|resultats|valeur|valor|eredmeny|ertek|vysledek|hodnota|rezultat|rezultate|hasil|keputusan)\b`);

/** (labs48fix) Whether a record's field is empty or a status word a flag reads (`""`, `null`, `↑`, `低`, `H`). */
function flagOrEmpty(v: unknown): boolean {
  return v === null || (typeof v === 'string' && (v.trim() === '' || statusFlag(v) !== undefined));
}

/** (labs48fix) Whether a record's field reads as its result: a number (recordValue) or an answer in words (recordAnswer). */
function readsAsResult(v: unknown): boolean {
  return recordValue(v) !== null || recordAnswer(v) !== null;
}

/** The record's name: an English one before one without a language, before another language's. */
function recordName(obj: Record<string, unknown>, keys: Keys): { key: string; name: string } | null {
  const usable = keys.names.filter((k) => typeof obj[k.key] === 'string' && /\p{L}/u.test(obj[k.key] as string) && (obj[k.key] as string).trim().length <= 80);
  // (labs40fix) A title only where no name key has a name; (labs40fix review) and only in a record whose value or range
  // key is another language's (`risulato`, `valori`: a referto's rows kept as a page's cards), its range a string with
  // a digit — `title` beside English keys is a chart's or a card's (`{ title: 'Glucose', value: '0', range: '0 - 300' }`).
  const range = keys.range ? obj[keys.range] : undefined;
  const titled = keys.foreignValueOrRange && typeof range === 'string' && /\d/.test(range);
  const named = usable.some((k) => !k.title) ? usable.filter((k) => !k.title) : titled ? usable : [];
  const pick = named.find((k) => k.english) ?? named.find((k) => !k.other) ?? named[0];
  return pick ? { key: pick.key, name: withoutMark((obj[pick.key] as string).replace(/\s+/g, ' ').trim()) } : null;
}

/**
 * (labs48fix) A record's name without the mark a laboratory sets before it (`*谷丙转氨酶`, `* Glucose`, `#Sodium`, `※`,
 * `★`: a test of a core panel, an accredited one): the mark is no part of the name.
 */
function withoutMark(name: string): string {
  return name.replace(/^[*#†‡§※★☆]+\s*(?=\p{L})/u, '');
}

/**
 * (recshape) A list's records read by the shape of their values, where the vocabulary of keys gives no name key or no
 * value key: each key's role (name, value, unit, range, two limits, flag, date) is taken from its column of values
 * across the list, as a table's columns are told by their cells. Only a list of three or more records of mostly one
 * shape (keys present in four of five records), not held under a key of settings or limits (LIMIT_WORDS), and only
 * where the list is a laboratory's results by its values:
 * - the name column is text, most of it names the catalog knows (half the records or more, three different names or
 *   more): a list of settings, products, people or days has none;
 * - the value column holds numbers, censored numbers (`<5`) or answers in words (isAnswerInWords), and no other column
 *   is one as well (an age beside a weight is two values: none is read); a row index (1, 2, 3 …) or an id key is none;
 * - two number columns low ≤ high on nine records of ten or more are the range's limits (the outer pair where three
 *   numbers stand in order); two number columns and no third are a catalogue of ranges without results: nothing;
 * - a unit column holds tokens the unit parser reads, a range column range-like text, a flag column flag words only;
 * - the list prints units, those the catalog measures the names in, on half the records of known names or more (a
 *   price list's `USD` is none, `mg` beside `Magnesium` is a dose), and the values lie within a tenth of the lower limit to ten times the upper one on two
 *   records of three or more (a price beside a delivery time, a dose beside a dose range are no result and its range).
 * - no key names a price (PRICE_WORD: `precioUSD`, `Preis`, `cena`) and no column holds currency codes (`USD`): a test
 *   menu prints names, units and ranges too.
 * Keys the vocabulary knows keep their roles; the record then reads as any other (recordRow: a range or a status word,
 * a unit the reader takes …). A name the catalog lacks in such a list is a row under its printed name (`?Name`) when
 * its value is a number printed with a unit or a range (recordRow's `shaped`).
 */
type ShapeKind = 'number' | 'censored' | 'answer' | 'unit' | 'range' | 'flag' | 'date' | 'text';
const DATE_VALUE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[ T]\d{1,2}:\d{2}.*)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}(?:\s+\d{1,2}:\d{2}.*)?|\d{1,2}:\d{2}(?::\d{2})?)$/;
const INDEX_KEY = /^(?:id|no|nr|num|number|idx|index|seq|sequence|row|rowid|page|order|pos|position|rank|code|sort|sortorder|line|item|itemno|orden|nummer|stt)$/;

function shapeKinds(v: unknown): Set<ShapeKind> {
  const kinds = new Set<ShapeKind>();
  if (typeof v === 'number') {
    if (Number.isFinite(v)) kinds.add('number');
    return kinds;
  }
  if (typeof v !== 'string') return kinds;
  const t = v.trim();
  if (DATE_VALUE.test(t)) {
    kinds.add('date');
    return kinds;
  }
  const value = recordValue(t);
  if (value) kinds.add(value.comparator ? 'censored' : 'number');
  if (!value && isAnswerInWords(t)) kinds.add('answer');
  if (!value && /[\p{L}µμ%/]/u.test(t) && isUnitToken(t) && toUcum(t) !== null) kinds.add('unit');
  if (/\d/.test(t) && (!value || value.comparator)) {
    const r = parseReferenceRange(rangeString(t));
    if (r.low !== undefined || r.high !== undefined) kinds.add('range');
  }
  if (!value && statusFlag(t) !== undefined) kinds.add('flag');
  if (!kinds.size && /\p{L}/u.test(t)) kinds.add('text');
  return kinds;
}

/** (recshape review) A key of statistics, settings or a catalogue's figures (NOT_RESULT_WORD), or a sort order of them. */
const notResultKey = (key: string) => {
  const words = keyWords(key);
  return words.some((w) => NOT_RESULT_WORD.test(w)) || (words.length > 0 && words.every((w) => NOT_RESULT_WORD.test(w) || NOT_RESULT_JOINED.test(w)) && words.some((w) => ORDER_WORD.test(w)));
};
/**
 * (recshape review) A key around a list that names statistics, settings or a catalogue (NOT_RESULT_HOLDER), or says a
 * word of NOT_RESULT_WORD but `n`, `level` and `count` (their plurals `counts`, `levels` do say it).
 */
const notResultHolder = (key: string) => keyWords(key).some((w) => NOT_RESULT_HOLDER.test(w) || (w !== 'n' && w !== 'level' && w !== 'count' && NOT_RESULT_WORD.test(w)));

function listShape(list: unknown[], keysOf: (obj: Record<string, unknown>) => Keys, opts: JsonRecordOptions, listKey?: string, holders: string[] = []): Map<object, Keys> | null {
  const objects = list.filter((r): r is Record<string, unknown> => r !== null && typeof r === 'object' && !Array.isArray(r));
  if (objects.length < 3 || objects.length < 0.8 * list.length) return null;
  if (listKey && LIMIT_WORDS.test(keyWords(listKey).join(' '))) return null;
  // (recshape review) Not under a key of statistics, settings or a catalogue, nor with a key of their words.
  if (holders.some(notResultHolder)) return null;
  if (objects.some((o) => Object.keys(o).some(notResultKey))) return null;
  const needing = objects.filter((o) => { const k = keysOf(o); return !k.names.length || k.value === undefined; });
  if (needing.length < objects.length / 2) return null;
  const empty = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && !v.trim());
  const counts = new Map<string, number>();
  for (const o of objects) for (const k of Object.keys(o)) counts.set(k, (counts.get(k) ?? 0) + 1);
  const common = [...counts].filter(([, n]) => n >= 0.8 * objects.length).map(([k]) => k);
  // The keys the vocabulary gives a role in most records keep it.
  const taken = new Set<string>();
  const vocab = (pick: (k: Keys) => (string | undefined)[]) => {
    const seen = new Map<string, number>();
    for (const o of objects) for (const key of pick(keysOf(o))) if (key !== undefined) seen.set(key, (seen.get(key) ?? 0) + 1);
    return [...seen].filter(([, n]) => n >= objects.length / 2).map(([k]) => k);
  };
  const vocabName = vocab((k) => k.names.filter((n) => !n.title).map((n) => n.key))[0];
  const vocabValue = vocab((k) => [k.value])[0];
  for (const key of vocab((k) => [...k.names.map((n) => n.key), k.value, k.unit, k.range, k.low, k.high, k.bareLow, k.bareHigh, k.flag, k.date, k.comment])) taken.add(key);
  if (common.some((k) => keyWords(k).some((w) => PRICE_WORD.test(w)))) return null;
  const free = common.filter((k) => !taken.has(k));
  // First the names, on the list's first records: no key of names the catalog knows, no shape read (a long list of a
  // device's or an app's figures is not looked at further).
  const knownName = (n: unknown) => typeof n === 'string' && /\p{L}/u.test(n) && n.length <= 80 && Boolean(opts.knows?.(n) || opts.knowsInUrine?.(n));
  const head = objects.slice(0, 12);
  if (!(vocabName ? [vocabName] : free).some((k) => head.filter((o) => knownName(o[k])).length >= head.length / 2)) return null;
  // Each free key's column: how many records hold each kind of value, and how many hold any.
  const column = new Map<string, { filled: number; kinds: Map<ShapeKind, number>; each: Set<ShapeKind>[] }>();
  for (const key of free) {
    const c = { filled: 0, kinds: new Map<ShapeKind, number>(), each: [] as Set<ShapeKind>[] };
    for (const o of objects) {
      if (empty(o[key])) continue;
      c.filled++;
      const kinds = shapeKinds(o[key]);
      c.each.push(kinds);
      for (const kind of kinds) c.kinds.set(kind, (c.kinds.get(kind) ?? 0) + 1);
    }
    column.set(key, c);
  }
  // The share of a column's filled places that hold one of these kinds.
  const share = (key: string, ...kinds: ShapeKind[]) => {
    const c = column.get(key)!;
    return c.filled ? c.each.filter((own) => kinds.some((k) => own.has(k))).length / c.filled : 0;
  };
  const filled = (key: string) => column.get(key)?.filled ?? 0;
  if (free.some((k) => filled(k) >= 2 && objects.every((o) => empty(o[k]) || (typeof o[k] === 'string' && CURRENCY.test((o[k] as string).trim()))))) return null;
  const used = new Set<string>();
  const nameScore = (key: string) => {
    const known = objects.filter((o) => knownName(o[key]));
    return { records: known.length, distinct: new Set(known.map((o) => (o[key] as string).trim().toLowerCase())).size };
  };
  // The name column: the vocabulary's, else the text column with the most names the catalog knows.
  let nameKey = vocabName;
  if (!nameKey) {
    const candidates = free.filter((k) => share(k, 'text') >= 0.8).map((k) => ({ k, s: nameScore(k) })).sort((a, b) => b.s.records - a.s.records);
    nameKey = candidates[0]?.k;
  }
  if (!nameKey) return null;
  const names = nameScore(nameKey);
  if (names.records < objects.length / 2 || names.distinct < 3) return null;
  used.add(nameKey);
  const numeric = (o: Record<string, unknown>, key: string): number | undefined => {
    const r = recordValue(o[key]);
    return r && !r.comparator ? r.value : undefined;
  };
  const isIndex = (key: string) => INDEX_KEY.test(keyWords(key).join('')) || (filled(key) === objects.length
    && objects.every((o, i) => i === 0 || numeric(o, key) === (numeric(objects[i - 1]!, key) ?? NaN) + 1) && Number.isInteger(numeric(objects[0]!, key)));
  const vocabBounds = vocab((k) => [k.range, k.low, k.high]).length > 0;
  // Two limit columns: number columns low ≤ high on nine records of ten.
  const numbers = free.filter((k) => !used.has(k) && !isIndex(k) && share(k, 'number') >= 0.8 && filled(k) >= objects.length / 2);
  let limits: [string, string] | undefined;
  // (At most six number columns are paired: a list of more is a device's or a table of figures, read by no pair.)
  if (!vocabBounds && numbers.length >= 2 && numbers.length <= 6) {
    let best = -1;
    for (const a of numbers) for (const b of numbers) {
      if (a === b) continue;
      const both = objects.filter((o) => numeric(o, a) !== undefined && numeric(o, b) !== undefined);
      const ordered = both.filter((o) => numeric(o, a)! <= numeric(o, b)!);
      if (both.length < 3 || ordered.length < 0.9 * both.length || !both.some((o) => numeric(o, a)! < numeric(o, b)!)) continue;
      // (recshape review) A range's low limit is on its high one's scale (0, or a twentieth of it or more) on every
      // record: an SD beside a target (3.1 and 95), a count beside a mean, is no range.
      if (!both.every((o) => numeric(o, a) === 0 || numeric(o, a)! >= numeric(o, b)! / 20)) continue;
      // The outer pair: the low column the least and the high column the greatest of the record's numbers.
      const score = both.filter((o) => {
        const all = numbers.map((k) => numeric(o, k)).filter((x): x is number => x !== undefined);
        return numeric(o, a) === Math.min(...all) && numeric(o, b) === Math.max(...all);
      }).length;
      if (score > best) [best, limits] = [score, [a, b]];
    }
  }
  if (limits) limits.forEach((k) => used.add(k));
  // The value column: the vocabulary's, else the one column of numbers, censored numbers or answers.
  let valueKey = vocabValue;
  if (!valueKey) {
    const candidates = free.filter((k) => !used.has(k) && !isIndex(k) && filled(k) >= objects.length / 2
      && share(k, 'number', 'censored', 'answer') >= 0.8 && (column.get(k)!.kinds.get('number') ?? 0) + (column.get(k)!.kinds.get('answer') ?? 0) > 0);
    if (candidates.length !== 1) return null;
    valueKey = candidates[0];
  }
  if (!valueKey) return null;
  used.add(valueKey);
  const pickColumn = (ok: (k: string) => boolean) => free.find((k) => !used.has(k) && filled(k) > 0 && ok(k));
  const vocabUnit = vocab((k) => [k.unit])[0];
  const unitKey = vocabUnit ?? pickColumn((k) => share(k, 'unit') >= 0.8);
  if (unitKey) used.add(unitKey);
  const rangeKey = vocabBounds || limits ? undefined : pickColumn((k) => share(k, 'range') >= 0.8 && filled(k) >= 2);
  if (rangeKey) used.add(rangeKey);
  const flagKey = vocab((k) => [k.flag]).length ? undefined : pickColumn((k) => share(k, 'flag') === 1);
  if (flagKey) used.add(flagKey);
  const dateKey = vocab((k) => [k.date]).length ? undefined : pickColumn((k) => share(k, 'date') >= 0.8);
  // (recshape review) No number column left without a role (neither value nor limits nor a row index or id): a
  // result's record rarely carries an unexplained number, a menu's, a QC run's or a statistic's does.
  const allKeys = [...counts.keys()];
  if (allKeys.some((k) => !taken.has(k) && !used.has(k) && k !== dateKey && !isIndex(k)
    && objects.filter((o) => !empty(o[k]) && shapeKinds(o[k]).has('number')).length >= 2)) return null;
  // The units the catalog measures the names in, printed on half the records of known names or more: a list without
  // units (a price list's `USD`, a delivery time) or in other units (a dose's `mg`) is none.
  if (!unitKey) return null;
  const printed = objects.filter((o) => knownName(o[nameKey!]) && typeof o[unitKey] === 'string' && toUcum((o[unitKey] as string).trim()) !== null);
  const measured = printed.filter((o) => opts.measuresIn?.(o[nameKey!] as string, (o[unitKey] as string).trim()));
  if (measured.length < printed.length / 2 || measured.length < names.records / 2) return null;
  // The values near their ranges.
  const boundsOf = (o: Record<string, unknown>): { low?: number; high?: number } => {
    if (limits) return { low: numeric(o, limits[0]), high: numeric(o, limits[1]) };
    if (rangeKey && typeof o[rangeKey] === 'string') {
      const r = parseReferenceRange(rangeString(o[rangeKey] as string));
      return { low: r.low, high: r.high };
    }
    // (recshape review) The range or limits the vocabulary reads (`rango`, `refLow`/`refHigh`): judged the same way.
    const own = keysOf(o);
    if (own.range !== undefined && typeof o[own.range] === 'string') {
      const r = parseReferenceRange(rangeString(o[own.range] as string));
      return { low: r.low, high: r.high };
    }
    const lowKey = own.low ?? own.bareLow;
    const highKey = own.high ?? own.bareHigh;
    if (lowKey !== undefined || highKey !== undefined) return { low: lowKey !== undefined ? numeric(o, lowKey) : undefined, high: highKey !== undefined ? numeric(o, highKey) : undefined };
    return {};
  };
  const ranged = objects.map((o) => ({ v: recordValue(o[valueKey!])?.value, b: boundsOf(o) })).filter((x) => x.v !== undefined && (x.b.low !== undefined || x.b.high !== undefined));
  // (recshape review) Between a third of the low limit and three times the high one, on three records of four or more.
  const near = ranged.filter(({ v, b }) => (b.low === undefined || b.low <= 0 || v! >= b.low / 3) && (b.high === undefined || b.high <= 0 || v! <= b.high * 3));
  if (ranged.length && near.length < 0.75 * ranged.length) return null;
  const shaped = new Map<object, Keys>();
  for (const o of needing) {
    const k: Keys = { ...keysOf(o), names: [...keysOf(o).names], shaped: true };
    if (!k.names.length && nameKey in o) k.names.push({ key: nameKey, english: false, other: false });
    if (k.value === undefined && valueKey in o) k.value = valueKey;
    if (unitKey && k.unit === undefined && unitKey in o) k.unit = unitKey;
    if (rangeKey && k.range === undefined && rangeKey in o) k.range = rangeKey;
    if (limits && k.low === undefined && k.high === undefined && k.range === undefined) [k.low, k.high] = limits;
    if (flagKey && k.flag === undefined && flagKey in o) k.flag = flagKey;
    if (dateKey && k.date === undefined && dateKey in o) k.date = dateKey;
    k.flagPlace = k.flag !== undefined && flagOrEmpty(o[k.flag]);
    shaped.set(o, k);
  }
  return shaped;
}

/**
 * (recshape) A table kept as arrays of cells without keys whose cells are not all strings (numbers as numbers, null
 * cells), which jsonTables does not take: each array of arrays of three or more rows made a list of records, its keys
 * the first row's cells where that row is a header (strings without a number, all different), else the cells'
 * places; the list is then read by the shape of its values (listShape), each row on the line of its first cell's
 * text. Null when the data holds no such table or no row is read.
 */
export function readJsonCellRows(text: string, opts: JsonRecordOptions, module: ModuleData | null): ParsedReport | null {
  if (!module) return null;
  const source = text.replace(/^\uFEFF/, '');
  const lineAt = lineOfOffset(source);
  const cell = (c: unknown) => c === null || typeof c === 'number' || typeof c === 'string';
  const isRow = (v: unknown): v is unknown[] => Array.isArray(v) && v.length >= 2 && v.every(cell) && v.some((c) => typeof c === 'string');
  const where = new Map<object, string>();
  let found = false;
  const convert = (v: unknown): unknown => {
    if (Array.isArray(v)) {
      if (v.length >= 3 && v.every(isRow)) {
        const rows = v as unknown[][];
        const head = rows[0]!;
        const header = head.every((c) => typeof c === 'string' && /\p{L}/u.test(c) && !/\d/.test(c)) && new Set(head).size === head.length;
        const keys = (n: number) => Array.from({ length: n }, (_, i) => (header && typeof head[i] === 'string' ? (head[i] as string) : `#${i + 1}`));
        const body = header ? rows.slice(1) : rows;
        if (body.length < 3) return v;
        found = true;
        const width = Math.max(...body.map((r) => r.length));
        return body.map((r) => {
          const obj: Record<string, unknown> = {};
          keys(width).forEach((k, i) => { obj[k] = typeof r[i] === 'string' ? tableCell(r[i] as string) : r[i] ?? null; });
          const first = r.find((c) => typeof c === 'string' && /\p{L}/u.test(c));
          if (typeof first === 'string') where.set(obj, first);
          return obj;
        });
      }
      return v.map(convert);
    }
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, c]) => [k, convert(c)]));
    return v;
  };
  const data = convert(module.data);
  if (!found) return null;
  let from = module.start;
  const place = (record: object, row: RawRow) => {
    const first = where.get(record);
    const at = first === undefined ? -1 : source.indexOf(JSON.stringify(first).slice(0, -1), from);
    if (at >= 0) from = at + 1;
    row.line = lineAt(at >= 0 ? at : from);
  };
  const read = readJsonRecords(source, { ...opts, records: { place, vouches: () => false } }, { data, start: module.start });
  return read?.rows.length ? read : null;
}

/** What the record reader asks the catalog: whether it knows a name, and in what unit it measures one. */
export interface JsonRecordOptions {
  knows?: (name: string) => boolean;
  measuresIn?: (name: string, unit: string) => boolean;
  /** (labs50fix review) The least count per microlitre of a name the catalog counts per volume (catalog.ts perMicrolitreFloor). */
  perMicrolitreFloor?: (name: string) => number | undefined;
  /** (labsreadfix) Whether the catalog answers a test in words (`inUrine`: its urine analyte's name too). */
  answersInWords?: (name: string, inUrine?: boolean) => boolean;
  /** (labsreadfix) Whether a urine analyte's strip answers it in words (`Urine protein`). */
  answersInUrine?: (name: string) => boolean;
  /** (labs50fix review) The kind of words a test answers in (catalog.ts answerKind). */
  answerKind?: (name: string, inUrine?: boolean) => 'color' | 'aspect' | 'presence' | undefined;
  /** (labs50fix) Whether the catalog knows a name in urine (under a urine section: `pH`, `Specific gravity`). */
  knowsInUrine?: (name: string) => boolean;
  /**
   * (labs50fix) The specimen a heading names (text-report.parser's headingSpecimen): a section's name over records
   * (`{"name": "URINALISA", "tests": [ … ]}`) says theirs; null for blood's, undefined for none.
   */
  headingSpecimen?: (text: string) => RawRow['specimen'] | null | undefined;
  /** (labs50fix review) Whether a heading names a part of a urine's examination (text-report.parser's partOfExamination). */
  partOfExamination?: (text: string) => boolean;
  /**
   * (labs48xml) Records that are no JSON of the text (an XML document's, made data by xml-records.ts): `place` gives
   * a row its line, date and code from its record (the text holds no `"key": "name"` to find it by), and a record the
   * document's shape `vouches` for as a laboratory result (a CCR `Result`, a C-CDA result observation) needs no range
   * or status word.
   */
  records?: { place: (record: object, row: RawRow) => void; vouches: (record: object) => boolean };
}

/**
 * (fix38b) Whether a unit the reader does not take is a misprint to leave out (the row without a unit) rather than a
 * unit of another scale (`mM`, `uM`, `mmo`, `gl`, `K`): one letter that is no qualifier's or count's letter, under an
 * analyte the catalog measures in %, fL or pg (`"m"` for a haematocrit), or a unit and a `%` together (`"pg %"`) under
 * one it measures in %, fL, pg or g/dL (whose old spelling is `g%`). Anything else: the record reads nothing.
 */
function misprintedUnit(name: string, unit: string, opts: JsonRecordOptions): boolean {
  const measures = (...units: string[]) => units.some((u) => opts.measuresIn?.(name, u));
  if (MISPRINT_LETTER.test(unit)) return !QUALIFIER_LETTER.test(unit) && measures('%', 'fL', 'pg');
  const parts = unit.split(/\s+/);
  return parts.length === 2 && parts[1] === '%' && isUnitToken(parts[0]!) && measures('%', 'fL', 'pg', 'g/dL');
}

/** (fix38b) Whether a record says it is of urine: a name in another language (`בדיקת לויקוציטים בשתן`) or a specimen key. */
function saysUrine(obj: Record<string, unknown>, keys: Keys): boolean {
  const texts = [...keys.names.map((k) => obj[k.key]), ...Object.entries(obj).filter(([k]) => /specimen|sample|material|source|fluid/i.test(k)).map(([, v]) => v)];
  return texts.some((t) => typeof t === 'string' && URINE_WORD.test(t));
}


/**
 * Where a record stands in the text: its name key followed by its name (`"test": "Haemoglobin"`, `test: 'Haemoglobin'`)
 * from `from` on, else anywhere in the data, else the key alone from `from` on, else `from` itself.
 */
function recordAt(text: string, key: string, name: string, from: number, start: number): number {
  const quoted = (s: string) => String.raw`(?:"${escapeRegExp(s)}"|'${escapeRegExp(s)}'|(?<![\w$])${escapeRegExp(s)}(?![\w$]))`;
  const pair = new RegExp(String.raw`${quoted(key)}\s*:\s*${quoted(name)}`, 'g');
  for (const at of [from, start]) {
    pair.lastIndex = at;
    const m = pair.exec(text);
    if (m) return m.index;
  }
  const keyAt = text.indexOf(key, from);
  return keyAt >= 0 ? keyAt : from;
}

/**
 * (labs46fix review) Words by which a script names laboratory results: `lab`/`labs`/`laboratory`/`labor` as a word or
 * a camel-case part (`labItem`, `LabResult`, `patientLabs`; not `label`), `results` (`db.results`, `testResults`) but
 * not `result` alone (a variable called `result` is any function's: `const result = flag({ … })` in a test), German
 * `Befund`, Serbian/Croatian `nalaz`, `rezultat`.
 */
const LAB_CONTEXT = /(?<![A-Za-z])(?:[Ll]ab(?:s|oratory|or)?|LABS?|[Rr]esults|RESULTS|[Bb]efund\w*|[Nn]alaz\w*|[Rr]ezultat\w*)(?![a-z])|(?<=[a-z])(?:Labs?|Results?)(?![a-z])/;

/**
 * Reads a text that is JSON or a JS data module as result records; null when it is neither, or holds no record.
 * (fix38b) A record is a row only under a name the catalog knows that is no vital sign, and with a reference range
 * (its text or its bounds) or a status word that says where the value stands: wearables' metrics, settings,
 * questionnaires, medication, supplement and nutrition lists, price lists and device readings are no results.
 */
export function readJsonRecords(text: string, opts: JsonRecordOptions, parsed: ModuleData | null): ParsedReport | null {
  const { knows } = opts;
  const source = text.replace(/^\uFEFF/, '');
  // (labs40fix) Data assigned inside a script (an IIFE, a controller) when the text is no data module as a whole.
  // (labs46fix) Or after other statements of a script (SCRIPT_STATEMENT: a seed script's `prisma.labResult.create(…)`).
  const module = parsed ?? (isScript(source) ? assignedData(source) : null);
  if (!module) return null;
  // (robust2) Data nested deeper than any report's is not walked (its walk would recurse as deep), with a warning.
  // (robust3) Only what lies that deep: the rest is read (a text of nothing else reads no records, as robust2 had it).
  if (deeperThan(module.data, MAX_DATA_DEPTH)) {
    const { data, cut } = belowDepth(module.data, MAX_DATA_DEPTH);
    const read = readJsonRecords(text, opts, { ...module, data });
    const warning: ParseWarning = { code: 'nested-too-deep', message: `${cut === 1 ? 'A part' : `${cut} parts`} of the data ${cut === 1 ? 'nests' : 'nest'} arrays or objects more than ${MAX_DATA_DEPTH} levels deep: ${cut === 1 ? 'it is' : 'they are'} skipped` };
    return read?.rows.length ? { ...read, warnings: [...read.warnings, warning] } : { layout: 'json-records', rows: [], warnings: [{ ...warning, message: `${warning.message}, and no records are read` }] };
  }
  const rows: RawRow[] = [];
  const warnings: ParseWarning[] = [];
  // (labs50fix review) Each row's own date, and whether only a labs50fix rule let its record in (recordRow's `novel`).
  const dated = new Map<RawRow, { date?: string; novel: boolean }>();
  // (readfix) The mark after each starred row's value: `*` or `**` (a note speaks for its own mark only).
  const starMarks = new Map<RawRow, '*' | '**'>();
  const lineAt = lineOfOffset(source);
  // Past where the last row's record was found: records are in document order, each found from there on.
  let from = module.start;
  // Each record's keys, classified once (an array's records are looked at before each is read: flaggedRecords).
  const classified = new WeakMap<object, Keys>();
  const keysOf = (obj: Record<string, unknown>): Keys => {
    let keys = classified.get(obj);
    if (!keys) classified.set(obj, (keys = classify(obj)));
    return keys;
  };
  // (labs50fix) How many records of an array print a range (a text with a digit or a word): results' neighbours,
  // among which a record with an empty range place is a result too (recordRow).
  const rangedRecords = (records: unknown[]): number => records.filter((r) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return false;
    const obj = r as Record<string, unknown>;
    const keys = keysOf(obj);
    const range = keys.value && keys.range ? obj[keys.range] : undefined;
    return typeof range === 'string' && /[\p{L}\d]/u.test(range);
  }).length;
  // (labs48fix review) Whether a flag word that says the value is off its range (`H`, `↓`, `偏高`, `Low`) stands in the
  // flag place of one record of an array, or of a lone record: that place is the laboratory's flag column, and its
  // records' bare limits (`lowerLimit`/`upperLimit`, `min`/`max`) are their reference range. An empty or null place,
  // or `normal` throughout, proves no column (a gauge's `status: null` or `"normal"` beside its axis, an assay's
  // measuring limits with `flag: null`, a chart's `result: ""`).
  const flaggedRecords = (records: unknown[]): boolean => records.some((r) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return false;
    const obj = r as Record<string, unknown>;
    const keys = keysOf(obj);
    return keys.flag !== undefined && typeof obj[keys.flag] === 'string' && OFF_RANGE.has(statusFlag(obj[keys.flag] as string) ?? '');
  });
  // (labs50fix) `specimen`: what the names of the sections around a record say (sectionSpecimen).
  // (labs50fix review) `listKey`: the key holding an array (`settings`, `goals`: no results' list, LIMIT_WORDS).
  // (labs51fix2) `examined`: whether the urine section a record is in is headed as an examination (examinedUnder), or
  // the heading's name where it names urine otherwise.
  // (labs51fix2) `urineResults`: how many records of the list a record is in are urine results (urineRecords).
  // (recshape review) The keys around the value visited, from the data's top (listShape's holders).
  const holders: string[] = [];
  const visit = (v: unknown, flagged?: boolean, specimen?: RawRow['specimen'], ranged = 0, listKey?: string, examined: Examined = false, urineResults = 0): void => {
    if (Array.isArray(v)) {
      // (recshape) Records whose keys the vocabulary does not read, their roles from their list's values (listShape).
      const fromShape = listShape(v, keysOf, opts, listKey, holders);
      if (fromShape) for (const [o, k] of fromShape) classified.set(o, k);
      const inArray = flaggedRecords(v);
      const listUrine = urineRecords(v);
      // (labs50fix review) Results' neighbours only in a list of records of one shape (the same keys), not held under a
      // key of settings, goals or limits (`settings`, `targets`, `alarms`): rule 5's empty range place.
      const shaped = sameShape(v);
      const withRanges = shaped && !(listKey && LIMIT_WORDS.test(keyWords(listKey).join(' '))) ? rangedRecords(v) : 0;
      // (labs51fix) In a list of records of one shape (a table's rows), a record whose only filled cell is its name
      // (`{"test_name": "URINE EXAMINATION ROUTINE", "result": "", "units": "", "range": ""}`, `Microscopy`) is a heading
      // of the records after it, as a heading line is of the lines after it: it says their specimen (sectionHeading).
      // (labs51fix2) A record of that shape under the name of a test (pendingTest: `Urine Culture`, `Protein` with its
      // cells empty) is that test's result not yet reported, no heading: it opens no section and ends none.
      let current = specimen;
      let examinedNow = examined;
      for (const item of v) {
        const heading = shaped ? headingRecord(item, keysOf) : undefined;
        if (heading !== undefined && pendingTest(heading, current)) {
          const next = pendingHeading(heading, current, specimen);
          if (next !== current) [current, examinedNow] = [next, examined];
        } else if (heading !== undefined) {
          current = sectionHeading(heading, current, specimen);
          examinedNow = examinedUnder(heading, current, examined);
        } else visit(item, inArray, current, withRanges, undefined, examinedNow, listUrine);
      }
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const obj = v as Record<string, unknown>;
    const keys = keysOf(obj);
    const named = keys.value ? recordName(obj, keys) : null;
    const value = keys.value ? recordValue(obj[keys.value], decimalCommaRecord(obj, keys)) ?? recordAnswer(obj[keys.value], keys.range ? obj[keys.range] : undefined, Boolean(opts.records?.vouches(obj)))
      ?? recordSpan(obj[keys.value]) ?? recordStripWord(obj[keys.value], keys.range ? obj[keys.range] : undefined) ?? recordTitre(obj[keys.value]) : null;
    const row = named && value ? recordRow(obj, keys, named, value, flagged ?? flaggedRecords([obj]), specimen, ranged, examined, urineResults) : null;
    if (row && named) {
      const at = opts.records ? from : recordAt(source, named.key, obj[named.key] as string, from, module.start);
      row.line = lineAt(at);
      from = at + 1;
      opts.records?.place(obj, row);
      if (row.warning) warnings.push({ ...row.warning, line: row.line });
      const novel = Boolean(row.novel || keys.viaHeader);
      delete row.warning;
      delete row.novel;
      const date = keys.date && obj[keys.date] !== null && obj[keys.date] !== undefined ? JSON.stringify(obj[keys.date]) : undefined;
      dated.set(row, { ...(date !== undefined ? { date } : {}), novel });
      rows.push(row);
    }
    // (labs50fix) A section's name says its records' specimen (`"name": "URINALISA"`), and so does the key holding them
    // (`"urinalysis": [ … ]`); a record's own name is no section's.
    const sectionName = keys.names.map((k) => obj[k.key]).find((n): n is string => typeof n === 'string');
    // (labs50fix review) A named group of tests of its own (a name, a list of tests) inside a urine section opens its own
    // section, as a Markdown heading of a panel under `# Urinalysis` does: it keeps the urine only where its name is a
    // part of the examination (partOfExamination: `Chemical`, `Microscopic`, `Results`; Indonesian URINE_PART) or
    // says urine itself; `Metabolic panel`, `Chemistry` read their own specimen (none said: blood's).
    const group = !row && !keys.value && sectionName !== undefined && Object.values(obj).some((c) => c !== null && typeof c === 'object');
    const around = group && specimen === 'urine' && !opts.partOfExamination?.(sectionName) && !URINE_PART.test(sectionName.trim()) ? undefined : specimen;
    const own = row || keys.value ? specimen : underHeading(sectionName, around);
    const ownExamined = row || keys.value ? examined : examinedUnder(sectionName, own, around === specimen ? examined : false);
    for (const [key, child] of Object.entries(obj)) {
      if (child === null || typeof child !== 'object') continue;
      const under = underHeading(key, own);
      holders.push(key);
      visit(child, undefined, under, 0, key, examinedUnder(key, under, ownExamined));
      holders.pop();
    }
  };
  // (labs51fix) A heading record's name (headingRecord) among records of one shape: the specimen it says
  // (headingSpecimen: `URINE EXAMINATION ROUTINE` urine, `Serum` none); one that names none keeps the urine of the
  // heading before it only where it is a part of the examination (partOfExamination: `Microscopy`, `Chemical
  // Examination`; URINE_PART: `Gross Examination`, `Mikroskopis`), as a named group of tests nested in a urine section
  // does (visit's `group`) — any other (`LIPID PROFILE`, a signature's `Consultant Pathologist`) gives the list's own
  // specimen (`outer`) back.
  // (labs51fix2) A heading of another specimen (namesOtherSpecimen: `STOOL EXAMINATION`, `SEMEN ANALYSIS`) heads a body
  // fluid's records (`fluid`, as a heading of CSF does: coding reads them by their LOINC only, `Pus cells 0-1 /hpf` is
  // no urine's white cells there).
  const sectionHeading = (name: string, current: RawRow['specimen'], outer: RawRow['specimen']): RawRow['specimen'] => {
    const said = opts.headingSpecimen?.(name);
    if (said === null) return undefined;
    if (said) return said;
    if (namesOtherSpecimen(withoutMarks(name))) return 'fluid';
    return current === 'urine' && (opts.partOfExamination?.(name) || URINE_PART.test(name.trim())) ? current : outer;
  };
  // (labs51fix2) A number that is a blood quantity whatever section it is under: a count in a blood count's unit (a
  // billion cells per litre or more: `10^3/uL`, `10*9/L`, `10*12/L`; units.ts isBloodCountUcum, as coding reads
  // `White cells 6.2 10*9/L`), or a name the catalog knows in blood whose urine test is a strip's pad answered in
  // words (answersInUrine: `Haemoglobin`, `Glucose`, `Protein`), in a unit the blood test is measured in, printed in
  // g/dL or with a range above zero — a pad's normal is absence, never a lower bound (`Glucose 92 mg/dL 70-99`, a
  // serum range; `Protein 7.0 g/dL 6.0-8.3`). `Glucose 100 mg/dL 0-15`, `Protein 30 mg/dL` stay the urine's.
  const bloodQuantity = (name: string, value: RecordResult, unit: string, range: unknown): boolean => {
    if (value.value === null) return false;
    const ucum = toUcum(unit);
    if (isBloodCountUcum(ucum)) return true;
    if (!unit || !knows?.(name) || !opts.answersInUrine?.(name) || !opts.measuresIn?.(name, unit)) return false;
    const low = typeof range === 'string' ? parseReferenceRange(rangeString(range)).low : undefined;
    return ucum === 'g/dL' || (low !== undefined && low > 0);
  };
  // (labs51fix2) Whether records under a heading (a heading record's name, a section's or a key's) are under a urine
  // examination's: their specimen the urine, the heading one that names urine as an examination (URINE_EXAMINATION:
  // `URINE ROUTINE EXAMINATION`, `Urinalysis`, `Urinsediment`; not `URINE LAB STOCK`) or a part of one (`Microscopy`,
  // `Mikroskopis`); a heading that says neither keeps what the records around it were under (`inherited`).
  // A heading of urine that names no examination is kept (a string) for the records whose name it holds (a title
  // `URINE MICROALBUMIN` over its `Microalbumin`: the test it names).
  const examinedUnder = (name: string | undefined, specimenNow: RawRow['specimen'], inherited: Examined): Examined => {
    if (specimenNow !== 'urine') return false;
    if (!name?.trim()) return inherited;
    if (opts.headingSpecimen?.(name) === 'urine') return URINE_EXAMINATION.test(withoutMarks(name)) || name;
    return opts.partOfExamination?.(name) || URINE_PART.test(name.trim()) ? true : inherited;
  };
  // (labs51fix2) How many records of a list are urine results: a count per microscope field of a name the catalog
  // knows in urine (`Pus cells 2-4 /hpf`, `Leukosit 1-2 LPB`), or a name it knows in urine only (`Ketones`, `Nitrite`).
  const urineRecords = (records: unknown[]): number => records.filter((r) => {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) return false;
    const obj = r as Record<string, unknown>;
    const keys = keysOf(obj);
    if (!keys.value || obj[keys.value] === null || obj[keys.value] === undefined || obj[keys.value] === '') return false;
    const name = keys.names.map((k) => obj[k.key]).find((n): n is string => typeof n === 'string');
    if (!name || !opts.knowsInUrine?.(name)) return false;
    const unit = keys.unit && typeof obj[keys.unit] === 'string' ? (obj[keys.unit] as string).trim() : '';
    return isPerFieldUnit(unit) || !knows?.(name);
  }).length;
  // (labs51fix2) A heading record's name that names a test, not a section: one the catalog knows (`Protein`, `Glucose`,
  // `Blood Sugar`; under urine one it knows in urine, `Ketones`) or a culture of a specimen (CULTURE_TEST: `Urine
  // Culture`, `Urocultivo`), as a result's row listed with its cells empty (a test ordered, not yet reported).
  const pendingTest = (name: string, current: RawRow['specimen']): boolean =>
    Boolean(knows?.(name) || (current === 'urine' && opts.knowsInUrine?.(name)) || CULTURE_TEST.test(name));
  // (labs51fix2) A pending test's record keeps the records after it in the section they are in (`Protein` pending in a
  // urine section, `Urine Culture` pending over a haemogram: neither opens a urine section) unless it names another
  // specimen than theirs (`Blood Sugar`, `Blood Culture` after urine rows): then the section ended with it.
  // (readfixA) A pending test naming another specimen than urine and blood (namesOtherSpecimen: `Stool Culture`,
  // `Sputum C/S`) ends a urine section as `Blood Culture` does: `Occult Blood Negative` after it is no urine's blood.
  const pendingHeading = (name: string, current: RawRow['specimen'], outer: RawRow['specimen']): RawRow['specimen'] => {
    const heading = opts.headingSpecimen?.(name);
    const said = heading === undefined && current === 'urine' && namesOtherSpecimen(withoutMarks(name)) ? 'fluid' : heading;
    return said === undefined || said === current || current === undefined ? current : outer;
  };
  // (labs50fix) The specimen under a section's name: the one it says (headingSpecimen), none under a heading of blood,
  // else the enclosing section's (a part of a urinalysis, `MIKROSKOPIS`, `Chemical`, `tests`, stays urine).
  const underHeading = (name: string | undefined, around: RawRow['specimen']): RawRow['specimen'] => {
    const said = name?.trim() && opts.headingSpecimen ? opts.headingSpecimen(name) : undefined;
    // (labs51fix2) And a body fluid's under a name of another specimen (namesOtherSpecimen: `"stool": [ … ]`).
    if (said === undefined && name?.trim() && namesOtherSpecimen(withoutMarks(name))) return 'fluid';
    return said === null ? undefined : said ?? around;
  };
  // One record as a row, or null (fix38b: the conditions above). `flagged`: whether its array has a flag column
  // (flaggedRecords).
  // (labs50fix) `ranged`: how many records of its array print a range (rangedRecords).
  const recordRow = (obj: Record<string, unknown>, keys: Keys, named: { key: string; name: string }, value: RecordResult, flagged: boolean,
    specimen?: RawRow['specimen'], ranged = 0, examined: Examined = false, urineResults = 0): (RawRow & { warning?: Omit<ParseWarning, 'line'>; novel?: boolean }) | null => {
    let name = named.name;
    const printedUnit = keys.unit && typeof obj[keys.unit] === 'string' ? (obj[keys.unit] as string).trim() : '';
    // (labs51fix2) A section's urine (a title record's, a key's) says nothing of a record that is a blood quantity
    // (bloodQuantity: `Haemoglobin 13.5 g/dL 13-17`, `WBC 7.2 10^3/uL` under a title `Urine Culture`): it is read as
    // printed, as a record under no section.
    if (specimen === 'urine' && bloodQuantity(name, value, printedUnit, keys.range ? obj[keys.range] : undefined)) specimen = undefined;
    // (labs50fix) Under a urine section a name the catalog knows in urine is known (`Berat Jenis`, `pH`), as under a
    // urine heading of printed lines (text-report.parser's knowingIn).
    const inUrineSection = specimen === 'urine';
    // (labs51fix) So is a name the catalog knows in urine with a count per microscope field (`"Pus cells"` with
    // `"/hpf"`, the Indian name of the urine's white cells), as the text line `Pus cells 0.40 /hpf 0.0 - 5.0` reads with
    // no heading: the unit is the microscopy's; the specimen is left to the coding, as the line's is.
    // (labs51fix2) Not under a heading of another specimen (`fluid`): a stool's or a semen's `Pus cells 2-4 /hpf`.
    const perFieldCount = isPerFieldUnit(printedUnit) && specimen !== 'fluid';
    if (namesNoResult(name, keys.range !== undefined && String(obj[keys.range] ?? '').trim() !== '')) return null;
    // (labs51fix) A name the catalog lacks is a result of the urine's microscopy or strip — kept as printed, `?Hyaline
    // casts`, as its text line reads — where the record says it is one; else it may be a setting's, a metric's, a
    // device's or a stock list's (fix38b's guard: `{"name": "timeout", "value": "30", "unit": "s"}`) and reads nothing.
    // (labs51fix2) What says so: a urine section headed as an examination (examinedUnder: `URINE ROUTINE EXAMINATION`,
    // `Microscopy` in it — not `URINE LAB STOCK`), or a count per microscope field among other urine results of its list
    // (urineRecords: `Pus cells 2-4 /hpf` beside it) or under a name of the sediment's elements (MICROSCOPY_ELEMENT:
    // `Hyaline casts 0-1 /lpf`). The name's last word alone (`Solar cells`, `Swarovski crystals`, `Screen casts`) is
    // none, nor a per-field unit alone (a camera's `Field count 10 /hpf`). The record still needs a range, a status word
    // or its list's ranged neighbours, and an answer in words its range's answer of presence (`Ascorbic Acid`
    // `Negative` against `Negative`), as below.
    const known = Boolean(knows?.(name) || ((inUrineSection || perFieldCount) && opts.knowsInUrine?.(name)));
    // (A name the catalog knows in urine, `Pus cells`, only as above: by its section or its unit, not by its last word.)
    const examination = inUrineSection && (examined === true || (typeof examined === 'string' && namedBy(examined, name)));
    const microscopy = !known && ELEMENT_NAME.test(name) && (examination || (perFieldCount && (urineResults > 0 || MICROSCOPY_ELEMENT.test(name))));
    // (recshape) A name the catalog lacks in a list read by its values' shape (listShape: most of its names are known),
    // with a number and a unit or a range of its own: a result under its printed name (`?Cholinesterase`), as a text
    // line's.
    const boundKeysOf = [keys.low, keys.high].filter((k): k is string => k !== undefined);
    const shapedUnknown = !known && !microscopy && Boolean(keys.shaped) && value.value !== null && !value.span && ELEMENT_NAME.test(name)
      && (printedUnit !== '' || (keys.range !== undefined && typeof obj[keys.range] === 'string' && /\d/.test(obj[keys.range] as string))
        || boundKeysOf.some((k) => bound(obj[k]) !== undefined));
    if (!known && !microscopy && !shapedUnknown) return null;
    const status = keys.flag && typeof obj[keys.flag] === 'string' ? (obj[keys.flag] as string).trim() : '';
    if (status && NO_RESULT_STATUS.test(status)) return null;
    // A name the record says is of urine (`Leucocytes`, its Hebrew name leukocytes in urine): the urine analyte's, or no row.
    if (saysUrine(obj, keys) && !URINE_WORD.test(name)) {
      if (!knows?.(`${name} in urine`)) return null;
      name = `${name} in urine`;
    }
    // (labs48fix) An answer in words (`"itemValue": "阴性"`, `value` null): its text, under the same conditions as a
    // number's. (labs48fix review) A qualitative test's range is a word (`"Negative"`): an answer beside a range of
    // numbers (`"136-145"`), a bound in numbers or a unit of a quantity (`g/dL`) is no answer of that test — no row.
    // (labs50fix) A count per microscope field printed as a span (`"1 - 2"` with `"/HPF"`, `"LPB"`): kept as printed, as
    // the text reader keeps `4-6/HPF`, only with a per-field unit.
    // (readfixA) The span's unit is asked, not the urine's (perFieldCount): a stool's or a semen's `RBC 0-1 /hpf` under
    // its heading is the fluid's result as its `RBC 3 /hpf` is (perFieldCount only chooses the urine's names).
    if (value.span && !isPerFieldUnit(printedUnit)) return null;
    const answer = value.value === null && !value.span;
    // (labsreadfix) And only a test the catalog answers in words (`"Positive"` under `Creatinine` is no result of it).
    // (labs51fix) A strip's word (recordStripWord: `"Normal"` against `"Normal"`) only under a urine section or a name
    // that says urine, for a name the catalog knows in urine (`Urobilinogen`), as a Markdown row under a urine heading reads it.
    // A value recordStripWord read (`strip`) has had stripWordAnswer's yes already; only another word answer is asked.
    const stripWord = value.value === null && !value.span && (value.strip === true || stripWordAnswer(value.text!, keys.range ? obj[keys.range] : undefined))
      && (inUrineSection || URINE_WORD.test(name)) && Boolean(opts.knowsInUrine?.(name));
    if (value.strip && !stripWord) return null;
    // (labs51fix) An unknown name's answer: an answer of presence against its range's (`Negative` against `Negative`),
    // under a urine section only (labs51fix2: one headed as an examination).
    const unknownAnswer = microscopy && answer && examination && isAnswerInWords(value.text!) && typeof obj[keys.range ?? ''] === 'string'
      && parseReferenceRange(obj[keys.range!] as string).expected !== undefined;
    if (microscopy && answer && !unknownAnswer) return null;
    if (answer && !stripWord && !unknownAnswer && !answersInWordsOf(name, opts, inUrineSection)) return null;
    // (labs50fix review) A word taken as its range's (expectedWord) only where it is an answer that test has: a colour
    // word for a urine's colour, a clarity word for its clarity, the answer vocabulary of presence or reactivity for
    // the others — never a status, a specimen's or a comment's words (`See comment`, `Hemolyzed`, `Refer to report`)
    // nor another kind's (`Yellow` for a urine glucose, `Cloudy` for a urine protein).
    if (answer && !stripWord && !value.titre && !isAnswerInWords(value.text!) && !answerOfKind(value.text!, opts.answerKind?.(name, inUrineSection || URINE_WORD.test(name)))) return null;
    // (labsleft) A titre (recordTitre) against a range only of a titre after a comparison (`"<1:80"`), as on a line.
    if (value.titre && keys.range && typeof obj[keys.range] === 'string' && (obj[keys.range] as string).trim() && !isTitreRangeOfResult((obj[keys.range] as string).trim())) return null;
    const row: RawRow & { warning?: Omit<ParseWarning, 'line'>; novel?: boolean } = value.value === null ? { name, value: null, valueText: value.text, line: 0 } : { name, value: value.value, line: 0 };
    // (labs50fix review) Whether only a labs50fix rule lets the record in (the dated records' guard counts the dates of
    // the others, as before): a name known under a urine section only, a star, a span, a count's bare volume, an
    // answer that is its range's word or printed with a unit, or (below) a result with an empty range place.
    let novel = Boolean(value.stars || value.span || microscopy || keys.shaped || ((inUrineSection || perFieldCount) && !knows?.(name)) || (answer && (!isAnswerInWords(value.text!) || printedUnit
      || LABS50_ANSWER.test(value.text!) || !answersInWordsOf(name, opts))));
    if (value.comparator) {
      row.comparator = value.comparator;
      row.valueText = value.text;
    }
    // (labs50fix) A count's bare volume (`"uL"` beside platelets) is per that volume (perBareVolume); not for an answer in words.
    const range = keys.range && typeof obj[keys.range] === 'string' ? rangeString(obj[keys.range] as string) : '';
    const parsedRange = range ? parseReferenceRange(range) : null;
    const unit = (!answer && perBareVolume(printedUnit, name, opts, value.value, [parsedRange?.low, parsedRange?.high].filter((b): b is number => b !== undefined)))
      || printedUnit;
    if (unit !== printedUnit) novel = true;
    if (unit && isPerFieldUnit(unit)) {
      // (labs50fix) A per-field unit (`/HPF`, `LPB`, `LPK`): a microscopy count's, with a number, a span or a word
      // (`"Negatif"` per field, kept as batch 49's `None seen /lpf`).
      row.unit = unit;
    } else if (unit && answer) {
      // (labs50fix) A unit printed beside an answer in words (`"Negatif"` with `"mg/dL"`, a strip pad's scale) is no part
      // of it: the answer without unit (the test is one the catalog answers in words, checked above).
    } else if (unit) {
      // A misprinted unit (`"m"` for a haematocrit, `"pg %"` for an MCHC): the row without it, as the text reader reads
      // one (`unreadUnit`); a unit the reader does not take that may be another scale's (`mM`, `gl`, `K`): no row.
      if (!isUnitToken(unit) || toUcum(unit) === null) {
        if (!misprintedUnit(name, unit, opts)) return null;
        row.unreadUnit = unit;
      } else row.unit = unit;
    }
    let bounds: { low?: number; high?: number } = {};
    if (parsedRange) {
      row.rangeText = range;
      const r = parsedRange;
      bounds = { ...(r.low !== undefined ? { low: r.low } : {}), ...(r.high !== undefined ? { high: r.high } : {}) };
    } else {
      // (labs48fix) Bare bounds (`lowerLimit`/`upperLimit`, `min`/`max`) are the range only in a record with a place for
      // the laboratory's flag (a LIS's `itemResult`): an assay's measuring limits or a gauge's axis come with none.
      // (labs48fix review) And only where a flag word off the range stands in that place in one of its array's records
      // (`flagged`): an empty or null place is no flag column.
      const [lowKey, highKey] = keys.low || keys.high || !keys.flagPlace || !flagged ? [keys.low, keys.high] : [keys.bareLow, keys.bareHigh];
      // (exports) A range written as an object of its bounds under the range's key (`"range": {"low": 12, "high":
      // 72}`, `{"min": 8}`, an app's export): its bounds are the range, whatever the record's flag place says.
      const inner = keys.range ? rangeBounds(obj[keys.range]) : undefined;
      const low = inner ? inner.low : lowKey ? bound(obj[lowKey]) : undefined;
      const high = inner ? inner.high : highKey ? bound(obj[highKey]) : undefined;
      if (low !== undefined || high !== undefined) {
        bounds = { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
        row.range = bounds;
        row.boundsWithoutText = true;
      }
    }
    const boundKeys = [keys.low, keys.high, keys.bareLow, keys.bareHigh].filter((k): k is string => k !== undefined);
    if (answer && (bounds.low !== undefined || bounds.high !== undefined || boundKeys.some((k) => bound(obj[k]) !== undefined))) return null;
    // (labs50fix) A star after the value is the printed flag where the record has no status word: abnormal, whatever
    // the range says (printed flags first, as on a line).
    const starFlag = !status && value.stars ? '*' : undefined;
    if (starFlag) starMarks.set(row, value.stars === 2 ? '**' : '*');
    const statusWordFlag = status ? statusFlag(status) : undefined;
    const flag = statusWordFlag ?? (starFlag ? normalizeFlag(starFlag) ?? undefined : undefined);
    // A range (its text or its bounds) or a status word; for an answer also its range word where a bound goes
    // (`"lowerLimit": "阴性"`: a place, though no range is read from it). An empty or null place is none.
    // (labsreadfix) An answer's word only (`"阴性"`, `"Negative"`, `"Non-reactive"`): `"none"`, `"N/A"` are no place.
    const wordBound = answer && boundKeys.some((k) => typeof obj[k] === 'string' && answerWord((obj[k] as string).trim()));
    // (labs50fix) A star alone says no place: a record needs its range or status word as before — or is a number in a
    // unit the reader takes, with its range's place left empty, among two or more records of its array that print
    // one (a lipid panel's triglycerides whose reference is a remark's tiers): a result with no range, no flag.
    const emptyRangePlace = keys.range !== undefined && (obj[keys.range] === null || (typeof obj[keys.range] === 'string' && !(obj[keys.range] as string).trim()));
    // (labs50fix review) And no word of the record's own (a status, a comment) says it is a limit, a target or a setting.
    const amongResults = !answer && !value.span && row.unit !== undefined && emptyRangePlace && ranged >= 2
      && !Object.entries(obj).some(([k, v]) => k !== named.key && typeof v === 'string' && LIMIT_WORDS.test(v));
    if (!range && !row.range && !statusWordFlag && !wordBound && !amongResults && !opts.records?.vouches(obj)) return null;
    if (!range && !row.range && !statusWordFlag && !wordBound && !opts.records?.vouches(obj)) novel = true;
    if (novel) row.novel = true;
    // (labs40fix review) `"1,234"` in a record that writes no decimal comma, under bounds all below 100 (a creatinine's
    // 0.7–1.2): a thousand and some, or 1.234? No row rather than a thousands reading.
    const b = [bounds.low, bounds.high].filter((x): x is number => x !== undefined);
    if (typeof obj[keys.value!] === 'string' && AMBIGUOUS_GROUP.test((obj[keys.value!] as string).trim()) && !decimalCommaRecord(obj, keys)
      && b.length && b.every((x) => x < 100)) return null;
    if (flag) {
      // A status that the bounds contradict (`"Fine"` of a value below its lower bound): the bounds' flag, with a warning.
      const fromBounds = value.comparator || value.value === null ? null : flagFromRange(value.value, undefined, undefined, bounds);
      const side = flagSide(flag);
      // (statuswords) A status phrase that names no side (`Out of range`, `Outside reference range`: flags.ts
      // isStatusPhrase) beside bounds: the bounds give the side, as on a text line (flags.ts phraseGivesWay); within
      // them, it disagrees with them. `Abnormal`, `A`, `*` stay the record's flag.
      const noSide = side === 'abnormal' && fromBounds !== null && isStatusPhrase(status);
      if (fromBounds && (((side === 'low' || side === 'high' || side === 'normal') && side !== fromBounds) || (noSide && fromBounds === 'normal'))) {
        row.warning = { code: 'flag-contradicts-range', message: `The status "${status}" of "${name}" disagrees with its range: the flag is computed from the range`, text: status };
      } else if (!noSide) {
        row.normalizedFlag = flag;
        row.flag = status || starFlag;
      }
    }
    // (labs50fix) A remark beside the result (`keterangan`, `comment`: a risk table's tiers) is the row's comment, never
    // its range.
    const remark = keys.comment && typeof obj[keys.comment] === 'string' ? (obj[keys.comment] as string).trim() : '';
    if (remark) appendComment(row, remark);
    if (specimen) row.specimen = specimen;
    // (labs50fix) An answer that is the word its range prints (expectedWord: `"Kuning"` against `"Kuning"`), where the
    // range reads as no answer of presence (`expected`, from which coding flags): normal, as printed.
    if (answer && !row.normalizedFlag && parsedRange && parsedRange.expected === undefined && expectedWord(value.text!, range)) row.normalizedFlag = 'normal';
    // (labs51fix) A strip's word that is its range's word (`"Normal"` against `"Normal"`): normal, as printed; another
    // (`"Small"` against `"Nil"`) without a flag.
    if (stripWord && !row.normalizedFlag && value.text!.toLowerCase() === range.trim().toLowerCase()) row.normalizedFlag = 'normal';
    // (labs50fix) A span against its bounds is flagged by coding (countSpan, spanFlag), as every reader's per-field span.
    return row;
  };
  visit(module.data);
  if (!rows.length) return null;
  // (labs50fix review) A star that a note of the document defines as something else (`"note": "* calculated value"`,
  // `"legend": "* Test not accredited"`, `"* = NGSP certified"`) flags nothing, as a footnote under starred lines
  // (noteSaysStarFlags, the text reader's own test): the row's flag is its range's. A note saying the star is a flag
  // (`* Abnormal result`), or none, keeps it.
  // (readfix) A note speaks for its own mark only (`** Test not accredited` says nothing of `*`): a row's star is a flag
  // when a note on its mark says so, or when no note is on its mark; notes on it all of something else take it away.
  const starred = rows.filter((r) => r.flag === '*');
  if (starred.length) {
    const notes = starNotes(module.data, keysOf);
    for (const r of starred) {
      const own = notes.filter((n) => n.mark === (starMarks.get(r) ?? '*'));
      if (own.length && !own.some((n) => noteSaysStarFlags(n.text))) {
        delete r.flag;
        delete r.normalizedFlag;
      }
    }
  }
  // (labs46fix review) One record read from a script's code (not a data module): a report has more than one result,
  // and a lone record in code is mostly an example, a fixture, a chart's threshold or a default (`annotations: [ … ]`,
  // `it.each([ … ])`, `expect(flag({ … }))`, `state = { items: [ … ] }`). It is read only when the script names what
  // it holds as a laboratory's results (LAB_CONTEXT: `labs`, `labItem`, `LabResult`, `results`, `Befund`, `nalaz`).
  if (!parsed && rows.length === 1 && !LAB_CONTEXT.test(source)) return null;
  // Records dated each on its own, on more than one date (a history, a device's readings): no row takes the upload's
  // date, and none is read.
  // (labs50fix review) The dates are those of the records read before labs50fix's rules, as before; a record only those
  // rules let in (`novel`: a star, a span, an empty range …) is read when it carries their one date or none, and
  // left out when it carries another (an older result of a history: the report of one date still reads as before).
  // Where only such records are read, their dates are counted.
  // (readfix) Only where no record the earlier rules read is read at all: where they are read undated, their date is
  // none, and a novel record is read only when it carries none either (a dated one beside undated results is left out,
  // not counted: the undated rows read as before labs50fix).
  const datesOf = (novel: boolean) => new Set([...dated.values()].filter((d) => d.novel === novel && d.date !== undefined).map((d) => d.date!));
  const anyEarlier = [...dated.values()].some((d) => !d.novel);
  const dates = anyEarlier ? datesOf(false) : datesOf(true);
  if (dates.size > 1) {
    return { layout: 'json-records', rows: [], warnings: [{ code: 'records-on-several-dates', message: 'The records carry different dates of their own: none is read' }] };
  }
  const kept = rows.filter((r) => { const d = dated.get(r); return !d?.novel || d.date === undefined || dates.has(d.date); });
  return { layout: 'json-records', rows: kept, warnings };
}

/**
 * (labs41fix) A table kept as JSON rows of string cells, no keys — an OCR or table extractor's output (`{"tables":
 * [[["TRIGLYCERIDES", "150.0", "mg/dL", "10.0 - 200.0"], …]]}`, `[["Test", "Result", "Unit"], …]`): each array of two
 * or more strings one row. An array is a table when all its items are such rows; every table in the data, in
 * document order. A cell's own line breaks (`"LDL\nCHOLESTEROL"`, `"140.0\n-\n239.0"`) are spaces, as a printout's
 * cell broken over lines reads. Null when the data holds no table, or none that has a row of a name (a cell of two
 * letters first) and a cell that starts with a number: arrays of numbers (coordinates, a device's readings), of
 * other things, and of words only (translations, labels) are no result tables, nor are a CGM export's timed rows.
 */
function tableCell(c: string): string {
  const t = c.split(/\r?\n|\r/).map((p) => p.trim()).filter(Boolean).join(' ').replace(/\|/g, '/');
  // A unit cell that spells its slash (`Per Cumm`, `per uL`): the unit it names, `/cumm`.
  return t.replace(/^per\s+(cu\.?\s?mm|cumm|cmm|mm3|[uµμm]?l|mcl)$/i, '/$1');
}

export function jsonTables(module: ModuleData | null): string[][][] | null {
  if (!module) return null;
  const tables: string[][][] = [];
  const isRow = (v: unknown): v is string[] => Array.isArray(v) && v.length >= 2 && v.every((c) => typeof c === 'string');
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      if (v.length && v.every(isRow)) {
        tables.push((v as string[][]).map((row) => row.map(tableCell)));
        return;
      }
      v.forEach(visit);
      return;
    }
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) visit(child);
  };
  visit(module.data);
  const resultRow = (row: string[]) => /\p{L}.*\p{L}/u.test(row[0]!) && !/^\d/.test(row[0]!) && row.slice(1).some((c) => /^[<>≤≥]?\s*\d/.test(c));
  const found = tables.map(resultRows).filter((t): t is string[][] => !!t && t.some(resultRow));
  return found.length ? found : null;
}

/**
 * (labs41fix review) A JSON table's rows that may be results, null for none. A name and a number are not enough: a
 * price list (`["Ferritin", "18.50"]`), a wearable's export (`["Metric", "Value"], ["Glucose", "95"]`) and a goal list
 * (`["LDL", "< 100"]`) are such rows too. A row with a number is kept only with a unit (a cell of its own, `mg/dL`,
 * `Per Cumm`, or after the number, `8.5 g/dL`) or a range of two bounds in another cell (`2.0 - 5.0`) — or when the
 * table's first row is a results header: a reference range's or a unit's column (`Reference Range`, `Unit`,
 * `Referenzbereich`, `Unità`), or a result's column (`Result`, `Value`, `Risultato`) with a test's name column first
 * (`Test`, `Parameter`, `Name`: `Metric | Value` is no report's header). Rows without a number (headers, sections)
 * stay. A table whose first cell's name comes again with other cells (`Cholesterol | <200 | Desirable`,
 * `Cholesterol | 200-239 | Borderline high`) is a guide to tiers, not results: none of it. A first row that is itself
 * a result (`["Sodium", "140", "mmol/L", "135-145"]`) is read as a row (a Markdown table's first row reads so).
 */
function resultRows(table: string[][]): string[][] | null {
  const numberAt = (row: string[]) => row.findIndex((c, i) => i > 0 && /^[<>≤≥]?\s*\d/.test(c));
  const core = (c: string) => keyWords(c).join('');
  const head = table[0]!;
  const header = numberAt(head) < 0 ? head.map(core) : [];
  const nameFirst = header.length > 0 && (NAME_KEY.test(header[0]!) || NAME_WORDS.test(header[0]!));
  const announced = header.some((c) => UNIT_KEY.test(c) || UNIT_WORDS.test(c) || RANGE_KEY.test(c) || RANGE_WORDS.test(c))
    || (nameFirst && header.some((c) => VALUE_KEY.test(c) || VALUE_WORDS.test(c)));
  // A guide to tiers: one name in the first column with different cells after it.
  const seen = new Map<string, string>();
  for (const row of table) {
    if (numberAt(row) < 0) continue;
    const name = row[0]!.trim().toLowerCase();
    const rest = row.slice(1).join('|');
    if (seen.has(name) && seen.get(name) !== rest) return null;
    seen.set(name, rest);
  }
  if (announced) return table;
  const hasUnit = (c: string) => {
    const kind = cellKind(c);
    return kind === 'unit' || (kind === 'number' && tokenize(c).slice(1).some(isUnitToken));
  };
  const twoBounds = (c: string) => {
    const r = parseReferenceRange(c);
    return r.low !== undefined && r.high !== undefined;
  };
  const kept = table.filter((row) => {
    const at = numberAt(row);
    if (at < 0) return true;
    return hasUnit(row[at]!) || row.some((c, i) => i > 0 && i !== at && (cellKind(c) === 'unit' || twoBounds(c)));
  });
  return kept.length ? kept : null;
}

/** (kvdump) A dictionary entry: its key (a test's name), its printed value, its line, and which dictionary it is in. */
export type NameValueEntry = { name: string; value: string | number; line: number; object: number };

/**
 * (kvdump) The entries of the objects of JSON data that are a dictionary of results by name (an app's or a chat
 * export's `{"Glucose": "95 mg/dL (70-99)", "TSH": "2.1 mIU/L"}`), at any depth: two or more entries, and at least
 * half its keys, under a key the catalog knows as a test's name (not one with a word of a limit, a setting or a
 * statistic: `highGlucoseAlert`, `glucoseTarget`, `maxSodium`), each holding a string or a number. An object under a
 * key of settings, limits or targets (LIMIT_WORDS, notResultHolder) or of nutrition (NUTRITION_HOLDER) is none:
 * `held` gives the names of such objects' entries (their `"Glucose": "180 mg/dL"` lines are no results either).
 */
export function nameValueEntries(text: string, module: ModuleData | null, opts: JsonRecordOptions): { entries: NameValueEntry[]; held: Set<string> } {
  const entries: NameValueEntry[] = [];
  const held = new Set<string>();
  if (!module || !opts.knows) return { entries, held };
  const knows = opts.knows;
  const source = text.replace(/^\uFEFF/, '');
  const lineAt = lineOfOffset(source);
  let from = module.start;
  let objects = 0;
  const testName = (key: string) => {
    const words = keyWords(key);
    return words.length > 0 && !LIMIT_WORDS.test(words.join(' ')) && !notResultKey(key) && !words.some((w) => LIMIT_SIDE_WORD.test(w)) && knows(key);
  };
  const heldBy = (key: string) => LIMIT_WORDS.test(keyWords(key).join(' ')) || notResultHolder(key) || keyWords(key).some((w) => NUTRITION_HOLDER.test(w));
  const visit = (v: unknown, holders: string[], depth: number): void => {
    if (depth > MAX_DATA_DEPTH) return;
    if (Array.isArray(v)) { for (const item of v) visit(item, holders, depth + 1); return; }
    if (v === null || typeof v !== 'object') return;
    const obj = v as Record<string, unknown>;
    const keys = Object.keys(obj);
    const named = keys.filter((k) => (typeof obj[k] === 'string' || typeof obj[k] === 'number') && testName(k));
    if (named.length >= 2 && named.length >= keys.length / 2) {
      if (holders.some(heldBy)) for (const k of named) held.add(k.toLowerCase());
      else {
        const object = objects++;
        for (const k of keys) {
          if (!named.includes(k)) continue;
          const at = source.indexOf(`${JSON.stringify(k).slice(0, -1)}"`, from);
          if (at >= 0) from = at + 1;
          entries.push({ name: k, value: obj[k] as string | number, line: lineAt(at >= 0 ? at : from), object });
        }
      }
    }
    for (const k of keys) visit(obj[k], [...holders, k], depth + 1);
  };
  visit(module.data, [], 0);
  return { entries, held };
}
