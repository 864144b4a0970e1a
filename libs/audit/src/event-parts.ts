import type { ActorContext } from '@pg/contracts';
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
    ...(actor.breakGlass ? { breakGlass: { reason: actor.breakGlass.reason } } : {}),
  };
}
