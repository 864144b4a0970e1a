import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import {
  decide, defineAbilityFor, enforce, forbiddenWriteFields, MIN_BREAK_GLASS_REASON, PATIENT_SUBJECTS,
  requireReadableQuery, type AppAbility, type PatientSubject,
} from '@pg/access';
import {
  BREAK_GLASS_REASON_STORED, DomainException, PURPOSES_OF_USE, Role, type BreakGlass, type PurposeOfUse, isUuid,
} from '@pg/contracts';
import type { GatewayRequest } from '../http/gateway-request.js';
import { PUBLIC_ROUTE, ROUTE_ACCESS, type RouteAccess } from './requires.decorator.js';

/**
 * The first authorization check: the principal's CASL ability must allow the route's action on its subject
 * type, for the patient in the path. Never allowed → 403; allowed elsewhere but not for this patient → 404.
 * Field rules come first too: a write naming a field the role may not write, or a list filtering or sorting on a
 * field it may not read, is 403 (guards run before the validation pipe, so a bad value does not make it a 400).
 * Also reads X-Purpose-Of-Use and X-Break-Glass. A route without @Requires or @Public is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const access = this.reflector.getAllAndOverride<RouteAccess>(ROUTE_ACCESS, targets);
    const req = context.switchToHttp().getRequest<GatewayRequest>();
    if (!access) throw DomainException.forbidden('This route declares no access rule');
    req.routeAccess = access;

    const purpose = headerValue(req, 'x-purpose-of-use') ?? 'treatment';
    if (!(PURPOSES_OF_USE as readonly string[]).includes(purpose)) {
      throw DomainException.validation([{ field: 'X-Purpose-Of-Use', message: `must be one of ${PURPOSES_OF_USE.join(', ')}` }]);
    }
    req.purposeOfUse = purpose as PurposeOfUse;
    const params = (req.params ?? {}) as Record<string, string>;
    const patientId = params.patientId;
    req.breakGlass = breakGlassOf(req, access, patientId);

    if (access.anyPrincipal) return true;
    const principal = req.principal!;
    if (patientId !== undefined && !isUuid(patientId)) {
      throw DomainException.validation([{ field: 'patientId', message: 'patientId must be a UUID' }]);
    }
    const ability = req.breakGlass?.patientId
      ? defineAbilityFor({ ...principal, patientId: principal.patientId ?? undefined, breakGlass: req.breakGlass })
      : principal.ability;
    const decision = decide(ability, access.action, access.subject, patientId);
    enforce(decision, access.subject === 'Patient' ? 'Patient' : 'Resource', 'Your role may not do this');
    if (access.queryFields && isPatientSubject(access.subject)) {
      requireReadableQuery(ability, access.subject, access.queryFields, req.query as object);
    }
    if (patientId !== undefined && isPatientSubject(access.subject)) refuseForbiddenFields(ability, access, access.subject, patientId, req.body);
    return true;
  }
}

/**
 * X-Break-Glass (RBAC.md). Only a clinician's counts; any other role's header is ignored (not validated, not
 * recorded). It binds to the patient in the path of a read of that patient's record; on a search, a list across
 * patients, an export or a write it grants nothing and travels `refused`, so the audit event says so.
 */
function breakGlassOf(req: GatewayRequest, access: RouteAccess, patientId: string | undefined): BreakGlass | undefined {
  const header = headerValue(req, 'x-break-glass');
  if (header === undefined || !req.principal?.roles.includes(Role.clinician)) return undefined;
  if (header.trim().length < MIN_BREAK_GLASS_REASON || header.length > 500 || /[\p{Cc}]/u.test(header)) {
    throw DomainException.validation([{ field: 'X-Break-Glass', message: `a reason of ${MIN_BREAK_GLASS_REASON} to 500 characters` }]);
  }
  const reason = header.trim().slice(0, BREAK_GLASS_REASON_STORED);
  const readsOnePatient = req.method === 'GET' && access.action === 'read' && !access.anyPrincipal && isUuid(patientId) && isPatientSubject(access.subject);
  return readsOnePatient ? { reason, patientId: patientId! } : { reason, refused: true };
}

function refuseForbiddenFields(ability: AppAbility, access: RouteAccess, subject: PatientSubject, patientId: string, body: unknown): void {
  const known = access.bodyFields;
  if (!known || (access.action !== 'update' && access.action !== 'create')) return;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return;
  // Fields the record does not have are the validation pipe's (400 naming them); fields it has but the role may not write are 403.
  const named = Object.keys(body).filter((k) => known.includes(k));
  const refused = forbiddenWriteFields(ability, access.action, subject, patientId, named);
  if (refused.length) {
    throw DomainException.forbidden('Not allowed to change these fields', refused.map((field) => ({ field, message: `${field} may not be changed by this role` })));
  }
}

const isPatientSubject = (s: string): s is PatientSubject => (PATIENT_SUBJECTS as readonly string[]).includes(s);

function headerValue(req: GatewayRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
