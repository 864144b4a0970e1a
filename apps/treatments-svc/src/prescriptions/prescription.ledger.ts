import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PrescriptionStatus } from '@pg/contracts';
import { TreatmentEventsPublisher } from '../treatments/treatment-events.publisher.js';
import { Prescription, PrescriptionEvent } from './prescription.entity.js';
import { foldPrescription } from './prescription.machine.js';
import { PrescriptionRepository } from './prescription.repository.js';

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

  async ensure(o: OrderFacts, refill?: { of: string; number: number }): Promise<Prescription> {
    let p = await this.prescriptions.findByExternalId(o.orderId);
    if (!p) {
      const now = new Date();
      p = Object.assign(new Prescription(), {
        id: randomUUID(), patientId: o.patientId, externalId: o.orderId, treatmentExternalId: o.treatmentId, partnerPatientId: o.partnerPatientId,
        status: 'created' as const, medication: o.medication ?? null, carrier: null, trackingNumber: null, refillOf: null, refillNumber: null,
        createdAt: now, updatedAt: now,
      });
      this.prescriptions.persist(p);
    }
    if (!p.medication && o.medication) p.medication = o.medication;
    if (refill) {
      p.refillOf = refill.of;
      p.refillNumber = refill.number;
    }
    return p;
  }

  add(orderId: string, e: NewFulfilment): void {
    this.prescriptions.persist(Object.assign(new PrescriptionEvent(), {
      id: randomUUID(), orderExternalId: orderId, eventId: e.eventId, status: e.status, fromStatus: null, at: e.at,
      carrier: e.carrier ?? null, trackingNumber: e.trackingNumber ?? null, reason: e.reason ?? null, applied: false, position: 0,
    }));
  }

  /**
   * Refolds every fulfilment event of the order (any arrival order gives the same status and history); carrier and
   * tracking come from the latest applied event that names them. Publishes `treatments.prescription.updated` after
   * commit when the order is new or its status or parcel changed.
   */
  async refold(orderId: string): Promise<{ prescription: Prescription; events: PrescriptionEvent[] }> {
    await this.prescriptions.flush();
    const p = (await this.prescriptions.findByExternalId(orderId))!;
    const rows = await this.prescriptions.events(orderId);
    const isNew = p.createdAt.getTime() === p.updatedAt.getTime();
    const before = { status: p.status, carrier: p.carrier, trackingNumber: p.trackingNumber };
    const folded = foldPrescription(rows.map((r) => ({ entry: r, key: r.eventId, status: r.status, at: r.at })));
    let carrier: string | null = null;
    let trackingNumber: string | null = null;
    for (const f of folded.entries) {
      const r = f.entry.entry;
      r.fromStatus = f.from;
      r.applied = f.applied;
      r.position = f.position;
      if (f.applied && r.carrier) {
        carrier = r.carrier;
        trackingNumber = r.trackingNumber ?? null;
      }
    }
    p.status = folded.status;
    p.carrier = carrier;
    p.trackingNumber = trackingNumber;
    p.updatedAt = new Date(Math.max(Date.now(), p.createdAt.getTime() + 1));
    await this.prescriptions.flush();
    if (isNew || before.status !== p.status || before.carrier !== p.carrier || before.trackingNumber !== p.trackingNumber) {
      this.events.prescriptionUpdated(p, p.status);
    }
    return { prescription: p, events: folded.entries.map((f) => f.entry.entry) };
  }
}
