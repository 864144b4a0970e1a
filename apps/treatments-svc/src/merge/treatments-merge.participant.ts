import { mergeParticipant, PATIENT_STATE_MARKER, type MergeTable } from '@pg/persistence';

/**
 * treatments-svc's rows of a patient, as a merge moves them (docs/identity.md, "Merges"). No unique key here includes
 * the patient, so nothing is superseded. Protocol versions and dose logs are append-only rows whose `patient_id` alone
 * may change (their trigger allows it): a merge moves them, never rewrites them.
 */
export const TREATMENTS_MERGE_TABLES: readonly MergeTable[] = [
  { table: 'protocol' },
  { table: 'protocol_version' },
  { table: 'protocol_dose' },
  { table: 'treatment' },
  { table: 'prescription' },
  { table: 'partner_webhook_parked' },
];

/** The participant (libs/persistence MergeParticipantRunner): a Nest provider of the service's module. */
export const TreatmentsMergeParticipant = mergeParticipant({ service: 'treatments-svc', tables: TREATMENTS_MERGE_TABLES, marker: PATIENT_STATE_MARKER });
