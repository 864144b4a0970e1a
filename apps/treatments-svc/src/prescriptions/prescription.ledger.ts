import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PrescriptionStatus } from '@pg/contracts';
import { TreatmentEventsPublisher } from '../treatments/treatment-events.publisher.js';
import { Prescription, PrescriptionEvent } from './prescription.entity.js';
import { foldPrescription } from './prescription.machine.js';
import { PrescriptionRepository, type LoadedPrescriptions } from './prescription.repository.js';
import { loadedHistory } from '../history-fold.js';

export interface OrderFacts {
  orderId: string;
  patientId: string;
  partnerPatientId: string;
  treatmentId: string;
  medication?: string | null;
}

export interface NewFulfilment {
  eventId: string;
  status: PrescriptionStatus;
  at: Date;
  carrier?: string | null;
  trackingNumber?: string | null;
  reason?: string | null;
}

/**
 * Where an order's fulfilment events are written and its status folded from them. The order is made by its first
 * event (whichever came first); the caller holds the order's lock (PrescriptionRepository.lock) in its transaction.
 */
@Injectable()
export class PrescriptionLedger {
  constructor(private readonly prescriptions: PrescriptionRepository, private readonly events: TreatmentEventsPublisher) {}

  /**
   * Adds a fulfilment event (or marks the order a refill) and refolds every event of the order, so any arrival
   * order gives the same status and history; carrier and tracking come from the latest applied event naming them.
   * One write of everything. Publishes `treatments.prescription.updated` after commit when the order is new or its
   * status or parcel changed. `loaded`: the order and its events as loaded for a batch (with its other events'
   * changes); nothing is flushed then — the batch is written by the caller's one flush.
   */
  async record(
    o: OrderFacts, change: { event?: NewFulfilment; refill?: { of: string; number: number } }, loaded?: LoadedPrescriptions,
  ): Promise<{ prescription: Prescription; events: PrescriptionEvent[] }> {
    let p = loaded ? loaded.prescriptions.get(o.orderId) ?? null : await this.prescriptions.findByExternalId(o.orderId);
    const rows = loaded ? loadedHistory(loaded.events, o.orderId) : await this.prescriptions.events(o.orderId);
    const now = new Date();
    const isNew = !p;
    if (!p) {
      p = Object.assign(new Prescription(), {
        id: randomUUID(), patientId: o.patientId, externalId: o.orderId, treatmentExternalId: o.treatmentId, partnerPatientId: o.partnerPatientId,
        status: 'created' as const, medication: o.medication ?? null, carrier: null, trackingNumber: null, refillOf: null, refillNumber: null,
        createdAt: now, updatedAt: now,
      });
      this.prescriptions.persist(p);
      loaded?.prescriptions.set(o.orderId, p);
    }
    const before = { status: p.status, carrier: p.carrier ?? null, trackingNumber: p.trackingNumber ?? null };
    if (!p.medication && o.medication) p.medication = o.medication;
    if (change.refill) {
      p.refillOf = change.refill.of;
      p.refillNumber = change.refill.number;
    }
    const e = change.event;
    if (e) {
      const row = Object.assign(new PrescriptionEvent(), {
        id: randomUUID(), orderExternalId: o.orderId, eventId: e.eventId, status: e.status, fromStatus: null, at: e.at,
        carrier: e.carrier ?? null, trackingNumber: e.trackingNumber ?? null, reason: e.reason ?? null, applied: false, position: rows.length,
      });
      this.prescriptions.persist(row);
      rows.push(row);
    }
    const folded = foldPrescription(rows.map((r) => ({ entry: r, key: r.eventId, status: r.status, at: r.at })));
    let carrier: string | null = null;
    let trackingNumber: string | null = null;
    for (const f of folded.entries) {
      const r = f.entry.entry;
      if (r.fromStatus !== f.from) r.fromStatus = f.from;
      if (r.applied !== f.applied) r.applied = f.applied;
      if (r.position !== f.position) r.position = f.position;
      if (f.applied && r.carrier) {
        carrier = r.carrier;
        trackingNumber = r.trackingNumber ?? null;
      }
    }
    if (p.status !== folded.status) p.status = folded.status;
    if (p.carrier !== carrier) p.carrier = carrier;
    if (p.trackingNumber !== trackingNumber) p.trackingNumber = trackingNumber;
    p.updatedAt = now;
    if (!loaded) await this.prescriptions.flush();
    if (isNew || before.status !== p.status || before.carrier !== p.carrier || before.trackingNumber !== p.trackingNumber) {
      this.events.prescriptionUpdated(p, p.status);
    }
    return { prescription: p, events: folded.entries.map((f) => f.entry.entry) };
  }
}
