/**
 * The only place that reads process.env. Each app calls one loader once at boot and passes the typed
 * result around as a provider; a missing or malformed variable stops the boot with a clear message.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadWearableSyncSettings, WearableConfigError, type WearableSyncSettings } from './wearable-sync.js';

export * from './wearable-sync.js';

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
  /**
   * AUDIT_OUTBOX_DIR: where a service parks outcome corrections the audit stream has not acknowledged yet (one
   * file per process, fsynced before the caller gets its error; replayed at the next boot). One per replica, on
   * storage that outlives the process.
   */
  auditOutboxDir: string;
  instanceId: string;
  logLevel: string;
  /**
   * How the AUDIT stream is kept (AUDIT_STREAM_STORAGE, AUDIT_STREAM_REPLICAS), applied by whoever creates the
   * streams (the launcher, `npm run migrate -- --streams`). `file` unless set; `memory` only outside production,
   * since memory storage loses acknowledged events when nats-server restarts. Replicas unset: the creator's default.
   */
  auditStream: { storage: 'file' | 'memory'; replicas?: number };
  /**
   * EVENTS_MAX_AGE_HOURS: how long a domain event stays on the EVENTS stream (default 168, 7 days), applied by
   * whoever creates or updates the streams. Events carry ids and codes only; the limit keeps them from piling up.
   */
  eventsStream: { maxAgeHours: number };
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
  /**
   * CURSOR_KEY: the secret page cursors are sealed with (AES-256-GCM, key derived by HKDF; docs/api.md). Only this
   * service reads its cursors; every replica of it needs the same key. Required in production (≥ 32 characters).
   */
  cursorKey: string;
  /**
   * RETENTION_PURGE_INTERVAL_MINUTES: how often a service that keeps soft-deleted records (profiles-svc, labs-svc)
   * hard-deletes those past their retention date (docs/clinical-record.md, "Retention purge"). 0 turns the schedule
   * off (`npm run retention:report` still lists what is due). Default 1440 (daily).
   */
  retentionPurgeIntervalMs: number;
}

/** identity-svc: a service that also issues service credentials (docs/identity.md). */
export interface IdentityServiceConfig extends ServiceConfig {
  serviceCredentials: {
    /** CONTEXT_IDENTITY_PRIVATE_KEY: PEM (or a file) of the Ed25519 key identity-svc signs service credentials with. */
    signingKey: string;
    /** SERVICE_CREDENTIAL_TTL_SECONDS: how long a credential lives; it bounds how long a missed revocation matters. */
    ttlSeconds: number;
  };
  /** Identifiers, matching and partner webhooks (docs/identity.md). */
  identities: IdentitiesSettings;
  /**
   * PROFILES_SERVICE_SUBJECT: the subject of profiles-svc's service principal, the one caller whose FHIR imports may
   * run the matcher over every patient (`IDENTITY.importMatch`, with scope `identities:import`, docs/rbac.md).
   * Unset: `service:profiles-svc`, as `npm start` and the docs name it.
   */
  fhirImportSubject?: string;
}

/** identity-svc's identifier and webhook settings (docs/identity.md, "Identifiers" and "Webhooks"). */
export interface IdentitiesSettings {
  /** clerk, rimo, bigcommerce, stripe and IDENTITY_SYSTEMS (comma-separated, lower-case): the systems identifiers may name. */
  systems: string[];
  /** CLERK_WEBHOOK_SECRET (`whsec_<base64>`, comma-separated during a rotation): Svix signatures are checked with it. */
  clerkWebhookSecrets: string[];
  /** BIGCOMMERCE_WEBHOOK_SECRET: the shared secret BigCommerce sends in `X-Webhook-Secret` (comma-separated during a rotation). */
  bigcommerceWebhookSecrets: string[];
  /** BIGCOMMERCE_API_URL (e.g. `https://api.bigcommerce.com/stores/<hash>`) and BIGCOMMERCE_API_TOKEN: where a customer is fetched by id. */
  bigcommerceApi?: { baseUrl: string; token?: string };
  /**
   * IDENTITY_SERVICE_SUBJECT with IDENTITY_SERVICE_SECRET or IDENTITY_SERVICE_SECRET_FILE: identity-svc's own service
   * principal (scope `profiles:write`), with which resolveIdentity creates a patient at profiles-svc.
   */
  serviceCredential?: { subject: string; secret?: string; secretFile?: string };
}

const BUILTIN_SYSTEMS = ['clerk', 'rimo', 'bigcommerce', 'stripe'];
const csv = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);

export function loadIdentitiesSettings(env: Env = process.env): IdentitiesSettings {
  const extra = csv(env.IDENTITY_SYSTEMS);
  const bad = extra.find((x) => !/^[a-z][a-z0-9-]{1,39}$/.test(x));
  if (bad !== undefined) throw new ConfigError('IDENTITY_SYSTEMS must list lower-case names (letters, digits, -), comma-separated');
  const clerk = csv(env.CLERK_WEBHOOK_SECRET);
  if (clerk.some((x) => !/^whsec_[A-Za-z0-9+/]+={0,2}$/.test(x))) throw new ConfigError('CLERK_WEBHOOK_SECRET must be whsec_ followed by base64');
  const baseUrl = env.BIGCOMMERCE_API_URL;
  if (baseUrl && !/^https?:\/\//.test(baseUrl)) throw new ConfigError('BIGCOMMERCE_API_URL must be an http(s) URL');
  const subject = env.IDENTITY_SERVICE_SUBJECT;
  const secret = env.IDENTITY_SERVICE_SECRET;
  const secretFile = env.IDENTITY_SERVICE_SECRET_FILE;
  if (Boolean(subject) !== Boolean(secret || secretFile)) {
    throw new ConfigError('IDENTITY_SERVICE_SUBJECT goes with IDENTITY_SERVICE_SECRET or IDENTITY_SERVICE_SECRET_FILE');
  }
  return {
    systems: [...new Set([...BUILTIN_SYSTEMS, ...extra])],
    clerkWebhookSecrets: clerk,
    bigcommerceWebhookSecrets: csv(env.BIGCOMMERCE_WEBHOOK_SECRET),
    ...(baseUrl ? { bigcommerceApi: { baseUrl: baseUrl.replace(/\/+$/, ''), ...(env.BIGCOMMERCE_API_TOKEN ? { token: env.BIGCOMMERCE_API_TOKEN } : {}) } } : {}),
    ...(subject ? { serviceCredential: { subject, ...(secret ? { secret } : { secretFile }) } } : {}),
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
  /**
   * Idempotency-Key records (docs/api.md): in Redis when REDIS_URL is set (shared by every replica, kept over
   * restarts), else in this process's memory (development and tests only: production requires REDIS_URL).
   * IDEMPOTENCY_TTL_MS: how long a key and its first answer are kept; IDEMPOTENCY_WAIT_MS: how long a duplicate
   * waits for the first request still in flight before 409.
   */
  idempotency: { ttlMs: number; waitMs: number };
  /** CONTEXT_GATEWAY_PRIVATE_KEY: PEM (or a file) of the Ed25519 key the gateway signs user contexts with. */
  contextSigningKey: string;
  /** CURSOR_KEY: seals the gateway's own page cursors (the FHIR export's `next` links), as it does each service's. */
  cursorKey: string;
}

const NAMESPACE = /^[A-Za-z0-9_-]*$/;

/** The EVENTS stream keeps a domain event 7 days unless EVENTS_MAX_AGE_HOURS says otherwise. */
export const DEFAULT_EVENTS_MAX_AGE_HOURS = 168;

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
    auditOutboxDir: str(env, 'AUDIT_OUTBOX_DIR', '.data/audit-outbox'),
    instanceId: str(env, 'INSTANCE_ID', `${process.pid}-${randomBytes(3).toString('hex')}`),
    logLevel: str(env, 'LOG_LEVEL', 'info'),
    auditStream: auditStream(env, nodeEnv),
    eventsStream: { maxAgeHours: int(env, 'EVENTS_MAX_AGE_HOURS', DEFAULT_EVENTS_MAX_AGE_HOURS, 1) },
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
  // In production a service never logs in as the admin who owns everything (docs/security.md, database roles).
  if (env.NODE_ENV === 'production' && !env[`${upper}_DATABASE_URL`]) {
    throw new ConfigError(`${upper}_DATABASE_URL is required in production: the service logs in as its own database role`);
  }
  return {
    ...loadBaseConfig(env),
    databaseUrl: str(env, `${upper}_DATABASE_URL`, str(env, 'DATABASE_URL', 'postgresql://root@127.0.0.1:5432/patient_graph')),
    dbSchema: str(env, `${upper}_DB_SCHEMA`, schema),
    dbPoolMax: int(env, 'DB_POOL_MAX', 10, 1),
    bootstrapAdminSubject: bootstrapSubject(env),
    contextKeys: contextPublicKeys(env),
    cursorKey: cursorKey(env),
    retentionPurgeIntervalMs: int(env, 'RETENTION_PURGE_INTERVAL_MINUTES', 1440, 0) * 60_000,
  };
}

function cursorKey(env: Env): string {
  const key = env.CURSOR_KEY || (env.NODE_ENV === 'production' ? undefined : 'dev-only-cursor-key-change-me-0123456789');
  if (!key) throw new ConfigError('CURSOR_KEY is required in production: page cursors are sealed with it');
  if (key.length < 32) throw new ConfigError('CURSOR_KEY must be at least 32 characters');
  return key;
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
    identities: loadIdentitiesSettings(env),
    fhirImportSubject: fhirImportSubjectOf(env),
  };
}

/** labs-svc's own settings (docs/labs.md). */
export interface LabsSettings {
  /** LABS_PARSE_ACK_WAIT_MS: how long a parse job may go without a heartbeat before JetStream hands it to another worker. */
  parseAckWaitMs: number;
  /**
   * LABS_PARSE_TIME_LIMIT_MS: how long one report may take to read (on its own thread, from the moment the thread has
   * the reader loaded; building the catalog counts) before the read is stopped and the report fails ("not read within
   * N s"). At least 1 s; a 3-page PDF reads in about 50 ms.
   */
  parseTimeLimitMs: number;
  /** LABS_ORPHAN_AFTER_MS: an original in the object store that no report took this long after its upload is deleted. */
  orphanAfterMs: number;
  /** Delays that let tests reach a slow parse or a slow upload; honoured only with NODE_ENV=test (0 otherwise). */
  testDelays: { parseMs: number; createMs: number };
  /**
   * HL7_FACILITY_TIME_ZONES: JSON object, sending facility (HL7 MSH-4) → IANA time zone, e.g.
   * `{"ACME LAB":"America/Chicago"}`. HL7 times without an offset from a listed facility are read in its zone;
   * from any other, as UTC with a parse warning.
   */
  hl7FacilityTimeZones: Readonly<Record<string, string>>;
}

export interface LabsServiceConfig extends ServiceConfig {
  labs: LabsSettings;
  /** Vendor connections and sync (libs/config/src/wearable-sync.ts). */
  wearableSync: WearableSyncSettings;
}

export function loadLabsSettings(env: Env = process.env): LabsSettings {
  const test = str(env, 'NODE_ENV', 'development') === 'test';
  return {
    parseAckWaitMs: int(env, 'LABS_PARSE_ACK_WAIT_MS', 60_000, 1000),
    parseTimeLimitMs: int(env, 'LABS_PARSE_TIME_LIMIT_MS', 30_000, 1000),
    orphanAfterMs: int(env, 'LABS_ORPHAN_AFTER_MS', 30 * 60_000, 1000),
    testDelays: {
      parseMs: test ? int(env, 'LABS_PARSE_TEST_DELAY_MS', 0, 0) : 0,
      createMs: test ? int(env, 'LABS_CREATE_TEST_DELAY_MS', 0, 0) : 0,
    },
    hl7FacilityTimeZones: facilityTimeZones(env),
  };
}

export function loadLabsServiceConfig(env: Env = process.env): LabsServiceConfig {
  return { ...loadServiceConfig('labs', env), labs: loadLabsSettings(env), wearableSync: wearableSyncSettings(env) };
}

/** The wearable sync settings, their errors reported as every other config error. */
function wearableSyncSettings(env: Env): WearableSyncSettings {
  try {
    return loadWearableSyncSettings(env);
  } catch (err) {
    if (err instanceof WearableConfigError) throw new ConfigError(err.message);
    throw err;
  }
}

/** The development default of RIMO_WEBHOOK_SECRET (never accepted in production). */
export const DEV_RIMO_WEBHOOK_SECRET = 'dev-only-rimo-webhook-secret-change-me-0123456789';

/** treatments-svc's settings for the Rimo Health partner (docs/treatments.md). */
export interface RimoSettings {
  /**
   * RIMO_WEBHOOK_SECRET, and during a rotation RIMO_WEBHOOK_SECRET_PREVIOUS: a delivery signed with either is taken.
   * Only treatments-svc holds them (the gateway forwards the raw body and headers); required in production.
   */
  webhookSecrets: string[];
  /**
   * TREATMENTS_SERVICE_SUBJECT and TREATMENTS_SERVICE_SECRET: treatments-svc's own service principal (scope
   * `profiles:read`), with which it resolves the partner's patient ids at profiles-svc (InternalClient). Without
   * them no patient resolves and every event is parked until they are set and the events replayed.
   * TREATMENTS_SERVICE_SECRET_FILE instead of the secret: a file holding it, read when a credential is needed (a
   * mounted secret that is rotated, or written once the principal exists).
   */
  serviceCredential?: { subject: string; secret?: string; secretFile?: string };
}

export function loadRimoSettings(env: Env = process.env): RimoSettings {
  const production = env.NODE_ENV === 'production';
  const current = env.RIMO_WEBHOOK_SECRET || (production ? undefined : DEV_RIMO_WEBHOOK_SECRET);
  if (!current) throw new ConfigError('RIMO_WEBHOOK_SECRET is required in production: partner webhooks are checked with it');
  const secrets = [current, ...(env.RIMO_WEBHOOK_SECRET_PREVIOUS ? [env.RIMO_WEBHOOK_SECRET_PREVIOUS] : [])];
  if (production && secrets.some((x) => x.length < 32)) throw new ConfigError('RIMO_WEBHOOK_SECRET(_PREVIOUS) must be at least 32 characters');
  const subject = env.TREATMENTS_SERVICE_SUBJECT;
  const secret = env.TREATMENTS_SERVICE_SECRET;
  const secretFile = env.TREATMENTS_SERVICE_SECRET_FILE;
  if (Boolean(subject) !== Boolean(secret || secretFile)) {
    throw new ConfigError('TREATMENTS_SERVICE_SUBJECT goes with TREATMENTS_SERVICE_SECRET or TREATMENTS_SERVICE_SECRET_FILE');
  }
  return { webhookSecrets: secrets, ...(subject ? { serviceCredential: { subject, ...(secret ? { secret } : { secretFile }) } } : {}) };
}

/**
 * The subject of profiles-svc's service principal as `npm start` provisions it: the one caller whose FHIR imports
 * identity-svc lets match over every patient and treatments-svc lets write protocols (docs/rbac.md, "FHIR import"),
 * when PROFILES_SERVICE_SUBJECT does not name another.
 */
export const DEFAULT_PROFILES_SERVICE_SUBJECT = 'service:profiles-svc';

/** PROFILES_SERVICE_SUBJECT as identity-svc and treatments-svc check FHIR imports against it. */
const fhirImportSubjectOf = (env: Env) => env.PROFILES_SERVICE_SUBJECT || DEFAULT_PROFILES_SERVICE_SUBJECT;

export interface TreatmentsServiceConfig extends ServiceConfig {
  rimo: RimoSettings;
  /**
   * PROFILES_SERVICE_SUBJECT: the subject of profiles-svc's service principal, the one caller whose FHIR imports
   * write protocols here (with scope `protocols:import`, docs/rbac.md). Unset: `service:profiles-svc`, as `npm start`
   * and the docs name it.
   */
  fhirImportSubject?: string;
}

export function loadTreatmentsServiceConfig(env: Env = process.env): TreatmentsServiceConfig {
  return { ...loadServiceConfig('treatments', env), rimo: loadRimoSettings(env), fhirImportSubject: fhirImportSubjectOf(env) };
}

/**
 * profiles-svc's FHIR import (docs/fhir.md "Import"): PROFILES_SERVICE_SUBJECT with PROFILES_SERVICE_SECRET (or
 * PROFILES_SERVICE_SECRET_FILE) is profiles-svc's own service principal (scopes `labs:write wearables:write
 * identities:import`), with which the import saga asks identity-svc's matcher who the bundle's patient is and labs-svc
 * to write (or undo) its part, on behalf of the imported patient. Without them an
 * import whose bundle has a lab part is rolled back with that reason; one without a lab part completes.
 */
export interface FhirImportSettings {
  serviceCredential?: { subject: string; secret?: string; secretFile?: string };
}

export function loadFhirImportSettings(env: Env = process.env): FhirImportSettings {
  const subject = env.PROFILES_SERVICE_SUBJECT;
  const secret = env.PROFILES_SERVICE_SECRET;
  const secretFile = env.PROFILES_SERVICE_SECRET_FILE;
  if (Boolean(subject) !== Boolean(secret || secretFile)) {
    throw new ConfigError('PROFILES_SERVICE_SUBJECT goes with PROFILES_SERVICE_SECRET or PROFILES_SERVICE_SECRET_FILE');
  }
  return subject ? { serviceCredential: { subject, ...(secret ? { secret } : { secretFile }) } } : {};
}

export interface ProfilesServiceConfig extends ServiceConfig {
  fhirImport: FhirImportSettings;
}

export function loadProfilesServiceConfig(env: Env = process.env): ProfilesServiceConfig {
  return { ...loadServiceConfig('profiles', env), fhirImport: loadFhirImportSettings(env) };
}

/** audit-svc: the service config plus how it keeps the trail (docs/audit.md). */
export interface AuditServiceConfig extends ServiceConfig {
  audit: {
    /** AUDIT_SIGNING_KEY_FILE: PEM Ed25519 private key signing chain checkpoints. Required in production. */
    signingKeyFile?: string;
    /** AUDIT_VERIFY_KEYS_DIR: PEM public keys of retired signing keys, whose checkpoints verification still accepts. */
    verifyKeysDir?: string;
    /** AUDIT_VERIFY_MAX_EVENTS: most events one `GET /v1/audit/verify` checks; more is a job. */
    verifyMaxEvents: number;
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
  const verifyKeysDir = env.AUDIT_VERIFY_KEYS_DIR || undefined;
  return {
    ...service,
    audit: {
      ...(signingKeyFile ? { signingKeyFile } : {}),
      ...(verifyKeysDir ? { verifyKeysDir } : {}),
      verifyMaxEvents: int(env, 'AUDIT_VERIFY_MAX_EVENTS', 100_000, 1),
      checkpointEvery: int(env, 'AUDIT_CHECKPOINT_EVERY', 1000, 1),
      checkpointIntervalMs: int(env, 'AUDIT_CHECKPOINT_INTERVAL_MS', 60_000, 100),
      writerRole,
      ackWaitMs: int(env, 'AUDIT_CONSUMER_ACK_WAIT_MS', 30_000, 1000),
    },
  };
}

function facilityTimeZones(env: Env): Record<string, string> {
  const raw = env.HL7_FACILITY_TIME_ZONES;
  if (raw === undefined || raw.trim() === '') return {};
  const usage = 'HL7_FACILITY_TIME_ZONES must be a JSON object of sending facility → IANA time zone, e.g. {"ACME LAB":"America/Chicago"}';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(usage);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError(usage);
  const out: Record<string, string> = {};
  for (const [facility, zone] of Object.entries(parsed)) {
    if (!facility.trim() || typeof zone !== 'string') throw new ConfigError(usage);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      throw new ConfigError(`HL7_FACILITY_TIME_ZONES: "${zone}" (for ${facility}) is not an IANA time zone`);
    }
    out[facility] = zone;
  }
  return out;
}

/** The INSERT-and-SELECT role of an audit schema, as its migration creates it. */
export function auditWriterRole(schema: string): string {
  return roleName(schema, 'writer');
}

/** A role name derived from a schema: lower case, [a-z0-9_], at most 63 bytes (PostgreSQL's limit). */
function roleName(schema: string, suffix: string): string {
  return `${schema.toLowerCase().replace(/[^a-z0-9_]/g, '_').slice(0, 63 - suffix.length - 1)}_${suffix}`;
}

/** Owns a service's schema and everything in it; NOLOGIN: migrations act as it (docs/security.md, database roles). */
export function dbOwnerRole(schema: string): string {
  return roleName(schema, 'owner');
}

/** The login role a domain service connects as: DML on its own schema's tables, owns nothing. */
export function dbAppRole(schema: string): string {
  return roleName(schema, 'app');
}

/**
 * What `npm start` and `npm run migrate` need to give a service its own database roles. `adminUrl` (DATABASE_URL)
 * creates the roles and runs the migrations (acting as `ownerRole`); the service logs in with `appUrl`:
 * `<SCHEMA>_DATABASE_URL` when set (its user is the app role, its password the role's password), otherwise
 * DATABASE_URL with the app role as user and no password (enough where PostgreSQL trusts local connections).
 */
export interface ServiceDbRoles {
  schema: string;
  adminUrl: string;
  ownerRole: string;
  appRole: string;
  appPassword?: string;
  appUrl: string;
  /** `append-only`: SELECT and INSERT (audit-svc); `read-write`: SELECT, INSERT, UPDATE, DELETE. */
  access: 'read-write' | 'append-only';
}

export function loadServiceDbRoles(schema: string, access: ServiceDbRoles['access'], env: Env = process.env): ServiceDbRoles {
  const upper = schema.toUpperCase();
  const dbSchema = str(env, `${upper}_DB_SCHEMA`, schema);
  const adminUrl = str(env, 'DATABASE_URL', 'postgresql://root@127.0.0.1:5432/patient_graph');
  const ownerRole = dbOwnerRole(dbSchema);
  const defaultApp = access === 'append-only' ? auditWriterRole(dbSchema) : dbAppRole(dbSchema);
  const own = env[`${upper}_DATABASE_URL`];
  if (own) {
    let u: URL;
    try {
      u = new URL(own);
    } catch {
      throw new ConfigError(`${upper}_DATABASE_URL is not a URL`);
    }
    const appRole = decodeURIComponent(u.username);
    if (!appRole || appRole === decodeURIComponent(new URL(adminUrl).username)) {
      throw new ConfigError(`${upper}_DATABASE_URL must log in as the service's own role (e.g. ${defaultApp}), not as DATABASE_URL's user`);
    }
    return { schema: dbSchema, adminUrl, ownerRole, appRole, appPassword: u.password ? decodeURIComponent(u.password) : undefined, appUrl: own, access };
  }
  return { schema: dbSchema, adminUrl, ownerRole, appRole: defaultApp, appUrl: roleUrl(adminUrl, defaultApp), access };
}

/** `url` logging in as `role` (with `password`, or none). */
export function roleUrl(url: string, role: string, password?: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(role);
  u.password = password ? encodeURIComponent(password) : '';
  return u.toString();
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
    redisUrl: redisUrl(env, base.env),
    redisKeyPrefix: str(env, 'REDIS_KEY_PREFIX', `pg:${base.natsNamespace || 'default'}:`),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1048576, 1024),
    idempotency: {
      ttlMs: int(env, 'IDEMPOTENCY_TTL_MS', 24 * 3600_000, 1000),
      waitMs: int(env, 'IDEMPOTENCY_WAIT_MS', int(env, 'RPC_TIMEOUT_MS', 5000, 100) + 1000, 0),
    },
    contextSigningKey: gatewaySigningKey(env),
    cursorKey: cursorKey(env),
  };
}

function redisUrl(env: Env, nodeEnv: BaseConfig['env']): string | undefined {
  const url = env.REDIS_URL || undefined;
  // Without Redis, Idempotency-Key records and throttle counters are per process: a retry that reaches another
  // replica, or comes after a restart, would run twice.
  if (!url && nodeEnv === 'production') throw new ConfigError('REDIS_URL is required in production: idempotency keys and throttle counters must be shared by every gateway replica');
  return url;
}

function gatewaySigningKey(env: Env): string {
  const key = onePem(env, 'CONTEXT_GATEWAY_PRIVATE_KEY', 'PRIVATE');
  if (!key) throw new ConfigError('CONTEXT_GATEWAY_PRIVATE_KEY is required: the gateway signs user contexts with it');
  return key;
}
export * from './logger.js';
