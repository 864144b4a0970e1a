import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import {
  CreateLabReportRequest, GetLabReportRequest, LabReportFileRequest, LABS, ListLabReportsRequest, type RequestMeta,
} from '@pg/contracts';
import { LabReportsService } from './lab-reports.service.js';

@Controller()
export class LabReportsHandler {
  constructor(private readonly reports: LabReportsService) {}

  @AuditedPattern({ pattern: LABS.reportCreate, action: 'create', resource: 'lab-report', deferTransaction: true })
  create(@Payload() req: CreateLabReportRequest, @Meta() meta: RequestMeta) {
    return this.reports.create(meta, req.patientId, req.upload);
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
}
