import { generateKeyPairSync } from 'node:crypto';
import { ConfigError, loadGatewayConfig, loadLabsSettings } from './index.js';

const production = {
  NODE_ENV: 'production',
  CONTEXT_GATEWAY_PRIVATE_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  AUTH_JWKS_URL: 'https://idp.example.org/.well-known/jwks.json',
  AUTH_ISSUER: 'https://idp.example.org',
  AUTH_AUDIENCE: 'patient-graph',
  CURSOR_KEY: 'c'.repeat(32),
};

describe('gateway config: Redis and idempotency', () => {
  it('requires REDIS_URL in production (idempotency keys must be shared by every replica)', () => {
    expect(() => loadGatewayConfig(production)).toThrow(ConfigError);
    expect(() => loadGatewayConfig(production)).toThrow(/REDIS_URL is required in production/);
    expect(loadGatewayConfig({ ...production, REDIS_URL: 'redis://redis:6379' }).redisUrl).toBe('redis://redis:6379');
  });

  it('requires CURSOR_KEY in production (the FHIR export seals its next links with it)', () => {
    const { CURSOR_KEY: _unused, ...withoutKey } = { ...production, REDIS_URL: 'redis://redis:6379' };
    expect(() => loadGatewayConfig(withoutKey)).toThrow(/CURSOR_KEY is required in production/);
  });

  it('runs without Redis outside production; keys are kept 24 h and duplicates wait RPC_TIMEOUT_MS + 1 s by default', () => {
    const dev = loadGatewayConfig({ AUTH_PUBLIC_KEY_FILE: '/tmp/key.pem', CONTEXT_GATEWAY_PRIVATE_KEY: production.CONTEXT_GATEWAY_PRIVATE_KEY! });
    expect(dev.redisUrl).toBeUndefined();
    expect(dev.idempotency).toEqual({ ttlMs: 86_400_000, waitMs: 6000 });
    expect(loadGatewayConfig({ AUTH_PUBLIC_KEY_FILE: '/tmp/key.pem', CONTEXT_GATEWAY_PRIVATE_KEY: production.CONTEXT_GATEWAY_PRIVATE_KEY!, RPC_TIMEOUT_MS: '2000', IDEMPOTENCY_TTL_MS: '60000' }).idempotency).toEqual({ ttlMs: 60_000, waitMs: 3000 });
    expect(() => loadGatewayConfig({ AUTH_PUBLIC_KEY_FILE: '/tmp/key.pem', CONTEXT_GATEWAY_PRIVATE_KEY: production.CONTEXT_GATEWAY_PRIVATE_KEY!, IDEMPOTENCY_WAIT_MS: 'soon' })).toThrow(/IDEMPOTENCY_WAIT_MS/);
  });
});

describe('labs-svc settings', () => {
  it('honours the test delays only with NODE_ENV=test', () => {
    const delays = { LABS_PARSE_TEST_DELAY_MS: '5000', LABS_CREATE_TEST_DELAY_MS: '700' };
    expect(loadLabsSettings({ NODE_ENV: 'test', ...delays }).testDelays).toEqual({ parseMs: 5000, createMs: 700 });
    expect(loadLabsSettings({ NODE_ENV: 'production', ...delays }).testDelays).toEqual({ parseMs: 0, createMs: 0 });
    expect(loadLabsSettings({ ...delays }).testDelays).toEqual({ parseMs: 0, createMs: 0 });
  });

  it('an ack wait of 60 s, a read limit of 30 s and orphans removed after 30 min unless set', () => {
    expect(loadLabsSettings({})).toMatchObject({ parseAckWaitMs: 60_000, parseTimeLimitMs: 30_000, orphanAfterMs: 1_800_000 });
    expect(loadLabsSettings({ LABS_PARSE_TIME_LIMIT_MS: '5000' }).parseTimeLimitMs).toBe(5000);
    expect(() => loadLabsSettings({ LABS_PARSE_ACK_WAIT_MS: '10' })).toThrow(/LABS_PARSE_ACK_WAIT_MS/);
    expect(() => loadLabsSettings({ LABS_PARSE_TIME_LIMIT_MS: '500' })).toThrow(/LABS_PARSE_TIME_LIMIT_MS/);
  });
});
