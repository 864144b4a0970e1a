import { BREAK_GLASS_REASON_STORED, Role, type ActorContext } from '@pg/contracts';
import type { AuditEventInput } from './audit-publisher.js';

export interface AuditSource {
  service: string;
  instance: string;
}

/**
 * Who acted, from where and why, as an audit event says it, from a verified actor context: the one mapping the
 * services (RpcAuditInterceptor) and the gateway (its own refusals and replays) share.
 */
export function actorParts(actor: ActorContext, source: AuditSource): Pick<AuditEventInput, 'actor' | 'source' | 'purposeOfUse' | 'breakGlass'> {
  return {
    actor: { principalId: actor.principalId, subject: actor.subject, roles: actor.roles, kind: actor.kind, ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}) },
    source: { ...source, ...(actor.ip ? { ip: actor.ip } : {}), ...(actor.userAgent ? { userAgent: actor.userAgent.slice(0, 200) } : {}) },
    purposeOfUse: actor.purposeOfUse,
    ...breakGlassPart(actor),
  };
}

/**
 * Who acted and from where when a service acts on its own account (a queued job, a sync, automation): the service
 * itself, for one patient when `onBehalfOf` is given.
 */
export function serviceParts(source: AuditSource, onBehalfOf?: string): Pick<AuditEventInput, 'actor' | 'source'> {
  return {
    actor: { principalId: null, subject: `service:${source.service}`, roles: ['service'], kind: 'service', ...(onBehalfOf ? { onBehalfOf } : {}) },
    source: { service: source.service, instance: source.instance },
  };
}

/**
 * A successful step of a service's own automation, for the operations it serves (an adoption's link, an automatic
 * merge, a review item a later link closed): the service as actor (serviceParts) and the event's own parts.
 */
export function automationEvent(source: AuditSource, parts: Pick<AuditEventInput, 'action' | 'reason' | 'resource' | 'requestId'>): AuditEventInput {
  return { action: parts.action, outcome: 'success', reason: parts.reason, ...serviceParts(source), resource: parts.resource, purposeOfUse: 'operations', requestId: parts.requestId };
}

/**
 * Break-glass as the audit event records it: only a clinician's (any other role's claim is not stored), the reason
 * cut to BREAK_GLASS_REASON_STORED characters, and `refused` when it granted nothing (a search, a list, a write).
 */
function breakGlassPart(actor: ActorContext): Pick<AuditEventInput, 'breakGlass'> {
  const glass = actor.breakGlass;
  if (!glass || typeof glass.reason !== 'string' || !actor.roles.includes(Role.clinician)) return {};
  return { breakGlass: { reason: glass.reason.slice(0, BREAK_GLASS_REASON_STORED), ...(glass.refused ? { refused: true as const } : {}) } };
}
