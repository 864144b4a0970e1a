import { defineEntity, p } from '@mikro-orm/core';
import type { IdentifierMethod, MatchExplanationDto, MatchGrade, ReviewDecision, ReviewReason, ReviewStatus } from '@pg/contracts';

/**
 * A pair waiting for a person: two match records (or a record and a patient, or two patients for an identifier
 * conflict), the score's explanation and the blocking key that brought them together.
 */
export const ReviewItemSchema = defineEntity({
  name: 'ReviewItem',
  tableName: 'review_item',
  indexes: [
    { name: 'review_item_waiting_pair_unique', expression: `create unique index "review_item_waiting_pair_unique" on "review_item" ("pair_key") where "status" in ('open', 'deferred')` },
    { name: 'review_item_status_idx', properties: ['status', 'createdAt', 'id'] },
    { name: 'review_item_waiting_record_a', expression: `create index "review_item_waiting_record_a" on "review_item" ("record_a") where "status" in ('open', 'deferred')` },
    { name: 'review_item_waiting_record_b', expression: `create index "review_item_waiting_record_b" on "review_item" ("record_b") where "status" in ('open', 'deferred')` },
  ],
  checks: [
    { name: 'review_item_status_check', expression: `"status" in ('open', 'deferred', 'accepted', 'rejected', 'superseded')` },
    { name: 'review_item_reason_check', expression: `"reason" in ('probable', 'hard-negative', 'capped-block', 'ambiguous', 'identifier-conflict', 'uncorroborated')` },
  ],
  properties: {
    id: p.uuid().primary(),
    reason: p.string().length(24).$type<ReviewReason>(),
    status: p.string().length(16).$type<ReviewStatus>().default('open'),
    recordA: p.uuid().nullable(),
    recordB: p.uuid().nullable(),
    patientA: p.uuid().nullable(),
    patientB: p.uuid().nullable(),
    /** The pair, order-free: one waiting item per pair. */
    pairKey: p.string().length(80),
    grade: p.string().length(16).$type<MatchGrade>().nullable(),
    blockingKey: p.string().length(300).nullable(),
    explanation: p.json<MatchExplanationDto>().nullable(),
    createdAt: p.datetime(),
    decision: p.string().length(8).$type<ReviewDecision>().nullable(),
    decisionReason: p.string().length(500).nullable(),
    decidedBy: p.string().length(200).nullable(),
    decidedAt: p.datetime().nullable(),
    /** A `superseded` item: the record whose link closed it, its patient and the link's method (`decidedBy`: who linked). */
    supersededRecord: p.uuid().nullable(),
    supersededPatient: p.uuid().nullable(),
    supersededMethod: p.string().length(16).$type<IdentifierMethod>().nullable(),
  },
});

export class ReviewItem extends ReviewItemSchema.class {}
ReviewItemSchema.setClass(ReviewItem);

/** A person's decision on a pair of records or patients. Automation never overrides one. */
export const MatchDecisionSchema = defineEntity({
  name: 'MatchDecision',
  tableName: 'match_decision',
  indexes: [{ name: 'match_decision_pair_idx', properties: ['kind', 'a', 'b', 'decidedAt'] }],
  checks: [
    { name: 'match_decision_kind_check', expression: `"kind" in ('records', 'patients')` },
    { name: 'match_decision_decision_check', expression: `"decision" in ('match', 'no-match')` },
    { name: 'match_decision_order_check', expression: `"a" < "b"` },
  ],
  properties: {
    id: p.uuid().primary(),
    kind: p.string().length(8).$type<'records' | 'patients'>(),
    a: p.uuid(),
    b: p.uuid(),
    decision: p.string().length(8).$type<'match' | 'no-match'>(),
    reason: p.string().length(500),
    decidedBy: p.string().length(200),
    decidedAt: p.datetime(),
  },
});

export class MatchDecision extends MatchDecisionSchema.class {}
MatchDecisionSchema.setClass(MatchDecision);
