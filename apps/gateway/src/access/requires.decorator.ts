import { applyDecorators, SetMetadata } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { ApiBearerAuth, ApiExtension, ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { Action, SubjectType } from '@pg/access';
import type { AuditAction, QueryFieldRules } from '@pg/contracts';

export const ROUTE_ACCESS = 'pg:route-access';
/**
 * The OpenAPI extension that states each operation's access rule (`{ action, subject, list? }`), so tools —
 * the attack suite in test/attack-suite, docs — learn from /openapi.json what the gateway checks.
 */
export const ACCESS_EXTENSION = 'x-access';
export const PUBLIC_ROUTE = 'pg:public-route';

export interface RouteAccess {
  action: Action;
  subject: SubjectType;
  /** How a refusal by the gateway is recorded (`search` for lists). Defaults to the action. */
  auditAction: AuditAction;
  /** Audit resource type (`patient`, `care-team`, …). */
  resource: string;
  /** Any authenticated principal may call it (the service decides what it returns): `/v1/me`. */
  anyPrincipal?: boolean;
  /** For a list: the record fields its query parameters read (filters and order); field rules apply to them. */
  queryFields?: QueryFieldRules<never>;
  /**
   * For a write: the fields its body DTO accepts. The guard refuses (403) those the role may not write before the
   * validation pipe runs; a field the DTO does not know stays the pipe's 400.
   */
  bodyFields?: readonly string[];
}

/** The properties a DTO class validates: the fields a body of that class may name. */
function validatedFields(dto: abstract new () => object): string[] {
  return [...new Set(getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false).map((m) => m.propertyName))];
}

const kebab = (s: string) => s.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();

/**
 * What a route needs: the CASL action on a subject type. With `:patientId` in the path the gateway checks it
 * against that patient (out of scope → 404, never allowed → 403); the service checks the record again.
 */
export function Requires<Q extends object = never>(
  action: Action,
  subject: SubjectType,
  opts: { list?: boolean; anyPrincipal?: boolean; queryFields?: QueryFieldRules<Q>; body?: abstract new () => object } = {},
): MethodDecorator {
  const access: RouteAccess = {
    action,
    subject,
    auditAction: opts.list ? 'search' : (action === 'verify' ? 'read' : (action as AuditAction)),
    resource: kebab(subject),
    ...(opts.anyPrincipal ? { anyPrincipal: true } : {}),
    ...(opts.queryFields ? { queryFields: opts.queryFields as QueryFieldRules<never> } : {}),
    ...(opts.body ? { bodyFields: validatedFields(opts.body) } : {}),
  };
  return applyDecorators(
    SetMetadata(ROUTE_ACCESS, access),
    ApiExtension(ACCESS_EXTENSION, {
      action,
      subject,
      ...(opts.list ? { list: true } : {}),
      ...(opts.anyPrincipal ? { anyPrincipal: true } : {}),
      // Which record fields each query parameter reads: field rules apply to them (a filter is a read).
      ...(opts.queryFields ? { queryFields: opts.queryFields } : {}),
    }),
    ApiBearerAuth(),
    ApiHeader({ name: 'X-Purpose-Of-Use', required: false, description: 'treatment (default), payment, operations, patient-request, research, legal' }),
    ApiHeader({
      name: 'X-Break-Glass',
      required: false,
      description: 'Clinicians: a reason (20–500 characters) to read the one patient in the path of a read outside the care team. Grants nothing on searches, lists across patients, exports and writes (recorded as refused); ignored for other roles.',
    }),
    ApiResponse({ status: 400, description: 'VALIDATION_FAILED' }),
    ApiResponse({ status: 401, description: 'UNAUTHENTICATED' }),
    ApiResponse({ status: 403, description: 'FORBIDDEN' }),
    ApiResponse({ status: 404, description: 'NOT_FOUND (also: outside your scope)' }),
    ApiResponse({ status: 429, description: 'RATE_LIMITED' }),
    ApiResponse({ status: 503, description: 'UNAVAILABLE' }),
  );
}

/** A token of a known principal is all it takes; the service answers for the caller only. */
export const Authenticated = (): MethodDecorator => Requires('read', 'all', { anyPrincipal: true });

/** No token needed (health, readiness, docs, partner webhooks with their own signature). */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension(ACCESS_EXTENSION, { public: true }));
