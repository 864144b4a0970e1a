import { Redis } from 'ioredis';
import { PatientGraphClient } from '@pg/client';
import { startSystem, type TestSystem } from '@pg/testing/system';
import { startExtraGateway, type ExtraGateway } from '../attack-suite/extra-gateway.js';

/*
 * Throttling across gateway replicas: with REDIS_URL set, two gateways share one count per principal and per IP,
 * so spreading requests over replicas does not multiply the limit. (Redis runs on 127.0.0.1:6379 on these
 * machines; .ci/run starts it.)
 */

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PER_PRINCIPAL = 20;
const PER_IP = 50;

let sys: TestSystem;
let second: ExtraGateway;
let redis: Redis;

beforeAll(async () => {
  sys = await startSystem({ REDIS_URL, THROTTLE_PRINCIPAL_PER_MINUTE: String(PER_PRINCIPAL), THROTTLE_IP_PER_MINUTE: String(PER_IP) });
  second = await startExtraGateway(sys);
  redis = new Redis(REDIS_URL);
}, 120_000);

afterAll(async () => {
  await second?.stop();
  await sys?.stop();
  if (redis) {
    // The world's keys (they would expire within a minute anyway).
    const keys = await redis.keys(`pg:${sys.world.namespace}:*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  }
});

describe('throttling across two gateway replicas (Redis)', () => {
  it('holds the per-principal limit over both replicas together, with Retry-After from either', async () => {
    const token = await sys.tokenFor('e2e-admin');
    const replicas = [sys.client(token), new PatientGraphClient(second.url, { token })];
    const statuses: number[] = [];
    for (let i = 0; i < PER_PRINCIPAL + 5; i++) statuses.push((await replicas[i % 2]!.raw('GET', '/v1/me')).status);
    // Exactly the limit gets through, whichever replica answered; one replica alone would have allowed 20.
    expect(statuses.filter((s) => s === 200)).toHaveLength(PER_PRINCIPAL);
    expect(statuses.slice(PER_PRINCIPAL)).toEqual(Array(5).fill(429));
    for (const client of replicas) {
      const res = await client.raw<{ error: { code: string } }>('GET', '/v1/me');
      expect([res.status, res.body.error.code]).toEqual([429, 'RATE_LIMITED']);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // The counters live under this deployment's prefix.
    const keys = await redis.keys(`pg:${sys.world.namespace}:throttle:*`);
    expect(keys.some((k) => k.includes('principal'))).toBe(true);
  });

  it('holds the per-IP limit over both replicas, for requests that never authenticate', async () => {
    const urls = [sys.url, second.url];
    let allowed = 0;
    let first429 = 0;
    // The IP has spent ~27 requests above; unauthenticated requests count the same.
    for (let i = 0; i < PER_IP; i++) {
      const status = (await new PatientGraphClient(urls[i % 2]!, { token: 'not-a-token' }).raw('GET', '/v1/me')).status;
      if (status === 401) allowed++;
      if (status === 429 && !first429) first429 = i + 1;
    }
    expect(first429).toBeGreaterThan(0);
    expect(allowed).toBeLessThan(PER_IP - PER_PRINCIPAL);
  });
});
