import type { JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Objm, StorageType, type ObjectStore } from '@nats-io/obj';

/** The JetStream object store `bucket`, created on first use; a failed creation is retried by the next call. */
export function lazyObjectStore(nc: NatsConnection | JetStreamClient, bucket: string, description: string): () => Promise<ObjectStore> {
  let store: Promise<ObjectStore> | undefined;
  return () => {
    store ??= new Objm(nc).create(bucket, { storage: StorageType.File, description }).catch((err: unknown) => {
      store = undefined;
      throw err;
    });
    return store;
  };
}
