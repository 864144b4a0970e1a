import type { MergeDto } from '@pg/contracts';
import type { Merge } from './merge.entity.js';

export function toMergeDto(m: Merge): MergeDto {
  return {
    id: m.id,
    patientId: m.targetPatientId,
    sourcePatientId: m.sourcePatientId,
    targetPatientId: m.targetPatientId,
    state: m.state,
    requestedBy: m.requestedBy ?? null,
    requestedAt: m.requestedAt.toISOString(),
    completedAt: m.completedAt?.toISOString() ?? null,
    undoRequestedAt: m.undoRequestedAt?.toISOString() ?? null,
    undoneAt: m.undoneAt?.toISOString() ?? null,
    services: (m.services ?? {}) as MergeDto['services'],
  };
}
