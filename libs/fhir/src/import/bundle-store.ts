import { Readable } from 'node:stream';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { ObjectStore } from '@nats-io/obj';
import { lazyObjectStore } from '@pg/messaging';

/**
 * The object store of uploaded Bundles, for the services that read them (profiles-svc runs the import, labs-svc
 * reads its part): opened once per process, created on first use. `bucket` is the namespaced FHIR_IMPORT.fileBucket.
 */
export class FhirBundleStore {
  private readonly open: () => Promise<ObjectStore>;

  constructor(js: JetStreamClient, bucket: string) {
    this.open = lazyObjectStore(js, bucket, 'Uploaded FHIR Bundles (imports)');
  }

  /** The Bundle as a stream (never read whole), or null when the object is not there. */
  async openBundle(object: string): Promise<Readable | null> {
    const got = await (await this.open()).get(object);
    return got ? Readable.fromWeb(got.data as never) : null;
  }

  /** A planned part of an import too large for a message (labs-svc's), stored as one object next to the Bundle. */
  async putPart(object: string, json: string): Promise<void> {
    await (await this.open()).putBlob({ name: object, description: 'A planned part of a FHIR import' }, new TextEncoder().encode(json));
  }

  /** The part's JSON text, or null when the object is not there. */
  async readPart(object: string): Promise<string | null> {
    const blob = await (await this.open()).getBlob(object);
    return blob ? new TextDecoder().decode(blob) : null;
  }

  async remove(object: string): Promise<void> {
    await (await this.open()).delete(object);
  }
}
