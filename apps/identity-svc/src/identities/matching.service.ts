import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { decide, defineAbilityFor, enforce, listAbilityFor, patientScope } from '@pg/access';
import type { MatchCandidateDto, MatchExplanationDto, MatchGrade, MatchPersonDto, Page, RequestMeta, ReviewReason } from '@pg/contracts';
import { BLOCK_CAP, decideLink, linkUnlessTwoPeople, Matcher, mayAdopt, mayAutoMerge, mayMergeProfile, normalizePerson, type NormalizedPerson, type PersonInput, type Scored } from '../matching/index.js';
import { noMatchAmong, pairKey } from '../review/decisions.js';
import { heldAmong } from '../review/review.repository.js';
import { MergesService } from '../merges/merges.service.js';
import { IdentifierRepository } from './identifier.repository.js';
import { MatchIndexRepository, type Candidate, type IndexedRecord } from './match-index.repository.js';
import { tableOf } from '@pg/persistence';
import { pgArray } from './raw-sql.js';

/** A candidate patient: the best-scoring of its records, and why automation may not act on it. */
export interface ScoredCandidate {
  patientId: string;
  record: Candidate;
  scored: Scored;
  blockers: string[];
}

/** What automation did with an ingested record. */
export type IngestOutcome =
  /**
   * `merges`: other patients this record shows to be the same person, which mayAutoMerge() lets automation merge into
   * this one. `survivor`: the patient the link lands on (MergesService.survivorOf: `patientId`, or the patient it is
   * being merged into). `reviewItemIds`: the items this decision asked (they stay open when the link supersedes others).
   */
  | { kind: 'linked'; patientId: string; survivor: string; explanation: MatchExplanationDto; merges: ScoredCandidate[]; reviewItemIds: string[] }
  | { kind: 'queued'; reviewItemIds: string[] }
  | { kind: 'none' };


/**
 * The match: blocking keys → capped candidate blocks (GIN) and the term frequencies of the name values, in one round
 * trip → Fellegi–Sunter score in memory → candidates ranked by probability, per patient. Automation (ingest) links a
 * certain, unblocked, unambiguous match, queues a probable one (or a certain one it may not act on) for review, and
 * does nothing below — never against a person's decision.
 */
@Injectable()
export class MatchingService {
  private readonly matcher = Matcher.load();

  constructor(
    private readonly index: MatchIndexRepository,
    private readonly identifiers: IdentifierRepository,
    private readonly em: EntityManager,
    private readonly merges: MergesService,
  ) {}

  get modelVersion(): string {
    return this.matcher.modelVersion;
  }

  /** `POST /v1/identities/match`: admins see every candidate, clinicians those of their care team. */
  async match(meta: RequestMeta, body: MatchPersonDto): Promise<Page<MatchCandidateDto>> {
    enforce(decide(defineAbilityFor(meta.actor), 'read', 'IdentityMatch'), 'Patient', 'Not allowed to match identities');
    const scope = patientScope(listAbilityFor(meta.actor), 'read', 'Identity');
    const { onlyCertainMatches, limit, ...person } = body;
    const normalized = normalizePerson({ source: 'patient-graph', ...person } as PersonInput);
    const ranked = await this.rank(normalized, undefined, scope?.kind === 'some' ? scope.patientIds : scope ? undefined : []);
    const graded = ranked.filter((c) => c.scored.grade !== null);
    let items: ScoredCandidate[];
    if (onlyCertainMatches) {
      const certain = graded.filter((c) => c.scored.grade === 'certain');
      items = certain.length === 1 ? certain : [];
    } else {
      items = graded.slice(0, limit ?? 10);
    }
    return { items: items.map(toCandidateDto), nextCursor: null, limit: limit ?? 10 };
  }

  /**
   * Candidates for a normalized person, best per patient, best first. `scope`: only these patients (a clinician's
   * care team); `excludeRecordId`: the record itself when it is in the index.
   */
  async rank(normalized: NormalizedPerson, excludeRecordId?: string, scope?: string[]): Promise<ScoredCandidate[]> {
    return bestPerPatient(await this.scoreAll(normalized, excludeRecordId, scope));
  }

  /** Every candidate record scored (a pair reached only through capped blocks is never certain: Matcher.score). */
  private async scoreAll(normalized: NormalizedPerson, excludeRecordId?: string, scope?: string[]): Promise<ScoredCandidate[]> {
    if (scope && !scope.length) return [];
    const { candidates, tf } = await this.index.candidates(normalized, BLOCK_CAP, excludeRecordId, scope);
    return candidates.map((c) => {
      const scored = this.matcher.score(normalized, c.normalized, tf, { capped: c.capped });
      return { patientId: c.patientId!, record: c, scored, blockers: scored.reasons };
    });
  }

  /**
   * Could `record` entering a patient change what automation decides for the unlinked `waiting` (adoption)? Only when
   * their pair is one decideLink counts: graded (`possible` and up, without the term frequencies, which move a score
   * by far less than the gap to `certain`) or evidence against. Any other pair leaves its decision as it was.
   */
  bearsOn(waiting: NormalizedPerson, record: NormalizedPerson): boolean {
    const scored = this.matcher.score(waiting, record);
    return scored.grade !== null || scored.hardNegative;
  }

  /**
   * Automation on a record just written to the index (unlinked): link, queue or nothing, as decideLink() says over all
   * its scored pairs (the accuracy report measures the same function). Pairs a person decided are skipped, so a
   * rejected pair never comes back as a link or an item. `adopting`: the record waited unlinked and is decided again
   * (IngestService.adopt), which links only with adoption's own conditions met.
   */
  async decideFor(record: IndexedRecord, adopting = false): Promise<IngestOutcome> {
    if (record.patientId) return { kind: 'none' };
    const pairs = await this.scoreAll(record.normalized, record.id);
    const relevant = pairs.filter((c) => c.scored.grade === 'certain' || c.scored.grade === 'probable' || c.scored.hardNegative);
    if (!relevant.length) return { kind: 'none' };
    // Every record of the patients concerned, read once: a person's no-match between this record and ANY record of a
    // patient (not only the pair scored now: her own second account joined since) keeps that patient out, and an
    // automatic merge's guard and adoption read them whole.
    const loaded = await this.index.byPatients([...new Set(relevant.map((c) => c.patientId))]);
    const refused = await noMatchAmong(this.em, loaded.map((r) => ({ kind: 'records' as const, x: record.id, y: r.id })));
    const closed = new Set(loaded.filter((r) => refused.has(pairKey('records', record.id, r.id))).map((r) => r.patientId));
    const open = relevant.filter((c) => !closed.has(c.patientId));
    // A record a person put in its patient (a reviewer's accept, a manual link) is that patient's by decision: its
    // disagreement with this record is not held against the patient (it casts no vote in decideLink).
    const conflicting = open.filter((c) => c.scored.hardNegative);
    const byPerson = await this.identifiers.linkedByPerson(conflicting.map((c) => ({ system: c.record.source, value: c.record.sourceId })));
    const decision = decideLink(
      open
        .filter((c) => !(c.scored.hardNegative && byPerson.has(`${c.record.source}\u0000${c.record.sourceId}`)))
        .map((c) => ({ patient: c.patientId, probability: c.scored.explanation.probability, total: c.scored.explanation.total, reasons: c.scored.reasons })),
      this.matcher.thresholds,
    );
    const best = bestPerPatient(open);
    const unresolved = new Set(decision.unresolved);
    let link = decision.link;
    let survivor: string | undefined;
    const of = (patientId: string) => loaded.filter((r) => r.patientId === patientId);
    // The duplicates automation may merge into the link, asked once (mergeable judges each on its own): the tie check
    // and the merges below read the same answer.
    const mergeableNow = link !== undefined && decision.duplicates.length ? await this.mergeable(record, link, decision.duplicates, open, of) : [];
    if (link !== undefined && decision.duplicates.length) {
      // Two people (their records give different sexes), or two tied patients that may not merge (the guard, a
      // person's no-match or deferred item: mergeable), both certain: which one this is, a person decides.
      link = linkUnlessTwoPeople(decision, of, (d) => mergeableNow.includes(d));
      if (link === undefined) unresolved.add(decision.link!);
    }
    // Adoption (a waiting record decided again): only on a fact a household does not share, into a patient none of
    // whose records says another person (mayAdopt) — nor the records of the patient it is being merged into, where
    // the link would land (survivorOf) — and none of whose records a person decided is not this one (a rejected pair,
    // however it scores now). Refused by mayAdopt: the record keeps waiting and the pair goes to a person (ambiguous).
    // Refused by a person's decision: it keeps waiting, and nothing is asked again.
    // (`open` already holds no patient with a no-match against any of its records: only a merge target's are new.)
    if (adopting && link !== undefined) {
      survivor = await this.merges.survivorOf(link);
      const target = survivor === link ? [] : await this.index.byPatients([survivor]);
      const records = [...of(link), ...target];
      const rejected = target.length ? await noMatchAmong(this.em, target.map((r) => ({ kind: 'records' as const, x: record.id, y: r.id }))) : new Set<string>();
      const certain = new Set(open.filter((c) => c.scored.grade === 'certain').map((c) => c.record.id));
      // Records of other patients near it (every candidate, not only the graded ones): a contact one of them holds
      // too is no fact of this person's (a switchboard, a shelter's line).
      const others = pairs.filter((c) => c.patientId && c.patientId !== link && c.patientId !== survivor).map((c) => c.record.normalized);
      if (rejected.size) link = undefined;
      else if (!mayAdopt(record.normalized, records, (id) => certain.has(id), others)) {
        unresolved.add(link);
        link = undefined;
      }
    }
    const merges = link !== undefined ? mergeableNow : [];
    const items = await this.ask(record, best.filter((c) => c.patientId !== link && !merges.includes(c.patientId)), unresolved);
    if (link !== undefined) {
      const linked = best.find((c) => c.patientId === link)!;
      return {
        kind: 'linked', patientId: linked.patientId, survivor: survivor ?? (await this.merges.survivorOf(link)),
        explanation: linked.scored.explanation, merges: best.filter((c) => merges.includes(c.patientId)), reviewItemIds: items,
      };
    }
    return items.length ? { kind: 'queued', reviewItemIds: items } : { kind: 'none' };
  }

  /**
   * A profile entering the index (or changed), its record linked to its own patient (PatientFeed): decided against
   * the other patients (docs/identity.md, "A profile entering the index"). decideLink over its pairs with their records
   * (a person's no-match between any record of its patient and any record of another, or between the two patients,
   * keeps that patient out). A merge only when the profile is certain (linkUnlessTwoPeople) to exactly one patient, or
   * to several that would pass the merge guard with each other (mergeable, as decideFor compares them); each passes
   * mayMergeProfile; and no item between its patient and that one a person deferred (heldAmong: a question a person
   * holds is not answered by automation; automation's own open items do not hold). `merges`: the patient that survives first (the established one,
   * decideLink's link), then the other patients to merge into it; the profile's own patient is the merge's source
   * (IngestService). Everything else it is certain or probable to is queued, one item per patient; below that,
   * nothing. Its patient taken by a merge (its rows are moving): nothing.
   */
  async decideProfile(record: IndexedRecord): Promise<{ merges: ScoredCandidate[]; reviewItemIds: string[] }> {
    const own = record.patientId;
    const nothing = { merges: [], reviewItemIds: [] };
    if (!own || (await this.merges.survivorOf(own)) !== own) return nothing;
    const pairs = await this.scoreAll(record.normalized, record.id);
    const relevant = pairs.filter((c) => c.patientId !== own && (c.scored.grade === 'certain' || c.scored.grade === 'probable' || c.scored.hardNegative));
    if (!relevant.length) return nothing;
    const others = [...new Set(relevant.map((c) => c.patientId))];
    const loaded = await this.index.byPatients([own, ...others]);
    const of = (patientId: string) => loaded.filter((r) => r.patientId === patientId);
    const mine = of(own).some((r) => r.id === record.id) ? of(own) : [record, ...of(own)];
    const { asked, touches } = pairsBetween(own, mine, others, of);
    const refused = await noMatchAmong(this.em, asked);
    const waiting = await heldAmong(this.em, asked);
    const open = relevant.filter((c) => !touches(refused, c.patientId));
    const decision = decideLink(
      open.map((c) => ({ patient: c.patientId, probability: c.scored.explanation.probability, total: c.scored.explanation.total, reasons: c.scored.reasons })),
      this.matcher.thresholds,
    );
    const link = linkUnlessTwoPeople(decision, of);
    const certainTo = link === undefined ? [] : [link, ...decision.duplicates];
    const agreeing = new Set(pairs.filter((c) => c.scored.grade === 'certain').map((c) => c.record.id));
    const allowed = certainTo.filter((p) => !touches(waiting, p) && mayMergeProfile(record, mine, of(p), (id) => agreeing.has(id)));
    // Certain to several: merged only when every one may be and they pass the merge guard with each other (one
    // person known three times); otherwise a tie-break would pick one of two people, so each is asked.
    const together = link !== undefined && allowed.length === certainTo.length
      && (await this.mergeable(record, link, decision.duplicates, open, of)).length === decision.duplicates.length;
    const merges = together ? certainTo : [];
    const unresolved = new Set([...(decision.link === undefined ? [] : [decision.link, ...decision.duplicates]), ...decision.unresolved]);
    const best = bestPerPatient(open);
    const items = await this.ask(record, best.filter((c) => !merges.includes(c.patientId)), unresolved);
    return { merges: merges.map((p) => best.find((c) => c.patientId === p)!), reviewItemIds: items };
  }

  /**
   * The open items of a record that its own decision still asks once it is linked to `patientId` by a person (POST
   * identities link, a reviewer's accept, a profile's identifiers): those it waits on (`record_a`) against another
   * patient it is still certain or probable to — as an automatic link keeps what its decision queued again. The rest
   * are superseded by the link.
   */
  async stillAsked(source: string, sourceId: string, patientId: string): Promise<string[]> {
    const record = await this.index.bySource(source, sourceId);
    if (!record) return [];
    const pairs = await this.scoreAll(record.normalized, record.id);
    const asked = [...new Set(pairs.filter((c) => c.patientId !== patientId && (c.scored.grade === 'certain' || c.scored.grade === 'probable')).map((c) => c.patientId))];
    if (!asked.length) return [];
    const rows = await this.em.execute<Array<{ id: string }>>(
      `select i."id" from ${tableOf(this.em, 'review_item')} i join ${tableOf(this.em, 'match_record')} b on b."id" = i."record_b"
       where i."status" = 'open' and i."record_a" = ?::uuid and b."patient_id" = any(?::uuid[])`,
      [record.id, pgArray(asked)],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Of the other patients the record certainly matches (decideLink's duplicates), those automation may merge into
   * `target`: mayAutoMerge() over both patients' records and the record's own pairs, and no person's no-match between
   * the two — of the patients (a rejected identifier conflict, an undone merge) or of any record of one and any record
   * of the other (a rejected review item: "ambiguous" items are record pairs) — nor an item between them a person
   * deferred (heldAmong: a question a person holds is not answered by automation; the pair is queued as a refused
   * merge is). Automation's own open items do not hold: a certain merge answers them.
   */
  private async mergeable(
    record: IndexedRecord, target: string, duplicates: string[], pairs: ScoredCandidate[], recordsOf: (patientId: string) => IndexedRecord[],
  ): Promise<string[]> {
    const own = [record, ...recordsOf(target)];
    const { asked, touches } = pairsBetween(target, own, duplicates, recordsOf);
    const refused = await noMatchAmong(this.em, asked);
    const waiting = await heldAmong(this.em, asked);
    const certain = new Set(pairs.filter((c) => c.scored.grade === 'certain').map((c) => c.record.id));
    return duplicates.filter((d) => {
      if (touches(refused, d) || touches(waiting, d)) return false;
      return mayAutoMerge(record.id, own, recordsOf(d), (id) => certain.has(id));
    });
  }

  /**
   * The items a decision asks: each candidate patient with a review reason queued, each item listed once — queue()
   * answers the item already waiting on the record and the patient, which two candidates can share (an item whose
   * other record has moved to another patient since).
   */
  private async ask(record: IndexedRecord, candidates: readonly ScoredCandidate[], unresolved: ReadonlySet<string>): Promise<string[]> {
    const items: string[] = [];
    for (const c of candidates) {
      const reason = reviewReason(c, unresolved);
      const id = reason ? await this.queue(record, c, reason) : null;
      if (id && !items.includes(id)) items.push(id);
    }
    return items;
  }

  /**
   * One waiting item per record and patient: a pair already waiting (the partial unique index) is not queued again,
   * nor is a pair of the record with another record of a patient it already waits on (Pat's account against Patricia's
   * profile, then against her own "Pat" account that joined her since: one question, asked once).
   */
  async queue(record: IndexedRecord, c: ScoredCandidate, reason: ReviewReason): Promise<string | null> {
    const id = randomUUID();
    const shared = c.record.sharedKeys[0] ?? null;
    const items = tableOf(this.em, 'review_item');
    const records = tableOf(this.em, 'match_record');
    const key = pairKey('records', record.id, c.record.id);
    // One statement: the item already waiting on the record and the patient (the record waits for a person, not
    // unmatched — a webhook must not start a patient for it), else the new one.
    const rows = await this.em.execute<Array<{ id: string }>>(
      `with waiting as (
         select w."id" from ${items} w
         where w."status" in ('open', 'deferred')
           and (w."pair_key" = ?
             or (w."record_a" = ?::uuid and (w."patient_b" = ?::uuid or w."record_b" in (select r."id" from ${records} r where r."patient_id" = ?::uuid)))
             or (w."record_b" = ?::uuid and w."record_a" in (select r."id" from ${records} r where r."patient_id" = ?::uuid)))
         limit 1),
       created as (
         insert into ${items} ("id", "reason", "status", "record_a", "record_b", "patient_a", "patient_b", "pair_key", "grade", "blocking_key", "explanation", "created_at")
         select ?, ?, 'open', ?::uuid, ?::uuid, null, ?::uuid, ?, ?, ?, ?::jsonb, ?::timestamptz
         where not exists (select 1 from waiting)
         on conflict ("pair_key") where "status" in ('open', 'deferred') do nothing returning "id")
       select "id" from created union all select "id" from waiting limit 1`,
      [key, record.id, c.patientId, c.patientId, record.id, c.patientId,
        id, reason, record.id, c.record.id, c.patientId, key, c.scored.grade as MatchGrade, shared?.slice(0, 300) ?? null, JSON.stringify(c.scored.explanation), new Date()],
    );
    return rows[0]?.id ?? null;
  }
}

/**
 * The pairs a person may have decided between one patient (`patient`, its records `mine`) and each of `others`: the
 * two patients, and every record of one with every record of the other (what noMatchAmong and heldAmong are asked);
 * and whether a set of decided pair keys touches another patient so.
 */
function pairsBetween(patient: string, mine: readonly IndexedRecord[], others: readonly string[], recordsOf: (patientId: string) => IndexedRecord[]) {
  const theirs = new Map(others.map((p) => [p, recordsOf(p)]));
  const asked = others.flatMap((p) => [
    { kind: 'patients' as const, x: patient, y: p },
    ...mine.flatMap((a) => theirs.get(p)!.map((b) => ({ kind: 'records' as const, x: a.id, y: b.id }))),
  ]);
  const touches = (keys: ReadonlySet<string>, p: string) =>
    keys.has(pairKey('patients', patient, p)) || mine.some((a) => (theirs.get(p) ?? recordsOf(p)).some((b) => keys.has(pairKey('records', a.id, b.id))));
  return { asked, touches };
}

/**
 * The reason a candidate patient is queued for a person, or null: certain but not followed (`unresolved`: ambiguous),
 * else a probable pair (by what held it back); below probable, nothing.
 */
function reviewReason(c: ScoredCandidate, unresolved: ReadonlySet<string>): ReviewReason | null {
  if (unresolved.has(c.patientId)) return 'ambiguous';
  if (c.scored.grade !== 'probable') return null;
  if (c.scored.hardNegative) return 'hard-negative';
  if (c.blockers.includes('capped-block')) return 'capped-block';
  if (c.scored.reasons.includes('household-ambiguous')) return 'ambiguous';
  if (c.scored.reasons.includes('uncorroborated')) return 'uncorroborated';
  return 'probable';
}

/** The best-scoring record of each patient, best first (ties by patient id, so the order is stable). */
function bestPerPatient(scored: ScoredCandidate[]): ScoredCandidate[] {
  const best = new Map<string, ScoredCandidate>();
  for (const c of scored) {
    const prev = best.get(c.patientId);
    if (!prev || c.scored.explanation.probability > prev.scored.explanation.probability) best.set(c.patientId, c);
  }
  return [...best.values()].sort((a, b) => b.scored.explanation.probability - a.scored.explanation.probability || (a.patientId < b.patientId ? -1 : 1));
}

export function toCandidateDto(c: ScoredCandidate): MatchCandidateDto {
  return { patientId: c.patientId, grade: c.scored.grade!, explanation: c.scored.explanation, blockingKeys: c.record.sharedKeys, reasons: c.blockers };
}
