import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import {
  CompareLabReportsRequest, CreateLabReportRequest, DeleteLabReportRequest, GetLabReportRequest, LabReportFileRequest, LABS, ListLabReportsRequest,
  RestoreLabReportRequest, ReviewLabReportRequest, type RequestMeta,
} from '@pg/contracts';
import { LabReportsService } from './lab-reports.service.js';

@Controller()
export class LabReportsHandler {
  constructor(private readonly reports: LabReportsService) {}

  @AuditedPattern({ pattern: LABS.reportCreate, action: 'create', resource: 'lab-report', deferTransaction: true })
  create(@Payload() req: CreateLabReportRequest, @Meta() meta: RequestMeta) {
    return this.reports.create(meta, req.patientId, req.upload, req.sexAtBirth);
  }

  @AuditedPattern({ pattern: LABS.reportList, action: 'search', resource: 'lab-report', queryKeys: ['status', 'limit'] })
  list(@Payload() req: ListLabReportsRequest, @Meta() meta: RequestMeta) {
    return this.reports.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: LABS.reportGet, action: 'read', resource: 'lab-report', idKey: 'reportId' })
  get(@Payload() req: GetLabReportRequest, @Meta() meta: RequestMeta) {
    return this.reports.get(meta, req.patientId, req.reportId);
  }

  /** The original's whereabouts: the gateway streams it from the object store after this (audited) answer. */
  @AuditedPattern({ pattern: LABS.reportFile, action: 'read', resource: 'lab-report-file', idKey: 'reportId' })
  file(@Payload() req: LabReportFileRequest, @Meta() meta: RequestMeta) {
    return this.reports.file(meta, req.patientId, req.reportId);
  }

  @AuditedPattern({ pattern: LABS.reportCompare, action: 'read', resource: 'lab-report-comparison' })
  compare(@Payload() req: CompareLabReportsRequest, @Meta() meta: RequestMeta) {
    return this.reports.compare(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: LABS.reportReview, action: 'update', resource: 'lab-report-review', idKey: 'reportId' })
  review(@Payload() req: ReviewLabReportRequest, @Meta() meta: RequestMeta) {
    return this.reports.review(meta, req.patientId, req.reportId);
  }

  /** The reason is kept on the report row, never in the audit event (free text may name anyone). */
  @AuditedPattern({ pattern: LABS.reportDelete, action: 'delete', resource: 'lab-report', idKey: 'reportId' })
  softDelete(@Payload() req: DeleteLabReportRequest, @Meta() meta: RequestMeta) {
    return this.reports.softDelete(meta, req.patientId, req.reportId, req.body?.reason);
  }

  @AuditedPattern({ pattern: LABS.reportRestore, action: 'update', resource: 'lab-report-restore', idKey: 'reportId' })
  restore(@Payload() req: RestoreLabReportRequest, @Meta() meta: RequestMeta) {
    return this.reports.restore(meta, req.patientId, req.reportId);
  }
}
