import { mergeParticipant, PATIENT_STATE_MARKER, type MergeTable } from '@pg/persistence';

/**
 * labs-svc's rows of a patient, as a merge moves them (docs/identity.md, "Merges"). Where a unique key includes the
 * patient, the target's row stays and the source's is superseded (kept on the source, journalled):
 * - `wearable_sample`: the same reading of the same source (provider, source key, start) on both.
 * - `wearable_daily_stat` (metric, day) and `wearable_daily_summary` (provider, kind, day): on a day both have, the
 *   target's aggregate stays as it was (it does not fold in the source's readings of that day).
 * - `wearable_connection`: a live connection to the same provider on both.
 */
export const LABS_MERGE_TABLES: readonly MergeTable[] = [
  { table: 'lab_report' },
  { table: 'lab_result' },
  { table: 'wearable_import' },
  { table: 'wearable_sample', key: ['provider', 'source_key', 'start_at'], conflict: 'x.provider = s.provider and x.source_key = s.source_key and x.start_at = s.start_at' },
  { table: 'wearable_daily_stat', key: ['metric', 'day'], conflict: 'x.metric = s.metric and x.day = s.day' },
  { table: 'wearable_daily_summary', key: ['provider', 'kind', 'day'], conflict: 'x.provider = s.provider and x.kind = s.kind and x.day = s.day' },
  { table: 'wearable_connection', conflict: `x.provider = s.provider and x.status <> 'disconnected' and s.status <> 'disconnected'` },
  { table: 'wearable_oauth_state', key: ['state_hash'] },
];

/** The participant (libs/persistence MergeParticipantRunner): a Nest provider of the service's module. */
export const LabsMergeParticipant = mergeParticipant({ service: 'labs-svc', tables: LABS_MERGE_TABLES, marker: PATIENT_STATE_MARKER });
