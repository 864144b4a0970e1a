/**
 * The merge protocol on stream EVENTS (docs/identity.md, "Merges"). identity-svc asks, every participant moves its
 * rows in one transaction and answers, identity-svc completes. Ids and counts only: never PHI.
 */
export const MERGE_EVENTS = {
  /** identity-svc → every participant: move the source's rows to the target. */
  requested: 'identity.merge.requested',
  /** identity-svc → every participant: move back exactly what was journalled for this merge. */
  undoRequested: 'identity.merge.undo-requested',
  /** identity-svc, once every participant applied: the timeline shows it on both patients. */
  patientMerged: 'identity.patient.merged',
  patientUnmerged: 'identity.patient.unmerged',
} as const;

/** The participants of a merge and the domain each publishes its answers under (`<domain>.merge.applied` …). */
export const MERGE_PARTICIPANTS = { 'profiles-svc': 'profiles', 'labs-svc': 'labs', 'treatments-svc': 'treatments', 'identity-svc': 'identity' } as const;
export type MergeParticipant = keyof typeof MERGE_PARTICIPANTS;

/** A participant's answer: `<domain>.merge.applied | undone | failed`. */
export const MERGE_ANSWERS = ['applied', 'undone', 'failed'] as const;
export type MergeAnswer = (typeof MERGE_ANSWERS)[number];
export const mergeAnswerEvent = (service: MergeParticipant, answer: MergeAnswer) => `${MERGE_PARTICIPANTS[service]}.merge.${answer}`;

export class MergeRequestedEvent {
  constructor(readonly mergeId: string, readonly sourcePatientId: string, readonly targetPatientId: string, readonly occurredAt: string = new Date().toISOString()) {}
}

export class MergeUndoRequestedEvent {
  constructor(readonly mergeId: string, readonly sourcePatientId: string, readonly targetPatientId: string, readonly occurredAt: string = new Date().toISOString()) {}
}

/** `moved`: rows moved per table (`applied`), moved back (`undone`); `superseded`: rows left on the source because the target held their unique key. */
export interface MergeAnswerEvent {
  mergeId: string;
  service: MergeParticipant;
  moved: Record<string, number>;
  superseded?: Record<string, number>;
  /** `failed` only: an error code, never a message that could hold data. */
  error?: string;
  occurredAt: string;
}

/**
 * `identity.patient.merged` / `.unmerged`. `survivorId` and `mergedId` repeat target and source under the names the
 * timeline projection reads (profiles-svc timeline-projection.ts).
 */
export class PatientMergedEvent {
  readonly survivorId: string;
  readonly mergedId: string;
  constructor(readonly mergeId: string, readonly sourcePatientId: string, readonly targetPatientId: string, readonly occurredAt: string = new Date().toISOString()) {
    this.survivorId = targetPatientId;
    this.mergedId = sourcePatientId;
  }
}
