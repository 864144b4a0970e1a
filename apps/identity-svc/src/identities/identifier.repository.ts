import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { CursorCodec, DEFAULT_PAGE_LIMIT, isTimeIdCursor, type IdentifierMethod, type ListIdentitiesQueryDto, type TimeIdCursor } from '@pg/contracts';
import { PatientIdentifier } from './patient-identifier.entity.js';
import { tableOf, type PatientState } from '@pg/persistence';

/** Identifier queries. Resolution is one statement: a probe of the (system, value) unique index. */
@Injectable()
export class IdentifierRepository {
  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {}

  /**
   * The live (not tombstoned) holder of a pair and, when that patient is not live here (deleted, merged), its state:
   * one probe of the (system, value) unique index and one of patient_state's primary key, in one statement.
   */
  async resolve(system: string, value: string): Promise<{ patientId: string; state: PatientState | null } | null> {
    const [row] = await this.em.execute<Array<{ patient_id: string; state: PatientState['state'] | null; merged_into: string | null }>>(
      `select i."patient_id", s."state", s."merged_into"
       from ${tableOf(this.em, 'patient_identifier')} i
       left join ${tableOf(this.em, 'patient_state')} s on s."patient_id" = i."patient_id"
       where i."system" = ? and i."value" = ? and i."tombstoned_at" is null`,
      [system, value],
    );
    if (!row) return null;
    return { patientId: row.patient_id, state: row.state ? { state: row.state, mergedInto: row.merged_into } : null };
  }

  /** Of these pairs, the ones a person linked to their patient (method `manual`, live): `system` NUL `value`. */
  async linkedByPerson(pairs: Array<{ system: string; value: string }>): Promise<Set<string>> {
    if (!pairs.length) return new Set();
    const rows = await this.em.find(PatientIdentifier, { method: 'manual', tombstonedAt: null, $or: pairs.map((p) => ({ system: p.system, value: p.value })) }, {
      fields: ['system', 'value'],
      disableIdentityMap: true,
    });
    return new Set(rows.map((r) => `${r.system}\u0000${r.value}`));
  }

  /** The row of a pair, locked for the rest of the transaction (none: nobody ever held it). */
  findPairForUpdate(system: string, value: string): Promise<PatientIdentifier | null> {
    return this.em.findOne(PatientIdentifier, { system, value }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  }

  findForPatient(patientId: string, id: string): Promise<PatientIdentifier | null> {
    return this.em.findOne(PatientIdentifier, { id, patientId });
  }

  async listForPatient(patientId: string, query: ListIdentitiesQueryDto): Promise<{ items: PatientIdentifier[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    const and: FilterQuery<PatientIdentifier>[] = [{ patientId }];
    if (!query.includeTombstoned) and.push({ tombstonedAt: null });
    const after = this.cursors.decode(query.cursor, isTimeIdCursor);
    if (after) {
      const [at, id] = after;
      const from = new Date(at);
      and.push({ $or: [{ linkedAt: { $gt: from } }, { linkedAt: from, id: { $gt: id } }] });
    }
    const rows = await this.em.find(PatientIdentifier, { $and: and }, { orderBy: { linkedAt: 'asc', id: 'asc' }, limit: limit + 1 });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.linkedAt.toISOString(), last.id] satisfies TimeIdCursor) : null;
    return { items, nextCursor, limit };
  }

  /**
   * Links the pair to the patient: a new row, or the tombstoned row of the pair taken over. The caller holds the
   * pair's lock (findPairForUpdate) or relies on the unique index.
   */
  async link(existing: PatientIdentifier | null, fields: { patientId: string; system: string; value: string; method: IdentifierMethod; linkedBy: string }): Promise<PatientIdentifier> {
    const now = new Date();
    const row = existing ?? Object.assign(new PatientIdentifier(), { id: randomUUID(), system: fields.system, value: fields.value });
    Object.assign(row, { patientId: fields.patientId, method: fields.method, linkedBy: fields.linkedBy.slice(0, 200), linkedAt: now, tombstonedAt: null });
    this.em.persist(row);
    await this.em.flush();
    return row;
  }

  async tombstone(row: PatientIdentifier): Promise<void> {
    row.tombstonedAt = new Date();
    await this.em.flush();
  }
}
