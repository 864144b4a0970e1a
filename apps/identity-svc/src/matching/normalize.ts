/**
 * One source record's demographics → the normalized form the matcher compares and the blocking keys the index
 * stores. Pure: no clock, no I/O beyond the vendored nickname list.
 */
import { doubleMetaphone } from 'double-metaphone';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { nicknames } from './nicknames.js';
import { foldText } from './text.js';

export interface PersonInput {
  source: string;
  givenName?: string;
  middleName?: string;
  familyName?: string;
  prefix?: string;
  suffix?: string;
  /** YYYY-MM-DD */
  birthDate?: string;
  sexAtBirth?: string;
  email?: string;
  phone?: string;
  /** ISO 3166 alpha-2: the default country for a phone written without its country code. */
  country?: string;
  addressLine?: string;
  city?: string;
  postalCode?: string;
}

/** JSON-serializable (id-ops stores it as jsonb); absent values are left out. */
export interface NormalizedPerson {
  source: string;
  /** Folded given name(s), prefix removed; `givenFirst` is its first word. */
  given?: string;
  givenFirst?: string;
  middle?: string;
  family?: string;
  /** Double-metaphone codes of the family name (primary, and secondary when it differs). */
  familyPhonetic?: string[];
  prefix?: string;
  /** Generational suffix: jr, sr, ii, iii, iv, v. */
  suffix?: string;
  /** Other suffixes (md, phd …): kept, never compared. */
  credentials?: string[];
  birthDate?: string;
  sex?: string;
  /** Folded e-mail (provider aliases resolved) and the address as given. */
  email?: string;
  emailRaw?: string;
  /** E.164 and the number as given. */
  phone?: string;
  phoneRaw?: string;
  addressLine?: string;
  city?: string;
  postalCode?: string;
  blockingKeys: string[];
  flags: string[];
  [k: string]: unknown;
}

/** The country a source's phone numbers are in when they carry no country code. */
export const DEFAULT_PHONE_COUNTRY: Record<string, CountryCode> = {
  'patient-graph': 'US',
  clerk: 'US',
  rimo: 'US',
  bigcommerce: 'US',
  stripe: 'US',
};

const PREFIXES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'rev', 'sir', 'dame', 'fr', 'sr sister']);
const GENERATIONAL: Record<string, string> = {
  jr: 'jr', junior: 'jr', sr: 'sr', senior: 'sr', ii: 'ii', '2nd': 'ii', iii: 'iii', '3rd': 'iii', iv: 'iv', '4th': 'iv', v: 'v', '5th': 'v',
};
const CREDENTIALS = new Set(['md', 'phd', 'dds', 'dmd', 'rn', 'np', 'pa', 'esq', 'cpa', 'mba', 'jd', 'dvm', 'pharmd']);

/** Placeholder values: treated as absent, so they neither block nor count as agreement. */
const PLACEHOLDER_NAMES = new Set([
  'unknown', 'unk', 'test', 'testing', 'none', 'na', 'n a', 'null', 'nil', 'patient', 'baby', 'baby boy', 'baby girl',
  'babyboy', 'babygirl', 'fnu', 'lnu', 'xxx', 'x', 'anonymous', 'no name', 'noname', 'tbd',
]);
const PLACEHOLDER_DATES = new Set(['1900-01-01', '1901-01-01', '1800-01-01', '0001-01-01', '1000-01-01', '9999-12-31', '2999-12-31']);
const PLACEHOLDER_EMAIL_LOCAL = new Set([
  'test', 'none', 'noemail', 'no-email', 'no_email', 'noreply', 'no-reply', 'unknown', 'na', 'null', 'nobody', 'nomail',
  'no', 'email', 'fake', 'dummy', 'declined', 'refused',
]);
const PLACEHOLDER_EMAIL_DOMAINS = new Set([
  'example.com', 'example.org', 'example.net', 'test.com', 'test.test', 'none.com', 'noemail.com', 'nomail.com',
  'invalid', 'localhost', 'fake.com', 'unknown.com',
]);
const PLACEHOLDER_PHONE_DIGITS = new Set(['1234567890', '0123456789', '9876543210', '1234567', '5555555555', '8005551212']);

/** Domains of one mailbox, folded to one name. */
const DOMAIN_ALIASES: Record<string, string> = {
  'googlemail.com': 'gmail.com',
  'me.com': 'icloud.com',
  'mac.com': 'icloud.com',
  'protonmail.com': 'proton.me',
  'protonmail.ch': 'proton.me',
  'pm.me': 'proton.me',
};
/** Providers that deliver `local+tag@` to `local@`. */
const PLUS_TAG_DOMAINS = new Set([
  'gmail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'icloud.com', 'proton.me', 'fastmail.com',
  'fastmail.fm', 'zoho.com', 'yandex.com', 'yandex.ru', 'hey.com',
]);
/** Providers that ignore dots in the local part. */
const DOTLESS_DOMAINS = new Set(['gmail.com']);

/** USPS street suffix and unit abbreviations (Publication 28, the common ones). */
const ADDRESS_WORDS: Record<string, string> = {
  street: 'st', avenue: 'ave', av: 'ave', road: 'rd', drive: 'dr', lane: 'ln', boulevard: 'blvd', court: 'ct',
  place: 'pl', terrace: 'ter', circle: 'cir', highway: 'hwy', parkway: 'pkwy', square: 'sq', trail: 'trl',
  apartment: 'apt', suite: 'ste', unit: 'unit', building: 'bldg', floor: 'fl', north: 'n', south: 's', east: 'e',
  west: 'w', northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw', mount: 'mt', saint: 'st',
};

export function normalizePerson(p: PersonInput): NormalizedPerson {
  const flags: string[] = [];
  const out: NormalizedPerson = { source: p.source, blockingKeys: [], flags };

  const names = splitNames(p, flags);
  Object.assign(out, names);
  if (out.family) {
    const codes = doubleMetaphone(out.family.replace(/ /g, '')).filter(Boolean);
    out.familyPhonetic = [...new Set(codes)];
  }

  const birth = normalizeBirthDate(p.birthDate);
  if (birth.flag) flags.push(birth.flag);
  if (birth.value) out.birthDate = birth.value;

  const sex = normalizeSex(p.sexAtBirth);
  if (sex) out.sex = sex;

  if (p.email?.trim()) {
    const email = normalizeEmail(p.email);
    out.emailRaw = p.email.trim();
    if (email.flag) flags.push(email.flag);
    if (email.value) out.email = email.value;
  }

  if (p.phone?.trim()) {
    const country = (p.country?.toUpperCase() as CountryCode | undefined) ?? DEFAULT_PHONE_COUNTRY[p.source] ?? 'US';
    const phone = normalizePhone(p.phone, country);
    out.phoneRaw = p.phone.trim();
    if (phone.flag) flags.push(phone.flag);
    if (phone.value) out.phone = phone.value;
  }

  const address = normalizeAddressLine(p.addressLine);
  if (address) out.addressLine = address;
  const city = foldText(p.city);
  if (city) out.city = city;
  const postal = normalizePostalCode(p.postalCode);
  if (postal) out.postalCode = postal;

  out.blockingKeys = blockingKeysOf(out);
  return withFixedShape(out);
}

/**
 * The same record as an object whose fields are always in one order (absent ones undefined, which JSON leaves out).
 * The comparisons read these fields millions of times; objects of one shape keep those reads fast. Use it too on a
 * normalized record read back from storage (jsonb) before scoring many pairs.
 */
export function withFixedShape(n: NormalizedPerson): NormalizedPerson {
  return {
    source: n.source,
    given: n.given,
    givenFirst: n.givenFirst,
    middle: n.middle,
    family: n.family,
    familyPhonetic: n.familyPhonetic,
    prefix: n.prefix,
    suffix: n.suffix,
    credentials: n.credentials,
    birthDate: n.birthDate,
    sex: n.sex,
    email: n.email,
    emailRaw: n.emailRaw,
    phone: n.phone,
    phoneRaw: n.phoneRaw,
    addressLine: n.addressLine,
    city: n.city,
    postalCode: n.postalCode,
    blockingKeys: n.blockingKeys,
    flags: n.flags,
  };
}

function splitNames(p: PersonInput, flags: string[]): Partial<NormalizedPerson> {
  const out: Partial<NormalizedPerson> = {};
  const credentials: string[] = [];
  let suffix = '';
  // In a name field a lone "v" is more likely an initial than "the fifth": only the suffix field may say it.
  const takeSuffix = (token: string, inName = true): boolean => {
    if (GENERATIONAL[token] && !(inName && token === 'v')) {
      suffix ||= GENERATIONAL[token]!;
      return true;
    }
    if (CREDENTIALS.has(token)) {
      credentials.push(token);
      return true;
    }
    return false;
  };
  for (const t of foldText(p.suffix).split(' ').filter(Boolean)) takeSuffix(t, false);
  const prefixGiven = foldText(p.prefix);
  if (prefixGiven) out.prefix = prefixGiven;

  let given = foldText(p.givenName).split(' ').filter(Boolean);
  while (given.length > 1 && PREFIXES.has(given[0]!)) out.prefix ??= given.shift();
  while (given.length > 1 && takeSuffix(given[given.length - 1]!)) given.pop();
  let family = foldText(p.familyName).split(' ').filter(Boolean);
  while (family.length > 1 && takeSuffix(family[family.length - 1]!)) family.pop();

  let givenText = given.join(' ');
  let familyText = family.join(' ');
  if ((givenText === 'john' || givenText === 'jane') && familyText === 'doe') {
    given = [];
    family = [];
    givenText = familyText = '';
    flags.push('name-placeholder');
  }
  if (PLACEHOLDER_NAMES.has(givenText)) {
    givenText = '';
    flags.push('name-placeholder');
  }
  if (PLACEHOLDER_NAMES.has(familyText)) {
    familyText = '';
    flags.push('name-placeholder');
  }
  if (givenText) {
    out.given = givenText;
    out.givenFirst = givenText.split(' ')[0]!;
  }
  const middle = foldText(p.middleName);
  if (middle && !PLACEHOLDER_NAMES.has(middle)) out.middle = middle;
  if (familyText) out.family = familyText;
  if (suffix) out.suffix = suffix;
  if (credentials.length) out.credentials = credentials;
  return out;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1]!;
}

export function normalizeBirthDate(value: string | undefined): { value?: string; flag?: string } {
  const raw = value?.trim();
  if (!raw) return {};
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return { flag: 'birthdate-invalid' };
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (PLACEHOLDER_DATES.has(date)) return { flag: 'birthdate-placeholder' };
  return { value: date };
}

export function normalizeSex(value: string | undefined): string | undefined {
  const v = foldText(value);
  if (!v) return undefined;
  if (['f', 'female', 'woman', 'w'].includes(v)) return 'female';
  if (['m', 'male', 'man'].includes(v)) return 'male';
  if (['u', 'unknown', 'unk', 'not specified', 'declined', 'asked but unknown'].includes(v)) return undefined;
  return v;
}

/**
 * Lower case, then the provider's alias rules: googlemail → gmail, me/mac → icloud, dots ignored at gmail, `+tag`
 * dropped where the provider delivers it to the plain address. Other domains keep their local part as written (a
 * `+` may be part of a real mailbox there).
 */
export function normalizeEmail(value: string): { value?: string; flag?: string } {
  const email = value.trim().toLowerCase();
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1 || /\s/.test(email)) return { flag: 'email-invalid' };
  let local = email.slice(0, at);
  let domain = email.slice(at + 1).replace(/\.$/, '');
  domain = DOMAIN_ALIASES[domain] ?? domain;
  if (PLUS_TAG_DOMAINS.has(domain)) local = local.split('+')[0]!;
  if (DOTLESS_DOMAINS.has(domain)) local = local.replace(/\./g, '');
  if (!local) return { flag: 'email-invalid' };
  if (PLACEHOLDER_EMAIL_LOCAL.has(local) || PLACEHOLDER_EMAIL_DOMAINS.has(domain) || domain.endsWith('.example') || domain.endsWith('.invalid')) {
    return { flag: 'email-placeholder' };
  }
  return { value: `${local}@${domain}` };
}

/**
 * E.164 through libphonenumber-js (full metadata), the source's country as default. A number that is possible but
 * not valid (an unassigned area code) is kept and flagged `phone-not-valid`; one that is not even possible is
 * dropped (`phone-invalid`); placeholders (all one digit, 123-456-7890 …) are dropped (`phone-placeholder`).
 */
export function normalizePhone(value: string, country: CountryCode): { value?: string; flag?: string } {
  const digits = value.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (!digits || /^(\d)\1+$/.test(national) || PLACEHOLDER_PHONE_DIGITS.has(national)) return { flag: 'phone-placeholder' };
  let parsed;
  try {
    parsed = parsePhoneNumberFromString(value, { defaultCountry: country, extract: false });
  } catch {
    parsed = undefined;
  }
  if (!parsed || !parsed.isPossible()) return { flag: 'phone-invalid' };
  const e164 = parsed.number;
  return parsed.isValid() ? { value: e164 } : { value: e164, flag: 'phone-not-valid' };
}

export function normalizeAddressLine(value: string | undefined): string | undefined {
  const folded = foldText(value?.replace(/#/g, ' apt '));
  if (!folded) return undefined;
  return folded
    .split(' ')
    .map((w) => ADDRESS_WORDS[w] ?? w)
    .join(' ');
}

/** US ZIP (ZIP+4 cut to 5 digits); any other code upper-cased without spaces. */
export function normalizePostalCode(value: string | undefined): string | undefined {
  const v = value?.trim().toUpperCase().replace(/[\s-]/g, '');
  if (!v) return undefined;
  if (/^\d{9}$/.test(v)) return v.slice(0, 5);
  if (/^0+$/.test(v)) return undefined;
  return v;
}

/**
 * Blocking keys: `p:` phone, `e:` e-mail, `d:` birth date, `s:` phonetic surname + birth year, `g:` nickname-canonical
 * given name + birth month-day (one key per canonical form), `z:` postal prefix + initials (surname, given), `n:`
 * phonetic surname + canonical given name.
 * Placeholders were removed above, so they never make a key.
 */
export function blockingKeysOf(p: NormalizedPerson): string[] {
  const keys = new Set<string>();
  if (p.phone) keys.add(`p:${p.phone}`);
  if (p.email) keys.add(`e:${p.email}`);
  if (p.birthDate) {
    keys.add(`d:${p.birthDate}`);
    const year = p.birthDate.slice(0, 4);
    const monthDay = p.birthDate.slice(5);
    for (const code of p.familyPhonetic ?? []) keys.add(`s:${code}:${year}`);
    if (p.givenFirst) for (const name of nicknames().canonicalKeys(p.givenFirst)) keys.add(`g:${name}:${monthDay}`);
  }
  if (p.postalCode && p.family && p.givenFirst) keys.add(`z:${p.postalCode.slice(0, 3)}:${p.family[0]}${p.givenFirst[0]}`);
  // The full name alone (phonetic surname + nickname-canonical given name), for records without a date or contact
  // in common; a common name makes a big block, which the cap holds back.
  if (p.givenFirst && p.familyPhonetic?.[0]) for (const name of nicknames().canonicalKeys(p.givenFirst)) keys.add(`n:${p.familyPhonetic[0]}:${name}`);
  return [...keys];
}
