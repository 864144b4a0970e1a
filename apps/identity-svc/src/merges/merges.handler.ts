import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { CreateMergeRequest, IDENTITY, MergeIdRequest, type RequestMeta } from '@pg/contracts';
import { MergesService } from './merges.service.js';

@Controller()
export class MergesHandler {
  constructor(private readonly merges: MergesService) {}

  @AuditedPattern({ pattern: IDENTITY.mergeCreate, action: 'merge', resource: 'merge', patientFromResultId: false })
  create(@Payload() req: CreateMergeRequest, @Meta() meta: RequestMeta) {
    return this.merges.create(meta, req.patientId, req.body.sourcePatientId);
  }

  @AuditedPattern({ pattern: IDENTITY.mergeGet, action: 'read', resource: 'merge', idKey: 'mergeId', patientFromResultId: false })
  get(@Payload() req: MergeIdRequest, @Meta() meta: RequestMeta) {
    return this.merges.get(meta, req.mergeId);
  }

  @AuditedPattern({ pattern: IDENTITY.mergeUndo, action: 'merge', resource: 'merge', idKey: 'mergeId', patientFromResultId: false })
  undo(@Payload() req: MergeIdRequest, @Meta() meta: RequestMeta) {
    return this.merges.undo(meta, req.mergeId);
  }
}
