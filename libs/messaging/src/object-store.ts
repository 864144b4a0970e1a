import type { JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Objm, setSha256Backend, StorageType, type ObjectStore } from '@nats-io/obj';

// The object store hashes every chunk put and got (SHA-256). Its default is a pure-JS hash (browser-safe), which cost
// ~15 ms of CPU per megabyte on each side, on the event loop; node:crypto's is native. Process-wide, set before any store.
setSha256Backend('native');

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
