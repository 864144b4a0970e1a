/**
 * The matcher measured on a labelled set (identity-generator.ts), as identity-svc uses it: records arrive one by one
 * (the set's order); each is blocked against the records already indexed (BlockIndex, BLOCK_CAP), scored against
 * every candidate, and joins the patient (cluster) with its best 'certain' candidate, unless that patient holds at
 * least as many hard negatives for it as certain matches, or another certain patient is closed that way (then it is
 * ambiguous); a partner's record that joins no one starts a patient only when the service would create a profile for it
 * (given name, family name and birth date, nothing queued) — else it waits unlinked, and is adopted (decided again,
 * mayAdopt) when a record of a patient it bears on enters the index, as identity-svc's IngestService.adopt does. A
 * Patient Graph record (a profile) is always its own patient, as in the service (the patient feed indexes it linked to
 * itself and decides nothing for it). A record that certainly joins two patients merges them when mayAutoMerge()
 * allows (the service's automatic merge). Its 'probable' pairs, and certain ones it could not follow, go to the review
 * queue; a waiting record's items that its later link does not ask again close (the service's `superseded`).
 *
 * Pairwise figures over the final patients: precision = linked pairs that are the same person / linked pairs;
 * recall = same-person pairs linked / all same-person pairs; twin merges = twin pairs that share a patient; review =
 * same-person pairs not linked but graded 'probable' (the queue) / all same-person pairs. The baseline links on
 * given name + surname + birth date, exact after normalization.
 */
import {
  ADOPTION_LIMIT,
  BlockIndex,
  decideLink,
  gradeOf,
  mayAutoMerge,
  linkUnlessTwoPeople,
  mayAdopt,
  mayMergeProfile,
  Matcher,
  normalizePerson,
  TermFrequencyTable,
  type MatchModel,
  type NormalizedPerson,
  type PatientRecord,
} from '../../apps/identity-svc/src/matching/index.js';
import type { LabelledSet } from './identity-generator.js';

export interface ScoredCandidate {
  /** Index of the earlier record. */
  other: number;
  probability: number;
  total: number;
  /** Hard negative or capped: never certain. */
  heldBack: boolean;
  hardNegative: boolean;
  /** Matcher.score's reasons (hard negatives, ambiguity, capped block). */
  reasons: string[];
}

export interface ScoredSet {
  normalized: NormalizedPerson[];
  /** Per record (in arrival order), its candidates among the records before it. */
  candidates: ScoredCandidate[][];
  /** Scores a record against a person not in the set (the profile a webhook makes for the patient a record starts). */
  scorePair?: (j: number, other: NormalizedPerson) => { probability: number; heldBack: boolean };
  pairsScored: number;
  scoreMs: number;
  cappedBlocks: number;
}

/** Blocks and scores every record against the ones before it. Thresholds play no part here. */
export function scoreSet(set: LabelledSet, matcher: Matcher): ScoredSet {
  const normalized = set.records.map((r) => normalizePerson(r.input));
  const tf = TermFrequencyTable.from(normalized);
  const index = new BlockIndex<number>();
  const candidates: ScoredCandidate[][] = [];
  let pairsScored = 0;
  let cappedBlocks = 0;
  let scoreMs = 0;
  for (let j = 0; j < normalized.length; j++) {
    const found = index.candidates(normalized[j]!.blockingKeys);
    cappedBlocks += found.capped.length;
    const started = performance.now();
    const list: ScoredCandidate[] = [];
    for (const c of found.candidates) {
      const s = matcher.score(normalized[j]!, normalized[c.id]!, tf, { capped: c.capped });
      list.push({ other: c.id, probability: s.explanation.probability, total: s.explanation.total, heldBack: s.reasons.length > 0, hardNegative: s.hardNegative, reasons: s.reasons });
    }
    scoreMs += performance.now() - started;
    pairsScored += list.length;
    candidates.push(list);
    index.add(j, normalized[j]!.blockingKeys);
  }
  const scorePair = (j: number, other: NormalizedPerson) => {
    const s = matcher.score(normalized[j]!, other, tf);
    return { probability: s.explanation.probability, heldBack: s.reasons.length > 0 };
  };
  return { normalized, candidates, scorePair, pairsScored, scoreMs, cappedBlocks };
}

export interface Confusion {
  /** Same person: linked, sent to review, not linked. */
  match: { linked: number; review: number; none: number };
  /** Different people. */
  nonMatch: { linked: number; review: number; none: number };
}

export interface Accuracy {
  records: number;
  people: number;
  truePairs: number;
  linkedPairs: number;
  precision: number;
  recall: number;
  twinPairs: number;
  twinMerges: number;
  /** Share of same-person pairs sent to review. */
  review: number;
  confusion: Confusion;
  /** The queued pairs still open at the end whose records are in different patients (for analysis scripts). */
  openReview: [number, number][];
  /** Each record's final patient (a negative number: a record still waiting). */
  clusterOf: number[];
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function summarize(set: LabelledSet, clusterOf: number[], reviewPairs: [number, number][]): Accuracy {
  const personOf = set.records.map((r) => r.personId);
  const byCluster = new Map<number, Map<string, number>>();
  for (let i = 0; i < clusterOf.length; i++) {
    let m = byCluster.get(clusterOf[i]!);
    if (!m) byCluster.set(clusterOf[i]!, (m = new Map()));
    m.set(personOf[i]!, (m.get(personOf[i]!) ?? 0) + 1);
  }
  let linked = 0;
  let tp = 0;
  const clustersOfPerson = new Map<string, Set<number>>();
  for (const [cluster, persons] of byCluster) {
    let size = 0;
    for (const [person, n] of persons) {
      size += n;
      tp += pairs(n);
      let s = clustersOfPerson.get(person);
      if (!s) clustersOfPerson.set(person, (s = new Set()));
      s.add(cluster);
    }
    linked += pairs(size);
  }
  const perPerson = new Map<string, number>();
  for (const p of personOf) perPerson.set(p, (perPerson.get(p) ?? 0) + 1);
  let truePairs = 0;
  for (const n of perPerson.values()) truePairs += pairs(n);

  let twinMerges = 0;
  for (const [a, b] of set.twins) {
    const ca = clustersOfPerson.get(a);
    const cb = clustersOfPerson.get(b);
    if (ca && cb && [...ca].some((c) => cb.has(c))) twinMerges++;
  }

  const seen = new Set<string>();
  const openReview: [number, number][] = [];
  let reviewMatch = 0;
  let reviewNonMatch = 0;
  for (const [i, j] of reviewPairs) {
    if (clusterOf[i] === clusterOf[j]) continue;
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    if (seen.has(key)) continue;
    seen.add(key);
    openReview.push([i, j]);
    if (personOf[i] === personOf[j]) reviewMatch++;
    else reviewNonMatch++;
  }
  const all = pairs(set.records.length);
  const fp = linked - tp;
  return {
    records: set.records.length,
    people: set.people.length,
    truePairs,
    linkedPairs: linked,
    precision: linked ? tp / linked : 1,
    recall: truePairs ? tp / truePairs : 1,
    twinPairs: set.twins.length,
    twinMerges,
    review: truePairs ? reviewMatch / truePairs : 0,
    confusion: {
      match: { linked: tp, review: reviewMatch, none: truePairs - tp - reviewMatch },
      nonMatch: { linked: fp, review: reviewNonMatch, none: all - truePairs - fp - reviewNonMatch },
    },
    openReview,
    clusterOf,
  };
}

/** How the replay treats a partner record that joins no patient on arrival. */
export interface ClusterOptions {
  /**
   * 'service' (default): as identity-svc does — a partner record that links to no one starts a patient only when a
   * profile can be made of it (given name, family name and birth date: the webhooks' rule) and nothing was queued for
   * it; otherwise it waits unlinked, and is adopted (decided again with the same rules) when a record of a patient
   * it bears on enters the index. 'start-patient': the earlier replay — every record that links to no one starts a
   * patient (no record waits, nothing is adopted).
   */
  partners?: 'service' | 'start-patient';
  /** With 'service': whether waiting records are adopted (default true; false measures the service without adoption). */
  adoption?: boolean;
  /**
   * A Patient Graph record (a profile): 'decided' (default) as the service — a profile is its own patient (the patient
   * feed indexes it linked to itself), and is decided: certain to another patient and mayMergeProfile allows, that
   * patient is merged into the profile's; otherwise its certain pairs automation did not follow and its probable ones
   * with other patients are queued. 'own-patient': the replay before (2026-11-30, 14:00 UTC), where nothing decided it
   * (only a later record's automatic merge joined it to another patient); 'join': the earlier replay, where it joined
   * the patient decideLink chose like a partner's record.
   */
  profiles?: 'decided' | 'own-patient' | 'join';
  /** With 'decided': the lowest grade of a profile's pair with another patient that is queued (default 'probable'). */
  profileReview?: 'probable' | 'possible';
  /** With 'decided': false queues a profile's certain patients and merges none (the review-item part alone). */
  profileMerges?: boolean;
  /**
   * With 'decided': 'first' is the replay before the second review (2026-11-30): certain to several patients, the
   * first mayMergeProfile allows is merged (a tie-break). Default: merged only when certain to one, or to several
   * that may all be merged with each other.
   */
  profileTies?: 'first';
  /**
   * Whether a patient a partner record starts carries the profile the service makes for it (PatientCreator.create:
   * name, birth date, e-mail) in the merge guards (default true; false: the replay before the second review).
   */
  profileCopies?: boolean;
  /**
   * With profileCopies: 'witness' is the replay before identity5 (2026-11-30), where the merge guards read that copy as
   * a clinic profile of its own (a second witness). Default 'copy': it is its partner record again (PatientRecord.copy;
   * the harness's copies are never edited, so they stay copies).
   */
  profileCopyAs?: 'copy' | 'witness';
  /**
   * Whether a waiting record's open review items close when it is linked later (default true, as the service's
   * `superseded`): those its new decision does not ask again (the service's queue() answers with the item already
   * waiting on the record and a patient). false: they stay open (the service before).
   */
  supersede?: boolean;
  /**
   * Analysis scripts' hook (scripts/identity-analyse.ts): called with what automation refused for a record, never
   * changing a decision. `ids`: for 'adoption-refused' the records of the patient it was refused into; for 'neither'
   * (certain to two patients that say two people) and 'merge-refused' (mayAutoMerge said no) the patients.
   */
  trace?: (event: 'adoption-refused' | 'neither' | 'merge-refused', record: number, ids: number[]) => void;
}

/**
 * Replays the arrivals with these thresholds: the patients the matcher would have made (decideLink(), as the service).
 *
 * A record that waits unlinked is its own singleton in the figures: its pairs with its person's other records are
 * same-person pairs not linked (missed, against recall; in review when a pair of it is queued). A person whose records
 * all wait (none started or joined a patient) counts the same way: every pair of theirs is missed — they are one person
 * the service has not put together. (The generator gives everyone a Patient Graph record, which always joins or starts
 * a patient, so this happens only when that record joined another person's patient.)
 */
export function cluster(set: LabelledSet, scored: ScoredSet, thresholds: MatchModel['thresholds'], options: ClusterOptions = {}): Accuracy {
  const partners = options.partners ?? 'service';
  const profilesJoin = options.profiles === 'join';
  const profilesDecided = options.profiles === undefined || options.profiles === 'decided';
  const supersede = options.supersede !== false;
  const n = scored.candidates.length;
  /** The patient of each record (a patient is named by the record that started it); undefined: unlinked (waiting) or not arrived. */
  const patientOf: (number | undefined)[] = [];
  const members = new Map<number, number[]>();
  /** The queued pairs still open, by pair key; and each record's keys (to close them when it is linked later). */
  const reviewPairs = new Map<string, [number, number]>();
  const itemsOf = new Map<number, Set<string>>();
  const queuePair = (i: number, j: number) => {
    const key = i < j ? `${i}:${j}` : `${j}:${i}`;
    reviewPairs.set(key, [i, j]);
    for (const r of [i, j]) {
      let keys = itemsOf.get(r);
      if (!keys) itemsOf.set(r, (keys = new Set()));
      keys.add(key);
    }
  };
  const recordOf = (i: number): PatientRecord<number> => ({ id: i, source: set.records[i]!.system, normalized: scored.normalized[i]! });
  /**
   * The profile the service makes for a patient a partner record starts (PatientCreator.create: its name, birth date
   * and e-mail), indexed with that patient: a record of id n + i for the starting record i. It takes part in the merge
   * guards (mayAutoMerge, mayMergeProfile, as the service reads a patient's records whole); it is not a candidate of
   * later records' decideLink here (the harness scores the set once).
   */
  const copies = new Map<number, PatientRecord<number>>();
  const startCopy = (i: number) => {
    if (options.profileCopies === false || set.records[i]!.system === 'patient-graph') return;
    const { givenName, familyName, birthDate, email } = set.records[i]!.input;
    copies.set(i, { id: n + i, source: 'patient-graph', ...(options.profileCopyAs === 'witness' ? {} : { copyOf: scored.normalized[i]! }), normalized: normalizePerson({ source: 'patient-graph', givenName, familyName, birthDate, ...(email ? { email } : {}) }) });
  };
  /** A patient's records as the service reads them: its cluster's and the profile a partner record's start made. */
  const recordsOf = (p: number): PatientRecord<number>[] => members.get(p)!.flatMap((i) => [recordOf(i), ...(copies.has(i) ? [copies.get(i)!] : [])]);
  /** Record j's pair with record or copy `id` is certain (its agreement, as the merge guards ask). */
  const certainWith = (j: number, byOther: Map<number, ScoredCandidate & { other: number }>) => (id: number) => {
    if (id >= n) {
      const s = scored.scorePair?.(j, copies.get(id - n)!.normalized);
      return s !== undefined && gradeOf(s.probability, s.heldBack, thresholds) === 'certain';
    }
    const c = byOther.get(id);
    return c !== undefined && gradeOf(c.probability, c.heldBack, thresholds) === 'certain';
  };
  // Each record's pairs in both directions: the earlier ones from its own candidates, the later ones from theirs.
  const later: Array<Array<ScoredCandidate & { other: number }>> = Array.from({ length: n }, () => []);
  for (let j = 0; j < n; j++) for (const c of scored.candidates[j]!) later[c.other]!.push({ ...c, other: j });
  let arrived = -1;
  const pairsOf = (i: number) => [...scored.candidates[i]!, ...later[i]!.filter((c) => c.other <= arrived)];
  const join = (i: number, patient: number) => {
    patientOf[i] = patient;
    let own = members.get(patient);
    if (!own) members.set(patient, (own = []));
    own.push(i);
    return own;
  };

  /**
   * decideLink over the record's pairs with records in patients now (the service's decideFor), the link settled by
   * linkUnlessTwoPeople, an automatic merge when mayAutoMerge allows, its pairs queued. Returns whether it joined a
   * patient and whether anything of it was queued.
   */
  const settle = (j: number, adopting = false): { linked: boolean; queued: boolean } => {
    const candidates = pairsOf(j).filter((c) => patientOf[c.other] !== undefined);
    const decision = decideLink(candidates.map((c) => ({ patient: patientOf[c.other]!, probability: c.probability, total: c.total, reasons: c.reasons })), thresholds);
    const agrees = certainWith(j, new Map(candidates.map((c) => [c.other, c])));
    // Two patients whose records say two people (twoPeople), or tied and not to be merged (mayAutoMerge), both
    // certain: linked to neither (a person decides which).
    let link = linkUnlessTwoPeople(decision, (p) => members.get(p)!.map(recordOf), (d) => mayAutoMerge(j, recordsOf(decision.link!), recordsOf(d), agrees));
    const neither = decision.link !== undefined && link === undefined;
    // Adoption links only on a fact a household does not share, into a patient none of whose records says another
    // person (mayAdopt); otherwise the record keeps waiting and the pair goes to a person (the service's 'ambiguous').
    let refused: number | undefined;
    if (adopting && link !== undefined && !mayAdopt(scored.normalized[j]!, recordsOf(link), agrees, candidates.filter((c) => patientOf[c.other] !== link).map((c) => scored.normalized[c.other]!))) {
      refused = link;
      options.trace?.('adoption-refused', j, [...members.get(link)!]);
      link = undefined;
    }
    if (neither) options.trace?.('neither', j, [decision.link!, ...decision.duplicates]);
    if (link !== undefined) {
      const own = join(j, link);
      // The same person known twice, joined by this record (decideLink's duplicates): merged when mayAutoMerge() allows
      // it (the service starts the merge saga), else queued. One merge per record: the service's admission refuses a
      // second while the first is in flight (queued). The records of a patient are its cluster's (the service reads
      // them from the index).
      const merged = decision.duplicates.find((other) => mayAutoMerge(j, recordsOf(link!), recordsOf(other), agrees));
      if (merged === undefined && decision.duplicates.length) options.trace?.('merge-refused', j, [link, ...decision.duplicates]);
      if (merged !== undefined) {
        for (const i of members.get(merged)!) patientOf[i] = link;
        own.push(...members.get(merged)!);
        members.delete(merged);
      }
    }
    const unresolved = new Set(neither ? [decision.link!, ...decision.unresolved] : decision.unresolved);
    if (refused !== undefined) unresolved.add(refused);
    let queued = false;
    const asked = new Set<number>();
    for (const c of candidates) {
      const other = patientOf[c.other]!;
      // Probable pairs (and certain ones held back) are queued; so are the pairs of patients automation could not follow.
      if ((unresolved.has(other) && other !== link) || gradeOf(c.probability, c.heldBack, thresholds) === 'probable') {
        queuePair(c.other, j);
        asked.add(other);
        queued = true;
      }
    }
    // A waiting record linked now (adopted): its items this decision did not ask again are superseded (closed).
    if (supersede && adopting && link !== undefined) {
      for (const key of itemsOf.get(j) ?? []) {
        const pair = reviewPairs.get(key);
        if (!pair) continue;
        const other = pair[0] === j ? pair[1] : pair[0];
        if (!asked.has(patientOf[other]!)) reviewPairs.delete(key);
      }
    }
    return { linked: link !== undefined, queued };
  };

  /**
   * A profile entering the index (the service's PatientFeed → MatchingService.decideProfile), its own patient now:
   * decideLink over its pairs with the other patients' records. Certain (linkUnlessTwoPeople) to exactly one patient
   * that mayMergeProfile allows, or to several that all do and pass mayAutoMerge with the first (decideFor's
   * mergeable): its patient is merged INTO the first (the established patient survives; one merge per record, as
   * admission: the others are queued). Otherwise the certain patients and the probable pairs are queued. (A person's
   * waiting question between the two patients also holds the service off; a profile arrives once here, with none.)
   */
  const decideProfile = (j: number) => {
    const own = patientOf[j]!;
    const candidates = pairsOf(j).filter((c) => patientOf[c.other] !== undefined && patientOf[c.other] !== own);
    const decision = decideLink(candidates.map((c) => ({ patient: patientOf[c.other]!, probability: c.probability, total: c.total, reasons: c.reasons })), thresholds);
    const agrees = certainWith(j, new Map(pairsOf(j).map((c) => [c.other, c])));
    const link = linkUnlessTwoPeople(decision, (p) => members.get(p)!.map(recordOf));
    const certain = link === undefined ? [] : [link, ...decision.duplicates];
    const allowed = options.profileMerges === false ? [] : certain.filter((other) => mayMergeProfile(recordOf(j), recordsOf(own), recordsOf(other), agrees));
    const together = link !== undefined && allowed.length === certain.length && decision.duplicates.every((d) => mayAutoMerge(j, [recordOf(j), ...recordsOf(link!)], recordsOf(d), agrees));
    let survivor: number | undefined;
    if (link !== undefined && certain.length && (options.profileTies === 'first' ? allowed.length > 0 : together)) {
      survivor = options.profileTies === 'first' ? allowed[0]! : link;
      const moved = members.get(own)!;
      for (const i of moved) patientOf[i] = survivor;
      members.get(survivor)!.push(...moved);
      members.delete(own);
    }
    const unresolved = new Set([...(decision.link !== undefined ? [decision.link, ...decision.duplicates] : []), ...decision.unresolved]);
    const lowest = options.profileReview ?? 'probable';
    for (const c of candidates) {
      const other = patientOf[c.other]!;
      if (other === patientOf[j]) continue;
      const grade = gradeOf(c.probability, c.heldBack, thresholds);
      if (unresolved.has(other) || grade === 'probable' || (lowest === 'possible' && grade === 'possible')) queuePair(c.other, j);
    }
  };

  /** Adoption (the service's IngestService.adopt): the waiting records `start` bears on are decided again, in a cascade. */
  const adopt = (start: number) => {
    const work = [start];
    const seen = new Set([start]);
    let adopted = 0;
    while (work.length && adopted < ADOPTION_LIMIT) {
      const r = work.shift()!;
      for (const c of pairsOf(r)) {
        const u = c.other;
        if (patientOf[u] !== undefined || seen.has(u) || adopted >= ADOPTION_LIMIT) continue;
        if (set.records[u]!.system === 'patient-graph') continue; // a profile record is its own patient's, never adopted
        if (gradeOf(c.probability, c.heldBack, thresholds) === null && !c.hardNegative) continue; // MatchingService.bearsOn
        seen.add(u);
        if (settle(u, true).linked) {
          adopted++;
          work.push(u);
        }
      }
    }
  };

  for (let j = 0; j < n; j++) {
    arrived = j;
    // A profile is its own patient in the service: the feed indexes it linked to itself and decides nothing for it.
    const own = set.records[j]!.system === 'patient-graph' && partners === 'service' && !profilesJoin;
    const { linked, queued } = own ? { linked: false, queued: false } : settle(j);
    if (!linked) {
      const input = set.records[j]!.input;
      const profileable = !!(input.givenName && input.familyName && input.birthDate);
      // A Patient Graph record is its own patient; a partner's starts one as the webhooks do (or always, the old replay).
      if (set.records[j]!.system === 'patient-graph' || partners === 'start-patient' || (profileable && !queued)) {
        join(j, j);
        // A partner record that starts a patient gets the profile the service makes for it (PatientCreator.create).
        if (partners === 'service' && profileable) startCopy(j);
      }
    }
    if (own && profilesDecided) decideProfile(j);
    if (partners === 'service' && options.adoption !== false && patientOf[j] !== undefined) adopt(j);
  }
  // A record still waiting is a singleton: a patient of its own in the figures, linked to nobody.
  const clusterOf = Array.from({ length: n }, (_, i) => patientOf[i] ?? -1 - i);
  return summarize(set, clusterOf, [...reviewPairs.values()]);
}

/** First + last name + birth date, exact after normalization (what a simple system would do). */
export function deterministicBaseline(set: LabelledSet, normalized: NormalizedPerson[]): Accuracy {
  const byKey = new Map<string, number>();
  const clusterOf: number[] = [];
  normalized.forEach((n, j) => {
    const key = n.givenFirst && n.family && n.birthDate ? `${n.givenFirst}|${n.family}|${n.birthDate}` : undefined;
    const found = key === undefined ? undefined : byKey.get(key);
    clusterOf.push(found ?? j);
    if (key !== undefined && found === undefined) byKey.set(key, j);
  });
  return summarize(set, clusterOf, []);
}

/** Share of same-person pairs (both sides present) whose surname / given name differ after normalization. */
export function disagreement(set: LabelledSet, normalized: NormalizedPerson[]): { surname: number; given: number } {
  const byPerson = new Map<string, number[]>();
  set.records.forEach((r, i) => {
    let l = byPerson.get(r.personId);
    if (!l) byPerson.set(r.personId, (l = []));
    l.push(i);
  });
  let surname = 0;
  let given = 0;
  let n = 0;
  for (const idx of byPerson.values()) {
    for (let a = 0; a < idx.length; a++) {
      for (let b = a + 1; b < idx.length; b++) {
        const x = normalized[idx[a]!]!;
        const y = normalized[idx[b]!]!;
        n++;
        if (x.family !== y.family) surname++;
        if (x.givenFirst !== y.givenFirst) given++;
      }
    }
  }
  return { surname: surname / n, given: given / n };
}

export const TARGETS = { precision: 0.995, recall: 0.95, twinMerges: 0, review: 0.02 };

export function meetsTargets(a: Accuracy): boolean {
  return a.precision >= TARGETS.precision && a.recall >= TARGETS.recall && a.twinMerges <= TARGETS.twinMerges && a.review <= TARGETS.review;
}

export function formatAccuracy(label: string, a: Accuracy): string {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return `${label.padEnd(28)} precision ${a.precision.toFixed(4)}  recall ${a.recall.toFixed(4)}  twin merges ${a.twinMerges}/${a.twinPairs}  true matches to review ${pct(a.review)}`;
}

export function formatConfusion(a: Accuracy): string {
  const c = a.confusion;
  const w = 14;
  const row = (label: string, r: { linked: number; review: number; none: number }) =>
    `${label.padEnd(16)}${String(r.linked).padStart(w)}${String(r.review).padStart(w)}${String(r.none).padStart(w)}`;
  return [
    `${'pairs'.padEnd(16)}${'auto-linked'.padStart(w)}${'review'.padStart(w)}${'not linked'.padStart(w)}`,
    row('same person', c.match),
    row('different', c.nonMatch),
  ].join('\n');
}
