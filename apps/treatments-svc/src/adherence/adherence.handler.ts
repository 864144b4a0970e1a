import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { AdherenceRequest, ListDosesRequest, LogDoseRequest, TREATMENTS, type RequestMeta } from '@pg/contracts';
import { AdherenceService } from './adherence.service.js';

@Controller()
export class AdherenceHandler {
  constructor(private readonly adherence: AdherenceService) {}

  @AuditedPattern({ pattern: TREATMENTS.doseLog, action: 'create', resource: 'protocol-dose' })
  log(@Payload() req: LogDoseRequest, @Meta() meta: RequestMeta) {
    return this.adherence.log(meta, req.patientId, req.protocolId, req.body);
  }

  @AuditedPattern({ pattern: TREATMENTS.doseList, action: 'search', resource: 'protocol-dose', queryKeys: ['itemId', 'from', 'to', 'limit'] })
  list(@Payload() req: ListDosesRequest, @Meta() meta: RequestMeta) {
    return this.adherence.list(meta, req.patientId, req.protocolId, req.query);
  }

  @AuditedPattern({ pattern: TREATMENTS.adherenceGet, action: 'read', resource: 'protocol-adherence', idKey: 'protocolId' })
  get(@Payload() req: AdherenceRequest, @Meta() meta: RequestMeta) {
    return this.adherence.adherence(meta, req.patientId, req.protocolId, req.query);
  }
}
