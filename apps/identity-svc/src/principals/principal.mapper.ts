import type { PrincipalDto } from '@pg/contracts';
import type { Principal } from './principal.entity.js';

/** The reply shape of a principal: entities never leave the service. */
export function toPrincipalDto(p: Principal): PrincipalDto {
  return {
    id: p.id,
    subject: p.subject,
    displayName: p.displayName,
    kind: p.kind,
    roles: [...p.roles],
    patientId: p.patientId ?? null,
    scopes: [...(p.scopes ?? [])],
    status: p.status,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
