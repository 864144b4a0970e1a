import { loadWearableSyncSettings } from '@pg/config';
import { TokenCipher, TokenDecryptError } from './token-cipher.js';
import { retryAfterSeconds } from './vendor-http.js';

const key = (n: number) => Buffer.alloc(32, n).toString('base64');

describe('TokenCipher', () => {
  const settings = (keys: string) => loadWearableSyncSettings({ NODE_ENV: 'production', WEARABLE_TOKEN_KEYS: keys });

  it('encrypts under the first key, names it, and never shows the token', () => {
    const c = new TokenCipher(settings(`new:${key(2)},old:${key(1)}`).tokenKeys);
    const stored = c.encrypt('at-secret-value', 'conn-1:access');
    expect(stored).toMatch(/^v1\.new\./);
    expect(stored).not.toContain('at-secret-value');
    expect(c.decrypt(stored, 'conn-1:access')).toBe('at-secret-value');
    expect(c.encrypt('at-secret-value', 'conn-1:access')).not.toBe(stored);
  });

  it('decrypts tokens of a retired key after rotation, and refuses a key it does not hold', () => {
    const before = new TokenCipher(settings(`old:${key(1)}`).tokenKeys).encrypt('rt', 'c:refresh');
    expect(new TokenCipher(settings(`new:${key(2)},old:${key(1)}`).tokenKeys).decrypt(before, 'c:refresh')).toBe('rt');
    expect(() => new TokenCipher(settings(`new:${key(2)}`).tokenKeys).decrypt(before, 'c:refresh')).toThrow(TokenDecryptError);
  });

  it('binds a ciphertext to its connection and field: moved elsewhere, it does not decrypt', () => {
    const c = new TokenCipher(settings(`k:${key(3)}`).tokenKeys);
    const stored = c.encrypt('at', 'conn-1:access');
    expect(() => c.decrypt(stored, 'conn-2:access')).toThrow(TokenDecryptError);
    expect(() => c.decrypt(stored, 'conn-1:refresh')).toThrow(TokenDecryptError);
    const [v, kid, iv, ct, tag] = stored.split('.');
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0] ^= 1;
    expect(() => c.decrypt([v, kid, iv, flipped.toString('base64url'), tag].join('.'), 'conn-1:access')).toThrow(TokenDecryptError);
  });

  it('requires WEARABLE_TOKEN_KEYS in production, with 32-byte keys', () => {
    expect(() => loadWearableSyncSettings({ NODE_ENV: 'production' })).toThrow(/WEARABLE_TOKEN_KEYS is required/);
    expect(() => settings(`k:${Buffer.alloc(16).toString('base64')}`)).toThrow(/32 bytes/);
    expect(() => settings(`k:${key(1)},k:${key(2)}`)).toThrow(/twice/);
  });
});

describe('Retry-After', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  it.each([
    ['120', 120], ['0', 0], ['Sun, 29 Nov 2026 10:02:00 GMT', 120], ['Sun, 29 Nov 2026 09:00:00 GMT', 0], [null, null], ['soon', null],
  ])('%s → %s s', (header, seconds) => {
    expect(retryAfterSeconds(header, now)).toBe(seconds);
  });
});
