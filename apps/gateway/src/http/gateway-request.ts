import type { FastifyRequest } from 'fastify';
import type { BreakGlass, PurposeOfUse } from '@pg/contracts';
import type { ResolvedPrincipal } from '../auth/principal-resolver.js';
import type { RouteAccess } from '../access/requires.decorator.js';
import type { IdempotencyHandle } from '../idempotency/idempotency.interceptor.js';

/** What the gateway's guards learn about a request, for the next guard, the forwarder and the error filter. */
export interface GatewayRequest extends FastifyRequest {
  user?: { sub: string };
  principal?: ResolvedPrincipal;
  routeAccess?: RouteAccess;
  purposeOfUse?: PurposeOfUse;
  /** A clinician's X-Break-Glass: bound to the patient in the path of a read, or refused (see AccessGuard). */
  breakGlass?: BreakGlass;
  /** The JSON body's bytes as received (the Idempotency-Key fingerprint hashes them). */
  rawBody?: Buffer;
  /** Set for a write with an Idempotency-Key whose body the route streams (multipart): the route claims with its digest. */
  idempotency?: IdempotencyHandle;
}
