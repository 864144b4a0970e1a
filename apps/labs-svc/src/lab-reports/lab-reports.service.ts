import { afterCommit, beginTransaction } from '@pg/audit';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { LabsSettings } from '@pg/config';
import { decide, defineAbilityFor, patientScope, requireReadableQuery, type Action, type AppAbility, type PatientScope, enforce } from '@pg/access';
import {
  DomainException, ErrorCode, LAB_REPORT_LIST_FIELDS, type LabReportDetailDto, type LabReportDto, type LabReportFileDto, type LabUploadDto, type ListLabReportsQueryDto,
  type Page, type RequestMeta,
} from '@pg/contracts';
import { LABS_SETTINGS } from '../labs.settings.js';
import { LabResultRepository } from '../lab-results/lab-result.repository.js';
import { toResultDto } from '../lab-results/lab-result.mapper.js';
import { digestHex, LabFileStore } from './lab-file.store.js';
import { LabReport } from './lab-report.entity.js';
import { toReportDto } from './lab-report.mapper.js';
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
    @Inject(LABS_SETTINGS) private readonly settings: LabsSettings,
  ) {}

  async create(meta: RequestMeta, patientId: string, upload: LabUploadDto): Promise<LabReportDto> {
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
    return { ...page, items: page.items.map(toReportDto) };
  }

  async get(meta: RequestMeta, patientId: string, reportId: string): Promise<LabReportDetailDto> {
    const scope = this.scope(meta, 'read', patientId);
    const report = await this.reports.findInScope(scope, patientId, reportId);
    if (!report) throw DomainException.notFound('Lab report');
    const results = await this.results.ofReport(scope, patientId, reportId);
    return { ...toReportDto(report), results: results.map(toResultDto) };
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
