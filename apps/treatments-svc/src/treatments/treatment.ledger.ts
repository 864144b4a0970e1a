import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TransitionSource, TreatmentStatus } from '@pg/contracts';
import { Treatment, TreatmentTransition } from './treatment.entity.js';
import { foldTreatment } from './treatment.machine.js';
import { TreatmentRepository } from './treatment.repository.js';
import { TreatmentEventsPublisher } from './treatment-events.publisher.js';

export interface NewTransition {
  to: TreatmentStatus;
  at: Date;
  source: TransitionSource;
  actorId?: string | null;
  eventId?: string | null;
  reason?: string | null;
}

/**
 * Where a treatment's history is written and its status folded from it, for clinicians and the partner alike.
 * The caller holds the treatment's lock (TreatmentRepository.lock) inside its transaction.
 */
@Injectable()
export class TreatmentLedger {
  constructor(private readonly treatments: TreatmentRepository, private readonly events: TreatmentEventsPublisher) {}

  /** The partner's `treatment.created`: the treatment (if new) and its creation entry. */
  async create(externalId: string, patientId: string, partnerPatientId: string, product: string | null, entry: Omit<NewTransition, 'to'>): Promise<Treatment> {
    let treatment = await this.treatments.findByExternalId(externalId);
    if (!treatment) {
      const now = new Date();
      treatment = Object.assign(new Treatment(), {
        id: randomUUID(), patientId, externalId, partnerPatientId, status: 'pending' as const, product, createdAt: now, updatedAt: now,
      });
      this.treatments.persist(treatment);
    }
    this.add(externalId, { ...entry, to: 'pending' });
    return treatment;
  }

  add(externalId: string, t: NewTransition): void {
    this.treatments.persist(Object.assign(new TreatmentTransition(), {
      id: randomUUID(), treatmentExternalId: externalId, fromStatus: null, toStatus: t.to, at: t.at, source: t.source,
      actorId: t.actorId ?? null, eventId: t.eventId ?? null, reason: t.reason ?? null, applied: false, position: 0,
    }));
  }

  /**
   * Refolds (only a creation targets `pending`: no move leads back there) the whole history (so any arrival order gives the same status and history) and publishes
   * `treatments.treatment.transitioned` after commit when the status changed. Null: the treatment is not known yet
   * (its entries wait for its creation).
   */
  async refold(externalId: string): Promise<{ treatment: Treatment | null; history: TreatmentTransition[] }> {
    await this.treatments.flush();
    const treatment = await this.treatments.findByExternalId(externalId);
    const history = await this.treatments.history(externalId);
    if (!treatment) return { treatment: null, history };
    const wasNew = !history.some((h) => h.applied);
    const before = treatment.status;
    const folded = foldTreatment(history.map((h) => ({ entry: h, key: h.eventId ?? h.id, to: h.toStatus, at: h.at, source: h.source, creation: h.toStatus === 'pending' })));
    let lastApplied: TreatmentTransition | null = null;
    for (const f of folded.entries) {
      const h = f.entry.entry;
      h.fromStatus = f.from;
      h.applied = f.applied;
      h.position = f.position;
      if (f.applied) lastApplied = h;
    }
    if (folded.status) treatment.status = folded.status;
    treatment.updatedAt = new Date();
    await this.treatments.flush();
    if (wasNew || before !== treatment.status) {
      this.events.treatmentTransitioned(treatment, wasNew ? null : before, treatment.status, lastApplied?.source ?? 'partner');
    }
    return { treatment, history: folded.entries.map((f) => f.entry.entry) };
  }
}
