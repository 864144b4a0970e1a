import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JetStreamClient } from '@nats-io/jetstream';
import { afterCommit, JETSTREAM } from '@pg/audit';
import { PrescriptionUpdatedEvent, TREATMENT_EVENTS, TreatmentTransitionedEvent, type PrescriptionStatus, type TransitionSource, type TreatmentStatus } from '@pg/contracts';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';

/**
 * Publishes treatments' and prescriptions' domain events on EVENTS once the change committed (ids and codes only,
 * for the timeline). A failed publish does not undo the change: it is logged by name.
 */
@Injectable()
export class TreatmentEventsPublisher {
  private readonly logger = new Logger('TreatmentEvents');

  constructor(@Inject(JETSTREAM) private readonly js: JetStreamClient, private readonly ns: NatsNamespace) {}

  treatmentTransitioned(t: { id: string; patientId: string }, from: TreatmentStatus | null, to: TreatmentStatus, by: TransitionSource): void {
    this.afterCommit(TREATMENT_EVENTS.treatmentTransitioned, new TreatmentTransitionedEvent(t.id, t.patientId, from, to, by));
  }

  prescriptionUpdated(p: { id: string; patientId: string }, status: PrescriptionStatus): void {
    this.afterCommit(TREATMENT_EVENTS.prescriptionUpdated, new PrescriptionUpdatedEvent(p.id, p.patientId, status));
  }

  private afterCommit(name: string, event: object): void {
    afterCommit(async () => {
      try {
        await publishDomainEvent(this.js, this.ns, name, event, randomUUID());
      } catch (err) {
        this.logger.warn(`could not publish ${name}: ${err instanceof Error ? err.name : typeof err}`);
      }
    });
  }
}
