import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta, type RpcAuditSpec } from '@pg/audit';
import {
  CreatePatientRequest, DeactivatePatientRequest, DeletePatientRequest, GetPatientRequest, PROFILES, type RequestMeta, RestorePatientRequest,
  SearchPatientsRequest, UpdatePatientRequest,
} from '@pg/contracts';
import { PatientsService } from './patients.service.js';

/**
 * Filters recorded with their value in the search's audit event. Birth date and identifier (an MRN is one of
 * HIPAA's identifiers) are PHI: the event says only that they were present, like the free-text `q`.
 */
const SEARCH_KEYS = ['status', 'subscriptionTier', 'limit'] as const;

/** What a read of one profile records (also as a part of the assistant's view). */
export const PATIENT_GET_AUDIT = { pattern: PROFILES.patientGet, action: 'read', resource: 'patient', idKey: 'patientId' } as const satisfies RpcAuditSpec;

@Controller()
export class PatientsHandler {
  constructor(private readonly patients: PatientsService) {}

  @AuditedPattern({ pattern: PROFILES.patientCreate, action: 'create', resource: 'patient' })
  create(@Payload() req: CreatePatientRequest, @Meta() meta: RequestMeta) {
    return this.patients.create(meta, req.body);
  }

  @AuditedPattern(PATIENT_GET_AUDIT)
  get(@Payload() req: GetPatientRequest, @Meta() meta: RequestMeta) {
    return this.patients.get(meta, req.patientId);
  }

  @AuditedPattern({ pattern: PROFILES.patientUpdate, action: 'update', resource: 'patient', idKey: 'patientId' })
  update(@Payload() req: UpdatePatientRequest, @Meta() meta: RequestMeta) {
    return this.patients.update(meta, req.patientId, req.body, req.ifMatch);
  }

  @AuditedPattern({ pattern: PROFILES.patientDeactivate, action: 'delete', resource: 'patient', idKey: 'patientId' })
  deactivate(@Payload() req: DeactivatePatientRequest, @Meta() meta: RequestMeta) {
    return this.patients.deactivate(meta, req.patientId);
  }

  /** Soft delete with a reason; the reason is kept on the profile, never in the audit event or a domain event. */
  @AuditedPattern({ pattern: PROFILES.patientDelete, action: 'delete', resource: 'patient', idKey: 'patientId' })
  softDelete(@Payload() req: DeletePatientRequest, @Meta() meta: RequestMeta) {
    return this.patients.softDelete(meta, req.patientId, req.body.reason);
  }

  @AuditedPattern({ pattern: PROFILES.patientRestore, action: 'update', resource: 'patient', idKey: 'patientId' })
  restore(@Payload() req: RestorePatientRequest, @Meta() meta: RequestMeta) {
    return this.patients.restore(meta, req.patientId, req.body.reason);
  }

  @AuditedPattern({ pattern: PROFILES.patientSearch, action: 'search', resource: 'patient', queryKeys: SEARCH_KEYS })
  search(@Payload() req: SearchPatientsRequest, @Meta() meta: RequestMeta) {
    return this.patients.search(meta, req.query);
  }
}
