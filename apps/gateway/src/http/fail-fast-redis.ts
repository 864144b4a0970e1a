import { Redis } from 'ioredis';

/**
 * A Redis client for the request path (throttle windows, Idempotency-Key records): no offline queue, one retry,
 * short timeouts, so a request never waits on a reconnect. `ready()` resolves once the first connection attempt
 * settled (at most 2 s): before it, callers wait; after it, a client that is not `ready` is down and callers fall
 * back or refuse at once. `close()` ends it without leaving a timer behind (see there).
 */
export function failFastRedis(
  url: string,
  commandTimeoutMs: number,
): { redis: Redis; ready: () => Promise<void>; close: () => Promise<void> } {
  let closing = false;
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: commandTimeoutMs,
    retryStrategy: (attempt) => (closing ? null : Math.min(attempt * 200, 2000)),
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
  /** Resolves when the attempt under way connected or, `closing` being set, ended for good. */
  const attemptSettled = () =>
    new Promise<void>((resolve) => {
      const settle = () => {
        redis.off('ready', settle);
        redis.off('end', settle);
        resolve();
      };
      redis.on('ready', settle);
      redis.on('end', settle);
    });
  /**
   * A client that is down sits between attempts ('reconnecting', its socket already closed) or in one
   * ('connecting'). ioredis's disconnect() there would end the closed socket again and arm a 2 s timer, not
   * unref'd, that waits for a 'close' which never comes: the process (a Jest worker) cannot exit until it fires.
   * So no further attempt is scheduled (`closing`), the one under way or due is awaited (at most the retry delay
   * plus the connect timeout, 4 s), and only a client that is connected is asked to quit.
   */
  const close = async () => {
    closing = true;
    if (redis.status === 'connecting' || redis.status === 'reconnecting') await attemptSettled();
    if (redis.status === 'end') return;
    await redis.quit().catch(() => redis.disconnect());
  };
  return { redis, ready: () => (redis.status === 'ready' ? Promise.resolve() : firstConnect), close };
}
