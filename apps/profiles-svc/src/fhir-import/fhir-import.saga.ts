import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM, raw, type EntityManager } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { AUDIT_SOURCE, AuditPublisher, JETSTREAM, serviceParts, type AuditEventInput, type AuditSource } from '@pg/audit';
import {
  DomainException, ErrorCode, FHIR_IMPORT, FHIR_LAB_PART_MAX_INLINE, PATIENT_EVENTS, PatientChangedEvent, type FhirImportPatientMatchDto,
} from '@pg/contracts';
import {
  BundleFormatError, buildReport, encodeLabPart, FhirBundleStore, ImportPlanError, labPartObject, planImport, readBundle, type BundleEntry, type ImportPlan, type PartOutcomes,
} from '@pg/fhir';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { FhirImport } from './fhir-import.entity.js';
import { PATIENT_MATCHER, type PatientMatcher } from './identity-match.client.js';
import { LABS_PART, type LabPartRef, type LabsPart } from './labs-part.client.js';
import { matchImportedPatient } from './patient-match.js';
import { undoProfilesPart, writeProfilesPart } from './profiles-part.js';
import { TREATMENTS_PART, type TreatmentsPart } from './treatments-part.client.js';

/** How long a claimed job is this process's before another replica may take it over (a crashed runner). */
const LEASE_MS = 5 * 60_000;
/** Tries of a step that failed for a passing reason (a service or the bus did not answer) before compensating. */
const STEP_TRIES = 3;
const RETRY_BASE_MS = 500;

/** What a job's error ends with when a part's undo could not finish (the next start compensates again). */
const UNDO_PENDING = 'could not be undone yet (retried at the next start)';
/** A failure's own reason: without the pending-undo suffix an earlier compensation added (`…; <part> ${UNDO_PENDING}`). */
const reasonOf = (failure: string) => (failure.endsWith(UNDO_PENDING) ? failure.slice(0, failure.lastIndexOf('; ')) : failure);

/** A failure no retry mends: the bundle or one service's part is unusable. The import is rolled back. */
class PermanentFailure extends Error {}

function uuidFrom(name: string): string {
  const h = createHash('sha256').update(name).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * The import saga (docs/fhir.md "Import"): `pending → running → completed | failed | rolled_back`.
 *
 * 1. read the Bundle from the object store, streamed, and plan it (libs/fhir) — an unusable bundle fails here, with
 *    nothing written;
 * 2. match the patient (matchImportedPatient: its identifiers, else identity-svc's matcher, retried as a step);
 * 3. profiles-svc's part in one transaction of its own (patient, conditions, medications, encounters);
 * 4. labs-svc's part, asked over NATS (it writes in its own transaction), retried while labs-svc does not answer;
 * 5. treatments-svc's part (the CarePlans that map, as protocols), when the plan has one, the same way;
 * 6. the report. A step that cannot complete compensates the parts already written (treatments-svc's undo of this
 *    import id, then labs-svc's, then profiles-svc's), so no half patient is left: `rolled_back`. When even the compensation cannot finish,
 *    the job stays `failed` and is compensated again at the next start.
 *
 * Jobs are claimed with a lease in the table, so a replica that dies mid-import is taken over by the next start of
 * any replica (pending and expired running jobs are picked up at boot).
 */
@Injectable()
export class FhirImportSaga implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('FhirImportSaga');
  private readonly store: FhirBundleStore;
  private readonly running = new Set<Promise<void>>();
  private closing = false;

  constructor(
    private readonly orm: MikroORM,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    @Inject(LABS_PART) private readonly labs: LabsPart,
    @Inject(TREATMENTS_PART) private readonly treatments: TreatmentsPart,
    private readonly audit: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(PATIENT_MATCHER) private readonly matcher: PatientMatcher,
  ) {
    this.store = new FhirBundleStore(js, ns.stream(FHIR_IMPORT.fileBucket));
  }

  onApplicationBootstrap(): void {
    void this.resume();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.running]);
  }

  /** Starts the job in the background (the caller has its 202 already). */
  kick(importId: string): void {
    const run = this.run(importId).catch((err: unknown) => this.logger.error(`import ${importId} stopped: ${err instanceof Error ? err.name : 'error'}`));
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  /** Jobs left pending or running (with an expired lease) by a process that stopped, and failed ones to compensate. */
  private async resume(): Promise<void> {
    const em = this.orm.em.fork();
    const open = await em.find(FhirImport, { $or: [{ state: 'pending' }, { state: 'running', leaseUntil: { $lt: new Date() } }] }, { fields: ['id'], orderBy: { createdAt: 'asc' } }).catch(() => []);
    for (const job of open) this.kick(job.id);
    // Failed with parts still written (an undo that could not finish): compensated again.
    const stuck = await em.find(FhirImport, { state: 'failed', patientId: { $ne: null } }, { orderBy: { createdAt: 'asc' } }).catch(() => []);
    for (const job of stuck) {
      const run = this.compensate(em, job, job.patientId ?? null, job.error ?? 'compensation resumed').catch(() => undefined);
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    }
  }

  /** Takes the job if nobody holds it (its first step, `reading`, and the attempt counted in the same write); false when another runner does or it is finished. */
  private async claim(em: EntityManager, importId: string): Promise<boolean> {
    const now = new Date();
    const n = await em.nativeUpdate(FhirImport, {
      id: importId, $or: [{ state: 'pending' }, { state: 'running', leaseUntil: { $lt: now } }],
    }, { state: 'running', step: 'reading', attempts: raw('attempts + 1'), leaseUntil: new Date(now.getTime() + LEASE_MS), updatedAt: now });
    return n === 1;
  }

  async run(importId: string): Promise<void> {
    const em = this.orm.em.fork();
    if (!(await this.claim(em, importId))) return;
    const job = await em.findOneOrFail(FhirImport, { id: importId });

    let plan: ImportPlan;
    try {
      plan = await this.readPlan(job);
    } catch (err) {
      const message = err instanceof BundleFormatError || err instanceof ImportPlanError ? err.message : 'The bundle could not be read';
      await this.finish(em, job, 'failed', { error: message });
      await this.record(job, 'error', 'UNPROCESSABLE');
      return;
    }
    // Matching and the profiles part are one step: each state write is a round trip, and matching takes milliseconds.
    await this.progress(em, job, { step: 'profiles', resources: plan.lines.length });

    const outcomes: PartOutcomes = {};
    let patientId: string | null = null;
    let patientMatch: FhirImportPatientMatchDto | undefined;
    try {
      const matched = await this.retried(() => matchImportedPatient(em.fork(), plan.patient, job.id, this.matcher));
      patientMatch = matched.report;
      // The profiles part commits only once the stream acknowledged its record (as every audited write does):
      // a part nobody recorded is rolled back, and the step retried.
      // The next step (`labs`, with the patient) is written in the part's own transaction: no write of its own.
      const next = { step: 'labs', patientId: null as string | null };
      const profiles = await this.retried(() => em.fork().transactional(async (tx) => {
        const written = await writeProfilesPart(tx, plan, job.id, matched.patientId, job.requestedBy ?? null);
        next.patientId = written.patientId;
        await tx.nativeUpdate(FhirImport, { id: job.id }, { ...next, updatedAt: new Date(), leaseUntil: new Date(Date.now() + LEASE_MS) });
        await this.audit.publish(this.event(job, 'profiles', 'success', undefined, written.patientId));
        return written;
      }));
      patientId = profiles.patientId;
      outcomes.profiles = profiles.outcomes;
      Object.assign(job, next);
      if (plan.labs.reports.length || plan.labs.vitals.length) outcomes.labs = (await this.writeLabs(job, patientId, plan)).outcomes;
      if (plan.treatments.protocols.length) {
        await this.progress(em, job, { step: 'treatments' });
        outcomes.treatments = (await this.retried(() => this.treatments.write(job.id, patientId!, plan.treatments.protocols))).outcomes;
      }
    } catch (err) {
      const reason = err instanceof DomainException ? `${err.code}: ${err.message}` : 'An unexpected error';
      this.logger.warn(`import ${job.id} step ${job.step} failed (${err instanceof DomainException ? err.code : 'error'}): compensating`);
      await this.compensate(em, job, patientId, reason);
      return;
    }
    const report = { ...buildReport(plan.lines, outcomes), ...(patientMatch ? { patientMatch } : {}) };
    await this.finish(em, job, 'completed', { report, patientId });
    await this.record(job, 'success');
    // As a profile written through the API announces itself: identity-svc's match index feeds on it (ids only), so a
    // later bundle or partner record of this person is matched to them. Once per import (the message id).
    if (patientId) await publishDomainEvent(this.js, this.ns, PATIENT_EVENTS.changed, new PatientChangedEvent(patientId), `patient-changed-${patientId}-fhir-import-${job.id}`)
      .catch((err: unknown) => this.logger.warn(`import ${job.id}: patient change not announced (${err instanceof Error ? err.name : 'error'})`));
  }

  /**
   * labs-svc's part, handed over as planned here (the Bundle is read once per import): in the request, or when larger
   * than a message may be, as an object of its own in the store, removed once labs-svc answered.
   */
  private async writeLabs(job: FhirImport, patientId: string, plan: ImportPlan) {
    const part = encodeLabPart(plan);
    const req: LabPartRef = { upload: { object: job.object, size: job.size, sha256: job.sha256 } };
    if (Buffer.byteLength(part) <= FHIR_LAB_PART_MAX_INLINE) return this.retried(() => this.labs.write(job.id, patientId, { ...req, part }));
    const object = labPartObject(job.id, patientId);
    await this.retried(() => this.store.putPart(object, part));
    try {
      return await this.retried(() => this.labs.write(job.id, patientId, { ...req, partStored: true }));
    } finally {
      await this.store.remove(object).catch(() => undefined);
    }
  }

  /** The bundle read as a stream and planned; entries are kept only until planned. */
  private async readPlan(job: FhirImport): Promise<ImportPlan> {
    const stream = await this.store.openBundle(job.object);
    if (!stream) throw new BundleFormatError('The uploaded bundle is no longer in the store');
    const entries: BundleEntry[] = [];
    let type = 'collection';
    for await (const entry of readBundle(stream)) entries.push(entry);
    if (entries.some((e) => e.request)) type = 'transaction';
    return planImport(type, entries);
  }

  /** A step retried while the failure may pass (UNAVAILABLE, a timeout); anything else is permanent at once. */
  private async retried<T>(step: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await step();
      } catch (err) {
        const passing = err instanceof DomainException ? err.code === ErrorCode.UNAVAILABLE : !(err instanceof PermanentFailure);
        if (!passing || attempt >= STEP_TRIES || this.closing) throw err;
        await new Promise((r) => setTimeout(r, RETRY_BASE_MS * 2 ** (attempt - 1)));
      }
    }
  }

  /**
   * Undo of every part already written, treatments-svc's then labs-svc's then profiles-svc's; `rolled_back` when all
   * are undone, else `failed` (compensated again at boot). Every part is asked whenever a patient was written, never
   * only when this attempt reached its step: a job taken over after a crash, or failing at its first step on a rerun,
   * may have parts of an earlier attempt written (a review finding).
   */
  private async compensate(em: EntityManager, job: FhirImport, patientId: string | null, failure: string): Promise<void> {
    const reason = reasonOf(failure);
    await this.progress(em, job, { step: 'compensating' });
    // An undo of an import the service never saw deletes nothing; without a service principal nothing reached it.
    // treatments-svc refusing (the principal lacks protocols:import) refused the write the same way: nothing to undo.
    const parts = [
      { what: 'the protocols', part: this.treatments, refusedIsDone: true },
      { what: 'the lab part', part: this.labs, refusedIsDone: false },
    ];
    for (const { what, part, refusedIsDone } of parts) {
      if (!patientId || !part.configured) continue;
      try {
        await this.retried(() => part.undo(job.id, patientId)).catch((err: unknown) => {
          if (!(refusedIsDone && err instanceof DomainException && err.code === ErrorCode.FORBIDDEN)) throw err;
        });
      } catch {
        await this.finish(em, job, 'failed', { error: `${reason}; ${what} ${UNDO_PENDING}`, patientId });
        await this.record(job, 'error', 'UNAVAILABLE');
        return;
      }
    }
    await em.fork().transactional((tx) => undoProfilesPart(tx, job.id));
    await this.finish(em, job, 'rolled_back', { error: reason, patientId: null });
    await this.record(job, 'error', 'ROLLED_BACK');
  }

  private async progress(em: EntityManager, job: FhirImport, change: Partial<Pick<FhirImport, 'step' | 'resources' | 'attempts' | 'patientId'>>): Promise<void> {
    Object.assign(job, change, { updatedAt: new Date(), leaseUntil: new Date(Date.now() + LEASE_MS) });
    await em.flush();
  }

  private async finish(em: EntityManager, job: FhirImport, state: FhirImport['state'], change: Partial<Pick<FhirImport, 'report' | 'error' | 'patientId'>>): Promise<void> {
    Object.assign(job, change, { state, step: state, leaseUntil: null, updatedAt: new Date() });
    await em.flush();
  }

  /** The import writes a patient's record without a caller: recorded as profiles-svc's own access, per outcome. */
  private async record(job: FhirImport, outcome: 'success' | 'error', reason?: string): Promise<void> {
    await this.audit.publish(this.event(job, outcome, outcome, reason, outcome === 'success' ? job.patientId : null))
      .catch((err: unknown) => this.logger.warn(`import ${job.id}: audit event not stored (${err instanceof Error ? err.name : 'error'})`));
  }

  private event(job: FhirImport, step: string, outcome: 'success' | 'error', reason?: string, patientId?: string | null): AuditEventInput {
    return {
      id: uuidFrom(`fhir-import:${job.id}:${step}:${job.attempts}`),
      action: 'import',
      outcome,
      ...(reason ? { reason } : {}),
      ...serviceParts(this.source),
      resource: { type: 'fhir-import', id: job.id, ...(patientId ? { patientId } : {}) },
      purposeOfUse: 'operations',
      requestId: `fhir-import:${job.id}`,
    };
  }
}
