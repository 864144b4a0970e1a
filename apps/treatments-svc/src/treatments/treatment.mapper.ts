import type { TreatmentDetailDto, TreatmentDto, TreatmentTransitionDto } from '@pg/contracts';
import type { Treatment, TreatmentTransition } from './treatment.entity.js';

export function toTreatmentDto(t: Treatment): TreatmentDto {
  return {
    id: t.id,
    patientId: t.patientId,
    externalId: t.externalId,
    status: t.status,
    product: t.product ?? null,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}

export function toTransitionDto(h: TreatmentTransition): TreatmentTransitionDto {
  return {
    from: h.fromStatus ?? null,
    to: h.toStatus,
    at: h.at.toISOString(),
    by: h.source,
    actorId: h.actorId ?? null,
    eventId: h.eventId ?? null,
    reason: h.reason ?? null,
    applied: h.applied,
  };
}

export function toTreatmentDetailDto(t: Treatment, history: TreatmentTransition[]): TreatmentDetailDto {
  return { ...toTreatmentDto(t), history: history.map(toTransitionDto) };
}
