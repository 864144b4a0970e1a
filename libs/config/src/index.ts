/**
 * The only place that reads process.env. Each app calls one loader once at boot and passes the typed
 * result around as a provider; a missing or malformed variable stops the boot with a clear message.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {}

function str(env: Env, name: string, fallback?: string): string {
  const v = env[name];
  if (v === undefined || v === '') {
    if (fallback === undefined) throw new ConfigError(`${name} is required`);
    return fallback;
  }
  return v;
}

function int(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  return n;
}

export interface BaseConfig {
  env: 'development' | 'test' | 'production';
  natsUrl: string;
  /** Prefix of every subject, queue group, stream and consumer ('' for none). */
  natsNamespace: string;
  /** How long a publisher waits for JetStream's ack of an audit event before failing the request (503). */
  auditAckTimeoutMs: number;
  instanceId: string;
  logLevel: string;
  /**
   * How the AUDIT stream is kept (AUDIT_STREAM_STORAGE, AUDIT_STREAM_REPLICAS), applied by whoever creates the
   * streams (the launcher, `npm run migrate -- --streams`). `file` unless set; `memory` only outside production,
   * since memory storage loses acknowledged events when nats-server restarts. Replicas unset: the creator's default.
   */
  auditStream: { storage: 'file' | 'memory'; replicas?: number };
}

export interface ServiceConfig extends BaseConfig {
  databaseUrl: string;
  /** Postgres schema this service owns. */
  dbSchema: string;
  dbPoolMax: number;
  /** BOOTSTRAP_ADMIN_SUBJECT: identity-svc makes sure a principal with this subject exists (an admin) at boot. */
  bootstrapAdminSubject?: string;
  /**
   * Public keys only (PEM): a domain service holds no private key of the trust boundary (docs/security.md).
   * CONTEXT_GATEWAY_PUBLIC_KEY: the gateway's, accepted for user contexts only. CONTEXT_IDENTITY_PUBLIC_KEY:
   * identity-svc's, accepted for service credentials only. Several (rotation): comma-separated files or PEMs.
   */
  contextKeys: { gateway: string[]; identity: string[] };
}

/** identity-svc: a service that also issues service credentials (docs/identity.md). */
export interface IdentityServiceConfig extends ServiceConfig {
  serviceCredentials: {
    /** CONTEXT_IDENTITY_PRIVATE_KEY: PEM (or a file) of the Ed25519 key identity-svc signs service credentials with. */
    signingKey: string;
    /** SERVICE_CREDENTIAL_TTL_SECONDS: how long a credential lives; it bounds how long a missed revocation matters. */
    ttlSeconds: number;
  };
}

export interface GatewayConfig extends BaseConfig {
  port: number;
  host: string;
  auth: {
    jwksUrl?: string;
    publicKeyFile?: string;
    issuer: string;
    audience: string;
  };
  /** Upper bound for a NATS request before the client gets 503. */
  rpcTimeoutMs: number;
  principalCacheTtlMs: number;
  throttle: { perPrincipalPerMinute: number; perIpPerMinute: number };
  /** REDIS_URL: throttling counters in Redis, shared by every gateway replica (in-memory per process without it). */
  redisUrl?: string;
  /** REDIS_KEY_PREFIX: prefix of every Redis key (default `pg:<NATS_NAMESPACE>:`), so deployments sharing a Redis stay apart. */
  redisKeyPrefix: string;
  bodyLimitBytes: number;
  /** CONTEXT_GATEWAY_PRIVATE_KEY: PEM (or a file) of the Ed25519 key the gateway signs user contexts with. */
  contextSigningKey: string;
}

const NAMESPACE = /^[A-Za-z0-9_-]*$/;

export function loadBaseConfig(env: Env = process.env): BaseConfig {
  const nodeEnv = str(env, 'NODE_ENV', 'development');
  if (!['development', 'test', 'production'].includes(nodeEnv)) throw new ConfigError(`NODE_ENV must be development, test or production`);
  const natsNamespace = str(env, 'NATS_NAMESPACE', '');
  if (!NAMESPACE.test(natsNamespace)) throw new ConfigError('NATS_NAMESPACE may hold letters, digits, _ and - only');
  if (env.INTERNAL_CONTEXT_KEY) throw new ConfigError('INTERNAL_CONTEXT_KEY is gone: contexts are signed with Ed25519 keys (CONTEXT_*_KEY, docs/security.md)');
  return {
    env: nodeEnv as BaseConfig['env'],
    natsUrl: str(env, 'NATS_URL', 'nats://127.0.0.1:4222'),
    natsNamespace,
    auditAckTimeoutMs: int(env, 'AUDIT_ACK_TIMEOUT_MS', 2000, 50),
    instanceId: str(env, 'INSTANCE_ID', `${process.pid}-${randomBytes(3).toString('hex')}`),
    logLevel: str(env, 'LOG_LEVEL', 'info'),
    auditStream: auditStream(env, nodeEnv),
  };
}

function auditStream(env: Env, nodeEnv: string): BaseConfig['auditStream'] {
  const storage = str(env, 'AUDIT_STREAM_STORAGE', 'file');
  if (storage !== 'file' && storage !== 'memory') throw new ConfigError('AUDIT_STREAM_STORAGE must be file or memory');
  if (storage === 'memory' && nodeEnv === 'production') {
    throw new ConfigError('AUDIT_STREAM_STORAGE=memory loses acknowledged audit events on a nats-server restart: not in production');
  }
  const raw = env.AUDIT_STREAM_REPLICAS;
  const replicas = raw === undefined || raw === '' ? undefined : int(env, 'AUDIT_STREAM_REPLICAS', 1, 1);
  if (replicas !== undefined && replicas > 5) throw new ConfigError('AUDIT_STREAM_REPLICAS must be 1..5');
  return { storage, ...(replicas !== undefined ? { replicas } : {}) };
}

export function loadServiceConfig(schema: string, env: Env = process.env): ServiceConfig {
  const upper = schema.toUpperCase();
  return {
    ...loadBaseConfig(env),
    databaseUrl: str(env, `${upper}_DATABASE_URL`, str(env, 'DATABASE_URL', 'postgresql://root@127.0.0.1:5432/patient_graph')),
    dbSchema: str(env, `${upper}_DB_SCHEMA`, schema),
    dbPoolMax: int(env, 'DB_POOL_MAX', 10, 1),
    bootstrapAdminSubject: bootstrapSubject(env),
    contextKeys: contextPublicKeys(env),
  };
}

const PEM_BLOCK = /-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g;

/** PEM blocks given inline, or read from the comma-separated files named. */
function pems(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  let text = raw;
  if (!raw.includes('-----BEGIN')) {
    text = raw.split(',').map((f) => f.trim()).filter(Boolean).map((file) => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        throw new ConfigError(`${name}: cannot read ${file}`);
      }
    }).join('\n');
  }
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (!blocks.length) throw new ConfigError(`${name} must be a PEM key or the path of a PEM file`);
  return blocks;
}

function onePem(env: Env, name: string, kind: 'PRIVATE' | 'PUBLIC'): string | undefined {
  const blocks = pems(env, name);
  if (blocks.length > 1) throw new ConfigError(`${name} must hold one key`);
  if (blocks[0] && !blocks[0].includes(`${kind} KEY`)) throw new ConfigError(`${name} must be a ${kind.toLowerCase()} key`);
  return blocks[0];
}

function contextPublicKeys(env: Env): ServiceConfig['contextKeys'] {
  const keys = { gateway: pems(env, 'CONTEXT_GATEWAY_PUBLIC_KEY'), identity: pems(env, 'CONTEXT_IDENTITY_PUBLIC_KEY') };
  for (const [name, list] of [['CONTEXT_GATEWAY_PUBLIC_KEY', keys.gateway], ['CONTEXT_IDENTITY_PUBLIC_KEY', keys.identity]] as const) {
    if (list.some((k) => k.includes('PRIVATE KEY'))) throw new ConfigError(`${name} must hold public keys only: a service never holds a private key`);
    if (!list.length && env.NODE_ENV === 'production') throw new ConfigError(`${name} is required in production`);
  }
  return keys;
}

/** identity-svc's config: its service config plus the key it issues service credentials with. */
export function loadIdentityServiceConfig(env: Env = process.env): IdentityServiceConfig {
  const signingKey = onePem(env, 'CONTEXT_IDENTITY_PRIVATE_KEY', 'PRIVATE');
  if (!signingKey) throw new ConfigError('CONTEXT_IDENTITY_PRIVATE_KEY is required: identity-svc signs service credentials with it');
  const ttlSeconds = int(env, 'SERVICE_CREDENTIAL_TTL_SECONDS', 60, 1);
  if (ttlSeconds > 300) throw new ConfigError('SERVICE_CREDENTIAL_TTL_SECONDS must be 1..300: it bounds how long a deactivated service keeps working');
  return {
    ...loadServiceConfig('identity', env),
    serviceCredentials: { signingKey, ttlSeconds },
  };
}

/** audit-svc: the service config plus how it keeps the trail (docs/audit.md). */
export interface AuditServiceConfig extends ServiceConfig {
  audit: {
    /** AUDIT_SIGNING_KEY_FILE: PEM Ed25519 private key signing chain checkpoints. Required in production. */
    signingKeyFile?: string;
    /** AUDIT_CHECKPOINT_EVERY: sign the chain head at least every this many events. */
    checkpointEvery: number;
    /** AUDIT_CHECKPOINT_INTERVAL_MS: and at least this often while events arrive. */
    checkpointIntervalMs: number;
    /** The role audit-svc acts as: `<schema>_writer`, made by its migration with INSERT and SELECT only. */
    writerRole: string;
    /** AUDIT_CONSUMER_ACK_WAIT_MS: how long JetStream waits for an ack before it redelivers (after a crash). */
    ackWaitMs: number;
  };
}

export function loadAuditServiceConfig(env: Env = process.env): AuditServiceConfig {
  const service = loadServiceConfig('audit', env);
  const signingKeyFile = env.AUDIT_SIGNING_KEY_FILE || undefined;
  if (!signingKeyFile && service.env === 'production') {
    throw new ConfigError('AUDIT_SIGNING_KEY_FILE is required in production: the chain head is signed with it');
  }
  const writerRole = auditWriterRole(service.dbSchema);
  return {
    ...service,
    audit: {
      ...(signingKeyFile ? { signingKeyFile } : {}),
      checkpointEvery: int(env, 'AUDIT_CHECKPOINT_EVERY', 1000, 1),
      checkpointIntervalMs: int(env, 'AUDIT_CHECKPOINT_INTERVAL_MS', 60_000, 100),
      writerRole,
      ackWaitMs: int(env, 'AUDIT_CONSUMER_ACK_WAIT_MS', 30_000, 1000),
    },
  };
}

/** The INSERT-and-SELECT role of an audit schema, as its migration creates it. */
export function auditWriterRole(schema: string): string {
  return `${schema}_writer`.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 63);
}

const SUBJECT = /^[A-Za-z0-9|_.:@-]{1,200}$/;

function bootstrapSubject(env: Env): string | undefined {
  const v = env.BOOTSTRAP_ADMIN_SUBJECT;
  if (v === undefined || v === '') return undefined;
  if (!SUBJECT.test(v)) throw new ConfigError('BOOTSTRAP_ADMIN_SUBJECT must be a token subject (letters, digits, |_.:@-; at most 200)');
  return v;
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const base = loadBaseConfig(env);
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  const publicKeyFile = env.AUTH_PUBLIC_KEY_FILE || undefined;
  if (!jwksUrl && !publicKeyFile) throw new ConfigError('AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE is required');
  return {
    ...base,
    port: int(env, 'PORT', 3000),
    host: str(env, 'HOST', '127.0.0.1'),
    auth: {
      jwksUrl,
      publicKeyFile,
      issuer: str(env, 'AUTH_ISSUER', base.env === 'production' ? undefined : 'patient-graph-dev'),
      audience: str(env, 'AUTH_AUDIENCE', base.env === 'production' ? undefined : 'patient-graph'),
    },
    rpcTimeoutMs: int(env, 'RPC_TIMEOUT_MS', 5000, 100),
    principalCacheTtlMs: int(env, 'PRINCIPAL_CACHE_TTL_MS', 30000, 0),
    throttle: {
      perPrincipalPerMinute: int(env, 'THROTTLE_PRINCIPAL_PER_MINUTE', 600, 1),
      perIpPerMinute: int(env, 'THROTTLE_IP_PER_MINUTE', 3000, 1),
    },
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: str(env, 'REDIS_KEY_PREFIX', `pg:${base.natsNamespace || 'default'}:`),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1048576, 1024),
    contextSigningKey: gatewaySigningKey(env),
  };
}

function gatewaySigningKey(env: Env): string {
  const key = onePem(env, 'CONTEXT_GATEWAY_PRIVATE_KEY', 'PRIVATE');
  if (!key) throw new ConfigError('CONTEXT_GATEWAY_PRIVATE_KEY is required: the gateway signs user contexts with it');
  return key;
}
export * from './logger.js';
