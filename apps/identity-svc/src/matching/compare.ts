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
  suffix: ['exact', 'conflict'],
  birthDate: ['exact', 'swap', 'transposed', 'typo', 'disagree'],
  sex: ['exact', 'disagree'],
  email: ['exact', 'local', 'disagree'],
  phone: ['exact', 'typo', 'disagree'],
  postalCode: ['exact', 'prefix', 'disagree'],
  city: ['exact', 'jw92', 'disagree'],
  addressLine: ['exact', 'jw90', 'disagree'],
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
  if (x === y || x.replace(/ /g, '') === y.replace(/ /g, '')) return 'exact';
  const tx = x.split(' ');
  const ty = new Set(y.split(' '));
  if ((tx.length > 1 || ty.size > 1) && tx.some((t) => t.length > 1 && ty.has(t))) return 'token';
  const jw = jaroWinkler(x, y);
  if (jw >= 0.92) return 'jw92';
  const px = a.familyPhonetic ?? [];
  const py = b.familyPhonetic ?? [];
  if (px.some((c) => py.includes(c))) return 'phonetic';
  if (jw >= 0.85) return 'jw85';
  return 'disagree';
}

function compareSuffix(a: NormalizedPerson, b: NormalizedPerson): string {
  if (!a.suffix || !b.suffix) return MISSING;
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

function compareBirthDate(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.birthDate;
  const y = b.birthDate;
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  if (x.slice(0, 4) === y.slice(0, 4) && x.slice(5, 7) === y.slice(8, 10) && x.slice(8, 10) === y.slice(5, 7)) return 'swap';
  const dx = x.replace(/-/g, '');
  const dy = y.replace(/-/g, '');
  if (isAdjacentTransposition(dx, dy)) return 'transposed';
  if (differingPositions(dx, dy) === 1) return 'typo';
  return 'disagree';
}

function compareExact(x: string | undefined, y: string | undefined): string {
  if (!x || !y) return MISSING;
  return x === y ? 'exact' : 'disagree';
}

function compareEmail(a: NormalizedPerson, b: NormalizedPerson): string {
  const x = a.email;
  const y = b.email;
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  return x.slice(0, x.lastIndexOf('@')) === y.slice(0, y.lastIndexOf('@')) ? 'local' : 'disagree';
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

function compareSimilar(x: string | undefined, y: string | undefined, band: number, level: string): string {
  if (!x || !y) return MISSING;
  if (x === y) return 'exact';
  return jaroWinkler(x, y) >= band ? level : 'disagree';
}

export function compare(a: NormalizedPerson, b: NormalizedPerson): Comparison {
  return {
    givenName: compareGiven(a, b),
    middleName: compareMiddle(a, b),
    familyName: compareFamily(a, b),
    suffix: compareSuffix(a, b),
    birthDate: compareBirthDate(a, b),
    sex: compareExact(a.sex, b.sex),
    email: compareEmail(a, b),
    phone: comparePhone(a, b),
    postalCode: comparePostal(a, b),
    city: compareSimilar(a.city, b.city, 0.92, 'jw92'),
    addressLine: compareSimilar(a.addressLine, b.addressLine, 0.9, 'jw90'),
  };
}
