import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { from, Observable, of, tap } from 'rxjs';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { actorParts, AuditPublisher, type AuditSource } from '@pg/audit';
import { DomainException } from '@pg/contracts';
import { actorOf } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { GATEWAY_AUDIT_SOURCE } from '../tokens.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
const TTL_MS = 24 * 3600_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  fingerprint: string;
  expires: number;
  /** Absent while the first request is in flight. */
  result?: { status: number; body: unknown };
}

/**
 * `Idempotency-Key` on writes (API.md): a repeat with the same key and the same body gets the first answer
 * again (`Idempotent-Replayed: true`), without reaching a service twice; the same key with another body, or
 * while the first is still in flight, is 409. Only successful answers are kept (a failed write changed nothing
 * and may be retried). Keys are per principal and route, kept 24 h, in this gateway's memory: behind several
 * gateway replicas a client must stick to one, or this moves to Redis.
 * A replay hands out data again, so it is recorded in the audit trail like the first answer.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly audit: AuditPublisher,
    @Inject(GATEWAY_AUDIT_SOURCE) private readonly source: AuditSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<GatewayRequest>();
    const header = req.headers['idempotency-key'];
    if (req.method === 'GET' || header === undefined || !req.principal) return next.handle();
    const key = Array.isArray(header) ? header[0]! : header;
    if (!KEY.test(key)) throw DomainException.validation([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 255 visible ASCII characters' }]);
    const id = `${req.principal.principalId}\n${req.method}\n${req.url.split('?')[0]}\n${key}`;
    const fingerprint = createHash('sha256').update(JSON.stringify(req.body ?? null)).update(req.headers['if-match'] ?? '').digest('base64url');
    const now = Date.now();
    const seen = this.entries.get(id);
    if (seen && seen.expires > now) {
      if (seen.fingerprint !== fingerprint) throw DomainException.conflict('This Idempotency-Key was used with a different request');
      if (!seen.result) throw DomainException.conflict('A request with this Idempotency-Key is still in progress');
      return from(this.replay(req, context.switchToHttp().getResponse<FastifyReply>(), seen.result));
    }
    this.remember(id, { fingerprint, expires: now + TTL_MS });
    // The status Nest will send (it sets it after the interceptors): the route's @HttpCode, or Nest's default.
    const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? (req.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    return next.handle().pipe(
      tap({
        next: (body) => {
          this.entries.set(id, { fingerprint, expires: now + TTL_MS, result: { status, body } });
        },
        error: () => this.entries.delete(id),
      }),
    );
  }

  private async replay(req: GatewayRequest, reply: FastifyReply, result: { status: number; body: unknown }): Promise<unknown> {
    const data = (result.body as { data?: { id?: string; patientId?: string } })?.data;
    await this.audit.publish({
      action: 'read',
      outcome: 'success',
      reason: 'idempotent-replay',
      ...actorParts(actorOf(req), this.source),
      resource: {
        type: req.routeAccess?.resource ?? 'route',
        ...(typeof data?.id === 'string' ? { id: data.id } : {}),
        ...(typeof data?.patientId === 'string' ? { patientId: data.patientId } : req.routeAccess?.resource === 'patient' && typeof data?.id === 'string' ? { patientId: data.id } : {}),
      },
      requestId: String(req.id),
    });
    reply.status(result.status).header('Idempotent-Replayed', 'true');
    return result.body;
  }

  private remember(id: string, entry: Entry): void {
    if (this.entries.size >= MAX_ENTRIES) {
      const now = Date.now();
      for (const [k, e] of this.entries) if (e.expires <= now) this.entries.delete(k);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(id, entry);
  }
}
