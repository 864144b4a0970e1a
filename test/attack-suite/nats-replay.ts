import { randomUUID } from 'node:crypto';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { SERVICE_SCOPES } from '@pg/access';
import { AUDIT_RECORD_SUBJECT, DOMAIN_EVENT_PREFIX, DomainException, type ActorContext } from '@pg/contracts';
import type { NatsNamespace, NatsRpcClient } from '@pg/messaging';

/*
 * The internal side of the attack suite: while the HTTP attacks run, every request the gateway forwards to a
 * service is captured off NATS (pattern and payload). Each captured request that names a patient is then
 * replayed straight to the service by a service principal acting on behalf of another patient. No list of
 * patterns is kept here: a new handler is attacked as soon as the gateway forwards anything to it.
 */

export interface CapturedRequest {
  pattern: string;
  data: Record<string, unknown>;
}

/** Copies of the requests forwarded on a namespace (one per pattern), for as long as it runs. */
export class RequestCapture {
  readonly requests = new Map<string, CapturedRequest>();
  private readonly sub: Subscription;

  constructor(nc: NatsConnection, ns: NatsNamespace) {
    const skip = [ns.subject(AUDIT_RECORD_SUBJECT), ns.subject(DOMAIN_EVENT_PREFIX)];
    this.sub = nc.subscribe(ns.subject('>'), {
      callback: (err, msg) => {
        if (err || skip.some((s) => msg.subject.startsWith(`${s}.`))) return;
        try {
          const packet = msg.json<{ pattern?: unknown; data?: unknown }>();
          if (typeof packet.pattern !== 'string' || typeof packet.data !== 'object' || packet.data === null) return;
          if (!this.requests.has(packet.pattern)) this.requests.set(packet.pattern, { pattern: packet.pattern, data: packet.data as Record<string, unknown> });
        } catch {
          /* not a request packet */
        }
      },
    });
  }

  /** The captured requests that name a patient. */
  patientRequests(): CapturedRequest[] {
    return [...this.requests.values()].filter((r) => typeof r.data.patientId === 'string');
  }

  stop(): void {
    this.sub.unsubscribe();
  }
}

/** Every scope the ability model knows, read and write: the most a service principal could hold. */
export const ALL_SERVICE_SCOPES = Object.keys(SERVICE_SCOPES).flatMap((area) => [`${area}:read`, `${area}:write`]);

export function servicePrincipal(onBehalfOf: string, scopes = ALL_SERVICE_SCOPES): ActorContext {
  return {
    principalId: randomUUID(),
    subject: 'service:attack-suite',
    kind: 'service',
    roles: ['service'],
    scopes,
    onBehalfOf,
    careTeam: [],
    purposeOfUse: 'treatment',
  };
}

export interface ReplayResult {
  pattern: string;
  requestId: string;
  /** The error code, or `success` when the service answered. */
  outcome: string;
  answer?: unknown;
}

/** Sends `data` (with `patientId` set) to `pattern` as `actor`, signed properly; never throws. */
export async function replay(rpc: NatsRpcClient, req: CapturedRequest, patientId: string, actor: ActorContext): Promise<ReplayResult> {
  const requestId = `atk-nats-${randomUUID()}`;
  try {
    const answer = await rpc.request(req.pattern, { ...req.data, patientId }, actor, { requestId });
    return { pattern: req.pattern, requestId, outcome: 'success', answer };
  } catch (err) {
    return { pattern: req.pattern, requestId, outcome: err instanceof DomainException ? err.code : 'thrown' };
  }
}
