import { randomUUID } from 'node:crypto';
import { headers as natsHeaders, NatsConnection, RequestError, TimeoutError, NoRespondersError } from '@nats-io/transport-node';
import { ActorContext, DomainException, ErrorCode, isRpcErrorBody } from '@pg/contracts';
import { HEADER, type RequestSigner } from './actor-context.js';
import { NatsNamespace } from './namespace.js';
import { connectNats } from './write-coalescing.js';

export interface RpcCallOptions {
  requestId?: string;
  traceparent?: string;
  timeoutMs?: number;
}

/** Nest's reply packet on the NATS transport. */
interface NestReplyPacket {
  id: string;
  response?: unknown;
  err?: unknown;
  isDisposed?: boolean;
}

/**
 * Request/reply to a service over NATS, speaking the Nest NATS transport's packet format, with the actor
 * context signed. Used by the gateway (user contexts); internal callers send their credential through requestRaw (InternalClient).
 * A service error comes back as a DomainException with the service's code; no answer is UNAVAILABLE.
 */
export class NatsRpcClient {
  constructor(
    readonly connection: NatsConnection,
    private readonly namespace: NatsNamespace,
    /** Who may put an actor on a request: the gateway's key (or the test world's); null for unsigned calls only. */
    private readonly signer: RequestSigner | null,
    private readonly defaultTimeoutMs = 5000,
  ) {}

  static async connect(url: string, namespace: NatsNamespace, signer: RequestSigner | null, name: string, timeoutMs?: number): Promise<NatsRpcClient> {
    const nc = await connectNats(url, name);
    return new NatsRpcClient(nc, namespace, signer, timeoutMs);
  }

  async request<T>(pattern: string, data: unknown, actor: ActorContext | null, options: RpcCallOptions = {}): Promise<T> {
    const requestId = options.requestId ?? randomUUID();
    const h = natsHeaders();
    h.set(HEADER.requestId, requestId);
    if (options.traceparent) h.set(HEADER.traceparent, options.traceparent);
    if (actor) {
      if (!this.signer) throw new DomainException(ErrorCode.INTERNAL, 'This client signs no actor context');
      for (const [k, v] of Object.entries(this.signer.headers(actor, requestId, pattern))) h.set(k, v);
    }
    return this.requestRaw<T>(pattern, data, h, options.timeoutMs);
  }

  /** Sends with the headers given, signed or not: for tests that forge contexts, and for health probes. */
  async requestRaw<T>(pattern: string, data: unknown, h = natsHeaders(), timeoutMs = this.defaultTimeoutMs): Promise<T> {
    const packet = { pattern, data, id: randomUUID() };
    let reply;
    try {
      reply = await this.connection.request(this.namespace.subject(pattern), JSON.stringify(packet), { timeout: timeoutMs, headers: h });
    } catch (err) {
      if (err instanceof TimeoutError || err instanceof NoRespondersError || err instanceof RequestError) {
        throw DomainException.unavailable('The service did not answer in time');
      }
      throw DomainException.unavailable('The message bus is unavailable');
    }
    const body = reply.json<NestReplyPacket>();
    if (body.err !== undefined && body.err !== null) {
      if (isRpcErrorBody(body.err)) throw new DomainException(body.err.code, body.err.message, body.err.details ?? []);
      throw new DomainException(ErrorCode.INTERNAL, 'Internal error');
    }
    return body.response as T;
  }

  async close(): Promise<void> {
    await this.connection.drain().catch(() => undefined);
  }
}
