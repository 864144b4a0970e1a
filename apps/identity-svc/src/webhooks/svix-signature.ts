import { createHmac, timingSafeEqual } from 'node:crypto';

/** Svix (Clerk's webhooks): a delivery more than this far from now, either way, is refused. */
export const SVIX_TOLERANCE_SECONDS = 5 * 60;

export type SvixRefusal = 'missing' | 'malformed' | 'stale' | 'bad-signature';
export type SvixVerdict = { ok: true } | { ok: false; reason: SvixRefusal };

const TIMESTAMP = /^\d{1,12}$/;
const SECRET = /^whsec_([A-Za-z0-9+/]+={0,2})$/;

/** The key of a `whsec_<base64>` secret: its base64 part, decoded. */
function keyOf(secret: string): Buffer {
  const m = SECRET.exec(secret);
  if (!m) throw new Error('A Svix secret is whsec_ followed by base64');
  return Buffer.from(m[1]!, 'base64');
}

/** `v1,<base64 HMAC-SHA256(key, "<svix-id>.<svix-timestamp>.<raw body>")>`: how Svix signs (and tests do). */
export function signSvix(id: string, timestamp: number | string, rawBody: Buffer | string, secret: string): string {
  return `v1,${createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.`).update(rawBody).digest('base64')}`;
}

/**
 * Checks a delivery: the timestamp within the tolerance, then each `v1,` signature of the space-separated list
 * against each secret in force (two during a rotation), in constant time, with no early exit.
 */
export function verifySvix(
  rawBody: Buffer,
  headers: { id?: string; timestamp?: string; signature?: string },
  secrets: readonly string[],
  nowMs = Date.now(),
  toleranceSeconds = SVIX_TOLERANCE_SECONDS,
): SvixVerdict {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !secrets.length) return { ok: false, reason: 'missing' };
  if (!TIMESTAMP.test(timestamp) || id.length > 200) return { ok: false, reason: 'malformed' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'stale' };
  const given = signature.split(' ').filter((s) => s.startsWith('v1,')).map((s) => Buffer.from(s.slice(3), 'base64')).filter((b) => b.length === 32);
  if (!given.length) return { ok: false, reason: 'malformed' };
  let match = false;
  for (const secret of secrets) {
    const expected = createHmac('sha256', keyOf(secret)).update(`${id}.${timestamp}.`).update(rawBody).digest();
    for (const g of given) if (timingSafeEqual(expected, g)) match = true;
  }
  return match ? { ok: true } : { ok: false, reason: 'bad-signature' };
}

/** A shared secret sent in a header (BigCommerce): compared in constant time against each secret in force. */
export function verifySharedSecret(given: string | undefined, secrets: readonly string[]): boolean {
  if (!given || !secrets.length) return false;
  const g = createHmac('sha256', 'shared-secret').update(given).digest();
  let match = false;
  // Compared as digests: equal lengths, so the comparison time says nothing about the secret's length.
  for (const s of secrets) if (timingSafeEqual(g, createHmac('sha256', 'shared-secret').update(s).digest())) match = true;
  return match;
}
