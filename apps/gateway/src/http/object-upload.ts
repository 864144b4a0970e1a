import { createHash, randomUUID } from 'node:crypto';
import { Readable, Transform, pipeline } from 'node:stream';
import type { ObjectStore } from '@nats-io/obj';
import { DomainException } from '@pg/contracts';

/** A file name safe to echo in a header and to store: no paths, no control characters. */
export function safeFileName(name: string | undefined): string | undefined {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\p{Cc}"]/gu, '').trim().slice(0, 255);
  return base || undefined;
}

export { lazyObjectStore } from '@pg/messaging';

export interface StreamOptions {
  maxBytes: number;
  tooLarge: () => DomainException;
  /** The bytes the file must start with (the bytes decide, not the name or the declared type). */
  magic?: { bytes: Buffer; failure: () => DomainException };
  /** Refuse an empty file with this error. */
  empty?: () => DomainException;
}

/**
 * Bytes per chunk of an object the gateway stores (uploads of every kind): each chunk is one acknowledged publish the
 * upload waits for and one message on each read, so a 7 MB export is 14 of them instead of 55 at the store's default
 * 128 KiB; 512 KiB stays well under NATS's 1 MB message limit.
 */
export const OBJECT_CHUNK_BYTES = 512 * 1024;

/**
 * A multipart file streamed into the object store chunk by chunk, never held whole: hashed and counted as it goes
 * (over `maxBytes` → `tooLarge()`), its first bytes checked against `magic`. On any failure the object is deleted
 * and the failure thrown.
 */
export async function streamIntoStore(os: ObjectStore, file: Readable, opts: StreamOptions): Promise<{ object: string; size: number; sha256: string }> {
  const { maxBytes, tooLarge, magic } = opts;
  let head = Buffer.alloc(0);
  let size = 0;
  let failure: DomainException | undefined;
  const hash = createHash('sha256');
  const check = new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (magic && head.length < magic.bytes.length) {
        head = Buffer.concat([head, chunk]).subarray(0, magic.bytes.length);
        if (head.length === magic.bytes.length && !head.equals(magic.bytes)) {
          failure = magic.failure();
          return done(failure);
        }
      }
      size += chunk.length;
      if (size > maxBytes) {
        failure = tooLarge();
        return done(failure);
      }
      hash.update(chunk);
      done(null, chunk);
    },
    flush(done) {
      if (magic && !head.equals(magic.bytes)) {
        failure = magic.failure();
        return done(failure);
      }
      done();
    },
  });
  pipeline(file, check, (err) => {
    if (err && !failure) failure = err instanceof DomainException ? err : DomainException.validation([{ field: 'file', message: 'The upload was interrupted' }]);
  });
  const object = randomUUID();
  try {
    await os.put({ name: object, options: { max_chunk_size: OBJECT_CHUNK_BYTES } }, Readable.toWeb(check) as ReadableStream<Uint8Array>);
  } catch (err) {
    file.resume();
    await os.delete(object).catch(() => undefined);
    if (failure) throw failure;
    throw err;
  }
  if (!failure && size === 0 && opts.empty) failure = opts.empty();
  if (failure) {
    await os.delete(object).catch(() => undefined);
    throw failure;
  }
  return { object, size, sha256: hash.digest('hex') };
}
