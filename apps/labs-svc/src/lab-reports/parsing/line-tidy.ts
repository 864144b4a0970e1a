import type { LabFlag } from '@pg/contracts';
import { isStatusPhrase, normalizeFlag } from './flags.js';
import { answerWithExpected, BOUND_WORD_SOURCE, boundWordsComparison, boundWordsSource, DOSE_AMOUNT, E_NUMBER, isQualitativeAnswer, isUnitNoise, isUnitToken, parseNumber, VALUE_LABEL_WORDS, VALUE_LABEL_WORDS_OTHER_LANGUAGES, YEAR_WORDS } from './tokens.js';
import { isCellCountUnit, isCountUcum, toUcum } from './units.js';
import { AGE_WORD, AGE_WORDS, OPTIMAL_LABEL, parseReferenceRange, POPULATION_WORD, SEX_LABEL, TIER_WORDS_EN } from './reference-range.js';

/*
 * (text7) A line's own tidying before it is read (text-report.parser.ts textLines): what a chat, a chatbot or a portal
 * prints around a row's cells — a button as its last cell, emoji after its range, a comment after its range set off by
 * a dash, a name in bold before its `=` or `:`. Each rule takes one line's text and returns it as the row's cells read.
 */

/**
 * (text7) A name in a chat's bold (`*HBsAg (ICT)* = Non-Reactive`, WhatsApp's single asterisks) or Markdown's
 * (`**Sodium (serum)**: 140`) at the start of a line (after a bullet), before the `=` or `:` that gives its result:
 * the name. Only a name of several words, which was read with its closing mark (`HBsAg (ICT)*`): one word in
 * emphasis was read already (a token's marks are stray), and a card's label (`**value**: 47`, `**Result**: **18**`) is
 * read in its emphasis. A colon inside the emphasis (`**Ferritin:** 22`) is left as printed.
 */
const EMPHASIZED_NAME = /^(\s*(?:[-•◦▪]\s+)?)(\*{1,2})([^\s*][^\s*]* [^*\n]*[^\s*:])\2(?=\s*[:=]\s*\S)/;
export function withoutNameEmphasis(text: string): string {
  return text.includes('*') ? text.replace(EMPHASIZED_NAME, '$1$3') : text;
}

/**
 * (text7) A portal's button copied with its row as the row's last cell (`White Blood Cells  3.4  L  4.0 - 11.0
 * x10E9/L  View trend`, `Glucose  109 mg/dL  70 - 99 mg/dL  High  Details`, `See more`, `Show history`): words of the
 * page, none of the result's — left in, it was read as part of the unit (`x10E9/L View trend`), or cost the row. Only
 * a whole cell (after a gap of two spaces or more: a tab is expanded to them) at the end of a line that prints a
 * number before it; a button alone on its line, or a header's cell, is left as printed. The gap is taken from its first
 * space only (the lookbehind), so a long run of spaces is tried once.
 */
const BUTTON_CELL = /(?<=\S) {2,}(?:(?:view|see|show|open)(?: (?:the |all )?(?:trends?|details?|more|graphs?|charts?|history|results?))?|details?|trends?|more|graphs?|charts?|history|more info)$/i;
/** (set 26) An enzyme's measuring temperature as a row's last cell (`GPT  46 U/l  37°C`, a strip analyser's ticket). */
const TEMPERATURE_CELL = /(?<=\S) {2,}(?:at )?(?:2[05]|3[07])(?:[.,]0)? ?°C$/u;
/**
 * (set 26) An aggregator's source in square brackets as a row's last cell (`2025-02-21  Ferritin  22 ng/mL  (ref
 * 30-400)  L   [Sutter Health Epic]`, `[One Medical]`): where the result came from, none of it — left in, it cost the
 * row. Words only (no digit), no flag (`[H]`, `[High]`) and no answer in words (`[Negative]`, an expected value).
 * (review 40r) And a source's words among them (SOURCE_WORDS: an organisation's, `Health`, `Medical`, `Clinic`,
 * `Diagnostics`, a system's name): a bracket of other words may say the sample or the fraction (`[Urine]`, `[Pleural
 * Fluid]`, `[Ionized]`, `[Free]`, `[Saliva]`, `[Venous]`) or its state (`[Hemolyzed]`) — dropped, the row had become
 * the serum's total test.
 */
const SOURCE_CELL = /(?<=\S) {2,}\[(\p{Lu}[\p{L}&'. -]{1,40}?)\]$/u;
const SOURCE_WORDS = /\b(?:health|healthcare|medical|medicine|clinic|clinics|minuteclinic|hospital|hospitals|lab|labs|laboratory|laboratories|diagnostics|pathology|epic|quest|labcorp|kaiser|permanente|sutter|mayo|nhs|trust|network|partners|associates|physicians|practice|center|centre|institute|university|foundation)\b/iu;
function sourceCell(text: string): RegExpExecArray | null {
  const m = SOURCE_CELL.exec(text);
  return m && SOURCE_WORDS.test(m[1]!) && !normalizeFlag(m[1]!) && !isQualitativeAnswer(m[1]!) && !isStatusPhrase(m[1]!) ? m : null;
}
/**
 * (set 26) A flag's words in square brackets as a row's last cell (`[Out of Range - Low]`, FollowMyHealth; flags.ts
 * normalizeFlag reads them): the flag's letter — a cell of several words is no flag cell to the row readers (a word
 * alone, `[Critical]`, `[H]`, they read as before).
 */
const FLAG_IN_SQUARE_BRACKETS = /(?<=\S) {2,}\[([^[\]\s]+(?:\s+[^[\]\s]+)+)\]$/u;
const FLAG_LETTER: Readonly<Record<LabFlag, string>> = { high: 'H', low: 'L', 'critical-high': 'HH', 'critical-low': 'LL', abnormal: 'A', normal: 'N' };
/** A row's last cell that is none of its result (BUTTON_CELL, SOURCE_CELL, TEMPERATURE_CELL) dropped; a flag's words as its letter. */
export function withoutButtonCell(text: string): string {
  if (!/ {2}\S/.test(text)) return text;
  const trimmed = text.trimEnd();
  const flag = FLAG_IN_SQUARE_BRACKETS.exec(trimmed);
  const said = flag ? normalizeFlag(flag[1]!) : null;
  if (flag && said && /\d/.test(trimmed.slice(0, flag.index))) return `${trimmed.slice(0, flag.index)}  ${FLAG_LETTER[said]}`;
  const cell = BUTTON_CELL.exec(trimmed) ?? sourceCell(trimmed) ?? TEMPERATURE_CELL.exec(trimmed);
  return cell && /\d/.test(trimmed.slice(0, cell.index)) ? trimmed.slice(0, cell.index) : text;
}

const CARD_VALUE_LABEL = new RegExp(String.raw`^\s*(?:${VALUE_LABEL_WORDS})\s*:`, 'iu');
const BRACKETED_CELL = /(?<=\S) {2,}\(([^()]{6,30})\)(?= {2,}|\s*$)/gu;
/**
 * (set 26) A date in brackets as a cell after a value (`Latest: 468 ng/dL  (Mar 3, 2025)  High`, a portal's trend card):
 * when the value was taken, no part of the result — left in, it cost the row. A whole cell (a gap of two spaces or more
 * before it, one or the line's end after it), a date alone inside (isDateAlone), a number before it. (review 40r) Only
 * on a card's line that labels its value (CARD_VALUE_LABEL: `Latest:`, `Value:`): on a row of its own the date is the
 * result's, and a row of 2019 read without it would stand as today's (`PSA  1.2 ng/mL  (06/14/2019)  <4.0` stays
 * unread, as before).
 */
export function withoutDateCell(text: string): string {
  if (!text.includes('(') || !/ {2}\(/.test(text) || !CARD_VALUE_LABEL.test(text)) return text;
  return text.replace(BRACKETED_CELL, (cell, inner: string, at: number) => (isDateAlone(inner) && /\d/.test(text.slice(0, at)) ? '' : cell));
}

/**
 * (text7) Emoji after a row's range, as a chatbot's or a note app's summary ends a result (`- **Ferritin:** 22 ng/mL
 * (ref 30–400) ⚠️ Low`, `… (ref <200) 🔺 High`, `… ✅`, `(VR: < 190) ⚠️ alterado`): decoration, the words beside them
 * the row's flag as printed. With no word, a check mark says normal, a red triangle up high and down low (as ⬆️/⬇️ are
 * arrows already: tokens.ts withoutValueEmoji) — only on a line that prints no range (text7 review: a printed range
 * decides the flag over a mark alone); any other emoji alone (a warning sign, a coloured dot) says no direction. Only on a line with a number before the emoji, for a run of emoji at the line's
 * end, with at most three words after it.
 */
const TRAILING_EMOJI = /(?<=[\d)\]%\p{L}/.]) +((?:(?![©®™])[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}] *)+)((\*{1,2}|_{1,2})?(\p{L}+(?: \p{L}+){0,2})\3)?$/u;
/** A range printed on the line: two bounds with a dash between, a comparator and a bound, `up to` a bound. */
const PRINTED_RANGE = /\d\s*[-–—]\s*[<>≤≥]?\d|[<>≤≥]\s*\d|\bup to\s+\d/i;
export function withoutTrailingEmoji(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  const trimmed = text.trimEnd();
  const m = TRAILING_EMOJI.exec(trimmed);
  if (!m || !/\d/.test(trimmed.slice(0, m.index))) return text;
  const before = trimmed.slice(0, m.index);
  // (marks) The words where the marks began, after the same gap: two spaces or more are a column's edge in a
  // fixed-width table (`130 - 160              ✅ Норма` under a `Статус` header), the words a status column's, not
  // the range's text; one space stays one (`(ref 30–400) ⚠️ Low`). Emphasis round them is no part of them.
  const gap = /^ +/.exec(trimmed.slice(m.index))![0];
  if (m[4]) return `${before}${gap}${m[4]}`;
  // (text7 review) A mark alone beside a printed range (`(70-99) ✅` on 130, a `Reviewed` column's ✅): the range
  // decides the flag, the mark is left out.
  if (PRINTED_RANGE.test(before)) return before;
  const marks = m[1]!;
  const word = /[✅✔☑]/u.test(marks) ? 'Normal' : /\u{1F53A}/u.test(marks) ? 'High' : /\u{1F53B}/u.test(marks) ? 'Low' : '';
  return word ? `${before}${gap}${word}` : before;
}

/**
 * (text7) A comment after a row's range in parentheses, set off by a dash (`Potassium: 5.4 mmol/L (3.5 – 5.1) – “?
 * haemolysed” per GP, repeat if still high`, as a letter typed up from a GP's notes writes one): no part of the row —
 * left in, the row was lost. Only two words or more, or a quotation, after a parenthesis that opens on a number or a
 * comparator, on a line with a number before it. (text7 review) Never a flag's phrase (flags.ts normalizeFlag: `– High`,
 * `– Critical high`, `– Critically low`), which is the row's flag (the dash left out), nor a unit (`– g/24 h`, `– x10
 * 9/L`, `– per HPF`: units.ts toUcum, tokens.ts isUnitToken), which is the row's unit when the row prints none before
 * its range (written there, its spaces closed: `x10^9/L`, `/HPF`, `g/24h`) and is left out when it prints one.
 */
// (set 27) Or on a group's label of two words at most before the number (`(male 1.7 - 8.6) - suppressed, expected on
// therapy`, `(age 51-55: 53-242) - …`): commentAfterRange.
const COMMENT_AFTER_RANGE = new RegExp(String.raw`(\(\s*(?:\p{L}[\p{L}.:]*\s+){0,2}(?:\d{1,3}\s*[-–]\s*\d{1,3}\s*(?:${YEAR_WORDS}|y)?\s*:\s*)?[<>≤≥]?\s*\d[^()]*\))\s+[–—-]\s+(\S.*)$`, 'iu');
/** A range's own label in its bracket (`(ref 30-400)`, `(normal <5)`). */
const RANGE_LABEL_WORD = /^(?:ref\.?|reference|normal|range)$/i;
/**
 * COMMENT_AFTER_RANGE where its bracket's words before the number are a group's (reference-range.ts POPULATION_WORD,
 * SEX_LABEL, AGE_WORD: `male`, `adults`, `age`) or a range's label; (review 43) any other words (`goal`, `target`: a
 * clinic's, no range) leave the line as printed. Groups 1 the bracket, 2 the comment.
 */
function commentAfterRange(text: string): RegExpExecArray | null {
  const m = COMMENT_AFTER_RANGE.exec(text);
  if (!m) return null;
  const words = (/^\(\s*((?:\p{L}[\p{L}.:]*\s+){0,2})/u.exec(m[1]!)?.[1] ?? '').trim().split(/\s+/u).filter(Boolean);
  if (words.every((w) => RANGE_LABEL_WORD.test(w.replace(/:$/, '')) || [POPULATION_WORD, SEX_LABEL, AGE_WORD].some((re) => re.test(w.replace(/[.:]$/, ''))))) return m;
  // A later bracket may still be a range's (`(goal 1-2) - … (3.5-5.1) - …`).
  const later = commentAfterRange(text.slice(m.index + 1));
  if (later) later.index += m.index + 1;
  return later;
}
/**
 * (fixl) The same after a status in brackets right after the value or its unit (`- **Ferritin:** 9 ng/mL (Low) -
 * consider iron studies`, `18 ng/mL (Insufficient) — retest in 3 months`): a bracket of up to three words, no digit in
 * it, after a value or a unit. Only prose that starts with a word and prints no range (`(Low) - 30 to 100`, `- Ref
 * 30-100` are the row's range); a number in it is the prose's (`retest in 3 months`).
 */
const COMMENT_AFTER_STATUS = /((?:\d|[^\s\d()]\/\S*|%|\p{L})\s*)(\(\s*\p{L}[\p{L}\p{M}'’-]*(?:\s+[\p{L}\p{M}'’-]+){0,2}\s*\))\s+[–—-]\s+(\p{L}.*)$/u;
/** (set 4) Results after a semicolon: a word, a value and a bracket that opens on a number or a comparator. */
const MORE_RESULTS = /^;\s*\p{L}[^;()]*?\d[^;()]*\(\s*[<>≤≥]?\s*\d/u;
/** A range in prose: two numbers joined by a dash or a word between (`30 to 100`, `20 a 29`), or a comparator's bound. */
const RANGE_IN_PROSE = /\d\s*(?:[-–—]|\b(?:to|a|à|bis|al|até)\b)\s*\d|[<>≤≥]\s*\d|\b(?:ref(?:erence)?|range|normal|up to)\b/iu;
/** A value at the end of the text before a range (the row prints no unit between them). */
const VALUE_AT_END = /\d\s*$/;
/** (mend5) A known name, then a value, starting the text after a status's dash (`Iron: 40 ug/dL (Low)`, `MCV 72 fL`). */
const NAME_THEN_VALUE = /^(\p{L}[\p{L}\p{M}\d'’-]*(?:\s+[\p{L}\p{M}\d'’()-]+){0,4}?)\s*:?\s+[<>≤≥]?\s*\d/u;
/**
 * (review 26) A result alone in a clause: a name, a value, perhaps its unit and a bracket, nothing after (`ApoB 82 mg/dL`,
 * not `HbA1c 50 mmol/mol next`, a plan's).
 */
const RESULT_ALONE = /^\p{L}[^\d]{0,40}?\s*:?\s+[<>≤≥]?\s*\d[\d.,]*(?:\s*[^\s\d(),;]+)?(?:\s*\([^()]*\))?\s*\.?$/u;
function secondResult(phrase: string, knows?: (name: string) => boolean): boolean {
  const m = NAME_THEN_VALUE.exec(phrase);
  return !!m && !!knows?.(m[1]!.replace(/[*_]+/g, '').trim());
}
/** Whether a line opens with a known name and its value (NAME_THEN_VALUE), after a list's bullet perhaps (`- Potassium: 3.3 …`). */
export function startsWithKnownResult(text: string, knows?: (name: string) => boolean): boolean {
  return text.length <= 400 && secondResult(text.replace(/^\s*(?:[-*•]\s+)?/u, ''), knows);
}

/**
 * (mend5) A second result after a status in brackets and a dash (`- **Ferritin:** 9 ng/mL (Low) - Iron: 40 ug/dL
 * (Low)`): no prose — the line is read as two, the first up to the status, the second the text after the dash (under
 * the first's bullet, if any). Only when that text starts with a name the catalog knows and a value.
 */
export function secondResultSplit(text: string, knows?: (name: string) => boolean): string[] {
  if (!knows || !/\)\s+[–—-]\s/.test(text) || commentAfterRange(text)) return [text];
  const status = COMMENT_AFTER_STATUS.exec(text);
  if (!status || !/\d/.test(text.slice(0, status.index + 1))) return [text];
  const phrase = status[3]!.trim();
  if (!secondResult(phrase, knows)) return [text];
  const bullet = /^\s*[-*•]\s+/.exec(text)?.[0] ?? '';
  return [`${text.slice(0, status.index + status[1]!.length)}${status[2]}`, `${bullet}${phrase}`];
}

export function withoutCommentAfterRange(text: string, knows?: (name: string) => boolean): string {
  if (!/\)\s+[–—-]\s/.test(text)) return text;
  const m = commentAfterRange(text);
  const status = m ? null : COMMENT_AFTER_STATUS.exec(text);
  if (status) {
    const before = text.slice(0, status.index + status[1]!.length);
    const phrase = status[3]!.trim();
    const valued = /\d/.test(text.slice(0, status.index + 1));
    return valued && /\S\s+\S/.test(phrase) && !normalizeFlag(phrase) && !RANGE_IN_PROSE.test(phrase) ? `${before}${status[2]}` : text;
  }
  if (!m || !/\d/.test(text.slice(0, m.index)) || !/\p{L}/u.test(m[2]!)) return text;
  const before = text.slice(0, m.index);
  const phrase = m[2]!.trim();
  // (set 4, SW06) The comment ends at a semicolon before more results (`Ferritin 41 ng/mL (30-400) - below the RLS
  // treatment threshold of 75; Iron 66 mcg/dL (38-169); …`, a visit note's list): the results after it stay — cut at
  // the line's end, they were lost with the comment.
  const semi = phrase.indexOf(';');
  if (semi > 0 && MORE_RESULTS.test(phrase.slice(semi))) return `${before}${m[1]}${phrase.slice(semi)}`;
  // (prose19) Nor at a comma before a known test's value (`Lp(a) 87 mg/dL (<30) - high, ApoB 82 mg/dL, LDL-C 118 mg/dL`, a
  // consult summary's list): the comment ends there, the results after it stay; a flag's phrase before the comma stays
  // as the row's flag (review 26: kept whole, a comment's words had refused the line, `(3.5-5.1) - haemolysed, sodium …`).
  const parts = knows ? phrase.split(/,\s+/u) : [];
  const next = parts.findIndex((p, k) => k > 0 && secondResult(p, knows) && RESULT_ALONE.test(p.trim()));
  if (next > 0) {
    const comment = parts.slice(0, next).join(', ');
    return `${before}${m[1]}${normalizeFlag(comment) ? ` ${comment}` : ''}, ${parts.slice(next).join(', ')}`;
  }
  // (set 26) `- flagged High` too (flags.ts reads the phrase as its flag's word).
  if (normalizeFlag(phrase)) return `${before}${m[1]} ${phrase}`;
  const unit = unitAfterRange(phrase);
  if (unit) return VALUE_AT_END.test(before) ? `${before.trimEnd()} ${unit} ${m[1]}` : `${before}${m[1]}`;
  return /^[“"‘«?]|\S\s+\S/u.test(phrase) ? `${before}${m[1]}` : text;
}

/**
 * A unit printed after a range's dash, as one token (`per HPF` → `/HPF`, `x10 9/L` → `x10^9/L`: a power of ten whose
 * superscript the copy lost, `g/24 h` → `g/24h`), or null when the words are no unit.
 */
function unitAfterRange(phrase: string): string | null {
  if (phrase.length > 24) return null;
  const compact = phrase.replace(/^per\s+/i, '/').replace(/^([x×]\s?10)\s(\d{1,2})(?=\s?\/)/, '$1^$2').replace(/\s+/g, '');
  return toUcum(compact) !== null || (compact.includes('/') && isUnitToken(compact)) ? compact : null;
}

/**
 * (b62) A value's label after the name's colon (`1. **Kolesterol:** Result: 277 mg/dL, Reference Value: < 200 mg/dL`,
 * `HbA1c: Value: 5.8 %`: a chatbot's list): no part of the name — the name, its colon, then the value. Only a label of
 * VALUE_LABEL_WORDS (`Result`, `Value`, `Test result`), with its own colon, right before a number; a name of one
 * segment before it (no colon inside), in bold or not.
 * (b62 review) Its colon inside the bold too (`**Triglycerides:** **Result:** 210 mg/dL`), and Vietnamese `Kết quả:`
 * (`HbA1c: Kết quả: 6.8 %`); and then a range's label in bold on the same line read as without it.
 */
const VALUE_LABEL_AFTER_NAME = new RegExp(String.raw`^(\s*(?:(?:\d{1,3}[.)]|[-•◦▪*])\s+)?(?:\*\*)?[^:*\n]{1,80}?:(?:\*\*)?\s*)(?:\*\*)?(?:${VALUE_LABEL_WORDS}|k[eế]t\s+qu[aả])(?:\*\*)?\s*:(?:\*\*)?\s*(?=[<>≤≥]?\s*-?\d)`, 'iu');
/** (b62 review) A range's label in bold later on such a line (`, **Reference Value:** < 150 mg/dL`), as printed without the bold. */
const BOLD_RANGE_LABEL = /\*\*((?:reference|ref\.?)(?:\s+(?:values?|ranges?|intervals?))?\s*:)\*\*/gi;
export function withoutValueLabelAfterName(text: string): string {
  if (!text.includes(':')) return text;
  const unlabelled = text.replace(VALUE_LABEL_AFTER_NAME, '$1');
  return unlabelled === text ? text : unlabelled.replace(BOLD_RANGE_LABEL, '$1');
}

/**
 * (fixr76) A unit after a range printed the way a copied page prints it, as the row's unit token reads it:
 * - a power of ten whose superscript the copy flattened, apart from its `x` (`4.5 to 6.5 x 1012/l`, `x 109/l`: ×10¹²/L,
 *   ×10⁹/L) → `x10^12/l` — only the powers a cell count is printed in (3, 6, 9, 12), after an `x` or `×` that stands
 *   apart, before a slash and a volume;
 * - a slash apart from its volume (`150,000 to 400,000 / mm3`) → `/mm3`;
 * - a unit spelt out after a number (`32 to 36 grams per deciliter`) → its UCUM form (`g/dL`);
 * - the unit spelt out again in brackets after it (`g/dl (grams per deciliter)`, `fl (femtoliters)`): the bracket says
 *   the unit once more, no part of the range — left out (only when its words are the same unit).
 * Only on a line with a digit; the `Ref Int` label of a LabCorp print is the reference interval's (`(Ref Int: 6.0 -
 * 8.5)`, `(Ref Int 0.00 - 0.40)`), and a doubled bracket before its bounds with one closing (`(Ref Int: (0 - 44)`) one.
 */
const FLAT_POWER = /(?<=\d\s*)(?:\s|^)([x×])\s?10(3|6|9|12)\s?\/\s?(l|ul|µl|μl|mm3|cumm)\b/gi;
const SLASH_APART = /(?<=\d\s+)\/\s+(mm3|cumm|ul|µl|μl|hpf|lpf)\b/gi;
const SPELT_UNIT = /(?<=\d\s+)((?:milli|micro|nano|pico|femto)?grams?\s+per\s+(?:deci|milli|micro)?lit(?:er|re)s?)(?=\s*(?:\(|$))/gi;
const UNIT_THEN_WORDS = /(?<=\d\s*)(\S+)\s*\((\p{L}+(?:\s+\p{L}+){0,3})\)\s*$/u;
const REF_INT = /\(\s*ref\.?\s+int(?:erval)?\.?\s*:?\s*(?=\(?\s*[<>≤≥]?\s*-?\d)/gi;
export function withUnitAfterRangeTidied(text: string): string {
  // (A copied line's length: the patterns below look back from each position.)
  if (text.length > 400 || !/\d/.test(text)) return text;
  let t = text.replace(FLAT_POWER, (_all, x: string, power: string, volume: string) => ` ${x}10^${power}/${volume}`)
    .replace(SLASH_APART, '/$1')
    .replace(SPELT_UNIT, (words: string) => toUcum(words) ?? words);
  const spelt = UNIT_THEN_WORDS.exec(t);
  if (spelt && toUcum(spelt[1]!) && toUcum(spelt[1]!) === toUcum(spelt[2]!)) t = t.slice(0, spelt.index + spelt[1]!.length);
  if (REF_INT.test(t)) {
    t = t.replace(REF_INT, '(Reference Interval: ');
    // One bracket more opened than closed: the doubled one before the bounds is a slip.
    if ((t.match(/\(/g) ?? []).length === (t.match(/\)/g) ?? []).length + 1) t = t.replace(/(\(Reference Interval: )\(\s*(?=[^()]*\)\s*$)/, '$1');
  }
  return t;
}

/**
 * (fixr79) A range in parentheses: one bound with its comparator or two joined by a dash (`(<5.0)`, `(12-22)`, `(0.27 -
 * 4.20)`); a name's bracket (`(25OH)`, `(serum)`) is none.
 */
const RANGE_PAREN = /\(\s*[<>≤≥]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*\)/gu;
/** (fixr79) A stray full stop after a range's parenthesis: after it, spaced or glued to the unit (`). mg/L`, `) .pmol/L`). */
const STOP_AFTER_RANGE = /^(?:\s*\.\s*|\s+\.(?=\S))/u;
/** (fixr79) A unit token, its own full stop after it (`mIU/L.`), at the start of the text. */
const UNIT_TOKEN_THEN_STOP = /^([^\s().]+(?:\.[^\s().]+)*?)\.?(?=\s|$)/u;
/** (fixr79) A name, perhaps a flag letter, a value, and a range's parenthesis: another `name value (range)` result. */
const NEXT_RESULT = /^\s*(\p{L}[^()]*?)\s+(?:[HL]\s+)?[<>]?\d+(?:[.,]\d+)?\s*(?=\()/u;
const NAME_THEN_NUMBER = /^\s*(\p{L}[^()]*?)\s+(?:[HL]\s+)?[<>]?\d/u;

/**
 * (set 28) A note's line of sentences each a test the catalog knows and its answer (`HBsAg nonreactive. HIV 1/2
 * Antibody nonreactive. RPR nonreactive.`, an antenatal booking's serology): each sentence a line of its own, without
 * its stop — read whole, the line was no row. Every sentence must be a name of five words at most and an answer, two
 * of the names at least the catalog's (a sentence of anything else leaves the line as printed, for the prose reader).
 */
export function answerSentencesApart(text: string, knows?: (name: string) => boolean): string[] {
  if (!knows || text.length > 400 || !/\.\s+\p{L}/u.test(text)) return [text];
  const indent = /^\s*/.exec(text)![0];
  const sentences = text.trim().replace(/\.$/, '').split(/\.\s+(?=\p{L})/u);
  if (sentences.length < 2) return [text];
  let known = 0;
  const read = sentences.map((sentence) => {
    const words = sentence.trim().split(/\s+/);
    const k = [1, 2, 3].find((n) => n < words.length && n + 5 >= words.length && isQualitativeAnswer(words.slice(-n).join(' ')));
    if (k !== undefined && knows(words.slice(0, -k).join(' '))) known++;
    return k === undefined ? null : `${indent}${words.join(' ')}`;
  });
  return read.every((r) => r !== null) && known >= 2 ? (read as string[]) : [text];
}

/**
 * (fixr79) Results retyped one after another on a line, each `name value (range)` with a full stop after the range or a
 * stray one before the unit (`CRP 0.4 (<5.0). mg/L Free T4 13.0 (12-22). nmol/L Free T3 4.24 (3.1-6.8) .pmol/L`,
 * `Ferritin 42 ug/L (30 - 400).`): the unit after the range belongs to that result (its stops left out), and the next
 * result starts after it — a name the catalog knows before a value, or a name, a value and a range's parenthesis.
 * Only where a full stop stands after a range's parenthesis; a text after it that is neither a unit nor a next result
 * leaves the line as printed. Each result is read as a line of its own.
 */
export function strayStopsApart(text: string, knows?: (name: string) => boolean): string[] {
  if (text.length > 400 || !/\)\s*\./.test(text)) return [text];
  const pieces: string[] = [];
  let start = 0;
  let out = '';
  RANGE_PAREN.lastIndex = 0;
  let changed = false;
  for (let m = RANGE_PAREN.exec(text); m; m = RANGE_PAREN.exec(text)) {
    const end = m.index + m[0].length;
    const stop = STOP_AFTER_RANGE.exec(text.slice(end));
    if (!stop) continue;
    const after = end + stop[0].length;
    const rest = text.slice(after);
    const nextAt = (s: string) => {
      const n = NEXT_RESULT.exec(s) ?? NAME_THEN_NUMBER.exec(s);
      return n && (NEXT_RESULT.test(s) || knows?.(n[1]!.trim())) ? n : null;
    };
    if (!rest.trim()) {
      out += text.slice(start, end);
      start = text.length;
      changed = true;
      break;
    }
    const unit = UNIT_TOKEN_THEN_STOP.exec(rest);
    const unitOk = unit && !/^\d/.test(unit[1]!) && (toUcum(unit[1]!) !== null || isUnitToken(unit[1]!));
    if (unitOk) {
      const tail = rest.slice(unit[0].length);
      if (tail.trim() && !nextAt(tail)) continue;
      out += `${text.slice(start, end)} ${unit[1]}`;
      changed = true;
      if (!tail.trim()) {
        start = text.length;
        break;
      }
      pieces.push(out);
      out = '';
      start = after + unit[0].length + (tail.length - tail.trimStart().length);
      RANGE_PAREN.lastIndex = start;
      continue;
    }
    if (!nextAt(rest)) continue;
    pieces.push(out + text.slice(start, end));
    out = '';
    changed = true;
    start = after;
    RANGE_PAREN.lastIndex = start;
  }
  if (!changed) return [text];
  out += text.slice(start);
  if (out.trim()) pieces.push(out);
  const indent = /^\s*/.exec(text)![0];
  return pieces.map((p, k) => (k === 0 ? p : indent + p.trimStart()));
}

/** (fixr79) A unit's slash typed twice (`kU//L`, `mg//dL`) after a value or a range: the unit's one slash. */
const DOUBLED_SLASH = /(?<=[\d)]\s*)([A-Za-zµμ]{1,4})\/\/([A-Za-z]{1,3})(?=[\s.]|$)/gu;
export function withDoubledSlashUnit(text: string): string {
  if (!text.includes('//') || text.length > 400) return text;
  return text.replace(DOUBLED_SLASH, (all, a: string, b: string) => (toUcum(`${a}/${b}`) !== null ? `${a}/${b}` : all));
}

/** (fixr82) A date printed in numbers, day or month first (`20/2/18`, `22.03.2018`, `3-11-21`). */
const NUMERIC_DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})`;
/**
 * (mend22, review cr16) The value before the range: a number standing on its own (after the line's start, a space, `:`
 * or `=`), perhaps one unit token, then the bracket — not a digit inside the name (`FT4 (12 - 22) 14/05/2024 - 15.1`,
 * `CA 19-9 (0-37) ..`, `HbA1c (4.0-5.6) ..`: the range after the name, the row's value after its date).
 */
const VALUE_THEN_RANGE = String.raw`^(.*?(?:^|[\s:=])[<>≤≥]?\d+(?:[.,]\d+)?(?:\s*(?:[\p{L}µμ%/]|10[\^*])[^\s()]*)?\s*\(\s*[<>≤≥]?\s*\d[^()]*\))`;
/**
 * (fixr82) A row's range in brackets after its value (`3.07 mIU/L (0.27 - 4.2)`), then older results of the same test
 * typed on its line, each at its date (`.. 20/2/18 - 0.12 (0.55 - 4.78) and 22/3/18 - 2.74 (0.55 - 4.78)`), as a
 * patient retypes a panel beside the earlier ones; or a run of dots left at the line's end (`(0.27 - 4.2) ..`).
 */
const OLDER_AFTER_RANGE = new RegExp(String.raw`${VALUE_THEN_RANGE}\s*(?:(?:\.{2,}|…)\s*$|(?:\.{2,}|…|[-–,;])?\s*${NUMERIC_DATE}\s*[-–:=]\s*[<>≤≥]?\s*\d.*$)`, 'u');
/**
 * (fixr82) The line without older dated results after its range (OLDER_AFTER_RANGE): the row is the one before them —
 * the older ones are earlier results, not rows of this report. Only where a value comes before the range and each
 * older result is a date then a number; a date alone after the range (a column of when it was taken) is left.
 */
export function withoutOlderResultsAfterRange(text: string): string {
  // (A typed row is short: a longer line, a run-on page's text, is left to the readers that cut it.)
  if (text.length > 400) return text;
  // (countries) A previous result at its date in the last column, after a column gap (`Glycémie à jeun  1,12 g/l  0,70
  // à 1,05  14/02/24 : 1,01`: a French report's Antériorités): the row is what comes before it, where that holds a
  // value and a range (two numbers standing alone at least) — a dated value alone is the row's own.
  const dated = DATED_PREVIOUS_LAST.exec(text);
  if (dated && dated[1]!.split(/\s+/).filter((t) => parseNumber(t) !== null).length >= 2) return dated[1]!;
  if (!/\)\s*(?:\.{2,}|…|[-–,;]|\s)\s*(?:\d|$)/.test(text)) return text;
  const m = OLDER_AFTER_RANGE.exec(text);
  return m ? m[1]! : text;
}
/** (countries) A date, a colon and a number (perhaps its unit) ending a line after a column gap: group 1 the line before. */
const DATED_PREVIOUS_LAST = new RegExp(String.raw`^(.*\S) {2,}${NUMERIC_DATE}\s*:\s*[<>≤≥]?\d+(?:[.,]\d+)?(?:\s*[^\s\d][^\s]*)?\s*$`, 'u');

/**
 * (mend22, review cr16) A name, its range in brackets, then one dated result (`FT4 (12 - 22) 14/05/2024 - 15.1 pmol/L`,
 * `HbA1c (4.0-5.6) 12/01/2024: 5.9 %`), as a patient types a test's range once and its result at its date: groups 1
 * the name, 2 the range, 3 the value, 4 its unit.
 */
const RANGE_THEN_DATED_VALUE = new RegExp(String.raw`^\s*(\p{L}[\p{L}\p{M}\d .'’/-]{0,40}?)\s*\(\s*([<>≤≥]?\s*\d[^()]*)\)\s*${NUMERIC_DATE}\s*[-–:=]\s*([<>≤≥]?\d+(?:[.,]\d+)?)(?:\s*([^\s\d()][^\s()]*))?\s*$`, 'u');
/**
 * (mend22, review cr16) The row of RANGE_THEN_DATED_VALUE in the order the reader reads (`FT4 15.1 pmol/L (12 - 22)`),
 * under a name the catalog knows; the date is left out (the row's own, not a name's part). Several dated results, an
 * unknown name or text after the value leave the line as printed.
 */
export function withRangeBeforeDatedValue(text: string, knows?: (name: string) => boolean): string {
  const m = text.length > 200 ? null : RANGE_THEN_DATED_VALUE.exec(text);
  if (!m || !knows?.(m[1]!.trim())) return text;
  return `${m[1]!.trim()} ${m[3]}${m[4] ? ` ${m[4]}` : ''} (${m[2]!.trim()})`;
}

/** (fixr82) A bullet, a name and its colon at a line's start (`- MCHC:`, `• Ferritin:`): groups 1 the bullet, 2 the name. */
const BULLET_NAME_COLON = String.raw`^(\s*(?:[-•◦▪*]\s+)?)(\p{L}[\p{L}\p{M}\d ()'’/-]{0,40}?)\s*:\s*`;
/** (fixr82) A flag's word and `at` before the value (`Low at 31.2`, `High at 420`), as a patient retypes a flagged result. */
/**
 * (mend22, review cr16) What follows `at` is the value: a number then a unit, a space or the end — not a time of day or
 * an interval (`Low at 8am 150 nmol/L`, `at 7:30 ..`, `High at 2 hours 11.4`), after which the value comes later.
 */
const VALUE_NOT_TIME = String.raw`(?=[<>≤≥]?\s*\d+(?:[.,]\d+)?(?![\d:.,])(?!\s*(?:[ap]\.?m\b\.?|h\b|hrs?\b|hours?\b|min(?:s|utes?)?\b|o'?clock\b)))`;
const FLAG_AT_BEFORE_VALUE = new RegExp(String.raw`${BULLET_NAME_COLON}(low|high|elevated|raised)\s+at\s+${VALUE_NOT_TIME}(.*\S)\s*$`, 'iu');
/**
 * (fixr82) A known name, its colon, then a flag's word and `at` before the value (`- MCHC: Low at 31.2 g/dL (Normal:
 * 31.5-36.0)`): the flag's word after the row (`- MCHC: 31.2 g/dL (Normal: 31.5-36.0) Low`), where the reader reads a
 * flag — read before it, the words were the name's. Only under a name the catalog knows.
 */
export function withFlagWordAfterRow(text: string, knows?: (name: string) => boolean): string {
  const m = text.length > 400 ? null : FLAG_AT_BEFORE_VALUE.exec(text);
  if (!m || !knows?.(m[2]!.trim())) return text;
  return `${m[1]}${m[2]!.trim()}: ${m[4]} ${m[3]}`;
}

/**
 * (review of set 19) A sentence's full stop after a value that ends the line, no unit between (`Ferritin 34.`, `Labs:
 * creatinine 1.6.`, a note's line): the value without it, under a name the catalog knows (a number's point with no
 * digit after it is no decimal; the line had been unread). A name joined by a colon, `=` or nothing. Group 1 the line
 * before the stop.
 */
const STOP_AFTER_VALUE = /^(\s*(\p{L}[^\d:=]{0,60}?(?::\s*\p{L}[^\d:=]{0,40}?)?)\s*[:=]?\s+[<>]?(\d+(?:[.,]\d+)?))\.\s*$/u;
/**
 * (review 28) Only a value a sample gives (`sample(name, value)`: no year, `Glucose 2019.`; no dose beyond a sample's,
 * `Vitamin D 2000.`, `Potassium 40.`): the sentence's stop after a number is prose's, whose reader refuses those.
 */
export function withoutStopAfterValue(text: string, sample?: (name: string, value: number) => boolean): string {
  const m = text.length > 200 ? null : STOP_AFTER_VALUE.exec(text);
  if (m) return !/^(?:19|20)\d\d$/.test(m[3]!) && sample?.(m[2]!.trim(), Number(m[3]!.replace(',', '.'))) ? m[1]! : text;
  // (set 28) So after an answer (`HBsAg nonreactive.`, a note's sentence): the answer without the stop, which had been
  // read into it (`nonreactive.`).
  const answer = text.length > 120 || !text.endsWith('.') ? null : STOP_AFTER_ANSWER.exec(text);
  return answer && isQualitativeAnswer(answer[2]!) ? answer[1]! : text;
}
const STOP_AFTER_ANSWER = /^(\s*\p{L}[^:=.]{0,60}?\s*[:=]?\s+(\p{L}[\p{L} -]{1,24}?))\.\s*$/u;

/** A range's label and its colon opening a sentence (`Normal range: 3.5 - 5.1`, `Reference: …`, `Ref range: …`). */
// (review 43) Only a label of a range (`Lab:` alone names a laboratory), a bound after its colon, and no sentence after it
// (`Reference range: 0.6-1.2 mg/dL. Previous: 1.1 mg/dL.` is left as printed).
const STOP_BEFORE_RANGE_LABEL = /(?<=\d\D*?[^\s.])\.\s+(?=(?:normal|reference|ref\.?|lab(?=\s+(?:range|interval|values?)))(?:\s+(?:range|interval|values?))?\s*[:：]\s*[<>≤≥]?\s*\d(?![^]*\.\s+\p{Lu}))/giu;
/**
 * (set 27) A remark in brackets after a flag's word ending the line (`96 pg/mL  Postmenopausal: <=31  HIGH (expected on
 * therapy)`): words only, no part of the row (the flag stays). Group 1 the text to the flag, 2 the flag's word.
 */
const REMARK_AFTER_FLAG = /(\s(\p{L}+))\s*\(\s*\p{L}[^()\d]{2,60}\)\s*\.?\s*$/u;
/** A flag's word or words last, in brackets or not, after a space (`(Low)`, `High`, `Critical High`) (withoutSentenceStops). */
const LAST_FLAG_WORDS = /(?<=\s)(?:\(\s*([^()]{1,24}?)\s*\)|(\p{L}+(?:\s+\p{L}+)?))$/u;
/**
 * A sentence's full stop after a result, as an after-visit summary or a letter writes one per line (`- Potassium: 3.3
 * mmol/L (Low). Normal range: 3.5 - 5.1 mmol/L`, `Potassium: 3.3 mmol/L Low.`): before a sentence that is the result's
 * range (its label, colon and bound, the line's last sentence), and after a flag's word that ends the line (flags.ts
 * normalizeFlag reads it) — the row without the stop. Only on a row of a name the catalog knows, its value after it; a
 * stop inside a number is none.
 */
export function withoutSentenceStops(text: string, knows?: (name: string) => boolean): string {
  // A stop or a remark's bracket at the end, or a stop before a word: asked first, of every line (the catalog after).
  if (!/[.)]\s*$|\.\s+\p{L}/u.test(text)) return text;
  // (review 43) Only a row of a name the catalog knows (`Last year ferritin 9 ug/L (Low).` is a history's sentence).
  if (!startsWithKnownResult(text, knows)) return text;
  const remark = REMARK_AFTER_FLAG.exec(text);
  if (remark && normalizeFlag(remark[2]!) && /\d/.test(text.slice(0, remark.index))) return withoutSentenceStops(text.slice(0, remark.index + remark[1]!.length).trimEnd(), knows);
  if (!/\.\s*$|\.\s+\p{L}/u.test(text) || !/\d/.test(text)) return text;
  const t = text.replace(STOP_BEFORE_RANGE_LABEL, ' ');
  const stop = /^(.*\d.*?)\s*\.\s*$/su.exec(t);
  if (!stop) return t;
  const last = LAST_FLAG_WORDS.exec(stop[1]!);
  if (!last) return t;
  const words = last[1] ?? last[2]!;
  const flagged = normalizeFlag(words) ?? (last[2] && /\s/.test(words) ? normalizeFlag(words.split(/\s+/).at(-1)) : null);
  return flagged ? stop[1]! : t;
}

/**
 * (review of set 18) A censored result said in words in a row's value place, after its name and a dash or a colon
 * (`CRP - under 1 mg/L - 0-5`, `PSA: less than 0.1 ng/mL`): the comparator's sign, as printed results write it (`<1`),
 * under a name the catalog knows. The words: tokens.ts's strict comparisons (BOUND_WORDS: `less than`, `unter`, `menor
 * de` …; not `up to`, a range's) and English `under`, `below`, `over`, `above`, which that list leaves to the range
 * reader. Group 1 the name and its mark, 2 the name, 3 the words.
 */
const BOUND_WORDS_VALUE = new RegExp(String.raw`^(\s*(\p{L}[^\d:]{0,40}?)\s*(?:\s[-–]\s|:)\s*)(${boundWordsSource('<')}|${boundWordsSource('>')}|under|below|over|above)\s+(?=\d)`, 'iu');
export function withBoundWordValue(text: string, knows?: (name: string) => boolean): string {
  const m = text.length > 400 ? null : BOUND_WORDS_VALUE.exec(text);
  if (!m || !knows?.(m[2]!.trim())) return text;
  return `${m[1]}${boundWordsComparison(m[3]!) ?? (/^(?:under|below)$/i.test(m[3]!) ? '<' : '>')}${text.slice(m[0].length)}`;
}

/** (fixr82) A number, whole or decimal (PERCENT_AND_COUNT). */
const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/**
 * (fixr82) A per cent and an absolute count of one cell type on one line, parted by a semicolon, then their two ranges
 * in one parenthesis in the same order (`- Lymphocytes: 15.02%; 0.912/nL (Normal: 20-44%; 1.1-4.5)`), perhaps a flag's
 * word and `at` before the values: groups 1 bullet, 2 name, 3 per cent, 4 count, 5 its unit, 6 label, 7 per cent's
 * range, 8 count's range. (mend22, review cr16) Perhaps a flag's word after the bracket (`.. 1.1-4.5) Low`): left out
 * as the one before the values is, each range giving its row's flag.
 */
const PERCENT_AND_COUNT = new RegExp(String.raw`${BULLET_NAME_COLON}(?:(?:low|high|elevated|raised)\s+at\s+)?(${NUMBER})\s*%\s*;\s*(${NUMBER})\s*(\S+)\s*\(\s*((?:normal|ref(?:erence)?|range)\s*:\s*)?(${NUMBER}\s*[-–]\s*${NUMBER})\s*%\s*;\s*(${NUMBER}\s*[-–]\s*${NUMBER})\s*\)(?:\s+(?:low|high|normal|abnormal))?\s*$`, 'iu');
/** (diffcols) A differential's line's parts in columns: its indent and name, two bounds, a flag's mark, a count's unit. */
const COLUMN_NAME = String.raw`^(?<indent>\s*)(?<name>\p{L}[^\d%]{0,40}?)\s{2,}`;
const TWO_BOUNDS = String.raw`${NUMBER}\s*(?:[-–]|a|to|à)\s*${NUMBER}`;
const COLUMN_FLAG = String.raw`[HL*+-]|[↑↓]`;
const COUNT_UNIT_CELL = String.raw`(?:[x×*]\s?)?10(?:\^|\*{1,2}|[eE])?\d+\/\S+|[^\s\d]\S*`;
/**
 * (diffcols) PERCENT_AND_COUNT's per cent and count in a fixed-width differential's columns, each with its range: in a
 * German `relativ  Ref.  absolut  Ref.` table or an English one, the per cent, its range, the count with its unit, its
 * range, a flag's mark after either value perhaps (`Neutrophile  56,8 %  42,0-77,0  3,92 /nl  1,5-7,7`, `Neutrophils
 * 56.8 %  42.0-77.0  3.92 10^9/L  1.5-7.7`); in a Brazilian leucogram, the per cent and the count first, then their
 * ranges, the per cent's with its `%` (`Segmentados  55  3.410  45 a 70 %  1.700 a 7.000 /mm³`).
 */
const DIFFERENTIAL_COLUMNS: readonly RegExp[] = [
  new RegExp(String.raw`${COLUMN_NAME}(?<percent>${NUMBER})\s*%\s+(?:(?<percentFlag>${COLUMN_FLAG})\s+)?(?<percentRange>${TWO_BOUNDS})\s{2,}(?<count>${NUMBER})\s*(?<unit>${COUNT_UNIT_CELL})\s+(?:(?<countFlag>${COLUMN_FLAG})\s+)?(?<countRange>${TWO_BOUNDS})\s*$`, 'u'),
  new RegExp(String.raw`${COLUMN_NAME}(?<percent>${NUMBER})\s{2,}(?<count>${NUMBER})\s{2,}(?<percentRange>${TWO_BOUNDS})\s*%\s{2,}(?<countRange>${TWO_BOUNDS})\s*(?<unit>${COUNT_UNIT_CELL})\s*$`, 'u'),
];
/**
 * (fixr82) The per cent and the count of PERCENT_AND_COUNT each a line of its own with its range (`Lymphocytes: 15.02%
 * (Normal: 20-44)`, `Lymphocytes: 0.912/nL (Normal: 1.1-4.5)`), under a name the catalog knows; the flag's word is
 * left out (each range gives its row's flag). A count whose unit is no count per volume (`4.678 nL`, a volume) is not
 * read: the per cent alone.
 */
export function percentAndCountApart(text: string, knows?: (name: string) => boolean): string[] {
  const columns = text.length > 400 ? undefined : DIFFERENTIAL_COLUMNS.map((re) => re.exec(text)?.groups).find((g) => g !== undefined);
  if (columns && knows?.(columns.name!.trim()) && isCellCountUnit(columns.unit!)) {
    const { indent, name, percent, percentFlag, percentRange, count, unit, countFlag, countRange } = columns;
    const flagged = (mark: string | undefined) => (mark ? ` ${mark}` : '');
    return [`${indent}${name!.trim()}: ${percent}%${flagged(percentFlag)} (${percentRange})`, `${indent}${name!.trim()}: ${count} ${unit}${flagged(countFlag)} (${countRange})`];
  }
  const m = text.length > 400 ? null : PERCENT_AND_COUNT.exec(text);
  if (!m || !knows?.(m[2]!.trim())) return [text];
  const [bullet, name, percent, count, unit, label = '', percentRange, countRange] = [m[1]!, m[2]!.trim(), m[3]!, m[4]!, m[5]!, m[6] ?? '', m[7]!, m[8]!];
  const first = `${bullet}${name}: ${percent}% (${label}${percentRange})`;
  return isCountUcum(toUcum(unit)) ? [first, `${bullet}${name}: ${count} ${unit} (${label}${countRange})`] : [first];
}

/**
 * (fixr86) A clinical code in brackets after a test's name with its value glued to the bracket (`Serum sodium level
 * (XE2q0)139 mmol/L [133.0 - 146.0]`), as an NHS GP record's copy prints each result's Read code (CTV3 `XE2q0`, Read
 * v2 `44P5.`): a code, then a value — the line with a space after the bracket, read as `name (code) value` is. A
 * code is five letters, digits and dots with a letter among them (never a number such as `120.5`), after a space and
 * before a number (with its comparator, if any). A unit in brackets (`(mmol/L)5.4`: a slash), a shorter word
 * (`(IFCC)48`), a count (`(2)3 tablets`) or any bracket of other characters is left as printed. (Read v2 codes of
 * digits and dots alone, `423..`, and SNOMED ids of digits are left too: read apart, the reader does not take them
 * for a code yet.)
 */
const CODE_GLUED_TO_VALUE = /(?<=\s)\((?=[0-9.]*[A-Za-z])[0-9A-Za-z][0-9A-Za-z.]{4}\)(?=[<>≤≥]?\d)/g;
export function withCodeApartFromValue(text: string): string {
  if (text.length > 400) return text;
  const apart = text.replace(SITE_CODE_BEFORE_VALUE, '  ');
  return apart.includes(')') ? apart.replace(CODE_GLUED_TO_VALUE, '$& ') : apart;
}
/**
 * (zerocode, set 23) A performing site's code of two digits with a leading zero between a name and its value with a unit
 * (`Testosterone   01   468   ng/dL   264-916`, as Labcorp prints its site `01` in the result's cell): no value — read
 * as one, the row's value was 1. Only before a plain number with a unit of letters after it, the number not itself
 * zero-padded, so that a differential's `07` or `00` before its range or its `%` (`Eosinophils  07  1-6`, `Basophils
 * 00  01  %`: review 37, a result and the previous one) stays the value it is.
 */
const SITE_CODE_BEFORE_VALUE = /(?<=[\p{L})\]]\s+)0\d(?=\s+(?!0\d)[<>]?\d+(?:[.,]\d+)?\s+[\p{L}µμ])/gu;

/**
 * (zerocode, set 23) The same site code on a line of its own between a test's name and its value, as a portal's copy of
 * a Labcorp report prints each cell on a line (`Testosterone` / `01` / `468` / `ng/dL` / `264-916`): the line dropped,
 * where the value after it is no zero-padded number and a unit of letters (or a flag word) follows it.
 */
export function withoutSiteCodeLines<T extends { text: string }>(lines: T[]): T[] {
  if (!lines.some((l) => SITE_CODE_LINE.test(l.text))) return lines;
  // A code's line, the one before it and the two after it, blank lines left out.
  const filled = filledLines(lines);
  const dropped = new Set(filled.flatMap(({ k, text }, f) => (SITE_CODE_LINE.test(text) && /\p{L}/u.test(filled[f - 1]?.text ?? '')
    && /^(?!0\d)[<>]?\d+(?:[.,]\d+)?$/.test(filled[f + 1]?.text ?? '') && /^[\p{L}µμ]/u.test(filled[f + 2]?.text ?? '') ? [k] : [])));
  return dropped.size ? lines.filter((_l, k) => !dropped.has(k)) : lines;
}
const SITE_CODE_LINE = /^\s*0\d\s*$/;

/**
 * (prevcells, set 25) A previous result and its date printed each on a line of its own after the current result, as a
 * portal's copy of a Labcorp report prints each cell on a line (`TSH` / `01` / `5.210` / `High` / `3.880` / `09/30/2024`
 * / `uIU/mL` / `0.450-4.500`): the two lines dropped — the current value's row read on, its unit and range after it.
 * Only a number alone, after the current value's line (a number, perhaps with its flag) or its flag's, with a date alone
 * under it and a cell with a letter or a range's digits after that.
 */
export function withoutPreviousCellLines<T extends { text: string }>(lines: T[]): T[] {
  if (!lines.some((l) => isDateAlone(l.text))) return lines;
  const filled = filledLines(lines);
  const dropped = new Set(filled.flatMap(({ k, text }, f) => {
    const before = filled[f - 1]?.text ?? '';
    const after = filled[f + 2]?.text ?? '';
    // (review 39r) The current value's cell is no site code (`01`: with no current value printed, the previous one and its
    // date are the only result — dropped, the code had become the value); a flag's line has that value above it.
    const current = normalizeFlag(before) !== null ? filled[f - 2]?.text ?? '' : before;
    return NUMBER_ALONE.test(text) && DATE_ALONE.test(filled[f + 1]?.text ?? '') && VALUE_CELL.test(current) && !SITE_CODE_LINE.test(current)
      && /^[\p{L}µμ%<>(\d]/u.test(after) && !DATE_ALONE.test(after) ? [k, filled[f + 1]!.k] : [];
  }));
  return dropped.size ? lines.filter((_l, k) => !dropped.has(k)) : lines;
}
const NUMBER_ALONE = /^[<>]?\d+(?:[.,]\d+)?$/;
/** The current value's cell: a number, perhaps its flag after it (`41.2 High`, `5.3 H`). */
const VALUE_CELL = /^[<>]?\d+(?:[.,]\d+)?(?:\s+[A-Za-z*]{1,6})?$/;
/** A month's name, whole or cut short (`Feb`, `February`, `Sept`): no other word (`Marker`). */
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/**
 * A date alone on a line, a time perhaps after it (`09/30/2024`, `2024-09-30`, `Feb 12, 2025`, `12 February 2025 08:05`):
 * a previous result's date here, a card's result date between its name and its value (text-report.parser.ts isInterlude).
 */
const DATE_ALONE = new RegExp(String.raw`^(?:${NUMERIC_DATE}|\d{4}-\d{2}-\d{2}|${MONTH_NAME}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH_NAME}\.?,?\s+\d{4})(?:,?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?$`, 'i');
export const isDateAlone = (text: string) => DATE_ALONE.test(text.trim());

/** The lines that hold more than spaces: each one's place among all the lines (`k`) and its text trimmed. */
export function filledLines(lines: readonly { text: string }[]): { k: number; text: string }[] {
  return lines.flatMap((l, k) => (l.text.trim() ? [{ k, text: l.text.trim() }] : []));
}

/** (set 25) A status cell of optimal words (`Optimal`, `Optimal range`, `In optimal range`). */
const OPTIMAL_STATUS_CELL = /^(?:in (?:the )?)?optimal(?: range| zone)?$/i;
/** (set 25) One against the optimal zone (`Suboptimal`, `Not optimal`, `Above optimal`): no side of the lab's range. */
const OFF_OPTIMAL_STATUS_CELL = /^(?:above|below|sub|not|near|out of)\s*-?\s*optimal(?: range| zone)?$/i;
/** (portals) The range labels a status cell may stand before (STATUS_BEFORE_RANGE_LINE's cells). */
// (set 25) Or `Reference` alone, `Reference interval`, `Ref` before the bounds (`Optimal  Reference 264 - 916 ng/dL`).
const RANGE_LABEL_CELL = /^(?:lab(?:oratory)?(?: reference)? range|standard range|reference range|normal range|reference interval|(?:reference|ref\.?)(?=\s*:?\s*(?:[<>≤≥]=?\s*)?\d))\b.*\d/i;
/**
 * (portals) Their label of the laboratory's range (`Lab range 4.8-5.6 %`, `Standard range: 264-916`, `Laboratory range
 * <90`), before a range (a bound or a number) after a row's other cells: `Reference range`, the label rows read (an
 * optimal range beside it stays the row's comment). At a line's start (a card's range line) it is left as printed: the
 * card reader reads it there (STANDARD_RANGE_LABELS).
 */
const LAB_RANGE_CELL = /(?<=\S(?:\s{2,}|\s*·\s*))(?:lab(?:oratory)?(?: reference)? range|standard range)(\s*:)?\s+(?=(?:[<>≤≥]=?|=<|=>)?\s*[-+]?\d)/giu;

/**
 * (portals) A consumer or longevity laboratory service's result line (Function Health, InsideTracker style: `HbA1c  5.9
 * %  Lab range 4.8-5.6 %  Out of range`, `In range  ·  Lab range 0.45-4.50  ·  Optimal 0.5-2.5`) as a laboratory
 * prints it: middle dots between cells are gaps, its label of the laboratory's range is `Reference range`
 * (LAB_RANGE_CELL), and a card's status before its range line goes after it. The status words stay as printed: the
 * reader reads them (flags.ts isStatusPhrase; statuswords.spec: a phrase the range contradicts gives way to it, unlike a
 * printed `High` — a first form rewrote them to flag words and broke that). A line with no digit (a header: Quest's
 * columns `In Range`, `Out Of Range`), or with none of these, is unchanged.
 */
export function withConsumerRangeWords(text: string): string {
  if (text.length > 400 || !/range|ref/i.test(text)) return text;
  // (portals review) A word answer with a status after it (`Hepatitis C Antibody  Reactive  Out of range`, `HIV 1/2
  // Ag/Ab  Reactive  Out of range`): the status as a flag's word (`Abnormal`, `Normal`), as after a word answer the
  // reader reads one — the line had been dropped in silence. Only after an answer the reader knows.
  // Status phrases are flags.ts isStatusPhrase's, their flag normalizeFlag's.
  const parts = text.trim().split(/\s{2,}/);
  const last = parts.length >= 3 ? parts.at(-1)! : '';
  if (isStatusPhrase(last) && !/\d/.test(parts.at(-2)!) && isQualitativeAnswer(parts.at(-2)!)) {
    const flag = normalizeFlag(last);
    if (flag === 'normal' || flag === 'abnormal') return `${text.slice(0, text.lastIndexOf(last))}${flag === 'normal' ? 'Normal' : 'Abnormal'}`;
  }
  if (!/\d/.test(text)) return text;
  // Only a line with a number: a header's `In Range` and `Out of Range` name the value's columns (Quest's layout).
  const cells = text.replace(/\s+·\s+/g, '  ').split(/(\s{2,})/);
  // A status before a labelled range (`Cystatin C  0.92 mg/L  In range  Lab range 0.61-0.95 mg/L`; a card's line `In
  // range  ·  Lab range 0.45-4.50`): after the range, where the reader reads a status phrase after a labelled range (and
  // a card's range line from its label at the line's start).
  // (set 25) `Optimal` there (a longevity service's status: inside its optimal zone, so inside the range) is normal; one
  // against the optimal zone (`Suboptimal`) says no side of the lab's range, which decides (the cell left out: the row
  // had been lost). As a range's label (`Optimal  50 - 80`) it stands before bounds, never before a range's label.
  const status = cells.findIndex((c, i) => i % 2 === 0 && (isStatusPhrase(c.trim()) || OPTIMAL_STATUS_CELL.test(c.trim()) || OFF_OPTIMAL_STATUS_CELL.test(c.trim()))
    && RANGE_LABEL_CELL.test(cells.slice(i + 2).join('')));
  // (review 39r) `Optimal` as `In range`, a status a range that says otherwise gives way to (a printed `Normal` did not).
  const word = status < 0 ? '' : OPTIMAL_STATUS_CELL.test(cells[status]!.trim()) ? 'In range' : OFF_OPTIMAL_STATUS_CELL.test(cells[status]!.trim()) ? '' : cells[status]!;
  const moved = status < 0 ? cells.join('') : [...cells.slice(0, status), ...cells.slice(status + 2), ...(word ? ['  ', word] : [])].join('');
  return moved.replace(LAB_RANGE_CELL, (_w: string, colon?: string) => `Reference range${colon ? ':' : ''} `);
}

/** (portals) A heading of a test's earlier results (a portal's card: `Past Results`, `Previous results:`, `Result history`). */
const PAST_RESULTS_HEADING = /^(?:past|previous|prior|earlier|historical)\s+(?:results?|values?|readings?)\s*:?$|^results?\s+history\s*:?$/i;
/** A date as a portal prints it beside an earlier result (`11/04/2024`, `2024-11-04`, `Nov 4, 2024`). */
const NUMERIC_OR_ISO_DATE = String.raw`(?:${NUMERIC_DATE}|\d{4}-\d{2}-\d{2})(?![\d/.-])`;
const DATE_IN_LINE_SOURCE = String.raw`(?<![\d/.-])${NUMERIC_OR_ISO_DATE}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b`;
const DATE_IN_LINE = new RegExp(DATE_IN_LINE_SOURCE, 'i');
/** Every date of a line (DATE_IN_LINE's, global). */
const DATES_IN_LINE = new RegExp(DATE_IN_LINE_SOURCE, 'gi');

/** Two numbers joined by a dash or `to`, or a bound (`4.8-5.6`, `0.45 - 4.50`, `<100`): a reference range on the line. */
const RANGE_IN_LINE = /\d(?:[.,]\d+)?\s*(?:[-–]|to)\s*\d|(?:^|\s)(?:[<>≤≥]=?)\s*\d/;
const LEADING_DATE = new RegExp(String.raw`^\s*${NUMERIC_OR_ISO_DATE}`);
/**
 * (portals) The lines under a heading of earlier results with the date between the name and the value (`Past Results`
 * / `Ferritin  11/04/2024  38 ng/mL`, a phone portal's card): earlier results of the test above — read, they were rows
 * named `Ferritin 11/04/2024`. Left out from the heading to the first line with no date, a blank line or a line of
 * several dates (a flowsheet's header); the heading kept. A line opening with its date (`25/01/2025 Hemoglobin 10.9 g/dL`) is read at its own date, as before.
 */
export function withoutPastResultLines<T extends { text: string }>(lines: T[]): T[] {
  let under = false;
  return lines.filter((l) => {
    const text = l.text.trim();
    if (PAST_RESULTS_HEADING.test(text)) {
      under = true;
      return true;
    }
    if (!under) return true;
    // (portals review) A blank line ends the block (today's rows after it had been left out too), and so does a line of
    // several dates (a flowsheet's header under the heading: its newest column is this report's).
    // A line with a range of its own (`HbA1c  6.1 %  4.8-5.6  01/02/2026`) is a current result: it ends the block too.
    if (text === '' || (text.match(DATES_IN_LINE) ?? []).length > 1 || RANGE_IN_LINE.test(text.replace(DATE_IN_LINE, ' '))) {
      under = false;
      return true;
    }
    // A line opening with its date is a dated row the reader reads at its own date (fixige, nameprefix): kept.
    if (DATE_IN_LINE.test(text) && !LEADING_DATE.test(text) && /\d/.test(text.replace(DATE_IN_LINE, ''))) return false;
    under = false;
    return true;
  });
}

/** (portals) A result's status in its own last cell (a portal's `Status` column): `Final`, `Final result`, `Preliminary`, `Corrected`, `Amended`. */
const RESULT_STATUS_CELL = /(?<=\S)\s{2,}(?:final(?: result)?|preliminary(?: result)?|prelim|corrected|amended)\s*$/i;

/**
 * (mixed) What a note's sentence adds after a result's bracketed range, left out so that the result reads: a remark
 * inside the bracket after the range, begun by a `;` or `,` and a word of a goal, a therapy's range or an earlier value
 * (`INR 3.4 (0.9-1.1; therapeutic 2.0-3.0) H`, `insulin 7.9 uIU/mL (2.6-24.9, down from 14.3)`, `LDL 96 mg/dL (lab
 * reference <100; your personal goal is <70 …)`); a clause after the bracket that ends the line with no number in it
 * — a relative one, a place in a range, a word of no change (`…(1.7-8.6), which I guess is expected?`, `(4.8-5.6), in
 * the prediabetes range.`, `(200-900), unchanged`); the sentence's full stop after the bracket ending the line (`IGF-1
 * 271 ng/mL (ref 77-224).`). Review 13: a first form cut any words with no number (a specimen's `, CSF`, a dose's `,
 * your dose`), and clauses with later results after them (`Hgb 13.2 g/dL (12.0-15.5), stable. Ferritin 45 ng/mL.`,
 * `…, which is normal; AST 28 U/L`) and change clauses the prose reader reads itself (`…, down from 1.4 in June.`);
 * `prior`, `last` begin a phase's label (`prior to ovulation 85-498`). Not a second
 * population's range (`(M 0.7-1.3; F 0.6-1.1)`): only the words listed open a remark; not after a dose (`100 mg
 * (80-120, previously 140 mg)`).
 */
export function withNoteRemarksAfterRange(text: string): string {
  if (!text.includes(')')) return text;
  return text.replace(REMARK_IN_RANGE_BRACKET, (all, range: string, at: number, whole: string) => (DOSE_BEFORE.test(whole.slice(0, at)) ? all : `${range})`))
    .replace(CLAUSE_AFTER_RANGE_BRACKET, '$1').replace(STOP_AFTER_RANGE_BRACKET, '$1');
}
const REMARK_WORDS = String.raw`therapeutic|therapy|target|goal|your|personal|down from|up from|was|previously`;
const CLAUSE_WORDS = String.raw`which|unchanged|stable|in the|within|slightly|still`;
/**
 * A range's text in a bracket: up to three label words, then bounds (`77-224`, `<5.7`, `ref <100`) — no other number (a
 * date). (prose19) A label's colon and a bound's words too (tokens.ts BOUND_WORD_SOURCE, and `below`, `above`, `under`,
 * `over`: `(normal range: below 5.0 mmol/L).`, `(normal above 1.0).`:
 * a research letter's; the stop after it had made the row's flag `normal`, the label's word).
 */
const BRACKETED_RANGE = String.raw`\((?:[A-Za-z.]+:?\s+){0,3}(?:(?:[<>≤≥]=?|(?:${BOUND_WORD_SOURCE}|below|above|under|over)\s)\s*\d[\d.,]*|\d[\d.,]*\s*[-–]\s*\d[\d.,]*)`;
const REMARK_IN_RANGE_BRACKET = new RegExp(String.raw`(${BRACKETED_RANGE})\s*[;,]\s*(?:${REMARK_WORDS})\b[^()]*\)`, 'gi');
const CLAUSE_AFTER_RANGE_BRACKET = new RegExp(String.raw`(${BRACKETED_RANGE}\s*\)),\s+(?:${CLAUSE_WORDS})\b[^()\d]*$`, 'i');
// (prose19) A unit after the bounds too (`(normal range: below 5.0 mmol/L).`).
const STOP_AFTER_RANGE_BRACKET = new RegExp(String.raw`(${BRACKETED_RANGE}(?:\s*[^\s\d()][^\s()]{0,14})?\s*\))\.\s*$`);
/** (review 13) A dose's amount before a bracket (`100 mg `, `5000 IU `: tokens.ts DOSE_AMOUNT): the bracket is no result's range. */
const DOSE_BEFORE = new RegExp(String.raw`\d\s*(?:${DOSE_AMOUNT}|ml)\s*$`, 'i');

/**
 * (review 11) A timed urine's heading with its hours apart (`24 h urine`, `24 hour urine collection`): the heading as
 * `24-hour urine` reads, a urine's section — read apart, the number and its `h` made the line no heading, and the
 * urine's calcium and creatinine under it were read as the serum's. A line of the heading's words only, no other number.
 */
export function withTimedUrineHeading(text: string): string {
  return /urin/i.test(text) ? text.replace(TIMED_URINE_HEADING, '$1$2-$3 $4') : text;
}
const TIMED_URINE_HEADING = /^(\s*)(\d{1,2})\s+(h|hr|hrs|hour|hours)\s+(urine\b[^\d]*)$/i;

/**
 * (mixed) Quest's `> OR = 40`, `< OR = 4.0` in brackets after a result (`HDL 51 mg/dL (> OR = 40)`, as a visit note
 * copies a Quest report): the bound's `>=40`, `<=4.0` in its brackets, as `(<=4.0)` reads. Unbracketed, the reader
 * reads the words where a range goes (tokens.ts orEqualAt) and keeps them as printed; in brackets the line read nothing.
 */
export function withOrEqualInBrackets(text: string): string {
  return text.includes('=') ? text.replace(OR_EQUAL_IN_BRACKETS, '($1=$2)') : text;
}
const OR_EQUAL_IN_BRACKETS = /\(\s*([<>])\s*or\s*=\s*(\d+(?:[.,]\d+)?)\s*\)/gi;

/**
 * (set 7, VN05) The answer expected printed in brackets after an answer of presence (`HBsAg Negative (Negative)`,
 * `Blood Trace (Negative) Abnormal`, as a visit note or a prose list copied apart prints a urinalysis): the line as the
 * inline `name: answer (expected)` reads, the bracket the range (tokens.ts answerWithExpected) — in brackets after the
 * answer it was dropped, the row read with no range and no flag. A name already ending in its colon is left as it is.
 */
export function withExpectedAnswerInBrackets(text: string): string {
  if (!text.endsWith(')') && !/\)\s*\S+\s*$/u.test(text)) return text;
  const item = answerWithExpected(text);
  if (!item || item.name.endsWith(':')) return text;
  return `${item.name}: ${item.answer} (${item.expected})${item.flag ? ` ${item.flag}` : ''}`;
}

/**
 * (set 8, NR04) A row of a table of risk categories, no result (`hs-CRP (mg/L)    <1.0    1.0-3.0    >3.0`, under
 * `Low Risk  Moderate Risk  High Risk`): the cells after the name are three categories' bounds or more one after
 * another — a bound below, ranges, a bound above, each starting where the one before ends (equal, or one step of its
 * last decimal on) — and nothing else (two, `eGFR  <60  >=60`, are a censored result and its range: review 14). Read, the first bound was a censored result and
 * the next category its range. The line is kept as its name alone: no row.
 */
export function withoutTierChainRow(text: string): string {
  if (text.length > 200 || !/[<>≤≥]/u.test(text)) return text;
  const cells = text.trim().split(/\t|\s{2,}/u);
  // Three categories at least (review 14: `eGFR  <60  >=60` is a censored result and its range).
  if (cells.length < 4 || !/\p{L}/u.test(cells[0]!)) return text;
  const intervals = cells.slice(1).map(tierInterval);
  if (intervals.some((i) => i === null) || intervals[0]!.low !== undefined || intervals.at(-1)!.high !== undefined) return text;
  for (let k = 1; k < intervals.length; k++) {
    const before = intervals[k - 1]!.high;
    const low = intervals[k]!.low;
    if (before === undefined || low === undefined || intervals[k]!.high === undefined && k < intervals.length - 1) return text;
    const step = 10 ** -intervals[k - 1]!.decimals;
    if (low.value < before.value || low.value - before.value > step * 1.001) return text;
  }
  return cells[0]!;
}

/**
 * (set 10, IN03) A guideline's categories listed in a sentence with no result before them (`NCEP ATP III: Total
 * cholesterol Desirable <200, Borderline 200-239, High >=240 mg/dL`): three categories at least, each a category's
 * word and its bound or interval, and no digit before the first but in the label's words — no row (read, the last
 * category's bound was a result under the sentence's words). A result before them (`Cholesterol  212 mg/dL  Desirable
 * <200, …`) keeps its line: there they are its range; so does a test's name and its colon before them (a range listed
 * below the table by name).
 */
export function withoutTierListLine(text: string): string {
  if (text.length > 300 || !/[<>≤≥]|\d\s*[-–]\s*\d/u.test(text)) return text;
  const items = [...text.matchAll(TIER_LIST_ITEM)];
  if (items.length < 3) return text;
  const before = text.slice(0, items[0]!.index);
  // (Review 16) A label of words before them (the guideline's, the test's): categories alone on a line are as often a
  // row's range wrapped under it; and no value after the last (`… 30-100  24 ng/mL`: the result printed after them).
  const last = items.at(-1)!;
  const [unit, ...after] = text.slice(last.index! + last[0].length).trim().split(/\s+/u);
  if (!/\p{L}{2}/u.test(before) || /\d/.test((unit && isUnitToken(unit) ? after : [unit ?? '', ...after]).join(' '))) return text;
  // (A test's name and its colon before them, `TOTAL CHOLESTEROL   : Desirable : < 200 mg/dL …`, is a range listed under
  // the table by name: the reader gives it to that test's row.)
  if (/:\s*$/.test(before)) return text;
  // (A digit before them is a result's, but in a guideline's name and year: `ADA 2024: …`.)
  return /\d/.test(before) && !/^[^\d]*\b(?:ATP|NCEP|ADA|AHA|ACC|ESC|KDIGO|WHO)\b/i.test(before) ? text : '';
}
const TIER_LIST_ITEM = /\b(?:desirable|borderline(?:[- ]high)?|very high|high|low|optimal|near[- ]optimal|above optimal|normal|elevated|moderate|intermediate|acceptable|undesirable|deficien(?:t|cy)|insufficien(?:t|cy)|sufficient|prediabetes|diabetes|(?:low|moderate|high|average) risk)\s*:?\s*(?:[<>≤≥]=?\s*\d[\d.,]*|\d[\d.,]*\s*(?:-|–|to)\s*\d[\d.,]*)/giu;

type Bound = { value: number };
/** A category's cell: `<1.0`, `<=123`, `≥10` (one side), `1.0-3.0` (both); the decimals of its upper bound. */
function tierInterval(cell: string): { low?: Bound; high?: Bound; decimals: number } | null {
  const decimals = (n: string) => (n.split(/[.,]/u)[1] ?? '').length;
  const num = (n: string) => Number(n.replace(',', '.'));
  const side = /^([<>≤≥])=?\s?(\d+(?:[.,]\d+)?)$/u.exec(cell);
  if (side) return /[<≤]/u.test(side[1]!) ? { high: { value: num(side[2]!) }, decimals: decimals(side[2]!) } : { low: { value: num(side[2]!) }, decimals: 0 };
  const both = /^(\d+(?:[.,]\d+)?)\s?[-–]\s?(\d+(?:[.,]\d+)?)$/u.exec(cell);
  return both ? { low: { value: num(both[1]!) }, high: { value: num(both[2]!) }, decimals: decimals(both[2]!) } : null;
}

/**
 * (set 8, LG10) A population percentile printed in a last column (`ApoB    58 mg/dL    <90    12th percentile (lower is
 * better)`, a longevity dashboard's `You vs. age peers`): no part of the row — the ordinal made the whole row unread.
 * Left out, after a column gap, on a line with another number.
 */
export function withoutPercentileCell(text: string): string {
  if (text.length > 300 || !/\d(?:st|nd|rd|th)\b/iu.test(text)) return text;
  const m = PERCENTILE_CELL.exec(text);
  if (m) return /\d/u.test(text.slice(0, m.index)) ? text.slice(0, m.index) : text;
  // (set 8, OA03) A quintile's cell before the row's flag (`Hippurate  612  <= 603  mcg/mg creatinine  5th  H`): the
  // flag alone, where the cell was (read with it, the line was no row).
  const f = PERCENTILE_BEFORE_FLAG.exec(text);
  return f && /\d/u.test(text.slice(0, f.index)) ? `${text.slice(0, f.index)}${' '.repeat(f[1]!.length)}${text.slice(f.index + f[1]!.length)}` : text;
}
const PERCENTILE_BEFORE_FLAG = /(?<=\t|\s{2})(\d{1,3}(?:st|nd|rd|th))(?=(?:\t|\s{2,})(?:HH|LL|H|L|A|High|Low)\s*$)/iu;
const PERCENTILE_CELL = /(?:\t|\s{2,})\d{1,3}(?:st|nd|rd|th)(?:\s+percentile)?(?:\s*\([^()]{0,60}\))?\s*$/iu;

/**
 * (set 8, OA01) A row's number in a cell of its own before the name (`1  Citramalic    <= 3.6    4.8  H`, an organic
 * acids report's metabolite numbers): no part of the name — and read with it, the line was taken for the values of the
 * heading above it (`Intestinal Microbial Overgrowth` became a result). Only a whole number of one to three digits, a
 * column gap after it, a name of letters, and after the name a range and then a value (so the number is no value read
 * first: `140  Sodium  135 - 145` keeps it).
 */
export function withoutRowNumberCell(text: string): string {
  if (text.length > 300) return text;
  const m = ROW_NUMBER_CELL.exec(text);
  return m && RANGE_THEN_VALUE.test(text.slice(m[0].length)) ? text.slice(m[0].length) : text;
}
const ROW_NUMBER_CELL = /^\s*\d{1,3}(?:\t|\s{2,})(?=\p{L}|\d{1,2}-\p{L})/u;
const RANGE_THEN_VALUE = /^\S.*?(?:\t|\s{2,})(?:[<>≤≥]=?\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?[-–]\s?\d+(?:[.,]\d+)?)(?:\t|\s{2,})[<>]?\d+(?:[.,]\d+)?(?:\s|$)/u;

/**
 * (review 15) A comparator glued to a number in E notation (`<5.00e3`, `<1.00E3`): a space after it, as `< 5.00e3`
 * reads — glued, the bound was taken for a second, censored value and the row was lost.
 */
export function withComparatorApartFromENotation(text: string): string {
  return /[<>]=?\d[\d.,]*[eE]/u.test(text) ? text.replace(GLUED_E_BOUND, '$1 ') : text;
}
const GLUED_E_BOUND = new RegExp(String.raw`(?<![^\s(])([<>]=?)(?=${E_NUMBER}(?![\p{L}\d]))`, 'gu');

/**
 * (set 8, GI02) Counts written as powers of ten with the range in the same form (`Bacteroides fragilis  3.1 x 10^8  L
 * 1.60 x 10^9 - 2.50 x 10^11`, a stool PCR's colony-forming units): each a number in E notation (`3.1e8`, read as
 * E_NUMBER is), the cell padded to its printed width (the columns stay where the header put them). Read as printed, `x
 * 10^8` is a count's unit (`x 10^9/L` is one) and the range's bounds were lost. Only on a line with two such numbers at
 * least, one of them a range's bound (after `<`, `>` or before or after a dash), and none of them with a unit glued on
 * (`x 10^9/L`, `x10^3/uL`: a count per volume, left as printed).
 */
export function withPowersOfTenAsNumbers(text: string): string {
  if (text.length > 400 || !/10\s?[\^⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text)) return text;
  const all = [...text.matchAll(POWER_OF_TEN_NUMBER)];
  if (all.length < 2 || all.some((m) => m[5]) || !all.some((m) => POWER_BOUND_BEFORE.test(text.slice(0, m.index)) || /^\s*[-–]\s*\d/.test(text.slice(m.index + m[0].length)))) return text;
  return text.replace(/\S+(?: \S+)*/g, (cell) => {
    const read = cell.replace(POWER_OF_TEN_NUMBER, (_m, mantissa: string, _times: string, caret?: string, superscript?: string) => `${mantissa}e${superscriptDigits(caret ?? superscript ?? '')}`);
    return read + ' '.repeat(cell.length - read.length);
  });
}
/** A number times a power of ten (`3.1 x 10^8`, `1.60×10^9`, `2.3 x 10⁵`): mantissa, times sign, power, and a unit glued after it. */
const POWER_OF_TEN_NUMBER = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s?([xX×*])\s?10(?:\^(\d{1,2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(\/\S*|[A-Za-zµμ]\S*)?(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])/gu;
const POWER_BOUND_BEFORE = /(?:[<>≤≥]=?|[-–])\s*$/;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscriptDigits = (power: string) => [...power].map((d) => (SUPERSCRIPT_DIGITS.includes(d) ? String(SUPERSCRIPT_DIGITS.indexOf(d)) : d)).join('');

/**
 * (set 8, AL06) A tier list after a result written bound first (`OmegaCheck  4.6 %  Reference: >5.4 optimal; 3.8-5.4
 * moderate; <3.8 high risk`, `<100 optimal, 100-129 near optimal, 130-159 borderline high`): each tier label first, as
 * `Optimal: >5.4; Moderate: 3.8-5.4` prints it and the reader keeps as the range's text — bound first, the line was no
 * row. Only a list of two tiers or more at the line's end, parted by `;` or `,`, each a bound or an interval and words
 * of tiers (TIER_WORDS_EN) alone, after a number.
 */
export function withTierLabelsFirst(text: string): string {
  if (text.length > 400 || !/[;,]/.test(text)) return text;
  const m = BOUND_FIRST_TIERS.exec(text);
  if (!m || !/\d/.test(text.slice(0, m.index))) return text;
  const items = m[0].split(/\s*[;,]\s*/).map((item) => BOUND_FIRST_TIER.exec(item.trim()));
  if (items.length < 2 || items.some((i) => !i)) return text;
  return `${text.slice(0, m.index)}${items.map((i) => `${i![2]}: ${i![1]}`).join('; ')}`;
}
/** A one-sided bound or an interval of two numbers as written by `number`, as a regular expression's source. */
const boundOrInterval = (number: string) => String.raw`(?:[<>≤≥]=?\s*${number}|${number}\s*[-–]\s*${number})`;
/** (set 8, set 13) A one-sided bound or an interval of two numbers (`<100`, `>= 5.4`, `3.8-5.4`, `5 – 7`). */
const BOUND_OR_INTERVAL = boundOrInterval(String.raw`\d[\d.,]*`);
/** (set 8) The same in a tier list, each number perhaps a per cent (`<5.7%`, `5.7%-6.4%`). */
const TIER_BOUND = boundOrInterval(String.raw`\d[\d.,]*%?`);
const TIER_LABEL_WORDS = String.raw`(?:${TIER_WORDS_EN})(?:\s+(?:${TIER_WORDS_EN}))*`;
const BOUND_FIRST_TIER = new RegExp(String.raw`^(${TIER_BOUND})\s+(${TIER_LABEL_WORDS})$`, 'i');
const BOUND_FIRST_TIERS = new RegExp(String.raw`(?<=\s)${TIER_BOUND}\s+${TIER_LABEL_WORDS}(?:\s*[;,]\s*${TIER_BOUND}\s+${TIER_LABEL_WORDS})+\s*$`, 'i');

/**
 * (set 13, FR04) A status against an optimal target in the line's last cell (`Homocysteine    9.8 umol/L    5 - 7    Above
 * optimal`, `Ferritin  68 ng/mL  40 - 100  Optimal`: a longevity service's review of its targets): the range cell just
 * before it is that target, no laboratory's range — left out with the status, so no flag is computed from it (read as
 * the reference, a value inside the laboratory's range had been flagged high). `Optimal` alone says the value is in
 * its target, inside the reference: the flag `Normal`. Only a line with that one range: beside a second one, which is
 * the laboratory's is the header's to say (tworanges).
 */
export function withoutOptimalTargetCell(text: string): string {
  if (text.length > 400 || !/optimal\s*$/i.test(text)) return text;
  const target = OPTIMAL_TARGET_LAST.exec(text);
  const alone = target ? null : OPTIMAL_STATUS_LAST.exec(text);
  const at = target?.index ?? alone?.index;
  if (at === undefined) return text;
  const before = text.slice(0, at);
  // (A second range on the line, `< 80    < 90    Out of range` under `Optimal range  Standard range  Status`: the
  // header says which is which, as before.)
  if (!/\d/.test(before) || RANGE_CELL.test(before)) return text;
  const status = (target?.[2] ?? alone![1]!).trim().toLowerCase().replace(/^-\s*/, '').replace(/\s+/g, ' ');
  // (Review 19) The range is the target only where the status agrees with the value's place against it (`9.8` above
  // `5 - 7`: `Above optimal`; `68` inside `40 - 100`: `Optimal`); a value inside the range `Not optimal` or `Suboptimal`
  // says the range is the laboratory's (`Vitamin B12  310 pg/mL  232 - 1245  Not optimal`): the line as printed.
  if (target && !targetAgrees(status, before, target[1]!)) return text;
  return `${before}${status === 'optimal' ? '    Normal' : ''}`;
}
/** (review 19) Whether a status against an optimal target agrees with the row's value (the first number after a column gap) against `range`. */
function targetAgrees(status: string, before: string, range: string): boolean {
  const value = parseNumber(/(?:\t|\s{2,})[<>]?=?\s*(\d[\d.,]*)/.exec(before)?.[1] ?? '');
  const { low, high } = parseReferenceRange(range);
  if (value === null || (low === undefined && high === undefined)) return false;
  const inside = (low === undefined || value >= low) && (high === undefined || value <= high);
  if (status === 'optimal') return inside;
  if (status.startsWith('above')) return high !== undefined && value > high;
  if (status.startsWith('below')) return low !== undefined && value < low;
  return !inside;
}
/**
 * (set 13, HK03) A tier list in brackets after a row's range (`Hemoglobin A1c    6.1 %    High    Reference 4.0 - 5.6 %
 * (Prediabetes 5.7-6.4; Diabetes >=6.5)`): the categories' note, left out — read with the row, the range and the flag
 * were lost. Only in a cell of its own after a range (and its unit), holding a tier's word and a number.
 */
export function withoutTierNoteAfterRange(text: string): string {
  if (text.length > 400) return text;
  // (set 13, FS04) An allergen's class after the range (`Egg white (f1)  0.48  H  kU/L  <0.35  class 1`): a tier of the
  // IgE's, no part of the range.
  const klass = /class\s+[0-6](?:\/[0-6])?\s*$/i.test(text) ? ALLERGEN_CLASS_LAST.exec(text) : null;
  if (klass && RANGE_BEFORE_NOTE.test(text.slice(0, klass.index))) return text.slice(0, klass.index);
  if (!text.endsWith(')')) return text;
  const m = TIER_NOTE_LAST.exec(text);
  if (!m || !TIER_NOTE_WORD.test(m[1]!) || !/\d/.test(m[1]!) || !RANGE_BEFORE_NOTE.test(text.slice(0, m.index))) return text;
  // (set 25) Not the range itself under its label (`hs-CRP  <0.2 mg/L  (normal <3.0 mg/L)`: a censored value before it
  // reads as a bound): one interval or bound, its unit perhaps, after `normal` or `reference`.
  if (LABELLED_RANGE_NOTE.test(m[1]!.trim())) return text;
  return text.slice(0, m.index);
}
const LABELLED_RANGE_NOTE = new RegExp(String.raw`^(?:normal|ref(?:erence)?\.?)(?:\s+(?:range|interval))?\s*:?\s*${BOUND_OR_INTERVAL}\s*(?:[^\s\d;,]+)?$`, 'i');
const ALLERGEN_CLASS_LAST = /(?:\t|\s{2,})class\s+[0-6](?:\/[0-6])?\s*$/i;
const TIER_NOTE_LAST = /(?:\t|\s{2,})\(([^()]{3,120})\)\s*$/;
const TIER_NOTE_WORD = new RegExp(String.raw`\b(?:${TIER_WORDS_EN})\b`, 'i');
const RANGE_BEFORE_NOTE = new RegExp(String.raw`${BOUND_OR_INTERVAL}\s*(?:\S*[A-Za-z%µμ/]\S*)?\s*$`);

/**
 * (set 13, HT02) A bar drawn in text at the end of a row (`Aluminum    4.2    <7.0    |=====*   |`, `Lead  1.9  <0.80
 * |=========|===>`: a percentile graph of bars, equals signs, stars and arrow heads): no part of the row — left out
 * (read with it, the line was no row). Only after a number, and a run of such marks with an equals sign or a hash in it.
 */
export function withoutTextBarGraph(text: string): string {
  if (text.length > 400 || (!text.includes('=') && !text.includes('#'))) return text;
  const m = TEXT_BAR_GRAPH.exec(text);
  return m && /\d/.test(text.slice(0, m.index)) && /[=#]{2}/.test(m[0]) ? text.slice(0, m.index) : text;
}
const TEXT_BAR_GRAPH = /(?:\t|\s{2,})[|[]?[=#*>|\-\s]{3,}[|\]>]?\s*$/;

/**
 * (set 14, PV03) A previous result in brackets at the end of a row (`Testosterone (total)   19.4 nmol/L   (8.6 - 29.0)
 * [Prev: 11.2 on 14/01/2025]`, `(previous 146 on 08/07/2025)`, `[Vorwert: 3,1]`): an earlier draw's value, its date and
 * perhaps its flag — no part of this row (read with it, the range and the flag were lost, and an earlier `H` could have
 * flagged the row). Only in a cell of its own after a number, opening with a previous result's word and holding a number.
 */
export function withoutPreviousResultNote(text: string): string {
  if (text.length > 400 || !(text.endsWith(')') || text.endsWith(']'))) return text;
  const m = PREVIOUS_NOTE_LAST.exec(text);
  return m && /\d/.test(m[1]!) && /\d/.test(text.slice(0, m.index)) ? text.slice(0, m.index) : text;
}
const PREVIOUS_NOTE_LAST = /(?:\t|\s{2,})[[(]\s*((?:prev(?:ious)?|prior|last|earlier|vorwert|vorbefund|anterior|pr[ée]c[ée]dente?|precedente|vorige)\b[^()[\]]{1,80})[)\]]\s*$/i;

/** (set 13) A status against an optimal target (`Above optimal`, `Not optimal`, `- Optimal`), as a regular expression's source. */
const OPTIMAL_STATUS = String.raw`((?:above|below|sub|not|near)?\s*-?\s*optimal)`;
/** (set 13, HK06) The status alone after the value (`Estradiol    41 pg/mL    Above optimal`, an app's list): no flag, or `Optimal`'s normal. */
const OPTIMAL_STATUS_LAST = new RegExp(String.raw`(?:\t|\s{2,})${OPTIMAL_STATUS}\s*$`, 'i');
const RANGE_CELL = new RegExp(String.raw`(?:^|\t|\s{2,})${BOUND_OR_INTERVAL}(?=\t|\s{2,}|$)`);
const OPTIMAL_TARGET_LAST = new RegExp(String.raw`(?:\t|\s{2,})(${BOUND_OR_INTERVAL})\s*(?:\t|\s{2,})${OPTIMAL_STATUS}\s*$`, 'i');

/**
 * (portals) The result's status printed in a last column (`PSA    2.2    0.0 - 4.0 ng/mL    Final`, MyChart's `Status`):
 * no flag and no part of the range — read into the range cell of a table whose columns did not line up, it kept the
 * unit from the row (`0.0 - 4.0 ng/mL Final`), and as a flag it was warned of as unknown. Left out, on a line with a
 * number.
 */
export function withoutResultStatusCell(text: string): string {
  return text.length > 400 || !/\d/.test(text) ? text : text.replace(RESULT_STATUS_CELL, '');
}

/**
 * (set 9, FX04) A report's mark of a critical value printed apart after the flag (`Potassium  6.4  HH **  mmol/L`,
 * `** = CRITICAL VALUE`): the flag a critical one, as `HH` and `H*` read — apart, the stars made the line no row, or a
 * high one. Only after a value, and (review 16) only two stars or three: one apart (`H *`) is as often an abnormal
 * mark, a footnote's or a delta check's, and is left as printed.
 */
export function withCriticalMarkOnFlag(text: string): string {
  return text.length > 400 || !text.includes('*') ? text : text.replace(CRITICAL_MARK_APART, (_all, flag: string) => (flag.length === 2 ? flag : `${flag}*`));
}
/**
 * (review 16) Whether a report says its stars mark a critical value (`** = CRITICAL VALUE`, `** Critical value`, `***
 * Panic`): withCriticalMarkOnFlag reads its lines only then — `**` is as often `verified by repeat analysis`.
 */
export function saysStarsCritical(text: string): boolean {
  return /\*{2,3}\s*(?:[=:-]\s*)?(?:critical|panic|alert)\b|\b(?:critical|panic)\s+(?:value|result)s?\s*(?:[=:-]\s*)?\*{2,3}/i.test(text);
}

/**
 * (set 23) Whether a report's legend says its star marks an abnormal value (`* = Abnormal  H = High  L = Low`) and no
 * line with a star names a critical one (review 37: `H* = Critical high`, `** = Critical`, `*H/*L = Critical`): then
 * `H*` and `L*` are high and low, as their letters say (alone, tokens.ts reads them as critical, as many systems print
 * a critical value). The legend's other reading beside saysStarsCritical's; `lines`: the report's lines as printed.
 */
export function saysStarAbnormal(lines: readonly string[]): boolean {
  const starred = lines.filter((l) => l.includes('*'));
  return starred.some((l) => STAR_ABNORMAL_LEGEND.test(l)) && !starred.some((l) => CRITICAL_WORD.test(l));
}
const STAR_ABNORMAL_LEGEND = /(?:^|\s)\*\s*(?:[=:-]\s*)?(?:abnormal|anormal|afwijkend|abnorm|auff[äa]llig|pathologisch|patol[oó]gico|out of range|outside)/iu;
/** A critical value's word, anywhere on a line with a star (saysStarsCritical's `critical`, `panic`, `alert` and more). */
const CRITICAL_WORD = /critical|\bcrit\b|panic|alert|kritisch|kritiek|cr[ií]tic|critique/iu;
const CRITICAL_MARK_APART = /(?<=\d\s{1,8})(HH|LL|H|L)\s+\*{2,3}(?=\s|$)/g;

/**
 * (set 12, BR03) A table's box rules read by OCR as brackets standing alone between cells (`[ Glucose     ] 92      I
 * [ mg/dL   ] 70 - 99   ]`): spaces, as wide (three such brackets on the line at least; a bracket against a word or a
 * number, `[4.0-10.0]`, `[H]`, is the text's own, and so is a flag in brackets, `[ * ]`).
 */
export function withoutBracketRules(text: string): string {
  if (!text.includes('[') && !text.includes(']')) return text;
  return (text.match(LONE_BRACKET) ?? []).length >= 3 && !FLAG_IN_BRACKETS.test(text) ? text.replace(LONE_BRACKET, ' ') : text;
}
const LONE_BRACKET = /(?<=^|\s)[[\]](?=\s|$)/g;
/** A flag in brackets with spaces inside (`[ * ]`, `[ H ]`: a Chilean report's flag column), no rule. */
const FLAG_IN_BRACKETS = /\[\s+\S{1,2}\s+\]/;

/**
 * The tidies of one printed line's text before the reader splits it (text-report.parser.ts textLines), in the order they
 * run, each on the text the one before left: a timed urine's heading, counts and their range written as powers of ten
 * (before E notation's comparators: `>= 39 x 10^6` becomes `>=39e6`, then `>= 39e6`), E notation's comparators, a row
 * number's cell, a percentile's cell, a risk-category row, a note's remarks around a range, Quest's `> OR =`, an
 * expected answer in brackets, a consumer service's range words, a status cell, a guideline's categories listed with no
 * result, a table's rules read as brackets, a tier list written bound first, an optimal target before its status, a
 * tier note in brackets after a range, a bar drawn in text, a previous result in brackets at the end.
 */
/**
 * (prose18) A result and its range parted by a slash with spaces around it, the unit after the range and perhaps a flag's
 * word last, as a patient posts `result / range` (`Total T 1,042 / 264-916 ng/dL HIGH`, `HDL 38 / >39 mg/dL LOW`, `Kalium 5,9 / 3,5-5,1 mmol/l HOCH`; a ratio's slash in the name, `Albumin/creatinine ratio`; the word after them a flag in any language, the row's reader says): groups
 * 1 name, 2 value, 3 range (two bounds, or one after its sign), 4 unit, 5 flag.
 */
const RESULT_SLASH_RANGE = /^(\p{L}[\p{L}\d .()'/-]*?)\s+([<>]?\d{1,3}(?:,\d{3})+|[<>]?\d+(?:[.,]\d+)?)\s+\/\s+(\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?|[<>≤≥]=?\s*\d+(?:[.,]\d+)?)(?:\s+([^\s\d][^\s]*))?(?:\s+(\p{L}{1,12}))?\s*$/iu;
/** (prose18) RESULT_SLASH_RANGE's line as a row's cells: `name  value  unit  range  flag`. */
export function withResultSlashRangeApart(text: string): string {
  const m = text.length > 200 ? null : RESULT_SLASH_RANGE.exec(text.trim());
  if (!m) return text;
  return [m[1]!.trim(), m[2]!, m[4] ?? '', m[3]!.replace(/\s+/gu, ''), m[5] ?? ''].filter(Boolean).join('  ');
}

/**
 * (prose18) A flag said in a bracket at the end of a result's line, perhaps with the range after it (`FSH 38.2 IU/L
 * (flagged high)`, `haemoglobin 118 g/L (flagged low, range 120-150)`): groups 1 the line before it (ending in a value
 * and perhaps its unit), 2 `flagged` when written, 3 the flag, 4 the range.
 */
// (prose19) Or the flag's word alone before a labelled range, one bound or two, perhaps its unit after them and a full
// stop after the bracket (`Glucose: 112 mg/dL (High; standard range 70 - 99 mg/dL)`, a portal's e-mail).
const FLAG_SAID_IN_BRACKET = /^(.*\d\S*(?:\s+[^\s\d()][^\s()]*)?)\s*\(\s*(flagged\s+(?:as\s+)?)?(high|low)\s*(?:[,;]\s*(?:(?:ref(?:erence)?|normal|standard|usual)\s+)?(?:range|ref(?:erence)?|normal|interval)\s*:?\s*(\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?|[<>≤≥]=?\s*\d+(?:[.,]\d+)?)(?:\s*[^\s\d()][^\s()]{0,14})?)?\s*\)\.?\s*$/iu;
/** (prose18) FLAG_SAID_IN_BRACKET's line as a row's: the range, then the flag's word after it. */
export function withFlagSaidInBracket(text: string): string {
  const m = text.length > 200 ? null : FLAG_SAID_IN_BRACKET.exec(text);
  // (prose19) A flag's word alone in the bracket, no range after it, is left to the readers.
  if (!m || (!m[2] && !m[4])) return text;
  return `${m[1]}${m[4] ? `  ${m[4].replace(/\s+/gu, '')}` : ''}  ${m[3]}`;
}

/**
 * (review 23) A result, its unit, then a bracketed aside with a number that is no range (`creatinine 1.32 mg/dL (baseline
 * 0.9 in 2023)`, `PSA 4.8 ng/mL (age 67)`, `TSH 0.08 mIU/L (on levothyroxine 150 mcg)`, `hCG 12,400 IU/L (6 weeks)`):
 * groups 1 the result and its unit, 2 the aside. No range's marks in the aside (two bounds, a sign before a bound, a
 * range's word).
 */
const ASIDE_AFTER_RESULT = /^(\p{L}[\p{L}\d .,()'/-]*?\s+[<>]?\d[\d.,]*\s*[^\s\d()][^\s()]*)\s*\(([^()]*\d[^()]*)\)\s*$/u;
/** (review 23) A range's marks in an aside: two bounds, a sign before a bound, a range's word. */
const RANGE_MARKS = /\d\s*(?:[-–]|to|bis|a|à)\s*\d|[<>≤≥]\s*=?\s*\d|\b(?:ref(?:erence)?|normal|range|norm|n|up\s+to|below|above|under|over|less|more|greater)\b/iu;
/** (review of prose17) Words of an aside that gives an earlier value (`(baseline 0.9 in 2023)`); result-list.ts's prose reader's too. */
export const HISTORY_ASIDE_WORDS = String.raw`baseline|previous(?:ly)?|prior|was|down\s+from|up\s+from`;
/**
 * What an aside must say to be one (a range's words differ by language, `Inf. 60`, `hasta 40`: only these are known not
 * to be one): an earlier value (`baseline`, `previously`, `down from`), an age, a dose the patient is on, weeks.
 */
const ASIDE_SAYS = new RegExp(String.raw`\b(?:${HISTORY_ASIDE_WORDS}|before|age[d]?\s+\d+|\d+\s*(?:y|yrs?|years?)\s+old|on\s+\p{L}[\p{L}-]*\s+\d+(?:[.,]\d+)?\s*(?:mcg|µg|ug|mg|g|iu|units?)|\d+\s*(?:weeks?|wks?)(?:\s+(?:pregnant|gestation))?)\b`, 'iu');
/** (review 23) ASIDE_AFTER_RESULT's line without its aside: the result as a row of its own, the aside no range. */
export function withoutAsideAfterResult(text: string): string {
  const m = text.length > 200 ? null : ASIDE_AFTER_RESULT.exec(text.trim());
  return m && ASIDE_SAYS.test(m[2]!) && !RANGE_MARKS.test(m[2]!) ? m[1]! : text;
}

/**
 * (prose18) A value's change written before it (`FT4 went from 11.8 to 15.6 pmol/L (10-22)`, `FT3 3.6 → 4.4 pmol/L`,
 * `Ferritin rose to 45 ug/L`): the earlier value and the words or arrow of the change, left out — the value after them
 * is the result, the one before it a history. Not a change whose earlier value prints its unit (`The cholesterol levels
 * increased from 236 mg/dL to 268 mg/dL`: an LLM's summary restating two results read above it).
 */
const CHANGE_BEFORE_VALUE = /(?<=\p{L}[\p{L}\d)]*)\s+(?:(?:went|has\s+gone|rose|risen|fell|fallen|dropped|increased|decreased|improved|climbed|came\s+down|went\s+(?:up|down))\s+(?:from\s+[<>]?\d+(?:[.,]\d+)?\s+)?to|(?:[<>]?\d+(?:[.,]\d+)?\s*(?:→|->|=>|➡️?)\s*)+)\s*(?=[<>]?\d)/gu;
/** (prose18) CHANGE_BEFORE_VALUE's words left out: `name value …`. */
export function withoutChangeBeforeValue(text: string): string {
  return text.length > 400 ? text : text.replace(CHANGE_BEFORE_VALUE, ' ');
}

/**
 * (review of set 19) A per cent sign before its number, as Turkish writes it (`HbA1c %5,9`, `Hematokrit: %41,2`): the
 * number and the sign after it. Only a sign glued to the number, after a word, a colon, `=` or a bracket (not after a
 * number: a copied table's cells run together, `4.8 to 5.6 %4.8 - 5.6 %`), with a space, a comma, a semicolon, a
 * bracket or the end after it (no URL's `%20`, no `%CV`, no unit column's `%  5.4`).
 */
const PERCENT_FIRST = /(^\s*|\p{L}\s+|[:=]\s*|\()%(\d+(?:[.,]\d+)?)(?=$|[\s,;)])/gu;
export function withPercentAfterNumber(text: string): string {
  return text.includes('%') ? text.replace(PERCENT_FIRST, '$1$2 %') : text;
}

/**
 * (agebracket) The age group a printed range is for, in brackets right after it (`<4.5 (age 60-69)`, `0.0 - 4.0 (Age
 * 50+)`, `2.6 - 7.3 (55-64 yrs)`, `<4.5 (Alter 60-69 J.)`, `12.0 - 16.0 [>18 years]`): the range alone, as
 * reference-range.ts reads `(55-64 J.)` — read with it, the bracket's `60-69` made the line a second range and the row
 * was lost. An age word before the numbers or a year's word after them says so; a bracket of numbers alone (`(60-69)`)
 * may be another range and stays. Only where the line prints one such group and the lines beside it none (review 38r:
 * `<2.5 (age 40-49)  <3.5 (age 50-59)  <4.5 (age 60-69)`, on a line or one a line, are tiers of which the patient's is
 * not said — stripped, the first had become the range): those are left as printed. Another row's group on the next
 * line (`Testosterone  …  264 - 916 (age 60-69)`) is no tier of this one.
 */
// (set 25) The range's unit may stand between (`48-200 ng/mL (age 56-60)`): kept with the range.
const AGE_GROUP_AFTER_RANGE = new RegExp(String.raw`((?:[<>≤≥]=?\s*|\d[\d.,]*\s*[-–]\s*)\d[\d.,]*)(\s*[^\s\d()[\]<>≤≥]*[A-Za-zµμ%][^\s()[\]]*)?\s*[(\[]\s*(?:(?:${AGE_WORDS})\s+(?:[<>≤≥]=?\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3}|\s*\+)?(?:\s*(?:${YEAR_WORDS}|y|yo|j|a)\.?\+?)?|(?:[<>≤≥]=?\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3}|\s*\+)?\s*(?:${YEAR_WORDS}|y|yo|j|a)\.?\+?)\s*[)\]]`, 'giu');
/**
 * The range without its group — but an interval with a group of years after the numbers in round brackets (`2.6 - 7.3
 * (55-64 J.)`) is left as printed: reference-range.ts reads it so, the group kept in the range's text.
 */
const AGE_WORD_IN_GROUP = new RegExp(String.raw`[(\[]\s*(?:${AGE_WORDS})\s`, 'iu');
const ageGroupDropped = (all: string, range: string, unit: string | undefined) => (/^[<>≤≥]/.test(range) || /[[\]]/.test(all) || AGE_WORD_IN_GROUP.test(all) ? `${range}${unit ?? ''}` : all);
/**
 * (set 26) The age group a range is printed for as its label, before it: `Reference for age 35-39: 5.0 - 28.6 pmol/L`
 * (group 1 the range's label, kept), `(Age 45-49: 11.3-35.1)` in the range's bracket — the same group, read the same
 * way and under the same guard (one on the line, none beside it: `(Age 30-39: 100-300)` on the lines below are tiers).
 */
const AGE_GROUP_YEARS_SAID = String.raw`\d{1,3}\s?[-–]\s?\d{1,3}(?:\s?(?:${YEAR_WORDS}|y))?\s?:\s?`;
const AGE_GROUP_BEFORE_RANGE = new RegExp(String.raw`(?<=\S {2,})(reference|ref\.?|normal(?: range)?)(?: range)? for (?:${AGE_WORDS}) ${AGE_GROUP_YEARS_SAID}(?=[<>≤≥]?\d)|(?<=\S {2,}\()(?:${AGE_WORDS}) ${AGE_GROUP_YEARS_SAID}(?=[<>≤≥]?\d[^()]*\))`, 'giu');
const ageGroupBeforeDropped = (_all: string, label: string | undefined) => (label ? `${label}: ` : '');
const ageGroupsOn = (text: string) => (text.length > 400 || !/[([]|for age/iu.test(text) ? 0 : (text.match(AGE_GROUP_AFTER_RANGE) ?? []).length + (text.match(AGE_GROUP_BEFORE_RANGE) ?? []).length);
/** (review 39r) A line opening with a group's label before its range (`(age 61-65) 44-210`, `Age 61-65:`, `Adult female 8-48`). */
const GROUP_LABEL_FIRST = new RegExp(String.raw`^\s*[([]?\s*(?:(?:reference|ref\.?|normal)(?: range)? for\s+)?(?:${AGE_WORDS}|adults?|males?|females?|men|women|children|pre-?menopausal|post-?menopausal)(?![\p{L}])[^\n]*\d`, 'iu');
export function withoutAgeGroupsAfterRanges<T extends { text: string }>(lines: T[]): T[] {
  const groups = lines.map((l) => ageGroupsOn(l.text));
  if (!groups.includes(1)) return lines;
  const out = [...lines];
  const filled = filledLines(lines);
  filled.forEach(({ k }, f) => {
    if (groups[k] !== 1) return;
    // (A line beside it that is a group alone, its bound first, continues the tiers; another row's group does not.)
    // (review 39r) So does a group's label first on the line beside (`(age 61-65) 44-210 ng/mL`, `Age 61-65: …`, `Adult
    // female 8-48`): tiers printed label first.
    const beside = [filled[f - 1], filled[f + 1]].some((b) => b !== undefined && ((groups[b.k]! > 0 && /^(?:[<>≤≥]|\d[\d.,]*\s*[-–]\s*\d)/.test(b.text)) || GROUP_LABEL_FIRST.test(b.text)));
    if (!beside) out[k] = { ...lines[k]!, text: lines[k]!.text.replace(AGE_GROUP_AFTER_RANGE, ageGroupDropped).replace(AGE_GROUP_BEFORE_RANGE, ageGroupBeforeDropped) };
  });
  return out;
}

/**
 * (calcline, set 25) A range's line with a word of calculation after it (`<100 mg/dL (calc)`, `20-48 % (calc)`, `<5.0
 * (calc)`: Quest's cells copied one a line, the range under its calculated result): the range alone, as after a unit on a
 * row's line (tokens.ts isUnitNoise) — read with the word, the line was no range and the result lost its value.
 */
function withoutCalcAfterRangeLine(text: string): string {
  if (!text.includes('(')) return text;
  const m = RANGE_LINE_WITH_CALC.exec(text);
  return m && isUnitNoise(m[2]!.replace(/\s+/g, '')) ? m[1]! : text;
}
const RANGE_LINE_WITH_CALC = /^(\s*(?:[<>≤≥]=?\s*\d[\d.,]*|\d[\d.,]*\s*[-–]\s*\d[\d.,]*)(?:\s+[^\s()]+)?)\s*(\([^()]*\))\s*$/;

/**
 * (set 25) A flag's label left empty at a line's end (`Result: 1.0 ng/dL    Flag:`, a portal printing the field for every
 * result): no cell — read with it, the line's result was lost.
 */
function withoutEmptyFlagLabel(text: string): string {
  return /:\s*$/.test(text) ? text.replace(EMPTY_FLAG_LABEL, '') : text;
}
const EMPTY_FLAG_LABEL = /(?<=\S)\s{2,}(?:flag|abn(?:ormal)?\s+flag|status|interpretation)\s*:\s*$/i;

/**
 * (set 28) A card's value line with its status after a dash, a middle dot, a bar or a wide gap (`142 g/L — Inom
 * normalintervallet`, `Your result: 112 mg/dL   Above range`, `Ihr Wert: 19 ng/ml  —  unterhalb des Referenzbereichs`,
 * a consumer service's card under the test's name): the status as the flag's letter it means (normalizeFlag, FLAG_LETTER), where it
 * is one; an app's grade against its own target after a dash, a dot or a bar (`48 ng/mL · Optimized`, `96 mg/dL ·
 * Needs work`: CONSUMER_GRADE) left out, the value as printed; any other words left as printed. Only a line led by its value (perhaps after a
 * value's label), the value's unit one word at most: a row's line has its name first.
 */
export function withStatusAfterCardValue(text: string): string {
  if (text.length > 200 || !/\d/.test(text)) return text;
  const m = VALUE_THEN_STATUS.exec(text);
  if (!m) return text;
  const [, value, separator, status] = m;
  const flag = normalizeFlag(status!);
  if (flag) return `${value}    ${FLAG_LETTER[flag]}`;
  return separator!.trim() && CONSUMER_GRADE.test(status!) ? value! : text;
}
/**
 * (review 45) A consumer app's grade of a value against its own target, which says no side of the laboratory's range
 * (`Needs work`, `Optimized`, `At risk`, `On track`): left out after a dash or a dot. Any other words there stay (an
 * answer, `Reactive`; a sample's remark, `haemolysed`; a time, `last year`; a dose's, `twice daily`): the line as printed.
 */
const CONSUMER_GRADE = /^(?:needs?\s+(?:work|improvement|attention)|optimi[sz]ed|optimal|sub-?optimal|not\s+optimal|at\s+risk|on\s+track|off\s+track|good|great|excellent|fair|poor|watch|monitor)$/i;
const VALUE_THEN_STATUS = new RegExp(String.raw`^(\s*(?:(?:${VALUE_LABEL_WORDS}|${VALUE_LABEL_WORDS_OTHER_LANGUAGES})\s*:\s*)?[<>≤≥]?\s*\d[\d.,]*(?:\s*[^\s\d—–·|:()]+)?)(\s{3,}|\s+[—–·|-]\s+)(\p{L}+(?: \p{L}+){0,4})\s*$`, 'iu');

/**
 * (set 28) A card's line of two labelled ranges apart (a bar, or three spaces or more), one an optimal range's
 * (OPTIMAL_LABEL: `Optimized zone: 70–86 mg/dL | Clinical range: 65–99 mg/dL`, `Referenzbereich: 22 - 275 ng/ml   |
 * Lykon-Optimalbereich: 50 - 150 ng/ml`): the other field alone, as its indentation printed the line — the
 * laboratory's range, whichever comes first (read whole, the optimal label led the line and the range was lost).
 */
export function withoutOptimalRangeField(text: string): string {
  if (text.length > 300 || !text.includes(':')) return text;
  const fields = text.trim().split(/\s*\|\s*|\s{3,}|\t+/);
  if (fields.length !== 2) return text;
  const labels = fields.map((f) => RANGE_FIELD.exec(f)?.[1]?.trim());
  // (review 45) Nor a value's field (`Your result: 92 mg/dL | Optimal: 70-86 mg/dL`): a card's fields, read as they are.
  if (labels.some((l) => l === undefined) || fields.some((f) => CARD_VALUE_LABEL.test(f))) return text;
  const optimal = labels.map((l) => OPTIMAL_LABEL.test(l!));
  if (optimal[0] === optimal[1]) return text;
  return `${/^\s*/.exec(text)![0]}${fields[optimal[0] ? 1 : 0]}`;
}
const RANGE_FIELD = /^(\p{L}[\p{L}'’ -]{0,40}?)\s*[:：]\s*[<>≤≥]?\s*\d/u;

/**
 * (set 28) LaTeX's comparators as a PDF converter (marker, pandoc) writes them in a table's cell (`$<$ 200`, `$\\geq$
 * 40`, `$\\leq$ 3.0`): the signs they stand for — read as printed, the range was text with no bounds.
 */
export function withLatexComparators(text: string): string {
  return text.includes('$') ? text.replace(LATEX_COMPARATOR, (_all, sign: string) => LATEX_SIGNS[sign.replace(/^\\/, '')] ?? _all) : text;
}
const LATEX_COMPARATOR = /\$\s*(<|>|\\(?:leq?|geq?|lt|gt|leqslant|geqslant))\s*\$/g;
const LATEX_SIGNS: Readonly<Record<string, string>> = { '<': '<', '>': '>', lt: '<', gt: '>', le: '≤', leq: '≤', leqslant: '≤', ge: '≥', geq: '≥', geqslant: '≥' };

/**
 * (set 28) A sample's condition and the range's label in one bracket (`5.6 mmol/L (random, ref 3.5 - 7.8)`, `(fasting;
 * reference 3.9-5.5)`): two brackets, the condition's and the range's, as `(random) (ref 3.5 - 7.8)` is read — in one,
 * the range was lost. Only the words of a sample's condition, specimen or calculation, which change no analyte.
 */
export function withConditionApartFromRange(text: string): string {
  return text.includes('(') && text.length <= 400 ? text.replace(CONDITION_THEN_RANGE, '($1) ($2)') : text;
}
const CONDITION_THEN_RANGE = /\(\s*((?:non-?)?fast(?:ing|ed)|random|serum|plasma|venous|capillary|morning|calc(?:ulated)?|finger-?prick)\s*[,;]\s*((?:ref(?:erence)?\.?|normal)(?:\s+(?:range|interval|values?))?\s*:?\s*[<>≤≥]?\s*\d[^()]*)\)/gi;

/**
 * (set 28) What was done about a result, after an arrow and a wide gap at the line's end (`NON-NEGATIVE  -> sent to lab
 * for GC-MS confirmation`, `6.2  → repeat in 1 week`): a remark, no part of the row. Words only (no number: `-> 5.1`
 * is a change the reader reads as such elsewhere).
 */
export function withoutActionAfterArrow(text: string): string {
  return text.includes('>') || text.includes('→') ? text.replace(ACTION_AFTER_ARROW, '$1') : text;
}
const ACTION_AFTER_ARROW = /(\S)\s{2,}(?:->|-->|→|=>)\s*\p{L}[\p{L}\s,.'/-]*$/u;

const LINE_TEXT_TIDIES: readonly ((text: string) => string)[] = [
  withLatexComparators, withConditionApartFromRange, withoutActionAfterArrow, withStatusAfterCardValue, withoutOptimalRangeField, withoutEmptyFlagLabel, withoutCalcAfterRangeLine, withPercentAfterNumber, withResultSlashRangeApart, withFlagSaidInBracket, withoutAsideAfterResult, withoutChangeBeforeValue, withTimedUrineHeading, withPowersOfTenAsNumbers, withComparatorApartFromENotation, withoutRowNumberCell, withoutPercentileCell,
  withoutTierChainRow, withNoteRemarksAfterRange, withOrEqualInBrackets, withExpectedAnswerInBrackets, withConsumerRangeWords,
  withoutResultStatusCell, withoutTierListLine, withoutBracketRules, withTierLabelsFirst, withoutOptimalTargetCell,
  withoutTierNoteAfterRange, withoutTextBarGraph, withoutPreviousResultNote,
];
export function tidiedLineText(text: string): string {
  return LINE_TEXT_TIDIES.reduce((t, tidy) => tidy(t), text);
}

/**
 * (mend29, review cr24) A white cell's kind in the name, in the languages and abbreviations differentials print
 * (`Lymphocytes (LYM)`, `NEUT`, `Lenfosit`, `Linfociti`, `Λεμφοκύτταρα`, `Granulozyten`): only a kind of white cell has
 * both a percentage and an absolute count. A percentage, its range and a count after another name (`Hematocrit: 44 % 40 -
 * 52 5.1 M/uL`, `RDW 13 % 11 - 15 4.5 M/uL`, `MPV`) is no differential's line: the count is another analyte's (the red
 * cells', the platelets'), never that name's, and reading it as one invented a result.
 */
export const WHITE_CELL_KIND = /neutro|n[oö]trof|lymph|lympf|lymf|limf|linf|lenf|l[ey]mfos|mono|eos|eoz|[eé]osin|baso|bazo|granulo|polymorph|segment|stab|band|\b(?:neu|lym|mon|ig|luc)\b|λεμφο|ουδετερ|μονοκ|ηωσιν|βασεο|βασιο|κοκκιο/iu;

/**
 * (labs56) A count's unit in a differential's line: letters or none before a slash (`/mm3`, `mil/mm3`, `K/uL`), or
 * (fix56) a power of ten (`x10^9/L`, `x10^3/µL`, `10*3/uL`, `x10E9/L`, `×10³/µL`) before it.
 */
export const COLUMN_COUNT_UNIT = String.raw`(?:[A-Za-zµμ]*|[xX×*]?\s?10\s?(?:[\^*]|[eE]\+?)?\s?(?:\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))\/[^\s\d]\S*`;

/** A number, whole or decimal, and a range of two of them (differentialGroupsApart). */
const GROUP_RANGE = String.raw`\d+(?:[.,]\d+)?\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?`;
const GROUP_FLAG = String.raw`(?:HH|LL|H|L|A|\*)`;
/**
 * (set 9, DF02, DF04) A white cell's percentage and its absolute count on one line, each with its own range, perhaps
 * bracketed, perhaps a flag after the value, the count perhaps labelled (`Abs`, `Absolute`, `#`) and its unit before
 * or after its range: `Neutrophils     66 %   (40-75)    5.1 x10^9/L   (2.0-7.5)`, `Segs    61 %  (40-70)  Abs 4.0
 * (1.8-7.7)  K/uL`, Quest's `NEUTROPHILS  52.6 %  ABS  3419 cells/uL  1500-7800` (the percentage with no range, after
 * a count's label only). Groups: name, per cent, its flag, its range (bracketed or not), count's label, count, its
 * flag, unit before, range (bracketed or not), unit after.
 */
const PERCENT_THEN_COUNT = new RegExp(String.raw`^(\p{L}[\p{L} .#/-]*?)\s*:?\s+(\d+(?:[.,]\d+)?)\s*%\s*(?:(${GROUP_FLAG})\s+)?(?:(?:[(\[]\s*(${GROUP_RANGE})\s*%?\s*[)\]]|(${GROUP_RANGE})\s*%?)\s+)?(?:((?:[Aa]bs(?:olute)?|ABS(?:OLUTE)?)\.?|#)\s*:?\s*)?(\d+(?:[.,]\d+)?)\s*(?:(${GROUP_FLAG})\s+)?(?:(${COLUMN_COUNT_UNIT})\s+)?(?:[(\[]\s*(${GROUP_RANGE})\s*[)\]]|(${GROUP_RANGE}))(?:\s+(${COLUMN_COUNT_UNIT}))?\s*$`, 'u');

/**
 * (set 9) PERCENT_THEN_COUNT's line as two lines, the percentage's and the count's, each `name  value [flag]  unit
 * range` (read first as one row, the count and its range were lost, or the percentage took the count's range): only
 * under a white cell's kind the catalog knows, with one count unit per volume.
 */
export function differentialGroupsApart(text: string, knows?: (name: string) => boolean): string[] {
  if (text.length > 300 || !text.includes('%')) return [text];
  const m = PERCENT_THEN_COUNT.exec(text.trim());
  if (!m) return [text];
  const [, printedName, percent, percentFlag, bracketedPercentRange, plainPercentRange, countLabel, count, countFlag, unitBefore, bracketedRange, plainRange, unitAfter] = m;
  const name = printedName!.trim();
  const unit = unitBefore ?? unitAfter;
  const percentRange = bracketedPercentRange ?? plainPercentRange;
  // Only where the line says which is which, by a count's label or else by a bracket and a range for each: a table's
  // bare cells (`Neutrophils  58  %  40-74  3.4  x10^9/L  1.4-7.0`) are read by its header's columns.
  if (!countLabel && (!(bracketedPercentRange || bracketedRange) || !percentRange)) return [text];
  if (!unit || (unitBefore && unitAfter) || !WHITE_CELL_KIND.test(name) || !knows?.(name) || !isCountUcum(toUcum(unit))) return [text];
  const flag = (f?: string) => (f ? `  ${f}` : '');
  return [`${name}  ${percent}${flag(percentFlag)}  %${percentRange ? `  ${percentRange}` : ''}`, `${name}  ${count}${flag(countFlag)}  ${unit}  ${bracketedRange ?? plainRange}`];
}

/**
 * (set 26) A range whose bracket a skewed scan or a narrow page closes at the start of the next line (`Sodium  139
 * mmol/L  (133 -` / `146)  Potassium  5.6  mmol/L  (3.5 -` / `5.3) H  Urea …`): the bound, the bracket and a flag after
 * it go back to the line the bracket opened on, the rest of the next line stays its own. Only a line that ends in an
 * open bracket with a bound and a dash or comparator in it (`(133 -`, `(>`), and a next line that starts with a bound
 * (or none, after a comparator) and the closing bracket.
 */
const OPEN_RANGE_AT_END = /\(\s*(?:[<>≤≥]=?\s*|\d+(?:[.,]\d+)?\s*[-–]\s*)$/u;
const CLOSED_RANGE_AT_START = /^\s*(\d+(?:[.,]\d+)?\s*\)(?:\s+(?:[HL]{1,2}|[↑↓])(?=\s|$))?)/u;
export function bracketsClosedBelow<T extends { text: string; printed?: string }>(lines: T[]): T[] {
  if (!lines.some((l) => OPEN_RANGE_AT_END.test(l.text.trimEnd()))) return lines;
  const out = lines.map((l) => ({ ...l }));
  for (let i = 0; i + 1 < out.length; i++) {
    const here = out[i]!.text.trimEnd();
    if (!OPEN_RANGE_AT_END.test(here) || !/\d/.test(here.slice(0, here.lastIndexOf('(')))) continue;
    const close = CLOSED_RANGE_AT_START.exec(out[i + 1]!.text);
    if (!close) continue;
    out[i] = { ...out[i]!, text: `${here} ${close[1]!.trim()}` };
    out[i + 1] = { ...out[i + 1]!, text: out[i + 1]!.text.slice(close[0].length).replace(/^\s+/, '') };
  }
  return out;
}
