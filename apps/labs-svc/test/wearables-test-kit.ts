import { createHash, randomUUID } from 'node:crypto';
import type { INestMicroservice } from '@nestjs/common';
import pg from 'pg';
import { jetstreamManager } from '@nats-io/jetstream';
import { Objm, StorageType } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import { LABS, WEARABLE_FILES_BUCKET, WEARABLE_JOBS, type ActorContext, type WearableImportDto, type WearableUploadDto } from '@pg/contracts';
import { loadLabsServiceConfig } from '@pg/config';
import { startService, type NatsRpcClient } from '@pg/messaging';
import { actor, createTestWorld, destroyTestWorld, migrateAsServiceRole, natsConnection, rpcClient, TEST_DATABASE_URL, type TestWorld } from '@pg/testing';
import { LabsModule, SERVICE_NAME } from '../src/labs.module.js';
import { labsOrmOptions } from '../src/mikro-orm.config.js';

/** labs-svc running as its service role in a world of its own, with a NATS connection and a root DB client. */
export interface LabsHarness {
  world: TestWorld;
  app: INestMicroservice;
  rpc: NatsRpcClient;
  nc: NatsConnection;
  db: pg.Client;
  schema: string;
  /** Closes everything and removes the world's wearable file bucket and job stream (and the streams asked for). */
  stop(): Promise<void>;
}

/** `alsoRemove`: more of the world's streams the spec's traffic makes (object stores as `OBJ_<bucket>`), removed by stop(). */
export async function startLabsHarness(opts: { rpcTimeoutMs?: number; alsoRemove?: (world: TestWorld) => string[] } = {}): Promise<LabsHarness> {
  const h: Partial<LabsHarness> = {};
  const stop = async () => {
    await h.db?.end();
    await h.rpc?.close();
    await h.app?.close();
    if (h.nc && h.world) {
      const jsm = await jetstreamManager(h.nc);
      const streams = [`OBJ_${h.world.ns.stream(WEARABLE_FILES_BUCKET)}`, h.world.ns.stream(WEARABLE_JOBS.stream), ...(opts.alsoRemove?.(h.world) ?? [])];
      for (const s of streams) await jsm.streams.delete(s).catch(() => undefined);
    }
    await h.nc?.close();
    if (h.world) await destroyTestWorld(h.world);
  };
  try {
    h.world = await createTestWorld();
    const env = await migrateAsServiceRole(h.world, 'labs', 'read-write', labsOrmOptions);
    const config = loadLabsServiceConfig(env);
    h.schema = config.dbSchema;
    h.nc = await natsConnection();
    h.app = await startService(SERVICE_NAME, LabsModule.forRoot(config) as never, config, { logger: false });
    h.rpc = await rpcClient(h.world, opts.rpcTimeoutMs ?? 30_000);
    h.db = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await h.db.connect();
  } catch (err) {
    await stop().catch(() => undefined);
    throw err;
  }
  return { ...(h as Omit<LabsHarness, 'stop'>), stop };
}

const patientActor = (patientId: string) => actor(['patient'], { patientId });

/** Wearable imports as the gateway and the patient make them, against the harness `get()` returns at call time. */
export function wearableImports(get: () => Pick<LabsHarness, 'nc' | 'world' | 'rpc'>) {
  /** What the gateway does with an upload: the bytes into the wearable bucket, then the request with the object name. */
  async function stored(bytes: Uint8Array, fileName = 'export'): Promise<WearableUploadDto> {
    const { nc, world } = get();
    const os = await new Objm(nc).create(world.ns.stream(WEARABLE_FILES_BUCKET), { storage: StorageType.File });
    const object = randomUUID();
    await os.putBlob({ name: object }, bytes);
    return { object, contentType: 'application/octet-stream', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), fileName };
  }

  /** Queues the import of a file (what the gateway asks for): the answer is the queued job. */
  async function queueImport(patientId: string, bytes: Uint8Array | string, timeZone?: string, who: ActorContext = patientActor(patientId)): Promise<WearableImportDto> {
    const upload = await stored(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    return get().rpc.request<WearableImportDto>(LABS.wearableImportCreate, { patientId, upload, ...(timeZone ? { timeZone } : {}) }, who);
  }

  /** Reads an import as the patient until it has ended (the worker runs in the service), with a deadline. */
  async function ended(patientId: string, importId: string, deadlineMs = 30_000): Promise<WearableImportDto> {
    const deadline = Date.now() + deadlineMs;
    for (;;) {
      const imp = await get().rpc.request<WearableImportDto>(LABS.wearableImportGet, { patientId, importId }, patientActor(patientId));
      if (imp.status === 'completed' || imp.status === 'failed') return imp;
      if (Date.now() > deadline) throw new Error(`import still ${imp.status}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Queues an import and waits for it to end. */
  async function importFile(patientId: string, bytes: Uint8Array | string, timeZone?: string, who: ActorContext = patientActor(patientId), deadlineMs?: number): Promise<WearableImportDto> {
    const queued = await queueImport(patientId, bytes, timeZone, who);
    expect(queued.status).toBe('queued');
    return ended(patientId, queued.id, deadlineMs);
  }

  return { stored, queueImport, ended, importFile };
}
