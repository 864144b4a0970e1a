import { mergeParticipant, PATIENT_STATE_MARKER, type MergeTable } from '@pg/persistence';

/**
 * identity-svc's rows of a patient, as a merge moves them (docs/identity.md, "Merges"):
 * - `principal` (a patient's login binding): moved — the person signs in to the survivor.
 * - `care_team_member`: moved; a membership open on both (same principal, no end) keeps the target's, the source's
 *   stays superseded (the open-membership unique index).
 * - `patient_identifier` ((system, value) unique without the patient: never conflicts) and `match_record`: moved,
 *   and moved back by an undo (id-ops's tables; skipped while absent).
 */
export const IDENTITY_MERGE_TABLES: readonly MergeTable[] = [
  { table: 'principal' },
  { table: 'care_team_member', conflict: 'x.principal_id = s.principal_id and x.until is null and s.until is null' },
  { table: 'patient_identifier', optional: true },
  { table: 'match_record', optional: true },
];

/** The participant (libs/persistence MergeParticipantRunner): a Nest provider of the service's module. */
export const IdentityMergeParticipant = mergeParticipant({ service: 'identity-svc', tables: IDENTITY_MERGE_TABLES, marker: PATIENT_STATE_MARKER });
