/** A patient's soft delete and its undo, on stream EVENTS (`events.<name>`): ids only, never the reason. */
export const PATIENT_EVENTS = {
  deleted: 'profiles.patient.deleted',
  restored: 'profiles.patient.restored',
  /** A patient was created or their profile changed (ids only: identity-svc fetches the demographics it matches on). */
  changed: 'profiles.patient.changed',
} as const;

export class PatientDeletedEvent {
  constructor(readonly patientId: string, readonly occurredAt: string = new Date().toISOString()) {}
}

export class PatientRestoredEvent {
  constructor(readonly patientId: string, readonly occurredAt: string = new Date().toISOString()) {}
}

export class PatientChangedEvent {
  constructor(readonly patientId: string, readonly occurredAt: string = new Date().toISOString()) {}
}
