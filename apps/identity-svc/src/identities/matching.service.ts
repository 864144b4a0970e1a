import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { decide, defineAbilityFor, enforce, listAbilityFor, patientScope } from '@pg/access';
import type { MatchCandidateDto, MatchExplanationDto, MatchGrade, MatchPersonDto, Page, RequestMeta, ReviewReason } from '@pg/contracts';
import { BLOCK_CAP, Matcher, normalizePerson, type NormalizedPerson, type PersonInput, type Scored } from '../matching/index.js';
import { noMatchAmong, pairKey } from '../review/decisions.js';
import { MatchIndexRepository, type Candidate, type IndexedRecord } from './match-index.repository.js';
import { tableOf } from './raw-sql.js';

/** A candidate patient: the best-scoring of its records, and why automation may not act on it. */
export interface ScoredCandidate {
  patientId: string;
  record: Candidate;
  scored: Scored;
  blockers: string[];
}

/** What automation did with an ingested record. */
export type IngestOutcome =
  | { kind: 'linked'; patientId: string; explanation: MatchExplanationDto }
  | { kind: 'queued'; reviewItemIds: string[] }
  | { kind: 'none' };


/**
 * The match: blocking keys → capped candidate blocks (GIN) → Fellegi–Sunter score with term frequencies from the
 * index → candidates ranked by probability, per patient. Automation (ingest) links a certain, unblocked, unambiguous
 * match, queues a probable one (or a certain one it may not act on) for review, and does nothing below — never
 * against a person's decision.
 */
@Injectable()
export class MatchingService {
  private readonly matcher = Matcher.load();

  constructor(private readonly index: MatchIndexRepository, private readonly em: EntityManager) {}

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
    if (scope && !scope.length) return [];
    const { candidates } = await this.index.candidates(normalized.blockingKeys, BLOCK_CAP, excludeRecordId, scope);
    if (!candidates.length) return [];
    const tf = await this.index.termFrequencies([normalized]);
    const best = new Map<string, ScoredCandidate>();
    for (const c of candidates) {
      // A pair reached only through capped blocks is never certain (the matcher holds its grade back).
      const scored = this.matcher.score(normalized, c.normalized, tf, { capped: c.capped });
      const blockers = scored.reasons;
      const prev = best.get(c.patientId!);
      if (!prev || scored.explanation.probability > prev.scored.explanation.probability) best.set(c.patientId!, { patientId: c.patientId!, record: c, scored, blockers });
    }
    return [...best.values()].sort((a, b) => b.scored.explanation.probability - a.scored.explanation.probability || (a.patientId < b.patientId ? -1 : 1));
  }

  /**
   * Automation on a record just written to the index (unlinked): link, queue or nothing. Pairs a person decided
   * are skipped, so a rejected pair never comes back as a link or an item.
   */
  async decideFor(record: IndexedRecord): Promise<IngestOutcome> {
    if (record.patientId) return { kind: 'none' };
    const ranked = await this.rank(record.normalized, record.id);
    const considered = ranked.filter((c) => c.scored.grade === 'certain' || c.scored.grade === 'probable');
    if (!considered.length) return { kind: 'none' };
    const refused = await noMatchAmong(this.em, considered.flatMap((c) => [
      { kind: 'records' as const, x: record.id, y: c.record.id },
    ]));
    const open = considered.filter((c) => !refused.has(pairKey('records', record.id, c.record.id)));
    // 'certain' is never given to a hard negative or a capped pair (Matcher.score): those come as 'probable'.
    const certain = open.filter((c) => c.scored.grade === 'certain');
    if (certain.length === 1) return { kind: 'linked', patientId: certain[0]!.patientId, explanation: certain[0]!.scored.explanation };
    const items: string[] = [];
    for (const c of open) {
      const reason: ReviewReason = c.scored.grade === 'certain' ? 'ambiguous'
        : c.scored.hardNegative ? 'hard-negative' : c.blockers.includes('capped-block') ? 'capped-block' : 'probable';
      const id = await this.queue(record, c, reason);
      if (id) items.push(id);
    }
    return items.length ? { kind: 'queued', reviewItemIds: items } : { kind: 'none' };
  }

  /** One waiting item per pair (the partial unique index): a pair already waiting is not queued again. */
  private async queue(record: IndexedRecord, c: ScoredCandidate, reason: ReviewReason): Promise<string | null> {
    const id = randomUUID();
    const shared = c.record.sharedKeys[0] ?? null;
    const rows = await this.em.execute<Array<{ id: string }>>(
      `insert into ${tableOf(this.em, 'review_item')} ("id", "reason", "status", "record_a", "record_b", "patient_a", "patient_b", "pair_key", "grade", "blocking_key", "explanation", "created_at")
       values (?, ?, 'open', ?, ?, null, ?, ?, ?, ?, ?::jsonb, ?)
       on conflict ("pair_key") where "status" in ('open', 'deferred') do nothing returning "id"`,
      [id, reason, record.id, c.record.id, c.patientId, pairKey('records', record.id, c.record.id), c.scored.grade as MatchGrade, shared?.slice(0, 300) ?? null,
        JSON.stringify(c.scored.explanation), new Date()],
    );
    return rows[0]?.id ?? null;
  }
}

export function toCandidateDto(c: ScoredCandidate): MatchCandidateDto {
  return { patientId: c.patientId, grade: c.scored.grade!, explanation: c.scored.explanation, blockingKeys: c.record.sharedKeys, reasons: c.blockers };
}
