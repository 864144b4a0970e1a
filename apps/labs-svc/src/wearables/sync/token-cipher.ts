import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { WearableSyncSettings } from '@pg/config';

/** A token as stored: `v1.<kid>.<iv>.<ciphertext>.<tag>` (base64url), AES-256-GCM, bound to its row and field. */
const FORMAT = /^v1\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})$/;

export class TokenDecryptError extends Error {}

/**
 * Vendor access and refresh tokens at rest: AES-256-GCM under the current key of WEARABLE_TOKEN_KEYS, the key id
 * in the stored text (and in its own column), so an old key keeps decrypting after a rotation. The additional data
 * binds a ciphertext to its connection and field: a token copied into another row, or a refresh token pasted over an
 * access token, does not decrypt.
 */
export class TokenCipher {
  constructor(private readonly keys: WearableSyncSettings['tokenKeys']) {}

  get currentKeyId(): string {
    return this.keys.current;
  }

  encrypt(plain: string, boundTo: string): string {
    const key = this.keys.keys[this.keys.current]!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const b = (x: Buffer) => x.toString('base64url');
    return `v1.${this.keys.current}.${b(iv)}.${b(ct)}.${b(cipher.getAuthTag())}`;
  }

  decrypt(stored: string, boundTo: string): string {
    const m = FORMAT.exec(stored);
    if (!m) throw new TokenDecryptError('not a stored token');
    const key = this.keys.keys[m[1]!];
    if (!key) throw new TokenDecryptError(`token key ${m[1]} is not configured`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(m[2]!, 'base64url'));
      decipher.setAAD(Buffer.from(boundTo, 'utf8'));
      decipher.setAuthTag(Buffer.from(m[4]!, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(m[3]!, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new TokenDecryptError('the token does not decrypt under its key');
    }
  }

  /** The key id a stored token was encrypted under. */
  static keyIdOf(stored: string): string | null {
    return FORMAT.exec(stored)?.[1] ?? null;
  }
}
