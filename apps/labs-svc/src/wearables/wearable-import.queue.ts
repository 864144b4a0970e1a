import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { AUDIT_SOURCE, AuditPublisher, JETSTREAM, NATS_CONNECTION, serviceParts, type AuditSource } from '@pg/audit';
import type { LabsSettings } from '@pg/config';
import { LABS_EVENTS, WEARABLE_JOBS, WearableImportedEvent, type WearableImportJob } from '@pg/contracts';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { DurableWorkQueue, type WorkQueueNames } from '../jobs/work-queue.js';
import { LABS_SETTINGS } from '../labs.settings.js';
import { detectFormat, HEAD_BYTES } from './formats/registry.js';
import { WearableInputError } from './formats/reader-kit.js';
import { uuidFrom } from './sync/wearable-sync.service.js';
import { WearableDb } from './wearable-db.js';
import { peekHead, WearableFileStore } from './wearable-file.store.js';
import { WearableSampleStore } from './wearable-sample.store.js';

/** How many times a job is delivered before its import is marked failed. */
export const IMPORT_MAX_DELIVER = 5;
/** Imports running at once in one instance (2 cores: reading an export is CPU work, and PostgreSQL needs the other). */
const CONCURRENCY = 1;
/** Every 30 s, an import still `queued` 30 s after its upload is queued again (its first publish may have been lost). */
const SWEEP_EVERY_MS = 30_000;

interface ImportRow {
  id: string;
  patient_id: string;
  status: string;
  file_object: string;
  time_zone: string | null;
  attempts: number;
}

/** Why an import failed for good: the reader's message (422-like: the file is what it is) or that it could not be stored. */
class ImportFailure extends Error {}

/**
 * The wearable import job queue (docs/wearables.md): a JetStream work-queue stream (`WEARABLE_JOBS`, subject
 * `jobs.labs.wearable-import`, file storage) with one durable pull consumer every labs-svc instance shares. The
 * upload's request stores the import `queued` and publishes its id; a worker claims the import in the database
 * (`running`, with a lease it renews while it reads, so two deliveries never run one import and a dead worker's
 * import is taken again), streams the original out of the object store through the format reader into the sample
 * store (COPY as it reads), and ends the import `completed` with its counts — in the samples' own transaction,
 * after its audit event is acknowledged — or `failed` with the reason. A job is acked only once its import has
 * ended; imports left `queued`, or `running` under a lapsed claim, are queued again at boot and every 30 s.
 */
@Injectable()
export class WearableImportQueue extends DurableWorkQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly worker = `labs-svc:${randomUUID()}`;

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(JETSTREAM) js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly db: WearableDb,
    private readonly files: WearableFileStore,
    private readonly store: WearableSampleStore,
    private readonly audit: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(LABS_SETTINGS) private readonly settings: LabsSettings,
  ) {
    super('wearable-import', new Logger('WearableImports'), nc, js, { ackWaitMs: settings.parseAckWaitMs, maxDeliver: IMPORT_MAX_DELIVER, concurrency: CONCURRENCY, sweepEveryMs: SWEEP_EVERY_MS });
  }

  protected names(): WorkQueueNames {
    return { stream: this.ns.stream(WEARABLE_JOBS.stream), subject: this.ns.subject(WEARABLE_JOBS.importSubject), durable: this.ns.consumer(WEARABLE_JOBS.importer) };
  }

  /** A claim not renewed for this long has lost its worker (heartbeats come every quarter of the ack wait). */
  private get leaseMs(): number {
    return Math.floor(this.settings.parseAckWaitMs / 2);
  }

  /** Queues an import. Its id is the message id: a repeat within two minutes is stored once. */
  async enqueue(importId: string): Promise<void> {
    const job: WearableImportJob = { importId };
    await this.publish(job, `wearable-import-${importId}`);
  }

  protected async handle(m: JsMsg): Promise<void> {
    let job: WearableImportJob;
    try {
      job = m.json<WearableImportJob>();
      if (typeof job?.importId !== 'string') throw new Error('no import id');
    } catch {
      m.term('not a wearable import job');
      return;
    }
    try {
      await this.runImport(job.importId, () => m.working());
      m.ack();
    } catch (err) {
      // Something outside the file failed (database, NATS): the job comes again, a little later each time.
      const attempt = m.info.deliveryCount;
      this.logger.warn(`a wearable import failed on attempt ${attempt}: ${err instanceof Error ? err.name : 'error'}`);
      m.nak(Math.min(30_000, this.settings.parseAckWaitMs / 2, 500 * 2 ** attempt));
    }
  }

  /**
   * Runs one import: `done` when it ended (now or before), `busy` when another worker holds a live claim on it.
   * Throws when it should be tried again (the claim is given back first).
   */
  async runImport(importId: string, working: () => void = () => undefined): Promise<'done' | 'busy'> {
    const claimed = await this.claim(importId);
    if (!claimed) return 'done';
    if (claimed === 'busy') return 'busy';
    const imp = claimed;
    const heartbeat = setInterval(() => {
      working();
      void this.db.pool.query(`update wearable_import set claimed_until = now() + $2::interval where id = $1 and claimed_by = $3`, [imp.id, `${this.leaseMs} milliseconds`, this.worker])
        .catch(() => undefined);
    }, Math.max(100, Math.floor(this.leaseMs / 2)));
    heartbeat.unref();
    const started = performance.now();
    try {
      const done = await this.read(imp);
      this.logger.log(`wearable import done: ${done.accepted} accepted, ${done.duplicates} duplicates, ${done.rejected} rejected, ${Math.round(performance.now() - started)} ms`);
      await publishDomainEvent(this.js, this.ns, LABS_EVENTS.wearableImported, new WearableImportedEvent(imp.id, imp.patient_id, done.provider, done.accepted, done.duplicates, done.rejected),
        `wearable-import-${imp.id}`).catch(() => this.logger.warn('could not publish labs.wearable.imported'));
    } catch (err) {
      if (err instanceof ImportFailure || err instanceof WearableInputError) {
        await this.fail(imp, err.message);
        return 'done';
      }
      if (imp.attempts >= IMPORT_MAX_DELIVER) {
        this.logger.error(`a wearable import gave up after ${imp.attempts} attempts: ${err instanceof Error ? err.name : 'error'}`);
        await this.fail(imp, `The samples could not be stored (${imp.attempts} attempts); upload the file again`);
        return 'done';
      }
      clearInterval(heartbeat);
      await this.db.pool.query(`update wearable_import set status = 'queued', claimed_by = null, claimed_until = null, updated_at = now() where id = $1 and claimed_by = $2`, [imp.id, this.worker])
        .catch(() => undefined);
      throw err;
    } finally {
      clearInterval(heartbeat);
    }
    return 'done';
  }

  /** The import, claimed for this worker; null when it has ended already, `busy` when another worker holds it. */
  private async claim(importId: string): Promise<ImportRow | 'busy' | null> {
    const { rows } = await this.db.pool.query<ImportRow>(`
      update wearable_import set status = 'running', attempts = attempts + 1, claimed_by = $2, claimed_until = now() + $3::interval,
        started_at = coalesce(started_at, now()), updated_at = now()
      where id = $1 and (status = 'queued' or (status = 'running' and claimed_until < now()))
      returning id, patient_id, status, file_object, time_zone, attempts`, [importId, this.worker, `${this.leaseMs} milliseconds`]);
    if (rows[0]) return rows[0];
    const { rows: now } = await this.db.pool.query<{ status: string }>('select status from wearable_import where id = $1', [importId]);
    return now[0]?.status === 'running' ? 'busy' : null;
  }

  /** Streams the original through its reader into the sample store; the import ends `completed` in the samples' transaction. */
  private async read(imp: ImportRow): Promise<{ provider: string | null; accepted: number; duplicates: number; rejected: number }> {
    const opened = await this.files.open(imp.file_object);
    if (!opened) throw new ImportFailure('The uploaded file is no longer in the store; upload it again');
    const { head, stream } = await peekHead(opened, HEAD_BYTES);
    const format = detectFormat(head);
    if (!format) {
      stream.destroy();
      throw new ImportFailure('Not a recognised wearable or CGM export');
    }
    const reading = format.stream(stream, imp.time_zone ? { timeZone: imp.time_zone } : {});
    let provider: string | null = null;
    const batches = (async function* providerOf() {
      for await (const batch of reading.batches) {
        provider ??= batch[0]?.provider ?? null;
        yield batch;
      }
    })();
    let out: { provider: string | null; accepted: number; duplicates: number; rejected: number } = { provider, accepted: 0, duplicates: 0, rejected: 0 };
    await this.store.writeStream(imp.patient_id, 'upload', batches, reading.summaries, { importId: imp.id, ...(imp.time_zone ? { timeZone: imp.time_zone } : {}) },
      async (client, counts) => {
        const reasons = reading.rejected();
        const rejected = reasons.reduce((n, r) => n + r.count, 0);
        provider ??= reading.summaries()[0]?.provider ?? null;
        out = { provider, ...counts, rejected };
        const { rowCount } = await client.query(`
          update wearable_import set status = 'completed', format = $2, provider = $3, accepted = $4, duplicates = $5, rejected = $6, reasons = $7::jsonb,
            error = null, completed_at = now(), updated_at = now(), claimed_by = null, claimed_until = null
          where id = $1 and claimed_by = $8`,
        [imp.id, format.id, provider, counts.accepted, counts.duplicates, rejected, JSON.stringify(reasons), this.worker]);
        // The claim was lost (this worker was too slow, another took the import): its run is the one that counts.
        if (rowCount !== 1) throw new Error('import claim lost');
        await this.record(imp, 'success', undefined, { provider, ...counts, rejected });
      });
    return out;
  }

  /** Ends the import as failed with the reason, recorded in the audit trail before it commits. */
  private async fail(imp: ImportRow, error: string): Promise<void> {
    const client = await this.db.pool.connect();
    try {
      await client.query('begin');
      await client.query(`update wearable_import set status = 'failed', error = $2, completed_at = now(), updated_at = now(), claimed_by = null, claimed_until = null where id = $1`, [imp.id, error]);
      await this.record(imp, 'error', 'UNPROCESSABLE');
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
    this.logger.log('a wearable import failed for good');
  }

  /** The import reads and writes patient data without a caller: recorded as labs-svc's own access, on behalf of the patient. */
  private async record(imp: ImportRow, outcome: 'success' | 'error', reason?: string, counts?: { provider: string | null; accepted: number; duplicates: number; rejected: number }): Promise<void> {
    await this.audit.publish({
      // One event per import and outcome: a retried job's event is de-duplicated by the stream and audit-svc.
      id: uuidFrom(`wearable-import:${imp.id}:${outcome}`),
      action: 'import',
      outcome,
      ...(reason ? { reason } : {}),
      ...serviceParts(this.source, imp.patient_id),
      resource: { type: 'wearable-import', id: imp.id, patientId: imp.patient_id },
      ...(counts ? { query: { provider: counts.provider ?? '', accepted: counts.accepted, duplicates: counts.duplicates, rejected: counts.rejected } } : {}),
      purposeOfUse: 'treatment',
      requestId: `wearable-import:${imp.id}`,
    });
  }

  /** Queues imports still waiting: a lost publish, a crash between the insert and the publish, a dead worker. */
  protected async sweep(olderThanMs: number): Promise<void> {
    try {
      const { rows } = await this.db.pool.query<{ id: string }>(`
        select id from wearable_import
        where status in ('queued', 'running') and created_at <= now() - $1::interval and (status = 'queued' or claimed_until < now())
        order by created_at limit 1000`, [`${olderThanMs} milliseconds`]);
      for (const r of rows) await this.enqueue(r.id);
    } catch (err) {
      if (!this.stopping) this.logger.warn(`sweep of pending wearable imports failed: ${err instanceof Error ? err.name : 'error'}`);
    }
  }
}
