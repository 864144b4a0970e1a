import { createHash, randomUUID } from 'node:crypto';
import { CallHandler, ExecutionContext, HttpStatus, Inject, Injectable, Logger, NestInterceptor, SetMetadata } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, Observable } from 'rxjs';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants.js';
import { actorParts, AuditPublisher, type AuditSource } from '@pg/audit';
import type { GatewayConfig } from '@pg/config';
import { DomainException } from '@pg/contracts';
import { actorOf } from '../http/forwarder.service.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { GATEWAY_AUDIT_SOURCE, GATEWAY_CONFIG } from '../tokens.js';
import { IDEMPOTENCY_STORE, IdempotencyStoreUnavailable, type IdempotencyRecord, type IdempotencyStore, type IdempotentResult } from './idempotency.store.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
/** How long a claim lives without its holder renewing it (the holder renews every third of it): a crashed gateway frees its keys this fast. */
const LEASE_MS = 30_000;
/** Headers of the first answer that a replay repeats. */
const REPLAYED_HEADERS = ['location', 'etag'];

const STATUS_FROM_REPLY = 'pg:status-from-reply';
/**
 * For a route that sets its own status on the reply (a check-in: 201 new, 200 replaced): a replay answers the status
 * the first answer had, not the route's default.
 */
export const StatusFromReply = (): MethodDecorator => SetMetadata(STATUS_FROM_REPLY, true);

/** Thrown inside the handler (a streamed body's late claim) when the key already has an answer: the interceptor replays it. */
class IdempotentReplay extends Error {
  constructor(readonly result: IdempotentResult) {
    super('idempotent replay');
  }
}

/** What a route that streams its body (multipart) calls once it has the body's digest, before it forwards anything. */
export interface IdempotencyHandle {
  /**
   * Claims the key for this request with the digest of the body it received (for multipart: the file bytes and
   * fields, hashed as they streamed). Throws 409 when the key was used with another request; when the key
   * already has an answer, throws a signal the interceptor turns into the replay (the route must not forward).
   */
  claimBody(bodyDigest: string): Promise<void>;
  /**
   * Once the key is claimed: a digest of (principal, method, path, key, fingerprint) that a service may keep with what
   * it creates, so that a retry after an answer that never arrived (a timeout frees the key) finds it (lab uploads).
   */
  requestKey?: string;
}

/**
 * `Idempotency-Key` on writes (docs/api.md). Keyed by (principal, method, path, key); the record holds a
 * fingerprint of the whole request (method, path, query, content type, If-Match and the body bytes — for
 * multipart the uploaded file and fields, hashed while they stream) and, once done, the first answer (status,
 * body, Location/ETag), kept 24 h in the shared store (Redis: every replica, across restarts).
 * - A free key is claimed atomically (SET NX PX) and runs; a failed answer (4xx/5xx) releases it for a retry.
 * - The same request while the first is in flight waits for it (bounded) and gets its answer; still running
 *   after the wait → 409. Once done → the first answer again with `Idempotent-Replayed: true`, without reaching a
 *   service; the replay hands out data again, so it is audited like the first answer.
 * - The same key with a different request → 409 CONFLICT.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(
    private readonly audit: AuditPublisher,
    @Inject(GATEWAY_AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<GatewayRequest>();
    const header = req.headers['idempotency-key'];
    if (req.method === 'GET' || req.method === 'HEAD' || header === undefined || !req.principal) return next.handle();
    const key = Array.isArray(header) ? header[0]! : header;
    if (!KEY.test(key)) throw DomainException.validation([{ field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 255 visible ASCII characters' }]);
    const [path, query = ''] = req.url.split('?') as [string, string?];
    const id = sha256([req.principal.principalId, req.method, path, key]);
    const contentType = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const head = [req.method, path, query, contentType, String(req.headers['if-match'] ?? '')];
    // The status Nest will send (it sets it after the interceptors): the route's @HttpCode, or Nest's default.
    const status: number = Reflect.getMetadata(HTTP_CODE_METADATA, context.getHandler()) ?? (req.method === 'POST' ? HttpStatus.CREATED : HttpStatus.OK);
    const statusFromReply = Reflect.getMetadata(STATUS_FROM_REPLY, context.getHandler()) === true;
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    // A multipart body is still unread here: the route streams it and claims with its digest before forwarding.
    const streamed = contentType === 'multipart/form-data';
    return from(this.execute(req, reply, next, { id, head, status, statusFromReply, bodyDigest: streamed ? undefined : sha256([bodyBytes(req)]) }));
  }

  private async execute(
    req: GatewayRequest,
    reply: FastifyReply,
    next: CallHandler,
    r: { id: string; head: string[]; status: number; statusFromReply?: boolean; bodyDigest?: string },
  ): Promise<unknown> {
    const owner = randomUUID();
    let claimed: string | undefined;
    let renewer: NodeJS.Timeout | undefined;
    const claim = async (bodyDigest: string) => {
      const fingerprint = sha256([...r.head, bodyDigest]);
      const answered = await this.claimOrWait(r.id, { fingerprint, owner, state: 'in-flight' });
      if (answered) throw new IdempotentReplay(answered);
      claimed = fingerprint;
      handle.requestKey = createHash('sha256').update(`${r.id}\n${fingerprint}`).digest('hex');
      renewer = setInterval(() => void this.store.renew(r.id, owner, LEASE_MS).catch(() => undefined), LEASE_MS / 3);
      renewer.unref();
    };
    const handle: IdempotencyHandle = { claimBody: claim };
    req.idempotency = handle;
    try {
      if (r.bodyDigest !== undefined) await claim(r.bodyDigest);
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      if (claimed) {
        const headers: Record<string, string> = {};
        for (const h of REPLAYED_HEADERS) {
          const v = reply.getHeader(h);
          if (v !== undefined) headers[h] = String(v);
        }
        const status = r.statusFromReply ? reply.statusCode : r.status;
        const done: IdempotencyRecord = { fingerprint: claimed, owner, state: 'done', result: { status, body, headers } };
        // The answer goes out either way; without the record a retry after the lease would run again.
        await this.store.complete(r.id, done, this.config.idempotency.ttlMs).catch(() => this.logger.warn('could not keep an idempotent answer: the store is unavailable'));
      }
      return body;
    } catch (err) {
      if (err instanceof IdempotentReplay) return this.replay(req, reply, err.result);
      // A failed write changed nothing: the key is free for a retry.
      if (claimed) await this.store.release(r.id, owner).catch(() => undefined);
      throw err;
    } finally {
      if (renewer) clearInterval(renewer);
    }
  }

  /** Claims the key (null: it is ours), or answers with the first request's result, waiting while it is in flight. */
  private async claimOrWait(id: string, record: IdempotencyRecord): Promise<IdempotentResult | null> {
    const deadline = Date.now() + this.config.idempotency.waitMs;
    for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
      let seen: IdempotencyRecord | null;
      try {
        seen = await this.store.claim(id, record, LEASE_MS);
      } catch (err) {
        if (err instanceof IdempotencyStoreUnavailable) throw DomainException.unavailable('Idempotency keys cannot be checked right now; try again');
        throw err;
      }
      if (!seen) return null;
      if (seen.fingerprint !== record.fingerprint) throw DomainException.conflict('This Idempotency-Key was used with a different request');
      if (seen.state === 'done' && seen.result) return seen.result;
      if (Date.now() >= deadline) throw DomainException.conflict('A request with this Idempotency-Key is still in progress');
      await new Promise((res) => setTimeout(res, pause));
    }
  }

  private async replay(req: GatewayRequest, reply: FastifyReply, result: IdempotentResult): Promise<unknown> {
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
    for (const [h, v] of Object.entries(result.headers ?? {})) reply.header(h, v);
    return result.body;
  }
}

function sha256(parts: (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(typeof p === 'string' ? Buffer.from(p, 'utf8') : p).update('\n');
  return h.digest('base64url');
}

/** The body's bytes as received: the JSON parser keeps them; HL7 arrives as a Buffer, text as a string. */
function bodyBytes(req: GatewayRequest): Buffer {
  if (req.rawBody) return req.rawBody;
  if (Buffer.isBuffer(req.body)) return req.body;
  if (typeof req.body === 'string') return Buffer.from(req.body, 'utf8');
  return Buffer.from(req.body === undefined ? '' : JSON.stringify(req.body), 'utf8');
}
