import { convertUcum, isArbitraryUcum, ucumCode } from '@pg/fhir/ucum';
import { ownEntry, remembered } from './memo.js';
import { halfWidth, SLASH_READ_AS_L } from './tokens.js';
import { TIME_WORDS_OF_ANY_TEXT, timeWords, wordAlternation } from './time-units.js';

/** Spellings of a second, minute or hour that SYNONYMS does not map: letters alone, left to UCUM (TIME_UNITS). */
const NOT_SYNONYMS = ['s', 'h', ...TIME_WORDS_OF_ANY_TEXT];
/** The words of a second, a minute and an hour (TIME_UNITS) as SYNONYMS maps them: `seg` → `s`, `mins` → `min`, `hrs` → `h`. */
const SYNONYM_TIME_WORDS: Record<string, string> = Object.fromEntries((['s', 'min', 'h'] as const)
  .flatMap((u) => timeWords([u], NOT_SYNONYMS).map((w) => [w, u])));

/**
 * (cat8 review) The spellings of a second, a minute and an hour (TIME_UNITS, every language) → UCUM's unit, for
 * perTimeWord. (fix2) And a day's (`mg/day`, `mmol/day`, `mL/day`: a 24-hour urine's amounts): UCUM's `d`.
 */
const PER_TIME_WORDS: Record<string, string> = Object.fromEntries((['s', 'min', 'h', 'd'] as const).flatMap((u) => timeWords([u]).map((w) => [w, u])));

/**
 * (labs56; fix56) `mil` over a volume (`mil/µL`, `mil/mcL`, `mil/mm3`, `mil/cumm`) in canonicalUnit's spelling: the one
 * list of it. The Portuguese and Spanish thousand (`231 mil/mm3`), an English report's million (`0.25 mil/cumm`): the
 * reader takes it as a count unit (SYNONYMS: thousands), coding.ts decides per test (milCountUcum).
 */
const MIL_PER_VOLUME = ['mil/ul', 'mil/mcl', 'mil/mm3'];

/**
 * Units as reports print them → UCUM. Checked before UCUM validation because some printed units are valid UCUM
 * with another meaning (`K/uL` is kelvin per microliter to UCUM; on a lab report it is thousands per microliter).
 * Keys are lower-cased.
 */
const SYNONYMS: Record<string, string> = {
  // (labs48fix) Chinese and Japanese words of time as laboratory systems print a clotting time's unit: `秒` the second,
  // `分钟` the minute (not `分` alone, also a score's point).
  秒: 's', 分钟: 'min',
  'k/ul': '10*3/uL', 'k/mcl': '10*3/uL', 'k/µl': '10*3/uL', 'thou/ul': '10*3/uL', 'thou/mcl': '10*3/uL',
  // Romanian `mil./µL` (millions) and `mii/µL` (thousands per microlitre).
  'mil./µl': '10*6/uL', 'mil./ul': '10*6/uL', 'mii/µl': '10*3/uL', 'mii/ul': '10*3/uL',
  // (labs56) `mil` per volume (MIL_PER_VOLUME): the Portuguese and Spanish thousand for the reader; coding.ts decides
  // per test (milCountUcum).
  ...Object.fromEntries(MIL_PER_VOLUME.map((k) => [k, '10*3/uL'])),
  'm/ul': '10*6/uL', 'm/mcl': '10*6/uL', 'mill/ul': '10*6/uL',
  // (labs45fix) Per nanolitre and per picolitre (`/nl`, `/pl`: German blood counts) are UCUM as printed, the litre's
  // case aside: kept per nanolitre and picolitre, as `10^9/l` stays per litre (not rewritten as `10*3/uL`, `10*6/uL`).
  // A lower-case litre over a litre (`l/l`, a haematocrit) is `L/L`.
  '/nl': '/nL', '/pl': '/pL', 'l/l': 'L/L',
  'giga.l-1': '10*9/L', 'g/l-giga': '10*9/L', 'tera.l-1': '10*12/L',
  // (labs46fix) German `Gpt/l`, `Tpt/l` (Gigapartikel, Terapartikel per litre: East German laboratories' blood counts) and
  // `µmol/s*l`, `µmol/(s*l)`, `µmol/s/l` (micromoles per second per litre: the microkatal per litre, an enzyme's activity).
  'gpt/l': '10*9/L', 'tpt/l': '10*12/L', 'umol/s*l': 'ukat/L', 'umol/(s*l)': 'ukat/L', 'umol/s/l': 'ukat/L', 'umol/s.l': 'ukat/L',
  'nmol/s*l': 'nkat/L', 'nmol/(s*l)': 'nkat/L', 'nmol/s/l': 'nkat/L',
  'meq/l': 'meq/L', 'mmol/l': 'mmol/L', 'umol/l': 'umol/L', 'µmol/l': 'umol/L', 'nmol/l': 'nmol/L', 'pmol/l': 'pmol/L',
  'mg/dl': 'mg/dL', 'g/dl': 'g/dL', 'ug/dl': 'ug/dL', 'mcg/dl': 'ug/dL', 'µg/dl': 'ug/dL', 'ng/dl': 'ng/dL', 'ng/ml': 'ng/mL', 'pg/ml': 'pg/mL',
  'mg/l': 'mg/L', 'g/l': 'g/L', 'ug/l': 'ug/L', 'mcg/l': 'ug/L', 'µg/l': 'ug/L', 'ng/l': 'ng/L', 'mcg/ml': 'ug/mL', 'ug/ml': 'ug/mL',
  'miu/ml': 'm[IU]/mL', 'miu/l': 'm[IU]/L', 'uiu/ml': 'u[IU]/mL', 'µiu/ml': 'u[IU]/mL', 'μiu/ml': 'u[IU]/mL', 'uu/ml': 'u[IU]/mL',
  // (labs44fix) `mlU/mL`, `ulU/ml`: a lower-case l printed (typed or read by OCR) for the I of mIU/mL, uIU/mL.
  'mlu/ml': 'm[IU]/mL', 'mlu/l': 'm[IU]/L', 'ulu/ml': 'u[IU]/mL',
  // (ocrlis) `pIU/mL`: OCR's reading of the µ of µIU/mL as a p (no report prints pico-international units).
  'piu/ml': 'u[IU]/mL',
  'mciu/ml': 'u[IU]/mL', 'iu/l': '[IU]/L', 'iu/ml': '[IU]/mL',
  // `mu/L` (a UK GP record's TSH, in lower case as its system prints it): milli-units, not a mega-unit nor mu.
  'mu/l': 'mU/L',
  // Kilo-international units (`kIU/L`, a thyroid antibody's unit in UK laboratories).
  'kiu/l': 'k[IU]/L',
  // (fixr82) `klU/L`: the lower-case l for the I of kIU/L, as `mlU/L` above.
  'klu/l': 'k[IU]/L',
  // (fixr82) Per hundred white cells (`/100WBC`, `/100 WBCs`: an NRBC count's unit, as an analyser prints it): UCUM
  // writes the counted cells as an annotation, `/100{WBC}`.
  '/100wbc': '/100{WBC}', '/100 wbc': '/100{WBC}', '/100wbcs': '/100{WBC}', '/100 wbcs': '/100{WBC}',
  // (fixr81) Typed units a retyped report misspells where no other unit is meant: the mole's l dropped (`pmo/l`,
  // `nmo/l`: the l of the litre kept), and `kl/ul` for kIU/L (the I of IU typed as an l and the slash misplaced: no
  // result is in kilolitres per microlitre; a thyroid antibody's line, as UK laboratories print kIU/L).
  'pmo/l': 'pmol/L', 'nmo/l': 'nmol/L', 'umo/l': 'umol/L', 'mmo/l': 'mmol/L', 'kl/ul': 'k[IU]/L',
  // (fixr87) And the mole's `ol` dropped (`pm/L`, `nm/L`: a patient's retyped `Serum T4 13.5 pm/L`): no result is a
  // length per volume (picometres per litre), so the mole is meant.
  'pm/l': 'pmol/L', 'nm/l': 'nmol/L', 'um/l': 'umol/L', 'mm/l': 'mmol/L',
  // (fixr80) `kIU/ml` (a viral load's, German laboratories': HBV-DNA, HCV-RNA in kilo-international units per mL).
  'kiu/ml': 'k[IU]/mL',
  // French `UI` is the international unit; `ml/mn` is millilitres per minute.
  // (Spanish and Portuguese print `UI` too: `uUI/mL`, `µUI/mL` are micro-units.)
  'ui/l': '[IU]/L', 'ui/ml': '[IU]/mL', 'mui/l': 'm[IU]/L', 'mui/ml': 'm[IU]/mL', 'uui/ml': 'u[IU]/mL', 'µui/ml': 'u[IU]/mL', 'μui/ml': 'u[IU]/mL', 'ml/mn': 'mL/min',
  // (set 23) German, Dutch and Nordic `IE` (Internationale Einheiten, internationale eenheden, internationella enheter)
  // is the international unit too: `IE/L` (LH, FSH), `mIE/L` (TSH), `µIE/ml` (insulin), `kIE/L` (a thyroid antibody's).
  'ie/l': '[IU]/L', 'ie/ml': '[IU]/mL', 'mie/l': 'm[IU]/L', 'mie/ml': 'm[IU]/mL', 'uie/ml': 'u[IU]/mL', 'µie/ml': 'u[IU]/mL', 'μie/ml': 'u[IU]/mL',
  'kie/l': 'k[IU]/L',
  // Antiphospholipid antibody units (IgG, IgM, IgA phospholipid units), as UCUM names them.
  'gpl': "[GPL'U]", 'mpl': "[MPL'U]", 'apl': "[APL'U]", 'u/l': 'U/L', 'u/ml': 'U/mL', 'ku/l': 'kU/L',
  // (set 10, US02) The unit spelled out as a US hospital system prints it (`ALT  31  Unit/L`, `Units/mL`).
  'unit/l': 'U/L', 'units/l': 'U/L', 'unit/ml': 'U/mL', 'units/ml': 'U/mL',
  // Urine microscopy per high- or low-power field: UCUM's arbitrary units [HPF], [LPF].
  // Polish `wpw` (w polu widzenia, per field of view: a urine sediment's count at high power).
  'wpw': '/[HPF]',
  // (labs50fix) Indonesian `LPB` (lapang pandang besar, the high-power field) and `LPK` (lapang pandang kecil, low power).
  'lpb': '/[HPF]', '/lpb': '/[HPF]', 'lpk': '/[LPF]', '/lpk': '/[LPF]',
  // (b67u) The field in Italian, Portuguese, Spanish, French and German as a urine sediment's count is printed per
  // field (`/campo`, `p/c`, `por campo`, `/cga`, `/champ`, `/Gesichtsfeld`): the high-power field the counts are read in.
  '/campo': '/[HPF]', 'p/c': '/[HPF]', 'p/campo': '/[HPF]', 'por campo': '/[HPF]', '/cga': '/[HPF]', '/champ': '/[HPF]', 'par champ': '/[HPF]',
  '/gesichtsfeld': '/[HPF]', '/gf': '/[HPF]',
  // Russian and Ukrainian `в п/з` (в поле зрения, в полі зору: in the field of view, a urine sediment's count at high power).
  'в п/з': '/[HPF]', 'в п/зр': '/[HPF]', 'в п/зр.': '/[HPF]', 'п/зр': '/[HPF]', 'в п.з.': '/[HPF]', 'в поле зрения': '/[HPF]', 'в полі зору': '/[HPF]',
  '/hpf': '/[HPF]', 'hpf': '/[HPF]', 'per hpf': '/[HPF]', 'cells/hpf': '/[HPF]', '/lpf': '/[LPF]', 'lpf': '/[LPF]', 'per lpf': '/[LPF]', 'cells/lpf': '/[LPF]',
  // (labs52fix) The cells counted named before the field (`WBC / hpf`, `RBC/hpf`: white or red cells per field), as `cells/hpf`.
  'wbc/hpf': '/[HPF]', 'wbcs/hpf': '/[HPF]', 'rbc/hpf': '/[HPF]', 'rbcs/hpf': '/[HPF]', 'wbc/lpf': '/[LPF]', 'rbc/lpf': '/[LPF]',
  'ml/min/1.73m2': 'mL/min/{1.73_m2}', 'ml/min/1.73 m2': 'mL/min/{1.73_m2}', 'ml/min/1.73m²': 'mL/min/{1.73_m2}', 'ml/min/{1.73_m2}': 'mL/min/{1.73_m2}',
  'ml/min/1.73': 'mL/min/{1.73_m2}', 'ml/min': 'mL/min',
  // (fixr85d) Turkish `dk` (dakika, the minute: `ml/dk/1,73m2`, an eGFR's unit; `ml/dk` a clearance's).
  'ml/dk/1.73m2': 'mL/min/{1.73_m2}', 'ml/dk/1.73 m2': 'mL/min/{1.73_m2}', 'ml/dk/1.73m²': 'mL/min/{1.73_m2}', 'ml/dk': 'mL/min',
  // (names29) Hungarian `perc` (the minute: `ml/perc/1,73m2`, Synlab Hungary's eGFR).
  'ml/perc/1.73m2': 'mL/min/{1.73_m2}', 'ml/perc/1.73 m2': 'mL/min/{1.73_m2}', 'ml/perc/1.73m²': 'mL/min/{1.73_m2}', 'ml/perc': 'mL/min',
  // (fixr85d) `gr` for the gram (`gr/dL`, Greek and Latin American laboratories' haemoglobin: no blood test is in grains),
  // and UCUM's lower-case international unit `[iU]` (`u[iU]/mL`, as a patient copies a portal's UCUM): the `[IU]` spelling.
  'gr/dl': 'g/dL', 'gr/l': 'g/L', 'u[iu]/ml': 'u[IU]/mL', 'm[iu]/ml': 'm[IU]/mL', 'm[iu]/l': 'm[IU]/L', '[iu]/l': '[IU]/L', '[iu]/ml': '[IU]/mL',
  // (fixr85d) The millimetre spelt `mMeter` (`mMeter/h`, an ESR's unit as a Greek laboratory system prints it).
  'mmeter/h': 'mm/h',
  // `fraction` (OBX-6 of LifeLabs/OLIS results in Ontario: HbA1c 0.065, transferrin saturation 0.25): a part of a
  // whole as a plain number, a dimensionless result, `{ratio}` as a ratio printed with no unit is.
  'fraction': '{ratio}',
  // (set 28) Uzbek `soat` and Turkish and Azerbaijani `saat` (hour).
  'mm/soat': 'mm/h', 'mm/saat': 'mm/h',
  'mm/hr': 'mm/h', 'mm/h': 'mm/h', 'mm/hora': 'mm/h', 'mm/ora': 'mm/h', 'mm/1st hour': 'mm/h', 'mm/1 hour': 'mm/h', 'mm/1 hr': 'mm/h',
  // Seconds, minutes and hours as words (a prothrombin time's `s`): from TIME_UNITS (SYNONYM_TIME_WORDS).
  ...SYNONYM_TIME_WORDS, 'ratio': '{ratio}', 'index': '{index}', 'ph': '[pH]',
  // (b60) Czech eGFR per second (`ml/s/1,73m2`, its comma read as a point above), and urine sediment counts per
  // microlitre as Czech laboratories print them (`elem./μl`, elements; `počet/μl`, count).
  'ml/s/1.73m2': 'mL/s/{1.73_m2}', 'ml/s/1.73 m2': 'mL/s/{1.73_m2}', 'elem./ul': '/uL', 'elem/ul': '/uL', 'pocet/ul': '/uL', 'počet/ul': '/uL',
  'fl': 'fL', 'pg': 'pg', 'pg/cell': 'pg/{cell}', '%': '%',
  // (mend27, the lead's call) The per-mille sign: UCUM's parts per thousand.
  '‰': '[ppth]', 'mmhg': 'mm[Hg]', 'mosm/kg': 'mosm/kg', 'cells/ul': '/uL', 'cells/mcl': '/uL', '#/ul': '/uL', '/ul': '/uL',
  'mg/g': 'mg/g', 'mg/g creat': 'mg/g', 'mg/g creatinine': 'mg/g', 'mg/mmol creat': 'mg/mmol', 'mg/mmol creatinine': 'mg/mmol', 'mg/mmol cr': 'mg/mmol', 'e/ml': '{E}/mL',
  // Per cubic millimetre (`/cumm`, `cells/cmm`, `K/cmm`) is per microlitre.
  '/mm3': '/uL', 'cells/mm3': '/uL', 'k/mm3': '10*3/uL', 'thou/mm3': '10*3/uL', 'm/mm3': '10*6/uL', 'mill/mm3': '10*6/uL',
  'million/mm3': '10*6/uL', 'millions/mm3': '10*6/uL', 'lakhs/mm3': '10*5/uL', 'lakh/mm3': '10*5/uL',
  'million/ul': '10*6/uL', 'thousand/ul': '10*3/uL', 'lakh/ul': '10*5/uL', 'lakhs/ul': '10*5/uL',
  'mm/1st hr': 'mm/h', 'mm/1hr': 'mm/h', 'mm/hour': 'mm/h',
  // (countries) The Spanish and Portuguese first hour, the German hour (`mm/1a hora`, `mm/1ª hora`, `mm/Std.`).
  'mm/1a hora': 'mm/h', 'mm/1ª hora': 'mm/h', 'mm/1° hora': 'mm/h', 'mm/1º hora': 'mm/h', 'mm/std': 'mm/h', 'mm/std.': 'mm/h', 'mm/1.std': 'mm/h', 'mm/1.std.': 'mm/h',
  'mm in 1st hr': 'mm/h', 'mm in 1st hour': 'mm/h', 'mm in 1 hr': 'mm/h', 'mm in 1 hour': 'mm/h',
  // (labwords review) `mm/1h` (Portuguese and Spanish ESR, `VHS 10 mm/1h`).
  'mm/1h': 'mm/h', 'mm/1 h': 'mm/h',
  // (labs50fix) Indonesian and Malay `jam` (hour: `mm/jam`, an ESR's unit).
  'mm/jam': 'mm/h', 'mm/1 jam': 'mm/h',
  'ml/min/1.73 m^2': 'mL/min/{1.73_m2}', 'ml/min/1.73m^2': 'mL/min/{1.73_m2}', 'ml/min/1.73 sq.m': 'mL/min/{1.73_m2}',
  // A star where a plain-text export lost the superscript two (UK pathology systems: `mL/min/1.73m*`).
  'ml/min/1.73m*': 'mL/min/{1.73_m2}', 'ml/min/1.73 m*': 'mL/min/{1.73_m2}',
  // A D-dimer's unit with its basis after it: fibrinogen-equivalent units (FEU) or D-dimer units (DDU). Read as the mass
  // concentration; the basis decides the catalog entry (catalog version 11: coding.ts dDimerByBasis reads the printed unit).
  'ng/ml feu': 'ng/mL', 'ug/ml feu': 'ug/mL', 'mg/l feu': 'mg/L', 'ug/l feu': 'ug/L', 'ng/ml ddu': 'ng/mL', 'ug/ml ddu': 'ug/mL', 'mg/l ddu': 'mg/L', 'ug/l ddu': 'ug/L',
  // Grams (milligrams) per cent, as older and Indian reports print them: per 100 mL, that is per decilitre.
  'g%': 'g/dL', 'gm%': 'g/dL', 'gms%': 'g/dL', 'mg%': 'mg/dL',
  // (set 8, AL06) A mass fraction in per cent as fatty-acid and metal panels print it (`% by wt`, `wt%`, `% w/w`: a fatty
  // acid's share of a sample's fatty acids by weight): per cent.
  '% by wt': '%', '% by wt.': '%', '% by weight': '%', 'wt%': '%', 'wt %': '%', 'wt.%': '%', '% w/w': '%', '%w/w': '%',
  // Polish counts: thousands (`tys.`) and millions (`mln`) per microlitre.
  'tys/ul': '10*3/uL', 'tys./ul': '10*3/uL', 'tys/mm3': '10*3/uL', 'mln/ul': '10*6/uL', 'mln./ul': '10*6/uL', 'mln/mm3': '10*6/uL',
  // (scripts6) Indonesian and Malay counts: thousands (`ribu`) and millions (`juta`) per microlitre or cubic millimetre.
  'ribu/ul': '10*3/uL', 'ribu/µl': '10*3/uL', 'ribu/mm3': '10*3/uL', 'juta/ul': '10*6/uL', 'juta/µl': '10*6/uL', 'juta/mm3': '10*6/uL',
  // Portuguese counts: millions (`milhões`) per cubic millimetre or microlitre (a microlitre is a cubic millimetre).
  'milhões/mm3': '10*6/uL', 'milhoes/mm3': '10*6/uL', 'milhões/ul': '10*6/uL', 'milhoes/ul': '10*6/uL', 'milhões/µl': '10*6/uL', 'milhões/mm³': '10*6/uL',
};

const SUPERSCRIPT: Record<string, string> = { '⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9' };

/**
 * A printed unit in one spelling: micro as `u` (µ, μ, mc), `gm` as `g`, cubic millimetre as `mm3` (`cumm`, `cmm`),
 * powers of ten as `10^n` (`10³`, `10E3`), `×` as `x`, superscript digits as digits, outer parentheses dropped.
 */
/**
 * Units printed in Cyrillic (Russian, Ukrainian, Bulgarian reports: `ммоль/л`, `мкмоль/л`, `г/л`, `Ед/л`, `фл`, `пг`,
 * `10^9/л`, `мм/ч`, `тыс/мкл`): each part between slashes, as a whole, in Latin letters.
 */
const CYRILLIC_UNIT_PARTS: Record<string, string> = {
  мкмоль: 'umol', ммоль: 'mmol', нмоль: 'nmol', пмоль: 'pmol', моль: 'mol', мкг: 'ug', мг: 'mg', нг: 'ng', пг: 'pg', г: 'g',
  мкл: 'uL', мл: 'mL', дл: 'dL', л: 'L', фл: 'fL', мм: 'mm', ч: 'h', час: 'h', мин: 'min', сек: 's', с: 's',
  ед: 'U', мед: 'mU', мкед: 'uU', ме: '[IU]', мме: 'm[IU]', мкме: 'u[IU]', тыс: '10^3', млн: '10^6',
  // (cyrillic) Ukrainian: `МО` (міжнародні одиниці, IU), `Од` (одиниці, U), `тис` (thousand), `год` (година, hour:
  // `мм/год`; no Russian unit has a year in it), `хв` (хвилина, minute).
  мо: '[IU]', ммо: 'm[IU]', мкмо: 'u[IU]', од: 'U', мод: 'mU', мкод: 'uU', тис: '10^3', год: 'h', хв: 'min',
  // (cyrillic) Bulgarian and Serbian: `мол` without the soft sign (`ммол/л`, `мкмол/л`), `Е` (единица, U: `Е/л`).
  мкмол: 'umol', ммол: 'mmol', нмол: 'nmol', пмол: 'pmol', мол: 'mol', е: 'U',
  // (b57) `МЕд` (международных единиц, international units) with a prefix, as Russian laboratories also print it:
  // `мМЕд/мл` (mIU/mL), `мкМЕд/мл` (µIU/mL). (`МЕд` alone is read in its printed case, CASE_EXACT_CYRILLIC_UNIT_PARTS: lower-cased
  // it is `мед`, milli-units.)
  ммед: 'm[IU]', мкмед: 'u[IU]',
};

/**
 * (cyrillic review) Parts read in their printed case: the Bulgarian `мЕ` (милиединици, milli-units: `мЕ/л`), a small
 * `м` before the unit's capital `Е`, not the Russian `МЕ`/`ме` (IU) the lower-cased table holds — read so, 1000 times over.
 */
const CASE_EXACT_CYRILLIC_UNIT_PARTS: Record<string, string> = { мЕ: 'mU', МЕд: '[IU]' };

function latinUnit(printed: string): string {
  if (!/[\u0400-\u04ff]/.test(printed)) return printed;
  // (cyrflag) A power of ten typed with the Cyrillic letters that look like the Latin ones (`х10Е9/л`, `х10^9/л`,
  // `10Е12/л`: the times sign as the Cyrillic `х`, the exponent's `E` as the Cyrillic `Е`): the Latin `x10E9/л`. One
  // token, no space in it (tokens.ts tokenize joins a sign printed apart: `х 10Е9/л`).
  return printed.replace(/^[хХ](?=10)/, 'x').replace(/^(x?10)[еЕ](?=\d)/, '$1E').split('/').map((part) => {
    const power = /^(.*?)([\u0400-\u04ff]+)$/.exec(part.trim());
    const latin = power ? (ownEntry(CASE_EXACT_CYRILLIC_UNIT_PARTS, power[2]!) ?? CYRILLIC_UNIT_PARTS[power[2]!.toLowerCase()]) : undefined;
    return power && latin !== undefined ? `${power[1]}${latin}` : part;
  }).join('/');
}

function canonicalUnit(printed: string): string {
  return latinUnit(halfWidth(printed).trim())
    .replace(/^\((.*)\)$/, '$1')
    .replace(/10(⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_, d: string) => `10^${[...d].map((c) => (c === '⁻' ? '-' : SUPERSCRIPT[c])).join('')}`)
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => SUPERSCRIPT[c]!)
    .replace(/[µμ]/g, 'u')
    .replace(/×/g, 'x')
    // (negpower) A negative power of ten before a unit a space apart (`× 10⁻³ IU/L`, a Danish TSH's; `x10^-6 mol/L`): the
    // unit with the SI prefix that power is (milli, micro, nano, pico).
    // (review 31) Only after a power's marker or a times sign (superscripts are `^` by now): `10-12 mg/dL` is a range.
    .replace(/^(?:x\s*10\s*(?:\^|[eE]|\*{1,2})?|10\s*(?:\^|[eE]|\*{1,2}))\s*-(3|6|9|12)\s+(?=[A-Za-z[])/, (_, p: string) => ({ 3: 'm', 6: 'u', 9: 'n', 12: 'p' } as Record<string, string>)[p]!)
    // `*10^4/ul` (a star for the times sign, as Japanese systems print it); `nm^3` (a power written with a caret);
    // (boundwords) or with a star or two, as plain-text exports write the power (`mL/min/1.73m*2`, `m**2`).
    .replace(/^\*\s*(?=10)/, 'x').replace(/(?<=[a-z])(?:\^|\*{1,2})(\d)$/i, '$1')
    // `ml/min/1,73m2`: the body surface area with a decimal comma.
    .replace(/\/1,73\s*(?=m)/i, '/1.73')
    // OCR reads the 1 and 0 of a power of ten as l/I and O (`xlOE3/uL`).
    .replace(/^([xX]\s*)?[lI1][oO0](?=\s*[eE^*]?\s*\(?\d{1,2}\)?\s*\/)/, (_, x: string | undefined) => `${x ?? ''}10`)
    // OCR of a power of ten's caret as a modifier arrowhead (`X10˄12/L`) and of its 9 as a g (`X10˄g/L`): a letter
    // is never an exponent, so a g there, before the slash, is the 9.
    .replace(/[˄ˆ]/g, '^').replace(/^((?:[xX]\s*)?10\^)g(?=\s*\/)/, '$19')
    .replace(SLASH_READ_AS_L, '$1/$2')
    // (set 28) And micro as the Russian `мк` spelt in Latin letters (`mkmol/l`, `mkg/l`, `mkIU/ml`: Azerbaijani, Uzbek and
    // other reports of the Russian tradition printed in Latin script), before a mole too (`mcmol/L` as well).
    .replace(/\bm[ck](?=mol\b|mol\/|g\b|g\/|l\b|L\b|iu|IU)/g, 'u')
    // `µ³`, `u³`: the cubic micron (a mean cell volume's old unit, the femtolitre), its metre left out.
    .replace(/^u3$/, 'um3')
    // `microg/L`, `micromol/L`: micro spelt out, as a UK GP record prints it.
    .replace(/\bmicro(?=g\b|g\/|mol\b|mol\/|l\b|L\b)/gi, 'u')
    .replace(/(^|\/)gms?(?=\/|$)/i, '$1g')
    .replace(/(cu\.?\s?mm|cumm|cmm)$/i, 'mm3')
    // `e+9/l`, `x E9/L` (a power of ten written as an exponent alone) is `10^9/l`.
    .replace(/^(?:x\s*)?[eE]\+?(\d{1,2})(?=\s*\/)/, '10^$1')
    .replace(/\s*\/\s*/g, '/')
    // Per hundred millilitres (`mg/100mL`, `g/100 ml`) is per decilitre.
    .replace(/\/100\s*ml$/i, '/dL')
    // OCR reads a litre's `l` after a prefix as the digit one (`pg/m1`, `mg/d1`): no one prints a power one there (per
    // metre, per day to the first), so after the slash, at the unit's end, it is the litre. (ocrunits) Also with no
    // prefix after a mass, an amount or units (`ug/1`, `mmol/1`, `mIU/1`) — not after a count of 10^3 or 10^6 (`10^3/1`
    // is per µL as often: its µ lost), a length (`mm/1`, an ESR) or a rate (`mL/min/1`, a body surface cut short) (review cr26).
    .replace(/\/(d|m)1$/, '/$1l')
    // (review cr27, cr28) In any case (`MMOL/1`, `UG/1`), but a French count's `G/1` or `T/1` (giga or tera per litre,
    // its l read as one) is no gram.
    .replace(/^(?![GT]\/)([munpf]?(?:g|mol|eq|iu|u))\/1$/i, '$1/l')
    // And after the SI blood counts' powers (`10^9/1`, `x10^12/1`): per litre is theirs, where 10^3 and 10^6 are per µL's.
    .replace(/^((?:x\s*)?10\s*(?:\^|\*{1,2}|[eE])?\s*(?:9|12))\/1$/, '$1/l')
    // (fixr) OCR reads that litre's `l` as a capital I too (`mg/dI`, `mmol/I`, `g/dI`): no unit ends in a capital I
    // after a slash.
    .replace(/\/([dmu]?)I$/, '/$1l')
    // (ocrlis) OCR reads the l of mol as the digit one (`mmo1/L`, `umo1/l`): no unit has a digit there. (ocrunits) Or
    // as a capital I (`pmoI/L`, `mmoI/L`): no unit spells `moI`.
    .replace(/(^|\/)([munpf]?)mo[1I](?=\/|$)/g, '$1$2mol')
    // A lower-case litre after a slash (`ukat/l`, `mol/l`) is UCUM's `L`, as the catalog writes it.
    .replace(/\/(d|m|u)?l$/, (_, p: string | undefined) => `/${p ?? ''}L`)
    // (labs53fix) A ratio's unit with its analytes' letters glued to the units (`mgMAlb/gCre`, `mgAlb/gCrea`,
    // `mgProt/mmolCreat`: albumin or protein per creatinine): the units alone, `mg/g`, `mg/mmol`. (fix53) The analyte's
    // letters before the slash may be left out and the creatinine's printed a space apart (`mg/gCr`, `mg/g Cr`,
    // `mg/mmol Cr`, `ug/mg creat`): the same rule.
    // (set 8, OA01, OA03) So are an organic acid's amounts per creatinine (`mmol/mol creatinine`, `umol/g creatinine`).
    .replace(/^([mun]?g|[mun]?mol)(?:m?alb|microalb|albumin|prot|protein)?\/([mun]?g|m?mol)\s?(?:cr|cre|crea|creat|creatinine)$/i, '$1/$2');
}

/** (fix56) Whether a printed unit is `mil` over a volume (MIL_PER_VOLUME): thousands or millions as the test decides. */
export function isMilPerVolume(printed: string | null | undefined): boolean {
  const raw = (printed ?? '').replace(/\u00a0/g, ' ').trim();
  return Boolean(raw) && (MIL_PER_VOLUME.includes(raw.toLowerCase()) || MIL_PER_VOLUME.includes(canonicalUnit(raw).toLowerCase()));
}

/** Ten raised to a power as printed before its exponent: `x10^`, `10E`, `x 10.e`, `10*`. */
const TEN_TO_THE = String.raw`(?:x\s*)?10\s*(?:\^|\.?e|\*)?\s*`;
/** (fixabg) Millions per millilitre, as a power of ten or a word (toUcumUncached). */
const MILLIONS_PER_ML = new RegExp(String.raw`^(?:${TEN_TO_THE}\(?6\)?|millions?)\s*\/\s*ml$`, 'i');
/** (review 18) `x10^9`, `x 10E12`: a blood count's billions or trillions with the litre left off (toUcumUncached). */
const TIMES_POWER_PER_LITRE = /^[x×]\s*10\s*(?:\^|\.?e|\*)\s*\(?(9|12)\)?$/i;
/** `x10E3/uL`, `x10^3/uL`, `10^9/L`, `x10(3)/uL`, `10*3/uL`, `x 10E6/µL`, `x10.e3/uL` (labs36fix) → `10*3/uL` … */
const POWER_OF_TEN = new RegExp(String.raw`^${TEN_TO_THE}\(?(\d{1,2})\)?\s*(?:cells\s*)?\/\s*(ul|µl|μl|mcl|l|nl|mm3)$`, 'i');

/**
 * An amount fraction in UCUM (`mmol/mol`, `mol/mol`). Two readers ask it: the catalog (a molar lipid ratio is not the
 * mass ratio where the parts' molar masses differ: catalog.ts molarRatioMisfits) and the text reader (UCUM converts it
 * to a per cent by a factor, but an HbA1c in mmol/mol, IFCC, and in %, NGSP, are not proportional: `48 mmol/mol` is
 * 6.5 %, not 4.8 %; text-report.parser.ts convertedBounds).
 */
export const AMOUNT_FRACTION = /^[munp]?mol\/[munp]?mol$/;

/**
 * A count per volume in UCUM, plain or scaled (`/uL`, `10*3/uL`, `10*9/L`, `/mL`; `toUcum` writes `/mm3`, `cells/cumm`
 * and keeps `/nL`, `/pL`): what a cell count is measured in. The one test of it for the reader and for coding.
 */
export function isCountUcum(ucum: string | null | undefined): boolean {
  return COUNT_UCUM.test(ucum ?? '');
}
/** A count per volume in UCUM: its power of ten and the volume's prefix. */
const COUNT_UCUM = /^(?:10\*(\d+))?\/(u|m|n|p)?L$/;
/** The power of ten a volume's prefix divides by (per microlitre: 10^6 per litre). */
const PREFIX_EXPONENT: Readonly<Record<string, number>> = { m: 3, u: 6, n: 9, p: 12 };

/**
 * (labsrob2) How many cells per litre one of a count unit is, as a power of ten (`10*6/L` 6, `10*3/uL` 9, `/uL` 6);
 * null for a unit that is no count per volume.
 */
export function countPerLitreExponent(ucum: string | null | undefined): number | null {
  const m = COUNT_UCUM.exec(ucum ?? '');
  return m ? Number(m[1] ?? 0) + (PREFIX_EXPONENT[m[2] ?? ''] ?? 0) : null;
}

/**
 * A blood count's unit in UCUM: a count per volume (isCountUcum) of at least 10^9 cells per litre (`10*9/L`,
 * `10*12/L`, `10*3/uL`, `10*6/uL`, `/nL`, `/pL`) — white and red cells, platelets; not a urine sediment's `/uL`.
 */
export function isBloodCountUcum(ucum: string | null | undefined): boolean {
  return (countPerLitreExponent(ucum) ?? -1) >= 9;
}

/**
 * The UCUM code of a printed unit, or null when it has none we trust. Printed synonyms first, then the
 * power-of-ten notations, then UCUM itself (@lhncbc/ucum-lhc) for units already written in UCUM.
 */
export function toUcum(printed: string | undefined | null): string | null {
  const key = printed ?? '';
  return remembered(UCUM_MEMO, key, () => toUcumUncached(key) ?? ocrMisreadUnit(key));
}

/**
 * (set 12, CH08) OCR's `rn` for an `m` in a unit (`urnol/L`, `rng/dL`, `ng/rnL`, `rng/L`): the unit with its `m`, where
 * that reads as one and the printed text does not (UCUM has no `rn`); only a unit with a slash.
 */
function ocrMisreadUnit(printed: string): string | null {
  return /rn/.test(printed) && printed.includes('/') && printed.length <= 16 ? toUcumUncached(printed.replace(/rn/g, 'm')) : null;
}

/** SI prefixes spelt out, and the units they prefix, as UCUM writes them. */
const PREFIX_WORDS: Record<string, string> = { '': '', kilo: 'k', deci: 'd', centi: 'c', milli: 'm', micro: 'u', nano: 'n', pico: 'p', femto: 'f' };
const UNIT_WORDS: Record<string, string> = {
  gram: 'g', liter: 'L', litre: 'L', mole: 'mol', 'international unit': '[IU]', unit: 'U', equivalent: 'eq', meter: 'm', metre: 'm',
  'cubic millimeter': 'mm3', 'cubic millimetre': 'mm3', 'square meter': 'm2', 'square metre': 'm2', second: 's', minute: 'min', hour: 'h',
};
const SPELLED_UNIT = new RegExp(`^(${Object.keys(PREFIX_WORDS).filter(Boolean).join('|')})?-?(${Object.keys(UNIT_WORDS).join('|')})s?$`);
/** Counts spelt out before `per` (`cells per microliter`: a count per volume, `/uL`; `thousand per microliter`). */
const COUNT_WORDS: Record<string, string> = { '': '', cell: '', cells: '', count: '', thousand: '10*3', thousands: '10*3', million: '10*6', millions: '10*6', billion: '10*9' };

/**
 * A unit spelt out in words, as a database's unit vocabulary names it (OMOP's unit concepts: `milligram per
 * deciliter`, `cells per microliter`, `percent`, `international unit per liter`, `milliliter per minute per 1.73
 * square meter`) → UCUM (`mg/dL`, `/uL`, `%`, `[IU]/L`, `mL/min/{1.73_m2}`); null when a word is not a unit's.
 */
function unitInWords(printed: string): string | null {
  const t = printed.toLowerCase().replace(/\s+/g, ' ').trim();
  // (fixastm) `Percnt`: percent with its vowels dropped, as laboratory systems abbreviate a unit to six letters.
  if (t === 'percent' || t === 'per cent' || t === 'percnt') return '%';
  if (!/^[a-z0-9. -]+$/.test(t) || !/[a-z]{4}/.test(t)) return null;
  const parts = t.split(/ ?\bper\b ?/);
  // A word alone only with its prefix (`femtoliter`, `picogram`): `unit`, `hour`, `meter` are words of any text too.
  if (parts.length < 2 && !(SPELLED_UNIT.exec(t)?.[1])) return null;
  const one = (w: string): string | null => {
    if (w === '1.73 square meter' || w === '1.73 square metre' || w === '1.73 m2') return '{1.73_m2}';
    const m = SPELLED_UNIT.exec(w);
    return m ? `${PREFIX_WORDS[m[1] ?? '']}${UNIT_WORDS[m[2]!]}` : null;
  };
  const head = parts[0]!;
  const top = ownEntry(COUNT_WORDS, head) ?? one(head);
  if (top === null) return null;
  const rest = parts.slice(1).map(one);
  if (rest.some((r) => r === null)) return null;
  return `${top}${rest.map((r) => `/${r}`).join('')}`;
}

/**
 * (labs47fix) Counts abbreviated before a volume, as German and Austrian reports and note apps print a blood count:
 * `c/pl` (cells per picolitre), `Mio/µl` (millions), `Tsd/µl` (thousands), `Mrd/l` (milliards, 10^9).
 */
// (fixr85d) Turkish `bin` (thousand: `bin/µL`, `bin/mm3`) and `milyon` (million), as Turkish hospital systems print a count.
const COUNT_ABBREVIATIONS: Record<string, string> = { c: '', zellen: '', tsd: '10*3', tausend: '10*3', mio: '10*6', mrd: '10*9', bin: '10*3', milyon: '10*6' };
/** A count over a volume, as canonicalUnit writes it (`c/pl`, `Mio/uL`, `cells/nl`, `million/mm3`). */
const COUNT_OVER_VOLUME = /^([a-z]+)\.?\/(mm3|[munp]?l)$/i;
/**
 * (labs47fix review) The volumes a count of each scale is printed over: cells, thousands and millions over a
 * microlitre, a nanolitre, a picolitre or a cubic millimetre (`c/pl`, `Tsd/µl`, `Mio/µl`, `million/mm3`); milliards
 * and billions (10^9) over a litre only (`Mrd/l`, as `Gpt/l`). `Mio/l` or `Tsd/l` is a misprint of the microlitre's
 * more likely than a count per litre (red cells are 10^12/L): read, it would be a million times off, so it is no unit.
 */
const COUNT_VOLUMES: Record<string, RegExp> = { '': /^(?:[unp]l|mm3)$/i, '10*3': /^(?:[unp]l|mm3)$/i, '10*6': /^(?:[unp]l|mm3)$/i, '10*9': /^l$/i };

/**
 * (labs47fix) A count per volume printed with a count's word or abbreviation before the slash (COUNT_WORDS: `cells`,
 * `thousand`, `million`; COUNT_ABBREVIATIONS: `c`, `Tsd`, `Mio`, `Mrd`) over a volume its scale is printed over
 * (COUNT_VOLUMES): the count in UCUM (`c/pl` → `/pL`, `c/nl` → `/nL`, `Mio/µl` → `10*6/uL`), kept per the volume
 * printed (as `/nl` and `/pl` are: SYNONYMS) and checked by UCUM. Null for any other unit.
 */
function countPerVolume(unit: string): string | null {
  const m = COUNT_OVER_VOLUME.exec(unit);
  const word = m?.[1]!.toLowerCase() ?? '';
  const scale = ownEntry(COUNT_WORDS, word) ?? ownEntry(COUNT_ABBREVIATIONS, word);
  if (!m || scale === undefined || !COUNT_VOLUMES[scale]?.test(m[2]!)) return null;
  const volume = m[2]!.toLowerCase() === 'mm3' ? 'uL' : `${m[2]!.slice(0, -1).toLowerCase()}L`;
  return ucumCode(`${scale}/${volume}`);
}

/**
 * A second or a minute (TIME_UNITS) with a full stop (`seg.`, `sec.`, `s.`, `secs.`, `min.`, `second.`); without one
 * (`segs`, `sek`, `minutos`) SYNONYMS has it.
 */
const TIME_ABBREVIATION = new RegExp(`^(${wordAlternation(timeWords(['s', 'min']))})\\.$`, 'i');

/** Printed units already read (the reader asks about every candidate token of every line): capped. */
const UCUM_MEMO = new Map<string, string | null>();

/**
 * (gapfix's find) A bare `10` over a volume (`10/uL`, `10/L`, `10/mm3`), no power's mark: a count's power of ten whose
 * exponent was lost in extraction (`x10³/µL` → `10/uL`), no unit of ten per volume — UCUM would read it and coding would
 * scale the value (`WBC 6.4 10/uL` stored as 0.064 ×10³/µL). No UCUM unit: kept as printed, never converted.
 */
const LOST_EXPONENT = /^10\s*\/\s*(?:[µμu]?l|mm3|cumm|cmm)$/i;

/** (fixr) A text without the bars at its two ends and the spaces next to them (a loop: no regex scans a long run twice). */
function withoutEdgeBars(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '|' || text[start] === '¦')) start++;
  while (end > start && (text[end - 1] === '|' || text[end - 1] === '¦')) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end).trim();
}

/** `toUcum` of a printed unit; `perTime` false reads no time word after its last slash (perTimeWord: one, not a chain). */
function toUcumUncached(printed: string, perTime = true): string | null {
  // (fixr) A table rule's bar left against the unit (`|K/uL|`, `mmol/L|`: OCR of a ruled table) is no part of it.
  const raw = withoutEdgeBars(printed.replace(/\u00a0/g, ' ').trim());
  if (!raw) return null;
  if (LOST_EXPONENT.test(raw)) return null;
  const asPrinted = ownEntry(SYNONYMS, raw.toLowerCase());
  if (asPrinted) return asPrinted;
  // (labs35fix review) A unit of time cut short with a full stop (`seg.`, `sec.`, `s.`, `secs.`, `min.`): the second
  // or minute it abbreviates.
  const time = TIME_ABBREVIATION.exec(raw);
  if (time) return /^m/i.test(time[1]!) ? 'min' : 's';
  const spelled = unitInWords(raw);
  if (spelled) return spelled;
  const unit = canonicalUnit(raw);
  if (!unit) return null;
  const known = ownEntry(SYNONYMS, unit.toLowerCase());
  if (known) return known;
  const count = countPerVolume(unit);
  if (count) return count;
  // Molar with a prefix (`mM`, `µM`, `nM`: millimoles per litre …) and German `mval/l` (milliequivalents per litre):
  // what UCUM writes `mmol/L` and `meq/L`. The case tells a molar from a millimetre (`mm`). (small2) `pM` too
  // (picomoles per litre: `120 pM`, an estradiol's); `PM`, `NM` are no unit (the case again).
  const molar = /^([munp])M$/.exec(unit);
  if (molar) return `${molar[1]}mol/L`;
  const val = /^([mu]?)val\/L$/i.exec(unit);
  if (val) return `${val[1]!.toLowerCase()}eq/L`;
  // (review 18) A blood count's billions or trillions with the litre left off (`x10^9`, `x 10E12`, Australian and British
  // prints' unit column): per litre — no count is per microlitre in those powers. Only with the times sign: a bare `10^9`
  // stays as printed.
  const perLitre = TIMES_POWER_PER_LITRE.exec(unit);
  if (perLitre) return `10*${perLitre[1]}/L`;
  const p = POWER_OF_TEN.exec(unit);
  if (p) {
    const per = p[2]!.toLowerCase();
    return `10*${Number(p[1])}/${per === 'l' ? 'L' : per === 'nl' ? 'nL' : 'uL'}`;
  }
  // (fixabg) Millions per millilitre (`x10^6/mL`, `x 10^6/mL`, `10E6/ml`, `million/mL`): a sperm count's or a semen's
  // round cells, per mL as printed. Only the millions, as a power or the word: a thousand per lower-case `ml` is as
  // often a blood count's microlitre misprinted (result-list.ts COUNT_PER_ML), and so is German `Mio/ml` (labs47fix).
  if (MILLIONS_PER_ML.test(unit)) return '10*6/mL';
  // (fixr83) A volume alone with a small l (`ml`, `dl`, `µl`: a urine volume's): the litre as UCUM's names write it,
  // `mL`, as per-volume units already read (`mg/dl` → `mg/dL`).
  const volume = /^([mdcnuµμ]?)l$/.exec(unit);
  if (volume) return `${volume[1] && 'µμ'.includes(volume[1]) ? 'u' : volume[1]}L`;
  return ucumCode(unit) ?? (perTime ? perTimeWord(unit) : null);
}

/**
 * (cat8) A rate per a time word UCUM does not spell (`ng/mL/hr`, `ug/L/hr`, `ng/mL/hour`: a plasma renin activity, the
 * angiotensin I made per hour): the same rate per UCUM's `h`, `min` or `s`, when the rest is a unit toUcum reads.
 * (cat8 review) The words are every spelling of a second, a minute and an hour (fix2: and a day) in TIME_UNITS (PER_TIME_WORDS: `hora`,
 * `horas`, `Stunde` too — after a rate's slash a word of any text is a unit), in any case (`NG/ML/HR`). One time word
 * only: the rest is read without this rule (a chain of `/hr/hr…` is no unit, and never read in turns).
 */
function perTimeWord(unit: string): string | null {
  const slash = unit.lastIndexOf('/');
  if (slash <= 0) return null;
  const time = ownEntry(PER_TIME_WORDS, unit.slice(slash + 1).toLowerCase());
  const rest = time ? toUcumUncached(unit.slice(0, slash), false) : null;
  return rest ? ucumCode(`${rest}/${time}`) : null;
}
/**
 * A bracketed UCUM atom (`[IU]`, `[Hg]`, `[pH]`, `[CCID_50]`). UCUM's arbitrary units among them (isArbitraryUcum:
 * `[IU]`, `[arb'U]`, `[CCID_50]`) cannot be converted by ucum-lhc, not even to themselves with another prefix; the
 * others are ordinary units (`mm[Hg]` converts to `kPa`: a blood gas's partial pressure printed either way). UCUM
 * decides which, so the pattern takes whatever a bracket holds.
 */
const BRACKETED = /\[[^[\]]+\]/g;
/** The arbitrary atoms of a UCUM unit, in order (`m[IU]/mL` → `[IU]`; `mm[Hg]` → none). */
const arbitraryAtoms = (unit: string): string[] =>
  (unit.match(BRACKETED) ?? []).filter((atom) => remembered(ARBITRARY_MEMO, atom, () => isArbitraryUcum(atom), 1000));
const ARBITRARY_MEMO = new Map<string, boolean>();

/**
 * convertUnit with an international unit read as an enzyme unit (`[IU]/L` and `U/L`, `m[IU]/L` and `mU/L`: one unit as
 * laboratories print them, which UCUM does not convert): whether two printed units measure the same thing.
 */
export function convertCountingIuAsU(value: number, from: string, to: string, opts: { molarMass?: number | null; charge?: number | null } = {}): number | null {
  const asUnits = (unit: string) => unit.replace(/\[IU\]/g, 'U');
  return convertUnit(value, asUnits(from), asUnits(to), opts);
}

/**
 * Whether a stored result's unit is the UCUM the reader writes: a unit it refused is stored as printed (`10/uL`,
 * `10*6/mL` beside a blood count), and a stored value is converted later (comparisons, the latest results, the stored
 * results' migration) only between units so written, as parsing converted only those.
 */
export const writtenAsUcum = (unit: string): boolean => toUcum(unit) === unit;

/** What converting an analyte's result between units may need besides UCUM. */
export interface AnalyteFacts {
  molarMass?: number | null;
  charge?: number | null;
  /**
   * (iustd) The analyte's WHO International Standard (international-units.v1.ts): the grams one international unit is,
   * and its name, as a reader of a converted result is told.
   */
  standard?: { gramsPerIu: number; standard: string };
  /**
   * (cr28) An equation between two standardizations of the analyte (unit-equations.v1.ts: HbA1c's IFCC and NGSP
   * units): `to = slope × from + intercept`, `sides` the units read as either side (`mol/mol` as the IFCC's mmol/mol).
   */
  equation?: { from: string; to: string; slope: number; intercept: number; name: string; sides: Readonly<Record<string, 'from' | 'to'>> };
  /** (review cr29) The least count per microlitre the analyte has, where the catalog counts it per µL (analyteFacts). */
  perMicrolitreFloor?: number;
  /** (review cr29) The widest range a living patient's result takes, in the catalog's unit (possible-values.v1.ts). */
  possible?: { unit: string; min: number; max: number };
  /** The substance a ratio's unit divides by (analyte-units.v1.ts: creatinine's 113.12 g/mol, mg/mmol ↔ mg/g). */
  per?: { substance: string; molarMass: number };
  /** Units that mean another for the analyte (analyte-units.v1.ts: an MCHC's `%` is g/dL), with the reader's note. */
  meanings?: Readonly<Record<string, { unit: string; note: string }>>;
}

/** (review cr29) A unit that is an annotation alone (`{ratio}`, `{index}`, `{score}`): UCUM's one. */
const ANNOTATION_ONLY = /^\{[^{}]*\}$/;
/** (review cr29) A concentration in international units or units per volume (`m[IU]/L`, `mU/mL`, `[IU]/L`, `U/L`). */
const IU_PER_VOLUME = /^[munpk]?(?:\[IU\]|U)\/[munpd]?L$/;

/**
 * (iustd) The concentrations in international units a standard converts, as a mass's (`mU/L` as `mg/L`): milli-units per
 * litre, printed as such or as micro-units per millilitre — the scale prolactin and growth hormone are reported on. Not
 * `mIU/mL` or `IU/L`, a thousand times more: printed for a prolactin (`450 mIU/ml  86-324`) it is a misprint of the
 * usual unit more often than a result of that size (review cr26), and stays out of trends as before.
 */
const IU_CONCENTRATION: ReadonlyMap<string, string> = new Map([['m[IU]/L', 'mg/L'], ['mU/L', 'mg/L'], ['u[IU]/mL', 'ug/mL'], ['uU/mL', 'ug/mL']]);

/**
 * A result's value in `from` expressed in `to` (both UCUM): by the analyte's equation where its two units are two
 * standardizations (HbA1c's mmol/mol and %: never UCUM's ratio), else convertCountingIuAsU, else through the analyte's
 * International Standard; `by` names the equation or standard when one converted (the reader is told). Null when they do
 * not convert, or when the printed unit is no unit of such a result (a blood count per litre below a million, a blood
 * count in millions per millilitre). The one conversion of a result's value: its normalization at parse, the clinic's
 * status, report comparisons, the latest results, stored results normalized later.
 */
export function normalizeValue(value: number, from: string, to: string, facts: AnalyteFacts = {}): { value: number; by?: string } | null {
  const converted = convertForAnalyte(value, from, to, facts);
  // (review cr29) Outside what a living patient's result can be (possible-values.v1.ts): a misprinted unit (a protein's
  // g/L on g/dL values, a free T4's nmol/L meaning pmol/L), no value for trends.
  const p = facts.possible;
  if (converted && p && to === p.unit && (converted.value < p.min || converted.value > p.max)) return null;
  return converted;
}

function convertForAnalyte(value: number, from: string, to: string, facts: AnalyteFacts): { value: number; by?: string } | null {
  // A unit that means another for this analyte (an MCHC's `%`: g/dL), converted as the unit it means; the reader told.
  const meant = facts.meanings?.[from] ?? facts.meanings?.[to];
  if (meant) {
    const converted = convertForAnalyte(value, facts.meanings![from]?.unit ?? from, facts.meanings![to]?.unit ?? to, { ...facts, meanings: undefined });
    return converted && { value: converted.value, by: converted.by ?? meant.note };
  }
  // (cr26) A blood count printed per litre below a million (`Platelets  250  10^3/l`, `x10³/1`: a microlitre's µ lost,
  // no laboratory's unit): read per litre it entered trends a million times low. (cr28) And millions per millilitre
  // beside a blood count (`RBC  4.52  10*6/mL`: the microlitre misprinted, as coding's mend12 keeps it as printed).
  if (isBloodCountUcum(to) && ((countPerLitreExponent(from) ?? 6) < 6 || from === '10*6/mL')) return null;
  // (review cr29) A count printed per microlitre below the least such count of the analyte (`RBC  4.62  /uL`,
  // `WBC  7.2  cells/cumm`: the catalog's scale under a misprinted unit) is none a blood has: not a millionth.
  if (from === '/uL' && facts.perMicrolitreFloor !== undefined && value < facts.perMicrolitreFloor) return null;
  // (review cr29) A unit that is an annotation alone (`{ratio}`, `{index}`) is no quantity UCUM may convert (it counts
  // it as one): an albumin/creatinine `ratio` of 3.0 became 3,000 mg/g, a HOMA-%B of 100 % became 1.
  if (from !== to && (ANNOTATION_ONLY.test(from) || ANNOTATION_ONLY.test(to))) return null;
  const e = facts.equation;
  const a = e?.sides[from];
  const b = e?.sides[to];
  // Across the two standardizations: by the equation, the IFCC side in any spelling UCUM makes mmol/mol (`mol/mol`), no
  // value of none (a page's `0`); to or from any other unit, nothing. On one side (`0.065` as 6.5 %): UCUM, below.
  if (e && from !== to && (a || b) && a !== b) {
    if (!a || !b || value <= 0) return null;
    if (a === 'from') {
      const ifcc = convertUnit(value, from, e.from);
      const ngsp = ifcc === null ? null : convertUnit(e.slope * ifcc + e.intercept, e.to, to);
      return ngsp === null ? null : { value: roundSignificant(ngsp), by: e.name };
    }
    const ngsp = convertUnit(value, from, e.to);
    const ifcc = ngsp === null ? null : convertUnit((ngsp - e.intercept) / e.slope, e.from, to);
    return ifcc === null ? null : { value: roundSignificant(ifcc), by: e.name };
  }
  const direct = convertCountingIuAsU(value, from, to, facts);
  // (review cr29) Between two units of international units (or units), only the same scale: a TSH in `mIU/mL`,
  // `IU/L` (1.86, printed range 0.30-4.5) is the usual mIU/L misprinted, not a thousand times more.
  if (direct !== null && IU_PER_VOLUME.test(from) && IU_PER_VOLUME.test(to) && Math.abs(direct - value) > 1e-9 * Math.abs(value)) return null;
  if (direct !== null) return { value: direct };
  const perSubstance = convertPerSubstance(value, from, to, facts);
  if (perSubstance !== null) return { value: perSubstance, by: `${facts.per!.substance}'s molar mass, ${facts.per!.molarMass} g/mol` };
  const standard = convertByStandard(value, from, to, facts);
  return standard === null ? null : { value: standard, by: facts.standard!.standard };
}

/**
 * A ratio per a substance printed per its amount on one side and per its mass on the other (an albumin/creatinine ratio
 * in mg/mmol and mg/g: `facts.per`, creatinine's 113.12 g/mol, so 3 mg/mmol is 26.5 mg/g): the numerators converted as
 * they are (mg and g; by the analyte's own molar mass, if one is an amount), the denominators through the substance's.
 * Null without `per`, or for units that are not one quantity over another.
 */
function convertPerSubstance(value: number, from: string, to: string, facts: AnalyteFacts): number | null {
  if (!facts.per) return null;
  const a = from.split('/');
  const b = to.split('/');
  if (a.length !== 2 || b.length !== 2 || a.some((p) => !p) || b.some((p) => !p)) return null;
  const numerator = convertUnit(1, a[0]!, b[0]!, facts);
  const denominator = convertUnit(1, a[1]!, b[1]!, { molarMass: facts.per.molarMass });
  return numerator === null || denominator === null || denominator === 0 ? null : roundSignificant((value * numerator) / denominator);
}

/**
 * (iustd) Where the analyte has an International Standard (`standard.gramsPerIu`: prolactin's WHO 84/500, 1 ng/mL = 21.2 mIU/L),
 * a concentration in milli-units per litre (IU_CONCENTRATION) read as the mass of analyte it stands for (`318 mIU/L`
 * of prolactin is 15.0 ng/mL), and the other way round. Null without a standard, or when neither side or both are such
 * a concentration.
 */
function convertByStandard(value: number, from: string, to: string, facts: AnalyteFacts): number | null {
  const gramsPerIu = facts.standard?.gramsPerIu;
  if (!gramsPerIu) return null;
  const fromMass = IU_CONCENTRATION.get(from);
  const toMass = IU_CONCENTRATION.get(to);
  if (fromMass && !toMass) return convertUnit(value * gramsPerIu, fromMass, to, facts);
  if (toMass && !fromMass) {
    const mass = convertUnit(value, from, toMass, facts);
    return mass === null ? null : roundSignificant(mass / gramsPerIu);
  }
  return null;
}

/**
 * `value` in `from` expressed in `to` (both UCUM), with the molar mass for mass ↔ substance (glucose mg/dL ↔
 * mmol/L) and the charge for equivalents (mEq/L ↔ mmol/L). Null when the units do not convert.
 */
export function convertUnit(value: number, from: string, to: string, opts: { molarMass?: number | null; charge?: number | null } = {}): number | null {
  if (from === to) return value;
  let a = from;
  let b = to;
  const arbA = arbitraryAtoms(from);
  const arbB = arbitraryAtoms(to);
  if (arbA.length || arbB.length) {
    // Same arbitrary unit on both sides (m[IU]/mL → [IU]/L): convert the prefixes and the rest with a stand-in unit.
    if (arbA.join() !== arbB.join() || arbA.length !== 1) return null;
    a = from.replace(arbA[0]!, 'cd');
    b = to.replace(arbA[0]!, 'cd');
  }
  const options: { molecularWeight?: number; charge?: number } = {};
  if (opts.molarMass) options.molecularWeight = opts.molarMass;
  if (opts.charge) options.charge = opts.charge;
  const converted = convertUcum(value, a, b, options);
  return converted === null ? null : roundSignificant(converted);
}

/** (fix56) A concentration by mass, amount or equivalents in UCUM (`mg/dL`, `g/L`, `mmol/L`, `umol/L`, `mEq/L`). */
const MASS_OR_AMOUNT_CONCENTRATION = /^[munpf]?(?:g|mol|eq)\/(?:d|m|u)?L$/;

/**
 * (fix56) Whether two UCUM units measure one quantity, so that a value in one could be converted into the other: UCUM
 * converts them (convertCountingIuAsU: one dimension, `g/dL` and `g/L`, `umol/L` and `mmol/L`, `[IU]/L` and `U/L`),
 * or both are concentrations by mass or amount (`mg/dL` and `mmol/L`: through the analyte's molar mass, whichever it
 * is). `g/dL` and `%` are not (a misprint of one for the other).
 */
export function unitsConvertible(a: string, b: string): boolean {
  if (a === b || convertCountingIuAsU(1, a, b) !== null) return true;
  return MASS_OR_AMOUNT_CONCENTRATION.test(a) && MASS_OR_AMOUNT_CONCENTRATION.test(b);
}

/** Removes floating-point noise from a converted value (99.08579999999999 → 99.0858). */
export function roundSignificant(n: number, digits = 6): number {
  if (n === 0) return 0;
  return Number(n.toPrecision(digits));
}

/**
 * `G/L`, `G/l`, `Giga/l`, `T/L`: giga or tera per litre, as French and Swiss reports print cell counts (any case: a
 * count is never in grams or tonnes), in UCUM; null for any other unit. (toUcum reads `G/l` as grams: only where the
 * row is a count is it this.)
 */
export function perLitreUcum(unit: string): '10*9/L' | '10*12/L' | null {
  const m = /^(g|giga|t|tera)\s*\/\s*l$/i.exec(unit.trim());
  return m ? (m[1]![0]!.toLowerCase() === 'g' ? '10*9/L' : '10*12/L') : null;
}

/** (review 35) A cell count's unit as printed: a count per volume in UCUM (`10^9/L`, `/uL`) or giga or tera per litre (`G/l`). */
export function isCellCountUnit(unit: string): boolean {
  return isCountUcum(toUcum(unit)) || perLitreUcum(unit) !== null;
}
