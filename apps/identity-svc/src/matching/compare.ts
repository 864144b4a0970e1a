/**
 * Per-field comparison levels of two normalized records (Fellegi–Sunter). Each field answers exactly one level; the
 * first level in `LEVELS[field]` whose test holds wins. `missing` (either side absent) carries no evidence.
 */
import { nicknames } from './nicknames.js';
import type { NormalizedPerson } from './normalize.js';
import { jaroWinkler } from './text.js';

export const MISSING = 'missing';

/** Every field and its levels, strongest first; `disagree` is the catch-all. The model has m and u for each. */
export const LEVELS = {
  givenName: ['exact', 'nickname', 'jw92', 'jw85', 'initial', 'disagree'],
  middleName: ['exact', 'initial', 'disagree'],
  familyName: ['exact', 'token', 'jw92', 'phonetic', 'jw85', 'disagree'],
  /** partial: only one side names a generational suffix (a Sr written without it, or his Jr). */
  suffix: ['exact', 'partial', 'conflict'],
  /** typo: one digit off, or one day apart (1973-09-10 / 1973-09-09). */
  birthDate: ['exact', 'swap', 'transposed', 'typo', 'disagree'],
  sex: ['exact', 'disagree'],
  email: ['exact', 'disagree'],
  phone: ['exact', 'typo', 'disagree'],
  /**
   * Street line, postal code and city as one field: they say the same thing (where the person lives), and counted
   * as three fields a shared home would weigh three times. exact: same street line and postal code; line: same or
   * nearly the same street line; postal: same postal code only; area: same city or postal prefix only.
   */
  address: ['exact', 'line', 'postal', 'area', 'disagree'],
} as const satisfies Record<string, readonly string[]>;

export type Field = keyof typeof LEVELS;
export const FIELDS = Object.keys(LEVELS) as Field[];
export type Comparison = Record<Field, string>;

function compareGiven(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.givenFirst;
  const y = b.givenFirst;
  if (!x || !y) return MISSING;
  if (x === y || a.given === b.given) return 'exact';
  if (nicknames().areRelated(x, y)) return 'nickname';
  if (x.length === 1 || y.length === 1) return x[0] === y[0] ? 'initial' : 'disagree';
  const jw = jaroWinkler(x, y);
  if (jw >= 0.92) return 'jw92';
  if (jw >= 0.85) return 'jw85';
  return 'disagree';
}

function compareMiddle(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.middle;
  const y = b.middle;
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  if ((x.length === 1 || y.length === 1) && x[0] === y[0]) return 'initial';
  return 'disagree';
}

function compareFamily(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.family;
  const y = b.family;
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  if (x.includes(' ') || y.includes(' ')) {
    if (x.replace(/ /g, '') === y.replace(/ /g, '')) return 'exact';
    const ty = new Set(y.split(' '));
    if (x.split(' ').some((t) => t.length > 1 && ty.has(t))) return 'token';
  }
  const jw = jaroWinkler(x, y);
  if (jw >= 0.92) return 'jw92';
  const px = a.familyPhonetic ?? [];
  const py = b.familyPhonetic ?? [];
  if (px.some((c) => py.includes(c))) return 'phonetic';
  if (jw >= 0.85) return 'jw85';
  return 'disagree';
}

function compareSuffix(a: NormalizedPerson, b: NormalizedPerson): string {
  if (!a.suffix && !b.suffix) return MISSING;
  if (!a.suffix || !b.suffix) return a.family && b.family ? 'partial' : MISSING;
  return a.suffix === b.suffix ? 'exact' : 'conflict';
}

/** Two strings of the same length that differ only by one adjacent pair swapped. */
function isAdjacentTransposition(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  if (i >= x.length - 1) return false;
  return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2) === y.slice(i + 2);
}

function differingPositions(x: string, y: string): number {
  if (x.length !== y.length) return Infinity;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}

const dayNumber = (d: string): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000;

/** Whole days between two YYYY-MM-DD dates (a date entered a day off, or shifted by a time zone: 1973-09-10 / 09-09). */
function daysApart(x: string, y: string): number {
  return Math.abs(dayNumber(x) - dayNumber(y));
}

function compareBirthDate(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.birthDate;
  const y = b.birthDate;
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  // YYYY-MM-DD on both sides: compare characters in place, no allocation on the common (disagreeing) path.
  const sameYear = x.charCodeAt(0) === y.charCodeAt(0) && x.charCodeAt(1) === y.charCodeAt(1) && x.charCodeAt(2) === y.charCodeAt(2) && x.charCodeAt(3) === y.charCodeAt(3);
  if (sameYear && x.charCodeAt(5) === y.charCodeAt(8) && x.charCodeAt(6) === y.charCodeAt(9) && x.charCodeAt(8) === y.charCodeAt(5) && x.charCodeAt(9) === y.charCodeAt(6)) return 'swap';
  const differing = differingPositions(x, y);
  if (differing === 1 || (x.charCodeAt(2) === y.charCodeAt(2) && daysApart(x, y) === 1)) return 'typo';
  if (differing === 2 && isAdjacentTransposition(x.replace(/-/g, ''), y.replace(/-/g, ''))) return 'transposed';
  return 'disagree';
}

function compareExact(x: string | undefined, y: string | undefined): string {
  if (!x || !y) return MISSING;
  return x === y ? 'exact' : 'disagree';
}

function comparePhone(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.phone;
  const y = b.phone;
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  return differingPositions(x, y) === 1 || isAdjacentTransposition(x, y) ? 'typo' : 'disagree';
}

function comparePostal(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.postalCode;
  const y = b.postalCode;
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  return x.slice(0, 3) === y.slice(0, 3) ? 'prefix' : 'disagree';
}

const HOUSE_NUMBER = /^\d+\w*/;

/** Street lines: two different house numbers are two addresses, however alike the rest. */
function compareStreet(x: string | undefined, y: string | undefined): string {
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  const nx = HOUSE_NUMBER.exec(x)?.[0];
  const ny = HOUSE_NUMBER.exec(y)?.[0];
  if (nx && ny && nx !== ny) return 'disagree';
  return jaroWinkler(x, y) >= 0.9 ? 'jw90' : 'disagree';
}

function compareAddress(a: NormalizedPerson, b: NormalizedPerson): string {
  const street = compareStreet(a.addressLine, b.addressLine);
  const postal = comparePostal(a, b);
  if (street === 'exact' && (postal === 'exact' || postal === MISSING)) return 'exact';
  if (street === 'exact' || street === 'jw90') return 'line';
  if (postal === 'exact') return 'postal';
  const city = compareExact(a.city, b.city);
  if (postal === 'prefix' || city === 'exact') return 'area';
  if (street === MISSING && postal === MISSING && city === MISSING) return MISSING;
  return 'disagree';
}

export function compare(a: NormalizedPerson, b: NormalizedPerson): Comparison {
  return {
    givenName: compareGiven(a, b),
    middleName: compareMiddle(a, b),
    familyName: compareFamily(a, b),
    suffix: compareSuffix(a, b),
    birthDate: compareBirthDate(a, b),
    sex: compareExact(a.sex, b.sex),
    email: compareExact(a.email, b.email),
    phone: comparePhone(a, b),
    address: compareAddress(a, b),
  };
}
