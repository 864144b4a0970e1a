import { Injectable } from '@nestjs/common';
import { ActorContext, Page } from '@pg/contracts';
import { NatsRpcClient } from '@pg/messaging';
import type { GatewayRequest } from './gateway-request.js';

export interface Envelope<T> {
  data: T;
  meta: Record<string, unknown>;
}

/** Marks errors that a service produced (and already recorded), so the gateway does not record them twice. */
export const FORWARDED = Symbol('pg:forwarded');

/**
 * HTTP → NATS: the request id, `traceparent` and the signed actor context go with every request; the reply
 * becomes API.md's envelope. A service error keeps its code; no answer in time is UNAVAILABLE.
 */
@Injectable()
export class Forwarder {
  constructor(private readonly rpc: NatsRpcClient) {}

  /** `timeoutMs`: for the few calls that do more than answer (a wearable import reads a whole export); the default otherwise. */
  async send<T>(req: GatewayRequest, pattern: string, payload: object, opts: { timeoutMs?: number } = {}): Promise<Envelope<T>> {
    const data = await this.call<T>(req, pattern, payload, actorOf(req), opts.timeoutMs);
    return { data, meta: {} };
  }

  async page<T>(req: GatewayRequest, pattern: string, payload: object): Promise<Envelope<T[]>> {
    const page = await this.call<Page<T>>(req, pattern, payload);
    return { data: page.items, meta: { nextCursor: page.nextCursor, limit: page.limit } };
  }

  /** The service's reply as it gave it (no envelope), sent as the caller: for a route that composes several replies. */
  async reply<T>(req: GatewayRequest, pattern: string, payload: object, opts: { timeoutMs?: number } = {}): Promise<T> {
    return this.call<T>(req, pattern, payload, actorOf(req), opts.timeoutMs);
  }

  /**
   * A public route's request (a vendor's OAuth redirect, a signed webhook): sent with no actor context, for a
   * handler that authenticates the request itself (`selfAuthenticated` or `partner`); the reply is returned as the service gave it.
   */
  async sendUnauthenticated<T>(req: GatewayRequest, pattern: string, payload: object): Promise<T> {
    return this.call<T>(req, pattern, payload, null);
  }

  private async call<T>(req: GatewayRequest, pattern: string, payload: object, actor: ActorContext | null = actorOf(req), timeoutMs?: number): Promise<T> {
    try {
      return await this.rpc.request<T>(pattern, payload, actor, {
        requestId: String(req.id),
        traceparent: traceparentOf(req),
        ...(timeoutMs ? { timeoutMs } : {}),
      });
    } catch (err) {
      if (err && typeof err === 'object') (err as Record<symbol, boolean>)[FORWARDED] = true;
      throw err;
    }
  }
}

export function actorOf(req: GatewayRequest): ActorContext {
  const p = req.principal!;
  const ua = req.headers['user-agent'];
  return {
    principalId: p.principalId,
    subject: p.subject,
    kind: p.kind,
    roles: p.roles,
    ...(p.patientId ? { patientId: p.patientId } : {}),
    careTeam: p.careTeam,
    ...(p.scopes.length ? { scopes: p.scopes } : {}),
    purposeOfUse: req.purposeOfUse ?? 'treatment',
    ...(req.breakGlass ? { breakGlass: req.breakGlass } : {}),
    ip: req.ip,
    ...(typeof ua === 'string' ? { userAgent: ua.slice(0, 200) } : {}),
  };
}

const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

function traceparentOf(req: GatewayRequest): string | undefined {
  const v = req.headers.traceparent;
  return typeof v === 'string' && TRACEPARENT.test(v) ? v : undefined;
}
