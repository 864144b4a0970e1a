import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta, type RpcAuditSpec } from '@pg/audit';
import { LABS, LabTrendRequest, LatestLabResultsRequest, SearchLabResultsRequest, type RequestMeta } from '@pg/contracts';
import { LabResultsService } from './lab-results.service.js';

/** What a read of the latest results records (also as a part of the assistant's view). */
export const RESULT_LATEST_AUDIT = { pattern: LABS.resultLatest, action: 'read', resource: 'lab-result-latest' } as const satisfies RpcAuditSpec;

@Controller()
export class LabResultsHandler {
  constructor(private readonly results: LabResultsService) {}

  @AuditedPattern({ pattern: LABS.resultSearch, action: 'search', resource: 'lab-result', queryKeys: ['biomarker', 'from', 'to', 'flag', 'status', 'reportId', 'limit'] })
  search(@Payload() req: SearchLabResultsRequest, @Meta() meta: RequestMeta) {
    return this.results.search(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: LABS.resultTrend, action: 'read', resource: 'lab-result-trend' })
  trend(@Payload() req: LabTrendRequest, @Meta() meta: RequestMeta) {
    return this.results.trend(meta, req.patientId, req.query);
  }

  /** The newest result of each biomarker and the one before it (the assistant's context). */
  @AuditedPattern(RESULT_LATEST_AUDIT)
  latest(@Payload() req: LatestLabResultsRequest, @Meta() meta: RequestMeta) {
    return this.results.latest(meta, req.patientId);
  }
}
