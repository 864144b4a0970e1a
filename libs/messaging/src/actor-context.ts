import { createHmac, timingSafeEqual } from 'node:crypto';
import { ActorContext } from '@pg/contracts';

/** Headers of a NATS request, as the gateway and internal callers set them. */
export const HEADER = {
  requestId: 'x-request-id',
  traceparent: 'traceparent',
  actor: 'x-actor-context',
  signature: 'x-actor-signature',
} as const;

/** How long a signed context is good for: long enough for one request and its retries, not for replay later. */
export const CONTEXT_TTL_MS = 60_000;

interface SignedEnvelope {
  actor: ActorContext;
  requestId: string;
  /** Expiry, ms since the epoch. */
  exp: number;
}

export type ContextVerdict =
  | { ok: true; actor: ActorContext }
  | { ok: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'request-mismatch'; claimed?: Partial<ActorContext> };

/**
 * Signs and verifies the actor context with HMAC-SHA256 over the encoded envelope. The envelope binds the
 * context to one request id and an expiry, so a captured header cannot be replayed on another request later.
 */
export class ActorContextSigner {
  private readonly key: Buffer;

  constructor(key: string) {
    this.key = Buffer.from(key, 'utf8');
  }

  sign(actor: ActorContext, requestId: string, now = Date.now()): { encoded: string; signature: string } {
    const envelope: SignedEnvelope = { actor, requestId, exp: now + CONTEXT_TTL_MS };
    const encoded = Buffer.from(JSON.stringify(envelope)).toString('base64url');
    return { encoded, signature: this.mac(encoded) };
  }

  verify(encoded: string | undefined, signature: string | undefined, requestId: string | undefined, now = Date.now()): ContextVerdict {
    if (!encoded || !signature) return { ok: false, reason: 'missing' };
    let envelope: SignedEnvelope;
    try {
      envelope = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as SignedEnvelope;
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const claimed = typeof envelope?.actor === 'object' && envelope.actor !== null ? envelope.actor : undefined;
    const expected = Buffer.from(this.mac(encoded));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad-signature', claimed };
    if (typeof envelope.exp !== 'number' || envelope.exp < now) return { ok: false, reason: 'expired', claimed };
    if (envelope.requestId !== requestId) return { ok: false, reason: 'request-mismatch', claimed };
    if (!claimed || typeof claimed.principalId !== 'string' || !Array.isArray(claimed.roles) || !Array.isArray(claimed.careTeam)) {
      return { ok: false, reason: 'malformed' };
    }
    return { ok: true, actor: claimed };
  }

  private mac(encoded: string): string {
    return createHmac('sha256', this.key).update(encoded).digest('base64url');
  }
}
