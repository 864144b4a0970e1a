import { Logger, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { failFastRedis } from '../http/fail-fast-redis.js';
import type { GatewayConfig } from '@pg/config';

/** The first answer to a request, kept to be replayed: status, body and the headers a client relies on. */
export interface IdempotentResult {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** What is kept per key: the request's fingerprint, and its answer once there is one. */
export interface IdempotencyRecord {
  fingerprint: string;
  /** Which request holds the key (a random token): only it may complete, renew or release it. */
  owner: string;
  state: 'in-flight' | 'done';
  result?: IdempotentResult;
}

/**
 * Where Idempotency-Key records live. `claim` takes a free key atomically for `leaseMs` (the holder renews the
 * lease while it runs, so a crashed holder frees the key soon); it answers null when the key was taken, or the
 * record that holds it.
 */
export interface IdempotencyStore {
  claim(key: string, record: IdempotencyRecord, leaseMs: number): Promise<IdempotencyRecord | null>;
  get(key: string): Promise<IdempotencyRecord | null>;
  renew(key: string, owner: string, leaseMs: number): Promise<void>;
  complete(key: string, record: IdempotencyRecord, ttlMs: number): Promise<void>;
  release(key: string, owner: string): Promise<void>;
}
export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');

/** The store could not be reached: the request is refused (503) rather than run without the promise. */
export class IdempotencyStoreUnavailable extends Error {}

/** KEYS[1]; ARGV[1] the owner; ARGV[2] 'set' | 'del' | 'pexpire'; ARGV[3] the new value; ARGV[4] ms. Only the owner changes a record. */
const OWNED_SCRIPT = `
local v = redis.call('GET', KEYS[1])
if not v then return 0 end
local ok, rec = pcall(cjson.decode, v)
if not ok or rec.owner ~= ARGV[1] then return 0 end
if ARGV[2] == 'set' then redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
elseif ARGV[2] == 'del' then redis.call('DEL', KEYS[1])
else redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1
`;

type IdemRedis = Redis & { pgIdemOwned(key: string, owner: string, op: 'set' | 'del' | 'pexpire', value: string, ms: number): Promise<number> };

/** Records in Redis (REDIS_URL): every gateway replica sees the same keys, and a restart keeps them. */
export class RedisIdempotencyStore implements IdempotencyStore, OnApplicationShutdown {
  private readonly redis: IdemRedis;
  private readonly firstConnect: () => Promise<void>;
  private readonly close: () => Promise<void>;

  constructor(url: string, private readonly prefix: string) {
    const client = failFastRedis(url, 1000);
    this.redis = client.redis as IdemRedis;
    this.firstConnect = client.ready;
    this.close = client.close;
    this.redis.defineCommand('pgIdemOwned', { numberOfKeys: 1, lua: OWNED_SCRIPT });
  }

  private k(key: string): string {
    return `${this.prefix}idem:${key}`;
  }

  private async call<T>(op: () => Promise<T>): Promise<T> {
    if (this.redis.status !== 'ready') await this.firstConnect();
    if (this.redis.status !== 'ready') throw new IdempotencyStoreUnavailable(`Redis is ${this.redis.status}`);
    try {
      return await op();
    } catch (err) {
      throw new IdempotencyStoreUnavailable((err as Error).message);
    }
  }

  async claim(key: string, record: IdempotencyRecord, leaseMs: number): Promise<IdempotencyRecord | null> {
    const taken = await this.call(() => this.redis.set(this.k(key), JSON.stringify(record), 'PX', leaseMs, 'NX'));
    return taken === 'OK' ? null : (await this.get(key)) ?? this.claim(key, record, leaseMs);
  }

  async get(key: string): Promise<IdempotencyRecord | null> {
    const raw = await this.call(() => this.redis.get(this.k(key)));
    return raw ? (JSON.parse(raw) as IdempotencyRecord) : null;
  }

  async renew(key: string, owner: string, leaseMs: number): Promise<void> {
    await this.call(() => this.redis.pgIdemOwned(this.k(key), owner, 'pexpire', '', leaseMs));
  }

  async complete(key: string, record: IdempotencyRecord, ttlMs: number): Promise<void> {
    await this.call(() => this.redis.pgIdemOwned(this.k(key), record.owner, 'set', JSON.stringify(record), ttlMs));
  }

  async release(key: string, owner: string): Promise<void> {
    await this.call(() => this.redis.pgIdemOwned(this.k(key), owner, 'del', '', 0));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

const MAX_ENTRIES = 10_000;

/** Records in this process's memory: without REDIS_URL, in development and tests only (one replica, lost at restart). */
export class MemoryIdempotencyStore implements IdempotencyStore {
  private readonly entries = new Map<string, { record: IdempotencyRecord; expires: number }>();

  private live(key: string): { record: IdempotencyRecord; expires: number } | undefined {
    const e = this.entries.get(key);
    if (e && e.expires <= Date.now()) this.entries.delete(key);
    return e && e.expires > Date.now() ? e : undefined;
  }

  async claim(key: string, record: IdempotencyRecord, leaseMs: number): Promise<IdempotencyRecord | null> {
    const seen = this.live(key);
    if (seen) return seen.record;
    if (this.entries.size >= MAX_ENTRIES) {
      for (const k of this.entries.keys()) this.live(k);
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    }
    this.entries.set(key, { record, expires: Date.now() + leaseMs });
    return null;
  }

  async get(key: string): Promise<IdempotencyRecord | null> {
    return this.live(key)?.record ?? null;
  }

  async renew(key: string, owner: string, leaseMs: number): Promise<void> {
    const e = this.live(key);
    if (e?.record.owner === owner) e.expires = Date.now() + leaseMs;
  }

  async complete(key: string, record: IdempotencyRecord, ttlMs: number): Promise<void> {
    if (this.live(key)?.record.owner === record.owner) this.entries.set(key, { record, expires: Date.now() + ttlMs });
  }

  async release(key: string, owner: string): Promise<void> {
    if (this.live(key)?.record.owner === owner) this.entries.delete(key);
  }
}

/** Redis when REDIS_URL is set; otherwise memory, said loudly at boot (config refuses that in production). */
export function createIdempotencyStore(config: Pick<GatewayConfig, 'redisUrl' | 'redisKeyPrefix'>): IdempotencyStore {
  if (config.redisUrl) return new RedisIdempotencyStore(config.redisUrl, config.redisKeyPrefix);
  new Logger('Idempotency').warn(
    'REDIS_URL is not set: Idempotency-Key records are kept in THIS PROCESS only (lost at restart, not seen by other replicas). Development only.',
  );
  return new MemoryIdempotencyStore();
}
