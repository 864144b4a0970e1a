import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LockMode, raw } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type IdentifierMethod, type ListReviewQueueQueryDto, type TimeIdCursor } from '@pg/contracts';
import { tableOf } from '@pg/persistence';
import { pgArray } from '../identities/raw-sql.js';
import { pairKey, type PairKind } from './decisions.js';
import { ReviewItem } from './review-item.entity.js';


/**
 * An identifier held by `holder` was asked for `requester`: the two patients may be one person. Queued with its
 * own `em` (a fork: it must outlive the refused link's rollback). Returns the waiting item's id (new or existing).
 */
export async function queueIdentifierConflict(em: EntityManager, holder: string, requester: string, system: string): Promise<string | null> {
  const table = tableOf(em, 'review_item');
  const key = pairKey('patients', holder, requester);
  const rows = await em.execute<Array<{ id: string }>>(
    `insert into ${table} ("id", "reason", "status", "patient_a", "patient_b", "pair_key", "blocking_key", "created_at")
     values (?, 'identifier-conflict', 'open', ?, ?, ?, ?, ?)
     on conflict ("pair_key") where "status" in ('open', 'deferred') do nothing returning "id"`,
    [randomUUID(), holder, requester, key, `identifier:${system}`, new Date()],
  );
  if (rows[0]) return rows[0].id;
  const [waiting] = await em.execute<Array<{ id: string }>>(`select "id" from ${table} where "pair_key" = ? and "status" in ('open', 'deferred')`, [key]);
  return waiting?.id ?? null;
}

/** The link that closes a record's open items: the record (by source id), the patient, how and by whom. */
export interface SupersedingLink {
  source: string;
  sourceId: string;
  patientId: string;
  method: IdentifierMethod;
  linkedBy: string;
}

/**
 * A record was linked to a patient: the `open` items that ask about it (it is their waiting side, `record_a`: the
 * record queued) are closed as `superseded`, with the link that closed them — except `keep`, the items the link's own
 * decision asks (again). An item where the record is only the candidate (another record asked about it) is that other
 * record's question and stays. Never an item a person decided or deferred (only `open` ones): a manual decision is
 * never undone by automation. Returns the closed items (id, the record's patient, the item's other patient) for the
 * audit trail. In the caller's transaction.
 */
export async function supersedeWaiting(em: EntityManager, link: SupersedingLink, keep: readonly string[] = []): Promise<Array<{ id: string; patientId: string; otherPatientId: string | null }>> {
  const rows = await em.execute<Array<{ id: string; patient_b: string | null }>>(
    `update ${tableOf(em, 'review_item')} i
     set "status" = 'superseded', "superseded_record" = r."id", "superseded_patient" = ?, "superseded_method" = ?, "decided_by" = ?, "decided_at" = ?
     from ${tableOf(em, 'match_record')} r
     where r."source" = ? and r."source_id" = ? and i."status" = 'open' and i."record_a" = r."id"
       and not (i."id" = any(?::uuid[]))
     returning i."id", i."patient_b"`,
    [link.patientId, link.method, link.linkedBy.slice(0, 200), new Date(), link.source, link.sourceId, pgArray([...keep])],
  );
  return rows.map((r) => ({ id: r.id, patientId: link.patientId, otherPatientId: r.patient_b }));
}

/**
 * Of the pairs (records or patients, as noMatchAmong takes them), the keys of those a person holds: an item a person
 * `deferred` (a question looked at and kept, not yet answered). An `open` item is automation's own question, which
 * a certain merge of the same person may answer (the replay's held merges were all one person: docs/identity.md).
 */
export async function heldAmong(em: EntityManager, pairs: Array<{ kind: PairKind; x: string; y: string }>): Promise<Set<string>> {
  const keys = [...new Set(pairs.filter((p) => p.x !== p.y).map((p) => pairKey(p.kind, p.x, p.y)))];
  if (!keys.length) return new Set();
  const rows = await em.execute<Array<{ pair_key: string }>>(
    `select "pair_key" from ${tableOf(em, 'review_item')} where "status" = 'deferred' and "pair_key" = any(?::text[])`,
    [pgArray(keys)],
  );
  return new Set(rows.map((r) => r.pair_key));
}

@Injectable()
export class ReviewRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  async list(query: ListReviewQueueQueryDto): Promise<{ items: ReviewItem[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const status = query.status ?? 'open';
    const and: object[] = [{ status }];
    if (status === 'open' || status === 'deferred') and.push({ [this.joinedSince()]: false });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const from = new Date(after[0]);
      and.push({ $or: [{ createdAt: { $gt: from } }, { createdAt: from, id: { $gt: after[1] } }] });
    }
    const rows = await this.em.find(ReviewItem, { $and: and }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.createdAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /**
   * Whether a waiting item's pair is one patient now: its two records have one patient (a merge moved one of them,
   * automatic or a person's), or its two patients are a completed merge. Nothing is left for a person to decide, so
   * the waiting queue does not show it; an undone merge moves the records back, and it shows again.
   */
  private joinedSince() {
    const records = tableOf(this.em, 'match_record');
    const merges = tableOf(this.em, 'merge');
    return raw((alias: string) => `(
      (${alias}."record_b" is not null and exists (
        select 1 from ${records} a join ${records} b on b."patient_id" = a."patient_id" where a."id" = ${alias}."record_a" and b."id" = ${alias}."record_b"))
      or (${alias}."record_a" is null and exists (
        select 1 from ${merges} m where m."state" = 'completed'
          and ((m."source_patient_id" = ${alias}."patient_a" and m."target_patient_id" = ${alias}."patient_b")
            or (m."source_patient_id" = ${alias}."patient_b" and m."target_patient_id" = ${alias}."patient_a")))))`);
  }

  findForUpdate(id: string): Promise<ReviewItem | null> {
    return this.em.findOne(ReviewItem, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
