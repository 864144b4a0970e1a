import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type ConditionClinicalStatus, type TimeIdCursor } from '@pg/contracts';
import { inScope, scopeCondition } from '../patients/patient-scope.js';
import { Condition } from './condition.entity.js';

/** Condition queries: the caller's scope is a parameter and part of the SQL; removed conditions are never read. */
@Injectable()
export class ConditionRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  /** Newest first, by (createdAt, id). */
  async list(scope: PatientScope, patientId: string, filter: { clinicalStatus?: ConditionClinicalStatus }, page: { limit?: number; cursor?: string }) {
    const limit = page.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [] as Condition[], nextCursor: null, limit };
    const and: FilterQuery<Condition>[] = [{ patientId, removedAt: null }, scopeCondition(scope) as FilterQuery<Condition>];
    if (filter.clinicalStatus) and.push({ clinicalStatus: filter.clinicalStatus });
    const after = this.cursors.decode(page.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(Condition, { $and: and }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.createdAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  async findInScope(scope: PatientScope, patientId: string, id: string): Promise<Condition | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(Condition, { $and: [{ id, patientId, removedAt: null }, scopeCondition(scope) as FilterQuery<Condition>] });
  }

  persist(condition: Condition): void {
    this.em.persist(condition);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
