import type { ActorContext } from '@pg/contracts';

/**
 * Whether a patient is live in this service (not soft-deleted, not merged away): libs/persistence provides the
 * implementation on the service's `patient_state` table (PatientStateModule). With one provided, RpcAuditInterceptor
 * checks every audited call — the patient the request names before the handler runs, the patient of the record it
 * returns after, and drops the records of patients that are not live from a page — so a deleted patient answers
 * NOT_FOUND to every read and write, whatever handler serves it. A handler opts out with `patientGate: false`.
 */
export interface PatientGate {
  /** Throws NOT_FOUND (audited as a refusal) unless `patientId` is live. */
  require(patientId: string, actor: ActorContext): Promise<void>;
  /** Of `patientIds`, those that are not live (one query). */
  notLive(patientIds: readonly string[]): Promise<ReadonlySet<string>>;
}
export const PATIENT_GATE = Symbol('PATIENT_GATE');
