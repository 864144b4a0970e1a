import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { TransitionSource, TreatmentStatus } from '@pg/contracts';
import { Treatment, TreatmentTransition } from './treatment.entity.js';
import { foldTreatment } from './treatment.machine.js';
import { TreatmentRepository, type LoadedTreatments } from './treatment.repository.js';
import { TreatmentEventsPublisher } from './treatment-events.publisher.js';
import { loadedHistory } from '../history-fold.js';

export interface NewTransition {
  to: TreatmentStatus;
  at: Date;
  source: TransitionSource;
  actorId?: string | null;
  eventId?: string | null;
  reason?: string | null;
}

/** What `treatment.created` knows of the treatment. */
export interface TreatmentFacts {
  patientId: string;
  partnerPatientId: string;
  product: string | null;
}

/**
 * Where a treatment's history is written and its status folded from it, for clinicians and the partner alike.
 * The caller holds the treatment's lock (TreatmentRepository.lock) inside its transaction.
 */
@Injectable()
export class TreatmentLedger {
  constructor(private readonly treatments: TreatmentRepository, private readonly events: TreatmentEventsPublisher) {}

  /**
   * Adds one entry (with `created`: the partner's creation, which also makes the treatment if it is new) and
   * refolds the whole history, so any arrival order gives the same status and history; one write of everything.
   * Publishes `treatments.treatment.transitioned` after commit when the treatment is new or its status changed.
   * Null treatment: not known yet (the entry waits in its history for the creation). Only a creation targets
   * `pending`: no move leads back there. `loaded`: the treatment and its history as loaded for a batch (with its
   * other events' changes); nothing is flushed then — the batch is written by the caller's one flush.
   */
  async record(externalId: string, entry: NewTransition, created?: TreatmentFacts, loaded?: LoadedTreatments): Promise<{ treatment: Treatment | null; history: TreatmentTransition[] }> {
    let treatment = loaded ? loaded.treatments.get(externalId) ?? null : await this.treatments.findByExternalId(externalId);
    const history = loaded ? loadedHistory(loaded.histories, externalId) : await this.treatments.history(externalId);
    const before = treatment?.status ?? null;
    const now = new Date();
    if (!treatment && created) {
      treatment = Object.assign(new Treatment(), {
        id: randomUUID(), patientId: created.patientId, externalId, partnerPatientId: created.partnerPatientId, status: 'pending' as const,
        product: created.product, createdAt: now, updatedAt: now,
      });
      this.treatments.persist(treatment);
      loaded?.treatments.set(externalId, treatment);
    }
    const row = Object.assign(new TreatmentTransition(), {
      id: randomUUID(), treatmentExternalId: externalId, fromStatus: null, toStatus: created ? 'pending' as const : entry.to, at: entry.at, source: entry.source,
      actorId: entry.actorId ?? null, eventId: entry.eventId ?? null, reason: entry.reason ?? null, applied: false, position: history.length,
    });
    this.treatments.persist(row);
    history.push(row);
    if (!treatment) {
      if (!loaded) await this.treatments.flush();
      return { treatment: null, history };
    }
    const folded = foldTreatment(history.map((h) => ({ entry: h, key: h.eventId ?? h.id, to: h.toStatus, at: h.at, source: h.source, creation: h.toStatus === 'pending' })));
    let lastApplied: TreatmentTransition | null = null;
    for (const f of folded.entries) {
      const h = f.entry.entry;
      if (h.fromStatus !== f.from) h.fromStatus = f.from;
      if (h.applied !== f.applied) h.applied = f.applied;
      if (h.position !== f.position) h.position = f.position;
      if (f.applied) lastApplied = h;
    }
    if (folded.status && folded.status !== treatment.status) treatment.status = folded.status;
    treatment.updatedAt = now;
    if (!loaded) await this.treatments.flush();
    if (before === null || before !== treatment.status) {
      this.events.treatmentTransitioned(treatment, before, treatment.status, lastApplied?.source ?? entry.source);
    }
    return { treatment, history: folded.entries.map((f) => f.entry.entry) };
  }
}
