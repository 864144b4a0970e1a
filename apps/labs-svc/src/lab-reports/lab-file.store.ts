import { Inject, Injectable } from '@nestjs/common';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { ObjectInfo, ObjectStore } from '@nats-io/obj';
import { JETSTREAM } from '@pg/audit';
import { LABS_JOBS } from '@pg/contracts';
import { lazyObjectStore, NatsNamespace } from '@pg/messaging';

/**
 * The originals: a JetStream object store bucket (file storage) per namespace. The gateway writes each upload in
 * chunks (a PDF may be 20 MB, a NATS message 1 MB); labs-svc checks it, parses it and keeps it there, and the
 * gateway streams it back from there when someone downloads it.
 */
@Injectable()
export class LabFileStore {
  /** Opens the bucket, creating it the first time (idempotent). */
  readonly store: () => Promise<ObjectStore>;

  constructor(@Inject(JETSTREAM) js: JetStreamClient, ns: NatsNamespace) {
    this.store = lazyObjectStore(js, ns.stream(LABS_JOBS.fileBucket), 'Uploaded lab report originals');
  }

  async info(name: string): Promise<ObjectInfo | null> {
    return (await this.store()).info(name);
  }

  /** Every object's info (the orphan sweep). */
  async list(): Promise<ObjectInfo[]> {
    return (await this.store()).list();
  }

  async remove(name: string): Promise<void> {
    await (await this.store()).delete(name);
  }

  /** The whole object (originals are at most 20 MB), or null when it is not there. */
  async read(name: string): Promise<Uint8Array | null> {
    return (await this.store()).getBlob(name);
  }
}

/** The object store's digest (`SHA-256=<base64url>`) as hex, to compare with the gateway's. */
export function digestHex(info: ObjectInfo): string | null {
  const m = /^SHA-256=(.+)$/i.exec(info.digest ?? '');
  return m ? Buffer.from(m[1]!, 'base64url').toString('hex') : null;
}
