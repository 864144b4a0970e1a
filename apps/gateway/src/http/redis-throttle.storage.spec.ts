import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisThrottlerStorage } from './redis-throttle.storage.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `pg:test-${randomBytes(4).toString('hex')}:`;
const replicas: RedisThrottlerStorage[] = [];
const replica = () => {
  const s = new RedisThrottlerStorage(REDIS_URL, prefix);
  replicas.push(s);
  return s;
};

afterAll(async () => {
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  await Promise.all(replicas.map((r) => r.onApplicationShutdown()));
});

describe('RedisThrottlerStorage', () => {
  it('counts one fixed window for every replica and blocks past the limit for the block duration', async () => {
    const [a, b] = [replica(), replica()];
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await (i % 2 ? a : b).increment('principal:p1', 60_000, 4, 30_000, 'principal'));
    expect(results.map((r) => [r.totalHits, r.isBlocked])).toEqual([[1, false], [2, false], [3, false], [4, false], [5, true], [5, true]]);
    expect(results[4]).toMatchObject({ timeToBlockExpire: 30, timeToExpire: 30 });
    // Another key, another throttler: their own windows.
    expect(await a.increment('principal:p2', 60_000, 4, 30_000, 'principal')).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await a.increment('principal:p1', 60_000, 4, 30_000, 'ip')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('starts a fresh window once the block is over', async () => {
    const s = replica();
    for (let i = 0; i < 3; i++) await s.increment('ip:1.2.3.4', 200, 2, 200, 'ip');
    expect((await s.increment('ip:1.2.3.4', 200, 2, 200, 'ip')).isBlocked).toBe(true);
    const deadline = Date.now() + 5000;
    let record = await s.increment('ip:1.2.3.4', 200, 2, 200, 'ip');
    while (record.isBlocked && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      record = await s.increment('ip:1.2.3.4', 200, 2, 200, 'ip');
    }
    expect(record).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps limiting in memory while Redis cannot be reached', async () => {
    const down = new RedisThrottlerStorage('redis://127.0.0.1:1', prefix, { commandTimeoutMs: 100 });
    replicas.push(down);
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await down.increment('principal:p3', 60_000, 2, 60_000, 'principal'));
    expect(results.map((r) => r.isBlocked)).toEqual([false, false, true]);
  });
});
