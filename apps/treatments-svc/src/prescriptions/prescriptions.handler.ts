import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { GetPrescriptionRequest, ListPrescriptionsRequest, TREATMENTS, type RequestMeta } from '@pg/contracts';
import { PrescriptionsService } from './prescriptions.service.js';

@Controller()
export class PrescriptionsHandler {
  constructor(private readonly prescriptions: PrescriptionsService) {}

  @AuditedPattern({ pattern: TREATMENTS.prescriptionList, action: 'search', resource: 'prescription', queryKeys: ['status', 'limit'] })
  list(@Payload() req: ListPrescriptionsRequest, @Meta() meta: RequestMeta) {
    return this.prescriptions.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: TREATMENTS.prescriptionGet, action: 'read', resource: 'prescription', idKey: 'prescriptionId' })
  get(@Payload() req: GetPrescriptionRequest, @Meta() meta: RequestMeta) {
    return this.prescriptions.get(meta, req.patientId, req.prescriptionId);
  }
}
