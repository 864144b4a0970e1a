import { mergeParticipant, type MergeMarker, type MergeTable } from '@pg/persistence';

/**
 * profiles-svc's rows of a patient, as a merge moves them (docs/identity.md, "Merges"). The patient row itself stays
 * (its demographics are the source's; `merged_into` marks it). `check_in` is one per patient and day: on a day both
 * have one, the target's stays and the source's is superseded (kept on the source). The timeline's entries move (their
 * event keys are unique without the patient).
 */
export const PROFILES_MERGE_TABLES: readonly MergeTable[] = [
  { table: 'condition' },
  { table: 'medication' },
  { table: 'check_in', conflict: 'x.date = s.date' },
  { table: 'conversation' },
  { table: 'conversation_message' },
  { table: 'timeline_entry' },
];

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

export const PATIENT_ROW_MARKER: MergeMarker = {
  async mark(em, schema, sourceId, targetId) {
    await em.execute(`update ${ident(schema)}."patient" set merged_into = ? where id = ?`, [targetId, sourceId]);
  },
  async clear(em, schema, sourceId) {
    await em.execute(`update ${ident(schema)}."patient" set merged_into = null where id = ?`, [sourceId]);
  },
};

/** The participant (libs/persistence MergeParticipantRunner): a Nest provider of the service's module. */
export const ProfilesMergeParticipant = mergeParticipant({ service: 'profiles-svc', tables: PROFILES_MERGE_TABLES, marker: PATIENT_ROW_MARKER });
