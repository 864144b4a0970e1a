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
export function readResultLists(lines: SourceLine[], opts: TextParseOptions): { lines: SourceLine[]; rows: RawRow[]; prose: Set<RawRow> } {
  const rows: RawRow[] = [];
  const prose = new Set<RawRow>();
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
  // Results dictated or written as prose, separated by commas (`Sodium 139, potassium 4.6, BUN 15`): read apart. A
  // heading that says results (`LABORATORY DATA:`) holds for the lines after it until a line opens with another label.
  let underResults = false;
  lines.forEach((l, k) => {
    const opening = lineLabel(l.text);
    if (opening !== null) underResults = RESULT_CUE.test(opening);
    if (taken.has(k)) return;
    const read = proseList(l, opts, underResults && opening === null);
    if (take(k, k, read)) for (const r of read!) prose.add(r);
  });
  if (!rows.length) return { lines, rows, prose };
  return { lines: lines.map((l, k) => (taken.has(k) ? { ...l, text: '', cells: undefined } : l)), rows, prose };
}

/**
 * A unit after a value in prose: a percent sign, a power of ten whose superscript was lost (`x 103/cu mm`, read as
 * 10^3/cu mm: `10` and one digit, or a caret and one or two; `x 10³/µL` as printed; `x 1000/cu mm` is a thousand), or one word of a unit
 * (`mg/dL`, `fl`, `mm/hr`, `ng/mL`, `mEq/L`).
 */
const PROSE_UNIT = String.raw`%|[x×]\s*(?:10(?:\^\d{1,2}|\d|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|1000)(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])\s*\/\s*(?:cu\s*mm|cmm|cumm|\p{L}{1,3})|[\p{L}µμ][\p{L}µμ\d]{0,5}(?:\/(?:cu\s*mm|\p{L}{1,5}|\d+\s*h(?:r|rs)?))?`;
/**
 * One item of a prose list: a name (words, dotted abbreviations: `mean corpuscular vol.`), a dash, colon or nothing,
 * a value (a comparator glued to it, thousands with commas: `15,600`), an optional unit (PROSE_UNIT).
 */
const PROSE_ITEM = new RegExp(String.raw`^(\p{L}[\p{L}\d .()'/+-]*?)\s*(?:[-–—:=]\s*|\s+)([<>]?\d{1,3}(?:,\d{3})+|[<>]?\d+(?:[.,]\d+)?)(?:\s*(${PROSE_UNIT}))?$`, 'u');
/** A bare amount (`65 mg`, `400 mcg`, `2000 IU`, `5 mL`, `2 tablets`): a dose taken, not a result of a sample. */
const AMOUNT = /^(?:m?g|mcg|[uµμ]g|iu|units?|m?l|tab(?:let)?s?|caps?(?:ules?)?|drops?)$/iu;
/** How often a dose is taken (`1000 daily`, `50000 weekly`): a dose, never a unit of a result. */
const FREQUENCY_WORDS = 'daily|weekly|monthly|nightly|yearly|bid|tid|qid|qd|qhs|od|bd';
const FREQUENCY = new RegExp(`^(?:${FREQUENCY_WORDS})$`, 'iu');
/** A frequency anywhere after a value (`B12 1000 monthly`, `1000 mcg daily`). */
const FREQUENCY_AFTER_VALUE = new RegExp(String.raw`\d\s*(?:\p{L}+\s+)?(?:${FREQUENCY_WORDS})\b`, 'iu');
/** A flag written after a value (`glucose 250 high`): the item's flag, never its unit. */
const FLAG_WORDS = 'high|low|normal|abnormal';
const FLAG_WORD = new RegExp(`^(?:${FLAG_WORDS})$`, 'iu');
/** A flag word after a value (`potassium 5.9 normal`), taken out before the label words are looked for. */
const FLAG_AFTER_VALUE = new RegExp(String.raw`(\d)\s+(?:${FLAG_WORDS})\b`, 'giu');
/**
 * Words that say a sentence's numbers are no results of this report: doses and what was given, targets and goals,
 * ranges, medications, vital signs, intake, what was ordered, earlier results, a comment that restates results.
 */
const NOT_RESULTS = /\b(?:supplements?|targets?|goals?|desirable|doses?|dosage|ranges?|normal\s+values?|normal|reference|medications?|vitals?|vital signs|intake|diet|ordered|started|starting|take|taking|repleted|replete|replaced|given|previous|previously|prior|history|comments?|impression|interpretation)\b/iu;
/**
 * Words that say a sentence reports measured results (labs27cfix2): results, labs, a laboratory, tests that showed,
 * revealed, came back or were measured, levels, a report, a panel's or a profile's name (`CBC`, `BMP`, `Iron studies`,
 * `Hemogram`, `Blood count`, `Electrolytes`, `ABG`). Looked for in the sentence's labels (the text before its colon),
 * in a sentence before it that introduces it (`My results are as follows.`) and in a heading over it; in the items'
 * own words only those no test is named by (results, showed, came back …), never a panel's name (`CBC 350` is a price).
 */
const RESULT_WORDS = String.raw`results?|labs?|laborator(?:y|ies)|lab\s*work|blood\s*work|bloods|tested|showed|shows|revealed|reveals|came\s+back|returned|measured`;
const PANEL_WORDS = String.raw`(?:blood\s+)?tests?|reports?|studies|panel|profile|(?:blood|cell)\s+counts?|hae?mogram|CBC|FBC|BMP|CMP|LFTs?|RFTs?|KFTs?|TFTs?|U\s*&\s*Es?|electrolytes|lytes|chemistr(?:y|ies)|ABG|VBG|blood\s+gas(?:es)?|urinalysis`;
const RESULT_CUE = new RegExp(String.raw`\b(?:${RESULT_WORDS}|${PANEL_WORDS})\b`, 'iu');
const RESULT_WORD = new RegExp(String.raw`\b(?:${RESULT_WORDS})\b`, 'iu');
/** A value a verb says was found (`ferritin was 12`, `sodium is now 131`). */
const VALUE_VERB = /\b(?:is|was|were|are)\s+(?:now\s+)?[<>]?\d/iu;
/**
 * A time the values were found at, opening the sentence before its first test (`Now ferritin 45, …`, `Today: …`,
 * `This morning sodium 131, …`, `On 12/03 her sodium 131, …`) or right after a value (`6.9 now`): measured values;
 * targets, doses, cut-offs and limits carry no time. (`She is now on magnesium 400, …` opens with no time.)
 */
const TIME = String.raw`today|now|currently|this\s+(?:morning|evening)|tonight|yesterday|on\s+admission|at\s+discharge|on\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?`;
const TIME_LEAD = new RegExp(String.raw`^\s*(?:(?:labs?|results?)\s+)?(?:${TIME})\b[\s,:]*(?:(?:her|his|my|the|their|your)\s+)?`, 'iu');
const TIME_AFTER_VALUE = /\d\s+(?:now|today|currently)\b/iu;
/**
 * A time of the past the sentence's values belong to (`Last visit:`, `last month`, `at the first visit`, `before`,
 * `3 months ago`): earlier results, dropped when a later sentence of the line gives the same tests.
 */
const PAST = /\b(?:last\s+(?:visit|month|week|year|time|spring|summer|autumn|fall|winter)|(?:first|previous|earlier)\s+visit|before|earlier|ago|prior)\b/iu;
/**
 * The label a line opens with (`LABORATORY DATA:`, `Discharge instructions:`), three letters or more before a colon;
 * null when it opens with none (a speaker's mark `Q:`, `T:` is none).
 */
function lineLabel(text: string): string | null {
  const m = /^\s*(?:[•*-]\s*)?([^:\d;|\t]{1,40}):(?!\d)/u.exec(text);
  return m && (m[1]!.match(/\p{L}/gu) ?? []).length >= 3 ? m[1]!.trim() : null;
}

/** A year the sentence's numbers belong to (`In 2019, …`, `Previous results (2023): …`): earlier results. */
const YEAR = /(?:\b(?:in|since|from|during|until|of)\s+|\()(?:19|20)\d\d\b/iu;

/**
 * Results written in prose, as a transcribed note dictates them or a patient writes them (`LABORATORY DATA: Sodium 139,
 * potassium 4.6, BUN 15, creatinine 0.9. White count 5.9, hemoglobin 14.6.`, `total leukocytes - 7.2 x 103/cu mm,
 * neutrophils - 65.9 %, … ESR - 2 mm/hr.`): one line of text (no table cells, no tabs), read sentence by sentence
 * (a full stop before a space and a capital, or after a number: `creatinine 0.9. white count 5.9`), each sentence's
 * clauses, divided at commas followed by a space and at ` and `, are `name value [unit|flag]`; the labels before a
 * colon (`LABORATORY DATA:`, `Electrolytes:`, `The report stated the following:`) are no part of the name. A sentence
 * is read only when three items at least read so, two thirds of them (items refused counted) name tests the catalog
 * knows — or two, both known and nothing refused (`Hemoglobin 11.8 and hematocrit 35.3.`); only when something says
 * its numbers are measured results (resultEvidence: a results cue in its labels, over it or in its words, a time of
 * finding, units or flags on two thirds of its items; labs27cfix2: a list of names and numbers alone is as often a
 * diet, a regimen, cut-offs or limits); and never when a word of
 * it says the numbers are something else (NOT_RESULTS: `Supplements:`, `Normal values:`, `Goal`, `Started`, `Take`,
 * `Previous`, `Comment:`) or belong to a year (`In 2019, …`), nor when half its values or more are a comparator and a
 * bound (`LDL <70, HDL >40`: targets). An item in a unit per time, a bare amount or a frequency (`1000 daily`) is a dose:
 * no result, and counted against the sentence. A flag word after a value (`250 high`) is the item's flag. A lost
 * superscript in a power of ten (`x 103/cu mm`) is that power; a sentence's full stop is no part of the unit. A
 * sentence of a time past (`Last visit: …`) gives no rows when a later sentence of the line gives the same tests.
 */
function proseList(line: SourceLine, opts: TextParseOptions, underResults = false): RawRow[] | null {
  const text = line.text;
  if (!opts.knows || line.cells?.length || /[\t|;]/.test(text) || !/,\s|\sand\s/i.test(text)) return null;
  // Sentences end at a full stop before a space and a capital, after a number or a word of six letters or more, or at
  // the end (`glucose 132. White count 5.9`, `0.9. white count`, `as follows. ferritin`); a dotted abbreviation inside
  // a name (`vol. - 83.9`, `haemo. conc`: short) ends none.
  const sentences = text.split(/\.\s+(?=\p{Lu})|(?<=\d|\p{L}{6})\.\s+/u);
  // The line's opening label says results (`LABORATORY DATA: …`): it holds for each of its sentences.
  const opening = lineLabel(text);
  const lineCue = underResults || (opening !== null && RESULT_CUE.test(opening));
  const read: { rows: Omit<RawRow, 'line'>[]; past: boolean }[] = [];
  sentences.forEach((sentence, k) => {
    // A sentence before it with no item in it that says results introduces it (`My results are as follows.`).
    const before = k > 0 && !/\d/.test(sentences[k - 1]!) && RESULT_CUE.test(sentences[k - 1]!);
    const rows = proseSentence(sentence, opts, lineCue || before);
    if (rows) read.push({ rows, past: PAST.test(sentence) });
  });
  // Values of a time past (`Last visit: ferritin 12, …. Today: ferritin 45, …`) are no current results when a later
  // sentence gives the same tests.
  const names = (rows: Omit<RawRow, 'line'>[]) => rows.map((r) => r.name.trim().toLowerCase());
  const current = read.filter((s, k) => !s.past || !read.slice(k + 1).some((later) => {
    const again = new Set(names(later.rows));
    return names(s.rows).filter((n) => again.has(n)).length * 2 > s.rows.length;
  }));
  const out = current.flatMap((s) => s.rows.map((r) => ({ ...r, line: line.line, ...(line.page ? { page: line.page } : {}) }) satisfies RawRow));
  return out.length ? out : null;
}

/**
 * Whether a sentence gives positive evidence that its items are measured results (labs27cfix2): a results cue in its
 * labels (`Labs today:`, `Iron studies:`, `ABG on FiO2 40, PEEP 5:`) or over it (`cued`: a heading, an introducing
 * sentence), a results word or a verb before a value in its own words (`came back`, `was 12`), a time of finding (`now`,
 * `today`, `On 12/03`), or on two thirds of its items a unit the catalog measures the item's test in or a flag
 * (`potassium 5.8 high`). Targets, doses,
 * diets, cut-offs, limits, critical values and nutrition labels print none of these.
 */
function resultEvidence(sentence: string, items: { name: string; unit?: string; flag?: string }[], counted: number, cued: boolean, opts: TextParseOptions): boolean {
  if (cued) return true;
  const colon = sentence.lastIndexOf(':');
  if (colon >= 0 && RESULT_CUE.test(sentence.slice(0, colon))) return true;
  if (RESULT_WORD.test(sentence) || VALUE_VERB.test(sentence) || TIME_AFTER_VALUE.test(sentence)) return true;
  // A time opening the sentence, its first item a test right after it.
  const lead = TIME_LEAD.exec(sentence);
  const first = lead ? PROSE_ITEM.exec(sentence.slice(lead[0].length).split(/,\s+|\s+and\s+/u)[0]!.trim().replace(/\.$/, '')) : null;
  if (first && opts.knows?.(first[1]!.trim())) return true;
  const measured = items.filter((r) => r.flag || (r.unit && opts.measuresIn?.(r.name, r.unit))).length;
  return measured * 3 >= counted * 2;
}

function proseSentence(sentence: string, opts: TextParseOptions, cued = false): Omit<RawRow, 'line'>[] | null {
  // A flag word after a value is no label word (`potassium 5.9 normal`).
  const words = sentence.replace(FLAG_AFTER_VALUE, '$1');
  if (NOT_RESULTS.test(words) || YEAR.test(sentence) || /^\s*(?:19|20)\d\d\b/.test(sentence)) return null;
  // A time opening the sentence (`Now ferritin 45`, `On 12/03 her sodium 131`) is no part of the first test's name.
  const clauses = sentence.replace(TIME_LEAD, '').split(/,\s+|\s+and\s+/u);
  let refused = 0;
  const read: { name: string; value: number; comparator?: '<' | '>'; valueText?: string; unit?: string; flag?: string }[] = [];
  for (const raw of clauses) {
    let clause = raw.trim().replace(/\.$/, '').trim();
    const colon = clause.lastIndexOf(':');
    if (colon >= 0) clause = clause.slice(colon + 1).trim();
    // A sentence ended by a full stop before a small letter (`as follows. ferritin 6.0 ng/mL`): the item after it, when
    // the clause as a whole names no test the catalog knows (a dotted abbreviation inside a name, `mean corpuscular
    // vol. - 84.6`, reads as a whole).
    const whole = PROSE_ITEM.exec(clause);
    const tail = clause.includes('. ') ? PROSE_ITEM.exec(clause.split(/\.\s+/u).pop()!) : null;
    const m = whole && opts.knows!(whole[1]!.trim()) ? whole : tail && opts.knows!(tail[1]!.trim()) ? tail : whole;
    if (!m) continue;
    const name = m[1]!.trim();
    if (name.split(/\s+/).length > 6) continue;
    let unit: string | undefined = m[3]?.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))).replace(/^[x×]\s*1000\s*\/\s*/u, 'x 10^3/')
      .replace(/^[x×]\s*10\^?(\d{1,2})\s*\/\s*(?:cu\s*mm|cmm)$/u, '10^$1/cumm').replace(/^[x×]\s*10\^?(\d{1,2})\s*\/\s*/u, '10^$1/');
    if (unit && (PER_TIME.test(unit) || AMOUNT.test(unit) || FREQUENCY.test(unit))) {
      refused++;
      continue;
    }
    const flag = unit && FLAG_WORD.test(unit) ? unit.toLowerCase() : undefined;
    if (flag) unit = undefined;
    const printed = m[2]!;
    const digits = printed.replace(/^[<>]/, '');
    const value = /^\d{1,3}(?:,\d{3})+$/.test(digits) ? Number(digits.replace(/,/g, '')) : Number(digits.replace(',', '.'));
    const comparator = /^[<>]/.exec(printed)?.[0] as '<' | '>' | undefined;
    read.push({ name, value, ...(comparator ? { comparator, valueText: `${comparator}${value}` } : {}), ...(unit ? { unit } : {}), ...(flag ? { flag } : {}) });
  }
  // A frequency anywhere after a value (`B12 1000 monthly`, `1000 mcg daily`) makes the sentence one of doses.
  if (FREQUENCY_AFTER_VALUE.test(sentence)) return null;
  const known = read.filter((r) => opts.knows!(r.name));
  const enough = read.length >= 3 ? known.length * 3 >= (read.length + refused) * 2 : read.length === 2 && known.length === 2 && !refused;
  if (!enough) return null;
  if (read.filter((r) => r.comparator).length * 2 >= read.length) return null;
  if (!resultEvidence(sentence, read, read.length + refused, cued, opts)) return null;
  return known;
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
