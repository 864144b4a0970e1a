import type { FulfilmentEventDto, PrescriptionDetailDto, PrescriptionDto } from '@pg/contracts';
import type { Prescription, PrescriptionEvent } from './prescription.entity.js';

export function toPrescriptionDto(p: Prescription): PrescriptionDto {
  return {
    id: p.id,
    patientId: p.patientId,
    externalId: p.externalId,
    treatmentExternalId: p.treatmentExternalId ?? null,
    status: p.status,
    medication: p.medication ?? null,
    carrier: p.carrier ?? null,
    trackingNumber: p.trackingNumber ?? null,
    refillOf: p.refillOf ?? null,
    refillNumber: p.refillNumber ?? null,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export function toFulfilmentDto(e: PrescriptionEvent): FulfilmentEventDto {
  return {
    status: e.status,
    from: e.fromStatus ?? null,
    at: e.at.toISOString(),
    by: 'partner',
    eventId: e.eventId,
    carrier: e.carrier ?? null,
    trackingNumber: e.trackingNumber ?? null,
    reason: e.reason ?? null,
    applied: e.applied,
  };
}

export function toPrescriptionDetailDto(p: Prescription, events: PrescriptionEvent[], refills: Prescription[]): PrescriptionDetailDto {
  return { ...toPrescriptionDto(p), fulfilment: events.map(toFulfilmentDto), refills: refills.map(toPrescriptionDto) };
}
