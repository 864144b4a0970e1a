import type { Comparator } from './parse.types.js';
import { plainNumbers, type NumberContext } from './printed-number.js';
import { ABSENT_ANSWERS, PRESENT_ANSWERS } from './qualitative-words.js';
import { AGE_WORD_AFTER, BOUND_WORD_SOURCE, comparatorOf, MONTH_WORDS, YEAR_WORDS, boundWordsComparison, DASH, DOUBLE_HYPHEN_TO, FOREIGN_TO, FULL_STOP_RANGE, HAN_ONE_TO, FRENCH_ABOVE, FRENCH_BELOW, FRENCH_TO, NEGATIVE_WORDS, ABSENT_WORDS, BOUND_AFTER_WORDS, BOUND_WORDS_AFTER, boundWordSource, RANGE_AND, RANGE_BETWEEN, RANGE_FROM, RANGE_TO, RANGE_TO_WORD, SLAVIC_ABOVE, SLAVIC_BELOW, SLAVIC_FROM, SLAVIC_UP_TO, TILDE, UP_TO_PT_ES, foldAnswer, isBoundWord, isDateToken, isUnitToken, japaneseBoundRange, joinSpaceGroupedRange, parseNumber, E_NUMBER, eNotationValue } from './tokens.js';

/** A reference range: bounds (each inclusive or not), the text as printed, and the expected answer for qualitative ranges. */
export interface ReferenceRange {
  low?: number;
  high?: number;
  /** `>=40` and `3.5-5.0` include their bound; `>40` and `<200` do not. */
  lowInclusive?: boolean;
  highInclusive?: boolean;
  /** For `Negative`, `Non-Reactive`, `Not Detected`: the normal answer, lower-cased. */
  expected?: string;
  text?: string;
}

const N = String.raw`(-?\d+(?:\.\d+)?)`;
// Not followed by another `-n` (`0-2-7.2` is garbage, not 0-2).
// `70_105` (the HL7 standard's own example, and systems that print it so) is `70-105`.
// (labs48fix) A tilde between two numbers is `to` (tokens.ts TILDE: `3.3 ~ 6.1`); `~5` alone is no bound.
const TO = String.raw`(?:${RANGE_TO}|_|\.\.)`;
// `to` as French, Spanish, Italian, Portuguese and German reports print it between spaced numbers (`12,5 à 15,5`,
// `4.5 a 5.9`, `3,5 bis 5,1`; `tokens.ts`'s words): read as `to`, in any case (`12.0 A 16.0` in a range cell or HL7's
// OBX-7, where no flag stands). Only the row reader needs the case, where a flag `A` may stand between two numbers.
// (gapfix) The word first, the look behind only where it stands: a look behind first was tried at every position and
// scanned back over a whole run of spaces each time (`<` + 200,000 spaces + `1:80x` took half a minute).
const FOREIGN_TO_BETWEEN = new RegExp(String.raw`(?:${FOREIGN_TO})(?<=\d\s+(?:${FOREIGN_TO}))(?=\s+-?\d)`, 'gi');
/** Two bounds (`3.5 - 5.1`, `-2 to 2`), a plus perhaps before the upper one (group 2: boundsBetween reads it). */
const BETWEEN = new RegExp(`^${N}\\s*${TO}\\s*(\\+(?=\\d))?${N}\\b(?!\\s*[-–—]\\s*\\d)`, 'i');
/**
 * The bounds of a range of two (BETWEEN), or null. `signed`: (names) a range on both sides of zero with its upper
 * bound's plus printed (`-2.0 - +2.0`, `-2 to +2`: a Z-score's, a base excess's), the plus the bound's sign only after
 * a negative lower bound (as tokens.ts upperBoundAfter reads it) — the range's own reading; a risk tier's interval and
 * a group's are read with no plus.
 */
function boundsBetween(text: string, signed = false): [number, number] | null {
  const m = BETWEEN.exec(text);
  return m && (!m[2] || (signed && m[1]!.startsWith('-'))) ? [Number(m[1]), Number(m[3])] : null;
}
/**
 * Bounds in French, Spanish, Portuguese and Italian (`tokens.ts`'s words): `inf. à 400`, `inférieur à 5`, `sup. à 27,0`,
 * `supérieure à 0,40`, `inferior a 5`, `inferiore a 5`, `superior a 40`, `jusqu'à 5`; the abbreviation alone before its
 * number (`Inf. 60`, `Sup. 40`, as Spanish printouts write it), its point printed.
 */
const FRENCH_BELOW_TO = String.raw`(?:${FRENCH_BELOW}\s*${FRENCH_TO}(?=\s|\d)|inf\.)`;
const FRENCH_ABOVE_TO = String.raw`(?:${FRENCH_ABOVE}\s*${FRENCH_TO}(?=\s|\d)|sup\.)`;
// `Hasta 34` (Spanish), `Até 40` (Portuguese), `Fino a 40` (Italian): up to.
const FRENCH_UP_TO = String.raw`(?:jusqu['’]\s*${FRENCH_TO}|${UP_TO_PT_ES}|fino\s+a)(?=\s|\d)`;
// (gapfix) One run of spaces is read by one `\s*` (the word's and the comparison's spaces were two in a row: a run of
// spaces after `up to` was split every way before the number was found missing).
const BOUND = new RegExp(`^(?:(?:above|over|below|under|${BOUND_WORD_SOURCE}|${FRENCH_BELOW_TO}|${FRENCH_ABOVE_TO}|${FRENCH_UP_TO}|${SLAVIC_ABOVE}|${SLAVIC_BELOW}|${SLAVIC_UP_TO}))?\\s*(?:(<=|>=|=<|=>|<|>|≤|≥)\\s*)?${N}\\b`, 'i');
/** (rangewords) `from A to B` or `between A and B` in words, the whole text: A and B (groups 1–2 or 3–4). */
const WORDED_INTERVAL = new RegExp(String.raw`^(?:${RANGE_FROM}\s+)?(-?\d+(?:\.\d+)?)(?:\s+${RANGE_TO_WORD}\s+|\s*[-–]\s*)(-?\d+(?:\.\d+)?)$|^${RANGE_BETWEEN}\s+(-?\d+(?:\.\d+)?)\s+${RANGE_AND}\s+(-?\d+(?:\.\d+)?)$`, 'iu');
/** (rangewords) A number, then one of BOUND_WORDS_AFTER, the whole text (group 1 the number, 2 the words). */
const BOUND_AFTER = new RegExp(String.raw`^(-?\d+(?:\.\d+)?)\s*(${BOUND_WORDS_AFTER.map(([w]) => boundWordSource(w)).join('|')})$`, 'iu');
/**
 * (review 37) An age's word after a bound's number in the languages of tokens.ts BOUND_WORDS beyond AGE_WORD_AFTER's
 * (Finnish `v`, `vuotta`; Vietnamese `tuổi`; Romanian `ani`; Albanian `vjeç`; Indonesian and Malay `tahun`; Czech,
 * Slovak and Slovenian `let`, `rokov`; Estonian `aastat`; Latvian `gadi`; Lithuanian `metų`; Icelandic `ára`; Thai,
 * Arabic, Persian, Chinese, Japanese, Korean, Greek, South Slavic, Turkish and Hungarian): a group of patients.
 */
const WORLD_AGE_WORD_AFTER = /^\s*(?:v|vuotta|vuoden|tuổi|ani|vjeç|vjec|tahun|thn|let|rokov|roků|aastat|gadi|gadiem|metų|ára|ปี|سنة|سال|岁|歳|세|ετών|χρονών|godina|god|yaş|év|évesek)\.?(?![\p{L}])/iu;
/**
 * (review 37) A label's colon right after a bound (its number and a word or two), a range after it: the bound is a
 * group's label (`trên 50 tuổi: < 4`). A line run on after the range (`>5.8 Resulting lab: QUEST …`) is none.
 */
const LABEL_COLON_AFTER = /^\s*(?:\p{L}[\p{L}.]*\s*){0,2}[:：]\s*(?:[<>≤≥]=?\s*)?-?\d/u;
const SLAVIC_FROM_TO = new RegExp(String.raw`^(?:${SLAVIC_FROM})\s*(-?\d+(?:\.\d+)?)\s*до\s*(?=\d)`, 'i');
/** The word a bound begins with, as a comparison: above, below, up to. */
// (`greater than`, `more than`, `less than`, `up to`: BOUND_WORDS', read first by boundWordsComparison.)
const ABOVE_WORD = new RegExp(`^(?:above|over|${FRENCH_ABOVE_TO}|${SLAVIC_ABOVE})`, 'i');
const BELOW_WORD = new RegExp(`^(?:below|under|${FRENCH_BELOW_TO}|${SLAVIC_BELOW})`, 'i');
const UP_TO_WORD = new RegExp(`^(?:${FRENCH_UP_TO}|${SLAVIC_UP_TO})`, 'i');
/** (gapfix) A titre as printed, a dilution `1:N` (its denominator group 1): the one pattern of TITRE_RANGE and of a titre read as a result. */
const TITRE_DILUTION = String.raw`1\s?:\s?(\d{1,5})`;
/**
 * (labsgap) A titre, after a comparison or not (`1:320`, `<1:80`, `< 1:40`, `>=1:40`): a titre printed as a range, and a
 * censored one read as a result. The comparison is group 1, the denominator group 2.
 */
const TITRE_RANGE = new RegExp(String.raw`^(?:(<=|>=|=<|=>|<|>|≤|≥)\s*)?${TITRE_DILUTION}$`);
/**
 * (gapfix) A titre's denominator: a doubling dilution, 1:5 or 1:10 doubled (… 1:2560, 1:5120), or 1:100 doubled
 * (1:200 … 1:1600), or 1:2 doubled (1:4 … 1:4096: cold agglutinins, haemagglutination inhibition), printed without a
 * leading zero (`1:04`, `1:08` are clock times). `1:30`, `1:45`, `1:15` are clock times. (labsleft: here, for the text
 * and the records readers.)
 */
const DOUBLING_DILUTIONS = new Set([5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 5120, 100, 200, 400, 800, 1600,
  2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]);

/**
 * A titre as printed (TITRE_RANGE): its comparison (tokens.ts comparatorOf), its denominator, and whether that is a
 * doubling dilution (DOUBLING_DILUTIONS); null for anything that is no titre. The one reading of a titre: the readers'
 * tests below and flags.ts titreFlag.
 */
export function readTitre(text: string): { comparator?: Comparator; denominator: number; doubling: boolean } | null {
  const m = TITRE_RANGE.exec(text.trim());
  if (!m) return null;
  const comparator = m[1] ? comparatorOf(m[1]) : undefined;
  return { ...(comparator ? { comparator } : {}), denominator: Number(m[2]), doubling: !m[2]!.startsWith('0') && DOUBLING_DILUTIONS.has(Number(m[2])) };
}
/** (leftfix) Whether a text is printed as a dilution `1:N`, any denominator, after a comparison or not: the coder's test of a titre. */
export const isTitreDilution = (text: string): boolean => readTitre(text) !== null;
/** (labsgap) Whether a token is a titre read as a result: a dilution `1:N` of a doubling denominator, no comparison. */
export function isTitreResult(text: string): boolean {
  const t = readTitre(text);
  return !!t && t.doubling && !t.comparator;
}
/** Whether a text is a censored titre (`<1:40`, `>1:1280`): a doubling dilution after a comparison. */
export function isCensoredTitre(text: string): boolean {
  const t = readTitre(text);
  return !!t && t.doubling && !!t.comparator;
}
/** (labsgap) A titre's range as a result's: a titre after a comparison (`<1:80`, `>= 1:40`). */
export const isTitreRangeOfResult = (text: string): boolean => readTitre(text)?.comparator !== undefined;

/** One range expression inside a text: `a - b`, `< x`, `>= x`, `up to x`. */
// (gapfix) Never from inside a number (`(?<!\d)`: the number's first digit would have matched first), so a long run of
// digits is not read again from each of them.
const TIER = new RegExp(String.raw`-?(?<!\d)\d+(?:\.\d+)?\s*${RANGE_TO}\s*\d+(?:\.\d+)?|(?:<=|>=|=<|=>|<|>|≤|≥|up to|upto)\s*\d+(?:\.\d+)?`, 'gi');
// (labsreadfix) And the Chinese, Japanese and Korean negative (`阴性`, `陰性`, `음성`), bounded by no letter (no `\b`
// beside Han or Hangul). (labs50fix) And the Indonesian and Malay (`Negatif`, `Non Reaktif`).
// (labs52fix) And `Nil` (none), as `Absent`. (labsgap) And a smear's `Not seen`, as `Not detected`. (unitrange) And
// `Negative` in the report languages (tokens.ts NEGATIVE_WORDS, the list the range words rangeWordsAt reads are taken
// from): matched against the text folded as they are (foldAnswer: French `Négatif` composed or with a combining accent).
// (b67u) And `Absent` in the report languages (tokens.ts ABSENT_WORDS: `Glucosio  assente  assente`, `Protéines  traces  absente`).
// (nonreactive) And `Non reactive` in French, Spanish, Portuguese and Italian (NON_REACTIVE_FOLDED).
const NON_REACTIVE_FOLDED = String.raw`non-? ?reactif|no-? ?reactiv[oa]|nao-? ?rea(?:gente|tivo)|non-? ?reattivo`;
const QUALITATIVE = new RegExp(String.raw`^(negative|neg|non[- ]?reactive|${NEGATIVE_WORDS.join('|')}|non[- ]?reaktif|${NON_REACTIVE_FOLDED}|not detected|none detected|not seen|${ABSENT_WORDS.join('|')}|nil|normal|阴性|陰性|음성|am tinh)(?![\p{L}])`, 'iu');

/**
 * Parses a reference range as labs print it: `3.5-5.0`, `3.5 - 5.0`, `3.5 to 5.0`, `<200`, `< 200`, `<=5`, `>=40`, `>40`,
 * `above >=90`, `below 5`, `up to 5.0`, `Negative`, `Non-Reactive`, `Not Estab.`. OCR noise in the numbers is repaired.
 * The text is kept as printed; an empty or unknown text gives a range with the text only.
 */
/** The word for a risk, in the report languages seen (`risk`, `risco`, `riesgo`, `rischio`, `risque`, `Risiko`). */
const RISK_WORDS = 'risk|risco|riesgo|rischio|risque|risiko';
/** Whether a word alone is a risk's (RISK_WORDS): a tier's label after a range (text-report.parser's riskTierAfter). */
const RISK_WORD = new RegExp(`^(?:${RISK_WORDS})$`, 'i');
export const isRiskWord = (word: string): boolean => RISK_WORD.test(word);
/** An interval, a semicolon, then a risk tier's one bound (`35 to 70; risco <35`, `40-60; risk >60`, `40-60; risk ≤40`). */
const RISK_AFTER_INTERVAL = new RegExp(String.raw`^(.*\d)\s*;\s*(?:${RISK_WORDS})\s*([<>]=?|[≤≥])\s*(\d+(?:\.\d+)?)$`, 'i');

/**
 * (rangelabels) Labels that name the reference range and nothing else (no condition of it: no `Desirable`, `Fasting`,
 * `Adults`), in the report languages seen, as regular-expression sources: the one list of such labels. REFERENCE_LABEL
 * reads them before a range on a row (and a condition's labels besides); the text reader reads them before a range in
 * a result's parentheses (`(VR: 0,70 - 1,10 g/L)`, `(Valor de referência: 70 a 99)`) and on a line of its own under the
 * result (its RANGE_LINE: `Valor de referência: 22 a 322 ng/mL`, `Referenzbereich: 22 - 322`).
 */
export const RANGE_NAME_LABELS: readonly string[] = [
  'ref', 'ref\\.', 'reference', 'reference range', 'range', 'norma', 'reference interval', 'reference value', 'reference values', 'normal', 'normal range', 'normal value', 'normal values',
  // (mixed) `lab reference`, `lab ref` as a doctor's letter writes the laboratory's range beside a personal goal
  // (`LDL cholesterol 96 mg/dL (lab reference <100; your personal goal is <70)`).
  'lab reference', 'lab ref\\.?',
  // (labs36fix) `VR`, `V.R.`, `V.Ref` (valor(es) de referencia), the Spanish reports' short label; (rangelabels) `VN`
  // (valor normal), `Rango`.
  'vr', 'v\\.\\s?r\\.?', 'v\\.\\s?ref\\.?', 'vn', 'v\\.\\s?n\\.', 'rango',
  'referencia', 'valor(?:es)? de referencia', 'rango de referencia', 'intervalo de referencia', 'rango normal', 'valor(?:es)? normal(?:es)?',
  'r[ée]f[ée]rence', 'valeurs? de r[ée]f[ée]rence', 'valeurs? normales?', 'intervalles? de r[ée]f[ée]rence', 'valeurs? usuelles?',
  // (rangelabels) German `Norm`.
  'referenzbereich', 'normbereich', 'normalwert', 'referenzwert', 'norm',
  // (rangewords) Labels of the helper's vocabulary (world-words.tsv) the list lacked: French `Réf.`, Russian `Реф.`,
  // Dutch `Normaal`, `Referentiewaarde`, German `Normwert`, Finnish `Viitearvo(t)`, `Viiteväli`, Turkish `Referans`,
  // Italian `Rif.`.
  'r[ée]f\\.?', 'реф\\.?', 'normaal', 'normaalwaarde', 'referentiewaarden?', 'normwert', 'viitearvot?', 'viiteväli', 'referans', 'referans aralığı', 'rif\\.?',
  'valori di riferimento', 'valore di riferimento', 'intervallo di riferimento', 'valori normali',
  'valor de refer[êe]ncia', 'valores de refer[êe]ncia', 'intervalo de refer[êe]ncia', 'valor(?:es)? normais',
  // (rangelabels) The Swedish, Norwegian and Danish labels (labs35fix's, first read on a range line of their own).
  'referensintervall', 'referensområde', 'referanseområde', 'referanseintervall', 'referenceinterval', 'referenceområde',
  // (set 28) Swedish `Normalintervall` (a consumer service's card: `Normalintervall 134–170 g/L`).
  'normalintervall',
  // Vietnamese, Chinese, Korean, Russian, Turkish, Indonesian and Malay, Greek and Arabic reports' labels
  // (`(Tham chiếu: 12.0-15.5)`, `（正常范围：4.0-10.0）`, `(참고치: 4.0~10.0)`, `(Норма: 3.5-5.0)`).
  'tham chiếu', 'giá trị tham chiếu', 'khoảng tham chiếu', 'bình thường', 'trị số bình thường',
  '正常范围', '正常範圍', '参考范围', '參考範圍', '参考值', '參考值', '参考区间', '參考區間', '正常值', '基準値', '基準範囲', '参考範囲',
  '참고치', '참고범위', '참고 범위', '정상범위', '정상 범위', '기준치', '기준범위',
  'норма', 'референсные значения', 'референсный интервал', 'референтные значения', 'нормальные значения',
  'referans', 'referans aralığı', 'referans aralığ[ıi]', 'referans değer(?:i|leri)?', 'normal değer(?:i|ler)?',
  'nilai rujukan', 'nilai normal', 'rujukan', 'julat rujukan', 'julat normal',
  'τιμές αναφοράς', 'φυσιολογικές τιμές', 'المعدل الطبيعي', 'القيم المرجعية', 'المدى المرجعي', 'القيمة المرجعية',
  // (rangelabels2, 2026-12-07) Labels a range's parenthesis prints in more of the languages above and beside them, each
  // read as text alone before (`Calcium: 2,52 mmol/l (normes : 2,1-2,55)`, `(Referenzwerte: …)`, `(wartości
  // referencyjne: …)`): English plurals and `expected`; French `norme(s)`; German plurals, `Referenz`, `Ref.-Bereich`,
  // `Normwert`; Dutch, Polish, Czech and Slovak, Finnish, Swedish, Danish and Norwegian, Italian `rif.`, Romanian,
  // Hungarian, Croatian and Serbian.
  'reference ranges', 'normal ranges', 'expected range', 'expected values?', 'biological ref(?:erence|\\.)?(?:\\s+(?:interval|range))?',
  'normes?', 'valeurs? de r[ée]f\\.?',
  'referenzwerte', 'normalwerte', 'normwerte?', 'referenz', 'ref\\.?-?bereich', 'referenzintervall', 'normbereiche',
  'referentiewaarden?', 'normaalwaarden?', 'referentie', 'referentie-?interval', 'referentiebereik',
  'warto[śs]ci referencyjne', 'warto[śs][ćc] referencyjna', 'zakres referencyjny', 'zakres normy',
  'referen[čc]n[íi] (?:meze|rozmez[íi]|hodnoty|interval)', 'ref\\. meze', 'referen[čc]n[ée] (?:hodnoty|rozmedzie)',
  'viitearvot?', 'viitev[äa]li', 'viitealue', 'normalv[äa]rden?', 'normalomr[åa]de', 'referenceværdi(?:er)?',
  'rif\\.?', 'v\\.\\s?rif\\.?', 'valori? di rif\\.?', 'range di riferimento',
  'valori de referin[țţt][ăa]', 'interval(?:ul)? de referin[țţt][ăa]', 'valori normale',
  'referencia(?:tartom[áa]ny|[ée]rt[ée]k|intervallum)?', 'norm[áa]l [ée]rt[ée]k',
  'referentni interval', 'referentne vrijednosti', 'referentne vrednosti', 'ref\\. interval',
];

/**
 * (tworanges) The words of an optimal range's label (`Optimal`, `Ideal`, `Target range`): a consumer or longevity lab
 * prints one beside the laboratory's own range (`Optimal: 72-86  Standard: 65-99`, a column `Optimal Range` beside
 * `Standard Range`). Informational: the row's comment, never its range (the catalog has its own optimal ranges).
 */
export const OPTIMAL_RANGE_WORDS = 'optimalbereich|optimal|optimum|optimi[sz]ed|ideal|target|goal|zielbereich';
/**
 * (set 28) The words before an optimal word that make it a status, not a label (`Above target`, `Not optimal`, `Less
 * than optimal`, `Result vs target`), or the laboratory's own (`Ref / Target`, `Lab target`, `Normal target`: review 45):
 * a label's other words before it are its owner's (`Fountain Target`, `Lykon-Optimalbereich`, `Your target`).
 */
const SIDE_WORDS = 'above|below|within|outside|over|under|not|sub|near|in|out|at|on|off|to|is|was|of|than|vs|versus|less|more|higher|lower|ref|reference|lab|laboratory|normal|result';
/** (tworanges) The words after them that are still the label's (`Optimal range`, `Target level`). */
export const OPTIMAL_RANGE_NOUNS = 'range|ranges|value|values|level|levels|zone|interval';
/**
 * (tworanges) An optimal range's label, whole (`Optimal`, `Target range`, `Ideal Value`): the one definition for a
 * line's label (text-report.parser's rowWithOptimalRange) and a column's header (table.ts headerColumns, whose header
 * words are lower case and spaced once). (set 28) Its owner's word or two before it (`Fountain Target`, `Lykon-
 * Optimalbereich`, `Your optimal range`), never a side's (SIDE_WORDS).
 */
export const OPTIMAL_LABEL = new RegExp(`^(?:(?!(?:${SIDE_WORDS})\\b)[\\p{L}'’]+[\\s-]){0,2}?(?:${OPTIMAL_RANGE_WORDS})(?:\\s+(?:${OPTIMAL_RANGE_NOUNS}))?$`, 'iu');
/**
 * (tworanges) The consumer labs' own labels of the laboratory's range beside an optimal one (`Standard (range)`,
 * `Lab range`): read there, and (cards) before a range on a card's line of its own (text-report.parser's RANGE_LINE:
 * `Standard: 10 - 50 nmol/L`), not where any reference label is read (a row's cells, its parentheses). (`Lab` alone is
 * LAB_RANGE_LABEL's only: a column headed `Lab` may name the laboratory that ran the test.)
 */
export const STANDARD_RANGE_LABELS: readonly string[] = ['standard', 'standard range', 'clinical range', 'lab range', 'laboratory range', 'lab reference range', 'lab reference', 'laboratory reference'];
/** (tworanges) The laboratory's own range labelled beside an optimal one: RANGE_NAME_LABELS, STANDARD_RANGE_LABELS, `Lab`. */
export const LAB_RANGE_LABEL = new RegExp(`^(?:${[...RANGE_NAME_LABELS, ...STANDARD_RANGE_LABELS, 'lab'].join('|')})$`, 'iu');

/** (rangewords) A range's label (RANGE_NAME_LABELS) and its colon before the range (`Réf: 3-5`, `Норма: 3,5-5,1`). */
const NAMED_RANGE_LABEL = new RegExp(String.raw`^(?:${RANGE_NAME_LABELS.join('|')})\s*[:：]\s*(?=[<>≤≥]?\s*-?\d)`, 'iu');
/**
 * Labels that say "this is the reference range" (any of the report languages seen: RANGE_NAME_LABELS), or the
 * condition it is given for (`Desirable`, `Fasting`, `Adults`), and nothing else: before a range (text-report.parser's
 * `unlabelled`, `Normal: ≥90`) and after one (`≥90 = Normal`, EQUALS_LABEL).
 */
export const REFERENCE_LABEL = new RegExp(`^(?:${[
  ...RANGE_NAME_LABELS, 'ri',
  // (fixr77b) `Optimum`, `Optimised`/`Optimized` as `Optimal` (OPTIMAL_RANGE_WORDS): the row's only range so labelled.
  'desirable', 'optimal', 'optimum', 'optimi[sz]ed', 'expected', 'expected value', 'fasting', 'adults?', 'adult range',
  'deseable', '[óo]ptimo', 'ayuno', 'en ayunas', 'adultos?',
  'souhaitable', 'à jeun', 'a jeun', 'adultes?',
  'nüchtern', 'erwachsene',
  'desiderabile', 'ottimale', 'digiuno', 'adulti',
  'desej[áa]vel', '[óo]timo', 'jejum',
  // (b57, fix2) Russian, Ukrainian and Bulgarian: desirable (`желательный`, `бажаний`, `желателно`), optimal, fasting
  // (`натощак`, `натще`, `натщесерце`, `на гладно`), adults (`(желательный: < 5,2)`, `(натощак: 3,9 - 5,5)`).
  'желательн(?:ый|ое|ая|ые|о)', 'оптимальн(?:ый|ое|ая|ые|ий|е|і|о)', 'натощак', 'взрослые', 'для взрослых',
  'бажан(?:ий|е|а|і|о)', 'натще', 'натщесерце', 'дорослі', 'для дорослих',
  'желател(?:ен|но|на|ни)', 'оптимал(?:ен|но|на|ни)', 'на гладно', 'възрастни',
].join('|')})$`, 'iu');

/** Whether a label, as printed (spaces around it, any Unicode composition), is REFERENCE_LABEL's. */
export function namesReferenceRange(label: string): boolean {
  return REFERENCE_LABEL.test(label.trim().normalize('NFC'));
}

/**
 * (labs41fix) A range, `=`, and a label after it (`≥90 = Normal`, `60-89 = Mild`, `>1,0 = Desirable`): the range
 * (group 1) and the label (group 2). A label of REFERENCE_LABEL names the range; any other is a tier's.
 */
export const EQUALS_LABEL = new RegExp(String.raw`^([<>≤≥]=?\s*\d[\d.,]*|\d[\d.,]*\s*${RANGE_TO}\s*\d[\d.,]*)\s*=\s*(\p{L}[\p{L}\p{M} .]{0,30}?)\s*$`, 'u');

/**
 * (mend18) A tier's label that names the healthy tier (`Low risk`, `Low`, `Non-diabetic`, `Normal`, `Desirable`,
 * `Optimal`, `Sufficient`, `Negative`): after a row's only range line, that range is the reference.
 */
const HEALTHY_TIER_LABEL = /^(?:very low risk|low(?: risk)?|no risk|non[- ]?diabetic|normal|desirable|optimal|ideal|sufficient|sufficiency|negative)$/i;
/**
 * (mend18) A tier's line of a range, a colon and a tier's label after it (`<1 : Low risk`, `1 - 3 : Average risk`,
 * `>=6.5% : Diabetic`; every word of the label a tier's, none naming the reference range): the label; null otherwise.
 */
export function tierAfterColon(text: string): string | null {
  const m = COLON_TIER_LABEL.exec(text.trim());
  const label = m?.[2]!.trim();
  return label && !namesReferenceRange(label) && label.split(/\s+/).every((w) => TIER_LABEL_WORD.test(w)) ? label : null;
}

/** (fixr77b) A range, a colon and a label after it (`<1 : Low risk`, `5.7% - 6.4% : Prediabetic`): the label (group 2). */
const COLON_TIER_LABEL = new RegExp(String.raw`^([<>≤≥]=?\s*\d[\d.,]*%?|\d[\d.,]*%?\s*${RANGE_TO}\s*\d[\d.,]*%?)\s*:\s*(\p{L}[\p{L}\p{M} -]{0,30}?)\s*$`, 'u');

/** The words that say an age (AGE_GROUP_AFTER_INTERVAL's, a group's label's: AGE_LEAD, AGE_WORD; line-tidy.ts's). */
export const AGE_WORDS = String.raw`ages?|aged|età|eta|edad|idade|alter|âge|leeftijd|ålder|alder|wiek|возраст`;
/** (fixc) An interval, then an age group in parentheses ending the text (`2.6 - 7.3 (55-64 J.)`): the interval (group 1). */
// (set 25) Its unit may stand between (`49-226 ng/mL (age 56-60)`), the age's word before the years instead of a year's
// word after them (`(age 56-60)`, `(Alter 50-59)`, `(edad 40-49)`), and the range one bound (`<4.5 (age 60-69)`).
const AGE_GROUP_YEARS = String.raw`(?:[<>≤≥]=?\s*)?\d{1,3}\s*(?:[-–]\s*\d{1,3}\s*)?`;
const AGE_GROUP_AFTER_INTERVAL = new RegExp(String.raw`^((?:\d+(?:[.,]\d+)?\s*[-–]\s*\d+(?:[.,]\d+)?|[<>≤≥]=?\s*\d+(?:[.,]\d+)?)(?:\s*[^\s\d()<>≤≥:]+)?)\s*\(\s*(?:${AGE_GROUP_YEARS}(?:${YEAR_WORDS}|y\.|j\.)|(?:${AGE_WORDS})\s*:?\s*${AGE_GROUP_YEARS}(?:${YEAR_WORDS}|y\.|j\.)?)\s*\)$`, 'iu');
/** (fixr) A label and its colon before a range, the only colon of the text (parseReferenceRange, groupIntervalLabel). */
const GROUP_LABEL_COLON = /^([^:：\d<>≤≥][^:：]{0,39}?|\d[^:：]{0,39}?\p{L}[^:：]*?)\s*[:：]\s*(?=(?:[<>≤≥]=?\s*)?\d[^:：]*$)/u;
/** (fixr) Words of a group's label besides its group words: an age (`19-49`, `>50`, `y`, `yrs`) or a time of day (`8-10`, `AM`). */
const HOUR_WORD = /^(?:am|pm|a\.m|p\.m|morning|evening|afternoon|night)$/i;
const AGE_OR_HOUR_TOKEN = new RegExp(String.raw`^(?:(?:[<>≤≥]=?)?\d{1,3}(?:[-–]\d{1,3})?\+?|y|yr|${YEAR_WORDS}|yo|j|mo|${MONTH_WORDS})$|${HOUR_WORD.source}`, 'iu');
/** (hormones) A word before an age in a group's label (`Age 40-44`, `Aged 18-29`, `Over 50 years`); AGE_WORD the first three's. */
// (countries) `Age` in the report languages too (`Età 51-55 anni:`, `Edad 40-49 años:`, `Alter 50-59 Jahre:`, `Idade`,
// `Âge`, `Leeftijd`, `Ålder`, `Alder`, `Wiek`, `Возраст`).
export const AGE_LEAD = new RegExp(String.raw`^(?:${AGE_WORDS}|over|under|above|below|from)$`, 'iu');
export const AGE_WORD = new RegExp(String.raw`^(?:${AGE_WORDS})$`, 'iu');
/**
 * (hormones) A year's word after an age in a band a row's line prints (`y`, `yrs`, `years`, `Jahre`, `años`: text-report.parser
 * ageBandAt), and in a range's label also `yo` and `J` (`20-30 yo`, `55-64 J.`): regex sources, and the label's word whole.
 */
export const AGE_YEAR_WORD = String.raw`y|${YEAR_WORDS}`;
const YEAR_WORD = String.raw`${AGE_YEAR_WORD}|yo|j`;
const YEAR_TOKEN = new RegExp(String.raw`^(?:${YEAR_WORD})\.?$`, 'iu');
/**
 * (lead) The same label without its colon, one to three words before the interval (`mid-cycle 131-1655`, `Male
 * 264-916`, `Follicular phase 2.4-12.6`): read by groupIntervalLabel as the colon's, so one group's interval is the
 * range whether or not the lab printed a colon after its label. (hormones) An age band with its year's word among the
 * words (`Male 40-49 yr 2.4-11.6`); an age without one is none (`Follicular 19-144 Luteal 56-214` is two phases' ranges).
 */
const GROUP_LABEL_SPACE = new RegExp(String.raw`^((?:[^\d\s<>≤≥:：()\[\]][^\s:：]*\s+)(?:(?:[^\d\s<>≤≥:：()\[\]][^\s:：]*|(?:[<>≤≥]=?)?\d{1,3}(?:[-–]\d{1,3})?\+?\s*(?:${YEAR_WORD})\.?)\s+){0,2})(?=(?:[<>≤≥]=?\s*)?\d[^:：\p{L}]*$)`, 'u');
/** A range label's words, each without the stop or comma after it (`Male, 19-49 y.` → Male, 19-49, y). */
const labelWords = (label: string) => label.trim().split(/\s+/u).map((w) => w.replace(/[.,]+$/u, ''));
/**
 * (fixr) Whether a range's label (`Male 19-49 y`, `Fase lútea`, `8-10 AM`) names one group of patients — a sex, a
 * population, an age, a cycle's phase, a time of day: every word one of those, one at least a group's or an hour's —
 * and the range after it (`rest`) is one interval, no other group's.
 */
function groupIntervalLabel(label: string, rest: string, hours = true): boolean {
  const words = labelWords(label);
  if (!words.length || words.length > 5) return false;
  // (mend8) `hours` false: a label without its colon is no time of day (`Morning 140-690`, `AM 140-690`: the afternoon's
  // interval is often on the next line, which the reader may not have joined).
  if (!hours && words.some((w) => HOUR_WORD.test(w))) return false;
  if (!words.every((w) => groupWord(w) || AGE_OR_HOUR_TOKEN.test(w) || AGE_LEAD.test(w))) return false;
  // (hormones) An age band alone names a group too where it says it is an age (`Age 46-50 years: 68-218`, `40-49 yr
  // 2.4-11.6`: an `Age` before it or a year's word after it) — one printed, it is the patient's band, as one sex's is.
  const ageBand = words.some((w) => /^(?:[<>≤≥]=?)?\d/.test(w)) && words.some((w) => AGE_LEAD.test(w) || YEAR_TOKEN.test(w));
  if (!ageBand && !words.some((w) => (groupWord(w) && !/^\d/.test(w)) || HOUR_WORD.test(w))) return false;
  return !rest.split(/\s+/).some((w) => /\p{L}/u.test(w) && groupWord(w));
}
/**
 * (sexguard) Whether a range's text is one labelled interval of the other sex than the patient's (`Male: 13.5 - 17.5`,
 * `Men 19-49 y: 264-916` on a woman's report): the bounds the reader took from it (fixr) are not this patient's.
 * A sex's letter or word in the report languages seen (sexOfWord: `Male`, `M`, `Mujeres`, `Homens`); a label naming both
 * sexes or none answers false.
 */
export function labelsOtherSex(text: string | undefined | null, sexAtBirth: string | null | undefined): boolean {
  if (!text || (sexAtBirth !== 'male' && sexAtBirth !== 'female')) return false;
  // (mend8) Its colon or none (`Male 13.5-17.5`, `Men 30-400`: GROUP_LABEL_SPACE reads those bounds too).
  const label = GROUP_LABEL_COLON.exec(text.trim())?.[1] ?? GROUP_LABEL_SPACE.exec(text.trim())?.[1];
  if (!label) return false;
  const sexes = new Set(labelWords(label).flatMap((w) => sexOfWord(w) ?? []));
  return sexes.size === 1 && !sexes.has(sexAtBirth);
}
/** (sexrange) The sex a range label's word names (`Male`, `M:`, `Mujeres`, `Homens`), or null. */
function sexOfWord(token: string): 'male' | 'female' | null {
  const word = token.replace(/[:：]$/, '');
  const letter = SEX_LABEL.exec(word);
  if (letter) return letter[1] ? 'male' : 'female';
  return MALE_WORD.test(word) ? 'male' : FEMALE_WORD.test(word) ? 'female' : null;
}
/** Marks between one sex's interval and the next's (`… 836 / Female …`, `… 17,5 - Mujeres …`). */
const BETWEEN_GROUPS = /^[-–/;,|]$/;
/**
 * (sexrange) The range of a patient of `sexAtBirth` in a text that prints one interval for each sex (`Male : 249 - 836
 * Female : 8.4 - 48.1`, `Men 21.81 - 274.66 / Women 4.63 - 204`, `Varones 13,5 a 17,5 - Mujeres 12,0 a 16,0`): that
 * sex's interval as bounds, the whole text kept. The reader cannot know the patient's sex and keeps such a text
 * without bounds; the service knows it. Null unless every part is a sex's word (its colon or not) and one interval,
 * the patient's sex printed once: an age, a phase or a time beside the sex (`Male 20-49 Y: …`, `Male >= 50 Y: …`)
 * asks for what the report does not say, a part in words (`Women: see note`) gives no bounds.
 */
export function intervalForSex(text: string | undefined | null, sexAtBirth: string | null | undefined): ReferenceRange | null {
  if (!text || (sexAtBirth !== 'male' && sexAtBirth !== 'female')) return null;
  const tokens = text.trim().split(/\s+/u);
  if (!sexOfWord(tokens[0] ?? '')) return null;
  const parts: { sex: 'male' | 'female'; rest: string[] }[] = [];
  for (const token of tokens) {
    const sex = sexOfWord(token);
    if (sex) parts.push({ sex, rest: [] });
    else parts.at(-1)!.rest.push(token);
  }
  if (parts.length < 2) return null;
  const ranges = parts.map(({ sex, rest }) => {
    const words = rest[0] === ':' || rest[0] === '：' ? rest.slice(1) : rest;
    const interval = (BETWEEN_GROUPS.test(words.at(-1) ?? '') ? words.slice(0, -1) : words).join(' ');
    const range = /[:：]/.test(interval) ? {} : parseReferenceRange(interval);
    return { sex, bounded: range.low !== undefined || range.high !== undefined, range };
  });
  const mine = ranges.filter((r) => r.sex === sexAtBirth);
  if (mine.length !== 1 || !ranges.every((r) => r.bounded)) return null;
  return { ...mine[0]!.range, text: text.trim() };
}
/** `Inf.`/`Sup.` before an interval (parseReferenceRange), and an interval before a closing parenthesis alone. */
const INF_SUP_BEFORE_INTERVAL = new RegExp(String.raw`^\(?\s*(?:inf|sup)\.\s*(?=-?\d+(?:\.\d+)?\s*${RANGE_TO}\s*\d[\d.]*\s*\)?$)`, 'i');
const INTERVAL_BEFORE_PARENTHESIS = new RegExp(String.raw`^(-?\d+(?:\.\d+)?\s*${RANGE_TO}\s*\d[\d.]*)\s*\)$`);

/** (set 27) `low a [unit]; high b [unit]` (a FHIR referenceRange as text), perhaps a group after a semicolon. Groups 1 and 2 the bounds. */
const LOW_HIGH_BOUNDS = /^low\s*:?\s*(-?\d+(?:[.,]\d+)?)(?:\s*[^\s\d;,:]{1,12})?\s*[;,]?\s*high\s*:?\s*(-?\d+(?:[.,]\d+)?)(?:\s*[^\s\d;,:]{1,12})?(?:\s*;\s*(?:age|sex|for)\b[^;]{0,30})?$/iu;
/** (countries) Two numbers around an ellipsis, nothing else: `0,27 ... 4,20`, `133 ... 537`, `12,0…22,0`. */
const ELLIPSIS_RANGE = /^(-?\d+(?:[.,]\d+)?)\s*(?:(?<!\.)\.{3}(?!\.)|…)\s*(\d+(?:[.,]\d+)?)$/;

/** (set 8) Numbers in E notation inside a range's text, not inside a word (tokens.ts E_NUMBER). */
const E_NUMBERS_IN_TEXT = new RegExp(String.raw`(?<![\p{L}\d.,])${E_NUMBER}(?![\p{L}\d])`, 'gu');

export function parseReferenceRange(text: string | undefined | null, context: NumberContext = {}): ReferenceRange {
  // (scripts6) `8.64--29.0`: a double hyphen between two numbers is the range's `to` (DOUBLE_HYPHEN_TO), as on a line.
  // (b58) So is the Han numeral one between two numbers (`3.50一5.30`, OCR's reading of a Chinese report's dash).
  const raw = (text ?? '').trim().replace(DOUBLE_HYPHEN_TO, '$1-').replace(HAN_ONE_TO, '$1-');
  if (!raw) return {};
  // (set 8, GI01) Bounds in E notation (`<1.00e3`, `1.60e9 - 2.50e11`): read as their values, the text as printed.
  const decimal = /\d[eE]/u.test(raw) ? raw.replace(E_NUMBERS_IN_TEXT, (n) => String(eNotationValue(n))) : raw;
  if (decimal !== raw) return { ...parseReferenceRange(decimal, context), text: raw };
  // (countries) So is an ellipsis, three full stops or `…` (`0,27 ... 4,20`, `12,0 … 22,0`: a German or Austrian
  // laboratory's `bis`), where the whole range is two numbers around it (ELLIPSIS_RANGE); the text stays as printed.
  if (ELLIPSIS_RANGE.test(raw)) return { ...parseReferenceRange(raw.replace(ELLIPSIS_RANGE, '$1-$2'), context), text: raw };
  // (set 27) Its bounds labelled `low` and `high`, as a FHIR Observation's referenceRange is rendered as text (`low 24.0
  // nmol/L; high 122.0 nmol/L`, `Low: 3.5 High: 5.1`), perhaps with the group it is for after (`; age 30-39 Y`).
  const lowHigh = LOW_HIGH_BOUNDS.exec(raw);
  if (lowHigh) return { ...parseReferenceRange(`${lowHigh[1]}-${lowHigh[2]}`, context), text: raw };
  // (labsgap) A titre (`<1:80`, `< 1:40`, `1:80`: a dilution) is no number: the text, no bounds (not below 1).
  if (TITRE_RANGE.test(raw)) return { text: raw };
  const unwrapped = raw
    // `[4,0..10,0]`, `[<100]`: brackets around the whole range are not part of it.
    // (gapfix) Trimmed after, not by `\s*` around a lazy group: that split a run of spaces every way (cubic).
    .replace(/^\[([^\[\]]*)\]$/, (_, inner: string) => inner.trim())
    .replace(/^(?:ref(?:erence)?\.?(?:\s+(?:range|interval|value))?|normal(?:\s+range)?|bio\.?\s*ref\.?\s*interval)\s*[:=]\s*/i, '')
    // (rangewords) The label in other languages and its colon (`Réf:`, `Реф.:`, `Normaal:`, `Normwert:`: RANGE_NAME_LABELS).
    .replace(NAMED_RANGE_LABEL, '')
    // (hormones) `Ref for age 35-40: 98-282`, `for age 35-40: …`: the words before the group's label (`age 35-40:`).
    .replace(/^(?:ref(?:erence)?\.?(?:\s+(?:range|interval|values?))?\s+)?for\s+(?=(?:ages?|aged)\b)/i, '')
    // (labs49fix) `Normal >=30.5`, `Normal <=527`: the label without its colon before one bound (a transcription's
    // `Low (Normal >=30.5)`) names the range as with it — not a qualitative `normal` answer.
    .replace(/^(?:ref(?:erence)?\.?|normal)\s+(?=(?:<=|>=|=<|=>|<|>|≤|≥)\s*-?\d)/i, '')
    // `Tanner5期：6.5-30.6`, `Tanner stage 3: 0.3-2.4`: the range for the pubertal stage printed, one (the patient's):
    // its bounds are the range's. (Several stages in one text are tiers: text only, below.)
    // (hormones) Only where no other label follows (`Tanner I: 2-23 Tanner II: 5-70` read as stage II's 5-70, a flag
    // invented against it).
    .replace(/^tanner\s*(?:stage\s*)?(?:[1-5]|i{1,3}|iv|v)\s*(?:期|stage)?\s*[:：]\s*(?=[^:：]*$)/i, '')
    // (fixc) An age group in parentheses after one interval (`2.6 - 7.3 (55-64 J.)`, `61-442 (40-49 yrs)`): the range of
    // the patient's age group, printed alone — its bounds are the range's, as a pubertal stage's are (several groups in
    // one text are tiers: text only, below).
    .replace(AGE_GROUP_AFTER_INTERVAL, '$1')
    // (fixr) One labelled interval naming the patient's group (`Male 19-49 y: 264-916`, `Luteal phase: 1.8 - 23.9`,
    // `8-10 AM: 4.0-22.0`, `Postmenopause: < 138`): the range of the group printed, one — its bounds are the range's, as
    // a pubertal stage's are. Several labels (`Male: 264-916 Female: 8-48`) or one of no group (`Note: 5-10`,
    // `Desirable: < 200`, a tier's) keep the text alone.
    .replace(GROUP_LABEL_COLON, (label: string, words: string, _at: number, whole: string) => (groupIntervalLabel(words, whole.slice(label.length)) ? '' : label))
    .replace(GROUP_LABEL_SPACE, (label: string, words: string, _at: number, whole: string) => (groupIntervalLabel(words, whole.slice(label.length), false) ? '' : label))
    .replace(/(?<=[\d.])[Oo]|[Oo](?=[\d.])/g, '0').replace(/(?<=[\d.])[lI]|[lI](?=[\d.])/g, '1')
    // (fixjp) An `O` alone where an interval's lower bound stands (`O - 20`, OCR's zero): the zero, as `O.27` is.
    .replace(/(?<![\p{L}\p{N}.,])[Oo](?=\s*[-–]\s*\d)/u, '0');
  // Thousands separators (`150,000`, `1.500.000`) go, a decimal comma (`3,5`) is a point, as `readPrintedNumber` reads
  // them in this report and this row (nothing known: a point is the decimal, a comma before three digits groups).
  // (`150 000 - 400 000`, `0 - 10 000`: bounds grouped by spaces, as a table's range cell prints them, are one number each.)
  const plain = plainNumbers(joinSpaceGroupedRange(unwrapped), { ...context, rangeText: raw, range: undefined })
    .replace(FOREIGN_TO_BETWEEN, 'to')
    // (labs44fix) Russian `от 3.3 до 6.0` (from … to): the interval; (cyrillic) the Ukrainian `від`, Serbian `од` (SLAVIC_FROM).
    .replace(SLAVIC_FROM_TO, '$1 to ')
    // (rangewords) `von 135 bis 145`, `od 2,5 do 7,5`, `entre 11 et 18`, `från 3 till 5`: an interval said in words, the
    // whole text (tokens.ts RANGE_FROM, RANGE_TO_WORD, RANGE_BETWEEN, RANGE_AND).
    .replace(WORDED_INTERVAL, (_m, a?: string, b?: string, c?: string, d?: string) => `${a ?? c} to ${b ?? d}`)
    // Quest: `> OR = 40` is `>=40`.
    .replace(/([<>])\s*or\s*=\s*/i, '$1=');
  // (jp2) A range of one Japanese bound, the whole text (a table's range cell): its number and the bound word after it
  // (`0.30以下` at most, `40以上` at least, `0.3未満` less than, `5超` more than) or the wave dash's open bound (`〜50` at
  // most, `40〜` at least) as the comparator before the number (`<=0.30`, `>=40`, `<=50`): tokens.ts japaneseBoundRange,
  // the definition the tokenizer reads a printed line's with. The tilde `~` (and the full-width `～`, folded to it) before
  // one number stays "about": no bound.
  const repaired = (japaneseBoundRange(plain) ?? plain)
    // A number without its leading zero (`.67 - 1.17`, `<.5`).
    .replace(/(^|[^\d.])\.(\d)/g, '$10.$2')
    // (fixr77b) A percent sign after each bound (`5.7% - 6.4%`): the interval in per cent, as `5.7 - 6.4%` is.
    .replace(/(?<![\d.])(\d+(?:\.\d+)?)\s*%(?=\s*(?:[-–]|to)\s*\d+(?:\.\d+)?\s*%)/g, '$1')
    // A negative lower bound with a slash (`-3.0/3.0`); the row's unit printed against a bound (`<2x10^6/L`).
    .replace(/^(-\d+(?:\.\d+)?)\s*\/\s*(?=\d)/, '$1-').replace(/(\d)\s*[x×]\s*10\^?\d+\s*\/\s*[A-Za-zµμ]+$/, '$1')
    // A unit glued to the last bound (`0.70 - 1.30mg/dL`): the bound is the whole number (1.30, not 1).
    .replace(/(\d)(?=[A-Za-zµμ][A-Za-zµμ/0-9.*^²³]*$)/, '$1 ')
    // `Inf.`/`Sup.` before an interval (`Sup. 70 - 99`, `Inf. 10.5-13.5`: supine, infant) is no bound: the interval is
    // the range. Only before its own number is it one (`Inf. 60`).
    .replace(INF_SUP_BEFORE_INTERVAL, '').replace(INTERVAL_BEFORE_PARENTHESIS, '$1')
    // (fixr82) A full stop typed for the dash, a space after it (`12. 22`): whole bounds, the upper the greater (tokens.ts
    // numericRangeAt reads it so on a line). (mend22, review cr16) Decimal bounds too (`3.1. 6.8`), as the whole text only.
    // (fixr85b) FULL_STOP_RANGE, shared with readsAsRange and numericRangeAt: here without brackets around it.
    .replace(FULL_STOP_RANGE, (all, open: string, low: string, _stop: string, high: string, close: string) => (!open && !close && Number(high) > Number(low) ? `${low}-${high}` : all));
  // (labs41fix review) `60-89 = Mild`, `100-125 = Prediabetes`, `>4.1 = High`: a range followed by `=` and a tier's
  // label (not one that names the reference range, `≥90 = Normal`, which text-report.parser's `unlabelled` reads as the
  // range alone) is a tier of a guide: text, no bounds, so no flag is made from it.
  const equalsLabel = EQUALS_LABEL.exec(repaired);
  if (equalsLabel && !namesReferenceRange(equalsLabel[2]!)) return { text: raw };
  // (fixr77b) So with a colon between (`<1 : Low risk`, `1 - 3 : Average risk`, `>=6.5% : Diabetic`, a tier list's lines
  // in a range column) where every word of the label is a tier's (TIER_WORDS_EN): a tier, text only. A label that names
  // the reference range (`Below 5.7 : Normal`, `<200 : Desirable`) or a group (`3.5 - 5.0 : Adults`) keeps its bounds.
  // (mend18) A lone such line labelled with the healthy tier (`<0.04 : Low`, `<4.0 : Low risk`, `<5.7 : Non-diabetic`)
  // is the row's reference, its bounds kept: only a label naming another tier (`<15 : Deficiency`, `1 - 3 : Average
  // risk`) says a tier. Lines of a tier list joined are one text that COLON_TIER_LABEL does not take whole.
  const colonLabel = tierAfterColon(repaired);
  if (colonLabel && !HEALTHY_TIER_LABEL.test(colonLabel)) return { text: raw };
  // (labs39fix) `<1-2`: a comparator before an interval (a lower bound printed as `<1`) says neither bound plainly:
  // text, no bounds guessed.
  if (/^[<≤]\s*\d+(?:\.\d+)?\s*[-–]\s*\d+(?:\.\d+)?\s*%?$/.test(repaired)) return { text: raw };
  // A range relative to another quantity (`50-75% of serum glucose`, `< 2x ULN`): its numbers are not the result's.
  if (/%\s*of\s+[a-z]|\bof\s+(?:the\s+)?(?:serum|plasma|blood)\b|\buln\b/i.test(repaired)) return { text: raw };
  // `35 a 70; risco <35`: an interval, then a risk tier beyond one of its own bounds on that bound's side (below the
  // low one, above the high one): the tier says what lies outside the range, and the interval is the range.
  const riskAfter = RISK_AFTER_INTERVAL.exec(repaired);
  if (riskAfter) {
    const inner = boundsBetween(riskAfter[1]!.trim());
    const [low, high, at] = [Number(inner?.[0]), Number(inner?.[1]), Number(riskAfter[3])];
    // (`50 a 130; risco >160`: the tier beyond the top; `40-60; risk ≤40` at the bottom; not `40 a 60; riesgo <50`.)
    const below = /^[<≤]/.test(riskAfter[2]!);
    if (inner && low <= high && (below ? at <= low : at >= high)) {
      return { low, high, lowInclusive: true, highInclusive: true, text: raw };
    }
  }
  // Tiers (`< 1.0 low risk, 1.0 - 3.0 moderate, > 3.0 high`) or one range per sex: kept as text, no bounds guessed.
  // (groups) Unless every group prints the same interval and nothing else (`30,0 a 36,5  30,0 a 36,5  30,0 a 36,5`, the
  // columns of a report's groups): that interval is everyone's range.
  const tiers = repaired.match(TIER) ?? [];
  if (tiers.length > 1) {
    const same = sameIntervalForAll(repaired, tiers);
    return same ? { ...same, text: raw } : { text: raw };
  }
  const between = boundsBetween(repaired, true);
  if (between) {
    const [low, high] = between;
    if (low <= high) return { low, high, lowInclusive: true, highInclusive: true, text: raw };
  }
  // (fixjp) `(-)`: a strip's none in parentheses, a Japanese check-up's urine reference — negative expected.
  if (/^\(\s*-\s*\)$/.test(repaired)) return { expected: 'negative', text: raw };
  const q = QUALITATIVE.exec(foldAnswer(repaired));
  if (q) return { expected: canonicalQualitative(q[1]!), text: raw };
  // `90 and above`, `90 - or more`: a lower bound said in words is that bound and up. (`90 -` alone may be a range cut at
  // its dash, the upper bound wrapped onto the next line: text only, unless its carrier says it is whole — openRangeAbove.)
  const openAbove = /^(\d+(?:\.\d+)?)\s*(?:[-–—]\s*)?(?:and|or)\s+(?:above|over|more|greater|higher)$/i.exec(repaired);
  if (openAbove) return { low: Number(openAbove[1]), lowInclusive: true, text: raw };
  // (fixjp) `4.00 or less`, `30 and below`: an upper bound said in words, that bound and down.
  const openBelow = /^(\d+(?:\.\d+)?)\s*(?:and|or)\s+(?:below|under|less|lower)$/i.exec(repaired);
  if (openBelow) return { high: Number(openBelow[1]), highInclusive: true, text: raw };
  // (rangewords) A number and a bound word after it (`5 alatt`, `60 ve üzeri`, `40 이상`: tokens.ts BOUND_WORDS_AFTER).
  const after = BOUND_AFTER.exec(repaired);
  if (after) {
    // (review 37) Each of BOUND_WORDS_AFTER as printed, accents or not (tokens.ts BOUND_AFTER_WORDS).
    const op = BOUND_AFTER_WORDS.find(({ re }) => re.test(after[2]!))?.op;
    const n = Number(after[1]);
    if (op === '<' || op === '<=') return { high: n, highInclusive: op === '<=', text: raw };
    if (op === '>' || op === '>=') return { low: n, lowInclusive: op === '>=', text: raw };
  }
  const bound = BOUND.exec(repaired);
  if (bound && bound[2] !== undefined) {
    // (boundwords review) An age after the bound's number (`über 60 Jahre`, `mayor de 18 años`, `above 18 years`): a
    // group of patients, text with no bounds.
    if (AGE_WORD_AFTER.test(repaired.slice(bound[0].length))) return { text: raw };
    // (review 37) Nor in the other languages' bound words' own (`yli 50 v`, `trên 50 tuổi`, `peste 18 ani`, `大于50岁`),
    // nor a label's colon after the bound (`trên 50 tuổi: < 4`, `alle 8: 6.2-19.4`): the group the range after it is of.
    if (WORLD_AGE_WORD_AFTER.test(repaired.slice(bound[0].length)) || LABEL_COLON_AFTER.test(repaired.slice(bound[0].length))) return { text: raw };
    // (boundwords) The words of BOUND_WORDS first (their longest: `less than or equal to` is at most).
    const word = boundWordsComparison(repaired) ?? (ABOVE_WORD.test(repaired) ? '>' : BELOW_WORD.test(repaired) ? '<' : UP_TO_WORD.test(repaired) ? '<=' : '');
    const op = normalizeOp(bound[1] ?? '') || word;
    const n = Number(bound[2]);
    if (op === '<') return { high: n, highInclusive: false, text: raw };
    if (op === '<=') return { high: n, highInclusive: true, text: raw };
    if (op === '>') return { low: n, lowInclusive: false, text: raw };
    if (op === '>=') return { low: n, lowInclusive: true, text: raw };
  }
  return { text: raw };
}

/**
 * (groups) The one interval every group of a text prints (`0 to 550 0 to 550`, `11.0 to 16.0  11.0 to 16.0`): its
 * bounds, when the text is nothing but those intervals (tiers: TIER's matches) and the marks between them (spaces, `/`,
 * `,`, `;`, `|`); null when they differ, one is a bound alone, or anything else is printed (a label: `M: 40-50 F: 40-50`
 * stays text).
 */
function sameIntervalForAll(text: string, tiers: readonly string[]): { low: number; high: number; lowInclusive: true; highInclusive: true } | null {
  const spaced = tiers.map((t) => t.replace(/\s+/g, ''));
  if (spaced.some((t) => t !== spaced[0]) || text.replace(TIER, '').replace(/[\s/,;|]+/g, '') !== '') return null;
  const between = boundsBetween(tiers[0]!.trim());
  if (!between) return null;
  const [low, high] = between;
  return low <= high ? { low, high, lowInclusive: true, highInclusive: true } : null;
}

/**
 * `90 - `: a lower bound and a dash with nothing after it, printed where the range cannot have been cut (a card's
 * `Range:` line, as a UK GP record prints eGFR's; an HL7 OBX-7 field): that bound and up. Null for anything else.
 */
export function openRangeAbove(text: string): { low: number } | null {
  // (The unit may follow the dash: `60 - mL/min/1.73m2`.)
  const m = /^(\d+(?:\.\d+)?)\s*[-–—](?:\s+(\S+))?$/.exec(text.trim());
  return m && (m[2] === undefined || (/[A-Za-zµμ%]/.test(m[2]) && isUnitToken(m[2]))) ? { low: Number(m[1]) } : null;
}

/** (sexrange) A sex's word in a range's label, by sex, in the report languages seen (POPULATION_WORD holds them too). */
const MALE_WORDS = String.raw`males?|m[ae]n|hombres?|varon(?:es)?|homens?|homem|masculin[oa]?|hommes?|m[äa]nner|uomini|f[ée]rfiak?|barbati`;
const FEMALE_WORDS = String.raw`females?|wom[ae]n|mujer(?:es)?|mulher(?:es)?|femenin[oa]|feminin[oa]|f[ée]minin|femmes?|frauen|donne|n[őo]k|femei`;
const MALE_WORD = new RegExp(`^(?:${MALE_WORDS})$`, 'iu');
const FEMALE_WORD = new RegExp(`^(?:${FEMALE_WORDS})$`, 'iu');

/** A word that names a population (a sex, an age group, a pregnancy), in the report languages seen. */
export const POPULATION_WORD = new RegExp(
  `^(?:${MALE_WORDS}|${FEMALE_WORDS}|adults?|boys?|girls?|child|children|kids?|infants?|newborns?|neonates?|p(?:a)?ediatric|adolescents?|teens?|elderly|`
  + String.raw`pregnan(?:cy|t)|trimester|(?:pre|post)menopausal|ni[ñn]os?|ni[ñn]as?|adultos?|embarazadas?|embarazo|crian[çc]as?|enfants?|adultes?|kinder|erwachsene|bambini|adulti|gyermekek|copii)$`,
  'iu',
);

/** The same in Chinese, Japanese and Korean: a sex, an age group, a pregnancy, a cycle's phase or a stage (`男性`, `成人`, `卵泡期`, `Tanner5期`). */
export const CJK_RANGE_LABEL = /^(?:男|女|男性|女性|成人|成年人?|儿童|兒童|小儿|婴儿|新生儿|老年人?|孕妇|妊娠|남|여|남성|여성|성인|소아|(?:卵泡|滤泡|黄体|黃體|排卵|月经|绝经前?|绝经后|孕早|孕中|孕晚|妊娠(?:早|中|晚)?|青春|Tanner\s*[1-5]|[1-5一二三四五])期)$/iu;

/** (labsleft) A sex's label before its range, its colon against it or not: `M`, `F`, `Male`, `Female`, `Men`, `Women`. */
export const SEX_LABEL = /^(?:(m|males?|m[ae]n)|(f|females?|wom[ae]n)):?$/i;

/**
 * (groups) A word of a reference group's label (nordicnames review: here, beside readsAsRange that reads them too): a population's (POPULATION_WORD: `Homens`, `Mujeres`, `Adultos`,
 * `Crianças`), a sex's letter (`M`, `F`) or word (SEX_LABEL), a CJK group's (`男性`), or whether the person smokes
 * (`Smokers`, `Non-smokers`, `Fumantes`, `Não fumantes`, `Raucher`, `Пушачи`, `Непушачи`) — its colon against it or not.
 */
export function groupWord(token: string): boolean {
  const word = token.replace(/[:：]$/, '');
  return word !== '' && (POPULATION_WORD.test(word) || SEX_LABEL.test(word) || CJK_RANGE_LABEL.test(word) || SMOKER_WORD.test(word) || PHASE_WORD.test(word) || TANNER_STAGE.test(word));
}

/**
 * (groups review) A phase of the menstrual cycle or of a pregnancy as a range's group label prints it (`Female
 * follicular:`, `Mid-cycle`, `Luteal phase`, `Postmenopausal`, `Pregnancy 1st trimester`; English, Portuguese,
 * Spanish, French, German, Italian). (hormones) Also a trimester's ordinal (`1st`, `First`, `2e`, `Primer`), `Non-pregnant`,
 * and a Tanner stage (`Tanner` and its numeral, TANNER_STAGE): a hormone panel's groups — a line of them with one word
 * not known read no row at all. The cycle's peak (`Pico ovulatorio`, `Peak ovulation`) is PEAK_WORD's, before a phase's
 * word only (`Peak: >18` alone is a stimulation test's criterion, no group).
 */
const PHASE_WORD = /^(?:follicular|folicular|folliculaire|follicolare|follikelphase|ovulatory|ovulation|ovula[çc][ãa]o|ovulaci[óo]n|ovulat[óo]ri[ao]|ovulatoire|ovulatoria|ovulationsphase|mid-?cycle|luteal|l[úu]tea|lut[ée]ale|lutealphase|(?:pre|peri|post)-?menopaus(?:e|al|ia)|(?:pr[ée]|p[óo]s)-?menopausa|p[óo]s-?menopausia|p[óo]s-?menop[áa]usicas?|postm[ée]nopaus(?:e|ique)|menopausa|menopausia|m[ée]nopause|(?:non-?|not-?)?pregnan(?:cy|t)|gravidez|gestantes?|embarazadas?|grossesse|schwangerschaft|gravidanza|trimest(?:er|re|ral)|phase|fase|tanner|1st|2nd|3rd|first|second|third|1er|1re|2e|3e|primer|segundo|tercer|primeiro|terceiro|[123][º°ª])$/iu;
/** (hormones) The cycle's peak, a group's label word before a phase's word only (`Pico ovulatorio`, `Peak ovulation`). */
export const PEAK_WORD = /^(?:peak|pico|pic)$/iu;
/** (hormones) A Tanner stage's roman numeral (`Tanner I:`, `Tanner IV`), capitals only: a group's label word. */
const TANNER_STAGE = /^(?:I|II|III|IV|V)$/u;

/** The negation a group's label begins with or is (`não fumantes`, `non-smokers`; `Não` over a column of non-smokers' ranges). */
const NEGATION_WORDS = 'não|nao|non|no';

/** (groups) Whether a person smokes, as a range's group label prints it (English, Portuguese, Spanish, French, German, Italian, Bulgarian, Russian). */
const SMOKER_WORD = new RegExp(String.raw`^(?:(?:(?:${NEGATION_WORDS})-?)?(?:smokers?|fumantes?|fumadores?|fumeurs?|fumatori)|(?:nicht)?raucher|(?:не)?пушачи|(?:не)?курящие|(?:не)?курильщики|${NEGATION_WORDS})$`, 'iu');

/** (groups) A negation before a group's word (`Não fumantes`, `Non smokers`): a label of it alone is none. */
export const GROUP_NEGATION = new RegExp(`^(?:${NEGATION_WORDS})$`, 'i');

/**
 * Whether a text reads as a reference range: bounds or a normal answer, or tiers with their bounds (`Desirable : < 200
 * mg/dL Borderline High : 200-239 mg/dL`). A text with a date in it (`6.2 % on 03/01/2024 (previous)`, `Printed
 * 03/03/2025 10:30`) is a note, not a range.
 */
export function readsAsRange(text: string): boolean {
  if (text.split(/\s+/).some((t) => isDateToken(t.replace(/[(),;]/g, '')))) return false;
  // All of it range material: bounds, numbers, units and the words of tiers and groups. Anything else around a
  // number and a dash is a note, a telephone number or an identifier (`Tel 555-1234`, `Lab No 2025-0012`,
  // `hemolysed sample, 2-3 hours delay`).
  // (fixr77b) A percent sign against each bound (`5.7% - 6.4% : Prediabetic`, a tier's line) is the bounds' unit.
  // (fixr82) A full stop typed for the dash (`12. 22`, parseReferenceRange): the dash's words.
  const bare = text.replace(/(\d)%(?=\s*(?:[-–]|to)\s*\d[\d.,]*%)/g, '$1').replace(/(\d)%/g, '$1 %').replace(FULL_STOP_RANGE, (_all, open: string, low: string, stop: string, high: string, close: string) => `${open}${low} -${stop}${high}${close}`);
  const words = bare.replace(TIER, ' ').split(/[\s:;,()[\]=]+/).filter(Boolean);
  if (words.some((w) => !rangeVocabulary(w) && parseNumber(w) === null && !isUnitToken(w) && !RANGE_MARKS.test(w))) return false;
  const r = parseReferenceRange(text);
  // (countries) A group's interval with the Romance or German `to` (`Homens: 175 a 781 ng/dL   Mulheres: 10 a 75`, `3,5
  // bis 5,1`) is an interval as `175 to 781` is: the range parser's own reading of it (FOREIGN_TO_BETWEEN).
  const intervals = bare.replace(FOREIGN_TO_BETWEEN, 'to').match(TIER) ?? [];
  return r.low !== undefined || r.high !== undefined || r.expected !== undefined || intervals.length > 0;
}

/**
 * (nordicnames review) A word a range prints beside its numbers: a tier's or group's English word (RANGE_WORD), a bound's
 * word in any report language (tokens.ts isBoundWord: `über`, `größer als`, `até`, `acima de`), a group's
 * (groupWord: `Männer`, `Niños`, `lútea`; not a negation alone) or a normal answer's (`négatif`). These were read
 * before only because isUnitToken took any accented word as a unit.
 */
function rangeVocabulary(word: string): boolean {
  // (unitrange) Folded as ABSENCE's foreign words are (foldAnswer: `négatif` as `negatif`).
  const w = foldAnswer(word);
  // (portals) The cycle's peak (`Mid-cycle Peak 3.1-17.7`), a group's label word (PEAK_WORD).
  return RANGE_WORD.test(word) || isBoundWord(word) || (groupWord(word) && !GROUP_NEGATION.test(word)) || PEAK_WORD.test(word) || ABSENCE.test(w) || PRESENCE.test(w)
    // (b59) A tier's words joined by a hyphen (`Borderline-High`, `Low-Normal`), each a tier's word: read before only
    // because isUnitToken took any hyphenated word as a unit.
    || (/^\p{L}+(?:-\p{L}+)+$/u.test(word) && word.split('-').every((part) => RANGE_WORD.test(part)));
}

/** Marks alone between a range's words: dashes, comparators, a tilde of any width (TILDE). */
const RANGE_MARKS = new RegExp(String.raw`^(?:[-–—<>≤≥.+*]|${TILDE})+$`, 'u');

/**
 * (rangenote review) The English words of a range's tiers, nouns and adjectives (`Desirable`, `Borderline High`,
 * `Insufficiency`, `Deficient`, `Diabetic`, `Impaired`): one list, for RANGE_WORD here and the text reader's TIER_WORD
 * (text-report.parser.ts), which adds the other report languages' words.
 */
export const TIER_WORDS_EN = 'normal|desirable|acceptable|borderline|high|low|very|optimal|optimum|ideal|near|deficient|deficiency|insufficient|insufficiency|sufficient|sufficiency|toxic|toxicity|risk|average|moderate|elevated|increased|decreased|prediabetes|pre-diabetes|prediabetic|diabetes|diabetic|non-diabetic|impaired';
/** (fixr77b) One word of a tier's label after its range and a colon (parseReferenceRange: `<1 : Low risk`). */
const TIER_LABEL_WORD = new RegExp(`^(?:${TIER_WORDS_EN})$`, 'i');

/** Words of a range's tiers and groups (`Desirable`, `Borderline High`, `Vitamin D Insufficiency`, `Adult Male`). */
const RANGE_WORD = new RegExp(String.raw`^(?:à|a|bis|${FRENCH_BELOW}|${FRENCH_ABOVE}|jusqu['’]à|${TIER_WORDS_EN}|above|below|adult|adults|male|males|female|females|men|women|child|children|infant|infants|newborn|pregnancy|pregnant|trimester|1st|2nd|3rd|first|second|third|follicular|luteal|ovulation|ovulatory|mid-cycle|phase|premenopausal|postmenopausal|menopause|years?|yrs?|y|age|ref|reference|range|interval|and|or|to|up|upto|of|the|than|less|greater|negative|positive|non-reactive|reactive|nil|absent|present|not|detected|equivocal|indeterminate|therapeutic|target|goal|healthy|cut-off|cutoff)$`, 'i');

function normalizeOp(op: string): string {
  switch (op) {
    case '≤': case '=<': return '<=';
    case '≥': case '=>': return '>=';
    default: return op;
  }
}

/**
 * An answer in one canonical word: (labsreadfix) every word of absence (`Negative`, `NEG`, a strip's `-`, `Negativo`,
 * `Négatif`, `Negatief`, `Not detected`, `Non reactive`, `Absent`, `None seen`, `Not seen` (labsgap), `Nil`, Chinese `阴性`, Japanese
 * `陰性`, Korean `음성`) is `negative`, every word of presence (`Positive`, `POS`, `+`, `Positivo`, `Detected`,
 * `Reactive`, `Present`, `Seen` (labsleft), `阳性`, `陽性`, `양성`) `positive`; any other answer its words in lower case (`normal`,
 * `trace`). An answer matches a range's (`expected`) by this word alone, in whatever language either is printed.
 * (b62 review) Vietnamese `Âm tính` (negative) and `Dương tính` (positive), folded `am tinh` / `duong tinh`, too (and
 * `Âm tính` as a range's: QUALITATIVE), so that `Âm tính | Âm tính` is normal and `Dương tính | Âm tính` abnormal.
 */
export function canonicalQualitative(s: string): string {
  // (fixjp) A strip's sign in parentheses (`(-)`, `(+)`: text-report.parser's GRADE_SIGN) answers as the sign alone.
  const t = s.toLowerCase().replace(/\s+/g, ' ').trim().replace(/^\(([-+])\)$/, '$1');
  // (unitrange) Matched folded as NEGATIVE_WORDS are (`Ne\u0301gatif`, `Négatif`); an answer that is neither kept as printed.
  const folded = foldAnswer(t);
  if (ABSENCE.test(folded) || ABSENT_FOLDED.has(folded)) return 'negative';
  if (PRESENCE.test(folded) || PRESENT_FOLDED.has(folded)) return 'positive';
  return t;
}
/** (qualwords) The answers of qualitative-words.ts, folded as canonicalQualitative folds an answer. */
const foldedAnswers = (words: readonly string[]) => new Set(words.map((w) => foldAnswer(w.toLowerCase().replace(/\s+/g, ' ').trim())));
const ABSENT_FOLDED = foldedAnswers(ABSENT_ANSWERS);
const PRESENT_FOLDED = foldedAnswers(PRESENT_ANSWERS);
const ABSENCE = new RegExp(String.raw`^(?:${DASH}|neg\.?|negative|${NEGATIVE_WORDS.join('|')}|non-? ?reactive|not reactive|non-? ?reaktif|${NON_REACTIVE_FOLDED}|not detected|none detected|no detectado|não detectado|nao detectado|non rilevato|none seen|not seen|none|nil|${ABSENT_WORDS.join('|')}|не обнаружено|не виявлено|阴性|陰性|음성|am tinh)$`, 'u');
const PRESENCE = new RegExp(String.raw`^(?:\+|pos\.?|positive|positiv[oa]?|positif|positief|reactive|reaktif|reactif|reactiv[oa]|reagente|reativo|reattivo|detected|detectado|rilevato|seen|present|presente|presentes|presenti|pozitivni|dodatni|pozytywny|положительно|положительныи|позитивно|позитивнии|positiivinen|θετικο|pozitif|обнаружено|виявлено|阳性|陽性|양성|duong tinh)$`, 'u');

/** A range given as numbers (structured input, HL7 with separate bounds). */
export function rangeFromBounds(low: number | undefined, high: number | undefined, text?: string): ReferenceRange {
  if (low === undefined && high === undefined) return parseReferenceRange(text);
  return {
    ...(low !== undefined ? { low, lowInclusive: true } : {}),
    ...(high !== undefined ? { high, highInclusive: true } : {}),
    ...(text ? { text } : { text: low !== undefined && high !== undefined ? `${low}-${high}` : low !== undefined ? `>=${low}` : `<=${high}` }),
  };
}

/** Re-exported for callers that only need the number repair. */
export { parseNumber };
