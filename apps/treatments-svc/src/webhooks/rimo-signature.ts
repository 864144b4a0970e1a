import { createHmac, timingSafeEqual } from 'node:crypto';
import { RIMO_SIGNATURE_TOLERANCE_SECONDS } from '@pg/contracts';

export type SignatureRefusal = 'missing' | 'malformed' | 'stale' | 'bad-signature';
export type SignatureVerdict = { ok: true } | { ok: false; reason: SignatureRefusal };

const TIMESTAMP = /^\d{1,12}$/;
const HEX_SHA256 = /^[0-9a-fA-F]{64}$/;

/** `hex(HMAC-SHA256(secret, "<timestamp>.<raw body>"))`: how Rimo signs a delivery (and how tests and the bench do). */
export function signRimo(rawBody: Buffer | string, timestamp: number | string, secret: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}

/**
 * Checks a delivery against each secret in force (two during a rotation): the HMAC over the raw bytes, compared in
 * constant time; a timestamp more than the tolerance away from now (either way) is stale, whatever the signature.
 */
export function verifyRimoSignature(
  rawBody: Buffer,
  timestamp: string | undefined,
  signature: string | undefined,
  secrets: readonly string[],
  nowMs = Date.now(),
  toleranceSeconds = RIMO_SIGNATURE_TOLERANCE_SECONDS,
): SignatureVerdict {
  if (!timestamp || !signature) return { ok: false, reason: 'missing' };
  if (!TIMESTAMP.test(timestamp) || !HEX_SHA256.test(signature)) return { ok: false, reason: 'malformed' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'stale' };
  const given = Buffer.from(signature, 'hex');
  let match = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest();
    // Every secret is tried (no early exit): the time taken does not tell which one matched.
    if (timingSafeEqual(expected, given)) match = true;
  }
  return match ? { ok: true } : { ok: false, reason: 'bad-signature' };
}
