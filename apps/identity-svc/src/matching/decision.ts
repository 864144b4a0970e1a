/**
 * What automation does with one arriving record, given its scored pairs against records already linked to patients
 * (docs/identity.md, "Matching"). One function, used by identity-svc (MatchingService.decideFor) and by the accuracy
 * harness (scripts/lib/identity-accuracy.ts), so the measured numbers are the service's.
 *
 * A pair's reasons (Matcher.score) are of two kinds:
 * - evidence against (CONFLICT_REASONS: twins, household member, suffix conflict): the pair never links, and it votes
 *   against its patient; a patient with at least as many such votes as clean certain pairs is closed to the record (one
 *   twin's stray record among the other twin's is outvoted, the other twin's own records are not);
 * - no evidence either way (AMBIGUITY_REASONS: a household record that cannot tell its members apart): the pair may
 *   link only when its patient is the one candidate left — no other open patient is certain or ambiguous-certain —
 *   because the doubt is which member of the household it is, and there is only one;
 * - a capped block ('capped-block') never links and casts no vote.
 */
import { compare, MISSING, type Comparison } from './compare.js';
import { AGREEING_BIRTH, hardNegativeReasons, mailboxIsOwn, mailboxNames, mailboxNamesWithBirthYear, SAME_FAMILY, type MatchModel } from './matcher.js';
import type { NormalizedPerson } from './normalize.js';
import { mistypedName, oneNameMistyped, readAsGivenName, shortFormOfBothSexes } from './given-names.js';

export const CONFLICT_REASONS: ReadonlySet<string> = new Set(['twins', 'household-member', 'suffix-conflict']);
export const AMBIGUITY_REASONS: ReadonlySet<string> = new Set(['household-ambiguous']);

/**
 * How much more evidence (log2 Bayes factor) the best of several household candidates needs over the next to be
 * chosen without a person: 10 bits, odds of 1,024 to 1 that it is this member rather than that one.
 */
export const AMBIGUITY_MARGIN = 10;

/** At most this many waiting records adopted for one change of the index (the rest wait for the next change near them). */
export const ADOPTION_LIMIT = 25;

export interface ScoredPair<P> {
  patient: P;
  probability: number;
  /** The explanation's total (log2 Bayes factor with the prior). */
  total: number;
  reasons: readonly string[];
}

export interface Decision<P> {
  /** The patient the record joins, if any. */
  link?: P;
  /** Patients whose certain (or ambiguous-certain) pairs automation did not follow: for a person to decide. */
  unresolved: P[];
  /** Of the unresolved, the other patients with clean certain pairs: the same person known twice (a merge to review). */
  duplicates: P[];
  /**
   * Of the duplicates, those whose best total equals the link's (within TIE_EPSILON): the link is a tie-break between
   * them, which linkUnlessTwoPeople lets stand only when the two may merge. Absent: none.
   */
  tied?: P[];
}

/** Two totals (log2 Bayes factors) this close are a tie: the order of the candidates, not the evidence, would choose. */
export const TIE_EPSILON = 1e-6;

interface Evidence {
  best: number;
  bestTotal: number;
  clean: number;
  ambiguous: number;
  conflicts: number;
}

export function decideLink<P>(pairs: Iterable<ScoredPair<P>>, thresholds: MatchModel['thresholds']): Decision<P> {
  const byPatient = new Map<P, Evidence>();
  for (const pair of pairs) {
    let e = byPatient.get(pair.patient);
    if (!e) byPatient.set(pair.patient, (e = { best: 0, bestTotal: -Infinity, clean: 0, ambiguous: 0, conflicts: 0 }));
    if (pair.reasons.some((r) => CONFLICT_REASONS.has(r))) {
      e.conflicts++;
      continue;
    }
    if (pair.probability < thresholds.certain) continue;
    if (pair.reasons.length === 0) e.clean++;
    else if (pair.reasons.every((r) => AMBIGUITY_REASONS.has(r))) e.ambiguous++;
    else continue;
    e.best = Math.max(e.best, pair.probability);
    e.bestTotal = Math.max(e.bestTotal, pair.total);
  }
  const certain = [...byPatient].filter(([, e]) => e.clean > 0 || e.ambiguous > 0);
  const open = certain.filter(([, e]) => e.conflicts < e.clean || (e.clean === 0 && e.conflicts === 0));
  const closed = certain.filter((c) => !open.includes(c)).map(([p]) => p);
  if (open.length === 0) return { unresolved: closed, duplicates: [] };
  if (open.length === 1) return { link: open[0]![0], unresolved: [], duplicates: [] };
  // Several open patients, one of them only ambiguous: which household member is it? The evidence decides when it
  // is decisive (the best beats the next by AMBIGUITY_MARGIN bits: its own e-mail and phone, say), a person otherwise.
  if (open.some(([, e]) => e.clean === 0)) {
    open.sort((x, y) => y[1].bestTotal - x[1].bestTotal);
    if (open[0]![1].bestTotal - open[1]![1].bestTotal >= AMBIGUITY_MARGIN) return { link: open[0]![0], unresolved: [], duplicates: [] };
    return { unresolved: open.map(([p]) => p), duplicates: [] };
  }
  // Several clean certain patients (a person known twice): the best one; the others go to review as a merge.
  // (By the total too: a probability rounds to 1 above 53 bits.)
  open.sort((x, y) => y[1].best - x[1].best || y[1].bestTotal - x[1].bestTotal);
  const duplicates = open.slice(1).map(([p]) => p);
  const tied = open.slice(1).filter(([, e]) => open[0]![1].bestTotal - e.bestTotal <= TIE_EPSILON).map(([p]) => p);
  return { link: open[0]![0], unresolved: duplicates, duplicates, ...(tied.length ? { tied } : {}) };
}

/** A record of a patient, as the merge guard reads it. */
export interface PatientRecord<R> {
  id: R;
  /** The system the record came from (clerk, rimo, bigcommerce, patient-graph, …). */
  source: string;
  normalized: NormalizedPerson;
  /**
   * A profile record that is the copy identity-svc made of a partner record of the same patient when that record
   * started the patient (PatientCreator.create), holding no fact the partner record did not give (copiedProfile): that
   * partner record's demographics. Not a witness of its own: the merge guards read the copy as its partner record.
   */
  copyOf?: NormalizedPerson;
}

/**
 * Whether a profile is still the copy of the partner record that started its patient: it holds no fact (a name part, a
 * birth date, a sex, an e-mail, a phone, a home) the partner record did not give, and still holds every fact it was
 * made from (COPIED_FACTS: the given and family name, birth date and e-mail PatientCreator sends, as the partner gave
 * them). A clinician's edit adding one (a phone, another e-mail, a sex) or removing one (the family mailbox cleared)
 * makes it the clinic's profile, a witness again: read as the partner record, a cleared mailbox would come back.
 */
export function copiedProfile(profile: NormalizedPerson, partner: NormalizedPerson): boolean {
  return PROFILE_FACTS.every((f) => (profile[f] === undefined && !COPIED_FACTS.has(f)) || profile[f] === partner[f]);
}

const PROFILE_FACTS = ['given', 'middle', 'family', 'suffix', 'birthDate', 'sex', 'email', 'phone', 'addressLine', 'city', 'postalCode'] as const;
/** The facts PatientCreator.create copies from the partner record into the profile (the rest it never sends). */
const COPIED_FACTS: ReadonlySet<(typeof PROFILE_FACTS)[number]> = new Set(['given', 'family', 'birthDate', 'email']);

/** Each patient's own profile record in the index (identities/patient-feed.ts): every patient has one. */
export const PROFILE_SOURCE = 'patient-graph';

/**
 * May automation merge two patients on the evidence of one arriving record that certainly matches both (decideLink's
 * `duplicates`: the same person known twice, split before this record joined them)? Only when nothing on the two
 * sides disagrees, the two share a fact of their own, and the record is a hub every record of both agrees with
 * (docs/identity.md, "Automatic merges"). `target` holds the arriving record with the patient it joins:
 * - no record of one and record of the other disagree on the birth date (beyond a typo, a day/month swap or
 *   transposed digits, and in the same year), the given name (not the same, a nickname, a close spelling or an
 *   initial), the sex or a generational suffix (different ones, or one on one side only), nor are they evidence
 *   against each other (twins, household members: CONFLICT_REASONS), nor in the shape of twins with close names (one
 *   birth date and surname, given names within 0.92 or 0.85: Kristen and Kirsten);
 * - a record of one and a record of the other agree on a birth date, an e-mail, a phone or a home: a bridge through
 *   different fields (her e-mail to one patient, the family landline to the other) is how a household looks;
 * - every record of both (other than the arriving one) is a clean certain pair with it (`agrees`);
 * - no partner system knows both: two accounts at one partner are far more often two people than one person twice
 *   (each patient's own profile record, PROFILE_SOURCE, does not count: two profiles of one person are what a merge is
 *   for);
 * - when both have their profile record, two of them agree on the birth date and on an e-mail, a phone or a home.
 * A profile identity-svc copied from a partner record of the same patient (PatientRecord.copyOf) is read as that
 * record throughout: not a second witness (docs/identity.md, "A profile copied from a partner record").
 * The caller also checks that no person decided against it (a rejected pair of their records, an undone merge).
 */
export function mayAutoMerge<R>(
  arriving: R,
  target: readonly PatientRecord<R>[],
  source: readonly PatientRecord<R>[],
  agrees: (record: R) => boolean,
): boolean {
  return mergeGuard((id) => id === arriving, target, source, agrees);
}

/**
 * May automation merge another patient (`source`: its records) into the patient a profile just entered the index as
 * (`target`: its records, the profile among them), the profile certain to it (decideLink's link or duplicates over its
 * pairs with other patients: a person's second profile, or her profile after the patient her partner record started)?
 * mayAutoMerge's guards with the profile as a record of the target (nothing disagrees across the two, not twins'
 * shape, not a year typo, a fact in common, no partner system knows both, two profiles agreeing on the birth date and
 * a contact, every record a clean certain pair with the profile), and the profile shares a fact a household or a
 * namesake does not (`ownFact`: adoption's) with every record of the other patient. The caller also checks that no
 * person decided against it (docs/identity.md, "A profile entering the index").
 */
export function mayMergeProfile<R>(
  profile: PatientRecord<R>,
  target: readonly PatientRecord<R>[],
  source: readonly PatientRecord<R>[],
  agrees: (record: R) => boolean,
): boolean {
  if (!mergeGuard(() => false, target, source, (id) => id === profile.id || agrees(id))) return false;
  return source.every((s) => ownFact(profile.normalized, s.copyOf ?? s.normalized));
}

function mergeGuard<R>(
  isArriving: (id: R) => boolean,
  target: readonly PatientRecord<R>[],
  source: readonly PatientRecord<R>[],
  agrees: (record: R) => boolean,
): boolean {
  // A copy of a partner record (PatientRecord.copyOf) is read as that record: two profiles "agree" only when the other
  // profile agrees with the partner's own data (its phone, which the copy never had, included); whether the copy
  // agrees with the arriving record is its partner record's question (asked below).
  const asPartner = (r: PatientRecord<R>): PatientRecord<R> => (r.copyOf ? { ...r, normalized: r.copyOf } : r);
  target = target.map(asPartner);
  source = source.map(asPartner);
  if (!source.length) return false;
  let shared = false;
  let profiles = 0;
  let profilesAgree = false;
  for (const t of target) {
    if (isArriving(t.id)) continue;
    for (const s of source) {
      const levels = compare(t.normalized, s.normalized);
      if (levels.birthDate === 'disagree' || levels.givenName === 'disagree' || levels.sex === 'disagree') return false;
      if (levels.suffix === 'conflict' || levels.suffix === 'partial') return false;
      // A birth date "a typo apart" in another year (1960 / 1990: a father and son sharing a birthday) is no agreement here.
      if (typoInAnotherYear(levels, t.normalized, s.normalized)) return false;
      // The shape of twins with close names (Kristen and Kirsten, Daniel and Danielle, with or without a sex recorded).
      if (twinsShape(levels, t.normalized, s.normalized) && levels.middleName !== 'exact') return false;
      if (hardNegativeReasons(levels, t.normalized, s.normalized).some((r) => CONFLICT_REASONS.has(r))) return false;
      const birth = AGREEING_BIRTH.has(levels.birthDate);
      const contact = sharesContact(levels);
      shared ||= birth || contact || levels.phone === 'typo';
      if (t.source === PROFILE_SOURCE && s.source === PROFILE_SOURCE) {
        profiles++;
        // Two profile records that say one person: a birth date that agrees, and an e-mail, a phone or a home in common.
        profilesAgree ||= birth && contact;
      }
    }
  }
  if (!shared || (profiles > 0 && !profilesAgree)) return false;
  for (const r of [...target, ...source]) if (!r.copyOf && !isArriving(r.id) && !agrees(r.id)) return false;
  const partners = new Set(target.filter((r) => r.source !== PROFILE_SOURCE).map((r) => r.source));
  return !source.some((r) => partners.has(r.source));
}

/**
 * Records of two patients with different recorded sexes, or different generational suffixes (a father "Sr" and his
 * son "Jr"): two people. A record certainly matching both (twins Michael and Michelle, "Michele" on the family
 * mailbox; "Charles" on the household's mailbox and landline, father and son) could be either: it is linked to
 * neither, and a person decides (the hard negatives: a suffix conflict never auto-links). (Not
 * also the shape of close-named twins, twinsShape: that cost 0.1–0.16 points of review on seeds 1, 3, 4 and 7, where
 * it is a typo of one person's name far more often; a merge of such patients is refused, mayAutoMerge.)
 */
export function twoPeople<R>(one: readonly PatientRecord<R>[], other: readonly PatientRecord<R>[]): boolean {
  return differ(one, other, (p) => p.sex) || differ(one, other, (p) => p.suffix);
}

/** Some record of `one` and some record of `other` give the fact, and give it differently. */
function differ<R>(one: readonly PatientRecord<R>[], other: readonly PatientRecord<R>[], fact: (p: NormalizedPerson) => string | undefined): boolean {
  const given = new Set(one.map((r) => fact(r.normalized)).filter(Boolean));
  return other.some((r) => {
    const f = fact(r.normalized);
    return Boolean(f) && [...given].some((g) => g !== f);
  });
}

/**
 * decideLink's link, unless the records of the patient it links to and of one of its duplicates say two people
 * (twoPeople), or one of its duplicates ties with it (`tied`: equal totals, the link a tie-break) and the two may not
 * merge (`mayMerge`: mayAutoMerge and no person's no-match or deferred item between them — twins "Chris" on the family
 * mailbox, "Robert Lee" certain to a Sr and a Jr with no suffix recorded): then none, and a person decides which one
 * the record is, as a profile's tie is asked (decideProfile). A tie of one person known twice still links and merges.
 * The service and the accuracy harness both settle a decision so.
 */
export function linkUnlessTwoPeople<P, R>(
  decision: Decision<P>,
  recordsOf: (patient: P) => readonly PatientRecord<R>[],
  mayMerge: (other: P) => boolean = () => true,
): P | undefined {
  const link = decision.link;
  if (link === undefined || !decision.duplicates.length) return link;
  if (decision.duplicates.some((d) => twoPeople(recordsOf(link), recordsOf(d)))) return undefined;
  return decision.tied?.some((d) => !mayMerge(d)) ? undefined : link;
}

/**
 * A birth date "a typo apart" (a digit, transposed digits) in another year: 1960 / 1990, 1979 / 1997 — a parent and
 * child sharing a birthday, two people of one name a generation apart — more often than one person mistyped.
 */
export function typoInAnotherYear(levels: Comparison, a: NormalizedPerson, b: NormalizedPerson): boolean {
  return (levels.birthDate === 'typo' || levels.birthDate === 'transposed') && a.birthDate!.slice(0, 4) !== b.birthDate!.slice(0, 4);
}

/**
 * One surname, given names only close, and one birth date — exactly, or up to a typo, a day/month swap or transposed
 * digits in the same year (Kirsten 1988-07-03 and Kristen 1988-03-07: a twin's date mistyped is still the twins' shape).
 */
function twinsShape(levels: Comparison, a: NormalizedPerson, b: NormalizedPerson): boolean {
  const oneBirthday = AGREEING_BIRTH.has(levels.birthDate) && !typoInAnotherYear(levels, a, b);
  return oneBirthday && SAME_FAMILY.has(levels.familyName) && (levels.givenName === 'jw92' || levels.givenName === 'jw85') && !mistypedName(a.givenFirst, b.givenFirst);
}

/**
 * The given names of the waiting record and of a record of the patient disagree (compare's `disagree`), and not
 * because one is a slip of the other's name or of a name the other is a nickname of (oneNameMistyped: "Bobby" against
 * "Roobert", read as Robert; "Sam" against "Smauel", read as Samuel). `waitingRead` is the waiting record's name as
 * read (readAsGivenName), or undefined when the slip may not be read (slipMayBeRead) or reads as no name: then a
 * disagreeing name refuses as written. A slip of two names ("Cnthia": Cynthia or Cinthia) is read as neither.
 */
function givenDisagrees(levels: Comparison, waiting: NormalizedPerson, waitingRead: string | undefined, b: NormalizedPerson): boolean {
  return levels.givenName === 'disagree' && !(waitingRead && oneNameMistyped(waiting.givenFirst, b.givenFirst, waitingRead));
}

/**
 * Whether a slip may be read as its name before a record of the patient refuses (givenDisagrees): only when the
 * waiting record shares the person's own mailbox (one spelling a name of the two records: mailboxIsOwn) with a certain
 * record of the patient. A birth date, a landline, a home or a family mailbox is also a twin's: twin sister "Sam" on
 * the family landline with the twins' birth date is refused by Samuel's patient holding a "Smauel" and must stay so
 * (identity16's review; with every record printing "Samuel" she is adopted, a nickname and the birth date being an own
 * fact — the hazard this rule must not widen).
 */
function slipMayBeRead<R>(waiting: NormalizedPerson, compared: readonly { r: PatientRecord<R>; levels: Comparison }[], certain: (record: R) => boolean): boolean {
  return compared.some(({ r, levels }) => certain(r.id) && levels.email === 'exact' && mailboxIsOwn(waiting, r.normalized));
}

/** An e-mail, a phone or a home in common. */
function sharesContact(levels: Comparison): boolean {
  return levels.email === 'exact' || levels.phone === 'exact' || levels.address === 'exact' || levels.address === 'line';
}

/**
 * Adoption's own conditions (docs/identity.md, "Adoption"), besides decideLink's link. A waiting record is decided
 * again when a patient's record enters the index near it — often before its own person's patient exists, when the only
 * patient near it is a parent's, a child's, a sibling's or a twin's at the same home, or a stranger's of one name and
 * birthday. So it joins `records` (every record of the patient decideLink chose; `certain`: those that are a clean
 * certain pair with it) only when:
 * - no record of the patient says another person: a birth date, a given name or a sex that disagrees (a given name
 *   that is a slip of the waiting record's name or of the name it is a nickname of does not when the waiting record
 *   shares the person's own mailbox with a certain record: "Roobert" against "Bobby", read as "Robert";
 *   givenDisagrees, slipMayBeRead; identity16), a birth date a typo apart in another year (a parent and child sharing
 *   a birthday), or a generational suffix conflict (a patient whose records disagree so may already hold two people);
 *   nor is in the shape of twins (one surname, given names only close, one birth date up to a same-year typo or swap:
 *   Kristen and Kirsten) unless their middle names agree or they share an e-mail;
 * - a certain pair shares a fact a household (or a namesake) does not (`ownFact`); or the waiting record's mailbox
 *   spells the name and the birth year of a record of the patient, under the same given name or its nickname
 *   ("jeffreysmith78@" for Jeffrey Smith born 1978), and it shares a phone or an e-mail with a certain record that
 *   no record of another patient among its candidates (`others`) holds (`datedMailbox`, `sharesOwnContact`): a
 *   namesake of that birth year would also need that phone or e-mail, and a son or daughter of one name on the home
 *   landline has a mailbox of another year (docs/identity.md, "A mailbox dated with the birth year").
 */
export function mayAdopt<R>(
  waiting: NormalizedPerson,
  records: readonly PatientRecord<R>[],
  certain: (record: R) => boolean,
  others: readonly NormalizedPerson[] = [],
): boolean {
  // Each record compared with the waiting one once: the refusals, ownFact and the dated mailbox all read these levels.
  const compared = records.map((r) => ({ r, levels: compare(waiting, r.normalized) }));
  // The waiting record's name read once, and only when a given name disagrees and the slip may be read.
  const nameDisagrees = compared.some(({ levels }) => levels.givenName === 'disagree');
  const waitingRead = nameDisagrees && slipMayBeRead(waiting, compared, certain) ? readAsGivenName(waiting.givenFirst) : undefined;
  for (const { r, levels } of compared) {
    if (levels.birthDate === 'disagree' || givenDisagrees(levels, waiting, waitingRead, r.normalized)) return false;
    if (levels.sex === 'disagree' || levels.suffix === 'conflict') return false;
    // A birth date "a typo apart" in another year (1960 / 1990: a father and son sharing a birthday): as mayAutoMerge.
    if (typoInAnotherYear(levels, waiting, r.normalized)) return false;
    if (twinsShape(levels, waiting, r.normalized) && levels.middleName !== 'exact' && levels.email !== 'exact' && !typoOnOwnMailbox(waiting, r, records, certain)) return false;
  }
  if (compared.some(({ r, levels }) => certain(r.id) && ownFact(waiting, r.normalized, levels))) return true;
  return datedMailbox(waiting, compared) && compared.some(({ r, levels }) => certain(r.id) && sharesOwnContact(waiting, levels, others));
}

/**
 * The two records share a phone or an e-mail that no record of another patient near the waiting one (`others`: its
 * candidates in other patients) also holds: a company switchboard, a care home's or a shelter's line, a family's
 * landline that a member's own patient carries, is not one person's (identity11's review: two John Millers born in 1960
 * on one switchboard).
 */
function sharesOwnContact(waiting: NormalizedPerson, levels: Comparison, others: readonly NormalizedPerson[]): boolean {
  const phone = levels.phone === 'exact' && !others.some((o) => o.phone === waiting.phone);
  const email = levels.email === 'exact' && !others.some((o) => o.email === waiting.email);
  return phone || email;
}

const sharesPhoneOrEmail = (levels: Comparison): boolean => levels.phone === 'exact' || levels.email === 'exact';

/** How old a birth year must be for a mailbox dated with it to be its holder's own: a minor's accounts are a parent's. */
const ADULT_YEARS = 18;

/**
 * The waiting record's mailbox spells the name of a record of the patient and ends with its birth year, under the
 * same given name or a nickname — and nothing says another member of the family (identity11's review):
 * - no middle name disagrees (John Michael on the father John Robert's dated mailbox) and a generational suffix on
 *   the waiting record is on a record of the patient too ("John Miller Jr" on johnmiller60@, his father's, is not
 *   John Miller's, born 1960, with no suffix recorded);
 * - the birth year is an adult's (johnmiller12@ is not the 14-year-old John Miller's own: his father's account);
 * - neither given name is the short form of a man's and a woman's name alike ("Chris" on christophermiller75@ may be
 *   his wife; "Christine" against twin brother Christopher's "Chris" records).
 */
function datedMailbox<R>(waiting: NormalizedPerson, compared: readonly { r: PatientRecord<R>; levels: Comparison }[]): boolean {
  if (waiting.suffix && !compared.some(({ r }) => r.normalized.suffix === waiting.suffix)) return false;
  if (compared.some(({ levels }) => levels.middleName === 'disagree')) return false;
  if (shortFormOfBothSexes(waiting.givenFirst)) return false;
  const adultYear = new Date().getUTCFullYear() - ADULT_YEARS;
  return compared.some(({ r: { normalized: r }, levels }) => (levels.givenName === 'exact' || levels.givenName === 'nickname')
    && Number(r.birthDate?.slice(0, 4)) <= adultYear && !shortFormOfBothSexes(r.givenFirst) && mailboxNamesWithBirthYear(waiting, r));
}

/**
 * A record of the patient in the shape of twins with the waiting record ("Anrdew" against the waiting "Andrew") is
 * its person's typo, not a twin's record, when its mailbox spells the waiting record's full name (robson.andrew33@)
 * and a record the waiting one is certain with, printing its given name exactly, is on that same mailbox: the typo
 * and the name are one person's. A twin's name elsewhere in the patient (a "Kirsten" among Kristen's records, on
 * kristen.parr@ or on the home phone) is not excused (identity8's review).
 */
function typoOnOwnMailbox<R>(waiting: NormalizedPerson, typo: PatientRecord<R>, records: readonly PatientRecord<R>[], certain: (record: R) => boolean): boolean {
  if (!typo.normalized.email || !mailboxNames(typo.normalized, waiting)) return false;
  return records.some((r) => r !== typo && certain(r.id) && compare(waiting, r.normalized).givenName === 'exact' && compare(r.normalized, typo.normalized).email === 'exact');
}

/**
 * A fact two records share that a household member or a namesake does not:
 * - the birth date, exactly; or a typo, a day/month swap or transposed digits within the same year when they also
 *   share an e-mail or a phone (a month typo alone joins two people of one name born the same year) — and never when
 *   the surnames disagree and no e-mail or phone is shared (Karen Walker and Karen Martin, one birthday);
 * - the same e-mail when it spells one of the two full names (john.miller@), with no generational suffix on one side
 *   only (John Miller Sr and his son John). An initial and surname ("jmiller@") is not enough: it spells the father
 *   and the son alike, and a profile carries no suffix to tell them apart — with no birth date that agrees exactly, a
 *   person decides. On a mailbox that spells neither (thesmiths@, millerfamily@) the same given name or a nickname is
 *   not enough either: "Chris" is Christine's husband as often as Christine. Nor, on a mailbox that spells a name, a
 *   short form of a man's and a woman's name that is not the other record's given name as printed ("Chris" on
 *   christophermiller75@: his wife as often as him; shortFormOfBothSexes).
 */
function ownFact(a: NormalizedPerson, b: NormalizedPerson, levels: Comparison = compare(a, b)): boolean {
  const contact = sharesPhoneOrEmail(levels);
  const birth = levels.birthDate === 'exact' || (AGREEING_BIRTH.has(levels.birthDate) && !typoInAnotherYear(levels, a, b) && contact);
  const otherFamily = levels.familyName !== MISSING && !SAME_FAMILY.has(levels.familyName);
  if (birth && (!otherFamily || contact)) return true;
  return levels.email === 'exact' && levels.suffix !== 'partial' && mailboxIsOwn(a, b) && (levels.givenName === 'exact' || !shortFormOfBothSexes(a.givenFirst));
}
