import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A service principal's client secret: 32 random bytes, shown once. Only its SHA-256 is stored — enough for a
 * secret of that entropy (nothing to brute-force, unlike a password), and cheap on every credential exchange.
 */
export function newClientSecret(): { secret: string; hash: string } {
  const secret = `pgs_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return `sha256:${createHash('sha256').update(secret, 'utf8').digest('hex')}`;
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string | null | undefined): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(hashSecret(secret));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
