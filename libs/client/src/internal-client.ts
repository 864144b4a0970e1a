import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { headers as natsHeaders } from '@nats-io/transport-node';
import {
  DomainException, ErrorCode, IDENTITY, PROFILES, type AppendMessageDto, type ConversationDto, type ConversationTurnDto, type CreateConversationDto,
  type MessageDto, type PatientContextDto, type PurposeOfUse, type ServiceCredentialDto,
} from '@pg/contracts';
import { composePatientContext } from './patient-context.js';
import { HEADER, holderJwk, NatsNamespace, NatsRpcClient, ServiceCredentialHolder } from '@pg/messaging';

export interface InternalClientOptions {
  /** The NATS server; with the caller's own NATS user in it (`nats://assistant:<password>@nats:4222`, nats/users.conf). */
  natsUrl: string;
  namespace?: string;
  /** The service principal's subject (`service:ai-assistant`), created by an admin with its scopes. */
  subject: string;
  /** Its client secret, shown once at creation (or rotation) by identity-svc. */
  secret: string;
  timeoutMs?: number;
  /** Ask for a new credential when the current one has less than this left (default: a third of its lifetime). */
  refreshBeforeMs?: number;
}

interface Held {
  holder: ServiceCredentialHolder;
  dto: ServiceCredentialDto;
  /** ms since the epoch: refresh from then on. */
  refreshAt: number;
}

/**
 * The typed NATS client for internal callers (the AI assistant, background jobs): the same message patterns the
 * gateway uses, as a service principal. It holds no key any service trusts: it exchanges its client secret with
 * identity-svc for a short-lived credential (its scopes, optionally one patient), bound to a key it generated and
 * keeps in memory, and sends that credential with a per-request proof. The credential is fetched again before it
 * expires; a revoked one (the principal changed) is replaced once, and a deactivated principal gets none.
 */
export class InternalClient {
  private readonly holderKey: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync('ed25519');
  /** By patient acted for ('' for none). */
  private readonly held = new Map<string, Held>();
  private readonly pending = new Map<string, Promise<Held>>();

  private constructor(
    private readonly rpc: NatsRpcClient,
    private readonly options: InternalClientOptions,
  ) {}

  static async connect(options: InternalClientOptions): Promise<InternalClient> {
    const rpc = await NatsRpcClient.connect(options.natsUrl, new NatsNamespace(options.namespace ?? ''), null, options.subject, options.timeoutMs);
    return new InternalClient(rpc, options);
  }

  /**
   * Calls a pattern (a constant of libs/contracts) as this service principal, optionally for one patient;
   * `timeoutMs` bounds this call instead of the client's own.
   */
  async request<T>(pattern: string, payload: object, options: { onBehalfOf?: string; purposeOfUse?: PurposeOfUse; requestId?: string; timeoutMs?: number } = {}): Promise<T> {
    const opts = { ...options, requestId: options.requestId ?? randomUUID() };
    const key = opts.onBehalfOf ?? '';
    let held = await this.credential(key);
    try {
      return await this.send<T>(held, pattern, payload, opts);
    } catch (err) {
      // Refused before any handler ran: the credential may have been revoked (scopes changed, secret rotated).
      // One fresh credential; a deactivated principal gets none and the exchange's refusal is the answer.
      if (!(err instanceof DomainException) || err.code !== ErrorCode.UNAUTHENTICATED || this.held.get(key) !== held) throw err;
      this.held.delete(key);
      held = await this.credential(key);
      return this.send<T>(held, pattern, payload, opts);
    }
  }

  /**
   * The assistant's view of a patient, over NATS: each part requested as this service principal (with its scopes,
   * on behalf of the patient by default), parts it may not read or whose service does not answer named in `omitted`.
   */
  getPatientContext(patientId: string, options: { onBehalfOf?: string | null; turns?: number; requestId?: string } = {}): Promise<PatientContextDto> {
    const onBehalfOf = options.onBehalfOf === null ? undefined : (options.onBehalfOf ?? patientId);
    const requestId = options.requestId ?? randomUUID();
    return composePatientContext((pattern, payload) => this.request(pattern, payload, { ...(onBehalfOf ? { onBehalfOf } : {}), requestId }), patientId, {
      ...(options.turns ? { turns: options.turns } : {}),
    });
  }

  /** A conversation of the patient, as the assistant acting for them. */
  createConversation(patientId: string, body: CreateConversationDto): Promise<Partial<ConversationDto>> {
    return this.request(PROFILES.conversationCreate, { patientId, body }, { onBehalfOf: patientId });
  }

  /** Appends a message (role `assistant` or `system`) to one of the patient's conversations, acting for the patient. */
  appendMessage(patientId: string, conversationId: string, body: AppendMessageDto, options: { requestId?: string; onBehalfOf?: string } = {}): Promise<MessageDto> {
    return this.request(PROFILES.messageAppend, { patientId, conversationId, body }, { onBehalfOf: options.onBehalfOf ?? patientId, ...(options.requestId ? { requestId: options.requestId } : {}) });
  }

  /** The last turns across the patient's conversations (needs `conversations:read`). */
  async recentTurns(patientId: string, limit = 20): Promise<ConversationTurnDto[]> {
    return (await this.request<{ data: ConversationTurnDto[] }>(PROFILES.conversationRecent, { patientId, limit }, { onBehalfOf: patientId })).data;
  }

  /** The credential currently used for `onBehalfOf` (fetching one when needed): what identity-svc vouches for. */
  async currentCredential(onBehalfOf?: string): Promise<ServiceCredentialDto> {
    return (await this.credential(onBehalfOf ?? '')).dto;
  }

  close(): Promise<void> {
    return this.rpc.close();
  }

  private send<T>(held: Held, pattern: string, payload: object, opts: { purposeOfUse?: PurposeOfUse; requestId?: string; timeoutMs?: number }): Promise<T> {
    const requestId = opts.requestId ?? randomUUID();
    const h = natsHeaders();
    h.set(HEADER.requestId, requestId);
    for (const [k, v] of Object.entries(held.holder.headersFor(requestId, pattern, opts.purposeOfUse ?? 'treatment'))) h.set(k, v);
    return this.rpc.requestRaw<T>(pattern, payload, h, opts.timeoutMs ?? this.options.timeoutMs);
  }

  private credential(key: string): Promise<Held> {
    const current = this.held.get(key);
    if (current && current.refreshAt > Date.now()) return Promise.resolve(current);
    const inflight = this.pending.get(key);
    if (inflight) return inflight;
    const p = this.exchange(key)
      .then((held) => {
        this.held.set(key, held);
        return held;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, p);
    return p;
  }

  private async exchange(onBehalfOf: string): Promise<Held> {
    const requestedAt = Date.now();
    const h = natsHeaders();
    h.set(HEADER.requestId, randomUUID());
    const dto = await this.rpc.requestRaw<ServiceCredentialDto>(
      IDENTITY.serviceCredentialIssue,
      { subject: this.options.subject, secret: this.options.secret, holderKey: holderJwk(this.holderKey.publicKey), ...(onBehalfOf ? { onBehalfOf } : {}) },
      h,
      this.options.timeoutMs,
    );
    const expiresAt = Date.parse(dto.expiresAt);
    // Refresh on this machine's clock: a third of the lifetime before the end, as measured from the request.
    const lifetime = Math.max(0, expiresAt - requestedAt);
    const refreshAt = requestedAt + lifetime - (this.options.refreshBeforeMs ?? Math.ceil(lifetime / 3));
    return { holder: new ServiceCredentialHolder(dto.credential, this.holderKey.privateKey), dto, refreshAt };
  }
}
