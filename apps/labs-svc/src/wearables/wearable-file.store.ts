import { Inject, Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { ObjectInfo, ObjectStore } from '@nats-io/obj';
import { JETSTREAM } from '@pg/audit';
import { WEARABLE_FILES_BUCKET } from '@pg/contracts';
import { lazyObjectStore, NatsNamespace } from '@pg/messaging';

/**
 * Uploaded wearable exports: a JetStream object store bucket of their own (the gateway streams each upload in; an
 * export may be 100 MB). labs-svc streams the original back out of it while importing, never holding it whole.
 */
@Injectable()
export class WearableFileStore {
  readonly store: () => Promise<ObjectStore>;

  constructor(@Inject(JETSTREAM) js: JetStreamClient, ns: NatsNamespace) {
    this.store = lazyObjectStore(js, ns.stream(WEARABLE_FILES_BUCKET), 'Uploaded wearable and CGM exports');
  }

  async info(name: string): Promise<ObjectInfo | null> {
    return (await this.store()).info(name);
  }

  /** The original as a stream of chunks, or null when it is not there. */
  async open(name: string): Promise<Readable | null> {
    const obj = await (await this.store()).get(name);
    return obj ? Readable.fromWeb(obj.data as never) : null;
  }
}

/** The first `bytes` of a stream (for detection) and a stream that still yields everything from the first byte. */
export async function peekHead(stream: Readable, bytes: number): Promise<{ head: string; stream: Readable }> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const taken: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await it.next();
    if (next.done) {
      done = true;
      break;
    }
    taken.push(next.value);
    size += next.value.length;
  }
  const headBuf = Buffer.concat(taken);
  async function* replay(): AsyncGenerator<Buffer> {
    yield headBuf;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  }
  // A multi-byte character cut at the end of the head decodes as U+FFFD: detection reads names, not the last byte.
  return { head: headBuf.subarray(0, bytes).toString('utf8'), stream: Readable.from(replay()) };
}
