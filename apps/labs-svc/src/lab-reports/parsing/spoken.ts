import { alternation, TARGETS } from './not-result-words.js';
import { boundWordsComparison, boundWordsSource } from './tokens.js';
import { toUcum } from './units.js';

/**
 * Results dictated through speech recognition, as an unedited transcription prints them (`His hemoglobin A1c is seven
 * point four percent`, `sodium one thirty-nine`, `prolactin was thirty-one point six nanograms per milliliter`): the
 * numbers and units in words written as the reader reads them (`7.4 %`, `139`, `31.6 ng/mL`).
 *
 * - **Units in words** after a number (`percent`, `milligrams per deciliter`, `picograms per mil`, `international units
 *   per liter`): the unit's symbol, as units.ts's toUcum reads the words (printedUnit); a dose's per kilogram, and any
 *   words toUcum reads as no unit (`grams per day`), stay words.
 * - **Numbers in words** right after a test's name the catalog knows, perhaps a verb between (`is`, `was`, `of`, `at`,
 *   `came back`), and before the end of the clause, a unit or a word that goes on a result (`which`, `and`, `with`,
 *   `down`, `up`, `both`): the number. The forms dictation gives: `fifty-one`, `sixty two`, `two hundred forty-one`,
 *   `one thirty-nine` (a clinician's 139), `one oh two` (102), `seven point four`, `six and a half`, `zero point zero
 *   one`. `for` is four only before `point` (`potassium for point nine`: SOUNDS_AS). Words of numbers anywhere else stay
 *   words (`one of the two`, `two weeks`, `a one-off`), and so do a whole number after `at` (a time or an age) and a
 *   number that is part of a name (partOfName).
 * - **A comparator in words** (tokens.ts's strict bound words: `less than`, `greater than`, `lower than`, `unter`, `menor
 *   de` …) before a number after such a name, ending its clause, in no plan's or goal's clause: `<`, `>`.
 */

const ONES: Record<string, number> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/**
 * A word that sounds as a digit, read so only before `point` (`potassium for point nine`). Not `to` (`came back to point
 * nine`: a preposition, review 28).
 */
const SOUNDS_AS: Record<string, number> = { for: 4 };

const NUMBER_WORD = new RegExp(String.raw`\b(?:${[...Object.keys(ONES), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred'].join('|')})\b`, 'i');

/**
 * Units in words after a number, or after `all` or `in` (`…, all milligrams per deciliter`: one unit for a list): the
 * longest run of up to six words that units.ts reads as a unit (toUcum: `milligrams per deciliter`, `international units
 * per liter`, `millimoles per mole`, `thousand per microliter`), `per mil` a millilitre as dictated. Written as a printed
 * unit the readers read again (`[IU]` as `IU`, `10*3/uL` as `x10^3/uL`); a dose's per kilogram stays words.
 */
const UNIT_RUN = /(\d|\ball|\bin)(\s+)((?:[\p{L}-]+\s+){0,5}per\s+[\p{L}-]+)/giu;
const PERCENT_WORDS = /(\d)\s+per\s?cent\b/giu;

function printedUnit(words: string): { unit: string; length: number } | null {
  const parts = words.split(/\s+/);
  for (let n = parts.length; n >= 3; n--) {
    const run = parts.slice(0, n);
    if (!run.slice(0, -1).some((w) => w.toLowerCase() === 'per')) continue;
    // (`milli international units`: a recognizer's spaced prefix.)
    const said = run.join(' ').replace(/\bper\s+mils?$/i, 'per milliliter').replace(/\b(milli|micro)\s+international\b/i, '$1-international');
    const ucum = toUcum(said);
    if (!ucum || /\/kg\b/.test(ucum)) continue;
    return { unit: ucum.replace(/\[IU\]/g, 'IU').replace(/^10\*(\d+)\//, 'x10^$1/'), length: run.join(' ').length };
  }
  return null;
}

/** Units in words after a number written as their symbols (`46 percent` → `46%`, `88 milligrams per gram` → `88 mg/g`). */
function withUnitWords(text: string): string {
  if (!/\bper/i.test(text) || text.length > 2000) return text;
  return text.replace(PERCENT_WORDS, '$1%').replace(UNIT_RUN, (all, lead: string, gap: string, words: string) => {
    const unit = printedUnit(words);
    return unit ? `${lead}${gap}${unit.unit}${words.slice(unit.length)}` : all;
  });
}

/** A number in words read from `words[at]` on: its value, its printed digits and how many words it took; null if none. */
function spokenNumberAt(words: readonly string[], at: number): { digits: string; used: number } | null {
  const w = (k: number) => words[k]?.toLowerCase();
  let k = at;
  /** A whole number below a hundred (`forty-one`, `sixty two`, `twelve`, `seven`). */
  const belowHundred = (): number | null => {
    const word = w(k);
    if (word === undefined) return null;
    const hyphen = /^([a-z]+)-([a-z]+)$/.exec(word);
    if (hyphen && TENS[hyphen[1]!] !== undefined && ONES[hyphen[2]!] !== undefined && hyphen[2] !== 'zero' && hyphen[2] !== 'oh') {
      k++;
      return TENS[hyphen[1]!]! + ONES[hyphen[2]!]!;
    }
    if (TEENS[word] !== undefined) {
      k++;
      return TEENS[word]!;
    }
    if (TENS[word] !== undefined) {
      k++;
      const next = w(k);
      if (next !== undefined && ONES[next] !== undefined && next !== 'zero' && next !== 'oh') {
        k++;
        return TENS[word]! + ONES[next]!;
      }
      return TENS[word]!;
    }
    if (ONES[word] !== undefined) {
      k++;
      return ONES[word]!;
    }
    return null;
  };
  const first = w(k);
  // (review 28) `oh` alone is no zero (`recheck potassium oh and magnesium`): only inside a number (`one oh two`).
  if (first === undefined || first === 'oh') return null;
  let whole: number | null;
  if (SOUNDS_AS[first] !== undefined && w(k + 1) === 'point') {
    whole = SOUNDS_AS[first]!;
    k++;
  } else {
    whole = belowHundred();
    if (whole === null) return null;
    if (whole >= 1 && whole <= 9 && w(k) === 'hundred') {
      // `two hundred forty-one`, `two hundred and forty-one`, `one hundred`.
      k++;
      const back = k;
      if (w(k) === 'and') k++;
      const rest = belowHundred();
      if (rest === null) k = back;
      whole = whole * 100 + (rest ?? 0);
    } else if (whole >= 1 && whole <= 9 && k === at + 1) {
      // `one thirty-nine`, `two forty-one`, `one twenty`: a clinician's hundreds and the rest (never `one five`).
      const back = k;
      if (w(k) === 'oh' && w(k + 1) !== undefined && ONES[w(k + 1)!] !== undefined && w(k + 1) !== 'oh') {
        // `one oh two`: 102.
        whole = whole * 100 + ONES[w(k + 1)!]!;
        k += 2;
      } else {
        const rest = belowHundred();
        if (rest !== null && rest >= 10) whole = whole * 100 + rest;
        else k = back;
      }
    }
  }
  let digits = String(whole);
  // (review 28) `six and a half`: 6.5.
  if (w(k) === 'and' && w(k + 1) === 'a' && w(k + 2) === 'half') {
    return { digits: `${digits}.5`, used: k + 3 - at };
  }
  if (w(k) === 'point') {
    let decimals = '';
    let d = k + 1;
    while (w(d) !== undefined && ONES[w(d)!] !== undefined) decimals += String(ONES[w(d++)!]);
    if (decimals) {
      digits += `.${decimals}`;
      k = d;
    }
  }
  return { digits, used: k - at };
}

/** Words between a test's name and its value (`is`, `was`, `of`, `at`, `came back`, `now`), read back from the value. */
const VERB_WORDS = new Set(['is', 'was', 'were', 'are', 'of', 'at', 'now', 'back', 'came', 'still', 'only', 'about', 'around', 'than', 'less', 'greater', 'more']);
/** What may follow a value in words: the clause's end, a unit, or a word that goes on the sentence. */
const AFTER = new RegExp(String.raw`^(?:$|[.,;:!?)]|%|\(|(?:which|and|with|down|up|both|on|in|from|today|this|that|but|so|percent|per|mg|ng|pg|ug|mcg|g|mmol|umol|nmol|pmol|mol|u|iu|units?|meq|(?:milli|micro|nano|pico|femto|kilo|deci)?-?(?:grams?|moles?|units?|equivalents?|international|cells?)|milli|micro)\b|[a-zµμ]{1,4}\/)`, 'i');
/** A word that makes the number no value of the name before it (a span of time, a count of things). */
const NOT_AFTER = /^(?:days?|weeks?|months?|years?|hours?|minutes?|times?|tablets?|pills?|doses?|of|or|to)\b/i;

/** The clause ends at `words[k]` after a number (its decimals perhaps apart, a unit perhaps first): a comparator's value. */
function comparatorEnds(words: readonly string[], k: number): boolean {
  while (/^[.,]$/.test(words[k] ?? '') && /^\d/.test(words[k + 1] ?? '')) k += 2;
  if (/^[\p{L}µμ%]/u.test(words[k] ?? '') && !/^(?:and|is|are|was|were|which|but)$/i.test(words[k]!)) {
    k++;
    while (/^\/$/.test(words[k] ?? '') && words[k + 1] !== undefined) k += 2;
  }
  const next = words[k];
  return next === undefined || /^[.,;)]$/.test(next) || /^and$/i.test(next);
}

/** Words with their places in a text; punctuation is a word of its own, so that a clause's end is seen. */
function wordsOf(text: string): { text: string; at: number }[] {
  return [...text.matchAll(/[\p{L}\d][\p{L}\d'’-]*|[^\s\p{L}\d]/gu)].map((m) => ({ text: m[0], at: m.index! }));
}

/**
 * The test's name the catalog knows that the words before `end` end in (back to a clause's end, the verbs between left
 * out), or null.
 */
function namedBefore(text: string, tokens: readonly { text: string; at: number }[], end: number, knows: (name: string) => boolean): string | null {
  let k = end - 1;
  while (k >= 0 && VERB_WORDS.has(tokens[k]!.text.toLowerCase())) k--;
  for (let s = Math.max(0, k - 5); s <= k; s++) {
    if (tokens.slice(s, k + 1).some((p) => /^[^\p{L}\d]$/u.test(p.text) && p.text !== '-' && p.text !== '(' && p.text !== ')')) continue;
    const name = text.slice(tokens[s]!.at, tokens[k]!.at + tokens[k]!.text.length);
    if (knows(name)) return name;
  }
  return null;
}

/**
 * (review 28) Whether a number in words after a name is part of another test's name (`Vitamin D three`, `CA one
 * twenty-five`, `Free T four`): one digit after a name ending in one letter, or the name and the number together a name
 * the catalog knows.
 */
function partOfName(name: string, digits: string, knows: (name: string) => boolean): boolean {
  return (/(?:^|[\s-])\p{L}$/u.test(name) && /^[1-9]$/.test(digits)) || [`${name}${digits}`, `${name} ${digits}`, `${name}-${digits}`].some((n) => knows(n));
}

/** The text with each edit made (edits in order, none overlapping). */
function edited(text: string, edits: readonly { from: number; to: number; text: string }[]): string {
  let out = text;
  for (const e of [...edits].reverse()) out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** Numbers in words after a test's name the catalog knows, ending their clause or before a unit, as digits. */
function withSpokenNumbers(text: string, knows: (name: string) => boolean): string {
  const tokens = wordsOf(text);
  const words = tokens.map((t) => t.text);
  const edits: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const spoken = spokenNumberAt(words, i);
    if (!spoken) continue;
    const next = i + spoken.used;
    const after = words[next] ?? '';
    const lastUsed = tokens[next - 1]!;
    // (review 28) A whole number after `at` is a time or an age (`cortisol at eight`, `PSA at fifty`), no value.
    const atTime = words[i - 1]?.toLowerCase() === 'at' && !spoken.digits.includes('.');
    const name = AFTER.test(after) && !NOT_AFTER.test(after) && !atTime ? namedBefore(text, tokens, i, knows) : null;
    if (name !== null && !partOfName(name, spoken.digits, knows)) {
      edits.push({ from: tokens[i]!.at, to: lastUsed.at + lastUsed.text.length, text: spoken.digits });
    }
    i = next - 1;
  }
  return edited(text, edits);
}

/**
 * A strict comparison's words at a text's start, then a number (tokens.ts BOUND_WORDS: `less than`, `greater than`, `lower
 * than`, `unter`, `menor de` …; not `up to`, a range's bound).
 */
const STRICT_BOUND = new RegExp(String.raw`^(?:${boundWordsSource('<')}|${boundWordsSource('>')})\s+(?=\d)`, 'iu');
/** STRICT_BOUND anywhere in a text (withSpokenResults' quick test). */
const STRICT_BOUND_ANYWHERE = new RegExp(String.raw`(?<!\p{L})(?:${boundWordsSource('<')}|${boundWordsSource('>')})\s+\d`, 'iu');

/** Words of a plan, a condition or a target before a comparator (not-result-words.ts TARGETS and a plan's verbs). */
const THRESHOLD_CUE = new RegExp(String.raw`\b(?:if|unless|when|keep|want|consider|start|hold|transfuse|treat|aim|recheck|${alternation(TARGETS)})\b`, 'iu');

/**
 * A comparator in words (`less than`, `greater than`, `more than`) before a number after a test's name the catalog
 * knows, as `<` or `>`: only in a sentence, no table's cell (`LDL cholesterol     Less than 100 mg/dL     Optimal`, a
 * category), and only ending its clause, perhaps a unit after it (`LDL less than 100 mg/dL is optimal`: a target).
 */
function withSpokenComparators(text: string, knows: (name: string) => boolean): string {
  if (/\s{2,}|\t|\|/.test(text)) return text;
  const tokens = wordsOf(text);
  const words = tokens.map((t) => t.text);
  const edits: { from: number; to: number; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const bound = /^\p{L}/u.test(words[i]!) ? STRICT_BOUND.exec(text.slice(tokens[i]!.at)) : null;
    if (!bound) continue;
    const number = tokens.findIndex((t) => t.at === tokens[i]!.at + bound[0].length);
    if (number < 0 || !comparatorEnds(words, number + 1) || namedBefore(text, tokens, i, knows) === null) continue;
    // (review 28) Not in a clause of a plan, a condition or a target (`Transfuse if hemoglobin less than 7 g/dL`, `Keep
    // your LDL less than 100 mg/dL`, `Goal LDL less than 70`).
    if (THRESHOLD_CUE.test(text.slice(0, tokens[i]!.at).split(/[.;!?]\s/u).pop()!)) continue;
    edits.push({ from: tokens[i]!.at, to: tokens[number]!.at, text: boundWordsComparison(bound[0])! });
    i = number;
  }
  return edited(text, edits);
}

/**
 * Numbers and comparators in words after a test's name the catalog knows written as digits (`sodium one thirty-nine`
 * → `sodium 139`, `troponin I less than zero point zero one` → `troponin I <0.01`); units in words after any number as
 * their symbols (before and after the numbers are read: a unit is what may follow a number, and a comparator's clause
 * is seen to end after its unit).
 */
export function withSpokenResults(text: string, knows?: (name: string) => boolean): string {
  if (text.length > 2000) return text;
  const united = withUnitWords(text);
  if (!knows || !(NUMBER_WORD.test(united) || STRICT_BOUND_ANYWHERE.test(united))) return united;
  return withSpokenComparators(withUnitWords(withSpokenNumbers(united, knows)), knows);
}
