/**
 * A patient's state as each data service knows it (shared-contracts §3): `<schema>.patient_state` holds one row per
 * patient that is NOT live — soft-deleted (fed by `events.profiles.patient.deleted|restored`) or merged into another
 * (written by the merge participant inside its own transaction). No row: the patient is live. The table is tiny and
 * looked up by primary key, so the guard costs one index probe.
 *
 * Rules (RBAC.md): a deleted patient answers NOT_FOUND to everyone, like a patient outside scope; a merged one answers
 * NOT_FOUND with `details: [{ mergedInto }]` for callers who may read the survivor, a bare NOT_FOUND for others.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainException, ErrorCode } from '@pg/contracts';
import { quoteIdent as ident } from './raw-names.js';

export type PatientStateKind = 'deleted' | 'merged';
export interface PatientState {
  state: PatientStateKind;
  mergedInto: string | null;
}

/** What the guard needs of an EntityManager: raw SQL on its connection (inside its transaction, when it has one). */
export type SqlRunner = Pick<EntityManager, 'execute'>;

const table = (schema: string) => `${ident(schema)}."patient_state"`;

/** The state of one patient in `schema`, or null when it is live (no row). One primary-key lookup. */
export async function patientStateOf(em: SqlRunner, schema: string, patientId: string): Promise<PatientState | null> {
  const [row] = await em.execute<{ state: PatientStateKind; merged_into: string | null }[]>(
    `select "state", "merged_into" from ${table(schema)} where "patient_id" = ?`,
    [patientId],
  );
  return row ? { state: row.state, mergedInto: row.merged_into } : null;
}

/** The refusal for a patient that is not live: what `requireLivePatient` throws, for callers that read the state themselves. */
export function notLivePatient(state: PatientState, canReadSurvivor: (id: string) => boolean): DomainException {
  const details = state.state === 'merged' && state.mergedInto && canReadSurvivor(state.mergedInto) ? [{ mergedInto: state.mergedInto }] : [];
  // Audited as a refusal (`denied`), like a patient outside the caller's scope.
  return new DomainException(ErrorCode.NOT_FOUND, 'Patient not found', details, 'denied');
}

/**
 * Throws NOT_FOUND unless the patient is live in `schema`. For a merged patient the error names the survivor in its
 * details only when `canReadSurvivor(survivorId)` says the caller may read it.
 */
export async function requireLivePatient(em: SqlRunner, schema: string, patientId: string, canReadSurvivor: (id: string) => boolean): Promise<void> {
  const state = await patientStateOf(em, schema, patientId);
  if (state) throw notLivePatient(state, canReadSurvivor);
}

/** Of `patientIds`, those that are not live in `schema` (one query; for lists scoped to a set of patients). */
export async function notLivePatientIds(em: SqlRunner, schema: string, patientIds: readonly string[]): Promise<Set<string>> {
  if (!patientIds.length) return new Set();
  const rows = await em.execute<{ patient_id: string }[]>(
    `select "patient_id" from ${table(schema)} where "patient_id" in (?)`,
    [patientIds],
  );
  return new Set(rows.map((r) => r.patient_id));
}

/**
 * SQL condition keeping only rows of live patients, for lists not scoped to a set of patients (an admin's search):
 * `where … and ${liveRowSql(schema, 't."patient_id"')}`.
 */
export function liveRowSql(schema: string, patientIdColumn: string): string {
  return `not exists (select 1 from ${table(schema)} ps where ps."patient_id" = ${patientIdColumn})`;
}

/**
 * Records that a patient was soft-deleted at `at`. Idempotent; a redelivered or older event never overwrites a newer
 * state, and a merge is never turned into a deletion.
 */
export async function markPatientDeleted(em: SqlRunner, schema: string, patientId: string, at: Date): Promise<void> {
  await em.execute(
    `insert into ${table(schema)} as ps ("patient_id", "state", "merged_into", "changed_at") values (?, 'deleted', null, ?)
     on conflict ("patient_id") do update set "state" = 'deleted', "changed_at" = excluded."changed_at"
      where ps."state" = 'deleted' and ps."changed_at" < excluded."changed_at"`,
    [patientId, at],
  );
}

/** Records that a soft-deleted patient was restored at `at` (live again). A merged patient stays merged. */
export async function markPatientRestored(em: SqlRunner, schema: string, patientId: string, at: Date): Promise<void> {
  await em.execute(`delete from ${table(schema)} where "patient_id" = ? and "state" = 'deleted' and "changed_at" <= ?`, [patientId, at]);
}

/** Records, inside the merge participant's transaction, that `patientId` was merged into `survivorId`. */
export async function markPatientMerged(em: SqlRunner, schema: string, patientId: string, survivorId: string, at: Date): Promise<void> {
  await em.execute(
    `insert into ${table(schema)} ("patient_id", "state", "merged_into", "changed_at") values (?, 'merged', ?, ?)
     on conflict ("patient_id") do update set "state" = 'merged', "merged_into" = excluded."merged_into", "changed_at" = excluded."changed_at"`,
    [patientId, survivorId, at],
  );
}

/** Undoes `markPatientMerged` (an undone merge): the patient is live again. */
export async function clearPatientMerged(em: SqlRunner, schema: string, patientId: string): Promise<void> {
  await em.execute(`delete from ${table(schema)} where "patient_id" = ? and "state" = 'merged'`, [patientId]);
}
