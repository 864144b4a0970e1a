import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decide, defineAbilityFor, MIN_BREAK_GLASS_REASON, enforce } from '@pg/access';
import { DomainException, PURPOSES_OF_USE, type PurposeOfUse, isUuid } from '@pg/contracts';
import type { GatewayRequest } from '../http/gateway-request.js';
import { PUBLIC_ROUTE, ROUTE_ACCESS, type RouteAccess } from './requires.decorator.js';


/**
 * The first authorization check: the principal's CASL ability must allow the route's action on its subject
 * type, for the patient in the path. Never allowed → 403; allowed elsewhere but not for this patient → 404.
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
    const breakGlass = headerValue(req, 'x-break-glass');
    if (breakGlass !== undefined) {
      if (breakGlass.trim().length < MIN_BREAK_GLASS_REASON || breakGlass.length > 500 || /[\p{Cc}]/u.test(breakGlass)) {
        throw DomainException.validation([{ field: 'X-Break-Glass', message: `a reason of ${MIN_BREAK_GLASS_REASON} to 500 characters` }]);
      }
      req.breakGlassReason = breakGlass.trim();
    }

    if (access.anyPrincipal) return true;
    const principal = req.principal!;
    const params = (req.params ?? {}) as Record<string, string>;
    const patientId = params.patientId;
    if (patientId !== undefined && !isUuid(patientId)) {
      throw DomainException.validation([{ field: 'patientId', message: 'patientId must be a UUID' }]);
    }
    const ability = req.breakGlassReason
      ? defineAbilityFor({ ...principal, patientId: principal.patientId ?? undefined, breakGlass: { reason: req.breakGlassReason } })
      : principal.ability;
    const decision = decide(ability, access.action, access.subject, patientId);
    enforce(decision, access.subject === 'Patient' ? 'Patient' : 'Resource', 'Your role may not do this');
    return true;
  }
}

function headerValue(req: GatewayRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
