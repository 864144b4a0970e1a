import { Readable, pipeline } from 'node:stream';
import parser from 'stream-json';
import pick from 'stream-json/filters/pick.js';
import streamValues from 'stream-json/streamers/stream-values.js';

/** One entry of a Bundle as sent: its fullUrl, the resource, and (transaction) the request. */
export interface BundleEntry {
  fullUrl?: string;
  resource?: FhirResource;
  request?: { method?: string; url?: string; ifNoneExist?: string };
}
export interface FhirResource {
  resourceType: string;
  id?: string;
  [k: string]: unknown;
}

export class BundleFormatError extends Error {}

/**
 * Reads a FHIR R4 Bundle as a stream with stream-json: only the top-level `resourceType`, `type` and one entry at a
 * time are ever assembled, so a 60 MB bundle is never held whole as text. Yields the bundle's type first (checked to
 * be a `transaction` or `collection` Bundle), then each entry in order.
 */
export async function* readBundle(source: Readable | AsyncIterable<Uint8Array>): AsyncGenerator<BundleEntry, void, undefined> {
  const input = source instanceof Readable ? source : Readable.from(source);
  // pipeline: a failure anywhere (a read error, malformed JSON) destroys every stage and ends the loop below with it.
  const tokens = pipeline(
    input,
    parser({ streamValues: false }),
    pick.asStream({ filter: (stack: readonly (string | number | null)[]) => (stack.length === 1 && (stack[0] === 'resourceType' || stack[0] === 'type')) || (stack.length === 2 && stack[0] === 'entry') }),
    streamValues.asStream(),
    () => undefined,
  );
  let resourceType: unknown;
  let type: unknown;
  try {
    for await (const item of tokens as AsyncIterable<{ key: number; value: unknown }>) {
      const value = item.value;
      if (typeof value !== 'object' || value === null) {
        // The two scalars picked are resourceType and type, in document order; an entry is an object.
        if (resourceType === undefined && value === 'Bundle') resourceType = value;
        else type = value;
        continue;
      }
      if (resourceType !== 'Bundle') throw new BundleFormatError('The body is not a FHIR Bundle (resourceType must come first and be "Bundle")');
      if (type !== 'transaction' && type !== 'collection') throw new BundleFormatError('Only transaction and collection Bundles are imported (Bundle.type before entry)');
      yield value as BundleEntry;
    }
  } catch (err) {
    if (err instanceof BundleFormatError) throw err;
    throw new BundleFormatError(`The body is not valid JSON: ${err instanceof Error ? err.message.slice(0, 200) : 'parse error'}`);
  }
  if (resourceType !== 'Bundle') throw new BundleFormatError('The body is not a FHIR Bundle');
  if (type !== 'transaction' && type !== 'collection') throw new BundleFormatError('Only transaction and collection Bundles are imported');
}
