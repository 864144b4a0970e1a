import type { IdentityDto } from '@pg/contracts';
import type { PatientIdentifier } from './patient-identifier.entity.js';

export function toIdentityDto(r: PatientIdentifier): IdentityDto {
  return {
    id: r.id, patientId: r.patientId, system: r.system, value: r.value, method: r.method, linkedBy: r.linkedBy,
    linkedAt: r.linkedAt.toISOString(), tombstonedAt: r.tombstonedAt ? r.tombstonedAt.toISOString() : null,
  };
}
