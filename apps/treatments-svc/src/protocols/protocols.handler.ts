import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import {
  CreateProtocolRequest, GetProtocolRequest, ListProtocolsRequest, ListProtocolVersionsRequest, RegimenRequest, TREATMENTS, UpdateProtocolRequest,
  type RequestMeta,
} from '@pg/contracts';
import { ProtocolsService } from './protocols.service.js';

@Controller()
export class ProtocolsHandler {
  constructor(private readonly protocols: ProtocolsService) {}

  @AuditedPattern({ pattern: TREATMENTS.protocolCreate, action: 'create', resource: 'protocol' })
  create(@Payload() req: CreateProtocolRequest, @Meta() meta: RequestMeta) {
    return this.protocols.create(meta, req.patientId, req.body);
  }

  @AuditedPattern({ pattern: TREATMENTS.protocolList, action: 'search', resource: 'protocol', queryKeys: ['status', 'limit'] })
  list(@Payload() req: ListProtocolsRequest, @Meta() meta: RequestMeta) {
    return this.protocols.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: TREATMENTS.protocolGet, action: 'read', resource: 'protocol', idKey: 'protocolId' })
  get(@Payload() req: GetProtocolRequest, @Meta() meta: RequestMeta) {
    return this.protocols.get(meta, req.patientId, req.protocolId, req.query);
  }

  @AuditedPattern({ pattern: TREATMENTS.protocolVersions, action: 'read', resource: 'protocol', idKey: 'protocolId' })
  versions(@Payload() req: ListProtocolVersionsRequest, @Meta() meta: RequestMeta) {
    return this.protocols.history(meta, req.patientId, req.protocolId);
  }

  @AuditedPattern({ pattern: TREATMENTS.protocolUpdate, action: 'update', resource: 'protocol', idKey: 'protocolId' })
  update(@Payload() req: UpdateProtocolRequest, @Meta() meta: RequestMeta) {
    return this.protocols.update(meta, req.patientId, req.protocolId, req.body, req.ifMatch);
  }

  @AuditedPattern({ pattern: TREATMENTS.regimenGet, action: 'read', resource: 'regimen' })
  regimen(@Payload() req: RegimenRequest, @Meta() meta: RequestMeta) {
    return this.protocols.regimen(meta, req.patientId, req.date, req.timeZone);
  }
}
