import { Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { failFastRedis } from './fail-fast-redis.js';
import type { GatewayConfig } from '@pg/config';
import { FixedWindowThrottlerStorage } from './throttle.storage.js';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One fixed window per key, atomically in Redis (the same semantics as FixedWindowThrottlerStorage):
 * KEYS[1] counts hits and expires with the window, KEYS[2] exists while the key is blocked.
 * ARGV: window ms, limit, block ms. Returns { hits, window ms left, blocked 0|1, block ms left }.
 * A count over the limit with no block key means the block just ended: the window starts again.
 */
const INCREMENT_SCRIPT = `
local blockedFor = redis.call('PTTL', KEYS[2])
if blockedFor > 0 then
  local left = redis.call('PTTL', KEYS[1])
  if left < 0 then left = 0 end
  return { tonumber(redis.call('GET', KEYS[1]) or '0'), left, 1, blockedFor }
end
local limit = tonumber(ARGV[2])
if tonumber(redis.call('GET', KEYS[1]) or '0') > limit then redis.call('DEL', KEYS[1]) end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > limit then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return { hits, tonumber(ARGV[3]), 1, tonumber(ARGV[3]) }
end
return { hits, left, 0, 0 }
`;

type ThrottleRedis = Redis & {
  pgThrottle(hitsKey: string, blockKey: string, ttlMs: number, limit: number, blockMs: number): Promise<[number, number, number, number]>;
};

/**
 * @nestjs/throttler storage in Redis, so a limit holds across gateway replicas (REDIS_URL). Keys are prefixed
 * per deployment (REDIS_KEY_PREFIX) and hash-tagged, so both keys of a window sit in one Redis Cluster slot.
 * While Redis cannot be reached the gateway keeps limiting, per process (in memory), and says so once in
 * the log; it goes back to Redis by itself when Redis answers again.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger('Throttle');
  private readonly redis: ThrottleRedis;
  private readonly fallback = new FixedWindowThrottlerStorage();
  private degraded = false;
  /** Settles when the first connection is up or failed (or after 2 s): requests at boot wait for it once. */
  private readonly firstConnect: () => Promise<void>;
  private readonly close: () => Promise<void>;

  constructor(url: string, private readonly prefix: string, opts: { commandTimeoutMs?: number } = {}) {
    const client = failFastRedis(url, opts.commandTimeoutMs ?? 500);
    this.redis = client.redis as ThrottleRedis;
    this.firstConnect = client.ready;
    this.close = client.close;
    this.redis.defineCommand('pgThrottle', { numberOfKeys: 2, lua: INCREMENT_SCRIPT });
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerRecord> {
    const base = `${this.prefix}throttle:{${throttlerName}:${key}}`;
    let reply: [number, number, number, number];
    try {
      if (this.redis.status !== 'ready') await this.firstConnect();
      // Not connected: no command is queued (a request never waits on a reconnect), the fallback answers.
      if (this.redis.status !== 'ready') throw new Error(`Redis is ${this.redis.status}`);
      reply = await this.redis.pgThrottle(base, `${base}:blocked`, ttl, limit, blockDuration);
    } catch (err) {
      if (!this.degraded) this.logger.warn(`Redis unavailable, throttling per process until it is back: ${(err as Error).message}`);
      this.degraded = true;
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
    if (this.degraded) this.logger.log('Redis is back: throttling across replicas again');
    this.degraded = false;
    const [hits, windowMs, blocked, blockMs] = reply;
    return {
      totalHits: hits,
      timeToExpire: Math.ceil(windowMs / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(blockMs / 1000),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/** Redis when REDIS_URL is set (limits hold across replicas), otherwise in memory per process. */
export function createThrottlerStorage(config: Pick<GatewayConfig, 'redisUrl' | 'redisKeyPrefix'>): ThrottlerStorage {
  return config.redisUrl ? new RedisThrottlerStorage(config.redisUrl, config.redisKeyPrefix) : new FixedWindowThrottlerStorage();
}
