import type { LabFlag } from '@pg/contracts';
import { abbreviationOf, anyNameOf, CONCENTRATION, CYRILLIC_LETTER, foldName, mismatchedTransaminasePair, NORDIC_PREFIX, namesBloodCells, namesProteinAlone, normalizeName, saysRedCells, shortNameMisfits, unitAgrees, unitOf, type BiomarkerCatalog, type CatalogEntry } from './catalog.js';
import { countSpan, criticalOnRangeSide, durationFlag, flagFromRange, flagSide, normalizeFlag, onScale, spanFlag, titreFlag } from './flags.js';
import { analyteFacts } from '../../biomarkers/catalog/analyte-facts.js';
import { LOINC_SYSTEM } from './hl7.parser.js';
import type { Comparator, ParseWarning, RawRow } from './parse.types.js';
import { isTitreDilution, parseReferenceRange, rangeFromBounds, type ReferenceRange } from './reference-range.js';
import { isAnswerInWords, isDateToken, isQualitativeAnswer, isStripAnswerInWords, isStripColour, trailingParenthesis } from './tokens.js';
import { convertUnit, countPerLitreExponent, normalizeValue, isBloodCountUcum, isCountUcum, isMilPerVolume, perLitreUcum, toUcum } from './units.js';

/** (b64) A count per microlitre in UCUM (`/uL`, `/mm3`: a cubic millimetre is a microlitre). */
const PER_MICROLITRE = /^\/(?:uL|mm3)$/;

/** A row turned into a coded result: the catalog biomarker, UCUM unit, parsed range, flag and normalized value. */
export interface CodedResult {
  /** Position of the row in the report (0-based): with the report id it makes the result id. */
  index: number;
  line: number;
  page?: number;
  name: string;
  biomarker: CatalogEntry | null;
  value: number | null;
  valueText?: string;
  comparator?: Comparator;
  /** UCUM when the printed unit maps to it, else as printed. */
  unit: string | null;
  /** Whether `unit` is UCUM. */
  unitIsUcum: boolean;
  range: ReferenceRange;
  flag: LabFlag | null;
  /** (sexguard) The flag is the lab's (printed or given), not one computed from the range. */
  flagPrinted?: true;
  reportedFlag?: string;
  normalized?: { value: number; unit: string };
  collectedAt: string;
  reportedCode?: { system: string; code: string; display?: string };
  /** Method, evaluation and comment lines printed with the row (HL7 NTE), as printed. */
  comment?: string;
}

/**
 * A white-cell differential printed without `%` or `Absolute` in its name (`Neutrophils  3.2  x10E3/uL`): its unit
 * says which it is — a count per volume is the absolute count, `%` the percentage.
 */
function differentialByUnit(catalog: BiomarkerCatalog, entry: CatalogEntry, unit: string | undefined): CatalogEntry {
  const base = entry.key.replace(/-absolute$/, '');
  // (labs56) The band forms too (`Bastonetes  64 /mm3`: the bands' absolute count).
  if (!/^(neutrophils|lymphocytes|monocytes|eosinophils|basophils|immature-granulocytes|band-form-neutrophils)$/.test(base)) return entry;
  // `G/L`, `G/l`, `Giga/l` for a count (French and Swiss reports) is giga per litre, not grams: the absolute count.
  if (unit && perLitreUcum(unit) === '10*9/L') return catalog.resolve(`${base}-absolute`) ?? entry;
  const ucum = toUcum(unit);
  if (!ucum) return entry;
  if (ucum === '%') return catalog.resolve(base) ?? entry;
  if (isCountUcum(ucum)) return catalog.resolve(`${base}-absolute`) ?? entry;
  return entry;
}

/**
 * (cat8) An analyte the catalog measures in a mass or substance concentration, printed in plain per cent, where the
 * catalog has its percentage as an entry of its own (`<key>-percent`): that entry. `Free PSA  18  %` is the free/total
 * PSA percentage, `Free Testosterone  2.1  %` the free fraction — not a free PSA in ng/mL with a `%` beside it.
 * None where the catalog has no such entry.
 */
function percentageByUnit(catalog: BiomarkerCatalog, entry: CatalogEntry, unit: string | undefined): CatalogEntry | null {
  if (unit?.trim() !== '%' || !CONCENTRATION.test(entry.ucumUnit ?? '')) return entry;
  const percentage = catalog.resolve(`${entry.key}-percent`);
  // (cat8 review) Where the catalog has no percentage of it, a per cent is no unit of the analyte's concentration (it
  // converts to none): another result (`Testosterone, Bioavailable  45 %`, the bioavailable fraction; `Free T4  1.2 %`)
  // — unknown, never the concentration's entry. Save for an analyte measured in g/dL: there `%` is the old weight per
  // volume per cent, grams per 100 mL (`MCHC  33.7 %`, `Hb  14 g%`), its own unit.
  if (percentage?.ucumUnit === '%') return percentage;
  return entry.ucumUnit === 'g/dL' ? entry : null;
}

/**
 * (fixr85d) An antigen the catalog measures in a mass concentration, printed in international units (`Thyroglobulin (TG)
 * <20  (<= 40 IU/mL)` under a thyroid autoimmunity heading, `Thyroglobulin  18  kIU/L`): the antibody to it, where the
 * catalog has one (`<key>-antibody`) measured in units — no laboratory reports the antigen itself in IU. A mass unit
 * (`ng/mL`, `ug/L`) or no unit leaves the antigen.
 */
function antibodyByUnit(catalog: BiomarkerCatalog, entry: CatalogEntry, ucum: string | null): CatalogEntry {
  if (!ucum || !/\[IU\]/.test(ucum) || !CONCENTRATION.test(entry.ucumUnit ?? '')) return entry;
  const antibody = catalog.resolve(`${entry.key}-antibody`);
  return antibody && /U/.test(antibody.ucumUnit ?? '') ? antibody : entry;
}

/** (ft4, fixr87) Each thyroid hormone's other fraction: the free one's total, the total's free one. */
const OTHER_THYROID_FRACTION: Readonly<Record<string, string>> = { 'free-t4': 'total-t4', 'free-t3': 'total-t3', 'total-t4': 'free-t4', 'total-t3': 'free-t3' };
/** (ft4) Units only the total hormone is reported in (T4 nmol/L or µg/dL, T3 nmol/L or ng/mL), by the free one's key. */
const TOTAL_ONLY_UNIT: Readonly<Record<string, RegExp>> = { 'free-t4': /^(?:nmol\/L|ug\/dL)$/, 'free-t3': /^(?:nmol\/L|ng\/mL)$/ };
/** (ft4) A free hormone's abbreviation in brackets after a name (`Thyroxine (FT4)`): group 1 the name before it. */
const FREE_ABBREVIATION_BRACKET = /^(.*?)\(\s*f\s*-?\s*t\s*[34]\s*\)/i;
/** (ft4) The word free in the report languages (`Free`, `libre`, `frei`, `livre`, `vrij`, `liber`, `serbest`, Greek). */
const FREE_WORD = /free|libre|frei|livre|vrij|liber|serbest|ελε[υύ]θερ/i;

/**
 * (shortcodes) `TG` is the catalog's triglycerides and, as thyroid clinics print it, thyroglobulin (`Tg  0.5  ng/mL
 * <1.0`, a thyroid cancer's marker; Roche's `Tg II`), which read as triglycerides of 0.00005 mg/dL. A row read as
 * triglycerides under that name (alone, with `II`, or with a bracket) is the thyroglobulin where its bracket says so
 * (`TG (Thyroglobulin)`), or where its unit is one thyroglobulin is reported in (THYROGLOBULIN_UNITS) and its value in
 * mg/dL is below any patient's triglycerides (1 mg/dL). Review 11: a unit that merely converts (`TG  0.4  mg/dL  <150`,
 * a triglyceride misprinted) had become a thyroglobulin of 4,000 ng/mL. No unit (`Tg  0.5  <1.0`) keeps the catalog's.
 */
const TG_NAME = /^tg(?:\s*ii)?(?:\s*\(([^()]+)\))?$/i;
const THYROGLOBULIN_UNITS = new Set(['ng/mL', 'ug/L']);
const LEAST_TRIGLYCERIDES_MG_DL = 1;

/** (shortcodes) The thyroglobulin a row read as triglycerides under `TG` is (TG_NAME), else `entry`. */
function thyroglobulinByTg(catalog: BiomarkerCatalog, entry: CatalogEntry, row: RawRow): CatalogEntry {
  const name = TG_NAME.exec(row.name.trim());
  const thyroglobulin = name && entry.key === 'triglycerides' ? catalog.resolve('thyroglobulin') : undefined;
  if (!thyroglobulin) return entry;
  if (name![1] !== undefined) return catalog.matchName(name![1])?.key === 'thyroglobulin' ? thyroglobulin : entry;
  const ucum = toUcum(row.unit);
  if (row.value === null || !ucum || !THYROGLOBULIN_UNITS.has(ucum)) return entry;
  const inMgDl = convertUnit(row.value, ucum, 'mg/dL');
  return inMgDl !== null && inMgDl < LEAST_TRIGLYCERIDES_MG_DL ? thyroglobulin : entry;
}

/**
 * The free fraction of a thyroid hormone is about a thousandth of the total, and laboratories print the two in
 * different units: the free in pmol/L, ng/dL (FT4) or pg/mL (FT3), the total in nmol/L or µg/dL (T4), nmol/L or ng/mL
 * (T3). Where the name's fraction and the unit disagree, the unit says what was measured (a wrong biomarker is worse than
 * the name's word):
 * - (ft4, review cr24 of fixr85d) a free hormone read from its abbreviation in brackets after the hormone's own name
 *   (`Thyroxine (FT4)  98 nmol/L  (59-154)`, catalog.ts's fixr85d), the name outside not saying free, in a unit only the
 *   total is reported in: the total;
 * - (fixr87) a total by name (`Serum T4`, `T3`, `Thyroxine`), the name not saying total, in pmol/L: the free. (Not by mass:
 *   `T4  0.7 ng/dL` stays the total its name says, as the corpus keys it.)
 */
function thyroidFractionByUnit(catalog: BiomarkerCatalog, entry: CatalogEntry, row: RawRow): CatalogEntry {
  const other = OTHER_THYROID_FRACTION[entry.key];
  if (!other) return entry;
  const ucum = toUcum(row.unit) ?? '';
  const totalOnly = TOTAL_ONLY_UNIT[entry.key];
  const bracket = totalOnly ? FREE_ABBREVIATION_BRACKET.exec(row.name) : null;
  const unitSaysOther = totalOnly
    ? Boolean(bracket && !FREE_WORD.test(bracket[1]!) && totalOnly.test(ucum))
    : ucum === 'pmol/L' && !/\btot(?:al)?\b/i.test(row.name);
  return unitSaysOther ? catalog.resolve(other) ?? entry : entry;
}

/**
 * (labs34fix) The usual bounds of a white-cell differential's five kinds of cell, as a percentage of the white cells
 * and as a count in 10*9/L (10*3/uL): what a printed range or value is compared with when no unit says which it is.
 * The two scales are about ten times apart for every kind.
 */
const DIFFERENTIAL_SCALES: Record<string, { percent: [number, number]; count: [number, number] }> = {
  neutrophils: { percent: [40, 75], count: [1.5, 7.5] },
  lymphocytes: { percent: [20, 45], count: [1, 4] },
  monocytes: { percent: [2, 10], count: [0.2, 1] },
  eosinophils: { percent: [0, 6], count: [0, 0.5] },
  basophils: { percent: [0, 2], count: [0, 0.15] },
};
/** How far (a factor) a printed number may lie from a scale's usual bounds and still be read on that scale. */
const SCALE_SLACK = 2.5;
type DifferentialScale = 'percent' | 'count' | 'fraction';
/**
 * (fixnm) A differential printed as shares of one (`Monocytes  0.05  0.02 - 0.08`, a Philippine SI report's): its
 * percentage's bounds over this. Read from a range's upper bound only, one at most.
 */
const PERCENT_PER_ONE = 100;

/** Whether a number lies within SCALE_SLACK of the bounds `[lo, hi]` (a low bound of 0: anything up to the high one). */
function nearBounds(x: number, [lo, hi]: [number, number]): boolean {
  return x <= hi * SCALE_SLACK && (lo === 0 || x >= lo / SCALE_SLACK);
}

/**
 * The scale a printed number of a differential's cell is on: over 100 no percentage (a count per microlitre); else the
 * one scale whose usual bounds it is near — for a range's upper bound, the scale whose upper bound it is near; for a
 * value, the scale whose bounds it is near. Undefined when it is near both or neither.
 */
function scaleOf(base: string, x: number, bound: boolean): DifferentialScale | undefined {
  const scales = DIFFERENTIAL_SCALES[base]!;
  if (x > 100) return 'count';
  const near = (b: [number, number]) => (bound ? x <= b[1] * SCALE_SLACK && x >= b[1] / SCALE_SLACK : nearBounds(x, b));
  const percent = near(scales.percent);
  const count = near(scales.count);
  // (fixnm) A range's upper bound near a percentage's over a hundred (PERCENT_PER_ONE): a fraction of one. Far from
  // both others on every kind of cell (SCALE_SLACK), so no bound read before on one of them changes.
  const fraction = bound && x <= 1 && near([scales.percent[0] / PERCENT_PER_ONE, scales.percent[1] / PERCENT_PER_ONE]);
  if ([percent, count, fraction].filter(Boolean).length !== 1) return undefined;
  return percent ? 'percent' : count ? 'count' : 'fraction';
}

/** A name that says which a differential's number is (`Neutrophils %`, `NEUT#`, `Lymphocytes (Absolute)`, `PCT neutrocytów`). */
function namesDifferentialScale(name: string): boolean {
  return /[%#]/.test(normalizeName(name)) || /\b(?:abs|absolute|absolut[oae]?|percent|percentage|pct|procent|prozent|porcentaje|porcentagem|pourcentage|rel|relative|relativ[oae]?|count|antall|anzahl|ilosc)\b/.test(foldName(name));
}

/**
 * (labs34fix) White-cell differential rows printed with no unit and a name that does not say percentage or count
 * (`B-Nøytrofile granulocytter | 3.9 | 1.8 - 6.9 |`): which of the two each is, by index of the row, or null for a row
 * whose printed numbers contradict each other (a wrong biomarker is worse than an unknown one). A row with a range is
 * on the scale its range's upper bound names (`1.8 - 6.9` is the neutrophils' count's range, not a percentage's), its
 * value too however abnormal (`Lymphocytes  6  20 - 45`: a lymphopenia in per cent, not a count); only a value no
 * percentage can be (over 100) under a percentage's range, or a range near both scales or neither, names nothing.
 * (labs34fix review) A row without a range: a value over 100 is a count (per microlitre); else the other scale than
 * the same cell printed elsewhere in the report on one scale (a unit or a name that says it); else the percentage, as
 * before, unless the rows without a range together show a count's pattern — two or more near only a count's usual
 * bounds, none near only a percentage's, one with decimals, not summing to about 100 (`4.1 / 2.0 / 0.5 / 0.2`) — or,
 * none of them near only a percentage's, the rows with a range beside them are all counts. A value alone decides
 * nothing (`Neutrophils 85 / Lymphocytes 6 / Monocytes 7 …` are per cent: they sum to 100). A row whose range is
 * printed but not read as an upper bound (`20-40 % of WBC`, `> 1.5`) is left to the percentage, as before.
 */
function differentialScales(rows: readonly RawRow[], catalog: BiomarkerCatalog, nameMatch: (row: RawRow, index: number) => CatalogEntry | undefined): Map<number, DifferentialScale | null> {
  const printed = new Set<string>();
  const candidates: { index: number; base: string; row: RawRow }[] = [];
  rows.forEach((row, index) => {
    if (row.biomarkerRef || row.code) return;
    const entry = nameMatch(row, index);
    const base = entry?.key.replace(/-absolute$/, '');
    if (!entry || !base || !DIFFERENTIAL_SCALES[base]) return;
    if (row.unit?.trim() || namesDifferentialScale(row.name)) {
      printed.add(differentialByUnit(catalog, entry, row.unit).key);
    } else if (entry.key === base && row.value !== null) candidates.push({ index, base, row });
  });
  const out = new Map<number, DifferentialScale | null>();
  const rangeless: { index: number; value: number; byValue: DifferentialScale | undefined }[] = [];
  /** The scales the rows with a range are on. */
  const ranged = new Set<DifferentialScale | null>();
  for (const { index, base, row } of candidates) {
    const range = rowRange(row);
    // A range printed but not read as bounds (`20-40 % of WBC`): another measure's, perhaps; the row is left as it was.
    if (range.high === undefined && row.rangeText?.trim()) continue;
    if (range.high !== undefined) {
      const byRange = scaleOf(base, range.high, true);
      // (fixnm) Nor a value over one under a fraction's range.
      const scale = !byRange || (byRange === 'percent' && row.value! > 100) || (byRange === 'fraction' && row.value! > 1) ? null : byRange;
      out.set(index, scale);
      ranged.add(scale);
      continue;
    }
    const other = printed.has(base) !== printed.has(`${base}-absolute`) ? (printed.has(base) ? 'count' : 'percent') : undefined;
    if (row.value! > 100 || other) out.set(index, row.value! > 100 ? 'count' : other!);
    else rangeless.push({ index, value: row.value!, byValue: scaleOf(base, row.value!, false) });
  }
  if (rangeless.length && !rangeless.some((r) => r.byValue === 'percent')) {
    const sum = rangeless.reduce((s, r) => s + r.value, 0);
    const pattern = rangeless.filter((r) => r.byValue === 'count').length >= 2 && rangeless.some((r) => !Number.isInteger(r.value)) && !(sum >= 90 && sum <= 110);
    if (pattern || (ranged.size === 1 && ranged.has('count'))) for (const { index } of rangeless) out.set(index, 'count');
  }
  return out;
}

/** A row's reference range: its bounds as a reader read them, else its printed range text parsed. */
export function rowRange(row: RawRow): ReferenceRange {
  if (row.rangeTextOnly && row.rangeText) return { text: row.rangeText };
  // (mend18) Bounds each carrying `%` (`38% - 50%`) beside a unit that is not one (`Haematocrit 0.45 L/L`, `MCHC 34
  // g/dL`): another scale's range, text only (no flag from it).
  const unit = row.unit?.trim();
  if (unit && unit !== '%' && !row.range && PERCENT_BOUNDS.test(row.rangeText ?? '')) return { text: row.rangeText! };
  if (!row.range) return parseReferenceRange(row.rangeText);
  const range = rangeFromBounds(row.range.low, row.range.high, row.rangeText);
  if (row.range.lowInclusive === false && range.low !== undefined) range.lowInclusive = false;
  if (row.range.highInclusive === false && range.high !== undefined) range.highInclusive = false;
  if (row.boundsWithoutText && !row.rangeText) delete range.text;
  return range;
}

/**
 * (fixu) A range whose text ends in the row's unit as printed, where that unit was read otherwise than its letters
 * alone read (`150 - 400 G/L` beside a count's 10*9/L: giga per litre, not the grams toUcum reads; `< 20 mm` beside an
 * ESR's mm/h): the bounds' text alone (`150 - 400`), as the row's unit field says the unit — no reader of the row sees
 * grams beside a count. A unit read as its letters say (`12,0 - 16,0 g/dL` under g/dL) stays as printed, as does any
 * other text (a unit unlike the row's, words after the bounds, tiers each printing the unit).
 */
function withoutUnitReadOtherwise(range: ReferenceRange, printed: string | undefined, unit: string | null): ReferenceRange {
  if (!range.text || !printed || !unit || unit === toUcum(printed)) return range;
  const text = range.text.trimEnd();
  if (!text.endsWith(printed)) return range;
  const head = text.slice(0, -printed.length).trimEnd();
  // (Not a text of several tiers each with the unit, `Mulher: até 15 mm Homem: até 7 mm`: the last alone would lose it.)
  return /\d$/.test(head) && !head.includes(printed) ? { ...range, text: head } : range;
}

/** (review 18) A volume's name (`Total volume`, `Urine volume`, `Volume, 24h`, `Vol.`). */
const VOLUME_NAME = /\b(?:volume|vol\.?)(?![\p{L}])/iu;
/** (fixnm) A litre alone printed as a unit (codeRows reads it as the flag letter where no volume is measured). */
const LONE_LITRE = /^L$/;

/** Dimensionless catalog units a row without a unit is taken to be in. */
const IMPLIED_UNITS = new Set(['{ratio}', '{index}', '[pH]', '1']);
/** (fixr77b) A name whose last word is `ratio` (`APTT Ratio`, `Reverse T3 Ratio.`): a quotient, dimensionless. */
const UNKNOWN_RATIO_NAME = /(?:^|[\s/-])ratio\.?$/i;
/**
 * (mend18) A ratio whose parts are printed in units that do not cancel, so its number has a unit not printed (free/total
 * PSA often in %, aldosterone/renin in (ng/dL)/(ng/mL/h), protein/creatinine in mg/mmol or g/g): no `{ratio}` for it.
 */
const SCALED_RATIO_NAME = /\bpsa\b|\bfree\W+(?:to\W+)?total\b|aldosterone|\brenin\b|\barr\b|protein\W*(?:(?:\/|:|to)\W*)?creat/i;
/** (mend18) Both bounds of a range carrying the per cent sign (`38% - 50%`, `5.7% to 6.4%`). */
const PERCENT_BOUNDS = /^\s*\d+(?:[.,]\d+)?\s*%\s*(?:[-–]|to)\s*\d+(?:[.,]\d+)?\s*%\s*$/i;
/** (fixr76) A ratio printed against one: `0.3/1`, `1.2:1`. */
const RATIO_TO_ONE = /^\d+(?:[.,]\d+)?\s*[:/]\s*1$/;

/**
 * Codes parsed rows: matches each to the catalog (LOINC first, then names), maps its unit to UCUM, parses its range,
 * keeps a printed flag or computes one from the range, converts the value to the catalog unit (molar mass and charge
 * where needed). Nothing is dropped: an unknown name is kept with its printed name, an unknown unit as printed;
 * each such case is a warning.
 */
/**
 * (fix53) A strip pad's grade: pluses (`2+`, `++`, (labs53fix) `+2`, `+ 2`) or a size in words (`Small`, `Moderate`,
 * `Large`). One vocabulary for STRIP_WORDS and the text reader's strip answers (text-report.parser.ts).
 */
const STRIP_GRADES = String.raw`small|moderate|large|\d\+|\+{1,4}|\+\s?[1-4]`;
/** (fix53) A strip pad's grade alone (STRIP_GRADES). */
export const STRIP_GRADE = new RegExp(`^(?:${STRIP_GRADES})$`, 'i');
/**
 * What a urine dipstick or microscopy prints as a result (`Negative`, `Trace`, a grade: STRIP_GRADES, `Clear`, `Pale yellow`, `0-2`),
 * and any answer in words the token reader reads as one, in any of its languages (`NEGATIVO`, `negativ`, `Spuren`).
 */
const STRIP_WORDS = new RegExp(String.raw`^(normal|nil|${STRIP_GRADES}|few|many|occasional|rare|clear|cloudy|turbid|hazy|slightly cloudy|\d+\s*-\s*\d+)$`, 'i');
/**
 * Whether a text is a strip's answer: its own words above, a yellow of any shade (tokens.ts isStripColour, labs51fix:
 * one colour vocabulary; `Pale yellow`, `Dark Amber`, `Straw`, `Lemon Yellow`), or an answer of presence (`Negative`,
 * `Trace`, `NEGATIVO`).
 */
export const isStripAnswer = (text: string): boolean => STRIP_WORDS.test(text) || isStripColour(text) || isStripAnswerInWords(text);
/**
 * A row named by the word for blood alone (`Blood`, `Occult Blood`): the strip's pad only among urine rows. (b65m) In
 * the other languages the catalog reads it in urine (catalog.ts URINE_ONLY_NAMES: `Blut`, `Sangre`, `Sangue`) too.
 */
const BLOOD_WORDS = /^(?:occult\s+)?(?:blood|blut|sangre|sangue)$/i;

/**
 * Units of urine microscopy: per high- or low-power field. (labs34fix review) Also per field in Spanish and Portuguese
 * (`/campo`, `por campo`, `p/c`, `/CGA`, campo de gran aumento) and English (`/field`, `per field`).
 */
export const PER_FIELD = /(?:\/\s*\[?(?:hpf|lpf)\]?|\/\s*(?:campos?|cpo|cga|field|fld|champs?|gesichtsfeld|gf)|(?:^|\s)(?:por|per|x)\s+(?:campos?|field)|^p\s*\/\s*c(?:ampo)?)$/i;
/**
 * (labsleft) A unit per microscope field (`/HPF`, `/lpf`, `LPB`, `/campo`, `per hpf`, `в п/з`): PER_FIELD as printed or
 * in UCUM (units.ts SYNONYMS spell each field word's UCUM). (portals review) Coding asks this too, not PER_FIELD alone:
 * `WBC  5  per hpf` had become a blood count.
 */
export function isPerFieldUnit(unit: string | null | undefined): boolean {
  return !!unit && (PER_FIELD.test(unit) || PER_FIELD.test(toUcum(unit) ?? ''));
}

/** A lymphocyte subset's row (`T-Lymphocytes`, `NK-celler`, `CD4+ T cells`, `T-Helferzellen`). */
const LYMPHOCYTE_SUBSET_NAME = /^(?:T|NK)(?:-|\s)|\bNK\b|\bCD\s?\d|\b(?:helper|helfer|suppressor|cytotoxic|zytotox\w*)\b/i;

/** The blood's cell counts and white-cell differential (the catalog's keys). */
const BLOOD_CELL_COUNT = /^(?:white-blood-cell-count|red-blood-cell-count|platelet-count|(?:neutrophils|lymphocytes|monocytes|eosinophils|basophils|band-form-neutrophils)(?:-absolute)?)$/;

/** Whether an entry is a urine analyte (`urine-ph`, `glucose-urine-mass`, `urobilinogen`). */
function urineKey(e: CatalogEntry | undefined): boolean {
  return Boolean(e && /urine|urobilinogen/.test(e.key));
}

/**
 * (labs56; fix56) The UCUM of `mil` over a volume (units.ts isMilPerVolume): thousands in Portuguese and Spanish, an
 * English report's millions. Thousands only where the value can be thousands for the test: a red count (the catalog's
 * 10*6/uL) is millions; a platelet count is millions where its range's bounds in the same unit are below 10
 * (`0.15-0.45`), thousands where they are 10 or more (`150 a 450`); (fix5) with no bound it is not guessed (`Plaquetas
 * 1,9 mil/mm3`: 1,900 or 1.9 million per microlitre are both printed): null, the unit kept as printed (the usual
 * not-UCUM warning) — but a value of 10 or more is thousands (`Plaquetas  231 mil/mm3`: 231 million platelets per
 * microlitre is no reading). Any other count the catalog measures per volume is thousands (`Leucócitos  7,5 mil/mm3`).
 * A name the catalog counts in no volume: null, the unit kept as printed.
 */
function milCountUcum(biomarker: CatalogEntry | null, range: { low?: number; high?: number }, value: number | null): string | null {
  if (biomarker?.ucumUnit === '10*6/uL') return '10*6/uL';
  if (!biomarker || !isCountUcum(biomarker.ucumUnit)) return null;
  if (biomarker.key !== 'platelet-count') return '10*3/uL';
  const bound = range.high ?? range.low;
  if (bound === undefined) return value !== null && value >= 10 ? '10*3/uL' : null;
  return bound < 10 ? '10*6/uL' : '10*3/uL';
}

/** (labs50fix review) A molar concentration (`mmol/L`, `umol/L`, `nmol/L`): a quantity's unit, no strip pad's. */
const MOLAR_UNIT = /^[mun]mol\/L$/;

/**
 * (labsrob2) A count in a power of ten per volume whose range's upper bound is below a hundred million cells per litre
 * (`5  x10^6/L  ( <2x10^6/L )`, `2  x10^6/L  ( <13x10^6/L )`): a urine's (or another fluid's) microscopy, never a blood count
 * of the cells urine microscopy shares with blood — a blood count's range for white cells reaches thousands of millions
 * per litre (4-11 x10^9/L), for red cells millions of millions. (Only names urine microscopy shares, inferUrine's
 * `shared`: a basophil count's `0-0.08 x10^9/L` is never urine's.)
 */
function belowBloodCounts(row: RawRow): boolean {
  // (A power of ten printed: `/uL` alone is also a misprinted `mill/uL` beside a red count of 4.62, a blood count.)
  const ucum = toUcum(row.unit);
  const exponent = /^10\*\d+\//.test(ucum ?? '') ? countPerLitreExponent(ucum) : null;
  const high = rowRange(row).high;
  return exponent !== null && high !== undefined && high > 0 && high * 10 ** exponent < 1e8;
}

/**
 * A blood cell's name (namesBloodCells; the Japanese `赤血球`, `白血球`) in a blood count's unit (`10*9/L`, `10^4/μL`,
 * `万/μL`, `千/μL`, `百/μL`; cells per microlitre, `個/μL`, above a blood count's lower bound) and under no specimen
 * cell of its own: the blood's count, though printed below a urine section whose end the report did not head (jp3; the
 * read of the change: `Urinalysis` / `RBC  4.50  10^6/uL` too, not the Japanese names alone).
 */
function bloodCountInUrine(row: RawRow): boolean {
  const name = row.name.trim();
  if (row.specimenOfRow || !(/^(?:赤血球|白血球)$/u.test(name) || (namesBloodCells(name) && !/^pus\b/i.test(name)))) return false;
  const unit = (row.unit ?? '').replace(/\s+/g, '');
  if (/^[万千百]\/[μµu]l$/iu.test(unit) || isBloodCountUcum(toUcum(row.unit))) return true;
  // Cells per microlitre (`個/μL`, `/μL`: a urine's flow count too) under a lower bound of a thousand or more (`3300〜8600`).
  return /^個?\/[μµu]l$/iu.test(unit) && (rowRange(row).low ?? 0) >= 1000;
}

/**
 * Which rows are urine analytes, when no heading said so: a name the catalog knows only in urine (`Nitrite`,
 * `Ketones`); a name it knows in blood too with a dipstick answer or a per-field unit (`Glucose  Negative`, `RBC
 * 0-2 /HPF`); and, next to such rows, one printed without a unit that has a urine reading (`pH  6.0` beside
 * `Specific Gravity  1.020`). A glucose in mg/dL among them stays blood: nothing is moved on the strength of its
 * neighbours alone when it has a unit.
 */
function inferUrine(rows: readonly RawRow[], catalog: BiomarkerCatalog): boolean[] {
  const coded = (row: RawRow) => Boolean(row.biomarkerRef || (row.code?.system === LOINC_SYSTEM && catalog.resolve(row.code.code)));
  const counts = new Set<RawRow>();
  const out = rows.map((row) => {
    if (row.specimen === 'urine' || row.specimen === 'fluid' || coded(row)) return false;
    // (portals review) A Cyrillic name is the urine's only under a urine heading (catalog.ts CYRILLIC_URINE_NAMES): no
    // per-field unit or neighbour makes it so (`Копрограмма` / `Консистенция  оформленный` / `Лейкоциты  0-1  в п/з`, a
    // stool's cells, had become the urine's leukocytes).
    if (CYRILLIC_LETTER.test(row.name)) return false;
    // `Blood`, `Occult Blood`: a strip's pad, but the word names a specimen too (a stool's occult blood, a clinic
    // note's `Blood: Normal`): alone it says no urine; beside urine rows it is the strip's (below).
    if (BLOOD_WORDS.test(row.name.trim())) return false;
    const plain = catalog.match(row.name);
    // `White Cells  6.2  x10^9/L` is a blood count: a name urine microscopy shares with blood is urine only with a
    // strip answer or a per-field unit, as one the catalog knows in blood is.
    const shared = plain ? !urineKey(plain) : namesBloodCells(row.name) && !/^pus\b/i.test(row.name.trim());
    if (shared) {
      const answer = (row.valueText ?? '').trim();
      // A range that is a strip's answer (`Protein  30 mg/dL  Negative`) is a urine strip's too.
      const stripRange = isStripAnswer((row.rangeText ?? '').trim()) && !/\d/.test(row.rangeText ?? '');
      if (!((row.value === null && isStripAnswer(answer)) || isPerFieldUnit(row.unit) || stripRange)) {
        // (readfixA) A count far below a blood count's (belowBloodCounts) is a urine's only beside a urine row (below):
        // alone (`WBC  3  x10^6/L  (0-5)`) it may as well be a CSF's.
        if (belowBloodCounts(row)) counts.add(row);
        return false;
      }
    }
    // (labs50fix review) A presence test's name (`Ketones`, `Keton`, `Nitrite`, `Nitrit`: a strip's pad, no unit in the
    // catalog) with a number in a molar concentration (`0.3 mmol/L`, `12 umol/L`) outside a urine section is a blood
    // quantity (a β-hydroxybutyrate's, a nitrite's), not the strip's answer: not urine — the name stays unknown, as
    // `Keton` read before labs50fix.
    const inUrine = catalog.matchInUrine(row.name);
    if (inUrine?.resultType === 'qualitative' && !inUrine.ucumUnit && row.value !== null && MOLAR_UNIT.test(toUcum(row.unit ?? '') ?? '')) return false;
    return inUrine !== undefined;
  });
  // (jp2 review 2) Not a row under a heading of blood, a blood gas or chemistry (bloodSection): its urine neighbour is
  // the section's above.
  const near = (i: number) => !rows[i]!.bloodSection && ((rows[i - 1] && (out[i - 1] || rows[i - 1]!.specimen === 'urine')) || (rows[i + 1] && (out[i + 1] || rows[i + 1]!.specimen === 'urine')));
  // (readfixA) Such counts beside a urine row (a strip's, the microscopy's, one under a urine heading), or beside a
  // count so taken (`Leucocytes` then `Red Blood Cells` under the strip's rows), are the urine's.
  for (let changed = counts.size > 0; changed;) {
    changed = false;
    rows.forEach((row, i) => {
      if (out[i] || !counts.has(row) || !near(i)) return;
      out[i] = true;
      changed = true;
    });
  }
  for (let pass = 0; pass < 2; pass++) {
    rows.forEach((row, i) => {
      if (out[i] || row.specimen === 'urine' || row.specimen === 'fluid' || coded(row) || row.unit?.trim() || !near(i)) return;
      // A number is a urine reading only where the urine analyte is one without a unit (pH, specific gravity).
      const asUrine = catalog.matchInUrine(row.name);
      if (asUrine && (row.value === null || asUrine.ucumUnit === '[pH]' || asUrine.ucumUnit === '{ratio}')) out[i] = true;
    });
  }
  return out;
}

/**
 * HbA1c (a ratio: `%`, `mmol/mol`) printed in a glucose concentration (`mg/dL`, `mmol/L`): what it was printed with
 * is the estimated average glucose, not HbA1c. Only HbA1c: other dimensionless analytes (a specific gravity in `g/mL`,
 * a differential in `G/l`) keep their name, and their unit is what coding says of it.
 */
function hba1cInGlucoseUnit(printed: string | undefined, biomarker: CatalogEntry): boolean {
  if (biomarker.key !== 'hemoglobin-a1c') return false;
  const ucum = toUcum(printed);
  return Boolean(ucum && /^(?:mg\/dL|mmol\/L)$/.test(ucum));
}

/** A name of at most two letters (`P`, `CB`, `K`), once punctuation and spaces are gone. */
function shortName(name: string): boolean {
  return name.replace(/[^\p{L}\p{N}]/gu, '').length <= 2;
}

/**
 * Whether a printed unit is one a ratio per a substance (analyteFacts' `per`: the albumin/creatinine ratio) converts
 * from — true for every other entry (the rule is the ratio's alone).
 */
function ratioUnitOf(printed: string, biomarker: CatalogEntry): boolean {
  const facts = analyteFacts(biomarker);
  if (!facts.per || !biomarker.ucumUnit) return true;
  const ucum = toUcum(printed);
  return Boolean(ucum && normalizeValue(1, ucum, biomarker.ucumUnit, facts) !== null);
}

/** (labs35fix review) A name of three letters or fewer, before any words in parentheses (`TP`, `TP (taux de prothrombine)`). */
function shortAbbreviation(name: string): boolean {
  return name.replace(/\([^()]*\)\s*$/, '').replace(/[^\p{L}\p{N}]/gu, '').length <= 3;
}

/**
 * Whether a printed unit can measure the biomarker: yes when either is unknown or not a concentration (enzyme units
 * `[IU]/L` against `U/L` do not convert in UCUM, yet measure the same), and for two concentrations when the one
 * converts to the other (`umol/L` cannot measure a protein in `g/L`).
 */
function unitCanMeasure(printed: string | null | undefined, biomarker: CatalogEntry): boolean {
  const ucum = toUcum(printed);
  if (!ucum || !biomarker.ucumUnit || !CONCENTRATION.test(ucum) || !CONCENTRATION.test(biomarker.ucumUnit)) return true;
  return unitOf(printed, biomarker);
}

/** (labwords review) The ESR's short names in other languages (`OB`, `VSH`, `VSG`, `VHS`, `VES`, `BSG`, `BSR`, `BSE`): the ESR only in an ESR's unit. */
// (labs44fix) Bulgarian `СУЕ` (скорост на утаяване на еритроцитите), alone or with a Latin short name after a slash
// that is none of the catalog's (`СУЕ/ERS`, a misprinted ESR).
const ESR_SHORT_NAME = /^(?:ob|vs|vsh|vsg|vhs|ves|bsg|bsr|bse|суе(?:\s*\/\s*[a-z]{2,4})?)$/i;
/** The ESR's first hour (`1ª hora`, `1. Stunde`, `1h`, `1st hour`) and its methods, as ESR_QUALIFIER and ESR_QUALIFIER_BARE read them. */
// (mend4) The French first's `1ère`, `1re`, `1er` too (`VS 1ère heure`).
const ESR_HOUR = String.raw`1\s*(?:ª|º|ère|ere|re|er|a|o|st|\.)?\s*(?:hora|h|hr|hour|stunde|std\.?|ora|heure)`;
const ESR_METHOD = 'westergren|wintrobe';
/**
 * (b65m) The ESR's reading in brackets after its name: the first hour (`(1ª hora)`, `(1a hora)`, `(1. Stunde)`, `(1h)`,
 * `(1 h)`, `(1st hour)`) or the method (`(Westergren)`, `(Wintrobe)`). Dropped before ESR_SHORT_NAME is asked (`VSG (1ª
 * hora)`, `BSG (Westergren)`), as the catalog drops it after a name of its own (`ESR (1ª hora)`, `Blutsenkung (1.
 * Stunde)`); only there — after any other name it stays the name's.
 */
const ESR_QUALIFIER = new RegExp(String.raw`\s*[([]\s*(?:${ESR_HOUR}|${ESR_METHOD})\s*[)\]]$`, 'iu');
/**
 * (b67c) The same reading printed without brackets after the short name (`VSG 1ª hora`, `VHS 1a hora`, `BSG 1. Stunde`,
 * `BSR 1st hour`, `VSG 1h`, `VSG Westergren`, `BSG nach Westergren`, `VSG por Westergren`): dropped as ESR_QUALIFIER is, only before
 * ESR_SHORT_NAME is asked and only with an ESR's unit — the hour a whole word after the name, the method after a
 * word that says by (`nach`, `por`, `per`, `by`) or alone.
 */
const ESR_QUALIFIER_BARE = new RegExp(String.raw`\s+(?:${ESR_HOUR}|(?:(?:nach|por|per|by|selon|de)\s+)?(?:${ESR_METHOD}))$`, 'iu');

/**
 * (fixu) An ESR's short name (ESR_SHORT_NAME; (fixu) the French `VS`, vitesse de sédimentation, too), its hour or method
 * after it dropped (`VS (1h)`, `VSG 1ª hora`, `BSG nach Westergren`): the ESR only in an ESR's unit, mm/h — or, with
 * its hour or method printed (`qualified`), its millimetres alone (`VS (1h)  12  mm`, `VSG 1ª hora  28  mm`), which the
 * text reader then keeps too. A short name alone in millimetres (`VHS  9 mm`) stays no result (labs56).
 */
export function namesEsrShort(name: string, qualified = false): boolean {
  const bare = name.trim().replace(ESR_QUALIFIER, '').replace(ESR_QUALIFIER_BARE, '');
  // (fixnm) Its letters with points (`V.S.G.`, `V.H.S.`: velocidad de sedimentación globular) read as printed without them.
  return (ESR_SHORT_NAME.test(bare) || ESR_SHORT_NAME.test(bare.replace(DOTTED_LETTERS, '$1$2$3'))) && (!qualified || bare !== name.trim());
}
/** (fixnm) Two or three capitals each with a point (the last may have lost it): the letters, groups 1 to 3. */
const DOTTED_LETTERS = /^([A-Z])\.\s?([A-Z])\.?(?:\s?([A-Z])\.?)?$/;

/** (fixr87) An arbitrary unit per volume (international units, units, katals: `m[IU]/L`, `U/mL`, `ukat/L`), as UCUM writes it. */
const ARBITRARY_PER_VOLUME = /^[a-z]?(?:\[IU\]|U|kat)\/[a-z]?L$/;
/** (fixr87) A mass or an amount of substance per volume (`ug/dL`, `pmol/L`), as UCUM writes it. */
const MASS_OR_AMOUNT_PER_VOLUME = /^[a-z]?(?:g|mol)\/[a-z]?L$/;

/**
 * (fixr87) Whether a printed unit that reads cleanly (toUcum) is of another kind than any the entry is reported in —
 * an arbitrary unit (ARBITRARY_PER_VOLUME) for a molecule the catalog measures by mass or amount and converts through
 * its molar mass (cortisol, free T4, glucose: no assay's international unit measures them; a protein measured by mass,
 * prolactin's `mIU/L`, is an immunoassay's unit of it, and insulin's `pmol/L` is its amount: neither refuses); a cell
 * count per volume for an analyte measured as a concentration; a mass or amount per volume for a cell count (not
 * French `G/L`, `T/L`: giga and tera per litre, perLitreUcum). Never a unit the entry converts to (unitAgrees).
 */
function unitOfOtherKind(printed: string | undefined, entry: CatalogEntry): boolean {
  const ucum = toUcum(printed);
  const own = entry.ucumUnit;
  if (!ucum || !own || unitAgrees(printed!, entry)) return false;
  if (ARBITRARY_PER_VOLUME.test(ucum)) return MASS_OR_AMOUNT_PER_VOLUME.test(own) && entry.molarMass !== null;
  if (isCountUcum(ucum)) return MASS_OR_AMOUNT_PER_VOLUME.test(own) || ARBITRARY_PER_VOLUME.test(own);
  if (MASS_OR_AMOUNT_PER_VOLUME.test(ucum)) return isCountUcum(own) && !perLitreUcum(printed!);
  return false;
}

/** International units per volume (`mIU/L`, `[IU]/L`) and mass per volume (`pg/mL`), as UCUM writes them. */
const IU_PER_VOLUME = /^[a-z]?\[IU\]\/[a-z]?L$/;
const MASS_PER_VOLUME = /^[a-z]?g\/[a-z]?L$/;

/**
 * (cat8 review) Of the entries a name may be (catalog.decidedByUnit), the one a printed unit agrees with (unitAgrees) —
 * or, for an entry measured by mass per volume, a unit of international units per volume (`mIU/L`, `µU/mL`: an
 * immunoassay's units of the same protein, converted by the assay's factor, not by UCUM); none printed, the only one.
 * Undefined when no one entry remains.
 */
function decidedByUnit(entries: readonly CatalogEntry[], unit: string | undefined): CatalogEntry | undefined {
  if (entries.length === 0) return undefined;
  const printed = unit?.trim();
  if (!printed) return entries.length === 1 ? entries[0] : undefined;
  const ucum = toUcum(printed);
  if (!ucum) return undefined;
  const perVolumeIU = IU_PER_VOLUME.test(ucum);
  const agreeing = entries.filter((e) => unitAgrees(printed, e) || (perVolumeIU && MASS_PER_VOLUME.test(e.ucumUnit ?? '')));
  return agreeing.length === 1 ? agreeing[0] : undefined;
}

/**
 * (names) The adult male testosterone's scale, which the upper bound of a `Total T` or `Free T` row's printed range must
 * reach for the short form to name it: every unit testosterone is printed in is a thyroid hormone's too (free T4's
 * ng/dL and pmol/L, free T3's pg/mL and pmol/L, total T4's µg/dL and nmol/L, total T3's ng/dL and nmol/L), and a
 * thyroid panel's `Free T`, `Total T` are those cut short. The total's rivals lie on both sides of one window, so its
 * bound is converted into the window's unit through the entry's molar mass (`264-916 ng/dL`: 31.8 nmol/L; total T3's
 * `80-200 ng/dL` 6.9, total T4's `4.5-12.0 ug/dL` 416, `60-160 nmol/L` beyond it). The free one's rival differs with
 * the unit (free T4's 1.8 ng/dL is 18 pg/mL, far above free T3's 4.2 pg/mL), so no one bound separates them: its least
 * upper bound is the printed unit's, other units none.
 */
const TESTOSTERONE_SCALES: Record<string, readonly { unit: string; least: number; most?: number }[]> = {
  testosterone: [{ unit: 'nmol/L', least: 12, most: 60 }],
  'testosterone-free': [{ unit: 'ng/dL', least: 5 }, { unit: 'pg/mL', least: 15 }, { unit: 'pmol/L', least: 150 }],
};

/**
 * (names) Whether a row's printed range has its upper bound on the testosterone entry's scale (TESTOSTERONE_SCALES): a
 * row with no range or no unit is not (a missed row rather than a wrong one).
 */
function onTestosteroneScale(row: RawRow, biomarker: CatalogEntry): boolean {
  const ucum = toUcum(row.unit);
  const high = rowRange(row).high;
  const scales = TESTOSTERONE_SCALES[biomarker.key] ?? [];
  const scale = scales.length === 1 ? scales[0] : scales.find((s) => s.unit === ucum);
  if (!ucum || high === undefined || !scale) return false;
  const bound = convertUnit(high, ucum, scale.unit, { molarMass: biomarker.molarMass });
  return bound !== null && bound >= scale.least && bound <= (scale.most ?? Infinity);
}

/** Words of catalog keys that say a form or a specimen of an analyte, not which analyte (`neutrophils-absolute`, `glucose-urine-mass`). */
const FORM_WORDS = new Set(['absolute', 'urine', 'in', 'mass', 'presence', 'serum', 'plasma', 'blood', 'total', 'free', 'count', 'ratio', 'level']);

/**
 * A LOINC code whose analyte is not the one its printed name names (a misconfigured code: `789-8^Thrombozyten` in
 * 10*9/L, the red cell count's code on the platelets; `787-2^Erythrozyten` in 10*12/L, the MCV's; `17861-6^CRP` in
 * mg/L, calcium's): the name is what the report shows, and it decides. The code wins by default: a name says less than
 * a code (`30522-7^CRP` is the hs-CRP it codes, `3024-7^T4` the free T4, `2756-5^pH` the urine pH, `30405-5^WBC` in
 * /uL the urine leukocytes). The name overrules it only on evidence the code cannot answer: the printed unit is one
 * the code's analyte cannot be measured in while the name's analyte is; and never where the name is one of the code
 * analyte's names or words of one (`CRP` of `hs-CRP`, `T4` of `Free T4`), where the code's analyte is a urine one and
 * the name's is not, or where the two are forms of one analyte (`751-8^Neutrophils`, `3094-0^Urea` in mg/dL). Undefined when
 * the code gives way.
 */
function nameOverCode(catalog: BiomarkerCatalog, row: RawRow, byCode: CatalogEntry | undefined): CatalogEntry | undefined {
  if (!byCode || !row.unit?.trim() || row.name.trim() === row.code?.code) return byCode;
  // A unit the reader does not know, or a code's analyte with no unit (a urine strip's count), contradicts nothing.
  if (!toUcum(row.unit) || !byCode.ucumUnit) return byCode;
  const byName = catalog.matchName(row.name);
  // An enzyme's code (activity, `U/L`) on a concentration (`2532-0^Lactate` in mmol/L: the lactate, never its
  // dehydrogenase) under a name that is not one of the enzyme's (the substrate's `Lactate` is only a word of `Lactate
  // Dehydrogenase`): neither the unit nor the name is the code's; it names nothing.
  if (enzymeCodeOnConcentration(row.unit, byCode) && !isNameOf(row.name, byCode) && byName?.key !== byCode.key) return undefined;
  if (!byName || byName.key === byCode.key || !unitAgrees(row.unit, byName)) return byCode;
  // A molecule's code counted by one element's mass (urea nitrogen, `3094-0`) in a molar unit under the molecule's own
  // name (`3094-0^Urea` in mmol/L, the SI report of urea): the name's analyte; urea nitrogen is reported by mass.
  if (MOLAR_FORM_OF[byCode.key] === byName.key && /mol\//i.test(toUcum(row.unit) ?? '')) return byName;
  if (unitAgrees(row.unit, byCode) && !countOnOtherScale(row.unit, byCode, byName)) return byCode;
  if (urineKey(byCode) && !urineKey(byName)) return byCode;
  if (namesPartOf(row.name, byCode)) return byCode;
  // Words compared by their first five letters: `protein` and `proteins` (`proteins-in-urine`) are one word.
  const words = (key: string) => key.split('-').filter((w) => w.length > 2 && !FORM_WORDS.has(w)).map((w) => w.slice(0, 5));
  const codeWords = words(byCode.key);
  const nameWords = words(byName.key);
  if (!codeWords.length || !nameWords.length) return byCode;
  return nameWords.some((w) => codeWords.includes(w)) ? byCode : undefined;
}

/** (catalog v11) The D-dimer's entries by the basis of their mass: fibrinogen-equivalent units, D-dimer units. */
const D_DIMER_BY_BASIS: Readonly<Record<string, string>> = { feu: 'd-dimer-feu', ddu: 'd-dimer' };
/** (catalog v11) A basis of a D-dimer's mass as printed: `FEU`, `DDU` as a word (`mg/L FEU`, `(FEU)`, `ng/mL-DDU`). */
const D_DIMER_BASIS = /(?<![\p{L}\p{N}])(FEU|DDU)(?![\p{L}\p{N}])/giu;

const D_DIMER_KEYS: ReadonlySet<string> = new Set(Object.values(D_DIMER_BY_BASIS));
/** (catalog v11) Whether a catalog key is one of the D-dimer's (either basis). */
export const isDDimerKey = (key: string | null | undefined): boolean => D_DIMER_KEYS.has(key ?? '');

/**
 * (catalog v11) The D-dimer entry (its catalog key) of the one basis the texts print — FEU or DDU as a word — or
 * undefined where they print none or both. What a row prints with it: its unit, its name, its range's text.
 */
export function dDimerKeyOfBasis(...printed: (string | null | undefined)[]): string | undefined {
  const bases = new Set([...printed.filter(Boolean).join(' ').matchAll(D_DIMER_BASIS)].map((m) => m[1]!.toLowerCase()));
  return bases.size === 1 ? D_DIMER_BY_BASIS[[...bases][0]!] : undefined;
}

/**
 * (catalog v11) A D-dimer is reported in fibrinogen-equivalent units (FEU) or in D-dimer units (DDU), about twice apart
 * for one sample and never converted (biomarker-catalog.v11.ts). The basis printed with the row — in its unit (`0.45
 * mg/L FEU`), its name (`D-Dimer (FEU)`) or its range's text (`<0.50 ug/mL FEU`) — says which entry it is, over the name
 * and over a code it was sent with (a DDU's 48058-2 beside `mg/L FEU` is the FEU the laboratory measured; the code it
 * sent stays `reportedCode`). Both bases printed, or none: the entry as it was.
 */
function dDimerByBasis(catalog: BiomarkerCatalog, entry: CatalogEntry, row: RawRow): CatalogEntry {
  if (!isDDimerKey(entry.key)) return entry;
  const key = dDimerKeyOfBasis(row.unit, row.name, row.rangeText);
  return (key && catalog.resolve(key)) || entry;
}

/** Analytes reported by an element's mass whose molar report is the whole molecule's (urea nitrogen's mmol/L is urea's). */
const MOLAR_FORM_OF: Record<string, string> = { 'blood-urea-nitrogen': 'urea' };

/** An enzyme's analyte (its unit an activity: `U/L`, `[IU]/L`, `ukat/L`) with a mass or molar concentration printed. */
function enzymeCodeOnConcentration(printed: string, byCode: CatalogEntry): boolean {
  const ucum = toUcum(printed);
  return Boolean(ucum && CONCENTRATION.test(ucum) && /^(?:U|\[IU\]|[mu]?kat)\/L$/i.test(byCode.ucumUnit ?? '') && !unitAgrees(printed, byCode));
}

/**
 * A count per volume printed on the very scale of the name's analyte and on another than the code's (`789-8^Thrombozyten`
 * in 10*9/L: the platelets' 10*3/uL, never the red cells' 10*6/uL): the unit is the name's, though a count converts to
 * a count.
 */
function countOnOtherScale(printed: string, byCode: CatalogEntry, byName: CatalogEntry): boolean {
  const ucum = toUcum(printed);
  if (!isCountUcum(ucum) || !isCountUcum(byCode.ucumUnit) || !isCountUcum(byName.ucumUnit)) return false;
  return convertUnit(1, ucum!, byName.ucumUnit!) === 1 && convertUnit(1, ucum!, byCode.ucumUnit!) !== 1;
}

/** Whether a printed name is one of the entry's names (its key, display or an alias), as a whole. */
function isNameOf(name: string, entry: CatalogEntry): boolean {
  const printed = normalizeName(name);
  return Boolean(printed) && anyNameOf(entry, (a) => a === printed);
}

/** Whether a printed name is one of the entry's names, or words within one (`CRP` in `hs-CRP`, `T4` in `Free T4`). */
function namesPartOf(name: string, entry: CatalogEntry): boolean {
  const printed = normalizeName(name);
  if (!printed) return false;
  return anyNameOf(entry, (a) => ` ${a} `.includes(` ${printed} `));
}

/**
 * (labs35fix) In a report whose names carry Nordic specimen prefixes, a name the catalog knows neither with its prefix
 * nor without it (`P—Orosomukoid`, `P-Calciumjon, fri`) is kept without the prefix, as the result lists drop it
 * (result-list.ts): the prefix says the sample, the rest names the test. Where the name without it is a test the
 * catalog knows (`vB-pH`, a venous pH; `B-Lymfocytter`, B cells), the prefix is what makes it another: kept.
 */
function withoutUnknownPrefix(name: string, catalog: BiomarkerCatalog): string {
  const m = NORDIC_PREFIX.exec(name.trim());
  // (labs35fix review) A `B-` before a cells' word (`B-celler (CD19)`, `B-Lymfocytter`, `B-Zellen`, `B-cells`) is the
  // B cells' name, no specimen prefix: kept whole (as the catalog's matchName reads it).
  if (m && /^(?:lymph|lymf|zell|cell)/i.test(m[2]!)) return name;
  return m && !catalog.matchName(m[2]!) ? m[2]! : name;
}

/** Letters in parentheses after a name that say its sample: serum, plasma, blood (whole, cord), urine. */
const SPECIMEN_MARK = /^(?:s|p|b|se|pl|bl|wb|sp|cb|u|ur)$/i;

/** A unit of a day's urine (`mmol/24h`, `mg/24 h`, `g/d`, `mg/día`) or of a urine's ratio to its creatinine (`mg/g creat`). */
const URINE_UNIT = /\/\s*(?:24\s*(?:h|hrs?|hours?|std)|d|day|d[ií]a|tag|dygn|d[øo]gn)$|creat/i;

/**
 * A UCUM unit of an amount per an amount, each of the kinds given (`g`; `g|mol`) with a prefix perhaps (`ng/mg`,
 * `mmol/mol`): PER_MASS, PER_AMOUNT.
 */
const perAmountUnit = (amounts: string): RegExp => new RegExp(String.raw`^[munpk]?(?:${amounts})\/[munpk]?(?:${amounts})$`);

/**
 * (status) A mass per mass in UCUM (`ng/mg`, `ug/g`, `mg/g`): in a urine report, per mass of creatinine (a DUTCH
 * hormone's `ng/mg`); no blood analyte the catalog holds is measured so.
 */
const PER_MASS = perAmountUnit('g');
/** (mixed) The rows per mass of creatinine that make a report a urine's (DUTCH panels print a dozen; a serum panel prints an albumin/creatinine ratio or none). */
const PER_CREATININE_PANEL = 3;
/** (review 12) The least upper bound of a creatinine's printed range (in mg/dL) that only a urine's range reaches. */
const URINE_CREATININE_HIGH_MG_DL = 20;
/** (set 8) The least creatinine (in mg/dL) no serum reaches (a dialysis patient's before a session is under 20): a urine's. */
const URINE_CREATININE_VALUE_MG_DL = 30;
/** (review 14) The least upper bound of a creatinine's range printed with no unit that no serum's reaches (µmol/L: 130 or less). */
const URINE_CREATININE_UNITLESS_HIGH = 150;
/** (set 8) A unit of per cent of a control (`% control`, `% of control`, `% of ctrl`, `% Ctrl`). */
const PERCENT_OF_CONTROL = /^%\s*(?:of\s+)?(?:control|ctrl)$/i;
/** (mixed) The units (UCUM) a serum creatinine is reported in. */
const SERUM_CREATININE_UNITS = new Set(['mg/dL', 'umol/L', 'mg/L', 'mmol/L']);
/**
 * Whether a row read as creatinine is the urine's: (mixed) in a report of results per mass of creatinine
 * (PER_CREATININE_PANEL rows or more: a DUTCH dried-urine panel's `Creatinine (A)  0.86  mg/mL`), printed in a unit no
 * serum creatinine is reported in — a serum creatinine beside one albumin/creatinine ratio, or printed with no unit,
 * stays; (review 12) or its printed range's upper bound, in mg/dL, on a urine's scale (URINE_CREATININE_HIGH_MG_DL:
 * `Creatinine  95  mg/dL  20-370` of a urine metals panel; a serum's is about 1.3); (set 8) with no unit, a range no
 * serum's reaches in any unit; or, with no range, a value no serum reaches.
 */
function urineCreatinine(row: RawRow, ucum: string | null, creatinine: CatalogEntry, perCreatinine: number): boolean {
  // (set 8) With no unit printed (a metals panel's `URINE CREATININE` table, its unit in the header), a range no
  // serum's reaches in any unit (`30- 225`; review 14: `0.6-1.2` after a urinalysis with no new heading is the serum's),
  // whatever heading is over it (review 15: `Metabolic Markers in Urine` heads a table, no urine section).
  if (!ucum) return (rowRange(row).high ?? 0) > URINE_CREATININE_UNITLESS_HIGH;
  if (perCreatinine >= PER_CREATININE_PANEL && !SERUM_CREATININE_UNITS.has(ucum)) return true;
  const inMgDl = (x: number | undefined | null) => (x === undefined || x === null ? null : convertUnit(x, ucum, 'mg/dL', { molarMass: creatinine.molarMass, charge: creatinine.charge }));
  const high = inMgDl(rowRange(row).high);
  // (set 8) Or the value itself on a urine's scale (an organic-acids report's `Creatinine  mg/dL  92`), where no range
  // on a serum's scale is printed beside it (review 14: `Creatinine  32  0.6-1.2 mg/dL  H` is the serum's, misprinted
  // or not).
  const value = inMgDl(row.value);
  if (high !== null) return high > URINE_CREATININE_HIGH_MG_DL;
  return value !== null && value > URINE_CREATININE_VALUE_MG_DL;
}

/** (status review) A mass or substance per mass or substance in UCUM (`mg/g`, `mmol/mol`): perAmountOrUrine. */
const PER_AMOUNT = perAmountUnit('g|mol');

/**
 * (status review) Whether an entry is itself an amount per an amount — its catalog unit a mass or substance per mass or
 * substance (`mg/g`, the albumin/creatinine ratio's; `mmol/mol`) or a ratio (`{ratio}`) — or a urine analyte
 * (urineKey: every urinalysis entry's key says so). A unit per creatinine (`mg/mmol`, `mg/mmol creat`, which need a
 * molar mass to reach `mg/g`) or a urine heading is then the entry's own, never a sign of another specimen.
 */
function perAmountOrUrine(e: CatalogEntry): boolean {
  return urineKey(e) || PER_AMOUNT.test(e.ucumUnit ?? '') || e.ucumUnit === '{ratio}';
}

/** A unit of time in UCUM (`s`, `min`, `h`, `d`; `ms`): a clotting or bleeding time's. */
/**
 * (mend16) LOINC codes of arterial blood alone (System `BldA`): oxygen saturation 2708-6, pO2 2703-7, pCO2 2019-8, pH
 * 2744-1, bicarbonate 1960-4, base excess 1925-7. A venous or capillary sample's result is none of them.
 */
const ARTERIAL_LOINC = new Set(['2708-6', '2703-7', '2019-8', '2744-1', '1960-4', '1925-7']);

function isTimeUcum(ucum: string | null | undefined): boolean {
  return /^(?:ms|s|min|h|d|wk|mo|a)$/.test(ucum ?? '');
}

/** Grams per cent as printed (`g%`, `gm%`, `gms%`). */
const GRAMS_PER_CENT = /^(?:g|gm|gms)\s*%$/i;

/** (fixr82) A blood-gas symbol qualified as at the patient's temperature: `pH(T)`, `pCO2 (T)`, `pO2(T)`. */
const AT_PATIENT_TEMPERATURE = /^(.*\S)\s*\(T\)$/;
/**
 * (fixr82) A blood-gas symbol in IUPAC's style (`pH`, `pCO2`, `pO2`, `cBase`, `sO2`): not a name in words (`Bilirubin (T)`).
 * (mend22, review cr16) Or the common ones in capitals, as an HL7 system sends them (`PH`, `PCO2`, `PO2`, `SO2`).
 */
const GAS_SYMBOL = /^(?:pH|[pcs][A-Z][A-Za-z0-9]*[+-]?(?:\([A-Za-z,]+\))?|PH|PCO2|PO2|SO2)$/;

/**
 * (fixr82) Which rows are a blood gas's value at the patient's temperature (`pH(T)`, as Radiometer's ABL prints its
 * temperature-corrected results) in a report that prints the same symbol uncorrected, at 37 °C, too (`pH`): another
 * quantity than the catalog's (its own LOINC), kept unknown under its printed name rather than a second row of the
 * analyte. A `(T)` name alone in its report is still read as its analyte (catalog.ts analyserSymbol).
 */
function temperatureCorrectedBeside(rows: RawRow[]): boolean[] {
  // (mend22, review cr16) The plain symbol counted only from rows that are no urine's (a urine's `pH` is no blood gas
  // at 37 °C: a `pH(T)` beside it is the report's one blood pH).
  const names = new Set(rows.filter((r) => r.specimen !== 'urine').map((r) => r.name.trim().toLowerCase()));
  return rows.map((r) => {
    const m = AT_PATIENT_TEMPERATURE.exec(r.name.trim());
    return Boolean(m && GAS_SYMBOL.test(m[1]!) && names.has(m[1]!.toLowerCase()));
  });
}

/**
 * (fixr85c) The pituitary's peptide hormones an immunoassay analyser names with an `h` (human) before their code
 * (Beckman Coulter's Access / UniCel DxI test names `hFSH`, `hLH`, `hGH`, `hTSH`: the UniCel DxI and Access 2 LIS Vendor
 * Information, P/N 387264, Appendix B "Test Codes Used by the Instrument"; the rev84 DxI 800 message's `^^^hFSH^1`).
 * `hCG` is the same convention, but the catalog has no hCG. Catalog keys, so that only a hormone's code is read so.
 */
const HUMAN_MARKED_HORMONES = new Set(['follicle-stimulating-hormone', 'luteinizing-hormone', 'growth-hormone', 'thyroid-stimulating-hormone', 'prolactin']);
/** (fixr85c) A lower-case `h` before a code in two to five capitals (`hFSH`, `hLH`, `hPRL`): the code. */
const HUMAN_MARK = /^h([A-Z]{2,5})$/;

/**
 * (fixr85c) A row named by a vendor's `h` before a pituitary hormone's code (HUMAN_MARK, HUMAN_MARKED_HORMONES) in a
 * unit that hormone is measured in: the hormone. The unit is asked because the letters alone are weak evidence (`hLH`
 * is also a haemophagocytic lymphohistiocytosis's abbreviation); with no unit, or one the hormone is never measured in
 * (`hFSH  7.2  nmol/L`), the row stays unknown. An `h` before any other code (`hCRP`, `hALT`, `hNa`) names nothing.
 */
function humanMarkedHormone(catalog: BiomarkerCatalog, row: RawRow): CatalogEntry | undefined {
  const m = HUMAN_MARK.exec(row.name.trim());
  const entry = m ? catalog.matchName(m[1]!) : undefined;
  return entry && HUMAN_MARKED_HORMONES.has(entry.key) && unitConfirms(row.unit, entry) ? entry : undefined;
}

/** (fixr85c) A name with an immunoassay kit's second generation after it (` II`): the name before it, group 1. */
const NEXT_GENERATION = /^(.*\S)\s+II$/;

/**
 * (fixr85c) An immunoassay analyser's second-generation kit named with ` II` after the test (Snibe Maglumi: `TSH II`,
 * `FT4 II`, `Ferritin II`, `25-OH VD II`, as a Maglumi LIS driver's alias table and the rev84 Maglumi 4000 Plus message
 * print them): the test the name before it names, only in a unit that test is measured in. Not where the name before
 * it is the stem of a numbered series, which the catalog reads with `I` or `1` after it (`ApoA II` is apolipoprotein
 * A-II: `ApoA I` is A-I, and `ApoA` alone, which the catalog reads as lipoprotein(a), is not what it names); and a name
 * the catalog does not know (`Factor II`, `Angiotensin II`) stays as printed.
 */
function nextGenerationAssay(catalog: BiomarkerCatalog, row: RawRow, numberedStems: ReadonlySet<string> = new Set()): CatalogEntry | undefined {
  // Asked only of a name ending so (a cheap test first: the names are any cell's text).
  const name = row.name.trim();
  const m = name.endsWith('II') ? NEXT_GENERATION.exec(name) : null;
  if (!m || (m[1]!.match(/[A-Za-z]/g)?.length ?? 0) < 2) return undefined;
  // (mend25) Not where the report numbers the same stem with another numeral (`Glucose I`, `Glucose II`, `Glucose III`:
  // an OGTT's samples; `LDL I` … `LDL IV`: subclasses): the ` II` is the second of a series, no kit's generation.
  if (numberedStems.has(m[1]!.toLowerCase())) return undefined;
  const entry = catalog.matchName(m[1]!);
  if (!entry || [`${m[1]} I`, `${m[1]}1`, `${m[1]}-1`, `${m[1]}-I`].some((n) => catalog.matchName(n) !== undefined)) return undefined;
  // (mend25) Nor a lipoprotein fraction's cholesterol (`HDL II`, `LDL II`): the fractions are divided into numbered
  // subclasses (HDL2/HDL3, LDL I–IV by gradient gel), and their cholesterol is an enzymatic chemistry, no immunoassay
  // kit with generations. `HDL II  12 mg/dL` is a subclass's share, not the HDL cholesterol.
  if (LIPOPROTEIN_FRACTION.test(entry.key)) return undefined;
  return unitConfirms(row.unit, entry) ? entry : undefined;
}
/** (mend25) The catalog keys of a lipoprotein fraction's cholesterol (`hdl-cholesterol`, `ldl-cholesterol`, `vldl-cholesterol`). */
const LIPOPROTEIN_FRACTION = /^(?:[a-z]+-)?[hlv]?dl-cholesterol$/;
/** (mend25) A name numbered by a Roman numeral other than II after its stem (`Glucose I`, `LDL III (small dense)`): group 1. */
const OTHER_NUMERAL = /^(.*\S)\s+(?:I|III|IV|V|VI)(?:\s*\(.*\))?$/;
/** (mend25) The stems, lower-cased, that a report's names number with a Roman numeral other than II (OTHER_NUMERAL). */
function otherNumeralStems(rows: RawRow[]): Set<string> {
  const stems = new Set<string>();
  for (const row of rows) {
    const name = row.name.trim();
    if (name.length > 80 || !/I|V/.test(name)) continue;
    const m = OTHER_NUMERAL.exec(name);
    if (m) stems.add(m[1]!.toLowerCase());
  }
  return stems;
}

/** (fixr85c) A printed unit the reader understands (UCUM) that the entry is measured in (unitAgrees). */
function unitConfirms(printed: string | undefined, entry: CatalogEntry): boolean {
  return Boolean(printed?.trim() && toUcum(printed) && unitAgrees(printed, entry));
}

/** (fixr85c) Whether a text's round and square brackets each close what they open, in order. */
function bracketsBalanced(text: string): boolean {
  const open: string[] = [];
  for (const ch of text) {
    if (ch === '(' || ch === '[') open.push(ch);
    else if (ch === ')' || ch === ']') {
      if (open.pop() !== (ch === ')' ? '(' : '[')) return false;
    }
  }
  return open.length === 0;
}
/**
 * (mend25) The ways a unit may be read without its stray edge bracket, the narrowest first: the closing bracket at its
 * end alone (`[IU]/L)`: the `[` opens UCUM's atom and stays), the opening one at its start alone (`(mmol/L`), both
 * at once; and, where an opening bracket's note after a space was cut short (`U/L (37C`, `umol/L (SI`: an
 * HL7 unit field cut at its length), the unit before the note.
 */
function strayBracketReadings(unit: string): string[] {
  const readings: string[] = [];
  if (unit.endsWith(')') || unit.endsWith(']')) readings.push(unit.slice(0, -1).trim());
  if (unit.startsWith('(') || unit.startsWith('[')) readings.push(unit.slice(1).trim());
  if (readings.length === 2) readings.push(unit.slice(1, -1).trim());
  const note = unit.lastIndexOf(' (');
  if (note > 0 && !unit.slice(note).includes(')')) readings.push(unit.slice(0, note).trim());
  return readings;
}
/**
 * (fixr85c) What a unit's rest must start with to stand as the unit once an edge bracket is gone: a letter, `%`, `µ`,
 * or a power of ten written out (`10^3/…`, `10*9/…`, `x10E9/…`). A bare number before a slash (`102/mm`, which UCUM
 * would read as a factor of 102 per millimetre) is a garbled exponent, no unit.
 */
// (mend25) UNIT_START also takes a power of ten with its exponent in superscript or in brackets (`10³/µL`, `10(9)/L`,
// as a blood count's cell is cut: `10(9)/L)`), and a count per a field or a volume (`/HPF`, `/µL`): units toUcum reads,
// that a stray edge bracket alone had made unread. A bare number before a slash (`102/mm`) still is no start.
const UNIT_START = /^(?:[\p{L}%µμ°]|(?:[x×]\s*)?10\s*(?:[\^*]|[eE](?=\d)|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\(\d{1,2}\)\s*\/)|\[|\/\s*[\p{L}µμ[])/u;

/**
 * (fixr85c) A printed unit whose brackets do not balance: with the stray bracket at an edge dropped, the unit that is
 * left where the reader understands it (`mmol/L)` at a cell's edge is mmol/L); otherwise no unit — the text is kept as
 * `unreadUnit` for the warning (`unit-not-read`), never as the result's unit. A code page's garbling of superscripts
 * (a HORIBA Pentra 60's `10)/mm)`, `102/mm)`, `5m)` for 10³/mm³, 10⁶/mm³, µm³) is such a text: no byte mapping was
 * established that turns `)` into `³` in general (Latin-1's ³ and µ with their high bit lost would be `3` and `5`, and
 * the `)` is neither), so the unit is dropped with a warning rather than guessed — a nonsense unit on a result is
 * worse than none. A unit whose brackets balance (`(%)`, `[IU]/L`, `U/L (37°C)`) is left as before.
 */
function withUnbalancedUnitRead(row: RawRow): RawRow {
  const printed = row.unit?.trim();
  if (!printed || bracketsBalanced(printed)) return row;
  // (mend25) Each way without a stray bracket in turn (strayBracketReadings), the first that is a unit.
  const rest = strayBracketReadings(printed).find((r) => r && r !== printed && bracketsBalanced(r) && UNIT_START.test(r) && toUcum(r));
  if (rest) return { ...row, unit: rest };
  return { ...row, unit: undefined, unreadUnit: printed };
}

/**
 * (du) A calendar date where the unit stands (`Glucose   5.4   12/03/24   3.9-5.5`; a portal copy's `6/29/18      0.81`
 * under its name and range lines): the date the result was taken, printed in the unit's column — never a unit. No unit,
 * the text kept as `unreadUnit` for the warning (`unit-not-read`), as an unbalanced one is: a date as the result's unit
 * is a nonsense unit, and the trend would call it "cannot be converted".
 */
function withDateUnitDropped(row: RawRow): RawRow {
  const printed = row.unit?.trim();
  return printed && isDateToken(printed) ? { ...row, unit: undefined, unreadUnit: printed } : row;
}

/**
 * A lone `L` beside a row's value, read by the catalog either way (codeRows, one pass):
 * - (fixnm) read as the unit of a row with no flag, under a name the catalog knows measured in no volume
 *   (`Lymphocytes  0.19  L  0.20 - 0.40`: the flag column's letter where the unit column is empty): the flag letter low,
 *   no unit — litres alone measure nothing the catalog has but a volume;
 * - (review 18) read as the flag of a row with no unit, under a volume's name (`Total volume  2.1  L`, `Volume, 24h  2.1
 *   L  0.8-2.0`: a timed urine's litres) the catalog does not know or knows measured in a volume: the litre, no flag
 *   (read low, a volume above its range had been flagged low).
 */
function loneLitreRead(row: RawRow, catalog: BiomarkerCatalog): RawRow {
  if (row.value === null || row.biomarkerRef || row.code) return row;
  const asUnit = LONE_LITRE.test(row.unit?.trim() ?? '') && !row.flag;
  const asFlag = row.flag?.trim() === 'L' && !row.unit?.trim() && !row.normalizedFlag && VOLUME_NAME.test(row.name);
  if (!asUnit && !asFlag) return row;
  const entry = catalog.match(row.name);
  if (asUnit) return entry && !unitAgrees(row.unit!, entry) ? { ...row, unit: undefined, flag: row.unit!.trim() } : row;
  return !entry || unitAgrees('L', entry) ? { ...row, unit: 'L', flag: undefined } : row;
}

export function codeRows(rows: RawRow[], catalog: BiomarkerCatalog, defaultCollectedAt: string): { results: CodedResult[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const where = (row: RawRow) => ({ line: row.line, ...(row.page ? { page: row.page } : {}) });
  // (fixr85c) A unit whose brackets do not balance: the unit without a stray edge bracket, or none (withUnbalancedUnitRead).
  // (du) A calendar date where the unit stands: no unit (withDateUnitDropped). One pass over the printed units.
  rows = rows.map((row) => withDateUnitDropped(withUnbalancedUnitRead(row)));
  // (mend25) The stems the report numbers I, III, IV … (nextGenerationAssay reads no ` II` of theirs).
  const numberedStems = otherNumeralStems(rows);
  // A lone `L` beside the value: the unit or the flag, as the catalog measures the name (loneLitreRead).
  rows = rows.map((row) => loneLitreRead(row, catalog));
  const urine = inferUrine(rows, catalog);
  // (labs34fix) A report whose names carry Nordic specimen prefixes (`B-Leukocytter`, `P-Ferritin`) prints `B-` before
  // the lymphocytes as the blood's too (`B-Lymfocytter`), not as the B cells.
  // (labs34fix review) A prefix is one or two letters and a hyphen before a name the catalog knows alone as the same
  // analyte — not a letter that is part of the name (`B-Type Natriuretic Peptide`: `Type …` names nothing). And a
  // `B-Lymph…` row among lymphocyte subsets is the B cells: under their heading (`Lymphocyte Subsets`,
  // `Lymfocyttsubpopulasjoner`) or in a run of lines with another subset's row (`T-lymfocytter`, `NK-celler`, `CD4`).
  const prefixed = rows.some((r) => {
    const m = /^[fcav]?(?:B|S|P|PS|SP)[-–—](?=\p{L})(.+)$/u.exec(r.name.trim());
    if (!m || /^type\b/i.test(m[1]!)) return false;
    const whole = catalog.matchName(r.name);
    return whole !== undefined && catalog.matchName(m[1]!)?.key === whole.key;
  });
  const amongSubsets = (index: number): boolean => {
    if (rows[index]!.lymphocyteSubsets) return true;
    for (const step of [-1, 1]) {
      for (let j = index; rows[j + step] && Math.abs(rows[j + step]!.line - rows[j]!.line) === 1; j += step) {
        if (LYMPHOCYTE_SUBSET_NAME.test(rows[j + step]!.name.trim())) return true;
      }
    }
    return false;
  };
  // (labs35fix review) A report that marks its rows' specimens in parentheses (`Creatinine (S)`, `Protein (UR)`): letters
  // that are not the name's own abbreviation (catalog's abbreviationOf) and that say a sample (serum, plasma, blood,
  // urine). There `(UR)` and `(U)` say the urine, whatever name they follow.
  const markedSpecimens = rows.map((r) => {
    const m = /^(.*\S)\s*\(([A-Za-z]{1,2})\)\s*$/.exec(r.name.trim());
    return Boolean(m && SPECIMEN_MARK.test(m[2]!) && !abbreviationOf(m[1]!, m[2]!));
  });
  const bloodLymphocytes = (row: RawRow, index: number) => (prefixed && !amongSubsets(index) ? catalog.matchBloodLymphocytes(row.name) : undefined);
  const nameMatch = (row: RawRow, index: number) => catalog.match(row.name) ?? bloodLymphocytes(row, index);
  const scales = differentialScales(rows, catalog, nameMatch);
  /** (mixed) Rows per mass of creatinine (a DUTCH dried-urine panel's `ng/mg`): three or more make the report the urine's (PER_CREATININE_PANEL). */
  const perCreatinine = rows.filter((r) => PER_MASS.test(toUcum(r.unit) ?? '')).length;
  // (labs37fix review) `Bu` / `Bc` (an analyser's unconjugated / conjugated bilirubin) are a bilirubin fraction only
  // beside another bilirubin row of the report (`TBIL`, `Bilirubin total`), or printed in a unit and under a range a
  // bilirubin fraction has (an upper bound to 2 mg/dL, 35 µmol/L); elsewhere the letters are another lab's (`Bu 28
  // mg/dL 15-40`, a blood urea): unknown.
  const fractionCode = (r: RawRow) => /^B[uc]$/.test(r.name.trim());
  const bilirubinBeside = rows.some((r) => !fractionCode(r) && /bilirubin/.test(catalog.match(r.name)?.key ?? ''));
  const bilirubinFraction = (row: RawRow): boolean => {
    if (bilirubinBeside) return true;
    const range = rowRange(row);
    const ucum = toUcum(row.unit);
    const most = ucum === 'mg/dL' ? 2 : ucum === 'umol/L' ? 35 : undefined;
    return most !== undefined && range.high !== undefined && range.high <= most;
  };
  const correctedTwice = temperatureCorrectedBeside(rows);
  const results = rows.map((row, index): CodedResult => {
    const code = row.code?.system === LOINC_SYSTEM ? row.code.code : undefined;
    // The row's LOINC, resolved once: it decides the biomarker (before any name) and keeps the unit from re-coding it.
    const loincHit = code ? catalog.resolve(code) : undefined;
    const byCode = nameOverCode(catalog, row, loincHit);
    // A code its printed name overrules names nothing, here or in `match`.
    const nameCode = loincHit && !byCode ? undefined : code;
    let biomarker: CatalogEntry | null = null;
    if (row.biomarkerRef) biomarker = catalog.resolve(row.biomarkerRef) ?? catalog.matchName(row.name) ?? null;
    // A body fluid (CSF, pleural …) is not the blood or urine the catalog's analytes are measured in: its LOINC only.
    else if (row.specimen === 'fluid' || row.codeOnly) biomarker = byCode ?? null;
    else {
      const inUrine = (row.specimen === 'urine' || urine[index]) && !bloodCountInUrine(row) ? catalog.matchInUrine(row.name, row.value === null) : undefined;
      // A row whose own specimen cell says urine is no blood analyte: the urine one, or unknown.
      // (cyrillic review) A Cyrillic name under a urine heading (`ЗАГАЛЬНИЙ АНАЛІЗ СЕЧІ`, `ОБЩИЙ АНАЛИЗ МОЧИ`) that the
      // urine's names do not hold: uncoded, never the blood's test of that name (`Глюкоза`, `Лейкоцити`: blood glucose, WBC).
      const cyrillicInUrine = row.specimen === 'urine' && CYRILLIC_LETTER.test(row.name) && !/[A-Za-z]/.test(row.name);
      biomarker = byCode ?? inUrine ?? ((row.specimenOfRow && row.specimen === 'urine') || cyrillicInUrine ? null : catalog.match(row.name, nameCode) ?? null);
      if (!biomarker && !inUrine && !(row.specimenOfRow && row.specimen === 'urine')) biomarker = bloodLymphocytes(row, index) ?? null;
      // `White cells  6.2  10*9/L`, `Red cells  4.6  10*12/L` (the names urine microscopy shares with blood), in a blood
      // count's unit (a thousand or more cells per microlitre): the blood count, which only the unit says.
      if (!biomarker && !inUrine && namesBloodCells(row.name) && !/^pus\b/i.test(row.name.trim()) && isBloodCountUcum(toUcum(row.unit))) {
        biomarker = catalog.matchName(/^(?:red|rbc)/i.test(row.name.trim()) ? 'Red Blood Cell Count' : 'White Blood Cell Count') ?? null;
      }
      // (keysfix review) Words the catalog does not know before the red cells' code (`Vörösvértest (RBC)`, `Punasolut
      // (RBC)`) in a blood count's unit (`10^6/uL`, `10*12/L`, `/pL`, tera per litre `T/l`: perLitreUcum): the red cell
      // count, which the unit says; an analyte measured in the red cells (`Zinc (RBC)  5.1 mg/dL`) stays unknown.
      if (!biomarker && !inUrine && !(row.specimenOfRow && row.specimen === 'urine')
        && (isBloodCountUcum(toUcum(row.unit)) || perLitreUcum(row.unit ?? '') === '10*12/L')) {
        const parts = trailingParenthesis(row.name.trim());
        const count = parts && parts[0] && saysRedCells(parts[1]) && !catalog.matchName(parts[0]) ? catalog.matchName(parts[1]) : undefined;
        if (count?.key === 'red-blood-cell-count') biomarker = count;
      }
      // (review of set 18) `PCR` alone, the Spanish, Portuguese, Italian and French CRP (catalog.ts reads it so only with
      // the assay's word), in a mass per volume (`PCR: <0,5 mg/L`, `PCR 186 mg/L`): the CRP — a polymerase chain reaction
      // is answered in words or copies, never in a mass.
      if (!biomarker && !inUrine && /^pcr$/i.test(row.name.trim()) && /^(?:mg|ug|ng)\/(?:L|dL)$/.test(toUcum(row.unit) ?? '')) biomarker = catalog.matchName('CRP') ?? null;
    }
    if (biomarker && byCode === undefined && !row.biomarkerRef && fractionCode(row) && /bilirubin/.test(biomarker.key) && !bilirubinFraction(row)) biomarker = null;
    // (fixige) The urine's leucocytes answered in a strip's grade (`+++`, `Trace`, `2+`) against a range of absence
    // (`Nil`, `Negative`): the strip's leucocyte pad, the leukocyte esterase — a microscopy's count is per field, with a
    // count's range (`45 /HPF  [0 - 5]`). (mend16, review cr10) Never under a heading of the microscopy or the sediment
    // (`Microscopy` / `Leucocytes  Nil  [Nil]`: the sediment's white cells, none seen — row.sediment).
    // (mend17, review cr11) A grade (`++`, `1+`, `Trace`) is the strip's even there: a microscope counts, per field or
    // per volume, and prints no grade (a row with such a unit is no strip answer: `!row.unit`).
    if (biomarker?.key === 'leukocytes-in-urine' && byCode === undefined && !row.biomarkerRef && row.value === null && !row.unit?.trim()
      && (!row.sediment || STRIP_GRADE.test(row.valueText?.trim() ?? '') || /^(?:trace|tr)$/i.test(row.valueText?.trim() ?? ''))
      && (STRIP_GRADE.test(row.valueText?.trim() ?? '') || STRIP_ANSWER.test(row.valueText?.trim() ?? '')) && ABSENCE_RANGE.test(row.rangeText?.trim() ?? '')) {
      biomarker = catalog.resolve('leukocyte-esterase-urine') ?? biomarker;
    }
    // (labs40fix review) An old name with the other transaminase's IFCC abbreviation (`GOT/ALT`): the abbreviation's test
    // only right after a row read as the old name's (`GOT/AST` / `GOT/ALT`, the old name carried over); else unknown.
    const oldName = biomarker && byCode === undefined && !row.biomarkerRef ? mismatchedTransaminasePair(row.name) : undefined;
    if (oldName && (index === 0 || catalog.match(rows[index - 1]!.name)?.key !== catalog.matchName(oldName)?.key)) biomarker = null;
    // (portals review, missed) A plain `pH` read as the blood's whose value or range no blood shows (`pH  6.0`, `pH  5.5
    // 4.5-8.0`: a urinalysis printed with no heading above it): the urine's where its range is the urine's (a low bound
    // of 4.5 to 5.5, a high of 7.5 to 9), else no test (a vaginal, gastric or stool pH is no blood's either).
    if (biomarker?.key === 'ph-arterial' && byCode === undefined && !row.biomarkerRef && !/arter|blood|gas|ven|capil|(?:^|\s)[akv]?b\s*-/i.test(row.name)) {
      const range = rowRange(row);
      const urineRange = range.low !== undefined && range.high !== undefined && range.low >= 4.5 && range.low <= 5.5 && range.high >= 7.5 && range.high <= 9;
      if (urineRange) biomarker = catalog.resolve('urine-ph') ?? null;
      else if ((row.value !== null && (row.value < 6.8 || row.value > 7.9)) || (range.low !== undefined && range.low < 6.5)) biomarker = null;
    }
    // (labs34fix review) Cells per microscope field (`3 /campo`, `2 /HPF`) are urine microscopy's (or another fluid's):
    // never a blood count, whatever the name (`Recuento de leucocitos` where no heading or reading said urine).
    if (biomarker && isPerFieldUnit(row.unit) && BLOOD_CELL_COUNT.test(biomarker.key)) biomarker = null;
    // (readfixA) So is a white or red cell count (the names urine microscopy shares) whose range lies far below the
    // blood's (belowBloodCounts: `WBC  3  x10^6/L  (0-5)`) that no urine row beside it made the urine's: a fluid's
    // count, kept as printed. (A differential's `0-0.06 x10^9/L` basophils is the blood's.)
    if (biomarker && !byCode && !row.biomarkerRef && /^(?:white|red)-blood-cell-count$/.test(biomarker.key) && belowBloodCounts(row)) biomarker = null;
    // A venous or capillary sample is not arterial blood: an analyte the catalog knows only as arterial is unknown here.
    // (mend16, review cr8) So is one whose LOINC is an arterial blood's (ARTERIAL_LOINC: the oxygen saturation's 2708-6,
    // `sO2`, `O2 Sat` under `Venous blood gas`): a mislabel is worse than an unknown row. A name that says arterial
    // (`SaO2`, `PaO2`, `Arterial …`) keeps it; (mend17, review cr11) so does a pulse oximeter's (`SpO2 (pulse ox)`: an
    // arterial estimate by its name).
    if (biomarker && (row.specimen === 'venous' || row.specimen === 'capillary') && (/arterial/.test(biomarker.key) || ARTERIAL_LOINC.has(biomarker.loinc ?? ''))
      && !/arterial|\b(?:sa|pa|sp)O2\b/i.test(row.name)) biomarker = null;
    const byLoinc = byCode !== undefined;
    // (ft4, fixr87) A thyroid hormone's free or total fraction printed in a unit only the other is reported in
    // (thyroidFractionByUnit): the fraction the unit says.
    if (biomarker && !byLoinc && !row.biomarkerRef) biomarker = thyroidFractionByUnit(catalog, biomarker, row);
    // (labs35fix review) `Urea (UR)` read as the name's abbreviation (`Glucosa (GLU)`) is the urine's wherever the letters
    // may say the sample: in a report that marks other rows' specimens so (`Creatinine (S)`), or printed in a unit of a
    // day's urine (`mmol/24h`, `mg/24 h`, `g/d`) or per creatinine. Not the blood's analyte: unknown.
    if (biomarker && !byLoinc && !row.biomarkerRef && !/urine/.test(biomarker.key) && /\((?:u|ur)\)\s*$/i.test(row.name)
      && (markedSpecimens.some((marked, j) => marked && j !== index) || URINE_UNIT.test(row.unit?.trim() ?? ''))) biomarker = null;
    // (labs35fix) A unit of time (`s`, `segundos`, `min`) measures a clotting or bleeding time, never a concentration: a
    // name that reads as another analyte with one (`TP  14.6 segundos`: Spanish tiempo de protrombina, not the total
    // protein `TP` is elsewhere) is the time the catalog knows by that name in a coagulation panel (`TP`, `TTP`, `TTPa`,
    // `TPT`), else unknown. So is an analyte the catalog measures in time printed in a unit of another kind (`PT  85 %`:
    // a Quick activity, no prothrombin time). The check the short names get (unitCanMeasure) compares concentrations
    // only, and a time is none. A wrong biomarker is worse than an unknown one.
    const printedUcum = toUcum(row.unit);
    if (!byLoinc && !row.biomarkerRef && isTimeUcum(printedUcum)) {
      const timed = catalog.matchTimed(row.name);
      if (timed) biomarker = timed;
      else if (biomarker && !isTimeUcum(biomarker.ucumUnit)) biomarker = null;
    } else if (biomarker && !byLoinc && !row.biomarkerRef && printedUcum && isTimeUcum(biomarker.ucumUnit)) biomarker = null;
    if (biomarker && !byLoinc && !row.biomarkerRef) biomarker = differentialByUnit(catalog, biomarker, row.unit);
    if (biomarker && !byLoinc && !row.biomarkerRef) biomarker = percentageByUnit(catalog, biomarker, row.unit);
    if (biomarker && !byLoinc && !row.biomarkerRef) biomarker = antibodyByUnit(catalog, biomarker, printedUcum);
    // (bracketunit) A name whose words name one analyte and whose bracket another (`Hemoglobin (HbA1c)  5.6 %`,
    // `Hemoglobin (MCH)  29 pg`): the catalog reads the words first; the printed unit decides when the words' analyte is
    // never measured in it and the bracket's is. A unit both or neither are measured in (`Hemoglobin (HbA1c)  13.5
    // g/dL`) leaves the words' reading. (bracketunit review) Not a bracket of one or two letters: a specimen's or a
    // method's mark far more often than an analyte (`Insulin (P)  60 pmol/L` is plasma, never phosphorus, which any molar
    // unit measures); and after a differential has taken its count's form (`Neutrophils (WBC)  4.2 x10^9/L` is the
    // absolute neutrophils, whose unit the bracket's white cell count shares).
    if (biomarker && !byLoinc && !row.biomarkerRef && row.unit?.trim() && toUcum(row.unit) && !unitAgrees(row.unit, biomarker)) {
      const parts = trailingParenthesis(row.name.trim());
      const inner = parts?.[0] && !shortName(parts[1]) ? catalog.matchName(parts[1]) : undefined;
      if (inner && inner.key !== biomarker.key && unitAgrees(row.unit, inner)) biomarker = inner;
    }
    const scale = scales.get(index);
    if (biomarker && !byLoinc && !row.biomarkerRef && scale !== undefined && DIFFERENTIAL_SCALES[biomarker.key]) {
      biomarker = scale === null ? null : scale === 'count' ? catalog.resolve(`${biomarker.key}-absolute`) ?? biomarker : biomarker;
    }
    // (status) A blood analyte in a unit it is never measured in, where the row is urine's — under a urine heading, or in
    // a unit per mass of creatinine (`ng/mg`, `ug/g`, `mg/g creat`) or per day (URINE_UNIT): a DUTCH table's hormones
    // (`Testosterone  4.1  ng/mg`, `Estradiol(E2)  4.9  ng/mg`) are the urine's, never the serum analyte: unknown, as a
    // specimen cell's urine row is. (In a unit the blood analyte is measured in, a row under a urine heading keeps it: a
    // heading may outlast the urine's rows.) Never an entry that is itself per an amount or urine's (perAmountOrUrine:
    // `Albumin/Creatinine Ratio  3.2  mg/mmol` under `Urine`).
    if (biomarker && !byLoinc && !row.biomarkerRef && !perAmountOrUrine(biomarker) && row.unit?.trim() && toUcum(row.unit) && !unitAgrees(row.unit, biomarker)
      && (row.specimen === 'urine' || urine[index] || PER_MASS.test(toUcum(row.unit)!) || URINE_UNIT.test(row.unit.trim()))) biomarker = null;
    // A name whose last word is cut short (`Trans.`) names its entry by the word it begins alone: only with a unit that
    // entry is measured in, or none (`Trans.  35 U/L`, an enzyme's unit, is a transaminase, no transferrin in mg/dL).
    if (biomarker && !byLoinc && !row.biomarkerRef && row.unit?.trim() && catalog.readsCutShort(row.name) && !unitAgrees(row.unit, biomarker)) biomarker = null;
    // (names) `Total T`, `Free T` (a testosterone's letter) name it only with a printed range on its scale
    // (onTestosteroneScale): a thyroid panel's free T4 or total T3 cut short, a `%`, `cells/uL` or no range is unknown.
    if (biomarker && !byLoinc && !row.biomarkerRef && catalog.readsLetterForm(row.name) && !onTestosteroneScale(row, biomarker)) biomarker = null;
    // A one- or two-letter name (`P`, `CB`) means different tests at different labs (CB: a Czech lab's total protein,
    // another's conjugated bilirubin): it names the catalog's analyte only when its printed unit can measure it. A
    // wrong biomarker is worse than an unknown one.
    if (biomarker && !byLoinc && !row.biomarkerRef && shortName(row.name) && !unitCanMeasure(row.unit, biomarker)) biomarker = null;
    // (catalog v10) An abbreviation of three letters naming a ratio per a substance (`ACR`: the albumin/creatinine
    // ratio) names it only in a unit that ratio converts from (mg/mmol, mg/g, g/mol, µg/mg) or none: `ACR  0.45  nmol/L`
    // is an acetylcholine receptor antibody's.
    if (biomarker && !byLoinc && !row.biomarkerRef && shortAbbreviation(row.name) && row.unit?.trim() && !ratioUnitOf(row.unit, biomarker)) biomarker = null;
    // (mend12) `Lac` as i-STAT and GEM print lactate is a lupus anticoagulant in a coagulation panel (`Lac  1.35  ratio`,
    // `Lac  Positive`): lactate only in a unit that measures it.
    if (biomarker && !byLoinc && !row.biomarkerRef && /^lac$/i.test(row.name.trim()) && !(row.unit?.trim() && toUcum(row.unit) && unitOf(row.unit, biomarker))) biomarker = null;
    // (labwords) Polish `OB` (odczyn Biernackiego) is the ESR only with an ESR's unit printed (mm/h): elsewhere it is the
    // occult blood of a stool test (`OB 45 ng/mL`, `OB Negative`). So it is no name the catalog knows (no line is taken
    // for a row for it), only a row already read with a rate's unit.
    // (labwords review) So are the ESR's other short names (ESR_SHORT_NAME: `VSH`, `VSG`, `VHS`, `VES`, `BSG`, `BSR`,
    // `BSE`): `VES 2 /min` is an ECG's ventricular extrasystoles, `BSE negativ` no rate; with no unit, unknown.
    // (b65m) Its hour or method in brackets after it (`VSG (1ª hora)`, `BSG (Westergren)`: ESR_QUALIFIER) dropped first;
    // (b67c) so is it without brackets (`VSG 1ª hora`, `BSG nach Westergren`: ESR_QUALIFIER_BARE).
    if (!biomarker && !byLoinc && !row.biomarkerRef && namesEsrShort(row.name) && row.unit?.trim()) {
      const esr = catalog.resolve('erythrocyte-sedimentation-rate');
      if (esr && (unitAgrees(row.unit, esr) || (toUcum(row.unit) === 'mm' && namesEsrShort(row.name, true)))) biomarker = esr;
    }
    // (fixige) An allergen's name (or its code) in a specific IgE's unit (kU/L, kUA/L): the catalog's IgE to it.
    if (!biomarker && !byLoinc && !row.biomarkerRef && IGE_UNIT.test(row.unit?.trim() ?? '')) biomarker = allergenIge(catalog, row.name) ?? null;
    // (set 13) An allergen's name with its code in brackets, in a specific IgE's unit (`Birch (t3)  2.10  kUA/L`): that
    // allergen's IgE or unknown — never the test the code's letters name elsewhere (`t3` had read a total T3).
    else if (biomarker && !byLoinc && !row.biomarkerRef && !biomarker.key.endsWith('-ige') && IGE_UNIT.test(row.unit?.trim() ?? '') && ALLERGEN_CODE_AFTER.test(row.name.trim())) {
      biomarker = allergenIge(catalog, row.name) ?? null;
    }
    // (cat8 review) A name the catalog does not hold that only the unit decides (decidedByUnit: `Renin  1.2 ng/mL/hr`
    // the activity, `Renin  12 pg/mL` the direct concentration): the one entry the printed unit agrees with; with no unit,
    // the one entry the name says (`PRA`), else unknown (a bare `Renin`).
    if (!biomarker && !byLoinc && !row.biomarkerRef && !(row.specimen === 'urine' || urine[index])) {
      biomarker = decidedByUnit(catalog.decidedByUnit(row.name), row.unit) ?? null;
    }
    // (shortcodes, cobas) A short code (`TB  1.2  mg/dL`, `P4  0.8  ng/mL`) or a Roche cobas application code (`ALTL  30
    // U/L`, an ASTM record's `^^^CREJ2`) printed as the whole name, with a number in a unit its test is reported in
    // (catalog.codeByUnit), outside a urine or another fluid (a cobas sends the urine's creatinine and a CSF's protein
    // under the serum's codes too). A word answer (`CA2  Positive`: an antibody to carbonic anhydrase II) or no unit
    // reads none.
    if (!biomarker && !byLoinc && !row.biomarkerRef && row.value !== null && row.specimen !== 'fluid' && !(row.specimen === 'urine' || urine[index])) {
      biomarker = catalog.codeByUnit(row.name, row.unit, rowRange(row).high) ?? null;
    }
    // (fixr85c) A vendor's `h` before a pituitary hormone's code (`hFSH  7.2  IU/L`), an immunoassay kit's second
    // generation after a test's name (`TSH II  2.1  uIU/mL`): the test, only in a unit it is measured in.
    if (!biomarker && !byLoinc && !row.biomarkerRef && !(row.specimen === 'urine' || urine[index])) {
      biomarker = humanMarkedHormone(catalog, row) ?? nextGenerationAssay(catalog, row, numberedStems) ?? null;
    }
    // (set 8, MN01) A result in per cent of a control (`% control`, `% of control`: a lymphocyte-proliferation
    // micronutrient test's growth without the nutrient against a complete medium) is a cell function's, no
    // concentration of the analyte the name says (`Vitamin B12  12  % control` is no B12 level of 12): unknown.
    if (biomarker && !byLoinc && !row.biomarkerRef && PERCENT_OF_CONTROL.test(row.unit?.trim() ?? '')) biomarker = null;
    // (mixed, review 12) A urine's creatinine (urineCreatinine): unknown — the catalog holds no entry for it — never the serum's.
    if (biomarker?.key === 'creatinine' && !byLoinc && !row.biomarkerRef && urineCreatinine(row, printedUcum, biomarker, perCreatinine)) biomarker = null;
    // (shortcodes) `Tg` in a thyroglobulin's unit at a value no triglycerides take, `TG (Thyroglobulin)`: thyroglobulin.
    if (biomarker && !byLoinc && !row.biomarkerRef) biomarker = thyroglobulinByTg(catalog, biomarker, row);
    // (labwords review) Nordic `Urat` (no word of the vocabulary: urine microscopy's urate crystals, `Urat 2 /HPF`) is
    // the uric acid only outside urine and in a unit uric acid is measured in (`Urat 350 µmol/L`); `P-Urat`, `S-Urat`
    // are the catalog's (the Nordic prefixes).
    if (!biomarker && !byLoinc && !row.biomarkerRef && /^urat$/i.test(row.name.trim()) && row.unit?.trim() && !(row.specimen === 'urine' || urine[index])
      && !PER_FIELD.test(row.unit)) {
      const uric = catalog.matchName('Uric acid');
      if (uric && unitAgrees(row.unit, uric)) biomarker = uric;
    }
    // (labs35fix review) Nor when its printed unit is none the reader understands (`TP  13,2  seg.` read before `seg.`
    // was a second): a unit that cannot be checked cannot confirm which of the letters' tests it is.
    if (biomarker && !byLoinc && !row.biomarkerRef && shortName(row.name) && row.unit?.trim() && !toUcum(row.unit) && !perLitreUcum(row.unit)) biomarker = null;
    // Nor when what is printed beside it is a height or a weight (`Ht  170  cm`, HL7 `8302-2^Ht^LN|170|cm`, `Ht  170`):
    // the name does not win over the unit, nor over a number its analyte (a percentage) cannot be.
    if (biomarker && !byLoinc && !row.biomarkerRef && shortNameMisfits(row.name, biomarker, row.value, row.unit)) biomarker = null;
    // An upper-case abbreviation the catalog does not list for its analyte (`CRE`, the reader's Japanese creatinine;
    // elsewhere a screen for carbapenem-resistant organisms) answered in words of presence (`Not detected`, `Positive`)
    // is no result of an analyte measured in numbers: unknown rather than the wrong biomarker.
    // (A urine strip's pad, `LEU  Negative` under a urine heading, is the urine analyte's answer.) So is a name of one
    // or two letters answered in words, even one the catalog lists (`P  Positive`, a flag legend's line or a table's
    // cell: never phosphorus).
    const letters = row.name.replace(/[^\p{L}\p{N}]/gu, '').length;
    if (biomarker && !byLoinc && !row.biomarkerRef && !(row.specimen === 'urine' || urine[index]) && biomarker.resultType === 'quantitative' && row.value === null
      && ((letters <= 2 && isQualitativeAnswer(row.valueText ?? ''))
        || (isAnswerInWords(row.valueText ?? '') && /^[A-Z]{2,4}$/.test(row.name.trim()) && !biomarker.aliases.some((a) => a.toUpperCase() === row.name.trim())))) biomarker = null;
    // (labsleft) A titre (a dilution printed `1:N`, no number read) is no value of a biomarker the catalog measures in a
    // unit (`ASO Titre  1:200`: the catalog's antistreptolysin O counts international units per millilitre, a titre is
    // another property): unknown rather than the wrong property. (`ANA  1:160`: the catalog answers ANA in words.)
    // (leftfix) The dilution as reference-range.ts defines it for both readers (TITRE_DILUTION), any denominator.
    if (biomarker && !byLoinc && !row.biomarkerRef && biomarker.ucumUnit && row.value === null && isTitreDilution(row.valueText ?? '')) biomarker = null;
    // HbA1c (% or mmol/mol) printed in a glucose concentration (`7.8 mmol/L`, `140 mg/dL`) is not HbA1c, whatever name
    // or code it is printed under: it is the estimated average glucose printed with it. Unknown (with a warning)
    // rather than the wrong biomarker; an HL7 OBX-4 sub-ID naming what it measured (`eAG`) has already given the row
    // that name.
    const notRatio = biomarker && !row.biomarkerRef && hba1cInGlucoseUnit(row.unit, biomarker) ? biomarker : null;
    if (notRatio) biomarker = null;
    // (fixr87) A printed unit that reads cleanly and is of another kind than any the name's analyte is reported in
    // (unitOfOtherKind: `Serum free T4 level  4.83 mIU/L`, an arbitrary unit under a molecule's name; a cell count under
    // a concentration's; a concentration under a count's) is some other test's row printed under that name: unknown,
    // with a warning. A wrong analyte is worse than an uncoded row; a garbled unit that reads as none refuses nothing.
    const otherKind = biomarker && !byLoinc && !row.biomarkerRef && !notRatio && unitOfOtherKind(row.unit, biomarker) ? biomarker : null;
    if (otherKind) biomarker = null;
    // (labs34fix review) A biomarker measured in per cent (a part of a whole: the plateletcrit, a saturation) printed in a
    // mass or substance concentration is another analyte of the same letters (`PCT  0.08 ng/mL`: procalcitonin): unknown.
    // (`G/L`, `T/L` are French cell counts, not grams: perLitreUcum; `g%`, `gm%` an HbA1c's per cent: GRAMS_PER_CENT.)
    if (biomarker && !byLoinc && !row.biomarkerRef && biomarker.ucumUnit === '%' && !perLitreUcum(row.unit ?? '') && !GRAMS_PER_CENT.test(row.unit?.trim() ?? '')
      && CONCENTRATION.test(toUcum(row.unit) ?? '')) biomarker = null;
    // (labs35fix review) And the other way round: a name of three letters or fewer (before any parentheses) that reads
    // as a biomarker measured in a mass or substance concentration, printed in plain per cent (`TP  82 %`, `TP (taux de
    // prothrombine)  82 %`: French, a prothrombin activity, not the total protein `TP` is elsewhere), is another
    // analyte of the same letters: unknown. (A name in full keeps its analyte: `MCHC  33 %`, the old per cent of a g/dL.)
    if (biomarker && !byLoinc && !row.biomarkerRef && CONCENTRATION.test(biomarker.ucumUnit ?? '') && row.unit?.trim() === '%'
      && shortAbbreviation(row.name)) biomarker = null;
    if (biomarker?.key === 'total-protein' && !byLoinc && !row.biomarkerRef && namesProteinAlone(row.name) && !/^g\/d?L$/.test(toUcum(row.unit) ?? '')) {
      biomarker = null;
    }
    // (fixr82) A blood gas at the patient's temperature (`pH(T)`) where the report prints the same symbol at 37 °C too.
    if (biomarker && !byLoinc && !row.biomarkerRef && correctedTwice[index]) biomarker = null;
    // (catalog v11) A D-dimer's basis printed with it — `FEU` or `DDU` in its unit, its name or its range's text
    // (`0.45 mg/L FEU`, `D-Dimer (FEU)`): the entry of that basis, whatever the name or the code it was sent with said
    // (dDimerByBasis); none printed leaves it.
    if (biomarker && !row.biomarkerRef) biomarker = dDimerByBasis(catalog, biomarker, row);
    if (notRatio || otherKind) {
      warnings.push({ code: 'unknown-biomarker', message: `"${row.name}" is printed in ${row.unit?.trim()}, which cannot measure ${(notRatio ?? otherKind)!.display}: kept with its printed name`, ...where(row) });
    } else if (!biomarker) {
      warnings.push({ code: 'unknown-biomarker', message: `"${row.name}" is not in the biomarker catalog: kept with its printed name`, ...where(row) });
    }

    const printedUnit = row.unit?.trim() || undefined;
    let unit: string | null = printedUnit ?? null;
    let unitIsUcum = false;
    if (printedUnit) {
      // `G/L`, `T/L`: giga and tera per litre where the test is a count (French reports' cell counts), not grams.
      const perLitre = perLitreUcum(printedUnit);
      const count = isCountUcum(biomarker?.ucumUnit);
      // `g%`, `gm%` are grams per decilitre, but an HbA1c (a biomarker the catalog measures in %) printed so is its per cent.
      const percent = biomarker?.ucumUnit === '%' && GRAMS_PER_CENT.test(printedUnit) ? '%' : null;
      // (labs42fix review) `mU/ml`, as a European hormone assay prints the gonadotropins (LH, FSH), is their
      // milli-international unit where the catalog measures the biomarker in it; elsewhere (`Lipase 40 mU/mL`, an
      // enzyme's activity, = U/L) milli-units as printed.
      const milliIu = biomarker?.ucumUnit === 'm[IU]/mL' && toUcum(printedUnit) === 'mU/mL' ? 'm[IU]/mL' : null;
      // (labs56; fix56) `mil` per volume: thousands or millions as the test and its value decide (milCountUcum).
      const mil = isMilPerVolume(printedUnit);
      const milUcum = mil ? milCountUcum(biomarker, rowRange(row), row.value) : null;
      // (labs56) An ESR's `mm` alone (`12 mm`, the millimetres fallen in the first hour: Westergren's reading) is mm/h.
      const esrMillimetres = biomarker?.ucumUnit === 'mm/h' && toUcum(printedUnit) === 'mm' ? 'mm/h' : null;
      // (mend12) Millions per millilitre (a sperm count's, fixabg) beside a blood count the catalog counts per litre or
      // microlitre (`RBC  4.52  x10^6/mL`): the microlitre misprinted as often — kept as printed, out of trends, not a
      // thousandfold too low.
      const perMlMisprint = toUcum(printedUnit) === '10*6/mL' && isBloodCountUcum(biomarker?.ucumUnit);
      const ucum = perLitre && count ? perLitre : mil ? milUcum : percent ?? milliIu ?? esrMillimetres ?? (perMlMisprint ? null : toUcum(printedUnit));
      if (ucum) {
        unit = ucum;
        unitIsUcum = true;
      } else {
        warnings.push({ code: 'unit-not-ucum', message: `The unit "${printedUnit}" of "${row.name}" is not a unit UCUM knows: kept as printed`, ...where(row) });
      }
    // (fixr76) A ratio printed against one (`0.3/1`, `1.2:1`: an A/G ratio as a PointCare analyser sends it) is in the
    // ratio's unit too, its text kept.
    } else if (biomarker?.ucumUnit && IMPLIED_UNITS.has(biomarker.ucumUnit) && (row.value !== null || (biomarker.ucumUnit === '{ratio}' && RATIO_TO_ONE.test(row.valueText ?? '')))) {
      unit = biomarker.ucumUnit;
      unitIsUcum = true;
    } else if (!biomarker && row.value !== null && UNKNOWN_RATIO_NAME.test(row.name) && !SCALED_RATIO_NAME.test(row.name)) {
      // (fixr77b) A name the catalog does not know that says it is a ratio (`APTT Ratio`, `dRVVT Ratio`), its number
      // printed without a unit: the ratio's unit, as the catalog's ratios printed without one are (the keys' convention
      // for ratios printed without a unit).
      unit = '{ratio}';
      unitIsUcum = true;
    }

    // (labs38fix) A misprinted unit left out of the row by the reader.
    if (row.unreadUnit) warnings.push({ code: 'unit-not-read', message: `The unit "${row.unreadUnit}" of "${row.name}" is no unit we read (a misprint?): the result is read without one`, ...where(row) });
    const range = withoutUnitReadOtherwise(rowRange(row), printedUnit, unitIsUcum ? unit : null);
    let flag: LabFlag | null = null;
    if (row.normalizedFlag) flag = row.normalizedFlag as LabFlag;
    else if (row.flag) {
      flag = normalizeFlag(row.flag);
      if (!flag) warnings.push({ code: 'unknown-flag', message: `The flag "${row.flag}" of "${row.name}" is not one we know: the flag is computed from the range`, ...where(row) });
      // (fixh) A critical word with no side (`CRITICAL`): critical on the side the range gives the value.
      else if (flag === 'abnormal') flag = criticalOnRangeSide(row.flag, flagFromRange(row.value, row.comparator, row.valueText, range)) ?? flag;
    }
    // (set 12, BR03) A lower-case `l` where the flag goes that the printed range contradicts (`5.1  l  mg/dL  3.7 - 8.6`):
    // OCR's reading of a table's rule, no flag — computed from the range.
    if (flag && row.flag?.trim() === 'l' && !row.normalizedFlag && rangeContradicts(flag, row.value, row.comparator, range)) flag = null;
    // (sexguard) Whether the lab printed the flag (a structured upload's or a reader's), not computed from the range.
    const flagPrinted = flag !== null;
    // (contra) A printed flag that names a side its own printed range contradicts (`Normal` on a ferritin of 420 against
    // 30-400, `H` on a calcium of 7.9 against 8.5-10.5): the lab's flag is kept — it may hold it against a range it did
    // not print — and the clinician is told, as a JSON record's status is (json-records.ts). A value on a bound says
    // nothing (inclusive or not, rounded or not), nor does a censored value.
    const printedFlag = row.normalizedFlag ? undefined : row.flag?.trim();
    const contradicted = printedFlag && flag ? rangeContradicts(flag, row.value, row.comparator, range) : null;
    if (contradicted) warnings.push({ code: 'flag-contradicts-range', message: `The printed flag "${printedFlag}" of "${row.name}" disagrees with its printed range${range.text ? ` (${range.text})` : ''}, which makes it ${contradicted}: the laboratory's flag is kept`, ...where(row) });
    // (labs50fix; labsleft: for every reader, was the JSON reader's) A count per microscope field printed as a span
    // (`1-2` in `/[HPF]`): within its bounds normal, wholly below low, wholly above high; one across a bound no flag.
    const span = row.value === null && unit && PER_FIELD.test(unit) ? countSpan(row.valueText) : null;
    // (labs52fix) Against a range in words (`0-5 WBC / hpf` against `Negative`), no flag: a count's span is no answer
    // in words, and the word gives no bound to hold it against — neither side decides.
    // (b64) A count per microlitre beside a range printed in thousands per microlitre, the catalog's unit for the test
    // (`WBC Count: 7,000 /µL (Ref: 4.4 - 11)`, `Platelet Count: 276,000 /µL (Ref: 150 - 450)`: a report retyped with its
    // counts written out): a value of a thousand or more, far off the range's scale and on it in thousands, is held
    // against it in thousands — within it normal, not high (a fluid's `35 /uL` against `0-5` stays high). The range is
    // kept as printed.
    // (b64 review and mend) Only against a range on the thousands scale: both bounds printed, the lower above 0 and the
    // upper under a thousand (`4.4 - 11`, `150 - 450`, `1.5 - 8.0`). A range from 0 (`Absolute Basophil Count: 1,200 /µL
    // (Ref: 0 - 200)`, a joint fluid's `WBC: 48,000 /µL (Ref: 0 - 200)`) is in cells per microlitre as printed, as is one
    // whose upper bound is a thousand or more: the count is held against it literally (high, not a falsely normal).
    if (!flag && row.value !== null && row.value >= 1000 && !row.comparator && unit && PER_MICROLITRE.test(unit) && biomarker?.ucumUnit === '10*3/uL'
      && range.low !== undefined && range.low > 0 && range.high !== undefined && range.high < 1000
      && !onScale(row.value, range) && onScale(row.value / 1000, range)) {
      flag = flagFromRange(row.value / 1000, undefined, undefined, range);
    }
    if (!(span && range.low === undefined && range.high === undefined)) flag ??= flagFromRange(row.value, row.comparator, row.valueText, range);
    if (span) flag ??= spanFlag(span, range);
    // (labs36fix) A duration in two units (`7 minutos 12 segundos`) against its range in one of them.
    if (row.value === null) flag ??= durationFlag(row.valueText, row.rangeText, range);
    // A titre (`1:320`) against a titre's range after a comparison (`<1:80`): by the dilutions' denominators (titreFlag).
    if (row.value === null) flag ??= titreFlag(row.valueText, range.text);

    let normalized: CodedResult['normalized'];
    if (row.value !== null && biomarker?.ucumUnit && unit && unitIsUcum) {
      // (iuasu) A unit and an international unit (`mU/L` and `m[IU]/L` for a TSH, `IU/L` and `U/L` for an ALT) as one,
      // as laboratories print them and as the reader already agrees them (unitAgrees): UCUM does not convert the two, and
      // a UK laboratory's TSH in mU/L was left out of trends and comparisons.
      // (normalizeValue: convertCountingIuAsU, which is convertUnit where neither unit holds an international unit.)
      // (iustd) And a hormone in international units where the catalog measures it by mass (a UK prolactin in mIU/L),
      // through its International Standard (international-units.v1.ts), the reader told which.
      // (cr28) And an HbA1c in IFCC mmol/mol by the IFCC–NGSP master equation (unit-equations.v1.ts), never UCUM's ratio.
      const converted = normalizeValue(row.value, unit, biomarker.ucumUnit, analyteFacts(biomarker));
      if (converted?.by) warnings.push({ code: 'converted-by-standard', message: `"${row.name}" in ${unit} is normalized to ${biomarker.ucumUnit} by ${converted.by}`, ...where(row) });
      if (converted !== null) normalized = { value: converted.value, unit: biomarker.ucumUnit };
      else warnings.push({ code: 'unit-not-convertible', message: `"${row.name}" in ${unit} cannot be converted to ${biomarker.ucumUnit}: it is left out of trends`, ...where(row) });
    }

    return {
      index,
      line: row.line,
      ...(row.page ? { page: row.page } : {}),
      name: !biomarker && prefixed ? withoutUnknownPrefix(row.name, catalog) : row.name,
      biomarker,
      value: row.value,
      ...(row.valueText ? { valueText: row.valueText } : {}),
      ...(row.comparator ? { comparator: row.comparator } : {}),
      unit,
      unitIsUcum,
      range,
      flag,
      ...(flagPrinted ? { flagPrinted: true } : {}),
      ...(row.flag ? { reportedFlag: row.flag } : {}),
      ...(normalized ? { normalized } : {}),
      collectedAt: row.collectedAt ?? defaultCollectedAt,
      ...(row.code ? { reportedCode: row.code } : {}),
      ...(row.comment ? { comment: row.comment } : {}),
    };
  });
  return { results, warnings };
}

/**
 * (contra) The side a numeric range gives a value when a printed flag's side (low, high, normal; critical ones by their
 * side) is another; null when they agree, when the flag names no side, or when the range cannot say: no bound, a
 * censored value, a value on a bound.
 */
function rangeContradicts(flag: LabFlag, value: number | null, comparator: Comparator | undefined, range: ReferenceRange): 'low' | 'high' | 'normal' | null {
  const side = flagSide(flag);
  if (value === null || comparator || (side !== 'low' && side !== 'high' && side !== 'normal')) return null;
  if ((range.low === undefined && range.high === undefined) || value === range.low || value === range.high) return null;
  const fromRange = flagFromRange(value, undefined, undefined, range);
  return (fromRange === 'low' || fromRange === 'high' || fromRange === 'normal') && fromRange !== side ? fromRange : null;
}

/** (fixige) A specific IgE's unit: kilounits (of allergen-specific antibody) per litre, or IU/mL (the same). */
const IGE_UNIT = /^(?:kUA?\/L|kIU\/L|IU\/mL)$/i;
/**
 * (fixige) The allergens the catalog has an IgE entry for: each one's ImmunoCAP code (the standard table: d2 the
 * American house dust mite Dermatophagoides farinae, e1 cat dander, f1 egg white, …) and the names reports print for it.
 */
const ALLERGENS: readonly { key: string; code: string; names: readonly string[] }[] = [
  { key: 'american-house-dust-mite-ige', code: 'd2', names: ['d farinae', 'dermatophagoides farinae', 'house dust mite d farinae', 'american house dust mite'] },
  { key: 'cat-dander-ige', code: 'e1', names: ['cat dander', 'cat', 'cat epithelium', 'cat epithelium and dander', 'cat epithelium dander', 'cat hair dander'] },
  { key: 'egg-white-ige', code: 'f1', names: ['egg white', 'egg white hen', 'hen egg white', 'egg egg white'] },
  { key: 'cow-milk-ige', code: 'f2', names: ['cow s milk', 'cows milk', 'cow milk', 'milk', 'milk cow s'] },
  { key: 'codfish-ige', code: 'f3', names: ['codfish', 'cod', 'fish cod', 'cod fish'] },
  { key: 'wheat-ige', code: 'f4', names: ['wheat', 'wheat flour'] },
  { key: 'peanut-ige', code: 'f13', names: ['peanut', 'peanuts', 'groundnut'] },
  { key: 'soybean-ige', code: 'f14', names: ['soybean', 'soya bean', 'soy bean', 'soya', 'soy'] },
  { key: 'shrimp-ige', code: 'f24', names: ['shrimp', 'shrimps', 'prawn'] },
  { key: 'walnut-ige', code: 'f256', names: ['walnut'] },
  { key: 'white-oak-ige', code: 't7', names: ['white oak', 'oak'] },
  { key: 'common-ragweed-ige', code: 'w1', names: ['common ragweed', 'short ragweed', 'ragweed common', 'ragweed short'] },
  { key: 'cladosporium-herbarum-ige', code: 'm2', names: ['cladosporium herbarum', 'cladosporium'] },
  { key: 'honey-bee-ige', code: 'i1', names: ['honey bee', 'honey bee venom', 'honeybee', 'honeybee venom', 'bee venom'] },
  { key: 'latex-ige', code: 'k82', names: ['latex'] },
];
/** (fixige) An allergen's code before its name (`f13 Peanut`) or alone (`f13`). */
const ALLERGEN_CODE = /^([a-z]{1,2}\d{1,4})(?:\s+(.*))?$/i;
/** (set 13) An allergen's name with its code in brackets after it (`Peanut (f13)`). */
const ALLERGEN_CODE_AFTER = /^(\S.*?)\s*\(([a-z]{1,2}\d{1,4})\)$/i;
/** (fixige) The catalog's IgE entry to an allergen named (its name as printed, perhaps after its code, or the code alone). */
function allergenIge(catalog: BiomarkerCatalog, name: string): CatalogEntry | undefined {
  const plain = (s: string) => s.toLowerCase().replace(/\b(?:ige|specific|sige|allergen)\b/g, ' ').replace(/[^a-z]+/g, ' ').trim();
  // (set 13, FS04) The code in brackets after the name (`Peanut (f13)`, `Cow's milk (f2)`): the name's allergen, or the code's.
  const after = ALLERGEN_CODE_AFTER.exec(name.trim());
  if (after) return allergenIge(catalog, after[1]!) ?? allergenIge(catalog, after[2]!);
  const coded = ALLERGEN_CODE.exec(name.trim());
  const words = plain(coded ? coded[2] ?? '' : name);
  const byName = words ? ALLERGENS.find((a) => a.names.includes(words)) : undefined;
  if (byName) return catalog.resolve(byName.key);
  if (coded && !words) {
    const byCode = ALLERGENS.find((a) => a.code === coded[1]!.toLowerCase());
    if (byCode) return catalog.resolve(byCode.key);
  }
  // The name with `IgE` after it, as the catalog names its allergens (`Peanut IgE`).
  if (words) {
    const entry = catalog.matchName(`${words} IgE`);
    if (entry?.key.endsWith('-ige')) return entry;
  }
  return undefined;
}

/** (fixige) A urine strip's answer: a grade (STRIP_GRADE), `Trace`, or its absence or presence (`Nil`, `Negative`, `Positive`). */
const STRIP_ANSWER = /^(?:trace|tr|nil|neg(?:ative)?|positive|pos)$/i;
/** (fixige) A range of absence a strip's pad is read against (`Nil`, `Negative`, `[Nil]`, `Not detected`, `Absent`). */
const ABSENCE_RANGE = /^\[?\s*(?:nil|neg(?:ative)?|absent|not detected|none)\s*\]?$/i;
