/** Development-only secrets, generated once and kept under .data/ so restarts keep tokens and contexts valid. */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureKeyPair, TokenMinter, type KeyFiles } from '@pg/testing';

export const devKeyDir = (dataDir: string) => join(dataDir, 'keys');

/** The ES256 key pair the dev gateway verifies tokens with (and `npm run token` signs with). */
export function devKeys(dataDir: string): Promise<KeyFiles> {
  return ensureKeyPair(devKeyDir(dataDir));
}

/** A random INTERNAL_CONTEXT_KEY, persisted (mode 0600) so that restarted apps agree with running ones. */
export function persistedInternalContextKey(dataDir: string): string {
  const file = join(dataDir, 'internal-context-key');
  if (existsSync(file)) {
    const key = readFileSync(file, 'utf8').trim();
    if (key.length >= 32) return key;
  }
  const key = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

/**
 * The Ed25519 key audit-svc signs chain checkpoints with (AUDIT_SIGNING_KEY_FILE), generated once (mode 0600)
 * next to the JWT keys: outside the database, as in production (a secret mounted into audit-svc only).
 */
export function devAuditSigningKey(dataDir: string): string {
  const file = join(devKeyDir(dataDir), 'audit-signing.pem');
  if (existsSync(file)) return file;
  const { privateKey } = generateKeyPairSync('ed25519');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return file;
}

export async function mintDevToken(dataDir: string, sub: string, ttlSeconds: number): Promise<string> {
  const { privateKeyFile } = await devKeys(dataDir);
  return (await TokenMinter.fromFile(privateKeyFile)).mint({ sub, ttlSeconds });
}
