import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { CursorCodec, DEFAULT_PAGE_LIMIT, type ListPrincipalsQueryDto, isTimeIdCursor, type TimeIdCursor } from '@pg/contracts';
import { Principal } from './principal.entity.js';

/** Principal queries. Principals are not patient data: only admins list them, so there is no patient scope here. */
@Injectable()
export class PrincipalRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  findById(id: string): Promise<Principal | null> {
    return this.em.findOne(Principal, { id });
  }

  /** Inside a transaction: locks the row, so concurrent care-team changes of one principal run one at a time. */
  findByIdForUpdate(id: string): Promise<Principal | null> {
    return this.em.findOne(Principal, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  findBySubject(subject: string): Promise<Principal | null> {
    return this.em.findOne(Principal, { subject });
  }

  /** One probe of the unique subject index: the principal the gateway may build a context for. */
  findActiveBySubject(subject: string): Promise<Principal | null> {
    return this.em.findOne(Principal, { subject, status: 'active' });
  }

  async list(query: ListPrincipalsQueryDto): Promise<{ items: Principal[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const and: FilterQuery<Principal>[] = [];
    if (query.role) and.push({ roles: { $contains: [query.role] } });
    if (query.status) and.push({ status: query.status });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const [createdAt, id] = after;
      const at = new Date(createdAt);
      and.push({ $or: [{ createdAt: { $gt: at } }, { createdAt: at, id: { $gt: id } }] });
    }
    const rows = await this.em.find(Principal, and.length ? { $and: and } : {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.createdAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /**
   * Inside a transaction: the ids of the active admins, their rows locked (in id order, so two callers never
   * deadlock) until the transaction ends. A second caller waits, then reads the admins as the first left them:
   * two admins demoting each other at once cannot both see "another admin remains".
   */
  async lockActiveAdminIds(): Promise<string[]> {
    const rows = await this.em.find(
      Principal,
      { status: 'active', roles: { $contains: ['admin'] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
    return rows.map((p) => p.id);
  }

  persist(principal: Principal): void {
    this.em.persist(principal);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
