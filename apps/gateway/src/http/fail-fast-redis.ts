import { Redis } from 'ioredis';

/**
 * A Redis client for the request path (throttle windows, Idempotency-Key records): no offline queue, one retry,
 * short timeouts, so a request never waits on a reconnect. `ready()` resolves once the first connection attempt
 * settled (at most 2 s): before it, callers wait; after it, a client that is not `ready` is down and callers fall
 * back or refuse at once.
 */
export function failFastRedis(url: string, commandTimeoutMs: number): { redis: Redis; ready: () => Promise<void> } {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  // Errors surface as a status other than `ready`; callers decide what that means.
  redis.on('error', () => undefined);
  const firstConnect = new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 2000);
    timer.unref();
    const settle = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', settle);
    redis.once('error', settle);
  });
  return { redis, ready: () => (redis.status === 'ready' ? Promise.resolve() : firstConnect) };
}
