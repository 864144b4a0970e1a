import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type ListParkedEventsQueryDto, type TimeIdCursor } from '@pg/contracts';
import { patientStateOf } from '@pg/persistence';
import { ParkedEvent } from './parked-event.entity.js';
import { PartnerWebhookReceipt } from './partner-webhook-receipt.entity.js';

/** A delivery to store in the inbox, answered once stored. */
export interface InboxEntry {
  partner: string;
  eventId: string;
  payloadHash: string;
  /** The envelope's `{ type, timestamp, data }`, validated. */
  payload: Record<string, unknown>;
  requestId: string | null;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The inbox (partner_webhook_receipt: a partner's event id is taken once) and the parked events. `store` takes
 * many deliveries in one statement: of concurrent deliveries of one event, one row is inserted, the others find it
 * taken (a duplicate). `claimPending` locks pending rows for the transaction that processes them (SKIP LOCKED: two
 * processors never take the same row), which marks them processed with their effect — one effect per event.
 */
@Injectable()
export class PartnerInboxRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  /**
   * Stores the deliveries as pending, in one statement on its own connection (committed when it returns, whatever
   * transaction the caller is in); per entry, true when it was new, false for a duplicate (already stored, or an
   * earlier entry of this batch with the same event id).
   */
  async store(entries: readonly InboxEntry[]): Promise<boolean[]> {
    const rows = entries.map((e) => ({ id: randomUUID(), partner: e.partner, event_id: e.eventId, payload_hash: e.payloadHash, payload: e.payload, request_id: e.requestId }));
    const inserted = await this.em.getConnection().execute<{ id: string }[]>(
      `insert into ${this.table('partner_webhook_receipt')} ("id", "partner", "event_id", "received_at", "payload_hash", "state", "payload", "request_id")
       select r.id, r.partner, r.event_id, now(), r.payload_hash, 'pending', r.payload, r.request_id
         from jsonb_to_recordset(?::jsonb) as r(id uuid, partner text, event_id text, payload_hash text, payload jsonb, request_id text)
       on conflict ("partner", "event_id") do nothing returning "id"`,
      [JSON.stringify(rows)],
    );
    const fresh = new Set(inserted.map((r) => r.id));
    return rows.map((r) => fresh.has(r.id));
  }

  /** Up to `limit` pending events due now, oldest first, locked until the transaction ends (others skip them). */
  async claimPending(limit: number, id?: string): Promise<PartnerWebhookReceipt[]> {
    return this.em.find(
      PartnerWebhookReceipt,
      { state: 'pending', ...(id ? { id } : {}), $or: [{ notBefore: null }, { notBefore: { $lte: new Date() } }] },
      { orderBy: { receivedAt: 'asc', id: 'asc' }, limit, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE, refresh: true },
    );
  }

  /**
   * A pending event whose processing failed: tried again after `baseMs` doubled per earlier attempt, at most `maxMs`
   * (its own statement, outside the failed transaction).
   */
  async postpone(id: string, baseMs: number, maxMs: number): Promise<void> {
    await this.em.getConnection().execute(
      `update ${this.table('partner_webhook_receipt')}
          set "attempts" = "attempts" + 1, "not_before" = now() + least(? * power(2, least("attempts", 20)), ?) * interval '1 millisecond'
        where "id" = ? and "state" = 'pending'`,
      [baseMs, maxMs, id],
    );
  }

  /** How many events wait to be processed (for tests and the bench). */
  async pendingCount(): Promise<number> {
    const [row] = await this.em.getConnection().execute<{ n: number }[]>(`select count(*)::int as n from ${this.table('partner_webhook_receipt')} where "state" = 'pending'`);
    return row?.n ?? 0;
  }

  park(e: Omit<ParkedEvent, 'id' | 'status' | 'attempts' | 'parkedAt' | 'replayedAt' | 'patientId'>): ParkedEvent {
    const parked = Object.assign(new ParkedEvent(), { ...e, id: randomUUID(), status: 'parked' as const, attempts: 0, parkedAt: new Date(), replayedAt: null, patientId: null });
    this.em.persist(parked);
    return parked;
  }

  /**
   * One parked event, locked for its replay (a second replay of it waits, then finds it replayed). `skipLocked`
   * (the sweep): null when another replay holds it, instead of waiting to find it replayed.
   */
  async lockParked(id: string, skipLocked = false): Promise<ParkedEvent | null> {
    return this.em.findOne(ParkedEvent, { id }, { lockMode: skipLocked ? LockMode.PESSIMISTIC_PARTIAL_WRITE : LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  async parkedIds(max: number): Promise<string[]> {
    const rows = await this.em.find(ParkedEvent, { status: 'parked' }, { fields: ['id'], orderBy: { parkedAt: 'asc', id: 'asc' }, limit: max });
    return rows.map((r) => r.id);
  }

  /** Newest first. */
  async list(query: ListParkedEventsQueryDto): Promise<{ items: ParkedEvent[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const and: FilterQuery<ParkedEvent>[] = [];
    if (query.status) and.push({ status: query.status });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ parkedAt: { $lt: at } }, { parkedAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(ParkedEvent, and.length ? { $and: and } : {}, { orderBy: { parkedAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.parkedAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /**
   * The patient a partner event for `patientId` belongs to now: the survivor when it was merged (patient_state, as
   * this service's merge participant marked it; a chain of merges is followed), else itself. A partner's patient id
   * resolved before the merge (the directory's cache, an identifier not yet moved) thus lands on the survivor, never
   * on a merged-away patient.
   */
  async survivorOf(patientId: string): Promise<string> {
    const schema = this.em.config.get('schema') ?? 'public';
    let current = patientId;
    for (let hops = 0; hops < 10; hops++) {
      const state = await patientStateOf(this.em, schema, current);
      if (state?.state !== 'merged' || !state.mergedInto) return current;
      current = state.mergedInto;
    }
    return current;
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }

  private table(name: string): string {
    return `${quote(this.em.config.get('schema') ?? 'public')}.${quote(name)}`;
  }
}
