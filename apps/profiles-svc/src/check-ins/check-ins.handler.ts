import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { CheckInTrendRequest, ListCheckInsRequest, PROFILES, RecordCheckInRequest, type RequestMeta } from '@pg/contracts';
import { CheckInsService } from './check-ins.service.js';

@Controller()
export class CheckInsHandler {
  constructor(private readonly checkIns: CheckInsService) {}

  @AuditedPattern({ pattern: PROFILES.checkInRecord, action: 'create', resource: 'check-in' })
  record(@Payload() req: RecordCheckInRequest, @Meta() meta: RequestMeta) {
    return this.checkIns.record(meta, req.patientId, req.body);
  }

  @AuditedPattern({ pattern: PROFILES.checkInList, action: 'search', resource: 'check-in', queryKeys: ['from', 'to', 'limit'] })
  list(@Payload() req: ListCheckInsRequest, @Meta() meta: RequestMeta) {
    return this.checkIns.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: PROFILES.checkInTrend, action: 'read', resource: 'check-in-trend' })
  trend(@Payload() req: CheckInTrendRequest, @Meta() meta: RequestMeta) {
    return this.checkIns.trend(meta, req.patientId, req.query);
  }
}
