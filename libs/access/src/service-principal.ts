import type { ActorContext } from '@pg/contracts';
import { Role } from '@pg/contracts';

/**
 * Whether the actor is one named service principal holding one scope, acting for the patient given (or for nobody):
 * the check of a capability that is not an area's read or write, held by exactly one service (docs/rbac.md, "FHIR
 * import": `identities:import`, `protocols:import`). Either side of a wrong patient answers false: a caller decides
 * whether that is 403 or 404.
 */
export function isServicePrincipal(
  actor: Pick<ActorContext, 'roles' | 'kind' | 'subject' | 'scopes' | 'onBehalfOf'>,
  principal: { subject: string; scope: string; onBehalfOf: 'nobody' | 'a patient' },
): boolean {
  return actor.roles.includes(Role.service) && actor.kind === 'service' && actor.subject === principal.subject
    && (actor.scopes ?? []).includes(principal.scope) && (principal.onBehalfOf === 'nobody' ? !actor.onBehalfOf : !!actor.onBehalfOf);
}
