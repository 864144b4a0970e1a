/** Development-only secrets, generated once and kept under .data/ so restarts keep tokens and contexts valid. */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ensureKeyPair, TokenMinter, type KeyFiles } from '@pg/testing';

export const devKeyDir = (dataDir: string) => join(dataDir, 'keys');

/** The ES256 key pair the dev gateway verifies tokens with (and `npm run token` signs with). */
export function devKeys(dataDir: string): Promise<KeyFiles> {
  return ensureKeyPair(devKeyDir(dataDir));
}

export interface ContextKeyFiles {
  gateway: { privateKeyFile: string; publicKeyFile: string };
  identity: { privateKeyFile: string; publicKeyFile: string };
}

/**
 * The Ed25519 key pairs of the trust boundary (docs/security.md), generated once under .data/keys/ (private halves
 * mode 0600): the gateway signs user contexts, identity-svc signs service credentials; services get the public halves.
 */
export function devContextKeys(dataDir: string): ContextKeyFiles {
  const pair = (name: string) => {
    const privateKeyFile = join(devKeyDir(dataDir), `context-${name}.pem`);
    const publicKeyFile = join(devKeyDir(dataDir), `context-${name}.pub.pem`);
    if (!existsSync(privateKeyFile) || !existsSync(publicKeyFile)) {
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      mkdirSync(devKeyDir(dataDir), { recursive: true });
      writeFileSync(privateKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
      writeFileSync(publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }));
    }
    return { privateKeyFile, publicKeyFile };
  };
  return { gateway: pair('gateway'), identity: pair('identity') };
}

/** The environment of one app: each private key of the trust boundary goes to the one app that signs with it. */
export function appOnlyEnv(env: Record<string, string>, app: string): Record<string, string> {
  const { CONTEXT_GATEWAY_PRIVATE_KEY, CONTEXT_IDENTITY_PRIVATE_KEY, ...shared } = env;
  return {
    ...shared,
    ...(app === 'gateway' && CONTEXT_GATEWAY_PRIVATE_KEY ? { CONTEXT_GATEWAY_PRIVATE_KEY } : {}),
    ...(app === 'identity-svc' && CONTEXT_IDENTITY_PRIVATE_KEY ? { CONTEXT_IDENTITY_PRIVATE_KEY } : {}),
  };
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
