import { createHash, randomUUID } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { Objm, StorageType } from '@nats-io/obj';
import type { NatsConnection } from '@nats-io/transport-node';
import { LABS_JOBS } from '@pg/contracts';
import type { TestWorld } from '@pg/testing';

/** Puts a JSON lab report into the world's object store as the gateway would: the `upload` of `labs.report.create`. */
export async function putJsonUpload(nc: NatsConnection, world: TestWorld, body: object) {
  const bytes = Buffer.from(JSON.stringify(body));
  const os = await new Objm(nc).create(world.ns.stream(LABS_JOBS.fileBucket), { storage: StorageType.File });
  const object = randomUUID();
  await os.putBlob({ name: object }, bytes);
  return { object, kind: 'json', contentType: 'application/json', size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Removes the world's labs job stream and file bucket (destroyTestWorld removes AUDIT and EVENTS only). */
export async function deleteLabsStreams(nc: NatsConnection, world: TestWorld): Promise<void> {
  const jsm = await jetstreamManager(nc);
  for (const s of [world.ns.stream(LABS_JOBS.stream), `OBJ_${world.ns.stream(LABS_JOBS.fileBucket)}`]) await jsm.streams.delete(s).catch(() => undefined);
}
