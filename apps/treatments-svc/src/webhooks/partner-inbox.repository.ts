import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type ListParkedEventsQueryDto, type TimeIdCursor } from '@pg/contracts';
import { patientStateOf } from '@pg/persistence';
import { ParkedEvent } from './parked-event.entity.js';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The inbox (partner_webhook_receipt: a partner's event id is taken once) and the parked events. `take` runs in the
 * transaction of the event's effect: of concurrent deliveries of one event, one inserts and goes on; the others wait
 * on the unique key until it commits, then find it taken (a duplicate) — one effect, however many deliveries.
 */
@Injectable()
export class PartnerInboxRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  async take(partner: string, eventId: string, payloadHash: string): Promise<boolean> {
    const rows = await this.em.execute<{ id: string }[]>(
      `insert into ${this.table('partner_webhook_receipt')} ("id", "partner", "event_id", "received_at", "payload_hash") values (?, ?, ?, now(), ?)
       on conflict ("partner", "event_id") do nothing returning "id"`,
      [randomUUID(), partner, eventId, payloadHash],
    );
    return rows.length === 1;
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
