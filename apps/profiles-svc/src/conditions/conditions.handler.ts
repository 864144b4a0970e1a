import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta, type RpcAuditSpec } from '@pg/audit';
import {
  CreateConditionRequest, DeleteConditionRequest, GetConditionRequest, ListConditionsRequest, PROFILES, type RequestMeta, UpdateConditionRequest,
} from '@pg/contracts';
import { ConditionsService } from './conditions.service.js';

/** What a list of conditions records (also as a part of the assistant's view). */
export const CONDITION_LIST_AUDIT = { pattern: PROFILES.conditionList, action: 'search', resource: 'condition', queryKeys: ['clinicalStatus', 'limit'] } as const satisfies RpcAuditSpec;

@Controller()
export class ConditionsHandler {
  constructor(private readonly conditions: ConditionsService) {}

  @AuditedPattern(CONDITION_LIST_AUDIT)
  list(@Payload() req: ListConditionsRequest, @Meta() meta: RequestMeta) {
    return this.conditions.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: PROFILES.conditionCreate, action: 'create', resource: 'condition' })
  create(@Payload() req: CreateConditionRequest, @Meta() meta: RequestMeta) {
    return this.conditions.create(meta, req.patientId, req.body);
  }

  @AuditedPattern({ pattern: PROFILES.conditionGet, action: 'read', resource: 'condition', idKey: 'conditionId' })
  get(@Payload() req: GetConditionRequest, @Meta() meta: RequestMeta) {
    return this.conditions.get(meta, req.patientId, req.conditionId);
  }

  @AuditedPattern({ pattern: PROFILES.conditionUpdate, action: 'update', resource: 'condition', idKey: 'conditionId' })
  update(@Payload() req: UpdateConditionRequest, @Meta() meta: RequestMeta) {
    return this.conditions.update(meta, req.patientId, req.conditionId, req.body, req.ifMatch);
  }

  @AuditedPattern({ pattern: PROFILES.conditionDelete, action: 'delete', resource: 'condition', idKey: 'conditionId' })
  remove(@Payload() req: DeleteConditionRequest, @Meta() meta: RequestMeta) {
    return this.conditions.remove(meta, req.patientId, req.conditionId, req.ifMatch);
  }
}
