import type { LabFlag } from '@pg/contracts';
import { CONCENTRATION, namesBloodCells, namesProteinAlone, normalizeName, shortNameMisfits, unitOf, type BiomarkerCatalog, type CatalogEntry } from './catalog.js';
import { flagFromRange, normalizeFlag } from './flags.js';
import { LOINC_SYSTEM } from './hl7.parser.js';
import type { Comparator, ParseWarning, RawRow } from './parse.types.js';
import { parseReferenceRange, rangeFromBounds, type ReferenceRange } from './reference-range.js';
import { isAnswerInWords, isQualitativeAnswer, isStripAnswerInWords } from './tokens.js';
import { convertCountingIuAsU, convertUnit, isBloodCountUcum, isCountUcum, toUcum } from './units.js';

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
  if (!/^(neutrophils|lymphocytes|monocytes|eosinophils|basophils|immature-granulocytes)$/.test(base)) return entry;
  // `G/L`, `G/l`, `Giga/l` for a count (French and Swiss reports) is giga per litre, not grams: the absolute count.
  if (unit && perLitreUcum(unit) === '10*9/L') return catalog.resolve(`${base}-absolute`) ?? entry;
  const ucum = toUcum(unit);
  if (!ucum) return entry;
  if (ucum === '%') return catalog.resolve(base) ?? entry;
  if (isCountUcum(ucum)) return catalog.resolve(`${base}-absolute`) ?? entry;
  return entry;
}

/** Dimensionless catalog units a row without a unit is taken to be in. */
const IMPLIED_UNITS = new Set(['{ratio}', '{index}', '[pH]', '1']);

/**
 * Codes parsed rows: matches each to the catalog (LOINC first, then names), maps its unit to UCUM, parses its range,
 * keeps a printed flag or computes one from the range, converts the value to the catalog unit (molar mass and charge
 * where needed). Nothing is dropped: an unknown name is kept with its printed name, an unknown unit as printed;
 * each such case is a warning.
 */
/**
 * What a urine dipstick or microscopy prints as a result (`Negative`, `Trace`, `2+`, `Clear`, `Pale yellow`, `0-2`),
 * and any answer in words the token reader reads as one, in any of its languages (`NEGATIVO`, `negativ`, `Spuren`).
 */
const STRIP_WORDS = /^(normal|nil|small|moderate|large|few|many|occasional|rare|clear|cloudy|turbid|hazy|slightly cloudy|(pale |dark |straw |light )?(yellow|amber|straw)|\d\+|\+{1,4}|\d+\s*-\s*\d+)$/i;
/** Whether a text is a strip's answer: its own words above, or an answer of presence (`Negative`, `Trace`, `NEGATIVO`). */
export const isStripAnswer = (text: string): boolean => STRIP_WORDS.test(text) || isStripAnswerInWords(text);
/** A row named by the word for blood alone (`Blood`, `Occult Blood`): the strip's pad only among urine rows. */
const BLOOD_WORDS = /^(?:occult\s+)?blood$/i;

/** Units of urine microscopy: per high- or low-power field. */
export const PER_FIELD = /\/\s*\[?(hpf|lpf)\]?$/i;

/** Whether an entry is a urine analyte (`urine-ph`, `glucose-urine-mass`, `urobilinogen`). */
function urineKey(e: CatalogEntry | undefined): boolean {
  return Boolean(e && /urine|urobilinogen/.test(e.key));
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
  const out = rows.map((row) => {
    if (row.specimen === 'urine' || row.specimen === 'fluid' || coded(row)) return false;
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
      if (!((row.value === null && isStripAnswer(answer)) || PER_FIELD.test(row.unit ?? '') || stripRange)) return false;
    }
    return catalog.matchInUrine(row.name) !== undefined;
  });
  const near = (i: number) => (rows[i - 1] && (out[i - 1] || rows[i - 1]!.specimen === 'urine')) || (rows[i + 1] && (out[i + 1] || rows[i + 1]!.specimen === 'urine'));
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
 * `G/L`, `G/l`, `Giga/l`, `T/L`: giga or tera per litre, as French and Swiss reports print cell counts (any case: a
 * count is never in grams or tonnes), in UCUM; null for any other unit.
 */
function perLitreUcum(unit: string): '10*9/L' | '10*12/L' | null {
  const m = /^(g|giga|t|tera)\s*\/\s*l$/i.exec(unit.trim());
  return m ? (m[1]![0]!.toLowerCase() === 'g' ? '10*9/L' : '10*12/L') : null;
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
 * Whether a printed unit can measure the biomarker: yes when either is unknown or not a concentration (enzyme units
 * `[IU]/L` against `U/L` do not convert in UCUM, yet measure the same), and for two concentrations when the one
 * converts to the other (`umol/L` cannot measure a protein in `g/L`).
 */
function unitCanMeasure(printed: string | null | undefined, biomarker: CatalogEntry): boolean {
  const ucum = toUcum(printed);
  if (!ucum || !biomarker.ucumUnit || !CONCENTRATION.test(ucum) || !CONCENTRATION.test(biomarker.ucumUnit)) return true;
  return unitOf(printed, biomarker);
}

/**
 * Whether a printed unit is one the biomarker is measured in: it converts to the catalog's unit (an enzyme's `[IU]`
 * taken as its `U`, which UCUM does not convert).
 */
function unitAgrees(printed: string, biomarker: CatalogEntry): boolean {
  if (unitOf(printed, biomarker)) return true;
  const ucum = toUcum(printed);
  return Boolean(ucum && biomarker.ucumUnit && convertCountingIuAsU(1, ucum, biomarker.ucumUnit) !== null);
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
  return Boolean(printed) && [entry.key.replace(/-/g, ' '), entry.display, ...entry.aliases].some((a) => normalizeName(a) === printed);
}

/** Whether a printed name is one of the entry's names, or words within one (`CRP` in `hs-CRP`, `T4` in `Free T4`). */
function namesPartOf(name: string, entry: CatalogEntry): boolean {
  const printed = normalizeName(name);
  if (!printed) return false;
  return [entry.key.replace(/-/g, ' '), entry.display, ...entry.aliases].some((a) => ` ${normalizeName(a)} `.includes(` ${printed} `));
}

/** Grams per cent as printed (`g%`, `gm%`, `gms%`). */
const GRAMS_PER_CENT = /^(?:g|gm|gms)\s*%$/i;

export function codeRows(rows: RawRow[], catalog: BiomarkerCatalog, defaultCollectedAt: string): { results: CodedResult[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const where = (row: RawRow) => ({ line: row.line, ...(row.page ? { page: row.page } : {}) });
  const urine = inferUrine(rows, catalog);
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
    else if (row.specimen === 'fluid') biomarker = byCode ?? null;
    else {
      const inUrine = row.specimen === 'urine' || urine[index] ? catalog.matchInUrine(row.name, row.value === null) : undefined;
      // A row whose own specimen cell says urine is no blood analyte: the urine one, or unknown.
      biomarker = byCode ?? inUrine ?? (row.specimenOfRow && row.specimen === 'urine' ? null : catalog.match(row.name, nameCode) ?? null);
      // `White cells  6.2  10*9/L`, `Red cells  4.6  10*12/L` (the names urine microscopy shares with blood), in a blood
      // count's unit (a thousand or more cells per microlitre): the blood count, which only the unit says.
      if (!biomarker && !inUrine && namesBloodCells(row.name) && !/^pus\b/i.test(row.name.trim()) && isBloodCountUcum(toUcum(row.unit))) {
        biomarker = catalog.matchName(/^(?:red|rbc)/i.test(row.name.trim()) ? 'Red Blood Cell Count' : 'White Blood Cell Count') ?? null;
      }
    }
    // A venous or capillary sample is not arterial blood: an analyte the catalog knows only as arterial is unknown here.
    if (biomarker && (row.specimen === 'venous' || row.specimen === 'capillary') && /arterial/.test(biomarker.key) && !/arterial/i.test(row.name)) biomarker = null;
    const byLoinc = byCode !== undefined;
    if (biomarker && !byLoinc && !row.biomarkerRef) biomarker = differentialByUnit(catalog, biomarker, row.unit);
    // A name whose last word is cut short (`Trans.`) names its entry by the word it begins alone: only with a unit that
    // entry is measured in, or none (`Trans.  35 U/L`, an enzyme's unit, is a transaminase, no transferrin in mg/dL).
    if (biomarker && !byLoinc && !row.biomarkerRef && row.unit?.trim() && catalog.readsCutShort(row.name) && !unitAgrees(row.unit, biomarker)) biomarker = null;
    // A one- or two-letter name (`P`, `CB`) means different tests at different labs (CB: a Czech lab's total protein,
    // another's conjugated bilirubin): it names the catalog's analyte only when its printed unit can measure it. A
    // wrong biomarker is worse than an unknown one.
    if (biomarker && !byLoinc && !row.biomarkerRef && shortName(row.name) && !unitCanMeasure(row.unit, biomarker)) biomarker = null;
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
    // HbA1c (% or mmol/mol) printed in a glucose concentration (`7.8 mmol/L`, `140 mg/dL`) is not HbA1c, whatever name
    // or code it is printed under: it is the estimated average glucose printed with it. Unknown (with a warning)
    // rather than the wrong biomarker; an HL7 OBX-4 sub-ID naming what it measured (`eAG`) has already given the row
    // that name.
    const notRatio = biomarker && !row.biomarkerRef && hba1cInGlucoseUnit(row.unit, biomarker) ? biomarker : null;
    if (notRatio) biomarker = null;
    if (biomarker?.key === 'total-protein' && !byLoinc && !row.biomarkerRef && namesProteinAlone(row.name) && !/^g\/d?L$/.test(toUcum(row.unit) ?? '')) {
      biomarker = null;
    }
    if (notRatio) {
      warnings.push({ code: 'unknown-biomarker', message: `"${row.name}" is printed in ${row.unit?.trim()}, which cannot measure ${notRatio.display}: kept with its printed name`, ...where(row) });
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
      const ucum = perLitre && count ? perLitre : percent ?? toUcum(printedUnit);
      if (ucum) {
        unit = ucum;
        unitIsUcum = true;
      } else {
        warnings.push({ code: 'unit-not-ucum', message: `The unit "${printedUnit}" of "${row.name}" is not a unit UCUM knows: kept as printed`, ...where(row) });
      }
    } else if (biomarker?.ucumUnit && IMPLIED_UNITS.has(biomarker.ucumUnit) && row.value !== null) {
      unit = biomarker.ucumUnit;
      unitIsUcum = true;
    }

    const range = row.range ? rangeFromBounds(row.range.low, row.range.high, row.rangeText) : parseReferenceRange(row.rangeText);
    let flag: LabFlag | null = null;
    if (row.normalizedFlag) flag = row.normalizedFlag as LabFlag;
    else if (row.flag) {
      flag = normalizeFlag(row.flag);
      if (!flag) warnings.push({ code: 'unknown-flag', message: `The flag "${row.flag}" of "${row.name}" is not one we know: the flag is computed from the range`, ...where(row) });
    }
    flag ??= flagFromRange(row.value, row.comparator, row.valueText, range);

    let normalized: CodedResult['normalized'];
    if (row.value !== null && biomarker?.ucumUnit && unit && unitIsUcum) {
      const converted = convertUnit(row.value, unit, biomarker.ucumUnit, { molarMass: biomarker.molarMass, charge: biomarker.charge });
      if (converted !== null) normalized = { value: converted, unit: biomarker.ucumUnit };
      else warnings.push({ code: 'unit-not-convertible', message: `"${row.name}" in ${unit} cannot be converted to ${biomarker.ucumUnit}: it is left out of trends`, ...where(row) });
    }

    return {
      index,
      line: row.line,
      ...(row.page ? { page: row.page } : {}),
      name: row.name,
      biomarker,
      value: row.value,
      ...(row.valueText ? { valueText: row.valueText } : {}),
      ...(row.comparator ? { comparator: row.comparator } : {}),
      unit,
      unitIsUcum,
      range,
      flag,
      ...(row.flag ? { reportedFlag: row.flag } : {}),
      ...(normalized ? { normalized } : {}),
      collectedAt: row.collectedAt ?? defaultCollectedAt,
      ...(row.code ? { reportedCode: row.code } : {}),
      ...(row.comment ? { comment: row.comment } : {}),
    };
  });
  return { results, warnings };
}
