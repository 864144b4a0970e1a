import { actorParts, type AuditSource } from '@pg/audit';
import type { ActorContext } from '@pg/contracts';

/**
 * The gateway's own audit event for an export: `export` of the patient's `fhir-record`, carrying a disclosure when
 * the purpose of use is not treatment (HIPAA's accounting then lists it; docs/audit.md). Each part read was
 * recorded by its service as well. Published before any data leaves: no record, no answer (503).
 */
export function exportAuditEvent(actor: ActorContext, source: AuditSource, patientId: string, requestId: string, query: Record<string, string | number | boolean>) {
  const purpose = actor.purposeOfUse;
  return {
    action: 'export' as const,
    outcome: 'success' as const,
    ...actorParts(actor, source),
    resource: { type: 'fhir-record', patientId },
    query,
    ...(purpose !== 'treatment'
      ? { disclosure: { recipient: `${actor.kind} ${actor.principalId} (${actor.roles.join(', ')})`, description: 'FHIR R4 export of the patient record', purpose } }
      : {}),
    requestId,
  };
}
