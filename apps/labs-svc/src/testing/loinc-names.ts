/*
 * An independent measure of the catalog's name coverage: LOINC's own names (LONG_COMMON_NAME, SHORTNAME) of common
 * laboratory results (data/loinc-top2000-names.txt: its header says where they come from, under the LOINC licence),
 * and the short forms labs print of each, read by `BiomarkerCatalog.matchName`. Not built on our report files.
 *
 * A code the catalog carries (or one the fixture says is the same analyte in another unit or by another method) is a
 * positive: each of its names should read as that analyte (right), not as another (WRONG, the worst outcome: a real
 * result coded as something else), nor as nothing (none: an unknown row). Any other code is a negative: its names
 * should read as none of the catalog's analytes (a name that does is WRONG). A third of the names, drawn by a fixed
 * hash, is held out: never looked at while choosing aliases, its coverage is the honest figure.
 */
import { readFileSync } from 'node:fs';
import type { BiomarkerCatalog, CatalogEntry } from '../lab-reports/parsing/catalog.js';

/** One code of the fixture: LOINC's names and our judgement of what analyte it is. */
export interface LoincNamesRow {
  code: string;
  loincClass: string;
  longName: string;
  shortName: string;
  /** The catalog's LOINC code of the same analyte (another unit or method); `~` not scored; '' the code itself or another test. */
  sameAs: string;
}

/** The fixture's rows (comment lines `#` skipped). */
export function loadLoincNames(): LoincNamesRow[] {
  const text = readFileSync(new URL('./data/loinc-top2000-names.txt', import.meta.url), 'utf8');
  return text.split('\n').filter((l) => l.trim() && !l.startsWith('#')).map((l) => {
    const [code, loincClass, longName, shortName, sameAs] = l.split('\t');
    return { code: code!, loincClass: loincClass!, longName: longName!, shortName: shortName!, sameAs: (sameAs ?? '').trim() };
  });
}

/** The systems (specimens) of blood a LOINC short name writes, which a printed name leaves out. */
const BLOOD_SYSTEMS = new Set(['SerPl', 'Ser', 'Plas', 'Bld', 'BldA', 'BldV', 'BldC', 'PPP', 'RBC', 'SerPlBld']);
/** Other systems, which a printed name keeps (`Creat Ur`: the urine's creatinine). */
const OTHER_SYSTEMS: Record<string, string> = { Ur: 'Urine', UrnS: 'Urine', Fld: 'Fluid', CSF: 'CSF', Stl: 'Stool', Urth: 'Urethra', Cervix: 'Cervix' };
/** Property, method and scale words of a short name, never part of what is measured. */
const SHORT_NAME_QUALIFIERS = new Set(['NFr', 'VFr', 'MFr', 'SFr', 'CFr', '#', '#/area', '%', 'Qn', 'Ql', 'Auto', 'Manual', 'Strip', 'Smear',
  'Micro', 'HPF', 'LPF', 'Calc', 'Elph', 'HS', 'Imped', 'Scn', 'EIA', 'IF', 'IB', 'RIA', 'HPLC', 'Westrgrn', 'Time', 'Titr', 'Cult', 'PCR']);

/**
 * The name a lab prints for a LOINC short name (`Creat SerPl-mCnc`: `Creat`): the words before its system and
 * property, a count's `#` kept (`WBC # Bld`: `WBC #`), a specimen other than blood kept as a word (`Creat Ur-sCnc`:
 * `Creat Urine`), a ratio's property as `ratio` (`CK MB SerPl-Rto`: `CK MB ratio`), a fraction's as `%` (`CK MB CFr
 * SerPl`: `CK MB %`), a high-sensitivity method before it (`CRP SerPl HS-mCnc`: `hs CRP`). The first word is always
 * the analyte (`RBC # Bld Auto`: RBC is no system there). A finding read on a smear (`Platelet Bld Ql Smear`, the
 * platelets' adequacy) has no printed form: its name alone would be the cell's count (empty).
 */
export function printedShortName(short: string): string {
  const tokens = short.trim().split(/\s+/);
  if (tokens.includes('Smear')) return '';
  const words: string[] = [];
  let stopped = false;
  let specimen: string | undefined;
  let count = false;
  let ratio = false;
  let fraction = false;
  let sensitive = false;
  for (const [i, token] of tokens.entries()) {
    const [head, ...rest] = token.split('-');
    const system = i > 0 && (BLOOD_SYSTEMS.has(head!) || head! in OTHER_SYSTEMS);
    if (token === 'CFr') fraction = true;
    if (head === 'HS') sensitive = true;
    if (system && !specimen && head! in OTHER_SYSTEMS) specimen = OTHER_SYSTEMS[head!];
    if (system && /Rto$/.test(rest.join('-'))) ratio = true;
    if (token === '#') count = true;
    if (system || SHORT_NAME_QUALIFIERS.has(token) || /^DL<=/.test(token)) stopped = true;
    if (!stopped) words.push(token);
  }
  let name = words.join(' ');
  if (count && !/#$/.test(name)) name += ' #';
  if (ratio && !name.includes('/')) name += ' ratio';
  if (fraction) name += ' %';
  if (specimen) name += ` ${specimen}`;
  return sensitive ? `hs ${name}` : name;
}

/**
 * The name a lab prints for a LOINC long common name (`Creatinine [Mass/volume] in Serum or Plasma`: `Creatinine`):
 * without the property in brackets (a count's `[#/volume]` kept as `#`), the method after `by`, and a specimen of
 * blood; another specimen kept (`Creatinine in Urine`); `/100 leukocytes` as `%`; LOINC's dots between words as
 * spaces (`Bilirubin.total`: `Bilirubin total`). A partial pressure stays one (`Oxygen [Partial pressure] in Blood`:
 * `Oxygen partial pressure`), and a high-sensitivity method goes before the name (`… by High sensitivity method`).
 */
export function printedLongName(long: string): string {
  const sensitive = /\sby\s+high sensitivity method$/i.test(long);
  const name = long
    .replace(/\s*\[#\/volume\]/g, ' #').replace(/\s*\[Partial pressure\]/gi, ' partial pressure').replace(/\s*\[[^\]]*\]/g, '')
    .replace(/\s+by\s+.*$/i, '')
    .replace(/\s+(?:in|of)\s+(?:Serum or Plasma|Serum|Plasma|Blood|Arterial blood|Platelet poor plasma)$/i, '')
    .replace(/\/100 (?:leukocytes|erythrocytes)\b/g, ' %')
    .replace(/(?<=[A-Za-z])\.(?=[A-Za-z])/g, ' ')
    .replace(/\s+/g, ' ').trim();
  return sensitive ? `High sensitivity ${name}` : name;
}

/** One name of one code, as scored. */
export interface ScoredName {
  code: string;
  name: string;
  /** `long`, `short` (LOINC's own), `long printed`, `short printed` (the forms above). */
  kind: string;
  /** The catalog key it should read as; null for a negative. */
  expected: string | null;
  /** The catalog key `matchName` read. */
  actual: string | null;
  heldOut: boolean;
}

/** FNV-1a of a text: the fixed hash that draws the held-out third. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
const HOLD_OUT_SEED = 'loincnames-2026';

/** Whether a name of a code is in the held-out third. */
export function isHeldOut(code: string, name: string): boolean {
  return fnv1a(`${HOLD_OUT_SEED}|${code}|${name.toLowerCase()}`) % 3 === 0;
}

/** Every name of the fixture, read by the catalog (each distinct name of a code once). */
export function scoreLoincNames(catalog: BiomarkerCatalog, rows: readonly LoincNamesRow[]): ScoredName[] {
  const out: ScoredName[] = [];
  for (const row of rows) {
    if (row.sameAs === '~') continue;
    const own: CatalogEntry | undefined = catalog.resolve(row.sameAs.replace(/^=/, '') || row.code);
    const expected = own?.key ?? null;
    const seen = new Set<string>();
    for (const [kind, name] of [['long', row.longName], ['short', row.shortName], ['long printed', printedLongName(row.longName)],
      ['short printed', printedShortName(row.shortName)]] as const) {
      if (!name || seen.has(name.toLowerCase())) continue;
      seen.add(name.toLowerCase());
      out.push({ code: row.code, name, kind, expected, actual: catalog.matchName(name)?.key ?? null, heldOut: isHeldOut(row.code, name) });
    }
  }
  return out;
}

/**
 * Catalog analytes the coder tells apart by the printed value or unit, not by the name (coding.ts: a differential's
 * count or percentage by its unit, a urine strip pad's presence or concentration by its answer): a name read as the
 * other of its pair is read right.
 */
const TOLD_APART_BY_VALUE: readonly (readonly [string, string])[] = [
  ...['neutrophils', 'lymphocytes', 'monocytes', 'eosinophils', 'basophils', 'immature-granulocytes', 'band-form-neutrophils']
    .map((c) => [c, `${c}-absolute`] as const),
  ['ketones-in-urine', 'ketones-urine-mass'], ['glucose-in-urine', 'glucose-urine-mass'], ['proteins-in-urine', 'protein-urine-presence'],
  ['bilirubin-in-urine', 'bilirubin-urine-mass'],
];

/** Whether a name read as `actual` is read right for `expected`. */
export function readRight(expected: string, actual: string | null): boolean {
  return actual === expected || TOLD_APART_BY_VALUE.some(([a, b]) => (a === expected && b === actual) || (b === expected && a === actual));
}

/** Counts of a set of scored names. */
export interface NameTotals {
  /** Names of the catalog's analytes: read right, read as another analyte, read as none. */
  positives: number;
  right: number;
  wrong: number;
  none: number;
  /** Names of other tests: read as none (right), read as one of the catalog's analytes (wrong). */
  negatives: number;
  negativesWrong: number;
}

/** The counts of `names`. */
export function totalsOf(names: readonly ScoredName[]): NameTotals {
  const t: NameTotals = { positives: 0, right: 0, wrong: 0, none: 0, negatives: 0, negativesWrong: 0 };
  for (const n of names) {
    if (n.expected) {
      t.positives++;
      if (readRight(n.expected, n.actual)) t.right++;
      else if (n.actual) t.wrong++;
      else t.none++;
    } else {
      t.negatives++;
      if (n.actual) t.negativesWrong++;
    }
  }
  return t;
}

/** `right/positives (x%)`-style line of counts. */
export function formatTotals(label: string, t: NameTotals): string {
  const pct = t.positives ? ((100 * t.right) / t.positives).toFixed(1) : '-';
  return `${label.padEnd(22)} positives ${String(t.positives).padStart(4)}: right ${String(t.right).padStart(4)} (${pct}%), WRONG ${String(t.wrong).padStart(3)}, none ${String(t.none).padStart(4)}; negatives ${String(t.negatives).padStart(4)}: WRONG ${t.negativesWrong}`;
}
