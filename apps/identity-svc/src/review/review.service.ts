import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { decide, defineAbilityFor, enforce } from '@pg/access';
import {
  DomainException, type ListReviewQueueQueryDto, type Page, type RequestMeta, type ReviewDecisionDto, type ReviewItemDto, type ReviewRecordDto,
} from '@pg/contracts';
import { IdentifiersService, linkedByOf } from '../identities/identifiers.service.js';
import { IngestService } from '../identities/ingest.service.js';
import { MatchIndexRepository, type IndexedRecord } from '../identities/match-index.repository.js';
import { recordDecision } from './decisions.js';
import type { ReviewItem } from './review-item.entity.js';
import { ReviewRepository } from './review.repository.js';

/**
 * The review queue (docs/identity.md, "Review queue"): pairs automation would not decide, for an admin to accept,
 * reject or defer with a reason. A decision is stored as a manual decision on the pair, which automation never
 * overrides: a rejected pair is never linked or queued again.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly index: MatchIndexRepository,
    private readonly identifiers: IdentifiersService,
    private readonly ingest: IngestService,
    private readonly em: EntityManager,
  ) {}

  async list(meta: RequestMeta, query: ListReviewQueueQueryDto): Promise<Page<ReviewItemDto>> {
    enforce(decide(defineAbilityFor(meta.actor), 'read', 'IdentityReview'), 'Review item', 'Not allowed to read the review queue');
    const page = await this.reviews.list(query);
    const records = new Map((await this.index.byIds(page.items.flatMap((i) => [i.recordA, i.recordB]).filter((x): x is string => !!x))).map((r) => [r.id, r]));
    return { ...page, items: page.items.map((i) => toReviewItemDto(i, records)) };
  }

  async decide(meta: RequestMeta, id: string, body: ReviewDecisionDto): Promise<ReviewItemDto> {
    enforce(decide(defineAbilityFor(meta.actor), 'update', 'IdentityReview'), 'Review item', 'Not allowed to decide review items');
    const item = await this.reviews.findForUpdate(id);
    if (!item) throw DomainException.notFound('Review item');
    if (item.status !== 'open' && item.status !== 'deferred') throw DomainException.conflict(`This item was already ${item.status}`);
    const by = linkedByOf(meta);
    const records = new Map((await this.index.byIds([item.recordA, item.recordB].filter((x): x is string => !!x))).map((r) => [r.id, r]));
    if (body.decision !== 'defer') {
      const pair = item.recordA && item.recordB
        ? { kind: 'records' as const, x: item.recordA, y: item.recordB }
        : { kind: 'patients' as const, x: item.patientA!, y: item.patientB! };
      await recordDecision(this.em, pair.kind, pair.x, pair.y, body.decision === 'accept' ? 'match' : 'no-match', body.reason, by);
      if (body.decision === 'accept' && pair.kind === 'records') await this.linkAccepted(item.id, records.get(item.recordA!), records.get(item.recordB!), by);
    }
    Object.assign(item, {
      status: body.decision === 'accept' ? 'accepted' : body.decision === 'reject' ? 'rejected' : 'deferred',
      decision: body.decision, decisionReason: body.reason, decidedBy: by, decidedAt: new Date(),
    });
    await this.reviews.flush();
    return toReviewItemDto(item, records);
  }

  /**
   * Accepting a record pair links the unlinked record's source id to the other record's patient; the record's other
   * open items close (`superseded`: this item is the one accepted), and the partner records waiting near it are decided
   * again (adoption), as after any link.
   */
  private async linkAccepted(itemId: string, a: IndexedRecord | undefined, b: IndexedRecord | undefined, by: string): Promise<void> {
    if (!a || !b) throw DomainException.conflict('A record of this pair is no longer in the index');
    const [unlinked, linked] = a.patientId ? [b, a] : [a, b];
    if (!linked.patientId) throw DomainException.conflict('Neither record of this pair is linked to a patient');
    if (unlinked.patientId === linked.patientId) return;
    if (unlinked.patientId) throw DomainException.conflict('Both records are linked to different patients: merge the patients instead');
    if (this.identifiers.isSystem(unlinked.source)) {
      const out = await this.identifiers.linkPair(linked.patientId, unlinked.source, unlinked.sourceId, 'manual', by, [itemId]);
      if (out.kind === 'conflict') throw DomainException.conflict('The record\'s identifier was linked to another patient since');
    } else {
      await this.index.setPatientById(unlinked.id, linked.patientId);
      await this.identifiers.supersedeLinked({ source: unlinked.source, sourceId: unlinked.sourceId, patientId: linked.patientId, method: 'manual', linkedBy: by }, [itemId]);
    }
    // The record as read above, now the patient's: no second read of it.
    await this.ingest.adoptFrom({ ...unlinked, patientId: linked.patientId });
  }
}

function recordDto(recordId: string | null, patientId: string | null, records: Map<string, IndexedRecord>): ReviewRecordDto {
  const r = recordId ? records.get(recordId) : undefined;
  if (!r) return { recordId, source: 'patient-graph', sourceId: null, patientId, person: null };
  const { blockingKeys: _k, ...person } = r.normalized;
  return { recordId: r.id, source: r.source, sourceId: r.sourceId, patientId: r.patientId, person };
}

export function toReviewItemDto(i: ReviewItem, records: Map<string, IndexedRecord>): ReviewItemDto {
  return {
    id: i.id, status: i.status, reason: i.reason, grade: i.grade ?? null, blockingKey: i.blockingKey ?? null, explanation: i.explanation ?? null,
    a: recordDto(i.recordA ?? null, i.patientA ?? null, records),
    b: recordDto(i.recordB ?? null, i.patientB ?? null, records),
    createdAt: i.createdAt.toISOString(),
    decision: i.decision ?? null, decisionReason: i.decisionReason ?? null, decidedBy: i.decidedBy ?? null,
    decidedAt: i.decidedAt ? i.decidedAt.toISOString() : null,
    supersededBy: i.status === 'superseded' && i.supersededRecord && i.supersededPatient && i.supersededMethod
      ? { recordId: i.supersededRecord, patientId: i.supersededPatient, method: i.supersededMethod, linkedBy: i.decidedBy ?? '' }
      : null,
  };
}
