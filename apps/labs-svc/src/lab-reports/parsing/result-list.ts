import type { TextParseOptions } from './text-report.parser.js';
import type { RawRow, SourceLine } from './parse.types.js';
import { MONTH_NAMES, parseDayMonthDate } from './dates.js';
import { alternation, BE_VERB_ABROAD, NUTRITION_INTAKE, PREVIOUS_OTHER_LANGUAGES, PREVIOUS_WORD, PRICES, PRICES_IN_PROSE, PRICES_MORE, TARGETS, THRESHOLDS } from './not-result-words.js';
import { escapeRegExp } from './time-units.js';
import { normalizeFlag } from './flags.js';
import { toUcum } from './units.js';
import { isUnitToken, UP_TO_PT_ES, wordedItem } from './tokens.js';
import { readPrintedNumber, writesPointDecimals } from './printed-number.js';
import { HISTORY_ASIDE_WORDS } from './line-tidy.js';

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
const RESULTS_LABEL = /^(?:results?|resultater?|svar|prøvesvar|analysesvar|labsvar|lab(?:s|oratory)?(?:\s+(?:results?|values|tests))?|blood\s*tests?|bloods|blood\s*work|blodprøver|test\s+results?)$/iu;
/** (set 27) Words that say a value is this visit's (RESULTS_QUALIFIER before a list's label, SUBJECT_LEAD before a subject). */
const THIS_VISIT_WORDS = 'recent|latest|current|repeat|morning|fasting';
/**
 * (set 27) Words before a results label that say which results, not earlier ones (`Recent bloods`, `Latest labs`,
 * `Bloods on discharge`' `on discharge` is after it and not read): the label's without them. `Last year`, `Previous`,
 * `Admission` are none of them (an earlier list's; review 43: a discharge letter's admission bloods had been read).
 */
const RESULTS_QUALIFIER = new RegExp(String.raw`^(?:${THIS_VISIT_WORDS}|today'?s|routine)\s+`, 'iu');
/** (review 43) Tests SI reports in mmol/L (a UK letter's `(mmol/L unless stated)` is theirs; creatinine's is µmol/L). */
const MOLAR_SI_TESTS = ['sodium', 'potassium', 'chloride', 'bicarbonate', 'glucose', 'urea', 'total cholesterol', 'hdl cholesterol', 'ldl cholesterol',
  'non-hdl cholesterol', 'triglycerides', 'calcium', 'phosphate', 'magnesium', 'lactate'];
/** (set 27) A list's label with a date in it (`Recent bloods, 21/02/2025 (mmol/L unless stated):`). Group 1 the label. */
const DATED_LABEL = /^([^:;\d]{1,40}?,?\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?:\s*\([^()\d]{1,40}\))?):\s+(?=\p{L})/u;
/** A date in a label (DATED_LABEL). */
const LABEL_DATE = /,?\s*\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?/u;
/** (set 27) A unit said for a list in its label, `unless stated` (`(mmol/L unless stated)`, `(all mmol/L unless otherwise stated)`). Group 1 the unit. */
const UNLESS_STATED = /\(\s*(?:all\s+(?:in\s+)?)?([^\s()]{1,14})\s+unless\s+(?:otherwise\s+)?(?:stated|specified|indicated|shown)\s*\)/iu;

/**
 * (hl7md) A label that names a panel of tests (`CBC`, `CMP`, `Lipids`, `Thyroid`, `Lipid panel`, `Iron studies`,
 * `Male hormone panel`) or the hormones: its list's items are that panel's results, as under `Results:` — unless a
 * word of it says the numbers are something else (NOT_RESULTS: `Target panel`, `Previous CBC`, `Reference ranges`).
 */
function panelLabel(words: string): boolean {
  return PANEL_LABEL.test(words) && !NOT_RESULTS.test(words);
}

/** A unit per time (`IE/d`, `mg/day`, `g/døgn`, `mg/24h`): a dose or an intake, not a result read from a sample. */
/**
 * (review of set 17) A day's word after a unit's slash, in English, French, Portuguese, Spanish, German and Nordic (`mg/d`,
 * `µg/j`, `mg/dia`, `mg/Tag`, `mg/døgn`): the reader's one list (text-report.parser.ts RATE_OR_DOSE_UNIT's too).
 */
export const PER_DAY = String.raw`d|day|j|jour|dia|día|tag|dag|døgn`;
const PER_TIME = new RegExp(String.raw`\/(?:${PER_DAY}|24\s*h)$`, 'iu');

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
  // A heading alone on its line without a colon (`RESULTS`, `Laboratory Data`) holds so too (labs27cfix3); a heading
  // alone that says something else (`Assessment and plan`, `PLAN:`, `Transfusion threshold / Target`) ends it, and
  // under it a sentence needs a cue of its own (no bare list of tests, proseSentence's last resort).
  let underResults = false;
  let underOther = false;
  lines.forEach((l, k) => {
    const label = lineLabel(l.text);
    const opening = label ?? headingAlone(l.text, opts);
    if (opening !== null) {
      // (A heading of tests' names, `Hemoglobin & Hematocrit`, says results too.)
      underResults = RESULT_CUE.test(opening) || opening.split(/\s*(?:&|\/|\band\b)\s*/u).every((p) => p && opts.knows?.(p));
      underOther = !underResults && /^[^:]*:?\s*$/u.test(l.text);
    }
    if (taken.has(k)) return;
    const read = proseList(wrappedOnto(lines[k - 1], l), opts, { label, underResults: underResults && opening === null, underOther: underOther && opening === null });
    if (take(k, k, read)) for (const r of read!) prose.add(r);
  });
  // (review 26) A line prose-clauses.ts left whole, read by none of the above: its results one a line, as that reader gives them.
  const apart = (l: SourceLine): SourceLine[] => {
    const { clauses, ...line } = l;
    return clauses ? clauses.map((text) => ({ ...line, text })) : [line];
  };
  if (!rows.length) return { lines: lines.some((l) => l.clauses) ? lines.flatMap(apart) : lines, rows, prose };
  return { lines: lines.flatMap((l, k) => (taken.has(k) ? [{ ...l, text: '', cells: undefined, clauses: undefined }] : apart(l))), rows, prose };
}

/**
 * (fixg) A line that goes on a sentence wrapped between a test's name and its verb (`… although your ferritin (iron
 * stores)` / `was a little low at 22 ug/L (normal 30-400).`): the line with the words of the line above after its last
 * sentence or clause end before it, when the line opens with a verb in small letters, the line above ends in no stop
 * and those words hold no digit. Any other line as it is.
 */
function wrappedOnto(above: SourceLine | undefined, line: SourceLine): SourceLine {
  if (!above || above.cells?.length || line.cells?.length || !CONTINUED_VERB.test(line.text)) return line;
  const prev = above.text.trimEnd();
  if (!prev || /[.?!:;,]$/u.test(prev)) return line;
  const tail = prev.split(/[.?!]\s+|,\s+|;\s*|\t/u).pop()!.trim();
  if (!tail || /\d/.test(tail) || !/^\p{L}/u.test(tail) || tail.split(/\s+/u).length > 8) return line;
  return { ...line, text: `${tail} ${line.text.trimStart()}` };
}

/**
 * A unit after a value in prose: a percent sign, a power of ten whose superscript was lost (`x 103/cu mm`, read as
 * 10^3/cu mm: `10` and one digit, or a caret and one or two; `x 10³/µL` as printed; `x 1000/cu mm` is a thousand), or one word of a unit
 * (`mg/dL`, `fl`, `mm/hr`, `ng/mL`, `mEq/L`). (prose17) Grams per cent (`gm%`, an Indian report's g/dL; not `mg%`, which a
 * hair analysis prints for a tissue's content), a count per microlitre or cubic millimetre alone (`12,300/μL`, `/cumm`).
 * (set 27) A filtration rate per body surface (PER_BODY_SURFACE).
 */
/** (prose17) A count per microlitre or cubic millimetre with no power of ten (`/μL`, `/cumm`). */
const COUNT_PER_VOLUME_ALONE = String.raw`\/\s*(?:[µμu][lL]|mc[lL]|mm3|mm³|cu\s*mm|cmm|cumm)`;
/** (set 27) A filtration rate's unit per body surface (`mL/min/1.73m2`, `ml/min/1,73 m²`): an eGFR's in a letter's list. */
const PER_BODY_SURFACE = String.raw`m[lL]\s*\/\s*min\s*\/\s*1[.,]73\s*(?:m2|m²|m\^2|sq\.?\s*m)(?![\p{L}\d])`;
const PROSE_UNIT = String.raw`%|${PER_BODY_SURFACE}|${COUNT_PER_VOLUME_ALONE}(?!\p{L})|[x×]\s*(?:10(?:\^\d{1,2}|\d|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|1000)(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])\s*\/\s*(?:cu\s*mm|cmm|cumm|\p{L}{1,3})|g(?:ms?)?%|[\p{L}µμ][\p{L}µμ\d]{0,5}(?:\/(?:cu\s*mm|\p{L}{1,5}|\d+\s*h(?:r|rs)?))?`;
/**
 * One item of a prose list: a name (words, dotted abbreviations: `mean corpuscular vol.`), a dash, colon or nothing,
 * a value (a comparator glued to it, thousands with commas: `15,600`), an optional unit (PROSE_UNIT).
 */
const PROSE_ITEM = new RegExp(String.raw`^(\p{L}[\p{L}\d .()'/+-]*?)\s*(?:[-–—:=]\s*|\s+)([<>]?\d{1,3}(?:,\d{3})+|[<>]?\d+(?:[.,]\d+)?)(?:\s*(${PROSE_UNIT}))?$`, 'u');
/**
 * (fixg) A status a letter writes between the verb and `at` (`was normal at 2.3`, `was a little low at 22`, `was
 * slightly raised at 56`): a word of a side or of normal, perhaps after a word of degree. Group 1 the word.
 */
/** How far from normal a status says a result is (`a little`, `slightly`, `markedly`): STATUS_AT's and FLAG_DEGREE's. */
const DEGREE_WORDS = String.raw`a\s+(?:little|bit|touch)|slightly|mildly|marginally|just|very|quite|markedly|significantly|moderately|severely|minimally|inappropriately`;
/** A side in words (`high`, `elevated`, `reduced` …): STATUS_AT's, FLAG_ASIDE's and WHICH_IS_SIDE's. */
const SIDE_WORDS = String.raw`high|low|elevated|raised|increased|reduced|decreased`;
const STATUS_AT = String.raw`(?:(?:${DEGREE_WORDS})\s+)?(normal|${SIDE_WORDS})\s+at`;
const STATUS_AT_WORD = new RegExp(String.raw`\b(?:is|was|were|are)\s+${STATUS_AT}\b`, 'iu');
/** (prose) A verb a patient writes between a test's name and its value (`came back at`, `was`, `is now`), `of` and `at` aside. */
/** `is`, `was`, `were`, `are`, with `now` or `at` after it (fixg: or a status and `at`): the verb of a value restated. */
const BE_VERB = String.raw`(?:is|was|were|are)(?:\s+now)?(?:\s+(?:${STATUS_AT.replace('(normal', '(?:normal')}|at))?`;
// (prose18) `came back` with no preposition too (`ApoB came back 118 mg/dL`).
const VERB = String.raw`came\s+back(?:\s+(?:at|as))?|${BE_VERB}|${BE_VERB_ABROAD}`;
/**
 * (prose19) A possessive or an article before a test's name in the languages of BE_VERB_ABROAD and Dutch (`Uw`, `Het`,
 * `Ihr`, `Dein`, `el`, `la`, `o`, `seu`, `il`, `votre`, `twój`): no part of the name, as `my` and `the` are not.
 */
export const ARTICLES_ABROAD = String.raw`uw|je|jouw|mijn|het|de|een|din|ditt|dina|mitt|min|mina|ihr|ihre|dein|deine|mein|meine|der|die|das|el|la|los|las|su|sus|mi|tu|o|os|as|seu|sua|meu|minha|il|lo|suo|mio|mia|votre|vos|ton|ta|mon|ma|le|les|twój|twoja|mój|moja`;
/**
 * (prose) A verb or a preposition a patient writes between a test's name and its value (`Estradiol was 19`, `My
 * testosterone came back at 412`, `I had a prolactin of 18`, `TSH is now 3.1`), with a possessive or an article before
 * the name (`my`, `the`): no part of the name. Group `name` the name. `of` only after a verb of having (group `having`):
 * `A ferritin of 30 ng/mL`, `For women, a hemoglobin of 12 g/dL` alone are thresholds (prose review).
 */
const NAME_THEN_VERB = new RegExp(String.raw`^(?<having>(?:i|we|he|she|they|you)\s+(?:had|have|has|got|get)\s+)?(?:(?:my|his|her|their|your|the|a|an|${ARTICLES_ABROAD})\s+)?(?<name>\p{L}.*?)\s+(?:${VERB}|(?<of>of)|at|à)\s+(?=[<>]?\d)`, 'iu');
/**
 * (prose review) The line gate of a verb between a name and its value, as NAME_THEN_VERB reads it (`came back as`,
 * `is now`, a name ending in a digit: `Vitamin B12 was 450`).
 */
// (prose19) After a bracket too (`Blodvärdet (Hb) är 162 g/L`: the name's gloss).
const VERB_BEFORE_VALUE = new RegExp(String.raw`[\p{L}\d)]\s+(?:${VERB}|of|at)\s+[<>]?\d`, 'iu');
/** (fixg) A line that opens with a verb of a value, in small letters (wrappedOnto). */
const CONTINUED_VERB = new RegExp(String.raw`^\s*(?:${VERB})\s+[<>]?\d`, 'u');
/**
 * (prose review) A label of a cut-off before a name (`Transfusion threshold: hemoglobin at 7 g/dL`): no result. The
 * words of THRESHOLDS (not-result-words.ts) and a trigger.
 */
const THRESHOLD_LABEL = new RegExp(String.raw`\b(?:${alternation(THRESHOLDS)}|triggers?)\b`, 'iu');
/**
 * (prose review) A later sentence that gives the earlier one's test a new value under a pronoun (`My testosterone was
 * 350. After 8 weeks on TRT it is 688 ng/dL.`): the earlier value is a history.
 */
const PRONOUN_VALUE = /\b(?:it|that)(?:\s+(?:is|was)|['’]s)(?:\s+now)?(?:\s+at)?\s+[<>]?\d/iu;
/**
 * A test's name then its value, perhaps with a verb between (`LDL was 160`, `LDL: 110`, `a ferritin of 12`): one
 * pattern per name, `verbs` the words allowed between (restated tests, labs27cfix3's earlier values).
 */
function nameThenValue(name: string, verbs: string): RegExp {
  return new RegExp(String.raw`(?<!\p{L})${escapeRegExp(name.trim())}(?!\p{L})(?:\s+(?:${verbs}))?\s*[:=-]?\s*[<>]?\d`, 'iu');
}

/**
 * (prose) A reference range a patient copies in brackets after a value (`(264-916)`, `(range .45-4.5)`, `(ref 8.7-25.1)`,
 * `(low end?? range 30-400)`: words before `range` too), a bound with no leading zero (`.45`). Group 1 and 2 the bounds.
 * (prose17) As a case report or a letter writes it too: a comma after the label, `to` for the dash, the unit after the
 * bounds (`(reference range, 12-16 g/dL)`, `(normal 0.4 to 4.0 mIU/L)`): group 3 that unit, a range's only when it reads
 * as a unit (isUnitToken: `(3-4 weeks)` is no range).
 */
/**
 * (prose17) A range's label in other languages (`Referenzbereich`, `Norm`, `VR`, `valores de referência`, `v.n.`, `N :`
 * — a lone `N` only before a colon or a sign, or last in the words before a bound: `(n 3-8)` is no label),
 * BRACKET_RANGE's and BOUND_OF_RANGE's.
 */
const OTHER_RANGE_LABELS = String.raw`\b(?:norm(?:al)?bereich|referenzbereich|norm|vr|valores?\s+de\s+refer[eê]ncia)\b|(?<![\p{L}.])(?:n(?=\s*(?:[:<>≤≥]|$))|v\.\s?n\.)`;
const BRACKET_RANGE = new RegExp(String.raw`\s*\((?:[^()\d]*?(?:\b(?:range|ref(?:erence)?(?:\s+(?:range|interval))?|normal(?:\s+range)?)|${OTHER_RANGE_LABELS})\s*[:,]?\s*)?(\d*[.,]?\d+)\s*(?:[-–]|to)\s*(\d*[.,]?\d+)(?:\s*([^\s()\d][^\s()]{0,14}))?\s*\)`, 'iu');
/**
 * (fixg) One bound of a range a letter writes in brackets after a value, in words or a sign (`(normal below 42)`,
 * `(normal up to 40)`, `(we like it to be above 50)`, `(normal >60)`): a few words without digits, then the bound.
 * Group 1 the bound as printed (the range's text), group 2 its number.
 */
// (review 25) A unit after the bound (`(normal range: below 5.0 mmol/L)`): group 3, the value's own (checked where read).
// (review of set 17) And Portuguese and Spanish `até`, `hasta` (`(VR até 41)`, which BOUND_OF_RANGE names, had been no bound).
const BRACKET_BOUND = new RegExp(String.raw`\s*\((?:[^()\d]{0,40}?\s)?((?:below|under|less\s+than|up\s+to|above|over|more\s+than|greater\s+than|${UP_TO_PT_ES}|[<>≤≥]=?)\s*(\d*[.,]?\d+))(?:\s*([^\s()\d][^\s()]{0,14}))?\s*\)`, 'iu');
/**
 * (prose review) Whether the catalog measures a name in a unit on the name's own scale: a unit it converts into the
 * catalog's, one of it no more than a thousand times the catalog's unit or less than a thousandth of it
 * (catalog.ts unitFactor; ng/mL for pg/mL, µmol/L for mg/dL pass). `Testosterone is 200 mg/mL` (10⁸ ng/dL to the mg/mL)
 * is a vial's strength: no measured item.
 */
function measuredOnScale(opts: TextParseOptions, name: string, unit: string): boolean {
  if (!opts.measuresIn?.(name, unit)) return false;
  const factor = opts.unitFactor?.(name, unit);
  return factor === undefined || (factor <= 1000 && factor >= 1 / 1000);
}
/**
 * (prose) A flag a patient writes after a value (`flagged low`, `- flagged high`, `, which they flagged high`). A
 * match starts only where a run of spaces, a comma and dashes starts (prose review: two spaces around an optional dash,
 * tried at each space of a long run, took seconds on a line of thousands of spaces).
 */
// (prose19) `still`, `also` or `again` before it (`HDL 38 mg/dL - still flagged low`).
const FLAGGED = /(?<![\s,–-])\s*(?:[-–,]\s*)?(?:which\s+(?:they|it)\s+)?(?:(?:still|also|again)\s+)?flagged\s+(?:as\s+)?((?:critical\s+)?(?:high|low)|abnormal)\b/iu;
/** BRACKET_RANGE and FLAGGED everywhere in a sentence (proseSentence's words without them), compiled once. */
const BRACKET_RANGES = new RegExp(BRACKET_RANGE.source, 'giu');
const BRACKET_BOUNDS = new RegExp(BRACKET_BOUND.source, 'giu');
/**
 * (mend4) The words before a BRACKET_BOUND's bound that make it the reference range: none (`(>60)`), the range's own
 * (`(normal below 42)`, `(reference range above 60)`, `(ref < 5)`), a lab's words for its interval (`(desirable below
 * 200)`, `(optimal < 100)`, `(healthy above 1.0)`, `(expected/usual/typical …)`; mend6), or a letter's liking (`(we like
 * it to be above 50)`, `(it should be below 5)`).
 * Any other (`(deficient below 25)`, `(kidney disease below 60)`, `(we treat above 10)`, `(raised above 4)`) names a
 * cut-off of an illness or a treatment: no range, so no flag from it.
 */
// (prose17) And a range's label in other languages (`(N < 34)`, `(VR até 41)`, `(v.n. < 450)`, `(Norm < 5)`).
const BOUND_OF_RANGE = new RegExp(String.raw`^\s*\(\s*(?:(?:the\s+)?(?:lab(?:oratory)?\s+)?(?:normal|ref(?:erence)?|range|desirable|optimal|healthy|expected|usual|typical)\b[^()]*|(?:${OTHER_RANGE_LABELS})[^()]*|(?:we\s+like\s+it|it\s+should\s+be|should\s+be)\b[^()]*)?$`, 'iu');
/** (fixg) A bracketed bound that says a target (`(target below 2)`, `(aim for under 5)`): the sentence's NOT_RESULTS word, kept. */
const TARGET_BOUND = new RegExp(String.raw`\b(?:${alternation(TARGETS)}|aim(?:ing)?)\b`, 'iu');
const FLAGGED_ALL = new RegExp(FLAGGED.source, 'giu');
/**
 * (prose) A month a patient names (`in november`, `in Jan`): its English name (dates.ts MONTH_NAMES), or its first three
 * letters where the name has more than five (`Jan`, `Aug`, `Dec`; `Sept` too).
 */
const PAST_MONTH = [...MONTH_NAMES.map((name) => (name.length > 5 ? `${name.slice(0, 3)}(?:${name.slice(3)})?` : name)), 'sept'].join('|');
/**
 * (prose) A time past in a clause (`last year`, `two years ago`, `in november`, `previously`, `before`, `used to`): the
 * value is a history, no current result.
 */
const HISTORY = new RegExp(String.raw`\b(?:last\s+(?:year|month|week|time|visit|spring|summer|autumn|fall|winter)|ago|previously|before|used\s+to|prior|earlier|in\s+(?:${PAST_MONTH}))\b`, 'iu');
/** (prose19) `previous` in another language than English (not-result-words.ts PREVIOUS_OTHER_LANGUAGES), a whole word. */
const PREVIOUS_ABROAD = new RegExp(String.raw`(?<!\p{L})(?:${alternation(PREVIOUS_OTHER_LANGUAGES)})(?!\p{L})`, 'iu');
/** (prose) Words of a dose or a regimen in a patient's sentence (`injections`, `shots`, `cypionate`, `mg/week`). */
const DOSE_WORDS = /\b(?:injections?|shots?|cypionate|enanthate|cream|gel|pills?)\b|\/\s*w(?:ee)?k\b/iu;
/** A bare amount (`65 mg`, `400 mcg`, `2000 IU`, `5 mL`, `2 tablets`): a dose taken, not a result of a sample. */
// (review 26) `UI`, the Romance languages' IU (`Vitamina D 50.000 UI (dosis alta)` had read as a result).
const AMOUNT = /^(?:m?g|mcg|[uµμ]g|iu|ui|units?|m?l|tab(?:let)?s?|caps?(?:ules?)?|drops?)$/iu;
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
 * ranges, medications, vital signs, intake, what was ordered, earlier results, a comment that restates results, an aim
 * (`Aim for LDL 70 mg/dL, …`: labs27cfix3, units fitting the tests are no evidence then). Targets and goals, intake,
 * diet and supplements are not-result-words.ts's (TARGETS, NUTRITION_INTAKE: English only, no nutrition label's word).
 */
const NOT_RESULTS = new RegExp(String.raw`\b(?:${alternation(NUTRITION_INTAKE, TARGETS)}|desirable|doses?|dosage|ranges?|normal\s+values?|normal|reference|medications?|vitals?|vital signs|ordered|started|starting|take|taking|repleted|replete|replaced|given|previous|previously|prior|history|comments?|impression|interpretation|aim(?:ing)?\s+(?:for|at))\b`, 'iu');
/**
 * Words that say a sentence reports measured results (labs27cfix2): results, labs, a laboratory, tests that showed,
 * revealed, came back or were measured, levels, a report, a panel's or a profile's name (`CBC`, `BMP`, `Iron studies`,
 * `Hemogram`, `Blood count`, `Electrolytes`, `ABG`; labs27cfix3: `Chem 7`, `Lipids`, `Coags`, `Thyroid`, `Renal`,
 * `Levels`, `my numbers`). Looked for in the sentence's labels (the text before its colon),
 * in a sentence before it that introduces it (`My results are as follows.`) and in a heading over it; in the items'
 * own words only those no test is named by (results, showed, came back …), never a panel's name (`CBC 350` is a price).
 * (set 28) Portuguese and Spanish `exames`, `exámenes`, `análises`, `laboratório` (`Exames de hoje:`, a progress note's label).
 */
const RESULT_WORDS = String.raw`results?|labs?|laborator(?:y|ies)|lab\s*work|blood\s*work|bloods|tested|showed|shows|revealed|reveals|came\s+back|returned|measured|exames|ex[áa]menes|an[áa]lises|laborat[óo]rio`;
const PANEL_WORDS = String.raw`(?:blood\s+)?tests?|reports?|studies|panel|profile|(?:blood|cell)\s+counts?|hae?mogram|CBC|FBC|BMP|CMP|LFTs?|RFTs?|KFTs?|TFTs?|U\s*&\s*Es?|electrolytes|lytes|chemistr(?:y|ies)|chems?|ABG|VBG|blood\s+gas(?:es)?|urinalysis|lipids|coags?|coagulation|thyroid|renal|hae?matology|levels|numbers`;
/**
 * (hl7md review) Words that name what a panel tests (`Lipid`, `Male hormone`, `Comprehensive metabolic`, `Iron`): only
 * they may stand before `panel`, `profile`, `studies`, `screen` or `hormones` in a panel's label — `Last year lipid
 * panel`, `Baseline`, `Optimal`, `Old blood panel`, `Before TRT hormones`, `Drug screen` name no panel of results.
 */
const PANEL_NAME_WORDS = String.raw`lipids?|lipoproteins?|cholesterol|thyroid|hormones?|hormonal|male|female|men'?s|women'?s|sex|adrenal|fertility|metabolic|comprehensive|basic|iron|anae?mia|liver|hepatic|renal|kidney|cardiac|cardiovascular|cardiometabolic|diabetes|diabetic|glucose|vitamins?|inflammation|inflammatory|electrolytes?|coagulation|blood|cbc|cmp|bmp`;
/** (hl7md) A panel's name alone: PANEL_WORDS (not `levels`, `numbers`), the hormones, or PANEL_NAME_WORDS before `panel`, `profile`, `studies`, `screen`. */
const PANEL_LABEL = new RegExp(String.raw`^(?:${PANEL_WORDS.replace('|levels|numbers', '')}|(?:(?:${PANEL_NAME_WORDS})\s+){0,2}hormones?|(?:(?:${PANEL_NAME_WORDS})\s+){1,3}(?:panel|profile|studies|screen))$`, 'iu');
const RESULT_CUE = new RegExp(String.raw`\b(?:${RESULT_WORDS}|${PANEL_WORDS})\b`, 'iu');
const RESULT_WORD = new RegExp(String.raw`\b(?:${RESULT_WORDS})\b`, 'iu');
/** A value a verb says was found (`ferritin was 12`, `sodium is now 131`). */
const VALUE_VERB = /\b(?:is|was|were|are)\s+(?:now\s+)?[<>]?\d/iu;
/**
 * A time the values were found at, opening the sentence before its first test (`Now ferritin 45, …`, `Today: …`,
 * `This morning sodium 131, …`, `On 12/03 her sodium 131, …`) or right after a value (`6.9 now`): measured values;
 * targets, doses, cut-offs and limits carry no time. (`She is now on magnesium 400, …` opens with no time.)
 */
// (fixr81) A day of the menstrual cycle the sample was taken on (`On day 3 my FSH is 6.72`, `On cycle day 21`): a time of
// finding as a date is, its number no result.
const TIME = String.raw`today|now|currently|this\s+(?:morning|evening)|tonight|yesterday|on\s+admission|at\s+discharge|on\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|on\s+(?:cycle\s+)?day\s+\d{1,2}(?:\s+of\s+(?:my\s+|the\s+)?cycle)?`;
const TIME_LEAD = new RegExp(String.raw`^\s*(?:(?:labs?|results?)\s+)?(?:${TIME})\b[\s,:]*(?:(?:her|his|my|the|their|your)\s+)?`, 'iu');
/**
 * A time that is as much a regimen's or a plan's as a finding's (`Now vitamin D 4000 and calcium 1200.`, `Currently
 * …`, `Tonight potassium 40 …`): evidence only when an earlier sentence of the line gives values of the same tests
 * (`Three months ago ferritin 12 …. Now ferritin 48 …`: the values now against the values then) (labs27cfix3).
 */
const ONGOING_LEAD = /^\s*(?:(?:labs?|results?)\s+)?(?:now|currently|tonight)\b/iu;
/**
 * A panel's name that introduces the tests after it in the sentence (`CMP notable for sodium 128, …`, `CBC with WBC
 * 12.1, …`, `Her BMP showed …`) (labs27cfix3): no part of the first test's name, and evidence of results.
 */
// (prose17) `labs` too, and a time of finding between the word and the verb (`Labs on admission were notable for …`).
const PANEL_LEAD = new RegExp(String.raw`^\s*(?:(?:the|her|his|my|their|your|a|an|repeat|admission)\s+)?(?:${PANEL_WORDS}|labs|bloods|investigations)(?:\s+(?:on\s+(?:admission|arrival|presentation)|at\s+discharge|today|this\s+morning))?(?:\s+(?:was|were|is|are))?\s+(?:(?:notable|significant|remarkable|pertinent)\s+for|with|showing|showed|shows|revealing|revealed|demonstrat(?:ed|ing|es))\s+`, 'iu');
/** (review 45) Words of a price list's label, in the report languages (not-result-words.ts PRICES, PRICES_MORE, PRICES_IN_PROSE). */
const PRICE_LABEL = new RegExp(String.raw`\b(?:${alternation(PRICES, PRICES_MORE, PRICES_IN_PROSE)})\b`, 'iu');
/** Words of a plan or an advice (`Plan`, `Aim for`, `Keep`, `Continue`, `Limit`, `Recommend`). */
const PLAN_WORDS = /\b(?:plan|aim|keep|continue|limit|recommend(?:ed|s)?|advise[ds]?|should|give|replace|increase[ds]?|decrease[ds]?|reduce[ds]?|stop|hold|start)\b/iu;
/**
 * The highest value a sample ever gives for a test that is also taken as a supplement or limited in a diet, in any unit
 * it is commonly printed in (vitamin D 400 nmol/L, calcium 20 mg/dL, potassium 12 mmol/L …): a larger number with such
 * a name is a dose or an intake (`vitamin D 2000`, `calcium 600`, `potassium 40`, `sodium 2000`), never a result of a
 * blood sample (labs27cfix3). Urine's and red cells' own tests, measured per day or per cell volume, are not bounded.
 */
const DOSE_BOUNDS: [RegExp, number][] = [
  [/\bvit(?:amin)?\.?\s*d\d?\b|\bcholecalciferol\b|\b25-?oh\b/iu, 400],
  [/\bcalcium\b|^ca$/iu, 20],
  [/\bmagnesium\b|^mg$/iu, 10],
  [/\bpotassium\b|^k$/iu, 12],
  [/\bsodium\b|^na$/iu, 200],
  [/\bphosph(?:orus|ate)\b|^phos$/iu, 20],
  [/\bfol(?:ate|ic\s+acid)\b/iu, 100],
  [/\biron\b|^fe$/iu, 500],
  [/\bprotein\b/iu, 150],
];
const UNBOUNDED = /\b(?:urine|urinary|u-|24\s*h|rbc|red\s+cell|erythrocyte)/iu;
export function beyondSample(name: string, value: number): boolean {
  const n = name.trim();
  if (UNBOUNDED.test(n)) return false;
  const bound = DOSE_BOUNDS.find(([re]) => re.test(n))?.[1];
  return bound !== undefined && value > bound;
}
/** A test that is also taken as a supplement (the dose-bound ones, vitamins, B12, zinc). */
const SUPPLEMENT = /\bvit(?:amin)?\b|\bb\s*-?12\b|\bcobalamin\b|\bzinc\b|\bbiotin\b|\bomega\b/iu;
/**
 * A hormone that is also given as a drug in hormone care (labsfix31b): thyroid replacement (`T4 100`, `T3 20`: micrograms
 * of levothyroxine and liothyronine) and sex-hormone or adrenal therapy (`estradiol 2`, `progesterone 100`,
 * `testosterone 150`, `DHEA 25`): milligrams, in the same words as the test. A free or reverse fraction (`free T4 18`) is
 * measured only, never taken.
 */
const HORMONE_DRUG = /^(?:(?:total\s+)?t[34]|(?:levo)?thyroxine|liothyronine|(?:o?estradiol|e2)|o?estrogens?|progesterone|testosterone|dhea|pregnenolone)$/iu;
/** Words of a dose (`daily`, `IU`, `mcg`, `tablets`, `supplement`, `taking`, `twice`, `at bedtime`). */
const DOSE_CUE = /\b(?:daily|a\s+day|per\s+day|IU|mcg|tabs?|tablets?|capsules?|supplements?|doses?|taking|takes?|on|twice|bedtime)\b/iu;

/**
 * (rangenote review) Whether words name how a dose is taken (DOSE_CUE: `daily`, `tablets`, `twice`, `at bedtime`;
 * FREQUENCY: `weekly`, `bid`): a note after a dose's numbers (`Iron 65 mg 1-2 (daily)`), never a range's.
 */
export function namesDose(words: string): boolean {
  return DOSE_CUE.test(words) || words.split(/\s+/).some((w) => FREQUENCY.test(w));
}
/**
 * Whether a sentence an ongoing time opens (`Now …`, `Currently …`) may be a regimen rather than results (labsfix31):
 * a value beyond what a sample gives (`vitamin D 4000`), a word of a dose, or nothing but tests that are also taken as
 * supplements or hormone drugs (`Currently B12 1000 and folate 5.`, `Now T4 125, T3 10 and vitamin D 25.`). `Now sodium 131, potassium 5.6, creatinine 2.1.` is none: a
 * creatinine is no supplement and no value is beyond a sample's.
 */
function regimenLike(sentence: string, items: { name: string; value: number | null }[]): boolean {
  if (DOSE_CUE.test(sentence) || items.some((r) => r.value !== null && beyondSample(r.name, r.value))) return true;
  return items.every((r) => SUPPLEMENT.test(r.name) || HORMONE_DRUG.test(r.name.trim()) || DOSE_BOUNDS.some(([re]) => re.test(r.name.trim())));
}
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

/**
 * A heading alone on its line without a colon (`RESULTS`, `Laboratory Data`, `Assessment and plan`, `Transfusion
 * threshold / Target`): one to five words of letters (`&`, `/`, `-` between them), opening with a capital, no test the
 * catalog knows; the text itself, null when the line is none.
 */
function headingAlone(text: string, opts: TextParseOptions): string | null {
  const t = text.trim().replace(/^(?:[•*-]\s*)/u, '');
  // (redos) The length first, and each word's gap one way only: `(?:\s*[&/]?\s*\p{L}[\p{L}'-]*){0,4}` tried a run of
  // spaces at every split of its two `\s*` (a CSV line `Калий`, 4,900 spaces, `x,5.5,mg/dL`: 1.7 s; 78 such lines over
  // a minute), and a long word at every split into five (an empty gap: `A` and 48 letters, 0.1 s). An empty gap only
  // went on the word before it, so the words are those it read.
  if (t.length > 50 || !/^\p{Lu}[\p{L}'-]*(?:(?:\s+(?:[&/]\s*)?|[&/]\s*)\p{L}[\p{L}'-]*){0,4}$/u.test(t)) return null;
  return opts.knows?.(t) ? null : t;
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
function proseList(line: SourceLine, opts: TextParseOptions, heading: ProseHeading): RawRow[] | null {
  const { underResults, underOther } = heading;
  const text = line.text;
  // (prose) A line of one item is tried when a verb joins a name to a value (`Estradiol was 19 pg/mL.`) or when it holds
  // sentences (proseSentence reads one item alone only so).
  // (fixr78) Or a sentence opening with a quoted name (`… 26umol/l. 'serum ferritin level' 40ng /ml.`).
  // (fixr79) A semicolon inside a sentence of prose (three words in small letters running before it in its sentence:
  // `… was told that my T4 - 2.22 (normal 1.17); TSH - 0(normal 0- 0.34); and my SGPT - 114`) parts its clauses as a
  // comma does; in any other line it is a list's (readResultLists' resultList) or a table's (`ALT 30U/L (<40); AST
  // 52U/L (<40) H. Please visit our branch …`: the prose after the list is no sentence of it).
  // (review of prose19) A comma opening the line is a run-on row's piece's (run-on.ts: `, MCV 78 fL (79-97) L`), no
  // clause's: the line reader reads that piece in its place among the others. (Taken off before the test: a look-behind
  // for it ran back over a line of spaces at every place, 78 such lines 2.1 s against 0.7 s.)
  // (set 28) A slash between items after a value (`Hb 9,8 / Leuco 14.300`) parts them as a comma does (CLAUSE_BREAK).
  if (!opts.knows || line.cells?.length || /[\t|]/.test(text) || (text.includes(';') && !semicolonInProse(text)) || !(/,\s|\sand\s|[.?!]\s+(?:\p{Lu}|['‘"“]\s*\p{L})|\bflagged\s/iu.test(text.replace(/^\s*,/u, '')) || SLASH_LIST.test(text) || VERB_BEFORE_VALUE.test(text) || STATUS_AFTER_RESULTS.test(text) || DRAWN_ON.test(text))) return null;
  // Sentences end at a full stop before a space and a capital, after a number or a word of six letters or more, or at
  // the end (`glucose 132. White count 5.9`, `0.9. white count`, `as follows. ferritin`); a dotted abbreviation inside
  // a name (`vol. - 83.9`, `haemo. conc`: short) ends none.
  // (prose) A question ends a sentence too (`Is 22 high? I take …`), its mark kept.
  // (fixr78) And after a value's unit (`26umol/l. `, `50%. `: a unit's slash or a percent sign is no abbreviation's) or
  // before a quoted name (`. 'serum iron level' 26umol/l`).
  // (set 27) And before a name that opens with its number (`… (1.6–6.9). 25-Hydroxyvitamin D was 38 nmol/L`).
  const sentences = text.split(/\.\s+(?=\p{Lu}|['‘"“]\s*\p{L}|\d{1,2}-\p{L})|(?<=\d|\p{L}{6}|\d\s?%|\d\s?[\p{L}µμ]{1,5}\s?\/\s?\p{L}{1,5})\.\s+|(?<=\?)\s+/u);
  // The line's opening label says results (`LABORATORY DATA: …`): it holds for each of its sentences.
  const opening = heading.label;
  // (review 45) A label of prices (`Custo dos exames:`, `Precio de los exámenes:`, `Cost of tests:`): a price list, no
  // results, whatever cue its words hold.
  if (opening !== null && PRICE_LABEL.test(opening)) return null;
  const lineCue = underResults || (opening !== null && RESULT_CUE.test(opening));
  const read: { rows: Omit<RawRow, 'line'>[]; past: boolean; at: number }[] = [];
  // (review of set 19) The names read in the line's sentences so far (ProseContext.readNames).
  const readNames = new Set<string>();
  sentences.forEach((sentence, k) => {
    // A sentence before it with no item in it that says results introduces it (`My results are as follows.`).
    const before = k > 0 && !/\d/.test(sentences[k - 1]!) && RESULT_CUE.test(sentences[k - 1]!);
    // What comes before it on the line: an ongoing time (`Now`) answers earlier values of the same tests; a sentence
    // before it or a heading over it that says something else (`Supplements reviewed.`, `PLAN`) leaves a bare list
    // unread.
    const earlier = sentences.slice(0, k).join('. ');
    // (fixr79) A status said of the other tests (`All other counts were within the reference range`) says nothing else
    // than results: its range's words are no label of normal values.
    const previous = k > 0 ? sentences[k - 1]!.replace(WITHIN_RANGE_SAID, ' ') : '';
    const other = underOther || opening !== null || (k > 0 && (NOT_RESULTS.test(previous) || PLAN_WORDS.test(previous)));
    const rows = proseSentence(nameCommaValue(sentence, opts), opts, lineCue || before, { earlier, other, sentences: sentences.length, readNames });
    if (rows) read.push({ rows, past: PAST.test(sentence), at: k });
    for (const r of rows ?? []) readNames.add(r.name.trim().toLowerCase());
  });
  // (fixr81) `My FSH is 5.9 iu/L. It should be between 2 and 9 …`: the range the next sentence says (saidRange).
  for (const s of read) {
    const next = s.rows.length === 1 && !read.some((r) => r.at === s.at + 1) ? sentences[s.at + 1] : undefined;
    const row = s.rows[0]!;
    const said = next !== undefined ? saidRange(next, row.unit) : null;
    if (said && row.value !== null && !row.rangeText) Object.assign(row, said);
  }
  // Values of a time past (`Last visit: ferritin 12, …. Today: ferritin 45, …`) are no current results when a later
  // sentence gives the same tests.
  const names = (rows: Omit<RawRow, 'line'>[]) => rows.map((r) => r.name.trim().toLowerCase());
  const current = read.filter((s, k) => !s.past || !read.slice(k + 1).some((later) => {
    const again = new Set(names(later.rows));
    return names(s.rows).filter((n) => again.has(n)).length * 2 > s.rows.length;
  }));
  // (prose review) A test a later sentence gives again (`My LDL was 160. Now LDL 110 mg/dL.`), or gives under a pronoun
  // when it is the sentence's only test (`My testosterone was 350. After 8 weeks on TRT it is 688 ng/dL.`): the last
  // statement is the result, the earlier a history.
  const restated = (s: (typeof read)[number], name: string) => {
    const given = nameThenValue(name, BE_VERB);
    // (prose19) Not by a later sentence that says it gives an earlier value (`… Poprzednie badanie w styczniu: testosteron
    // 2,78 ng/ml`, `Previously LDL 110`): that one is the history.
    // (review 28) A later sentence naming it with a number that no reading took is no restatement (`LDL 130 mg/dL, HDL 45
    // mg/dL. LDL 70.`: a goal, the 130 kept).
    const readAt = new Set(read.map((r) => r.at));
    // (set 27) Nor by one that says a time past (`… was 53 mmol/mol. Last year it was 61, …`: HISTORY).
    return sentences.slice(s.at + 1).some((later, k) => !PREVIOUS_WORD.test(later) && !HISTORY.test(later) && ((given.test(later) && readAt.has(s.at + 1 + k)) || (s.rows.length === 1 && PRONOUN_VALUE.test(later))));
  };
  const out = current.map((s) => ({ ...s, rows: s.rows.filter((r) => !restated(s, r.name)) })).flatMap((s) => s.rows.map((r) => ({ ...r, line: line.line, ...(line.page ? { page: line.page } : {}) }) satisfies RawRow));
  return out.length ? out : null;
}

/** (fixr81) A sentence of a name, a comma and one value with its unit alone: `Testosterone, 3.1 nmol/L.` */
const NAME_COMMA_VALUE = /^\s*(\p{L}[\p{L}\d /-]{1,40}?),\s+(\d+(?:\.\d+)?\s*[\p{L}µμ%][\p{L}µμ/]{0,8}\.?)\s*$/u;

/**
 * (fixr81) A sentence that is a name the catalog knows, a comma, and a value with its unit, nothing else
 * (NAME_COMMA_VALUE: a patient's post listing a result): the name and its value, as `Testosterone 3.1 nmol/L`.
 * Any other sentence as it was.
 */
function nameCommaValue(sentence: string, opts: TextParseOptions): string {
  const m = NAME_COMMA_VALUE.exec(sentence);
  return m && opts.knows!(m[1]!.trim()) ? `${m[1]!.trim()} ${m[2]}` : sentence;
}

/** (fixr81) A sentence that says what a result should be: `It should be …`. */
const SHOULD_BE = /^\s*it\s+should\s+be\b/i;
/** (fixr81) A writer's aim, no laboratory's range: `for optimal energy`, `ideally`, `my naturopath says`. */
const AIM_WORDS = /\b(?:optimal|optimum|ideal(?:ly)?|target|aim|goal|naturopath|functional|prefer|according|some\s+say|i\s+think)\b/i;
const SAID_NUMBER = String.raw`(\d+(?:\.\d+)?)`;
/** (mend23) A time's word after a number (`6 to 8 weeks`): a span of time, no range. */
const SAID_TIME_AFTER = String.raw`(?!\d|[.,]\d|\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?)\b)`;
/** (fixr81) The range's forms in such a sentence: `between 2 and 9`, `0.2 to 2.86`, `under 4`, `above 50`. */
const SAID_BETWEEN = new RegExp(String.raw`\bbetween\s+${SAID_NUMBER}\s+and\s+${SAID_NUMBER}\b${SAID_TIME_AFTER}`, 'i');
const SAID_TO = new RegExp(String.raw`\b${SAID_NUMBER}\s+to\s+${SAID_NUMBER}\b${SAID_TIME_AFTER}`, 'i');
const SAID_ONE = new RegExp(String.raw`\b(?:under|below|less\s+than|over|above|more\s+than)\s+${SAID_NUMBER}\b`, 'i');
/** (mend23) A unit said after a range's bound: group 1 (`over 75 nmol/L`). */
const SAID_UNIT = /^\s*([\p{L}µμ%][\p{L}µμ%/\d^*]{0,12})/u;
/**
 * (mend23) The population a two-sided range is said for (`for women`, `for adult men`), or the cycle's phase (`during
 * the follicular phase`): the words a laboratory's range is printed under.
 */
const SAID_POPULATION = /^\s*(?:for\s+(?:(?:adult|grown|young|older)\s+)?(?:women|men|females?|males?|adults?|ladies)\b|(?:during|in)\s+(?:the\s+)?(?:follicular|luteal|ovulatory|mid-?cycle)\s+phase\b)/i;
/** (mend23) The end of the sentence, or a conclusion the writer draws (`…, so fine.`, `… so I am low`). */
const SAID_END = /^\s*(?:[.!]\s*)?$|^\s*,?\s*so\b[^\d]*$/i;

/**
 * (mend23) What follows a said range's last number, when it is no aim of the writer's (`above 50 for hair growth`,
 * `below 48 for me`, `more than 500 in Japan`): a unit (only the row's own: `over 75 nmol/L` of a result in ng/mL is
 * another unit's range), then, for a two-sided range alone, a population's phrase (`for women`, `during the follicular
 * phase`, then perhaps an aside after a comma), then the sentence's end. False for anything else.
 */
function saidRangeEnds(rest: string, rowUnit: string | undefined, twoSided: boolean): boolean {
  let tail = rest;
  const unit = SAID_UNIT.exec(tail);
  if (unit && toUcum(unit[1]!) !== null && !/^(?:for|so|in|to|at|on|when|if|and|or|but|during)$/i.test(unit[1]!)) {
    if (!sameUnit(unit[1]!, rowUnit)) return false;
    tail = tail.slice(unit[0].length);
  }
  const population = twoSided ? SAID_POPULATION.exec(tail) : null;
  if (population) tail = tail.slice(population[0].length);
  // After the population's words, the writer's aside after a comma, without numbers (`…, in which I seem to be stuck`).
  return SAID_END.test(tail) || (population !== null && /^\s*,[^\d]*$/.test(tail));
}

/** (mend23) Whether a unit said after a range is the row's: the same UCUM unit, or the same letters where neither reads. */
function sameUnit(said: string, rowUnit: string | undefined): boolean {
  if (!rowUnit) return false;
  const [a, b] = [toUcum(said), toUcum(rowUnit)];
  return a !== null && b !== null ? a === b : said.toLowerCase() === rowUnit.toLowerCase();
}

/**
 * (fixr81) The range a sentence right after a result's says (`It should be, err, well, between 2 and 9 during the
 * follicular phase`, `It should be 0.2 to 2.86.`, `It should be under 4.`: a patient's post quoting the printed range
 * of a result given alone in the sentence before): the range's words as its text (`between 2 and 9`), with its bounds
 * (`between … and …`, which the range reader reads as words, given here). Only a sentence that opens `It should be`,
 * whose numbers are the range's alone, and that says no aim of the writer's (AIM_WORDS: `above 70 for optimal energy`).
 * (mend23) And only when the sentence ends with the range (saidRangeEnds): a unit after it the row's own, a two-sided
 * range's population (`for women`) the only words after it; a purpose, a person or a place after it (`above 50 for
 * hair growth`, `below 48 for me`, `less than 7 for diabetics`) says an aim, no laboratory's range.
 */
function saidRange(sentence: string, rowUnit?: string): { rangeText: string; range?: { low: number; high: number } } | null {
  if (!SHOULD_BE.test(sentence) || AIM_WORDS.test(sentence)) return null;
  const numbers = sentence.match(/\d+(?:\.\d+)?/g) ?? [];
  const ends = (m: RegExpExecArray, twoSided: boolean) => saidRangeEnds(sentence.slice(m.index + m[0].length), rowUnit, twoSided);
  const between = SAID_BETWEEN.exec(sentence);
  if (between && numbers.length === 2) {
    const [low, high] = [Number(between[1]), Number(between[2])];
    return low < high && ends(between, true) ? { rangeText: between[0].replace(/\s+/g, ' '), range: { low, high } } : null;
  }
  const to = SAID_TO.exec(sentence);
  const m = to ?? SAID_ONE.exec(sentence);
  return m && numbers.length === m.length - 1 && ends(m, to !== null) ? { rangeText: m[0].replace(/\s+/g, ' ') } : null;
}

/**
 * Whether a sentence gives positive evidence that its items are measured results (labs27cfix2): a results cue in its
 * labels (`Labs today:`, `Iron studies:`, `ABG on FiO2 40, PEEP 5:`) or over it (`cued`: a heading, an introducing
 * sentence), a results word or a verb before a value in its own words (`came back`, `was 12`), a time of finding (`now`,
 * `today`, `On 12/03`; `now`, `currently`, `tonight` only against earlier values of the same tests), a panel's name
 * with its verb (`CMP notable for`), or on two thirds of its items a unit the catalog measures the item's test in or a
 * flag (`potassium 5.8 high`); or, as a last resort, nothing but three known tests with plain values (labs27cfix3).
 * Targets, doses,
 * diets, cut-offs, limits, critical values and nutrition labels print none of these.
 */
function resultEvidence(sentence: string, items: { name: string; value: number | null; unit?: string; flag?: string; comparator?: string; rangeText?: string }[],
  { counted, clauses }: { counted: number; clauses: number }, cued: boolean, opts: TextParseOptions, ctx: ProseContext): boolean {
  if (cued || PANEL_LEAD.test(sentence)) return true;
  const colon = sentence.lastIndexOf(':');
  if (colon >= 0 && RESULT_CUE.test(sentence.slice(0, colon))) return true;
  if (RESULT_WORD.test(sentence) || VALUE_VERB.test(sentence) || TIME_AFTER_VALUE.test(sentence)) return true;
  // A time opening the sentence, its first item a test right after it.
  const lead = TIME_LEAD.exec(sentence);
  const first = lead ? PROSE_ITEM.exec(sentence.slice(lead[0].length).split(/,\s+|\s+and\s+/u)[0]!.trim().replace(/\.$/, '')) : null;
  // (`Now`, `Currently`, `Tonight`: only against earlier values of the same tests on the line, labs27cfix3.)
  const again = items.filter((r) => nameThenValue(r.name, 'was|were|is|of').test(ctx.earlier)).length;
  if (first && opts.knows?.(first[1]!.trim()) && (!ONGOING_LEAD.test(sentence) || !regimenLike(sentence, items) || again * 2 >= items.length)) return true;
  const measured = items.filter((r) => r.flag || r.rangeText || (r.unit && measuredOnScale(opts, r.name, r.unit))).length;
  if (measured * 3 >= counted * 2) return true;
  // (prose) A list of known tests, one of them measured (a unit the catalog measures it in, a range bracketed around it,
  // a flag) and the others plain numbers (`ldl 142 mg/dl, hdl 44, trigs 96`, `PSA 0.7, TSH 3.1 (range .45-4.5)`): the
  // measured item says what the list is, when nothing is refused and nothing before it says a plan or doses.
  if (measured >= 1 && !ctx.other && counted === items.length && items.every((r) => opts.knows?.(r.name) && !r.comparator
    && (r.flag || r.rangeText || !r.unit || measuredOnScale(opts, r.name, r.unit)))) return true;
  // The last resort (labs27cfix3): a sentence that is nothing but three tests or more, each named once and known, with
  // a plain number each (no unit, no comparator, none beyond what a sample gives: beyondSample), with no label, no time
  // before it and nothing before it or over it that says doses or a plan (`Admitted with melena. Hemoglobin 8.1,
  // platelets 45, WBC 1.2.`): a history's results. A regimen prints a verb or a label (`She is on …`, `Continue …`,
  // `Supplements: …`) or doses beyond a sample's.
  const names = new Set(items.map((r) => r.name.trim().toLowerCase()));
  return !ctx.other && !sentence.includes(':') && !lead && items.length >= 3 && counted === items.length && clauses === items.length
    && names.size === items.length && items.every((r) => opts.knows?.(r.name) && !r.unit && !r.comparator);
}

/** What a prose line's reading needs of the lines above it (readResultLists). */
interface ProseHeading {
  /** The label the line opens with (lineLabel), null when none. */
  label: string | null;
  /** A heading over the line says results (`LABORATORY DATA:`, `RESULTS`), and the line opens with no label of its own. */
  underResults: boolean;
  /** A heading over the line says something else (`PLAN:`, `Assessment and plan`), and the line opens with no label. */
  underOther: boolean;
}

/** What a sentence's reading needs of the line around it (labs27cfix3). */
interface ProseContext {
  /** The line's sentences before it. */
  earlier: string;
  /** A heading over it or a sentence before it says something else than results (a plan, doses), or the line opens with a label. */
  other: boolean;
  /** (prose) How many sentences its line holds. */
  sentences: number;
  /** (review of set 19) The names read in the sentences before it on its line (none read: no sentence of results before). */
  readNames?: ReadonlySet<string>;
}

/**
 * (review of set 19) Whether a test is named anew after a sentence of results on its line: one was read before, and not
 * this test (`LDL 130 mg/dL, HDL 45 mg/dL. LDL 70.`: a goal, review 28).
 */
function newAfterResults(name: string, ctx: ProseContext): boolean {
  return (ctx.readNames?.size ?? 0) > 0 && !ctx.readNames!.has(name.trim().toLowerCase());
}
/**
 * (review 28) Whether a test's plain number alone in a sentence after results on its line is another result: named anew,
 * and no supplement or hormone drug (`Iron 325.`, `T4 100.`: a dose).
 */
function afterResults(name: string, ctx: ProseContext): boolean {
  const n = name.trim();
  return newAfterResults(n, ctx) && !SUPPLEMENT.test(n) && !HORMONE_DRUG.test(n) && !DOSE_BOUNDS.some(([re]) => re.test(n));
}

/**
 * A heading naming a specimen other than urine and blood (in folded text): stool (`faeces`, `Stuhl`, `coprológico`,
 * `heces`, `selles`, Portuguese `fezes`), semen (tempurine: Portuguese and Spanish `espermograma`, `seminograma`), sputum
 * (Portuguese `escarro`), cerebrospinal fluid (`CSF`, `liquor`, `líquido cefalorraquídeo`, `céphalo-rachidien`), other body fluids, a swab. (Moved here
 * from text-report.parser.ts in the labs41fix review, which imports it, for NON_BLOOD_LEAD.)
 */
export const OTHER_SPECIMEN_WORDS = String.raw`stools?|f(?:a|o)?eca?l?|f(?:a|o)?eces|stuhl\w*|copro\w*|heces|selles|semen|seminal|sperm(?:e|iogram\w*)|espermi?ograma|seminograma|fezes|escarro|csf|cerebrospinal|(?:cefalo|cephalo-?)rr?a(?:qu|ch)id\w*|liquor|lcr|sputum|expectora\w*|pleural|ascitic|peritoneal|synovial|pericardial|body fluids?|swab|\w*punktat\w*|aszites|ascites|drainage|dialysat\w*|speichel\w*|saliva\w*`;

/**
 * Urine in the report languages seen (`Urine`, `urinary`, `Urinalysis`, Spanish `orina`, Italian and Portuguese
 * `urina`, German `Harn`, Polish `mocz`, Hungarian `vizelet`, Finnish `virtsa`, Indonesian `urinalisa`; urinept: Spanish
 * `uroanálisis`): one list for the text reader's labels and sections (text-report.parser.ts) and the prose lists' lead-ins (NON_BLOOD_LEAD).
 */
export const URINE_WORDS = String.raw`(?:urin\w*|orina|urina|harn\w*|mocz\w*|vizelet\w*|virtsa\w*|urinalisa|uroan[aá]lisis)`;
/**
 * (world-words) Urine in other scripts beside URINE_WORDS' Latin ones, as world-words.tsv's specimen words print it
 * (Russian `моча`, `в моче`; Ukrainian `сеча`, `в сечі`; Bulgarian and Serbian `урина`, `урин`; Greek `ούρα`, `ούρων`;
 * CJK `尿` — not `尿酸`, uric acid, nor `尿素`, urea; Korean `소변`, `뇨`; Hebrew `שתן`; Arabic `بول`; Persian `ادرار`;
 * Thai `ปัสสาวะ`), whole words where the script spaces its words (`Мочевина`, urea, is none). catalog.ts reads a Latin
 * name with one as the urine's test.
 */
export const URINE_IN_OTHER_SCRIPTS = /(?<!\p{L})(?:моч[аеиу]|сеч[аіу]|урин[аеиу]?|ούρ[αω]ν?|ב?שתן|(?:ال)?بول|ادرار)(?!\p{L})|尿(?!酸|素)|소변|뇨|ปัสสาวะ/iu;
/**
 * A specimen other than blood: urine's words, a urine strip (`dipstick`), stool, CSF, other fluids, a swab.
 * (labs46fix review) Also a punctate or effusion (`Punktat`, `Pleurapunktat`, `Aszites`, `ascites`), a drainage's
 * fluid, a dialysate (`Dialysat`) and saliva (`Speichel`): what catalog.ts's bracketed specimen rule reads too.
 */
export const NON_BLOOD_SPECIMEN_WORDS = String.raw`${URINE_WORDS}|dipstick|${OTHER_SPECIMEN_WORDS}`;

const OTHER_SPECIMEN = new RegExp(String.raw`\b(?:${OTHER_SPECIMEN_WORDS})\b`, 'iu');
/**
 * Whether a text names a specimen other than urine and blood (OTHER_SPECIMEN_WORDS), whatever else it names: the
 * test of one specimen's own name (xml-records.ts's CDA `<specimen>`, `Stool (faeces)` is one), where a heading's
 * test (namesOtherSpecimen) also wants no second specimen beside it.
 */
export function saysOtherSpecimen(text: string): boolean {
  return OTHER_SPECIMEN.test(text);
}
/** Every specimen a text names, blood's and urine's too (a list of them: `Samples received: Blood, Urine, Stool`). */
const SPECIMEN_WORD = new RegExp(String.raw`\b(?:blood|serum|plasma|${URINE_WORDS}|${OTHER_SPECIMEN_WORDS})\b`, 'giu');

/** How many specimens a folded heading or name names (SPECIMEN_WORD). */
export function specimenWordCount(folded: string): number {
  return folded.match(SPECIMEN_WORD)?.length ?? 0;
}

/**
 * A folded heading or name naming a specimen other than urine and blood (OTHER_SPECIMEN_WORDS: `STOOL EXAMINATION`,
 * `SEMEN ANALYSIS`, `Sputum`) and no other specimen beside it (`Blood, Urine and Stool Examination` is no section of
 * one): the text reader's strip lines stop under it (stripLines), the records reader reads its results as a body
 * fluid's. One predicate for both readers.
 */
export function namesOtherSpecimen(folded: string): boolean {
  return saysOtherSpecimen(folded) && specimenWordCount(folded) < 2;
}

/**
 * (labs41fix review) A lead-in that names a specimen other than blood (`The CSF analysis showed …`, `Urine test
 * showed …`, `Dipstick: …`): the list after its verb or colon is that specimen's, not blood's glucose or protein.
 */
export const NON_BLOOD_LEAD = new RegExp(String.raw`\b(?:${NON_BLOOD_SPECIMEN_WORDS})\b`, 'iu');

/**
 * (fixr81) A remark after a value and a spaced dash that says how it moved from an earlier value, in words alone (`–
 * up three from October`, `- down a bit since the spring`): group 1 what stands before it. (mend23) Or with the earlier
 * value after `from` (`– up from 12 in January`, `– down from 1.4.`): the number after `from` is no result.
 */
/** (portals) A number and a span of time's word after it (`2 weeks`, `6 wks`, `3 months`), with no unit of a result. */
const TIME_SPAN_CLAUSE = /^(?!.*\d\s*(?:[munpµμ]?(?:g|mol|l|iu|u)|%)\b).*\b(?:for|in|after|within|every)\s+(?:another\s+|the\s+next\s+)?\d+(?:[.,]\d+)?\s*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\b/iu;
/** (portals) A clause of a change alone: `up from 22 in October`, `down from 5.9`, `improved from 18 last time`. */
/** A change's verb and the earlier value after `from` or `since`, its unit perhaps (CHANGE_CLAUSE, CHANGE_AFTER_VALUE). */
const CHANGED_FROM = String.raw`(?:up|down|increased|decreased|rising|falling|dropped|improved|improving)\s+(?:from|since)\s+[<>]?\d+(?:[.,]\d+)?(?![\d.,])(?:\s+[\p{L}%/]+)?`;
const CHANGE_CLAUSE = new RegExp(String.raw`^(?:${CHANGED_FROM}(?:\s+(?:in|on|at|last)\s+[\p{L}\d/ ]{1,20})?)$`, 'iu');
const CHANGE_REMARK = /^(.*\d\s*[\p{L}%/µμ]*)\s+[–—-]\s+(?:up|down|rising|falling)\b(?:[^\d]*|\s+(?:from|since)\s+\d+(?:\.\d+)?(?!\d|[.,/]\d)[^\d]*)$/iu;
/**
 * (set 27) The same said right after the value and its unit, no dash between (`Hb 86 g/L down from 97 this morning`, a
 * handover's): the earlier value after `from` no result, the words of its time none either. Group 1 the result.
 */
const CHANGE_AFTER_VALUE = new RegExp(String.raw`^(.*\d\s*[\p{L}%/µμ]*)\s+${CHANGED_FROM}(?:\s+(?:this|last|yesterday|on|in|at)\b[^\d]{0,30})?$`, 'iu');

/** (fixr81) An ESR's millimetres in the first hour, in parentheses or after a slash: `mm (1st h)`, `mm/1st hr`. */
const MM_FIRST_HOUR = /(?<!\p{L})mm\s*(?:\(\s*1st\s+(?:h|hr|hour)\s*\)|\/\s*1st\s+(?:h|hr|hour)\b)/giu;

/** (labs41fix review) A count per lower-case millilitre (`x 103/ml`, read `10^3/ml`): per mL or per µL is a guess. */
const COUNT_PER_ML = /^10\^\d{1,2}\/ml$/;

/** (labs41fix review) The sentence's text before a clause's verb or colon (at `at` in the clause). */
function leadIn(sentence: string, clause: string, at: number): string {
  const start = sentence.indexOf(clause);
  return start >= 0 ? sentence.slice(0, start + at) : clause.slice(0, at);
}

/** (labs41fix) A verb of finding that introduces the first item of a list without a colon (`which show`, `revealed`). */
const SHOWING_VERB = /\b(?:show(?:s|ed|ing)?|reveal(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing)|came\s+back\s+(?:with|as))\s+(?=\p{L})/iu;

/**
 * (fixg) A letter's asides around a value, taken out of its sentence: a clause between a name and its verb (`Your
 * HbA1c, which reflects your average blood sugar over the last 2-3 months, was 46`), a `which` before the verb (`ALT,
 * which was slightly raised at 56`), and a status clause between a value and its bracketed range (`38 nmol/L, which is
 * insufficient (we like it to be above 50)`).
 */
function withoutAsides(sentence: string): string {
  // (An aside of a time past, `which we last checked in 2019`, or of other numbers, `which is above target`, stays:
  // the sentence is a history's, or NOT_RESULTS's.)
  const out = (aside: string, kept = ' ') => (HISTORY.test(aside) || YEAR.test(aside) || NOT_RESULTS.test(aside) ? aside : kept);
  return sentence
    .replace(/,\s+(?:which|that)\s+(?!(?:is|was|were|are)\b)[^,()]{1,80},\s+(?=(?:is|was|were|are|came\s+back)\s)/giu, (aside) => out(aside))
    .replace(new RegExp(String.raw`,\s+which\s+(?=${BE_VERB}\s+[<>]?\d)`, 'giu'), ' ')
    .replace(/(\d\S*(?:\s+[^\s,()]+)?),\s+which\s+(?:is|was)\s+(?:[\p{L}'-]+\s+){0,3}?(?=\([^()\d]*\d[^()]*\))/giu, (aside, value: string) => out(aside, `${value} `));
}

/** (fixr79) Prose: three words in small letters one after another (`was told that`). */
const PROSE_WORDS = /(?<!\p{L})\p{Ll}{2,}\s+\p{Ll}{2,}\s+\p{Ll}{2,}(?!\p{L})/u;
/**
 * (fixr79) Whether the sentence a line's first semicolon stands in reads as prose before it or after it (PROSE_WORDS). (review of set
 * 17) Or the semicolon has a space before it, as French sets it (`Ferritine à 19 µg/L ; vitamine B12 normale.`), in a
 * line of sentences (a full stop before a capital): no list's or table's separator.
 */
function semicolonInProse(text: string): boolean {
  const before = text.slice(0, text.indexOf(';'));
  const sentence = before.split(/[.?!]\s+/u).pop() ?? '';
  // Or the words after it, to the sentence's end, where a verb joins the result before it (`Homocysteine was 13.8 umol/L
  // (0.0-14.5); we like to see it under 9.`; a note's `Hb 168 g/L (previous 146); therapy noted` stays no prose).
  const after = text.slice(before.length + 1).split(/[.?!](?:\s+|$)/u)[0] ?? '';
  return PROSE_WORDS.test(sentence) || (PROSE_WORDS.test(after) && VERB_BEFORE_VALUE.test(sentence)) || (/\s;\s/u.test(text) && /[.?!]\s+\p{Lu}/u.test(text));
}
/** (fixr79) A normal value in brackets, one number and no side (`(normal 1.17)`, `(ref 40)`). Group 1 the number. */
const BRACKET_NORMAL_VALUE = /\s*\(\s*(?:normal|ref(?:erence)?)\s*:?\s*(\d*[.,]?\d+)\s*\)/iu;
const BRACKET_NORMAL_VALUES = new RegExp(BRACKET_NORMAL_VALUE.source, 'giu');
/**
 * (review of set 19) A day after a value (`8.6% on 05/29/2025`, `drawn on 5/29/2025`), ending its clause: group 1 the
 * value and its unit, 2 the date.
 */
// (review 28) Bounded (unbounded, it ran from every digit to the end of a long run: 89-137 ms against 47 on a 5,000-sign line).
const VALUE_DRAWN_ON = String.raw`(?<![\d.,])(\d[^\s,;]{0,20}(?:\s{0,3}[^\s\d,;()]{1,20})?)\s{1,3}(?:(?:drawn|taken|collected)\s+)?on\s+(\d{1,2}([/.-])\d{1,2}[/.-]\d{4})`;
const DATE_AFTER_VALUE = new RegExp(String.raw`${VALUE_DRAWN_ON}\s*$`, 'u');
/** (review 28) A draw's day (ISO) in a year a sample was drawn in: from 1950 to next year; else undefined. */
function plausibleDay(iso: string | undefined): string | undefined {
  const year = iso ? Number(iso.slice(0, 4)) : NaN;
  return year >= 1950 && year <= new Date().getUTCFullYear() + 1 ? iso : undefined;
}
/** (review of set 19) DATE_AFTER_VALUE anywhere in a line (proseList's gate). */
// (Bounded: unbounded, it split a run of spaces after a value every way, 62 ms on a line of 4,900 spaces; bench-labs'
// 78 such lines 10.9 s against 0.4.)
const DRAWN_ON = new RegExp(String.raw`${VALUE_DRAWN_ON}\b`, 'u');
/** (fixr79) A possessive before a test's name in a clause (`… that my T4`): group 1 the words after the last one. */
// (review of set 19) `most recent` and `latest` so too (`most recent HbA1c 8.6%`: the current value's words).
// (review 27) `initial` and `repeat` too (`Initial troponin I <0.01 ng/mL`, `Repeat potassium 4.9 mmol/L`: a value of this visit).
const POSSESSIVE_LED = /(?:^|\s)(?:my|your|his|her|their|most\s+recent|latest|initial|repeat)\s+((?:(?!\b(?:my|your|his|her|their|recent|latest|initial|repeat)\b)\S+\s*){1,5})$/iu;
/**
 * (set 27) A status said before the test's name, perhaps after a word of degree (`an inappropriately raised parathyroid
 * hormone of 18.4 pmol/L`, `a mildly elevated ALT of 56`): group 1 the name after it. The range flags the value.
 */
const STATUS_LED = /^(?:(?:an?|the)\s+)?(?:\p{L}+ly\s+)?(?:raised|elevated|high|low|reduced|decreased|increased|borderline|normal)\s+(\p{L}.*)$/iu;

/**
 * (fixr79) A status said of tests against their ranges (`were within the reference range`, `are all within normal
 * limits`): no label of normal values.
 */
const WITHIN_RANGE_SAID = /\b(?:is|are|was|were)\s+(?:all\s+)?within\s+(?:the\s+)?(?:normal|reference)(?:\s+(?:ranges?|limits?|values?|intervals?))?/giu;

/** (fixg) A status said of a test or a panel (`is normal`, `were all normal`): no label of normal values. */
const SAID_NORMAL = /\b(?:is|are|was|were)\s+(?:all\s+)?normal\b/giu;

/**
 * (fixg) A word a test's name follows in a longer subject (`although your ferritin`, `except the ALT`): an article, a
 * possessive or a conjunction — no word of the name itself (`urine albumin`, `non-HDL cholesterol` are no albumin's or
 * cholesterol's).
 */
// (set 27) And words that say which of the test's values it is (`His repeat total testosterone was …`, `her latest
// ferritin`, `a fasting insulin`, `the trough level`): this visit's value.
const SUBJECT_LEAD = new RegExp(String.raw`^(?:your|my|his|her|their|the|a|an|although|though|but|and|except|while|whilst|whereas|however|that|so|also|${THIS_VISIT_WORDS}|most|initial|trough|random|${ARTICLES_ABROAD})$`, 'iu');

/**
 * (mend4) Whether the words before a subject's name (`words`, the name from `at`) are all SUBJECT_LEAD words (`although
 * your`, `and the`): any other before them (`A good level for your`, `The ideal for your`, `In hospital your`) makes
 * the number a target, a usual level or a value of another time, no result.
 */
const onlyLeads = (words: string[], at: number) => words.slice(0, at).every((w) => SUBJECT_LEAD.test(w.replace(/,$/u, '')));

/**
 * (fixg) The test a verb's subject names (`although your ferritin (iron stores)`, `Your thyroid test (TSH)`, `Your HDL
 * ("good") cholesterol`): the subject when the catalog knows it, else, without the brackets' glosses, the whole or its
 * last words (up to five) after a SUBJECT_LEAD word that the catalog knows, else an abbreviation in brackets at its end.
 * Null when none is known.
 */
function knownSubject(printed: string, opts: TextParseOptions): string | null {
  // (Quotes around a gloss, `("good")`, are no part of a name.)
  const subject = printed.replace(/["“”]/gu, '');
  if (opts.knows!(subject)) return subject;
  const words = subject.replace(/\s*\([^()]*\)/gu, ' ').trim().split(/\s+/u);
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if ((n === words.length || onlyLeads(words, words.length - n)) && /^\p{L}/u.test(tail) && opts.knows!(tail)) return tail;
  }
  const gloss = /\(([^()\s]{2,12})\)$/u.exec(subject)?.[1];
  // (mend4) The gloss's subject too: no word but leads before its last article or possessive (`Your thyroid test (TSH)`).
  const article = words.reduce((at, w, k) => (/^(?:your|my|his|her|their|the|a|an)$/iu.test(w) ? k : at), 0);
  return gloss && opts.knows!(gloss) && onlyLeads(words, article) ? gloss : null;
}

/** (prose17) A unit that is a count per microlitre or cubic millimetre alone (`/μL`, `/cumm`). */
const COUNT_ALONE = new RegExp(String.raw`^${COUNT_PER_VOLUME_ALONE}$`, 'iu');

/**
 * (set 28) A slash with a space each side after a value, before the next item's name and number (`Hb 9,8 / Leuco
 * 14.300 / Cr 2,1`, a progress note's list): never a unit's slash, spaced or not (`11.2 g / dL, ferritin 9`, `99 mg /
 * dL and cholesterol 180`: a volume, an amount or a time below it; review 45), nor a remark's (`6.1 / haemolysed`). The
 * one definition of it: a clause's break (CLAUSE_BREAK) and what makes a line a list (SLASH_LIST, proseList).
 */
const SLASH_BETWEEN_ITEMS = String.raw`(?<=\d\s{0,3}[^\s,;]{0,20})\s+\/\s+(?![dDmMuUµμ]?[lL]\b|mmol\b|mol\b|min\b|h\b|hr\b|day\b|d\b|kg\b|mm3\b|cumm\b)(?=\p{L}[\p{L}\d.()-]*(?:\s+\p{L}[\p{L}\d.()-]*){0,3}\s+[<>]?\d)`;
const SLASH_LIST = new RegExp(SLASH_BETWEEN_ITEMS, 'u');

/**
 * Where a sentence's clauses part: a comma (not before a written flag), a semicolon, `and`; (prose19) after a value (and
 * its unit, or its flag), `and` in the languages of the keyed sets' letters (`Het glucose nuchter is 5,4 mmol/l en het HbA1c 38
 * mmol/mol`, `162 g/L och EVF 0,49`, `TSH 3,1 und fT4 14`, `y`, `e`, `et`, `ve`, `og`). Dutch `en` and Polish `i` only
 * before a capital, a Dutch article or possessive or a Polish possessive (`i SHBG`, `en het HbA1c`, `en uw Hb`): they are also French and Spanish `en` and Nordic `i`
 * (in: `12 µg/L i januari`, `98 g/L en mars`, review 26). The look-behind bounded (review 26: a 5,000-letter line).
 * (set 28) A slash between items (SLASH_BETWEEN_ITEMS).
 */
const CLAUSE_BREAK = new RegExp(String.raw`,\s+(?!(?:[Ww]hich\s+(?:they|it)\s+)?[Ff]lagged\s)|;\s*(?:and\s+)?|\s+and\s+|${SLASH_BETWEEN_ITEMS}|(?<=\d\s{0,3}[^\s,;]{0,20}|\bflagged\s+(?:critical\s+)?(?:high|low))\s+(?:(?:en|i)(?=\s+(?:\p{Lu}|(?:het|de|een|uw|je|jouw|mijn|zijn|haar|twój|twoja|mój|moja|jego|jej)\s))|och|und|y|e|et|ve|og)\s+(?=\p{L})`, 'u');
/** (prose17) `with` between a value (and its unit) and an item `a … of value` (proseSentence). */
const WITH_OF = /(\d[^\s(]*(?:\s+[^\s(\d]+)?)\s+with\s+(?=(?:an?\s+|the\s+)?\p{L}[\p{L}\d ()-]{0,40}?\s+of\s+[<>]?\d)/giu;
/** (review of prose17) What WITH_OF leaves where `with` was: a clause break and a mark that the clause is `with`'s. */
const WITH_MARK = '\u2063';

/** (review of prose17) The longest sentence the `with` and aside patterns are tried on. */
const LONGEST_SENTENCE = 1000;

/** (prose17) An item `[a|the] name of value` (group 1 the name). */
const OF_ITEM = /^(?:(?:an?|the)\s+)?(\p{L}[\p{L}\d ()'/-]*?)\s+of\s+(?=[<>]?\d)/u;

/** (prose17) A bracket after a value that names an earlier one (proseSentence). */
const HISTORY_ASIDE = new RegExp(String.raw`(\d[^\s(]*(?:\s+[^\s(\d]+)?)\s*\((?:${HISTORY_ASIDE_WORDS}|from)\b[^()]*\)`, 'giu');

/**
 * (prose19) A flag in words after a value, in a bracket that opens with it, a flag's letter in a bracket, or a flag after
 * a dash, perhaps after the value's bracketed range (`K 2.8 (critical low, called by the lab; repleted with KCl 40 mEq
 * PO x 2)`, `Cr 1.9 (H)`, `K 6.6 - critically high, phoned by the lab`, `Lp(a) 87 mg/dL (<30) - high`): group 1 the
 * value, its unit and its range's bracket, then the flag's groups (flagAside). The bracket's remark after the flag is no
 * part of the sentence (its doses and its semicolon had refused every result of it); after a dash, the flag ends its
 * clause.
 */
const FLAG_DEGREE = String.raw`(?:${DEGREE_WORDS}|still)\s+`;
const FLAG_ASIDE = new RegExp(String.raw`(\d[^\s(]*(?:\s+[^\s(\d,;]+)?(?:\s*\([^()]*\d[^()]*\))?)\s*(?:\(\s*(?:(critical(?:ly)?)\s+|${FLAG_DEGREE})?(${SIDE_WORDS})(?=\s*[,;)])[^()]*\)|\(\s*(HH|LL|H|L)\s*\)|[–—-]\s+(?:(critical(?:ly)?)\s+|${FLAG_DEGREE})?(high|low|elevated|raised)(?=\s*(?:[,;.(]|$)))`, 'giu');
/** (prose19) FLAG_ASIDE's flag as FLAGGED reads it after the value (`flagged critical low`). */
function flagAside(aside: string, value: string, critical?: string, side?: string, letter?: string, dashCritical?: string, dashSide?: string): string {
  // (A letter only in capitals: `(l)` may be a litre's.)
  if (letter && letter !== letter.toUpperCase()) return aside;
  const word = (side ?? dashSide ?? letter)!.toLowerCase();
  const high = /^(?:hh?|high|elevated|raised|increased)$/u.test(word);
  // (review 25) A range after the flag in its bracket (`(Low; standard range 3.5 - 5.2 mmol/L)`) stays, in a bracket of
  // its own after the value.
  const rest = side ? /[,;]\s*([^()]*)\)$/u.exec(aside)?.[1] : undefined;
  const range = rest && /\d\s*(?:[-–]|to)\s*\d|[<>≤≥]\s*\d/u.test(rest) && RANGE_MARK.test(rest) ? ` (${rest.trim()})` : '';
  return `${value}${range} flagged ${critical || dashCritical || /^(?:hh|ll)$/u.test(word) ? 'critical ' : ''}${high ? 'high' : 'low'}`;
}

/**
 * (prose19) A flag's word or capital letter after a value's bracketed range, ending its clause (`free T 28.1 pg/mL
 * (8.7-25.1) high, …`, `hematocrit 53.9% (37.5-51.0) H, …`): the flag, as FLAGGED reads it. Group 1 the bracket, 2 a
 * letter, 3 a word.
 */
const FLAG_AFTER_RANGE = /(\([^()]*\d[^()]*\))\s+(?:(HH|LL|H|L)|((?:critical(?:ly)?\s+)?(?:high|low)))(?=\s*(?:[,;]|\.(?!\d)|$))/gu;
function flagAfterRange(_all: string, bracket: string, letter?: string, word?: string): string {
  const flag = letter ? `${letter.length === 2 ? 'critical ' : ''}${letter[0] === 'H' ? 'high' : 'low'}` : word!.toLowerCase().replace(/^critically/u, 'critical');
  return `${bracket} flagged ${flag}`;
}

/**
 * (prose19) A target in a bracket after a value and its unit, with a number of its own (`your ApoB is 104 mg/dL (our
 * target for you is <60 given your family history)`, `omega-3 index 5.1% (goal >8%)`): the clinic's goal, no part of
 * the result — left out, so that its word no longer refuses every result of the sentence. Group 1 the value and unit.
 */
const TARGET_ASIDE = new RegExp(String.raw`((?<![\p{L}\d.,/])[<>]?\d[\d.,]*\s*[^\s(\d,;:)]+)\s+\((?=[^()]*\b(?:${alternation(TARGETS)}|aim)\b)[^()]*\d[^()]*\)`, 'giu');
/**
 * (review 26) A remark in words after a dash at a result's clause's end, after its value, unit or bracketed range (`HCO3
 * 30 (22-29) — chased`, `… (3.9-5.5) - see GP`): no part of it. Not words with a flag's or a change's word in them
 * (`- still flagged low`: FLAGGED's; `- up from 22`: CHANGE_REMARK's).
 * Group 1 the result up to the dash.
 */
const DASH_REMARK = /((?<![\p{L}\d.,/])[<>]?\d[\d.,]*(?:\s*[^\s\d(),;:–—-][^\s(),;:]*)?(?:\s*\([^()]*\d[^()]*\))?)\s+[–—-]\s+(?![\p{L}' ]*\b(?:flagged|high|low|raised|elevated|critical(?:ly)?|up|down|rising|falling)\b)\p{L}[\p{L}' ]{0,30}?(?=\s*(?:[,;]|\.(?!\d)|$))/gu;

/** (set 27) A verb of the past that says a value was found (`was`, `were`, `came back`, `returned`). */
const PAST_VERB = /\b(?:was|were|came\s+back|returned)\b/iu;
/** (set 27) A word in quotes before a test's name (`your "bad" LDL cholesterol 2.4 mmol/L`): a gloss, no part of the name. */
const QUOTED_WORD_BEFORE_NAME = /\s["“][\p{L}-]{1,12}["”]\s+(?=\p{L})/gu;
/** (set 27) An hour of the day before a test's name (`His repeat 8 AM total testosterone was …`, `a 9am cortisol of 412`): left out. */
const HOUR_BEFORE_NAME = /(?<=\s|^)\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)\s+(?=\p{L})/giu;
/**
 * (set 27) A lead-in that says results, set off by a spaced dash as a colon sets it off (`Evening bloods back - K+ 3.2
 * mmol/L (low), …`, a handover's, perhaps after its section's letter and colon, `A: …`): the colon's. Group 1 the
 * lead-in: words only, a results word among them.
 */
const RESULTS_LEAD_DASH = new RegExp(String.raw`^((?:[^\d:;]{1,20}:\s+)?(?:[^\d:–—-]{0,40}\s)?(?:${RESULT_WORDS})\b[^\d:–—-]{0,20}?)\s+[–—-]\s+(?=\p{L})`, 'iu');
/**
 * A remark closing a result's sentence after its bracketed range, parted by a comma, a semicolon or a spaced dash, that
 * speaks of a goal or an earlier value (`…112 mg/dL (lab range <90) – our target for you is under 70`, `… (0.0-3.0),
 * better than the 4.1 you had in October`, `… (264–916), after a value of 245 ng/dL in January`, `…; we like to see it
 * under 9`): no part of the result, and no reason to refuse it (REMARK_ON_RESULT, remarkOnResult). Matched on the text
 * after the bracket; group 1 the remark.
 */
const REMARK_AFTER_RANGE = /^\s*(?:[,;]|\s[–—-])\s+(\S[^()]{0,119})$/u;
/**
 * The sentence without such a remark: the text after its last bracket, when that bracket holds a number and the text is a
 * remark (review 43: read by one pattern over the sentence, a run of spaces after the bracket had backtracked for 10 s).
 */
function withoutRemarkAfterRange(sentence: string, knows: (name: string) => boolean): string {
  const close = sentence.lastIndexOf(')');
  if (close < 0) return sentence;
  const open = sentence.lastIndexOf('(', close);
  if (open < 0 || !/\d/.test(sentence.slice(open, close))) return sentence;
  const m = REMARK_AFTER_RANGE.exec(sentence.slice(close + 1).trimEnd().replace(/\.$/u, ''));
  return m && remarkOnResult(m[1]!.trim(), knows) ? sentence.slice(0, close + 1) : sentence;
}
/** A goal's or an earlier value's words in a remark (REMARK_AFTER_RANGE). */
const REMARK_ON_RESULT = new RegExp(String.raw`\b(?:${alternation(TARGETS)}|aim|ideal(?:ly)?|optimal|(?:like|want|love)\s+to\s+see|(?:better|worse|higher|lower)\s+than|(?:a|the)\s+(?:\p{L}+\s+)?(?:value|result|level|reading)\s+of|you\s+had|previously|last\s+time)\b`, 'iu');
/**
 * Whether a remark after a result's range is one of REMARK_AFTER_RANGE: its words (or no number at all: `, so no change
 * to your dose`), one number at most, no test the catalog knows named.
 */
function remarkOnResult(remark: string, knows: (name: string) => boolean): boolean {
  if (!(REMARK_ON_RESULT.test(remark) || HISTORY.test(remark) || !/\d/.test(remark)) || (remark.match(/\d+(?:[.,]\d+)?/gu) ?? []).length > 1) return false;
  const words = remark.split(/[\s,;:]+/u).filter((w) => /\p{L}/u.test(w));
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= words.length; i++) if (knows(words.slice(i, i + n).join(' '))) return false;
  return true;
}
/**
 * (set 27) Where a result came from, said after its bracketed range (`Hgb 11.2 g/dL (ref 12.0-15.5) per lab call-back at
 * 14:30`, `… via the portal`, `… from the hospital lab`): words and perhaps the hour, no part of the result — left out
 * (the hour's numbers had refused the sentence). Group 1 the range's bracket.
 */
const SOURCE_AFTER_RANGE = /(\([^()]*\d[^()]*\))\s+(?:per|via|from|by)\s+\p{L}[\p{L}' -]{0,40}?(?:\s+at\s+\d{1,2}[:.]\d{2}(?:\s*(?:am|pm))?)?(?=\s*(?:[,;]|\.(?!\d)|$))/giu;
/**
 * (prose19) When or on what a result was taken, in words after its value and unit (`Creatinine improved to 0.98 mg/dL on
 * the day of discharge`, `Oestradiol 74 pmol/L on the patch`, `… during the admission`): no part of the result, left out
 * (it had been read as the unit's words and refused the result). Only `on`/`during` and an article or possessive, words
 * and no number after them, to the clause's end. Group 1 the value and its unit (review of set 19: or no unit, `eGFR 71
 * on the same draw`; review 27: `after` and words, `Repeat potassium 4.9 mmol/L after oral replacement`, and today's
 * words, `LDL 128 mg/dL today` — not `yesterday`, an earlier day's, review 28).
 */
const CIRCUMSTANCE_AFTER_VALUE = /((?<![\p{L}\d.,/])[<>]?\d[\d.,]*(?:\s*[^\s\d(),;:]+)?)\s+(?:(?:on|during)\s+(?:the|her|his|their|my|your|a|an)\s+[\p{L}' -]{1,40}?|after\s+\p{L}[\p{L}' -]{0,40}?|today|this\s+(?:morning|evening|afternoon)|tonight)(?=\s*(?:[,;]|\.(?!\d)|$))/giu;

/**
 * (review 27) A side said of the value before it in a clause of its own (`TSH 7.9 mIU/L, which is elevated; free T4 1.1
 * ng/dL`, a dictation's): its flag, as `flagged high` says it. (At a sentence's end, STATUS_AFTER_RESULTS reads it too,
 * and `normal`.) Group 1 the value and its unit, 2 the side.
 */
const WHICH_IS_SIDE = new RegExp(String.raw`((?<![\p{L}\d.,/])[<>]?\d[\d.,]*(?:\s*[^\s\d(),;:]+)?)\s*,\s*which\s+(?:is|was)\s+(?:(?:${DEGREE_WORDS})\s+)?(${SIDE_WORDS})(?=\s*(?:[,;]|\.(?!\d)|$))`, 'giu');

/**
 * (review 28) Words of a remark that make a value a guideline's cut-off, another fluid's or a doubtful one (`consider`,
 * `diagnostic`, `definition`, `minimum`, `deficiency`, `treat`, `home meter`, `spinal fluid`, `drain`, `haemolysed`).
 */
const GUIDELINE_REMARK = /\b(?:consider\w*|diagnos\w*|definition|criteri\w*|minimum|maximum|sufficien\w*|deficien\w*|cut-?offs?|thresholds?|treat\w*|guidelines?|indicat\w*|suggest\w*|meter|home|per\s+patient|self|fluid|drain\w*|ha?emoly[sz]\w*|insufficient\s+sample|clotted)\b/iu;

/** (prose19) `all` or `both` and a unit ending a sentence, perhaps in brackets (`, all mmol/L`, `(all in mmol/L)`). Group 1 the unit. */
const SHARED_UNIT = /(?:,\s*|\s+\(\s*|\s+)(?:all|both)\s+(?:(?:in|are|were)\s+)?([^\s\d(),;][^\s(),;]{0,14}?)\s*\)?\s*\.?\s*$/iu;

/**
 * (review 26) TARGET_ASIDE's bracket left out, but a range beside the target in it kept, in a bracket of its own (`LDL 3.1
 * mmol/L (goal <1.8, range <3.0)`: the range flags the value).
 */
function targetAside(aside: string, value: string): string {
  const inner = aside.slice(aside.indexOf('(') + 1, aside.lastIndexOf(')'));
  const ranges = inner.split(/[,;]\s*/u).filter((p) => !TARGET_BOUND.test(p) && /\b(?:range|ref(?:erence)?|normal)\b/iu.test(p) && /\d/u.test(p));
  return ranges.length === 1 ? `${value} (${ranges[0]!.trim()})` : value;
}

/**
 * (prose19) A status after results in the languages of the prose reader's other verbs (`Kreatinin 96 µmol/L och kalium
 * 4,2 mmol/L är normala`, `…, båda normala`, `… sono nella norma`, `… är något förhöjda`): a plural `is`, `both`, the
 * words of within normal and of a side (flags.ts reads the side's words).
 */
const PLURAL_BE_ABROAD = String.raw`är|var|sind|waren|son|eran|são|eram|sono|erano|sont|étaient|są|były|zijn|waren|er`;
const BOTH_ABROAD = String.raw`båda|begge|beide|ambos|ambas|ambi|entrambi|entrambe|tous\s+les\s+deux|oba|obie`;
const NORMAL_ABROAD = String.raw`normala|normalt|normale|normales|normais|normali|normaal|goed|bra|i\s+orden|nella\s+norma|dans\s+les\s+normes|im\s+normbereich|in\s+ordnung|w\s+normie|en\s+rango|dentro\s+de\s+la\s+normalidad`;
const PLURAL_VERB = new RegExp(String.raw`^(?:were|are|${PLURAL_BE_ABROAD})$`, 'iu');
const BOTH_WORDS = new RegExp(String.raw`^(?:both|${BOTH_ABROAD})$`, 'iu');
const NORMAL_ABROAD_WORDS = new RegExp(String.raw`^(?:${NORMAL_ABROAD})$`, 'iu');
const HIGH_ABROAD = String.raw`förhöjda|förhöjd|förhöjt|höga|hög|verhoogd|te\s+hoog|erhöht|elevad[oa]s?|altos?|altas?|aumentad[oa]s?|elevat[ie]|alt[ie]|élevée?s?|podwyższon[ey]`;
// (review 27) With `insufficient` and `deficient` (English, French, Spanish, Portuguese, Italian): below range, as said of a
// vitamin (`Vitamin D 18 ng/mL, insufficient`) or of iron; in this list of other languages' words as the one list of a low side's.
const LOW_ABROAD = String.raw`sänkta|sänkt|låga|låg|verlaagd|te\s+laag|erniedrigt|bajos?|bajas?|baix[oa]s?|bass[ie]|basses?|bas|obniżon[ey]|insufficient|deficient|insuffisante?s?|insuficientes?|insufficienti?|déficitaires?|deficientes?`;
const SIDE_ABROAD = `${HIGH_ABROAD}|${LOW_ABROAD}`;
/** (prose19) The flag a status's words say: `deranged` abnormal, a word of normal, of a side here or flags.ts's. */
function statusFlagOf(words: string): string | null {
  if (/deranged/iu.test(words)) return 'abnormal';
  if (/normal\s+(?:limits|range)|^normal$/iu.test(words) || NORMAL_ABROAD_WORDS.test(words)) return 'normal';
  return HIGH_ABROAD_WORDS.test(words) ? 'high' : LOW_ABROAD_WORDS.test(words) ? 'low' : normalizeFlag(words);
}
const HIGH_ABROAD_WORDS = new RegExp(String.raw`^(?:${HIGH_ABROAD})$`, 'iu');
const LOW_ABROAD_WORDS = new RegExp(String.raw`^(?:${LOW_ABROAD})$`, 'iu');

/**
 * (prose19) A status after the results of a sentence, ending it: `was`/`were`/`is`/`are` or a comma (perhaps `which is`,
 * a dictation's: `41 pg/mL, which is low`), perhaps `both` or `all` (and `flagged`: `…, both flagged low`), then
 * `within normal limits`, `normal`, a side's word or `deranged`, perhaps what the patient was on after it (a
 * dose too: `on atorvastatin 40 mg`, review 25),
 * perhaps a clause of no number after a semicolon. Group `status` the status; `many` says which results it is of (`both`: the
 * last two; `all`, or a plural verb: every one; else the last), `verb` the verb.
 */
// (review 26) Its look-behind bounded (unbounded, it rescanned a 5,000-letter line at every place: 44 ms against 17), no
// comma in the value's token (`Ferritin 9, mood was low`), no earlier test after `on` (`was low on the last test`).
const STATUS_AFTER_RESULTS = new RegExp(String.raw`(?<=\d[^\s,;]{0,20}(?:\s{1,3}[^\s\d(),;]{1,20})?)(?:\s*,\s*(?:which\s+(?:is|was)\s+)?|\s+(?<verb>was|were|is|are|${PLURAL_BE_ABROAD})\s+)(?:(?<many>both|all|${BOTH_ABROAD})\s+)?(?:flagged\s+(?:as\s+)?)?(?:(?:${DEGREE_WORDS}|något|iets|etwas|un\s+poco|um\s+pouco|un\s+po['’])\s+)?(?<status>within\s+(?:the\s+)?normal\s+(?:limits|range)|normal|elevated|raised|high|low|reduced|deranged|abnormal|${NORMAL_ABROAD}|${SIDE_ABROAD})(?:\s+on\s+(?!(?:the\s+|my\s+|her\s+|his\s+)?(?:last|previous|prior|earlier|first)\b)[^,;()]{1,40}?)?(?=\s*(?:;[^\d]*)?\.?\s*$)`, 'iu');

/**
 * (prose19) A bracket after a value that holds a flag's word or phrase alone in any language flags.ts reads (`Het
 * ferritine is 9 µg/l (laag)`, `ApoB 128 mg/dL (elevada)`, `GGT 64 U/L (alta)`): the flag, as FLAG_ASIDE's. Group 1 the
 * value and its unit, 2 the words.
 */
const FLAG_WORD_BRACKET = /((?<![\p{L}\d.,/])[<>]?\d[\d.,]*(?:\s*[^\s(\d,;:)]+)?)\s+\(\s*(\p{L}[\p{L}\p{M} -]{0,23}?)\s*\)/gu;
function flagWordBracket(aside: string, value: string, words: string): string {
  // (review of set 17) A status's words too (`(insuficiente)`: a vitamin's below range).
  const flag = statusFlagOf(words);
  if (flag !== 'high' && flag !== 'low' && flag !== 'critical-high' && flag !== 'critical-low' && flag !== 'abnormal') return aside;
  return `${value} flagged ${flag.replace('-', ' ')}`;
}

/**
 * (prose19) A bracket after a value that remarks on it in words with no range's, target's, history's or plan's word
 * (`Hgb 8.4 g/dL (1 unit PRBC on day 6)`, `ALT 44 U/L (fasting)`): no part of the sentence (its numbers had refused
 * every result of it). (review 26) A repeat's value (`(repeat 4.2)`), a flag's word, a dose's word (remarkKept) or a
 * dose's amount before it (`Vitamin D3 4000 IU (Thorne)`: the sentence's other results were read past it) keep it. Group 1 the value and its unit, 2 the remark; a space before the bracket (`Lp(a)` after a date's
 * `10/09): ` is a name's).
 */
const REMARK_AFTER_VALUE = /((?<![\p{L}\d.,/])[<>]?\d[\d.,]*(?:\s*[^\s(\d,;:)]+)?)\s+\(([^()]{1,80})\)/gu;
/** (prose19) What keeps a bracket after a value: a range's or bound's marks, or a word that makes the sentence no result's. */
function remarkKept(remark: string): boolean {
  return RANGE_MARK.test(remark) || NOT_RESULTS.test(remark) || TARGET_BOUND.test(remark) || THRESHOLD_LABEL.test(remark) || HISTORY.test(remark)
    || YEAR.test(`(${remark}`) || PLAN_WORDS.test(remark) || AIM_WORDS.test(remark) || DOSE_WORDS.test(remark) || FREQUENCY_AFTER_VALUE.test(remark)
    || /\b(?:flagged|h|l|repeat(?:ed)?|retest(?:ed)?|recheck(?:ed)?|rpt)\b/iu.test(remark) || normalizeFlag(remark) !== null;
}
/** (prose19) A range's or a bound's marks in a bracket: two numbers apart by a dash or `to`, a sign or a side's word before a number, a range's label. */
const RANGE_MARK = new RegExp(String.raw`\d\s*(?:[-–]|to)\s*\d|[<>≤≥]|\b(?:below|under|less|above|over|more|greater|up\s+to|range|ref(?:erence)?|normal|limits?)\b|${OTHER_RANGE_LABELS}`, 'iu');

/** (prose17) A reference's label opening a bracket, a comma after it (`(reference range, `). Group 1 the label. */
const LABEL_COMMA = /\(\s*((?:ref(?:erence)?|normal)(?:\s+(?:range|interval|values?))?)\s*,\s*(?=\d)/giu;

/** (fixr78) A name in quotes opening a clause, its value after it (group 1 the name). */
const QUOTED_NAME = /^['‘"“]\s*(\p{L}[^'‘’"“”]{0,60}?)\s*['’"”]\s*(?=[<>]?\d)/u;
/** (fixr78) A value's unit with spaces around its slash at the clause's end (`40ng /ml`, `40 ng / ml`). */
const UNIT_SLASH_APART = /(\d\s*[\p{L}µμ]{1,5})\s*\/\s*(?=\p{L}{1,5}$)/u;

function proseSentence(printed: string, opts: TextParseOptions, cued = false, ctx: ProseContext = { earlier: '', other: false, sentences: 1 }): Omit<RawRow, 'line'>[] | null {
  // (prose17) A comma after a bracket's label (`(reference range, 12-16 g/dL)`, a journal's style) is the label's: no
  // clause ends there.
  // (prose17) A bracketed aside that names an earlier value (`(baseline 0.9 in 2023)`, `(down from 6.4 mmol/L before
  // treatment)`, `(was 19 in March)`): a remark on the value before it, no range and no result — left out, so that its
  // year or history no longer refuses the sentence's results.
  // (review of prose17) Only in a sentence of a length prose has: the patterns below rescan a long token of no spaces.
  const asides = withoutAsides(printed);
  const tidied = asides.length > LONGEST_SENTENCE ? asides : asides.replace(LABEL_COMMA, '($1 ').replace(HISTORY_ASIDE, '$1')
    .replace(FLAG_ASIDE, flagAside).replace(FLAG_AFTER_RANGE, flagAfterRange).replace(FLAG_WORD_BRACKET, flagWordBracket).replace(TARGET_ASIDE, targetAside)
    .replace(REMARK_AFTER_VALUE, (aside, value: string, remark: string) => (remarkKept(remark) || AMOUNT.test(value.replace(/^[<>]?[\d.,]+\s*/u, '')) ? aside : value))
    .replace(RESULTS_LEAD_DASH, '$1: ').replace(QUOTED_WORD_BEFORE_NAME, ' ').replace(HOUR_BEFORE_NAME, '').replace(CIRCUMSTANCE_AFTER_VALUE, '$1').replace(SOURCE_AFTER_RANGE, '$1').replace(DASH_REMARK, '$1').replace(WHICH_IS_SIDE, (_all, value: string, side: string) => `${value} flagged ${statusFlagOf(side)}`);
  // (set 27) A remark of a goal, an earlier value or no number closing the sentence after a result's range (REMARK_AFTER_RANGE).
  const unremarked = tidied.length > LONGEST_SENTENCE ? tidied : withoutRemarkAfterRange(tidied, opts.knows!);
  // (prose19) A status said of the results before it, ending the sentence (`Prolactin 9.8 ng/mL was within normal
  // limits`, `ALT 34 U/L and CK 162 U/L were both within normal limits on the statin`, `…, both deranged`): the flag of
  // each result read with no flag of its own (and, for `normal`, no range), the words no part of the last.
  const statusAfter = unremarked.length > LONGEST_SENTENCE ? null : STATUS_AFTER_RESULTS.exec(unremarked);
  const stated = statusAfter ? unremarked.slice(0, statusAfter.index) : unremarked;
  // (prose19) One unit said for a list's results at its end (`total cholesterol 6.2, HDL 1.1, LDL 4.3, triglycerides 1.9,
  // all mmol/L`, `(all in mmol/L)`): the unit of each result printed without one.
  const shared = stated.length > LONGEST_SENTENCE ? null : SHARED_UNIT.exec(stated);
  const sharedUnit = shared && isUnitToken(shared[1]!) ? shared[1]! : undefined;
  const sentence = sharedUnit ? stated.slice(0, shared!.index) : stated;
  const statusWords = statusAfter?.groups!.status;
  const statusFlag = statusWords ? statusFlagOf(statusWords) : null;
  // A flag word after a value is no label word (`potassium 5.9 normal`).
  const words = sentence.replace(FLAG_AFTER_VALUE, '$1');
  // (prose) A bracketed range and a written flag are the items' own (`(range 264-916)`, `flagged low`), no label word.
  // (fixg) So are a bracketed bound (`(normal below 42)`) and a status said (`was normal at 2.3`, `is normal:`).
  const plain = words.replace(BRACKET_RANGES, '').replace(BRACKET_NORMAL_VALUES, '').replace(BRACKET_BOUNDS, (b) => (TARGET_BOUND.test(b) ? b : '')).replace(FLAGGED_ALL, '').replace(SAID_NORMAL, '');
  if (NOT_RESULTS.test(plain) || YEAR.test(sentence) || /^\s*(?:19|20)\d\d\b/.test(sentence)) return null;
  // (prose) A question (`Is 22 high?`) or a sentence of doses (`my injections`, `100 mg/week`): no results.
  if (/\?\s*$/u.test(sentence) || DOSE_WORDS.test(sentence)) return null;
  // (prose review) A cut-off's label (`Transfusion threshold: hemoglobin at 7 g/dL`), as Target: and Goal: are.
  if (THRESHOLD_LABEL.test(sentence)) return null;
  // A time opening the sentence (`Now ferritin 45`, `On 12/03 her sodium 131`) is no part of the first test's name.
  // (A panel's name with its verb, `CMP notable for`, neither: labs27cfix3.)
  // (prose review) A written flag after a comma (`Ferritin 12 ng/mL, flagged low`, `, which they flagged low`) is the
  // item's before it, no clause of its own.
  // (prose17) Whether the sentence writes its decimals with commas and none with points (`5,1`, `1,73`).
  // (review of prose17) Not a chemical name's locants (`1,25-dihydroxyvitamin D`).
  const commaSentence = /(?<![\d.,])\d+,\d{1,2}(?![\d.,-])/u.test(sentence) && !writesPointDecimals(sentence);
  // (prose17) A panel's lead with its time inside (`Labs on admission were notable for …`) is the lead whole: the time's
  // rule would take `Labs on admission` alone and leave the verb to the first item.
  // (prose17) `with a … of` after a value (`Her TSH was 0.02 mU/L with a free T4 of 28 pmol/L (12-22) and free T3 of 9.8
  // pmol/L`): another item, its clause of its own, `a … of` its name as after a verb of finding.
  const panelLed = PANEL_LEAD.test(sentence);
  const clauses = (panelLed ? sentence.replace(PANEL_LEAD, '') : sentence.replace(TIME_LEAD, '').replace(PANEL_LEAD, '')).replace(WITH_OF, sentence.length > LONGEST_SENTENCE ? '$&' : `$1, ${WITH_MARK}`).split(CLAUSE_BREAK);
  let refused = 0;
  const read: { name: string; value: number | null; comparator?: '<' | '>'; valueText?: string; unit?: string; flag?: string; rangeText?: string; collectedAt?: string; verbLed?: boolean; written?: boolean; worded?: boolean }[] = [];
  // (labs41fix review) A verb-led or colon-led list whose lead-in names a specimen other than blood: no item of it.
  let verbLed = false;
  // (prose17) Whether the clauses from here on follow a panel's lead, a verb of finding or `with` after a value: their
  // items may be `a … of value`, and are results found.
  let afterCue = panelLed;
  // (review 14) A list of stool's or another specimen's (`Stool studies: Occult Blood Positive (Negative)`): no word
  // answer of it is the urine's strip's (wordedItem below). Asked once a sentence, not once a clause.
  const otherSpecimen = saysOtherSpecimen(sentence);
  for (const raw of clauses) {
    // (portals) An Oxford comma's `and` (`…, fasting insulin 11 uIU/mL, and fasting glucose 97 mg/dL`) is no part of
    // the last item's name.
    let clause = raw.trim().replace(/\.$/, '').trim().replace(/^(?:and|&)\s+/i, '');
    // (portals) A clause that only says how the value changed (`…46 ng/mL (30-100), up from 22 in October`): no item,
    // and no history that refuses the sentence (as CHANGE_REMARK reads the remark after a dash).
    if (CHANGE_CLAUSE.test(clause)) continue;
    // (portals) Nor a clause whose one number is a span of time (`so please hold it for 2 weeks`, `recheck in 6 weeks`):
    // a plan's, no item (read as one, it refused the sentence's result before it).
    if (TIME_SPAN_CLAUSE.test(clause) && (clause.match(/\d+(?:[.,]\d+)?/g) ?? []).length === 1) continue;
    // (fixr78) A name in quotes before its value (`'serum iron level' 26umol/l`, `'saturation of iron binding cap '50%`)
    // is the name; a percent sign glued before it (`%iron saturation 52%`) says the value is a percentage; a unit's
    // slash apart from its numerator (`40ng /ml`) is the unit's.
    clause = clause.replace(QUOTED_NAME, '$1 ').replace(/^%(?=\p{L})/u, '').replace(UNIT_SLASH_APART, '$1/');
    // (prose17) After a panel's lead or a verb of finding (`Labs were notable for a white blood cell count of 15.8 K/uL,
    // sodium of 131 mmol/L …`), `a … of` before a value is the item's name: the patient's value, not a threshold's.
    // (review of prose17) Only in the clauses after the lead, the verb or `with` (`My ferritin was 25 ng/mL with a
    // ferritin of 50 ng/mL being ideal` keeps its threshold before them out).
    if (clause.startsWith(WITH_MARK)) {
      clause = clause.slice(WITH_MARK.length);
      afterCue = true;
    }
    if (afterCue) clause = clause.replace(OF_ITEM, '$1 ');
    if (SHOWING_VERB.test(clause)) afterCue = true;
    // (fixr81) An ESR's millimetres in the first hour (`02 mm (1st h)`, `12 mm/1st hr`) are mm/h, one unit.
    clause = clause.replace(MM_FIRST_HOUR, ' mm/h');
    // (fixr81) A value's change from an earlier one said after a dash (`HbA1c 48mmol/mol – up three from October`): the
    // value is the current one, the remark no part of it (CHANGE_REMARK).
    clause = clause.replace(CHANGE_REMARK, '$1').replace(CHANGE_AFTER_VALUE, '$1');
    // (review of set 19) The day the value was drawn, after it (`HbA1c 8.6% on 05/29/2025`, `… drawn on 5/29/2025`): the
    // row's date when the day reads one way (a day over 12), else no date and the value as printed; no part of the unit.
    const drawn = DATE_AFTER_VALUE.exec(clause);
    // (review 28) A date of dots is a day's first; a year before 1950 or after next year is no draw's.
    const drawnOn = drawn ? plausibleDay(parseDayMonthDate(drawn[2]!, drawn[3] === '.' ? 'dmy' : undefined)) : undefined;
    if (drawn) clause = clause.slice(0, drawn.index + drawn[1]!.length);
    // (review 28) A value and its day alone after a dated result (`HbA1c 7.9% on 02/14/2025, 8.6% on 05/29/2025`): the same
    // test's on another day.
    if (drawnOn && read.length && /^[<>]?\d[\d.,]*\s*[^\s\d]*$/u.test(clause.trim()) && read[read.length - 1]!.collectedAt) clause = `${read[read.length - 1]!.name} ${clause.trim()}`;
    // (prose) A clause of a time past (`Last year my total T was 350`, `a prolactin of 18 two years ago`): a history.
    // (prose19) Or one that says `previous` in another language (`Poprzednie badanie w styczniu: testosteron 2,78 ng/ml`).
    if (HISTORY.test(clause) || PREVIOUS_ABROAD.test(clause)) {
      if (/\d/.test(clause)) refused++;
      continue;
    }
    // (prose) A bracketed range and a written flag after the value: the item's, taken out before its form is read.
    const bracketed = BRACKET_RANGE.exec(clause);
    // (review of prose17) A unit in the bracket must be a unit, and the value's own (checked below, once it is read):
    // `Vitamin D was 22 ng/mL (1000-2000 IU)` is a dose's range.
    let bracket = bracketed && (!bracketed[3] || isUnitToken(bracketed[3])) ? bracketed : null;
    if (bracket) clause = clause.slice(0, bracket.index) + clause.slice(bracket.index + bracket[0].length);
    const oneBound = bracket ? null : BRACKET_BOUND.exec(clause);
    if (oneBound) clause = clause.slice(0, oneBound.index) + clause.slice(oneBound.index + oneBound[0].length);
    // (fixr79) A normal value in brackets, one number and no side (`(normal 1.17)`): the range's text, no bound.
    const normalValue = bracket || oneBound ? null : BRACKET_NORMAL_VALUE.exec(clause);
    if (normalValue) clause = clause.slice(0, normalValue.index) + clause.slice(normalValue.index + normalValue[0].length);
    const written = FLAGGED.exec(clause);
    if (written) clause = (clause.slice(0, written.index) + clause.slice(written.index + written[0].length)).trim();
    // (set 7, VN05) A known test answered in words with the answer it is expected to have in brackets, a flag word after
    // (`Protein Negative (Negative)`, `Blood Trace (Negative) Abnormal`): an inline urinalysis's or serology's item,
    // read beside the list's numbers (tokens.ts wordedItem); under a urinalysis's label too (`Urinalysis: Protein
    // Negative (Negative), …`: an answer of presence is the urine's, which the numbers' lead-in rule below guards).
    const worded = otherSpecimen ? null : wordedItem(clause.slice(clause.lastIndexOf(':') + 1), opts.knows!, opts.knowsInUrine);
    if (worded) {
      const flag = worded.flag ? normalizeFlag(worded.flag) ?? undefined : undefined;
      read.push({ name: worded.name, value: null, valueText: worded.answer, rangeText: worded.expected, ...(flag ? { flag } : {}), worded: true });
      continue;
    }
    // (prose) A colon right before the value is the item's own (`Prolactin: 22.4 ng/mL - flagged high`), no label's.
    const colon = /:\s*[<>]?\d[^:]*$/u.test(clause) && opts.knows!(clause.slice(0, clause.lastIndexOf(':')).trim()) ? -1 : clause.lastIndexOf(':');
    if (colon >= 0 && NON_BLOOD_LEAD.test(leadIn(sentence, clause, colon))) return null;
    if (colon >= 0) clause = clause.slice(colon + 1).trim();
    // (prose) A verb between a known name and its value (`Estradiol was 19`, `My testosterone came back at 412`).
    // (fixg) Its subject's known last words or bracketed abbreviation (knownSubject), and a status said before `at`.
    const verb = NAME_THEN_VERB.exec(clause);
    const subject = verb !== null && (!verb.groups!.of || verb.groups!.having !== undefined) ? knownSubject(verb.groups!.name!.trim(), opts) : null;
    const joinedByVerb = subject !== null;
    if (joinedByVerb) clause = `${subject} ${clause.slice(verb![0].length)}`;
    const status = joinedByVerb ? STATUS_AT_WORD.exec(verb![0]) : null;
    // A sentence ended by a full stop before a small letter (`as follows. ferritin 6.0 ng/mL`): the item after it, when
    // the clause as a whole names no test the catalog knows (a dotted abbreviation inside a name, `mean corpuscular
    // vol. - 84.6`, reads as a whole).
    const whole = PROSE_ITEM.exec(clause);
    const tail = clause.includes('. ') ? PROSE_ITEM.exec(clause.split(/\.\s+/u).pop()!) : null;
    // (labs41fix) A lead-in that ends in a verb of finding, no colon after it (`…, which show haemoglobin - 14.1 g/dl`,
    // `tests revealed ferritin 12`): the item after the verb, when the clause as a whole names no known test.
    const cue = SHOWING_VERB.exec(clause);
    // (prose17) An article after the verb and `of` before the value are no part of the item (`revealed a hemoglobin of
    // 10.2 g/dL`): after a verb of finding, `a … of` is the patient's value, not a threshold's.
    const led = cue ? PROSE_ITEM.exec(clause.slice(cue.index + cue[0].length).replace(/^(?:an?|the)\s+/iu, '').replace(OF_ITEM, '$1 ')) : null;
    // (fixr79) A possessive before the name (`was told that my T4 - 2.22`, `my SGPT - 114`): the name starts after it.
    const own = whole && !opts.knows!(whole[1]!.trim()) ? POSSESSIVE_LED.exec(whole[1]!) ?? STATUS_LED.exec(whole[1]!.trim()) : null;
    // (review of set 17) Or Portuguese and Spanish `de` between the name and its value (`hemoglobina glicada de 7,1%`).
    const ofValue = whole && !own && !opts.knows!(whole[1]!.trim()) ? /^(.+?)\s+de$/iu.exec(whole[1]!.trim()) : null;
    const owner = own ?? ofValue;
    const owned = owner && opts.knows!(owner[1]!.trim()) ? ([whole![0], owner[1]!, ...whole!.slice(2)] as unknown as RegExpExecArray) : null;
    const m = whole && opts.knows!(whole[1]!.trim()) ? whole : owned ?? (tail && opts.knows!(tail[1]!.trim()) ? tail : led && opts.knows!(led[1]!.trim()) ? led : whole);
    if (!m) continue;
    if (m === led) {
      // (labs41fix review) `The CSF analysis showed glucose 40 mg/dL`, `Urine test showed protein 30 mg/dL`: another
      // specimen's results.
      if (NON_BLOOD_LEAD.test(leadIn(sentence, clause, cue!.index))) return null;
      verbLed = true;
    }
    const name = m[1]!.trim();
    if (name.split(/\s+/).length > 6) continue;
    let unit: string | undefined = (m[3] ?? sharedUnit)?.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/gu, (c) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c))).replace(/^[x×]\s*1000\s*\/\s*/u, 'x 10^3/')
      .replace(/^[x×]\s*10\^?(\d{1,2})\s*\/\s*(?:cu\s*mm|cmm)$/u, '10^$1/cumm').replace(/^[x×]\s*10\^?(\d{1,2})\s*\/\s*/u, '10^$1/');
    if (unit && (PER_TIME.test(unit) || AMOUNT.test(unit) || FREQUENCY.test(unit))) {
      refused++;
      continue;
    }
    // (labs41fix review) In a verb-led list, a count per lower-case millilitre (`total leucocyte count - 7.92 x
    // 103/ml`): per mL as printed or per µL as meant is a guess, a 1000-fold error either way; the row is left unread.
    if (verbLed && unit && COUNT_PER_ML.test(unit)) continue;
    const flag = unit && FLAG_WORD.test(unit) ? unit.toLowerCase() : undefined;
    if (flag) unit = undefined;
    // (review of prose17) The bracket's unit another than the value's: no range of the value (a dose's, a goal's).
    if (bracket?.[3] && (!unit || toUcum(bracket[3]) !== toUcum(unit))) bracket = null;
    const printed = m[2]!;
    const digits = printed.replace(/^[<>]/, '');
    // (prose17) Read as printed-number.ts reads any printed number: a point before three digits in a sentence that writes
    // its decimals with commas groups thousands (`NT-proBNP 4.820 pg/mL …, potassio 5,1 mmol/L`: it had read 4.82), and in
    // a count per microlitre or cubic millimetre alone (`Leucocitos 12.300/μL`); `0.005` stays a decimal.
    const value = readPrintedNumber(digits, { decimalMark: commaSentence ? ',' : '.', countUnit: unit !== undefined && COUNT_ALONE.test(unit) }) ?? Number(digits.replace(',', '.'));
    // A number no sample gives for the test (`vitamin D 2000`, `potassium 40`): a dose or an intake (labs27cfix3).
    if ((!unit || !opts.measuresIn?.(name, unit)) && beyondSample(name, value)) {
      refused++;
      continue;
    }
    const comparator = /^[<>]/.exec(printed)?.[0] as '<' | '>' | undefined;
    const bound = (b: string) => b.replace(',', '.').replace(/^\./, '0.');
    // (mend4) A bound after other words (`(deficient below 25)`, `(we treat above 10)`) is a cut-off of an illness or a
    // treatment, no range (BOUND_OF_RANGE): the value reads without it.
    // (review 25) A unit after the bound another than the value's: no range of it.
    const boundRange = oneBound && BOUND_OF_RANGE.test(oneBound[0].slice(0, oneBound[0].lastIndexOf(oneBound[1]!)))
      && (!oneBound[3] || (unit !== undefined && toUcum(oneBound[3]) === toUcum(unit))) ? oneBound : null;
    const rangeText = bracket ? `${bound(bracket[1]!)}-${bound(bracket[2]!)}` : boundRange ? boundRange[1]!.replace(/\s+/gu, ' ') : normalValue ? normalValue[1]! : undefined;
    // (fixg) A status said before `at` is the flag when no range says it (the range's bounds flag the value).
    const said = flag ?? written?.[1]!.toLowerCase() ?? (status && !rangeText ? normalizeFlag(status[1]!) ?? undefined : undefined);
    read.push({ name, value, ...(comparator ? { comparator, valueText: `${comparator}${value}` } : {}), ...(unit ? { unit } : {}), ...(said ? { flag: said } : {}), ...(drawnOn ? { collectedAt: drawnOn } : {}),
      ...(rangeText ? { rangeText } : {}), ...(joinedByVerb || m === led || afterCue ? { verbLed: true } : {}), ...(written ? { written: true } : {}) });
  }
  // A frequency anywhere after a value (`B12 1000 monthly`, `1000 mcg daily`) makes the sentence one of doses.
  if (FREQUENCY_AFTER_VALUE.test(sentence)) return null;
  // (A word answer's name may be one the catalog knows in urine only: wordedItem.)
  const known = read.filter((r) => opts.knows!(r.name) || (r.worded && opts.knowsInUrine?.(r.name)));
  // (prose) One item alone is read when a verb joins its known name to its value (`Estradiol was 19 pg/mL.`), or when
  // its line holds other sentences (`… flagged low. Estradiol 19 pg/mL. …`, a message the line reader cannot split),
  // and its unit is one the catalog measures it in or a range is bracketed around it; after a verb a plain number
  // too (`Free T4 was 1.31`), never a year (`Glucose was 2019.`).
  // (prose19) Or a status said after it (`Prolactin 9.8 ng/mL was within normal limits.`).
  // (review of set 19) A plain number too in a sentence of a line whose label says results (`Labs: creatinine 1.6,
  // potassium 4.1. Glucose 284.`): the label holds for each of its sentences.
  // (review of set 19) Or the day it was drawn after it (`Fasting plasma glucose 176 mg/dL on 05/29/2025.`). (review 27) Or
  // remarks of no number in clauses of their own (`Creatinine 0.8 mg/dL, fine for contrast.`).
  // (Only remarks after the result, naming no test, `… from total testosterone, SHBG and albumin 45 g/L` being a method's,
  // and no specimen, `Glucose 55 mg/dL (40-70), CSF` being another fluid's.)
  // (review 28) Nor a guideline's, a plan's or a doubt's words (`LDL 190 mg/dL, consider familial hypercholesterolemia`,
  // `Ferritin 15 ng/mL, diagnostic of iron deficiency`, `…, home meter`, `Glucose 55 mg/dL, from the drain`).
  const remarked = clauses.length > 1 && /\d/.test(clauses[0]!) && clauses.slice(1).every((c) => !/\d/.test(c) && !opts.knows!(c.trim().replace(/\.$/, ''))
    && !NON_BLOOD_LEAD.test(c) && !PLAN_WORDS.test(c) && !NOT_RESULTS.test(c) && !GUIDELINE_REMARK.test(c));
  const alone = read.length === 1 && known.length === 1 && !refused && (read[0]!.verbLed || ctx.sentences > 1 || read[0]!.written || statusAfter !== null || read[0]!.collectedAt !== undefined || remarked)
    && (read[0]!.rangeText !== undefined || (read[0]!.unit !== undefined && measuredOnScale(opts, read[0]!.name, read[0]!.unit))
      || ((read[0]!.verbLed === true || ((cued || afterResults(read[0]!.name, ctx)) && ctx.sentences > 1)) && !read[0]!.unit && !/^(?:19|20)\d\d$/.test(String(read[0]!.value))));
  const enough = read.length >= 3 ? known.length * 3 >= (read.length + refused) * 2 : (read.length === 2 && known.length === 2 && !refused) || alone;
  if (!enough) return null;
  // (fixg) A comparator with a range bracketed after it (`eGFR was >90 (normal >60)`) is a result's, no target's.
  // (review of set 19) Under a label that says results (`Labs: troponin I <0.01, lactate 2.6`), a comparator is a censored
  // result's: only a list of them all is targets.
  // (set 27) Nor one a past verb joins to its known name, in a unit the catalog measures it in (`Your kidney function
  // (eGFR) was >90 mL/min/1.73m2`): a censored result said — no goal is said in the past.
  const censored = read.filter((r) => r.comparator && !r.rangeText && !(r.verbLed && r.unit && measuredOnScale(opts, r.name, r.unit) && PAST_VERB.test(sentence))).length;
  if (cued ? read.length > 1 && censored === read.length : censored * 2 >= read.length) return null;
  // (review of set 19) A sentence after one read as results on the line (`Potassium 4.9, sodium 139. LDL 62.`), or one that
  // says its results' status (`LH 2.1 and FSH 3.4, both normal`), gives results as well.
  if (!resultEvidence(sentence, read, { counted: read.length + refused, clauses: clauses.filter((c) => c.trim()).length }, cued || read.every((r) => newAfterResults(r.name, ctx)) || statusAfter !== null, opts, ctx)) return null;
  // (review 26) A printed range flags its result, whatever the status says (`Hb 135 g/L (120-150), ferritin 9 ug/L and B12
  // 120 ng/L were low`: not the Hb).
  const many = statusAfter?.groups!.many?.toLowerCase();
  // (A comma before a space: a decimal comma, `4,2`, parts no clause.)
  const lastPart = sentence.split(/,\s+/u).pop()!;
  const of = many && BOTH_WORDS.test(many) ? 2 : many === 'all' || PLURAL_VERB.test(statusAfter?.groups!.verb ?? '') ? known.length : 1;
  // (review 26) Without `both` or `all`, only results named after the sentence's last comma (`My TSH was 8.1 mU/L, but
  // ALT 30 U/L and AST 25 U/L are normal`: not the TSH).
  const said = (r: (typeof known)[number], k: number) => k >= known.length - of && (many !== undefined || lastPart.includes(r.name));
  return known.map(({ verbLed: _v, written: _w, worded: _o, ...r }, k) => (statusFlag && said(r, k) && !r.flag && !r.rangeText ? { ...r, flag: statusFlag } : r));
}

/** (labs42fix) Two bounds in parentheses (`(20-42 mmol/mol)`, `(3.4 to 7.7)`). */
const RANGE_IN_NAME = /\(\s*-?\d+(?:[.,]\d+)?\s*(?:[-–]|to)\s*-?\d+(?:[.,]\d+)?[^()]*\)/i;

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
  // (hl7md) So is a panel's name (`CBC:`, `CMP:`, `Lipid panel:`, `Hormones:`; panelLabel).
  const label = /^([^:;\d]{1,40}):\s+(?=\p{L})/u.exec(text) ?? DATED_LABEL.exec(text);
  /** (set 27) The unit a letter's label gives the items printed without one (`(mmol/L unless stated)`). */
  let labelUnit: string | undefined;
  /** (review 43) The day a label prints (`Recent bloods, 21/02/2025 …:`): its items' day, read one way or no list. */
  let labelDay: string | undefined;
  if (label) {
    const stated = UNLESS_STATED.exec(label[1]!);
    if (stated && isUnitToken(stated[1]!)) labelUnit = stated[1]!;
    const printedDay = LABEL_DATE.exec(label[1]!)?.[0].replace(/^[,\s]+/u, '');
    if (printedDay) {
      labelDay = plausibleDay(parseDayMonthDate(printedDay));
      if (!labelDay) return null;
    }
    const words = label[1]!.replace(UNLESS_STATED, ' ').replace(LABEL_DATE, ' ').replace(/[\s,]+$/u, '').replace(/\s+/gu, ' ').trim();
    const core = words.replace(RESULTS_QUALIFIER, '');
    const results = RESULTS_LABEL.test(core) || panelLabel(words);
    if (!results && !opts.knows(words)) return null;
    if (results) text = ' '.repeat(label[0].length) + text.slice(label[0].length);
  }
  // (hl7md) A sentence's full stop after the last item (`…; MCV 91.4.`) is no part of its value or unit.
  text = text.replace(/(?<=\S)\.(\s*)$/, ' $1');
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
    // (labs42fix) A range in parentheses before the value (`HbA1c-IFCC (20-42 mmol/mol): 41 mmol/mol`) is no part of
    // a name: the item is a row with its range (text-report.parser.ts reads it), not this list's — counted against it.
    if (RANGE_IN_NAME.test(name)) {
      refused++;
      continue;
    }
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
    // (review 43) The label's unit only where it is the catalog's own for the item's test, or mmol/L for a test SI reports
    // in it (MOLAR_SI_TESTS): `creatinine 121`, `Hb 128`, `eGFR 54` under `(mmol/L unless stated)` are µmol/L, g/L and
    // mL/min, a clinician reads — no unit then, as printed.
    const fits = labelUnit !== undefined && (opts.unitFactor?.(name, labelUnit) === 1 || (/^mmol\/l$/i.test(labelUnit) && MOLAR_SI_TESTS.some((t) => opts.sameAnalyte?.(name, t))));
    const unit = m[5] ?? (fits ? labelUnit : undefined);
    read.push({ name, urine: /^U-/.test(prefix), values: values as { v: string; n: number; flag?: string }[], ...(unit ? { unit } : {}), ...(m[6] ? { comment: m[6].slice(1, -1).trim() } : {}), source });
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
      ...(labelDay ? { collectedAt: labelDay } : {}),
      line: r.source.line,
      ...(r.source.page ? { page: r.source.page } : {}),
    } satisfies RawRow;
  }));
}

/**
 * The text's parts between semicolons outside brackets, each with where it begins: square brackets (a list's), or the
 * brackets `opening` names (`([`: a line's parentheses too), each closing one of its pairs.
 */
export function splitOutsideBrackets(text: string, opening = '['): { text: string; at: number }[] {
  const closing = [...opening].map((c) => (c === '(' ? ')' : ']')).join('');
  const parts: { text: string; at: number }[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (opening.includes(c)) depth++;
    else if (closing.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      parts.push({ text: text.slice(start, i), at: start });
      start = i + 1;
    }
  }
  parts.push({ text: text.slice(start), at: start });
  return parts;
}
