import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ObjectStore } from '@nats-io/obj';
import type { Resource } from '@medplum/fhirtypes';
import { AuditPublisher, type AuditSource } from '@pg/audit';
import {
  DomainException, ErrorCode, MAX_PAGE_LIMIT, PROFILES, type ActorContext, type FhirExportJobDto, type FhirExportJobState, type Page, type PatientDto,
} from '@pg/contracts';
import { exportFhirPage, exportProvenance, omittedOutcome, type FhirExportPosition, type OmittedFhirPart } from '@pg/fhir';
import { NatsNamespace, NatsRpcClient } from '@pg/messaging';
import { lazyObjectStore } from '../http/object-upload.js';
import { exportAuditEvent } from './export-audit.js';
import { GATEWAY_AUDIT_SOURCE, NATS_CONNECTION } from '../tokens.js';

/** The gateway's object store of bulk exports: each job's state (`<job>/job`, the metadata of an empty object) and its NDJSON, one chunk per patient and type, and each type's chunk index. */
export const FHIR_EXPORTS_BUCKET = 'FHIR_EXPORTS';
/** A job whose runner has not written its state for this long is reported failed (the gateway running it stopped). */
export const STALLED_AFTER_MS = 5 * 60_000;
const PAGE = 1000;

/** The stored state of a job: the manifest plus who may read it and where its chunks are. */
interface StoredJob {
  id: string;
  principalId: string;
  state: FhirExportJobState;
  types: string[] | null;
  patients: number;
  done: number;
  transactionTime: string;
  /**
   * Per resource type: resources written. Which chunks hold them (chunk `i` is `<job>/<type>/<i>`) is the object
   * `<job>/<type>/index`, written once when the job completes: a list per patient would outgrow the one meta message
   * the state lives in (NATS' 1 MB payload) at some tens of thousands of patients.
   */
  files: Record<string, { count: number }>;
  failure: string | null;
  heartbeatAt: string;
  completedAt: string | null;
}

const enc = new TextEncoder();
const chunkIndex = (jobId: string, type: string) => `${jobId}/${type}/index`;

/**
 * FHIR Bulk Data style export of every patient in the caller's scope (docs/fhir.md). The gateway runs the job
 * itself, in the background, as the caller: each patient's record is composed like `GET /patients/{id}/fhir`
 * (each part an audited request at its service) and each patient's export recorded by the gateway. State and
 * NDJSON live in a JetStream object store the gateway owns — no entity, no service schema — so any gateway
 * replica answers the status and streams the files.
 */
@Injectable()
export class BulkExportService {
  private readonly logger = new Logger('FhirBulkExport');
  private readonly store: () => Promise<ObjectStore>;

  constructor(
    private readonly rpc: NatsRpcClient,
    private readonly audit: AuditPublisher,
    @Inject(GATEWAY_AUDIT_SOURCE) private readonly source: AuditSource,
    ns: NatsNamespace,
    @Inject(NATS_CONNECTION) nc: NatsConnection,
  ) {
    this.store = lazyObjectStore(nc, ns.stream(FHIR_EXPORTS_BUCKET), 'FHIR bulk exports (job state and NDJSON)');
  }

  /** Kicks a job off and returns at once; the job runs on. */
  async start(actor: ActorContext, requestId: string, types: string[] | undefined): Promise<FhirExportJobDto> {
    const now = new Date().toISOString();
    const job: StoredJob = {
      id: randomUUID(), principalId: actor.principalId!, state: 'in-progress', types: types?.length ? types : null, patients: 0, done: 0,
      transactionTime: now, files: {}, failure: null, heartbeatAt: now, completedAt: null,
    };
    await this.save(job);
    void this.run(job, actor, requestId).catch(async (err: unknown) => {
      this.logger.error(`bulk export ${job.id} failed: ${err instanceof DomainException ? err.code : err instanceof Error ? err.name : 'error'}`);
      job.state = 'failed';
      job.failure = err instanceof DomainException ? err.code : ErrorCode.INTERNAL;
      job.completedAt = new Date().toISOString();
      await this.save(job).catch(() => undefined);
    });
    return this.view(job);
  }

  /** The job of this principal (anyone else's, or none: NOT_FOUND). */
  async get(principalId: string, jobId: string): Promise<FhirExportJobDto> {
    return this.view(await this.load(principalId, jobId));
  }

  /** The NDJSON of one resource type, chunk after chunk. */
  async *file(principalId: string, jobId: string, type: string): AsyncGenerator<Uint8Array> {
    const job = await this.load(principalId, jobId);
    const file = job.state === 'completed' ? job.files[type] : undefined;
    if (!file) throw DomainException.notFound('FhirExportFile');
    const os = await this.store();
    const index = await os.getBlob(chunkIndex(job.id, type));
    if (!index) throw new DomainException(ErrorCode.INTERNAL, 'The export file is incomplete');
    for (const chunk of JSON.parse(new TextDecoder().decode(index)) as number[]) {
      const bytes = await os.getBlob(`${job.id}/${type}/${chunk}`);
      if (bytes) yield bytes;
    }
  }

  private async run(job: StoredJob, actor: ActorContext, requestId: string): Promise<void> {
    const call = (pattern: string, payload: object) => this.rpc.request(pattern, payload, actor, { requestId });
    const patients = await this.patientsInScope(call);
    job.patients = patients.length;
    await this.save(job);
    const os = await this.store();
    const chunks = new Map<string, number[]>();
    for (const patientId of patients) {
      const byType = new Map<string, Resource[]>();
      const omitted: OmittedFhirPart[] = [];
      let from: FhirExportPosition | undefined;
      let exported = 0;
      try {
        do {
          const page = await exportFhirPage(call, patientId, { actor, count: PAGE, ...(from ? { from } : {}) });
          omitted.push(...page.omitted);
          const add = (r: Resource) => {
            const list = byType.get(r.resourceType);
            if (list) list.push(r);
            else byType.set(r.resourceType, [r]);
          };
          page.resources.forEach(add);
          if (page.resources.length) add(exportProvenance(page.resources, new Date().toISOString()));
          exported += page.resources.length;
          from = page.next ?? undefined;
        } while (from);
      } catch (err) {
        // The patient left the caller's scope since the list was made: named, not dropped.
        if (!(err instanceof DomainException && err.code === ErrorCode.NOT_FOUND)) throw err;
        omitted.push({ part: 'patient', reason: 'forbidden' });
      }
      if (omitted.length) byType.set('OperationOutcome', [{ ...omittedOutcome(omitted), id: randomUUID() }]);
      await this.audit.publish(exportAuditEvent(actor, this.source, patientId, requestId, { bulk: job.id, resources: exported }));
      for (const [type, resources] of byType) {
        if (job.types && type !== 'OperationOutcome' && !job.types.includes(type)) continue;
        const name = `${job.id}/${type}/${job.done}`;
        await os.putBlob({ name }, enc.encode(resources.map((r) => JSON.stringify(r)).join('\n') + '\n'));
        (job.files[type] ??= { count: 0 }).count += resources.length;
        const list = chunks.get(type);
        if (list) list.push(job.done);
        else chunks.set(type, [job.done]);
      }
      job.done++;
      job.heartbeatAt = new Date().toISOString();
      await this.save(job);
    }
    for (const [type, list] of chunks) await os.putBlob({ name: chunkIndex(job.id, type) }, enc.encode(JSON.stringify(list)));
    job.state = 'completed';
    job.completedAt = new Date().toISOString();
    await this.save(job);
  }

  /** Every patient the caller may read, from profiles-svc's search as the caller (filtered in SQL to their scope). */
  private async patientsInScope(call: (pattern: string, payload: object) => Promise<unknown>): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = (await call(PROFILES.patientSearch, { query: { limit: MAX_PAGE_LIMIT, ...(cursor ? { cursor } : {}) } })) as Page<Partial<PatientDto>>;
      ids.push(...page.items.map((p) => p.id!));
      cursor = page.nextCursor;
    } while (cursor);
    return ids;
  }

  /**
   * The job's state is the metadata of an empty object, so one meta message holds it whole. (Kept as the object's
   * bytes, a status read racing a save hung for ever: the read took the old meta, the save purged the old chunks,
   * and the reader's consumer waited for chunks that no longer existed.)
   */
  private async save(job: StoredJob): Promise<void> {
    await (await this.store()).putBlob({ name: `${job.id}/job`, metadata: { job: JSON.stringify(job) } }, new Uint8Array(0));
  }

  private async load(principalId: string, jobId: string): Promise<StoredJob> {
    const info = await (await this.store()).info(`${jobId}/job`);
    const job = info?.metadata?.job ? (JSON.parse(info.metadata.job) as StoredJob) : undefined;
    if (!job || job.principalId !== principalId) throw DomainException.notFound('FhirExportJob');
    if (job.state === 'in-progress' && Date.now() - Date.parse(job.heartbeatAt) > STALLED_AFTER_MS) {
      return { ...job, state: 'failed', failure: 'STALLED' };
    }
    return job;
  }

  private view(job: StoredJob): FhirExportJobDto {
    const url = (type: string) => `/v1/fhir/$export/${job.id}/files/${type}`;
    const entries = job.state === 'completed' ? Object.entries(job.files) : [];
    return {
      id: job.id,
      state: job.state,
      progress: { patients: job.patients, done: job.done },
      transactionTime: job.transactionTime,
      requiresAccessToken: true,
      output: entries.filter(([t]) => t !== 'OperationOutcome').map(([type, f]) => ({ type, url: url(type), count: f.count })),
      error: entries.filter(([t]) => t === 'OperationOutcome').map(([, f]) => ({ type: 'OperationOutcome' as const, url: url('OperationOutcome'), count: f.count })),
      completedAt: job.completedAt,
    };
  }
}
