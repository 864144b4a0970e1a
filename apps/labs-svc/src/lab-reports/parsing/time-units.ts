/**
 * Units of time: the one vocabulary of their words. Each UCUM unit of time with the spellings reports print for it
 * (lower-cased, no full stop), by language. Every list of time words derives from it, each keeping its own constraints:
 * SYNONYMS, TIME_ABBREVIATION and PER_TIME_WORDS in units.ts (toUcum; a rate's time after its slash), KNOWN_WORD_UNITS
 * in tokens.ts (a unit word after a number), TIME_UNIT and looksLikeUnit in text-report.parser.ts (a time as a lab
 * unit; a unit in a name's parentheses) and the
 * hour / minute / second words of a duration in flags.ts (DURATION, durationFlag). A new language's word goes here
 * only. Each consumer takes the units it is about — SYNONYMS and PER_TIME_WORDS a second, a minute and an hour; TIME_ABBREVIATION and a
 * unit word after a number a second and a minute; a name's parentheses a second; TIME_UNIT every unit; a duration
 * hours, minutes, seconds — in every language, but for the words it leaves out, as it says where it takes them:
 * - a letter alone, `s` and `h`, is no SYNONYMS key: UCUM reads it, and its capital is another unit there (`S` siemens,
 *   `H` henry); nor is `(S)` a unit in a name's parentheses (a specimen, serum: `Creatinine (S)`);
 * - TIME_WORDS_OF_ANY_TEXT (`second`, `hour`, `hora` …) are no units alone (toUcum, a word after a number, a name's
 *   parentheses), as unitInWords says of `hour`; only a time already found (TIME_UNIT, a duration) takes them, and a
 *   rate's time after its slash (PER_TIME_WORDS: `ng/mL/hora`), where `s` and `h` are read too;
 * - (kept, 2026-12-01) `minuto` and `minutos` are no unit words after a number (KNOWN_WORD_UNITS) although `min`,
 *   `minutes` and `minuten` are: taking them changes no reading of the tuning set, but it changes the robustness
 *   set's input (its `unit-glued-to-value` perturbation glues what isUnitToken calls a unit: `7minutos 12segundos`),
 *   so its details; left for a change that measures that on purpose.
 */
export const TIME_UNITS = {
  s: {
    en: ['s', 'sec', 'secs', 'second', 'seconds'],
    // (labs35fix) `es`: Spanish and Portuguese (`seg`, `segs`, `segundo(s)`); German `Sekunden`; Swedish `sek`.
    es: ['seg', 'segs', 'segundo', 'segundos'], de: ['sekunden'], sv: ['sek'],
  },
  min: { en: ['min', 'mins', 'minute', 'minutes'], es: ['minuto', 'minutos'], de: ['minuten'] },
  h: { en: ['h', 'hr', 'hrs', 'hour', 'hours'], es: ['hora', 'horas'], de: ['stunde', 'stunden'] },
  d: { en: ['d', 'day', 'days'] },
  wk: { en: ['wk', 'wks', 'week', 'weeks'] },
  mo: { en: ['mo', 'month', 'months'] },
  a: { en: ['y', 'yr', 'yrs', 'year', 'years'] },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/** A UCUM unit of time of TIME_UNITS. */
export type TimeUcum = keyof typeof TIME_UNITS;

/** The spellings of these units of time (every language), less `except`. */
export function timeWords(units: readonly TimeUcum[], except: readonly string[] = []): string[] {
  return units.flatMap((u) => Object.values(TIME_UNITS[u]).flat()).filter((w) => !except.includes(w));
}

/** A regular expression's text matching a string literally (its special characters escaped). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as a regular expression's alternation (escaped, the longest first), for a consumer's own pattern. */
export function wordAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escapeRegExp).join('|');
}

/**
 * Spellings of a unit of time that are words of any text too (`second sample`, `Hora de extracción`): read as a unit
 * only where a time is already found (TIME_UNIT, a duration), never alone (TIME_UNITS).
 */
export const TIME_WORDS_OF_ANY_TEXT: readonly string[] = ['second', 'hour', 'hours', 'hora', 'horas', 'stunde', 'stunden'];
