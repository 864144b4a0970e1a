import { afterCommit, beginTransaction, JETSTREAM } from '@pg/audit';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { LabsSettings } from '@pg/config';
import type { JetStreamClient } from '@nats-io/jetstream';
import { decide, defineAbilityFor, patientScope, requireReadableQuery, type Action, type AppAbility, type PatientScope, enforce } from '@pg/access';
import {
  DomainException, ErrorCode, LAB_REPORT_LIST_FIELDS, LabReportReviewedEvent, LABS_EVENTS, Role, type CompareLabReportsQueryDto, type LabReportComparisonDto,
  type LabReportDeletionDto, type LabReportDetailDto, type LabReportDto, type LabReportFileDto, type LabUploadDto, type ListLabReportsQueryDto,
  type Page, type RequestMeta, type SexAtBirth,
  retainUntil as retentionDate,
} from '@pg/contracts';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { BiomarkersService } from '../biomarkers/biomarkers.service.js';
import { compareResults } from '../lab-results/lab-compare.js';
import { summarize } from '../lab-results/lab-status.js';
import { LABS_SETTINGS } from '../labs.settings.js';
import { LabResultRepository } from '../lab-results/lab-result.repository.js';
import { toResultDto } from '../lab-results/lab-result.mapper.js';
import { digestHex, LabFileStore } from './lab-file.store.js';
import { LabReport } from './lab-report.entity.js';
import { toDeletionDto, toReportDto } from './lab-report.mapper.js';
import { LabReportRepository } from './lab-report.repository.js';
import { LabParseQueue } from './parse-queue.js';
import { isHl7 } from './parsing/hl7.parser.js';
import { assertPdfHasText, looksLikePdf, PdfUnreadableError } from './parsing/pdf-text.js';
import { StructuredInputError, validateStructured } from './parsing/report-reader.js';

const unprocessable = (message: string) => new DomainException(ErrorCode.UNPROCESSABLE, message);

/**
 * Lab reports: take an upload (202: parsing runs on the queue), list, read with results, hand out the original.
 * Each use case starts with the record-level check. labs-svc does not own patients: a patient in the caller's
 * scope is enough (the gateway checked the scope, profiles-svc owns existence).
 */
@Injectable()
export class LabReportsService {
  private readonly logger = new Logger('LabReports');

  constructor(
    private readonly reports: LabReportRepository,
    private readonly results: LabResultRepository,
    private readonly files: LabFileStore,
    private readonly queue: LabParseQueue,
    private readonly biomarkers: BiomarkersService,
    private readonly ns: NatsNamespace,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    @Inject(LABS_SETTINGS) private readonly settings: LabsSettings,
  ) {}

  async create(meta: RequestMeta, patientId: string, upload: LabUploadDto, sexAtBirth?: SexAtBirth): Promise<LabReportDto> {
    const ability = defineAbilityFor(meta.actor);
    this.check(ability, 'create', patientId);
    if (upload.requestKey) {
      // A retry of an upload whose answer was lost (a timeout at the gateway): the report it made, not a second one.
      const earlier = await this.reports.findByRequestKey(meta.actor.principalId, patientId, upload.requestKey);
      if (earlier) return toReportDto(earlier);
    }
    const info = await this.files.info(upload.object);
    if (!info || info.deleted) throw DomainException.validation([{ field: 'file', message: 'The uploaded file was not found in the store' }]);
    if (info.size !== upload.size || digestHex(info) !== upload.sha256) {
      throw DomainException.validation([{ field: 'file', message: 'The stored file does not match the upload (size or SHA-256)' }]);
    }
    await this.checkOriginal(upload);
    if (this.settings.testDelays.createMs) await new Promise((res) => setTimeout(res, this.settings.testDelays.createMs));
    // The checks above (reading up to 20 MB, scanning a PDF) ran outside the transaction: it begins only now.
    await beginTransaction();
    const now = new Date();
    const report = Object.assign(new LabReport(), {
      id: randomUUID(),
      patientId,
      status: 'received' as const,
      kind: upload.kind,
      contentType: upload.contentType,
      fileName: upload.fileName ?? null,
      fileObject: upload.object,
      fileSize: upload.size,
      fileSha256: upload.sha256,
      layout: null,
      collectedAt: null,
      resultCount: 0,
      warnings: [],
      error: null,
      attempts: 0,
      createdBy: meta.actor.principalId,
      createdAt: now,
      updatedAt: now,
      parsedAt: null,
      requestKey: upload.requestKey ?? null,
      sexAtBirth: sexAtBirth ?? null,
      reviewedAt: null,
      reviewedBy: null,
      deletedAt: null,
      deletedBy: null,
      deleteReason: null,
      retainUntil: null,
    });
    this.reports.persist(report);
    try {
      await this.reports.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw DomainException.conflict('An upload with this Idempotency-Key is still being taken; try again');
      throw err;
    }
    // Queued once the report is committed (a parser must find it); if this publish is lost, the sweep queues it again.
    afterCommit(() => this.queue.enqueue(report.id).catch(() => this.logger.warn('could not queue a parse now; the sweep will')));
    return toReportDto(report);
  }

  /** The original must be what it says it is: a PDF with text, an HL7 message, text, valid structured results. */
  private async checkOriginal(upload: LabUploadDto): Promise<void> {
    const bytes = await this.files.read(upload.object);
    if (!bytes) throw DomainException.validation([{ field: 'file', message: 'The uploaded file was not found in the store' }]);
    switch (upload.kind) {
      case 'pdf':
        if (!looksLikePdf(bytes)) throw unprocessable('The file is not a PDF (its bytes do not start with %PDF-)');
        try {
          await assertPdfHasText(bytes);
        } catch (err) {
          if (err instanceof PdfUnreadableError) throw unprocessable(err.message);
          throw err;
        }
        return;
      case 'hl7v2':
        if (!isHl7(Buffer.from(bytes).toString('utf8'))) throw unprocessable('The body is not an HL7 v2 message: it does not start with an MSH segment');
        return;
      case 'text':
        if (!Buffer.from(bytes).toString('utf8').trim()) throw unprocessable('The body is empty');
        return;
      case 'json':
        try {
          validateStructured(JSON.parse(Buffer.from(bytes).toString('utf8')));
        } catch (err) {
          if (err instanceof StructuredInputError) throw DomainException.validation(err.details.length ? err.details : [{ field: 'body', message: 'must be an object { results: [...] }' }]);
          throw DomainException.validation([{ field: 'body', message: 'not valid JSON' }]);
        }
    }
  }

  async list(meta: RequestMeta, patientId: string, query: ListLabReportsQueryDto): Promise<Page<LabReportDto>> {
    const scope = this.scope(meta, 'read', patientId);
    requireReadableQuery(defineAbilityFor(meta.actor), 'LabReport', LAB_REPORT_LIST_FIELDS, query);
    const page = await this.reports.list(scope, patientId, query);
    const summaries = await this.results.summariesOf(this.resultScope(meta), patientId, page.items.map((r) => r.id));
    return { ...page, items: page.items.map((r) => toReportDto(r, summaries.get(r.id))) };
  }

  async get(meta: RequestMeta, patientId: string, reportId: string): Promise<LabReportDetailDto> {
    const scope = this.scope(meta, 'read', patientId);
    const report = await this.reports.findInScope(scope, patientId, reportId);
    if (!report) throw DomainException.notFound('Lab report');
    const results = await this.results.ofReport(this.resultScope(meta), patientId, reportId);
    return { ...toReportDto(report, summarize(results.map((r) => r.status))), results: results.map(toResultDto) };
  }

  /**
   * A clinician marks a report reviewed. Idempotent: the first review stands (who and when), a repeat answers it
   * unchanged and publishes nothing; every call is audited. A report still being read (received, parsing) is 409.
   */
  async review(meta: RequestMeta, patientId: string, reportId: string): Promise<LabReportDto> {
    const scope = this.scope(meta, 'update', patientId);
    if (!meta.actor.roles.includes(Role.clinician)) throw DomainException.forbidden('Only a clinician reviews a lab report');
    const report = await this.reports.findInScope(scope, patientId, reportId);
    if (!report) throw DomainException.notFound('Lab report');
    if (report.status === 'received' || report.status === 'parsing') throw DomainException.conflict('The report has not been read yet: it can be reviewed once it is parsed or failed');
    if (!report.reviewedAt) {
      const at = new Date();
      if (await this.reports.markReviewed(report.id, meta.actor.principalId, at)) {
        afterCommit(() => this.publish(LABS_EVENTS.reportReviewed, new LabReportReviewedEvent(report.id, report.patientId, meta.actor.principalId, at.toISOString()), `${LABS_EVENTS.reportReviewed}:${report.id}`));
      }
    }
    const fresh = (await this.reports.findAnyInScope(scope, patientId, reportId))!;
    const summaries = await this.results.summariesOf(this.resultScope(meta), patientId, [reportId]);
    return toReportDto(fresh, summaries.get(reportId));
  }

  /**
   * An admin soft-deletes a report with a reason: it and its results are hidden from every read; the rows stay until
   * the retention date (7 years on), which a trigger enforces. Deleting a deleted report is 409.
   */
  async softDelete(meta: RequestMeta, patientId: string, reportId: string, reason: string | undefined): Promise<LabReportDeletionDto> {
    const scope = this.scope(meta, 'delete', patientId);
    const report = await this.reports.findAnyInScope(scope, patientId, reportId);
    if (!report) throw DomainException.notFound('Lab report');
    // After the record check: a report of another patient is 404 with or without a reason (no existence leak).
    if (!reason) throw DomainException.validation([{ field: 'reason', message: 'reason is required (10 to 500 characters): why the report is deleted' }]);
    if (report.deletedAt) throw DomainException.conflict('The lab report is already deleted');
    const at = new Date();
    const retainUntil = retentionDate(at); // RETENTION_YEARS (libs/contracts) after the delete
    if (!(await this.reports.markDeleted(report.id, { deletedAt: at, deletedBy: meta.actor.principalId, deleteReason: reason, retainUntil }))) {
      throw DomainException.conflict('The lab report is already deleted');
    }
    await this.results.markDeleted(report.id, at, retainUntil);
    return toDeletionDto((await this.reports.findAnyInScope(scope, patientId, reportId))!);
  }

  /** Undoes a soft delete: the report and its results are read again as before. Restoring a live report is 409. */
  async restore(meta: RequestMeta, patientId: string, reportId: string): Promise<LabReportDeletionDto> {
    const scope = this.scope(meta, 'delete', patientId);
    const report = await this.reports.findAnyInScope(scope, patientId, reportId);
    if (!report) throw DomainException.notFound('Lab report');
    if (!report.deletedAt) throw DomainException.conflict('The lab report is not deleted');
    if (!(await this.reports.markRestored(report.id))) throw DomainException.conflict('The lab report is not deleted');
    await this.results.markDeleted(report.id, null, null);
    // A report deleted before its parse is parsed now (the queue skipped it while it was deleted).
    if (report.status === 'received' || report.status === 'parsing') {
      afterCommit(() => this.queue.enqueue(report.id).catch(() => this.logger.warn('could not queue a parse now; the sweep will')));
    }
    return toDeletionDto((await this.reports.findAnyInScope(scope, patientId, reportId))!);
  }

  /**
   * Two reports of one patient side by side: per biomarker both values in one unit, the change, its direction and
   * whether the status changed. A report that is not this patient's (or deleted) is 404, like one that does not exist.
   */
  async compare(meta: RequestMeta, patientId: string, query: CompareLabReportsQueryDto): Promise<LabReportComparisonDto> {
    const scope = this.scope(meta, 'read', patientId);
    const resultScope = this.resultScope(meta);
    const [a, b] = await Promise.all([this.reports.findInScope(scope, patientId, query.a), this.reports.findInScope(scope, patientId, query.b)]);
    if (!a || !b) throw DomainException.notFound('Lab report');
    const [ra, rb] = await Promise.all([this.results.ofReport(resultScope, patientId, a.id), this.results.ofReport(resultScope, patientId, b.id)]);
    return {
      patientId,
      a: { reportId: a.id, collectedAt: a.collectedAt ? a.collectedAt.toISOString() : null },
      b: { reportId: b.id, collectedAt: b.collectedAt ? b.collectedAt.toISOString() : null },
      rows: compareResults(ra, rb, await this.biomarkers.catalog()),
    };
  }

  async file(meta: RequestMeta, patientId: string, reportId: string): Promise<LabReportFileDto> {
    const scope = this.scope(meta, 'read', patientId);
    const report = await this.reports.findInScope(scope, patientId, reportId);
    if (!report) throw DomainException.notFound('Lab report');
    return {
      reportId: report.id,
      patientId: report.patientId,
      object: report.fileObject,
      contentType: report.contentType,
      fileName: report.fileName ?? null,
      size: report.fileSize,
      sha256: report.fileSha256,
    };
  }

  /** Reading a report's results is a read of LabResult too (the same roles read both today; checked, not assumed). */
  private resultScope(meta: RequestMeta): PatientScope {
    return patientScope(defineAbilityFor(meta.actor), 'read', 'LabResult') ?? { kind: 'some', patientIds: [] };
  }

  private async publish(name: string, event: object, id: string): Promise<void> {
    try {
      await publishDomainEvent(this.js, this.ns, name, event, id);
    } catch (err) {
      this.logger.warn(`could not publish ${name}: ${err instanceof Error ? err.name : typeof err}`);
    }
  }

  /** The record-level check, then the scope for the queries. */
  private scope(meta: RequestMeta, action: Action, patientId: string): PatientScope {
    const ability = defineAbilityFor(meta.actor);
    this.check(ability, action, patientId);
    return patientScope(ability, action, 'LabReport') ?? { kind: 'some', patientIds: [] };
  }

  private check(ability: AppAbility, action: Action, patientId: string): void {
    enforce(decide(ability, action, 'LabReport', patientId));
  }
}
