import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { LockMode, RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { AUDIT_SOURCE, AuditPublisher, JETSTREAM, serviceParts, type AuditSource } from '@pg/audit';
import { LabReportParsedEvent, LabResultOutOfRangeEvent, LabResultRecordedEvent, LABS_EVENTS, type LabParseWarningDto } from '@pg/contracts';
import type { LabsSettings } from '@pg/config';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { LABS_SETTINGS } from '../labs.settings.js';
import { BiomarkersService } from '../biomarkers/biomarkers.service.js';
import { LabResult } from '../lab-results/lab-result.entity.js';
import { LabResultRepository } from '../lab-results/lab-result.repository.js';
import { isOutOfRange, rateResult } from '../lab-results/lab-status.js';
import { LabFileStore } from './lab-file.store.js';
import { LabReport } from './lab-report.entity.js';
import { LabReportRepository } from './lab-report.repository.js';
import type { CodedResult } from './parsing/coding.js';
import { flagFromRange } from './parsing/flags.js';
import { intervalForSex, labelsOtherSex } from './parsing/reference-range.js';
import { PdfUnreadableError } from './parsing/pdf-text.js';
import { StructuredInputError, type ReportAnalysis, type ReportReadOptions } from './parsing/report-reader.js';
import { failureForLog, ParseMemoryLimitError, PARSES_AT_ONCE, ParseThreads, ParseTimeLimitError } from './parse-threads.js';

/** A UUID (v5 shape) derived from a name: the same name always gives the same id. */
function uuidFrom(name: string): string {
  const h = createHash('sha1').update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/** The id of the result at `position` of a report: the same on every parse of that report. */
export function resultId(reportId: string, position: number): string {
  return uuidFrom(`lab-result:${reportId}:${position}`);
}

export interface ParseRunOptions {
  /** This job's delivery count. */
  attempt: number;
  /** From this attempt on (deliveries or the report's own count, whichever is higher), a failure is final. */
  maxAttempts: number;
  /** How long a claim lives without a heartbeat; heartbeats come every half of it (a quarter of the ack wait). */
  leaseMs: number;
  /** Tells the queue the job is still being worked on (JetStream's `working()`). */
  working?: () => void;
}

/** A reason the report cannot be parsed, whatever the number of attempts. */
class ParseFailure extends Error {
  constructor(message: string, readonly warnings: LabParseWarningDto[] = [], readonly layout?: string) {
    super(message);
  }
}

/**
 * Parses one report (the job of the parse queue): `received → parsing → parsed | failed`. Idempotent per report:
 * results get ids from (report, position) and replace the earlier ones in one transaction; a report already parsed
 * only has its events published again (they dedupe on their ids). A failure of the report itself (a scan, no rows,
 * invalid JSON) ends in `failed` with the reason, written with its audit event in one transaction; a failure around
 * it (database, NATS) gives the claim up and is thrown, for a retry. A report is claimed in the database before it
 * is parsed (one UPDATE), so two deliveries of one job never parse it at once.
 */
@Injectable()
export class ReportParser implements OnApplicationShutdown {
  private readonly logger = new Logger('ReportParser');
  /** Where reports are read: threads of their own, each read under the time limit (LABS_PARSE_TIME_LIMIT_MS). */
  private readonly threads: ParseThreads;

  constructor(
    private readonly orm: MikroORM,
    private readonly reports: LabReportRepository,
    private readonly results: LabResultRepository,
    private readonly files: LabFileStore,
    private readonly biomarkers: BiomarkersService,
    private readonly ns: NatsNamespace,
    private readonly audit: AuditPublisher,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(LABS_SETTINGS) private readonly settings: LabsSettings,
  ) {
    this.threads = new ParseThreads(PARSES_AT_ONCE, settings.parseTimeLimitMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.threads.close();
  }

  /**
   * Parses one report. `done`: parsed, failed for good, or nothing left to do; `busy`: another worker holds a live
   * claim on it (that worker ends it; if it dies, its claim lapses and the sweep queues the report again).
   */
  run(reportId: string, opts: ParseRunOptions): Promise<'done' | 'busy'> {
    return RequestContext.create(this.orm.em, () => this.parse(reportId, opts));
  }

  private async parse(reportId: string, opts: ParseRunOptions): Promise<'done' | 'busy'> {
    const report = await this.reports.findForJob(reportId);
    // A failed report was recorded with its failure in the same transaction: nothing is left to do.
    // A soft-deleted report is not parsed (its restore puts it back in the sweep's way).
    if (!report || report.status === 'failed' || report.deletedAt) return 'done';
    if (report.status === 'parsed') {
      // Delivered again after it finished (the ack was lost): make sure the events went out.
      await this.publishEvents(report, await this.results.ofReportForJob(report.id), report.warnings.length);
      return 'done';
    }
    if (!(await this.reports.claimForParse(report, opts.leaseMs))) return 'busy';
    const attempt = Math.max(opts.attempt, report.attempts + 1);
    // While it parses, the job's ack deadline and the claim are pushed back (a long PDF is neither redelivered
    // nor claimed by another worker).
    const heartbeat = setInterval(() => {
      opts.working?.();
      void RequestContext.create(this.orm.em.fork(), () => this.reports.renewClaim(report.id)).catch(() => undefined);
    }, Math.max(100, Math.floor(opts.leaseMs / 2)));
    heartbeat.unref();
    const started = performance.now();
    try {
      if (this.settings.testDelays.parseMs) await new Promise((res) => setTimeout(res, this.settings.testDelays.parseMs));
      const analysis = await this.analyze(report);
      const stored = await this.store(report, analysis);
      await this.publishEvents(report, stored, analysis.warnings.length);
      this.logger.log(`report parsed: ${stored.length} results, ${analysis.warnings.length} warnings, layout ${analysis.layout}, ${Math.round(performance.now() - started)} ms`);
    } catch (err) {
      if (err instanceof ParseFailure) {
        await this.fail(report, err.message, err.warnings, err.layout);
        return 'done';
      }
      if (attempt >= opts.maxAttempts) {
        this.logger.error(`report parse gave up after ${attempt} attempts: ${failureForLog(err)}`);
        await this.fail(report, `The report could not be parsed (${attempt} attempts)`);
        return 'done';
      }
      // The job comes again (nak): it must find the report free, not held by this attempt's claim.
      clearInterval(heartbeat);
      await this.reports.releaseClaim(report.id).catch(() => undefined);
      throw err;
    } finally {
      clearInterval(heartbeat);
    }
    return 'done';
  }

  /** How reports are read: from labs-svc's settings (HL7 sending facilities' zones). */
  private readOptions(): ReportReadOptions {
    return { hl7: { facilityZones: this.settings.hl7FacilityTimeZones } };
  }

  private async analyze(report: LabReport): Promise<ReportAnalysis> {
    const bytes = await this.files.read(report.fileObject);
    if (!bytes) throw new ParseFailure('The original file is missing from the store');
    let analysis: ReportAnalysis;
    try {
      analysis = await this.threads.analyze(report.kind, bytes, await this.biomarkers.catalog(), report.createdAt, this.readOptions());
    } catch (err) {
      // A read that ran past its time or memory limit would again: the report fails, it is not tried again.
      if (err instanceof ParseTimeLimitError || err instanceof ParseMemoryLimitError) throw new ParseFailure(err.message);
      if (err instanceof PdfUnreadableError) throw new ParseFailure(err.message);
      if (err instanceof StructuredInputError) {
        throw new ParseFailure(err.message, err.details.map((d) => ({ code: 'invalid-field', message: d.message ?? 'invalid', ...(d.field ? { text: d.field } : {}) })));
      }
      throw err;
    }
    if (!analysis.results.length) throw new ParseFailure('No results could be read from this report', analysis.warnings, analysis.layout);
    return analysis;
  }

  private async store(report: LabReport, analysis: ReportAnalysis): Promise<LabResult[]> {
    const now = new Date();
    const rows = analysis.results.map((c) => this.toEntity(report, c, now));
    await this.orm.em.transactional(async (tx) => {
      // The report row locked first: a soft delete that lands during the parse either committed before (its state is
      // read here and copied onto the new results) or waits for this commit (and then hides the new results too).
      const current = await tx.findOne(LabReport, { id: report.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      await tx.nativeDelete(LabResult, { reportId: report.id });
      for (const row of rows) tx.persist(row);
      await tx.flush();
      if (current?.deletedAt) await tx.nativeUpdate(LabResult, { reportId: report.id }, { deletedAt: current.deletedAt, retainUntil: current.retainUntil ?? null });
      await tx.nativeUpdate(LabReport, { id: report.id }, {
        status: 'parsed',
        layout: analysis.layout,
        collectedAt: new Date(analysis.collectedAt),
        resultCount: rows.length,
        warnings: analysis.warnings,
        error: null,
        parsedAt: now,
        updatedAt: now,
      });
      // Recorded before the commit, as every write is: if the audit stream does not take it, nothing is kept and
      // the job is delivered again. The event id is fixed per report, so a retry is stored once.
      await this.record(report, 'success');
    });
    Object.assign(report, { status: 'parsed', layout: analysis.layout, collectedAt: new Date(analysis.collectedAt), resultCount: rows.length, warnings: analysis.warnings });
    return rows;
  }

  private toEntity(report: LabReport, c: CodedResult, now: Date): LabResult {
    // A range printed for the other sex than the patient's (`Male: 13.5 - 17.5` on a woman's report) is kept as text:
    // its bounds are not hers, so no flag is computed from them; a flag the lab printed stays (docs/labs.md, Ranges).
    const otherSex = labelsOtherSex(c.range.text, report.sexAtBirth);
    // (sexrange) A range printed for each sex (`Male : 249 - 836 Female : 8.4 - 48.1`), which the reader keeps as text:
    // the patient's sex's interval is the range, and a flag the lab did not print is computed from it.
    const forSex = c.range.low === undefined && c.range.high === undefined ? intervalForSex(c.range.text, report.sexAtBirth) : null;
    const range = otherSex ? { text: c.range.text } : forSex ?? c.range;
    const flag = c.flagPrinted ? c.flag : otherSex ? null : forSex ? flagFromRange(c.value, c.comparator, c.valueText, forSex) : c.flag;
    const { status } = rateResult({
      biomarkerKey: c.biomarker?.key ?? null, value: c.value, comparator: c.comparator ?? null, unit: c.unit, flag,
      molarMass: c.biomarker?.molarMass ?? null, charge: c.biomarker?.charge ?? null,
    }, report.sexAtBirth ?? null);
    return Object.assign(new LabResult(), {
      id: resultId(report.id, c.index),
      patientId: report.patientId,
      reportId: report.id,
      position: c.index,
      biomarkerKey: c.biomarker?.key ?? null,
      display: c.biomarker?.display ?? c.name,
      loinc: c.biomarker?.loinc ?? null,
      name: c.name,
      value: c.value,
      valueText: c.valueText ?? null,
      comparator: c.comparator ?? null,
      unit: c.unit,
      referenceRange: range,
      flag,
      reportedFlag: c.reportedFlag ?? null,
      normalizedValue: c.normalized?.value ?? null,
      normalizedUnit: c.normalized?.unit ?? null,
      collectedAt: new Date(c.collectedAt),
      source: report.kind,
      reportedCode: c.reportedCode ?? null,
      comment: c.comment ?? null,
      line: c.line ?? null,
      page: c.page ?? null,
      createdAt: now,
      status,
      deletedAt: null,
      retainUntil: null,
    });
  }

  /**
   * Ends the report as failed, and records that in the audit trail in the same transaction (the audit ack comes
   * before the commit): a report is never `failed` without its failed-parse event. If the stream does not take the
   * event, nothing changes and the job is tried again.
   */
  private async fail(report: LabReport, error: string, warnings: LabParseWarningDto[] = [], layout?: string): Promise<void> {
    const now = new Date();
    await this.orm.em.transactional(async (tx) => {
      await tx.nativeUpdate(LabReport, { id: report.id }, { status: 'failed', error, warnings, ...(layout ? { layout } : {}), updatedAt: now });
      await this.record(report, 'error', 'UNPROCESSABLE');
    });
    this.logger.log(`report parse failed for good (${warnings.length} warnings)`);
  }

  /** `labs.result.recorded` for each result, then `labs.report.parsed`; ids make repeats harmless. */
  private async publishEvents(report: LabReport, rows: LabResult[], warnings: number): Promise<void> {
    // Ids and codes only (see labs.events.ts): EVENTS is not audited, the values are read through audited calls.
    await Promise.all(rows.map((r) => publishDomainEvent(this.js, this.ns, LABS_EVENTS.resultRecorded, new LabResultRecordedEvent(
      r.id, r.reportId ?? null, r.patientId, r.biomarkerKey ?? null, r.loinc ?? null,
    ), `${LABS_EVENTS.resultRecorded}:${r.id}`)));
    // A result outside the lab's normal range: its status code, never its value.
    await Promise.all(rows.filter((r) => isOutOfRange(r.status)).map((r) => publishDomainEvent(this.js, this.ns, LABS_EVENTS.resultOutOfRange, new LabResultOutOfRangeEvent(
      r.id, r.reportId ?? null, r.patientId, r.biomarkerKey ?? null, r.status!,
    ), `${LABS_EVENTS.resultOutOfRange}:${r.id}`)));
    await publishDomainEvent(this.js, this.ns, LABS_EVENTS.reportParsed, new LabReportParsedEvent(
      report.id, report.patientId, report.kind, rows.length, warnings,
    ), `${LABS_EVENTS.reportParsed}:${report.id}`);
  }

  /** The parse reads and writes patient data without a caller: it is recorded as labs-svc's own access. */
  private async record(report: LabReport, outcome: 'success' | 'error', reason?: string): Promise<void> {
    await this.audit.publish({
      // One event per report and outcome: a redelivered job's retry is de-duplicated by the stream and audit-svc.
      id: uuidFrom(`labs-parse:${report.id}:${outcome}`),
      action: 'import',
      outcome,
      ...(reason ? { reason } : {}),
      ...serviceParts(this.source),
      resource: { type: 'lab-report', id: report.id, patientId: report.patientId },
      purposeOfUse: 'treatment',
      requestId: `labs-parse:${report.id}`,
    });
  }
}
