/**
 * The Fellegi–Sunter score. Each field's comparison level has m = P(level | same person) and u = P(level | different
 * people) in the vendored model (model.json, written by scripts/identity-train.ts); its weight is log2(m/u). The prior
 * is log2(λ/(1−λ)), λ the share of matches among blocked candidate pairs. total = prior + Σ weights, the log2 Bayes
 * factor; probability = 2^total / (1 + 2^total).
 *
 * Every weight is rounded to a multiple of 2^-10, so the sum is exact in floating point in any order: a reader who
 * adds the explanation's weights gets `total` to the last bit.
 */
import { readFileSync } from 'node:fs';
import { compare, FIELDS, LEVELS, MISSING, type Comparison, type Field } from './compare.js';
import type { NormalizedPerson } from './normalize.js';
import { mistypedName } from './given-names.js';

export interface FieldWeight {
  field: string;
  level: string;
  weight: number;
}
export interface Explanation {
  prior: number;
  fields: FieldWeight[];
  total: number;
  probability: number;
  modelVersion: string;
}
export type Grade = 'certain' | 'probable' | 'possible';
/** Per field ('givenName', 'familyName'): a normalized value → its share of all records (0..1). */
export interface TermFrequencies {
  get(field: string, value: string): number | undefined;
}
export interface Scored {
  explanation: Explanation;
  grade: Grade | null;
  /** Evidence against (twins, household member, suffix conflict): the pair never links; its grade is at most 'probable'. */
  hardNegative: boolean;
  /**
   * Why the grade was held back: 'twins', 'household-member', 'suffix-conflict' (evidence against), 'uncorroborated'
   * (nothing beyond the names tells this person from another: see corroborated()), 'household-ambiguous'
   * (nothing tells the household's members apart: decideLink() links it only when no other member is a candidate, or
   * the evidence tells them apart), 'capped-block'.
   */
  reasons: string[];
}
export interface ScoreOptions {
  /** The candidate came only through a blocking key whose block was capped: never 'certain'. */
  capped?: boolean;
}

export interface LevelProbabilities {
  m: number;
  u: number;
}
export interface MatchModel {
  modelVersion: string;
  /** λ: the prior probability that a blocked candidate pair is a match. */
  lambda: number;
  thresholds: { certain: number; probable: number; possible: number };
  /** The smallest u a term frequency may give an exact name (a name seen once must not weigh infinitely). */
  tfMinimumU: number;
  fields: Record<Field, Record<string, LevelProbabilities>>;
  /** How the numbers were made (seed, counts): for the reader, not used in scoring. */
  training?: Record<string, unknown>;
}

/** Fields whose exact level is weighed by the term frequency of the value, when a table is given. */
const TF_FIELDS: Partial<Record<Field, (p: NormalizedPerson) => string | undefined>> = {
  givenName: (p) => p.givenFirst,
  familyName: (p) => p.family,
};

const QUANTUM = 1024;
export const quantize = (x: number): number => Math.round(x * QUANTUM) / QUANTUM;
const log2 = (x: number): number => Math.log(x) / Math.LN2;

export class Matcher {
  readonly modelVersion: string;
  readonly thresholds: { certain: number; probable: number; possible: number };
  private readonly prior: number;
  private readonly weights: Map<Field, Map<string, number>>;
  private readonly mExact: Map<Field, number>;

  constructor(private readonly model: MatchModel) {
    this.modelVersion = model.modelVersion;
    this.thresholds = { ...model.thresholds };
    this.prior = quantize(log2(model.lambda / (1 - model.lambda)));
    this.weights = new Map();
    this.mExact = new Map();
    for (const field of FIELDS) {
      const levels = model.fields[field];
      const byLevel = new Map<string, number>([[MISSING, 0]]);
      for (const level of LEVELS[field]) {
        const p = levels?.[level];
        if (!p || !(p.m > 0) || !(p.u > 0)) throw new Error(`model ${model.modelVersion}: no m/u for ${field}.${level}`);
        byLevel.set(level, quantize(log2(p.m / p.u)));
      }
      this.weights.set(field, byLevel);
      this.mExact.set(field, levels.exact?.m ?? 0);
    }
  }

  private static vendored: Matcher | undefined;

  /** The vendored, versioned model (model.json next to this file), read once. */
  static load(): Matcher {
    Matcher.vendored ??= new Matcher(JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as MatchModel);
    return Matcher.vendored;
  }

  /** The model's levels as data (for docs and the review UI). */
  get levels(): MatchModel['fields'] {
    return this.model.fields;
  }

  weightOf(field: Field, level: string, a?: NormalizedPerson, tf?: TermFrequencies): number {
    if (level === 'exact' && tf) {
      const value = TF_FIELDS[field]?.(a!);
      const share = value === undefined ? undefined : tf.get(field, value);
      if (share !== undefined) return quantize(log2(this.mExact.get(field)! / Math.max(share, this.model.tfMinimumU)));
    }
    return this.weights.get(field)!.get(level)!;
  }

  explain(a: NormalizedPerson, b: NormalizedPerson, tf?: TermFrequencies, levels: Comparison = compare(a, b)): Explanation {
    const fields: FieldWeight[] = FIELDS.map((field) => ({ field, level: levels[field], weight: this.weightOf(field, levels[field], a, tf) }));
    let total = this.prior;
    for (const f of fields) total += f.weight;
    const odds = 2 ** total;
    const probability = Number.isFinite(odds) ? odds / (1 + odds) : 1;
    return { prior: this.prior, fields, total, probability, modelVersion: this.modelVersion };
  }

  score(a: NormalizedPerson, b: NormalizedPerson, tf?: TermFrequencies, options: ScoreOptions = {}): Scored {
    const levels = compare(a, b);
    const explanation = this.explain(a, b, tf, levels);
    const reasons = hardNegativeReasons(levels, a, b);
    // Evidence against; not a pair that merely cannot tell (household-ambiguous) or is not corroborated.
    const hardNegative = reasons.some((r) => r !== 'household-ambiguous' && r !== 'uncorroborated');
    if (options.capped) reasons.push('capped-block');
    return { explanation, grade: gradeOf(explanation.probability, reasons.length > 0, this.thresholds), hardNegative, reasons };
  }
}

/** The grade of a probability; a held-back pair (hard negative, capped block) is at most 'probable'. */
export function gradeOf(probability: number, heldBack: boolean, thresholds: MatchModel['thresholds']): Grade | null {
  if (probability >= thresholds.certain) return heldBack ? 'probable' : 'certain';
  if (probability >= thresholds.probable) return 'probable';
  if (probability >= thresholds.possible) return 'possible';
  return null;
}

/** Surname levels of one family (a spelling, a sound, one part of a double name). */
export const SAME_FAMILY: ReadonlySet<string> = new Set(['exact', 'token', 'jw92', 'phonetic']);
/** Birth-date levels that agree (a typo, a day/month swap or transposed digits included). */
export const AGREEING_BIRTH: ReadonlySet<string> = new Set(['exact', 'swap', 'transposed', 'typo']);

/**
 * Pairs automation may not link on their score alone. The score treats fields as independent, and inside a
 * household they are not: members share a street, a landline, an e-mail and often a surname, enough agreement to
 * outweigh a different given name or birth date. So:
 * - twins: same birth date and surname, given names that disagree (not the same name, a nickname or a spelling
 *   within Jaro–Winkler 0.85), or differ at all with another sex — with or without a shared home (a twin's own e-mail shares nothing with the other's);
 * - household member: one household and a given-name conflict as above, or birth dates that disagree outright (not
 *   a swap, transposition or one-digit typo) — a spouse, a parent, a child, a Sr whose Jr left the suffix out;
 * - household ambiguous: one home (same street or phone; a shared e-mail is more often one person's, unless it spells
 *   no one: a household's mailbox) and surname, and nothing to tell its members apart: no given name (or an initial)
 *   on one side and no agreeing birth date (with the household's mailbox, whatever the birth date), or a suffix on one
 *   side only with no birth date to settle it. Not evidence against: decideLink() (decision.ts)
 *   links such a pair when no other member of the household is a candidate, or when the evidence tells them apart;
 * - a generational suffix conflict (Jr vs Sr, II vs III).
 * A record without a given name whose e-mail spells the other's name (mailboxNames) counts as naming that person, and a
 * given name that conflicts is no conflict when both records carry the same personal mailbox and birth date and one
 * goes by the other's middle name (sharesOwnMailbox), nor when it is one name mistyped (mistypedName: a short name's
 * slip below every Jaro–Winkler level, "Aym" for Amy) on a mailbox that spells a name of theirs.
 */
export function hardNegativeReasons(levels: Comparison, a: NormalizedPerson, b: NormalizedPerson): string[] {
  // "carolkim08@…" without a given name, against Carol Kim: the e-mail names her as a given name would, and says which
  // member of the household it is.
  if (levels.givenName === MISSING && (mailboxNames(a, b) || mailboxNames(b, a))) levels = { ...levels, givenName: 'exact' };
  const reasons: string[] = [];
  const home = levels.address === 'exact' || levels.address === 'line' || levels.phone === 'exact';
  const household = home || levels.email === 'exact';
  // Not jw85: a typo in a short name lands there ("Amy"/"Amu"); names that close and of one sex are rarely siblings'.
  // A short name's typo ("Aym", "Ay" for Amy) falls below every Jaro–Winkler level. One of the two not on the lists of
  // names people are given and the other it with a keyboard slip or a letter dropped (mistypedName) is one name — but
  // only on that person's own mailbox (it spells a name of theirs): the lists are American, and Rie and Rei, Nao and
  // Noa are twins' names the lists lack, on a family's mailbox and landline as often as not.
  const mistypedOnOwnMailbox = levels.givenName === 'disagree' && levels.email === 'exact' && mailboxIsOwn(a, b) && mistypedName(a.givenFirst, b.givenFirst);
  const givenConflict =
    ((levels.givenName === 'disagree' && !mistypedOnOwnMailbox) ||
      (levels.sex === 'disagree' && levels.givenName !== 'exact' && levels.givenName !== MISSING)) &&
    !sharesOwnMailbox(levels, a, b);
  const sameFamily = SAME_FAMILY.has(levels.familyName);
  if (levels.birthDate === 'exact' && sameFamily && givenConflict) reasons.push('twins');
  else if (household && (givenConflict || levels.birthDate === 'disagree')) reasons.push('household-member');
  else if (home && sameFamily && levels.birthDate !== 'exact' && (levels.givenName === MISSING || levels.givenName === 'initial')) {
    reasons.push('household-ambiguous');
  }
  else if (home && sameFamily && levels.suffix === 'partial' && levels.birthDate === MISSING) reasons.push('household-ambiguous');
  // A household's mailbox ("home.taylor00", "the.garcia": it spells no one) is one home, whatever the birth date: a
  // record without a given name that shares it could be any member, a twin as well.
  else if (sameFamily && levels.email === 'exact' && (levels.givenName === MISSING || levels.givenName === 'initial') && !mailboxIsOwn(a, b)) {
    reasons.push('household-ambiguous');
  }
  if (levels.suffix === 'conflict') reasons.push('suffix-conflict');
  // Household-ambiguous pairs too: otherwise a birth date that agrees would take a nameless household record from a
  // link (as the one member known) to review, and the nameless record of the one twin known so far would link.
  if (!reasons.some((r) => r !== 'household-ambiguous') && !corroborated(levels, sameFamily, a, b)) reasons.push('uncorroborated');
  return reasons;
}

/**
 * Whether something beyond the names says it is this person and not another of the same name, a household member or a
 * twin (docs/identity.md, "Corroboration"). Names alone are shared by strangers (a common name scores high when nothing
 * else is known); a household shares a home, a phone and sometimes a mailbox; twins share a surname, a birth date and
 * often both, and their names may be close (Marta and Maria). An auto-link needs one of:
 * - the same e-mail — but a mailbox that spells neither record's name may be the household's ("home.taylor00@…"):
 *   with no given name (or an initial) on one side, or given names only close (within 0.92 or 0.85: Michael and
 *   Michelle), it counts only if the phones do not disagree;
 * - in the shape of twins (the same birth date and surname) with given names within 0.92: the same phone, the
 *   person's own mailbox in common or the same middle name, not the birth date (it is the twins' own);
 * - a given name that agrees (exactly, as a nickname or within Jaro–Winkler 0.92) with one of: the same phone (or a
 *   one-digit typo of it), an agreeing birth date (exact, swap, transposition, typo; the surname may have changed at
 *   marriage), the same home and surname (only the exact name or a nickname: Michelle meets Michael within 0.92; and
 *   not with a generational suffix on one side only: a father and his junior share name, surname and home), or an
 *   e-mail that spells the other's name and ends with its birth year ("carolkim08");
 * - an initial or a given name only within 0.85, with an agreeing birth date and either the same phone or an e-mail
 *   that spells the other's name; when the birth date is exactly the same and so is the surname — the shape of twins
 *   — the phone (often a landline) needs the same middle name with it.
 * Without it the pair is at most 'probable' (a person decides), however high its score.
 */
function corroborated(levels: Comparison, sameFamily: boolean, a: NormalizedPerson, b: NormalizedPerson): boolean {
  const phone = levels.phone === 'exact' || levels.phone === 'typo';
  const nameless = levels.givenName === MISSING || levels.givenName === 'initial';
  // Given names only close (not the same name or a nickname): a typo, or another member with a close name
  // (Michael and Michelle). In the shape of twins — one birth date and one surname, which twins share — the birth date
  // cannot tell them apart: within 0.92 only the same phone, the person's own mailbox in common or the same middle
  // name corroborates (within 0.85, below, a phone needs the middle name too).
  const close = levels.givenName === 'jw92' || levels.givenName === 'jw85';
  const slip = close && mistypedName(a.givenFirst, b.givenFirst);
  if (levels.givenName === 'jw92' && !slip && levels.birthDate === 'exact' && sameFamily) return phone || (levels.email === 'exact' && mailboxIsOwn(a, b)) || levels.middleName === 'exact';
  // A household's mailbox (it spells no one) with a given name only close and phones that disagree could be any
  // member's (Michael's shop account on the family mailbox, against Michelle): as for a record without a given name.
  if (levels.email === 'exact' && !(close && !mailboxIsOwn(a, b) && levels.phone === 'disagree') && (!nameless || levels.phone !== 'disagree' || mailboxIsOwn(a, b))) return true;
  const birth = AGREEING_BIRTH.has(levels.birthDate);
  if (WEAK_GIVEN.has(levels.givenName)) {
    if (!birth) return false;
    const named = mailboxNames(a, b) || mailboxNames(b, a);
    // The shape of twins (one birth date, one surname): a landline may be both twins', so the phone needs the same
    // middle name with it.
    if (levels.birthDate === 'exact' && sameFamily) return named || (phone && levels.middleName === 'exact');
    return named || phone;
  }
  if (!CONFIRMED_GIVEN.has(levels.givenName)) return false;
  // A home is shared by the household: only the given name itself (or its nickname) tells its members apart there.
  const home = (levels.address === 'exact' || levels.address === 'line') && sameFamily && (levels.givenName !== 'jw92' || (slip && levels.birthDate !== MISSING)) && levels.suffix !== 'partial';
  return phone || birth || home || mailboxNamesWithBirthYear(a, b) || mailboxNamesWithBirthYear(b, a);
}

const CONFIRMED_GIVEN = new Set(['exact', 'nickname', 'jw92']);
const WEAK_GIVEN = new Set(['jw85', 'initial']);

/**
 * The local part of the e-mail as given, lower-cased, without a `+tag` ("flores.brian55"), or ''. The folded address
 * would not do: Gmail's folding drops the dots that part the words ("marta.lopez.shop" → "martalopezshop").
 */
const localPart = (p: NormalizedPerson): string => {
  const email = (p.emailRaw ?? p.email ?? '').toLowerCase();
  return email.slice(0, Math.max(0, email.lastIndexOf('@'))).replace(/\+.*$/, '');
};

/**
 * Whether `holder`'s e-mail spells `named`'s given name (three letters or more) and surname (or one part of a double
 * one) as whole words of its local part, or as one word of the two run together: personal mailboxes do
 * ("flores.brian55", "carolkim08", "ashley_wilson"). An initial ("jdavis"), a household's mailbox ("the.garcia",
 * "home.taylor00") or a name inside another ("carolinekim02" is not Carol Kim's; "joanna.williams" is not Ann Li's)
 * spells no one.
 */
export function mailboxNames(holder: NormalizedPerson, named: NormalizedPerson): boolean {
  const given = named.givenFirst;
  if (!holder.email || !given || given.length < 3 || !named.family) return false;
  const words = localPart(holder).split(/[^a-z]+/).filter(Boolean);
  const families = named.family.split(' ').filter((part) => part.length >= 2);
  return families.some((family) => (words.includes(given) && words.includes(family)) || words.includes(given + family) || words.includes(family + given));
}

/** mailboxNames, and the mailbox ends with `named`'s birth year, its two or its four digits ("carolkim08" for a Carol Kim born in 2008). */
export function mailboxNamesWithBirthYear(holder: NormalizedPerson, named: NormalizedPerson): boolean {
  if (!named.birthDate || !mailboxNames(holder, named)) return false;
  const digits = /(\d+)$/.exec(localPart(holder))?.[1];
  return digits === named.birthDate.slice(2, 4) || digits === named.birthDate.slice(0, 4);
}

/** The two records' shared e-mail spells the name of one of them: a person's own mailbox, not a household's. */
export function mailboxIsOwn(a: NormalizedPerson, b: NormalizedPerson): boolean {
  return mailboxNames(a, a) || mailboxNames(a, b);
}

/**
 * One person under two given names (a middle name used as the first): the same personal mailbox, a birth date that
 * agrees, no sex that disagrees, and one record's given name is the other's middle name (or its initial). Anything
 * less is what a spouse or a twin using one person's mailbox also shows (Mary and John Smith on mary.smith@…).
 */
function sharesOwnMailbox(levels: Comparison, a: NormalizedPerson, b: NormalizedPerson): boolean {
  if (levels.email !== 'exact' || levels.sex === 'disagree' || !AGREEING_BIRTH.has(levels.birthDate) || !mailboxIsOwn(a, b)) return false;
  const middle = middleUsedAsGiven(a, b) ?? middleUsedAsGiven(b, a);
  // An initial says less than a name (Mary J. and John): then the same recorded sex and the same birth date too.
  return middle === 'name' || (middle === 'initial' && levels.sex === 'exact' && levels.birthDate === 'exact');
}

/** Whether `a`'s given name is `b`'s middle name, or begins with its initial: one person who goes by the middle name. */
function middleUsedAsGiven(a: NormalizedPerson, b: NormalizedPerson): 'name' | 'initial' | undefined {
  const middle = b.middle?.split(' ')[0];
  if (!a.givenFirst || !middle) return undefined;
  if (middle === a.givenFirst) return 'name';
  return middle.length === 1 && middle === a.givenFirst[0] ? 'initial' : undefined;
}

/** Term frequencies counted from normalized records (the match index, or a generated population). */
export class TermFrequencyTable implements TermFrequencies {
  private readonly counts = new Map<string, Map<string, number>>();
  private readonly totals = new Map<string, number>();

  static from(people: Iterable<NormalizedPerson>): TermFrequencyTable {
    const table = new TermFrequencyTable();
    for (const p of people) table.add(p);
    return table;
  }

  add(p: NormalizedPerson): void {
    for (const [field, pick] of Object.entries(TF_FIELDS)) {
      const value = pick(p);
      if (!value) continue;
      let m = this.counts.get(field);
      if (!m) this.counts.set(field, (m = new Map()));
      m.set(value, (m.get(value) ?? 0) + 1);
      this.totals.set(field, (this.totals.get(field) ?? 0) + 1);
    }
  }

  /** Counts from elsewhere (a `GROUP BY` over the index): `total` records had a value for `field`. */
  set(field: string, value: string, count: number, total: number): void {
    let m = this.counts.get(field);
    if (!m) this.counts.set(field, (m = new Map()));
    m.set(value, count);
    this.totals.set(field, total);
  }

  get(field: string, value: string): number | undefined {
    const count = this.counts.get(field)?.get(value);
    const total = this.totals.get(field);
    return count && total ? count / total : undefined;
  }
}
