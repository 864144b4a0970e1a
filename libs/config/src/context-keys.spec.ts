import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadGatewayConfig, loadIdentityServiceConfig, loadServiceConfig, type Env } from './index.js';

/* Who holds which key of the trust boundary (issue 8): services public keys only, each private key one app. */

const pem = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string };
};
const gateway = pem();
const identity = pem();
const everyKey: Env = {
  NODE_ENV: 'production',
  CONTEXT_GATEWAY_PUBLIC_KEY: gateway.publicKey,
  CONTEXT_IDENTITY_PUBLIC_KEY: identity.publicKey,
  CONTEXT_GATEWAY_PRIVATE_KEY: gateway.privateKey,
  CONTEXT_IDENTITY_PRIVATE_KEY: identity.privateKey,
  AUTH_PUBLIC_KEY_FILE: '/dev/null',
  AUTH_ISSUER: 'iss',
  AUTH_AUDIENCE: 'aud',
  // What production asks of every app besides the keys (own database role, sealed cursors, shared Redis).
  PROFILES_DATABASE_URL: 'postgresql://profiles_app@db/pg',
  IDENTITY_DATABASE_URL: 'postgresql://identity_app@db/pg',
  CURSOR_KEY: 'c'.repeat(32),
  REDIS_URL: 'redis://redis:6379',
};
const without = (...names: string[]) => Object.fromEntries(Object.entries(everyKey).filter(([k]) => !names.includes(k)));

describe('context keys in the config', () => {
  it('gives a domain service the public keys and nothing private, even when the environment holds private keys', () => {
    const config = loadServiceConfig('profiles', everyKey);
    expect(config.contextKeys).toEqual({ gateway: [gateway.publicKey.trim()], identity: [identity.publicKey.trim()] });
    expect(JSON.stringify(config)).not.toContain('PRIVATE KEY');
  });

  it('requires both public keys in production, and refuses a private key where a public one belongs', () => {
    expect(() => loadServiceConfig('profiles', without('CONTEXT_GATEWAY_PUBLIC_KEY'))).toThrow('CONTEXT_GATEWAY_PUBLIC_KEY is required in production');
    expect(() => loadServiceConfig('profiles', without('CONTEXT_IDENTITY_PUBLIC_KEY'))).toThrow('CONTEXT_IDENTITY_PUBLIC_KEY is required in production');
    expect(() => loadServiceConfig('profiles', { ...everyKey, CONTEXT_GATEWAY_PUBLIC_KEY: gateway.privateKey })).toThrow(/public keys only/);
  });

  it('refuses the shared HMAC key of before', () => {
    expect(() => loadServiceConfig('profiles', { ...everyKey, INTERNAL_CONTEXT_KEY: 'x'.repeat(40) })).toThrow(ConfigError);
  });

  it('requires the gateway\'s private key of the gateway and identity-svc\'s of identity-svc', () => {
    expect(loadGatewayConfig(everyKey).contextSigningKey).toBe(gateway.privateKey.trim());
    expect(() => loadGatewayConfig(without('CONTEXT_GATEWAY_PRIVATE_KEY'))).toThrow('CONTEXT_GATEWAY_PRIVATE_KEY is required');
    expect(() => loadGatewayConfig({ ...everyKey, CONTEXT_GATEWAY_PRIVATE_KEY: gateway.publicKey })).toThrow('must be a private key');
    expect(loadIdentityServiceConfig(everyKey).serviceCredentials).toEqual({ signingKey: identity.privateKey.trim(), ttlSeconds: 60 });
    expect(() => loadIdentityServiceConfig(without('CONTEXT_IDENTITY_PRIVATE_KEY'))).toThrow('CONTEXT_IDENTITY_PRIVATE_KEY is required');
    expect(() => loadIdentityServiceConfig({ ...everyKey, SERVICE_CREDENTIAL_TTL_SECONDS: '301' })).toThrow('SERVICE_CREDENTIAL_TTL_SECONDS must be 1..300');
  });

  it('reads keys from files, several (rotation) comma-separated', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-context-keys-'));
    const next = pem();
    writeFileSync(join(dir, 'a.pem'), gateway.publicKey);
    writeFileSync(join(dir, 'b.pem'), next.publicKey);
    const config = loadServiceConfig('profiles', { ...everyKey, CONTEXT_GATEWAY_PUBLIC_KEY: `${join(dir, 'a.pem')},${join(dir, 'b.pem')}` });
    expect(config.contextKeys.gateway).toEqual([gateway.publicKey.trim(), next.publicKey.trim()]);
    expect(() => loadServiceConfig('profiles', { ...everyKey, CONTEXT_GATEWAY_PUBLIC_KEY: join(dir, 'missing.pem') })).toThrow(/cannot read/);
  });
});
