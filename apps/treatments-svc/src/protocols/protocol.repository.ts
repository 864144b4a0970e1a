import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type ListProtocolsQueryDto, type TimeIdCursor } from '@pg/contracts';
import { inScope, scopeCondition } from '../treatments/treatment.repository.js';
import { Protocol } from './protocol.entity.js';
import { ProtocolVersion } from './protocol-version.entity.js';


/** A protocol head with its versions, oldest first. */
export interface ProtocolWithVersions {
  head: Protocol;
  versions: ProtocolVersion[];
}

/** Protocol queries: every read of patient data takes the caller's scope, and the scope is part of the SQL. */
@Injectable()
export class ProtocolRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  /** The head, locked for a new version when `forUpdate` (writes of one protocol queue behind each other). */
  async findHead(scope: PatientScope, patientId: string, id: string, forUpdate = false): Promise<Protocol | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(Protocol, { $and: [{ id, patientId }, scopeCondition(scope) as FilterQuery<Protocol>] },
      forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  }

  async versionsOf(scope: PatientScope, patientId: string, protocolId: string): Promise<ProtocolVersion[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(ProtocolVersion, { $and: [{ protocolId, patientId }, scopeCondition(scope) as FilterQuery<ProtocolVersion>] }, { orderBy: { version: 'asc' } });
  }

  /** Every protocol of a patient with all its versions (the regimen of a day). */
  async allOfPatient(scope: PatientScope, patientId: string): Promise<ProtocolWithVersions[]> {
    if (!inScope(scope, patientId)) return [];
    const where = { $and: [{ patientId }, scopeCondition(scope)] };
    const [heads, versions] = await Promise.all([
      this.em.find(Protocol, where as FilterQuery<Protocol>, { orderBy: { createdAt: 'asc', id: 'asc' } }),
      this.em.find(ProtocolVersion, where as FilterQuery<ProtocolVersion>, { orderBy: { protocolId: 'asc', version: 'asc' } }),
    ]);
    return heads.map((head) => ({ head, versions: versions.filter((v) => v.protocolId === head.id) }));
  }

  /** Newest first, by (createdAt, id); each head with its newest version. */
  async list(scope: PatientScope, patientId: string, query: ListProtocolsQueryDto): Promise<{ items: { head: Protocol; latest: ProtocolVersion }[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    if (!inScope(scope, patientId)) return { items: [], nextCursor: null, limit };
    const and: FilterQuery<Protocol>[] = [{ patientId }, scopeCondition(scope) as FilterQuery<Protocol>];
    if (query.status) and.push({ status: query.status });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const at = new Date(after[0]);
      and.push({ $or: [{ createdAt: { $lt: at } }, { createdAt: at, id: { $lt: after[1] } }] });
    }
    const rows = await this.em.find(Protocol, { $and: and }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: limit + 1 });
    const heads = rows.slice(0, limit);
    const latest = heads.length
      ? await this.em.find(ProtocolVersion, { $or: heads.map((h) => ({ protocolId: h.id, version: h.latestVersion })) })
      : [];
    const byId = new Map(latest.map((v) => [v.protocolId, v]));
    const last = heads[heads.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.createdAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items: heads.map((head) => ({ head, latest: byId.get(head.id)! })), nextCursor, limit };
  }

  persist(entity: Protocol | ProtocolVersion): void {
    this.em.persist(entity);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
