import type { LabFlag } from '@pg/contracts';
import type { Comparator } from './parse.types.js';
import { canonicalQualitative, readTitre, type ReferenceRange } from './reference-range.js';
import { timeWords, wordAlternation } from './time-units.js';
import { DASH, DETECTION_LIMIT, FLAG_TOKENS, foldAnswer, OTHER_LANGUAGE_FLAG_PHRASES, RANGE_SIDE_WORDS, withoutEmojiAround } from './tokens.js';

/** A flag's side, its criticality aside (`critical-high` → `high`): what a printed status and a range agree on. */
export function flagSide(flag: string | null): string | null {
  return flag === 'critical-high' ? 'high' : flag === 'critical-low' ? 'low' : flag;
}

/** (set 25) A flag's code of one to three letters, then its meaning in brackets (`LL (Critical low)`). */
const CODE_WITH_MEANING = /^([A-Za-z]{1,3})\s*\(\s*([^()]{2,40}?)\s*\)$/;
/** (set 26) `flagged High`, `flagged as low` (a transcription's or a letter's words for the flag): the flag's word after it. */
const FLAGGED_AS = /^flagged\s+(?:as\s+)?(\S.{0,20})$/i;
/** (set 26) A status, then its side (`Out of Range - Low`, FollowMyHealth; `Abnormal: High`): the side. */
const STATUS_WITH_SIDE = /^(.{3,30}?)\s*[-–:]\s*(low|high)$/i;

/**
 * A printed flag in our vocabulary: `H`/`High`/`Elevated` → high, `L`/`Low`/`Decreased` → low, `HH`/`CH`/`Critical
 * High` → critical-high, `LL`/`CL` → critical-low, `A`/`AA`/`*`/`Abnormal` → abnormal, `N` → normal. HL7 OBX-8 codes are the same letters
 * (plus `<`/`>`: below/above the absolute limits). A `<` or `>` in a flag column says below or above, as HL7's table
 * 0078 keeps `<`/`>` (off the scale) apart from its panic limits `LL`/`HH`: low and high, never critical. Null for a
 * flag we do not know. A star before a letter (`*B`, bajo; `*H`/`*L`) is low or high; `*A` (alto, or abnormal) abnormal.
 */
export function normalizeFlag(printed: string | undefined | null): LabFlag | null {
  if (!printed) return null;
  const f = flagKey(printed);
  // The flag tokens of every reader (tokens.ts FLAG_TOKENS: letters, signs, stars; the Spanish, Portuguese, Italian,
  // Chinese, Korean, Russian, Ukrainian and Bulgarian words), then words and phrases of a status.
  const token = FLAG_TOKENS.get(f);
  if (token) return token;
  // (set 26) `flagged High` (FLAGGED_AS): the flag's word after it; a status with its side (STATUS_WITH_SIDE, `Out of
  // Range - Low`): the side, where the status alone is abnormal.
  const flagged = FLAGGED_AS.exec(printed.trim());
  if (flagged) return normalizeFlag(flagged[1]);
  const sided = STATUS_WITH_SIDE.exec(printed.trim());
  if (sided && normalizeFlag(sided[1]) === 'abnormal') return normalizeFlag(sided[2]);
  // (set 25) A code with its meaning in brackets (`LL (Critical low)`, `H (High)`, FHIR's interpretation as text): the
  // flag both say; none where they disagree or neither is one.
  const coded = CODE_WITH_MEANING.exec(printed.trim());
  if (coded) {
    const [code, meaning] = [normalizeFlag(coded[1]), normalizeFlag(coded[2])];
    if (code && (meaning === null || meaning === code)) return code;
    if (!code && meaning) return null;
  }
  // (b65) Flag phrases of other languages (`Valor elevado`, `por debajo`, `unterhalb Referenzbereich`, `au-dessus`, `bas`).
  // (b65m) A range-side word alone, of any report language (`above`, `below`, `oberhalb`, `abaixo`: RANGE_SIDE_WORDS).
  const phrase = OTHER_LANGUAGE_FLAG_PHRASES.get(f) ?? RANGE_SIDE_WORDS.get(f);
  if (phrase) return phrase;
  switch (f) {
    case 'hi': case '+': case '>': case 'elevated': case 'raised': case 'increased':
    // Dutch interpretations (`Boven referentiewaarde`, above the reference value; `Hoog`; `Verhoogd`).
    case 'hoog': case 'verhoogd': case 'boven referentiewaarde': case 'boven de referentiewaarde': case 'boven referentiewaarden':
    // SNOMED CT's qualifiers, as a UK GP record (the NHS App) prints a result's interpretation.
    case 'above high reference limit':
    // (flagwords) Its other spellings of a side (SNOMED CT's `Above reference range`; `Above upper reference limit`).
    case 'above upper reference limit': case 'above reference range':
    // (b57) Russian, Ukrainian and Bulgarian status phrases (`Выше нормы`, above the norm; `Вище норми`; `Над нормата`).
    case 'выше нормы': case 'вище норми': case 'над нормата': case 'над норма':
      return 'high';
    case 'lo': case '-': case '<': case 'decreased': case 'reduced':
    case 'laag': case 'verlaagd': case 'onder referentiewaarde': case 'onder de referentiewaarde': case 'onder referentiewaarden':
    case 'below low reference limit':
    case 'below lower reference limit': case 'below reference range':
    case 'ниже нормы': case 'нижче норми': case 'под нормата': case 'под норма':
      return 'low';
    case 'critical high': case 'critically high': case 'crit high': case 'panic high': case 'h!':
      return 'critical-high';
    case 'critical low': case 'critically low': case 'crit low': case 'panic low': case 'l!':
      return 'critical-low';
    case 'afwijkend': case 'kritiek': case 'kritisch':
    // SNOMED's `Outside reference range` (a UK GP record's interpretation line): abnormal, it names no side.
    case 'outside reference range':
      return 'abnormal';
    // (set 28) Swedish and German statuses outside a side: outside the normal interval, the reference range.
    case 'utanför normalintervallet': case 'utanför referensintervallet': case 'außerhalb des referenzbereichs': case 'ausserhalb des referenzbereichs':
      return 'abnormal';
    case 'normaal': case 'within reference range':
    // (set 28) Within the normal interval (Swedish `Inom normalintervallet`), the reference range (German `im
    // Referenzbereich`, `innerhalb des Referenzbereichs`): a consumer card's status after its value.
    case 'inom normalintervallet': case 'inom referensintervallet': case 'im referenzbereich': case 'innerhalb des referenzbereichs':
    // (b57) `В норме`, `В нормі`, `В норма` (within the norm). `Норма` alone is the range's label (`Норма: 3.5-5.1`).
    // (fix2) and the longer forms (`В пределах нормы`, `В межах норми`).
    case 'в норме': case 'в нормі': case 'в норма': case 'в пределах нормы': case 'в межах норми':
      return 'normal';
    default: {
      // (statuswords) A consumer service's status phrase (Superpower's `Above range`, Everlywell's `Below normal`,
      // Function Health's `In Range` / `Out of Range` column, `Within normal limits`): its side; in or within normal,
      // or an end of it (DUTCH's `Low end of range`); out of or outside abnormal (no side: the reader lets a printed
      // range give it, phraseGivesWay below).
      const status = STATUS_PHRASE.exec(f);
      if (!status) return null;
      return status[1] === 'above' ? 'high' : status[1] === 'below' ? 'low' : /^(?:out of|outside)$/.test(status[1]!) ? 'abnormal' : 'normal';
    }
  }
}

/**
 * A printed flag as normalizeFlag and criticalOnRangeSide look it up: without the emoji around it (`✅ Normal`, `⚠️
 * **High**`: tokens.ts withoutEmojiAround — a printed `High` beside them was lost as an unknown flag), without emphasis
 * round it whole (`**High**`) or a bracket at either end (`(H)`), lower case, spaced once.
 */
function flagKey(printed: string): string {
  return withoutEmojiAround(printed).trim().replace(/^(\*{1,2}|_{1,2})([^*_\s](?:.*[^*_\s])?)\1$/, '$2').replace(/^[([]|[)\]]$/g, '').toLowerCase().replace(/\s+/g, ' ');
}

/**
 * (fixh) A critical value's word in English that names no side (`CRITICAL`, `Crit`, `PANIC`): normalizeFlag reads it
 * abnormal, since the word alone does not say which side. (Not the Dutch `Kritiek`: the tuning set's Zorgviewer page
 * keys it abnormal, and is left as keyed.)
 */
const SIDELESS_CRITICAL = /^(?:critical|crit|panic)$/;

/**
 * (fixh) The flag of such a word beside a range that gives the value's side (`byRange`, flagFromRange's): critical on
 * that side (`Glucose  486  CRITICAL  mg/dL  70 - 140` critical-high, `Sodium  118  CRITICAL  136 - 145` critical-low),
 * as a status that names no side gives way to the range's side (phraseGivesWay). Null for any other flag, and where
 * the range gives no side (none printed, or the value within it: the word stays abnormal).
 */
export function criticalOnRangeSide(printed: string | undefined | null, byRange: LabFlag | null): LabFlag | null {
  if (!printed || (byRange !== 'high' && byRange !== 'low')) return null;
  return SIDELESS_CRITICAL.test(flagKey(printed)) ? (byRange === 'high' ? 'critical-high' : 'critical-low') : null;
}

/**
 * (statuswords) A side, `in`/`within` or `out of`/`outside`, then the range or the normal it is said of (`above range`,
 * `below normal`, `below the normal range`, `within normal limits`, `out of range`). Not a range's label (`normal
 * range`), a tier (`optimal range`, `borderline high`) nor a risk (`low risk`): an optimal range is no reference.
 * (status review) Also `low end of` or `high end of` (DUTCH's `Low end of range`, `High end of range`): within the
 * range, near one of its ends — normal, a range the value lies outside deciding (phraseGivesWay). (set 28) Or the
 * reference alone (`ABOVE REFERENCE`, `WITHIN REFERENCE`: a longevity clinic's status column).
 */
const STATUS_PHRASE = /^(above|below|in|within|out of|outside|low end of|high end of) (?:the )?(?:(?:normal |reference )?range|normal(?: limits)?|reference)$/;

/**
 * (b57 review) The Russian, Ukrainian and Bulgarian status phrases normalizeFlag reads (`Выше нормы`, `Ниже нормы`, `В
 * норме`; `Вище норми`, `Нижче норми`, `В нормі`; `Над нормата`, `Под нормата`, `В норма`): status phrases whole as
 * STATUS_PHRASE's are — a status cell after a space-aligned range (`3,5 - 6,1        Над нормата`), not the range's text.
 */
const CYRILLIC_STATUS_PHRASE = /^(?:выше нормы|ниже нормы|в норме|вище норми|нижче норми|в нормі|над нормата|под нормата|в норма|над норма|под норма|в пределах нормы|в межах норми)$/u;

/**
 * (statuswords review) Whether words, as printed, are such a status phrase whole (`Above range`, `In Range`, `Out of
 * range`, `Within the normal range`): a headerless block's status cell (table.ts cellKind), no test's name
 * (text-report.parser.ts notALabResult), a record's status that names no side (json-records.ts). A flag
 * normalizeFlag knows otherwise (`Critical high`, `Above high reference limit`) is not one.
 */
export function isStatusPhrase(words: string): boolean {
  const folded = words.trim().toLowerCase().replace(/\s+/g, ' ');
  return STATUS_PHRASE.test(folded) || CYRILLIC_STATUS_PHRASE.test(folded);
}

/**
 * (status) Whether words, as printed in a cell of their own, are a status: a flag in words normalizeFlag reads, of
 * letters only — a word of three letters or more (`Low`, `High`, `Normal`, `Elevated`) or a phrase of up to five
 * (`Within range`, `Above range`, `ABOVE NORMAL`, isStatusPhrase's and normalizeFlag's others). Not a flag's letter or
 * two (`H`, `L`, `LO`, `N`, `A`: a name's own letter as often; the text reader's FLAG_BEFORE_VALUE reads those), nor
 * `Above` or `Below` alone (before a number, `Above 60`, a bound as often as a status), nor a tier (`Optimal`,
 * `Borderline high`) or a risk (`Low risk`). A DUTCH urine hormone table prints one between the name and the value
 * (`b-Pregnanediol   Low   243   ng/mg`), an Everlywell card at the end of the name's line.
 */
export function isStatusWords(words: string): boolean {
  const t = words.trim().split(/\s+/);
  // (b65) Nor the French `bas` alone (low): `BAS` is the basophils' abbreviation as often.
  // (b65m) Nor any range-side word alone (RANGE_SIDE_WORDS: `Above`, `Below`, `acima`, `unterhalb`).
  if (!t[0] || t.length > 5 || !t.every((w) => /^\p{L}+$/u.test(w))
    || (t.length === 1 && (t[0].length < 3 || /^bas$/i.test(t[0]) || RANGE_SIDE_WORDS.has(t[0].toLowerCase())))) return false;
  return normalizeFlag(t.join(' ')) !== null;
}

/**
 * (statuswords; the flagwords review's rule, shared) Whether a status printed in words gives way to the flag its printed
 * range gives: where the range gives one, a status that names no side (`Out of range`, `Outside reference range`:
 * the side the value lies on) or another side than the range's (`In range` beside a value above it, `Below range`
 * beside one within it — a contradiction is not guessed at, the numbers decide).
 */
export function phraseGivesWay(said: LabFlag, byRange: LabFlag | null): boolean {
  return byRange !== null && (said === 'abnormal' || flagSide(said) !== flagSide(byRange));
}

/**
 * (status review; the one rule of a status in words beside a printed flag, for the text reader's phrase before the
 * range, its status before the value and a result cell's status before it) What a status in words (`said`, as
 * normalizeFlag reads it) makes of the flag printed elsewhere on its row (`printed`: a letter or word; a lone `*` or
 * `**` names no side and gives way to the words) and of the flag the row's printed range gives (`byRange`; null where
 * none is printed or read yet): 'printed' — the printed flag stays, where it says the words' side or the range decides
 * against the words (phraseGivesWay); 'unread' — it says another side and the range does not decide, a contradiction
 * not guessed at; 'phrase' — no flag printed, the words are the flag; 'none' — no flag printed, the words give way to
 * the range and the row has no flag from them.
 */
export function statusBesideFlag(said: LabFlag, printed: string | undefined, byRange: LabFlag | null): 'printed' | 'unread' | 'phrase' | 'none' {
  const givesWay = phraseGivesWay(said, byRange);
  if (printed && !/^\*{1,2}$/.test(printed)) return flagSide(normalizeFlag(printed)) === flagSide(said) || givesWay ? 'printed' : 'unread';
  return givesWay ? 'none' : 'phrase';
}

/** The hour, minute and second words of a duration: every spelling of them in time-units.ts's TIME_UNITS. */
const HOURS = `(?:${wordAlternation(timeWords(['h']))})`;
const MINUTES = `(?:${wordAlternation(timeWords(['min']))})`;
const SECONDS = `(?:${wordAlternation(timeWords(['s']))})`;
/** Each of the three units as a whole word. */
const TIME_WORD = { h: new RegExp(`^${HOURS}$`, 'i'), min: new RegExp(`^${MINUTES}$`, 'i'), s: new RegExp(`^${SECONDS}$`, 'i') } as const;
/**
 * (labs36fix) A time printed in two units, a whole number of each: `7 minutos 12 segundos`, `1 min 48 s`, `2 h 30 min`
 * (a clotting or bleeding time). One duration: kept as printed, a value in neither unit alone.
 */
export const DURATION = new RegExp(String.raw`^(\d{1,3})\s*(${HOURS}|${MINUTES})\.?\s+(\d{1,2})\s*(${MINUTES}|${SECONDS})\.?(?=\s|$)`, 'i');

/**
 * (labs36fix) The flag of a duration (DURATION) against its range: the range read in the duration's larger unit (a
 * range printed without a unit is in the result's unit, as everywhere) or in its smaller one where the range names
 * that; null where the range names another unit, or the duration's units are not an hour and minutes or a minute and
 * seconds.
 */
export function durationFlag(valueText: string | undefined, rangeText: string | undefined, range: ReferenceRange): LabFlag | null {
  const m = DURATION.exec(valueText?.trim() ?? '');
  if (!m || (range.low === undefined && range.high === undefined)) return null;
  const larger = TIME_WORD.h.test(m[2]!) ? 'h' : 'min';
  const smaller = TIME_WORD.min.test(m[4]!) ? 'min' : 's';
  if ((larger === 'h') !== (smaller === 'min')) return null;
  const words = (rangeText ?? '').replace(/[\d.,<>=≤≥\s–-]+/g, ' ').trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/\.$/, ''));
  const says = (unit: 'h' | 'min' | 's') => words.some((w) => TIME_WORD[unit].test(w));
  const inLarger = Number(m[1]) + Number(m[3]) / 60;
  const inSmaller = Number(m[1]) * 60 + Number(m[3]);
  if (words.length === 1 && says(larger)) return flagFromRange(inLarger, undefined, undefined, range);
  if (words.length === 1 && says(smaller)) return flagFromRange(inSmaller, undefined, undefined, range);
  if (words.length) return null;
  // (labs36fix review) A range printed without a unit is read in the larger unit only where the duration is on its
  // scale (`3 min 30 s` against `2 - 6`); where it lies far outside it and the smaller unit is on it (`3 min 30 s`
  // against `120 - 300`: 210 s), the range is in the smaller unit; on neither scale, no flag.
  if (onScale(inLarger, range)) return flagFromRange(inLarger, undefined, undefined, range);
  if (onScale(inSmaller, range)) return flagFromRange(inSmaller, undefined, undefined, range);
  return null;
}

/**
 * (labs36fix review) Whether a value is within a factor (five unless told) of its range's bounds (on the range's scale
 * at all). Also the text reader's test of a range printed in another unit (text-report.parser.ts rangeInOtherUnit).
 */
export function onScale(value: number, range: Pick<ReferenceRange, 'low' | 'high'>, factor = 5): boolean {
  return (range.low === undefined || value * factor >= range.low) && (range.high === undefined || value <= range.high * factor);
}

/**
 * (labs39fix) A range printed `<a-b` (`<1-2`: its lower bound a bound below a; kept as text, no bounds): a plain value
 * from a to b is inside it whatever that lower bound is (normal), one above b is high; below a, it cannot be said.
 */
function openLowIntervalFlag(value: number, comparator: Comparator | undefined, text: string | undefined): LabFlag | null {
  const m = /^[<≤]\s*(\d+(?:[.,]\d+)?)\s*[-–]\s*(\d+(?:[.,]\d+)?)\s*%?$/.exec(text?.trim() ?? '');
  if (!m || comparator) return null;
  const [a, b] = [Number(m[1]!.replace(',', '.')), Number(m[2]!.replace(',', '.'))];
  if (!(a < b)) return null;
  if (value > b) return 'high';
  return value >= a ? 'normal' : null;
}

const DASH_ALONE = new RegExp(`^${DASH}$`);

/**
 * (sameanswer) Whether two texts are the same one to three words of letters, case and accents aside — and no answer of
 * presence (review 38r: `Positive` against `Positive`, `Reactive` against `Reactive` is a column mixed up, a positive
 * serology no normal one: left without a flag, as before).
 */
function sameWords(a: string, b: string): boolean {
  const fold = (t: string) => foldAnswer(t.trim().replace(/\s+/g, ' '));
  const x = fold(a);
  return /^\p{L}+(?: \p{L}+){0,2}$/u.test(x) && x === fold(b) && canonicalQualitative(a) !== 'positive';
}

/**
 * The flag a result earns against its range when the report printed none: below → low, above → high, inside →
 * normal. A qualitative range (`Negative`) gives normal when the answer matches and abnormal otherwise. A value
 * with a comparator (`<5.0`) is flagged only when every value it stands for falls on the same side. Null when the
 * range says nothing about the value.
 */
export function flagFromRange(value: number | null, comparator: Comparator | undefined, valueText: string | undefined, range: ReferenceRange): LabFlag | null {
  if (range.expected !== undefined) {
    if (!valueText) return null;
    // (labsreadfix) An answer matches the range's in one canonical word, whatever its language (`阴性`, `Negativo`,
    // `Not detected`, a strip's `-`: negative; canonicalQualitative). (labs47fix review) A dash alone, nothing found, is
    // what a range printed `Normal` expects too.
    // (set 8) Below the detection limit (`<dl`, `<LOD`) is what a range of absence expects (`Negative`, `Not detected`):
    // nothing found. Below the limit of quantitation (`<LOQ`) is found but not counted (review 18: an HBV DNA `< LOQ`
    // is no negative): not said.
    if (DETECTION_LIMIT.test(valueText.trim())) return !/loq/i.test(valueText) && range.expected === 'negative' ? 'normal' : null;
    const answer = canonicalQualitative(valueText);
    return answer === range.expected || (range.expected === 'normal' && DASH_ALONE.test(valueText.trim())) ? 'normal' : 'abnormal';
  }
  // (set 8) Below the detection limit (`<dl`, DETECTION_LIMIT): under any upper bound, where no lower bound above zero
  // asks more (`<dl` against `< 4`: normal; against `10 - 5000` it cannot be said).
  if (value === null) {
    // (sameanswer) An answer in words that is the range's own words (`YELLOW` against `YELLOW`, `Clear` against `CLEAR`,
    // a urinalysis's colour and clarity): what the range expects. Another answer (`Amber`, `Straw`) is not said.
    if (valueText && range.text && range.low === undefined && range.high === undefined && sameWords(valueText, range.text)) return 'normal';
    const noLow = range.low === undefined || (range.low === 0 && (range.lowInclusive ?? true));
    return valueText !== undefined && DETECTION_LIMIT.test(valueText.trim()) && range.high !== undefined && noLow ? 'normal' : null;
  }
  const { low, high } = range;
  if (low === undefined && high === undefined) return openLowIntervalFlag(value, comparator, range.text);
  const lowInc = range.lowInclusive ?? true;
  const highInc = range.highInclusive ?? true;
  const belowLow = (v: number) => low !== undefined && (lowInc ? v < low : v <= low);
  const aboveHigh = (v: number) => high !== undefined && (highInc ? v > high : v >= high);
  if (!comparator) {
    if (belowLow(value)) return 'low';
    if (aboveHigh(value)) return 'high';
    return 'normal';
  }
  // `<x`: every value is below x. Low when x does not exceed the low bound; normal when the range has no low bound
  // and x is within the high bound; otherwise it cannot be said.
  // (labs39fix) A low bound of zero, inclusive, is none (`<30` under `0.0 - 60.0`: nothing measured is below zero).
  if (comparator === '<' || comparator === '<=') {
    if (low !== undefined && (comparator === '<' ? value <= low : value < low)) return 'low';
    const noLow = low === undefined || (low === 0 && lowInc);
    if (noLow && high !== undefined && value <= high) return 'normal';
    return null;
  }
  if (high !== undefined && (comparator === '>' ? value >= high : value > high)) return 'high';
  if (high === undefined && low !== undefined && value >= low) return 'normal';
  return null;
}

/**
 * A titre's flag against a titre's range (a dilution `1:N` after a comparison: `<1:80`, `<= 1:40`, `>=1:40`): the
 * dilutions compared by their denominators, a higher one being more antibody — `1:320` against `<1:80` is high,
 * `1:40` normal; a titre equal to an exclusive bound is outside it (`1:80` against `<1:80`: high), to an inclusive one
 * inside (`1:40` against `<=1:40`). A censored titre (`<1:20`, `>1:1280`) is flagged only when every dilution it stands
 * for falls on one side, as any censored value (flagFromRange). A range printed without a comparison (`1:80` alone: the
 * screening dilution, or the upper limit?), a result that is no doubling dilution (`1:30`) and anything that is no
 * titre: null.
 */
export function titreFlag(valueText: string | undefined, rangeText: string | undefined): LabFlag | null {
  const value = readTitre(valueText ?? '');
  const bound = readTitre(rangeText ?? '');
  // The result a doubling dilution (`1:30` is a clock time, not a titre: review of the change), as the readers read one.
  if (!value?.doubling || !bound?.comparator) return null;
  const range: ReferenceRange = bound.comparator === '<' || bound.comparator === '<='
    ? { high: bound.denominator, highInclusive: bound.comparator === '<=' }
    : { low: bound.denominator, lowInclusive: bound.comparator === '>=' };
  return flagFromRange(value.denominator, value.comparator, undefined, range);
}

/**
 * (labs50fix; labsleft: moved from json-records for every reader) A count printed as a span (`1 - 2`, `3-5`, a
 * microscope field's cells): its two ends, the first not above the second; null for anything else.
 */
export function countSpan(text: string | undefined): [number, number] | null {
  const m = text === undefined ? null : /^(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)$/.exec(text.trim());
  return m && Number(m[1]) <= Number(m[2]) ? [Number(m[1]), Number(m[2])] : null;
}

/**
 * (labs50fix; labsleft: moved from json-records) A span's flag against its bounds (countSpan), or null where it crosses
 * one or there are none. (readfixA) A bound is inclusive unless the range says otherwise, as flagFromRange reads it:
 * `4-5` against `<5` reaches the bound (no flag), `5-6` against `<5` is wholly above it (high).
 */
export function spanFlag([from, to]: [number, number], { low, high, lowInclusive, highInclusive }: { low?: number; high?: number; lowInclusive?: boolean; highInclusive?: boolean }):
  'low' | 'high' | 'normal' | null {
  if (low === undefined && high === undefined) return null;
  const lowInc = lowInclusive ?? true;
  const highInc = highInclusive ?? true;
  const belowLow = (v: number) => low !== undefined && (lowInc ? v < low : v <= low);
  const aboveHigh = (v: number) => high !== undefined && (highInc ? v > high : v >= high);
  if (belowLow(to)) return 'low';
  if (aboveHigh(from)) return 'high';
  return !belowLow(from) && !aboveHigh(to) ? 'normal' : null;
}

/**
 * (labs50fix review; moved from text-report.parser) Whether a footnote on a star (`* Abnormal result`, `(*) Valor
 * patológico`, `* calculated value`) says the star is a flag: a sentence of it that says the value is abnormal,
 * pathological or outside the reference — not one about the sample's quality (a haemolysis index), and in a note that
 * opens on the sample only a short sentence or one that says what the mark is. Shared by the text reader (a footnote
 * line under starred rows) and the record reader (a note among a document's records). `plain`: the sentence's text
 * without its line's decoration (the text reader's lineText).
 */
export function noteSaysStarFlags(note: string, plain: (text: string) => string = (t) => t.trim()): boolean {
  const sentences = note.split(/[.;](?=\s|$)/).filter((t) => t.trim());
  const aboutSample = sentences.length > 0 && SAMPLE_FOOTNOTE.test(sentences[0]!);
  return sentences.some((t) => FLAG_FOOTNOTE.test(t) && !SAMPLE_FOOTNOTE.test(t)
    && (!aboutSample || plain(t).replace(/^[*()\s]+/, '').split(/\s+/).length <= 3 || MARK_IS.test(t)));
}

/**
 * A footnote saying its mark is a flag: abnormal, pathological, or outside the reference (`fuera del rango de referencia`;
 * labs35fix: Swedish `utanför referensintervallet`, Norwegian `utenfor`, Danish `uden for`). (labs35fix review) The
 * Nordic words only before the reference interval's or normal range's own name (`referensintervall`, `referanseområde`,
 * `referenceinterval`, `normalområde`): `utenfor normal arbeidstid`, `uden for normal åbningstid` say when the sample
 * was analysed (outside working hours), no flag.
 */
const FLAG_FOOTNOTE = /abnormal|anormal|critical|cr[ií]tic|out of range|\bhigh\b|\blow\b|flag|alterad|patol[oó]gic|patholog(?:ic|isch)|\bvalor(?:es)?\s+elevad|fuera de rango|(?:outside|fuori|fora|fuera|hors|au[sß]erhalb)\b[^.;]{0,30}?(?:refer[eêé]n|riferiment|r[ée]f[ée]rence|norm|range|interval|rango|faixa|limit|l[ií]mite|valores)|(?:utanf[öo]r|utenfor|uden\s+for)\s+(?:\S+\s+){0,3}?(?:referen[cs]|referanse|normalomr[åa]de|normalintervall?|normalv[äæ]rd|normalverdi)/i;

/** A sentence saying what a mark stands for (`* denotes`, `indicates`, `marks`, `flags`). */
const MARK_IS = /\b(?:denotes?|indicates?|marks?|marked|means|flags?|flagged)\b/i;

/** A footnote about the sample: haemolysed, lipaemic or icteric (its index), in English, German, French, Spanish, Italian. */
const SAMPLE_FOOTNOTE = /h(?:ae|a|e|ä)m[oó]l[yií]|emolis|lip(?:ae|a|e|ä)mi|ict[eèé]r|ikter/i;
