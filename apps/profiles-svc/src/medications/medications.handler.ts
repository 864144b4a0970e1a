import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta, type RpcAuditSpec } from '@pg/audit';
import {
  CreateMedicationRequest, DeleteMedicationRequest, GetMedicationRequest, ListMedicationsRequest, PROFILES, type RequestMeta, UpdateMedicationRequest,
} from '@pg/contracts';
import { MedicationsService } from './medications.service.js';

/** What a list of medications records (also as a part of the assistant's view). */
export const MEDICATION_LIST_AUDIT = { pattern: PROFILES.medicationList, action: 'search', resource: 'medication', queryKeys: ['status', 'limit'] } as const satisfies RpcAuditSpec;

@Controller()
export class MedicationsHandler {
  constructor(private readonly medications: MedicationsService) {}

  @AuditedPattern(MEDICATION_LIST_AUDIT)
  list(@Payload() req: ListMedicationsRequest, @Meta() meta: RequestMeta) {
    return this.medications.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: PROFILES.medicationCreate, action: 'create', resource: 'medication' })
  create(@Payload() req: CreateMedicationRequest, @Meta() meta: RequestMeta) {
    return this.medications.create(meta, req.patientId, req.body);
  }

  @AuditedPattern({ pattern: PROFILES.medicationGet, action: 'read', resource: 'medication', idKey: 'medicationId' })
  get(@Payload() req: GetMedicationRequest, @Meta() meta: RequestMeta) {
    return this.medications.get(meta, req.patientId, req.medicationId);
  }

  @AuditedPattern({ pattern: PROFILES.medicationUpdate, action: 'update', resource: 'medication', idKey: 'medicationId' })
  update(@Payload() req: UpdateMedicationRequest, @Meta() meta: RequestMeta) {
    return this.medications.update(meta, req.patientId, req.medicationId, req.body, req.ifMatch);
  }

  @AuditedPattern({ pattern: PROFILES.medicationDelete, action: 'delete', resource: 'medication', idKey: 'medicationId' })
  remove(@Payload() req: DeleteMedicationRequest, @Meta() meta: RequestMeta) {
    return this.medications.remove(meta, req.patientId, req.medicationId, req.ifMatch);
  }
}
