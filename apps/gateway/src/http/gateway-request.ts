import type { FastifyRequest } from 'fastify';
import type { BreakGlass, PurposeOfUse } from '@pg/contracts';
import type { ResolvedPrincipal } from '../auth/principal-resolver.js';
import type { RouteAccess } from '../access/requires.decorator.js';

/** What the gateway's guards learn about a request, for the next guard, the forwarder and the error filter. */
export interface GatewayRequest extends FastifyRequest {
  user?: { sub: string };
  principal?: ResolvedPrincipal;
  routeAccess?: RouteAccess;
  purposeOfUse?: PurposeOfUse;
  /** A clinician's X-Break-Glass: bound to the patient in the path of a read, or refused (see AccessGuard). */
  breakGlass?: BreakGlass;
}
