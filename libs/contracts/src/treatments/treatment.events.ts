import type { PrescriptionStatus } from './prescription.dto.js';
import type { TransitionSource, TreatmentStatus } from './treatment.dto.js';

/** Domain events of treatments-svc's treatments and prescriptions on EVENTS (`events.<name>`): ids and codes only. */
export const TREATMENT_EVENTS = {
  treatmentTransitioned: 'treatments.treatment.transitioned',
  prescriptionUpdated: 'treatments.prescription.updated',
} as const;

/** A treatment's status changed (`from` null: it was created). */
export class TreatmentTransitionedEvent {
  constructor(
    readonly treatmentId: string,
    readonly patientId: string,
    readonly from: TreatmentStatus | null,
    readonly to: TreatmentStatus,
    readonly by: TransitionSource,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** A prescription's fulfilment moved (or it was created). */
export class PrescriptionUpdatedEvent {
  constructor(
    readonly prescriptionId: string,
    readonly patientId: string,
    readonly status: PrescriptionStatus,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}
