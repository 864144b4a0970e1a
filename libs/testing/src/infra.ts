import { generateKeyPairSync, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connect, NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { ActorContext, Role } from '@pg/contracts';
import { auditWriterRole, dbAppRole, dbOwnerRole, loadIdentityServiceConfig, loadServiceConfig, type IdentityServiceConfig, ServiceConfig } from '@pg/config';
import {
  ActorContextSigner, ensureStreams, GATEWAY_ACTOR, NatsNamespace, NatsRpcClient, ServiceCredentialHolder, ServiceCredentialSigner, type RequestSigner,
} from '@pg/messaging';
import { ensureDatabase } from '@pg/persistence';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://root@127.0.0.1:5432/patient_graph_test';
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export const uniqueSuffix = () => randomBytes(4).toString('hex');

/**
 * Advisory lock between test files: schema drops take it shared, schema diffs (`schemaDiff`) exclusive. MikroORM's
 * introspection reads the catalog across schemas in several queries; a schema dropped in between fails it with
 * `schema … does not exist` or `could not open relation with OID …`.
 */
export const SCHEMA_DDL_LOCK = 0x50475343;

export async function dropSchema(schema: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock_shared($1)', [SCHEMA_DDL_LOCK]);
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

export async function dropRole(role: string, url = TEST_DATABASE_URL): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Grants and default privileges it still holds in this database go first, or DROP ROLE refuses.
    const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
    if (rowCount) await client.query(`drop owned by "${role}"`).catch(() => undefined);
    await client.query(`drop role if exists "${role}"`);
  } finally {
    await client.end();
  }
}

/**
 * One test file's world: its own Postgres schema(s) and its own NATS namespace (so streams, subjects and
 * queue groups never meet another file's). `env` is what the apps under test read as their environment.
 */
export interface TestWorld {
  namespace: string;
  env: Record<string, string>;
  ns: NatsNamespace;
  /** Signs as the gateway would (user contexts) and, for a service actor, as identity-svc plus its holder would. */
  signer: TestWorldSigner;
  /** The world's key pairs: the gateway's and identity-svc's (the apps under test get the public halves via env). */
  keys: { gateway: PemPair; identity: PemPair };
  serviceConfig(schema: string): ServiceConfig;
  identityConfig(): IdentityServiceConfig;
}

export interface PemPair {
  privateKey: string;
  publicKey: string;
}

function ed25519Pair(): PemPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, publicKey: publicKey.export({ type: 'spki', format: 'pem' }) as string };
}

/**
 * What tests sign requests with. A user context (and the gateway's own actor) is signed with the world's gateway
 * key, as the gateway does. A service actor gets what an internal caller would send: a credential signed with the
 * world's identity key carrying the actor's scopes and patient, and a proof by a holder key.
 */
export class TestWorldSigner implements RequestSigner {
  readonly gateway: ActorContextSigner;
  readonly identity: ServiceCredentialSigner;
  private readonly holder: { privateKey: KeyObject; publicKey: KeyObject } = generateKeyPairSync('ed25519');

  constructor(keys: { gateway: PemPair; identity: PemPair }) {
    this.gateway = new ActorContextSigner(keys.gateway.privateKey);
    this.identity = new ServiceCredentialSigner(keys.identity.privateKey);
  }

  /** The gateway's signature: `{ encoded, signature }` for the actor and signature headers. */
  sign(actor: ActorContext, requestId: string, pattern: string, now = Date.now()): { encoded: string; signature: string } {
    return this.gateway.sign(actor, requestId, pattern, now);
  }

  headers(actor: ActorContext, requestId: string, pattern: string): Record<string, string> {
    if (actor.kind !== 'service' || actor.principalId === GATEWAY_ACTOR.principalId) return this.gateway.headers(actor, requestId, pattern);
    const { token } = this.identity.issue(
      { principalId: actor.principalId, subject: actor.subject, scopes: actor.scopes ?? [], ...(actor.onBehalfOf ? { onBehalfOf: actor.onBehalfOf } : {}) },
      this.holder.publicKey,
      60,
    );
    return new ServiceCredentialHolder(token, this.holder.privateKey, actor.purposeOfUse).headersFor(requestId, pattern);
  }
}

export async function createTestWorld(extraEnv: Record<string, string> = {}): Promise<TestWorld> {
  await ensureDatabase(TEST_DATABASE_URL);
  const suffix = uniqueSuffix();
  const namespace = `t${suffix}`;
  const keys = { gateway: ed25519Pair(), identity: ed25519Pair() };
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    NATS_URL: TEST_NATS_URL,
    NATS_NAMESPACE: namespace,
    CONTEXT_GATEWAY_PUBLIC_KEY: keys.gateway.publicKey,
    CONTEXT_IDENTITY_PUBLIC_KEY: keys.identity.publicKey,
    // The private halves: startSystem gives each to its one app only (the gateway, identity-svc).
    CONTEXT_GATEWAY_PRIVATE_KEY: keys.gateway.privateKey,
    CONTEXT_IDENTITY_PRIVATE_KEY: keys.identity.privateKey,
    LOG_LEVEL: 'warn',
    PROFILES_DB_SCHEMA: `profiles_${suffix}`,
    IDENTITY_DB_SCHEMA: `identity_${suffix}`,
    LABS_DB_SCHEMA: `labs_${suffix}`,
    TREATMENTS_DB_SCHEMA: `treatments_${suffix}`,
    AUDIT_DB_SCHEMA: `audit_${suffix}`,
    // Audit outcome corrections not yet acknowledged are parked here (per world, never in the repository's .data).
    AUDIT_OUTBOX_DIR: join(tmpdir(), `pg-audit-outbox-${suffix}`),
    ...extraEnv,
  };
  const ns = new NatsNamespace(namespace);
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    await ensureStreams(nc, ns, { storage: 'file' });
  } finally {
    await nc.close();
  }
  return {
    namespace,
    env,
    ns,
    signer: new TestWorldSigner(keys),
    keys,
    serviceConfig: (schema: string) => loadServiceConfig(schema, env),
    identityConfig: () => loadIdentityServiceConfig(env),
  };
}

/** Deletes the world's streams and schemas. */
export async function destroyTestWorld(world: TestWorld): Promise<void> {
  const nc = await connect({ servers: TEST_NATS_URL });
  try {
    const jsm = await jetstreamManager(nc);
    // Every stream of the world: AUDIT, EVENTS and whatever services created (work queues, object stores).
    const prefix = world.ns.stream('');
    const names: string[] = [];
    for await (const name of jsm.streams.names()) if (name.startsWith(prefix) || name.startsWith(`OBJ_${prefix}`)) names.push(name);
    for (const name of names) await jsm.streams.delete(name).catch(() => undefined);
  } finally {
    await nc.close();
  }
  for (const key of Object.keys(world.env).filter((k) => k.endsWith('_DB_SCHEMA'))) await dropSchema(world.env[key]!);
  // Roles outlive their schema (they are cluster-wide): drop each schema's owner and login roles too.
  await dropWorldRoles(world);
}

/** Every database role a world's schemas may have: `<schema>_owner`, `<schema>_app`, audit's `<schema>_writer`. */
export async function dropWorldRoles(world: Pick<TestWorld, 'env'>): Promise<void> {
  for (const key of Object.keys(world.env).filter((k) => k.endsWith('_DB_SCHEMA'))) {
    const schema = world.env[key]!;
    for (const role of new Set([dbAppRole(schema), auditWriterRole(schema), dbOwnerRole(schema)])) await dropRole(role);
  }
}

export async function rpcClient(world: TestWorld, timeoutMs = 5000): Promise<NatsRpcClient> {
  return NatsRpcClient.connect(TEST_NATS_URL, world.ns, world.signer, 'test-client', timeoutMs);
}

/** An actor context as the gateway would resolve it. */
export function actor(roles: Role[], extra: Partial<ActorContext> = {}): ActorContext {
  return {
    principalId: randomUUID(),
    subject: `test|${uniqueSuffix()}`,
    kind: roles.includes('service') ? 'service' : 'user',
    roles,
    careTeam: [],
    purposeOfUse: 'treatment',
    ...extra,
  };
}

export async function natsConnection(): Promise<NatsConnection> {
  return connect({ servers: TEST_NATS_URL });
}
