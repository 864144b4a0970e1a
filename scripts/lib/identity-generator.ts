/**
 * The labelled identity set: seeded, deterministic people and the records four systems hold of them, with the
 * mistakes real records carry. Each record knows its person (the label), so the matcher's pairwise precision and
 * recall can be measured (scripts/accuracy-identity.ts) and its m/u estimated (scripts/identity-train.ts). Train on
 * one seed and evaluate on another.
 *
 * People: the 8 Synthea patients plus people drawn from the US name frequencies in identity-names.ts, in households
 * (singles, couples who share a surname — one keeps a maiden name —, children, twins, fathers and sons named Sr/Jr)
 * that share an address, often a landline and sometimes an e-mail.
 *
 * Records: one per system (patient-graph, clerk, rimo, bigcommerce) and for some people a second one in a system.
 * Each system holds the fields it would (a shop has no sex, an auth provider rarely a birth date). Corruption per
 * record: nicknames, typos, initials and missing given names; typos, maiden/married and double-barrelled surnames;
 * day/month swaps, transposed and mistyped birth dates; a changed e-mail or phone (the person's other one: a person
 * who changed theirs has one other, which every record that is not current shows), provider aliases (gmail dots,
 * +tags); moved house (the former address), abbreviated streets; placeholders (test@test.com, 000-000-0000, 1900-01-01); case and
 * format noise. Rates are chosen so that about 18% of true-match pairs disagree on the surname and 12% on the given
 * name (the accuracy report measures and prints both).
 */
import type { PersonInput } from '../../apps/identity-svc/src/matching/index.js';
import { nicknames } from '../../apps/identity-svc/src/matching/index.js';
import { AREA_CODES, GIVEN_NAMES, MAIL_DOMAINS, STREET_TYPES, SURNAMES, SYNTHEA_PEOPLE, TOWNS } from './identity-names.js';

export const SYSTEMS = ['patient-graph', 'clerk', 'rimo', 'bigcommerce'] as const;
export type System = (typeof SYSTEMS)[number];

export interface Person {
  id: string;
  given: string;
  middle?: string;
  family: string;
  /** The surname before marriage, which some records still carry. */
  maiden?: string;
  suffix?: 'Jr' | 'Sr';
  sex: 'female' | 'male';
  birthDate: string;
  email: string;
  phone: string;
  addressLine: string;
  city: string;
  postalCode: string;
  household: number;
  /** A second e-mail, an older phone number, a former address: what a record shows when it is not the current one. */
  otherEmail?: string;
  otherPhone?: string;
  formerAddress?: Pick<Person, 'addressLine' | 'city' | 'postalCode'>;
}

export interface LabelledRecord {
  id: string;
  personId: string;
  system: System;
  input: PersonInput;
}

export interface LabelledSet {
  seed: number;
  people: Person[];
  records: LabelledRecord[];
  /** Person ids of twins (same birth date, surname, address; different given names). */
  twins: [string, string][];
  /** Fathers and sons with the same given name, Sr and Jr. */
  juniors: [string, string][];
}

export interface GeneratorOptions {
  seed: number;
  /** At least this many people (households are completed). Default 5,000. */
  people?: number;
  /** Twin pairs among them. Default max(200, 4.8% of people). */
  twinPairs?: number;
  /** Arrival order of the records: Patient Graph's first, then the partners' (default), or all shuffled. */
  order?: 'hub-first' | 'random';
}

/** mulberry32: a small, fast, seeded PRNG (public domain). */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;
  constructor(private readonly items: readonly T[], weight: (t: T) => number) {
    let sum = 0;
    for (const it of items) this.cumulative.push((sum += weight(it)));
    this.total = sum;
  }
  pick(rng: Random): T {
    const x = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo]!;
  }
}

const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
const SURNAME_PICK = new Weighted(SURNAMES, ([, f]) => f);
const GIVEN_BY_SEX = {
  female: new Weighted(GIVEN_NAMES.filter(([, , s]) => s === 'F'), ([, f]) => f),
  male: new Weighted(GIVEN_NAMES.filter(([, , s]) => s === 'M'), ([, f]) => f),
};
const ALL_GIVEN = GIVEN_NAMES.map(([n]) => n);
const pad = (n: number) => String(n).padStart(2, '0');

class PeopleFactory {
  readonly people: Person[] = [];
  private readonly emails = new Set<string>();
  private readonly phones = new Set<string>();
  private household = 0;

  constructor(private readonly rng: Random) {}

  surname(): string {
    return title(SURNAME_PICK.pick(this.rng)[0]);
  }
  given(sex: 'female' | 'male', not: string[] = []): string {
    for (;;) {
      const name = GIVEN_BY_SEX[sex].pick(this.rng)[0];
      const folded = name.toLowerCase();
      if (not.every((n) => n.toLowerCase() !== folded && !nicknames().areRelated(n.toLowerCase(), folded))) return name;
    }
  }
  birthDate(fromYear: number, toYear: number): string {
    const y = this.rng.int(fromYear, toYear);
    const m = this.rng.int(1, 12);
    const days = [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
    return `${y}-${pad(m)}-${pad(this.rng.int(1, days))}`;
  }
  phone(): string {
    for (;;) {
      const p = `${this.rng.pick(AREA_CODES)}-${this.rng.int(2, 9)}${this.rng.int(0, 9)}${this.rng.int(2, 9)}-${String(this.rng.int(0, 9999)).padStart(4, '0')}`;
      if (!this.phones.has(p)) {
        this.phones.add(p);
        return p;
      }
    }
  }
  email(given: string, family: string, birthDate: string): string {
    const g = given.toLowerCase();
    const f = family.toLowerCase().replace(/[^a-z]/g, '');
    const yy = birthDate.slice(2, 4);
    for (let attempt = 0; ; attempt++) {
      const local = [
        `${g}.${f}`,
        `${g}${f}${yy}`,
        `${g[0]}${f}`,
        `${f}.${g}${this.rng.int(1, 99)}`,
        `${g}_${f}`,
      ][this.rng.int(0, 4)]!;
      const e = `${attempt > 2 ? `${local}${this.rng.int(100, 999)}` : local}@${this.rng.pick(MAIL_DOMAINS)}`;
      if (!this.emails.has(e)) {
        this.emails.add(e);
        return e;
      }
    }
  }
  address(): Pick<Person, 'addressLine' | 'city' | 'postalCode'> {
    const [city, zip] = this.rng.pick(TOWNS);
    const apt = this.rng.chance(0.25) ? ` Apt ${this.rng.int(1, 60)}` : '';
    return {
      addressLine: `${this.rng.int(1, 999)} ${this.surname()} ${this.rng.pick(STREET_TYPES)}${apt}`,
      city,
      postalCode: zip,
    };
  }

  add(p: Omit<Person, 'id' | 'household'>, household: number): Person {
    const person: Person = { ...p, id: `person-${this.people.length + 1}`, household };
    this.people.push(person);
    return person;
  }

  newHousehold(): { id: number; home: Pick<Person, 'addressLine' | 'city' | 'postalCode'>; landline?: string; familyEmail?: string } {
    return { id: ++this.household, home: this.address() };
  }

  person(sex: 'female' | 'male', family: string, birthDate: string, hh: ReturnType<PeopleFactory['newHousehold']>, extra: Partial<Person> = {}): Person {
    const given = extra.given ?? this.given(sex);
    const middle = this.rng.chance(0.7) ? this.given(sex, [given]) : undefined;
    const ownPhone = this.phone();
    return this.add(
      {
        given,
        middle,
        family,
        sex,
        birthDate,
        email: hh.familyEmail && this.rng.chance(0.5) ? hh.familyEmail : this.email(given, family, birthDate),
        phone: hh.landline && this.rng.chance(0.5) ? hh.landline : ownPhone,
        ...hh.home,
        ...extra,
      },
      hh.id,
    );
  }
}

function makePeople(rng: Random, target: number, twinTarget: number): Pick<LabelledSet, 'people' | 'twins' | 'juniors'> & { factory: PeopleFactory } {
  const f = new PeopleFactory(rng);
  const twins: [string, string][] = [];
  const juniors: [string, string][] = [];

  for (const s of SYNTHEA_PEOPLE) {
    const hh = f.newHousehold();
    f.add(
      {
        given: s.given,
        family: s.family,
        maiden: s.maiden,
        sex: s.sex,
        birthDate: s.birthDate,
        email: f.email(s.given, s.family, s.birthDate),
        phone: s.phone,
        addressLine: s.addressLine,
        city: s.city,
        postalCode: s.postalCode,
      },
      hh.id,
    );
  }

  while (f.people.length < target || twins.length < twinTarget) {
    const hh = f.newHousehold();
    const kind = rng.next();
    const wantTwins = twins.length < twinTarget && rng.chance(twinTarget / Math.max(1, target / 2.2));
    if (kind < 0.42 && !wantTwins) {
      const sex = rng.chance(0.5) ? 'female' : 'male';
      f.person(sex, f.surname(), f.birthDate(1935, 2006), hh);
      continue;
    }
    // A family: a couple sharing a surname (one keeps a maiden name), maybe children, twins, a junior.
    hh.landline = rng.chance(0.6) ? f.phone() : undefined;
    const family = f.surname();
    if (rng.chance(0.2)) hh.familyEmail = f.email(rng.pick(['the', 'family', 'home']), family, '2000-01-01');
    const parentYear = rng.int(1940, 1985);
    const a = f.person('male', family, f.birthDate(parentYear - 3, parentYear + 3), hh);
    let maiden = f.surname();
    while (maiden === family) maiden = f.surname();
    f.person('female', family, f.birthDate(parentYear - 3, parentYear + 3), hh, { maiden });
    const kidYear = (offset: number) => Math.min(2010, parentYear + offset);
    const takenNames = [a.given];
    if (wantTwins) {
      const born = f.birthDate(kidYear(22), kidYear(38));
      const s1 = rng.chance(0.5) ? 'female' : 'male';
      const s2 = rng.chance(0.5) ? 'female' : 'male';
      const t1 = f.person(s1, family, born, hh, { given: f.given(s1, takenNames) });
      takenNames.push(t1.given);
      const t2 = f.person(s2, family, born, hh, { given: f.given(s2, takenNames) });
      takenNames.push(t2.given);
      twins.push([t1.id, t2.id]);
    } else if (kind < 0.5) {
      const son = f.person('male', family, f.birthDate(kidYear(22), kidYear(38)), hh, { given: a.given, suffix: 'Jr' });
      a.suffix = 'Sr';
      juniors.push([a.id, son.id]);
      continue;
    }
    const kids = kind < 0.75 ? 0 : rng.int(1, 3);
    for (let k = 0; k < kids; k++) {
      const s = rng.chance(0.5) ? 'female' : 'male';
      const kid = f.person(s, family, f.birthDate(kidYear(20), kidYear(42)), hh, { given: f.given(s, takenNames) });
      takenNames.push(kid.given);
    }
  }
  return { people: f.people, twins, juniors, factory: f };
}

/** Which fields a system holds (probability each is present). */
const PRESENCE: Record<System, { birthDate: number; sex: number; email: number; phone: number; address: number; middle: number; given: number; family: number }> = {
  'patient-graph': { birthDate: 1, sex: 1, email: 0.95, phone: 0.9, address: 0.95, middle: 0.5, given: 1, family: 1 },
  rimo: { birthDate: 1, sex: 0.95, email: 0.7, phone: 0.95, address: 0.9, middle: 0.3, given: 1, family: 1 },
  clerk: { birthDate: 0.5, sex: 0, email: 1, phone: 0.5, address: 0, middle: 0, given: 0.97, family: 0.95 },
  bigcommerce: { birthDate: 0.3, sex: 0, email: 1, phone: 0.75, address: 0.95, middle: 0, given: 1, family: 1 },
};

const KEYBOARD_NEIGHBOURS = 'qwertyuiopasdfghjklzxcvbnm';

function typo(rng: Random, s: string): string {
  if (s.length < 3) return s + rng.pick([...KEYBOARD_NEIGHBOURS]);
  const i = rng.int(1, s.length - 2);
  switch (rng.int(0, 3)) {
    case 0: // substitution
      return s.slice(0, i) + rng.pick([...KEYBOARD_NEIGHBOURS]) + s.slice(i + 1);
    case 1: // deletion
      return s.slice(0, i) + s.slice(i + 1);
    case 2: // transposition
      return s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    default: // doubled letter
      return s.slice(0, i) + s[i] + s.slice(i);
  }
}

function nicknameOf(rng: Random, given: string): string | undefined {
  const folded = given.toLowerCase();
  const options = ALL_GIVEN.map((n) => n.toLowerCase())
    .concat(['bill', 'bob', 'jim', 'mike', 'tom', 'dick', 'liz', 'beth', 'kate', 'kathy', 'pat', 'sue', 'jen', 'jenny', 'chris', 'dave', 'joe', 'tony', 'steve', 'matt', 'dan', 'danny', 'nick', 'ben', 'sam', 'andy', 'ken', 'ron', 'greg', 'jeff', 'peggy', 'maggie', 'becky', 'debbie', 'cindy', 'angie', 'alex', 'nate', 'zach', 'jake', 'josh', 'larry', 'don', 'ed', 'eddie', 'chuck', 'charlie', 'jack', 'johnny', 'rick', 'rob', 'bobby', 'will', 'billy', 'jimmy', 'mikey', 'patty', 'trish', 'sandy', 'mandy', 'missy', 'kim', 'nan', 'lisa', 'betty', 'annie', 'pam', 'tina', 'stephie', 'deb', 'carrie', 'julia', 'sally'])
    .filter((n) => nicknames().areRelated(folded, n));
  return options.length ? title(rng.pick([...new Set(options)])) : undefined;
}

function renderBirthDate(rng: Random, d: string): string {
  const [y, m, day] = d.split('-') as [string, string, string];
  const r = rng.next();
  if (r < 0.015 && Number(day) <= 12 && day !== m) return `${y}-${day}-${m}`;
  if (r < 0.022) {
    // two adjacent digits transposed, kept only if still a date
    const digits = `${y}${m}${day}`;
    const i = rng.int(2, 6);
    const t = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    const out = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}`;
    return Number(t.slice(4, 6)) >= 1 && Number(t.slice(4, 6)) <= 12 && Number(t.slice(6)) >= 1 && Number(t.slice(6)) <= 28 ? out : d;
  }
  if (r < 0.032) {
    // a day off (a slip, or a date shifted by a time zone): the day before or after, across month ends as a calendar does
    const shifted = new Date(Date.UTC(Number(y), Number(m) - 1, Number(day) + (rng.chance(0.5) ? 1 : -1)));
    return shifted.toISOString().slice(0, 10);
  }
  if (r < 0.035) return '1900-01-01';
  return d;
}

function renderPhone(rng: Random, p: string): string {
  const [a, b, c] = p.split('-') as [string, string, string];
  return rng.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `+1 ${a} ${b} ${c}`, `${a}${b}${c}`, `${a}.${b}.${c}`, `1-${a}-${b}-${c}`]);
}

function renderEmail(rng: Random, e: string): string {
  const [local, domain] = e.split('@') as [string, string];
  const r = rng.next();
  if (domain === 'gmail.com' && r < 0.15) return `${local.replace(/\./g, '')}+${rng.pick(['shop', 'health', 'news', 'rx'])}@${rng.chance(0.3) ? 'googlemail.com' : 'gmail.com'}`;
  if (['outlook.com', 'hotmail.com', 'icloud.com'].includes(domain) && r < 0.1) return `${local}+${rng.pick(['shop', 'health'])}@${domain}`;
  if (r < 0.25) return `${title(local)}@${domain.toUpperCase()}`;
  return e;
}

function renderAddress(rng: Random, line: string): string {
  let out = line;
  if (rng.chance(0.4)) {
    out = out
      .replace(/\bStreet\b/, rng.pick(['St', 'St.', 'ST']))
      .replace(/\bAvenue\b/, rng.pick(['Ave', 'Ave.', 'Av']))
      .replace(/\bRoad\b/, 'Rd')
      .replace(/\bLane\b/, 'Ln')
      .replace(/\bDrive\b/, 'Dr')
      .replace(/\bApt\b/, rng.pick(['#', 'Apartment', 'Unit']));
  }
  if (rng.chance(0.2)) out = out.toUpperCase();
  if (rng.chance(0.015)) out = typo(rng, out);
  return out;
}

function renderRecord(rng: Random, f: PeopleFactory, p: Person, system: System): PersonInput {
  const has = PRESENCE[system];
  const input: PersonInput = { source: system };

  // Given name: ~6.5% of records differ, so about 12% of pairs disagree.
  if (rng.chance(has.given)) {
    const r = rng.next();
    let given = p.given;
    if (r < 0.035) given = nicknameOf(rng, p.given) ?? typo(rng, p.given);
    else if (r < 0.05) given = typo(rng, p.given);
    else if (r < 0.055) given = p.given[0]!;
    else if (r < 0.06 && p.middle) given = p.middle;
    input.givenName = rng.chance(0.1) ? given.toUpperCase() : given;
  }
  if (p.middle && rng.chance(has.middle)) input.middleName = rng.chance(0.4) ? p.middle[0] : p.middle;

  // Surname: ~9.5% of records differ, so about 18% of pairs disagree.
  if (rng.chance(has.family)) {
    const r = rng.next();
    let family = p.family;
    if (p.maiden && r < 0.15) family = p.maiden;
    else if (p.maiden && r < 0.19) family = `${p.maiden}-${p.family}`;
    else if (rng.chance(0.045)) family = typo(rng, p.family);
    else if (rng.chance(0.01)) family = 'Unknown';
    if (p.suffix && rng.chance(0.7)) {
      if (rng.chance(0.5)) family = `${family} ${p.suffix}.`;
      else input.suffix = p.suffix;
    }
    input.familyName = rng.chance(0.1) ? family.toUpperCase() : family;
  }

  if (rng.chance(has.birthDate)) input.birthDate = renderBirthDate(rng, p.birthDate);
  if (rng.chance(has.sex)) input.sexAtBirth = rng.chance(0.003) ? (p.sex === 'male' ? 'female' : 'male') : rng.chance(0.3) ? p.sex[0]!.toUpperCase() : p.sex;

  if (rng.chance(has.email)) {
    const r = rng.next();
    if (r < 0.1) input.email = (p.otherEmail ??= f.email(p.given, p.family, p.birthDate)); // another e-mail of theirs
    else if (r < 0.11 && system === 'patient-graph') input.email = rng.pick(['test@test.com', 'noemail@gmail.com', 'none@none.com']);
    else input.email = renderEmail(rng, p.email);
  }
  if (rng.chance(has.phone)) {
    const r = rng.next();
    if (r < 0.08) input.phone = renderPhone(rng, (p.otherPhone ??= f.phone())); // their other (or former) number
    else if (r < 0.09) input.phone = '000-000-0000';
    else if (r < 0.1) {
      const digits = p.phone.replace(/-/g, '');
      const i = rng.int(3, 9);
      input.phone = digits.slice(0, i) + String((Number(digits[i]) + 1) % 10) + digits.slice(i + 1);
    } else input.phone = renderPhone(rng, p.phone);
  }
  if (rng.chance(has.address)) {
    if (rng.chance(0.1)) {
      const moved = (p.formerAddress ??= f.address()); // where they lived before (moved house)
      Object.assign(input, { addressLine: moved.addressLine, city: moved.city, postalCode: moved.postalCode });
    } else {
      input.addressLine = renderAddress(rng, p.addressLine);
      input.city = rng.chance(0.15) ? p.city.toUpperCase() : p.city;
      input.postalCode = rng.chance(0.1) ? `${p.postalCode}-${String(rng.int(1, 9999)).padStart(4, '0')}` : p.postalCode;
    }
  }
  return input;
}

/** The labelled set for one seed: same seed, same set. */
export function generateIdentitySet(options: GeneratorOptions): LabelledSet {
  const target = options.people ?? 5000;
  const twinTarget = options.twinPairs ?? Math.max(200, Math.round(target * 0.048));
  const rng = new Random(options.seed);
  // One factory for people and records, so a changed e-mail or phone is nobody else's.
  const { people, twins, juniors, factory } = makePeople(rng, target, twinTarget);
  const records: LabelledRecord[] = [];
  for (const p of people) {
    const systems: System[] = [...SYSTEMS];
    if (rng.chance(0.12)) systems.push(rng.pick(SYSTEMS));
    for (const system of systems) {
      records.push({ id: `rec-${records.length + 1}`, personId: p.id, system, input: renderRecord(rng, factory, p, system) });
    }
  }
  // Arrival order: Patient Graph's own records first (the hub), then the partners' in random order.
  const hub = rng.shuffle(records.filter((r) => r.system === 'patient-graph'));
  const partners = rng.shuffle(records.filter((r) => r.system !== 'patient-graph'));
  return { seed: options.seed, people, records: options.order === 'random' ? rng.shuffle(records) : [...hub, ...partners], twins, juniors };
}
