import type { LabFlag } from '@pg/contracts';
import type { Comparator } from './parse.types.js';
import { plainNumbers, readPrintedNumber, type NumberContext } from './printed-number.js';
import { TIME_WORDS_OF_ANY_TEXT, timeWords } from './time-units.js';
import { ownEntry } from './memo.js';

/**
 * Tokens of a printed result row, with the OCR repairs the issue names: O for 0, l (and I) for 1, stray characters
 * around a token (quotes, bars, underscores, bullets).
 */

/** Footnote marks (`12.1†`) are stray too: what they point to is a footnote, not part of the value. */
// (b58) OCR's typographic quotes (`“`, `”`, `‘`, `’`, `„`) and the caron `ˇ` (its reading of a speck or a caret) are
// stray as their ASCII forms are: `“ 总蛋白`, `131.80 ˇ 109.00-245.00` (Tesseract's text of a scanned Chinese report).
// (b58 review) But a closing quote `’` straight after a digit is a minutes' or feet's prime (`Glucose 0’`, `Glucose
// 120’`: an OGTT's samples), part of the token as before b58. (An ASCII `'` after a digit stays stray, as it was.)
// (set 12, UN03, UN05) But an underscore or a tilde straight after a number's digit or point (`9~`, `4._`: OCR's mark of
// a digit it could not read) stays, and the token is no value: read without it, `9~` was a glucose of 9.
const STRAY_EDGES = /^["'`|_~^•·¦“”‘’„ˇ]+|(?:["'`|^•·¦;†‡§“”‘„ˇ]|(?<![\d.])[_~]|(?<!\d)’)+$/g;

/** Markdown emphasis around a word (`**H**`, `*H*`, `__H__`): the word. A bare `*` or `H*` is a flag of its own. */
const EMPHASIS = /^(\*{1,2}|_{1,2})([^*_\s](?:.*[^*_\s])?)\1$/;

/**
 * Full-width forms (`ＡＬＰ`, `Ｔ−Ｂｉｌ`, `*10＾4/ul`, as Japanese, Chinese and Korean lab systems print Latin letters,
 * digits and signs) as the ASCII they stand for; the ideographic space as a space and the minus sign `−` as `-`.
 * (jp) The Japanese forms of at most and at least (`≦`, `≧`, as Japanese systems print them) as `≤` and `≥`: folded here
 * only (the tokenizer reads `≤`, `≥`).
 * Characters in `keep` stay full-width (an HL7 message's delimiters: `nm＾3` is a unit, not two components).
 */
export function halfWidth(text: string, keep = ''): string {
  return otherScriptDigits(text.replace(/[\uFF01-\uFF5E]/g, (c) => {
    const ascii = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    return keep.includes(ascii) ? c : ascii;
  }).replace(/\u3000/g, ' ').replace(/\u2212/g, '-').replace(/≦/g, '≤').replace(/≧/g, '≥'));
}

/**
 * (scripts6) The zeros of the decimal digits other scripts print numbers with: Arabic-Indic (`١٥٫٢`, Arabic reports),
 * Extended Arabic-Indic (`۱۴٫۱`, Persian and Urdu), Devanagari, Bengali, Thai, Lao, Myanmar and Khmer. Each script's
 * ten digits follow its zero.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040, 0x17e0];
/** Each script's ten digits, as a character class's ranges (built from DIGIT_ZEROS: one list). */
const DIGIT_RANGES = DIGIT_ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('');
const OTHER_DIGIT = new RegExp(`[${DIGIT_RANGES}]`, 'g');
/** A digit of those scripts, or the Arabic decimal, thousands or per cent sign (`٫`, `٬`, `٪`). */
const OTHER_DIGIT_OR_SIGN = new RegExp(`[${DIGIT_RANGES}\\u066A-\\u066C]`);
/**
 * (scripts6) Digits of other scripts as the ASCII digits they are, and the Arabic decimal separator `٫`, thousands
 * separator `٬` and per cent sign `٪` as `.`, `,` and `%` (`١٣٫٠ - ١٧٫٠` is `13.0 - 17.0`). Only where a digit of these
 * scripts is printed: a text without one is returned as it is.
 */
function otherScriptDigits(text: string): string {
  if (!OTHER_DIGIT_OR_SIGN.test(text)) return text;
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  }).replace(/\u066B/g, '.').replace(/\u066C/g, ',').replace(/\u066A/g, '%');
}

/**
 * (labs47fix) An emoji as printed: a pictograph, its variation selector or skin tone, and the pictographs joined to it
 * (ZWJ sequences). Not `©`, `®`, `™`: pictographs to Unicode, but the marks of a name or a footer (`Cardio IQ®`,
 * `© 2024`), no status.
 */
const EMOJI = String.raw`(?![©®™])\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*(?:\u{200D}\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]*)*`;
/**
 * Emoji before a value, its comparator or its sign (`🔵 15.10`, `🟢 >60`, `🔵 < 0.200`, `✅ 91`), from the first of a
 * run (the lookbehind: each run is tried once, so a line of emoji costs its length), and after one (`88 🔵`, `5.9 ↗️`).
 * (labsreadfix) `©`, `®`, `™` before it are no emoji of the run either (`Zonulin-Q® 🔵 45`: the 🔵 goes).
 */
const EMOJI_BEFORE_VALUE = new RegExp(String.raw`(?=\p{Extended_Pictographic})(?<!(?:(?![©®™])\p{Extended_Pictographic}|[\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}])\s*)(?:${EMOJI}\s*)+(?=(?:[<>≤≥]=? ?)?[-+−]?\.?\d)`, 'gu');
const EMOJI_AFTER_VALUE = new RegExp(String.raw`(?<=[\d%])(?:\s*${EMOJI})+(?![^\s|])`, 'gu');

/**
 * (labs47fix) A status or colour emoji printed before or after a value (`| 🔵 15.10 |`, `🟡 3.1 ↓`, `🔵 < 0.200`, a
 * trend's `↗️` after it): a person's own marks, decoration — no part of the value, no flag, no part of the name (the
 * emoji before a value left in the text would end the name: `HCG-Beta 🔵`). The flags a report prints stay: `↑`/`↓`
 * are no pictographs, and (labs35fix; labs47fix review: here, first, for a line of text and an HTML cell alike) an
 * emoji arrow (`⬆️`, `⬇️`, with or without its variation selector, as note apps and chat summaries print a flag or a
 * trend) is the arrow it draws, `↑`/`↓`, read where a plain arrow is — never dropped as decoration. An emoji alone in a
 * cell or before words (`✅ Normal`, a status cell's) stays for the readers of status cells.
 */
export function withoutValueEmoji(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  const out = text.replace(/\u2B06\uFE0F?/gu, '↑').replace(/\u2B07\uFE0F?/gu, '↓').replace(EMOJI_BEFORE_VALUE, '').replace(EMOJI_AFTER_VALUE, columnKept);
  const firstDigit = out.search(/\d/);
  return firstDigit < 0 ? out : out.replace(EMOJI_BETWEEN, (marks: string, at: number) => (at > firstDigit ? ' '.repeat(marks.length) : marks));
}

/** (marks) A run of emoji opening or ending a text, the spaces beside it with it. */
const EMOJI_AROUND = new RegExp(String.raw`^(?:${EMOJI}\s*)+|(?:\s*${EMOJI})+$`, 'gu');
/**
 * (marks) A cell's or a status's words without the emoji around them (`✅ Normal`, `⚠️ **High**`, `🚨 Critical`, `High
 * 🔺`, `🩸 Hemoglobin`: a note app's or a chat summary's table, an LLM's transcription): decoration, the words are what
 * was printed. Trimmed. Text of marks alone, or with no letter left (`✅`, `✔`, `⚠️🔺`), is returned as it was: a mark
 * alone says no status (`✔`, a flag token, stays normal).
 */
export function withoutEmojiAround(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  const words = text.trim().replace(EMOJI_AROUND, '').trim();
  return /\p{L}/u.test(words) ? words : text;
}

/**
 * (marks2) Emoji between a row's unit or bracket and what follows it (`Glucose: 130 mg/dL  🔺  (ref 70-99)`, `Potassium
 * 5.9 mmol/L 🔴 H 3.5-5.1`, `Ferritin 22 ng/mL ⚠️ Low (30-400)`): decoration — blanks as wide as they were, so the
 * words around them are read as without them (the range, a printed flag or word decides). Only after a number on the
 * line; at a line's end they are withoutTrailingEmoji's (line-tidy.ts), at its start a name's.
 */
const EMOJI_BETWEEN = new RegExp(String.raw`(?<=\S)(?:\s*${EMOJI})+(?=\s+\S)`, 'gu');

/**
 * (marks) Emoji after a value that open the next column of a fixed-width table (`130 - 160              ✅ Норма`, a
 * status column after the range): blanks as wide as what they replace, so the columns after them keep their place and
 * the gap before them stays a column's edge — taken out with the gap, the status was read as the range's text. After
 * one space, or ending the line (`88 🔵`), they go with the space before them, as before.
 */
function columnKept(marks: string, at: number, text: string): string {
  return /^\s{2,}/.test(marks) && /\S/.test(text.slice(at + marks.length)) ? ' '.repeat(marks.length) : '';
}

/** A token with the stray characters around it removed. */
export function cleanToken(token: string): string {
  const emphasized = EMPHASIS.exec(token);
  return (emphasized ? emphasized[2]! : token).replace(STRAY_EDGES, '');
}

/** An amount (mass, substance, equivalents, osmoles, enzyme or international units, cells) over a volume, a mass or a time, printed with spaces round the slash. */
// (labs52fix) And cells counted per microscope field (`WBC / hpf`, `cells / lpf`). (robust) Glued to the value before it
// too (`0.15mg / dl`, `32.9g / dl`: `0.15mg/dl`, which the value's glued unit is read from).
// (labs56) A space on one side of the slash only (`µg/ dL`, `mg /dL`) as well. (spacedmol) Over an amount of substance or
// a mass too (`mmol / mol`, a UK HbA1c's; `mg / mmol`, `mg / g`: an albumin over creatinine ratio's).
const SPACED_UNIT = /(?<=^|[\s(]|\d)((?:[mµμunpfk]?(?:g|mol|eq|osm|u|iu|ui))|cells|cel|[wr]bcs?)(?:\s+\/\s*|\/\s+)((?:[mµμud]?l)|mm3|kg|m?mol|g|24\s?h|h|hr|min|hpf|lpf)(?=$|[\s),;])/gi;

/**
 * (labs36fix) A power of ten printed apart from the volume it counts per (`x10.e3 /uL`, `x10^3 /uL`, `x10E9 /L`, `10^6
 * /µL`): one unit. The power's marker (`^`, `E`, `.e`, `*`) must be printed: `10 /uL` may be a value and its unit.
 */
const SPACED_POWER_UNIT = /(?<=^|[\s(])((?:[x×*]\s?)?10(?:\^|\*\*?|\.?[eE])\(?\d{1,2}\)?)\s+(\/(?:[uµμmn]?l|mm3|cumm))(?=$|[\s),;])/gi;

/**
 * (small2) A count's power of ten whose caret or superscript was lost to a space (`x10 9/L`, `x 10 9/L`, `× 10 12/L`,
 * `x10 3/uL`: a PDF's or a system's text of `x10⁹/L`): one unit, `x10^9/L`. Only after a printed multiplication sign,
 * with a blood count's exponent (3, 6, 9, 12) and a volume right after it (`/L`, `/uL`, `/µL`, `/mm3`, `/cumm`): `10 9/L`
 * alone may be a value and something else.
 */
const SPACED_EXPONENT_UNIT = /(?<=^|[\s(])([x×])\s?10\s+(3|6|9|12)(\/(?:[uµμ]?l|mm3|cumm))(?=$|[\s),;])/gi;
/**
 * (fixr83) The same without the multiplication sign, for a count per litre only (`10 9/L`, `10 12/L`, OCR of `10⁹/L`):
 * `9/L` and `12/L` are no units, so the `10` before them is the power's, never a value. Not after a range's dash
 * (`4 - 10 9/L`: the range's bound, its unit glued on).
 */
/**
 * (fixr83) A count per litre whose caret OCR read as a `7` (`x1079/L`, `xl1079/L`, `w1079/L`, `10712/L`: `x10^9/L`,
 * `10^12/L`), a stray letter or two for the `x` before it: `1079/L` and `10712/L` are no units and no numbers, so the
 * blood count's power. Only the exponents 9 and 12 and the litre.
 */
const OCR_CARET_POWER_UNIT = /(?<=^|\s)(?:[xX×w][lI]?)?107(9|12)\/L(?=$|[\s),;])/g;
// (mend24, review cr18) Not after any range's joiner after a number either (`4.0 — 10 9/L`, `4,0 a 10 9/L`, `4.0 ~ 10
// 9/L`, `4.0 to 10 9/L`): the dashes, the tildes and the range words of the languages read (RANGE_JOINER_BEFORE).
const RANGE_JOINER_BEFORE = String.raw`\d\s*(?:[-–—~～]|\s(?:to|TO|a|até|ATÉ|à|bis|BIS|hasta|HASTA))\s*`;
// The joiner is looked for behind the `10` once it has matched (`10(?<!…10)`): looked for before it, at every position of
// a line of spaces, the lookbehind walked back over all of them (a 383 KB upload of long blank runs took 26–37 s; the
// bench's inputs that once ran for seconds).
const BARE_SPACED_EXPONENT_UNIT = new RegExp(String.raw`(?<=^|\s)10(?<!${RANGE_JOINER_BEFORE}10)\s+(9|12)(\/L)(?=$|[\s),;])`, 'g');

/**
 * (labs52fix) A mass per cent printed with a space before its sign (`mg %`, `g %`, `gm %`: per 100 mL, as `mg%` is):
 * one unit. (robust) So is one glued to the value before it (`27.3mg %`), as SPACED_UNIT's `0.15mg / dl` is.
 */
const SPACED_MASS_PERCENT = /(?<=^|[\s(]|\d)([mµμu]?g|gms?)\s+%(?=$|[\s),;])/gi;

/** An amount per 24 hours printed with a space before the hours (`mg/24 h`, `mmol/24 hrs`). */
const PER_24_SPACED = /(?<=^|[\s(])((?:[mµμunpfk]?(?:g|mol|eq|osm|u|iu|ui|l))|cells)\/24\s+(h|hrs?|hours?)(?=$|[\s),;])/gi;

/**
 * (labsreadfix) A dash as printed (a hyphen, an en or em dash), as a regular expression's source: one alone in a result
 * is a negative answer (reference-range.ts canonicalQualitative), a run of them an empty cell (text-report.parser.ts).
 */
export const DASH = String.raw`[-–—]`;

/**
 * (labs48fix) A tilde as Chinese, Japanese and Korean systems print a range's `to` (`3.3 ~ 6.1`, `3.3~6.1`, the
 * full-width `～` — a report's text has it folded to `~` already, a range given alone may not — and the wave dash
 * `〜`). Only between two numbers: before one number alone (`~5`) it means "about" and is no bound.
 */
export const TILDE = String.raw`[~〜～]`;
const LONE_TILDE = new RegExp(`^${TILDE}$`);
/**
 * (labsreadfix) A range's `to` between two bounds, as a regular expression's source: a hyphen, an en or em dash, the
 * word `to`, or a tilde (TILDE). Every pattern of two bounds reads its `to` from here (one added form reaches them all).
 */
export const RANGE_TO = String.raw`(?:${DASH}|to|${TILDE})`;
const LONE_RANGE_TO = new RegExp(`^${RANGE_TO}$`, 'i');

/** Whether raw token `k` is a lone tilde between two numbers (`3.3`, `~`, `6.1`): a range's `to`, kept as a token. */
function tildeBetweenNumbers(raw: readonly string[], k: number): boolean {
  return LONE_TILDE.test(raw[k]!) && /\d$/.test(raw[k - 1] ?? '') && /^-?\d/.test(raw[k + 1] ?? '');
}

/** A parenthesis of a range printed against the unit before it (`mosm/kg( 280-300 )`, `mmol/L(3.3~6.1)`). */
const PAREN_AFTER_UNIT = new RegExp(String.raw`(?<=[A-Za-zµμ%])\((?=\s*(?:[<>≤≥]=?\s*)?-?\d[\d.,]*\s*(?:${RANGE_TO}\s*-?\d[\d.,]*\s*)?\))`, 'g');

/**
 * Lines already split (tokenize): the reader's rules split the same line again and again, a heading's or a strip's test
 * as well as a row's. Lines up to TOKENIZED_LINE characters, the memo cleared at TOKENIZED_CHARACTERS of them (20,000
 * lines of 1,000 characters held 108 MB), and after each report (forgetTokenized, from analyzeReport): a report's
 * lines are kept no longer than its read — they are a patient's text, and the next report never has the same lines.
 */
const TOKENIZED = new Map<string, readonly string[]>();
const TOKENIZED_LINE = 1_000;
const TOKENIZED_CHARACTERS = 2_000_000;
let tokenizedCharacters = 0;

/**
 * (scripts6) A double hyphen between two numbers, spaced or not: the range's `to`. Not after a negative number
 * (`-5--2` is -5 to -2) nor inside a longer run of hyphens or numbers (`1-2--3`).
 */
// (scripts6 review) Nor where the number after it starts a range of its own (`Glucose  5.2  --  3.3-6.1`, `ALT -- 32 --
// 0-40 -- U/L`: `--` an empty column's placeholder or a separator).
export const DOUBLE_HYPHEN_TO = /(?<![-\d.,])(\d+(?:[.,]\d+)?)\s*--\s*(?=\d+(?:[.,]\d+)?(?![\d.,]|\s*[-–]\s*\d))/g;

/**
 * (b58) The Han numeral one `一` between two numbers, spaced or not (`5.10一19.00`, `0 一 40`): the range's dash, as OCR
 * reads a printed dash in a Chinese report's text (the numeral is never written between two Arabic numbers). Not after
 * a negative number's sign nor inside a run of numbers and dashes, as DOUBLE_HYPHEN_TO.
 */
export const HAN_ONE_TO = /(?<![-\d.,])(\d+(?:[.,]\d+)?)[ \t]*一[ \t]*(?=\d+(?:[.,]\d+)?(?![\d.,]|\s*[-–一]\s*\d))/g;

/** Splits a line into tokens on whitespace, dropping tokens that were only stray characters. A new array each call. */
export function tokenize(line: string): string[] {
  if (line.length > TOKENIZED_LINE) return tokenizeLine(line);
  const known = TOKENIZED.get(line);
  if (known) return [...known];
  const tokens = tokenizeLine(line);
  if (tokenizedCharacters + line.length > TOKENIZED_CHARACTERS) {
    TOKENIZED.clear();
    tokenizedCharacters = 0;
  }
  TOKENIZED.set(line, tokens);
  tokenizedCharacters += line.length;
  return [...tokens];
}

/**
 * (jp) Japanese bounds written after their number: `0.2未満` less than, `0.04以下` at most, `40以上` at least, `5超` more
 * than — the number with its comparator first (`<0.2`, `<=0.04`, `>=40`, `>5`), read as a result's censored value or a
 * range's bound, as the comparator printed before it is. The word may be printed apart after a plain number (`0.2 未満`):
 * the number's token then takes it and the word's token is left empty. A word run on after the bound word
 * (`0.3未満の場合`) is no bound. (jp2 review) A bound is a criterion's, not a result's or a range's, unless the row says
 * otherwise (japaneseBoundRead):
 * - the row's first number with a name before it (the value's place) is a result only when a unit (isUnitToken: never
 *   Japanese words) or a range (a number, a bound) follows it: `LDLコレステロール  140以上` alone, or before words
 *   (`140以上  高LDLコレステロール血症`, `140 以上 は…です`: a check-up's criteria), stays as printed (no row);
 * - a bound after the value (a range) printed apart from its word only when nothing, a unit, a number or a flag follows
 *   the word (`35  mg/dL  40 以上  L`; `40 以上 であれば…` stays as printed);
 * - a bound alone (a table's cell: `0.04以下`, `0.30以下`) is read.
 * The wave dash before or after a number, away from any other number (`〜50`, `10〜`: up to 50, 10 and over, as Japanese
 * ranges print an open bound; OPEN_WAVE_DASH), once a number is printed before it on the row (the value): `<=50`,
 * `>=10`. Only the wave dash `〜`, a Japanese mark alone: the tilde `~` (and the full-width `～`, folded to it by
 * halfWidth) before one number is "about" (labs48fix's guard: `Glucose 5.2 mmol/L ~6` reads no bound). A wave dash
 * first on the row, or beside a number (`3.3 〜6.1`, `3.3〜 6.1`: a range's `to`), stays as before. The Japanese forms of
 * at most and at least (`≦`, `≧`) are halfWidth's (`≤`, `≥`), folded once with the rest of the report's text.
 */
function japaneseBounds(raw: readonly string[]): (string | null)[] {
  const out: (string | null)[] = raw.map(() => null);
  let numberBefore = false;
  for (let k = 0; k < raw.length; k++) {
    const t = cleanToken(raw[k]!);
    const glued = JAPANESE_BOUND_AFTER.exec(t);
    const apart = !glued && PLAIN_NUMBER.test(t) && JAPANESE_BOUND_WORD.test(cleanToken(raw[k + 1] ?? '')) ? [t, t, cleanToken(raw[k + 1]!)] : null;
    const bound = glued ?? apart;
    // (postfix) A bound word of another language after its number, apart (`6,1 alatt`, `1,0 ve üzeri`, `40 이상`:
    // BOUND_WORDS_AFTER), as the range after a value on a printed line: the comparator first, where nothing, a unit or a
    // flag follows the words (a criterion's sentence after them stays as printed).
    const after = !bound && numberBefore && PLAIN_NUMBER.test(t) ? boundWordsAfterAt(raw, k + 1) : null;
    if (after) {
      const next = cleanToken(raw[k + 1 + after.span] ?? '');
      if (next === '' || isUnitToken(next) || parseFlagToken(next) !== null) {
        out[k] = `${after.op}${t}`;
        for (let j = 1; j <= after.span; j++) out[k + j] = '';
        k += after.span;
        continue;
      }
    }
    if (bound) {
      const next = cleanToken(raw[k + (apart ? 2 : 1)] ?? '');
      const read = k === 0 || (numberBefore && (!apart || next === '')) || BOUND_OR_RANGE_AFTER.test(next) || isUnitToken(next)
        || (numberBefore && parseFlagToken(next) !== null);
      if (read) {
        out[k] = japaneseBoundRange(`${bound[1]}${bound[2]}`);
        if (apart) out[k + 1] = '';
      }
    } else {
      // (scripts6) The token as printed too: cleaning drops a tilde at its end as a stray mark (`60.0~`).
      const open = OPEN_WAVE_DASH.test(t) ? t : OPEN_WAVE_DASH.test(raw[k]!) ? raw[k]! : undefined;
      // (scripts6 review) Not before an age's word (`60~ yrs`, `60~ 歳`): a note of ages, no bound.
      if (open && numberBefore && !PLAIN_NUMBER.test(cleanToken(raw[k - 1] ?? '')) && !/^[-~〜～]?\d/.test(raw[k + 1] ?? '')
        && !AGE_WORD_AFTER.test(raw[k + 1] ?? '') && !/^(?:歳|才|세)/.test(raw[k + 1] ?? '')) {
        out[k] = japaneseBoundRange(open);
      }
    }
    if (bound || PLAIN_NUMBER.test(t)) numberBefore = true;
    if (apart) k++;
  }
  return out;
}

/**
 * (jp) The Japanese bound words after a number and the comparators they stand for: 未満 less than, 以下 at most, 以上 at
 * least, 超 more than. The one definition (the tokenizer's japaneseBounds, reference-range.ts's range cells).
 */
export const JAPANESE_COMPARATOR: Readonly<Record<string, string>> = { 未満: '<', 以下: '<=', 以上: '>=', 超: '>' };
const JAPANESE_BOUND_WORDS = Object.keys(JAPANESE_COMPARATOR).join('|');
const JAPANESE_BOUND_WORD = new RegExp(`^(?:${JAPANESE_BOUND_WORDS})$`, 'u');
/** A plain number (`140`, `0.2`, `0,2`): no sign, no comparator. */
export const PLAIN_NUMBER = /^\d+(?:[.,]\d+)?$/;
/** A number and its Japanese bound word after it, run together or one space apart (`0.30以下`, `40 以上`). */
export const JAPANESE_BOUND_AFTER = new RegExp(String.raw`^(\d+(?:[.,]\d+)?)\s?(${JAPANESE_BOUND_WORDS})$`, 'u');
/** The wave dash's open bound: `〜50` (at most 50, group 1), `40〜` (at least 40, group 2). */
// The wave dash's open bound. (scripts6) After its number the tilde too (`60.0~`, the full-width `６０．０～` folded: Windows' Japanese text prints the
// wave dash as the full-width tilde): a tilde after a number means no "about". Before a number the wave dash alone.
export const OPEN_WAVE_DASH = /^(?:〜(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)[〜~])$/;
/** What follows a value for it to be a result's (with a unit): a number, a bound or a range (`0.30以下`, `<=0.3`, `〜50`, `(0.3`). */
const BOUND_OR_RANGE_AFTER = /^[([]?(?:[<>≤≥]=?|〜)?\d/;

/**
 * (jp2 review) A range cell or range text of one Japanese bound (`0.30以下`, `40 以上`, `〜50`, `40〜`) as the comparator
 * before its number (`<=0.30`, `>=40`, `<=50`, `>=40`); null for others. The one builder: the tokenizer's
 * japaneseBounds writes a printed line's bounds through it too.
 */
export function japaneseBoundRange(text: string): string | null {
  const bound = JAPANESE_BOUND_AFTER.exec(text);
  if (bound) return `${JAPANESE_COMPARATOR[bound[2]!]}${bound[1]}`;
  const dash = OPEN_WAVE_DASH.exec(text);
  return dash ? `${dash[1] !== undefined ? '<=' : '>='}${dash[1] ?? dash[2]}` : null;
}

/** Empties tokenize's memo: a report's read is over (analyzeReport). */
export function forgetTokenized(): void {
  TOKENIZED.clear();
  tokenizedCharacters = 0;
}

/**
 * (b58) OCR's readings of a unit's slash in a scanned Chinese report's text: `y` for the slash between an amount and a
 * litre (`umolyL`, `mmolyL`, `gydL`), and the Han `儿` for `/L` after an amount (`mmol儿`, `g儿`, `umol儿`: the slash and
 * the L read as one character). The unit as printed; any other token as it is.
 */
const OCR_SLASH_Y = /^([mµμunp]?(?:mol|g|eq)|[mµμ]?(?:U|IU))y([mdµμ]?L)$/i;
const OCR_PER_LITRE_HAN = /^([mµμunp]?(?:mol|g|eq)|[mµμ]?(?:U|IU))儿$/i;
function ocrSlashRead(token: string): string {
  if (token.length > 8) return token;
  const y = OCR_SLASH_Y.exec(token);
  if (y) return `${y[1]}/${y[2]}`;
  const han = OCR_PER_LITRE_HAN.exec(token);
  return han ? `${han[1]}/L` : token;
}

/**
 * (cyrurine) A count per microscope field in words (units.ts SYNONYMS holds each), after a number and a space. The
 * number is looked for behind the word once the word has matched (`(?<=…)` after it): looked for first, behind every
 * position, it walked back over a run of spaces at each one — a line of thousands of blanks took seconds (the bench's
 * `4,900 spaces` inputs: 10 s against 0.2 s before cyrurine; the same trap as mend24's, 2026-12-05).
 */
const FIELD_UNIT_IN_WORDS = /(per|por|par|в)(?<=\d[ \t]+(?:per|por|par|в))[ \t]+(hpf|lpf|campo|champ|п\/зр?\.?|п\.з\.)(?![\p{L}\p{N}])/giu;

/** (negpower) A negative power of ten (milli to pico), perhaps after its times sign, then a unit over a volume a space apart. */
// (review 31) Its minus a superscript's, or after a power's marker (`^`, `E`, `*`) or a times sign: a bare `10-12` is a
// range's bounds (`Hemoglobin  11.2 g/dL  10-12 g/dL`).
const NEGATIVE_POWER_UNIT = /(?<!\S)(?:([x×]\s*)(10\s*(?:\^|[eE]|\*{1,2})?\s*(?:⁻(?:³|⁶|⁹|¹²)|-(?:3|6|9|12)))|()(10\s*(?:⁻(?:³|⁶|⁹|¹²)|(?:\^|[eE]|\*{1,2})\s*-(?:3|6|9|12))))\s+(\[?[A-Za-zµμ]{1,4}\]?\/[A-Za-z]{1,3})(?=$|\s)/g;
function tokenizeLine(line: string): string[] {
  // `mm/1st hr` (an ESR's unit, as printed in India and elsewhere) is one unit: its space is a no-break space.
  // `( 10⁹/L)`, `(g/dL )`: OCR and hand-made tables pad a parenthesis with spaces; its contents are one token.
  // `mosm/kg( 280-300 )`: a unit printed against the parenthesis of the range after it is two tokens.
  const raw = line.replace(PAREN_AFTER_UNIT, ' (')
    .replace(/\(\s+(?=[^\s()])/g, '(').replace(/(?<=[^\s()])\s+\)/g, ')')
    .replace(/\bmm\s*\/\s*1st\s+(hr|hour)\b/gi, 'mm/1st\u00a0$1')
    // (set 8, OA03) An amount per creatinine with the creatinine's word apart (`mcg/mg creatinine`, `mmol/mol creat`): one
    // unit (units.ts reads it as `ug/mg`, `mmol/mol`) — apart, a flag after it made the line no row.
    .replace(/(?<=^|\s)((?:mcg|[µμu]g|mg|ng|g|[mµμunp]?mol|micromol)\/(?:mg|g|mmol|mol))\s+(creatinine|creat|crea|cr)(?=$|[\s),;])/gi, '$1\u00a0$2')
    // (set 8, MN06) Below the detection limit with a space after the comparator (`< dl`): one answer (DETECTION_LIMIT).
    .replace(DETECTION_LIMIT_APART, '<$1')
    // (set 8, AL06) A mass fraction's per cent in words (`4.6 % by wt`, `% by weight`): one unit (units.ts reads it as %).
    .replace(/(?<=^|\s|\d)%\s+by\s+(wt\.?|weight)(?=$|[\s),;])/gi, '%\u00a0by\u00a0$1')
    // (countries) And the Spanish and Portuguese first hour (`mm/1a hora`, `mm/1ª hora`, `mm/1° hora`).
    .replace(/\bmm\s*\/\s*1(a|ª|°|º)\s+(hora)\b/gi, 'mm/1$1\u00a0$2')
    // (cyrurine) A sediment's count per field printed in words after its number (`2  per hpf`, `2  por campo`, `2  par
    // champ`, `2  в п/з`) is one unit, as `/hpf` is: read apart, the row had no unit and was lost.
    .replace(FIELD_UNIT_IN_WORDS, '$1\u00a0$2')
    // (fixr81) The first hour in parentheses after the millimetres (`02 mm (1st h)`, `12 mm (1st hr)`) is the same unit.
    .replace(/(?<![A-Za-z])mm\s*\(\s*1st\s+(?:h|hr|hour)\s*\)/gi, ' mm/1st\u00a0hr')
    // `mmol / l`, `mg / dL`, `U / L`: a unit printed with spaces round its slash is one unit (an amount over a volume,
    // a mass or a time; numbers round a slash, `12 / 34`, `19 / 04 / 2021`, stay apart). `mg / 24 h` is `mg/24h`, as printed
    // unspaced (labs29fix2: the space inside `24 h` split the unit).
    .replace(SPACED_UNIT, (_m, amount: string, per: string) => `${amount}/${per.replace(/\s+/g, '')}`)
    // (scripts6) A double hyphen between two numbers (`8.64--29.0`, `8.64 -- 29.0`: Chinese laboratory systems' ranges) is
    // the range's `to`, one hyphen (DOUBLE_HYPHEN_TO).
    .replace(DOUBLE_HYPHEN_TO, '$1-')
    // (b58) The Han numeral one between two numbers (OCR's reading of a Chinese report's dash): the range's `to`.
    .replace(HAN_ONE_TO, '$1-')
    // (negpower) A negative power of ten printed apart from its unit (`× 10⁻³ IU/L`, a Danish TSH's): one unit, as units.ts
    // reads it (`m[IU]/L`).
    .replace(NEGATIVE_POWER_UNIT, (_m, times: string | undefined, power: string | undefined, _none: string | undefined, bare: string | undefined, unit: string) => `${times ? 'x' : ''}${(power ?? bare)!.replace(/\s+/g, '')}\u00a0${unit}`)
    // (labs35fix review) `mg/24 h`, `g/24 hrs`: the day's collection spaced from its hours is one unit too (the `h` no
    // high flag).
    .replace(PER_24_SPACED, '$1/24$2').replace(SPACED_POWER_UNIT, '$1$2').replace(SPACED_EXPONENT_UNIT, (_m, times: string, power: string, per: string) => `${times}10^${power}${per}`).replace(BARE_SPACED_EXPONENT_UNIT, '10^$1$2').replace(OCR_CARET_POWER_UNIT, '10^$1/L').replace(SPACED_MASS_PERCENT, '$1%').split(/[ \t\n\r\f\v]+/);
  // (jp) Japanese bounds after their number, the wave dash's open bounds (japaneseBounds).
  const bounds = japaneseBounds(raw);
  // (labs48fix) A lone tilde between numbers is a range's `to`, not a stray mark (TILDE).
  const tokens = raw.map((t, k) => (tildeBetweenNumbers(raw, k) ? t : bounds[k] ?? ocrSlashRead(cleanToken(t)))).filter((t) => t.length > 0);
  // `中性粒细胞绝对数7.46` (OCR or a PDF's text of a Chinese report: no space between the name and the value column): a
  // number at the end of a run of Chinese characters is the value after the name.
  for (let i = tokens.length - 1; i >= 0; i--) {
    const glued = /^(.*\p{Script=Han}{2})(\d+(?:\.\d+)?)$/u.exec(tokens[i]!);
    if (glued) tokens.splice(i, 1, glued[1]!, glued[2]!);
  }
  spaceGroupedRange(tokens);
  // (labs56) `3.500 a 10.500/mm3`, `3 a 9%`, `70 - 99mg/dL`: a range's upper bound run against its unit (a per cent sign or a
  // unit with a slash), after a spaced `to` (`a`, `à`, `bis`, a dash) and a number, is the bound and the unit apart, as
  // printed with a space.
  for (let i = tokens.length - 1; i >= 2; i--) {
    const glued = GLUED_UPPER_BOUND.exec(tokens[i]!);
    if (glued && (FOREIGN_TO_WORD.test(tokens[i - 1]!) || LONE_RANGE_TO.test(tokens[i - 1]!)) && parseNumber(tokens[i - 2]!) !== null) {
      tokens.splice(i, 1, glued[1]!, glued[2]!);
    }
  }
  // `250 000 /µL`, `1 234 000 cells/µL`: groups of a count printed apart by spaces, before a count's unit, are one number
  // — only when they cannot be two values: no other number before them on the row, no range after the unit whose
  // numbers all stay below a thousand (`Eosinophils  3  195  /uL  40 - 500` is a percentage and a count, not 3195), and
  // a count a blood cell can reach.
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (!/^[1-9]\d{0,2}$/.test(tokens[i]!)) continue;
    let j = i + 1;
    while (/^\d{3}$/.test(tokens[j] ?? '')) j++;
    // At the end of the row, groups ending in `000` (`Platelets  250 000`, `1 250 000`: no unit, no range) are the
    // number's own: no number (nor a site's code, `001`) is printed alone as `000`.
    const endsRow = tokens[j] === undefined && tokens[j - 1] === '000';
    if (j === i + 1 || !(endsRow || (tokens[j] !== undefined && isCountPerVolume(tokens[j]!)))) continue;
    if (tokens.slice(0, i).some((t) => /\d/.test(t) && parseValueToken(t))) continue;
    if (smallNumbersOnly(tokens.slice(j + 1).join(' '))) continue;
    // No count per µL or mm³ reaches ten million (red cells, the largest, stay under eight million): `20  100 200 /µL`
    // is a result and a range's or another column's numbers, not 20100200.
    if (Number(tokens.slice(i, j).join('')) >= 10_000_000) continue;
    tokens.splice(i, j - i, tokens.slice(i, j).join(''));
  }
  // `× 10³/µL`, `x 10^9/L`, `x E9/L`: a multiplication sign printed apart from the power of ten it belongs to.
  // (cyrflag review) The Cyrillic `х` as that sign, the Cyrillic `Е` as the exponent's (`х 10^9/л`, `х 10Е9/л`).
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (/^[×xXхХ]$/.test(tokens[i]!) && /^(?:10(\^|\*|[⁰¹²³⁴⁵⁶⁷⁸⁹]|[EЕ]\d)|E\d{1,2}\/)/.test(tokens[i + 1]!)) tokens.splice(i, 2, `${tokens[i]}${tokens[i + 1]}`);
  }
  return tokens;
}

/**
 * (labs56) A number run against a per cent sign or a unit with a slash (`10.500/mm3`, `9%`, `99mg/dL`); not one per
 * microscope field (`0 a 1/campo` is a count's span, coding.ts PER_FIELD).
 */
const GLUED_UPPER_BOUND = /^(\d+(?:[.,]\d+)*)(%|(?![A-Za-z]{0,3}\/(?:campos?|cpo|cga|c|f|fld|field|hpf|lpf|lpb|lpk)$)[A-Za-zµμ]{0,8}\/[A-Za-zµμ0-9³]{1,8})$/i;

const GROUP_HEAD = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;

/** Whether `tokens[from..to)` is one number grouped by spaces (`4`, `000`; `4`, `200`, `000`). */
function groupedAt(tokens: readonly string[], from: number, to: number): boolean {
  return from >= 0 && to - from >= 2 && GROUP_HEAD.test(tokens[from]!) && tokens.slice(from + 1, to).every((t) => GROUP.test(t));
}

/**
 * Where the lower bound of `tokens[d+1..end)` (an upper bound grouped by spaces) starts before the dash `d`, or -1: a
 * bound grouped into as many groups or one fewer (`4 000 - 10 000`, `150 000 - 1 200 000`), or printed plainly (`0 -
 * 10 000`, `500 - 10 000`) — a plain bound a thousand times below the upper one is the upper one's own value and the
 * next column's number glued on (`135 - 145 148`), no range, unless the upper one's group is `000` (`5 - 25 000`).
 */
function groupedLowBound(tokens: readonly string[], d: number, end: number, value: number | null): number {
  const groups = end - d - 1;
  const high = Number(tokens.slice(d + 1, end).join(''));
  for (let k = groups; k >= groups - 1 && k >= 2; k--) {
    if (groupedAt(tokens, d - k, d) && Number(tokens.slice(d - k, d).join('')) < high) return d - k;
  }
  // (A three-digit group after another, `4 200 000 - …`'s `000`, is no plain bound.)
  const plain = /^(?:0|[1-9]\d*)$/.test(tokens[d - 1]!) ? Number(tokens[d - 1]) : null;
  // A group of three zeros (`000` of `5 - 25 000`, `1 - 1 000`) is no number printed alone: it is the bound's, however
  // far above the lower bound; a group that can be a number (`148`) or a code (`001`, a site's) is the next column's
  // when the bound would be.
  const noNumberAlone = tokens[d + 2] === '000';
  // The row's count printed before it on the grouped bound's scale, a hundred times or more above the short one
  // (`Lymphocytes  2000 /uL  1 - 2 050`): the short bound is no range of that value, the grouped one is.
  const valueOnScale = value !== null && value > 100 * Number(tokens[d + 1]) && value * 10 >= high && value <= 10 * high;
  return plain !== null && plain < high && (plain === 0 || noNumberAlone || valueOnScale || high / plain < 1000) ? d - 1 : -1;
}

/**
 * `4 000 - 10 000`, `150 000 - 400 000`, `4 200 000 - 5 400 000` (French and SI printouts group thousands by spaces):
 * a range whose upper bound is grouped is one range, each bound's groups joined — the lower bound grouped as the upper
 * one or plainly printed (`0 - 10 000`), and below it. Two columns are never read as one number: a lone three-digit
 * group (`000`) is no value of its own, and a run that would put the lower bound at or above the upper one is left.
 * A value printed so right before such a range, with no number before it on the row (`Plaquettes  250 000  150 000 -
 * 400 000`), is joined too: the row writes its thousands so.
 */
function spaceGroupedRange(tokens: string[]): void {
  for (let d = tokens.length - 3; d >= 1; d--) {
    // (An upper bound grouped as `10 000` needs a group of three digits after its head: without one, nothing below
    // can find a range, and reading the numbers before the dash for every dash costs the square of the line.)
    if (!/^[-–]$/.test(tokens[d]!) || !GROUP_HEAD.test(tokens[d + 1]!) || !GROUP.test(tokens[d + 2] ?? '')) continue;
    let last = d + 2;
    while (GROUP.test(tokens[last] ?? '')) last++;
    // The shortest upper bound that makes a range with a lower bound before the dash: a group after it is the next
    // column's (`135 - 145  148`, `150 000 - 400 000  505 000`), not more of the bound.
    let start = -1;
    let end = d + 3;
    // The row's value: the last number before the range's lower bound — a count's, per microlitre or cubic millimetre,
    // whose thousands are printed grouped (`Lymphocytes  2000 /uL  1 - 2 050`). Another value far above a short range
    // (`ALT  5000  U/L  7 - 35  001`: a critically high one and a site's code) says nothing of the range's scale.
    const before = tokens.slice(0, d - 1).map((t) => (/\d/.test(t) ? parseNumber(t) : null)).filter((n) => n !== null);
    // A row that prints no unit (`Lymphocytes  2000  1 - 2 050`) is a count's too when its one value has as many digits
    // as the grouped bound (`ALT  5000  7 - 35  001`: 35001 has more — the range and a code).
    const grouped = String(GROUP_HEAD.test(tokens[d + 1]!) && GROUP.test(tokens[d + 2] ?? '') ? `${tokens[d + 1]}${tokens[d + 2]}` : '');
    const unitless = before.length === 1 && !tokens.slice(0, d - 1).some((t) => !/\d/.test(t) && isUnitToken(t))
      && /^\d+$/.test(String(before[0])) && String(before[0]).length === grouped.length;
    const value = before.length && (unitless || tokens.slice(0, d - 1).some((t) => isCountPerVolume(t))) ? before[before.length - 1]! : null;
    for (; end <= last && start < 0; end++) start = groupedLowBound(tokens, d, end, value);
    end--;
    if (start < 0) continue;
    // The next column's number grouped as the range is (`505 000`, a previous result) is one number too.
    if (last - end >= 2 && GROUP_HEAD.test(tokens[end]!)) tokens.splice(end, last - end, tokens.slice(end, last).join(''));
    tokens.splice(d + 1, end - d - 1, tokens.slice(d + 1, end).join(''));
    tokens.splice(start, d - start, tokens.slice(start, d).join(''));
    // The value right before the range, grouped as it is.
    for (let v = start - 2; v >= 1; v--) {
      if (!groupedAt(tokens, v, start)) continue;
      if (tokens.slice(0, v).some((t) => /\d/.test(t) && parseValueToken(t))) break;
      tokens.splice(v, start - v, tokens.slice(v, start).join(''));
      break;
    }
    return;
  }
}

/** A range cell's text with its space-grouped bounds joined (`0 - 10 000` → `0 - 10000`), as a row's tokens join them. */
export function joinSpaceGroupedRange(text: string): string {
  if (!/\d \d{3}\b/.test(text)) return text;
  const tokens = text.trim().split(/\s+/);
  spaceGroupedRange(tokens);
  return tokens.join(' ');
}

/** Whether a row's text after a count's unit prints numbers, all below a thousand (read as a count's: grouped thousands joined). */
function smallNumbersOnly(tail: string): boolean {
  const numbers = plainNumbers(tail, { countUnit: true }).match(/\d+(?:[.,]\d+)?/g);
  return Boolean(numbers?.length) && numbers!.every((n) => Number(n.replace(',', '.')) < 1000);
}

const COMPARATOR = /^(<=|>=|=<|=>|<|>|≤|≥)/;
/**
 * A number's digits (OCR's O, o, l, I among them) with one decimal mark at most. (redos3) The mark and the digits before
 * it one optional group: `[0-9OolI]*[.,]?[0-9OolI]+` tried each split of a run of digits not ending the token (a cell of
 * 4,900 zeros and `)`: 58 ms, a table's joinComparators asking each cell).
 */
const NUMBERISH = /^(?:[0-9OolI]*[.,])?[0-9OolI]+$/;

/**
 * A count per volume printed as a plain count (`/µL`, `/ul`, `/mm3`, `/cmm`, `cells/µL`, `Zellen/µl`): no power of ten
 * or thousands prefix (`10^3/µL`, `K/µL`, `Tsd/µl` are not), so the number before it is a whole count of cells.
 */
export function isCountPerVolume(unit: string): boolean {
  return /^(?:cells?|zellen|cel(?:ls|ulas)?|#)?\s*\/\s*(?:[µμu]l|mcl|mm3|mm³|cmm|cumm|cu\.?\s*mm)$/i.test(unit.trim());
}

/**
 * (labs50fix) A volume printed alone where a count's unit goes (`261,000 uL`, `6,240 µL`, `4.5 mm3`, `cumm`): a count
 * per that volume, as a clinician reads it (the slash lost). Only as UCUM or reports spell a microlitre or a cubic
 * millimetre (`uL`, `ul`, `µL`, `mcL`, `mm3`, `cmm`, `cumm`): `UL` is no microlitre.
 */
const BARE_VOLUME = /^(?:[uµμ][lL]|mc[lL]|mm3|mm³|cmm|cumm|cu\.?\s?mm)$/;

/** Whether a unit is a volume alone (BARE_VOLUME: `uL`, `µL`, `mm3`, `cumm` …): the cheap test before perBareVolume's. */
export function isBareVolume(unit: string): boolean {
  return BARE_VOLUME.test(unit.trim());
}

/**
 * (labs50fix) The unit a bare volume printed beside a count means, per that volume (`uL` → `/uL`), where the catalog
 * measures the name in a count per volume (`measuresIn`: platelets, leukocytes, erythrocytes …); null for any other
 * unit or name (a volume beside a haemoglobin or an MCV stays as printed).
 * (labs50fix review) And only where the range's upper bound (the greatest of `bounds`) or, without a range, the
 * number (`value`) has the magnitude a count per microlitre of that analyte has (`perMicrolitreFloor`, from the catalog's unit:
 * leukocytes ≥ 1,000, platelets ≥ 10,000, erythrocytes ≥ 100,000, the minor absolute counts ≥ 100) — a number below
 * it beside a ×10³ or ×10⁶ count is the count with its power lost (`WBC 7.5 uL 4.0 - 11.0`, `Platelets 250 uL 150 -
 * 400`, `RBC 4.5 mcL`), read as before (no unit, or as printed). A count the catalog keeps per microlitre itself
 * (leukocytes in urine) has no power to lose: any number.
 */
export function perBareVolume(unit: string, name: string, opts: { measuresIn?: (name: string, unit: string) => boolean; perMicrolitreFloor?: (name: string) => number | undefined },
  value: number | null, bounds: readonly number[] = []): string | null {
  const u = unit.trim();
  if (!isBareVolume(u) || !opts.measuresIn?.(name, `/${u}`)) return null;
  const floor = opts.perMicrolitreFloor?.(name);
  if (floor === undefined || value === null) return null;
  // With a range its scale decides (`Platelets 8,000 uL 150,000 - 400,000`: a low count per microlitre), the value no
  // more than a hundred times below the floor; without one the value alone.
  const perMicrolitre = bounds.length ? Math.max(...bounds) >= floor && value >= floor / 100 : value >= floor;
  return perMicrolitre ? `/${u}` : null;
}

/** A comparator token (`<`, `<=`, `=<`, `≤` …) in its one spelling, or undefined. */
export function comparatorOf(raw: string): Comparator | undefined {
  switch (raw) {
    case '<': return '<';
    case '>': return '>';
    case '<=': case '=<': case '≤': return '<=';
    case '>=': case '=>': case '≥': return '>=';
    default: return undefined;
  }
}

/**
 * A comparator printed apart from its number (`< 0.5`, `>= 90`): the comparator when the token at `i` is one and a
 * plain number follows (a number with its own comparator, `< <5`, is none). A result (`parseTail`) and a range
 * (`numericRangeAt`) join it alike.
 */
export function comparatorApartAt(tokens: readonly string[], i: number): Comparator | undefined {
  const comparator = comparatorOf(tokens[i] ?? '');
  return comparator && parseNumber(tokens[i + 1] ?? '') !== null ? comparator : undefined;
}

/**
 * (set 8) A number in E notation (`7.2e3`, `1.60E9`: a stool PCR's counts, an app's export): a mantissa (a point or a
 * comma) and a power of ten of two digits at most. The one pattern the token reader (parseNumber), the range reader
 * (reference-range.ts) and line-tidy.ts read such a number by.
 */
export const E_NUMBER = String.raw`\d+(?:[.,]\d+)?[eE][+-]?\d{1,2}`;
const E_NOTATION = /^(\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,2})$/;
/** The value of a number in E notation (E_NUMBER, the whole text), to twelve significant figures (`7.2e3` is 7200); null for any other text. */
export function eNotationValue(text: string): number | null {
  const m = E_NOTATION.exec(text);
  return m ? Number((Number(m[1]!.replace(',', '.')) * 10 ** Number(m[2])).toPrecision(12)) : null;
}

/**
 * A number as printed, OCR noise repaired: `1O.2` → 10.2, `l4` → 14, `O.9` → 0.9, `1,250` → 1250, `4,5` → 4.5.
 * At least one real digit must be there (a word of O's and l's is a word). Null when it is not a number. Whether a
 * mark before three digits groups thousands is `readPrintedNumber`'s to say, from what the context tells of the
 * report and the row (nothing: a point is the decimal, a comma groups thousands).
 */
export function parseNumber(token: string, context?: NumberContext): number | null {
  const cleaned = cleanToken(token);
  // A sign belongs to the number only when a digit follows it at once (`-0.16`); `-` alone separates a range.
  const negative = /^[-−][0-9.]/.test(cleaned);
  const t = negative ? cleaned.slice(1) : cleaned;
  if (!/[0-9]/.test(t)) return null;
  // (set 8, GI01) A number in E notation (E_NUMBER): its value.
  const scientific = eNotationValue(t);
  if (scientific !== null) return negative ? -scientific : scientific;
  const printed = /^\d[\d.,]*$/.test(t) ? readPrintedNumber(t, context) : null;
  if (printed !== null) return negative ? -printed : printed;
  if (!NUMBERISH.test(t)) return null;
  let s = t.replace(/[Oo]/g, '0').replace(/[lI]/g, '1').replace(',', '.');
  if (s.startsWith('.')) s = `0${s}`;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return negative ? -n : n;
}

export interface ValueToken {
  value: number;
  comparator?: Comparator;
  /** As printed (repaired, a decimal comma as a point): `<5.0`. */
  text: string;
}

/** A result value: a number, optionally with a comparator (`<5.0`, `>=90`). */
export function parseValueToken(token: string, context?: NumberContext): ValueToken | null {
  const t = cleanToken(token);
  // (set 8, AL07) A ratio printed to one (`7.9:1`, `15:1`: an omega-6:omega-3 or a BUN/creatinine ratio): its first
  // number. (A time has two digits after its colon: `08:10`; `1:1` is a mix or a dilution — `PTT (Test+Control) 1:1`,
  // a mixing study's name — never read so.)
  const toOne = RATIO_TO_ONE.exec(t);
  if (toOne && Number(toOne[1]!.replace(',', '.')) !== 1) return parseValueToken(toOne[1]!, context);
  const m = COMPARATOR.exec(t);
  const comparator = m ? comparatorOf(m[1]!) : undefined;
  const rest = m ? t.slice(m[1]!.length) : t;
  const value = parseNumber(rest, context);
  if (value === null) return null;
  if (comparator && value < 0) return null;
  if (!comparator) return { value, text: String(value) };
  // As printed, with a decimal mark written as a point (`<0,5` → `<0.5`; `>1,000` groups thousands and stays).
  const printed = rest.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
  const decimal = /^\d+[.,]\d+$/.test(printed) && Number(printed.replace(',', '.')) === value;
  return { value, comparator, text: `${comparator}${decimal ? printed.replace(',', '.') : printed}` };
}

const RATIO_TO_ONE = /^(\d+(?:[.,]\d+)?):1$/;

/** `41%`, `4.5mmol/L`, `7,200/mm³`: a value with its unit written against it; null when the token is not one. */
export function splitStuckUnit(token: string): [string, string] | null {
  // (boundwords) A time of day (`08h10`: isTimeToken) is no value with a unit `h10`.
  if (isTimeToken(token)) return null;
  // A power of ten run against the value (`0.0010^9/L`, `4.2310^12/L`: a plain-text export lost the space): the unit
  // begins at the last `10^`, the one place a number cannot go on.
  const power = /^([0-9]*[.,][0-9]+?|[0-9]+?)(10\^\d+\/[A-Za-zµμ]+)$/.exec(token);
  if (power && parseValueToken(power[1]!) && isUnitToken(power[2]!)) return [power[1]!, power[2]!];
  // A count's unit with its multiplication sign against the value (`6.2×10⁹/L`, `4.1x10^12/L`, OCR of Chinese and
  // other reports that print no space): the unit begins at the sign.
  const times = /^([0-9]*[.,]?[0-9]+)([×xX*]\s*10(?:\^|\*)?(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,2})\s*\/\s*\S+)$/.exec(token);
  if (times && parseValueToken(times[1]!) && isUnitToken(times[2]!)) return [times[1]!, times[2]!];
  // (`28.4g%`, `95mg%`: grams or milligrams per cent glued on too.)
  // (b62) A comma after a glued `%` (`5.8%, Reference Value: 4 - 5.6%`: a list's) is the sentence's, no part of the unit.
  const m = /^([<>]?=?-?[0-9]*[.,]?[0-9]+)(%|(?:m?g|gms?)%|[A-Za-zµμ/][A-Za-zµμ/0-9.*^²³]*)$/.exec(cleanToken(token).replace(/(?<=\d%),$/, ''));
  // (set 8) A power of ten in E notation (`7.2e3`) is the number's, no unit `e3`.
  if (!m || !parseValueToken(m[1]!) || /^[eE][+-]?\d{1,2}$/.test(m[2]!)) return null;
  return m[2] === '%' || (/[A-Za-zµμ]/.test(m[2]!) && isUnitToken(m[2]!)) ? [m[1]!, m[2]!] : null;
}

/** Words printed where a unit goes that are not one: `calc` (calculated), `derived`, `estimated`. */
export function isUnitNoise(token: string): boolean {
  return /^\(?(calc|calc\.|calculated|computed|derived|estimated)\)?$/i.test(token);
}

/**
 * (calcunit) A unit with isUnitNoise's word in brackets after it (`mg/dL (calc)`, an HL7 feed's calculated LDL and
 * non-HDL): the unit alone; any other unit as it is.
 */
export function withoutUnitNoiseAfter(unit: string): string {
  const m = /^(.*\S)\s*(\([^()]*\))\s*$/.exec(unit);
  return m && isUnitNoise(m[2]!.replace(/\s+/g, '')) ? m[1]! : unit;
}

/**
 * The same words in the languages of European reports (French, Spanish, Portuguese, Italian, German, Polish, Dutch):
 * a sample haemolysed or clotted, a test not done or cancelled, no sample or material, too little of it, a result still
 * to come (`folgt`, `Befund folgt`, `wird nachgereicht`, `ausstehend`, `in Bearbeitung`: labs46fix; fixc: `pendiente`,
 * `pendente`, `in corso`, `en cours`, `w trakcie realizacji`, `in behandeling`; fix9: `en curso`, `em análise`, `in
 * esecuzione`, `in Arbeit`, `w toku`, `in bewerking`; fixnm: `in lucru`, `в работе`). Lower case.
 */
const NO_RESULT_IN_OTHER_LANGUAGES = [
  // French
  'hémolysé', 'hémolysée', 'hémolyse', 'échantillon hémolysé', 'prélèvement hémolysé', 'non réalisé', 'non réalisée', 'non effectué', 'non effectuée',
  'non fait', 'annulé', 'annulée', 'analyse annulée', 'non reçu', 'prélèvement non reçu', 'quantité insuffisante', 'échantillon insuffisant',
  'prélèvement insuffisant', 'volume insuffisant', 'coagulé',
  // (fixc) Pending: `en cours`, `en attente`, `à suivre`, `résultat à suivre`.
  'en cours', 'en attente', 'à suivre', 'résultat à suivre',
  // (mend18) `suit` (follows: a Belgian file's value), `hémolysé` unaccented as Belgian files print it.
  'suit', 'hemolyse',
  // (seecomment) See the comment, as English's `see comment` (French, Spanish, Portuguese, Italian, German).
  'voir commentaire', 'voir note', 'ver comentario', 'ver nota', 'ver comentário', 'ver observación', 'vedi commento', 'vedi nota',
  'siehe kommentar', 'siehe bemerkung', 'siehe befund',
  // (worldnames) Pending and see-the-comment phrases of world-names.ts's helper (words.tsv, high confidence, from
  // knowledge) the lists here lacked (not Swedish `ej klar`, also a urine's `not clear`: review 34).
  'kommer senare', 'se kommentar', 'kesken', 'katso kommentti', 'zie commentaar', 'zie opmerking', 'siehe befundkommentar',
  'ver observaciones', 'ver observação', 'vezi comentariu', 'patrz komentarz', 'patrz uwagi', 'v řešení', 'viz komentář', 'viz poznámka',
  'folyamatban', 'lásd megjegyzés', 'βλέπε σχόλιο', 'çalışılıyor', 'beklemede', 'açıklamaya bakınız', 'см. комментарий', 'див. коментар',
  '検査中', '後日報告', 'コメント参照', '待检', '检测中', '见备注',
  // Spanish
  'hemolizado', 'hemolizada', 'muestra hemolizada', 'no realizado', 'no realizada', 'no se realizó', 'anulado', 'anulada', 'cancelado', 'cancelada',
  'muestra insuficiente', 'cantidad insuficiente', 'sin muestra', 'muestra no recibida', 'coagulada', 'muestra coagulada',
  // (fixc) Pending: `pendiente`, `resultado pendiente`, `en proceso`.
  'pendiente', 'resultado pendiente', 'en proceso',
  // (fix9) Pending: `en curso`, `en análisis`.
  'en curso', 'en análisis',
  // Portuguese
  'hemolisado', 'hemolisada', 'amostra hemolisada', 'não realizado', 'não realizada', 'amostra insuficiente', 'material insuficiente',
  'sem amostra', 'amostra não recebida', 'amostra coagulada',
  // (fixc) Pending: `pendente`, `resultado pendente`, `em andamento`, `em processamento`.
  'pendente', 'resultado pendente', 'em andamento', 'em processamento',
  // (fix9) Pending: `em curso`, `em análise`.
  'em curso', 'em análise',
  // Italian
  'emolizzato', 'emolizzata', 'campione emolizzato', 'non eseguito', 'non eseguita', 'annullato', 'annullata', 'campione insufficiente',
  'materiale insufficiente', 'campione non pervenuto', 'non pervenuto', 'coagulato', 'campione coagulato',
  // (fixc) Pending: `in corso`, `in attesa`, `in lavorazione`.
  'in corso', 'in attesa', 'in lavorazione',
  // (fix9) Pending: `in esecuzione`.
  'in esecuzione',
  // German
  'hämolytisch', 'hämolysiert', 'probe hämolytisch', 'nicht durchgeführt', 'nicht bestimmt', 'nicht bestimmbar', 'storniert', 'kein material',
  'material fehlt', 'probe fehlt', 'material nicht ausreichend', 'zu wenig material', 'material unzureichend', 'geronnen', 'probe geronnen',
  // (labs46fix) Pending: `folgt` (to follow), `folgt nach`, `wird nachgereicht`, `ausstehend`, `in Bearbeitung`.
  'folgt', 'folgt nach', 'befund folgt', 'ergebnis folgt', 'wird nachgereicht', 'nachgereicht', 'ausstehend', 'in bearbeitung',
  // (fix9) Pending: `in Arbeit`.
  'in arbeit',
  // Polish
  'hemoliza', 'zhemolizowana', 'zhemolizowany', 'próbka zhemolizowana', 'materiał zhemolizowany', 'nie wykonano', 'niewykonano', 'nie wykonane',
  'niewykonane', 'anulowano', 'anulowane', 'brak materiału', 'brak próbki', 'za mało materiału', 'niewystarczająca ilość materiału',
  'materiał niewystarczający', 'skrzep',
  // (fixc) Pending: `w trakcie realizacji`, `w trakcie`, `oczekuje`.
  'w trakcie realizacji', 'w trakcie', 'oczekuje',
  // (fix9) Pending: `w toku`, `w realizacji`.
  'w toku', 'w realizacji',
  // Dutch
  'gehemolyseerd', 'hemolytisch', 'niet uitgevoerd', 'niet bepaald', 'niet verricht', 'geannuleerd', 'vervallen', 'onvoldoende materiaal',
  'te weinig materiaal', 'geen materiaal', 'geen monster', 'gestold',
  // (fixc) Pending: `volgt`, `in behandeling`.
  'volgt', 'in behandeling',
  // (fix9) Pending: `in bewerking`.
  'in bewerking',
  // (fixnm) Pending in Finnish (`tulossa`: coming), Romanian (`in lucru`, `în lucru`: in the works), Russian (`в работе`,
  // `в процессе`), Turkish (`sonuç bekleniyor`: result awaited) and Ukrainian (`в роботі`).
  'bekleniyor', 'in lucru', 'în lucru', 'sonuç bekleniyor', 'tulossa', 'в процессе', 'в работе', 'в роботі',
  // (set 16, I27) Not done, cancelled or haemolysed in Czech and Slovak (`neprovedeno`, `nevyšetřeno`, `zrušeno`,
  // `nevykonané`), Hungarian (`nem végezhető`, `elmaradt`), Turkish (`çalışılmadı`, `iptal`), Swedish, Danish and
  // Norwegian (`ej utförd`, `ikke udført`, `ikke utført`).
  'neprovedeno', 'nevyšetřeno', 'nevyšetřováno', 'zrušeno', 'hemolýza', 'hemolytické', 'hemolytický', 'nedostatek materiálu',
  'nevykonané', 'nevykonaný', 'zrušené', 'nem végezhető', 'nem végezték', 'elmaradt', 'hemolizált', 'çalışılmadı', 'iptal', 'iptal edildi',
  'hemolizli', 'ej utförd', 'ej utfört', 'ej analyserad', 'ikke udført', 'ikke utført', 'annulleret', 'annullert', 'hemolyseret', 'hemolysert',
  // (world-words) Rows that are no results in 43 languages, of a helper's vocabulary (world-words.tsv: status-pending,
  // status-cancelled, status-see-comment) that the lists above lacked; words of three letters or fewer and words that
  // are also a qualitative answer there (Polish `brak`, none) left out, but CJK words of two or three (`溶血`, `取消`,
  // `検査中`). Written from knowledge, not sourced.
  '已取消', '取消', '未检测', '溶血', '未報告', '測定中', '中止', '未実施', '凝固', '檢驗中', '待報告', '處理中', '未檢驗', '見備註', '검사중', '진행중', '취소', '용혈', '미시행',
  'svar kommer', 'analys ej utförd', 'makulerad', 'hemolys', 'hemolyserat prov', 'se nedan', 'se utlåtande',
  'a suivre', 'résultat en cours', 'transmis', 'non réalisable', 'cf. commentaire', 'voir ci-dessous',
  'tulos myöhemmin', 'peruttu', 'ei tehty', 'ei tutkittu', 'hemolyysi', 'näyte hemolysoitunut', 'katso lausunto',
  'ks. lausunto', 'результат будет позже', 'ожидается', 'отменено', 'не выполнено', 'не выполнен', 'гемолиз',
  'образец гемолизирован', 'недостаточно материала', 'недостаточно биоматериала', 'брак', 'см. примечание', 'см. ниже',
  'pendiente de resultado', 'no procesado', 'hemólisis', 'risultato in corso', 'non eseguibile', 'emolisi',
  'campione non idoneo', 'vedi referto allegato', 'vedi note', '标本溶血', '标本量不足', '详见备注', 's. nachbefund',
  'nachbefund folgt', 'storno', 'entfällt', 'hämolyse', 's. kommentar', 'siehe befundbericht', 'siehe unten',
  'resultado a seguir', 'aguardando', 'hemólise', 'nova coleta', 'solicitada nova amostra', 'vide observação', '追加報告',
  '検査中止', '溶血のため測定不能', '検体不足', '測定不能', '別紙参照', '備考参照', '所見参照', 'în curs', 'anulat', 'nu s-a efectuat', 'neefectuat',
  'probă hemolizată', 'proba hemolizata', 'hemolizat', 'hemoliză', 'vezi observații', 'vezi nota', 'zob. komentarz',
  '檢體溶血', '檢體不足', '詳見備註', 'később', 'eredmény később', 'törölve', 'nem készült', 'hemolízis', 'kevés minta',
  'ld. megjegyzés', 'у роботі', 'результат буде пізніше', 'скасовано', 'не виконано', 'гемоліз',
  'недостатньо матеріалу', 'зразок гемолізований', 'див. примітку', 'σε εξέλιξη', 'εκκρεμεί', 'ακυρώθηκε',
  'δεν πραγματοποιήθηκε', 'δεν έγινε', 'αιμόλυση', 'αιμολυμένο δείγμα', 'βλ. σχόλια', '결과대기', '검사취소', '검체부족', '검체 부적합',
  '소견참조', '비고참조', 'a aguardar', 'não efetuado', 'ver observações', 'výsledek bude doplněn', 'bude doplněno',
  'nelze vyšetřit', 'vzorek hemolytický', 'viz níže', 'в процес', 'предстои', 'отказан', 'отменен', 'не е извършено',
  'неизвършено', 'хемолиза', 'виж коментар', 'вж. коментар', 'svar følger', 'under analyse', 'aflyst', 'hæmolyse',
  'hæmolyseret', 'se bemærkning', 'se nedenfor', 'i̇ptal', 'i̇ptal edildi', 'hemolizli numune', 'yetersiz numune',
  'numune yetersiz', 'yoruma bakınız', 'uitslag volgt', 'wordt nagestuurd', 'hemolyse', 'niet ontvangen',
  'zie toelichting', 'zie bijlage', 'kommer senere', 'kansellert', 'ikke analysert', 'se merknad', 'pendent',
  'en curs', 'anul·lat', 'no realitzat', 'mostra hemolitzada', 'mostra insuficient', 'vegeu comentari',
  'vegeu observacions', 'töös', 'tulemus hiljem', 'tühistatud', 'tegemata', 'hemolüüs', 'hemolüüsitud',
  'ebapiisav materjal', 'vt kommentaari', 'vt kommentaar', 'u obradi', 'slijedi', 'otkazano', 'nije učinjeno',
  'nije izvedeno', 'hemolitičan uzorak', 'vidi komentar', 'vidi napomenu', 'v delu', 'v obdelavi', 'preklicano',
  'ni opravljeno', 'ni izvedeno', 'hemoliziran vzorec', 'glej komentar', 'glej opombo', 'spracováva sa',
  'výsledok bude doplnený', 'nevyšetrené', 'hemolytická vzorka', 'nedostatok materiálu', 'pozri komentár',
  'viď komentár', 'u toku', 'nije urađeno', 'hemolizovan uzorak', 'nedovoljno uzorka', 'videti komentar',
  'đang thực hiện', 'chờ kết quả', 'đã hủy', 'không thực hiện', 'mẫu vỡ hồng cầu', 'tán huyết', 'xem ghi chú',
  'xem nhận xét', 'procesā', 'tiek izpildīts', 'atcelts', 'nav veikts', 'hemolīze', 'hemolizēts paraugs',
  'nepietiekams materiāls', 'skatīt komentāru', 'skat. komentāru', 'atliekamas', 'vykdomas', 'atšaukta', 'neatlikta',
  'hemolizė', 'hemolizuotas mėginys', 'nepakankamas mėginys', 'žr. komentarą', 'žiūrėti komentarą', 'dalam proses',
  'menyusul', 'batal', 'dibatalkan', 'tidak dikerjakan', 'sampel hemolisis', 'hemolisis', 'lihat keterangan',
  'lihat catatan', 'у обради', 'у току', 'отказано', 'није урађено', 'хемолизован узорак', 'недовољно узорка',
  'видети коментар', 'види коментар', 'në proces', 'në pritje', 'anuluar', 'nuk u krye', 'hemolizë',
  'kampion i hemolizuar', 'shih komentin', 'shiko komentin', 'قيد الإجراء', 'قيد التنفيذ', 'ملغي', 'لم يتم إجراؤه',
  'عينة متحللة', 'عينة غير كافية', 'انظر الملاحظات', 'انظر التعليق', 'í vinnslu', 'svar kemur síðar', 'hætt við',
  'ekki framkvæmt', 'sjá athugasemd', 'בביצוע', 'ממתין לתוצאה', 'בוטל', 'לא בוצע', 'המוליזה', 'כמות לא מספקת',
  'ראה הערה', 'ראה הערות', 'hemoliziran uzorak', 'vidjeti napomenu', 'รอผล', 'กำลังดำเนินการ', 'ยกเลิก', 'ไม่ได้ตรวจ',
  'เม็ดเลือดแดงแตก', 'สิ่งส่งตรวจไม่เพียงพอ', 'ดูหมายเหตุ', 'در حال انجام', 'در انتظار', 'لغو شد', 'انجام نشد',
  'همولیز', 'نمونه ناکافی', 'به توضیحات مراجعه شود', 'tidak dijalankan', 'sila rujuk ulasan', 'rujuk ulasan',
  'result to follow', 'awaited', 'test in progress', 'results to follow', 'test not performed', 'not performed',
  'insufficient sample', 'insufficient specimen', 'sample haemolysed', 'specimen hemolyzed', 'specimen rejected',
  'test cancelled', 'unable to perform', 'not received', 'see comments', 'see report', 'see interpretation',
];

const NO_RESULT = new RegExp(`^(?:\\*+\\s*)?(${[
  'pending', 'pnd', 'result pending', 'results pending', 'in process', 'in progress', 'to follow', 'result to follow', 'cancell?ed', 'canceled',
  'test cancell?ed', 'not performed', 'test not performed', 'tnp', 'quantity not sufficient', 'qns', 'insufficient sample', 'insufficient specimen',
  'specimen rejected', 'specimen not received', 'not received', 'hemolyzed', 'haemolysed', 'haemolyzed', 'clotted', 'specimen clotted', 'see note',
  'see comment', 'see below', 'see report', 'see separate report', 'not assayed', 'not done', 'not tested', 'not reported', 'no result',
  'discontinued', 'deleted', 'invalid',
  // (mend18) A note that the sample could not be tested, was sent away or is awaited (an HL7 `SEE NOTE`'s NTEs):
  // `Unable to perform: wrong container.`, `Referred to reference laboratory.`, `Please repeat.`, `Awaiting specimen.`
  'unable to (?:process|perform|test|analy[sz]e|report)', 'awaiting', 'referred to (?:a |the )?reference lab(?:oratory)?',
  'sent to (?:a |the )?reference lab(?:oratory)?', 'please (?:repeat|recollect|resend|re-send)',
  // (fixk) A value that does not apply or was not computed (Quest's `BUN/CREATININE RATIO  NOT APPLICABLE`): no result.
  'not applicable', 'not calculated', 'not calculable', 'unable to calculate',
  // (Longest first, so that `échantillon hémolysé` is read whole before `hémolyse` could be.)
  ...[...NO_RESULT_IN_OTHER_LANGUAGES].sort((a, b) => b.length - a.length),
].join('|')})(?![\\p{L}\\p{N}_])`, 'u');

/** Words a report prints in place of a result that is not there (yet), in English and the languages above. */
export function notAResultAt(tokens: readonly string[], i: number): string | null {
  const m = NO_RESULT.exec(resultWords(tokens.slice(i).map(resultWord)));
  return m ? m[1]! : null;
}

/** A token as NO_RESULT reads it: normalized and lower-cased. */
const resultWord = (t: string): string => t.normalize('NFC').toLowerCase();

/** Words (resultWord's) joined, the points at their end left out (`Pending.`, `Not done;`), as NO_RESULT reads them. */
function resultWords(words: readonly string[]): string {
  const joined = words.join(' ');
  let cut = joined.length;
  while (cut > 0 && RESULT_END_POINTS.has(joined[cut - 1]!)) cut--;
  return joined.slice(0, cut);
}

/**
 * (redos) The first place at or after `from` where notAResultAt reads words in place of a result, and those words,
 * the row's tokens joined, normalized and lower-cased once: asking notAResultAt at each place joined the rest of the
 * row again, the square of its length (a line of 5,000 characters of ` < < <`: 150 ms). Each token is normalized and
 * lower-cased alone, as in the joined text (the space between two tokens composes with nothing and stops a final
 * sigma's look either way); the ending points are left out of the whole once, as of each rest.
 */
export function firstNotAResult(tokens: readonly string[], from: number): { at: number; reason: string } | null {
  const words = tokens.map(resultWord);
  const end = resultWords(words);
  let at = 0;
  for (let i = 0; i < words.length; i++) {
    if (i >= from) {
      const m = NO_RESULT.exec(end.slice(Math.min(at, end.length)));
      if (m) return { at: i, reason: m[1]! };
    }
    at += words[i]!.length + 1;
  }
  return null;
}

/** The points resultWords leaves out at the end of the words (`Pending.`, `Not done;`). */
const RESULT_END_POINTS = new Set(['.', ',', ';', ':']);

/**
 * (labs48fix) Chinese and Korean flag words (`高`, `偏高`, `升高`; `높음`), as laboratory systems write them: high and
 * low. flags.ts's normalizeFlag reads them, and (labsreadfix) the text reader takes them as a flag token (FLAG_TOKENS),
 * a whole token only (`高密度脂蛋白`, high-density lipoprotein, is a name).
 */
export const CJK_HIGH_WORDS: readonly string[] = ['高', '偏高', '升高', '높음'];
export const CJK_LOW_WORDS: readonly string[] = ['低', '偏低', '降低', '낮음'];
/** (rangenote review) Spanish, Portuguese and Italian status words (`Alto`: an `Estado` column's, `(Alto)` after a range), high and low. */
export const ROMANCE_HIGH_WORDS: readonly string[] = ['alto', 'alta'];
export const ROMANCE_LOW_WORDS: readonly string[] = ['bajo', 'baja', 'baixo', 'baixa', 'basso', 'bassa'];
/**
 * (b65) Raised and lowered in Spanish, Portuguese, Italian, French and German (`elevado`, `elevato`, `élevé`; `erhöht`,
 * `erniedrigt`), the words' own meanings as `increased`/`decreased` are in English: whole tokens, lower-cased. Not the
 * French `bas` (low): `BAS` is the basophils' abbreviation as often — normalizeFlag reads it, as a phrase's word, in
 * brackets (OTHER_LANGUAGE_FLAG_PHRASES), never as a token alone. (cr2 leftover) German `hoch`/`niedrig` (high, low) as
 * well: `3,5 - 5,1 (hoch)` kept the word in the range's text and `Kalium 5,4 mmol/l hoch 3,5 - 5,1` read no row.
 * (fixnm) Turkish `yüksek`/`düşük` (high, low: an e-Nabız `Durum` column's) too.
 */
export const RAISED_WORDS: readonly string[] = ['elevado', 'elevada', 'elevato', 'elevata', 'élevé', 'élevée', 'erhöht', 'hoch', 'yüksek'];
export const LOWERED_WORDS: readonly string[] = ['erniedrigt', 'niedrig', 'düşük'];
/** Words as [word, the flag it says] pairs, for a map of flag words. */
const flagTokens = (flag: LabFlag, words: readonly string[]) => words.map((w) => [w, flag] as const);
/**
 * (labs38fix, b65m) Words that say which side of its range a value lies on, alone (`Below` of an app's status column;
 * `(below)`, `(oberhalb)` in brackets after a range): English `above`/`below`, German `oberhalb`/`unterhalb`, Portuguese
 * `acima`/`abaixo`, Italian `sopra`/`sotto`, Spanish `encima`/`debajo` — high and low, lower-cased. normalizeFlag reads
 * them; after a range they are the row's flag (text-report.parser.ts flagPhraseToEnd), never a tier's label or a note
 * of the range, a one-sided range before them keeping its bound. Alone in a cell they are no status (flags.ts
 * isStatusWords): before a number (`Above 60`, `acima de 40`) they are a bound's words as often.
 */
export const RANGE_SIDE_WORDS: ReadonlyMap<string, LabFlag> = new Map([
  ...flagTokens('high', ['above', 'oberhalb', 'acima', 'sopra', 'encima']),
  ...flagTokens('low', ['below', 'unterhalb', 'abaixo', 'sotto', 'debajo']),
]);
/**
 * (b65) Flag phrases of other languages, lower-cased, each with its side: Spanish (`Valor elevado`, `por encima`, `por
 * debajo`), German (`oberhalb Referenzbereich`, `unterhalb des Referenzbereichs`), French (`au-dessus`, `en dessous`,
 * `bas`), Portuguese (`acima`, `abaixo` of the reference). normalizeFlag reads them whole, as it reads Dutch's `Boven
 * referentiewaarde`; the text reader takes them in brackets after a value or a range, or as a phrase ending the row.
 */
export const OTHER_LANGUAGE_FLAG_PHRASES: ReadonlyMap<string, LabFlag> = new Map([
  ...flagTokens('high', ['valor elevado', 'valor alto', 'por encima', 'por encima del rango', 'por encima del valor de referencia',
    'oberhalb referenzbereich', 'oberhalb des referenzbereichs', 'oberhalb der norm', 'über referenzbereich',
    'au-dessus', 'au dessus', 'au-dessus de la normale', 'valeur élevée', 'valore alto', 'valore elevato',
    'acima do valor de referência', 'acima da referência', 'valor aumentado',
    // (telaag) Too high, too low: Dutch, German, Swedish, Danish, Norwegian, Finnish and English (`Te laag` after a Dutch
    // portal's range; `Wert zu niedrig`, `Liian matala`, `too low`).
    // (set 28) Above and below the Swedish normal or reference interval (`Över normalintervallet`, a consumer card's status).
    'över normalintervallet', 'över referensintervallet',
    'te hoog', 'zu hoch', 'för hög', 'för högt', 'for høj', 'for høy', 'wert zu hoch', 'liian korkea', 'too high']),
  ...flagTokens('low', ['valor bajo', 'valor disminuido', 'por debajo', 'por debajo del rango', 'por debajo del valor de referencia',
    'unterhalb referenzbereich', 'unterhalb des referenzbereichs', 'unterhalb der norm', 'unter referenzbereich',
    'en dessous', 'en-dessous', 'au-dessous', 'en dessous de la normale', 'bas', 'basse', 'valeur basse', 'valore basso',
    'abaixo do valor de referência', 'abaixo da referência', 'valor diminuído',
    'under normalintervallet', 'under referensintervallet',
    'te laag', 'zu niedrig', 'för låg', 'för lågt', 'for lav', 'wert zu niedrig', 'liian matala', 'too low']),
]);

/**
 * (cyrflag) Russian, Ukrainian and Bulgarian flag words after a range: raised, high (`повышен`, `повыш.`, `высокий`;
 * `підвищено`, `підвищений`, `високий`; `повишен`, `висок`) and lowered, low (`понижен`, `пониж.`, `низкий`; `знижено`,
 * `знижений`, `низький`; `понижен`, `нисък`) — the words' own meanings, as `increased`/`decreased` are in English.
 * Whole tokens, lower-cased, the abbreviation with its point.
 */
export const SLAVIC_HIGH_WORDS: readonly string[] = ['повышен', 'повышено', 'повыш.', 'высокий', 'підвищено', 'підвищений', 'підвищ.', 'високий', 'повишен', 'висок'];
export const SLAVIC_LOW_WORDS: readonly string[] = ['понижен', 'понижено', 'пониж.', 'низкий', 'знижено', 'знижений', 'зниж.', 'низький', 'нисък'];
/**
 * (cyrflag review, b65) Whether a row's flag is a word or phrase of another language than English — the Russian,
 * Ukrainian and Bulgarian words (SLAVIC_HIGH_WORDS, SLAVIC_LOW_WORDS), the raised and lowered words (RAISED_WORDS,
 * LOWERED_WORDS), the flag phrases (OTHER_LANGUAGE_FLAG_PHRASES) and (b65m) the range-side words but English's
 * (RANGE_SIDE_WORDS: `oberhalb`, `abaixo`), in brackets or not: it gives way to a printed range
 * that says otherwise (text-report.parser.ts foreignFlagWordGivesWay), as an English status phrase does (flags.ts
 * phraseGivesWay).
 */
export function isOtherLanguageFlagWord(flag: string): boolean {
  const word = flag.trim().replace(/^\((.*)\)$/, '$1').toLowerCase().replace(/\s+/g, ' ');
  return SLAVIC_HIGH_WORDS.includes(word) || SLAVIC_LOW_WORDS.includes(word) || RAISED_WORDS.includes(word) || LOWERED_WORDS.includes(word)
    || OTHER_LANGUAGE_FLAG_PHRASES.has(word) || (RANGE_SIDE_WORDS.has(word) && word !== 'above' && word !== 'below');
}

/**
 * (worldnames) High and low as one word in the languages of world-names.ts's helper (its words.tsv, high confidence,
 * written from knowledge): Swedish, Norwegian, Danish, Finnish, Dutch, Romanian, Polish, Czech, Croatian, Hungarian,
 * Greek, Japanese, Vietnamese, Indonesian, Catalan and French words the lists above lacked. Not Catalan `alt` (ALT, the
 * enzyme) nor `bas` alone (the basophils: readFlag's basflag reads it before a range), Vietnamese `cao` left out too.
 */
const WORLD_HIGH_WORDS = ['hög', 'högt', 'høy', 'høj', 'korkea', 'hoog', 'verhoogd', 'crescut', 'wysoki', 'wysoka', 'podwyższony', 'podwyższona', 'zvýšený', 'zvýšená', 'povišen', 'magas', 'emelkedett', 'υψηλό', 'υψηλή', 'αυξημένο', 'αυξημένη', '高値', 'tinggi'];
const WORLD_LOW_WORDS = ['låg', 'lågt', 'lav', 'matala', 'laag', 'verlaagd', 'diminué', 'diminuée', 'baix', 'scăzut', 'niski', 'niska', 'obniżony', 'obniżona', 'snížený', 'snížená', 'snižen', 'alacsony', 'csökkent', 'χαμηλό', 'χαμηλή', '低値', 'thấp', 'rendah'];

/**
 * Flags as reports print them, in a column of their own or stuck to the value, and what each says: the text reader's
 * flag tokens (parseFlagToken), and the words flags.ts normalizeFlag reads first (it reads more words besides).
 */
export const FLAG_TOKENS: ReadonlyMap<string, LabFlag> = new Map([
  // A star before the letter (`*B`: bajo, baixa; `*H`, `*L`), as Spanish and Portuguese printouts mark a result: low
  // and high. `*A` is alto there but abnormal in English (HL7's `A`): abnormal here, high only where the reader sees the
  // value above its range or the report print `*B` too (text-report.parser.ts, `starAFlags`).
  // (rangenote review) The Spanish, Portuguese and Italian words themselves (`Alto`, `Bajo`, `Baixa`, `Basso`).
  // (b65) Raised and lowered in other languages (`elevado`, `erhöht`, `erniedrigt`: RAISED_WORDS, LOWERED_WORDS).
  // (set 8, MN07) English `Elevated` and `Decreased` beside the value too (`Lead (Pb)  6.8  Elevated  < 2`: a metals
  // report's; the row had been lost).
  ...flagTokens('high', ['h', 'high', 'elevated', '▲', '↑', '△', '*h', ...ROMANCE_HIGH_WORDS, ...RAISED_WORDS, ...CJK_HIGH_WORDS, ...SLAVIC_HIGH_WORDS, ...WORLD_HIGH_WORDS]),
  ...flagTokens('low', ['l', 'low', 'decreased', '▼', '↓', '▽', '*b', '*l', ...ROMANCE_LOW_WORDS, ...LOWERED_WORDS, ...CJK_LOW_WORDS, ...SLAVIC_LOW_WORDS, ...WORLD_LOW_WORDS]),
  // (ocrlis) A side letter with a critical value's stars (`H***`, `L**`: hospital systems' printouts) is critical on
  // that side, as `H*` is.
  ...flagTokens('critical-high', ['hh', 'h*', 'h**', 'h***', 'ch']),
  ...flagTokens('critical-low', ['ll', 'l*', 'l**', 'l***', 'cl']),
  // (pdf7) A critical value's double arrow (`↑↑`, `↓↓`, `▲▲`, `▼▼`, and the one-character `⇈`/`⇊`): critical high or
  // low, a token alone as the single arrow is.
  ...flagTokens('critical-high', ['↑↑', '▲▲', '⇈']),
  ...flagTokens('critical-low', ['↓↓', '▼▼', '⇊']),
  ...flagTokens('abnormal', ['a', '*a', 'aa', '*', '**', '!', 'abnormal', 'abn', 'critical', 'crit', 'c', 'panic']),
  ...flagTokens('normal', ['n', 'normal', '✓', '✔']),
]);

/**
 * (flagcol) A side letter alone (tokens.ts sideLetter): the low letter of French, Spanish, Portuguese and Italian
 * reports (`B`: bas, bajo, baixo, basso; `(B)`, `[B]`; not `b`) and (cyrflag) the Cyrillic `Н` (low) and `В` (high).
 * No flag token (FLAG_TOKENS): a `B` alone is as often a blood group, a name's letter (`Hepatitis B`) or a type, `В`
 * a name's letter (`Гепатит В`), `Н` норма's. The text reader takes such a letter for a flag only in a flag position
 * (after a numeric value or its range, under a flag column), and where a range is printed only when the value lies on
 * the letter's side of it (text-report.parser.ts sideLetterFlag).
 */
export function isSideLetter(token: string): boolean {
  return sideLetter(token) !== null;
}

/**
 * (cyrflag) The side such a letter says, and whether it says it only where a printed range says the same
 * (`rangeOnly`). The Cyrillic `Н` (низкий, низький, нисък: low) and `В` (высокий, високий, висок: high), as Russian,
 * Ukrainian and Bulgarian forms mark a result: no published table of these letters was found, and `Н` is as well the
 * first letter of норма (normal), `В` a name's letter (`Гепатит В`) — so they are taken only where the value lies on
 * their side of the printed range, never from a flag column alone.
 */
export function sideLetter(token: string): { side: 'low' | 'high'; rangeOnly: boolean } | null {
  // Uppercase only, brackets matched: `b` is a footnote's letter, `(B]` no flag.
  const m = /^(?:([BНВ])|\(([BНВ])\)|\[([BНВ])\])$/.exec(cleanToken(token));
  const letter = m ? (m[1] ?? m[2] ?? m[3])! : null;
  return letter === null ? null : { side: letter === 'В' ? 'high' : 'low', rangeOnly: letter !== 'B' };
}

/**
 * A plus printed apart after a value as its flag (German and Austrian `7,9 +`, `+ oberhalb des Referenzbereichs`;
 * Chilean and Argentine `(+)`): the row reader's (text-report.parser.ts readFlag) and a value cell's (looseFlagAfterValue).
 */
export const PLUS_FLAG = /^(?:\+|\(\+\))$/;
/**
 * The French `bas`/`basse` (low) as a flag: readFlag's basflag before a range, and a value cell's. Written in any case
 * there; in a value cell not in capitals (`BAS` is the basophils' as often: review 31, review 33).
 */
export const FRENCH_LOW_FLAG = /^bas(?:se)?$/i;

/**
 * (cumulplus) A value cell of a number and a flag apart that is no flag token elsewhere: a plus (PLUS_FLAG: `231 +`,
 * `12,4 +`, `48 (+)`; not after a digit of a urine grade, `2 +`) or, in a table's value cell (`inCell`), the French `bas`
 * not in capitals (`10.8  bas`: FRENCH_LOW_FLAG). The flag (`+` for a plus), or null.
 */
export function looseFlagAfterValue(tokens: readonly string[], inCell: boolean): string | null {
  if (tokens.length !== 2 || !/^\d/.test(tokens[0]!) || parseValueToken(tokens[0]!) === null) return null;
  if (PLUS_FLAG.test(tokens[1]!)) return /^[1-4]$/.test(tokens[0]!) ? null : '+';
  return inCell && FRENCH_LOW_FLAG.test(tokens[1]!) && tokens[1] !== tokens[1]!.toUpperCase() ? tokens[1]! : null;
}

/** A printed flag token (`H`, `(L)`, `[HH]`, `High`, `*`), normalized to its bare form; null when it is none. */
export function parseFlagToken(token: string): string | null {
  const bare = cleanToken(token).replace(/^[([]|[)\]]$/g, '');
  return FLAG_TOKENS.has(bare.toLowerCase()) ? bare : null;
}

/**
 * A date as reports print it: `05/19/2023`, `5/19/23`, `01.03.2025`, `19-05-2023` (one separator throughout: `1.5-25`
 * is a range), `2023-05-19` (with its time, `2023-05-19T08:15`), `01-Mar-2025`.
 */
export function isDateToken(token: string): boolean {
  return /^(?:\d{1,2}([/.-])\d{1,2}\1(?:\d{2}|\d{4})|\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?|\d{1,2}-[A-Za-z]{3}-(?:\d{2}|\d{4}))$/.test(token);
}

/**
 * A time of day as printed beside a date: `08:15`, `8:15:30`, `08:15am`, `AM`, `hrs`, and `h` of `08:30 h` (lower case:
 * `H` is a flag). (boundwords) And the French, Portuguese and Spanish hour with its minutes (`08h10`, `14H32`, `8h05`:
 * `Prélevé le 12/03/2025 à 08h10`), never a value and a unit.
 */
export function isTimeToken(token: string): boolean {
  return /^(?:\d{1,2}:\d{2}(?::\d{2})?(?:am|pm)?|am|pm|hrs?|(?:[01]?\d|2[0-3])h[0-5]\d)$/i.test(token) || token === 'h';
}

/**
 * Answers of presence (what a urine strip's pad answers too): negative, positive, trace, detected, absent, present, in
 * English and in Spanish, Portuguese, Italian, French, German and Dutch (`Proteínas  NEGATIVO`, `Negatief`, `Ausente`).
 */
const PRESENCE_VALUES = [
  ['not', 'detected'], ['none', 'detected'], ['negative'], ['positive'], ['detected'], ['trace'], ['absent'], ['present'], ['neg'], ['pos'],
  ['negativo'], ['negativa'], ['positivo'], ['positiva'], ['négatif'], ['négative'], ['positif'], ['negativ'], ['positiv'],
  ['negatief'], ['positief'], ['ausente'], ['presente'], ['assente'],
  // (b67u) French feminine and accented forms, Italian traces (`Glucose  présent`, `Protéines  absente`, `Proteine  tracce`).
  ['présent'], ['présente'], ['absente'], ['tracce'],
  // (b67u2) Their plurals (`Nitriti  assenti  assenti`, `Cristaux  absents`).
  ['assenti'], ['presenti'], ['absents'], ['absentes'], ['présents'], ['présentes'], ['presentes'],
  // (labs52fix) `Nil` (none: an Indian or British urine report's `Proteins  Nil  Nil`), as `Absent` is read.
  ['nil'],
  // (labsgap) `Not seen`, a smear's absence (`Malaria Parasite  Not seen`), as `Not detected` is a test's: no strip's.
  ['not', 'seen'],
  // (labsleft) `Seen`, a smear's presence (`Malaria Parasite  Seen`), the counterpart of `Not seen`. (`None seen` is
  // left out: outside a urine section `Blood: None seen` is no result, labs17fix.) (leftfix) A row it answers is kept
  // only where a microscope's or a smear's answer may stand (text-report.parser.ts seenAnswers): `Status: Seen` is none.
  ['seen'],
  // (labs50fix) Indonesian, Malay and Turkish negative (`Negatif`; their positive is French's `positif`).
  ['negatif'],
  ['no', 'detectado'], ['não', 'detectado'], ['não', 'contém'], ['nao', 'contem'], ['non', 'rilevato'], ['indicios'], ['traces'], ['spuren'],
  // (urinept) Portuguese and Spanish urinalyses' answers as printed with or without their accents (`NÃO CONTÉM` typed
  // `Não contem`, `Ausentes`, `No contiene`, `Indícios`, `Traços`, `Trazas`).
  ['não', 'contem'], ['nao', 'contém'], ['ausentes'], ['no', 'contiene'], ['indícios'], ['traços'], ['tracos'], ['trazas'],
  // (labs48fix) Chinese (simplified and traditional), Japanese and Korean negative and positive.
  ['阴性'], ['阳性'], ['陰性'], ['陽性'], ['음성'], ['양성'],
  // (b62) Vietnamese negative and positive (`Âm tính`, `Dương tính`).
  ['âm', 'tính'], ['dương', 'tính'],
  // (countries) Czech, Polish, Russian, Ukrainian, Finnish, Greek, Hungarian and Turkish negative and positive (`S_HBsAg
  // negativní  negativní`, `HBsAg  отрицательно  отрицательно` read no row), and Russian and Ukrainian `not found`.
  ['negativní'], ['pozitivní'], ['negativni'], ['pozitivni'], ['ujemny'], ['dodatni'], ['negatywny'], ['pozytywny'],
  ['отрицательно'], ['отрицательный'], ['положительно'], ['положительный'], ['не', 'обнаружено'], ['обнаружено'],
  ['негативно'], ['негативний'], ['позитивно'], ['позитивний'], ['не', 'виявлено'], ['виявлено'],
  ['negatiivinen'], ['positiivinen'], ['αρνητικό'], ['θετικό'], ['αρνητικο'], ['θετικο'], ['negatív'], ['pozitív'], ['pozitif'],
] as const;
/**
 * How a specimen looks, as a serum's or a fluid's aspect is answered (`ASPECT DU SERUM  Limpide`, `Aspect du liquide
 * Trouble`): clear or clouded, in English, French, Spanish, Portuguese, Italian and German. Not read as a value inside a
 * row (`qualitativeValueAt`): a name the catalog knows answers in such words as its section allows (a urine's
 * `Appearance  Clear`, not a CSF's); only a row of a name and this answer alone is read by them (`isQualitativeAnswer`),
 * inside a table and under a name that asks how something looks (`isAspectAnswer`). (Colours are no such word: `Yellow`
 * names a great deal else.)
 */
const ASPECT_VALUES = [
  // (fix53) `Slightly Hazy`, `Very Cloudy`: a degree before the English words.
  ['clear'], ['cloudy'], ['turbid'], ['hazy'], ['slightly', 'cloudy'], ['slightly', 'turbid'], ['slightly', 'hazy'], ['very', 'cloudy'],
  ['very', 'turbid'], ['very', 'hazy'], ['limpide'], ['trouble'], ['opalescent'],
  ['opalescente'], ['lactescent'], ['lactescente'], ['légèrement', 'trouble'], ['límpido'], ['limpido'], ['límpida'], ['limpida'],
  ['turbio'], ['turbia'], ['turvo'], ['turva'], ['torbido'], ['torbida'], ['klar'], ['trüb'], ['leicht', 'trüb'],
  // (b67u) French `Clair` (`Aspect  Trouble  Clair`), German `trübe`, and a degree before the Italian and Portuguese words.
  ['clair'], ['claire'], ['trübe'], ['leicht', 'trübe'], ['leggermente', 'torbido'], ['ligeiramente', 'turvo'], ['levemente', 'turvo'],
  // (portals review) Russian and Ukrainian (`Прозрачность  прозрачная`, `Прозорість  прозора`): read as a heading, the
  // line had ended the urine section above it.
  ['прозрачная'], ['прозрачный'], ['мутная'], ['мутный'], ['слабо', 'мутная'], ['прозора'], ['прозорий'], ['каламутна'], ['мутна'], ['злегка', 'каламутна'],
  // (labs51fix) Indonesian and Malay (`Jernih`, `Agak Keruh`): json-records' CLARITY_ANSWER before, `agak`, `sedikit`
  // or `sangat` before either word (readfixA: `Sedikit Jernih` was lost in the merge).
  ['jernih'], ['keruh'], ['agak', 'jernih'], ['agak', 'keruh'], ['sedikit', 'jernih'], ['sedikit', 'keruh'], ['sangat', 'jernih'], ['sangat', 'keruh'],
] as const;
/**
 * (labs51fix) Colours as a urine's colour is answered, one vocabulary (json-records' COLOR_ANSWER and coding's strip
 * yellows had each their own): a base colour word (`Yellow`, `Amber`, `Straw`, `Red`, `Colourless`; Indonesian
 * `Kuning`, Spanish `Amarillo`, German `Gelb` …) with at most a shade word before or after it (`Pale`, `Dark`, `Lemon`,
 * `Straw` before a yellow, `muda`, `claro`, `hell`, `clair` …: `Lemon Yellow`, `Straw-yellow`, `Kuning muda`, `Amarillo
 * claro`). Not an answer in words of any row (a colour names a great deal else): an answer only of a test the catalog
 * answers in colours (json-records' answerOfKind), and a strip's answer only as a yellow (coding's isStripAnswer).
 */
// (labs51fix2) The shade words by the lightness they say: light (`Pale`, `Light`, `Lemon`, Indonesian `muda`, `pucat`,
// Spanish and Portuguese `claro`, Italian `chiaro`, German `hell`, French `pâle`, `clair`), dark (`Dark`, `Deep`,
// Indonesian `tua`, `oscuro`, `escuro`, `scuro`, `dunkel`, `foncé`), or neither (`Bright`; `kemerahan`, reddish, a
// shift of hue).
// (urinept) Their feminine forms as a Portuguese or Spanish `cor` is answered (`Amarela clara`, `Amarilla oscura`), and
// Portuguese `citrino` (lemon) and `palha` (straw) after a yellow (`Amarelo citrino`, `Amarelo palha`).
// (b67u) Italian `paglierino` and French `paille` (straw) after a yellow (`Giallo paglierino`, `Jaune paille`).
// (cyrurine) Russian and Ukrainian shades before a hyphen (`светло-желтый`, `соломенно-желтый`, `солом'яно-жовтий`,
// `темно-желтый`).
const LIGHT_SHADE = String.raw`very pale|p[âa]le|light|lemon|muda|pucat|claro|clara|chiaro|hell|clair|citrino|palha|paglierino|paille|светло|світло|соломенно|солом['’]яно|бледно|блідо`;
const DARK_SHADE = String.raw`dark|deep|tua|oscuro|oscura|escuro|escura|scuro|dunkel|fonc[ée]|темно`;
const COLOUR_SHADE = String.raw`${LIGHT_SHADE}|${DARK_SHADE}|bright|kemerahan`;
const COLOUR_ANSWER = new RegExp(String.raw`^(?:(${COLOUR_SHADE})[ -])?(?:(straw)[ -])?(yellow|straw|amber|orange|red|brown|colou?rless|pink|green|kuning|merah|coklat|cokelat|jingga|oranye`
  + String.raw`|amarillo|amarelo|giallo|jaune|gelb|hellgelb|dunkelgelb|rojo|vermelho|rosso|rouge|rot|incoloro|incolore|farblos|marr[oó]n|braun`
  // (urinept) Portuguese and Spanish feminine colours (a `cor` is feminine: `Amarela`, `Amarilla`, `Vermelha`, `Roja`),
  // `Incolor`, `Âmbar` (Spanish `Ámbar`). (`Citrino`, `Palha` only after a yellow, LIGHT_SHADE: alone, a colour word
  // after `Amarelo` would read as a range, colourAgainstColour.)
  + String.raw`|amarela|amarilla|vermelha|roja|incolor|[áâa]mbar`
  // (cyrurine) Russian and Ukrainian (`Цвет  желтый`, `Колір  солом'яно-жовтий`): yellow, colourless, amber, red, brown, orange, pink.
  + String.raw`|желтый|жёлтый|жовтий|бесцветный|безбарвний|янтарный|бурштиновий|красный|червоний|коричневый|коричневий|оранжевый|помаранчевий|розовый|рожевий`
  + String.raw`)(?:[ -](${COLOUR_SHADE}))?$`, 'i');

/** (labs51fix) Whether a text is a colour's answer (COLOUR_ANSWER: `Yellow`, `Pale yellow`, `Lemon Yellow`, `Kuning muda`). */
export function isColourAnswer(text: string): boolean {
  return COLOUR_ANSWER.test(text.trim());
}

/**
 * (labs51fix) A colour answer's base colour word, lower case, its shades aside (`Lemon Yellow` and `Pale Yellow`:
 * `yellow`; `Kuning muda`: `kuning`; readfixA: folded, `Marrón` `marron`, `Colourless` `colorless`); undefined for a text that is no colour answer. (labs51fix2) A straw is a
 * yellow, a light one (`Straw`, `Straw yellow`: `yellow`), German `hellgelb` and `dunkelgelb` a `gelb`.
 */
export function colourBase(text: string): string | undefined {
  return colourShade(text)?.base;
}

/**
 * (leftfix) `/^(.*?)\s*(?:ending)/` read as the leftmost place `ending` (a regex that ends in `$`) matches and the text
 * before it, trimmed, on one line: [text, before, …ending's groups] as that regex's match, or null. The lazy `(.*?)`
 * and the `\s*` after it scanned a run of spaces from every start, the square of its length (table.ts's header words,
 * catalog.ts's names).
 */
export function beforeEnding(text: string, ending: RegExp): string[] | null {
  const m = ending.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index).trimEnd();
  return /[\n\r\u2028\u2029]/.test(before) ? null : [text, before, ...m.slice(1)];
}

/**
 * (leftfix) A text's parenthesis at its end and what stands before it, as `/^(.*?)\s*\(([^)]*)\)\s*$/` reads them
 * (`flat`: `/^(.*?)\s*\(([^()]*)\)\s*$/`, no parenthesis inside), in one pass: the lazy `(.*?)` and the `\s*` after it
 * each scanned a run of spaces from every start, the square of its length (200,000 spaces in a JSON record's value,
 * read as a header's cell, took about 50 s). [before, inside], or null.
 */
export function trailingParenthesis(text: string, flat = false): [string, string] | null {
  const parts = parenthesisAtEnd(text, flat);
  // (`.` reads no line's end.)
  if (!parts || /[\n\r\u2028\u2029]/.test(parts[0])) return null;
  return parts;
}

/** trailingParenthesis's [before, inside] on any text, a line's end before the parenthesis too. */
function parenthesisAtEnd(text: string, flat: boolean): [string, string] | null {
  const t = text.trimEnd();
  const close = t.length - 1;
  if (t[close] !== ')') return null;
  // The opening parenthesis: the first after the last `)` before this one (the lazy `(.*?)`), or the last before it
  // when nothing inside may be a parenthesis.
  const closedBefore = t.lastIndexOf(')', close - 1);
  const open = flat ? t.lastIndexOf('(', close - 1) : t.indexOf('(', closedBefore + 1);
  if (open < 0 || open <= closedBefore || open >= close) return null;
  return [t.slice(0, open).trimEnd(), t.slice(open + 1, close)];
}

/**
 * (redos) A text without its parenthesis at the end and the spaces about it, as `text.replace(/\s*\([^)]*\)\s*$/, '')`
 * leaves it, in one pass: the regex tried `\s*` from each place of a run of spaces and `[^)]*` from each `(`.
 */
export function withoutTrailingParenthesis(text: string): string {
  return parenthesisAtEnd(text, false)?.[0] ?? text;
}

/**
 * (readfixA) A text without its accents and other combining marks (`Análisis` `Analisis`, `Marrón` `Marron`): the one
 * accent fold of the reader (the text reader's names, the records reader's headings, the catalog's specimen checks,
 * the colour answers); a caller that also lower-cases does so itself.
 */
export function withoutMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * (review 35) A text's Latin letters spelt plain: their accents dropped (U+0300–036F) and the letters that have none
 * spelt in ASCII (`đ` d, `ı` i, `ł` l, `ø` o, `æ` ae, `ß` ss), other scripts' marks kept (Thai vowels, Japanese voicing,
 * the Arabic hamza: withoutMarks drops them). The one fold of world-names.ts worldKey, catalog.ts dashWordsFolded and
 * table.ts headerWords; case as printed.
 */
export function withLatinLettersPlain(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ı/g, 'i')
    .replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/ß/g, 'ss');
}

/**
 * (world-words) A label's words in one spelling, in any script: Latin letters plain (withLatinLettersPlain), every other
 * mark off too (withoutMarks: Greek `Αποτέλεσμα` as its capitals `ΑΠΟΤΕΛΕΣΜΑ` print it), lower case, anything but
 * letters and digits one space. The key of table.ts WORLD_HEADERS and text-report.parser.ts WORLD_URINE_HEADINGS.
 */
export function labelKey(text: string): string {
  return withoutMarks(withLatinLettersPlain(text)).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * An Arabic-script name in one spelling, as laboratories type the same word with or without its hamza, article or
 * marks (`الالبومين` and `الألبومين`, `ألبومين`): no tatweel or vowel marks, `أ` `إ` `آ` as `ا`, the final `ى` and the
 * Persian `ی` as `ي`, the Persian `ک` as `ك`, and each word of more than four letters without its article `ال` (withoutArticle). A text
 * of no Arabic letter as it is. The one fold of catalog.ts arabicKey and world-names.ts worldKey.
 */
export function withArabicLettersPlain(text: string): string {
  if (!/\p{Script=Arabic}/u.test(text)) return text;
  return text.replace(/[\u0640\u064B-\u065F\u0670]/g, '').replace(/[أإآ]/g, 'ا').replace(/[ىی]/g, 'ي').replace(/ک/g, 'ك')
    .split(/(\s+)/).map(withoutArticle).join('');
}

/** An Arabic word of more than four letters without its article, and without a second `ال` its loanword begins with
 * (`البومين`, albumin: so that the fold folds its own output to itself). */
function withoutArticle(word: string): string {
  let w = word;
  while (w.length > 4 && w.startsWith('ال')) w = w.slice(2);
  return w;
}

/**
 * (labs51fix2) A colour answer's base colour (colourBase) and the lightness its shade words say: `light` (LIGHT_SHADE,
 * a straw, `hellgelb`), `dark` (DARK_SHADE, `dunkelgelb`; a dark word wins over a light one), `reddish`
 * (`kemerahan`), or `plain` (none, or `Bright`).
 */
function colourShade(text: string): { base: string; lightness: 'light' | 'dark' | 'reddish' | 'plain' } | undefined {
  const m = COLOUR_ANSWER.exec(text.trim());
  if (!m) return undefined;
  // (readfixA) Spelled either way, one colour: accents and `colour`/`color` folded (`Marrón` and `Marron`,
  // `Colourless` and `Colorless`).
  const printed = withoutMarks(m[3]!).toLowerCase().replace(/^colou?r/, 'color');
  // (urinept) A feminine colour is its masculine's (`Amarela` an `amarelo`), `Incolor` an `incoloro`.
  const base = printed === 'straw' ? 'yellow' : /^(?:hell|dunkel)gelb$/.test(printed) ? 'gelb'
    : ownEntry(FEMININE_COLOURS, printed) ?? printed;
  const words = [m[1], m[4]].filter((w): w is string => w !== undefined).map((w) => w.toLowerCase());
  const lightness = words.some((w) => DARK_SHADE_WORD.test(w)) || printed === 'dunkelgelb' ? 'dark'
    : words.includes('kemerahan') ? 'reddish'
      : words.some((w) => LIGHT_SHADE_WORD.test(w)) || m[2] !== undefined || printed === 'straw' || printed === 'hellgelb' ? 'light' : 'plain';
  return { base, lightness };
}
/** (urinept) Portuguese and Spanish colours' feminine forms, as their base colour (colourShade). */
const FEMININE_COLOURS: Record<string, string> = {
  amarela: 'amarelo', amarilla: 'amarillo', vermelha: 'vermelho', roja: 'rojo', incolor: 'incoloro',
  // (cyrurine) Russian and Ukrainian yellows and ambers (their `й` without its breve, withoutMarks) as the English words,
  // so that a strip's colour answer (isStripColour) is one in these languages too.
  желтыи: 'yellow', жовтии: 'yellow', янтарныи: 'amber', бурштиновии: 'amber',
};
const LIGHT_SHADE_WORD = new RegExp(`^(?:${LIGHT_SHADE})$`, 'i');
const DARK_SHADE_WORD = new RegExp(`^(?:${DARK_SHADE})$`, 'i');

/**
 * (labs51fix2) Whether a colour answer is a shade of its reference's colour, as a clinician reads a urine's: one base
 * colour (colourBase) and one lightness, a plain colour the same as a light one (`Yellow` against `Pale Yellow`,
 * `Straw` against `Pale Yellow`, `Lemon Yellow` against `Pale Yellow`: normal); a dark shade only against a dark one
 * (`Dark yellow` against `Yellow` or `Pale Yellow`, `Amarillo oscuro` against `Amarillo claro`: a concentrated urine,
 * no normal), a reddish only against a reddish.
 */
export function sameColourShade(text: string, reference: string): boolean {
  const a = colourShade(text);
  const b = colourShade(reference);
  if (!a || !b || a.base !== b.base) return false;
  const family = (l: string) => (l === 'plain' ? 'light' : l);
  return family(a.lightness) === family(b.lightness);
}

/**
 * (b67u2) The flag of a urine's colour or aspect answered in words against the word its reference prints, when the
 * report printed none (the text reader's colourAgainstColour and aspectAgainstAspect): a colour of the reference's base
 * colour (`giallo paglierino` against `giallo paglierino`, `Pale yellow` against `Light Yellow`: colourBase, labs52fix)
 * normal, (fixu) but a dark shade against a reference that is none (`Jaune foncé` against `Jaune`) abnormal; another
 * colour (`Red` against `Yellow`) no flag; the same aspect normal,
 * a clouded aspect against a clear reference (`Trouble` against `Clair`, `leicht trüb` against `klar`) abnormal, any
 * other pair (`Clear` against `Cloudy`) no flag. Null too where either side is no word of that kind.
 */
export function wordAgainstWordFlag(kind: 'color' | 'aspect', answer: string, reference: string): 'normal' | 'abnormal' | null {
  if (kind === 'color') {
    const base = colourBase(answer);
    if (base === undefined || base !== colourBase(reference)) return null;
    // (fixu) A dark shade against a reference that is none (`Jaune foncé` against `Jaune`, `Dark yellow` against `Pale
    // yellow`): a concentrated urine, as sameColourShade reads it — abnormal, no longer normal.
    const dark = (t: string) => colourShade(t)?.lightness === 'dark';
    return dark(answer) && !dark(reference) ? 'abnormal' : 'normal';
  }
  if (!isAspectAnswer(answer) || !isAspectAnswer(reference)) return null;
  const fold = (w: string) => foldAnswer(w).replace(/\s+/g, ' ').trim();
  if (fold(answer) === fold(reference)) return 'normal';
  return CLEAR_ASPECT.test(fold(reference)) && !CLEAR_ASPECT.test(fold(answer)) ? 'abnormal' : null;
}
/** (b67u; b67u2 moved here) A clear aspect's words, folded: `clear`, `klar`, `clair`, `limpido`, `limpide`, `jernih` …. */
const CLEAR_ASPECT = /^(?:clear|klar|clair|claire|limpid[oae]|limpide|jernih)$/;

/** (labs51fix) A urine strip's colour answer (coding's isStripAnswer): a yellow (a straw is one: colourShade) or an amber, of any shade. */
export function isStripColour(text: string): boolean {
  return /^(?:yellow|amber)$/.test(colourBase(text) ?? '');
}

/**
 * (set 8) A result below the assay's detection or quantitation limit, printed with no number (`<dl`, `<DL`, `<LOD`,
 * `<LOQ`; tokenizeLine joins `< dl`): no unit (`dl` is no decilitre here), a censored answer whose flag is normal
 * against a range with an upper bound alone (flags.ts flagFromRange). The words once: the answers' list, the token and
 * the tokenizer's join read them from here.
 */
const DETECTION_LIMIT_WORDS = ['dl', 'lod', 'loq'] as const;
export const DETECTION_LIMIT = new RegExp(`^<(?:${DETECTION_LIMIT_WORDS.join('|')})$`, 'i');
const DETECTION_LIMIT_APART = new RegExp(`(?<=^|\\s)<\\s+(${DETECTION_LIMIT_WORDS.join('|')})(?=$|\\s)`, 'gi');

/** Qualitative results reports print in the value column: those of presence, a serology's, a culture's, a specimen's adequacy. */
const QUALITATIVE_VALUES = [
  ...PRESENCE_VALUES,
  ['non', 'reactive'], ['non-reactive'], ['nonreactive'], ['reactive'], ['equivocal'], ['indeterminate'], ['no', 'growth'],
  // (set 28) A drug screen's presumptive positive (AS/NZS 4308, on-site devices: `NON-NEGATIVE`, sent for confirmation).
  ['non-negative'], ['non', 'negative'],
  // (labs50fix) Indonesian and Malay (`Non Reaktif`, `Reaktif`), as catalog.ts reads `reaktif` in names.
  ['non', 'reaktif'], ['non-reaktif'], ['nonreaktif'], ['reaktif'],
  // (fix2) Portuguese, Spanish, Italian and French (`Não reagente`, `No reactivo`, `Non reattivo`, `Non réactif`), with or
  // without their accents, as the English `Non reactive` / `Reactive`.
  ['não', 'reagente'], ['nao', 'reagente'], ['não-reagente'], ['reagente'], ['não', 'reativo'], ['nao', 'reativo'], ['reativo'],
  ['no', 'reactivo'], ['no', 'reactiva'], ['no-reactivo'], ['reactivo'], ['reactiva'],
  ['non', 'reattivo'], ['non-reattivo'], ['reattivo'], ['non', 'réactif'], ['non', 'reactif'], ['réactif'], ['reactif'],
  // (review 31) A weak reaction, one answer (`Weakly reactive`, `Faiblement réactif`, `Débilmente reactivo`): read apart,
  // its first word was glued onto the test's name.
  ['weakly', 'reactive'], ['weak', 'reactive'], ['faiblement', 'réactif'], ['faiblement', 'reactif'], ['débilmente', 'reactivo'],
  ['debilmente', 'reactivo'], ['debolmente', 'reattivo'], ['fracamente', 'reagente'],
  ['adequate'], ['inadequate'], ['satisfactory'], ['unsatisfactory'],
  // (set 8, MN06, GI01) Below the detection limit (`<dl`, `< DL`, `<LOD`, `<LOQ`: a metal's or a stool PCR's result
  // under the assay's limit): a censored result with no number (DETECTION_LIMIT).
  ...DETECTION_LIMIT_WORDS.map((w) => [`<${w}`] as const),
] as const;

/** A strip's answers of presence: not a test's `Detected` / `Not detected` (a PCR's, a drug screen's, a smear's) nor a smear's `Not seen`. */
const STRIP_PRESENCE = PRESENCE_VALUES.filter((answer) => !answer.some((w) => /detect|rilevat|^seen$/.test(w)));

/**
 * A word as the answers' lists hold it: lower case, without a full stop or comma after it. (unitrange) Composed where it
 * prints anything but ASCII (`Ne` + U+0301 + `gatif` as `Négatif`): the lists hold accents composed.
 */
const answerWord = (word: string | undefined): string | undefined =>
  (word !== undefined && /[^\x00-\x7f]/.test(word) ? word.normalize('NFC') : word)?.toLowerCase().replace(/[.,]$/, '');

/** The most words an answer in words has (`None Detected`, `Non Reactive`, …). */
export const LONGEST_ANSWER = Math.max(...[...QUALITATIVE_VALUES, ...ASPECT_VALUES].map((answer) => answer.length));

const isOneOf = (answers: readonly (readonly string[])[], text: string): boolean => {
  // (Each word folded once, not once per answer of the list: it is asked of the rest of every line after a name.)
  const words = text.trim().split(/\s+/, LONGEST_ANSWER + 1).map(answerWord);
  return answers.some((answer) => answer.length === words.length && answer.every((w, k) => words[k] === w));
};

/**
 * (set 7, VN05; review 14) A test answered in words with the answer it is expected to have in brackets and perhaps a
 * flag word after (`HBsAg Negative (Negative)`, `Blood Trace (Negative) Abnormal`, `HCV Ab Negative (Negative)`,
 * `HIV Not detected (Not detected)`): the name, the answer — the shortest answer of presence the words before the
 * bracket end in (isAnswerInWords: `Negative`, the `Ab` the name's), with a negation before it (`Not detected`) — the
 * bracket's answer (one of presence too) and the flag word. Null for any other text. The one reading of the form:
 * line-tidy.ts writes a line of it as `name: answer (expected)`, the prose readers take a list's item so (wordedItem).
 */
export function answerWithExpected(text: string): { name: string; answer: string; expected: string; flag?: string } | null {
  if (text.length > 200) return null;
  const m = ANSWER_WITH_EXPECTED.exec(text.trim());
  if (!m || !isAnswerInWords(m[2]!)) return null;
  const words = m[1]!.trim().split(/\s+/u);
  let k = [1, 2, 3].find((n) => n < words.length && isAnswerInWords(words.slice(-n).join(' ')));
  if (k === undefined) return null;
  if (k + 1 < words.length && /^(?:not|no|non)$/iu.test(words[words.length - k - 1]!) && isAnswerInWords(words.slice(-k - 1).join(' '))) k++;
  return { name: words.slice(0, -k).join(' '), answer: words.slice(-k).join(' '), expected: m[2]!, ...(m[3] ? { flag: m[3] } : {}) };
}
const ANSWER_WITH_EXPECTED = /^([^()]*\S)\s*\(\s*(\p{L}[\p{L} -]{0,30}?)\s*\)(?:\s+(abnormal|normal|high|low|[HLA]))?$/iu;

/**
 * A list's item answered so (answerWithExpected) under a name the catalog knows, in blood or in urine (knowsInUrine:
 * `Nitrite`, `Ketones`, `Blood` — answers of presence are read in urine); null for any other clause.
 */
export function wordedItem(clause: string, knows: (name: string) => boolean, knowsInUrine?: (name: string) => boolean): ReturnType<typeof answerWithExpected> {
  const item = answerWithExpected(clause);
  return item && (knows(item.name) || (knowsInUrine?.(item.name) ?? false)) ? item : null;
}

/**
 * Is the whole text an answer of presence the token reader reads (`Negative`, `NEGATIVO`, `negativ`, `Not detected`)?
 * A serology's `Reactive` or a smear's `Adequate` is none.
 */
export function isAnswerInWords(text: string): boolean {
  return isOneOf(PRESENCE_VALUES, text);
}

/**
 * Is the whole text a qualitative result in words (`Negative`, `Negatief`, `Non reactive`, `No growth`, a specimen's
 * aspect: `Limpide`)? Such an answer alone beside a name is a row's result whatever the name: none is needed to tell it
 * from text.
 */
export function isQualitativeAnswer(text: string): boolean {
  return isOneOf(QUALITATIVE_VALUES, text) || isOneOf(ASPECT_VALUES, text);
}

/**
 * Is the whole text a specimen's aspect (`Clear`, `Limpide`, `Trouble`)? An answer only to a name that asks how
 * something looks (`Aspect du sérum`, `Fluid appearance`): `Lungs  Clear` or `Chest X-ray  Clear` is an examination's.
 */
export function isAspectAnswer(text: string): boolean {
  return isOneOf(ASPECT_VALUES, text);
}

/**
 * Is the whole text a urine strip's answer in words (`Negative`, `NEGATIVO`, `negativ`, `Trace`)? What coding takes for one
 * (`inferUrine`), from the token reader's own list; `Not detected` answers a PCR, a drug screen or a smear as often.
 */
export function isStripAnswerInWords(text: string): boolean {
  return isOneOf(STRIP_PRESENCE, text);
}

/** An ABO blood group with its Rh factor (`A+`, `AB-`, `O Rh+`): a result printed as text. */
const BLOOD_GROUP = /^(a|b|ab|o)(\+|-|\s*rh\s*[+-]|\s+(?:pos|neg|positive|negative))$/i;

/** A qualitative value starting at `i`: how many tokens it spans, or 0. */
export function qualitativeValueAt(tokens: readonly string[], i: number): number {
  // (labs53fix) A dipstick grade with its plus before the number, glued or apart (`+2`, `+ 3`): one answer, as `2+` —
  // not a signed amount with its unit after it (`+ 2 mmol/L`, `+2 kg`).
  const unitAfter = (k: number) => tokens[k] !== undefined && isUnitToken(tokens[k]!);
  if (tokens[i] === '+' && /^[1-4]$/.test(tokens[i + 1] ?? '') && !unitAfter(i + 2)) return 2;
  if (tokens[i] !== undefined && /^\+[1-4]$/.test(tokens[i]!) && !unitAfter(i + 1)) return 1;
  if (tokens[i] !== undefined && (BLOOD_GROUP.test(tokens[i]!) || /^([1-4]\+|\+{1,4})$/.test(tokens[i]!))) return 1;
  // `B Positive`, `O Rh negative`: a blood group in words.
  if (tokens[i] !== undefined && /^(a|b|ab|o)$/i.test(tokens[i]!)) {
    const rest = tokens.slice(i + 1, i + 3).join(' ');
    const m = /^(?:rh\s*)?(positive|negative|pos|neg)\b/i.exec(rest);
    if (m) return 1 + (/^rh\s/i.test(rest) ? 2 : 1);
  }
  // (Each token folded once, not once per answer of the list.)
  const folded = tokens.slice(i, i + LONGEST_ANSWER).map(answerWord);
  for (const words of QUALITATIVE_VALUES) {
    if (words.every((w, k) => folded[k] === w)) return words.length;
  }
  return 0;
}

/** The first words of QUALITATIVE_VALUES' answers, as answerWord folds a token. */
const QUALITATIVE_FIRST_WORDS = new Set<string>(QUALITATIVE_VALUES.map((answer) => answer[0]));

/**
 * (redos3) Whether a token can begin a qualitative value (qualitativeValueAt at its place: a plus, a blood group's
 * letter, an answer's first word): false only where qualitativeValueAt is 0 whatever follows it.
 */
export function mayBeginQualitativeValue(token: string): boolean {
  return /^[+abo1-4]/i.test(token) || QUALITATIVE_FIRST_WORDS.has(answerWord(token)!);
}

/**
 * (unitrange) `Negative` in the report languages, written without accents and in lower case (`Négatif`, Indonesian and
 * Malay `Negatif`, `Negativo`/`Negativa`, Dutch `Negatief`, German `Negativ`): matched against a word folded by
 * foldAnswer. The one list of them: the range words here (rangeWordsAt) and the range parser's answers of absence
 * (reference-range.ts QUALITATIVE, canonicalQualitative) take them from it, so they cannot drift apart.
 */
export const NEGATIVE_WORDS = ['negatif', 'negativo', 'negativa', 'negatief', 'negativ',
  // (countries) Czech, Polish, Russian, Ukrainian, Finnish, Greek (folded: `negativní`, `отрицательный`, `негативний`, `αρνητικό`).
  'negativni', 'ujemny', 'negatywny', 'отрицательно', 'отрицательныи', 'негативно', 'негативнии', 'negatiivinen', 'αρνητικο'] as const;
/**
 * (b67u) `Absent` in the report languages, folded as NEGATIVE_WORDS: English and French (`absente`, the plurals), Spanish
 * and Portuguese (`ausente`), Italian (`assente`, `assenti`): the range words (RANGE_WORDS) and reference-range.ts's
 * qualitative range and absence (`Glucosio  assente  assente`, `Protéines  traces  absente`) read the one list.
 */
export const ABSENT_WORDS = ['absent', 'absente', 'absents', 'absentes', 'ausente', 'ausentes', 'assente', 'assenti'] as const;

/**
 * (unitrange) A word or answer as NEGATIVE_WORDS and RANGE_WORDS are written: lower case, and its accents and other
 * marks off (composed `é` or `e` + U+0301 alike) only where it prints anything but ASCII (most do not); recomposed
 * after, so that Hangul (`음성`, taken apart into its letters by NFD) reads as printed.
 */
export function foldAnswer(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? withoutMarks(text).normalize('NFC').toLowerCase() : text.toLowerCase();
}

/** Words that are a reference range on their own (or start one). */
const RANGE_WORDS: readonly (readonly string[])[] = [
  ['not', 'estab.'], ['not', 'estab'], ['not', 'established'], ['not', 'detected'], ['none', 'detected'], ['non', 'reactive'], ['non-reactive'],
  ['nonreactive'], ['negative'], ['neg'], ['see', 'below'], ['see-below'], ['see', 'note'], ['see', 'comment'], ['normal'],
  // (nonreactive) `Non reactive` in French, Spanish, Portuguese and Italian, folded as these words are matched (accents
  // dropped), as QUALITATIVE_VALUES reads it (`Antigène HBs  Non réactif  [Non réactif]`: the line had read nothing).
  ['non', 'reactif'], ['non-reactif'], ['no', 'reactivo'], ['no', 'reactiva'], ['no-reactivo'],
  ['nao', 'reagente'], ['nao-reagente'], ['nao', 'reativo'], ['non', 'reattivo'], ['non-reattivo'],
  // (labs52fix) `Nil` as `Absent`; (labsgap) `Not seen` as `Not detected`.
  ['nil'], ['not', 'seen'],
  // (unitrange) `Negative` in the report languages (NEGATIVE_WORDS, matched folded): the range of `Anti-HCV | Négatif | |
  // Négatif` as of `… | Negative | | Negative`. Before nordicnames the accented word was read as the row's unit; since,
  // the line read nothing.
  ...NEGATIVE_WORDS.map((w) => [w]),
  // (b62 review) Vietnamese `Âm tính` (negative), folded: the range of `Glucose nước tiểu-GLU  Âm tính  Âm tính` as of
  // `Glucose (Urine)  Negative  Negative` (before, the line read nothing).
  ['am', 'tinh'],
  // `Absent` in the report languages (ABSENT_WORDS; b67u: `Glucosio  assente  assente` read nothing).
  ...ABSENT_WORDS.map((w) => [w]),
  // (countries) Indonesian and Malay `Non Reaktif`, the answer QUALITATIVE_VALUES reads (`HBsAg Kualitatif  Non Reaktif
  // Non Reaktif`, a line with no header over it, was dropped in silence), and Russian and Ukrainian `not found`.
  ['non', 'reaktif'], ['non-reaktif'], ['nonreaktif'], ['не', 'обнаружено'], ['не', 'виявлено'],
];

export function rangeWordsAt(tokens: readonly string[], i: number): number {
  // (unitrange) Each token folded once (foldAnswer).
  const fold = (t: string | undefined) => (t === undefined ? undefined : foldAnswer(t));
  const folded = [fold(tokens[i]), fold(tokens[i + 1])];
  for (const words of RANGE_WORDS) {
    if (words.every((w, k) => folded[k] === w)) return words.length;
  }
  return 0;
}

/** NUMBERISH's number as a source (its mark and the digits before it one optional group, linear on a run of digits). */
const NUM = String.raw`(?:[0-9OolI]*[.,])?[0-9OolI]+`;

/**
 * The words of a bound in French, Spanish, Portuguese and Italian, as regex sources — the one definition the range
 * parser (`reference-range.ts`), the token reader (`numericRangeAt`) and the row reader's open comparison
 * (`OPEN_COMPARISON`) build on: `inf.`, `inférieur(e)(s)`, `inferior`, `inferiore` (below), `sup.`, `supérieur(e)(s)`,
 * `superior`, `superiore` (above), with or without the accent, and `à` (or `a`) before the number: `inf. à 400`,
 * `inférieur à 5`, `sup. à 27,0`, `supérieure à 0,40`, `inferior a 5`, `inferiore a 5`.
 */
export const FRENCH_BELOW = String.raw`inf(?:\.|[ée]rieure?s?|eriore?)?`;
export const FRENCH_ABOVE = String.raw`sup(?:\.|[ée]rieure?s?|eriore?)?`;
export const FRENCH_TO = String.raw`(?:à|a)`;
/**
 * (labs56; fix56) Portuguese `até` (`ate` printed without its accent) and Spanish `hasta`: up to. The one definition
 * (numericRangeAt here, reference-range.ts FRENCH_UP_TO, the text reader's BOUND_ALONE and TIER_BOUND_WORDS).
 */
export const UP_TO_PT_ES = String.raw`(?:at[ée]|hasta)`;
const UP_TO_PT_ES_WORD = new RegExp(`^${UP_TO_PT_ES}$`, 'i');

/**
 * (boundwords) Bound words before a number in the report languages, as [words, comparison]: the one table of one-sided
 * ranges said in words — the token reader (numericRangeAt, boundWordsAt), the range parser (reference-range.ts BOUND)
 * and the text reader's range in brackets or on a line under its label (PARENTHESIZED_RANGE, BRACKETED_RANGE,
 * BOUND_ALONE) read them from here. Written plain (no accents, `ss` for `ß`): BOUND_WORD_SOURCE lets the accents and
 * `ß` be printed. Read only as a range's words, with a number right after them (`bis 5`, `tot 5` are no bounds in
 * `Bis-…` or `Tot. Bilirubin`, nor `above` in a sentence without its number). The French `inférieur à`/`supérieur à`
 * family (FRENCH_BELOW, FRENCH_ABOVE), `até`/`hasta` (UP_TO_PT_ES) and the Slavic words keep their own definitions.
 */
const BOUND_WORDS: readonly (readonly [string, '<' | '<=' | '>' | '>='])[] = [
  // English.
  ['less than or equal to', '<='], ['greater than or equal to', '>='], ['less than', '<'], ['lower than', '<'],
  ['greater than', '>'], ['more than', '>'], ['higher than', '>'], ['up to', '<='], ['upto', '<='],
  // Spanish and Portuguese.
  ['mayor o igual a', '>='], ['mayor o igual que', '>='], ['menor o igual a', '<='], ['menor o igual que', '<='],
  // (mayora) Latin American Spanish `mayor a 60`, `menor a 5` (as `mayor de`, `menor de`).
  ['mayor a', '>'], ['menor a', '<'],
  ['maior ou igual a', '>='], ['menor ou igual a', '<='], ['mayor de', '>'], ['mayor que', '>'], ['maior de', '>'],
  ['maior que', '>'], ['menor de', '<'], ['menor que', '<'], ['acima de', '>'], ['abaixo de', '<'],
  // French (`< à 200`, `≤ à`: a comparison written with its `à`), Italian.
  ['inferieur ou egal a', '<='], ['inferieure ou egale a', '<='], ['superieur ou egal a', '>='], ['superieure ou egale a', '>='],
  ["jusqu'a", '<='], ['< a', '<'], ['> a', '>'], ['<= a', '<='], ['>= a', '>='], ['≤ a', '<='], ['≥ a', '>='],
  ['maggiore o uguale a', '>='], ['minore o uguale a', '<='], ['maggiore di', '>'], ['minore di', '<'], ['fino a', '<='],
  // German, Dutch.
  ['kleiner gleich', '<='], ['grosser gleich', '>='], ['kleiner als', '<'], ['grosser als', '>'], ['groesser als', '>'],
  ['unter', '<'], ['uber', '>'], ['ueber', '>'], ['bis', '<='],
  ['kleiner dan of gelijk aan', '<='], ['groter dan of gelijk aan', '>='], ['kleiner dan', '<'], ['groter dan', '>'],
  ['lager dan', '<'], ['hoger dan', '>'], ['tot', '<='],
  // (b60) Czech, Slovak and Polish (`do 1,7`: up to; `nad 1,0`: above; `pod 0,5`: below) — written from knowledge.
  ['do', '<='], ['nad', '>'], ['pod', '<'],
  // (rangewords) The bound words of a vocabulary of 43 languages written by a helper who read no test set
  // (world-words.tsv, twenty-second session), each tried in a range cell and on a line: the ones the reader lacked.
  // Left out: words that are other words before a number as well (German `ab`, an antibody's `Ab`; Polish `od`,
  // Latvian `no`, from; Romanian `sub`; Estonian `alla` and Finnish `alle`, Italian's `alla`/`alle 8`, at eight: review
  // 37). An age or a label's colon after the bound makes it a group's (reference-range.ts WORLD_AGE_WORD_AFTER).
  // Below.
  ['mindre an', '<'], ['lagre an', '<'], ['moins de', '<'], ['pienempi kuin', '<'], ['menos de', '<'], ['meno di', '<'],
  ['小于', '<'], ['低于', '<'], ['小於', '<'], ['低於', '<'], ['kleiner', '<'], ['niedriger als', '<'], ['mai mic de', '<'], ['mai mic decat', '<'],
  ['poniżej', '<'], ['mniej niż', '<'], ['mniejsze niż', '<'], ['kisebb mint', '<'], ['kevesebb mint', '<'], ['менше ніж', '<'],
  ['μικρότερο από', '<'], ['μικρότερη από', '<'], ['κάτω από', '<'], ['méně než', '<'], ['menší než', '<'], ['по-малко от', '<'], ['по-ниско от', '<'],
  ['mindre end', '<'], ['minder dan', '<'], ['mindre enn', '<'], ['väiksem kui', '<'], ['manje od', '<'], ['ispod', '<'], ['manj kot', '<'],
  ['nižje od', '<'], ['menej ako', '<'], ['menšie ako', '<'], ['мање од', '<'], ['испод', '<'], ['nhỏ hơn', '<'], ['dưới', '<'], ['mazāk par', '<'],
  ['zem', '<'], ['mažiau nei', '<'], ['mažiau kaip', '<'], ['žemiau', '<'], ['kurang dari', '<'], ['kurang daripada', '<'], ['di bawah', '<'],
  ['më pak se', '<'], ['nën', '<'], ['أقل من', '<'], ['undir', '<'], ['minna en', '<'], ['น้อยกว่า', '<'], ['ต่ำกว่า', '<'], ['کمتر از', '<'],
  // Above.
  ['över', '>'], ['mer an', '>'], ['storre an', '>'], ['hogre an', '>'], ['plus de', '>'], ['a partir de', '>='], ['yli', '>'],
  ['suurempi kuin', '>'], ['vahintaan', '>='], ['свыше', '>'], ['mas de', '>'], ['oltre', '>'], ['piu di', '>'], ['大于', '>'], ['高于', '>'],
  ['大於', '>'], ['高於', '>'], ['grosser', '>'], ['mehr als', '>'], ['peste', '>'], ['mai mare de', '>'], ['mai mare decat', '>'],
  ['powyżej', '>'], ['więcej niż', '>'], ['większe niż', '>'], ['nagyobb mint', '>'], ['tobb mint', '>'], ['більше ніж', '>'], ['понад', '>'],
  ['μεγαλύτερο από', '>'], ['άνω του', '>'], ['πάνω από', '>'], ['více než', '>'], ['větší než', '>'], ['повече от', '>'], ['по-голямо от', '>'],
  ['større end', '>'], ['mere end', '>'], ['meer dan', '>'], ['større enn', '>'], ['mer enn', '>'], ['major de', '>'], ['üle', '>'],
  ['suurem kui', '>'], ['više od', '>'], ['iznad', '>'], ['veće od', '>'], ['več kot', '>'], ['višje od', '>'], ['viac ako', '>'],
  ['väčšie ako', '>'], ['више од', '>'], ['изнад', '>'], ['веће од', '>'], ['lớn hơn', '>'], ['trên', '>'], ['vairāk par', '>'], ['virs', '>'],
  ['daugiau nei', '>'], ['daugiau kaip', '>'], ['virš', '>'], ['lebih dari', '>'], ['lebih daripada', '>'], ['di atas', '>'], ['më shumë se', '>'],
  ['mbi', '>'], ['أكثر من', '>'], ['أعلى من', '>'], ['yfir', '>'], ['meira en', '>'], ['มากกว่า', '>'], ['สูงกว่า', '>'], ['بیشتر از', '>'],
  // Up to.
  ['upp till', '<='], ['enintaan', '<='], ['sino a', '<='], ['pana la', '<='], ['până la', '<='], ['έως', '<='], ['εως', '<='], ['μέχρι', '<='], ['op til', '<='],
  ['tot en met', '<='], ['opp til', '<='], ['inntil', '<='], ['fins a', '<='], ['kuni', '<='], ['līdz', '<='], ['iki', '<='], ['sampai', '<='],
  ['s/d', '<='], ['deri', '<='], ['حتى', '<='], ['allt að', '<='], ['עד', '<='], ['ไม่เกิน', '<='], ['تا', '<='],
];
/**
 * (rangewords) Bound words printed after their number (`5 alatt`, Hungarian below; `40 felett` above; Turkish `60 ve
 * üzeri`, and above; Korean `5 미만` below, `40 이상` at least, `4 이하` at most, `6 초과` above), as [words, comparison]:
 * reference-range.ts reads a range cell of a number and one of them. (Japanese `以下`/`以上` are japaneseBoundRange's.)
 */
export const BOUND_WORDS_AFTER: readonly (readonly [string, '<' | '<=' | '>' | '>='])[] = [
  // (Written plain, as BOUND_WORDS: boundWordSource lets the accents be printed; the Turkish dotless ı both ways.)
  ['alatt', '<'], ['felett', '>'], ['folott', '>'], ['ve uzeri', '>='], ['ve ustu', '>='], ['uzeri', '>='], ['altı', '<'], ['alti', '<'],
  ['altında', '<'], ['altinda', '<'],
  ['미만', '<'], ['이하', '<='], ['이상', '>='], ['초과', '>'],
];
/** A plain letter of BOUND_WORDS as printed, with or without its accent. */
const ACCENTED: Record<string, string> = { a: '[aàáâãä]', e: '[eéèê]', i: '[ií]', o: '[oóôõö]', u: '[uúüù]' };
/** One entry of BOUND_WORDS as a regex source: accents and `ß` as printed, spaces between its words (none needed after a sign: `<à`). */
export function boundWordSource(words: string): string {
  return words.split(' ').map((word, k, all) => {
    const letters = word.replace(/ss|[aeiou]|'/g, (c) => c === 'ss' ? '(?:ss|ß)' : c === "'" ? "['’]\\s*" : ACCENTED[c]!);
    return k === 0 ? letters : `${/^[<>≤≥=]+$/.test(all[k - 1]!) ? '\\s*' : '\\s+'}${letters}`;
  }).join('');
}
/**
 * (postfix) Each of BOUND_WORDS_AFTER as its words' count, its comparison and a regex of the whole words (accents or not):
 * the tokenizer's bound after a number on a line, reference-range.ts's in a range cell.
 */
export const BOUND_AFTER_WORDS = BOUND_WORDS_AFTER.map(([w, op]) => ({ span: w.split(' ').length, op, re: new RegExp(`^${boundWordSource(w)}$`, 'iu') }));
/** (postfix) The bound words of BOUND_WORDS_AFTER at raw token `k` (the longest), with how many tokens they take, or null. */
function boundWordsAfterAt(raw: readonly string[], k: number): { op: string; span: number } | null {
  // (Every number after a line's first asks: a word must follow it, and each run of words is joined once.)
  if (!/^\p{L}/u.test(raw[k] ?? '')) return null;
  const runs: string[] = [];
  let best: { op: string; span: number } | null = null;
  for (const { span, op, re } of BOUND_AFTER_WORDS) {
    if (k + span > raw.length || (best && best.span >= span)) continue;
    runs[span] ??= raw.slice(k, k + span).map(cleanToken).join(' ');
    if (re.test(runs[span]!)) best = { op, span };
  }
  return best;
}
/** The words of each comparison (BOUND_WORDS), longest first, as one regex source (a number or a sign must follow it where it is used). */
export function boundWordsSource(op?: '<' | '<=' | '>' | '>='): string {
  const words = BOUND_WORDS.filter(([, o]) => op === undefined || o === op).map(([w]) => w).sort((a, b) => b.length - a.length);
  return `(?:${words.map(boundWordSource).join('|')})`;
}
/** All of BOUND_WORDS as one regex source (the range's words before its number). */
export const BOUND_WORD_SOURCE = boundWordsSource();
const BOUND_WORDS_OF = (['<=', '>=', '<', '>'] as const).map((op) => [op, new RegExp(`^${boundWordsSource(op)}`, 'iu')] as const);
/** The comparison that a text's bound words say at its start (BOUND_WORDS; the longest words read), or null. */
export function boundWordsComparison(text: string): '<' | '<=' | '>' | '>=' | null {
  let best: { op: '<' | '<=' | '>' | '>='; length: number } | null = null;
  for (const [op, re] of BOUND_WORDS_OF) {
    const m = re.exec(text);
    if (m && (!best || m[0].length > best.length)) best = { op, length: m[0].length };
  }
  return best?.op ?? null;
}
/** The first words of BOUND_WORDS, for a quick test of a token before any phrase is read. */
const BOUND_FIRST_WORD = new RegExp(`^(?:${[...new Set(BOUND_WORDS.map(([w]) => w.split(' ')[0]!))].map(boundWordSource).join('|')})$`, 'iu');
const BOUND_WORDS_WHOLE = new RegExp(`^${BOUND_WORD_SOURCE}$`, 'iu');
/**
 * (nordicnames review) Whether a word is one of a bound's words, as printed with or without its accents: any word of
 * BOUND_WORDS (`über`, `größer`, `als`, `acima`, `de`, `kleiner`, `gleich`), `até`/`hasta` (UP_TO_PT_ES), the French
 * family (`inférieur`, `sup.`, `à`). reference-range.ts readsAsRange reads a range's words by it.
 */
export function isBoundWord(word: string): boolean {
  return BOUND_WORD_PART.test(word);
}
const BOUND_WORD_PART = new RegExp(`^(?:${[...new Set(BOUND_WORDS.flatMap(([w]) => w.split(' ')).filter((w) => /^\p{L}/u.test(w)))].map(boundWordSource).join('|')}|${UP_TO_PT_ES}|${FRENCH_BELOW}|${FRENCH_ABOVE}|${FRENCH_TO})$`, 'iu');
/** Most words a BOUND_WORDS entry has. */
const BOUND_WORDS_LONGEST = Math.max(...BOUND_WORDS.map(([w]) => w.split(' ').length));
/**
 * (boundwords review) An age's unit at the start of a text (after the number a bound word or sign names: `60 Jahre`,
 * `50 J.`, `18 años`, `18 years`, `6 meses`): what follows names a group of patients, not a bound of the result.
 */
/**
 * (words) A year's and a month's word of an age, in the report languages seen (`years`, `yrs`, `Jahre`, `años`, `ans`,
 * `anni`, `jaar`, `år`, `lat`; `months`, `meses`, `Monate`, `mois`, `mesi`): the one list the age patterns here and in
 * reference-range.ts and text-report.parser.ts are built on, each adding its abbreviations (`y`, `y.o.`, `j.`).
 */
export const YEAR_WORDS = String.raw`years?|yrs?|jahre?n?|anos|años|ans|anni|jaar|år|lat`;
export const MONTH_WORDS = String.raw`months?|meses|monaten?|mois|mesi`;
export const AGE_WORD_AFTER = new RegExp(String.raw`^\s*(?:${YEAR_WORDS}|y\.o\.?|j\.|${MONTH_WORDS}|weeks?|semanas|wochen|days?|d[ií]as|tagen?|jours)(?![\p{L}])`, 'iu');
/**
 * (boundwords) Bound words (BOUND_WORDS) at token `i` and the number right after them (`mayor de 40`, `kleiner als
 * 200`, `bis 5`, `< à 200`): the tokens spanned and the bound as a comparison and its number (`>40`), or null.
 */
export function boundWordsAt(tokens: readonly string[], i: number): { span: number; text: string } | null {
  if (!BOUND_FIRST_WORD.test(tokens[i] ?? '')) return null;
  for (let k = Math.min(BOUND_WORDS_LONGEST, tokens.length - i - 1); k >= 1; k--) {
    const words = tokens.slice(i, i + k).join(' ');
    const number = tokens[i + k]!;
    if (!/^-?\d/.test(number) || !BOUND_WORDS_WHOLE.test(words)) continue;
    // (boundwords review) An age after the number (`über 60 Jahre`, `mayor de 50 años`, `above 18 years`): a group of
    // patients, no bound of the result.
    if (AGE_WORD_AFTER.test(` ${tokens[i + k + 1] ?? ''}`)) return null;
    const n = parseNumber(number);
    if (n !== null) return { span: k + 1, text: `${boundWordsComparison(words)}${n}` };
  }
  return null;
}
/**
 * `to` between two bounds in French, Spanish, Italian, Portuguese and German (`12,5 à 15,5`, `4.5 a 5.9`, `3,5 bis
 * 5,1`), as a regex source matched with its case (no `i` flag): `a` only in lower case, so that a flag `A` between a
 * value and a number is never read as one — the one definition of the token reader and the range parser (the token
 * reader matches it with its case, the range parser's FOREIGN_TO_BETWEEN in any: `a` between two numbers there is
 * always `to`). (slavicto) And the Polish, Czech, Slovak and Croatian `do` and the Czech and Slovak `až` (`70 do 99`,
 * `0,10 až 0,78`), the Dutch `tot` (`3,5 tot 5,1`), in capitals too as LIS printouts write them (`3,9 DO 6,1`).
 */
export const FOREIGN_TO = String.raw`(?:à|À|a|bis|Bis|BIS|do|Do|DO|až|Až|AŽ|tot|Tot|TOT)`;
/**
 * (labs44fix) Bulgarian and Russian bound words before a number: above (`над`, `выше`), below (`под`, `ниже`), up to
 * (`до`), from (`от`); (cyrillic) the Ukrainian `вище`, `нижче`, `від`, the Serbian `од` (from). One source for the
 * token reader (SLAVIC_BOUND_WORD, numericRangeAt) and the range parser (SLAVIC_ABOVE, SLAVIC_BELOW, SLAVIC_FROM).
 */
// (cyrflag) And the comparatives more than (`более`, `больше`, `більше`) and less than (`менее`, `меньше`, `менше`).
const SLAVIC_ABOVE_WORDS = 'над|выше|вище|более|больше|більше';
const SLAVIC_BELOW_WORDS = 'под|ниже|нижче|менее|меньше|менше';
/** From (`от 3.3 до 6.0`, `від`, `од`), as a regex source. */
export const SLAVIC_FROM = 'от|від|од';
const SLAVIC_FROM_WORD = new RegExp(`^(?:${SLAVIC_FROM})$`, 'i');
const SLAVIC_ABOVE_WORD = new RegExp(`^(?:${SLAVIC_ABOVE_WORDS})$`, 'i');
const SLAVIC_BOUND_WORD = new RegExp(`^(?:${SLAVIC_ABOVE_WORDS}|${SLAVIC_BELOW_WORDS}|до|${SLAVIC_FROM})$`, 'i');
/** The same words as a regex source for the range parser (a bound's word before its number). */
export const SLAVIC_ABOVE = String.raw`(?:${SLAVIC_ABOVE_WORDS})(?=\s*\d)`;
export const SLAVIC_BELOW = String.raw`(?:${SLAVIC_BELOW_WORDS})(?=\s*\d)`;
export const SLAVIC_UP_TO = String.raw`до(?=\s*\d)`;
/**
 * (rangewords) An interval said in words, `from A to B` and `between A and B`, as a range cell of another language
 * prints it (`von 135 bis 145`, `de 0,7 a 1,0`, `od 2,5 do 7,5`, `från 3 till 5`, `entre 11 et 18`, `tussen 3 en 5`,
 * `από 3 έως 5`, `dari 3 sampai 5`): the words before the lower bound (RANGE_FROM), between the bounds (RANGE_TO_WORD)
 * and of `between … and` (RANGE_BETWEEN, RANGE_AND), as regex sources whose accents may be printed or not
 * (boundWordSource). reference-range.ts reads a whole text of these as the interval `A to B`.
 */
const wordsSource = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).map(boundWordSource).join('|')})`;
// (The Cyrillic `от … до` are SLAVIC_FROM's, read before these by both readers; `à`, `a`, `bis`, `do`, `tot`, `až`
// between the bounds are FOREIGN_TO's.)
export const RANGE_FROM = wordsSource(['from', 'von', 'van', 'de', 'desde', 'da', 'dal', 'de la', 'od', 'från', 'fra', 'frá', 'από', 'απο', 'dari', 'mulai', 'từ', 'no', 'nuo', 'nga', 'من', 'از']);
export const RANGE_TO_WORD = `(?:${FOREIGN_TO}|${wordsSource(['to', 'hasta', 'até', 'al', 'la', 'till', 'til', 'έως', 'εως', 'ως', 'sampai', 'hingga', 's/d', 's.d.', 'ila', 'ile', 'đến', 'līdz', 'iki', 'deri', 'إلى', 'الى', 'تا'])})`;
export const RANGE_BETWEEN = wordsSource(['between', 'zwischen', 'entre', 'tra', 'fra', 'tussen', 'mellan', 'mellom', 'mellem', 'między', 'între', 'intre', 'μεταξύ', 'μεταξυ', 'antara', 'между']);
export const RANGE_AND = wordsSource(['and', 'und', 'et', 'y', 'e', 'en', 'och', 'og', 'a', 'i', 'și', 'şi', 'si', 'και', 'dan', 'и']);
const FOREIGN_TO_WORD = new RegExp(`^${FOREIGN_TO}$`);
const RANGE_FROM_WHOLE = new RegExp(`^${RANGE_FROM}$`, 'iu');
const RANGE_TO_WHOLE = new RegExp(`^(?:${RANGE_TO_WORD}|[-–])$`, 'iu');
const RANGE_BETWEEN_WHOLE = new RegExp(`^${RANGE_BETWEEN}$`, 'iu');
const RANGE_AND_WHOLE = new RegExp(`^${RANGE_AND}$`, 'iu');
/**
 * (rangewords) An interval said in words at token i (`von 135 bis 145`, `between 70 and 99`, `de la 3 la 5`): its span
 * and text `low-high`, or null. The words of one or two tokens, plain numbers between them, the upper not the smaller.
 */
function wordedIntervalAt(tokens: readonly string[], i: number): { span: number; text: string } | null {
  // (Asked at every token a range may begin at: a word's first, cheaply, before any pair is joined and matched.)
  if (!/^\p{L}/u.test(tokens[i] ?? '')) return null;
  for (const words of [1, 2]) {
    const first = tokens.slice(i, i + words).join(' ');
    if (tokens.length < i + words + 3) return null;
    const [a, word, b] = tokens.slice(i + words, i + words + 3) as [string, string, string];
    // (`fra` is Italian's between and Norwegian's and Danish's from: either pair.)
    const paired = (RANGE_BETWEEN_WHOLE.test(first) && RANGE_AND_WHOLE.test(word)) || (RANGE_FROM_WHOLE.test(first) && RANGE_TO_WHOLE.test(word));
    if (!paired || !/^-?\d/.test(a) || !/^-?\d/.test(b)) continue;
    const [low, high] = [parseNumber(a), parseNumber(b)];
    // (review 37) Not before a number (`Cortisol matutino de 8 a 10  15 ug/dL`: the hours in the name, the value after).
    const next = tokens[i + words + 3];
    if (next !== undefined && parseValueToken(next)) continue;
    if (low !== null && high !== null && low <= high) return { span: words + 3, text: `${low}-${high}` };
  }
  return null;
}

/** Bounds as two words before the number: `inf. à 400`, `inférieur à 5`, `sup. à 27,0`, `inferior a 5`. */
const FRENCH_BOUND = new RegExp(`^(?:(${FRENCH_BELOW})|${FRENCH_ABOVE}) ${FRENCH_TO}$`);
// The abbreviation alone only as a range column prints it, capitalised (`(Inf. 60)`): `inf. 100 mL/h` is an infusion.
const BOUND_ABBREVIATION = /^(Inf|Sup|INF|SUP)\.$/;
// Central European reports print a range in brackets with two dots (`[4,0..10,0]`, `[<100]`).
const RANGE_ONE_TOKEN = new RegExp(`^\\[?(${NUM})(?:[-–—]|\\.\\.|${TILDE})(${NUM})\\]?$`);
const BOUND_ONE_TOKEN = new RegExp(`^\\[?(<=|>=|=<|=>|<|>|≤|≥)(${NUM})(?:[x×]10\\^?\\d+\\/[A-Za-zµμ]+)?\\]?$`);
// (labs39fix) A lower bound printed with `<` before a dash and an upper bound (`<1-2`, a differential's basophils).
const OPEN_LOW_RANGE_ONE_TOKEN = new RegExp(`^[<≤](${NUM})[-–](${NUM})$`);
// A range whose lower bound is negative (`-3.0/3.0`, `-2-2`: a base excess): a slash cannot be two readings there.
const NEGATIVE_RANGE_ONE_TOKEN = new RegExp(`^-(${NUM})(?:[-–—/]|\\.\\.)(-?${NUM})$`);

/**
 * (names) A range's upper bound, the token printed after its lower bound and the dash: its number, a plus before it
 * being its sign only after a negative lower bound (`-2.0 - +2.0`, `-2 to +2`: a Z-score's or a base excess's two
 * sides of zero). Elsewhere a plus-first token is a grade (`+2`) or an answer, no bound: null.
 */
export function upperBoundAfter(lower: number | null, token: string | undefined): number | null {
  if (token === undefined) return null;
  const plain = parseNumber(token);
  if (plain !== null) return plain;
  return lower !== null && lower < 0 && /^\+\d/.test(token) ? parseNumber(token.slice(1)) : null;
}

/**
 * A numeric reference range starting at `i`: `3.4-10.8`, `4.0 - 11.0`, `3.5 to 5.0`, `<200`, `< 200`, `>=40`,
 * `above >=90`, `below 5`, `up to 5.0`. Returns the tokens it spans and its text, or null.
 */
/**
 * Quest's `> or = 30`, `< OR =5.0` at token `i` (at least, at most): the comparator, its bound as printed and the tokens
 * it spans (`=` apart from the number or stuck to it); null where no number follows. Read where a range goes
 * (numericRangeAt) and where a result goes (text-report.parser.ts) alike.
 */
export function orEqualAt(tokens: readonly string[], i: number): { comparator: '<' | '>'; bound: string; span: number } | null {
  const t0 = tokens[i];
  if ((t0 !== '>' && t0 !== '<') || tokens[i + 1]?.toLowerCase() !== 'or') return null;
  const equal = /^=(.*)$/.exec(tokens[i + 2] ?? '');
  const bound = equal ? equal[1] || tokens[i + 3] : undefined;
  return bound !== undefined && parseNumber(bound) !== null ? { comparator: t0, bound, span: equal![1] ? 3 : 4 } : null;
}

/**
 * (fixr85b) A full stop typed for the dash, a space after it (`12. 22`, `3.1. 6.8`, `(12. 22)`: a range retyped by
 * hand; fixr82, mend22): group 1 an opening bracket and the spaces after it, 2 the lower bound, 3 the spaces after the
 * stop, 4 the upper bound, 5 the spaces and the closing bracket. The one pattern parseReferenceRange (no brackets, the
 * upper bound the greater), readsAsRange (the stop read as the dash) and numericRangeAt (two tokens, whole bounds, the
 * upper the greater) read it with.
 */
export const FULL_STOP_RANGE = /^(\(?\s*)(\d+(?:\.\d+)?)\.(\s+)(\d+(?:\.\d+)?)(\s*\)?)$/;

export function numericRangeAt(tokens: readonly string[], i: number): { span: number; text: string } | null {
  const t0 = tokens[i];
  if (t0 === undefined) return null;
  // Quest's `> OR = 40`, `< OR = 5.0`.
  const orEqual = orEqualAt(tokens, i);
  if (orEqual) return { span: orEqual.span, text: `${t0}=${parseNumber(orEqual.bound)}` };
  const neg = NEGATIVE_RANGE_ONE_TOKEN.exec(t0);
  if (neg && parseNumber(neg[1]!) !== null && parseNumber(neg[2]!) !== null && -parseNumber(neg[1]!)! <= parseNumber(neg[2]!)!) return { span: 1, text: t0 };
  // (labs39fix) `<1-2`: a range whose lower bound is printed as a bound (`<1`) — kept as printed, a range in words.
  const openLow = OPEN_LOW_RANGE_ONE_TOKEN.exec(t0);
  if (openLow && parseNumber(openLow[1]!)! < parseNumber(openLow[2]!)!) return { span: 1, text: t0 };
  const m1 = RANGE_ONE_TOKEN.exec(t0);
  if (m1 && parseNumber(m1[1]!) !== null && parseNumber(m1[2]!) !== null) return { span: 1, text: `${parseNumber(m1[1]!)}-${parseNumber(m1[2]!)}` };
  const lowTok = parseNumber(t0);
  // An em dash between spaced bounds (`4.00 — 10.00`, Polish and Czech systems) is the en dash's range as well.
  // (labs48fix) A lone tilde too (`3.3 ~ 6.1`: TILDE; labsreadfix: RANGE_TO's forms).
  if (lowTok !== null && LONE_RANGE_TO.test(tokens[i + 1] ?? '')) {
    const high = upperBoundAfter(lowTok, tokens[i + 2]);
    if (high !== null) return { span: 3, text: `${lowTok}-${high}` };
  }
  // A space before the dash only (`13 -17`, `2000 -7000`: OCR of a range box): the dash is the range's, not a minus
  // sign, when both are printed as plain numbers (no sign before the first) and the second is the greater — a date
  // (`2023 -06`) or a value and a smaller negative one (`5 -3`) stays apart, and so does a value before a range whose
  // lower bound is negative (`1.5 -2 - 2`, `0.4 -1.0-1.0`: a base excess).
  const glued = /^[-–]((?:\d+(?:[.,]\d+)?))$/.exec(tokens[i + 1] ?? '');
  const rangeAfter = /^[-–—]$/.test(tokens[i + 2] ?? '') || /^[-–—]\d/.test(tokens[i + 2] ?? '');
  if (lowTok !== null && lowTok >= 0 && /^\d+(?:[.,]\d+)?$/.test(t0) && glued && !rangeAfter) {
    const high = parseNumber(glued[1]!);
    if (high !== null && high > lowTok) return { span: 2, text: `${lowTok}-${high}` };
  }
  // (labs56) A space after the dash only (`33- 193`, the dash run against the lower bound): the range, where the upper
  // bound is the greater (a value and a negative one, `5- 3`, stay apart).
  const dashed = /^(\d+(?:[.,]\d+)?)[-–]$/.exec(t0);
  if (dashed && tokens[i + 1] !== undefined && /^\d+(?:[.,]\d+)?$/.test(tokens[i + 1]!)) {
    const [low, high] = [parseNumber(dashed[1]!), parseNumber(tokens[i + 1]!)];
    if (low !== null && high !== null && high > low) return { span: 2, text: `${low}-${high}` };
  }
  // (fixr82) A full stop typed for the dash, a space after it (`(12. 22)`, a range retyped by hand): the range, where
  // both bounds are whole numbers and the upper the greater (`12.22`, a decimal, has no space; `5. 3` stays apart).
  // (fixr85b) FULL_STOP_RANGE, the pattern parseReferenceRange and readsAsRange read it with, on the two tokens.
  const stopped = tokens[i + 1] !== undefined ? FULL_STOP_RANGE.exec(`${t0} ${tokens[i + 1]}`) : null;
  if (stopped && !stopped[1] && !stopped[5] && !stopped[2]!.includes('.') && !stopped[4]!.includes('.')) {
    const [low, high] = [Number(stopped[2]!), Number(stopped[4]!)];
    if (high > low) return { span: 2, text: `${low}-${high}` };
  }
  // `to` in French, Spanish, Italian, Portuguese and German (`12,5 à 15,5`, `4.5 a 5.9`, `3,5 bis 5,1`); lower-case `a`
  // only and an increasing pair, so that a flag `A` between a value and a number is never read as one.
  if (lowTok !== null && FOREIGN_TO_WORD.test(tokens[i + 1] ?? '') && tokens[i + 2] !== undefined) {
    const high = parseNumber(tokens[i + 2]!);
    if (high !== null && lowTok <= high) return { span: 3, text: `${lowTok}-${high}` };
  }
  const french = FRENCH_BOUND.exec(`${t0} ${tokens[i + 1] ?? ''}`.toLowerCase());
  if (french && tokens[i + 2] !== undefined) {
    const n = parseNumber(tokens[i + 2]!);
    if (n !== null) return { span: 3, text: `${french[1] !== undefined ? '<' : '>'}${n}` };
  }
  const abbreviation = BOUND_ABBREVIATION.exec(t0);
  if (abbreviation && tokens[i + 1] !== undefined) {
    // An interval after it (`Sup. 70 - 99`, `Inf. 10.5-13.5`: supine, infant) is the range; the word said whose.
    const interval = numericRangeAt(tokens, i + 1);
    if (interval && /^-?\d[\d.]*-/.test(interval.text)) return { span: 1 + interval.span, text: interval.text };
    const n = parseNumber(tokens[i + 1]!);
    if (n !== null) return { span: 2, text: `${abbreviation[1]!.toLowerCase() === 'inf' ? '<' : '>'}${n}` };
  }
  const b = BOUND_ONE_TOKEN.exec(t0);
  if (b && parseNumber(b[2]!) !== null) return { span: 1, text: `${comparatorOf(b[1]!)}${parseNumber(b[2]!)}` };
  const apart = comparatorApartAt(tokens, i);
  if (apart) return { span: 2, text: `${apart}${parseNumber(tokens[i + 1]!)}` };
  const word = t0.toLowerCase();
  if ((word === 'above' || word === 'below' || word === 'over' || word === 'under') && tokens[i + 1] !== undefined) {
    const inner = numericRangeAt(tokens, i + 1);
    if (inner && inner.span <= 2 && /^[<>]/.test(inner.text)) return { span: 1 + inner.span, text: inner.text };
    const n = parseNumber(tokens[i + 1]!);
    if (n !== null) return { span: 2, text: `${word === 'above' || word === 'over' ? '>' : '<'}${n}` };
  }
  // (rangewords) `von 135 bis 145`, `between 70 and 99`, `od 2,5 do 7,5`, `de la 3 la 5`: an interval said in words
  // (RANGE_FROM, RANGE_TO_WORD; RANGE_BETWEEN, RANGE_AND), the upper bound not the smaller.
  const worded = wordedIntervalAt(tokens, i);
  if (worded) return worded;
  // (labs44fix) Bulgarian and Russian bounds in words before their number (`Над 1.45` above, `До 4.00` up to, `под`/
  // `ниже` below, `выше` above; `от 3.3 до 6.0` from … to): only as a range's place reads them, a number right after.
  if (SLAVIC_BOUND_WORD.test(t0) && tokens[i + 1] !== undefined) {
    const n = parseNumber(tokens[i + 1]!);
    if (n !== null && /^-?\d/.test(tokens[i + 1]!)) {
      if (SLAVIC_FROM_WORD.test(t0)) {
        const high = /^до$/i.test(tokens[i + 2] ?? '') && tokens[i + 3] !== undefined ? parseNumber(tokens[i + 3]!) : null;
        return high !== null && n <= high ? { span: 4, text: `${n}-${high}` } : null;
      }
      return { span: 2, text: `${SLAVIC_ABOVE_WORD.test(t0) ? '>' : /^до$/i.test(t0) ? '<=' : '<'}${n}` };
    }
  }
  // (labs56) Portuguese and Spanish `até`, `hasta` (up to) before their number: `até 15` is at most 15.
  if (UP_TO_PT_ES_WORD.test(t0) && tokens[i + 1] !== undefined && /^\d/.test(tokens[i + 1]!)) {
    const n = parseNumber(tokens[i + 1]!);
    if (n !== null) return { span: 2, text: `<=${n}` };
  }
  if (word === 'up' && tokens[i + 1]?.toLowerCase() === 'to' && tokens[i + 2] !== undefined) {
    const n = parseNumber(tokens[i + 2]!);
    if (n !== null) return { span: 3, text: `<=${n}` };
  }
  // (boundwords) The other languages' bound words (BOUND_WORDS: `mayor de 40`, `kleiner als 200`, `bis 5`).
  return boundWordsAt(tokens, i);
}

/** A unit as reports print them: a token with a letter, `%`, `/` or `#`, that is not a number, range or flag. */
export function isUnitToken(token: string): boolean {
  if (token.length > 24) return false;
  // (portals) An assay's method printed in capitals at the end of a name (Quest's `TESTOSTERONE, TOTAL, MS`, `IGF 1,
  // LC/MS`, `ESTRADIOL, ULTRASENSITIVE, LC/MS`): no unit — read as one, the row lost its real unit after the range.
  if (isMethodAbbreviation(token)) return false;
  if (CYRILLIC_WORD_UNITS.has(token.toLowerCase()) || CJK_WORD_UNITS.has(token)) return true;
  // (jp2 review) A token with Han, Kana or Hangul letters is a unit only as a known unit word (CJK_WORD_UNITS) or a
  // unit per something (CJK_PER_UNIT: `個/μL`, `万/μL`, `천/μL`, `个/HP`, `mL/分/1.73m2`, as printed): a run of Japanese
  // words with a Latin abbreviation in it (`は高LDLコレステロール血症です`, a sentence after a number) is none.
  if (CJK_LETTER.test(token) && !CJK_PER_UNIT.test(token)) return false;
  // (fixr85b) The per-mille sign is a unit's character as the per cent sign is (`Reticulocytes  12 ‰  5-15`): the row
  // keeps it, where it had been lost with the row. (mend27) toUcum writes it UCUM's `[ppth]`, the lead's call.
  if (!/[A-Za-zµμ%‰/#]/.test(token)) return false;
  if (DETECTION_LIMIT.test(token)) return false;
  if (parseValueToken(token) !== null || RANGE_ONE_TOKEN.test(token) || BOUND_ONE_TOKEN.test(token)) return false;
  if (/^[([]?(h|l|hh|ll|a|high|low)[)\]]?$/i.test(token)) return false;
  // (cumulplus) German `n.b.` (nicht bestimmt), `n.e.` (nicht erhoben), `n.u.` (nicht untersucht): a column's cell of a
  // test not done that day (a cumulative report's older column), no unit.
  if (/^n\.[beu]\.$/i.test(token)) return false;
  // A word in parentheses (`(SEE-BELOW)`, `(Fasting)`) says something about the row; it is no unit.
  if (/^\([A-Za-z][A-Za-z-]*\)$/.test(token) && !KNOWN_WORD_UNITS.has(token.slice(1, -1).toLowerCase())) return false;
  // (b65m) So is one with letters of another alphabet or with accents (`(nüchtern)`, `(jejum)`, `(натощак)`): a unit
  // there only as a known unit word. Not a micro sign's (`(µg)`, `(μmol)`: units, judged below as before).
  if (/^\(\p{L}[\p{L}\p{M}-]*\)$/u.test(token) && !/[µμ]/u.test(token)) {
    const word = token.slice(1, -1).toLowerCase();
    return KNOWN_WORD_UNITS.has(word) || CYRILLIC_WORD_UNITS.has(word) || LENGTH_UNITS.has(word);
  }
  // Words of a sentence or a label are not units; units are short, or carry a slash, a digit, % or µ.
  if (/[:]$/.test(token)) return false;
  // Words listed with commas (`(ELEC,CALCIO,FOS,TGP)`, the tests a panel's heading names): no unit has a comma between letters.
  if (/\p{L},\s*\p{L}/u.test(token)) return false;
  // Two decimal numbers run together (`D0.110.28`: an OCR's lost-dash range with a stray letter) are no unit, nor is
  // a token with a double quote inside (`k10"9/L`, an OCR's reading of a superscript).
  if (/\d\.\d+\.\d/.test(token) || token.includes('"')) return false;
  // A run of four digits or more is an identifier (`D3456789` of `CLIA #: 12D3456789`, `EDL-TFT-240621`): units carry
  // at most a power of ten or a body-surface figure (`10*3/uL`, `/1.73m2`, `/100 WBC`).
  if (/\d{4,}/.test(token)) return false;
  // (mixed) Two analytes' names with a slash between them (`protein/creatinine` of `Urine protein/creatinine  0.11`,
  // `Albumin/Creatinine`, `BUN/Creat`): a ratio's name, no unit — read as one, the name had been cut to `Urine`.
  if (ANALYTE_PAIR.test(token)) return false;
  // (nordicnames) Latin letters with accents too (`años`, `år`: `Edad: 61 años` is an age, no result in a unit): a
  // word of letters is a unit only as one of the known words, whatever its alphabet's marks. (`µg`: the micro sign is
  // no Latin letter; `ºC`'s ordinal sign is left as it was.)
  if (LATIN_WORD.test(token)) {
    return KNOWN_WORD_UNITS.has(token.toLowerCase()) || LENGTH_UNITS.has(token) || MOLAR_SHORTHAND.has(token) || SLASH_READ_AS_L.test(token);
  }
  // (b59) Words of letters joined by hyphens (`Low-normal`, `High-normal`: a status copied after the result) are no unit
  // unless the whole is a known unit word; each word of three letters or more (`mm-Hg` is judged as before).
  if (/^\p{L}{3,}(?:-\p{L}{3,})+$/u.test(token)) return KNOWN_WORD_UNITS.has(token.toLowerCase());
  // (ocrlis) A word with a bracket at one end only (`anni)`, `years)` of `(M, 58 anni)`: an age on a patient's line) is
  // judged as the word: a unit only as a known one.
  const bracketed = /^[([](\p{L}+)$|^(\p{L}+)[)\]]$/u.exec(token);
  const word = bracketed ? bracketed[1] ?? bracketed[2]! : '';
  if (word && LATIN_WORD.test(word)) return KNOWN_WORD_UNITS.has(word.toLowerCase()) || LENGTH_UNITS.has(word);
  // The last word of a sentence (`equation.`) is no unit; an abbreviated one (`sec.`) is. (fixh) So is a word closing a
  // bracket and the sentence (`guideline).` of `(SA Heart/LASSA 2018 guideline).`): a unit only as a known one.
  if (LATIN_WORD.test(token.replace(/\.$/, '')) && token.endsWith('.')) return KNOWN_WORD_UNITS.has(token.slice(0, -1).toLowerCase());
  const closing = /^(\p{L}+)(?:[)\]]\.|\.[)\]])$/u.exec(token);
  if (closing && LATIN_WORD.test(closing[1]!)) return KNOWN_WORD_UNITS.has(closing[1]!.toLowerCase()) || LENGTH_UNITS.has(closing[1]!);
  return true;
}

/** (mixed) Words of two analytes with a slash between them (ANALYTE_PAIR's reading in isUnitToken). */
const ANALYTE_WORD = '(?:protein|albumin|alb|micro-?alb(?:umin)?|creatinine|creat|cr|cholesterol|chol|hdl|ldl|bun|urea|glucose|insulin|calcium|ca)';
const ANALYTE_PAIR = new RegExp(`^${ANALYTE_WORD}/${ANALYTE_WORD}$`, 'i');

/**
 * Units of an amount given or weighed, not of a concentration measured (`Atorvastatin 20 mg`, `Vitamin D3 1000 IU`);
 * the international unit as other languages print it alone (`UI`, `IE`, `ME`/`МЕ`: a concentration prints a volume
 * after it). The text reader's dose rows (DOSE_UNIT) and line-tidy's dose before a bracket read it.
 */
export const DOSE_AMOUNT = String.raw`mg|g|kg|mcg|ug|µg|μg|iu|ui|ie|me|ме|units?|tabs?|tablets?|caps?|capsules?`;

/** (nordicnames) A word of Latin letters only, accented or not (`mg`, `años`, `år`), the ordinal signs `º` `ª` apart. */
const LATIN_WORD = /^(?:(?![ºª])\p{Script=Latin})+$/u;

/**
 * Units written as a plain word in Cyrillic (`фл`, `пг`: fL and pg of a Russian or Kazakh blood count), which have no
 * Latin letter and no slash for the test above; units.ts reads them (CYRILLIC_UNIT_PARTS). Not `г` or `с` alone, which
 * are also words of a sentence.
 */
/**
 * (portals) Assay methods printed after a test's name (mass spectrometry, immunoassays, chromatography, light
 * scattering), as regular-expression source, lower case: the one list for isUnitToken (in capitals, never a unit) and
 * catalog.ts QUALIFIER (a comma segment that does not change what was measured).
 */
export const ASSAY_METHOD_WORDS = String.raw`ms|ms\/ms|lc\/?ms(?:\/?ms)?|lc-ms(?:\/ms)?|gc\/?-?ms|ia|icma|ria|eia|eclia|clia|cmia|cia|ecl|hplc|elisa|immunoassay|chemiluminescence|nephelometry|immunoturbidimetry|turbidimetry`;
const ASSAY_METHOD = new RegExp(`^(?:${ASSAY_METHOD_WORDS})$`, 'i');
/** An assay method in capitals (`MS`, `LC/MS`, `IA`): no unit (`Ms` and `ms`, milliseconds, stay units). */
const isMethodAbbreviation = (token: string) => token === token.toUpperCase() && ASSAY_METHOD.test(token);
const CYRILLIC_WORD_UNITS = new Set(['фл', 'пг', 'нг', 'мкг', 'мг', 'ед', 'ме', 'мме', 'сек', 'мин']);
/** (labs48fix) Units written as a Chinese or Japanese word (`秒` s, `分钟` min: units.ts SYNONYMS), read as the Cyrillic ones. */
const CJK_WORD_UNITS = new Set(['秒', '分钟']);
/** The Han, Hiragana, Katakana and Hangul scripts, as a character class's body (the one definition: CJK_LETTER). */
export const CJK_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}`;
/** A Han, Hiragana, Katakana or Hangul letter: a Chinese, Japanese or Korean word's. */
export const CJK_LETTER = new RegExp(`[${CJK_SCRIPTS}]`, 'u');
/**
 * (jp2 review 2) A unit per something written with Han or Hangul words: parts around one slash or more, each either
 * without CJK letters (`μL`, `HP`, `1.73m2`) or one to four Han or Hangul letters alone (a count or time word: `個`, `万`,
 * `千`, `百`, `个`, `천`, `分`, `日`): `個/μL`, `万/μL`, `천/μL`, `个/HP`, `mL/分/1.73m2`. No kana, no part mixing
 * CJK letters with others (`mg/dL以上`: a unit run on into a word), no empty part.
 */
const CJK_PER_UNIT_PART = String.raw`(?:[^/${CJK_SCRIPTS}]+|[\p{Script=Han}\p{Script=Hangul}]{1,4})`;
const CJK_PER_UNIT = new RegExp(String.raw`^${CJK_PER_UNIT_PART}(?:\/${CJK_PER_UNIT_PART})+$`, 'u');

/**
 * A unit whose slash OCR read as an l, between a mass or an amount and what it is per (`pglcell`, `mgldL`): no unit
 * prints that l, and no word of a sentence is spelt so.
 */
export const SLASH_READ_AS_L = /^((?:[munpf]|mc)?g|[munp]?mol)l(cells?|[dmu]?[lL])$/;

/**
 * (labs49fix) Lengths a laboratory measures a size in, as UCUM writes them and only so (`20.9 nm`, an LDL particle's
 * size; `µm` has its µ and is read already): the case tells the nanometre from `NM` (not measured, a numeric type).
 * (labs56) `mm`: an ESR's millimetres in the first hour (`12 mm`), read as mm/h under an ESR's name only (coding.ts;
 * text-report.parser.ts notALabResult: no other test's).
 */
const LENGTH_UNITS = new Set(['nm', 'mm']);

/**
 * (small2) A molar shorthand as research and functional laboratories print it (`5.2 mM`, `3.5 uM`, `75 nM`, `120 pM`:
 * milli-, micro-, nano-, picomoles per litre; units.ts reads them as UCUM's `mmol/L` …), in this case only: a small
 * prefix before a capital M. `NM` (not measured), `PM` (a time's afternoon), `MM`, `UM` are no unit. (`µM` has its µ
 * and is read already.)
 */
const MOLAR_SHORTHAND = new Set(['mM', 'uM', 'nM', 'pM']);

/** Units written as a plain word. */
// `UN`, `UI`: units and international units as Spanish, French and Italian reports print them (`Gamma-GT  13  UN`).
// Seconds and minutes from time-units.ts's TIME_UNITS (not `minuto(s)`: see there).
// `kPa`: a blood gas's partial pressure as European and British laboratories print it (`pCO2  5.1  kPa`).
const KNOWN_WORD_UNITS = new Set([
  'fl', 'pg', 'ng', 'ug', 'mg', 'g', 'kg', 'ratio', 'index', 'ph', 'units', 'u', 'iu', 'un', 'ui', 'mmhg', 'kpa', 'ms', 'cells', 'copies', 'titer', 'score', 'meq', 'mosm',
  // (cat9) The SI MCH's femtomoles of haemoglobin per cell (`MCH  1.9 fmol`, Dutch, Scandinavian and German reports).
  'fmol',
  ...timeWords(['s', 'min'], [...TIME_WORDS_OF_ANY_TEXT, 'minuto', 'minutos']),
]);

/**
 * (nordicnames review) What a report numbers (a sample, a request, a report, a patient's record) in the reader's
 * languages, unaccented (`Nº de muestra`, `Boletín nº`, `Probe Nr.`, `Prøve nr`): one list for NOT_AN_ANALYTE's two
 * numbered labels, its number's word before or after it.
 */
const NUMBERED_RECORD = '(?:muestra|amostra|echantillon|campione|monster|boletin|boletim|bulletin|solicitud|peticion|pedido|requisicao|demande|dossier|richiesta|referto|orden|protocolo|historia(?: clinica)?|processo|utente|paciente|patient|probe|auftrag|befund|probki|zlecenia|prov|pr(?:ø|o)ve|nayte)';
/**
 * Names of what reports print beside results that are not results, when the catalog does not know the name: the
 * tiers of an interpretation (`High >= 240 mg/dL`, `Deficiency < 20 ng/mL`), an assay's own figures (`Sensitivity
 * 0.01 ng/mL`, `LOQ`, `CV 3.5 %`), vital signs on the request (`Weight 72 kg`, `Pulse 72 /min`, `BMI`) and the
 * specimen's serum indices (`Hemolysis: Not detected`).
 */
const NOT_AN_ANALYTE = new RegExp('^(?:' + [
  '(?:very |borderline |near |moderately |mildly )?(?:high|low|elevated|raised|optimal|desirable|acceptable|normal|abnormal|ideal)',
  '(?:low|average|intermediate|moderate|high|very high|increased) risk', 'risk', 'deficien(?:cy|t)', 'insufficien(?:cy|t)',
  'sufficien(?:cy|t)', 'toxi(?:city|c)', '(?:pre-?)?diabet(?:es|ic)', 'impaired fasting glucose', 'equivocal', 'indeterminate',
  'therapeutic(?: range)?', 'reference', '(?:analytical |functional )?sensitivity', 'limit of (?:detection|quantitation|quantification)',
  '(?:lower )?detection limit', 'lod', 'loq', 'cv', '(?:analytical )?measuring range', 'reportable range', 'linearity',
  '(?:body )?weight', '(?:body )?height', 'bmi', 'body mass index', 'pulse(?: rate)?', 'heart rate', 'temperature', 'temp', 'blood pressure', 'bp',
  // (fixabg) A blood-gas analyser's settings printed among its results: the patient's temperature (`Pt Temp`, `Patient
  // temperature`, `T(pt)`), the inspired oxygen's fraction (`FiO2`, `FIO2`, Radiometer's `FO2(I)`), the barometric
  // pressure.
  '(?:pt|patient)\\.? temp(?:erature)?', 't ?\\((?:pt|patient)\\)', 'f ?i ?o2(?: ?\\(i\\))?', 'fo2 ?\\(i\\)', '(?:barometric|baro)(?: pressure)?',
  'respiratory rate',
  // (labs38fix) Their short forms as notes and vitals lines print them (`HR: 87/min (60-90)`, `Resp 16`, `SBP 120`).
  '(?:resting )?hr', 'resp(?:iration|irations|iratory)?(?: rate)?', 'rr', '(?:systolic|diastolic)(?: blood pressure| bp)?', 'sbp', 'dbp', 'wt', 'waist(?: circumference)?', 'printed', 'copies', 'fasting(?: status)?',
  // (b59) A body-composition scan's figures printed among results (a longevity panel's `Body Fat 18.5 % (Range: 10-20)`,
  // `Lean Muscle Mass 165 lbs`, `Visceral Fat Level 9`): measurements of the body, as its weight is, never a
  // laboratory's result. Whole names only (`Fecal Fat`, a stool test, is none of them).
  '(?:total )?body fat(?: percent(?:age)?| mass| level| ratio)?', '(?:lean|lean body|lean muscle|fat|fat[- ]free|(?:skeletal )?muscle|soft lean|bone) mass',
  'skeletal muscle', 'visceral fat(?: level| rating| area| mass)?', '(?:total )?body water',
  // (nordicnames) The patient's age, weight and height and the report's or sample's number, as the languages the reader
  // reads print their labels (`Edad: 61 años`, `Âge : 61 ans`, `Alter`, `Età`, `Leeftijd`, `Ålder`, `Ikä`, `Wiek`;
  // `Peso 80 kg`, `Poids`, `Gewicht`, `Vikt`, `Paino`; `Talla`, `Größe`; `Boletín nº 123456`, `Nº de muestra`,
  // `N° d'échantillon`, `Probennummer`, `Provnummer`): matched without accents (namesNoResult), whole labels only
  // (`Peso específico`, the urine's specific gravity, is none of them).
  // (nordicnames review) One entry with the English `(Reported) (patient's) age (at collection)` of labs38fix.
  '(?:reported )?(?:patient(?:\'s)? )?(?:edad|idade|age|alter|eta|leeftijd|alder|ika|wiek|vek|eletkor|varsta|yas|umur|usia)(?: at collection| (?:del|do|da|du|des|of the) (?:paciente|patient|patienten))?',
  '(?:peso|poids|gewicht|vikt|vekt|vaegt|paino|waga|hmotnost|greutate|berat(?: badan)?|talla|altura|estatura|taille|groe?(?:ß|ss)e|lengte|langd|h(?:ø|o)yde|h(?:ø|o)jde|pituus|wzrost|altezza|statura)(?: \\((?:kg|cm|m|lbs?)\\))?',
  '(?:n(?:[º°o]|ro?|um(?:ero)?)\\.?|numero) ?(?:de |do |da |d\'|del |di |van )?(?:la |l\')?' + NUMBERED_RECORD,
  NUMBERED_RECORD + ' ?(?:n(?:[º°o]|ro?|um(?:ero)?)\\.?|numero|nummer|numer|#)',
  'boletin', 'boletim', '(?:proben|auftrags|labor|patienten|aanvraag|remiss|henvisnings)(?:nummer|numero|nr\\.?)', 'personnummer', 'henkilotunnus', 'hetu',
  // When the specimen was taken or received (`Collection time 0800`): a time, no result.
  '(?:collection|draw|drawn|receipt|received|reported|report) (?:time|date|date and time)',
  // (invented) How long a recording or a collection ran (`Duration  30 seconds` of an ECG strip, `Collection duration
  // 24 h` of a urine): a time, no result.
  '(?:(?:recording|collection|test|sample|specimen) )?duration',
  // The serum indices of the specimen (`Hemolysis: Not detected`) and labels (`Result`, `Method`). (A specimen's
  // adequacy stays an answer, as the issue lists `Adequate`.)
  '(?:sample|specimen) (?:type|source)', 'h(?:a)?emoly(?:sis|[sz]ed|tic)(?: index)?',
  'lip(?:a)?emi(?:a|c)(?: index)?', 'icter(?:us|ic)(?: index)?', 'results?', '(?:test )?method(?:ology)?',
  // (b62 review) Vietnamese `Kết quả` (result), `Kết quả xét nghiệm`, unaccented.
  'ket qua(?: xet nghiem)?',
  // The same indices in Italian, Spanish, Portuguese and French (`Emolisi`, `Ittero`, `Hemólisis`, `Hémolyse`,
  // `Hemólise`, `Icterícia`, `Ictère`, `Lipémie`).
  '(?:h[eé]|e)m[oó]l(?:isi|isis|ise|yse)(?: index| [ií]ndice)?', 'itter(?:o|izia)', 'ict[eè]re', 'icter[ií]cia', 'lip[eé]mi[ae]',
  // An assay's cut-off and the instrument, kit and controls it ran on (`Cut-off value 0.9 S/CO`, `QC Level 2 5.6 mmol/L`).
  'cut-? ?off(?: value| index)?', 'analy[sz]er(?:: .*)?', 'instrument(?: id)?', '(?:kit |calibrator |reagent )?lot(?: no)?',
  '(?:qc|control)(?: level)?(?: \\d)?',
  // A haematology analyser's run settings and the reference group its ranges were taken from, sent as OBX rows beside
  // the results (Mindray: `Take Mode  O`, `Blood Mode  W`, `Test Mode  CBC+DIFF`, `Ref Group  General`, `Grupo de
  // referencia`, `Groupe de référence`).
  '(?:take|loading|blood|test|sample|count|counting|run|analysis|aspiration|measure(?:ment)?|work(?:ing)?) mode', 'ref(?:erence)? group',
  'grupo de referencia', 'groupe de r[eé]f[eé]rence',
  // (fixr84) And where the sample stood on the analyser and what run it was loaded for, sent the same way (`Shelf No
  // 2`, `Tube No 9`, `Rack number`, `Cup position`, `Project Type  BL`): a place or a setting, never a measurement.
  '(?:shelf|rack|tube|cup|tray|slot|carrier) ?(?:no\\.?|nr\\.?|number|#|pos(?:ition)?\\.?)', 'project type',
  // How long the laboratory or the specimen took (`Time to result 45 min`, `Turnaround time 2 h`, `Sample age 3 hours`).
  'time to (?:result|report)', 'turn-? ?around(?: time)?', '(?:sample|specimen) age', '(?:transport|transit|processing|storage) time',
  'fasting (?:hours|duration|period|time)', 'hours fasting',
  // Labels of identifiers (`Labcode : 1203067869/PP011`, `Barcode`, `Sample ID`, `UHID`): a number that names, never one measured.
  '(?:lab|bar|sample|specimen|patient|order|visit|booking|reg(?:istration)?|accession|request|client|account|acct|episode|bill|invoice|receipt) ?(?:code|no\\.?|number|id|#)',
  'uhid', 'mrn', 'nric', 'nhs (?:no\\.?|number)',
  // A goal or target a clinician sets (`Goal: LDL < 70 mg/dL`, `Target: 7 %`, `Treatment goal`), as a note's or a chat
  // summary's bullet prints it: a level aimed at, no result.
  '(?:treatment |therapy |therapeutic |personal |your )?(?:goal|target|aim)s?(?: range| value| level)?(?:: .*)?',
  // Who did something to the report (`Checked by: Lab Tech 4`, `Approved by: Dr B Rao, Reg. 56789`): a person, never a result.
  '(?:checked|verified|approved|reviewed|authori[sz]ed|signed|reported|performed|tested|entered|released|validated|printed|requested|ordered|referred|dictated|transcribed|typed|collected|received) by\\b.*',
].join('|') + ')$', 'i');

/** The comparators and the colon tierLabel leaves out after a tier's label. */
const TIER_SIGN = new Set(['<', '>', '≤', '≥', '=', ':']);

/**
 * `Normal : < 100 mg/dl`, `Diabetes : >= 126`: a tier's label, its colon and comparator left out.
 * (redos) What `/(?:\s*(?:<=|>=|=<|=>|<|>|≤|≥|=|:))+$/` took away, found from the end in one pass: the run of spaces
 * and comparators that ends the name, when its last character is a comparator. The regex tried that run from each of
 * its places (an HL7 result's name `Glucose < < … < x` of 200,000 characters: minutes).
 */
export function tierLabel(name: string): string {
  let start = name.length;
  if (!TIER_SIGN.has(name[start - 1] ?? '')) return name.trim();
  while (start > 0 && (TIER_SIGN.has(name[start - 1]!) || /\s/.test(name[start - 1]!))) start--;
  return name.slice(0, start).trim();
}

/**
 * (fixige) A GP record's wording of an examination around its measurement (`O/E - blood pressure reading`, `Body mass
 * index - observation`, `On examination - weight`): the measurement's name, which NOT_AN_ANALYTE reads.
 */
function examinationWordsOff(label: string): string {
  // (Such a name is short: a long one, a run of spaces a hostile upload prints, is left as it is.)
  if (label.length > 80) return label;
  const bare = label.replace(/^(?:o\/e|on examination)\s*[-:–]\s*/i, '').replace(/\s*[-–:]\s*(?:observation|observed|reading|measurement|measured|finding)$/i, '')
    .replace(/\s+(?:reading|measurement|measured)$/i, '');
  return bare || label;
}

/** Whether a name is one of what reports print beside results that no laboratory measured (for a name the catalog does not know). */
export function namesNoResult(name: string, ranged = false): boolean {
  const label = examinationWordsOff(tierLabel(name));
  // (nordicnames) Without accents too (`Boletín nº`, `Âge`, `Ålder`, `Ikä`: the labels NOT_AN_ANALYTE writes unaccented).
  if (NOT_AN_ANALYTE.test(label) || NOT_AN_ANALYTE.test(withoutMarks(label))) return true;
  // (mixed) A measurement of the body, a device or a monitor (MEASUREMENT_NAMES), also with a body unit in brackets
  // after it (`Total Body Water (L)`, `Body Fat Mass (kg)`), a monitor's band's bounds (`High 181-250 mg/dL`), or after
  // its abbreviation (`SMM Skeletal Muscle Mass`, `PBF Percent Body Fat`: the capitals the words' initials); a
  // statistic's name (STATISTIC_NAMES: `SD`, `CV`, `Z-score`) only with no range printed — a laboratory prints an
  // IGF-1's `Z-score  0.8  -2 to +2` with one (review 12).
  const measured = (l: string) => MEASUREMENT_NAMES.test(l) || (!ranged && STATISTIC_NAMES.test(l));
  if (measured(label)) return true;
  // (set 28) A measurement's field with its value opening the name (`BP: 156/94 mmHg   Pulse: 82/min` read as a row
  // named `BP: 156/94 mmHg Pulse`): a line of vital signs, no result.
  const field = /^([^:\d]{1,30}):\s*\d/.exec(label);
  if (field && (measured(field[1]!.trim()) || NOT_AN_ANALYTE.test(field[1]!.trim()))) return true;
  const either = (l: string) => measured(l) || NOT_AN_ANALYTE.test(l);
  const bare = label.trimEnd().replace(BODY_UNIT_IN_BRACKETS, '').trimEnd().replace(CGM_BAND, '').trim();
  if (bare !== label && bare !== '' && either(bare)) return true;
  const spelled = /^([A-Z]{2,4})\s+(\S.*)$/.exec(bare);
  const initials = spelled?.[2]!.split(/[\s-]+/).map((w) => w[0]?.toUpperCase()).join('');
  return spelled !== null && initials === spelled[1] && either(spelled[2]!);
}

/**
 * (mixed) Names of what a body-composition scan (DEXA, bioimpedance: InBody, a consumer scale), a fitness test (VO2max,
 * CPET, calorimetry), a sleep study, a wearable, a continuous glucose or ketone monitor's summary and a risk or imaging
 * score print, as keyed set 7's documents and review 12's cases print them: measurements of the body or a device's
 * statistics, never a laboratory's result. Whole names (folded to lower case by the flag), for a name the catalog does
 * not know; written with String.raw (a first form's single-quoted `\(` lost its backslash: review 12).
 */
const MEASUREMENT_NAMES = new RegExp(String.raw`^(?:` + [
  // Body composition.
  String.raw`(?:percent |% ?)body fat`, String.raw`(?:android|gynoid|trunk|arms?|legs?|total|region|tissue) ?(?:\(?%\s?fat\)?|fat %|%)`, 'android', 'gynoid', 'pbf', 'smm',
  String.raw`(?:intra|extra)cellular water`, String.raw`ecw(?: ?/ ?tbw| ratio)?`, 'tbw', 'icw', 'body cell mass', String.raw`(?:whole body )?phase angle(?: \(\d+ ?khz\))?`,
  String.raw`(?:appendicular )?(?:lean|skeletal muscle|fat) (?:mass )?index(?: \(\w+\))?`, 'almi', 'fmi', 'smi', String.raw`(?:est\.? )?vat(?: mass| volume| area)?`,
  'bmc', String.raw`(?:.+ )?bmd(?: .+)?`, String.raw`bone mineral (?:content|density)(?: .+)?`, 'minerals?', String.raw`(?:protein|water|muscle|bone|fat) ?%`,
  'basal metabolic rate', 'bmr', 'inbody score', 'obesity degree', String.raw`waist[- ]hip ratio`,
  // Fitness, calorimetry, sleep, wearables.
  String.raw`vo2 ?(?:max|peak)?(?: \(\w+\))?`, 'vco2', 'o2 pulse', String.raw`(?:resting )?energy expenditure`, 'ree', String.raw`grip(?: strength)?`, 'hrv',
  'heart rate variability', String.raw`(?:daily )?steps`, String.raw`(?:total )?sleep(?: score| duration| efficiency| time)?`, 'ahi', 'odi', 'rdi',
  'arousal index', String.raw`(?:lowest|mean|nadir|average|minimum|min) spo2`, 'blood oxygen', String.raw`pulse ox(?:imetry)?`, 'pulse wave velocity',
  'gait speed', 'balance',
  // A glucose or ketone monitor's summary.
  String.raw`gmi(?: \(.*\))?`, String.raw`glucose management indicator(?: \(gmi\))?`, String.raw`(?:glucose )?variability`, 'coefficient of variation',
  String.raw`(?:% )?time (?:in|above|below) (?:target|range)s?(?: \(.*\))?`, String.raw`(?:% )?time cgm is active`, String.raw`sensor (?:usage|wear|active)`,
  'tir', 'tbr', 'tar', 'mage', 'iqr', 'mean', 'median', String.raw`average ketones?`, 'time in ketosis',
  'in range', 'target range', // (`High`, `Very Low` with a band's bounds: NOT_AN_ANALYTE's, after CGM_BAND)
  // Scores and risks.
  String.raw`(?:total )?(?:agatston|calcium|cac|volume|mass|metabolic|healthspan|wellness|health|fitness|composite|zone) score`, 'mesa percentile',
  'biological age', String.raw`(?:10[- ]year |lifetime )(?:ascvd |cvd |cardiovascular )?risk(?: estimate| score)?(?: \(.*\))?`, String.raw`ascvd risk(?: estimate| score)?(?: \(.*\))?`,
].join('|') + ')$', 'i');
/** (mixed, review 12) Statistics a monitor and a DEXA print, and a laboratory too with a range (an IGF-1's SDS, a PDW's `SD`). */
const STATISTIC_NAMES = /^(?:sd|standard deviation|%\s?cv|cv|[tz][- ]?score)$/i;

/**
 * (mixed) A unit of the body's measurement in brackets ending a name (`(kg)`, `(L)`, `(%)`, `(kg/m2)`, `(cm2)`), and a
 * glucose monitor's band's bounds after one space (`181-250 mg/dL`, `<54 mg/dL`, `>250`, `70-180`). Neither begins
 * with a run of spaces' quantifier: tried at each position of a long blank run, `\s+…$` walked it to its end each time
 * (a name of 20,000 spaces: 0.7 s; the callers trim the name first).
 */
const BODY_UNIT_IN_BRACKETS = /\((?:kg|lbs?|cm|in|l|%|kcal|kg\/m2|kg\/m²|cm2|cm²|cm3|ml\/kg\/min)\)$/i;
const CGM_BAND = /\s(?:[<>]=?\s?)?\d+(?:[.,]\d+)?(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?\s?(?:mg\/dl|mmol\/l)?$/i;

/**
 * (mixed) Whether a name ends in a unit of the body's measurement in brackets (`Protein (kg)`, `Minerals (kg)`,
 * `Weight (kg)`: a bioimpedance scan's, never a laboratory's protein), or a row's unit is one (BODY_MEASURE_UNIT: `Grip
 * 38 kg`, `ALMI 8.62 kg/m2`, `VO2max 31.4 mL/kg/min`, `VAT Area 162 cm2`, `Basal Metabolic Rate 1,326 kcal`; a
 * sentence's full stop after it, `… pressure 9 cmH2O.`): no laboratory reports a result so.
 */
export function bodyMeasurement(name: string, unit: string | undefined): boolean {
  const inBrackets = /\(([^()]+)\)$/.exec(name.trim())?.[1];
  return BODY_MEASURE_UNIT.test(inBrackets?.trim() ?? '') || BODY_MEASURE_UNIT.test(unit?.trim().replace(/\.$/, '') ?? '');
}
// (A device's setting in centimetres of water, `CPAP … pressure 9 cmH2O`, is none either. Not `cm`: `Ht  170  cm` stays
// an unknown row, labs20fix's reading.)
const BODY_MEASURE_UNIT = /^(?:%\s?fat|kg|kgs|lbs?|pounds?|kcal(?:\/d(?:ay)?)?|l\/min|ml\/beat|bpm|beats\/min|steps|kg\/m2|kg\/m²|cm2|cm²|cm3|cm³|ml\/kg\/min|mgy·?cm|cmh2o|cm h2o)$/i;

/**
 * A numeric character reference's character (`&#181;`, `&#xB5;`: µ), or the reference as printed when it names no
 * character (`&#0;`, `&#1114112;`: String.fromCodePoint would throw, and a page's one bad reference lose its table).
 */
export function characterOf(codePoint: number, printed: string): string {
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : printed;
}

/**
 * A text's character references decoded in one pass (`&#181;`, `&#xB5;`, and the named ones `named` knows: `&lt;`,
 * `&nbsp;`): nothing is expanded twice (`&amp;lt;` is `&lt;`, `&#38;lt;` too), and a name `named` does not know, or a
 * number no character has, stays as printed. The XML reader's five entities and the HTML table reader's.
 */
export function decodeReferences(s: string, named: (name: string) => string | undefined): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/gi, (all, e: string) => {
    if (e[0] !== '#') return named(e) ?? all;
    return characterOf(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10), all);
  });
}

/**
 * (cards) The English words that label a result's value: `Result(s)`, `Value`, and the same with the word before them
 * that says whose or which (`Your value`, `Your result`, `Observed value`; the NHS App's and GP records' `Test result`,
 * `Test value`, `Your test result`), or `Result value`. One source for a card's label before the value and alone over
 * it (text-report.parser's VALUE_LABEL, CARD_LABEL_ALONE) and for a value column's header (table.ts ROLE_WORDS, which
 * adds header words of its own). A regex source: words one or more spaces apart, no flags needed (lower case).
 */
// (families) A FHIR resource's `valueQuantity` rendered as text too.
export const VALUE_LABEL_WORDS = String.raw`(?:(?:your|test|your\s+test|observed)\s+)?(?:results?|value)|result\s+value|value\s?quantity|(?:latest|most\s+recent)(?:\s+(?:results?|value))?`;

/**
 * The same label in Spanish, Portuguese, French, Italian and German (`Resultado(s)`, `Résultat(s)`, `Risultato`,
 * `Risultati`, `Ergebnis`, (set 28) `Ihr Wert`): a card's label before its value (VALUE_LABEL) and a value column's header (ROLE_WORDS,
 * which adds the Dutch, Polish and other words of its own). A regex source, lower case.
 */
export const VALUE_LABEL_WORDS_OTHER_LANGUAGES = String.raw`resultados?|r[ée]sultats?|risultat[oi]|ergebnis|ihr\s+wert`;

/**
 * The words that label a result's unit (`Unit`, `Units`, `Unit of measure`, `UoM`) and its flag (`Flag`, `Flags`,
 * `Abnormal flag`): a card's label before them or alone over them (text-report.parser's UNIT_LABEL, FLAG_LABEL,
 * CARD_LABEL_ALONE; BETWEEN_ROW_AND_BOUNDS' flag line) and a unit or flag column's header (table.ts ROLE_WORDS, whose
 * flag headers add words of their own). Regex sources, lower case, in this order (`units?` tried before `unit of
 * measure`, as the card's regexes always had it).
 */
export const UNIT_LABEL_WORDS = 'units?|unit of measure|uom';
export const FLAG_LABEL_WORDS = 'flags?|abnormal flag|interpretation';
