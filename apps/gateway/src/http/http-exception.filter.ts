import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { actorParts, AuditPublisher, type AuditSource } from '@pg/audit';
import { DomainException, ErrorCode, ErrorDetail, HTTP_STATUS_OF, isUuid } from '@pg/contracts';
import { AuthenticationFailed } from '../auth/auth.guard.js';
import { GATEWAY_AUDIT_SOURCE } from '../tokens.js';
import { actorOf, FORWARDED } from './forwarder.service.js';
import { BodyRefused } from './json-body.js';
import type { GatewayRequest } from './gateway-request.js';
import { RateLimited } from './throttle.guard.js';


/**
 * The one HTTP error mapping: API.md's body and status for every failure, never a stack trace. Refusals the
 * gateway makes itself (401, 403, 404 out of scope, 429, 400) are recorded in the audit trail here; errors a
 * service returned were recorded by that service.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  constructor(
    @Inject(AuditPublisher) private readonly audit: AuditPublisher,
    @Inject(GATEWAY_AUDIT_SOURCE) private readonly source: AuditSource,
  ) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<GatewayRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    let { code, message, details } = toError(exception, this.logger);
    const forwarded = typeof exception === 'object' && exception !== null && (exception as Record<symbol, boolean>)[FORWARDED];
    if (!forwarded && shouldAudit(exception, code, req)) {
      try {
        await this.audit.publish(gatewayEvent(req, exception, code, this.source));
      } catch {
        ({ code, message, details } = { code: ErrorCode.UNAVAILABLE, message: 'The audit trail is unavailable', details: [] });
      }
    }
    if (exception instanceof RateLimited) reply.header('Retry-After', String(exception.retryAfterSeconds));
    if (code === ErrorCode.UNAUTHENTICATED) reply.header('WWW-Authenticate', 'Bearer');
    await reply.status(HTTP_STATUS_OF[code]).send({
      error: { code, message, ...(details.length ? { details } : {}), requestId: String(req.id) },
    });
  }
}

function toError(exception: unknown, logger: Logger): { code: ErrorCode; message: string; details: ErrorDetail[] } {
  if (exception instanceof DomainException) return { code: exception.code, message: exception.message, details: exception.details };
  if (exception instanceof BodyRefused) return { code: ErrorCode.VALIDATION_FAILED, message: 'The request body is not accepted', details: [{ field: exception.field, message: exception.reason }] };
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return { code: ErrorCode.NOT_FOUND, message: 'No such route', details: [] };
    if (status === 413) return { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is too large', details: [] };
    if (status === 415) return { code: ErrorCode.VALIDATION_FAILED, message: 'Unsupported content type', details: [] };
    if (status >= 400 && status < 500) return { code: ErrorCode.VALIDATION_FAILED, message: 'The request is malformed', details: [] };
  }
  // Fastify's own errors (bad JSON, body limit, content type) carry a statusCode and an FST_ code.
  const fst = exception as { statusCode?: number; code?: string };
  if (fst?.statusCode === 413 || fst?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'The request body is too large', details: [] };
  if (fst?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return { code: ErrorCode.VALIDATION_FAILED, message: 'Unsupported content type', details: [] };
  if (typeof fst?.statusCode === 'number' && fst.statusCode >= 400 && fst.statusCode < 500) {
    return { code: ErrorCode.VALIDATION_FAILED, message: 'The request body is not valid JSON', details: [] };
  }
  logger.error(`unhandled ${exception instanceof Error ? exception.name : typeof exception}`);
  return { code: ErrorCode.INTERNAL, message: 'Internal error', details: [] };
}

function shouldAudit(exception: unknown, code: ErrorCode, req: GatewayRequest): boolean {
  if (exception instanceof AuthenticationFailed || exception instanceof RateLimited) return true;
  // Refusals on a declared route: who tried what, on which patient.
  return !!req.routeAccess && code !== ErrorCode.INTERNAL;
}

function gatewayEvent(req: GatewayRequest, exception: unknown, code: ErrorCode, source: AuditSource) {
  const p = req.principal;
  const params = (req.params ?? {}) as Record<string, string>;
  const patientId = isUuid(params.patientId) ? params.patientId : undefined;
  const access = req.routeAccess;
  const isLogin = exception instanceof AuthenticationFailed;
  const outcome: 'denied' | 'error' = exception instanceof DomainException ? exception.auditOutcome : 'error';
  return {
    action: isLogin ? ('login' as const) : (access?.auditAction ?? 'read'),
    outcome,
    reason: isLogin ? (exception as AuthenticationFailed).reason : exception instanceof RateLimited ? `rate-limited-${exception.scope}` : code,
    ...(p
      ? actorParts(actorOf(req), source)
      : {
          actor: { principalId: null, subject: req.user?.sub ?? null, roles: [], kind: 'anonymous' as const },
          source: { ...source, ip: req.ip, ...(typeof req.headers['user-agent'] === 'string' ? { userAgent: req.headers['user-agent'].slice(0, 200) } : {}) },
          purposeOfUse: req.purposeOfUse ?? 'treatment',
        }),
    resource: { type: isLogin ? 'session' : (access?.resource ?? 'route'), ...(patientId ? { patientId } : {}) },
    requestId: String(req.id),
  };
}
