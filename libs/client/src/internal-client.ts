import { randomUUID } from 'node:crypto';
import type { ActorContext, PurposeOfUse } from '@pg/contracts';
import { ActorContextSigner, NatsNamespace, NatsRpcClient } from '@pg/messaging';

export interface ServicePrincipal {
  /** The principal id identity-svc gave the service principal. */
  principalId: string;
  /** Its subject, e.g. `service:ai-assistant`. */
  subject: string;
  /** Scopes such as `labs:read`, `conversations:write`. */
  scopes: string[];
}

export interface InternalClientOptions {
  natsUrl: string;
  namespace?: string;
  /** The same INTERNAL_CONTEXT_KEY the services verify with: internal callers are trusted infrastructure. */
  contextKey: string;
  timeoutMs?: number;
}

/**
 * The typed NATS client for internal callers (the AI assistant, background jobs): the same message patterns the
 * gateway uses, with a service principal's signed context, optionally on behalf of one patient. Services check
 * and record these calls exactly as they do the gateway's.
 */
export class InternalClient {
  private constructor(private readonly rpc: NatsRpcClient, private readonly principal: ServicePrincipal) {}

  static async connect(options: InternalClientOptions, principal: ServicePrincipal): Promise<InternalClient> {
    const rpc = await NatsRpcClient.connect(
      options.natsUrl, new NatsNamespace(options.namespace ?? ''), new ActorContextSigner(options.contextKey), principal.subject, options.timeoutMs,
    );
    return new InternalClient(rpc, principal);
  }

  /** Calls a pattern (a constant of libs/contracts) as this service principal. */
  request<T>(pattern: string, payload: object, opts: { onBehalfOf?: string; purposeOfUse?: PurposeOfUse; requestId?: string } = {}): Promise<T> {
    const actor: ActorContext = {
      principalId: this.principal.principalId,
      subject: this.principal.subject,
      kind: 'service',
      roles: ['service'],
      scopes: this.principal.scopes,
      careTeam: [],
      purposeOfUse: opts.purposeOfUse ?? 'treatment',
      ...(opts.onBehalfOf ? { onBehalfOf: opts.onBehalfOf } : {}),
    };
    return this.rpc.request<T>(pattern, payload, actor, { requestId: opts.requestId ?? randomUUID() });
  }

  close(): Promise<void> {
    return this.rpc.close();
  }
}
