import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { raw, type FilterQuery } from '@mikro-orm/core';
import { PatientScope } from '@pg/access';
import { CursorCodec, DEFAULT_PAGE_LIMIT, DomainException, SearchPatientsQueryDto, isUuid } from '@pg/contracts';
import { BatchLoader, notLivePatient } from '@pg/persistence';
import { Patient } from './patient.entity.js';
import { inScope } from './patient-scope.js';

/** A patient as reads need it: the entity's fields, without the entity. */
export type PatientRecord = Pick<Patient,
  'id' | 'givenName' | 'familyName' | 'birthDate' | 'sexAtBirth' | 'email' | 'phone' | 'address' | 'timeZone' | 'tags' | 'metadata' | 'subscriptionTier' | 'status'
  | 'identifiers' | 'version' | 'createdAt' | 'updatedAt'>;
type PatientRow = Omit<PatientRecord, 'createdAt' | 'updatedAt'> & { createdAt: string | Date; updatedAt: string | Date };

const READ_COLUMNS = [
  'id', 'given_name as "givenName"', 'family_name as "familyName"', 'birth_date::text as "birthDate"', 'sex_at_birth as "sexAtBirth"', 'email',
  'phone', 'address', 'time_zone as "timeZone"', 'tags', 'metadata', 'subscription_tier as "subscriptionTier"', 'status', 'identifiers', 'version',
  'created_at as "createdAt"', 'updated_at as "updatedAt"',
].join(', ');

type NameCursor = [string, string, string];
/** A cursor is client input: a forged one must be a 400, not a query Postgres refuses (the id is compared as a uuid). */
const isNameCursor = (v: unknown): v is NameCursor =>
  Array.isArray(v) && v.length === 3 && v.every((x) => typeof x === 'string' && x.length <= 200) && isUuid(v[2]);

/** Escapes LIKE wildcards so a search for `50%` means the text, not a pattern. */
const likePrefix = (q: string) => `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Patient queries. Every method that reads patient rows takes the caller's scope, so forgetting it is a
 * type error; the scope becomes part of the SQL, so counts, pages and cursors only ever see permitted rows.
 */
@Injectable()
export class PatientRepository {
  private readonly table: string;
  /** Profile reads arriving together become one query (see BatchLoader): the hottest path of the system. */
  private readonly byId = new BatchLoader<string, PatientRecord>((ids) => this.readMany(ids));

  constructor(private readonly em: EntityManager, private readonly cursors: CursorCodec) {
    const meta = em.getMetadata().get(Patient);
    this.table = `"${meta.schema ?? em.config.get('schema')}"."${meta.tableName}"`;
  }

  /** The entity, for a change (optimistic locking, unit of work). A soft-deleted patient is not found. */
  async findInScope(scope: PatientScope, id: string): Promise<Patient | null> {
    if (!inScope(scope, id)) return null;
    return this.em.findOne(Patient, { id, deletedAt: null, mergedInto: null });
  }

  /** A soft-deleted patient, for its restore (the only way to reach one). */
  async findDeletedInScope(scope: PatientScope, id: string): Promise<Patient | null> {
    if (!inScope(scope, id)) return null;
    return this.em.findOne(Patient, { id, deletedAt: { $ne: null } });
  }

  /**
   * The live record, or NOT_FOUND (Patient): the records of a soft-deleted patient (conditions, medications, check-ins,
   * conversations, timeline) answer 404 like the patient; those of a merged one too, naming the survivor
   * (`details: [{ mergedInto }]`) when `canReadSurvivor` says the caller may read it, as the patient route does. No scope: for this service's own use on a request already
   * checked for that patient (a check-in needs the patient's time zone; its caller may hold no right on the profile);
   * never returned as is. Shares the batched profile read.
   */
  async requireLive(id: string, canReadSurvivor: (survivorId: string) => boolean): Promise<PatientRecord> {
    const patient = await this.byId.load(id);
    if (patient) return patient;
    // Merged into another patient: the same answer as the patient itself (and labs, treatments, identity's gate).
    const survivor = await this.mergedInto(id);
    if (survivor) throw notLivePatient({ state: 'merged', mergedInto: survivor }, canReadSurvivor);
    throw DomainException.notFound('Patient');
  }

  /**
   * `read()` for a read outside a transaction, alongside `requireLive` (one database round trip less on the path):
   * its result is given only for a live patient, and requireLive's refusal wins, as if it had run first.
   */
  async whileLive<T>(id: string, canReadSurvivor: (survivorId: string) => boolean, read: () => Promise<T>): Promise<T> {
    const [live, result] = await Promise.allSettled([this.requireLive(id, canReadSurvivor), (async () => read())()]);
    if (live.status === 'rejected') throw live.reason;
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  }

  /**
   * The record for a read (outside a transaction): one indexed query, no entity, shared with the reads that
   * arrive in the same turn of the event loop. This is the hottest path of the system (every read
   * of a profile); MikroORM's findOne spends about 300 µs of CPU building the query and hydrating an entity that
   * a read throws away, against about 50 µs for the same row through its connection.
   */
  async readInScope(scope: PatientScope, id: string): Promise<PatientRecord | null> {
    if (!inScope(scope, id)) return null;
    return (await this.byId.load(id)) ?? null;
  }

  /** The survivor of a live patient merged into another (docs/identity.md, "Merges"), or null. */
  async mergedInto(id: string): Promise<string | null> {
    const [row] = await this.em.getConnection().execute<{ mergedInto: string }[]>(
      `select merged_into as "mergedInto" from ${this.table} where id = ? and merged_into is not null and deleted_at is null`, [id]);
    return row?.mergedInto ?? null;
  }

  private async readMany(ids: string[]): Promise<Map<string, PatientRecord>> {
    const rows = await this.em.getConnection().execute<PatientRow[]>(
      `select ${READ_COLUMNS} from ${this.table} where id in (${ids.map(() => '?').join(', ')}) and deleted_at is null and merged_into is null`, ids,
    );
    return new Map(rows.map((row) => [row.id, { ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) }]));
  }

  async search(scope: PatientScope, query: SearchPatientsQueryDto): Promise<{ items: Patient[]; nextCursor: string | null; limit: number }> {
    const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
    if (scope.kind === 'some' && scope.patientIds.length === 0) return { items: [], nextCursor: null, limit };
    const and: FilterQuery<Patient>[] = [{ deletedAt: null, mergedInto: null }];
    if (scope.kind === 'some') and.push({ id: { $in: scope.patientIds } });
    if (query.q) {
      const prefix = likePrefix(query.q);
      and.push({ $or: [{ familyName: { $ilike: prefix } }, { givenName: { $ilike: prefix } }, { email: { $ilike: prefix } }] });
    }
    if (query.birthDate) and.push({ birthDate: query.birthDate });
    if (query.status) and.push({ status: query.status });
    if (query.subscriptionTier) and.push({ subscriptionTier: query.subscriptionTier });
    // Tags are stored lowercase: `tags @> array[?]` (GIN index).
    if (query.tag) and.push({ tags: { $contains: [query.tag.toLowerCase()] } } as FilterQuery<Patient>);
    // Exact and case-insensitive, on the lower(email) index.
    if (query.email) and.push({ [raw('lower(email)')]: query.email.toLowerCase() } as FilterQuery<Patient>);
    if (query.identifier) {
      const [system, ...rest] = query.identifier.split('|');
      and.push({ identifiers: { $contains: [{ system, value: rest.join('|') }] } } as FilterQuery<Patient>);
    }
    const after = this.cursors.decode(query.cursor, isNameCursor);
    if (after) {
      const [family, given, id] = after;
      and.push({
        $or: [
          { familyName: { $gt: family } },
          { familyName: family, givenName: { $gt: given } },
          { familyName: family, givenName: given, id: { $gt: id } },
        ],
      });
    }
    const rows = await this.em.find(Patient, { $and: and }, {
      orderBy: { familyName: 'asc', givenName: 'asc', id: 'asc' },
      limit: limit + 1,
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? this.cursors.encode([last.familyName, last.givenName, last.id] satisfies NameCursor) : null;
    return { items, nextCursor, limit };
  }

  persist(patient: Patient): void {
    this.em.persist(patient);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }
}
