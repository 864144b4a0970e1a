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

  countActiveAdminsOtherThan(id: string): Promise<number> {
    return this.em.count(Principal, { id: { $ne: id }, status: 'active', roles: { $contains: ['admin'] } });
  }

  persist(principal: Principal): void {
    this.em.persist(principal);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
