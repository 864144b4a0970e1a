import { INTERPRETATION_TIERS_V1 } from '../../biomarkers/catalog/interpretation-tiers.v1.js';
import { oneEdit } from './edit.js';
import { ownEntry, remembered } from './memo.js';
import { WORLD_CORRECTIONS, worldEnglish, worldKey } from './world-names.js';
import { NON_BLOOD_SPECIMEN_WORDS, OTHER_SPECIMEN_WORDS, URINE_IN_OTHER_SCRIPTS, URINE_WORDS } from './result-list.js';
import { ASSAY_METHOD_WORDS, beforeEnding, CJK_LETTER, trailingParenthesis, withArabicLettersPlain, withLatinLettersPlain, withoutMarks, withoutTrailingParenthesis } from './tokens.js';
import { AMOUNT_FRACTION, convertCountingIuAsU, convertUnit, toUcum } from './units.js';

/** What coding needs of a catalog entry. */
export interface CatalogEntry {
  key: string;
  display: string;
  loinc: string | null;
  alternateLoinc: string[];
  ucumUnit: string | null;
  aliases: string[];
  molarMass: number | null;
  charge: number | null;
  resultType: 'quantitative' | 'qualitative';
}

/** (labs43fix) A ratio's name: two names about one slash, `ratio` after them or not (`BUN/CREAT RATIO`, `BUN/Cr`): the two. */
function ratioParts(name: string): [string, string] | undefined {
  const printed = name.trim();
  const afterWord = printed.replace(RATIO_WORD_FIRST, '');
  const named = afterWord === printed ? printed : afterWord.replace(URINE_AFTER_RATIO, '');
  return halvesAboutSlash(named.replace(/\s+ratio\.?$/i, ''), /[\p{L}\p{N}]/u) ?? undefined;
}

/** (review 27) A ratio said with `to` between its two analytes and `ratio` after them: groups 1 and 2 the analytes. */
const TO_RATIO = /^(\p{L}[\p{L}\d ]{0,40}?)(?:\s+to\s+|-to-)(\p{L}[\p{L}\d ]{0,40}?)\s+ratio\.?$/iu;

/**
 * A ratio's word before its two analytes in Spanish, Portuguese, Italian, French and German (`Índice Alb/Cre`, `Cociente
 * albúmina/creatinina`, `Razão albumina/creatinina`, `Rapporto albumina/creatinina`, `Quotient albumine/créatinine`,
 * `Verhältnis Albumin/Kreatinin`): said as the English `… Ratio` after them.
 */
const RATIO_WORD_FIRST = /^(?:índice|indice|cociente|relación|relacion|relação|relacao|razão|razao|rapporto|quoziente|rapport|quotient|verhältnis|verhaeltnis)\s+(?=[^\s/]+\s*\/\s*[^\s/]+(?:\s+\S+){0,2}$)/iu;
/**
 * (review 20) The urine named after such a ratio's two analytes (`Cociente albúmina/creatinina (orina)`, `Rapporto
 * albumina/creatinina urinaria`, `Rapport albumine/créatinine urinaire`, `Verhältnis Albumin/Kreatinin i.U.`): the
 * ratio's sample, no part of the second analyte's name.
 */
const URINE_AFTER_RATIO = /\s+(?:\((?:orina|urina|urine|urin|harn)\)|urinari[ao]|urinaire|urin(?:e|a)|i\.\s?u\.?|im (?:urin|harn)|en orina|na urina|nelle urine|dans les urines)\s*$/iu;

/** A text's two halves about its one slash, each holding a character `wanted` finds, trimmed; null otherwise. */
function halvesAboutSlash(text: string, wanted: RegExp): [string, string] | null {
  const halves = text.split('/');
  if (halves.length !== 2 || !halves.every((h) => wanted.test(h))) return null;
  return [halves[0]!.trim(), halves[1]!.trim()];
}

/** Names already normalized (every catalog built normalizes the same aliases; reports repeat names): capped. */
const NORMALIZED = new Map<string, string>();

/**
 * Cholesterol *per* HDL (`Cholesterol/HDL`, `Chol/HDL-C`, `Cholesterol : HDL-C`): the ratio, which folding would make
 * the words of HDL cholesterol (`Cholesterol, HDL`, `Cholesterol HDL`) once the slash is gone.
 */
const CHOLESTEROL_PER_HDL = /(?<!\p{L})(\p{L}+)\.?\s*[/:]\s*hdl(?:[- ]?c)?\b(?:\s*ratio\b)?/giu;
/**
 * (nordicnames review) HDL per cholesterol (`HDL/Kol`, `HDL/Cholesterol`): no test the catalog has (its ratio is the
 * other way round) — a name no entry has, never the HDL cholesterol its words would fold to.
 */
const HDL_PER_CHOLESTEROL = /(?<!\p{L})hdl(?:[- ]?c)?\s*[/:]\s*(\p{L}+)(?!\p{L})/giu;
/**
 * (nordicnames review) Whether a word of a name says cholesterol in any language the reader knows (`Chol`,
 * `Kolesteroli`, `Kol`, `Cholesterin`, `Colesterol`: FOREIGN_WORDS), so that `fP-Kol/HDL`, `Kolesteroli/HDL` are the
 * cholesterol/HDL ratio as `Chol/HDL` is.
 */
function saysCholesterol(word: string): boolean {
  const folded = foldName(word);
  return /^chol(?:esterol)?$/.test(folded) || ownEntry(FOREIGN_WORDS, folded) === 'cholesterol';
}

/**
 * (names) A testosterone named by its letter after `Total` or `Free`, folded (`Total T`, `Free T`: a patient's or a TRT
 * clinic's short form; `Free T4`, `Total T3` are other words). `T` alone names nothing; with the word it is the
 * testosterone only with a printed range on its scale (coding.ts, onTestosteroneScale): a thyroid panel's `Free T  1.2
 * ng/dL  0.8-1.8` is a free T4 cut short, `Total T  1200  cells/uL` a T-cell count.
 */
const TESTOSTERONE_LETTER = /^(total|free) t$/;

/**
 * The English name a table gives a whole name as printed (world-names.ts WORLD_CORRECTIONS, PRINTED_NAMES, a blood-gas
 * symbol, the CJK, Cyrillic, Greek and Arabic tables; '' for a name no test has), or undefined.
 */
function tableName(name: string): string | undefined {
  return ownEntry(WORLD_CORRECTIONS, worldKey(name)) ?? ownEntry(PRINTED_NAMES, name.trim().toLowerCase()) ?? analyserSymbol(name) ?? cjkSectionedName(name) ?? ownEntry(CYRILLIC_NAMES, cyrillicKey(name)) ?? ownEntry(GREEK_NAMES, greekKey(name))
    ?? ownEntry(ARABIC_NAMES, arabicKey(name)) ?? (LETTER_TYPE.test(name) || name.includes(HIGH_SENSITIVITY) ? '' : undefined);
}

/**
 * A name for coding a report's row against the catalog: `foldName`, then the other names labs print for the same
 * tests (analyser codes, WCC, GOT/GPT, AP, bands) turned into the catalog's.
 */
export function normalizeName(name: string): string {
  return remembered(NORMALIZED, name, () => {
    // A whole name a table holds (tableName: world-names.ts WORLD_CORRECTIONS first), in the catalog's English.
    const cjk = tableName(name);
    // (b59) `Total` over HDL (`Total/HDL ratio`, `Total : HDL`): the total cholesterol's, HDL being one of its fractions.
    const perHdl = (cjk ?? name).replace(CHOLESTEROL_PER_HDL, (all, word: string) => (/^total$/i.test(word) ? 'Cholesterol HDL ratio' : saysCholesterol(word) ? `${word} HDL ratio` : all))
      .replace(HDL_PER_CHOLESTEROL, (all, word: string) => (saysCholesterol(word) ? 'HDL per cholesterol' : all));
    return testNameSynonyms(foldName(perHdl));
  }, 50_000);
}

/**
 * (fixabg) A blood-gas analyser's symbol (IUPAC's kind-of-quantity notation, as Radiometer's ABL prints it and Roche's
 * cobas b in part): the kind first, in lower case — `c` a concentration, `ct` a total concentration, `s` a saturation,
 * `F` a fraction — then the component (`K+`, `Na+`, `Cl-`, `Ca2+`, `Glu`, `Lac`, `Hb`, `O2`, `HCO3-`, `Base`, `O2Hb`),
 * then qualifiers in brackets (`(P)` plasma, `(B)` blood, `(Ecf)`, `(T)` at the patient's temperature, `(P,st)`
 * standardised) and a `c` when calculated (`cHCO3-(P)c`, `cBase(Ecf)c`). Folding would read the letters alone (`cK+`
 * the CK, creatine kinase). The catalog's English name of the analyte (ANALYSER_COMPONENTS), `''` for one it has no key
 * for (ionised calcium, base excess, standard bicarbonate, the haemoglobin fractions, the O2 content: unknown, never a
 * test their letters spell), undefined for any other name (`cTnI`, `cPSA`, `sTfR`: no analyser's component, read as
 * printed). A charge sign may be lost (`cCl`: the reader drops a dash ending a name). Also the other analysers' short
 * forms that folding misreads: a bicarbonate `act`ual or `std` standard (Siemens RAPIDPoint, Werfen GEM: `HCO3-act`,
 * `HCO3std`), a haematocrit calculated (`Hctc`), `Lac` printed so (i-STAT, GEM: lactate; `LAC` in capitals is a
 * lupus anticoagulant as often, left as it reads), `SO2` and `AnGap`.
 */
export function analyserSymbol(name: string): string | undefined {
  const t = name.trim();
  const other = /^HCO3-?\s*\(?(act|std|st)\)?$/i.exec(t);
  if (other) return /^act$/i.test(other[1]!) ? 'Bicarbonate' : '';
  if (/^Hctc$/.test(t)) return 'Hematocrit';
  if (/^Lac$/.test(t)) return 'Lactate';
  // Roche cobas b's saturation in capitals (`SO2`), i-STAT's anion gap in one word (`AnGap`).
  if (/^SO2$/.test(t)) return 'Oxygen Saturation';
  if (/^AnGap$/i.test(t)) return 'Anion Gap';
  const m = /^(ct|c|s|F)([A-Z][A-Za-z0-9]*)([+-]{1,2})?((?:\([^()]*\))*)c?$/.exec(t);
  if (!m) return undefined;
  // The component as printed, without a calculated `c` against it (`ctO2c`), without a charge's digit (`Ca2+`).
  const component = m[2]!;
  const found = [component, component.replace(/(?<=.)c$/, ''), m[3] ? component.replace(/(?<=\D)\d$/, '') : component]
    .map((c) => ownEntry(ANALYSER_COMPONENTS, `${m[1]}${c}`)).find((f) => f !== undefined);
  if (found === undefined) return undefined;
  // A standardised value (`cHCO3-(P,st)c`, the standard bicarbonate) is another quantity than the actual one.
  return /\bst\b/i.test(m[4]!) ? '' : found;
}
/** (fixabg) analyserSymbol's kinds and components (charge signs off): the catalog's English name, `''` none. */
const ANALYSER_COMPONENTS: Record<string, string> = {
  cK: 'Potassium', cNa: 'Sodium', cCl: 'Chloride', cGlu: 'Glucose', cLac: 'Lactate', cHCO3: 'Bicarbonate', cCrea: 'Creatinine',
  cUrea: 'Urea', ctHb: 'Hemoglobin', sO2: 'Oxygen Saturation', ctBil: 'Total Bilirubin',
  cCa: '', cMg: '', cH: '', cBase: '', ctO2: '', ctCO2: '', FO2Hb: '', FCOHb: '', FMetHb: '', FHHb: '', FHbF: '', FShunt: '',
};

/** A Chinese, Japanese or Korean name in the catalog's words: whole (CJK_NAMES), before a parenthesis, or composed. */
function cjkName(name: string): string | undefined {
  const compact = name.trim().replace(/\s+/g, '');
  return ownEntry(CJK_NAMES, compact) ?? cjkHighSensitivity(compact) ?? cjkBeforeParenthesis(name) ?? cjkDifferential(name)
    // (b62) 血清 (serum) before a name CJK_NAMES holds (`血清クレアチニン`, `血清尿酸`, a Japanese check-up's): the specimen, the test the name's.
    ?? (compact.length > 2 && compact.startsWith('血清') ? ownEntry(CJK_NAMES, compact.slice(2)) : undefined)
    // (set 28) The draw's time in brackets after the name (`血糖（随時）`, `中性脂肪(空腹時)`, a pharmacy's sheet): the name
    // as CJK_NAMES holds it with the time before it (`随時血糖`).
    ?? cjkTimeAfter(compact);
}
const CJK_TIME_AFTER = /^(.+?)[(（](随時|空腹時)[)）]$/u;
function cjkTimeAfter(compact: string): string | undefined {
  const m = CJK_TIME_AFTER.exec(compact);
  return m ? ownEntry(CJK_NAMES, `${m[2]}${m[1]}`) : undefined;
}

/**
 * (jp2 review) The Japanese qualifier 高感度 (high-sensitivity) anywhere in a name, in parentheses or not, before or after
 * it (`CRP(高感度)`, `CRP（高感度）`, `CRP定量(高感度)`, `高感度CRP定量`, `CRP(高感度)定量`), with 定量 (quantitative: the
 * same assay's name) left out: the name printed `高感度` first (`高感度CRP`, the hs-CRP) when CJK_NAMES holds it. A name
 * with 高感度 that CJK_NAMES does not hold so is unknown (normalizeName), never the plain test its Latin letters alone
 * would be.
 */
function cjkHighSensitivity(compact: string): string | undefined {
  if (!compact.includes(HIGH_SENSITIVITY)) return undefined;
  const rest = compact.replace(/[(（]高感度[)）]|高感度/gu, '').replace(/定量/gu, '');
  // (review 6, lead) A name that says high sensitivity in Latin letters too (`hs-CRP(高感度)`, `hsCRP（高感度）`): that
  // name, as main read it (folding makes it the hs-CRP), not an unknown.
  if (/^(?:hs|high-?sens)/iu.test(rest)) return rest;
  return rest ? ownEntry(CJK_NAMES, `${HIGH_SENSITIVITY}${rest}`) : undefined;
}
const HIGH_SENSITIVITY = '高感度';

/**
 * (jp2 review) A Latin letter before 型 (type: `P型アミラーゼ`, `アミラーゼ(P型)` pancreatic amylase, `B型肝炎` hepatitis
 * B) names a type of what the other words name, no test: a name with one, not in CJK_NAMES, is not read by its Latin
 * letters (`P`, phosphorus, all that folding would leave).
 */
const LETTER_TYPE = /[A-Za-z]型/u;

/**
 * (labs48fix) A Korean section before a name and a hyphen (`혈액검사-혈색소`, `요검사-요단백`: blood test, urine test),
 * as a screening's export names its results: a Hangul word ending in 검사 (test) names the section, not the analyte.
 * (labs48fix review) A section that names a specimen other than blood keeps it: a urine section (`요검사`, `소변검사`,
 * `뇨검사`, `요화학검사`: a word starting with 요, 소변 or 뇨, urine) makes the name the urine's (`요검사-알부민` is
 * `Urine Albumin`, the catalog's urine analyte or none; `요검사-요단백` stays `Urine Protein`), and a section of another
 * specimen (stool `대변`/`분변`, sputum `객담`, CSF `뇌척수액`, a body fluid `체액`, pleural `흉수`, ascites `복수`, semen
 * `정액`, saliva `타액`) leaves the name unread. Only the others (`혈액검사`, `생화학검사`: blood, or no specimen) are
 * dropped. The name's English words (cjkName), or undefined. (labsreadfix) Decided from the section whatever the
 * script of the name after it (`요검사-Creatinine`: the urine's creatinine or none; `대변검사-Hemoglobin`: none): a
 * name in Latin letters is its own words, and a name left unread is `''` (normalizeName then reads nothing, never the
 * Latin letters after the section).
 */
function cjkSectionedName(name: string): string | undefined {
  const m = /^\s*(\p{Script=Hangul}*검사)\s*-\s*(?=\S)/u.exec(name);
  if (!m) return cjkName(name);
  const section = m[1]!;
  if (OTHER_SPECIMEN_SECTION.test(section)) return '';
  const rest = name.slice(m[0].length).trim();
  const words = cjkName(rest) ?? (/^[\p{Script=Latin}\P{L}]+$/u.test(rest) ? rest : undefined);
  if (words === undefined || !URINE_SECTION.test(section)) return words;
  return /\burine\b/i.test(words) ? words : `Urine ${words}`;
}
const URINE_SECTION = /^(?:요|소변|뇨)/u;
const OTHER_SPECIMEN_SECTION = /^(?:대변|분변|객담|뇌척수액|척수액|체액|흉수|복수|정액|타액)/u;

/**
 * (labs48fix) The white cell differential as Chinese reports name it: a cell (`中性粒细胞`, `中性细胞`, `淋巴细胞`,
 * `单核细胞`, `嗜酸(性)(粒)细胞`, `嗜碱(性)(粒)细胞`) and what of it — a percentage (`百分比`, `百分率`, `比率`, `比例`,
 * `%`) or a count (`计数`, `绝对值`, `绝对数`, `数`) — as the catalog's `Neutrophils %`, `Neutrophils #`. The cell alone
 * says neither, and stays unread.
 */
function cjkDifferential(name: string): string | undefined {
  const m = CJK_DIFFERENTIAL.exec(name.trim().replace(/\s+/g, ''));
  if (!m) return undefined;
  const cell = m[1]!.startsWith('中性') ? 'Neutrophils' : m[1]!.startsWith('淋巴') ? 'Lymphocytes' : m[1]!.startsWith('单核') ? 'Monocytes'
    : /^嗜?酸/.test(m[1]!) ? 'Eosinophils' : 'Basophils';
  return `${cell} ${/^(?:百分|比|%)/.test(m[2]!) ? '%' : '#'}`;
}
/**
 * (b58) A Chinese name (group 3) with, before it, a row number (group 1: `12.`, `3 `, `7 `) and/or a code (group 2), and
 * after it a code (group 4), each printed against the name or apart from it (catalog matchNameUncached, hanWithoutCode
 * decides which of them may be dropped). The Han words one run, no space in them.
 */
// (A code holds a letter: `2024 葡萄糖`, a year's digits, is no row number nor code.)
// (fixr83) The code may have a part after a hyphen (`RDW-SD 红细胞体积分布宽度SD`, `RDW-CV`).
const HAN_WITH_CODE = /^(?:(\d{1,3}(?:\.\s*|\s+)))?(?:((?=[0-9%#]*[A-Za-z])[A-Za-z0-9%#]{1,6}(?:-[A-Z]{2})?)\s*)?(\p{Script=Han}+)(\s*(?=[0-9%#]*[A-Za-z])[A-Za-z0-9%#]{1,6})?$/u;
/**
 * (fixr83) A Chinese name with the analyser's code apart before it, and before the code a row number and OCR debris
 * (`13 x/4 HGB 血红蛋白`: short tokens, no Han, no more than three). Read only where the code and the Chinese words name
 * the same test (codeAgreesWithHan): two independent names agreeing make the debris no part of the name.
 */
/** (mend24) A token before an analyser's code that says the sample or ends in a hyphen joining it: no OCR debris. */
const SAMPLE_MARK_BEFORE_CODE = /(?:-|^(?:U|S|P|B|CSF|24h|尿))$/i;
/** (hanletter) Chinese words, then apart an abbreviation of one or two letters (`睾酮 T`, `孕酮 p`, `总胆固醇 TC`). */
// (Apart only: a letter glued on may be the rest of a code, `白蛋白A`, b58's — left to those rules.)
const HAN_THEN_LETTER = /^(\p{Script=Han}+)\s+([A-Za-z]{1,2})$/u;
/** (review 38r) The Han character of the element a one-letter symbol names (`P` 磷 phosphorus, `K` 钾 potassium). */
const ELEMENT_IN_HAN: Readonly<Record<string, string>> = { P: '磷', K: '钾', I: '碘', F: '氟', S: '硫', B: '硼' };
const DEBRIS_CODE_HAN = /^(?:[^\s\p{Script=Han}]{1,4}\s+){1,3}([A-Z][A-Z0-9]{1,5}(?:-[A-Z]{2})?[%#]?)\s+(\p{Script=Han}+)$/u;

/**
 * (b58 review) An analyser's code as OCR garbles it (`HGBJ`, `NEU%K`, `LY%`, `E0H`): three characters or more, capital
 * letters, digits, `%` or `#` only, more than half of them capitals. Not a time point (`30MIN`, `2H`: the sample of a
 * tolerance test, another test than the name alone), nor a subtype or a marker ending in its digits after a letter
 * (`HBA2`, `CD4`: the name's own).
 */
function garbledCode(code: string): boolean {
  return code.length >= 3 && /^[A-Z0-9%#]+$/.test(code) && (code.match(/[A-Z]/g)?.length ?? 0) * 2 > code.length
    && !TIME_POINT.test(code) && !/[A-Z]\d{1,2}$/.test(code);
}
/** A time point of a timed sample: hours or minutes after the start (`0h`, `2h`, `30min`, `120MIN`). */
const TIME_POINT = /^\d{1,3}\s*(?:h|hr|hrs|min|mins)$/i;

/**
 * (b62) Words of a name (two or more: `Free-PSA`, `Beta-HCG` name a form of the code's test) in a language written with
 * letters beyond ASCII (one at least: `Số lượng bạch cầu`; an English line joined to a heading, `Inflammation hs-CRP`,
 * is none), a hyphen against the last one, then an analyser's code in capitals (group 1): two to six letters and
 * digits, perhaps a part after a hyphen (`RDW-CV`, `RDW-SD`) and a `%` or `#` (`LY%`, `NE#`). A `%` may open the name
 * (`%Bạch cầu lympho-LY%`).
 */
const NAME_DASH_CODE = /^(?=[^-]*[^\x00-\x7F])%?\s*(\p{L}+(?:\s+\p{L}+)+)-([A-Z][A-Z0-9]{1,5}(?:-[A-Z]{2})?[%#]?)\*?$/u;

/**
 * (b62 review) The local words before the hyphen, folded so that Cyrillic and Greek stay (accents, `đ`, `ł`, dotless
 * `ı` off; lower case), as DASH_WORDS_SAY reads them.
 */
function dashWordsFolded(words: string): string {
  return withLatinLettersPlain(words).toLowerCase();
}
/** A whole word of the folded local words (no letter or digit either side). */
const wholeWord = (source: string) => new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`, 'u');
/**
 * (b62 review) What the local words before an analyser's code say that the code alone does not: an antibody (`Kháng thể`,
 * `Антитела`, `Przeciwciała`, `Protilátky`, `anti`), the ionised fraction (`ion hóa`, `zjonizowany`, `ионизированный`),
 * the free hormone (`tự do`, `volný`, `свободный`; FOREIGN_WORDS' words for free too), urine (result-list.ts URINE_WORDS
 * — not the words of uric acid or urea they begin, `moczowy`, `Harnstoff`, `Harnsäure` — and `nước tiểu`, `İdrar`,
 * `моча`, `сеча`, `ούρα`) or another specimen than blood (OTHER_SPECIMEN_WORDS).
 */
const DASH_WORDS_SAY: [RegExp, 'antibody' | 'ionized' | 'free' | 'urine' | 'other'][] = [
  [wholeWord(String.raw`antibod\p{L}*|antikorper\p{L}*|antikor\p{L}*|anticorps|anticuerpos?|anticorpos?|anticorpi|przeciwcial\p{L}*|protilat\p{L}*|antitel\p{L}*|ellenanyag\p{L}*|ab|abs|anti|anty|khang the|антител\p{L}*|антитіл\p{L}*|анти|αντισωμ\p{L}*`), 'antibody'],
  [wholeWord(String.raw`ion|ioni[sz]\p{L}*|iyoniz\p{L}*|jonizowan\p{L}*|zjonizowan\p{L}*|ion hoa|иониз\p{L}*|іоніз\p{L}*|ιονισμ\p{L}*`), 'ionized'],
  [wholeWord(String.raw`free|tu do|свобод\p{L}*|вільн\p{L}*|ελευθερ\p{L}*`), 'free'],
  [wholeWord(String.raw`(?!harnst|harns[a-z]ure|harnsaur|mocz(?:ow|n))${URINE_WORDS}|idrar\p{L}*|nuoc tieu|moci?|моч[аиеу]|сеч[аіуи]|ουρ(?:α|ων|ου)`), 'urine'],
  [wholeWord(OTHER_SPECIMEN_WORDS), 'other'],
];
/**
 * (b62 review) An English word of a name's that, against an analyser's code, makes it another test (`Free-T4`,
 * `Pro-BNP`, `hs-CRP`, `Anti-TG`, Polish and Czech `anty-TG`): the code is not read alone after it.
 */
/** (charset) The word total after a name, apart from it (`CK TOTAL`, `Cholesterol totaal`, `Calcio totale`, `Protein totalt`). */
// (set 25) Greek's `ολική`/`ολικό` too (`Τεστοστερόνη ολική`, `Φερριτίνη ολική`).
const GREEK_TOTAL = String.raw`ολικ(?:η|ή|ο|ό|α|ά|ες|ές|ος|ός|ου|ού)`;
const TOTAL_AFTER = new RegExp(String.raw`[\s,]+(?:total|totaal|totale|totalt|${GREEK_TOTAL})\s*$`, 'iu');
/**
 * An LDL cholesterol calculated, as its name's bracket says (matchNameUncached): by a named equation (`LDL-C (NIH Calc)`,
 * `(Martin-Hopkins calc)`, `(Friedewald calculation)`), or in words of the report's language, one or two (`LDL Kolesterol
 * (İndirekt, hesaplamalı)`, `LDL Cholesterol (indirect, calculated)`; Turkish `İ` folds to `i` and a combining dot).
 */
const LDL_CALCULATION_WORD = String.raw`(?:[iİı]\u0307?nd[iİı]rekt|indirect|calculated|calc\.?|hesaplamal[ıi]|berechnet|wyliczany|obliczony)`;
const LDL_CALCULATED = new RegExp(String.raw`^LDL(?:-?C|\s+(?:cholesterol|kolesterol|cholesterin|kolesterolü))?\s*\(\s*(?:(?:nih|sampson|martin[\s-]hopkins|friedewald)(?:\s+(?:calc|calculated|calculation|equation|eq\.?))?|${LDL_CALCULATION_WORD}(?:\s*,\s*${LDL_CALCULATION_WORD})?)\s*\)$`, 'iu');
/** (set 14) A population after a name, after a comma (`, Males (Adult)`, `, Adult Female`, `, Women`). */
const POPULATION_AFTER = /,\s*(?:adult\s+)?(?:males?|females?|men|women|adults?)(?:\s*\((?:adults?|adult males?|adult females?)\))?\s*$/i;
/** (set 14) The word total before a name, apart from it (`Total 25-OH Vitamin D`; set 25: `ολική Τεστοστερόνη`). */
const TOTAL_BEFORE = new RegExp(String.raw`^(?:total|${GREEK_TOTAL})\s+`, 'iu');
/**
 * (charset, mend8) What `totalAfter` reads a total of: words from a letter or digit, two letters at least; not a ratio
 * to the total (a slash), not ending in a bracket (a wrapped line's two names joined before it) or a letter alone (a
 * subset's: `Lymphocytes T`).
 */
function totalOf(bare: string): boolean {
  const t = bare.trim();
  return /^[\p{L}\p{N}]/u.test(t) && /\p{L}{2}/u.test(t) && !/\/|\)$|(?:^|\s)\p{L}$/u.test(t);
}
const DASH_MODIFIER = /^(?:free|total|tot|pro|nt|hs|us|ultra|anti|anty|direct|indirect|ionized|ionised|ion|micro|non|pre|post|apo)$/;
/**
 * (review 34) A CJK word that changes the Latin code it stands against (see matchNameUncached): not 抗原 (antigen), 比重
 * (specific gravity), nor a ratio's word after a code that writes the ratio already (`A/G比`).
 */
const CJK_WORD_CHANGES_CODE = new RegExp(String.raw`(?:抗(?!原)|遊離|游离|フリー|유리|ノン|非|${HIGH_SENSITIVITY}|고감도|超敏)\s?[A-Za-z]|[A-Za-z0-9]\s?(?:抗体|抗體|항체)|^[^/]*[A-Za-z0-9]\s?(?:比(?!重)|比率|비율)`, 'u');

// (fixr83) `百分数` (percentage) as the percentage's word too; the eosinophil and basophil printed without their 嗜
// (`碱性粒细胞`, `酸性粒细胞`: the granulocyte named by its staining, as OCR of a faint first character leaves it).
const CJK_DIFFERENTIAL = /^(中性粒?细胞|淋巴细胞|单核细胞|嗜酸性?粒?细胞|嗜碱性?粒?细胞|酸性粒细胞|碱性粒细胞)(百分比|百分率|百分数|比率|比例|%|计数|绝对值|绝对数|数)$/;

/**
 * A name folded for comparison, spelling only: lower case, Greek letters spelled, punctuation to spaces (`%` and `#`
 * kept, apart from the word), spaces collapsed, British spellings. What a search of the catalog compares: a search
 * for `ap` must still find Apolipoprotein, not become alkaline phosphatase as a report's row named `AP` does.
 */
/** (scripts6) A word of letters of a script folding drops, digits after it; from the word's start only (linear). */
// (scripts6 review) With the numbers printed after such words, apart from them (`مستضد السرطان ١٢٥`, `फिटामिन बी १२`): the
// digits folded to ASCII would otherwise stay in the Latin name beside them.
const OTHER_SCRIPT_WORD_WITH_DIGITS = /(?<![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}])[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}]+(?:\d+|(?:\s+[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}]+)*\s+\d+(?:[-.]\d+)*(?![\d\p{L}]))/gu;

/** (prose2) A character other than ASCII: a name with none skips foldLetters. */
const NON_ASCII = /[^\x00-\x7f]/;

export function foldName(name: string): string {
  // (prose2) A name of ASCII alone has none of the letters foldLetters spells, no other script's word and no accent
  // (NFKD leaves ASCII as it is): it skips them, the same result.
  return (NON_ASCII.test(name) ? foldLetters(name) : name)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9%#]+/g, ' ')
    .trim()
    .replace(/\s+/g, ' ')
    // `COVID-19` is the disease the `COVID` aliases name.
    .replace(/\bcovid 19\b/g, 'covid')
    // British spellings are the same analytes (`Colour`, `Haemoglobin`, `Oestradiol`, `Leucocytes`, `Faecal`).
    .replace(/colour/g, 'color').replace(/haem/g, 'hem').replace(/\boestr/g, 'estr').replace(/leuco/g, 'leuko').replace(/leuca/g, 'leuka').replace(/faec/g, 'fec').replace(/\bluteinis/g, 'luteiniz')
    // `Eos%`, `NEUT#`, `%Free Testosterone`: a percentage or count sign written against the name, after it or before
    // it, is the same word as written apart.
    .replace(/([a-z0-9])([%#])/g, '$1 $2').replace(/%([a-z])/g, '% $1');
}

/** foldName's letters other than ASCII: spelled, their accents dropped (NFKD), before lower case. */
function foldLetters(name: string): string {
  return name
    // (fixr84) A per-mille sign against a name (`InR‰`, a haematology analyser's share in thousandths) is a word of
    // the name, as `%` is: dropped, it would leave another analyte's letters (`InR`, read as the INR).
    .replace(/‰/g, ' permille ')
    .replace(/α/g, 'alpha ').replace(/β/g, 'beta ').replace(/γ/g, 'gamma ').replace(/[µμ]/g, 'u')
    // Turkish dotless ı (`Açlık`) has no accent to drop: it is an i.
    .replace(/ı/g, 'i')
    // Polish ł (`całkowity`) has no accent to drop either: it is an l.
    .replace(/ł/g, 'l').replace(/Ł/g, 'L')
    // (labwords) Vietnamese and Croatian/Serbian đ (`Định lượng`, `Gvožđe`) has none either: a d.
    .replace(/đ/g, 'd').replace(/Đ/g, 'D')
    // Norwegian and Danish ø and æ (`Nøytrofile`) have none either: o and ae.
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'AE')
    // (labs46fix) German ß (`Gesamteiweiß`) has none either: ss, as Swiss German writes it (`Gesamteiweiss`).
    .replace(/ß/g, 'ss').replace(/ẞ/g, 'SS')
    // (scripts6) A word of a script folding drops (Arabic, Hebrew, Devanagari, Bengali, Thai) with digits against it
    // (`فيتامين ب12`, `विटामिन बी12`: the same name as the Latin one beside it) goes whole: its digits are that word's.
    .replace(OTHER_SCRIPT_WORD_WITH_DIGITS, ' ')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}


/**
 * (labwords) Names read only as printed, accents and all, lower case: Polish `Sód` (sodium), whose folded form `sod`
 * is SOD, superoxide dismutase.
 */
const PRINTED_NAMES: Record<string, string> = { 'sód': 'Sodium' };

/**
 * Japanese and Chinese names of the common tests (`総蛋白`, `アルブミン`, `血红蛋白`): folding keeps Latin letters only,
 * so these are read whole, as printed (spaces dropped), into the catalog's English names.
 */
const CJK_NAMES: Record<string, string> = {
  総蛋白: 'Total Protein', 総タンパク: 'Total Protein', 総たんぱく: 'Total Protein', 总蛋白: 'Total Protein',
  アルブミン: 'Albumin', 白蛋白: 'Albumin', 総ビリルビン: 'Total Bilirubin', 总胆红素: 'Total Bilirubin',
  直接ビリルビン: 'Direct Bilirubin', 直接胆红素: 'Direct Bilirubin', 尿素窒素: 'Urea Nitrogen', 尿素氮: 'Urea Nitrogen', 尿素: 'Urea',
  クレアチニン: 'Creatinine', 肌酐: 'Creatinine', 尿酸: 'Uric Acid', 総コレステロール: 'Total Cholesterol', 总胆固醇: 'Total Cholesterol',
  中性脂肪: 'Triglycerides', 甘油三酯: 'Triglycerides', 血糖: 'Glucose', グルコース: 'Glucose', 葡萄糖: 'Glucose',
  白血球数: 'WBC', 白血球: 'WBC', 白细胞计数: 'WBC', 白细胞: 'WBC', 赤血球数: 'RBC', 赤血球: 'RBC', 红细胞计数: 'RBC', 红细胞: 'RBC',
  血色素量: 'Hemoglobin', ヘモグロビン: 'Hemoglobin', 血红蛋白: 'Hemoglobin', ヘマトクリット: 'Hematocrit', 红细胞压积: 'Hematocrit',
  血小板数: 'Platelets', 血小板: 'Platelets', 血小板计数: 'Platelets', ナトリウム: 'Sodium', 钠: 'Sodium', カリウム: 'Potassium', 钾: 'Potassium',
  クロール: 'Chloride', 氯: 'Chloride', カルシウム: 'Calcium', 钙: 'Calcium', 谷丙转氨酶: 'ALT', 谷草转氨酶: 'AST',
  // The sex hormones as Chinese reports name them (`雌二醇（E2）`, `孕酮（P）`: the letters in parentheses alone would be
  // another test, `P` phosphorus).
  雌二醇: 'Estradiol', 睾酮: 'Testosterone', 孕酮: 'Progesterone', 黄体酮: 'Progesterone', 泌乳素: 'Prolactin', 垂体泌乳素: 'Prolactin',
  催乳素: 'Prolactin', 促卵泡刺激素: 'FSH', 促卵泡生成素: 'FSH', 卵泡刺激素: 'FSH', 促黄体生成素: 'LH', 黄体生成素: 'LH',
  硫酸脱氢表雄酮: 'DHEA-S', 脱氢表雄酮硫酸酯: 'DHEA-S',
  // (fixr83) The free prostate-specific antigen (游离; the total's names are below).
  游离前列腺特异性抗原: 'Free PSA',
  // Korean (Hangul) names of the same tests, as health screening results and hospital printouts print them.
  혈색소: 'Hemoglobin', 헤모글로빈: 'Hemoglobin', 백혈구: 'WBC', 적혈구: 'RBC', 혈소판: 'Platelets', 헤마토크리트: 'Hematocrit',
  공복혈당: 'Fasting Glucose', 혈당: 'Glucose', 당화혈색소: 'HbA1c', 총콜레스테롤: 'Total Cholesterol', 고밀도콜레스테롤: 'HDL Cholesterol',
  저밀도콜레스테롤: 'LDL Cholesterol', 중성지방: 'Triglycerides', 크레아티닌: 'Creatinine', 혈청크레아티닌: 'Creatinine',
  요산: 'Uric Acid', 알부민: 'Albumin', 총단백: 'Total Protein', 감마지티피: 'GGT', 총빌리루빈: 'Total Bilirubin',
  나트륨: 'Sodium', 칼륨: 'Potassium', 칼슘: 'Calcium', 요소질소: 'Urea Nitrogen',
  // (labs48fix) The common panels' other names, as Chinese laboratory systems print them (standard terms: the 中华医学会
  // and LIS dictionaries' names, not one report's spellings). Liver: ALT, AST, GGT (谷氨酰转肽酶, γ-谷氨酰转移酶; 转肽酶
  // for short), ALP, LDH, globulin, the A/G ratio, indirect bilirubin.
  丙氨酸氨基转移酶: 'ALT', 天门冬氨酸氨基转移酶: 'AST', 天冬氨酸氨基转移酶: 'AST', 谷氨酰转肽酶: 'GGT', 'γ-谷氨酰转肽酶': 'GGT',
  谷氨酰转移酶: 'GGT', 'γ-谷氨酰转移酶': 'GGT', 转肽酶: 'GGT', 碱性磷酸酶: 'ALP', 乳酸脱氢酶: 'LDH', 球蛋白: 'Globulin',
  '白蛋白/球蛋白': 'A/G Ratio', 白球比: 'A/G Ratio', 白球比例: 'A/G Ratio', 白蛋白球蛋白比: 'A/G Ratio', 间接胆红素: 'Indirect Bilirubin',
  // Kidney, electrolytes, glucose, lipids: the total CO2 (二氧化碳, 二氧化碳结合力, 总二氧化碳), eGFR, phosphorus, magnesium.
  二氧化碳: 'Total CO2', 总二氧化碳: 'Total CO2', 二氧化碳结合力: 'Total CO2', 估算肾小球滤过率: 'eGFR', 肾小球滤过率: 'eGFR',
  磷: 'Phosphorus', 无机磷: 'Phosphorus', 镁: 'Magnesium', 氯化物: 'Chloride', 空腹血糖: 'Fasting Glucose', 糖化血红蛋白: 'HbA1c',
  高密度脂蛋白胆固醇: 'HDL Cholesterol', 低密度脂蛋白胆固醇: 'LDL Cholesterol',
  // The blood count's indices: haemoglobin (血红蛋白含量, its amount), haematocrit (红细胞比容, 血细胞比容), MCV, MCH,
  // MCHC, RDW (CV, SD), MPV, PDW, plateletcrit.
  血红蛋白含量: 'Hemoglobin', 血红蛋白浓度: 'Hemoglobin', 红细胞比容: 'Hematocrit', 血细胞比容: 'Hematocrit',
  平均红细胞体积: 'MCV', 红细胞平均体积: 'MCV', 平均红细胞血红蛋白含量: 'MCH', 平均红细胞血红蛋白量: 'MCH', 平均血红蛋白含量: 'MCH',
  平均血红蛋白量: 'MCH', 平均红细胞血红蛋白浓度: 'MCHC', 平均血红蛋白浓度: 'MCHC', 红细胞分布宽度: 'RDW', 红细胞体积分布宽度: 'RDW',
  红细胞分布宽度CV: 'RDW-CV', '红细胞分布宽度-CV': 'RDW-CV', 红细胞体积分布宽度CV: 'RDW-CV', 平均红细胞体积分布宽度CV: 'RDW-CV',
  红细胞分布宽度变异系数: 'RDW-CV', 红细胞分布宽度SD: 'RDW-SD', 红细胞体积分布宽度SD: 'RDW-SD', '红细胞分布宽度-SD': 'RDW-SD', 红细胞分布宽度标准差: 'RDW-SD',
  平均血小板体积: 'MPV', 血小板分布宽度: 'PDW', 血小板压积: 'Plateletcrit', 血小板比容: 'Plateletcrit',
  // Coagulation: PT, APTT (活化部分凝血活酶时间; 活化部分凝血酶原时间 as many systems print it), fibrinogen, INR.
  凝血酶原时间: 'Prothrombin Time', 活化部分凝血活酶时间: 'APTT', 活化部分凝血酶原时间: 'APTT', 部分凝血活酶时间: 'APTT',
  纤维蛋白原: 'Fibrinogen', 国际标准化比值: 'INR', 凝血酶原国际标准化比值: 'INR',
  // Korean: triglycerides transliterated (트리글리세라이드, 트리글리세이드); the urine protein (요단백, 요단백질, 尿蛋白).
  트리글리세라이드: 'Triglycerides', 트리글리세이드: 'Triglycerides', 요단백: 'Urine Protein', 요단백질: 'Urine Protein', 尿蛋白: 'Urine Protein',
  // (jp) Japanese names as health check-ups (健診結果) and hospital printouts (検査結果報告書) print them: glucose fasting
  // (空腹時) or at any time (随時), triglycerides likewise (中性脂肪 above); the differential's cells (好中球 neutrophils,
  // 分葉核球 and 桿状核球 its segmented and band forms, 好酸球, 好塩基球, 単球, リンパ球), the cell alone its percentage as
  // the English name alone is (a count's unit makes it the count: coding); inorganic phosphorus (無機リン, リン), insulin
  // (fasting: 空腹時), amylase (serum: 血清), urine specific gravity (尿比重; 比重 alone as `Specific Gravity` is), and
  // high-sensitivity CRP (高感度CRP: the hs-CRP, never the plain CRP that folding its Latin letters alone would read).
  空腹時血糖: 'Fasting Glucose', 随時血糖: 'Glucose', 空腹時中性脂肪: 'Triglycerides', 随時中性脂肪: 'Triglycerides',
  好中球: 'Neutrophils', 分葉核球: 'Segmented Neutrophils', 桿状核球: 'Band form Neutrophils', 好酸球: 'Eosinophils',
  好塩基球: 'Basophils', 単球: 'Monocytes', リンパ球: 'Lymphocytes', 無機リン: 'Phosphorus', リン: 'Phosphorus',
  空腹時インスリン: 'Fasting Insulin', インスリン: 'Insulin', 血清アミラーゼ: 'Serum Amylase', アミラーゼ: 'Amylase',
  尿比重: 'Urine Specific Gravity', 高感度CRP: 'hs-CRP',
  // (jp3) The urine strip's pads and the sediment's cells as Japanese urinalyses (尿検査, 尿定性, 尿沈渣) name them: named
  // with their urine (尿糖 glucose, 尿潜血 occult blood, 尿ケトン体, 尿ビリルビン, 尿亜硝酸塩 nitrite, 尿赤血球, 尿白血球) they
  // are the urine's anywhere; printed without it (糖, 潜血, ケトン体, ビリルビン, 亜硝酸塩, and 赤血球, 白血球 per field)
  // only where urine is named (urineInEnglish), never the blood's glucose, bilirubin or cell counts. Urobilinogen
  // (ウロビリノーゲン) and the leukocyte esterase pad (白血球反応, 白血球エステラーゼ) are tests of the urine only.
  尿糖: 'Urine Glucose', 尿潜血: 'Urine Occult Blood', 尿ケトン体: 'Urine Ketones', 尿ケトン: 'Urine Ketones',
  ウロビリノーゲン: 'Urine Urobilinogen', 尿ウロビリノーゲン: 'Urine Urobilinogen', 尿ビリルビン: 'Urine Bilirubin',
  尿亜硝酸塩: 'Urine Nitrite', 尿亜硝酸: 'Urine Nitrite', 白血球反応: 'Urine Leukocyte Esterase',
  白血球エステラーゼ: 'Urine Leukocyte Esterase', 尿白血球反応: 'Urine Leukocyte Esterase', 尿赤血球: 'Urine RBC', 尿白血球: 'Urine WBC',
  // (scripts6) A hormone clinic's tests as Korean, Japanese and Chinese (Simplified and Traditional) reports name them:
  // testosterone, total and free (유리, 遊離, 游离/游離: free), estradiol, prolactin, the free thyroid hormones (`유리T4`:
  // the Latin letters alone would be the total T4), TSH, LH, FSH, SHBG, PSA (Taiwan's 攝護腺), IGF-1 (ソマトメジンC),
  // cortisol, ferritin, vitamin D (25-OH), B12, insulin. Written from knowledge, not sourced.
  테스토스테론: 'Testosterone', 총테스토스테론: 'Total Testosterone', 유리테스토스테론: 'Free Testosterone', 에스트라디올: 'Estradiol',
  프로락틴: 'Prolactin', 유리T4: 'Free T4', 유리T3: 'Free T3', 갑상선자극호르몬: 'TSH', 황체형성호르몬: 'LH', 난포자극호르몬: 'FSH',
  성호르몬결합글로불린: 'SHBG', 전립선특이항원: 'PSA', 코르티솔: 'Cortisol', 페리틴: 'Ferritin', 비타민D: 'Vitamin D',
  '비타민D(25-OH)': 'Vitamin D', '25-OH비타민D': 'Vitamin D', 비타민B12: 'Vitamin B12', 인슐린: 'Insulin',
  テストステロン: 'Testosterone', 遊離テストステロン: 'Free Testosterone', フリーテストステロン: 'Free Testosterone',
  エストラジオール: 'Estradiol', プロラクチン: 'Prolactin', 甲状腺刺激ホルモン: 'TSH', 黄体形成ホルモン: 'LH', 卵胞刺激ホルモン: 'FSH',
  性ホルモン結合グロブリン: 'SHBG', 前立腺特異抗原: 'PSA', ソマトメジンC: 'Somatomedin C', コルチゾール: 'Cortisol', フェリチン: 'Ferritin',
  ビタミンD: 'Vitamin D', '25-OHビタミンD': 'Vitamin D', 'ビタミンD(25-OH)': 'Vitamin D',
  遊離T4: 'Free T4', 遊離T3: 'Free T3', 游离T4: 'Free T4', 游离T3: 'Free T3', 游離T4: 'Free T4', 游離T3: 'Free T3',
  游离睾酮: 'Free Testosterone', 总睾酮: 'Total Testosterone', 前列腺特异性抗原: 'PSA', 总前列腺特异性抗原: 'PSA', 皮质醇: 'Cortisol',
  铁蛋白: 'Ferritin', 维生素D: 'Vitamin D', '25-羟基维生素D': 'Vitamin D', '25羟基维生素D': 'Vitamin D', 维生素B12: 'Vitamin B12',
  胰岛素: 'Insulin', 促甲状腺激素: 'TSH', 促甲状腺素: 'TSH', 游离甲状腺素: 'Free T4', 游离三碘甲状腺原氨酸: 'Free T3',
  性激素结合球蛋白: 'SHBG', '胰岛素样生长因子-1': 'IGF-1', 胰岛素样生长因子1: 'IGF-1',
  睪固酮: 'Testosterone', 睪丸酮: 'Testosterone', 睪酮: 'Testosterone', 游離睪固酮: 'Free Testosterone', 鐵蛋白: 'Ferritin',
  甲狀腺刺激素: 'TSH', 促甲狀腺激素: 'TSH', 游離甲狀腺素: 'Free T4', 攝護腺特異抗原: 'PSA', 前列腺特異抗原: 'PSA', 皮質醇: 'Cortisol',
  胰島素: 'Insulin', 維生素D: 'Vitamin D', 維生素B12: 'Vitamin B12', 飯前血糖: 'Fasting Glucose', 糖化血色素: 'HbA1c',
};

const CJK_LATIN_PARENTHESIS = /[(（]\s*([A-Za-z][A-Za-z0-9 .+-]{0,15})\s*[)）]\s*$/;
/**
 * A Chinese or Japanese name with its abbreviation in parentheses, ASCII or full-width (`孕酮（P）`, `雌二醇(E2)`): the
 * name in the catalog's words, the parenthesis kept (`Progesterone (P)`), so that the name and not the letters alone
 * (`P`, phosphorus, all that folding would leave) is what codes the row.
 */
function cjkBeforeParenthesis(name: string): string | undefined {
  // (Latin letters in the parenthesis only: an abbreviation or a word the catalog's rules read, `（Free）`; Chinese words
  // there, `睾酮（游离）`, free testosterone, could change the analyte and stay unread.)
  const m = beforeEnding(name.trim(), CJK_LATIN_PARENTHESIS);
  const words = m?.[1] ? ownEntry(CJK_NAMES, m[1]!.replace(/\s+/g, '')) ?? cjkDifferential(m[1]!) : undefined;
  return words && `${words} (${m![2]!.trim()})`;
}

/** (cyrillic) Names with a Cyrillic `т` or `в` before digits (`т4`, `в12`), and each with the Latin `t`, `b` a report may print there. */
function withLatinBeforeDigits(names: Record<string, string>): Record<string, string> {
  const latin = (key: string) => key.replace(/[тв](?=\d)/gu, (c) => (c === 'т' ? 't' : 'b'));
  return Object.fromEntries(Object.entries(names).flatMap(([key, name]) => [[key, name], [latin(key), name]]));
}

/** (invented) A differential's names (the count) and each with `, %` (the share, the catalog's name with ` %`). */
function withShares(counts: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(counts).flatMap(([key, name]) => [[key, name], [`${key}, %`, `${name} %`]]));
}

/**
 * Russian (and Ukrainian, Bulgarian) names of the common tests (`Калий`, `Холестерин общий`, `АСТ`): folding keeps
 * Latin letters only, so these are read in lower case, without a parenthesis after the name (`Калий (К+)`,
 * `АЛТ (аланинаминотрансфераза)`) and without `в крови` (in blood), into the catalog's English names.
 */
const CYRILLIC_NAMES: Record<string, string> = {
  лейкоциты: 'WBC', эритроциты: 'RBC', гемоглобин: 'Hemoglobin', гематокрит: 'Hematocrit', тромбоциты: 'Platelets',
  калий: 'Potassium', натрий: 'Sodium', хлор: 'Chloride', хлориды: 'Chloride', кальций: 'Calcium', 'кальций общий': 'Calcium',
  магний: 'Magnesium', фосфор: 'Phosphorus', 'фосфор неорганический': 'Phosphorus', железо: 'Iron', 'железо сывороточное': 'Iron',
  ферритин: 'Ferritin', трансферрин: 'Transferrin', 'холестерин общий': 'Total Cholesterol', холестерин: 'Cholesterol',
  'общий холестерин': 'Total Cholesterol', триглицериды: 'Triglycerides', 'билирубин общий': 'Total Bilirubin',
  'общий билирубин': 'Total Bilirubin', 'билирубин прямой': 'Direct Bilirubin', 'прямой билирубин': 'Direct Bilirubin',
  аст: 'AST', алт: 'ALT', креатинин: 'Creatinine', глюкоза: 'Glucose', 'общий белок': 'Total Protein', 'белок общий': 'Total Protein',
  альбумин: 'Albumin', мочевина: 'Urea', 'мочевая кислота': 'Uric Acid', 'щелочная фосфатаза': 'Alkaline Phosphatase',
  ггт: 'GGT', 'гамма-гт': 'GGT', 'с-реактивный белок': 'C-Reactive Protein', срб: 'CRP', ттг: 'TSH', гомоцистеин: 'Homocysteine',
  // The differential's share of each kind as a percentage, printed `Нейтрофилы, %` (the count alone is another test).
  'нейтрофилы, %': 'Neutrophils %', 'лимфоциты, %': 'Lymphocytes %', 'моноциты, %': 'Monocytes %', 'эозинофилы, %': 'Eosinophils %',
  'базофилы, %': 'Basophils %',
  // (labs44fix) Bulgarian names (`АСАТ`, `АЛАТ`, `Глюкоза серумна`, `Холестерол`, `Левкоцити`): the same tests.
  асат: 'AST', алат: 'ALT', 'глюкоза серумна': 'Glucose', холестерол: 'Cholesterol', 'общ холестерол': 'Total Cholesterol',
  хемоглобин: 'Hemoglobin', хематокрит: 'Hematocrit', левкоцити: 'WBC', еритроцити: 'RBC', тромбоцити: 'Platelets',
  триглицериди: 'Triglycerides', 'пикочна киселина': 'Uric Acid', урея: 'Urea', калций: 'Calcium', желязо: 'Iron',
  // (invented) The Bulgarian differential (`Неутрофили`, `Моноцити-%`): each cell's name the count, and with `, %`
  // (cyrillicKey reads `-%` and ` %` so) its share.
  ...withShares({ неутрофили: 'Neutrophils', лимфоцити: 'Lymphocytes', моноцити: 'Monocytes', еозинофили: 'Eosinophils', базофили: 'Basophils' }),
  // (cyrillic) Ukrainian spellings of the tests above (`Креатинін`, `Сечовина`, `Загальний білірубін`, `Залізо`):
  // folding keeps no Cyrillic letter and the catalog asks this table alone, so a Ukrainian name it does not hold drops.
  лейкоцити: 'WBC', гемоглобін: 'Hemoglobin', калій: 'Potassium', натрій: 'Sodium', хлориди: 'Chloride', кальцій: 'Calcium',
  'кальцій загальний': 'Calcium', 'загальний кальцій': 'Calcium', магній: 'Magnesium', 'фосфор неорганічний': 'Phosphorus',
  залізо: 'Iron', 'залізо сироваткове': 'Iron', феритин: 'Ferritin', трансферин: 'Transferrin',
  'холестерин загальний': 'Total Cholesterol', 'загальний холестерин': 'Total Cholesterol', тригліцериди: 'Triglycerides',
  'білірубін загальний': 'Total Bilirubin', 'загальний білірубін': 'Total Bilirubin', 'білірубін прямий': 'Direct Bilirubin',
  'прямий білірубін': 'Direct Bilirubin', креатинін: 'Creatinine', 'загальний білок': 'Total Protein', 'білок загальний': 'Total Protein',
  альбумін: 'Albumin', сечовина: 'Urea', 'сечова кислота': 'Uric Acid', 'лужна фосфатаза': 'Alkaline Phosphatase',
  'с-реактивний білок': 'C-Reactive Protein', гомоцистеїн: 'Homocysteine',
  ...withShares({ нейтрофіли: 'Neutrophils', лімфоцити: 'Lymphocytes', еозинофіли: 'Eosinophils', базофіли: 'Basophils' }),
  // (cyrillic) More Bulgarian names, and Serbian Cyrillic's (`Уреа`, `Мокраћна киселина`, `Гвожђе`, `Калијум`); the
  // names the three languages share with Russian or each other (`Креатинин`, `Хемоглобин`, `Феритин`) once.
  // (cyrillic) Bulgarian `ПСА общ` (the total PSA).
  'пса общ': 'Total PSA', 'общ пса': 'Total PSA', 'общ билирубин': 'Total Bilirubin', 'директен билирубин': 'Direct Bilirubin', 'общ белтък': 'Total Protein', албумин: 'Albumin',
  'алкална фосфатаза': 'Alkaline Phosphatase', магнезий: 'Magnesium', глукоза: 'Glucose', уреа: 'Urea',
  'мокраћна киселина': 'Uric Acid', леукоцити: 'WBC', гвожђе: 'Iron', калијум: 'Potassium', натријум: 'Sodium', калцијум: 'Calcium',
  магнезијум: 'Magnesium', 'укупни холестерол': 'Total Cholesterol', 'укупни билирубин': 'Total Bilirubin',
  'директни билирубин': 'Direct Bilirubin', 'укупни протеини': 'Total Protein',
  // (set 27) Macedonian (`Гликоза`, `Холестерол вкупен`, `Железо`), written from knowledge.
  гликоза: 'Glucose', 'холестерол вкупен': 'Total Cholesterol', 'вкупен холестерол': 'Total Cholesterol', 'билирубин вкупен': 'Total Bilirubin',
  'вкупни протеини': 'Total Protein',
  // (cyrillic) Tests printed with one name in all of them, or named for the first time here: testosterone, vitamin D
  // (`Вітамін D (25-OH)`: the parenthesis is dropped as above), the sedimentation rate (СОЭ, ШОЕ, СУЕ).
  тестостерон: 'Testosterone', 'витамин d': 'Vitamin D', 'вітамін d': 'Vitamin D', соэ: 'ESR', шое: 'ESR', суе: 'ESR',
  // (cyrillic) Free and total T4 and T3 (`Т4 вільний`, `Т4 свободный`, `Т3 загальний`), the word before or after, and
  // vitamin B12, the letter before the digits in either script: folding keeps the Latin `T4` alone of `T4 свободный`,
  // the total T4 — a wrong test.
  ...withLatinBeforeDigits({
    'т4 свободный': 'Free T4', 'свободный т4': 'Free T4', 'т4 вільний': 'Free T4', 'вільний т4': 'Free T4',
    'т3 свободный': 'Free T3', 'свободный т3': 'Free T3', 'т3 вільний': 'Free T3', 'вільний т3': 'Free T3',
    'т4 общий': 'Total T4', 'общий т4': 'Total T4', 'т4 загальний': 'Total T4', 'загальний т4': 'Total T4',
    'т3 общий': 'Total T3', 'общий т3': 'Total T3', 'т3 загальний': 'Total T3', 'загальний т3': 'Total T3',
    'витамин в12': 'Vitamin B12', 'вітамін в12': 'Vitamin B12',
  }),
  // (scripts6) A hormone clinic's tests in Russian and Ukrainian: testosterone total and free (общий, загальний;
  // свободный, вільний), estradiol, prolactin, SHBG (ГСПГ, ГЗСГ), LH, FSH, DHEA-S, IGF-1 (соматомедин С, ИФР-1), PSA,
  // cortisol, insulin, vitamin D (`25-ОН витамин D`, the letters Cyrillic or Latin), HbA1c. Written from knowledge.
  'тестостерон общий': 'Total Testosterone', 'общий тестостерон': 'Total Testosterone', 'тестостерон свободный': 'Free Testosterone',
  'свободный тестостерон': 'Free Testosterone', 'тестостерон загальний': 'Total Testosterone', 'загальний тестостерон': 'Total Testosterone',
  'тестостерон вільний': 'Free Testosterone', 'вільний тестостерон': 'Free Testosterone', эстрадиол: 'Estradiol', естрадіол: 'Estradiol',
  пролактин: 'Prolactin', гспг: 'SHBG', гзсг: 'SHBG', лг: 'LH', фсг: 'FSH', 'лютеинизирующий гормон': 'LH', 'фолликулостимулирующий гормон': 'FSH',
  'лютеїнізуючий гормон': 'LH', 'фолікулостимулюючий гормон': 'FSH', 'дгэа-сульфат': 'DHEA-S', 'дгэа-с': 'DHEA-S', 'дгеа-сульфат': 'DHEA-S',
  'дгеа-с': 'DHEA-S', 'соматомедин с': 'Somatomedin C', 'ифр-1': 'IGF-1', 'іфр-1': 'IGF-1', пса: 'PSA', 'пса общий': 'PSA', 'пса загальний': 'PSA',
  'общий пса': 'PSA', 'загальний пса': 'PSA', кортизол: 'Cortisol', инсулин: 'Insulin', інсулін: 'Insulin',
  // (fixr) The lipoproteins' cholesterol by their Russian and Ukrainian initials (ЛПНП/ЛПНЩ low, ЛПВП/ЛПВЩ high density).
  лпнп: 'LDL Cholesterol', 'холестерин лпнп': 'LDL Cholesterol', 'холестерин-лпнп': 'LDL Cholesterol', 'лпнп-холестерин': 'LDL Cholesterol',
  лпвп: 'HDL Cholesterol', 'холестерин лпвп': 'HDL Cholesterol', 'холестерин-лпвп': 'HDL Cholesterol', 'лпвп-холестерин': 'HDL Cholesterol',
  лпнщ: 'LDL Cholesterol', 'холестерин лпнщ': 'LDL Cholesterol', 'холестерин-лпнщ': 'LDL Cholesterol',
  лпвщ: 'HDL Cholesterol', 'холестерин лпвщ': 'HDL Cholesterol', 'холестерин-лпвщ': 'HDL Cholesterol',
  '25-он витамин d': 'Vitamin D', '25-oh витамин d': 'Vitamin D', '25-он вітамін d': 'Vitamin D', '25-oh вітамін d': 'Vitamin D',
  // (fixr) 25-hydroxyvitamin D spelt out (`25-гидроксивитамин D`, `Витамин D, 25-гидрокси`, `25-гідроксивітамін D`).
  '25-гидроксивитамин d': 'Vitamin D', '25-гидрокси витамин d': 'Vitamin D', 'витамин d, 25-гидрокси': 'Vitamin D', 'витамин d 25-гидрокси': 'Vitamin D',
  '25-гідроксивітамін d': 'Vitamin D', '25-гідрокси вітамін d': 'Vitamin D', 'вітамін d, 25-гідрокси': 'Vitamin D', 'вітамін d 25-гідрокси': 'Vitamin D',
  'гликированный гемоглобин': 'HbA1c', 'глікований гемоглобін': 'HbA1c', 'глікозильований гемоглобін': 'HbA1c',
  // (b57) The lipoproteins' cholesterol by its Russian and Ukrainian letters (`Холестерин-ЛПВП`, `ЛПНП`, `ХС ЛПВП`, Ukrainian `ЛПВЩ`:
  // high, low, very low density), folic acid, leptin, free PSA, the transferrin's saturation, the differential's
  // segmented and band neutrophils (`Сегментоядерные`, `Палочкоядерные`, with `нейтрофилы` or not, each share with
  // `, %`). Written from knowledge.
  ...Object.fromEntries(['холестерин-', 'холестерин ', 'хс ', 'хс-', 'холестерол ', 'холестерол-', ''].flatMap((p) => [
    [`${p}лпвп`, 'HDL Cholesterol'], [`${p}лпнп`, 'LDL Cholesterol'], [`${p}лпонп`, 'VLDL Cholesterol'],
    [`${p}лпвщ`, 'HDL Cholesterol'], [`${p}лпнщ`, 'LDL Cholesterol'], [`${p}лпднщ`, 'VLDL Cholesterol'],
  ])),
  'фолиевая кислота': 'Folic Acid', 'фолієва кислота': 'Folic Acid', лептин: 'Leptin',
  'пса свободный': 'Free PSA', 'свободный пса': 'Free PSA', 'пса вільний': 'Free PSA', 'вільний пса': 'Free PSA',
  'насыщение трансферрина': 'Transferrin Saturation', 'насыщение трансферрина железом': 'Transferrin Saturation',
  'коэффициент насыщения трансферрина': 'Transferrin Saturation', '% насыщения трансферрина': 'Transferrin Saturation',
  'насичення трансферину': 'Transferrin Saturation', 'насичення трансферину залізом': 'Transferrin Saturation',
  // (b57) Vitamin D with its `25(OH)` before or after the letter (`Витамин 25(OH) D`, `Витамин D 25(ОН)`: the letters
  // Latin or Cyrillic; a parenthesis at the name's end is dropped before the table is asked, `витамин d 25`), and the free PSA's share of the total (`ПСА свободный/ПСА общий`).
  ...Object.fromEntries(['oh', 'он'].flatMap((oh) => ['витамин', 'вітамін'].flatMap((v) => [
    [`${v} 25(${oh}) d`, 'Vitamin D'], [`${v} d 25(${oh})`, 'Vitamin D'], [`${v} 25-${oh} d`, 'Vitamin D'], [`${v} d 25-${oh}`, 'Vitamin D'],
  ])).concat([['витамин d 25', 'Vitamin D'], ['вітамін d 25', 'Vitamin D']])),
  'пса свободный/пса общий': 'Free/Total PSA', 'пса свободный/общий': 'Free/Total PSA', 'пса вільний/пса загальний': 'Free/Total PSA',
  ...withShares({
    сегментоядерные: 'Neutrophils', 'сегментоядерные нейтрофилы': 'Neutrophils', 'нейтрофилы сегментоядерные': 'Neutrophils',
    сегментоядерні: 'Neutrophils', 'сегментоядерні нейтрофіли': 'Neutrophils',
    палочкоядерные: 'Band form Neutrophils', 'палочкоядерные нейтрофилы': 'Band form Neutrophils',
    'нейтрофилы палочкоядерные': 'Band form Neutrophils', паличкоядерні: 'Band form Neutrophils',
    'паличкоядерні нейтрофіли': 'Band form Neutrophils',
  }),
};

/**
 * Greek names of the blood count and common chemistry (`Ουδετερόφιλα`, `Αιμοσφαιρίνη`, `Λευκά αιμοσφ.`): folding spells
 * Greek letters as words (`α` → `alpha`), so these are read in lower case without accents, their points dropped.
 */
const GREEK_NAMES: Record<string, string> = {
  'λευκα αιμοσφ': 'WBC', 'λευκα αιμοσφαιρια': 'WBC', 'ερυθρα αιμοσφαιρια': 'RBC', αιμοσφαιρινη: 'Hemoglobin', αιματοκριτης: 'Hematocrit',
  αιμοπεταλια: 'Platelets', ουδετεροφιλα: 'Neutrophils', λεμφοκυτταρα: 'Lymphocytes', μονοκυτταρα: 'Monocytes', ηωσινοφιλα: 'Eosinophils',
  βασεοφιλα: 'Basophils', σακχαρο: 'Glucose', γλυκοζη: 'Glucose', χοληστερινη: 'Cholesterol', τριγλυκεριδια: 'Triglycerides',
  ουρια: 'Urea', κρεατινινη: 'Creatinine', σιδηρος: 'Iron', φερριτινη: 'Ferritin',
  // (scripts6) The hormones and more chemistry (`Τεστοστερόνη`, `Οιστραδιόλη`, `Ουρικό οξύ`, `Χοληστερίνη ολική`,
  // `Βιταμίνη Β12` with a Greek or a Latin B). Written from knowledge, not sourced.
  τεστοστερονη: 'Testosterone', 'ολικη τεστοστερονη': 'Total Testosterone', 'ελευθερη τεστοστερονη': 'Free Testosterone',
  οιστραδιολη: 'Estradiol', προλακτινη: 'Prolactin', κορτιζολη: 'Cortisol', ινσουλινη: 'Insulin', 'ουρικο οξυ': 'Uric Acid',
  'χοληστερινη ολικη': 'Total Cholesterol', 'ολικη χοληστερινη': 'Total Cholesterol', 'βιταμινη β12': 'Vitamin B12', 'βιταμινη b12': 'Vitamin B12',
  'βιταμινη d': 'Vitamin D', 'βιταμινη d3': 'Vitamin D', 'βιταμινη d3 (25-oh)': 'Vitamin D', 'βιταμινη d (25-oh)': 'Vitamin D',
  // (fixr85d) The electrolytes, enzymes and the ESR as Greek laboratories name them (`Ασβέστιο`, `Κάλιο Ορού` serum
  // potassium, `Αμυλάση`, `Λιπάση`, `Ταχύτητα Καθίζησης Ερυθρών (1η ώρα)` the first hour's sedimentation,
  // `Αιμοπεταλιοκρίτης` the plateletcrit). Written from knowledge, not sourced.
  ασβεστιο: 'Calcium', μαγνησιο: 'Magnesium', καλιο: 'Potassium', νατριο: 'Sodium', φωσφορος: 'Phosphorus', χλωριο: 'Chloride',
  'καλιο ορου': 'Potassium', 'νατριο ορου': 'Sodium', 'ασβεστιο ορου': 'Calcium', 'μαγνησιο ορου': 'Magnesium', 'σιδηρος ορου': 'Iron',
  αμυλαση: 'Amylase', 'αμυλαση ορου': 'Amylase', λιπαση: 'Lipase', λευκωματινη: 'Albumin', χολερυθρινη: 'Bilirubin',
  'ολικη χολερυθρινη': 'Total Bilirubin', 'αλκαλικη φωσφαταση': 'Alkaline Phosphatase', 'γαλακτικη αφυδρογοναση': 'Lactate Dehydrogenase',
  'κρεατινη κινααση': 'Creatine Kinase', 'κρεατινικη κινααση': 'Creatine Kinase', αιμοπεταλιοκριτης: 'Plateletcrit',
  'ταχυτητα καθιζησης ερυθρων': 'ESR', 'ταχυτητα καθιζησης ερυθρων (1η ωρα)': 'ESR', 'ταχυτητα καθιζησης': 'ESR', θυρεοτροπινη: 'TSH',
  // (greek2, 2026-12-07) `ΤΚΕ` (the ESR's initials), homocysteine, folic acid, the thyroid hormones, HbA1c, CRP, the
  // lipoproteins and the sex hormones as Greek laboratories name them. Written from knowledge, not sourced.
  τκε: 'ESR', ομοκυστεινη: 'Homocysteine', 'φυλλικο οξυ': 'Folate', θυροξινη: 'T4', 'ελευθερη θυροξινη': 'Free T4',
  τριιωδοθυρονινη: 'T3', 'ελευθερη τριιωδοθυρονινη': 'Free T3', 'γλυκοζυλιωμενη αιμοσφαιρινη': 'HbA1c',
  'c-αντιδρωσα πρωτεινη': 'CRP', 'c αντιδρωσα πρωτεινη': 'CRP', 'ολικα λευκωματα': 'Total Protein', 'ολικες πρωτεινες': 'Total Protein',
  τρανσφερρινη: 'Transferrin', 'hdl χοληστερινη': 'HDL Cholesterol', 'ldl χοληστερινη': 'LDL Cholesterol',
  'χοληστερινη hdl': 'HDL Cholesterol', 'χοληστερινη ldl': 'LDL Cholesterol', 'απολιποπρωτεινη β': 'Apolipoprotein B',
  'απολιποπρωτεινη b': 'Apolipoprotein B', 'λιποπρωτεινη (α)': 'Lipoprotein (a)', 'λιποπρωτεινη (a)': 'Lipoprotein (a)',
  'προστατικο ειδικο αντιγονο': 'PSA', 'ωοθυλακιοτροπος ορμονη': 'FSH', 'ωχρινοτροπος ορμονη': 'LH', προγεστερονη: 'Progesterone',
  // Cholesterol spelt `χοληστερόλη` as often as `χοληστερίνη`.
  χοληστερολη: 'Cholesterol', 'ολικη χοληστερολη': 'Total Cholesterol', 'χοληστερολη ολικη': 'Total Cholesterol',
  'hdl χοληστερολη': 'HDL Cholesterol', 'ldl χοληστερολη': 'LDL Cholesterol', 'χοληστερολη hdl': 'HDL Cholesterol', 'χοληστερολη ldl': 'LDL Cholesterol',
};

/**
 * (scripts6) Arabic names of a hormone clinic's tests and the common chemistry, as Gulf and Egyptian reports print them
 * (`التستوستيرون الحر`, `البرولاكتين`, `الكرياتينين`), keyed as arabicKey reads a name (no definite article, one alef).
 * Written from knowledge, not sourced. A name the table does not hold stays unread, as before.
 */
const ARABIC_NAMES: Record<string, string> = Object.fromEntries(Object.entries({
  'التستوستيرون': 'Testosterone', 'التستوستيرون الكلي': 'Total Testosterone', 'التستوستيرون الحر': 'Free Testosterone',
  'الاستراديول': 'Estradiol', 'البرولاكتين': 'Prolactin', 'الكورتيزول': 'Cortisol', 'الانسولين': 'Insulin', 'الانسولين الصائم': 'Fasting Insulin',
  'الفيريتين': 'Ferritin', 'فيتامين د': 'Vitamin D', 'فيتامين د 25': 'Vitamin D', 'فيتامين ب12': 'Vitamin B12', 'الكرياتينين': 'Creatinine', 'حمض اليوريك': 'Uric Acid',
  'الهيموجلوبين': 'Hemoglobin', 'الهيموغلوبين': 'Hemoglobin', 'الكوليسترول': 'Cholesterol', 'الدهون الثلاثية': 'Triglycerides',
  'الجلوكوز': 'Glucose', 'اليوريا': 'Urea',
}).map(([name, words]) => [arabicKey(name), words]));

/** A name as ARABIC_NAMES holds it: its letters in one spelling (tokens.ts withArabicLettersPlain), spaces single. */
function arabicKey(name: string): string {
  if (!/\p{Script=Arabic}/u.test(name)) return '';
  return withArabicLettersPlain(name).toLowerCase().trim().split(/\s+/).join(' ');
}

/** A name as GREEK_NAMES holds it: lower case, accents and points dropped, spaces single. */
function greekKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();
}

/**
 * (labs44fix review) A Cyrillic name whose parenthesis after it says a specimen or a form (`Калций (урина)`, `Урея
 * (урина)`, `Калций (йонизиран)`, `Мочевая кислота (моча)`, `Кальций (ионизированный)`, `(24 ч)`, `(суточная)`; the
 * Ukrainian `(сеча)`, `(іонізований)`, `(добова)`): another test than the name outside, which the catalog does not hold
 * — unknown, Bulgarian, Russian and Ukrainian alike.
 */
// (cyrillic review) Also another analyte or measure than the name outside: the free hormone (`Тестостерон (вільний)`,
// `(свободный)`), 1,25-dihydroxy vitamin D (`Вітамін D (1,25-OH)`), a clearance (`Креатинін (кліренс)`), the iron-binding
// capacity (`Залізо (ЗЗЗС)`, `(ОЖСС)`): none is the total, the 25-OH, the serum analyte the name alone is.
// (robust2) Read in one pass (cyrillicQualified), as `/\p{Script=Cyrillic}[^(]*\([^)]*(?:WORDS)[^)]*\)\s*$/iu` read it:
// that pattern scanned the rest of the text from each Cyrillic letter and each `(` (`x` + ` в` × 25,000: 2.9 s).
const CYRILLIC_QUALIFYING_WORD = /слюн|макро|урин[аеи]|моч[аиеу]|сеч[аіу]|йониз|иониз|іоніз|24|дневн|добов|суточн|вільн|свобод|1[,.]\s?25|дигидрокси|дигідрокси|кліренс|клиренс|зззс|ожсс|нжсс|лжсс/iu;
/** (set 23) The name `hs` stands before or after (`hs CRP`, `CRP, hs`), or null; linear (review 37: no regex over the spaces). */
function hsQualified(name: string): string | null {
  const t = name.trim();
  if (/^hs[\s-]/i.test(t)) return t.slice(3).trim() || null;
  if (/[\s,-]hs$/i.test(t)) return t.slice(0, -2).trimEnd().replace(/[,-]+$/, '').trimEnd() || null;
  return null;
}
/** (set 23, review 37) `adjusted`, `adj`, `corrected`, `corr` as a word. */
const CORRECTED_WORD = /\b(?:adj(?:usted)?|corr(?:ected)?)\b/i;
const CORRECTED_WORDS = new RegExp(CORRECTED_WORD.source, 'gi');
/** A catalog key of a urine test (`glucose-in-urine`, `protein-urine-presence`, `urine-creatinine`). */
const URINE_KEY = /urine/;
/** A Latin letter. */
const LATIN_LETTER = /\p{Script=Latin}/u;
/** A Cyrillic letter (catalog and coding read a name with one by its Cyrillic tables). */
export const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;

/**
 * Whether a name ends in a parenthesis (spaces after it aside) holding a CYRILLIC_QUALIFYING_WORD, opened after a
 * Cyrillic letter with no `(` between them: the first `(` after the last `)` before the closing one whose stretch since
 * the `(` before it holds a Cyrillic letter (an earlier opening holds more of the parenthesis, so it is the one looked in).
 */
function cyrillicQualified(name: string): boolean {
  const t = name.trimEnd();
  const close = t.length - 1;
  if (t[close] !== ')') return false;
  const closedBefore = t.lastIndexOf(')', close - 1);
  for (let open = t.indexOf('(', closedBefore + 1); open >= 0 && open < close; open = t.indexOf('(', open + 1)) {
    const previous = t.lastIndexOf('(', open - 1);
    if (CYRILLIC_LETTER.test(t.slice(previous + 1, open))) return CYRILLIC_QUALIFYING_WORD.test(t.slice(open + 1, close));
  }
  return false;
}

/** A name in Cyrillic letters with a Latin `T3`/`T4` in it (`T4 свободный`, `T3 реверсивний`). */
const LATIN_THYROID_WITH_CYRILLIC = /^(?=.*\p{Script=Cyrillic})(?=.*(?<![\p{L}\d])T[34](?![\p{L}\d]))/u;

/**
 * A name as CYRILLIC_NAMES holds it: lower case, no parenthesis after it, no `в крови`/`в сыворотке` (Ukrainian `в
 * крові`/`в сироватці`), spaces single.
 */

function cyrillicKey(name: string): string {
  // (labs44fix review) A specimen's or a form's parenthesis stays: no key holds it.
  if (cyrillicQualified(name)) return name.toLowerCase().trim();
  // (invented) The share's `%` after a hyphen or a space (`Моноцити-%`, `Моноцити %`) is the `, %` the keys hold.
  // (robust2) The parenthesis at the end cut in one pass (withoutTrailingParenthesis: `\s*\([^)]*\)\s*$` scanned a run of
  // spaces from each of its places, 50,000 spaces 1.7 s), and the spaces made single before the specimen's words are
  // looked for (`\s+в\s+…$` did the same, 1.6 s): the same key, in one pass each.
  return withoutTrailingParenthesis(name.toLowerCase()).replace(/\s+/g, ' ').replace(/ в (?:крови|сыворотке(?: крови)?|плазме|крові|сироватці(?: крові)?|плазмі)$/, '').trim()
    .replace(/(?<=\p{Script=Cyrillic})\s?[-,]?\s?%$/u, ', %');
}

/** A folded name of a report's row → the catalog's name for the same test (coding only, never a search). */
function testNameSynonyms(folded: string): string {
  return folded
    // Dotted initials (`V.G.M.`, `T.C.M.H.`, `H.D.L.`) fold to single letters apart: the abbreviation is one word. Three
    // letters or more, so that `A/G` stays the two words the catalog's `A/G Ratio` folds to.
    .replace(/\b[a-z](?: [a-z]\b){2,}/g, (run) => run.replace(/ /g, ''))
    // (b57) Spanish and Portuguese names spelt out, whole, before their words are read one by one (where `densidad`
    // alone is a urine's specific gravity): cholesterol of high, low or very low density (`Colesterol de alta
    // densidad`, `Colesterol de baixa densidade`, `Lipoproteínas de muy baja densidad`, `VLDL Lipoproteínas`) the HDL,
    // LDL and VLDL cholesterol; `Deshidrogenasa láctica`, `Lactato deshidrogenasa` (`desidrogenase lática`) the LDH;
    // `Creatincinasa`, `Creatinquinasa`, `Creatina (fosfo)cinasa`, `Creatinfosfoquinasa` (CPK) the creatine kinase;
    // `Globulinas` (plural, perhaps `totales`, `séricas`) the total globulin.
    .replace(/^(?:(?:colesterol|cholesterol) (?:(?:de |das |del )?lipoproteinas? )?|lipoproteinas? )(?:de )?(alta|baja|baixa|muy baja|muito baixa) (?:densidad|densidade)$/,
      (_m, d: string) => (d === 'alta' ? 'hdl cholesterol' : /^mu/.test(d) ? 'vldl cholesterol' : 'ldl cholesterol'))
    .replace(/^vldl lipoproteinas?$/, 'vldl cholesterol')
    // (fixr85d) `Thyroid peroxide ab` (antibodies): peroxidase typed short, as patients often write it; no thyroid test
    // measures a peroxide. Only with the thyroid's word before it.
    .replace(/^(anti )?thyroid peroxide\b/, '$1thyroid peroxidase')
    .replace(/^(?:(?:deshidrogenasa|desidrogenase) (?:lactica|latica)|(?:lactato|lactico) (?:deshidrogenasa|desidrogenase))$/, 'lactate dehydrogenase')
    .replace(/^creati(?:n|na|no) ?(?:fosfo ?)?(?:cinasa|quinasa|quinase|cinase)$/, 'creatine kinase')
    .replace(/^globulinas(?: (?:totales|totais|sericas|sericas totales))?$/, 'globulin')
    // (fixr76) Short names of analysers' and LOINC's: `Imm Gran` (a LIS's immature granulocytes), `PMV` (LOINC's short name
    // for the mean platelet volume, `PMV Bld Rees-Ecker`), `GLO` alone (a chemistry analyser's globulin).
    .replace(/^imm(?:ature)? grans?$/, 'immature granulocytes')
    .replace(/^pmv$/, 'mean platelet volume')
    .replace(/^glo$/, 'globulin')
    // (fixr82) An analyser's code of the red cell distribution width with its kind glued on (`RDWSD`, `RDWCV`, as an
    // ASTM test id prints it): the same words as written apart (`RDW-SD`, `RDW CV`).
    .replace(/^rdw(sd|cv)$/, 'rdw $1')
    // (fixr82) French `Globules rouges` / `Globules blancs` (the red and white cells), also abbreviated `Gl. rouges`,
    // `Gl.blancs` as a Belgian laboratory's file prints them: the erythrocytes and leukocytes (under a urine section or
    // code, the urine's, as `Hématies`).
    .replace(/^(?:globules?|gl) (rouges?|blancs?)$/, (_m, c: string) => (/^r/.test(c) ? 'erythrocytes' : 'leukocytes'))
    // (fixr82) An antibody of both classes named with them (`Anti-HCV IgG/IgM`, `IgM + IgG`): the total antibody, the
    // name without them. (One class alone, `Anti-HCV IgG`, is another test and stays as printed.)
    .replace(/^(anti \S.*?) (?:igg (?:and )?igm|igm (?:and )?igg)$/, '$1')
    // (fixr82) `Treponema pallidum` named with the kind of test (`(Suchtest)` German screening test, `screening`,
    // `Antikörper`, `AK`): the antibody the screening measures; the organism's name alone stays as printed.
    .replace(/^treponema pallidum (?:suchtest|screening(?: test)?|antikorper|ak|antibod(?:y|ies))$/, 'treponema pallidum antibody')
    // (b60) Spanish names spelt out, whole: `Volumen plaquetar medio` (`plaquetario`) the mean platelet volume,
    // `Saturación de oxígeno` the oxygen saturation, `Leucocitos esterasas` (a urine strip's) the leukocyte esterase.
    .replace(/^volumen plaquetari?o? medio$/, 'mean platelet volume')
    .replace(/^saturacion (?:de )?(?:o2|oxigeno)$/, 'oxygen saturation')
    .replace(/^leu[ck]ocitos? esterasas?$/, 'leukocyte esterase')
    // (b67u2) The leukocyte esterase noun first in Italian, Portuguese, Spanish and French (`Esterasi leucocitaria`,
    // `Esterase leucocitária`, `Esterasa leucocitaria`, `Estérase leucocytaire`), and German in one word
    // (`Leukozytenesterase`).
    .replace(/^(?:esterasi|esterase|esterasa) leu[ck]oc[iy]t(?:aria|ario|aire)$|^leu[ck]o[cz]yten ?esterase$/, 'leukocyte esterase')
    // (b60) Czech `Amyláza celk.` (celková: total) the amylase; `ESR sedimentace`, `Sedimentace` the erythrocyte
    // sedimentation rate.
    .replace(/^amylaza(?: celk(?:ova)?)?$/, 'amylase')
    // (fixc) Czech `GMT` (gama-glutamyltransferáza, `S_GMT`): the GGT.
    .replace(/^gmt$/, 'ggt')
    // (b60) Czech `Neutrofil. segmenty` (segmented neutrophils: the differential's neutrophils).
    .replace(/^neutrofil(?:y|ni)? segment(?:y|ovane)?$/, 'neutrophils')
    .replace(/^(?:esr )?sedimentace(?: erytrocytu)?$/, 'erythrocyte sedimentation rate')
    // (b60) An eGFR equation's name alone or after the filtration's letters (`GF CKD-EPI`, Czech glomerulární filtrace;
    // `CKD-EPI`, `MDRD`, `MDRD-UreaAlb`: the six-variable MDRD with urea and albumin): the estimated GFR. Not
    // Cockcroft-Gault, a creatinine clearance's estimate.
    .replace(/^(?:e?gfr? )?(?:ckd epi|mdrd)(?: \S+)?$/, 'egfr')
    // (b64) `Avg`, the common short form of `average` (`Estimated Avg Glucose`, `Avg Glucose`): the catalog's word.
    .replace(/\bavg\b/g, 'average')
    // The words German, Spanish, Portuguese, French and Italian reports print for the common tests (`Hämoglobin`,
    // `Leucocitos`, `Plaquettes`, `Colesterolo totale`): the English words the catalog's names use.
    .replace(/[a-z]+/g, (w) => ownEntry(FOREIGN_WORDS, w) ?? germanUmlautWord(w) ?? w)
    // (fixr83) The reverse hormone named noun first (`Triiodotironina reversa`, `T3 reverso`, as FOREIGN_WORDS folds
    // them): the catalog's `Reverse Triiodothyronine`, `Reverse T3`.
    .replace(/^(triiodothyronine|t3) reverse$/, 'reverse $1')
    // Lipid ratios' short names (`T. Chol/HDL Ratio`, `TC/HDL-C Ratio`, `LDL-C/HDL-C`): `T. Chol`, `Total Chol` are
    // the `Chol` of the catalog's names, `HDL-C`/`HDLC` (`LDL-C`) the HDL (LDL) cholesterol they say `HDL` (`LDL`).
    // (`Chol` stays `Chol`: `Chol/HDL` is the ratio, `Cholesterol HDL` the HDL cholesterol.)
    .replace(/\b(hdl|ldl) ?c\b/g, '$1').replace(/^(?:t|total) chol\b/, 'chol')
    // (names29) `Non-HDL Chol`, `VLDL Chol`: the cholesterol of those fractions, as `HDL Chol` is read.
    .replace(/^(non ?hdl|vldl) chol$/, '$1 cholesterol')
    // (names29) Italian, Spanish and Portuguese `Insulinemia` (basal, fasting): the insulin; `eGFR-EPI`, `eGFR CKD-EPI`: the
    // eGFR by its equation's name; the French `Rapport PSA libre/total`: the free PSA's share; Quest's `Albumin/Creatinine
    // Ratio, Random Urine`: the albumin/creatinine ratio of a spot urine, its only sample.
    .replace(/^insulinemia(?: (?:basal|basale|a digiuno|en ayunas|de jejum|em jejum))?$/, 'insulin')
    .replace(/^e ?gfr (?:ckd )?epi$/, 'egfr')
    .replace(/^rapport (psa free (?:psa )?total)$/, '$1')
    .replace(/^(albumin creatinine ratio) random urine$/, '$1')
    // (names) A patient's or a TRT clinic's `Total T`, `Free T` (TESTOSTERONE_LETTER): the testosterone, total or free —
    // coded so only with a range on the testosterone's scale (coding.ts, `readsLetterForm`, onTestosteroneScale).
    .replace(TESTOSTERONE_LETTER, '$1 testosterone')
    // A TRT forum's or clinic's `Total Test`, `Bioavailable Test`: `Test` is the catalog's own short name of the
    // testosterone (`TEST`), and `Test Total`, `Free Test` read so already.
    .replace(/^(total|bioavailable) test$/, '$1 testosterone')
    // (set 14, CU07) `HOMA-Index`, `HOMA-Indeks`, `Índice HOMA` (German, Dutch, Polish, Spanish reports): the insulin
    // resistance index the catalog names HOMA-IR (the β-cell function's is `HOMA-B`, `HOMA-%B`, another test).
    .replace(/^(?:homa (?:index|indeks|indice)|indice (?:de )?homa)$/, 'homa ir')
    // The lipoprotein classes spelt out (`Very Low Density Lipoprotein (VLDL)`): their abbreviations, as the catalog's names.
    .replace(/\b(very )?(low|high) density lipoproteins?\b/g, (_, very: string | undefined, level: string) => `${very ? 'v' : ''}${level[0]}dl`)
    // (labwords) Uric acid in Romanian (`Acid uric`, Care2x), Indonesian (`Asam urat`), Vietnamese (`Axit uric`),
    // Turkish (`Ürik asit`, Care2x), Croatian/Serbian (`Mokraćna kiselina`), Hungarian (`Húgysav`); folic acid in
    // Polish, Czech, Hungarian, Romanian, Indonesian, Dutch, French, Spanish/Portuguese/Italian, Turkish, Croatian and
    // Finnish (`Kwas foliowy`, `Kyselina listová`, `Folsav`, `Acid folic`, `Asam folat`, `Foliumzuur` …); a noun-first
    // alkaline phosphatase (`Fosfataza alkaliczna`, `Phosphatase alcaline`); Vietnamese `Định lượng …` (quantification
    // of …) before a test's name.
    // (One rule with the Spanish, Portuguese, Italian and French `Ácido úrico`, `Acide urique`.)
    .replace(/^(?:(?:acido|acide) (?:urico|urique)|(?:acid|asam|axit) (?:uric|urat|uric acid)|urik asit|mokracna kiselina|hugysav)$/, 'uric acid')
    .replace(/^(?:kwas foliowy|kyselina listova|folsav|acid folic|asam folat|asam folate|foliumzuur|acide folique|acido folico|folik asit|folna kiselina|foolihappo)$/, 'folic acid')
    .replace(/^phosphatase (?:alkaline|alcalina)$/, 'alkaline phosphatase').replace(/^dinh luong (?=[a-z])/, '')
    // (labs50fix) Indonesian and Malay whole names: `Laju Endap Darah` (the ESR), `Berat Jenis` (specific gravity), a
    // strip's pad by what it detects (`Leukosit (esterase)`, the leukocyte esterase), and a noun-first direct LDL or
    // HDL (`Kolesterol LDL Direk`, `Cholesterol LDL Direct`).
    // (jp) The names Japanese printouts give in Latin and Greek letters: `γ-GTP` (gamma-glutamyl transpeptidase, the
    // catalog's `GGTP`), `HOMA-R` (the HOMA-IR), `e-GFR` (the eGFR).
    .replace(/^gamma gtp$/, 'ggtp').replace(/^homa r$/, 'homa ir').replace(/^e gfr$/, 'egfr')
    .replace(/^laju endap darah$/, 'erythrocyte sedimentation rate').replace(/^berat jenis$/, 'specific gravity')
    .replace(/^leukocytes esterase$/, 'leukocyte esterase')
    .replace(/^cholesterol (ldl|hdl) direct$/, '$1 cholesterol direct')
    // `Red blood cell distribution width`: the red cell distribution width, `blood` spelt out in it.
    .replace(/^red blood cell distribution width\b/, 'red cell distribution width')
    // Spanish, Portuguese and Italian put the noun first: `Proteína C reactiva` is the C-reactive protein (`de amplio
    // rango`, wide range: the assay that reads low values too, still the CRP); `Velocidad de sedimentación (globular)`,
    // `Velocidade de hemossedimentação`, `Velocità di eritrosedimentazione` the ESR, read at the first hour (`A la hora`).
    .replace(/^protein c reactive(?: (?:de )?amplio rango)?$/, 'c reactive protein')
    .replace(/^(?:velocidad|velocidade|velocita) (?:de |di )?(?:sedimentacion|hemossedimentacao|eritrosedimentazione)(?: globular)?(?: (?:a la|em|alla) (?:1a |primera |prima )?(?:hora|ora))?$/, 'erythrocyte sedimentation rate')
    // (mend4) The French `Vitesse de sédimentation (globulaire)`, read at its first hour (`1ère heure`, `1re heure`, `1h`).
    .replace(/^vitesse de sedimentation(?: globulaire)?(?: (?:a la )?(?:1(?:ere|re|er)? heure|1 ?h))?$/, 'erythrocyte sedimentation rate')
    // French names: the differential as `Polynucléaires neutrophiles`, a count as `Numération des plaquettes`, the
    // indices spelt out (`Volume plaquettaire moyen`), the eGFR as `Estimation de la fonction rénale`, `à jeun` (fasting)
    // and `Rapport chol. total / H.D.L.` (the total cholesterol / HDL ratio; `Rapport C/HDL`, its C the cholesterol: labs39fix).
    .replace(/^polynucleaires? /, '').replace(/^numeration (?:des )?/, '')
    .replace(/^volume plaquettaire moyen$/, 'mpv').replace(/^volume globulaire moyen$/, 'mcv')
    .replace(/^estimation (?:de la )?fonction renale$/, 'egfr').replace(/ a jeun$/, ' fasting')
    .replace(/^rapport (?:c|chol|cholesterol) (?:total )?hdl$/, 'total cholesterol hdl ratio')
    // Portuguese names (Portugal's hospital reports): the red cell indices spelt out (`Volume globular` is the
    // haematocrit, `Volume Globular Médio` the MCV, `Hemoglobina Globular Média` the MCH, `Conc. Hemogl. Globular Média`
    // the MCHC), the transaminases by their old names (`Transaminase gl. oxalacética`, TGO: the AST; `… pirúvica`, TGP:
    // the ALT), noun-first `Fosfatase alcalina`, `Fa(c)tor reumatoide`, `Proteínas totais séricas`, `VS à 1ª hora` (the ESR).
    .replace(/^volume globular$/, 'hematocrit').replace(/^volume globular medio$/, 'mcv')
    // Spanish and Portuguese noun-first names (a Mexican hospital's, a Brazilian laboratory's printouts): the red cell
    // indices as `Vol. corpuscular medio`, `Hemoglobina corpuscular media`, `Concentración de hemoglobina corpuscular
    // media`; the transaminases as `Alanino amino transferasa`, `Aspartato aminotransferasa`; `Capacidade total de
    // ligação do ferro` (the total iron-binding capacity: not the `latente`, unsaturated, one), `Índice de saturação da
    // transferrina`, `Glicemia média estimada` (the average glucose an HbA1c estimates).
    // (labs52cat) `Hb Corpuscular Media` (Chile: `HCM-Hb Corpuscular Media`, the MCH with Hb spelt short, as the MCHC's
    // `Conc. Hb corpuscular media` already is) and the GGT's Spanish, Portuguese and Italian names (`Gamma
    // Glutamiltranspeptidasa`, `Gama glutamil transferase`, `Gamma-glutamiltransferasi`).
    // (fixc) `Corp.` the word cut short (`Hemoglobina Corp. Media`, `Vol. Corp. Medio`, `Conc. Hb Corp. Media`).
    .replace(/^(?:vol|volumen|volume) corp(?:uscular)? medio$/, 'mcv').replace(/^(?:hemoglobin|hb) corp(?:uscular)? media$/, 'mch')
    .replace(/^gamma glutamil ?(?:transpeptidas[ae]|transpeptidasi|transferas[ae]|transferasi)$/, 'ggt')
    .replace(/^(?:conc|concentracion|concentracao)(?: de| da)? (?:hemoglobin|hb) corp(?:uscular)? media$/, 'mchc')
    .replace(/^alanin[aeo]? ?amino ?transferas[ae]$/, 'alt').replace(/^aspartat[aeo]? ?amino ?transferas[ae]$/, 'ast')
    .replace(/^capacidade? total de (?:ligacao|fixacao|fijacion|union) (?:de |do |del |da )?(?:la )?iron$/, 'total iron binding capacity')
    .replace(/^(?:(?:indice|porcentaje|percentual) de )?saturac(?:ao|ion) (?:de |da |del |de la )?transferrin$/, 'transferrin saturation')
    .replace(/^glucose (?:media|promedio) estimada$/, 'estimated average glucose')
    .replace(/^hemoglobin globular media$/, 'mch').replace(/^conc(?:entracao)? (?:hemogl|hemoglobin) globular media$/, 'mchc')
    .replace(/^transaminase (?:gl|glutamica|glutamico) oxalacetica$/, 'ast').replace(/^transaminase (?:gl|glutamica|glutamico) piruvica$/, 'alt')
    .replace(/^(?:fosfatase|fosfatasa|fosfatasi) alcalina$/, 'alkaline phosphatase').replace(/^fa(?:c)?tor reumatoide$/, 'rheumatoid factor')
    .replace(/^protein total(?: sericas?)?$/, 'total protein').replace(/^vs (?:a )?1a hora$/, 'erythrocyte sedimentation rate')
    // `no conjugada`, `não conjugada`, `non conjuguée`, `nicht konjugiert`: a bilirubin not conjugated, never the conjugated.
    .replace(/\b(?:no|non|nao|nicht|niet) conjugated\b/g, 'unconjugated')
    // Words cut short on printouts: `Total Iron Binding Cap.`, `Mean Cell Haemoglobin Conc.`; an albumin per creatinine (`Urine Microalbumin/Cr`,
    // `Albumin/Creat`) is the albumin/creatinine ratio.
    .replace(/\bcap$/, 'capacity').replace(/\bconc$/, 'concentration')
    // (fixnm) `Microalb` (`Microalb/Creat Ratio`: a narrow column's) too.
    .replace(/^(?:urine )?(?:micro ?alb(?:umin)?|albumin) (?:cr|crea|creat|creatinine)(?: ratio)?$/, 'microalbumin creatinine ratio')
    // Haematology analysers' parameter codes (`NEU%`, `LYM#`, `MON%`, `BAS%`; Sysmex XN's `EO%`, `EO#`): the differential they name.
    // (b62) And the two-letter codes of others (`NE#`, `LY%`, `MO#`, `BA%`: Nihon Kohden, Beckman Coulter, a Vietnamese LIS's).
    .replace(/\b(neu|lym|mon|bas|eo|ne|ly|mo|ba) ([%#])/g, (_, c: string, sign: string) => `${ANALYSER_CODES[c]} ${sign}`)
    // (fixr85c) Mindray's immature granulocytes `IMG#`, `IMG%` (as a BC-6800 sends them in OBX-3; a public Mindray BC-7600
    // LIS mapping, its LOINC codes taken from labXpert's encoder file, lists the same two with 51584-1 and 38518-7): the
    // catalog's `IG#`, `IG%` — only with the count or share sign, `IMG` alone names nothing.
    .replace(/^img ([%#])$/, 'ig $1')
    // Names other countries print for the same tests: the white cell count (`WCC`), and GOT/GPT, the transaminases
    // the catalog knows as SGOT/SGPT (AST/ALT).
    // `Hgb` (`Glycated Hgb`, `Hgb A1c`) is haemoglobin wherever it stands.
    .replace(/\bhgb\b/g, 'hemoglobin').replace(/\bbili\b/g, 'bilirubin')
    // (fixnm) `Sugar` is the glucose wherever it stands (`Blood Sugar`, `Urine Sugar`, `Glucose/Sugar`).
    .replace(/\bsugar\b/g, 'glucose')
    .replace(/\bwcc\b/g, 'wbc').replace(/\bwhite cell count\b/g, 'white blood cell count')
    // British pathology printouts name the cell counts `White Blood Count`, `Red Blood Count`.
    .replace(/^(white|red) blood count$/, '$1 blood cell count')
    // SNOMED's observable names, as a UK GP record prints them: `Total white blood count`, `Saturation of iron binding
    // capacity` (the transferrin saturation; `transferrin saturation index`). (`… - observation`: OBSERVATION_SUFFIX.)
    .replace(/^total (white|red) blood count$/, '$1 blood cell count')
    .replace(/^(?:saturation of (?:total )?iron binding capacity|transferrin saturation index)$/, 'transferrin saturation')
    // (labs46fix) German `Transferrin-Sättigung`, `Transferrinsättigung` (folded without the umlaut, or with it spelt `ae`).
    .replace(/^transferrin ?(?:sattigung|saettigung)$/, 'transferrin saturation')
    // (keysfix) `Glob` after other words (`Sex Hormone Binding Glob`, LabCorp's cut name): globulin, as `Glob` alone is
    // the catalog's globulin.
    .replace(/(?<=[a-z0-9] )glob\b/g, 'globulin')
    // (keysfix) Italian `Globuli rossi`, `Globuli bianchi`: the red and white blood cells (namesBloodCells too), so
    // that `Globuli rossi (RBC)` is the red cell count by its words, not through its bracket alone.
    .replace(/^globuli rossi$/, 'red blood cells').replace(/^globuli bianchi$/, 'white blood cells')
    // An antibody named in the plural or short (`Anti-Thyroidperoxidase abs`, `Thyroid peroxidase antibodies`): the
    // antibody the catalog names in the singular.
    .replace(/\bthyroidperoxidase\b/, 'thyroid peroxidase').replace(/^(?:anti )?(.+?) antibodies$/, '$1 antibody')
    // (`abs` only after `anti`: `Lymphocytes (abs)` is the absolute count.)
    .replace(/^anti (.+?) abs$/, '$1 antibody')
    .replace(/\bgot\b/g, 'sgot').replace(/\bgpt\b/g, 'sgpt')
    // `AP` (alkaline phosphatase where German and Spanish reports print it), `Bands`/`Stabs` (band-form neutrophils).
    // Central European reports (German, Czech, Polish): `Leu`/`Ery` for the white and red cell counts, `Hk`/`Hkt`
    // for the haematocrit, the differential spelt with `f` and their plurals (`Neutrofily`, `Lymphozyten`,
    // `Eosinophile`), `Kreatinin`.
    .replace(/^(?:leu|leuko|leuk)$/, 'wbc').replace(/^(?:ery|eryt|erys)$/, 'rbc').replace(/^(?:hk|hkt|htk|htc|ht)$/, 'hct')
    // Japanese and other East Asian abbreviations (`T-Bil`, `D-Bil`, `T-CHO`, `Cre`, `Urea-N`, `Ht` above) and Polish
    // names of two words (`Płytki krwi`, `Krwinki białe`, `Cholesterol nie-HDL`, `Witamina D3 metabolit 25(OH)`).
    .replace(/^t bil$/, 'total bilirubin').replace(/^d bil$/, 'direct bilirubin').replace(/^i bil$/, 'indirect bilirubin')
    .replace(/^t cho(?:l)?$/, 'total cholesterol').replace(/^cre$/, 'creatinine').replace(/^urea n$/, 'urea nitrogen')
    .replace(/^plytki(?: krwi)?$/, 'platelets').replace(/^krwinki biale$/, 'wbc').replace(/^krwinki czerwone$/, 'rbc')
    .replace(/\bnie hdl\b/, 'non hdl').replace(/^cholesterol non hdl$/, 'non hdl cholesterol')
    .replace(/^vitamin d3? (?:metabolit|metabolite) 25 ?oh$/, '25 oh vitamin d')
    // `Total 25-OH D-Vitamin`: the letter before the word, as Hungarian and German (`D-Vitamin`) write it.
    .replace(/^(?:total )?25 ?oh d vitamin$/, '25 oh vitamin d')
    .replace(/\b(neutro|eosino|baso)(?:f|ph)il(?:y|e|en|i|ia|es|ow)?\b/g, '$1phils').replace(/\bl[yi]mf?(?:o|ph?o)(?:c|z)yt(?:y|e|en|i|s|ow)?\b/g, 'lymphocytes')
    .replace(/\bmono(?:c|z)yt(?:y|e|en|i|s|ow)?\b/g, 'monocytes')
    // (labs34fix) Polish `Neutrocyty` (neutrophils; `neutrocytów`, `limfocytów`, `monocytów`: their genitive plural, as
    // `Procent neutrocytów` prints it) and `Procent …`, `PCT …` (per cent, shortened) before a differential's cell: its
    // percentage. `PCT` alone stays the plateletcrit: only the cell's name after it makes it a per cent.
    .replace(/\bneutrocyt(?:y|e|i|ow)?\b/g, 'neutrophils')
    .replace(/^(?:procent|proc|pct) (neutrophils|lymphocytes|monocytes|eosinophils|basophils)$/, '$1 %')
    // Polish spellings with `z` and `y` (`Eozynofile`, `Bazofile`), `Azot mocznika` (urea's nitrogen) and the immature
    // granulocytes (`Niedojrzałe granulocyty IG %`; `IG il.`, ilość: their count).
    .replace(/\beozynofil(?:e|y|i|ow)?\b/g, 'eosinophils').replace(/\bbazofil(?:e|y|i|ow)?\b/g, 'basophils')
    .replace(/^azot mocznika$/, 'urea nitrogen')
    // `Nitrógeno ureico` (Spanish), `Nitrogênio ureico` (Portuguese): urea's nitrogen.
    .replace(/\bnitrogen(?:o|io) ureico\b/, 'urea nitrogen')
    .replace(/^niedojrzale granulocyty(?: ig)?(?: %)?$/, 'immature granulocytes')
    // (labs46fix) German `unreife Granulozyten` (immature granulocytes; `IG`, `%` after them).
    .replace(/^unreife granulozyten(?: ig)?(?: %)?$/, 'immature granulocytes').replace(/^niedojrzale granulocyty(?: ig)? il$/, 'immature granulocytes absolute')
    // `Mean Cell Hb Concentration`, `Mean Corpuscular Hb`: Hb spelt short in a red cell index's name.
    .replace(/^mean (cell|corpuscular) hb\b/, 'mean $1 hemoglobin')
    .replace(/^kreatinin$/, 'creatinine')
    // Czech chemistry names and their printed abbreviations (`Kys. močová`, `Bilirub. celk.`, `CB` for celková
    // bílkovina), the element symbol `P` and `Fosfor`/`Phosphat` for inorganic phosphorus, and an INR named after
    // the prothrombin test it comes from (`Quickův test INR`, `PT INR`, `Protime INR`).
    .replace(/^(?:kys|kyselina) mocova$/, 'uric acid').replace(/^(?:harnsaure|kwas moczowy)$/, 'uric acid')
    .replace(/^(?:bilirub|bilirubin) (?:celk|celkovy|calkowita|calk)$/, 'total bilirubin')
    .replace(/^(?:cb|celkova bilkovina|celk bilkovina|gesamteiweiss|gesamtprotein|bialko calkowite)$/, 'total protein')
    // `Protein` alone, in a serum chemistry (`Protein  72  g/L  60-80`), is the total protein; a urine report's `Protein`
    // is read as a urine analyte before any blood name (a urine heading, a strip answer, a per-field unit).
    // (robust3) German `Eiweiß` (ss: `Eiweiss`) is protein: a urine report's is read as the urine's, as `Protein` is.
    .replace(/\beiweiss\b/, 'protein')
    .replace(/^protein$/, 'total protein')
    // (fixr86) English `Inorganic phosphate` (a British lab's and GP record's name of serum phosphate: `Serum
    // Inorganic Phosphate`, the sample's word before it), `Phosphate, inorganic`, `Inorganic phosphorus`.
    .replace(/^(?:p|fosfor|fosfat|phosphat|anorg fosfor|fosfor anorg|(?:(?:serum|plasma) )?inorganic (?:phosphate|phosphorus)|(?:phosphate|phosphorus) inorganic)$/, 'phosphorus')
    .replace(/^(?:pt|protime|prothrombin time|prothrombin|quick|quickuv test|quick test|quicks test|quickuv cas) inr$/, 'inr')
    // Australian and British printouts: `RCC`/`Red Cell Count`, a blood gas analyser's `Total Hb` (`tHb`).
    // (labs53fix) A urine's `Transparency` (a Philippine urinalysis's word) is its clarity.
    .replace(/\btransparency\b/, 'clarity')
    // (labs53fix) `Sp. Gravity`, the first word cut short and the second whole.
    // (robust3) German `Spez. Gewicht`, `Spezifisches Gewicht` (a urine's relative density).
    .replace(/^(?:specific grav|spec grav|sp gr|sp grav|sp gravity|spec gravity|spez gewicht|spezifisches gewicht)$/, 'specific gravity')
    // `Average Blood Glucose (ABG)`, `Mean Blood Glucose`: the glucose average an HbA1c estimates.
    .replace(/^(?:estimated )?(?:average|mean) blood glucose$/, 'average glucose')
    // `TOTAL WBC`, `Total RBC`: `Total` before a cell count's short name is the count itself.
    .replace(/^total (wbc|rbc)$/, '$1')
    // Dictated and patients' own names (labs27c): `White count` (the white cell count), `total leukocytes`, the red
    // cell indices with dotted abbreviations (`mean corpuscular vol.`, `mean corpuscular haemo. conc`), `mean
    // platelets volume`.
    .replace(/^white count$/, 'white blood cell count').replace(/^total leuc?k?ocytes$/, 'wbc')
    // (fixige) A UK GP record's `Total white cell count` (SNOMED's term), `Total white blood cell count`: the count.
    .replace(/^total (white (?:blood )?cell count)$/, '$1')
    .replace(/^mean (corpuscular|cell) vol$/, 'mean $1 volume')
    .replace(/^mean (corpuscular|cell) (?:hemo|hb) conc(?:entration)?$/, 'mean $1 hemoglobin concentration')
    .replace(/^mean platelets volume$/, 'mean platelet volume')
    // `Lymphocytes (abs)`: a differential's cell with `abs` after it is its absolute count.
    .replace(/^(neutrophils|lymphocytes|monocytes|eosinophils|basophils) abs$/, '$1 absolute')
    // (set 24) `Lp(a) Mass`, `Lipoprotein (a) mass`: the lipoprotein(a) measured by mass (its unit tells it from the
    // particle count); `Antígeno prostático total` (Spanish, `específico` left out): the PSA; `SARS-CoV-2 RNA`, `… NAA`:
    // the test.
    .replace(/^(lp a|lipoprotein a) mass$/, '$1')
    .replace(/^antigeno prostatico total$/, 'psa')
    .replace(/^sars cov 2 (?:rna|naa|naat|rt pcr|nat)$/, 'sars cov 2')
    // (charset) `Neutrophil count`, `Lymphocyte count`: the cell's name in the singular with `count` after it, the
    // absolute count as UK laboratories name it (`Neutrophils` alone stays the share, read by its unit).
    .replace(/^(neutrophil|lymphocyte|monocyte|eosinophil|basophil)s? count$/, '$1s absolute')
    .replace(/^(?:rcc|red cell count)$/, 'rbc').replace(/^(?:total hb|thb|total hemoglobin)$/, 'hemoglobin')
    // Vietnamese names (folded without their accents): `Bạch cầu` (white cells), `Hồng cầu` (red cells), `Tiểu cầu`
    // (platelets), `Huyết sắc tố` (haemoglobin), `toàn phần` (total, after its noun: `Cholesterol toàn phần`).
    .replace(/^bach cau$/, 'wbc').replace(/^hong cau$/, 'rbc').replace(/^tieu cau$/, 'platelets').replace(/^huyet sac to$/, 'hemoglobin')
    .replace(/\btoan phan\b/, 'total')
    // (b62) `TP`, toàn phần's initials, after the noun (`Cholesterol TP`, `Bilirubin TP`, `Protein TP`), and `liên hợp`
    // (conjugated: `Bilirubin liên hợp`, the direct bilirubin). TP alone stays total protein.
    .replace(/^(cholesterol|bilirubin|protein) tp$/, '$1 total').replace(/\blien hop\b/, 'conjugated')
    // Hungarian names of the blood count (`Fehérvérsejtszám`, `Vörösvérsejtszám`, `Trombocitaszám`: white, red cell and
    // platelet counts; `Neutrofil granulocita %`, `Limfocita #`) — the differential's `granulocita` (granulocyte) after
    // the cell's name says nothing more — and Spanish ones: `Glicemia en ayuno` (fasting glucose), `Hemoglobina glicada`
    // (glycated haemoglobin, its noun first), `Hormona tiroestimulante` (TSH).
    // (labs46fix) And German `neutrophile Granulozyten` (`eosinophile`, `basophile`), English `neutrophil granulocytes`.
    .replace(/^(neutrophils|eosinophils|basophils) granulo(?:cit(?:a|ak|os|es|i)|cytt(?:er)?|zyten|cytes)\b/, '$1')
    .replace(/ en fasting\b/, ' fasting').replace(/^hemoglobin glycated\b/, 'glycated hemoglobin')
    // `Hb A1c`, `Hgb A1c`: HbA1c with a space inside.
    .replace(/^hg?b a1c$/, 'hba1c')
    .replace(/^(?:hormona |h )?(?:tiroestimulante|tireoestimulante|estimulante (?:del |de la )?tiroides)$/, 'tsh')
    // (nameprefix) A hormone clinic's names in Portuguese, Spanish, French, Italian and German, the noun first or spelt
    // out (the words already in English where FOREIGN_WORDS has them): `Hormônio Tireoestimulante`, `TSH us` (TSH);
    // `Hormônio Folículo Estimulante`, `Hormona Foliculoestimulante`, `Hormone folliculo-stimulante`, `Ormone follicolo
    // stimolante`, `Follikelstimulierendes Hormon` (FSH); `Hormônio Luteinizante`, `Hormone lutéinisante`, `Ormone
    // luteinizzante`, `Luteinisierendes Hormon` (LH); `Globulina Ligadora de Hormônios Sexuais`, `Globulina Fijadora de
    // Hormonas Sexuales`, `Sexualhormon-bindendes Globulin` (SHBG); `Sulfato de DHEA`, `Sulfate de
    // déhydroépiandrostérone`, French `SDHEA` (DHEA-S); `Factor de crecimiento insulínico tipo 1` (IGF-1); `Antígeno
    // Prostático Específico`, `Antigène prostatique spécifique` (PSA; the free PSA, `… Livre`, below); `17-beta
    // estradiolo` (estradiol).
    .replace(/^(?:hormonio|hormone|ormone) (?:tiroestimulante|tireoestimulante|tireostimolante|estimulante (?:da |de la |del )?(?:tireoide|tiroides))$/, 'tsh')
    .replace(/^tsh us$/, 'tsh')
    .replace(/^(?:(?:hormona|hormonio|hormone|ormone) (?:foliculo|folliculo|follicolo) ?(?:estimulante|stimulante|stimolante)|follikel ?stimulierendes hormon)$/, 'follicle stimulating hormone')
    .replace(/^(?:(?:hormona|hormonio|hormone|ormone) luteini(?:zante|zzante)|luteinizierendes hormon)$/, 'luteinizing hormone')
    .replace(/^(?:globulina (?:ligadora|fijadora|transportadora|legante|de union|de ligacao) (?:de |dos |das |de las |de los |degli |gli )?(?:hormonios|hormonas|hormonio|hormona|ormoni) sex(?:uais|uales|ual|uali)|sexualhormon ?bindendes globulin)$/, 'shbg')
    .replace(/^sulfate (?:de |of )?(dhea|dehydroepiandrosterone)$/, '$1 sulfate').replace(/^sdhea$/, 'dhea s')
    .replace(/^(?:factor|fator) de (?:crecimiento|crescimento) (?:insulinico|similar a (?:la )?insulin|semelhante a insulin)(?: tipo)? (?:1|i)$/, 'igf 1')
    // (mend24, review cr18) The free one too (`Antígeno Prostático Específico Livre`, `livre`/`libre` already `free`):
    // the catalog's free PSA, which `PSA - ANTIGENO PROSTATICO ESPECIFICO LIVRE` (codeDashFullName) then reads.
    .replace(/^(?:antigeno|antigene) (?:prostatico|prostatique) (?:especifico|specifique|specifico)(?: (total|free))?$/, (_m, q?: string) => (q === 'free' ? 'free psa' : 'psa'))
    .replace(/^17 ?(?:beta|b) ?estradiol$/, 'estradiol')
    // (shortcodes) Chinese laboratory systems' codes of the thyroid panel and others (the national LIS dictionaries'):
    // `TT3`, `TT4` the total hormones (beside `FT3`, `FT4`), `TPOAb`, `TGAb` the antibodies written as one word, `CysC`
    // cystatin C, `CPEP` the C-peptide.
    .replace(/^tt([34])$/, 'total t$1').replace(/^(tpo|tg)ab$/, '$1 ab').replace(/^cysc$/, 'cystatin c').replace(/^cpep$/, 'c peptide')
    // (nameprefix) The high-sensitivity assay named after the test (`Proteína C Reactiva Ultrasensible`, `Proteina C
    // reattiva ad alta sensibilità`, `PCR ultrassensível`: `PCR` the Spanish, Portuguese and French CRP, read so only
    // with the assay's word, PCR alone being the polymerase chain reaction too): the English words, which matchName
    // reads as the catalog's high-sensitivity entry (`CRP ultrasensitive`, hs-CRP).
    .replace(/ (?:de |ad |di |a )?(?:alta|haute) sensibili(?:dad|dade|ta|te)$/, ' high sensitivity')
    // (set 10, CA04) The assay's words cut short (`C-Reactive Protein, High Sens.`, a Canadian laboratory's): in full.
    .replace(/ high sens$/, ' high sensitivity')
    .replace(/^(?:protein c reactive|pcr) (ultrasensitive|high sensitivity)$/, 'c reactive protein $1')
    // Danish names (LABKA: `Middelcellevolumen`, `Total jernbindingskapacitet`, `Transferrinmætning`, `Basisk fosfatase`).
    .replace(/^middelcellevolumen$/, 'mcv').replace(/^basisk (?:fosfatase|phosphatase)$/, 'alkaline phosphatase')
    // The glomerular filtration rate an equation estimates, named with it (LOINC's `Glomerular filtration rate/1.73 sq
    // M (MDRD)`, `… (CKD-EPI)`, `….predicted`): the eGFR. Only with the equation named: a GFR measured (a clearance, a
    // tracer) is another test.
    // (labs52cat) Spanish and Portuguese names of it (`Vel. Filtración Glomerular (MDRD)`, `Velocidad de filtración
    // glomerular`, `Filtrado glomerular estimado`, `Taxa de filtração glomerular estimada`): the English words, so the
    // rule below reads them — the eGFR only with the equation or `estimado`/`estimada` named, as in English.
    .replace(/^(?:(?:vel|velocidad|velocidade|tasa|taxa|ritmo) (?:de )?)?(?:filtracion|filtrado|filtracao) glomerular(?: (?:estimad[ao]|estimated))?(?= |$)/, (m) => `glomerular filtration rate${/ estimad[ao]$|estimated$/.test(m) ? ' estimated' : ''}`)
    // (nameprefix) French (`Débit de filtration glomérulaire estimé`, `DFG estimé (CKD-EPI)`, `DFG CKD-EPI`): the same,
    // the eGFR only with the equation or `estimé` named.
    .replace(/^(?:dfg|(?:debit (?:de )?)?filtration glomerulaire)(?: (?:estimee?|estimated))?(?= |$)/, (m) => `glomerular filtration rate${/ estim\w*$/.test(m) ? ' estimated' : ''}`)
    .replace(/^glomerular filtration rate(?: 1 73 sq m)?(?: (?:by|using))? (?:mdrd|ckd epi|predicted|estimated)$/, 'egfr')
    // Norwegian `SR` (senkningsreaksjon, as Swedish and Danish print it): the ESR.
    .replace(/^(?:sr|senkningsreaksjon|sankningsreaktion)$/, 'erythrocyte sedimentation rate')
    // (labwords) The ESR's names spelt out, as whole names only: Polish `Odczyn Biernackiego`, German `Blutsenkung`, Dutch
    // `bezinking`. (labwords review) Its short names — Polish `OB`, Romanian `VSH` (Care2x), Spanish `VSG`, Portuguese
    // `VHS`, Italian `VES`, German `BSG`/`BSR`, Dutch `BSE` — are no names here: each is also something else (`VES`, the
    // ventricular extrasystoles of an ECG; `BSE`, the bovine encephalopathy; `OB`, a stool test's occult blood); coding
    // reads a row so named as the ESR only with an ESR's unit printed (mm/h: ESR_SHORT_NAME).
    .replace(/^(?:odczyn biernackiego|blutsenkung|bezinking|bezinkingssnelheid)$/, 'erythrocyte sedimentation rate')
    // (labs56) The Portuguese and Spanish noun alone (`Hemossedimentação`, `Eritrossedimentação`, `Eritrosedimentación`),
    // perhaps with its short name after it (`HEMOSSEDIMENTACAO - VHS`, `Eritrosedimentación (VSG)`): the ESR. (The short
    // name alone stays unread, as above.)
    .replace(/^(?:hemossedimentacao|eritrossedimentacao|hemosedimentacion|eritrosedimentacion)(?: (?:vhs|vsg|vs))?$/, 'erythrocyte sedimentation rate')
    // (labwords review) French iron spelt with its sample (`Fer sérique`, `Fer plasmatique`): `fer` alone is no word of
    // the vocabulary, `FER` being a laboratory's code for ferritin.
    .replace(/^fer (?:serique|plasmatique)$/, 'iron')
    // (fixr80) French names of a Belgian laboratory's file (HealthOne): `Réserve alcaline` (the serum bicarbonate, the
    // blood's alkaline reserve), `Parathormone` (also German `Parathormon`: the parathyroid hormone), `Ac. anti-peroxydase`
    // / `Anticorps anti-peroxydase` (the thyroid peroxidase antibody) — written from knowledge, not sourced.
    .replace(/^reserve (?:alcaline|alkaline)$/, 'bicarbonate').replace(/^parathormone?$/, 'parathyroid hormone')
    .replace(/^(?:ac|anticorps) anti ?(?:thyro)?peroxydase$/, 'thyroid peroxidase antibody')
    // (romancenames) The same in Spanish, Italian and Portuguese (`Paratormona`, `Paratormone`, `Paratormônio`;
    // `Anticorpi anti-tireoperossidasi`, `Anticuerpos anti-tiroperoxidasa`, `Anticorpos antitireoperoxidase`), Italian's
    // short forms `AbTPO`, `AbTg`; Lithuanian `Šlapimo rūgštis` and Estonian `Kusihape` (uric acid) — written from
    // knowledge, not sourced.
    .replace(/^paratorm(?:ona|one|onio)$/, 'parathyroid hormone')
    .replace(/^(?:(?:anticorpi|anticuerpos?|anticorpos?) )?anti ?(?:tireo|tiro)peroxid(?:asa|ase)$|^(?:anticorpi )?anti ?tireoperossidasi$|^abtpo$/, 'thyroid peroxidase antibody')
    .replace(/^(?:(?:anticorpi|anticuerpos?|anticorpos?) )?anti ?tireoglobulina$|^abtg$/, 'thyroglobulin antibody')
    .replace(/^slapimo rugstis$|^kusihape$/, 'uric acid')
    // Portuguese and Spanish differentials: `Bastonetes`/`Bastones`/`Cayados` are the bands, `Segmentados` the
    // segmented neutrophils; `Colesterol NÃO HDL` (`no HDL`) the non-HDL cholesterol.
    // (labs36fix) `Globulos blancos` / `Glóbulos rojos` (Spanish), `Glóbulos brancos` / `vermelhos` (Portuguese): the
    // white and the red cells (`Recuento de Globulos Blancos`, the white cell count).
    .replace(/\bglobulos (?:blancos|brancos)\b/, 'leukocytes').replace(/\bglobulos (?:rojos|vermelhos)\b/, 'erythrocytes')
    // (labs34fix) `Contagem de Plaquetas`, `Recuento de plaquetas`, `Conteo de leucocitos` (Portuguese and Spanish: the
    // count of the cells named): the cell count.
    .replace(/^(?:contagem|recuento|conteo|contaje)(?: total)? (?:de |das |dos |del |de los |de las )?(platelets|leukocytes|erythrocytes)$/, '$1')
    .replace(/^(?:bastonetes|bastones|cayados)( %)?$/, 'bands$1').replace(/^(?:neutrofilos )?segmentados( %)?$/, 'segmented neutrophils$1')
    // (labs53fix) `Seg`, `Segmenters` (a Philippine differential's `Segmenters / Neutrophils`, `Seg/Neutro`): the
    // segmented neutrophils, as the catalog's `Segs` and the Spanish `Segmentados` are.
    .replace(/^(?:seg|segmenters?)( %)?$/, 'segs$1')
    // (set 23) `BUA` (blood uric acid), a Philippine chemistry's short name beside `FBS` and `BUN`: the uric acid.
    // `Pesquisa de Plasmodium` (Portuguese: the search for the parasite), `gota espessa`/`gota gruesa` (the thick film):
    // the malaria smear. Latvian `Vitamīns` (a noun's ending `-s`) before the vitamin's letter: the vitamin.
    .replace(/^bua$/, 'uric acid').replace(/^(?:pesquisa de plasmodium|busqueda de plasmodium|gota (?:espessa|gruesa))(?: (?:gota espessa|gota gruesa|spp))?$/, 'malaria smear')
    .replace(/^vitamins (?=[a-k](?: ?\d{1,2})?$)/, 'vitamin ')
    .replace(/^(?:cholesterol|colesterol) (?:nao|no) hdl$/, 'non hdl cholesterol')
    // (labs35fix) `Dímero D`, `Dímero-D` (the noun first, in Spanish and Portuguese): the D-dimer. Swedish `GT` (the
    // gamma-GT) and `LD` (laktatdehydrogenas, the LDH); `eGFR(Krea)relativ` (Swedish: estimated from creatinine, per
    // 1.73 m², relative), the eGFR.
    .replace(/^dimer d$/, 'd dimer').replace(/^(?:relacion|relacao|razao|rapporto|rapport) a g$/, 'a g ratio').replace(/^gt$/, 'ggt').replace(/^ld$/, 'ldh')
    .replace(/^egfr (?:krea|kreatinin|creatinine) relativ$/, 'egfr')
    // (labs45fix) `25-OH-Vitamin D3`, `25(OH) Vitamin D3`, `25-Hydroxy-Vitamin D3`: the 25-hydroxyvitamin D the catalog's
    // `Vitamin D3` already names. Only at the name's start: `1,25-(OH)2-Vitamin D3` (calcitriol) is another test.
    .replace(/^25 (?:oh|hydroxy) vitamin d3$/, '25 oh vitamin d')
    // (fixr85c) Immunoassay analysers' short codes of the 25-hydroxyvitamin D: `25-OH VD` (Snibe Maglumi, whose
    // second-generation kit is `25-OH VD II`: the suffix is read in coding.ts, nextGenerationAssay), `25OH-VD`, `25(OH)D`,
    // `VD total`. Whole names only, the 25 first: `1,25(OH)2D` (calcitriol), `24,25(OH)2D` are other metabolites, and
    // `VD` alone stays unread.
    .replace(/^(?:25 ?oh ?(?:vd|d)|vd total|total vd)$/, '25 oh vitamin d')
    // (fixnm) The Finnish laboratories' `D-25` (`P -D-25`, `S -D-25`: D-vitamiini, 25-OH), whole.
    .replace(/^d 25$/, '25 oh vitamin d')
    // (labs37fix) Chemistry analysers' four-letter test codes (Ortho VITROS: `URIC`, `ALKP`, `ALTV`, the ALT slide):
    // the tests they name, as whole names only.
    .replace(/^uric$/, 'uric acid').replace(/^alkp$/, 'alkaline phosphatase').replace(/^altv$/, 'alt')
    .replace(/^ap$/, 'alp').replace(/^(?:bands?|band forms?|band cells|stabs?|stab cells)( %)?$/, 'band form neutrophils$1')
    // (loincnames) LOINC's own names of common tests, as HL7 and FHIR displays and some labs print them (checked on LOINC's
    // names of the Top 2000 lab results, scripts/catalog-names.ts): a cell count with its count sign (`Platelets #`,
    // `WBC #`); the red cell indices with `Erythrocyte` before them and the platelets' `Platelet mean volume`; the
    // lipoprotein's cholesterol as LOINC writes it (`Cholesterol in HDL`); the anion gap by its formula's number
    // (`Anion gap 3`, `Anion Gap4`: with or without potassium, one test as printed); a urine property after its noun
    // (`Specific gravity of Urine`, `Sp Gr Urine`); the hormones' systematic names (`Follitropin`, `Lutropin`,
    // `Parathyrin intact`, `Natriuretic peptide B`); the free thyroid hormones with `free` after (`Thyroxine (T4) free`,
    // `T3Free`); the serologies' LOINC names (`Hepatitis B virus surface Ag`, `HBV surface Ag`, `Hepatitis C virus Ab`,
    // `HIV 1+2 Ab`, `Nuclear Ab`, `Thyroperoxidase Ab`, `Rheumatoid fact`); the band and segmented neutrophils with the
    // noun first (`Neutrophils band form %`, `Neutrophils segmented`); `Iron saturation` (the transferrin saturation);
    // `Est. average glucose`; `25(OH)D3`; `Hemoglobin A1c/Hemoglobin.total`; `VLDLc`, `NonHDLc`.
    .replace(/^(platelets|leukocytes|erythrocytes|wbc|rbc) #$/, '$1').replace(/^platelet #$/, 'platelets')
    .replace(/^erythrocyte (mean corpuscular (?:volume|hemoglobin(?: concentration)?))$/, '$1')
    // (`Erythrocyte distribution width` alone is LOINC's name of both the RDW-CV, a ratio, and the RDW-SD, a volume: no name.)
    .replace(/^platelet mean volume$/, 'mean platelet volume')
    .replace(/^cholesterol in (v?[lh]dl)$/, '$1 cholesterol').replace(/^anion gap ?[34]$/, 'anion gap')
    .replace(/^(?:specific gravity|sp gr|spec grav|sp grav) (?:of )?urine$/, 'urine specific gravity')
    .replace(/^follitropin$/, 'fsh').replace(/^lutropin$/, 'lh').replace(/^parathyrin(?: intact)?$/, 'parathyroid hormone')
    .replace(/^natriuretic peptide b$/, 'bnp')
    .replace(/^(?:thyroxine t4|t4) ?free$/, 'free t4').replace(/^(?:triiodothyronine t3|t3) ?free$/, 'free t3')
    .replace(/^(?:hepatitis b virus|hbv) surface (?:ag|antigen)$/, 'hepatitis b surface antigen')
    // (mend19, review cr13) No `Total count` alone: fixr79 read it as the white cell count, but platelets' and red cells'
    // totals print it too (`PLATELETS` / `Total count 2.5 lakhs/cumm`, `RBC` / `Total count 4.8 mill/cumm`) and the
    // section is not known where names are matched.
    .replace(/^(?:hepatitis c virus|hcv) (?:ab|antibody)$/, 'hepatitis c antibody')
    // (fixr) Spanish, French, Portuguese and Italian serologies: the viruses' abbreviations in those languages (`VHC`,
    // `VHB`, `VIH`: virus de la hepatitis C, de l'hépatite B, de l'immunodéficience humaine) are HCV, HBV, HIV, and the
    // word antibody before `anti-…` (`Anticuerpos anti-VHC`, `Anticorps anti-VIH`, `Ac. anti-HCV`) says it again.
    .replace(/\bvhc\b/g, 'hcv').replace(/\bvhb\b/g, 'hbv').replace(/\bvih\b/g, 'hiv')
    .replace(/^(?:anticuerpos?|anticorps|anticorpos?|anticorpi|ac) (?=anti [a-z])/, '')
    // `Anti-HIV 1+2`, `Anti-HIV 1/2` (`Anticuerpos anti-VIH 1+2`): the HIV 1/2 antibody, as `HIV 1/2 Ab` reads.
    .replace(/^anti hiv ?1 (?:o )?2$/, 'hiv 1 antibody')
    .replace(/^hiv ?1 (?:o )?2 (?:ab|antibody)$/, 'hiv 1 antibody').replace(/^nuclear (?:ab|antibody)$/, 'antinuclear antibody')
    .replace(/^thyroperoxidase (?:ab|antibody)$/, 'thyroid peroxidase antibody').replace(/^rheumatoid fact$/, 'rheumatoid factor')
    // (b62 review) `TPHA`, `TPPA`: Treponema pallidum's haemagglutination and particle agglutination assays, the
    // antibody's tests (answered `Positive`/`Negative`), as `Syphilis antibody` reads.
    .replace(/^(?:tpha|tppa)$/, 'treponema pallidum antibody')
    .replace(/^neutrophils band(?: form)?( %)?$/, 'band form neutrophils$1').replace(/^neutrophils band(?: form)? #$/, 'band form neutrophils absolute')
    .replace(/^neutrophils seg(?:mented)?( %)?$/, 'segmented neutrophils$1').replace(/^iron saturation$/, 'transferrin saturation')
    .replace(/^est average glucose$/, 'estimated average glucose').replace(/^25 ?oh ?d3$/, '25 oh vitamin d')
    .replace(/^hemoglobin a1c hemoglobin total$/, 'hemoglobin a1c').replace(/^vldlc$/, 'vldl').replace(/^nonhdlc?$/, 'non hdl cholesterol')
    // (set 25) `TRG` (a point-of-care lipid analyser's triglycerides: Cholestech LDX), the whole name only. Not its `TC`:
    // South Asian blood counts print `TC` for the total (white cell) count (the gates caught it).
    .replace(/^trg$/, 'triglycerides')
    // (set 25) `PSA, SCREENING`, `PSA SCREEN` (a VA's and Quest's name of a screening PSA): the total PSA.
    .replace(/^psa (?:total )?screen(?:ing)?$/, 'psa');
}

/**
 * `Protein` alone (`Proteína`, `Protéines`): the name reads as total protein, which only a mass concentration of serum
 * protein (`g/dL`, `g/L`) confirms; in `mg/dL` it is as likely a urine or CSF protein.
 */
export function namesProteinAlone(name: string): boolean {
  const folded = foldName(name);
  return (ownEntry(FOREIGN_WORDS, folded) ?? folded) === 'protein';
}

/**
 * (labwords) A systematic vocabulary: the words labs print for about forty common analytes (the blood count and its
 * differential, electrolytes, glucose and HbA1c, kidney and liver tests, lipids, proteins, CRP and ESR, iron studies,
 * thyroid, vitamins, insulin and the sex hormones, cortisol), by language, folded (lower case, no accents: `Vápník` is
 * `vapnik`, `Żelazo` `zelazo`), → the English word of the catalog's names. Merged under FOREIGN_WORDS (an entry
 * there wins). Each word is a whole word of a name: a name reads as an analyte only when all its words, translated,
 * are one of the catalog's names, so a word here changes nothing in prose. Words that are also common words or
 * abbreviations of something else in lab reports are not here: Hungarian `vas` (iron; VAS, the pain scale), Turkish
 * and Vietnamese `sat`/`clo` (CLO, the urease test), Indonesian `LED` (laju endap darah), French `VS`, Hungarian `We`,
 * Croatian `SE`; Polish `Sód` is read as printed, with its accent (`PRINTED_NAMES`: `SOD` is superoxide dismutase).
 * (labwords review) Nor French `fer` (`FER`, a laboratory's code for ferritin: `Fer sérique` is a whole-name rule),
 * Polish `albuminy` (the electrophoresis fraction), Nordic `urat` (urine's urate crystals: `P-Urat` by the Nordic
 * prefix rule, a bare `Urat` by coding), `ureja` (no laboratory word).
 * Sources (docs/labs.md, sources table): Care2x's translated laboratory parameter lists (care2x/care2x,
 * `language/<ro|tr|it>/lang_<ro|tr|it>_chemlab_params.php` at e9fe4b8b (ro, tr) and 1b84c607 (it), GPL-2.0; words
 * taken, no code) for the Romanian, Turkish and Italian words marked so; every other word written from knowledge,
 * not sourced.
 */
const VOCABULARY_BY_LANGUAGE: Record<string, Record<string, string>> = {
  // Polish — written from knowledge, not sourced.
  pl: {
    chlorki: 'chloride', wapn: 'calcium', magnez: 'magnesium', zelazo: 'iron', transferyna: 'transferrin', kortyzol: 'cortisol',
    testosteron: 'testosterone', bialko: 'protein', reaktywne: 'reactive', glikowana: 'glycated',
    fosfataza: 'phosphatase', alkaliczna: 'alkaline', wolna: 'free', wolne: 'free',
    // (fixr80) `Fosfataza zasadowa` (alkaline phosphatase: `zasadowa`, basic, the other Polish name of it).
    zasadowa: 'alkaline',
  },
  // Czech and Slovak — written from knowledge, not sourced.
  cs: {
    sodik: 'sodium', draslik: 'potassium', chloridy: 'chloride', vapnik: 'calcium', horcik: 'magnesium', zelezo: 'iron',
    transferin: 'transferrin', mocovina: 'urea', kreatinin: 'creatinine', triacylglyceroly: 'triglycerides', triglyceridy: 'triglycerides',
    eozinofily: 'eosinophils', bazofily: 'basophils', alkalicka: 'alkaline', fosfataza: 'phosphatase', kortizol: 'cortisol',
    volny: 'free', volneho: 'free', reaktivni: 'reactive', glykovany: 'glycated', inzulin: 'insulin',
    // (b60) `Cholesterol celkový` (total cholesterol), `Amyláza` (amylase), `sedimentace` (`ESR sedimentace`: the
    // erythrocyte sedimentation) — written from knowledge, not sourced.
    celkovy: 'total', celkova: 'total', amylaza: 'amylase', sedimentace: 'sedimentation',
  },
  // Hungarian — written from knowledge, not sourced.
  hu: {
    kalcium: 'calcium', magnezium: 'magnesium', karbamid: 'urea', koleszterin: 'cholesterol', triglicerid: 'triglycerides',
    osszfeherje: 'total protein', feherje: 'protein', leukocita: 'leukocytes', eritrocita: 'erythrocytes', trombocita: 'platelets',
    tesztoszteron: 'testosterone', inzulin: 'insulin', szabad: 'free', reaktiv: 'reactive', foszfor: 'phosphorus', kortizol: 'cortisol',
    osszes: 'total', alkalikus: 'alkaline', foszfataz: 'phosphatase', glikalt: 'glycated',
  },
  // Romanian — Care2x (`Sodiu`, `Potasiu`, `Calciu`, `Magneziemie`, `Sideremie`, `Feritina`, `Transferina`, `Acid uric`,
  // `Glucoza`, `Cortizol`, `T4 liber`, `Fosfataza alcalina`, `Bilirubina totala`, `Proteine totale`, `VSH`); the
  // differential's `-ite` plurals written from knowledge.
  ro: {
    sodiu: 'sodium', potasiu: 'potassium', calciu: 'calcium', clor: 'chloride', magneziu: 'magnesium', magneziemie: 'magnesium',
    calcemie: 'calcium', potasemie: 'potassium', fosforemie: 'phosphorus', fier: 'iron', sideremie: 'iron', feritina: 'ferritin',
    transferina: 'transferrin', glucoza: 'glucose', cortizol: 'cortisol', liber: 'free', totala: 'total',
    limfocite: 'lymphocytes', monocite: 'monocytes', eozinofile: 'eosinophils', bazofile: 'basophils', neutrofile: 'neutrophils',
    glicozilata: 'glycated', fosfataza: 'phosphatase',
  },
  // Croatian, Serbian (Latin) and Slovenian — written from knowledge, not sourced.
  hr: {
    natrij: 'sodium', kalij: 'potassium', kloridi: 'chloride', kalcij: 'calcium', magnezij: 'magnesium', zeljezo: 'iron',
    trombociti: 'platelets', limfociti: 'lymphocytes', monociti: 'monocytes', eozinofili: 'eosinophils', bazofili: 'basophils',
    ukupni: 'total', ukupna: 'total', ukupne: 'total', proteini: 'protein', reaktivni: 'reactive', alkalna: 'alkaline', fosfataza: 'phosphatase',
    kortizol: 'cortisol', inzulin: 'insulin', slobodni: 'free', transferin: 'transferrin', feritin: 'ferritin',
    // (labs46fix) Serbian `Gvožđe` (iron; Croatian `željezo`) and `Gama GT` (the gamma-GT, as Serbian and Croatian spell gamma).
    gvozde: 'iron', gama: 'gamma',
  },
  // Swedish, Norwegian and Danish — written from knowledge, not sourced.
  nordic: {
    kalsium: 'calcium', kalcium: 'calcium', fosfat: 'phosphorus', urinsyre: 'uric acid', karbamid: 'urea',
    lymfocyter: 'lymphocytes', monocyter: 'monocytes', neutrofila: 'neutrophils', neutrofiler: 'neutrophils',
    eosinofila: 'eosinophils', eosinofiler: 'eosinophils', basofila: 'basophils', basofiler: 'basophils', kortisol: 'cortisol',
    testosteron: 'testosterone', alkalisk: 'alkaline', fosfatas: 'phosphatase',
  },
  // Finnish — written from knowledge, not sourced.
  fi: {
    kloridi: 'chloride', kalsium: 'calcium', fosfaatti: 'phosphorus', rauta: 'iron', ferritiini: 'ferritin', transferriini: 'transferrin',
    kreatiniini: 'creatinine', uraatti: 'uric acid', glukoosi: 'glucose', kolesteroli: 'cholesterol', triglyseridit: 'triglycerides',
    bilirubiini: 'bilirubin', albumiini: 'albumin', leukosyytit: 'leukocytes', erytrosyytit: 'erythrocytes', trombosyytit: 'platelets',
    hematokriitti: 'hematocrit', lymfosyytit: 'lymphocytes', monosyytit: 'monocytes', neutrofiilit: 'neutrophils', eosinofiilit: 'eosinophils',
    basofiilit: 'basophils', kortisoli: 'cortisol', testosteroni: 'testosterone', insuliini: 'insulin', vapaa: 'free', tyreotropiini: 'tsh',
    reaktiivinen: 'reactive', proteiini: 'protein', alkalinen: 'alkaline', fosfataasi: 'phosphatase',
    // (nordicnames) The Finnish laboratories' short names after a specimen prefix (`P -Krea`, `fP-Gluk`, `fP-Kol`,
    // `fP-Kol-LDL`, `B -Trom`, `B -Hkr`, `P -AFOS`): the prefix says the specimen (the Nordic prefix rule), the word the
    // test. Whole words only (`Kolmio`, `Trommel` are none). (`Leuk`, `Eryt`, `Ferrit`, `Trigly` read already: the
    // catalog's names begin so.)
    krea: 'creatinine', gluk: 'glucose', kol: 'cholesterol', trom: 'platelets', hkr: 'hematocrit', afos: 'alkaline phosphatase',
  },
  // Turkish — Care2x (`Klor`, `Magnezyum`, `Kreatinin`, `Ürik asit`, `Kortizol`, `serbest T4`, `Alyuvar`, `Akyuvar`);
  // the differential's names and `reaktif` written from knowledge.
  tr: {
    klor: 'chloride', magnezyum: 'magnesium', kortizol: 'cortisol', serbest: 'free', alyuvar: 'erythrocytes', akyuvar: 'leukocytes',
    lenfosit: 'lymphocytes', monosit: 'monocytes', notrofil: 'neutrophils', reaktif: 'reactive',
    // (fixnm) `Hidroksi` (hydroxy: `25-Hidroksi Vitamin D`).
    hidroksi: 'hydroxy',
  },
  // Indonesian and Malay — written from knowledge, not sourced.
  // (labs50fix) `puasa` (fasting: `Glukosa Puasa`), `direk` (direct: `Kolesterol LDL Direk`) and a urinalysis's
  // `Warna` (colour), `Kejernihan` (clarity), `Nitrit`, `Keton` (also German and Dutch words for them); whole names in
  // testNameSynonyms (`Laju Endap Darah`, `Berat Jenis`). `LED` is not added (see above).
  id: {
    // (set 23) `Lekosit`, the other Indonesian spelling of the leukocytes.
    lekosit: 'leukocytes',
    leukosit: 'leukocytes', limfosit: 'lymphocytes', monosit: 'monocytes', kalsium: 'calcium', klorida: 'chloride', glukosa: 'glucose',
    trigliserida: 'triglycerides', besi: 'iron', feritin: 'ferritin', transferin: 'transferrin', bebas: 'free', reaktif: 'reactive',
    kortisol: 'cortisol', testosteron: 'testosterone', puasa: 'fasting', direk: 'direct', warna: 'color', kejernihan: 'clarity',
    nitrit: 'nitrite', keton: 'ketones',
    // (labs52cat) `Kualitatif` (qualitative: `HBsAg Kualitatif`, the catalog's `HBsAg Qualitative`).
    kualitatif: 'qualitative',
    // (scripts6) `TSHs` (TSH sensitive, as Indonesian laboratories print it).
    tshs: 'tsh',
  },
  // (balticnames) Estonian — written from knowledge, not sourced (`Kolesterool`, `Triglütseriidid`, `Glükoos (paastu)`,
  // `25-OH D-vitamiin`, `Kreatiniin`, `Raud`).
  et: {
    kolesterool: 'cholesterol', uldkolesterool: 'total cholesterol', triglutseriidid: 'triglycerides', glukoos: 'glucose', paastu: 'fasting',
    vitamiin: 'vitamin', kreatiniin: 'creatinine', hemoglobiin: 'hemoglobin', ferritiin: 'ferritin', naatrium: 'sodium',
    kaalium: 'potassium', kaltsium: 'calcium', magneesium: 'magnesium', raud: 'iron', uurea: 'urea', bilirubiin: 'bilirubin',
    albumiin: 'albumin', leukotsuudid: 'leukocytes', erutrotsuudid: 'erythrocytes', trombotsuudid: 'platelets', insuliin: 'insulin',
    kortisool: 'cortisol', testosteroon: 'testosterone', vaba: 'free', uldvalk: 'total protein', uld: 'total',
    turotropiin: 'thyrotropin', turoksiin: 'thyroxine', lumfotsuudid: 'lymphocytes', monotsuudid: 'monocytes',
  },
  // (balticnames) Lithuanian — written from knowledge, not sourced (`Kreatininas`, `Magnis`, `Gliukozė`, `Cholesterolis`).
  lt: {
    kreatininas: 'creatinine', magnis: 'magnesium', natris: 'sodium', kalis: 'potassium', kalcis: 'calcium', gelezis: 'iron',
    feritinas: 'ferritin', gliukoze: 'glucose', cholesterolis: 'cholesterol', bendras: 'total', bendrasis: 'total',
    trigliceridai: 'triglycerides', bilirubinas: 'bilirubin', albuminas: 'albumin', hemoglobinas: 'hemoglobin',
    leukocitai: 'leukocytes', eritrocitai: 'erythrocytes', trombocitai: 'platelets', hematokritas: 'hematocrit',
    insulinas: 'insulin', kortizolis: 'cortisol', testosteronas: 'testosterone', laisvasis: 'free', laisvas: 'free',
    slapalas: 'urea', vitaminas: 'vitamin', limfocitai: 'lymphocytes', monocitai: 'monocytes', tirotropinas: 'thyrotropin',
  },
  // Vietnamese (folded) — written from knowledge, not sourced.
  vi: { natri: 'sodium', kali: 'potassium', canxi: 'calcium', creatinin: 'creatinine', triglycerid: 'triglycerides' },
  // Italian — Care2x (`Magnesio`, `Cortisolo`, `T4 libera`, `Bilirubina totale`, `Proteine totali`); the differential's
  // `-iti` plurals written from knowledge.
  it: {
    magnesio: 'magnesium', cortisolo: 'cortisol', libera: 'free', libero: 'free',
    linfociti: 'lymphocytes', monociti: 'monocytes', estradiolo: 'estradiol',
    // (nameprefix) A hormone clinic's names (`Prolattina`, `DHEA solfato`, `Deidroepiandrosterone solfato`, `Tireotropina`,
    // `Emoglobina glicosilata`, `PCR ultrasensibile`) — written from knowledge, not sourced.
    prolattina: 'prolactin', solfato: 'sulfate', deidroepiandrosterone: 'dehydroepiandrosterone', tireotropina: 'thyrotropin',
    glicosilata: 'glycated', ultrasensibile: 'ultrasensitive',
  },
  // French, Dutch and German — written from knowledge, not sourced.
  fr_nl_de: {
    chlore: 'chloride', chlorure: 'chloride', chlorures: 'chloride', phosphore: 'phosphorus', transferrine: 'transferrin',
    insuline: 'insulin', libre: 'free', alcaline: 'alkaline', ijzer: 'iron', fosfaat: 'phosphorus', urinezuur: 'uric acid',
    leukocyten: 'leukocytes', erytrocyten: 'erythrocytes', trombocyten: 'platelets', neutrofielen: 'neutrophils', eosinofielen: 'eosinophils',
    basofielen: 'basophils', vitamine: 'vitamin', vrij: 'free', reactief: 'reactive', alkalische: 'alkaline', fosfatase: 'phosphatase', ostradiol: 'estradiol',
    kortisol: 'cortisol', reaktives: 'reactive',
    // (nameprefix) German `frei`/`freies` (free: `Testosteron, frei`, `Freies T4`, `Freies Thyroxin`, `Freies
    // Trijodthyronin`), `Glykiertes Hämoglobin` and `Glykohämoglobin` (HbA1c), `hochsensitiv`
    // (`CRP hochsensitiv`); French `glyquée`/`glycosylée` (`Hémoglobine glyquée`), `ultrasensible` (`TSH ultrasensible`,
    // also Spanish), `Thyréostimuline` (TSH) — written from knowledge, not sourced.
    frei: 'free', freies: 'free', freie: 'free', freier: 'free', thyroxin: 'thyroxine', trijodthyronin: 'triiodothyronine',
    glykiertes: 'glycated', glykiert: 'glycated', glykohamoglobin: 'glycated hemoglobin', hochsensitiv: 'ultrasensitive',
    hochsensitives: 'ultrasensitive', glyquee: 'glycated', glycosylee: 'glycated', ultrasensible: 'ultrasensitive',
    thyreostimuline: 'thyrotropin', thyreotropin: 'thyrotropin',
  },
};

/** Words of other languages' reports (folded: lower case, no accents) → the catalog's English word. */
const FOREIGN_WORDS: Record<string, string> = {
  ...Object.assign({}, ...Object.values(VOCABULARY_BY_LANGUAGE)),
  // (labs36fix) Finnish `Hemoglobiini`.
  hemoglobiini: 'hemoglobin',
  hamoglobin: 'hemoglobin', hemoglobina: 'hemoglobin', emoglobina: 'hemoglobin', hemoglobine: 'hemoglobin',
  // (labs35fix) Swedish (`Glukos`, `Leukocyter`, `Trombocyter`, `Erytrocyter`, `Laktatdehydrogenas`) and Spanish and
  // Portuguese (`Fósforo`, `Fibrinógeno`, `Fibrinogênio`, `Dímero D`) words of the common tests.
  glukos: 'glucose', leukocyter: 'leukocytes', trombocyter: 'platelets', erytrocyter: 'erythrocytes', laktatdehydrogenas: 'lactate dehydrogenase',
  fosforo: 'phosphorus', fibrinogeno: 'fibrinogen', fibrinogenio: 'fibrinogen', dimero: 'dimer', dimeros: 'dimer',
  hamatokrit: 'hematocrit', hematocrito: 'hematocrit', ematocrito: 'hematocrit', hematocrite: 'hematocrit',
  leukozyten: 'leukocytes', leukocitos: 'leukocytes', leukociti: 'leukocytes',
  erythrozyten: 'erythrocytes', eritrocitos: 'erythrocytes', eritrociti: 'erythrocytes', hematies: 'erythrocytes', hemacias: 'erythrocytes',
  // (b67u) Italian `Emazie` (the red cells) and `Glucosio`: the blood's, and under a urine heading the urine's.
  emazie: 'erythrocytes', glucosio: 'glucose',
  thrombozyten: 'platelets', plaquetas: 'platelets', plaquettes: 'platelets', piastrine: 'platelets',
  natrium: 'sodium', sodio: 'sodium', kalium: 'potassium', potasio: 'potassium', potassio: 'potassium',
  chlorid: 'chloride', cloruro: 'chloride', cloreto: 'chloride', cloro: 'chloride', calcio: 'calcium',
  harnstoff: 'urea', ureia: 'urea', uree: 'urea', azotemia: 'urea',
  cholesterin: 'cholesterol', colesterol: 'cholesterol', colesterolo: 'cholesterol',
  triglyceride: 'triglycerides', trigliceridos: 'triglycerides', trigliceridi: 'triglycerides', triglicerideos: 'triglycerides', triglicerides: 'triglycerides',
  creatinina: 'creatinine', glucosa: 'glucose', glicose: 'glucose', glycemie: 'glucose',
  // (b65m) Amylase in Spanish, Portuguese and Italian (`Amilasa`, `Amilase`, `Amilasi`).
  amilasa: 'amylase', amilase: 'amylase', amilasi: 'amylase',
  // Glucose in German, Polish, Czech, Italian and Spanish: words, so that `Glukose` under `Urin` is urine's glucose too.
  glukose: 'glucose', glukoza: 'glucose', glykemie: 'glucose', glicemia: 'glucose', glucemia: 'glucose',
  eisen: 'iron', hierro: 'iron', ferritina: 'ferritin', ferritine: 'ferritin',
  // Iron in Portuguese and Italian (`Ferro sérico`), transferrin and insulin in Spanish, Portuguese and Italian.
  ferro: 'iron', transferrina: 'transferrin', insulina: 'insulin',
  // Hungarian spells the consonant sz (`Transzferrin`).
  transzferrin: 'transferrin',
  albumina: 'albumin', albumine: 'albumin', bilirrubina: 'bilirubin', bilirubina: 'bilirubin', bilirubine: 'bilirubin',
  proteina: 'protein', proteinas: 'protein', proteine: 'protein', proteines: 'protein',
  // Urine in Spanish, Italian, Portuguese, German and Polish (`SISTEMÁTICO DE ORINA`, `Esame urine`, `Urin`, `Harn`, `Mocz`).
  orina: 'urine', urina: 'urine', urin: 'urine', harn: 'urine', mocz: 'urine', moczu: 'urine',
  // (labwords review) Hungarian `Vizelet` (`Vizelet vizsgálat`, `Vizelet üledék`), Finnish `Virtsa`, Indonesian
  // `Urinalisa`: urine, so a heading of them opens a urine section (sectionOf reads urineInEnglish).
  vizelet: 'urine', virtsa: 'urine', urinalisa: 'urine',
  // (urinept) Spanish `Uroanálisis` (`UROANÁLISIS`, a urinalysis's heading).
  uroanalisis: 'urine',
  // Polish urinalysis names (`Azotyny`, nitrites; `Przejrzystość`, clarity).
  azotyny: 'nitrite', przejrzystosc: 'clarity',
  reactiva: 'reactive', reativa: 'reactive', reattiva: 'reactive', vitamina: 'vitamin', hidroxi: 'hydroxy', idrossi: 'hydroxy',
  totale: 'total', totali: 'total', totales: 'total', totais: 'total', gesamt: 'total',
  // (labs45fix) German short `ges.` (gesamt: `ges.Cholesterin`, `ges. Bilirubin`) and `geschätzte`/`geschätzt` (estimated:
  // `geschätzte GFR`, the eGFR; a measured GFR keeps its word, NOT_CREATININE_ESTIMATE).
  ges: 'total', geschatzte: 'estimated', geschatzt: 'estimated',
  // (labs46fix) German `Quotient` (a ratio: `LDL/HDL Quotient`, `Albumin/Kreatinin-Quotient`).
  quotient: 'ratio',
  // Turkish (`Açlık Glukozu`, `Kolesterol`, `Trigliserid`, `Lökosit`, `Üre`; `Glike Hemoglobin`, `Glikozile hemoglobin`:
  // glycated haemoglobin).
  glike: 'glycated', glikozile: 'glycated', glikolize: 'glycated',
  kolesterol: 'cholesterol', trigliserid: 'triglycerides', trigliserit: 'triglycerides', glukoz: 'glucose', glukozu: 'glucose', aclik: 'fasting',
  lokosit: 'leukocytes', eritrosit: 'erythrocytes', trombosit: 'platelets', ure: 'urea', sodyum: 'sodium', potasyum: 'potassium',
  kalsiyum: 'calcium', demir: 'iron', toplam: 'total', idrar: 'urine', iyonize: 'ionized',
  // (review of set 19) `Açlık kan şekeri` (fasting blood sugar).
  kan: 'blood', sekeri: 'sugar',
  // (fixr) `Demir Bağlama Kapasitesi` (iron binding capacity, TIBC); `Doymamış` (unsaturated: UIBC, another test).
  baglama: 'binding', kapasitesi: 'capacity', kapasite: 'capacity', doymamis: 'unsaturated',
  // (ocrlis) `Homosistein`.
  homosistein: 'homocysteine',
  // Polish (`Leukocyty`, `Kreatynina`, `Cholesterol całkowity`), Italian (`Sideremia`, serum iron; `Omocisteina`) and
  // Dutch (`Ureum`, `Hematocriet`, `nuchter`) words.
  leukocyty: 'leukocytes', erytrocyty: 'erythrocytes', trombocyty: 'platelets', hematokryt: 'hematocrit', triglicerydy: 'triglycerides',
  kreatynina: 'creatinine', ferrytyna: 'ferritin', calkowity: 'total', calkowita: 'total', calkowite: 'total', mocznik: 'urea',
  witamina: 'vitamin', homocysteina: 'homocysteine', sideremia: 'iron', omocisteina: 'homocysteine', omocisteine: 'homocysteine',
  calcolato: 'calculated', calculado: 'calculated', calcule: 'calculated',
  // (nameprefix) Portuguese and Spanish `calculada` (`Testosterona livre calculada`).
  calculada: 'calculated',
  ureum: 'urea', hematocriet: 'hematocrit', triglyceriden: 'triglycerides', nuchter: 'fasting',
  // (fixr85d) German `Harnsäure` (uric acid), `Folsäure` (folic acid), `nüchtern` (fasting: `Glukose nüchtern`) and
  // `sensitiv` (`CRP sensitiv`, the high-sensitivity CRP), folded; typed with ASCII umlauts too (germanUmlautWord).
  harnsaure: 'uric acid', folsaure: 'folic acid', nuchtern: 'fasting', sensitiv: 'sensitive',
  // French red cell and platelet indices (`VGM`, `TCMH`, `CCMH`, `VMP`/`VPM`) and transaminases (`ASAT`, `ALAT`).
  vgm: 'mcv', tcmh: 'mch', ccmh: 'mchc', vmp: 'mpv', vpm: 'mpv', asat: 'ast', alat: 'alt',
  // Portuguese and Spanish red cell indices (`V.C.M.`, `H.C.M.`, `C.H.C.M.`: volume, hemoglobina and concentração de
  // hemoglobina corpuscular média) and hormone names (`TESTOSTERONA TOTAL`, `DEIDROEPIANDROSTERONA SULFATO`).
  vcm: 'mcv', hcm: 'mch', chcm: 'mchc', testosterona: 'testosterone', deidroepiandrosterona: 'dehydroepiandrosterone',
  dehidroepiandrosterona: 'dehydroepiandrosterone', sulfato: 'sulfate',
  // Portugal's red cell indices (`H.G.M.`, `C.M.H.G.`: hemoglobina globular média and its concentração), the
  // differential's cells in Portuguese and Spanish (`Neutrófilos`, `Linfócitos`, `Leucocitos`), and the Portuguese
  // `-émia` names of a serum analyte (`Uricémia`, `Creatininémia`, `Albuminémia`, `Bilirrubinémia`: the analyte in blood).
  // (nameprefix) A hormone clinic's Portuguese and Spanish names (`Testosterona Livre`, `Tiroxina Livre`, `T3 Livre`,
  // `Triyodotironina Libre`, `Tirotropina`, `Homocisteína`, `Cianocobalamina`, `TSH ultrassensível`).
  // (fixr83) `T3 reverso`, `Triiodotironina reversa`: the reverse hormone (Portuguese and Spanish).
  reverso: 'reverse', reversa: 'reverse',
  livre: 'free', tiroxina: 'thyroxine', triiodotironina: 'triiodothyronine', triyodotironina: 'triiodothyronine', tirotropina: 'thyrotropin',
  homocisteina: 'homocysteine', cianocobalamina: 'cyanocobalamin', cobalamina: 'cobalamin', ultrassensivel: 'ultrasensitive',
  hgm: 'mch', cmhg: 'mchc', leucocitos: 'leukocytes', neutrofilos: 'neutrophils', linfocitos: 'lymphocytes', monocitos: 'monocytes',
  eosinofilos: 'eosinophils', basofilos: 'basophils', apolipoproteina: 'apolipoprotein', lipoproteina: 'lipoprotein',
  // (urinept) Urobilinogen in Portuguese and Spanish (`Urobilinogênio`, `Urobilinógeno`), a urine test's name as English's is.
  urobilinogenio: 'urobilinogen', urobilinogeno: 'urobilinogen',
  bilirrubinas: 'bilirubin', conjugada: 'conjugated', tfge: 'egfr', nitritos: 'nitrite', nitriti: 'nitrite', densidade: 'specific gravity', densidad: 'specific gravity',
  // A bilirubin's parts, after its noun (`Bilirrubina directa`, `Bilirubin direkt`, `Bilirubine conjuguée`; `no
  // conjugada`, `não conjugada`, `non conjuguée`: testNameSynonyms makes them `unconjugated`).
  directa: 'direct', direta: 'direct', diretta: 'direct', directe: 'direct', direkt: 'direct', direktes: 'direct',
  indirecta: 'indirect', indireta: 'indirect', indiretta: 'indirect', indirecte: 'indirect', indirekt: 'indirect', indirektes: 'indirect',
  conjugado: 'conjugated', coniugata: 'conjugated', conjuguee: 'conjugated', konjugiert: 'conjugated', konjugiertes: 'conjugated', geconjugeerd: 'conjugated',
  ongeconjugeerd: 'unconjugated', unkonjugiert: 'unconjugated', unkonjugiertes: 'unconjugated',
  jejum: 'fasting', ayunas: 'fasting', ayuno: 'fasting', glicada: 'glycated', glicosilada: 'glycated', glucosilada: 'glycated', glicata: 'glycated',
  // Hungarian (`Fehérvérsejtszám`, `Vörösvérsejtszám`, `Trombocitaszám`, `Limfocita`, `Eozinofil`, `Bazofil`).
  feherversejtszam: 'wbc', vorosversejtszam: 'rbc', trombocitaszam: 'platelets', hematokrit: 'hematocrit', limfocita: 'lymphocytes',
  monocita: 'monocytes', eozinofil: 'eosinophils', bazofil: 'basophils',
  // Romanian (`Glicemie`, `Hematii`, `Leucocite`, `Trombocite`, `Trigliceride`).
  // Norwegian (DIPS: `Trombocytter`, `Leukocytter`, `EVF` the erythrocyte volume fraction, `Nøytrofile granulocytter,
  // antall` the neutrophil count, `GFR, estimert`, `T4, fritt`, `Triglyserid`).
  trombocytter: 'platelets', leukocytter: 'leukocytes', erytrocytter: 'erythrocytes', lymfocytter: 'lymphocytes', monocytter: 'monocytes',
  noytrofile: 'neutrophils', antall: '#', evf: 'hematocrit', estimert: 'estimated', fritt: 'free', triglyserid: 'triglycerides', triglyserider: 'triglycerides',
  // Danish and Swedish (LABKA: `S-Jern`, `Total jernbindingskapacitet`, `Transferrinmætning`, `Triglycerider`,
  // `Klorid`, `Bikarbonat`, `Laktat`, `Alfa-1 globulin`; Swedish `Järn`), and `alfa` as Spanish, Italian and
  // Portuguese print it too (`Alfa 1 antitripsina`).
  jern: 'iron', jarn: 'iron', jernbindingskapacitet: 'iron binding capacity', transferrinmaetning: 'transferrin saturation',
  triglycerider: 'triglycerides', klorid: 'chloride', bikarbonat: 'bicarbonate', laktat: 'lactate', alfa: 'alpha',
  // (labs34fix) Folic acid and cobalamin in Norwegian, Danish and Swedish (`P-Vit. B9 (Folsyre)`, `P-Vit B12. total
  // (Kobalamin)`, `S-Folat`).
  folsyre: 'folic acid', folsyra: 'folic acid', folat: 'folate', kobalamin: 'cobalamin',
  glicemie: 'glucose', hematii: 'erythrocytes', leukocite: 'leukocytes', trombocite: 'platelets', trigliceride: 'triglycerides', uricemia: 'uric acid', uremia: 'urea', creatininemia: 'creatinine', albuminemia: 'albumin', bilirrubinemia: 'bilirubin', hidroxivitamina: 'hydroxyvitamin',
};

/**
 * (fixr85d) A German word typed with its umlauts spelt out in ASCII (`Harnsaeure`, `Folsaeure`, `nuechtern`, `Oestradiol`:
 * ä ö ü as ae oe ue, as German keyboards without them and older systems write them): the English word FOREIGN_WORDS
 * has for the word with its umlauts (folded `harnsaure`, `folsaure`, `nuchtern`), or undefined. Only a word FOREIGN_WORDS
 * knows so: an English word with `ue` or `oe` in it (`blue`, `tissue`) is no German word there and stays as printed.
 */
function germanUmlautWord(word: string): string | undefined {
  if (!/ae|oe|ue/.test(word)) return undefined;
  return ownEntry(FOREIGN_WORDS, word.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u'));
}

/**
 * A name or heading with the other languages' words for urine written `urine` (`Kalsiyum (İdrar)` → `Kalsiyum
 * (urine)`, `İDRAR BİYOKİMYASI` → `urine BİYOKİMYASI`): what the rules that look for the word urine read.
 */
export function urineInEnglish(text: string): string {
  // (labs48fix) A Chinese, Japanese or Korean name of a urine test (`요단백`, urine protein): its English words.
  // (labsreadfix) Only a text in Han, Hangul or Kana is asked (not Cyrillic, Greek nor Hebrew).
  // (jp2 review) In urine, a Japanese or Chinese name without its urine (`比重` specific gravity, `蛋白`) is the urine's
  // (`尿比重`, `尿蛋白`) where CJK_NAMES holds that: named so alone, it is no test (`比重` under a blood donor's heading).
  // (jp3) So too a name CJK_NAMES holds as the blood's (`赤血球` RBC, `白血球` WBC): in urine, its urine form (`尿赤血球`).
  const cjk = CJK_LETTER.test(text) ? cjkUrineName(text) : undefined;
  return (cjk ?? text).replace(/\p{L}+/gu, (w) => (isUrineWord(w) ? 'urine' : w));
}

/** A CJK name's English words as the urine's (`Urine Protein`): the name's own, else its form with 尿 (urine) first. */
function cjkUrineName(text: string): string | undefined {
  const urine = (name: string | undefined) => (name && /\burine\b/i.test(name) ? name : undefined);
  return urine(cjkSectionedName(text)) ?? urine(ownEntry(CJK_NAMES, `尿${text.trim().replace(/\s+/g, '')}`));
}

/**
 * Words already known to say urine or not (`Harn`, `Urin`, `orina`: yes). Every word of every name asked about in urine
 * is asked, and words repeat; capped as the other memos are.
 */
const URINE_WORDS_ASKED = new Map<string, boolean>();

/** Whether a word is another language's word for urine. */
function isUrineWord(word: string): boolean {
  return remembered(URINE_WORDS_ASKED, word, () => ownEntry(FOREIGN_WORDS, foldName(word)) === 'urine');
}

/**
 * (labs35fix review) Whether letters in parentheses abbreviate the name before them: two letters or more that begin a
 * name of one word (`Urea (UR)`, `Glucosa (GLU)`) or are the initials of its words (`Ácido úrico (AU)`).
 */
export function abbreviationOf(name: string, letters: string): boolean {
  const l = normalizeName(letters);
  const n = normalizeName(name);
  if (!/^[a-z]{2,}$/.test(l) || !n) return false;
  return (!n.includes(' ') && n.startsWith(l)) || initialsOf(name) === l;
}

/** The initials of a name's words (`Antigène carcino-embryonnaire` → `ace`). */
function initialsOf(name: string): string {
  return foldName(name).split(' ').map((w) => w[0]).join('');
}

/**
 * Whether a name shares a word of three letters or more with an entry's names, or the first four letters of one (a
 * word of another language: `Thyreoidea-stimulierendes Hormon` and Thyroid Stimulating Hormone).
 */
function sharesWord(name: string, entry: CatalogEntry): boolean {
  const named = [entry.display, ...entry.aliases].flatMap((a) => normalizeName(a).split(' '));
  const words = new Set(named);
  const stems = new Set(named.filter((w) => w.length >= 4).map((w) => w.slice(0, 4)));
  return normalizeName(name).split(' ').some((w) => (w.length >= 3 && words.has(w)) || (w.length >= 4 && stems.has(w.slice(0, 4))));
}

// ---------------------------------------------------------------------------------------------------------------
// (labs40fix) Names read by rule, kept apart from FOREIGN_WORDS.
// ---------------------------------------------------------------------------------------------------------------

/** (labs40fix) A transaminase's class word before its code (`Transaminasi`, `Transaminase`, `Transaminasa`, `Transaminasen`). */
const TRANSAMINASE_WORD = /^(?:transaminas(?:e|i|a|es|as|en)|aminotransferas(?:e|i|a|es|as|en)) /;
/**
 * (labs40fix) A transaminase's codes, folded (`GOT` is `sgot` once folded): old names (SGOT/SGPT, TGO/TGP) and the
 * IFCC's (AST/ALT, ASAT/ALAT), each enzyme's spellings in its group (`ast`: aspartate, `alt`: alanine aminotransferase).
 */
const OLD_TRANSAMINASE = /^(?:(?<ast>sgot|tgo)|(?<alt>sgpt|tgp))$/;
const IFCC_TRANSAMINASE = /^(?:(?<ast>ast|asat)|(?<alt>alt|alat))$/;

/**
 * (labs40fix) Names the catalog has under their parts, a folded name (`normalizeName`) in:
 * `IG %` (`IG%`, a haematology analyser's code with a per cent sign) is the test the code names alone when the catalog
 * measures that test in % (the sign says what the unit says; `IG #`, the count, is its own name);
 * `Transaminasi GOT` (a transaminase's class word before its code) is the code's test; and an old name and the IFCC's
 * abbreviation printed as a pair (`GOT/AST`, `GPT/ALT`; a misprinted `GOT/ALT`, the row above's old name carried over)
 * name the test the IFCC abbreviation after the slash names — an old name and a new one are never a ratio (the
 * De Ritis ratio is `AST/ALT` or `GOT/GPT`, both of one naming, and is not read here).
 */
function labs40fixName(n: string, byName: (name: string) => CatalogEntry | undefined): CatalogEntry | undefined {
  const percent = /^(.+) %$/.exec(n);
  if (percent) {
    const base = byName(percent[1]!);
    if (base?.ucumUnit === '%') return base;
  }
  const codes = n.replace(TRANSAMINASE_WORD, '').split(' ');
  if (!codes.every((c) => OLD_TRANSAMINASE.test(c) || IFCC_TRANSAMINASE.test(c))) return undefined;
  // (prose17) An old name alone the catalog does not list (`TGP 44 U/L`, `TGO`: Portuguese, Spanish, French) is the
  // enzyme its group names, as SGPT and SGOT.
  if (codes.length === 1) {
    const old = OLD_TRANSAMINASE.exec(codes[0]!)?.groups;
    return (codes[0] !== n ? byName(codes[0]!) : undefined) ?? (old ? byName(old.ast ? 'sgot' : 'sgpt') : undefined);
  }
  if (codes.length === 2 && OLD_TRANSAMINASE.test(codes[0]!) && IFCC_TRANSAMINASE.test(codes[1]!)) return byName(codes[1]!);
  return undefined;
}

/**
 * (labs40fix review) An old name and the IFCC abbreviation of the other transaminase (`GOT/ALT`, `GPT/AST`, `TGO/ALAT`):
 * the names contradict each other. The old name's test, folded (`sgot`, `sgpt`), for `codeRows` to read the pair as the
 * abbreviation after the slash only right after a row of that test (`GOT/AST` / `GOT/ALT`: the old name carried over
 * from the row above); anywhere else the pair is unknown. Undefined for any other name (`GOT/AST`, `GPT/ALT`: one
 * enzyme's two names, read directly).
 */
export function mismatchedTransaminasePair(name: string): 'sgot' | 'sgpt' | undefined {
  const codes = normalizeName(name).replace(TRANSAMINASE_WORD, '').split(' ');
  if (codes.length !== 2) return undefined;
  const old = OLD_TRANSAMINASE.exec(codes[0]!)?.groups;
  const ifcc = IFCC_TRANSAMINASE.exec(codes[1]!)?.groups;
  if (old?.ast && ifcc?.alt) return 'sgot';
  if (old?.alt && ifcc?.ast) return 'sgpt';
  return undefined;
}

/** (labs37fix) Analyser codes matched as printed, case and all (`Bu`, `Bc`: the VITROS bilirubin fractions). */
/** (b60) Words after a code's dash that make it another test or a form of it (matchNameUncached's code before a dash). */
const CODE_DASH_QUALIFIER = /^(?:free|total|ratio|index|urine|urin|serum|plasma|blood|calc|calculated|direct|indirect|abs|absolute|percent|pct|count|ionized|ionised|fasting|random|ifcc|dcct|ngsp)$/;
const CASE_EXACT_CODES: Record<string, string> = { Bu: 'Unconjugated Bilirubin', Bc: 'Conjugated Bilirubin' };


/** Three-letter parameter codes of haematology analysers → the catalog's abbreviation of that differential. */
const ANALYSER_CODES: Record<string, string> = { neu: 'neut', lym: 'lymph', mon: 'mono', bas: 'baso', eo: 'eos', ne: 'neut', ly: 'lymph', mo: 'mono', ba: 'baso' };

/** Words that say an assay is the sensitive one (`Ultrasensitive`, `high sensitivity`, `hs`), folded. */
const SENSITIVITY_WORDS = String.raw`(?:ultra ?sensitive|super ?sensitive|hyper ?sensitive|highly sensitive|high sensitivity|high sensitive|sensitive|hs)`;
/**
 * (fixk) Analytes whose sensitive assay the catalog keeps as the analyte itself (`PSA, Ultrasensitive`: the same PSA in
 * ng/mL, a lower detection limit after a prostatectomy), as estradiol's entry names its sensitive assay: by key. Any
 * other analyte with a sensitivity word and no sensitive assay named stays unknown (`Glucose, ultrasensitive`).
 * (fixr77b) Troponin I's too (`Troponin I, high sensitivity`, `hs Troponin I`): the catalog keeps troponin T's
 * high-sensitivity assay as troponin T (`Troponin T, High Sensitivity`, `hs-TnT`) and the keys read both assays of
 * troponin I as troponin I; the unit printed (`ng/L` beside the conventional assay's `ng/mL`) is kept as printed.
 */
// (sensitivetsh) TSH's sensitive assay (`TSH, Sensitive, S`: Mayo's) is the TSH itself, every TSH measured today being one.
const SENSITIVE_ASSAY_IS_ANALYTE = new Set(['prostate-specific-antigen', 'troponin-i', 'thyroid-stimulating-hormone']);
const SENSITIVITY = new RegExp(`^${SENSITIVITY_WORDS}$`);
/** (nameprefix) A folded name ending in SENSITIVITY's words (`crp ultrasensitive`): the name before them. */
const SENSITIVITY_AFTER = new RegExp(`^(\\S.*?) ${SENSITIVITY_WORDS}$`);
/** (set 28) A folded name opening with them (`hs troponin t`): the name after them. */
const SENSITIVITY_BEFORE = new RegExp(`^${SENSITIVITY_WORDS} (\\S.*)$`);

/** A comma segment that does not change what was measured (`Glucose, Serum`, `Vitamin D, Total`). */
// (portals review) And every assay method an Indian or US report prints after a comma (tokens.ts ASSAY_METHOD_WORDS:
// `Hemoglobin A1c, HPLC`, `Ferritin, CLIA`, `HIV 1/2 Ab, EIA`, `Testosterone, LC-MS/MS`): how, not what, was measured.
const QUALIFIER = new RegExp(`^(total|serum|plasma|s|p|sp|blood|whole blood|level|lvl|quantitative|quant|i?ifa|iif|${ASSAY_METHOD_WORDS})$`, 'i');

/** What words printed after a name say of the sample (SAMPLE_QUALIFIERS): none of them changes the analyte, save as `fitsSample` says. */
type SampleSays = 'condition' | 'meal' | 'serum' | 'blood' | 'venous' | 'capillary' | 'arterial' | 'place' | 'standard';

/**
 * Words printed after a test's name (after a comma, in parentheses or as trailing words) that say only the condition
 * the sample was taken under (fasting or not, random, basal, after a meal), that it is blood (serum or plasma, the
 * blood's fluid without its cells: `serum`; whole blood or blood: `blood`), the vessel it was drawn from (venous,
 * capillary, arterial), where it was measured (the laboratory, the point of care) or the standard a result is aligned
 * to — by language, folded (lower case, no accents, punctuation a space).
 * A urine, CSF or other fluid sample is another test and is no word here (`Glucose, urine` is the urine's glucose); nor
 * a time (`Glucose 2h`: a tolerance test's sample, another result).
 */
const SAMPLE_QUALIFIERS: Record<string, Record<string, SampleSays>> = {
  en: {
    fasting: 'condition', fasted: 'condition', 'non fasting': 'condition', nonfasting: 'condition', 'not fasting': 'condition', random: 'condition',
    basal: 'condition', postprandial: 'condition', 'post prandial': 'condition',
    // (cat7) `PP` after a name is a meal's only after a test a meal moves (`Glucose PP`, MEAL_TESTS); after another it
    // is part of another analyte's name (`ZINC PP`, zinc protoporphyrin).
    pp: 'meal',
    // (keysfix) The time of day a sample was drawn (`Cortisol - AM`, `Cortisol, PM`: LabCorp's morning and afternoon
    // cortisol), as `Cortisol 8 Uhr` (CLOCK_TIME) and `Cortisol (AM)` read.
    am: 'condition', pm: 'condition', morning: 'condition', evening: 'condition',
    // (mixed) A trough level (`Testosterone, trough`: drawn before the next injection), a timing as `AM` is.
    trough: 'condition',
    serum: 'serum', plasma: 'serum', 'whole blood': 'blood', blood: 'blood', 'in blood': 'blood', 'in serum': 'serum', 'in plasma': 'serum',
    venous: 'venous', capillary: 'capillary', arterial: 'arterial',
    lab: 'place', laboratory: 'place', poct: 'place', poc: 'place', 'point of care': 'place', bedside: 'place',
    dcct: 'standard', ngsp: 'standard', ifcc: 'standard', calculated: 'standard', calc: 'standard', measured: 'standard',
  },
  nl: {
    nuchter: 'condition', 'niet nuchter': 'condition', serum: 'serum', plasma: 'serum', volbloed: 'blood', bloed: 'blood',
    veneus: 'venous', veneuze: 'venous', capillair: 'capillary', capillaire: 'capillary', arterieel: 'arterial', arteriele: 'arterial',
    lab: 'place', laboratorium: 'place', poct: 'place',
  },
  de: {
    nuchtern: 'condition', 'nicht nuchtern': 'condition', serum: 'serum', plasma: 'serum', vollblut: 'blood', blut: 'blood',
    // (labs45fix) A German LIS's short form after the name (`Natrium Se`). `Se` alone is selenium: only after a name (a
    // phrase here never is the whole name). (`i.Serum`, `im Fluorid`: GERMAN_IN_SPECIMEN.)
    se: 'serum',
    venos: 'venous', venoses: 'venous', kapillar: 'capillary', kapillarblut: 'capillary', arteriell: 'arterial', labor: 'place', poct: 'place',
    berechnet: 'standard',
    // (mend1) When in the day (`Cortisol (morgens)`), as English `morning`.
    morgens: 'condition', abends: 'condition',
  },
  fr: {
    'a jeun': 'condition', 'non a jeun': 'condition', 'pas a jeun': 'condition', serum: 'serum', plasma: 'serum', 'sang total': 'blood', sang: 'blood',
    'dans le sang': 'blood', serique: 'serum', plasmatique: 'serum', sanguin: 'blood', sanguine: 'blood',
    veineux: 'venous', veineuse: 'venous', capillaire: 'capillary', arteriel: 'arterial', arterielle: 'arterial', laboratoire: 'place', labo: 'place',
    calcule: 'standard', calculee: 'standard',
  },
  es: {
    'en ayunas': 'condition', ayunas: 'condition', ayuno: 'condition', 'en ayuno': 'condition', 'no en ayunas': 'condition', 'sin ayuno': 'condition',
    // (review of set 17) `de ayuno` (`glucemia de ayuno`), as Brazil's `de jejum`.
    'de ayuno': 'condition', 'de ayunas': 'condition',
    suero: 'serum', plasma: 'serum', 'sangre total': 'blood', sangre: 'blood', 'en sangre': 'blood', 'en suero': 'serum', 'en plasma': 'serum',
    serico: 'serum', serica: 'serum', plasmatico: 'serum', plasmatica: 'serum', venosa: 'venous', venoso: 'venous', capilar: 'capillary',
    arterial: 'arterial', laboratorio: 'place',
    // (nameprefix) `calculado`, `calculada` (`Testosterona libre calculada`): how, as English `calculated` is.
    calculado: 'standard', calculada: 'standard',
  },
  pt: {
    'em jejum': 'condition', jejum: 'condition', 'sem jejum': 'condition', 'nao em jejum': 'condition', 'de jejum': 'condition', soro: 'serum', plasma: 'serum',
    'sangue total': 'blood', sangue: 'blood', 'no sangue': 'blood', 'no soro': 'serum', 'no plasma': 'serum', serico: 'serum', serica: 'serum',
    venoso: 'venous', venosa: 'venous', capilar: 'capillary', arterial: 'arterial', laboratorio: 'place',
    calculado: 'standard', calculada: 'standard',
  },
  it: {
    'a digiuno': 'condition', digiuno: 'condition', 'non a digiuno': 'condition', siero: 'serum', plasma: 'serum', 'sangue intero': 'blood',
    sangue: 'blood', 'nel sangue': 'blood', 'nel siero': 'serum', 'nel plasma': 'serum', sierico: 'serum', plasmatico: 'serum',
    venoso: 'venous', venosa: 'venous', capillare: 'capillary', arterioso: 'arterial', arteriosa: 'arterial', laboratorio: 'place',
    calcolato: 'standard', calcolata: 'standard',
  },
  // (fixc) Polish (`Glukoza na czczo`, `Cholesterol LDL wyliczany`: fasting; calculated) and Czech (`Glukóza nalačno`,
  // `LDL cholesterol vypočtený`).
  pl: {
    'na czczo': 'condition', 'nie na czczo': 'condition', 'po posilku': 'meal', surowica: 'serum', osocze: 'serum', 'krew pelna': 'blood',
    'krew zylna': 'venous', 'krew wlosniczkowa': 'capillary', wyliczany: 'standard', wyliczona: 'standard', wyliczone: 'standard',
    obliczany: 'standard', obliczona: 'standard', obliczone: 'standard',
  },
  // (fixnm) Romanian (`Colesterol seric total`, `Trigliceride serice`, `Fier seric`): of the serum, of the plasma.
  ro: { seric: 'serum', serica: 'serum', serice: 'serum', plasmatic: 'serum', plasmatica: 'serum', plasmatice: 'serum' },
  cs: {
    nalacno: 'condition', 'na lacno': 'condition', vypocteny: 'standard', vypoctena: 'standard', vypocet: 'standard',
  },
  // (b62) Vietnamese, folded (`Lipase máu`, `Glucose huyết thanh`, `Glucose lúc đói`): blood, serum, plasma, fasting.
  vi: {
    mau: 'blood', 'huyet thanh': 'serum', 'huyet tuong': 'serum', 'luc doi': 'condition', 'tinh mach': 'venous', 'mao mach': 'capillary',
  },
};
/**
 * (labs45fix review) The specimen words a German name prints after `i.`, `im` or `in` (`Vitamin B12 i.Serum`,
 * `Harnsäure i.Se`, `Glucose i.Pl`, `Natrium i.S.`, `Kalium im Vollblut`, `Glucose im Fluorid`: the sodium fluoride
 * tube's plasma): one rule for every such pair (sampleSaid), the short forms (`S`, `Pl`, `Fluorid`) only there.
 */
const GERMAN_IN_SPECIMEN: Record<string, SampleSays> = {
  serum: 'serum', se: 'serum', s: 'serum', plasma: 'serum', pl: 'serum', fluorid: 'serum', fluoridplasma: 'serum', naf: 'serum',
  vollblut: 'blood', blut: 'blood', vb: 'blood', edta: 'blood', 'edta blut': 'blood',
};
/**
 * (labs46fix) The time of day a sample was drawn at, as a German or Swiss report prints it after the name (`Cortisol 8
 * Uhr`, `Cortisol 08.00 Uhr`: the morning cortisol): a condition of the sample, as `basal` is, the analyte the same. A
 * clock's hour (0–24) with `Uhr` only — a duration (`Glucose 2h`, `Glucose 120 min`, `Cortisol 30 min`: a tolerance or
 * stimulation test's sample) is another result and no word here. Folded (`08.00 Uhr` → `08 00 uhr`).
 * (names) So is a clock's hour (1–12) with `AM` or `PM` (`Cortisol 8 AM`, `Cortisol 8 A.M.`: the morning cortisol, as
 * `Cortisol, AM` reads).
 */
/**
 * (fixc) An assay's generation after a name (`TSH III generacji`, `TSH 3rd generation`, `TSH 3. Generation`, `TSH de
 * tercera generación`), folded: how it was measured (its sensitivity), the analyte the same — a condition of the
 * assay, as the standard a result is aligned to is.
 */
const ASSAY_GENERATION = /^(?:(?:de |di |da )?(?:\d(?:st|nd|rd|th|a|e)?|i{1,3}|iv|first|second|third|fourth|trzeciej|czwartej|treti|ctvrte|tercera|cuarta|terza|quarta|terceira|troisieme|quatrieme|dritte|vierte) (?:generation|gen|generacji|generace|generacion|generazione|generacao))$/;
const CLOCK_TIME = /^(?:(?:[01]?\d|2[0-4])(?: [0-5]\d)? uhr|(?:0?[1-9]|1[0-2])(?: [0-5]\d)? (?:am|pm))$/;
/** SAMPLE_QUALIFIERS of all languages, by folded phrase. */
const SAMPLE_WORD_LIST = new Map(Object.values(SAMPLE_QUALIFIERS).flatMap((words) => Object.entries(words)));
/**
 * What a folded phrase says of the sample: a SAMPLE_QUALIFIERS phrase, `i`/`im`/`in` and a GERMAN_IN_SPECIMEN word, or
 * a clock time (CLOCK_TIME).
 */
function sampleSays(phrase: string): SampleSays | undefined {
  const inWord = /^(?:i|im|in) (.+)$/.exec(phrase);
  return SAMPLE_WORD_LIST.get(phrase) ?? (inWord && Object.hasOwn(GERMAN_IN_SPECIMEN, inWord[1]!) ? GERMAN_IN_SPECIMEN[inWord[1]!] : undefined)
    ?? (CLOCK_TIME.test(phrase) ? 'condition' : undefined) ?? (ASSAY_GENERATION.test(phrase) ? 'standard' : undefined);
}
/** The most words a phrase sampleSays reads has: a SAMPLE_QUALIFIERS phrase's, a preposition and a specimen's, a clock time's (3). */
const SAMPLE_PHRASE_WORDS = Math.max(
  ...[...SAMPLE_WORD_LIST.keys()].map((p) => p.split(' ').length),
  ...Object.keys(GERMAN_IN_SPECIMEN).map((w) => 1 + w.split(' ').length),
  3,
);

/**
 * A name without the SAMPLE_QUALIFIERS printed after it (`glucose niet nuchter, veneus (lab)` → `glucose`), as
 * printed (its own punctuation kept), with what they said; null when none ends it or nothing would be left. The
 * longest phrase first at each step (`whole blood`, not `blood`).
 */
function withoutSampleQualifiers(name: string): { rest: string; says: Set<SampleSays> } | null {
  const words = [...name.matchAll(/[\p{L}\p{N}]+/gu)];
  const says = new Set<SampleSays>();
  let end = words.length;
  outer: while (end > 1) {
    for (let k = Math.min(SAMPLE_PHRASE_WORDS, end - 1); k >= 1; k--) {
      const phrase = words.slice(end - k, end);
      const said = sampleSays(foldName(phrase.map((w) => w[0]).join(' '))) ?? sampleSays(foldName(withDottedLetters(name, phrase)));
      if (said) {
        says.add(said);
        end -= k;
        continue outer;
      }
    }
    break;
  }
  if (end === words.length) return null;
  const rest = name.slice(0, words[end]!.index).replace(/[\s,;:([/–-]+$/u, '');
  return /\p{L}/u.test(rest) ? { rest, says } : null;
}

/**
 * (names) A phrase's words as printed, letters that an abbreviation's points join written as one word (`A.M` → `AM`,
 * `p.p.` → `pp`): only single letters with one point and nothing else between them, so `A.M.` reads as `AM` does; a
 * phrase read apart first (`i.S.`, `in serum`, keeps its reading).
 */
function withDottedLetters(name: string, words: readonly RegExpMatchArray[]): string {
  return words.map((w, i) => {
    const next = words[i + 1];
    const joined = next && w[0].length === 1 && next[0].length === 1 && name.slice(w.index! + 1, next.index) === '.';
    return joined ? w[0] : `${w[0]} `;
  }).join('').trim();
}

/**
 * (fixnm) A name with one word of a blood specimen between its words (`Colesterol seric total`, `Calcio sierico
 * totale`: the Romance adjective before `total`), as printed without it, with what it said; null when none is there.
 * One word, a SAMPLE_QUALIFIERS word of serum or blood only, words either side with spaces alone between.
 */
function withoutInnerSpecimenWord(name: string): { rest: string; says: Set<SampleSays> } | null {
  const words = [...name.matchAll(/[\p{L}\p{N}]+/gu)];
  for (let i = 1; i < words.length - 1; i++) {
    const said = SAMPLE_WORD_LIST.get(foldName(words[i]![0]));
    if (said !== 'serum' && said !== 'blood') continue;
    const at = words[i]!.index!;
    const [before, after] = [words[i - 1]!, words[i + 1]!];
    // Spaces alone about it, the word before it no specimen's (`SERUM/PLASMA Creatinine`: a heading's words).
    if (!/^\s+$/.test(name.slice(before.index! + before[0].length, at)) || !/^\s+$/.test(name.slice(at + words[i]![0].length, after.index!))
      || SAMPLE_WORD_LIST.has(foldName(before[0]))) return null;
    return { rest: `${name.slice(0, at).trimEnd()} ${name.slice(at + words[i]![0].length).trimStart()}`.trim(), says: new Set([said]) };
  }
  return null;
}

/** What a parenthesis says when it holds SAMPLE_QUALIFIERS only (`(venous)`, `(sang veineux)`); null otherwise. */
function sampleQualifiersOnly(text: string): Set<SampleSays> | null {
  const whole = withoutSampleQualifiers(`x ${text}`);
  return whole && whole.rest === 'x' ? whole.says : null;
}

/**
 * What blood's cells are or hold, and the cells counted (`hemoglobin`, `hematocrit`, the red cells' indices, the
 * counts and the differential, HbA1c): measured in whole blood. Named with serum or plasma (`Hb, plasma`,
 * `Haemoglobin (plasma)`) it is another test — a plasma free haemoglobin, in mg/dL — which the catalog has not.
 */
const IN_BLOOD_CELLS = /^(?:hemoglobin(?:-a1c)?|hematocrit|red-blood-cell-count|white-blood-cell-count|platelet-count|plateletcrit|platelet-distribution-width|mean-corpuscular-.+|mean-platelet-volume|red-cell-distribution-width|(?:neutrophils|lymphocytes|monocytes|eosinophils|basophils|immature-granulocytes|band-form-neutrophils)(?:-absolute)?)$/;
/**
 * An analyte the red cells hold far more of than serum (folate; zinc, copper and selenium, cat7 review): measured in
 * whole blood it is the red cells' content too (`Folate, whole blood`, the red-cell folate; `Zinc, Whole Blood` runs
 * several times the serum's), another test than the serum's the catalog has. (cat8) Vitamin B6 too: the catalog's is the
 * plasma's pyridoxal 5'-phosphate; a whole-blood B6 (`Vitamin B6, Whole Blood`) holds the red cells' and runs higher.
 */
const HELD_BY_RED_CELLS = /^(?:folate|zinc|copper|selenium|vitamin-b6|magnesium)$/;
/**
 * (cat8 review) Words that name another form of an entry's analyte — another compound of its family, or its sum with
 * other forms — by the entry's key, folded (normalizeName): a name read by a rule (a bracket, a comma's qualifier, words
 * dropped) that prints one is that other analyte, unknown, as a specimen's word in brackets makes another test
 * (`Vitamin E (Gamma-Tocopherol)`, `Gamma Tocopherol (Vitamin E)`, `Vitamin A (Beta Carotene)`, `Vitamin B6
 * (4-Pyridoxic Acid)`, `DHEA (7-Keto)`, `Estriol, Total`). The entry's own forms are none of them (`Vitamin E (Alpha
 * Tocopherol)`, `Vitamin A (Retinol)`, `Vitamin B6 (Pyridoxine)`, `Estriol, Unconjugated`).
 *   vitamin-e   (1823-4, alpha tocopherol): the beta, gamma, delta tocopherols and the tocotrienols
 *   vitamin-a   (2923-1, retinol): the carotenes and carotenoids, the retinyl esters (retinyl palmitate), retinoic acid
 *   vitamin-b6  (62236-5, pyridoxal 5'-phosphate): 4-pyridoxic acid, pyridoxamine
 *   dhea        (2193-1, unconjugated DHEA): 7-keto- and 7-hydroxy-DHEA
 *   estriol     (2250-9, unconjugated estriol): the total estriol, the conjugated
 */
const OTHER_FORMS: Record<string, RegExp> = {
  'vitamin-e': /\b(?:(?:beta|gamma|delta|b|g|d|β|γ|δ) ?tocopherols?|tocotrienols?)\b/,
  'vitamin-a': /\b(?:carotenes?|carotenoids?|retinyl|retinoic)\b/,
  'vitamin-b6': /\b(?:pyridoxic|pyridoxamine)\b/,
  dhea: /\b(?:7 ?(?:keto|oxo|hydroxy|oh)|keto|oxo)\b/,
  estriol: /\b(?:total|conjugated)\b/,
};
/** Whether a folded name prints a word of another form of the entry's analyte (OTHER_FORMS). */
function namesOtherForm(entry: CatalogEntry, printed: string): boolean {
  return ownEntry(OTHER_FORMS, entry.key)?.test(printed) ?? false;
}
/**
 * (nordicnames) Words of a name (normalizeName's English: `Erythrozyten`, `eritrocitos` are `erythrocytes`) that say the
 * red cells were what was measured in: `RBC`, `red (blood) cell(s)`, `erythrocyte(s)` and the adjectives
 * (`érythrocytaire`, `eritrocitario`, `intraerythrocytic`).
 */
const RED_CELL_WORDS = /\b(?:rbcs?|red (?:blood )?cells?|(?:intra ?)?(?:erythrocyt|eritrocit|erythrozyt)\w*)\b/;
/**
 * (cat8 review) Names no entry holds because they name an analyte measured two ways, with the entries each may be
 * (decidedByUnit): the printed unit decides. A bare `Renin` is the plasma renin activity (2915-7, angiotensin I made
 * per hour: `ng/mL/h`) or the direct renin concentration (35570-1, `pg/mL`, an assay's `mIU/L`); `PRA` says the
 * activity, though alone it is a transplant's panel-reactive antibodies too (in `%`: no renin's unit, unknown).
 */
const UNIT_DECIDES: Record<string, readonly string[]> = { renin: ['renin-activity', 'renin-direct'], pra: ['renin-activity'] };
/** (shortcodes) The units (UCUM) laboratories report a serum bilirubin in. */
const BILIRUBIN_UNITS = ['mg/dL', 'mg/L', 'umol/L'];
/**
 * (shortcodes) Short codes laboratories print for tests the catalog holds under longer names, which say the test only
 * printed with a number and one of the units that test is reported in (codeByUnit; review 11: a unit that merely
 * converts read `TB  45.2  pg/mL` — an interferon-γ release — as bilirubin, and `P4  3.2  mg/dL` — a phosphate — as
 * progesterone; no unit, or a `MoM`, read estriol from a quad screen's `E3  0.95  MoM` and from a plate's labels):
 * - `TB`, `DB`, `IB`: total, direct and indirect bilirubin as Asian and Latin American chemistry panels print them
 *   (`TB  1.2  mg/dL`, `µmol/L`) — `TB` is a tuberculosis test elsewhere, `IB` an inhibin B in pg/mL;
 * - `E1`, `E3`, `P4`: estrone, estriol and progesterone on a hormone clinic's panels, as `E2` is estradiol — serum's
 *   units only (a saliva panel's pg/mL of estriol and progesterone is none of them).
 * - `TC`: by its unit alone, as South Asian haemograms and lipid panels print it — a count per µL or in thousands per
 *   µL or 10⁹ per litre is the total leukocyte count (`TC  9100  cells/cumm`), a mass per decilitre the total
 *   cholesterol (`TC  195  mg/dL`). In mmol/L it stays unknown (a total cholesterol or a total CO2), and a body fluid's
 *   cell count is never read (codeByUnit's caller reads no code in a fluid or a urine, and `TC` is read only with a
 *   printed range on a blood's scale: an upper bound of 1,000 cells per µL or more, of 100 mg/dL or more). General-
 *   reader's review had kept every `TC` unknown for those; the units and the range part them.
 * - `TT`, `FT`: a TRT clinic's total and free testosterone, only with a range on testosterone's scale.
 * Not the differential's two-letter codes without their `%` or `#` (b62).
 */
const SHORT_CODES: Readonly<Record<string, readonly { key: string; units: readonly string[]; rangeUpTo?: Readonly<Record<string, number>> }[]>> = {
  tb: [{ key: 'total-bilirubin', units: BILIRUBIN_UNITS }], db: [{ key: 'direct-bilirubin', units: BILIRUBIN_UNITS }],
  ib: [{ key: 'indirect-bilirubin', units: BILIRUBIN_UNITS }],
  e1: [{ key: 'estrone', units: ['pg/mL', 'pmol/L', 'ng/L'] }], e3: [{ key: 'estriol', units: ['ng/mL', 'nmol/L', 'ug/L'] }],
  p4: [{ key: 'progesterone', units: ['ng/mL', 'nmol/L', 'ug/L'] }],
  // (set 26) A TRT clinic's `TT` and `FT` (total and free testosterone: `TT 612 ng/dL (264-916); FT 14.8 ng/dL
  // (8.7-25.1)`), only with a range on testosterone's scale — a thrombin time (`TT`) is in seconds, a free T4 (`FT`)
  // in ng/dL has an upper bound near 2, a free T3 in pg/mL near 4.
  tt: [{ key: 'testosterone', units: ['ng/dL', 'nmol/L', 'ng/mL'], rangeUpTo: { 'ng/dL': 100, 'nmol/L': 10, 'ng/mL': 3 } }],
  // (review 40r) A free T4 in pg/mL runs to about 20 (`FT  12.6  pg/mL  9.3-20.0`) and in ng/dL to 2 or so; a man's free
  // testosterone to 100 pg/mL and more, 20 ng/dL and more.
  ft: [{ key: 'testosterone-free', units: ['ng/dL', 'pg/mL', 'pmol/L'], rangeUpTo: { 'ng/dL': 10, 'pg/mL': 40, 'pmol/L': 100 } }],
  tc: [
    // Only with a printed range reaching a blood's counts (its upper bound 1,000 per µL or more): a body fluid's count
    // has a range of a few cells or none (`TC  3  cells/cumm  0 - 5`, a pleural fluid's `TC  1850  cells/cumm`).
    { key: 'white-blood-cell-count', units: ['/uL', '10*3/uL', '10*9/L'], rangeUpTo: { '/uL': 1000, '10*3/uL': 1, '10*9/L': 1 } },
    // And a lipid panel's range (`125-200`, `<200`): a fluid's cholesterol is printed with none.
    { key: 'total-cholesterol', units: ['mg/dL'], rangeUpTo: { 'mg/dL': 100 } },
  ],
};
/**
 * (cobas) Roche cobas c application codes, as the analyser sends them (ASTM result records' test ids, HL7 OBX-3 codes
 * with no text) and laboratory systems print them (`ALTL  30  U/L`, `CREJ2  80  µmol/L`): the reagent's code, often
 * with its generation's digit or the method's letter — `L` liquid, `J` Jaffé, `P` enzymatic, `I`/`D` indirect and
 * direct ion-selective electrodes. The codes as public cobas interfaces list them (a cobas c 311 serial driver's
 * application table; OpenELIS's cobas c 111 plugin). Read by codeByUnit only: as printed, in capitals, the whole name,
 * with a number in a unit the test converts from, outside a urine — never through matchName, so a code beside a text
 * (`CRPL3^hs-CRP`, `CRPL3 - hs-CRP`) keeps the text's reading (review 11: the codes had read `CRPL3^hs-CRP^L` as a
 * disagreement and lost the row). Left out (review 11): `CK2` (the MB isoenzyme in an isoenzyme table), `ALP2…` (an
 * isoenzyme), the glucose codes (`GLU2`, `GLUC2`: a tolerance test's second hour; `GLUC`: a glucagon), a urine's
 * (`NA-U`, `CRE2U`, `TPU3`, `ALBU2`) and codes whose test the catalog lacks (`UIBC`, `NH3L`, `IGA`, `C3C-2`).
 */
const COBAS_CODES: Readonly<Record<string, string>> = (() => {
  const each = (codes: string, name: string) => Object.fromEntries(codes.split(' ').map((c) => [c, name]));
  return {
    ...each('ALTL ALTLP', 'ALT'), ...each('ASTL ASTLP', 'AST'), ...each('GGT2 GGTI2', 'GGT'), ...each('BILT BILT2 BILT3', 'Total Bilirubin'),
    ...each('BILD BILD2', 'Direct Bilirubin'), ...each('ALB2', 'Albumin'), ...each('TP2', 'Total Protein'), ...each('CREJ CREJ2 CREP2', 'Creatinine'),
    ...each('UREL UREAL', 'Urea'), ...each('UA2', 'Uric Acid'), ...each('CA2', 'Calcium'), ...each('PHOS PHOS2', 'Phosphorus'),
    ...each('MG2 MG-2', 'Magnesium'), ...each('IRON IRON2', 'Iron'), ...each('TRSF TRSF2', 'Transferrin'), ...each('TRIGL', 'Triglycerides'),
    ...each('CHOL2', 'Total Cholesterol'), ...each('HDLC HDLC3 HDLC4', 'HDL Cholesterol'), ...each('LDLC LDLC3', 'LDL Cholesterol'),
    ...each('CRPL CRPL2 CRPL3 CRP4', 'CRP'), ...each('CRPHS', 'hs-CRP'), ...each('LIPC', 'Lipase'), ...each('AMYL AMYL2', 'Amylase'),
    ...each('LDHI LDHI2 LDHL', 'LDH'), ...each('CKL', 'CK'), ...each('CKMBL', 'CK-MB'), ...each('LACT LACT2', 'Lactate'),
    ...each('NA-I NA-D', 'Sodium'), ...each('K-I K-D', 'Potassium'), ...each('CL-I CL-D', 'Chloride'), ...each('CO2-L', 'CO2'),
    ...each('CYSC CYSC2', 'Cystatin C'), ...each('LPA2', 'Lipoprotein (a)'), ...each('APOAT', 'Apolipoprotein A1'), ...each('APOBT', 'Apolipoprotein B'),
    ...each('PREA', 'Prealbumin'), ...each('ASLOT', 'ASO'), ...each('A-TPO', 'Anti-TPO'), ...each('A-TG', 'Anti-Tg'),
  };
})();
/** (cat8 review) A folded name of red cells' words (RED_CELL_WORDS) and another name: before it (1), or after it, `in` between or not (2). */
const RED_CELLS_AROUND = new RegExp(`^(?:${RED_CELL_WORDS.source} (\\S.*)|(\\S.*?) (?:in )?${RED_CELL_WORDS.source})$`);
/** Whether an entry is what the red cells are or hold as a blood count reads it, or is named by red cells' words itself (ESR). */
function ofRedCells(entry: CatalogEntry): boolean {
  return IN_BLOOD_CELLS.test(entry.key) || anyNameOf(entry, (a) => RED_CELL_WORDS.test(a));
}
/**
 * (keysfix) A name's one bracket with words on both sides (`Thyroid Peroxidase (TPO) Ab`): [before, inside, after],
 * trimmed; null for no bracket, more than one, or a side without a letter. Split by index, no expression's backtracking.
 */
function innerBracket(name: string): [string, string, string] | null {
  const open = name.indexOf('(');
  const close = name.indexOf(')');
  if (open < 0 || close < open || name.indexOf('(', open + 1) >= 0 || name.indexOf(')', close + 1) >= 0) return null;
  const parts: [string, string, string] = [name.slice(0, open).trim(), name.slice(open + 1, close).trim(), name.slice(close + 1).trim()];
  return parts.every((p) => /\p{L}/u.test(p)) ? parts : null;
}
/**
 * (keysfix) Whether words before a bracket of red cells' words name the red cells themselves, as the entry the bracket
 * reads does: the catalog reads them as what the red cells are (`Hematii`), they hold red cells' words
 * (`Eritrocite`), the bracket abbreviates them (`Red Blood Corpuscles (RBC)`) or they share a word with the entry's names.
 */
function namesRedCells(outside: string, bracket: string, entry: CatalogEntry): boolean {
  return RED_CELL_WORDS.test(normalizeName(outside)) || abbreviationOf(outside, bracket) || sharesWord(outside, entry);
}
/**
 * (nordicnames review) Whether any of an entry's names (its key with spaces, its display, its aliases), normalized
 * (normalizeName), passes a test: the one reading of an entry's names (ofRedCells; coding.ts isNameOf, namesPartOf).
 */
export function anyNameOf(entry: CatalogEntry, test: (normalized: string) => boolean): boolean {
  return [entry.key.replace(/-/g, ' '), entry.display, ...entry.aliases].some((a) => test(normalizeName(a)));
}
/**
 * (loincnames) The serum proteins' fractions and their sum (globulin, computed from serum total protein and albumin;
 * the electrophoresis fractions): no whole blood's analyte, so a blood's prefix before one names something else
 * (`B-Globulin`, LOINC's short name of the beta globulin, is no total globulin).
 */
const SERUM_PROTEIN_FRACTIONS = /^(?:globulin-total|albumin-globulin-ratio|alpha-1-globulin|alpha-2-globulin|beta-globulin|gamma-globulin)$/;

/**
 * Whether an entry can be the analyte of a sample so described: a blood sample is no urine's, stool's or saliva's
 * analyte, a venous or capillary one no analyte the catalog knows as arterial (`pH`, its arterial pH), and what the
 * blood's cells are or hold is no serum's or plasma's analyte, nor an analyte the red cells hold whole blood's
 * (`fitsCells`).
 */
function fitsSample(entry: CatalogEntry, says: Set<SampleSays>): boolean {
  if (says.has('meal') && !MEAL_TESTS.has(entry.key)) return false;
  const blood = says.has('serum') || says.has('blood') || says.has('venous') || says.has('capillary') || says.has('arterial');
  if (blood && ofOtherSpecimen(entry)) return false;
  if ((says.has('venous') || says.has('capillary')) && [entry.key, entry.display, ...entry.aliases].some((a) => /arterial/i.test(a))) return false;
  return fitsCells(entry, says);
}

/** (set 28) The session a dialysis unit's timing names (`dialysis`, `HD`), after `pre` or `post`: group 1. */
const SESSION_WORD = String.raw`[- ]?(dialysis|hd|treatment|tx)`;
/** (set 28) A dialysis session's timing before a name (`Pre BUN`, `Pre-dialysis urea`): group 1 the session's word, if printed. */
const PRE_TREATMENT_BEFORE = new RegExp(String.raw`^pre(?:${SESSION_WORD})?\s+(\S.*)$`, 'i');
/** (set 28) Or after it (`Urea (pre)`, `BUN pre-dialysis`, `Potassium, pre HD`). */
const PRE_TREATMENT_AFTER = new RegExp(String.raw`^(\S.*?)\s*[,(]?\s*pre(?:${SESSION_WORD})?\)?$`, 'i');
/** (set 28) After the treatment, before or after the name (`Post BUN`, `Urea (post)`, `Post-dialysis urea`). */
const POST_TREATMENT = new RegExp(String.raw`(?:^post(?:${SESSION_WORD})?\s|[\s,(]post(?:${SESSION_WORD})?\)?$)`, 'i');
/** (set 28) The tests a dialysis unit draws before and after a session, which `Pre` alone may time. */
const PRE_TESTS = new Set(['blood-urea-nitrogen', 'urea', 'creatinine', 'potassium', 'sodium', 'carbon-dioxide', 'phosphorus', 'calcium', 'hemoglobin']);
/** (cat7) The tests a meal moves, the only ones a sample's `PP` (post-prandial) can follow (the urine's sugar and ketones too: `Urine Glucose (PP)`). */
const MEAL_TESTS = new Set(['glucose', 'insulin', 'c-peptide', 'triglycerides', 'glucose-in-urine', 'glucose-urine-mass', 'ketones-in-urine', 'ketones-urine-mass']);

/** What a Nordic specimen prefix says of the sample, by its letters without the `f`/`c`/`a`/`v` before them. */
const PREFIX_SAMPLE: Record<string, SampleSays> = { B: 'blood', S: 'serum', P: 'serum', PS: 'serum', SP: 'serum' };
/** The catalog's measures of one kind of blood cell, by the prefix that names that cell (`Ery-MCV`, `Trc-MPV`). */
const RED_CELL_MEASURES = /^(?:red-blood-cell-count|mean-corpuscular-.+|red-cell-distribution-width)$/;
const PREFIX_CELLS: Record<string, RegExp> = {
  Ery: RED_CELL_MEASURES,
  Erc: RED_CELL_MEASURES,
  Lkc: /^(?:white-blood-cell-count|(?:neutrophils|lymphocytes|monocytes|eosinophils|basophils|immature-granulocytes|band-form-neutrophils)(?:-absolute)?)$/,
  Trc: /^(?:platelet-count|plateletcrit|platelet-distribution-width|mean-platelet-volume)$/,
};

/**
 * Whether an entry can be what a Nordic prefix says was measured: a cell's prefix only its cell's measures; a sample's
 * only an analyte of that sample (`fitsSample`); `Pt-` (the patient) any.
 */
function prefixFits(prefix: string, entry: CatalogEntry): boolean {
  const cells = PREFIX_CELLS[`${prefix[0]!.toUpperCase()}${prefix.slice(1).toLowerCase()}`];
  if (cells) return cells.test(entry.key);
  // (labs34fix review) The letter before a blood's prefix says which blood: `vB-` venous, `cB-` capillary — never an
  // analyte the catalog knows only as arterial (`vB-pH` is no arterial pH; `aB-pH` is).
  if (/^[vc](?=[A-Z])/.test(prefix) && /arterial/.test(entry.key)) return false;
  const sample = PREFIX_SAMPLE[prefix.replace(/^[fcav](?=[A-Z])/, '')];
  // (loincnames review) A blood's prefix before a serum protein fraction names another (`B-Globulin`, the beta
  // globulin); `Globulin, Blood` (a sample's word after the name) stays the globulin (SERUM_PROTEIN_FRACTIONS).
  if (sample === 'blood' && SERUM_PROTEIN_FRACTIONS.test(entry.key)) return false;
  return sample ? fitsSample(entry, new Set([sample])) : true;
}

/** `fitsSample`'s rule of blood's cells: none of IN_BLOOD_CELLS in serum or plasma, none of HELD_BY_RED_CELLS in whole blood. */
function fitsCells(entry: CatalogEntry, says: Set<SampleSays>): boolean {
  return !(says.has('serum') && IN_BLOOD_CELLS.test(entry.key)) && !(says.has('blood') && HELD_BY_RED_CELLS.test(entry.key));
}

/**
 * What SAMPLE_QUALIFIERS a name prints anywhere among its words (`Plasma Hb`, `Hb, plasma`, `Haemoglobin (plasma)`),
 * for `fitsCells`: the comma, parenthesis and leading-word rules drop `plasma` before the sample rule sees it.
 */
function sampleWordsIn(name: string): Set<SampleSays> {
  const words = foldName(name).split(' ').filter(Boolean);
  const says = new Set<SampleSays>();
  for (let i = 0; i < words.length; i++) {
    for (let k = 1; k <= SAMPLE_PHRASE_WORDS && i + k <= words.length; k++) {
      const said = sampleSays(words.slice(i, i + k).join(' '));
      if (said) says.add(said);
    }
  }
  return says;
}

/** A specimen other than blood (NON_BLOOD_SPECIMEN_WORDS) in a name's brackets. */
const OTHER_SPECIMEN_IN_BRACKETS = new RegExp(String.raw`[([][^)\]]*\b(?:${NON_BLOOD_SPECIMEN_WORDS})\b[^)\]]*[)\]]`, 'iu');
function bracketedSpecimen(name: string): boolean {
  return /[([]/.test(name) && OTHER_SPECIMEN_IN_BRACKETS.test(withoutMarks(name));
}
/** Whether an entry is an analyte of a specimen other than blood (`glucose-urine`, `microalbumin`, fecal, salivary, CSF). */
function ofOtherSpecimen(entry: CatalogEntry): boolean {
  return /urine|urinary|urobilinogen|microalbumin|fecal|faecal|stool|saliva|csf|cerebrospinal|pleural|ascit|peritoneal|synovial|fluid|semen|sperm|sputum/i.test(`${entry.key} ${entry.display}`);
}

/** `per 1.73 square metres`, `/1.73 m²`: the body surface a clearance is given per, printed in its name. */
export const BODY_SURFACE = /(?:\bper\s+|\/\s*)1[.,]73\s*(?:square\s+met(?:re|er)s?|sq\.?\s*m|m2|m²|m\^2)(?![\p{L}\d])/giu;

/**
 * What after `using` in a name changes what was measured (everything else there is a method, a dye, an equation, a
 * blood specimen: dropped): another analyte or index a result is computed from or with (`eGFR using cystatin C`,
 * `Testosterone using free androgen index`, `Calcium using albumin`), another specimen than blood (`Glucose using
 * CSF`; urine is read as urine's test), and an ion-selective electrode for calcium or magnesium (their ionised form).
 */
const USING_ANOTHER = /\b(?:cystatin|androgen|index|ratio|ioni[sz]ed|free|corrected|adjusted|albumin|csf|cerebrospinal|fluid|stool|f(?:a|o)?ec\w*|sweat|saliva|semen|sputum)\b/i;
const USING_ELECTRODE = /\b(?:ion[- ]?selective|ise)\b/i;

/**
 * Words in a GFR's name (normalized: lower case, no accents) that say it is not the creatinine-based estimate: measured
 * (in five languages), a clearance, the filtration marker or tracer cleared (iohexol, iothalamate, inulin, EDTA, DTPA,
 * chromium-51, technetium-99m), or cystatin C as what the estimate is computed from (LOINC codes those apart).
 */
const NOT_CREATININE_ESTIMATE = /\b(?:measured|mgfr|gemessen|mesuree?|medid[oa]|misurat[oa]|clearance|clairance|aclaramiento|klarens|iohexol|ioheksol|iothalamate|iotalamat\w*|inulin\w*|edta|dtpa|51\s*cr|cr\s*51|99m?\s*tc|tc\s*99m?|cystatin\w*|cys)\b/;

/** An estimating equation printed after a name (`CKD-EPI 2021`, `(MDRD)`, `by Cockcroft-Gault`), with its year. */
const EQUATION = /[\s,]+(?:(?:by|nach|n\.?|wg\.?|według|wedlug|dle|podle|selon|seg[uú]n|por|pela|secondo|volgens)\s+)?\(?(?:ckd[- ]?epi|mdrd|cockcroft[- ]gault|schwartz)(?:\s+(?:19|20)\d{2})?(?:\s+equation)?\)?$/i;

/**
 * The component of a LOINC long common name, or null when the name is not one: `Basophils [#/volume] in Blood` →
 * `Basophils` (the unit then says absolute or percentage), `Neutrophils/100 leukocytes in Blood` → `Neutrophils`,
 * `Glucose [Presence] in Urine by Test strip` → `Glucose in Urine` (urine stays: it changes the analyte).
 */
export function loincComponent(name: string): string | null {
  if (!/\[[^\][]+\]|\/100\s+leukocytes|\s(?:in|of)\s+(?:blood|serum or plasma|serum|plasma|platelet poor plasma)\b/i.test(name)) return null;
  const c = name
    // (loincnames) `Carbon dioxide [Partial pressure] in Blood`: the property makes the gas's pressure another test
    // than the gas's content (the pCO2, not the total CO2).
    .replace(/\[partial pressure\]/gi, ' partial pressure')
    // (loincnames review) Linear on any line: a bracket's inside holds no `[` (each `[` tried once, not run on to the
    // end from each), and a run of spaces is tried from its first space only (`(?<!\s)`), the spaces left collapsed below.
    .replace(/\[[^\][]*\]/g, '')
    .replace(/(?<!\s)\s+by\s+.+$/i, '')
    .replace(/\/100\s+leukocytes/i, '')
    .replace(/(?<!\s)\s+(?:in|of)\s+(?:capillary |venous |arterial )?(?:blood|serum or plasma|serum|plasma|platelet poor plasma)\b/i, '')
    // `Cholesterol in LDL`, `Cholesterol in HDL`: LOINC's component for the lipoprotein's cholesterol.
    .replace(/^cholesterol\s+in\s+(v?[lh]dl)$/i, '$1 Cholesterol')
    .replace(/\s+/g, ' ').trim();
  return c && c !== name ? c : null;
}

/** (loincnames) Where a name's spaces fall, counted in its letters without spaces (`nt pro bnp`: 2, 5). */
function spaceOffsets(name: string): Set<number> {
  const at = new Set<number>();
  let letters = 0;
  for (const ch of name) {
    if (ch === ' ') at.add(letters);
    else letters++;
  }
  return at;
}

/**
 * (loincnames review) Whether a printed name's spaces (`spaceOffsets`) split the catalog's name `known` as a PDF's stray
 * spaces do: every printed word that begins inside one of the known name's words ends within it (`TotalBili rubin`,
 * `HDLChol esterol`: a word's tail alone, the space between words dropped). `Bilirub Indirect` is no such split of
 * `Bilirubin Direct`: its `indirect` begins inside `bilirubin` and runs on past it — another word.
 */
function splitsWithin(known: string, printedSpaces: Set<number>): boolean {
  const knownWords: Array<[number, number]> = [];
  let from = 0;
  for (const w of known.split(' ')) {
    knownWords.push([from, from + w.length]);
    from += w.length;
  }
  const starts = [0, ...[...printedSpaces].sort((a, b) => a - b)];
  return starts.every((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : from;
    const inside = knownWords.find(([a, b]) => start > a && start < b);
    return !inside || end <= inside[1];
  });
}

/**
 * (loincnames) LOINC short names' systems: of blood (left out of the name read, the sample they say kept for
 * `fitsSample`), of the red cells and of platelet-poor plasma (their own tests: only the red cells' indices and the
 * clotting tests), and of other specimens (kept as a word).
 */
const LOINC_BLOOD_SYSTEMS: Record<string, LoincSystem> = {
  serpl: 'serum', ser: 'serum', plas: 'serum', serplbld: 'serum', bld: 'blood', blda: 'arterial', bldv: 'venous', bldc: 'capillary',
  rbc: 'red cells', ppp: 'platelet-poor plasma',
};
const LOINC_OTHER_SYSTEMS: Record<string, string> = { ur: 'Urine', urns: 'Urine', csf: 'CSF', stl: 'Stool', fld: 'Fluid' };
/** What a LOINC short name's system says of the sample: a blood's (`SampleSays`), the red cells', platelet-poor plasma's, another specimen's. */
type LoincSystem = 'serum' | 'blood' | 'arterial' | 'venous' | 'capillary' | 'red cells' | 'platelet-poor plasma' | 'other';
/** LOINC short names' property, scale and method words: `#`, `NFr` (a differential's share), `Qn`, `Auto`, `Strip` … */
const LOINC_SHORT_QUALIFIERS = new Set(['#', 'nfr', 'vfr', 'mfr', 'sfr', 'qn', 'ql', 'auto', 'manual', 'strip', 'calc', 'time', 'westrgrn', 'imped', 'elph']);
/** LOINC short names' fraction properties: a share of a whole (`Neutrophils NFr`, `Hct VFr`, `Hgb A1c MFr`), no amount. */
const LOINC_FRACTIONS = new Set(['nfr', 'vfr', 'mfr', 'sfr']);
/**
 * (loincnames review) The words a LOINC short name may have after its system: scale, method and property words
 * (`Auto`, `Strip`, `Elph`, `HS`, `C-G`, …; LOINC's method abbreviations), a property after a hyphen, a GFR equation's year. A number or any other word there is no part of
 * the name (`Creat SerPl-mCnc 0.9`: the name and its value).
 */
const LOINC_AFTER_SYSTEM = new Set([...LOINC_SHORT_QUALIFIERS, 'hs', 'ia', 'eia', 'ria', 'cia', 'if', 'ifa', 'hplc', 'est', 'micro', 'hpf',
  'lpf', 'scn', 'cfm', 'smear', 'coag', 'ord', 'nom', 'sq', 'la', 'aggl', 'ib', 'fc', 'ise', 'neph', 'turb', 'refrac', 'pcr', 'probe',
  'naa+probe', 'gc/ms', 'lc/ms/ms', 'mdrd', 'c-g', 'ckd-epi', 'ghb', 'mcnc', 'scnc', 'acnc']);
/** (loincnames review) A GFR equation's words in a LOINC short name, which a year may follow (`CKD-EPI 2021-ArVRat`). */
const LOINC_EQUATION_WORDS = /^(?:mdrd|ckd-epi|c-g)$/;
/** A LOINC short name's property after a hyphen (`mCnc`, `sCnc`, `Rto`, `ArVRat`, `vRate`, `Titr`). */
const LOINC_PROPERTY = /^[a-z]{0,2}(?:cnc|rto|rate|ratio|arvrat|imp|titr)$/i;
/** LOINC short names' abbreviations of the common analytes' words: the words the catalog's names use. */
const LOINC_SHORT_WORDS: Record<string, string> = {
  prot: 'Protein', creat: 'Creatinine', bilirub: 'Bilirubin', trigl: 'Triglycerides', cholest: 'Cholesterol', hdlc: 'HDL Cholesterol',
  ldlc: 'LDL Cholesterol', vldlc: 'VLDL Cholesterol', nonhdlc: 'Non HDL Cholesterol', testost: 'Testosterone', progest: 'Progesterone',
  cortis: 'Cortisol', glob: 'Globulin', prealb: 'Prealbumin', neuts: 'Neutrophils', eosinophil: 'Eosinophils', satn: 'Saturation',
};

/** (loincnames review) A LOINC short name read: its analyte in the catalog's words, its system, whether its property is a fraction. */
interface LoincShort {
  analyte: string;
  system: LoincSystem;
  fraction: boolean;
}

/**
 * (loincnames review) Whether the words after a LOINC short name's system are all scale, method or property words
 * (LOINC_AFTER_SYSTEM, a hyphened property), a detection limit with its unit (`DL<=0.05 mIU/L-aCnc`), a GFR
 * equation's year (`CKD-EPI 2021-ArVRat`).
 */
function loincTailFits(tail: readonly string[]): boolean {
  return tail.every((t, i) => {
    const hyphen = t.lastIndexOf('-');
    const word = (hyphen > 0 && LOINC_PROPERTY.test(t.slice(hyphen + 1)) ? t.slice(0, hyphen) : t).toLowerCase();
    return word === '' || LOINC_AFTER_SYSTEM.has(word) || /^dl[<>]=?\d+(?:\.\d+)?$/.test(word)
      || (i > 0 && /^dl[<>]/i.test(tail[i - 1]!) && /^[a-z]+\/[a-z]+$/.test(word))
      || (i > 0 && LOINC_EQUATION_WORDS.test(tail[i - 1]!.toLowerCase()) && /^(?:19|20)\d\d$/.test(word));
  });
}

/** (fixr77b) A LOINC short name's time after a challenge (`1h`, `2h`, `30M`, `1.5h`): before its `p` (post). */
const LOINC_CHALLENGE_TIME = /^\d+(?:\.\d+)?(?:h|hr|m|min|d)$/i;

/**
 * (fixr77b) A LOINC short name's words before its system without the challenge after the analyte — `p` (post), perhaps
 * after a time, and what was given or done (`Glucose 1h p 50 g Glc PO`, `Glucose p fast`, `Cortisol 30M p ACTH`): the
 * analyte's words alone (`Glucose`, `Cortisol`). The sample was taken then; what was measured is the analyte (the
 * corpus keys a tolerance test's timed glucoses as glucose). A `p` with nothing after it, or first, is left.
 */
function withoutLoincChallenge(words: readonly string[]): readonly string[] {
  const post = words.findIndex((w, i) => i > 0 && w === 'p' && i < words.length - 1);
  if (post < 0) return words;
  const cut = post > 1 && LOINC_CHALLENGE_TIME.test(words[post - 1]!) ? post - 1 : post;
  return words.slice(0, cut);
}

/**
 * (loincnames) The analyte a LOINC short name names — words, then a system (`SerPl`, `Bld`, `Ur` …) with the property
 * after a hyphen (`Creat SerPl-mCnc`) or the scale and method words (`WBC # Bld Auto`, `Neutrophils NFr Bld`) — in
 * the catalog's words, with what its system says and whether its property is a fraction. `''` for a ratio or fraction
 * of one analyte's parts (`CK MB SerPl-Rto`, `CK MB CFr SerPl`: the CK-MB's share, no CK-MB), undefined when the name
 * is no LOINC short name (no system after its first word, neither a hyphened property nor a scale word, or a word
 * after the system that is no scale or method word: `Creat SerPl-mCnc 0.9`, a name with its value).
 */
function readLoincShortName(name: string): LoincShort | '' | undefined {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 8) return undefined;
  // A finding read on a smear (`Platelet Bld Ql Smear`: the platelets' adequacy) is no count of the cell it names.
  if (tokens.some((t) => /^smear$/i.test(t))) return '';
  const systemOf = (t: string) => t.split('-')[0]!.toLowerCase();
  const at = tokens.findIndex((t, i) => i > 0 && (systemOf(t) in LOINC_BLOOD_SYSTEMS || systemOf(t) in LOINC_OTHER_SYSTEMS));
  if (at < 1 || !loincTailFits(tokens.slice(at + 1))) return undefined;
  const system = tokens[at]!.split('-');
  const lower = tokens.map((t) => t.toLowerCase());
  // The property after a hyphen, on the system (`SerPl-mCnc`) or on the last word (`TSH SerPl DL<=0.05 mIU/L-aCnc`).
  const property = (system.length > 1 ? system.slice(1).join('-') : '') || (/-([a-z]{0,2}(?:cnc|rto|rate|ratio|arvrat|imp|titr))$/i.exec(tokens[tokens.length - 1]!)?.[1] ?? '');
  if (!LOINC_PROPERTY.test(property) && !lower.some((t) => LOINC_SHORT_QUALIFIERS.has(t))) return undefined;
  const words = withoutLoincChallenge(tokens.slice(0, at)).filter((t) => !LOINC_SHORT_QUALIFIERS.has(t.toLowerCase()) || t === '#');
  if (!words.length || words.every((w) => w === '#')) return undefined;
  const ratio = /rto$/i.test(property) || lower.includes('cfr');
  if (ratio && !words.some((w) => w.includes('/'))) return '';
  const named = words.map((w) => w.split('/').map((p) => LOINC_SHORT_WORDS[p.toLowerCase()] ?? p).join('/')).join(' ');
  const specimen = LOINC_OTHER_SYSTEMS[system[0]!.toLowerCase()];
  const sensitive = lower.slice(at + 1).some((t) => /^hs(?:-|$)/.test(t));
  return {
    analyte: `${sensitive ? 'hs ' : ''}${named}${specimen ? ` ${specimen}` : ''}`,
    system: specimen ? 'other' : LOINC_BLOOD_SYSTEMS[system[0]!.toLowerCase()]!,
    fraction: lower.some((t) => LOINC_FRACTIONS.has(t)),
  };
}

/**
 * (loincnames) The analyte a LOINC short name names in the catalog's words (`Creatinine`, `WBC #`, `Protein Urine`, a
 * specimen other than blood kept; `hs CRP` for `CRP SerPl HS-mCnc`); `''` for a ratio of one analyte's parts or a smear's
 * finding, undefined for no LOINC short name (readLoincShortName).
 */
export function loincShortName(name: string): string | undefined {
  const short = readLoincShortName(name);
  return short ? short.analyte : short;
}

/** (loincnames review) The clotting tests, measured in platelet-poor plasma (LOINC's `PPP`). */
const CLOTTING_TESTS = /^(?:prothrombin-time|inr|partial-thromboplastin-time|fibrinogen|d-dimer)$/;

/**
 * Letters that name a test only in some labs' printouts (`P` phosphorus, `CB` celková bílkovina) and a specimen or
 * something else in many others (`(P)` plasma, `(CB)` cord blood, `P 07 3636 8888` a phone line, `P 2` a page): a
 * row so named is coded when it has a unit or a range, but the name alone is no evidence of a result.
 */
const SPECIMEN_LETTERS = /^(?:p|s|b|u|cb|wb|pl|se|sp|ur|bl)$/i;

/** `Recuento de`, `Contagem de`, `Conteo de los`: the count of what follows (Spanish, Portuguese), at a name's start. */
const COUNT_OF = /^(?:contagem|recuento|conteo|contaje)(?:\s+total)?\s+(?:de\s+los\s+|de\s+las\s+|de\s+|das\s+|dos\s+|del\s+)?(?=\p{L})/iu;
const RED_CELLS = /^(?:red blood cells|red cells|rbcs?)$/i;
/**
 * (urinept) A temperature after a name, `a`/`at`/`à` before it (`Densidade a 15 ºC`, `Densidad a 20°C`, `a 150 C`, its
 * `º` OCR'd as a 0): the conditions of the measurement, no part of the name. Linear: a run of spaces is tried from its
 * start only (the look-behind), the digits are at most three.
 */
const AT_TEMPERATURE = /(?<=\S)\s+(?:a|at|à)\s+\d{1,3}\s?[º°˚]?\s?C\.?$/iu;
/**
 * (urinept) Names, folded (foldName), that the urine's tests have in Portuguese and Spanish urinalyses (EAS, urina tipo I,
 * examen general de orina), in the catalog's English words, read only in urine: the colour (`Cor`; Spanish `Color` is
 * the English word), the blood pad (`Sangue`, `Sangre`: haemoglobin's presence, as `Blood` is there), the ketone bodies
 * (`Corpos cetônicos`, `Corpos cetônicos (acetona)`, `Cuerpos cetónicos`, `Cetonas`, `Acetona`; English `Ketone
 * bodies`). Elsewhere `Sangue` is a specimen and `Cor` a word of prose.
 */
const URINE_ONLY_NAMES: Record<string, string> = {
  cor: 'Color', sangue: 'Blood', sangre: 'Blood', 'corpos cetonicos': 'Ketones', 'cuerpos cetonicos': 'Ketones', cetonas: 'Ketones',
  acetona: 'Ketones', 'ketone bodies': 'Ketones', 'corpos cetonicos acetona': 'Ketones', 'cuerpos cetonicos acetona': 'Ketones',
  // (b65m) German `Ketonkörper` (ketone bodies) under `Urin`/`Harn`; `Blut` below (b67u).
  ketonkorper: 'Ketones',
  // (b67u) German, Italian and French names of the urine's colour, appearance and relative density (`Farbe`, `Colore`,
  // `Couleur`; `Aussehen`, `Aspetto`, `Aspecto`, `Aspect`; `Densité`, `Densità`, `Peso specifico`, `Dichte`), the
  // ketone bodies (`Chetoni`, `Corpi chetonici`, `Corps cétoniques`) and the strips' blood pad (`Sang`, `Blut`): read
  // only in urine, where no blood test has them. (`Glucosio`, `Emazie` name the blood's tests too: FOREIGN_WORDS.)
  farbe: 'Color', colore: 'Color', couleur: 'Color', aussehen: 'Appearance', aspetto: 'Appearance', aspecto: 'Appearance', aspect: 'Appearance',
  densite: 'Specific gravity', densita: 'Specific gravity', 'peso specifico': 'Specific gravity', dichte: 'Specific gravity',
  'spezifisches gewicht': 'Specific gravity', chetoni: 'Ketones', 'corpi chetonici': 'Ketones',
  'corps cetoniques': 'Ketones', sang: 'Blood', blut: 'Blood',
  // (b67u) The clarity in German and Italian (`Klarheit`, `Trübung`, `Limpidezza`).
  klarheit: 'Clarity', trubung: 'Clarity', truebung: 'Clarity', limpidezza: 'Clarity',
};
const WHITE_CELLS = /^(?:white blood cells|white cells|wbcs?|pus cells)$/i;
/**
 * A urinalysis's names in Russian and Ukrainian (cyrillicKey's lower case), in the catalog's English words, read only in
 * urine (`Общий анализ мочи`, `Загальний аналіз сечі`): the strip's pads (`Белок`/`Білок` protein, `Глюкоза`, `Кетоновые
 * тела`/`Кетонові тіла`, `Нитриты`/`Нітрити`, `Билирубин`, `Уробилиноген`, `Кровь`/`Кров` the blood pad), the physical
 * part (`Цвет`/`Колір`, `Прозрачность`/`Прозорість`, `Удельный вес`/`Питома вага`, `Относительная плотность`/`Відносна
 * щільність`, `Реакция`/`pH`) and the sediment's cells (`Лейкоциты`/`Лейкоцити`, `Эритроциты`/`Еритроцити`: the urine's,
 * not the blood count CYRILLIC_NAMES reads them as elsewhere). Outside urine these stay as they were.
 */
const CYRILLIC_URINE_NAMES: Record<string, string> = {
  белок: 'Protein', білок: 'Protein', глюкоза: 'Glucose', 'кетоновые тела': 'Ketones', кетоны: 'Ketones', 'кетонові тіла': 'Ketones',
  кетони: 'Ketones', нитриты: 'Nitrite', нітрити: 'Nitrite', билирубин: 'Bilirubin', білірубін: 'Bilirubin', уробилиноген: 'Urobilinogen',
  уробіліноген: 'Urobilinogen', кровь: 'Blood', кров: 'Blood', гемоглобин: 'Blood', гемоглобін: 'Blood', цвет: 'Color', колір: 'Color',
  прозрачность: 'Clarity', прозорість: 'Clarity', 'удельный вес': 'Specific gravity', 'питома вага': 'Specific gravity',
  'относительная плотность': 'Specific gravity', 'відносна щільність': 'Specific gravity', реакция: 'pH', реакція: 'pH',
  лейкоциты: 'Leukocytes', лейкоцити: 'Leukocytes', эритроциты: 'Erythrocytes', еритроцити: 'Erythrocytes',
};
/** (b65m) A name in Latin letters (accented or not), digits, signs and spaces only: no other script's. */
const LATIN_NAME = /^[\p{Script=Latin}\p{Script=Common}\p{M}]+$/u;

/**
 * A urine microscopy count named as the blood cells are (`White Cells`, `Red Blood Cells`): urine only where the
 * report says so (a urine heading or specimen, a per-field unit); a blood count prints the same names.
 */
export function namesBloodCells(name: string): boolean {
  const n = name.replace(/\s+/g, ' ').trim();
  // (keysfix review) Or in the catalog's words (testNameSynonyms: Italian `Globuli rossi`, `Globuli bianchi`).
  const folded = normalizeName(n);
  return RED_CELLS.test(n) || WHITE_CELLS.test(n) || RED_CELLS.test(folded) || WHITE_CELLS.test(folded);
}

/**
 * (keysfix review) Whether a bracket's words are the red cells' (`RBC`, `Erythrocytes`, `Red Cells`): for the title a
 * name is joined to (text-report.parser.ts joinsThroughBracket) and the red cell count coding reads by its unit.
 */
export function saysRedCells(text: string): boolean {
  return RED_CELL_WORDS.test(normalizeName(text));
}

/**
 * Words in a parenthesis that say another analyte than the name outside it (`Testosterone (Free)`, `Calcium (Ionized)`).
 * (labsrobfix) `direct` before `dialysis` names a method, the free hormone's direct equilibrium dialysis (`Free T4
 * (direct dialysis)`), not the direct fraction (`Bilirubin (Direct)`).
 */
// (keysfix) Also the active fraction (`Vitamin B12 (active)`, `(Holotranscobalamin)`: holotranscobalamin, another test
// than the total B12) and the dihydroxy form (`Vitamin D (1,25)`, `(1,25-dihydroxy)`: calcitriol, not the 25-OH vitamin D).
// (cells review) And the unsaturated iron-binding capacity (`Iron Binding Capacity (Unsaturated)`, UIBC), not the total.
const ANALYTE_CHANGING = /\b(std|standard|actual|free|ioni[sz]ed|unsaturated|direct(?!\s+(?:equilibrium\s+)?dialysis)|indirect|conjugated|unconjugated|bioavailable|unbound|reverse|active|holo\w*|1 25|dihydroxy|urine|urinary|ur|csf|fluid|stool|24\s*h(ou)?rs?|timed|random urine)\b/i;
const ANALYTE_CHANGING_ALL = new RegExp(ANALYTE_CHANGING.source, 'gi');
/**
 * (mend1) ANALYTE_CHANGING's words in other languages, folded (no accents): ionized (`ionisé`, `iónico`, `iônico`,
 * `ionisiert`, `ionizzato`), free (`libre`, `livre`, `frei`, `libérée`), conjugated, direct, indirect, urine's
 * (`urinaire`, `urinário`, `Harn`) and the red cells' (`érythrocytaire`, `eritrocitario`): a word in brackets after a
 * row's value that makes another analyte (BiomarkerCatalog.nameWithBracket).
 */
const BRACKET_CHANGING = /\b(?:ioni[sz]\w*|ionic\w*|ioniq\w*|libres?|livres?|frei\w*|liber\w*|conjug\w*|direct\w*|diret\w*|indirect\w*|indiret\w*|urin\w*|harn\w*|erythro\w*|eritro\w*)\b/;
/** (cells review) One word of ANALYTE_CHANGING, whole (catalog knowsWord). */
const ANALYTE_CHANGING_WORD = new RegExp(`^(?:${ANALYTE_CHANGING.source})$`, 'i');

/**
 * Units of quantities that never reach a thousand: the catalog's ratios (a relative density about 1, an INR, lipid and
 * protein ratios), a pH (0–14), a percentage of a whole (at most 100).
 */
const SMALL_SCALES = new Set(['{ratio}', '[pH]', '%']);

/** A free hormone's key (`free-t4`, `testosterone-free`): `Direct` after its name is the assay's method. */
const FREE_FRACTION = /(?:^|-)free(?:-|$)/;

/** One capital letter after a name for its qualifier (`Bilirubin (D)`): the word it abbreviates. */
const LETTERED_QUALIFIERS: Record<string, string> = { T: 'Total', D: 'Direct', I: 'Indirect' };

/**
 * (fixr87) A name with an NHS printout's abbreviations spelt out and its specimen word before it left off (the
 * analyte of the serum is the analyte: `Se ferritin conc` → `ferritin concentration`,
 * `Se TPO Ab level` → `TPO antibody level`, `25-Hydroxy Vit D3` → `25-Hydroxy vitamin D3`, `Mean cell haem level` →
 * `Mean cell haemoglobin level`); undefined when it has none. `Se` only before a word of letters, `haem` only after
 * `cell` or `corpuscular` (alone it is a haematology heading's word).
 */
function nhsSpeltOut(name: string): string | undefined {
  const spelt = name.trim()
    .replace(/^(?:se|serum)\s+(?=[\p{L}\d])/iu, '')
    .replace(/\s+conc\.?$/i, ' concentration')
    .replace(/(\S)\s+ab(?=\s+(?:conc|concentration|level|titre|titer)\.?$)/i, '$1 antibody')
    .replace(/\bvit\.?\s+(?=[a-z]\d?\b)/gi, 'vitamin ')
    .replace(/(?<=\b(?:cell|corpuscular)\s+)haem\b\.?/gi, 'haemoglobin');
  return spelt !== name.trim() ? spelt : undefined;
}

/**
 * `Neutrophil count - observation`, `Haemoglobin concentration - observation`: a UK GP record prints SNOMED's observable
 * names; the suffix says what kind of entry the record holds, not what was measured, whatever the name before it.
 */
const OBSERVATION_SUFFIX = /^(.*?\S)\s*(?:[-–]\s*)?\bobservation\s*$/i;
/** A name without SNOMED's `- observation` suffix (OBSERVATION_SUFFIX), for the rules that read a name's words. */
export const withoutObservation = (name: string): string => name.replace(OBSERVATION_SUFFIX, '$1');

/**
 * Words reports add before a name and after it that do not change what was measured (`estimation`: a UK GP record's
 * SNOMED names, `Haemoglobin estimation`, `Serum ferritin estimation`, name the test by its measurement).
 */
// (keysfix) `Calc`, `Calculated` before a name (`Calc Free Testosterone`, Laverty): how, as after it (SAMPLE_QUALIFIERS).
// (keysfix review) Not before calcium (`Calc Ca`): a calculated calcium is the albumin-corrected one, another value than
// the measured total calcium: unknown.
/** `calculated` in the languages read: a word that says how a result was got, not what. */
const CALCULATED_WORDS = 'calcolato|calculado|calcul[ée]|berechnet|calculated';
/** `(calculated)` ending a name, in the languages of CALCULATED_WORDS (compiled once, not per name). */
const CALCULATED_IN_PARENS = new RegExp(`\\((?:${CALCULATED_WORDS})\\)$`, 'i');
/** A bracket's part that is only the calculation word (`Cholesterol (non-HDL, calculated)`). */
const CALCULATED_PART = new RegExp(`^(?:${CALCULATED_WORDS}|calc\\.?)$`, 'i');
const FILLER_BEFORE = /^(?:(?:random|fasting|rbs|fbs)\s+)?(?:serum|plasma|blood)\s+|^(?:random|fasting)\s+|^calc(?:ulated)?\s+(?!(?:ca|calcium)\b)/;
// (nordicnames) `Lvl` (`Sodium Lvl`, `Magnesium Lvl`: a US hospital printout's short `level`) as `level`.
// (b67u2) And German `Wert` (value: `pH-Wert`), as `level`.
const FILLER_AFTER = /\s+(?:level|levels|lvl|estimation|serum|plasma|s p|sp|wert)$/;
/** Either of them, once. */
const FILLER = new RegExp(`${FILLER_BEFORE.source}|${FILLER_AFTER.source}`);

/**
 * The longest name the catalog is asked about, in characters: a longer one is no test's name. The longest the tuning
 * set's rows read is 111 (3,209 rows, 2026-12-01; LOINC's long common names run to about 150). Its rules cost more
 * than a name's length (expressions with two lazy groups, as `letteredQualifier`'s), and the text reader asks about
 * every run of words before a number: a 5,000-character line of short words took 33 s to read before this limit.
 */
export const LONGEST_NAME = 250;
/** (loincnames review) How many names one name's matching may ask about in turn (each rule's reading asks again). */
const MATCH_DEPTH = 24;

/**
 * (labs53fix, fix53) A name's two halves about its one slash (`Seg/Neutro`, `Segmenters / Neutrophils`), each with a
 * letter, trimmed; null for no slash, two or more, or a half without a letter (`1/2`).
 */
export function slashedHalves(name: string): [string, string] | null {
  // (fix53) Split, not matched: the expression it replaces (`^([^/]*\p{L}[^/]*?)\s*\/\s*([^/]*\p{L}[^/]*)$`, the
  // same halves) backtracked in cubic time over a long name it refused.
  return halvesAboutSlash(name.trim(), /\p{L}/u);
}

/**
 * (labs52cat) Urine strip pads printed as what they test with what the pad detects in brackets (folded names): the
 * erythrocytes' pad detects haem (`Eritrosit (haem)`, Indonesian; `Erythrocytes (heme)`) — the strip's blood; the
 * protein pad albumin (`Protein (Albumin)`). Read so only in urine (matchInUrine); written from knowledge, not sourced.
 * (readfixB) The cells' English names before the bracket (`Red blood cells (heme)`, `RBC (haem)`) are the
 * erythrocytes' (stripPadName).
 */
/** (b67u2) A bracket naming the urine strip (stripPadName): French, English, Spanish and Portuguese, Italian, German. */
const STRIP_IN_BRACKET = /^\(\s*(?:bandelettes?|dipstick|strip|stick|tira(?: reactiva| reagente)?|striscia|teststreifen|streifen)\s*\)$/i;
const STRIP_PAD_NAMES: Record<string, string> = {
  'erythrocytes hem': 'Blood', 'erythrocytes heme': 'Blood', 'rbc hem': 'Blood', 'rbc heme': 'Blood', 'protein albumin': 'Protein',
};

/** STRIP_PAD_NAMES' reading of a printed name with a bracket: its part before the bracket as the cells' name if it is one. */
function stripPadName(printed: string): string | undefined {
  const at = printed.indexOf('(');
  // (b67u2) A pad named by the strip in brackets (`Leucocytes (bandelette)`, `Leukocytes (dipstick)`, `Erythrozyten
  // (Teststreifen)`, `Leucocitos (tira)`): the leukocytes' pad is the leukocyte esterase, the red cells' the blood, any
  // other the name before the bracket (`Glucose (bandelette)`).
  const strip = at > 0 ? STRIP_IN_BRACKET.exec(printed.slice(at)) : null;
  if (strip) {
    const before = printed.slice(0, at).trim();
    const folded = normalizeName(before);
    return /^(?:leukocytes?|wbcs?|white (?:blood )?cells?)$/.test(folded) ? 'Leukocyte Esterase'
      : RED_CELLS.test(before) || /^(?:erythrocytes?|rbcs?|red (?:blood )?cells?)$/.test(folded) ? 'Blood' : before;
  }
  const name = at > 0 && RED_CELLS.test(printed.slice(0, at).trim()) ? `Erythrocytes ${printed.slice(at)}` : printed;
  return ownEntry(STRIP_PAD_NAMES, normalizeName(name));
}

/**
 * The biomarker catalog for coding: LOINC codes (primary and alternate) and every alias, normalized. Matching by code
 * first, then by name, then by the name without filler words (`Glucose Level`), without a parenthesis
 * (`Blood Urea Nitrogen (BUN)`) or by the parenthesis alone (`(BUN)`).
 */
export class BiomarkerCatalog {
  private readonly byCode = new Map<string, CatalogEntry>();
  private readonly byName = new Map<string, CatalogEntry>();
  private readonly byKey = new Map<string, CatalogEntry>();

  constructor(readonly entries: readonly CatalogEntry[]) {
    for (const e of entries) {
      this.byKey.set(e.key, e);
      for (const code of [e.loinc, ...e.alternateLoinc]) if (code && !this.byCode.has(code)) this.byCode.set(code, e);
      for (const alias of [e.display, ...e.aliases, e.key.replace(/-/g, ' ')]) {
        const n = normalizeName(alias);
        if (n && !this.byName.has(n)) this.byName.set(n, e);
      }
    }
  }

  /** A catalog key or a LOINC code. */
  resolve(ref: string): CatalogEntry | undefined {
    return this.byKey.get(ref) ?? this.byCode.get(ref);
  }

  match(name: string, code?: string): CatalogEntry | undefined {
    if (code) {
      const hit = this.byCode.get(code);
      if (hit) return hit;
    }
    return this.matchName(name);
  }

  /** Names already matched (a report repeats names, and the reader asks about each candidate name): capped. */
  private readonly memo = new Map<string, CatalogEntry | undefined>();
  /** The same for names read in urine (the strip and section rules ask about every line's name). */
  private readonly urineMemo = new Map<string, CatalogEntry | undefined>();

  /**
   * (loincnames review) The names being matched now, each rule's reading of a name asking matchName again: a rule that
   * reads a name as itself (`WBC # CSF`, a LOINC short name whose words are the name) finds it here and reads nothing,
   * where it had recursed without end; and a depth past which no reading goes.
   */
  private readonly matching = new Set<string>();

  matchName(name: string): CatalogEntry | undefined {
    if (name.length > LONGEST_NAME) return undefined;
    if (this.matching.has(name) || this.matching.size >= MATCH_DEPTH) return undefined;
    this.matching.add(name);
    try {
      return this.matchNameOnce(name) ?? (this.matching.size === 1 ? this.totalBefore(name) : undefined);
    } finally {
      this.matching.delete(name);
    }
  }

  /**
   * (set 28) A dialysis session's sample before the treatment (`Pre BUN`, `Pre-dialysis urea`, `Urea pre-HD`): the
   * patient's level, the test the rest names. `Pre` alone only before the tests a dialysis unit draws so (PRE_TESTS):
   * `Pre-albumin` is prealbumin, another protein.
   */
  private preDialysis(name: string): CatalogEntry | undefined {
    const before = PRE_TREATMENT_BEFORE.exec(name.trim());
    const after = before ? null : PRE_TREATMENT_AFTER.exec(name.trim());
    const [session, rest] = before ? [before[1], before[2]!] : after ? [after[2], after[1]!] : [undefined, undefined];
    if (rest === undefined) return undefined;
    const hit = this.matchName(rest);
    return hit && (session !== undefined || PRE_TESTS.has(hit.key)) ? hit : undefined;
  }

  /** `matchName` of a name not being matched already. */
  private matchNameOnce(name: string): CatalogEntry | undefined {
    return remembered(this.memo, name, () => {
      const ruled = this.matchNameUncached(name) ?? this.oneEditFrom(name) ?? this.closedUp(name) ?? this.ratioOfParts(name) ?? this.atTemperature(name) ?? this.ocrFolded(name) ?? this.totalAfter(name) ?? this.codeDashFullName(name) ?? this.withoutQualifier(name) ?? this.withoutPopulation(name);
      // (worldnames) A whole name of world-names.ts, where no rule reads the name. (review 34) The checks below of what
      // its words say (red cells, a measured filtration rate, a specimen) apply to it as to a rule's reading
      // (`Folates érythrocytaires` is no serum folate).
      const hit = (ruled ?? this.worldName(name)) ?? this.preDialysis(name);
      // (set 28) A dialysis session's sample after the treatment (`Urea (post)`, `Post-dialysis BUN`, `Potassium post
      // HD`): another result than the patient's level (a timed sample for the urea reduction ratio), never stored as it —
      // unknown. After a meal a test a meal moves is its own (`Glucose (post)` stays glucose, MEAL_TESTS).
      if (hit && POST_TREATMENT.test(name) && !MEAL_TESTS.has(hit.key)) return undefined;
      // (fixl) A list of names (`HDL, LDL`, `(HDL, LDL)`: a panel title's bracket) is no ratio of them, which folding the
      // ratio's slash into a space had made it (`HDL/LDL` → `hdl ldl`): a ratio only where the name says one.
      if (hit && /ratio/.test(hit.key) && /,/.test(name) && !/[/:÷]|\bratio\b|\bper\b/i.test(name)) return undefined;
      // `Hb, plasma`, `Plasma Hb`, `Folate, whole blood`: whatever rule read the name, a sample its words name that the
      // analyte is not measured in (`fitsCells`) makes it another test — unless the catalog has the name as printed.
      const printed = normalizeName(name);
      const readByRule = hit !== undefined && this.byName.get(printed) !== hit;
      const says = readByRule ? sampleWordsIn(name) : undefined;
      if (readByRule && !fitsCells(hit, says!)) return undefined;
      // (nordicnames) `Magnesium (RBC)`, `RBC Folate`, `Folate, Red Cell`, `Erythrocyte Magnesium`: the red cells' content,
      // another test than the serum's with another range — unknown (the catalog has no red cells' magnesium or folate),
      // unless the entry read is what the red cells are or a name of its own says red cells (ESR, urine erythrocytes).
      // (cat8 review) Unless the catalog has that analyte's red cells' content as an entry of its own (`Mg (RBC)`, `RBC
      // Mg`, `Magnesium in Erythrocytes`: the red cells' magnesium, catalog v8): that entry.
      if (readByRule && RED_CELL_WORDS.test(printed) && !ofRedCells(hit)) return this.inRedCells(hit);
      // (cat8 review) A name read by a rule that prints another form of the analyte read (OTHER_FORMS: `Vitamin E
      // (Gamma-Tocopherol)`, `Estriol, Total`) is that other analyte, as a specimen's word in brackets is another test.
      if (readByRule && namesOtherForm(hit, printed)) return undefined;
      // (labs46fix review) `Gesamteiweiß (Liquor)`, `Cortisol 8 Uhr (Speichel)`, `Gesamteiweiß (Punktat)`: a specimen
      // no blood's in brackets after the name (NON_BLOOD_SPECIMEN_WORDS: urine, stool, CSF, a punctate, a drainage, a
      // dialysate, saliva) makes it that specimen's test, whatever rule dropped the bracket — unknown, unless the
      // entry read is itself of a specimen other than blood (`Glucose (Urine)`, the urine's glucose).
      if (readByRule && bracketedSpecimen(name) && !ofOtherSpecimen(hit)) return undefined;
      // `GFR (measured)`, `GFR (Iohexol)`, `GFR, 51Cr-EDTA`, `eGFR (Cystatin C)`: whatever rule read the name as the
      // catalog's eGFR (estimated from creatinine), words saying the rate was measured — by a marker's clearance — or
      // estimated from cystatin C make it another test; unless the catalog has the name as printed.
      if (readByRule && hit.key === 'egfr' && NOT_CREATININE_ESTIMATE.test(printed)) return undefined;
      // (readfixC) A urine drug screen read by a rule (`Serum Morphine`, `Morphine, serum`, `Plasma THC`) is no blood
      // sample's test, nor one named with a confirmation method (`Morphine (GC-MS)`, `THC LC-MS/MS`, `… confirmation`):
      // those are quantitations of the drug, other tests.
      if (readByRule && URINE_SCREEN.test(hit.key) && (!fitsSample(hit, says!) || CONFIRMATION_METHOD.test(name))) return undefined;
      // (readfixC) A test the catalog knows answered in words only (`HBsAg`, its qualitative screen) named as measured
      // (`HBsAg Quantitative`, `HBsAg (Quantitative)`, `HBsAg quant`: a titre in IU/mL) is another test — unless the
      // catalog has the name as printed.
      // (loincnames review) So is an antigen whose LOINC name has a quantity's property (`HBV surface Ag [Units/volume] in
      // Serum`, IU/mL: the surface antigen's quantitation, not its screen). (An antibody's units, `Hepatitis C virus Ab
      // [Units/volume]`, are the screen's own index; a urine strip's moles or cells per volume its own reading.)
      if (readByRule && hit.resultType === 'qualitative' && (QUANTITATIVE_WORD.test(name) || (LOINC_QUANTITY.test(name) && /antigen/.test(hit.key)))) return undefined;
      return hit;
    });
  }

  /**
   * (cat8 review) The catalog's entry of an analyte's content of the red cells (`Magnesium, RBC`, v8's `magnesium-rbc`),
   * by the analyte's names with `RBC` after them: an entry of its own, named with red cells' words. None for an analyte
   * the catalog has only the serum's of (folate, zinc).
   */
  inRedCells(entry: CatalogEntry): CatalogEntry | undefined {
    for (const name of [entry.display, ...entry.aliases]) {
      const red = this.byName.get(normalizeName(`${name} RBC`));
      if (red && red !== entry && ofRedCells(red)) return red;
    }
    return undefined;
  }

  /** The catalog's sensitive assay of an analyte, by whichever of its names the catalog has (`CRP, High Sensitivity`). */
  private sensitiveAssay(base: string): CatalogEntry | undefined {
    for (const variant of [`${base} (Sensitive)`, `${base}, High Sensitivity`, `hs ${base}`, `${base} hs`, `High Sensitivity ${base}`]) {
      const hit = this.byName.get(normalizeName(variant));
      if (hit) return hit;
    }
    const itself = this.byName.get(normalizeName(base));
    return itself && SENSITIVE_ASSAY_IS_ANALYTE.has(itself.key) ? itself : undefined;
  }

  /**
   * (charset) `CK TOTAL`, `Cholesterol totaal`, `Proteine totale`: a name with the word total after it (TOTAL_AFTER: in the
   * languages seen), the catalog's total form of the name before it (`Total CK`) or, where it has none, that name
   * (`CK`): a total is the analyte as measured whole.
   */
  private totalAfter(name: string): CatalogEntry | undefined {
    const bare = name.replace(TOTAL_AFTER, '');
    return bare !== name && totalOf(bare) ? this.matchName(`Total ${bare}`) ?? this.matchName(bare) : undefined;
  }

  /**
   * (worldnames) A name of another language's laboratories no rule reads (world-names.ts WORLD_NAMES): the English
   * name's analyte. Asked last, so that the rules' guards (`VES` no ESR without its unit, `Albuminy` no albumin) stand.
   */
  private worldName(name: string): CatalogEntry | undefined {
    const english = worldEnglish(name);
    return english === undefined ? undefined : this.byName.get(normalizeName(english));
  }

  /**
   * (set 14, NL01) The population a name's range is for, after it (`Testosterone, Total, Males (Adult)`, `Estradiol,
   * Females`, ARUP's and Quest's names of a sex's or an age's test): the name without it.
   */
  private withoutPopulation(name: string): CatalogEntry | undefined {
    const bare = name.replace(POPULATION_AFTER, '');
    return bare !== name && /\p{L}{2}/u.test(bare) ? this.matchName(bare) : undefined;
  }

  /**
   * (set 14, DL02) The word total before a name the catalog knows without it (`Total 25-OH Vitamin D`, as `25-OH Vitamin
   * D, Total` reads): that name. Only for a name asked about as printed (matchName's outermost call), never for the
   * rules that ask whether the catalog knows a whole as `Total …` (letteredQualifier: `Ferritin (I)` is no fraction of a
   * total ferritin).
   */
  private totalBefore(name: string): CatalogEntry | undefined {
    const after = name.replace(TOTAL_BEFORE, '');
    return after !== name && /\p{L}{2}/u.test(after) && !after.includes('/') ? this.matchName(after) : undefined;
  }

  /**
   * (tempurine) A name with the temperature its test was run at after it (`pH a 37 ºC`, `pH at 37°C`, `Glicose a 37 C`;
   * AT_TEMPERATURE): the name without it, as `inUrine` reads it in urine. Only the urine's reading dropped it before,
   * so under `GASOMETRIA ARTERIAL` a `pH a 37 ºC` was known only as the urine's pH and read as that.
   */
  private atTemperature(name: string): CatalogEntry | undefined {
    const bare = name.replace(AT_TEMPERATURE, '');
    return bare !== name ? this.matchName(bare) : undefined;
  }

  /**
   * (loincnames review) The catalog's analyte a LOINC short name read names, if what its system and property say fit it:
   * never the name read again as printed (`WBC # CSF`); a fraction (`NFr`, `MFr`, `VFr`) only a share the catalog has in
   * per cent (`Neutrophils NFr`, `Hct VFr`, `Hgb A1c MFr`; `Testost Free MFr` the free testosterone's per cent if the
   * catalog has it, never its mass, `Albumin MFr … Elph` no albumin); the red cells' system only their indices
   * (`MCHC RBC`; `Folate RBC`, `Magnesium RBC` are other tests); platelet-poor plasma only a clotting test
   * (`Platelet # PPP` is no blood count); serum, plasma or blood only an analyte of that sample (`fitsSample`: `Hgb Plas`
   * is the plasma's free haemoglobin, `Folate Bld` the red cells').
   */
  private loincShortHit(name: string, short: LoincShort): CatalogEntry | undefined {
    if (normalizeName(short.analyte) === normalizeName(name)) return undefined;
    const share = (e: CatalogEntry | undefined) => (e?.ucumUnit === '%' ? e : undefined);
    const hit = short.fraction ? share(this.matchName(`${short.analyte} %`)) ?? share(this.matchName(short.analyte)) : this.matchName(short.analyte);
    if (!hit) return undefined;
    switch (short.system) {
      case 'other': return hit;
      case 'red cells': return RED_CELL_MEASURES.test(hit.key) && hit.key !== 'red-blood-cell-count' ? hit : undefined;
      case 'platelet-poor plasma': return CLOTTING_TESTS.test(hit.key) ? hit : undefined;
      case 'serum': return fitsSample(hit, new Set(['serum'])) ? hit : undefined;
      default: return fitsSample(hit, new Set<SampleSays>(['blood', short.system])) ? hit : undefined;
    }
  }

  // ---- (labs43fix) a name spaced otherwise, a ratio of names spelt otherwise: begin ----
  /** The catalog's names with their spaces closed up (`ntprobnp`), where one analyte alone has the form; built on first use. */
  private closedNames?: Map<string, CatalogEntry | null>;
  /** (loincnames) The catalog's names by their closed-up form (`closedUp`'s check of where the printed name's spaces fall). */
  private closedForms?: Map<string, string[]>;

  /**
   * (labs43fix) A name the catalog does not know whose words, closed up, are one of its names closed up (`NT-PRO BNP`,
   * `NT PRO BNP`: `NT-proBNP`): hyphens and spaces inside a name are spelling. Only forms of five characters or more
   * (`p h`, `c a` are no `pH`, `Ca`), and only where one analyte alone has the form.
   * (loincnames) Spaces added or dropped, none moved: the spaces of one of the two names all fall where the other has
   * one (`Vitamin D 25OH`, `NT PRO BNP`), but `Bilirub Indirect` closed up is `Bilirubin Direct` closed up with its space
   * elsewhere: another test.
   */
  private closedUp(name: string): CatalogEntry | undefined {
    if (!this.closedNames || !this.closedForms) {
      this.closedNames = new Map();
      this.closedForms = new Map();
      for (const [n, e] of this.byName) {
        const k = n.replace(/ /g, '');
        const had = this.closedNames.get(k);
        this.closedNames.set(k, had === undefined || had === e ? e : null);
        this.closedForms.set(k, [...(this.closedForms.get(k) ?? []), n]);
      }
    }
    const printed = normalizeName(name);
    const k = printed.replace(/ /g, '');
    if (k === printed || k.length < 5) return undefined;
    const spaces = spaceOffsets(printed);
    const within = (a: Set<number>, b: Set<number>): boolean => [...a].every((at) => b.has(at));
    if (!(this.closedForms.get(k) ?? []).some((n) => within(spaceOffsets(n), spaces) || within(spaces, spaceOffsets(n)) || splitsWithin(n, spaces))) return undefined;
    return this.closedNames.get(k) ?? undefined;
  }

  /** The catalog's ratios named `A/B` or `A/B Ratio` (`BUN/Creatinine Ratio`), by the analytes of A and B; built on first use. */
  private ratiosByParts?: Map<string, CatalogEntry | null>;

  /**
   * (labs43fix) A ratio the catalog does not know by its name, `A/B` or `A/B Ratio`, whose A and B it knows (`BUN/CREAT
   * RATIO`: `BUN` and `CREAT`, the creatinine): the ratio the catalog names by the same two analytes (`BUN/Creatinine
   * Ratio`), where one alone is so named.
   */
  private ratioOfParts(name: string): CatalogEntry | undefined {
    // (review 27) `to` in place of the slash (`albumin to creatinine ratio`, `BUN-to-creatinine ratio`), as said aloud:
    // the name with the slash.
    const to = TO_RATIO.exec(name.trim());
    if (to) return this.matchName(`${to[1]!.trim()}/${to[2]!.trim()} ratio`);
    const parts = ratioParts(name);
    if (!parts) return undefined;
    const key = (a: string, b: string): string | undefined => {
      const ea = this.matchName(a);
      const eb = this.matchName(b);
      return ea && eb && ea !== eb ? `${ea.key}|${eb.key}` : undefined;
    };
    if (!this.ratiosByParts) {
      this.ratiosByParts = new Map();
      for (const e of this.entries) {
        if (!/ratio/.test(e.key)) continue;
        for (const alias of [e.display, ...e.aliases]) {
          const m = ratioParts(alias);
          const k = m ? key(m[0], m[1]) : undefined;
          if (!k) continue;
          const had = this.ratiosByParts.get(k);
          this.ratiosByParts.set(k, had === undefined || had === e ? e : null);
        }
      }
    }
    const k = key(parts[0], parts[1]);
    return k ? this.ratiosByParts.get(k) ?? undefined : undefined;
  }
  // ---- (labs43fix): end ----

  // ---- (fixr) a name misread by OCR: begin ----
  /**
   * (fixr) A name the catalog does not know as printed that holds characters an OCR engine reads for letters (`Hem0globin`,
   * `P1ate1ets`, `G1ucose`, `Lyrnphocytes`, `Sodiurn`, `A|bumin`): the name with those read as the letters they stand
   * for (ocrReadings) — the catalog's entry only when a reading is, as printed, one of its names (matchNameUncached:
   * no misspelling or closing up on top of it) and every such reading is one analyte. A digit is read so only inside a
   * word, between two letters (`HbA1c`, `T4`, `B12`, `25-OH` are never touched, and are known anyway); `rn` only where
   * the name as printed is unknown. Values never go through here: a name only.
   */
  private ocrFolded(name: string): CatalogEntry | undefined {
    const folded = ocrReadings(name);
    const readings = [...folded, ...[name, ...folded].flatMap((r) => this.letterMisreadings(r))];
    let found: CatalogEntry | undefined;
    for (const r of readings) {
      const e = this.matchNameUncached(r);
      if (!e) continue;
      if (found && found !== e) return undefined;
      found = e;
    }
    return found;
  }
  /**
   * (ocrl) The readings of a name with one of OCR's letter-for-letter misreads undone (LETTER_MISREADS): `l` for an `i`
   * (`Sodlum`, `Vitamln B12`, `Uric Acld`, `Thyroxlne`) and, in a word of three to six capitals, `O` for a `D` (`ROW-CV`:
   * the RDW's) — one letter at a time, only in a word that is no word of the catalog's names, and only where the letter
   * makes one. A word the catalog's names hold stays as printed (`Cholecalciferol`: read with an `i` the supplement's
   * name would lose its word and become the vitamin D test), and a word's first letter stays (`Lipase`).
   */
  private letterMisreadings(name: string): string[] {
    if (name.length > 60) return [];
    // (review 31) The words of the catalog's names, as cutShortWords holds them (folded: lower case, one space apart).
    const nameWords = this.cutShortWords().words;
    const out: string[] = [];
    // (set 23) A word of capitals with OCR's `l` for each `I` (`CREATlNlNE`, `FASTlNG`): every `l` at once, where the
    // word so read is one of the catalog's names' words (one at a time, below, reads a word of small letters).
    // (set 24) Or its singular is (`ANTlBODlES`: `antibody`).
    const isNameWord = (w: string) => nameWords.has(w) || nameWords.has(w.replace(/ies$/, 'y')) || nameWords.has(w.replace(/s$/, ''));
    const capitalsRead = name.replace(CAPITALS_WITH_SMALL_L, (word) => (isNameWord(word.replace(/l/g, 'I').toLowerCase()) ? word.replace(/l/g, 'I') : word));
    if (capitalsRead !== name) out.push(capitalsRead);
    // (set 25) A word of capitals with OCR's `0` for each `O` (`IR0N`, `BL00D`, `C0UNT`, `HYDR0XY`): every `0` at once,
    // where the word so read is one of the catalog's names' words — a short word of capitals and digits is otherwise a
    // code (OCR_CODE: `CD40`, `A1AT` stay as printed).
    const zerosRead = name.replace(CAPITALS_WITH_ZERO, (word) => (isNameWord(word.replace(/0/g, 'O').toLowerCase()) ? word.replace(/0/g, 'O') : word));
    if (zerosRead !== name) out.push(zerosRead);
    for (const misread of LETTER_MISREADS) {
      for (const w of name.matchAll(misread.words)) {
        const word = w[0].toLowerCase();
        if (nameWords.has(word)) continue;
        for (let at = word.indexOf(misread.printed, misread.inside ? 1 : 0); at >= 0 && (!misread.inside || at < word.length - 1); at = word.indexOf(misread.printed, at + 1)) {
          if (misread.inside && !/\p{Ll}/u.test(w[0][at + 1]!)) continue;
          if (!nameWords.has(`${word.slice(0, at)}${misread.meant}${word.slice(at + 1)}`)) continue;
          const meant = w[0][at] === w[0][at]!.toUpperCase() ? misread.meant.toUpperCase() : misread.meant;
          out.push(name.slice(0, w.index + at) + meant + name.slice(w.index + at + 1));
        }
      }
    }
    return out;
  }
  // ---- (fixr) a name misread by OCR: end ----

  // ---- (labs41fix) a misspelt long name: begin ----
  /** The catalog's names of eight letters or more (letters and spaces only), by length; built on first use. */
  private longNames?: Map<number, { words: string[]; entry: CatalogEntry }[]>;

  /**
   * (labs41fix) A name the catalog does not know that is one edit (a letter inserted, dropped, changed, or two adjacent
   * letters swapped) from one of its names of eight letters or more, letters only (`bilrirubin`, `Neutrophilis`,
   * `Eosinophlis`): that name's analyte — only when every name that close is one analyte's. Short names and codes
   * (`ALT`, `T3`, `Na`) are never read so: one letter makes another test of them; nor is a short word of a long name
   * (`Troponin I, high sensitivity` is no troponin T): the edit falls in a word of six letters or more — or (plural) is
   * a plural's `s` on a word of four letters or more (`White Blood Cell`), OTHER_SUBSTANCES not asked of it.
   */
  private oneEditFrom(name: string): CatalogEntry | undefined {
    const printed = normalizeName(name);
    if (!isLongLetterName(printed)) return undefined;
    if (!this.longNames) {
      this.longNames = new Map();
      for (const [n, entry] of this.byName) {
        if (!isLongLetterName(n)) continue;
        const list = this.longNames.get(n.length) ?? [];
        list.push({ words: n.split(' '), entry });
        this.longNames.set(n.length, list);
      }
    }
    const words = printed.split(' ');
    let found: CatalogEntry | undefined;
    for (const len of [printed.length - 1, printed.length, printed.length + 1]) {
      for (const c of this.longNames.get(len) ?? []) {
        if (!oneEditInLongWord(words, c.words)) continue;
        if (found && found !== c.entry) return undefined;
        found = c.entry;
      }
    }
    return found;
  }
  // ---- (labs41fix) a misspelt long name: end ----

  /**
   * (b58, its review) The catalog's words of a Chinese name printed with a row number or an analyser's code (HAN_WITH_CODE),
   * when every such token may be dropped: a row number with its point (`12.`, glued or not) or apart from the name (`7
   * 白蛋白`) — digits run against the name without a point may be its own (`5羟色胺`, `25羟维生素D`); a code before the
   * name apart from it (`HGBK 血红蛋白`, `Q 嗜碱…`, `BUN 尿素`: the code column), in capitals, no time point (`0h 血糖`,
   * `2H 血糖`) nor a marker's digits (`CD4 淋巴细胞计数`); and against the name, or after it, only a garbled code (garbledCode) or the code
   * the catalog reads as the words' own test (`总蛋白TP`). Letters and digits that change the test stay part of the name
   * (`血红蛋白A2`, `血红蛋白F`, `白蛋白A`, `2h血糖`, `30min胰岛素`, `24h尿蛋白`: unknown where the catalog has no such name), as
   * does a code the catalog reads as another test (`肌酸激酶CKMB`). Undefined where nothing is dropped or the words are
   * no name of their own.
   */
  private hanWithoutCode(name: string): string | undefined {
    const m = HAN_WITH_CODE.exec(name);
    if (!m || m[3] === name) return undefined;
    // (fixr83) Letters glued after the Chinese words that with them are a name of its own (`红细胞体积分布宽度SD`: the
    // RDW's SD, not a code): that name, nothing after it to drop.
    const gluedName = m[4] !== undefined && !/^\s/.test(m[4]) ? cjkName(m[3]! + m[4]) : undefined;
    const words = gluedName ?? cjkName(m[3]!);
    if (!words) return undefined;
    const own = this.matchName(words);
    /** Whether a code names the words' test, or no test (garbled): a code naming another test is no garbled one. */
    const codeFits = (code: string) => {
      const read = this.matchName(code);
      return read ? read === own : garbledCode(code);
    };
    /**
     * A code before the name, apart from it: the code column's, any length, in capitals — whatever test the catalog
     * reads it as, the words name the row's (`18 BUN 尿素`: urea, the laboratory's code for it BUN).
     */
    // (fixr83) Digits from a zero are no marker's (`E04`, `B0`: OCR's `EO#`, `BO`, the letter O read as a zero).
    const columnCode = (code: string) => /^[A-Z0-9%#]+(?:-[A-Z]{2})?$/.test(code) && !TIME_POINT.test(code) && !/^[A-Z]{1,2}[1-9]\d?$/.test(code);
    const before = m[2];
    if (before !== undefined && !(/\s$/.test(name.slice(0, name.indexOf(m[3]!))) ? columnCode(before) : codeFits(before))) return undefined;
    const after = gluedName ? undefined : m[4]?.trim();
    if (after !== undefined && !codeFits(after)) return undefined;
    return words;
  }

  /**
   * (countries) A name no rule reads, read without a word that does not make it another test: a reflex order after it
   * (`TSH reflex`, `TSH w/Reflex to FT4`, `TSH (Reflex)`: the TSH measured, the free T4 ordered only if it is out of
   * range); `screen` after a test answered in words (`HIV 1/2 antibody screen` — not after a measured one: a `Glucose
   * screen` is a challenge test); `Index` or `Índice` about an index (`Índice HOMA-IR`, `HOMA-IR index`); and Spanish
   * and Portuguese plurals (`Fosfatasas alcalinas`, `Proteínas totales`), each word in `-as`, `-os`, `-les`, `-nes` or
   * `-res` singular — only when the name so read is one the catalog has.
   */
  private withoutQualifier(name: string): CatalogEntry | undefined {
    const t = name.trim();
    // (review) The reflexed test's name after `to` is words (`FT4` is one): a number standing alone there is the row's
    // value read into the name (`PSA w/reflex to free PSA 5.2 ng/mL  <4.0`: the bound had become the result). A test a urine strip has too
    // (`Protein reflex`, `Glucose reflex`, `Albumin reflex`: a urinalysis with reflex to microscopy) stays unknown.
    // (portals) Quest's and Labcorp's short forms (`RPR (DX) W/REFL TITER AND CONFIRMATORY TESTING`, `TSH W/REFL FT4`,
    // `TSH w/rfx to FT4`): `refl` and `rfx` are the reflex, and what follows it the test ordered if need be.
    const reflex = /^(.*?\S)\s*(?:[,(]\s*)?(?:w\/|with\s+)?\s*(?:reflex|refl|rfx)\b(?:\s+(?:to\b)?([^)]*))?\)?$/i.exec(t);
    if (reflex && !/(?:^|\s)[<>≤≥]?\d/.test(reflex[2] ?? '')) return this.matchInUrine(reflex[1]!) ? undefined : this.matchName(reflex[1]!);
    const screen = /^(.*?\S)\s*,?\s*\(?screen(?:ing)?\)?$/i.exec(t);
    if (screen) {
      const hit = this.matchName(screen[1]!);
      return hit?.resultType === 'qualitative' ? hit : undefined;
    }
    // (set 26) A dry-chemistry slide's generation after its test's short name (Fuji DRI-CHEM `GLU-PIII`, `GPT/ALT-PIII`):
    // the test's. Its numeral said: a bare `-P` is a particle count's (`HDL-P`, `LDL-P`: the NMR's, another test).
    const slide = /^(.*\S)-P(?:I{2,3}|IV)$/u.exec(t);
    if (slide) return this.matchName(slide[1]!);
    // (set 25) A sentence's conjunction before a name a line starts with (`and PSA 0.8 ug/L (<2.5)`, a letter's wrapped
    // line): no word of it.
    const joined = /^(?:and|&)\s+(\p{L}.*)$/iu.exec(t);
    if (joined) return this.matchName(joined[1]!);
    // (set 25) `ratio` after a name that reads as a share of one analyte in another (`Free/Total PSA ratio`: the free
    // PSA's percent), a word of that name's meaning.
    const ratio = /^(.*\/.*?\S)\s+ratio$/iu.exec(t);
    if (ratio) {
      const hit = this.matchName(ratio[1]!);
      if (hit && /-(?:percent|ratio)$/.test(hit.key)) return hit;
    }
    const index = /^(?:[ÍI]ndice|index|indeks)\s+(.+)$|^(.+?)\s+(?:index|[íi]ndice)$/iu.exec(t);
    if (index) {
      const hit = this.matchName(index[1] ?? index[2]!);
      return hit?.ucumUnit === '{index}' ? hit : undefined;
    }
    if (!/\p{L}{4}(?:as|os|les|nes|res)\b/iu.test(t)) return undefined;
    // (Four letters at least before the ending: `Asos`, OCR's `Basos`, is no `ASO`.)
    const singular = t.replace(/(\p{L}{4,})(?:(?<=[ao])s|(?<=[lnr])es)\b/giu, '$1');
    return singular !== t ? this.byName.get(normalizeName(singular)) : undefined;
  }

  /**
   * (fixr83) A heading of a test's short name, a spaced hyphen and its full name (`T3 LIVRE - TRIIODOTIRONINA LIVRE`,
   * `T3 - TRIIODOTIRONINA REVERSO`, as Brazilian laboratories title each test), where the whole reads as nothing: the
   * full name's test, when the short name reads as that test too or is a word of one of that test's names (`T3` of
   * `Reverse T3`: the short form the full name makes specific). One spaced hyphen only; nothing where the two disagree.
   */
  private codeDashFullName(name: string): CatalogEntry | undefined {
    const m = /^([^-]+?)\s+-\s+([^-]+)$/.exec(name.trim());
    if (!m) return undefined;
    const full = this.matchName(m[2]!);
    if (!full) return undefined;
    if (this.matchName(m[1]!) === full) return full;
    const short = normalizeName(m[1]!);
    return short && [full.display, ...full.aliases].some((n) => ` ${normalizeName(n)} `.includes(` ${short} `)) ? full : undefined;
  }

  /** (fixr83) DEBRIS_CODE_HAN: the Chinese words, where the code before them reads as the same test. */
  private codeAgreesWithHan(name: string): string | undefined {
    const m = DEBRIS_CODE_HAN.exec(name);
    if (!m) return undefined;
    // (mend24, review cr18) The token right before the code no debris where it marks the sample or joins the code
    // (`U- GLU 葡萄糖`: urine's glucose; `S GLU`, `CSF GLU`, `24h`): the name as printed, no test read from it here.
    const beforeCode = name.slice(0, m.index + m[0].lastIndexOf(m[1]!)).trim().split(/\s+/).pop() ?? '';
    if (SAMPLE_MARK_BEFORE_CODE.test(beforeCode)) return undefined;
    const words = cjkName(m[2]!);
    const byCode = this.matchName(m[1]!);
    return words && byCode && this.matchName(words) === byCode ? words : undefined;
  }

  /**
   * (b62 review) A name in the report's own words joined by a hyphen to an analyser's code (NAME_DASH_CODE): the code's
   * test, when the words say nothing that changes it — not after an English modifier against the code (`Nồng độ
   * Free-T4`, `Kháng thể Anti-TG`: DASH_MODIFIER, or a word that with the code reads as another test of the catalog's),
   * not with an antibody, ionised or free word among the words unless the code's test is one (`Volný tyroxin-FT4`
   * reads), not a blood sample's test where the words say another sample (fitsSample); where they say urine, the
   * urine's test (the code's or its test's name with `(Urine)`, as `Glucose (Urine)` reads) or none; another specimen, none.
   */
  private dashCodeReading(words: string, code: string): CatalogEntry | undefined {
    const hit = this.matchName(code);
    if (!hit) return undefined;
    const last = words.split(/\s+/).at(-1)!;
    const together = this.matchName(`${last}-${code}`);
    if (together ? together !== hit : DASH_MODIFIER.test(foldName(last))) return undefined;
    const folded = dashWordsFolded(words);
    const says = new Set(DASH_WORDS_SAY.filter(([words]) => words.test(folded)).map(([, said]) => said));
    for (const w of foldName(words).split(' ')) if (ownEntry(FOREIGN_WORDS, w) === 'free') says.add('free');
    const kind = `${hit.key} ${hit.display}`;
    if (says.has('antibody') && !/antibod/i.test(kind)) return undefined;
    if (says.has('ionized') && !/ioni[sz]ed/i.test(kind)) return undefined;
    if (says.has('free') && !/\bfree\b/i.test(kind)) return undefined;
    if (says.has('other')) return undefined;
    if (says.has('urine')) {
      const urine = (e: CatalogEntry | undefined) => (e && ofOtherSpecimen(e) && /urin/i.test(`${e.key} ${e.display}`) ? e : undefined);
      return urine(hit) ?? urine(this.matchName(`${code} (Urine)`)) ?? urine(this.matchName(`${hit.display} (Urine)`));
    }
    return fitsSample(hit, sampleWordsIn(words)) ? hit : undefined;
  }

  private matchNameUncached(name: string): CatalogEntry | undefined {
    // (hanletter) A Chinese name with a laboratory's abbreviation of one or two letters apart after it, the initials of
    // the test the words name (`睾酮 T`, `孕酮 P`, `总胆固醇 TC`: a hormone panel's testosterone and progesterone): that
    // test — folded, the letters alone were read (`P` phosphorus, `T` nothing). Letters that are not its initials say
    // another test or a kind of it (`血红蛋白 A2`, `血红蛋白 F`, `胆红素 D`): the rules below.
    // (review 38r) In small letters too (`孕酮 p`); one letter is not enough for haemoglobin, whose
    // variants are lettered (`血红蛋白 H`, haemoglobin H, is no total haemoglobin). And a letter alone after words the
    // catalog does not know names no test unless the words hold the element it is the symbol of (`前白蛋白 P`,
    // prealbumin, and `降钙素原 P`, procalcitonin, had been read as phosphorus; `无机磷 P` may be).
    const hanLetter = HAN_THEN_LETTER.exec(name.trim());
    const hanWords = hanLetter ? cjkName(hanLetter[1]!) : undefined;
    const hanHit = hanWords ? this.matchName(hanWords) : undefined;
    const letters = hanLetter?.[2] ?? '';
    if (hanHit && initialsOf(hanHit.display).startsWith(letters.toLowerCase()) && !(hanHit.key === 'hemoglobin' && letters.length === 1)) return hanHit;
    // (wordratio) Nor an element's symbol after words that name another test (`葡萄糖 K`, glucose: not potassium).
    const element = letters.length === 1 ? ELEMENT_IN_HAN[letters.toUpperCase()] : undefined;
    if (hanLetter && letters.length === 1 && (!hanHit || element) && !hanLetter[1]!.includes(element ?? '\u0000')) return undefined;
    // (review 34) A Latin code with a Chinese, Japanese or Korean word against it that changes the test — anti- or
    // antibody (`抗Tg抗体価`, `항Tg항체`), free (`遊離PSA`, `유리PSA`, `フリーPSA`), non- (`ノンHDL-C`), a ratio (`遊離PSA比`,
    // `PSA 비율`), high sensitivity (`고감도CRP`): folding keeps the code alone, another test (the thyroglobulin antibody
    // had read as triglycerides, the free PSA as the total). Unknown, unless a table reads the whole name (tableName).
    if (CJK_WORD_CHANGES_CODE.test(name) && tableName(name) === undefined) return undefined;
    // `Ca++`, `Ca2+`, `Mg²⁺`: the free ion a blood gas analyser measures (ionized), not the total the catalog's
    // calcium and magnesium are. (`Na+`, `K+`, `Cl-` are the same analyte whatever the writing.)
    if (/^\s*(ca|mg)\s*(\+\+|2\+|²⁺|\+2)\s*$/i.test(name)) return undefined;
    // (labs44fix review) `Калций (урина)`, `Кальций (ионизированный)`: a specimen or a form in a Cyrillic name's
    // parenthesis makes it another test (cyrillicQualified): unknown, not the serum analyte outside.
    if (cyrillicQualified(name)) return undefined;
    // (cyrillic review) A Latin `T4`/`T3` with a Cyrillic word CYRILLIC_NAMES does not hold (`T4 св.`, `T3 реверсивний`):
    // folding keeps the `T4` alone, the total hormone — a wrong test when the word says free or reverse. Unknown; the
    // words the table holds (`T4 вільний`, `T3 загальний`) are read there.
    if (LATIN_THYROID_WITH_CYRILLIC.test(name) && !ownEntry(CYRILLIC_NAMES, cyrillicKey(name))) return undefined;
    // (labwords review) `Calcium (ion)`, `Kalsium (ion)`, `Magnesium (ionized)`: the ionised fraction of an ion of
    // charge two, not the total the name outside the parenthesis is (unknown, as `Calcium (I)`).
    const ionInParens = /^(.*\S)\s*\(\s*ioni?[sz]?\w*\s*\)\s*$/i.exec(name.trim());
    if (ionInParens && Math.abs(this.matchName(ionInParens[1]!)?.charge ?? 0) >= 2) return undefined;
    // (labs37fix) Analyser codes read only as printed, in their case (two letters fold into words of other reports):
    // VITROS's `Bu` / `Bc` (unconjugated / conjugated bilirubin: the indirect and the direct), and an electrolyte's
    // symbol with the analyser's module letter after a dash (`Na-C`, `K-C`, `Cl-C`: ARCHITECT c-systems' ICT) — not
    // calcium or magnesium, whose letter may say ionized.
    // (labs37fix review) The module letter C only: `Na-U`, `K-F`, `K-A`, `Na-K` are a urine's, a stool's, another
    // sample's ions or a ratio, never the blood's.
    const exact = ownEntry(CASE_EXACT_CODES, name.trim()) ?? /^(Na|K|Cl)-C$/i.exec(name.trim())?.[1];
    if (exact) return this.matchName(exact);
    // The name is matched as without the suffix (any name: a count, a concentration, a level).
    const observed = OBSERVATION_SUFFIX.exec(name);
    if (observed) return this.matchName(observed[1]!);
    // (b62 review) Words in a script folding drops (Cyrillic, Greek) joined by a hyphen to an analyser's code (`Гемоглобин-HGB`)
    // fold to the code alone: read as the rule below reads a Vietnamese name so joined (dashCodeReading), so that
    // `Антитела к тиреоглобулину-TG` (an antibody) is no triglycerides and `Глюкоза в моче-GLU` the urine's glucose.
    const foldsToCode = NAME_DASH_CODE.exec(name.trim());
    if (foldsToCode && !normalizeName(foldsToCode[1]!)) return this.dashCodeReading(foldsToCode[1]!, foldsToCode[2]!);
    // (set 23) `hs` (high sensitivity) before or after a name the catalog reads as CRP, in whatever word order the
    // language prints (`Proteina C reactivă hs`, `hs Proteina C reactiva`, `Protein C reactive hs`): the hs-CRP.
    const hs = hsQualified(name);
    if (hs && this.matchName(hs)?.key === 'c-reactive-protein') return this.matchName('hs-CRP');
    // (set 23, review 37) A calcium `adjusted` or `corrected` (for the albumin: `Calcium (adjusted)`, `Ca (corr)`,
    // `Calcium (corrected, albumin)`): a calculated value, no calcium measured — unknown, as `Adjusted Calcium` is. Only
    // the calcium's: a creatinine `(IDMS corrected)`, an eGFR `(BSA adjusted)` are their tests.
    if (CORRECTED_WORD.test(name) && this.matchName(name.replace(/\([^()]*\)/g, ' ').replace(CORRECTED_WORDS, ' ').replace(/[,\s]+/g, ' ').trim())?.key === 'calcium') return undefined;
    // (world-words) A Latin name or code with a urine word of another script (`Glucose (моча)`, `GLU в моче`, `Protein
    // 尿`, `Glucose ούρων`): folding drops the word, and the blood's test was read. The urine's test of the Latin
    // name where the catalog has one, else unknown — never the blood's.
    if (LATIN_LETTER.test(name) && URINE_IN_OTHER_SCRIPTS.test(name)) {
      const latin = name.replace(/[^\p{Script=Latin}\p{N}\s%/-]+/gu, ' ').replace(/\s+/g, ' ').trim();
      const urine = latin ? this.matchName(`Urine ${latin}`) : undefined;
      return urine && urine !== this.matchName(latin) && URINE_KEY.test(urine.key) ? urine : undefined;
    }
    // (set 23) A name of no Latin letter with its abbreviation in brackets after it (`Тиреотропный гормон (ТТГ)`,
    // `Глобулин, связывающий половые гормоны (ГСПГ)`): the analyte both read as. Folding drops their letters, so the
    // bracket rule below never sees them; a bracket that reads otherwise or not at all (`Билирубин (прямой)`) leaves
    // the name unread here.
    const bracketed = !LATIN_LETTER.test(name) ? trailingParenthesis(name.trim()) : null;
    if (bracketed) {
      const outside = this.matchName(bracketed[0]);
      if (outside && this.matchName(bracketed[1]) === outside) return outside;
    }
    const n = normalizeName(name);
    if (!n) return undefined;
    const direct = this.byName.get(n);
    if (direct) return direct;
    const labs40 = labs40fixName(n, (m) => this.byName.get(m));
    if (labs40) return labs40;
    // (names) A short form's plural as a patient writes it (`trigs`, `Trigs`): the short form the catalog lists (`TRIG`),
    // when it is a word of seven letters or more of the entry's names cut short (`trig`, of `triglycerides`) — not an
    // acronym (`Asos`, an OCR's `Basos`, is no `ASO`, whose `ASOT` is another acronym). One word of four to six letters,
    // in small letters but the first, so that capitals' `s` (`HBs`, `PTS`) is never read as a plural; only a name the
    // catalog lists as printed, no rule's reading of it. `Tests` is the word for tests (a header's, a heading's), never
    // `TEST`'s (testosterone's) plural.
    const singular = /^[A-Za-z][a-z]{2,4}s$/.test(name.trim()) && n !== 'tests' ? n.slice(0, -1) : undefined;
    const plural = singular ? this.byName.get(singular) : undefined;
    if (plural && anyNameOf(plural, (named) => named.split(' ').some((w) => w.length >= 7 && w.startsWith(singular!)))) return plural;
    // (labs39fix) Short words of a forum post's or a note's names, when the name as printed is none the catalog has:
    // `Ab` for antibody after the antigen (`TPO Ab`), `Vit` for vitamin before its letter (`Vit d`).
    // (prose18) German `AK` (Antikörper) as `Ab` (`TPO-AK`), Polish `anty-` as `anti-` (`anty-TPO`).
    const shortWords = n.replace(/^(.+) (?:ab|ak)$/, '$1 antibody').replace(/^anty (.+)$/, 'anti $1').replace(/^vit ([a-z]\d{0,2})$/, 'vitamin $1');
    if (shortWords !== n) {
      const hit = this.byName.get(shortWords);
      if (hit) return hit;
    }
    // (prose18) `sat` for saturation after its test (`Transferrin sat`, `iron sat`), as a patient shortens it.
    const sat = /^(.+) sat$/.exec(n);
    if (sat) {
      const hit = this.matchName(`${sat[1]} saturation`);
      if (hit) return hit;
    }
    // (prose18) `Sensitive` before the name (`Sensitive E2`): the analyte when the catalog keeps its sensitive assay as
    // the analyte itself (estradiol's entry is `Estradiol (Sensitive)`; SENSITIVE_ASSAY_IS_ANALYTE), else unknown.
    const sensitiveFirst = /^(?:ultra ?sensitive|sensitive) (\S.*)$/.exec(n);
    if (sensitiveFirst) {
      const hit = this.matchName(sensitiveFirst[1]!);
      if (hit && (SENSITIVE_ASSAY_IS_ANALYTE.has(hit.key) || anyNameOf(hit, (named) => /sensitive\b/.test(named)))) return hit;
    }
    // (fixr87) An NHS printout's abbreviations about a name (`Se thyroid peroxidase Ab conc`, `Se ferritin conc`, `Se B12
    // level`, `Serum 25-Hydroxy Vit D3`): `Se` before other words is serum (never selenium: its symbol is a name alone),
    // and the serum's word is left off, `conc` after them is
    // concentration (read by the rule below, so that a mass per cell's `conc` stays its concentration: MCHC), `Ab`
    // antibody. Only where the name as printed reads as nothing; the name so spelt out is read by every rule.
    const spelt = nhsSpeltOut(name);
    if (spelt) {
      const hit = this.matchName(spelt);
      if (hit) return hit;
    }
    // (hl7md) `ANA Titer`, `EBV VCA IgG titre`: an antibody test answered in words (positive, negative: qualitative)
    // whose answer is given as its titre (`1:160`) — the same test. An antigen's titre is its quantitation, another
    // test (as `HBsAg Quantitative` is, below); a name of any other kind stays as the rules below read it.
    const titre = /^(.+) tit(?:er|re)$/.exec(n);
    if (titre) {
      const hit = this.matchName(titre[1]!);
      if (hit?.resultType === 'qualitative' && !/antigen/.test(hit.key)) return hit;
    }
    // (labs35fix review) `Glucose (U)`: a capital U alone in parentheses after a name is the urine, as `(UR)` is.
    const urineLetter = /^(.*\S)\s*\(U\)\s*$/.exec(name);
    if (urineLetter) return this.matchName(`${urineLetter[1]!} (Urine)`);
    // `Indice d’anisocytose (RDW) 红细胞体积分布宽度` (a bilingual table's Chinese column read with the French name): folding
    // drops the Han words already; the rules that read a name's shape (its parenthesis at the end) read it without them.
    const han = /^(.*[\p{Script=Latin})\]].*?)\s+\p{Script=Han}[\p{Script=Han}\s]*$/u.exec(name.trim());
    if (han) {
      const hit = this.matchName(han[1]!);
      if (hit) return hit;
    }
    // (b58) A Chinese name with the analyser's code printed against it or apart, the code garbled by OCR (`血红蛋白HGBJ`,
    // `HGBK 血红蛋白`, `肌酐XCRE`), or a table's row number before it (`12.红细胞计数`, `7 白蛋白`): where the name as
    // printed reads as nothing (a code the catalog knows is read above: `红细胞计数 RBC`), the Chinese words alone, when
    // they are a name of their own (cjkName: CJK_NAMES, the differential's words) — never a cell alone (hanWithoutCode).
    const words = this.hanWithoutCode(name.trim()) ?? this.codeAgreesWithHan(name.trim());
    if (words) return this.matchName(words);
    // (b62) A name in the report's own language joined by a hyphen to the analyser's code (`Số lượng bạch cầu-WBC`,
    // `%Bạch cầu lympho-LY%`, `Phân bố kích thước hồng cầu-RDW-CV`: a Vietnamese LIS's names): where the name as printed
    // reads as nothing, the code, when the catalog reads it (NAME_DASH_CODE).
    // (b62 review) Not when the words say more than the code (dashCodeReading); the rules below read it then, as on main.
    const coded = NAME_DASH_CODE.exec(name.trim());
    if (coded) {
      const hit = this.dashCodeReading(coded[1]!, coded[2]!);
      if (hit) return hit;
    }
    const unfilled = n.replace(FILLER, '');
    if (unfilled !== n) {
      const hit = this.byName.get(unfilled);
      if (hit) return hit;
    }
    // `Serum iron level`, `AST serum level`, `Serum alanine aminotransferase level` (SNOMED's observable names, as a UK
    // GP record prints them): filler at both ends, a sample word before and `level` after (one sample word before only:
    // `SERUM/PLASMA Creatinine` is a heading run onto a name), the name left read by every rule.
    const bothEnds = n.replace(FILLER_BEFORE, '').replace(FILLER_AFTER, '').replace(FILLER_AFTER, '');
    if (bothEnds && bothEnds !== unfilled && bothEnds !== n && /\blevels?$/.test(n)) {
      const hit = this.matchName(bothEnds);
      if (hit) return hit;
    }
    // `Haemoglobin concentration`, `Serum sodium concentration`: `concentration` after a test measured per volume says
    // what it is. After a test of another kind (`MCH`: a mass per cell) the words name another test, the one its full
    // name with `concentration` names (`Mean corpuscular hemoglobin concentration`: MCHC), or none — but a fraction.
    const concentration = /^(.+?)\s+concentration$/.exec(n);
    if (concentration) {
      // (fixr87) Or the words before it as every rule reads them (`Serum thyroid peroxidase antibody concentration`).
      const base = this.byName.get(concentration[1]!) ?? this.byName.get(concentration[1]!.replace(FILLER, ''))
        ?? (/\bconcentration$/i.test(name.trim()) ? this.matchName(name.trim().replace(/\s+concentration$/i, '')) : undefined);
      if (base?.ucumUnit && PER_VOLUME.test(base.ucumUnit)) return base;
      const named = base ? this.byName.get(normalizeName(`${base.display} concentration`)) : undefined;
      if (named && named !== base) return named;
      // A fraction of what the blood holds (`HbA1c concentration`, in % or mmol/mol) is that fraction still; not a
      // blood count's share, which the catalog also has as a count (`Neutrophils concentration`: the count per volume).
      if (base?.ucumUnit && /^(?:%|mmol\/mol)$/.test(base.ucumUnit)
        && !this.byName.get(normalizeName(`${base.display} (Absolute)`))) return base;
    }
    // `Vitamin D, 25-OH, Total`, `LIPOPROTEIN(a); Lp(a), SERUM`: qualifiers that do not change the analyte dropped,
    // an inverted name (`Cholesterol, Total`) read both ways, each `;` alternative on its own.
    const parts = name.split(/\s*;\s*/).filter(Boolean);
    if (parts.length > 1) {
      for (const part of parts) {
        const hit = this.matchName(part);
        if (hit) return hit;
      }
    }
    // (A point and a space before a word in small letters divides as a comma does: `Vit B12. total`.)
    const segments = name.split(/\s*,\s*|\.\s+(?=\p{Ll})/u).filter(Boolean);
    // `Estradiol, Ultrasensitive`, `CRP, ultrasensitive`, `Troponin T, highly sensitive`: the assay's sensitivity after
    // a comma names the catalog's sensitive assay of that analyte, by whichever of its names the catalog has (`Estradiol
    // (Sensitive)`, `CRP, High Sensitivity` — hs-CRP, another biomarker than CRP), never the analyte without the word:
    // (fixr77b) troponin I's sensitive assay is troponin I itself (SENSITIVE_ASSAY_IS_ANALYTE), as troponin T's is.
    // (hl7md) So with a method or a sample's word after the sensitivity (`Estradiol, Ultrasensitive, LC/MS`): QUALIFIER's
    // words after it dropped first, as they are below.
    const sensed = [...segments];
    while (sensed.length > 2 && QUALIFIER.test(sensed[sensed.length - 1]!)) sensed.pop();
    if (sensed.length > 1 && SENSITIVITY.test(normalizeName(sensed[sensed.length - 1]!))) {
      const hit = this.sensitiveAssay(sensed.slice(0, -1).join(', '));
      if (hit) return hit;
    }
    // (nameprefix) The same word after the name without a comma (`CRP ultrasensitive`, `CRP hochsensitiv`, `Proteína C
    // Reactiva Ultrasensible`, folded into English): the catalog's sensitive assay, as above, or nothing new.
    const sensitiveAfter = segments.length === 1 ? SENSITIVITY_AFTER.exec(n) : null;
    if (sensitiveAfter) {
      const hit = this.sensitiveAssay(sensitiveAfter[1]!);
      if (hit) return hit;
    }
    // (set 28) Or before it (`hs-Troponin T`, `High sensitivity troponin I`, a sports or emergency note's): the same.
    const sensitiveBefore = segments.length === 1 ? SENSITIVITY_BEFORE.exec(n) : null;
    if (sensitiveBefore) {
      const hit = this.sensitiveAssay(sensitiveBefore[1]!);
      if (hit) return hit;
    }
    if (segments.length > 1) {
      while (segments.length > 1 && QUALIFIER.test(segments[segments.length - 1]!)) segments.pop();
      // (keysfix) `Direct` after a comma and a free hormone's name (`Thyroxine (T4) Free, Direct`, `Free T4, Direct`:
      // LabCorp) is the method, as `Free T4 (Direct)` reads (FREE_FRACTION): the free hormone.
      if (segments.length > 1 && normalizeName(segments[segments.length - 1]!) === 'direct') {
        const free = this.matchName(segments.slice(0, -1).join(', '));
        if (free && FREE_FRACTION.test(free.key)) return free;
      }
      for (const candidate of [segments.join(' '), [segments[segments.length - 1], ...segments.slice(0, -1)].join(' ')]) {
        const hit = candidate !== name ? this.byName.get(normalizeName(candidate)) ?? this.byName.get(normalizeName(candidate).replace(FILLER, '')) : undefined;
        if (hit) return hit;
      }
    }
    // `eGFR using creatinine (CKD-EPI) per 1.73 square metres`, `Haemoglobin A1c level - IFCC standardised`: what an
    // estimate is computed from, its equation, the body surface it is given per and the standard a result is aligned
    // to (SNOMED's names, as a UK GP record prints them) say how, not what.
    const how = name.replace(BODY_SURFACE, '').trim().replace(EQUATION, '')
      .replace(/\s+-\s+(?:ifcc|dcct|ngsp)(?:\s+(?:standardi[sz]ed|aligned))?$/i, '');
    // `using …`: a method that leaves the analyte as it is (`eGFR using creatinine`, `Albumin using bromocresol green`)
    // is dropped; a specimen (`Protein using urine dipstick`) makes it that specimen's analyte, when the catalog has one;
    // anything else names another test than the words before it (`eGFR using cystatin C`, `Calcium using ion selective
    // electrode`, `Testosterone using free androgen index`): unknown.
    // (`eGFR using CKD-EPI equation`: the equation is gone, `using` with it.)
    const using = /^(.+?)\s+using\s+(.+)$/i.exec(how.trim());
    if (!using && /\s+using$/i.test(how.trim()) && how.trim() !== name.trim()) return this.matchName(how.trim().replace(/\s+using$/i, ''));
    if (using) {
      if (/\burine\b/i.test(using[2]!)) {
        const inUrine = this.matchName(`Urine ${using[1]}`);
        return inUrine && inUrine !== this.matchName(using[1]!) ? inUrine : undefined;
      }
      // (Words only, perhaps an equation's year: a value or a unit after `using` is no method's name.)
      if (/[\d<>/%=]/.test(using[2]!.replace(/\b(?:19|20)\d{2}\b/g, ''))) return undefined;
      const measured = this.matchName(using[1]!);
      // (`Albumin using bromocresol green`: the analyte's own name after `using` changes nothing.)
      const another = USING_ANOTHER.exec(using[2]!);
      if (another && !(measured && this.matchName(another[0]) === measured)) return undefined;
      if (USING_ELECTRODE.test(using[2]!) && /\b(?:calcium|magnesium)\b/i.test(using[1]!)) return undefined;
      return measured;
    }
    if (how !== name && how.trim()) {
      const hit = this.byName.get(normalizeName(how)) ?? this.byName.get(normalizeName(how).replace(FILLER, ''));
      if (hit) return hit;
    }
    // `Bili Total`, `Protein Total`, `GFR Estimated`: the qualifier printed after the name without a comma.
    // (Also in other languages, once normalized: `Bilirrubina conjugada`, `Bilirubin direkt` are `bilirubin conjugated`,
    // `bilirubin direct`.)
    const invertedForms = [/^(.+?)\s+(total|direct|indirect|estimated)$/i.exec(name.trim()), /^(.+?) (total|direct|indirect|conjugated|unconjugated|estimated)$/.exec(n)];
    for (const inverted of invertedForms) {
      const hit = inverted ? this.byName.get(normalizeName(`${inverted[2]} ${inverted[1]}`)) : undefined;
      if (hit) return hit;
    }
    // (b66r) `LDL direct`, `Direct LDL`, `HDL direct`: the lipoprotein's cholesterol measured directly, as `LDL
    // Cholesterol Direct` reads (the catalog has one LDL and one HDL). Only these letters: `direct` after another name
    // may be another analyte (`Bilirubin direct`).
    // (set 8) Also after the cholesterol's `-C` and a comma (`LDL-C, Direct`: Boston Heart, `HDL-C Direct`).
    const lipoDirect = /^(?:([LH]DL)(?:-?C)?(?:,\s*|[\s-]+)direct|direct[\s-]+([LH]DL)(?:-?C)?)$/i.exec(name.trim());
    if (lipoDirect) {
      const hit = this.byName.get(normalizeName(`${lipoDirect[1] ?? lipoDirect[2]} Cholesterol Direct`));
      if (hit) return hit;
    }
    // (set 8) An LDL cholesterol calculated by a named equation (`LDL-C (NIH Calc)`: Labcorp's Sampson–NIH equation);
    // (tuning, tr_enabiz) or said indirect or calculated in the report's language (LDL_CALCULATED): the LDL cholesterol —
    // an LDL's indirect is the calculated one, no other analyte (as bilirubin's is).
    if (LDL_CALCULATED.test(name.trim())) {
      const hit = this.byName.get(normalizeName('LDL Cholesterol'));
      if (hit) return hit;
    }
    // `Testosterone 01`, `Insulin-Like Growth Factor I 02`: the code of the performing laboratory (Labcorp prints it
    // after the name, its legend at the end of the report), not part of the name.
    // (OCR reads that `01` as `ol`, `OL`, `O1`, `0l`.)
    const labCode = /^(.*[A-Za-z)].*?)\s+(?:0[1-9]|[0oO][1lIL])$/.exec(name.trim());
    if (labCode) {
      const hit = this.matchName(labCode[1]!);
      if (hit) return hit;
    }
    // `Colesterolo LDL (calcolato)`: `calculated` in another language, in parentheses, says how, not what.
    const howInParens = beforeEnding(name.trim(), CALCULATED_IN_PARENS);
    if (howInParens?.[1]) {
      const hit = this.matchName(howInParens[1]!);
      if (hit) return hit;
    }
    // (b66r) A bracket of comma-separated words after a name (`Colesterol LDL (Colesterol "malo", calculado)`): the
    // name outside, where each part alone in the bracket reads as that name reads (a nickname, how it was got); a part
    // that changes the analyte, names another specimen or is unknown with it leaves the name unread here (`Calcium
    // (ionized, calculated)`).
    const listed = trailingParenthesis(name.trim());
    // Words only: a part without a letter is no word (`Vitamin D (1,25)`: the dihydroxy form's numbers, a comma between),
    // and a bracket whose words together change the analyte (ANALYTE_CHANGING) is not split into words that do not.
    if (listed && listed[0] && listed[1].includes(',') && !ANALYTE_CHANGING.test(normalizeName(listed[1]))) {
      const parts = listed[1].split(',').map((p) => p.trim()).filter(Boolean);
      const outside = parts.length >= 2 && parts.every((p) => /\p{L}/u.test(p)) ? this.matchName(listed[0]) : undefined;
      // (mend7) Each part as the name reads it is enough: a part that names another test alone (`eGFR (creatinine,
      // CKD-EPI 2021)`, `Anion gap (Na, K, Cl, HCO3)`, `Urea (BUN, urea)`) says what the name is computed from or
      // called, not another analyte (fix9's otherAnalyte, made for a made-up `Iron (TIBC, transferrin)`, reverted).
      if (outside && parts.every((p) => this.matchName(`${listed[0]} (${p})`) === outside)) return outside;
    }
    // (fixl) A bracket listing two parts or more (commas, `and`, `&`) of which one, with the name before it, reads
    // another analyte than the name alone (`Cholesterol (HDL, LDL)`: `Cholesterol (HDL)` is the HDL's): a panel's
    // title naming its analytes — no one of them, nor the name outside (`Cholesterol (total)`, one part, unchanged).
    if (listed && listed[0] && /,|\s(?:and|&)\s/i.test(listed[1])) {
      const parts = listed[1].split(/,|\s(?:and|&)\s/i).map((p) => p.trim()).filter(Boolean);
      const outside = parts.length >= 2 && parts.every((p) => /\p{L}/u.test(p)) ? this.matchName(listed[0]) : undefined;
      // (mend5) Only when two parts or more are analytes: a bracket of one analyte and a method's or sample's words
      // (`Cholesterol (non-HDL, calculated)`, `Cholesterol (LDL, Friedewald)`) names that analyte.
      // (Each part with the name before it, read once: the analytes it names and whether it says the name outside.)
      const withName = outside ? parts.map((p) => ({ part: p, hit: this.matchName(`${listed[0]} (${p})`) })) : [];
      const others = [...new Set(withName.map((w) => w.hit).filter((hit) => hit !== undefined && hit !== outside))];
      if (others.length >= 2) return undefined;
      // A part that says the name outside itself (`Bilirubin (total, direct)`: `Bilirubin total`) is an analyte too.
      // (`calculated`, `calc.` say how: no analyte.)
      const saysOutside = withName.some((w) => !CALCULATED_PART.test(w.part) && w.hit === outside && this.matchName(`${listed[0]} ${w.part}`) === outside);
      if (others.length === 1 && parts.length === 2 && !saysOutside) return others[0];
      if (others.length === 1 && saysOutside) return undefined;
    }
    // `Glucose Random`, `HbA1c DCCT`, `glucose niet nuchter, veneus (lab)`, `Glicose em jejum (soro)`: words after the
    // name, after a comma, in parentheses or as trailing words, that say only the sample, the condition it was taken
    // under, where it was measured or a standard (SAMPLE_QUALIFIERS) — the name without them, when the catalog knows it
    // and it can have been measured in that sample (`pH, venous` is no arterial pH).
    // A Nordic specimen prefix (`S-Jern`, `P-Glukose`, `B-Hæmoglobin`, `fS-Kolesterol`: serum, plasma, blood, fasting
    // serum, as NPU names and Danish, Norwegian and Swedish laboratories print them) before a name the catalog knows:
    // that test. Upper case, as printed (`NT-proBNP` keeps its `NT-`); `U-` (urine) is the urine rules'. Not before a
    // cell lineage's name (`B-Lymphozyten`, `B-Lymphocytes (CD19+)`, `B-Zellen`: B cells, a lymphocyte subset; Danish
    // `B-Lymfocytter` can be either, so neither), nor `P-` before amylase (`P-Amylase`, German for the pancreatic
    // isoenzyme): there the letter is part of the name.
    // (labs34fix) Also `Pt-` (the patient: a result computed from others, `Pt-eGFR`), `fP-` (fasting plasma) and the
    // prefixes that name the cells a result is of — `Ery-`/`Erc-` (the red cells: `Ery-MCV`), `Lkc-` (the white cells),
    // `Trc-` (the platelets) — before a name of that kind of cell's measure only (`Ery-Folat`, the red cells' folate, is
    // another test than the serum's folate). A specimen prefix's sample must fit the analyte (`fitsSample`): `P-Hemoglobin`
    // (plasma's free haemoglobin) and `B-Folat` (whole blood's, the red cells' folate) are other tests.
    // (The cells' prefixes in any case, `ERY-MCV`: the entry they allow says the rest.)
    // (labs35fix) The prefix joined by an en or em dash as by a hyphen (`P—Natrium`, `B–MCV`: a portal's copy, Sweden's
    // 1177), and a cells' prefix with its specimen in parentheses (`Erc(B)-MCH`: the red cells of the blood).
    const nordic = NORDIC_PREFIX.exec(name.trim());
    if (nordic && !/^(?:lymph|lymf|zell|cell)/i.test(nordic[2]!) && !(nordic[1] === 'P' && /^amylas/i.test(nordic[2]!))) {
      // (labwords review) `P-Urat`, `S-Urat`, `fS-Urat`: the uric acid (`Urat` alone is no name the catalog knows: urine
      // microscopy's urate crystals; coding reads it outside urine in a uric acid's unit).
      // (fixnm) A Finnish `-V` (vapaa, free) after the name (`P -T4-V`, `P -T3-V`): the free fraction of what the name
      // before it reads, where the catalog has one (FREE_FRACTION); none elsewhere (`P -Krea-V`).
      const vapaa = FINNISH_FREE.exec(nordic[2]!.trim());
      const free = vapaa ? this.matchName(`Free ${vapaa[1]}`) : undefined;
      const hit = vapaa ? (free && FREE_FRACTION.test(free.key) ? free : undefined)
        : this.matchName(/^urat$/i.test(nordic[2]!.trim()) ? 'Uric acid' : nordic[2]!);
      if (hit && prefixFits(nordic[1]!.replace(/\([A-Za-z]{1,3}\)$/, ''), hit)) return hit;
      // (cat8 review) The red cells' prefix before an analyte they hold (`Ery-Magnesium`): its red cells' entry, if any.
      const red = hit && /^er[yc]/i.test(nordic[1]!) ? this.inRedCells(hit) : undefined;
      if (red) return red;
    }
    // (cat8 review) Red cells' words before or after a name, with `in` or not (`RBC Mg`, `Magnesium in Erythrocytes`,
    // `Mg Erythrocyte`): the red cells' entry of the analyte the rest names (inRedCells), never the serum's; none when
    // the catalog has no such entry (`RBC Folate` stays unknown: matchNameOnce's red cells' rule).
    const aroundRedCells = RED_CELLS_AROUND.exec(normalizeName(name));
    if (aroundRedCells) {
      const rest = this.matchName(aroundRedCells[1] ?? aroundRedCells[2]!);
      const red = rest && !ofRedCells(rest) ? this.inRedCells(rest) : undefined;
      if (red) return red;
    }
    // (nameprefix) A specimen's letter with a point (`S. Ferritin`, `S.Uric Acid`, `P. Glucose`, `B. Hemoglobin`; `Sr.
    // Creatinine`: serum, plasma, blood, as Indian laboratories print them), or with a hyphen spaced apart (`S - Ferritin`):
    // the Nordic prefix's reading — the test the rest names, when the sample fits it (`S. Hemoglobin` is no blood count's;
    // `P. Amylase`, `B. Lymphocytes` name the pancreatic isoenzyme and the B cells). The rest begins with a word, not an
    // initial (`P.T.`, `S.G.O.T.` are abbreviations of their own).
    const dotted = SPECIMEN_LETTER.exec(name.trim());
    if (dotted && !/^(?:lymph|lymf|zell|cell)/i.test(dotted[2]!) && !(dotted[1] === 'P' && /^amylas/i.test(dotted[2]!))) {
      const hit = this.matchName(dotted[2]!);
      if (hit && prefixFits(dotted[1]!.startsWith('S') ? 'S' : dotted[1]!, hit)) return hit;
    }
    // (nameprefix) A panel's name before a colon (`E/U/Cr: SODIUM`, `U&E: Potassium`, `LFT: ALT`, `Lipid profile: HDL`):
    // the test the rest names. Only a panel of blood tests (PANEL_LABEL): another label (`Urine: Sodium`, `2 hr:
    // Glucose`, `Previous: Glucose`) may change what the rest is, and is left unread.
    const panel = PANEL_LABEL.exec(name.trim());
    if (panel) {
      const hit = this.matchName(panel[1]!);
      if (hit && !ofOtherSpecimen(hit)) return hit;
    }
    const sample = withoutSampleQualifiers(name);
    if (sample) {
      const hit = this.matchName(sample.rest);
      if (hit && fitsSample(hit, sample.says)) return hit;
    }
    // (portals) The time of day before the name (`AM Cortisol`, `Morning cortisol`, `PM cortisol`: a US portal's and a
    // provider's names), as after it (`Cortisol, AM`: SAMPLE_QUALIFIERS).
    // (mixed) And a trough level's word (`Trough total testosterone`: the injection cycle's lowest, a hormone clinic's).
    const timeFirst = /^(?:am|pm|a\.m\.|p\.m\.|morning|evening|early morning|trough)\s+(\p{L}.*)$/iu.exec(name.trim());
    if (timeFirst) {
      const hit = this.matchName(timeFirst[1]!);
      if (hit) return hit;
    }
    // (fixnm) A specimen's word between the name's words (`Colesterol seric total`): the name without it, as after it.
    const innerSample = withoutInnerSpecimenWord(name);
    if (innerSample) {
      const hit = this.matchName(innerSample.rest);
      if (hit && fitsSample(hit, innerSample.says)) return hit;
    }
    // (review of set 19) A vitamin's letter before the word vitamin, as Nordic, Finnish, Estonian, Hungarian and Turkish
    // name it (`D-vitamin`, `B12-vitamin`, `D-vitamiini`, `D-vitamiin`, `D-vitamin (25-OH)`, `D vitamini`): the vitamin
    // so named, the rest after it kept.
    const letterFirst = VITAMIN_LETTER_FIRST.exec(name.trim());
    if (letterFirst) {
      const hit = this.matchName(`${letterFirst[1] ?? ''}Vitamin ${letterFirst[2]!.replace(/\s+/g, '')}${letterFirst[3]}`);
      if (hit) return hit;
    }
    // `HCT Αιματοκρίτης`, `Ne Ουδετερόφιλα` (a Greek report prints a Latin code before the Greek name): the code when the
    // catalog knows it, else the Greek name.
    const codeBeforeGreek = /^([A-Za-z][A-Za-z0-9]{0,5})\s+(\p{Script=Greek}.*)$/u.exec(name.trim());
    if (codeBeforeGreek) {
      const hit = this.byName.get(normalizeName(codeBeforeGreek[1]!)) ?? this.matchName(codeBeforeGreek[2]!);
      if (hit) return hit;
    }
    // (b60) A code before a dash and the test's name in the laboratory's language, abbreviated (`MCV-stř.obj.ery`,
    // `MCHC - stř.bark.`, `MCH - bark.ery`, `MCH - prům. bark.`: a Czech blood count's): the code, when the catalog knows
    // it and the words after the dash are an abbreviation — every word with its point (the last may have lost its
    // point with the name's end: `MCH - prům. bark`), none a word of another language's test names (FOREIGN_WORDS:
    // `HB - glyk.`) nor a qualifier (`LDL - calc.`) — or a name of the code's own test (`WBC - leukocyty`). Other words
    // after the dash may make another test or a form of it (`HB - fetální`, `ALP - kostní izoenzym`, `PSA - complexed`,
    // `LDL - small dense`, `TSH - receptor antibody`): the name stays unknown. (b60 review)
    const codeDash = /^([A-Z]{2,5})\s?-\s?(\p{Ll}[\p{L}.\s]*)$/u.exec(name.trim());
    if (codeDash) {
      const code = this.byName.get(normalizeName(codeDash[1]!));
      const tail = codeDash[2]!.trim();
      const printed = tail.split(/\s+/);
      const abbreviated = tail.includes('.') && printed.every((w, i) => w.includes('.') || i === printed.length - 1);
      const words = foldName(tail).split(/[^a-z]+/).filter(Boolean);
      if (code && words.length && abbreviated && !words.some((w) => ownEntry(FOREIGN_WORDS, w) || CODE_DASH_QUALIFIER.test(w))
        && !this.matchName(tail)) return code;
      if (code && this.matchName(tail) === code) return code;
    }
    // `(WBC) Leucocite`, `(RBC) Hematii` (a Romanian LIS prints the code before the name): the test the code and the
    // name each name. A specimen, a time or a qualifier before the name (`(RBC) Folate`, `(Pleural) LDH`, `(2hr)
    // Glucose`) names no test of its own, or another: the name stays unknown.
    const codeFirst = /^\(([A-Za-z0-9%#-]{2,8})\)\s*(\S.*)$/.exec(name.trim());
    if (codeFirst) {
      const byCode = this.byName.get(normalizeName(codeFirst[1]!));
      if (byCode && this.matchName(codeFirst[2]!) === byCode) return byCode;
    }
    // (keysfix) A name with another name of its analyte in brackets inside it (`Thyroid Peroxidase (TPO) Ab`,
    // `Thyroxine (T4) Free`): the analyte both read as, with the words after the bracket (`Thyroid Peroxidase Ab`,
    // `TPO Ab`), when both are one analyte's names; a bracket that says something else leaves the name unread here.
    const inner = innerBracket(name);
    if (inner) {
      const a = this.matchName(`${inner[0]} ${inner[2]}`);
      if (a && this.matchName(`${inner[1]} ${inner[2]}`) === a) return a;
    }
    const lettered = this.letteredQualifier(name);
    if (lettered !== undefined) return lettered ?? undefined;
    // (leftfix) `/^(.*?)\s*\(([^)]*)\)\s*$/` in one pass: the regex cost the square of a run of spaces.
    const trailing = trailingParenthesis(name.trim());
    const paren = trailing ? [name, ...trailing] : null;
    // `(Absolute)`, `(%)`, `(Free)`, `(Ionized)`, `(Urine)` change what was measured: never dropped (a wrong
    // biomarker is worse than an unknown one), nor in another language (`(İyonize)`, `(İdrar)`).
    // (labs35fix) Letters that begin the name outside (`Urea (UR)`, `Glucosa (GLU)`, `Colesterol (COL)`) abbreviate it,
    // whatever sample the same letters name elsewhere (`(UR)`, urine): they change nothing.
    // (labs35fix review) Only the name's own abbreviation: the first letters of a name of one word, or the initials of
    // its words (`Uric Acid (UR)` is no `UA`: the urine's uric acid).
    const abbreviates = paren ? abbreviationOf(paren[1]!, paren[2]!) : false;
    // (readfixC) `(Direct)` after a name of a free hormone (`Free T4 (Direct)`, Labcorp's `T4,Free(Direct)`) is the
    // method (a direct immunoassay of the free fraction), not the direct fraction: nothing changes.
    const directOfFree = paren !== null && normalizeName(paren[2]!) === 'direct' && FREE_FRACTION.test(this.matchName(paren[1]!)?.key ?? '');
    // (fixl) In another language too, a word with letters beyond ASCII that normalizeName leaves out of the English words
    // (BRACKET_CHANGING, folded: `Calcio (iónico)`, `Cálcio (iônico)`, `Calcium (ionisé)`): the ionized calcium, never the
    // total. One word, as nameWithBracket reads one after a value: a method's words (`(Ensaio Enzimático … Directo)`) say
    // how, not what. (An ASCII word is ANALYTE_CHANGING's, with its exceptions: `(direct dialysis)`, `(RBC)`.)
    const foreign = paren !== null && /^\s*\S+\s*$/.test(paren[2]!) && /[^\x20-\x7e]/.test(paren[2]!) && BRACKET_CHANGING.test(foldName(paren[2]!));
    const changing = paren && !abbreviates && !directOfFree ? ANALYTE_CHANGING.test(normalizeName(paren[2]!)) || foreign : false;
    if (paren && !/abs|%|percent|ratio|calc/i.test(paren[2]!) && !changing) {
      const outside = this.matchName(paren[1]!);
      // `Ammonia (P)`, `DAT (CB)`: in parentheses these letters say the specimen (plasma, cord blood), not an analyte.
      const inside = SPECIMEN_LETTERS.test(paren[2]!.trim()) ? undefined : this.byName.get(normalizeName(paren[2]!));
      // Words in another script (`Среднее содержание Hb в эритроците (MCH)`) fold to their Latin fragments only
      // (`Hb`): the abbreviation in parentheses names the row, not a fragment of the words before it.
      if (outside && inside && /[^\p{Script=Latin}\P{L}]/u.test(paren[1]!) && !ownEntry(CYRILLIC_NAMES, cyrillicKey(paren[1]!)) && !ownEntry(CJK_NAMES, paren[1]!.replace(/\s+/g, ''))) return inside;
      // `pH (venous)`: a sample in parentheses the name outside's analyte cannot have been measured in names another test.
      const says = abbreviates ? null : sampleQualifiersOnly(paren[2]!);
      // (fixr85d) A hormone's name with the free fraction's abbreviation after it (`Triiodothyronine (FT3)`, `Thyroxine
      // (FT4)`, as a UK private laboratory prints them): the abbreviation says which was measured, the free hormone,
      // where the name outside does not say total (`Total Thyroxine (FT4)` stays the total it says).
      if (outside && inside && inside !== outside && FREE_FRACTION.test(inside.key) && !FREE_FRACTION.test(outside.key)
        && inside.key.replace(FREE_FRACTION, '') === outside.key.replace(/^total-/, '') && !/\btotal\b/i.test(foldName(paren[1]!))) return inside;
      if (outside && (!says || fitsSample(outside, says))) return outside;
      // An abbreviation that is the initials of the words before it abbreviates those words: it names the catalog's
      // entry only when they share a word with its names (`Mean Corpuscular Vol (MCV)`), not when they name another
      // analyte (`Antigène carcino-embryonnaire (ACE)` is the French CEA, not angiotensin-converting enzyme).
      // (keysfix) Red cells' words in the bracket (`(RBC)`, `(Erythrocytes)`) after words that are no red cells' name
      // (`Zinc (RBC)`, `Some Heading Folate (RBC)`): the bracket says what the analyte before it was measured in, the red
      // cells' content, never the red cell count itself — unknown. After a red cells' name in other words (`Hematii
      // (RBC)`, `Eritrocite (RBC)`, `Red Blood Corpuscles (RBC)`) it is that name's code.
      // (keysfix review) Not read here; the later rules (a LOINC name, an equation) may still read the name.
      const inRedCells = inside !== undefined && RED_CELL_WORDS.test(normalizeName(paren[2]!)) && !namesRedCells(paren[1]!, paren[2]!, inside);
      if (inside && !inRedCells && !(initialsOf(paren[1]!) === normalizeName(paren[2]!) && !sharesWord(paren[1]!, inside))) return inside;
    }
    // A parenthesis that is itself a whole name (`Free Thyroxine (Free T4)`), not only the word that changes the
    // analyte (`Testosterone (Free)`): that name, qualifier included.
    if (paren && !/abs|%|percent/i.test(paren[2]!) && changing && /[a-z0-9]/i.test(normalizeName(paren[2]!).replace(ANALYTE_CHANGING_ALL, ''))) {
      const inside = this.byName.get(normalizeName(paren[2]!));
      if (inside) return inside;
    }
    // (loincnames) A LOINC short name (what some HL7 and FHIR displays print: `Creat SerPl-mCnc`, `WBC # Bld Auto`,
    // `Prot Ur Strip-mCnc`): its analyte's words, a specimen other than blood kept (loincShortName).
    // (loincnames review) What its system and property say must fit the analyte read (loincShortHit).
    const short = readLoincShortName(name);
    if (short !== undefined) return short ? this.loincShortHit(name, short) : undefined;
    // A LOINC long common name (what HL7 and FHIR displays print): its component, without property, system and method.
    const component = loincComponent(name);
    if (component) {
      // (loincnames) `C reactive protein [Mass/volume] in Serum or Plasma by High sensitivity method`: the catalog's
      // high-sensitivity assay of it (as `CRP, high sensitivity` reads).
      const sensitive = /\sby\s+high[- ]sensitivity\s+method\s*$/i.test(name) ? this.matchName(`${component}, high sensitivity`) : undefined;
      if (sensitive) return sensitive;
      const hit = this.matchName(component) ?? (/^erythrocyte\s+(mean|distribution)\b/i.test(component) ? this.matchName(component.replace(/^erythrocyte\s+/i, '')) : undefined);
      if (hit) return hit;
    }
    // `EGFR CKD-EPI 2021`, `GFR (MDRD)`: the equation a value was computed with does not change what it estimates.
    const bare = name.replace(EQUATION, '').trim();
    if (bare !== name.trim() && bare) {
      const hit = this.matchName(bare);
      if (hit) return hit;
    }
    // OCR's `l` or `I` for a `1` (`Hemoglobin Alc`, `HbAIc`, `HEMOGLOBIN ALC`, `Vitamin Bl2`): between a capital and
    // the small letter ending a word, before a word's last `c`, or beside a digit — taken only when the name so read is
    // one the catalog knows (`ALC` itself is the absolute lymphocyte count, known as printed).
    const ocr = name.replace(/(?<=[A-Z])[lI](?=[a-z]\b)|(?<=[A-Za-z])[lIL](?=[cC]\b)|(?<=\d)[lI]|[lI](?=\d)/g, '1');
    if (ocr !== name) {
      const hit = this.byName.get(normalizeName(ocr));
      if (hit) return hit;
    }
    // `Urine Protein`, `Glucose, Urine`: the analyte in urine.
    // (labs34fix) `U-Albumin`, `U-Glukose`: the Nordic urine prefix, the analyte in urine.
    // (nordicnames) Joined as the other prefixes are (`U -Krea`, `U_Kreatinin`: URINE_PREFIX).
    const urinePrefix = URINE_PREFIX.exec(name.trim());
    if (urinePrefix) return this.inUrine(urineInEnglish(urinePrefix[1]!));
    const english = urineInEnglish(name);
    if (/\b(urine|ur)\b/i.test(english)) return this.inUrine(english);
    const two = this.twoNamesOfOne(n);
    if (two) return two;
    // (labs53fix) Two names of one test about a slash, each read as a name alone (`Seg/Neutro`, `Segmenters /
    // Neutrophils`): that test. Two tests (`BUN/Creatinine`, a ratio) or a half the catalog does not know: none.
    const slashed = slashedHalves(name);
    if (slashed) {
      const a = this.matchName(slashed[0]);
      if (a && this.matchName(slashed[1])?.key === a.key) return a;
    }
    // (labs53fix) `Absolute Seg/Neutro Count`, `Absolute Band Count`: `Absolute` before a cell's name the catalog knows
    // as a share (`count` after it or not) is that cell's absolute count, where the catalog has one.
    // (diffslash) Or after it (`NEUT absolute`, `MONO (Absolute)`, `MONO abs`: a differential's abbreviation the catalog knows
    // as the share, the count asked for by the text reader's differential lines).
    const absolute = /^absolute\s+(.+?)(?:\s+counts?)?$/i.exec(name.trim()) ?? /^(.+?)\s+(?:absolute|abs\.?|#|\(\s*(?:absolute|abs\.?)\s*\))$/i.exec(name.trim());
    if (absolute) {
      const cell = this.matchName(absolute[1]!);
      const counted = cell && !cell.key.endsWith('-absolute') ? this.resolve(`${cell.key}-absolute`) : undefined;
      if (counted) return counted;
    }
    // `Free Testost.`: a last word cut short, spelt out.
    const spelled = this.spelledOut(n);
    return spelled ? this.byName.get(spelled) : undefined;
  }

  /** Catalog names by word count and all their words but the last (`2|free`), with that last word: for `spelledOut`. */
  private cutShortIndex: Map<string, { last: string; name: string; entry: CatalogEntry }[]> | undefined;
  /** Every word of the catalog's names (`creatine`, of creatine kinase): a word printed whole, never one cut short. */
  private catalogWords: Set<string> | undefined;

  /** Builds `cutShortIndex` and `catalogWords` once. */
  private cutShortWords(): { index: Map<string, { last: string; name: string; entry: CatalogEntry }[]>; words: Set<string> } {
    if (!this.cutShortIndex || !this.catalogWords) {
      this.cutShortIndex = new Map();
      this.catalogWords = new Set();
      for (const [name, entry] of this.byName) {
        const w = name.split(' ');
        for (const word of w) this.catalogWords.add(word);
        const at = `${w.length}|${w.slice(0, -1).join(' ')}`;
        const list = this.cutShortIndex.get(at) ?? [];
        list.push({ last: w[w.length - 1]!, name, entry });
        this.cutShortIndex.set(at, list);
      }
    }
    return { index: this.cutShortIndex, words: this.catalogWords };
  }

  /**
   * Whether a name's last word may be one cut short (`Free Testost.`, `Cholest.`, `Trans.`): five letters at least
   * (`Estr.`, `Gluc.` are too few to say which word they begin — estradiol, estrone or estriol), no word of the
   * catalog's names as printed (`Creatine`, of creatine kinase, is no cut `creatinine`).
   */
  private cutWord(normalized: string): string | undefined {
    const last = normalized.split(' ').pop()!;
    return /^[a-z]{5,}$/.test(last) && !this.cutShortWords().words.has(last) ? last : undefined;
  }

  /**
   * `Free Testost.`, `Cholest.`, `Triglycer.`: a name whose last word a narrow column or a printout cut short
   * (`cutWord`), its other words whole, spelt out — the catalog's name with as many words, the same others and a last
   * word that it begins, when all such names are of one entry (`free testosterone`); undefined for an ambiguous
   * beginning (`Plat.`: platelet count or plateletcrit). A rewrite of the name, not its entry, so that a name cut short
   * in urine is the urine's analyte (`Bilir.` under a urinalysis is `bilirubin`, read in urine). Asked only of a name
   * unknown as printed (the last resort of matching), so that no known name becomes another.
   */
  private spelledOut(normalized: string): string | undefined {
    const last = this.cutWord(normalized);
    if (!last) return undefined;
    const words = normalized.split(' ');
    const found = (this.cutShortWords().index.get(`${words.length}|${words.slice(0, -1).join(' ')}`) ?? [])
      .filter((c) => c.last.length > last.length && c.last.startsWith(last));
    if (new Set(found.map((c) => c.entry)).size !== 1) return undefined;
    // (Of one entry's names, the shortest: `triglycerides`, not a longer spelling.)
    return found.map((c) => c.name).sort((a, b) => a.length - b.length)[0];
  }

  /**
   * (names) For coding: is this name a testosterone's letter after `Total` or `Free` (TESTOSTERONE_LETTER: `Total T`,
   * `Free T`), which names it only with a printed range on its scale (coding.ts, onTestosteroneScale)?
   */
  readsLetterForm = (name: string): boolean => TESTOSTERONE_LETTER.test(foldName(name));

  /**
   * For coding: is this name's last word one cut short (`cutWord`) that begins a word of the catalog's names, so that
   * what it names rests on that beginning alone (`Trans.`: transferrin, or a transaminase in U/L)? Coding then asks its
   * unit to agree.
   */
  readsCutShort = (name: string): boolean => {
    const n = normalizeName(urineInEnglish(name));
    if (this.byName.has(n)) return false;
    const last = this.cutWord(n);
    return Boolean(last && [...this.cutShortWords().words].some((w) => w.length > last.length && w.startsWith(last)));
  };

  /**
   * `Bilirubin (D)`, `Bilirubin (T)`, `Bilirubin (I)`, `Bilirubin-D`, `Bilirubin T`: one capital letter after a name
   * abbreviates its qualifier (total, direct, indirect). The name with the word spelt out when the catalog knows it
   * (`Direct Bilirubin`); null (unknown) for a parenthesised `(I)` after an ion (`Calcium (I)`, `Magnesium (I)`: the
   * ionized fraction) and for a `(D)` or `(I)` it does not know of a whole the catalog knows as `Total …`, which would otherwise be dropped to match the name outside
   * it — a wrong biomarker is worse than an unknown one; undefined when the name has no such letter (or only an unparenthesised one the catalog does not
   * know with its word: `Vitamin D` is matched by name before this).
   * (names) The word spelt out in brackets (`(direct)`, `(indirect)`) is read as its letter, and where the catalog knows
   * the name with it in neither order, the name outside's analyte (a direct assay: `LDL-C (direct)`) unless that is a
   * whole of fractions (null).
   */
  private letteredQualifier(name: string): CatalogEntry | null | undefined {
    const m = /^(.*?[A-Za-z].*?)(?:\s*\(([TDI])\)|(?:\s*-\s*|\s*,\s*|\s+)([TDI])|\s*\(\s*((?:[Ii]n)?[Dd]irect|(?:IN)?DIRECT)\s*\))\s*$/.exec(name.trim());
    if (!m) return undefined;
    const spelt = m[4] ? (/^in/i.test(m[4]) ? 'Indirect' : 'Direct') : undefined;
    const word = spelt ?? LETTERED_QUALIFIERS[(m[2] ?? m[3])!]!;
    const outside = m[1]!.trim();
    for (const candidate of [`${word} ${outside}`, `${outside}, ${word}`]) {
      const hit = this.matchName(candidate);
      if (hit) return hit;
    }
    // (names) The word spelt out in brackets (`LDL-C (direct)`, `HDL-C (direct)`: a direct assay, not a calculation):
    // the method, as its letter reads (`LDL (D)`), where the catalog knows the name outside and no fraction of it — not
    // a whole it knows as `Total …` (`Cholesterol (direct)`, `Calcium (indirect)`), nor one of a direct and indirect
    // pair (the spelt-out names above read those that it knows).
    if (spelt) {
      const measured = this.matchName(outside);
      if (!measured || (spelt === 'Indirect' && Math.abs(measured.charge ?? 0) >= 2)) return measured ? null : undefined;
      const fractions = [`Total ${outside}`, `Direct ${outside}`, `Indirect ${outside}`].some((w) => this.matchName(w) !== undefined);
      return fractions ? null : measured;
    }
    // Unknown only where the name outside is a whole the catalog also knows as `Total …` (calcium, bilirubin,
    // protein): its lettered part is another measurement. Elsewhere the letter says how it was measured (`LDL (D)`,
    // directly; `Ferritin (I)`, an immunoassay), not what.
    const whole = m[2] && m[2] !== 'T' ? this.matchName(outside) : undefined;
    // `(I)` after an ion of charge two (`Magnesium (I)`, `Ca (I)`) is the ionised fraction, not the total the name outside
    // is; after sodium or potassium (one charge, no ionised fraction reported apart) it says how it was measured
    // (indirect ISE).
    if (whole && m[2] === 'I' && Math.abs(whole.charge ?? 0) >= 2) return null;
    return whole && this.matchName(`Total ${outside}`) === whole ? null : undefined;
  }

  /**
   * A name printed with its synonym (`HbA1c Glycated Hgb`, `ALT SGPT`): when the words split into two names the
   * catalog knows and both are the same biomarker, that one. Two different biomarkers (`Urea Creatinine`) are not.
   */
  private twoNamesOfOne(normalized: string): CatalogEntry | undefined {
    const words = normalized.split(' ');
    if (words.length < 2 || words.length > 8) return undefined;
    for (let i = 1; i < words.length; i++) {
      const a = this.byName.get(words.slice(0, i).join(' '));
      const b = a && this.byName.get(words.slice(i).join(' '));
      if (a && b && a.key === b.key) return a;
    }
    return undefined;
  }

  /** A name read as a urine analyte (`Glucose` under `Urinalysis`, `Urine Protein`): the catalog's name for it in urine. */
  matchInUrine(name: string, qualitative = false): CatalogEntry | undefined {
    if (name.length > LONGEST_NAME) return undefined;
    // (review 34) A name of world-names.ts read in its English name, so that under a urine heading it is the urine's test
    // as the English name is (`Glikoze`, `Leikocīti` had read as the blood's glucose and white cell count).
    return remembered(this.urineMemo, `${qualitative ? 'q' : 'n'}:${name}`, () => this.inUrine(urineInEnglish(worldEnglish(name) ?? name), qualitative));
  }

  /** `matchInUrine` of a name whose other languages' words for urine are already `urine` (`urineInEnglish`). */
  private inUrine(english: string, qualitative = false): CatalogEntry | undefined {
    // (fixjp) A section's heading in square brackets before the name (`[Urinalysis] Urine Protein`: the text reader
    // keeps a bracketed heading with its first row's name) is no part of it, as loincComponent drops a bracket's words.
    const printed = english.replace(/\[[^\][]*\]/g, ' ').replace(/\s+/g, ' ').trim().replace(URINE_PREFIX, '$1').replace(/^(?:urine|ur)\s+(?=\S)|,?\s+(?:in\s+)?(?:urine|ur)$|\s*\((?:urine|ur)\)$/i, '')
      // (labs34fix review) `Recuento de leucocitos`, `Contagem de hemácias` (Spanish, Portuguese: the count of the cells
      // named): in urine, the urine's cells per field, as their name alone is.
      .replace(COUNT_OF, '')
      // A strip's `LEU`/`ERY` pads: leukocytes and erythrocytes in urine (in blood they are the cell counts).
      .replace(/^(?:leu|leuk|leuko)$/i, 'Leukocytes').replace(/^(?:ery|eryt|erys)$/i, 'Erythrocytes')
      // Microscopy counts named as the blood cells are (`Red Blood Cells`, `White Cells`, `Pus Cells`).
      .replace(RED_CELLS, 'Erythrocytes').replace(WHITE_CELLS, 'Leukocytes')
      // (labs49fix) `WBC Esterase` (Labcorp's name of the strip's pad): the leukocyte esterase.
      .replace(/^(?:wbc|white (?:blood )?cell) esterase$/i, 'Leukocyte Esterase')
      // (urinept) The specific gravity's temperature (`Densidade a 15 ºC`, `Densidad a 20°C`, `Specific gravity at 15 C`;
      // the `º` OCR'd as a 0, `a 150 C`): no part of the name.
      .replace(AT_TEMPERATURE, '')
      // (b67u2) German `-Wert` (value) after a strip's name (`pH-Wert`): the test's name alone.
      .replace(/(?<=\S)[\s-]+wert$/i, '');
    // (urinept) Portuguese and Spanish names the strip's pads and the colour have only in urine (URINE_ONLY_NAMES).
    const named = ownEntry(URINE_ONLY_NAMES, foldName(printed)) ?? (CYRILLIC_LETTER.test(printed) ? ownEntry(CYRILLIC_URINE_NAMES, cyrillicKey(printed)) : undefined) ?? printed;
    // (labs52cat) A strip's pad named by what it tests and what it detects (`Eritrosit (haem)`, `Erythrocytes (heme)`:
    // the blood pad, not the cells; `Protein (Albumin)`: the protein pad).
    const n = named && /[(]/.test(named) ? stripPadName(named) ?? named : named;
    if (!n || /\b(urine|ur)\b/i.test(n)) return undefined;
    const singular = n.replace(/s$/i, '');
    // `Urine Protein` is the catalog's `Proteins in Urine` (the amount), before the presence the strip reads.
    // (b65m) And the name's word in English where the vocabulary turns it into another (`Eiweiß`, `Gesamteiweiß`,
    // `Proteínas`, `Proteine`: protein; `total` dropped, a urine's protein being all of it), tried as the name is: the
    // urine's protein for its amount as for its presence. (English names are their own word: no other tried. Names in
    // other scripts, read whole by their own tables as the blood's tests — `Глюкоза`, `Лейкоциты` — stay as they were:
    // cyrillic.spec's known limit.)
    const translated = LATIN_NAME.test(n) ? normalizeName(n) : '';
    // (mend1) `total` dropped only where the vocabulary added it (`Eiweiß`, `Proteínas`: protein); a name that prints
    // it (`Proteínas totales`, `Gesamteiweiß`, `Proteine totali`) keeps it, as English `Total Protein` does (the serum's
    // total protein, under a urine heading too).
    const printsTotal = /(?:^|\s)(?:gesamt|total|totale?s|totali|totais|totaux)/.test(foldName(n));
    const word = translated && translated !== foldName(n) ? (printsTotal ? translated : translated.replace(/^total (?=\S)/, '')) : '';
    const wordSingular = word.replace(/s$/, '');
    const bases = [...(n === singular ? [n, `${n}s`] : [n, singular]), ...(!word ? [] : word === wordSingular ? [word, `${word}s`] : [word, wordSingular])];
    const forms = (base: string) => [`${base} in Urine`, `Urine ${base}`, `${base}, Urine`, `${base} Ur`];
    const presence = (base: string) => `${base} in Urine (Presence)`;
    // A dipstick answer (`3+`, `Trace`) is the presence of the analyte, where the catalog has that apart from the amount.
    const candidates = qualitative ? [...bases.map(presence), ...bases.flatMap(forms)] : [...bases.flatMap(forms), ...bases.map(presence)];
    for (const candidate of candidates) {
      const hit = this.byName.get(normalizeName(candidate));
      if (hit) return hit;
    }
    // (readfixC) A drug's own name in urine (`Morphine, urine`, `Urine THC` or under a urine section): its urine screen.
    const drug = this.byName.get(normalizeName(n));
    if (drug && URINE_SCREEN.test(drug.key)) return drug;
    // (fixnm) Two names of one test about a slash (`Glucose/Sugar` under a urinalysis), each read in urine as one
    // analyte: that one, as matchName reads them outside urine (slashedHalves).
    const halves = slashedHalves(n);
    const first = halves ? this.inUrine(halves[0], qualitative) : undefined;
    if (first && this.inUrine(halves![1], qualitative)?.key === first.key) return first;
    // `Bilir.`, `Urobil.` (a strip's narrow name column): its last word spelt out, then read in urine.
    const spelled = this.spelledOut(normalizeName(n));
    return spelled ? this.inUrine(spelled, qualitative) : undefined;
  }

  /**
   * (labs34fix) `B-Lymfocytter`, `B-Lymphocytes`: the blood's lymphocytes, for a report whose other names carry Nordic
   * specimen prefixes (the caller knows that; `matchName` alone reads `B-` before a lymphocyte as the B cells' name and
   * knows neither). Not with a parenthesis or a marker after it (`B-Lymfocytter (CD19+)`, `B-lymfocytter CD19`), nor
   * with words of a lymphocyte subset: those are the B cells.
   */
  matchBloodLymphocytes(name: string): CatalogEntry | undefined {
    const m = /^B-(?=\p{L})(.+)$/u.exec(name.trim());
    if (!m || !/^(?:lymph|lymf)/i.test(m[1]!) || /[()[\]]|\bCD\s*\d|\b(?:cells?|celler|zellen|subsets?|undergrupper?)\b/i.test(m[1]!)) return undefined;
    const hit = this.matchName(m[1]!);
    return hit && /^lymphocytes(?:-absolute)?$/.test(hit.key) ? hit : undefined;
  }

  /**
   * (labs35fix) For coding: the clotting time a name printed with a unit of time names, by the abbreviations Spanish and
   * Portuguese coagulation panels print (`TP`, tiempo/tempo de protrombina; `TTP`, `TTPa`, `TPT`, tiempo de
   * tromboplastina parcial, activado) as well as by the catalog's own names (`PT`, `aPTT`). Only with the time: `TP`
   * alone is a total protein elsewhere. Undefined for a name that names no clotting time.
   */
  /**
   * (cat8 review) For coding: the entries a name the catalog does not hold may be, where only the printed unit tells which
   * (UNIT_DECIDES: `Renin`, the activity per hour or the direct concentration; `PRA`, the activity), the sample's words
   * (SAMPLE_QUALIFIERS: `Plasma Renin`, `Renin, Plasma`) dropped and every word left one of UNIT_DECIDES's (`Renin
   * (PRA)`: the entries both name). Empty for any other name.
   */
  decidedByUnit(name: string): CatalogEntry[] {
    const words = normalizeName(name).split(' ').filter((w) => w && !sampleSays(w));
    if (words.length === 0 || words.length > 3 || !words.every((w) => Object.hasOwn(UNIT_DECIDES, w))) return [];
    const keys = words.map((w) => UNIT_DECIDES[w]!).reduce((a, b) => a.filter((k) => b.includes(k)));
    return keys.map((k) => this.resolve(k)).filter((e): e is CatalogEntry => e !== undefined);
  }

  /**
   * (shortcodes, cobas) For coding: the entry a short code (SHORT_CODES: `TB`, `E3`, `P4`, `TC`) or a Roche cobas application
   * code (COBAS_CODES: `ALTL`, `CREJ2`) printed as a row's whole name says, given the row's printed unit (UCUM): a short
   * code only in one of the units its test is reported in, a cobas code in a unit its test converts from. Undefined for
   * any other name, or no unit, or another unit, or (a code read only with a range on its test's scale) a range whose
   * upper bound, `rangeHigh`, is below that scale's or missing.
   */
  codeByUnit(name: string, unit: string | null | undefined, rangeHigh?: number): CatalogEntry | undefined {
    const ucum = toUcum(unit);
    if (!ucum) return undefined;
    const printed = name.trim();
    const short = ownEntry(SHORT_CODES, printed.toLowerCase());
    if (short) {
      const byUnit = short.find((code) => code.units.includes(ucum));
      const upTo = byUnit?.rangeUpTo?.[ucum];
      const onScale = upTo === undefined || (rangeHigh !== undefined && rangeHigh >= upTo);
      return byUnit && onScale ? this.resolve(byUnit.key) : undefined;
    }
    const cobas = ownEntry(COBAS_CODES, printed);
    const entry = cobas === undefined ? undefined : this.matchName(cobas);
    return entry && unitAgrees(unit!, entry) ? entry : undefined;
  }

  matchTimed(name: string): CatalogEntry | undefined {
    // (labs35fix review) A name with its abbreviation in parentheses (`Tiempo de protrombina (TP)`): the clotting time
    // both halves name, or the one half that names one when the other names none.
    // (leftfix) `/^(.+?)\s*\(([^()]+)\)\s*$/` in one pass: the regex cost the square of a run of spaces.
    const timedParts = trailingParenthesis(name.trim(), true);
    const paren = timedParts && timedParts[0] && timedParts[1] ? [name, ...timedParts] : null;
    if (paren) {
      const halves = [paren[1]!, paren[2]!].map((h) => this.timedByName(h) ?? this.matchName(h));
      const timed = halves.filter((h) => h && measuredInTime(h));
      if (timed.length) return halves.every((h) => !h || h.key === timed[0]!.key) ? timed[0] : undefined;
    }
    return this.timedByName(name);
  }

  private timedByName(name: string): CatalogEntry | undefined {
    const n = normalizeName(name);
    const key = /^(?:tp|tiempo de protrombina|tempo de protrombina)$/.test(n) ? 'prothrombin-time'
      : /^(?:ttp|ttpa|tpt|tptp|tiempo de tromboplastina parcial(?: activad[ao])?|tempo de tromboplastina parcial(?: ativad[ao])?)$/.test(n) ? 'partial-thromboplastin-time'
        : undefined;
    const hit = key ? this.resolve(key) : this.matchName(name);
    return hit && measuredInTime(hit) ? hit : undefined;
  }

  /** For parsers: is this a name the catalog knows? (Lets a row without unit or range through, joins names over two lines.) */
  knows = (name: string): boolean => !SPECIMEN_LETTERS.test(name.trim()) && this.matchName(name) !== undefined;

  /**
   * For the HL7 reader: does the catalog measure a test so named, a specimen's letter included (`P` in OBX-3 is
   * phosphorus), in this unit (`mg/dL`; not a pulse's `/min`)?
   */
  measuresIn = (name: string, unit: string): boolean => {
    const entry = this.matchName(name);
    return Boolean(entry && unit.trim() && unitAgrees(unit, entry));
  };

  /**
   * (prose review) For parsers: what one of this unit is in the unit the catalog measures the name in (`mmol/L` of
   * glucose: about 18 mg/dL; `mg/mL` of testosterone: 10⁸ ng/dL); undefined for a name it does not know or a unit that
   * does not convert. A patient's sentence whose unit puts the value a thousand times or more off the catalog's scale
   * names a vial's strength, no result.
   */
  unitFactor = (name: string, unit: string): number | undefined => {
    const entry = this.matchName(name);
    const ucum = toUcum(unit);
    if (!entry?.ucumUnit || !ucum) return undefined;
    return convertUnit(1, ucum, entry.ucumUnit, { molarMass: entry.molarMass, charge: entry.charge }) ?? undefined;
  };

  /**
   * (labs50fix review) For parsers: the least number a count of a name printed per microlitre has where the catalog
   * measures it in 10*N/uL — below it, a number printed with a bare volume (`7.5 uL`) is the catalog's scale with its
   * power lost, not a count per microlitre; undefined for a name measured otherwise. From the catalog's unit: 0 for
   * `/uL` (no power to lose: leukocytes in urine), a tenth of the unit for 10*6/uL (erythrocytes: 100,000 — a count
   * below 0.1 ×10⁶/µL is none a blood has). For 10*3/uL each count's own (PER_MICROLITRE_FLOOR): platelets 10,000
   * (thrombocythaemia reaches 1,000–2,000 ×10³/µL, so a smaller number is either), leukocytes and the absolute
   * neutrophils and lymphocytes 1,000 (leukaemias reach several hundred ×10³/µL); the other absolute counts
   * (eosinophils, basophils, monocytes, immature granulocytes, bands) 100 — none reaches 100 ×10³/µL.
   */
  perMicrolitreFloor = (name: string): number | undefined => {
    const entry = this.matchName(name);
    return entry?.ucumUnit ? countFloorPerMicrolitre(entry.key, entry.ucumUnit, 100) : undefined;
  };

  /**
   * For parsers: does the catalog measure a name in this unit, and under that name no other quantity? HbA1c in `%`,
   * yes; `Lymphocytes` in `%`, no: the name is the absolute count's as well (coding tells them apart by the unit the
   * row prints, `differentialByUnit`), so a `%` printed elsewhere than beside the value does not say which it is.
   */
  measuresOnlyIn = (name: string, unit: string): boolean => {
    const entry = this.matchName(name);
    if (!entry || !unit.trim() || !unitOf(unit, entry)) return false;
    const base = entry.key.replace(/-absolute$/, '');
    return !this.resolve(`${base}-absolute`) || !this.resolve(base);
  };

  /**
   * For parsers: does the catalog measure this name, printed with this unit or none, on a scale that never reaches a
   * thousand — a pure number (a relative density, the catalog's ratios, an INR) or a pH, printed with no unit or its
   * own, or a percentage of a whole printed as one (a differential's name without `%`, `Neutrophils  3,025`, is as
   * often the absolute count)?
   */
  smallScale = (name: string, unit?: string): boolean => {
    // (b67u) Or a name known only in urine (`Densité  1,030`, `Peso specifico`: the urine's relative density).
    const entry = this.matchName(name) ?? this.matchInUrine(name);
    if (!entry?.ucumUnit || !SMALL_SCALES.has(entry.ucumUnit)) return false;
    return unit?.trim() ? unitOf(unit, entry) : entry.ucumUnit !== '%';
  };

  /**
   * For parsers: does a name known with a number after it (`CA 125`) own that number, rather than the number being the
   * result of the name without it? Yes when the name without it is unknown (`IGF 1`); no when both are one biomarker
   * (`ApoB 100`: the number is apo B's result) or the printed unit is one of the shorter name's biomarker (`Ca  125
   * mg/L`, calcium); yes for another biomarker's unit or none (`CA 125  U/mL`).
   */
  ownsNumber = (name: string, withNumber: string, unit?: string): boolean => {
    const whole = this.matchName(withNumber);
    if (!whole) return false;
    const part = this.matchName(name);
    if (!part) return true;
    return part !== whole && !(unit?.trim() && unitOf(unit, part));
  };

  /** Everything the readers ask the catalog, as `analyzeReport` passes it (specs read with it as uploads are read). */
  get readerOptions() {
    return { nameWithBracket: this.nameWithBracket, knows: this.knows, measuresIn: this.measuresIn, unitFactor: this.unitFactor, perMicrolitreFloor: this.perMicrolitreFloor, answerKind: this.answerKind, measuresOnlyIn: this.measuresOnlyIn, knowsAs: this.knowsAs, knowsInUrine: this.knowsInUrine, answersInWords: this.answersInWords, answersInUrine: this.answersInUrine, smallScale: this.smallScale, ownsNumber: this.ownsNumber, measuresPart: this.measuresPart, chargeOf: this.chargeOf, molarMassOf: this.molarMassOf, sameAnalyte: this.sameAnalyte, printsTiers: this.printsTiers, narrows: this.narrows, knowsCode: this.knowsCode, codesOf: this.codesOf, knowsWord: this.knowsWord, nameOfCode: this.nameOfCode };
  }

  /** (tiers) For parsers: whether laboratories print interpretation tiers for the analyte a name reads as (interpretation-tiers.v1.ts). */
  printsTiers = (name: string): boolean => INTERPRETATION_TIERS_V1.has(this.matchName(name)?.key ?? '');

  /**
   * (labs48xml review) For parsers: the LOINC codes of the analyte a name reads as (none for a name the catalog does
   * not know, or an analyte without a code): a result's code the catalog lacks beside them is another test's.
   */
  codesOf = (name: string): string[] => {
    const entry = this.matchName(name);
    return entry ? [entry.loinc, ...entry.alternateLoinc].filter((c): c is string => Boolean(c)) : [];
  };

  /** (labs43fix) For parsers: does the catalog map this code (a LOINC code) to an analyte? */
  knowsCode = (code: string): boolean => this.byCode.has(code.trim());

  /** (robust2) For parsers: the catalog's name (display) of the analyte a LOINC code is; undefined for a code it does not map. */
  nameOfCode = (code: string): string | undefined => this.byCode.get(code.trim())?.display;

  /**
   * (cells review) Whether a word is a name's: a word of any of the catalog's names or aliases (`free`, `urine`,
   * `direct`), or one that says another analyte than the name before it (ANALYTE_CHANGING: `ionized`, `unsaturated`).
   * table.ts takes a word run one space after a name into a method column for the method only if not.
   */
  knowsWord = (word: string): boolean => this.cutShortWords().words.has(normalizeName(word)) || ANALYTE_CHANGING_WORD.test(word.trim());

  /**
   * (mend1) A row's name and the word in brackets printed after its value (`Calcium  1.20 mmol/L  (ionisé)`), tried
   * together as a bracket after the name is: the name with the word where that names another analyte (`Bilirubine
   * (conjuguée)`, `Magnésium (érythrocytaire)`); the name alone where the word says only the sample or when it was taken
   * (SAMPLE_QUALIFIERS: `(nüchtern)`, `(à jeun)`, `(morning)`, `(AM)`, `(venös)`) and fits it; where the word changes the
   * analyte (ANALYTE_CHANGING, or BRACKET_CHANGING in another language: `(ionisé)`, `(iónico)`, `(urinaire)`) the name
   * with it when the catalog knows none so (an unknown row), else null (no row) — never the base analyte. A word of
   * other letters than ASCII the catalog reads nothing of with the name is the unknown name with it (as b65m's isUnitToken
   * left such a row unread before); an ASCII one the name's, as before (`(Optimal)`). A name the catalog does not know
   * is left as it is.
   */
  nameWithBracket = (name: string, word: string): string | null => {
    const base = this.matchName(name);
    if (!base) return name;
    const joined = `${name.trim()} (${word})`;
    const says = sampleQualifiersOnly(word);
    if (says) return fitsSample(base, says) ? name : joined;
    const hit = this.matchName(joined);
    const english = ANALYTE_CHANGING.test(normalizeName(word));
    const changing = english || BRACKET_CHANGING.test(foldName(word));
    // The name's analyte with the word: as the name's rules read it where they weigh such a word (English, `Free T4
    // (Direct)`: the method), else no row (`Calcio (iónico)` reads as calcium there: cr1's M7).
    if (hit) return hit.key !== base.key ? joined : changing && !english ? null : name;
    return changing || /[^\x20-\x7e]/.test(word) ? joined : name;
  };

  /** (labs39fix) For parsers: do two names read as the same analyte of the catalog (`HbA1c`, `Hemoglobin A1c`)? */
  sameAnalyte = (a: string, b: string): boolean => {
    const entry = this.matchName(a);
    return entry !== undefined && entry === this.matchName(b);
  };

  /**
   * (mend27, review cr22 of fixr85b) For parsers: does the second name read as a narrower form of the first's analyte —
   * its catalog key the first's with words added (`HB` and `Hemoglobina glicada`: hemoglobin, hemoglobin-a1c; `PSA` and
   * `Prostate specific antigen, free`)? A short name and a full name so related are one test's two forms, not two tests.
   */
  narrows = (a: string, b: string): boolean => {
    const [x, y] = [this.matchName(a)?.key, this.matchName(b)?.key];
    return Boolean(x && y && x !== y && `-${y}-`.includes(`-${x}-`));
  };

  /** For parsers: the ion's charge the catalog gives a name (1 for sodium, 2 for calcium), null when it gives none. */
  chargeOf = (name: string): number | null => this.matchName(name)?.charge ?? null;

  /**
   * (twounits) For parsers: the molar mass the catalog gives a name's analyte (180.156 for glucose), null when it gives
   * none: a result printed in two units (`9.8 mg/L  86.7 µmol/L`) is checked to be one result through it.
   */
  molarMassOf = (name: string): number | null => this.matchName(name)?.molarMass ?? null;

  /** For parsers: is this a name the catalog knows as a urine analyte (`Colour`, `Ketones`)? */
  knowsInUrine = (name: string): boolean => this.matchInUrine(name) !== undefined;

  /**
   * For parsers: is this a test answered in words (`HIV 1/2 Antibody`; in urine, `Colour`, `Clarity`, `Appearance`)?
   * A urine name only in urine (`inUrine`): `Colour: Brown` of a stool, `Appearance: Opalescent` of a semen analysis or
   * `Appearance: Well nourished` of a clinic note are no urine's.
   */
  answersInWords = (name: string, inUrine = false): boolean => (this.matchName(name) ?? (inUrine ? this.matchInUrine(name) : undefined))?.resultType === 'qualitative';

  /**
   * (labsreadfix) For parsers: is this a urine analyte's name whose strip answers in words (`Urine protein`, `尿蛋白`:
   * the presence the catalog keeps apart from the amount)? `Creatinine` is none.
   */
  answersInUrine = (name: string): boolean => this.matchInUrine(name, true)?.resultType === 'qualitative';

  /**
   * (labs50fix review) For parsers: what kind of words a test answered in words answers in — a urine's colour
   * (`color`), its clarity or appearance (`aspect`), any other's presence or reactivity (`presence`: a strip pad's, a
   * serology's) — as answersInWords (or, `inUrine`, answersInUrine) finds the test; undefined for any other test.
   */
  answerKind = (name: string, inUrine = false): 'color' | 'aspect' | 'presence' | undefined => {
    const own = this.matchName(name);
    const entry = own?.resultType === 'qualitative' ? own : inUrine ? this.matchInUrine(name, true) ?? (own ? undefined : this.matchInUrine(name)) : undefined;
    if (entry?.resultType !== 'qualitative') return undefined;
    return entry.key === 'urine-color' ? 'color' : /^urine-(?:clarity|appearance)$/.test(entry.key) ? 'aspect' : 'presence';
  };

  /** For parsers: is this a name the catalog knows, as the analyte it can be with this number and unit (`Ht  170` is no haematocrit)? */
  knowsAs = (name: string, value: number | null, unit?: string): boolean => {
    const entry = SPECIMEN_LETTERS.test(name.trim()) ? undefined : this.matchName(name);
    return entry !== undefined && !shortNameMisfits(name, entry, value, unit);
  };

  /**
   * For the HL7 reader: does an OBX-4 sub-ID name what its OBX measured rather than OBX-3's test
   * (`4548-4^Hemoglobin A1c^LN|eAG|196|mg/dL`)? Only when it is another biomarker than OBX-3's and the printed unit
   * is one of the sub-ID's biomarker and not of OBX-3's (`Pct` in % under Neutrophils stays neutrophils).
   */
  measuresPart = (subId: string, test: { name: string; code?: string }, unit: string): boolean => {
    const part = this.matchName(subId);
    const whole = this.match(test.name, test.code);
    if (!part || !whole || part === whole) return false;
    return (unitOf(unit, part) || concentrationWanting(unit, part)) && !unitOf(unit, whole);
  };
}

/** (labs50fix review) The least per-microlitre count of a ×10³/µL analyte (perMicrolitreFloor), where not 100. */
const PER_MICROLITRE_FLOOR: Record<string, number> = {
  'platelet-count': 10_000, 'white-blood-cell-count': 1_000, 'neutrophils-absolute': 1_000, 'lymphocytes-absolute': 1_000,
};

/**
 * The least count per microlitre of an analyte the catalog counts per µL (catalog.perMicrolitreFloor): 0 for `/uL`, a
 * tenth of the unit for 10*6/uL and up (100,000 red cells), PER_MICROLITRE_FLOOR's for 10*3/uL, else `otherwise` (the
 * reader's 100 for the other absolute counts; none when normalizing — review cr29: an eosinophil count of 50 /µL is
 * one); undefined for an analyte not counted per µL.
 */
export function countFloorPerMicrolitre(key: string, ucumUnit: string, otherwise?: number): number | undefined {
  const m = /^(?:10\*(\d+))?\/uL$/.exec(ucumUnit);
  if (!m) return undefined;
  const power = Number(m[1] ?? 0);
  if (power === 0) return 0;
  return power >= 6 ? 10 ** power / 10 : PER_MICROLITRE_FLOOR[key] ?? otherwise;
}

/** Whether the catalog measures an entry in seconds or minutes (a clotting time: `matchTimed`). */
const measuredInTime = (entry: CatalogEntry): boolean => /^(?:s|min)$/.test(entry.ucumUnit ?? '');

/**
 * (nordicnames) What joins a Nordic specimen prefix to its name: a hyphen, an en or an em dash, perhaps after a space
 * (`P -Krea`), or an underscore (`S_Kreatinin`, as an export's field names print it).
 */
const PREFIX_JOINER = String.raw` ?[-–—]|_`;
/**
 * A Nordic specimen or cells' prefix and the name after it (`P-Natrium`, `fS-Kolesterol`, `Ery-MCV`, `Erc(B)-MCH`),
 * joined by a hyphen, an en dash or an em dash (`P—Natrium`, as a portal's page copies it), perhaps after a space (`B -Hb`,
 * `fP -Gluk`: the Finnish laboratories' abbreviations print one, labs36fix). Group 1 the prefix, 2 the name.
 */
/**
 * (review of set 19) A vitamin's letter (and a 25-hydroxy before it) before the word vitamin in the languages that put it
 * first: group 1 the hydroxy, 2 the letter, 3 the rest of the name.
 */
const VITAMIN_LETTER_FIRST = /^(25[\s-]?(?:OH|hydroxy)[\s-]*)?(D\s?[23]?|B\s?12|B\s?6|B\s?1|B\s?9|A|E|K|C)[\s-]*vitami(?:n|ne|ni|ini|iin|na)(?![\p{L}])(.*)$/iu;
/**
 * (nameprefix) A specimen's letter with a point, spaces about it or none (`S. Ferritin`, `S.Uric Acid`, `Sr. Creatinine`,
 * `Sr Creatinine`), or with a hyphen that has spaces about it (`S - Ferritin`; `S-Ferritin` is NORDIC_PREFIX's), then a
 * word of two letters at least or an element's one letter not followed by a point (`S. K`, not `P.T.`).
 */
const SPECIMEN_LETTER = /^(S|P|B|S[Rr](?=[.\s]))(?:\s*\.\s*|\s+[-–—]\s+|(?<=[Rr])\s+)(?=\p{L}(?:\p{L}|$|\s|\+))(.+)$/u;
/**
 * (nameprefix) A panel of blood tests named before a colon (`E/U/Cr:`, `U&E:`, `UEC:`, `LFT:`, `FBC:`, `TFT:`, `Lipid
 * profile:`, `Renal function tests:`, `Electrolytes:`): what the rest of the name is of, no part of it. The name after it.
 * (review of set 19) So is a label that says the rest is a result (`Labs: TSH`, `Lab results: Hb`, `Blood test: ferritin`,
 * `Bloods: Hb`, `Results: TSH`, `Thyroid: TSH`, `Hormones: estradiol`; review 27: `Chemistry: K`, `Today: TSH`, `Latest:
 * ferritin`, `Cardiometabolic panel: hs-CRP`): a note's one result after it. Not `Now:` (review 28: `Now: vitamin D 5000`
 * is as often a regimen).
 */
const RESULTS_LABEL = String.raw`(?:lab(?:s|oratory)?|blood)(?:\s+(?:results?|tests?|work|values))?|bloods|blood\s*work|results?|test\s+results?|(?:bio)?chem(?:istry)?|ha?ematology|today|latest`;
const PANEL_LABEL = new RegExp(String.raw`^(?:E\s*\/?\s*U\s*\/?\s*(?:Cr|C|&\s*Cr?)?|U\s*\/?\s*E\s*\/?\s*(?:Cr|C)?|U\s*&\s*Es?|U\s*and\s*E|E\s*&\s*U|(?:LFT|RFT|KFT|TFT|FBC|CBC|FBE|BMP|CMP|UEC|EUC)s?|(?:lipid|renal|kidney|liver|hepatic|bone|thyroid|iron|electrolyte|cardiac|diabetic|diabetes|(?:cardio)?metabolic|hormone|inflammation|inflammatory)\s+(?:profile|panel|function(?:\s+tests?)?|studies|screen)|lipids|electrolytes|thyroid|hormones?|${RESULTS_LABEL})\s*:\s*(\p{L}.*)$`, 'iu');
export const NORDIC_PREFIX = new RegExp(String.raw`^([fcav]?(?:B|S|P|PS|SP|Pt)|(?:[Ee][Rr][YyCc]|[Ll][Kk][Cc]|[Tt][Rr][Cc])(?:\([A-Za-z]{1,3}\))?)(?:${PREFIX_JOINER})(?=\p{L}|(?:1,)?25-?[Oo][Hh])(.+)$`, 'u');
/**
 * (nordicnames) The urine's prefix (`U-Glukos`, `U -Krea`, `U_Kreatinin`), joined as the others are (PREFIX_JOINER):
 * the name after it is the urine's test (`inUrine`), never the blood's. Group 1 the name.
 */
const URINE_PREFIX = new RegExp(String.raw`^U(?:${PREFIX_JOINER})(?=\p{L})(.+)$`, 'u');
/** (fixnm) A Finnish laboratory's `-V` (vapaa, free) after a prefixed name (`T4-V`, `T3-V`): group 1 the name before it. */
const FINNISH_FREE = /^(\S+?)-V$/;

/** A quantity per volume (`g/dL`, `mmol/L`, `U/L`, `10*9/L`): a concentration of some kind. */
const PER_VOLUME = /\/(?:d|m|u|n)?L$/;

/** A substance concentration by mass or by amount (`mg/dL`, `g/L`, `mmol/L`, `umol/L`). */
export const CONCENTRATION = /(?:g|mol)\/(?:d|m|u)?L$/i;

/**
 * A concentration printed for a biomarker measured in the other kind of concentration whose molar mass the catalog
 * lacks (eAG in `mmol/L` against its `mg/dL`): the same quantity, unconvertible only for want of the mass.
 */
function concentrationWanting(printed: string, biomarker: CatalogEntry): boolean {
  const ucum = toUcum(printed);
  return Boolean(ucum && biomarker.ucumUnit && !biomarker.molarMass && CONCENTRATION.test(ucum) && CONCENTRATION.test(biomarker.ucumUnit));
}

/** A unit of a body's length or mass (`cm`, `in`, `ft`, `kg`, `lb`; in UCUM `[in_i]`, `[lb_av]`): a height or a weight, never a laboratory's result. */
const BODY_MEASURE = /^(?:cm|m|in|inch(?:es)?|ft|feet|kg|lbs?|pounds?|\[(?:in|ft)_(?:i|us)\]|\[lb_av\])$/i;

/**
 * Whether a name of at most two letters (`Ht`: the haematocrit in Japan, the height on a vitals line) cannot be its
 * catalog analyte with what is printed beside it: a unit of length or body mass no analyte is measured in (`Ht  170
 * cm`), or a number over a hundred with no unit where the analyte is a percentage of a whole (`Ht  170`). A longer name
 * keeps its analyte (`Neutrophils  3025` may be the count printed without its unit) — unless, for any name,
 * drugNameMisfits or molarRatioMisfits says otherwise.
 */
export function shortNameMisfits(name: string, biomarker: CatalogEntry, value: number | null, unit: string | null | undefined): boolean {
  if (drugNameMisfits(name, biomarker, value) || molarRatioMisfits(biomarker, unit)) return true;
  if (name.replace(/[^\p{L}\p{N}]/gu, '').length > 2) return false;
  const printed = unit?.trim();
  if (printed) return BODY_MEASURE.test(printed) && !unitOf(printed, biomarker);
  return biomarker.ucumUnit === '%' && value !== null && value > 100;
}

/**
 * (readfixC) The urine drug screens (catalog v5) and what keeps their names to them: a screen answers in words
 * (`Negative`, `Positive`, `Negatif`). Under a drug's own name (`Morphine`, `THC`, `Cannabis`, `Amphetamine`: the
 * aliases that name neither the screen nor urine) a number is the drug measured — a serum level or a confirmation's
 * ng/mL — unless the name says urine (`Urine THC 62 ng/mL`, `Morphine, urine 300 ng/mL`: the screen's immunoassay
 * figure against its cutoff). coding asks this of every row coded by its name (shortNameMisfits), a section's urine included: a
 * number beside a bare drug name under a urine heading stays unknown too (the row's specimen is not asked here).
 */
const URINE_SCREEN = /-urine-screen$/;
const CONFIRMATION_METHOD = /\b(?:gc|lc|hplc|uplc)\b|\bms(?:\/ms)?\b|\bconfirm(?:ation|atory|ed)?\b|\bquantitat/i;
/** (loincnames review) A LOINC long name's property of a quantity: `[Units/volume]`, `[Mass/volume]`, `[Moles/volume]`. */
const LOINC_QUANTITY = /\[(?:units|arb units|mass|moles)\/volume\]/i;
const QUANTITATIVE_WORD = /\bquant(?:itative|itativo|itativa|itatif|itativ)?\b|\bkuantitatif\b/i;
function drugNameMisfits(name: string, biomarker: CatalogEntry, value: number | null): boolean {
  if (!URINE_SCREEN.test(biomarker.key) || value === null) return false;
  return !/\b(?:urine?|orina|urina|screen(?:ing)?|scr)\b/i.test(withoutMarks(name));
}

/**
 * (leftfix) A ratio of amounts (`mmol/mmol`, `mol/mol`, `umol/mmol`) printed for an entry measured in `{ratio}` whose
 * two parts have different molar masses: the entry is a mass ratio (or one of no single amounts) and the molar ratio
 * another quantity (TG/HDL's, 55607-6, about the mass ratio over 2.3; a urea/creatinine ratio in mmol/mmol is no
 * BUN/creatinine's): the row keeps its printed name and unit, unknown, whatever its name (coding asks this of every row coded by its name). (fix4) Declared per entry, by key: cholesterol over cholesterol (Total Cholesterol/HDL 9830-1, LDL/HDL
 * 11054-4, HDL/LDL) is the same number in mmol/mmol as in mg/mg, so those stay coded; an entry not listed is coded as
 * printed.
 */
const MOLAR_RATIO_DIFFERS: ReadonlySet<string> = new Set(['triglyceride-hdl-ratio', 'bun-creatinine-ratio', 'albumin-globulin-ratio']);
function molarRatioMisfits(biomarker: CatalogEntry, unit: string | null | undefined): boolean {
  return MOLAR_RATIO_DIFFERS.has(biomarker.key) && AMOUNT_FRACTION.test(toUcum(unit) ?? '');
}

/** Whether a printed unit is one the biomarker is measured in (converts to its unit). */
export function unitOf(printed: string | null | undefined, biomarker: CatalogEntry): boolean {
  const ucum = toUcum(printed);
  if (!ucum || !biomarker.ucumUnit) return false;
  return convertUnit(1, ucum, biomarker.ucumUnit, { molarMass: biomarker.molarMass, charge: biomarker.charge }) !== null;
}

/**
 * Whether a printed unit is one the biomarker is measured in, an international unit read as a unit (`mU/L` of a TSH
 * measured in `m[IU]/L`, an enzyme's `[IU]/L` for its `U/L`: one unit as laboratories print them, which UCUM does not
 * convert) — as coding reads a row's unit and the parsers ask measuresIn (fixr85b: a TSH in `mU/L` in a sentence had
 * read as none).
 */
export function unitAgrees(printed: string, biomarker: CatalogEntry): boolean {
  if (unitOf(printed, biomarker)) return true;
  const ucum = toUcum(printed);
  return Boolean(ucum && biomarker.ucumUnit && convertCountingIuAsU(1, ucum, biomarker.ucumUnit) !== null);
}

/**
 * (labs41fix review) Real substances, not analytes of the catalog, whose names are one edit from a catalog name: the
 * misspelt word of a printed name is never one of them (`Homocystine` is the disulfide, not homocysteine;
 * `Cortison`/`cortisone` not cortisol; `chlorine` and `chlorite` — pool and drinking water — not chloride; `phosphite`
 * not phosphate; `thyronine` not thyroxine; `nitrate` not nitrite; `creatine` not creatinine).
 */
const OTHER_SUBSTANCES = new Set(['homocystine', 'phosphite', 'chlorine', 'chlorite', 'cortison', 'cortisone', 'thyronine', 'nitrate', 'creatine']);

/**
 * (labs41fix review) Letters a misspelling changes into each other (the substitution edit.ts's oneEdit may make): a
 * vowel for a vowel or a consonant, and c/k, s/z. A substitution of one consonant for another (`chlorine`/`chloride`,
 * `thyronine`/`thyroxine`, `cortison`/`cortisol`) is another word, not a misprint — except c/k and s/z (`Kortisol`,
 * `Kreatinine`).
 */
const VOWEL = /^[aeiouy]$/;
function mayReplace(x: string, y: string): boolean {
  if (VOWEL.test(x) || VOWEL.test(y)) return true;
  const pair = [x, y].sort().join('');
  return pair === 'ck' || pair === 'sz';
}

/**
 * (fixr) The readings of a name with OCR's letter-for-digit and letter-pair confusions undone (ocrFolded): a `0` between
 * two letters, or first in a word before two lower-case letters (`0smolality`), is `o`; a `1` or `|` so placed (or a `|`
 * after a letter, a `1` after two lower-case ones, at a word's end: `Tota1`) `l` or `i`; a `5` between two letters `s`; `rn` is `m` and `vv` is `w` (a reading
 * with them and one without), `RN` inside a word of capitals `M`. None when the name holds none of them.
 */
export function ocrReadings(name: string): string[] {
  if (name.length > 60) return [];
  const digits = (one: string) => name.split(/([\s(),/-]+)/).map((w) => (OCR_CODE.test(w) ? w : foldDigits(w, one))).join('');
  const out = new Set<string>();
  for (const one of ['l', 'i']) {
    const d = digits(one);
    out.add(d);
    out.add(d.replace(/rn/g, 'm').replace(/vv/g, 'w'));
    // (set 26) In a word of capitals too (`VITARNIN D`: a scan's `M` read as `RN`).
    if (/\p{Lu}RN\p{Lu}/u.test(d)) out.add(d.replace(/(?<=\p{Lu})RN(?=\p{Lu})/gu, 'M'));
  }
  out.delete(name);
  return [...out];
}

/**
 * (ocrl) OCR's letter-for-letter misreads undone in a name (the catalog's letterMisreadings): the words looked in, the
 * letter printed (lower-cased), the letter meant, and whether the letter must stand inside the word before a lower-case
 * one (`Acld`, `Vltamin`; never first, where `l` starts many names).
 */
/** (set 23) A word of four letters or more, capitals but for one small `l` or more (`CREATlNlNE`). */
const CAPITALS_WITH_SMALL_L = /(?<![\p{L}\d])(?=\p{L}*l)(?=\p{L}*\p{Lu}\p{L}*\p{Lu})[\p{Lu}l]{4,}(?![\p{L}\d])/gu;
/** (set 25) A word of three characters or more, capitals and at least one `0`, two capitals at least (`IR0N`, `BL00D`). */
const CAPITALS_WITH_ZERO = /(?<![\p{L}\d])(?=[\p{Lu}0]*0)(?=[\p{Lu}0]*\p{Lu}[\p{Lu}0]*\p{Lu})[\p{Lu}0]{3,}(?![\p{L}\d])/gu;
const LETTER_MISREADS: readonly { words: RegExp; printed: string; meant: string; inside: boolean }[] = [
  { words: /\p{L}{4,}/gu, printed: 'l', meant: 'i', inside: true },
  { words: /(?<![\p{L}\d])\p{Lu}{3,6}(?![\p{L}\d])/gu, printed: 'o', meant: 'd', inside: false },
];

/**
 * (fixr review) A short word of capitals and digits is a code as printed (`A1AT`, `P1NP`, `H1N1`), never a misread word:
 * folded, it could become another test's short alias (`A1AT` → `ALAT`, alanine aminotransferase).
 */
const OCR_CODE = /^[\p{Lu}\d]{2,5}$/u;
/**
 * (fixr) OCR's `0` for `o`, `1`/`|` for `l` or `i`, `5` for `s`, where ocrReadings says (compiled once). (fixh) A `0`
 * ending a word after two small letters too (`Rati0, Urine`), as a `1` there is an `l`: no name's word ends so.
 */
const OCR_ZERO = /(?<=\p{L})0(?=\p{L})|(?<=^|[\s(-])0(?=\p{Ll}{2})|(?<=\p{Ll}{2})0(?=$|[\s,)])/gu;
const OCR_ONE = /(?<=\p{L})[1|](?=\p{L})|(?<=\p{L})\|(?=\s|$)|(?<=^|[\s(-])[1|](?=\p{Ll}{2})|(?<=\p{Ll}{2})1(?=$|[\s,)])/gu;
const OCR_FIVE = /(?<=\p{L})5(?=\p{L})/gu;
const foldDigits = (word: string, one: string) => word.replace(OCR_ZERO, 'o').replace(OCR_ONE, one).replace(OCR_FIVE, 's');

/** (labs41fix) A name of letters and single spaces, eight letters or more: one a misprint of may be read (oneEditFrom). */
function isLongLetterName(n: string): boolean {
  return /^[a-z]+(?: [a-z]+)*$/.test(n) && n.replace(/ /g, '').length >= 8;
}

/**
 * (labs41fix) Two names' words one edit apart, the edit inside one word of six letters or more, every other word the
 * same; (plural) or one word of four letters or more with a plural's `s` the other has not.
 */
function oneEditInLongWord(aw: readonly string[], bw: readonly string[]): boolean {
  if (aw.length !== bw.length) return false;
  const differ = aw.map((w, i) => (w === bw[i] ? -1 : i)).filter((i) => i >= 0);
  if (differ.length !== 1) return false;
  const [x, y] = [aw[differ[0]!]!, bw[differ[0]!]!];
  // (labs41fix review) The word that differs is another substance's real name (`homocystine`, `chlorine`): no misprint.
  // (plural) Or a word of four letters or more in the singular where the catalog has its plural, or the other way
  // (`White Blood Cell`, `White Blood Cells`): the same test.
  const plural = (a: string, b: string) => a.length >= 4 && b === `${a}s`;
  return (plural(x, y) || plural(y, x)) || (Math.min(x.length, y.length) >= 6 && !OTHER_SUBSTANCES.has(x) && oneEdit(x, y, mayReplace));
}
