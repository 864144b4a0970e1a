import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { CursorCodec, DEFAULT_PAGE_LIMIT, type CareTeamRole, type ListCareTeamQueryDto, isTimeIdCursor, type TimeIdCursor } from '@pg/contracts';
import { CareTeamMember } from './care-team-member.entity.js';

/** Active at `at`: since ≤ at < until, or no until. */
const activeAt = (at: Date): FilterQuery<CareTeamMember> => ({ since: { $lte: at }, $or: [{ until: null }, { until: { $gt: at } }] });

/** Care-team queries. A patient's team is read only after the caller's check on that patient passed. */
@Injectable()
export class CareTeamRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  /**
   * The patients a principal is on the team of at `at`, in the roles it still holds. One query on the
   * (principal_id, since, until) index: it runs on every gateway cache miss.
   */
  async activePatientIds(principalId: string, roles: readonly CareTeamRole[], at: Date): Promise<string[]> {
    if (!roles.length) return [];
    const rows = await this.em.find(
      CareTeamMember,
      { $and: [{ principalId, role: { $in: [...roles] } }, activeAt(at)] },
      { fields: ['patientId'], disableIdentityMap: true },
    );
    return [...new Set(rows.map((r) => r.patientId))];
  }

  async listForPatient(patientId: string, query: ListCareTeamQueryDto, at: Date): Promise<{ items: CareTeamMember[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const and: FilterQuery<CareTeamMember>[] = [{ patientId }];
    if (!query.includeInactive) and.push(activeAt(at));
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const [since, id] = after;
      const from = new Date(since);
      and.push({ $or: [{ since: { $gt: from } }, { since: from, id: { $gt: id } }] });
    }
    const rows = await this.em.find(CareTeamMember, { $and: and }, { orderBy: { since: 'asc', id: 'asc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.since.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /** Every membership, past, present and future, of one principal on one patient's team. */
  forPrincipalOnPatient(principalId: string, patientId: string): Promise<CareTeamMember[]> {
    return this.em.find(CareTeamMember, { principalId, patientId }, { orderBy: { since: 'asc', id: 'asc' } });
  }

  persist(member: CareTeamMember): void {
    this.em.persist(member);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }

  /** Runs `work` in one database transaction; repositories called inside it share it. */
  transactional<T>(work: () => Promise<T>): Promise<T> {
    return this.em.transactional(() => work());
  }
}
