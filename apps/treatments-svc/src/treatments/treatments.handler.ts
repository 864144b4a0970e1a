import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { GetTreatmentRequest, ListTreatmentsRequest, TransitionTreatmentRequest, TREATMENTS, type RequestMeta } from '@pg/contracts';
import { TreatmentsService } from './treatments.service.js';

@Controller()
export class TreatmentsHandler {
  constructor(private readonly treatments: TreatmentsService) {}

  @AuditedPattern({ pattern: TREATMENTS.treatmentList, action: 'search', resource: 'treatment', queryKeys: ['status', 'limit'] })
  list(@Payload() req: ListTreatmentsRequest, @Meta() meta: RequestMeta) {
    return this.treatments.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: TREATMENTS.treatmentGet, action: 'read', resource: 'treatment', idKey: 'treatmentId' })
  get(@Payload() req: GetTreatmentRequest, @Meta() meta: RequestMeta) {
    return this.treatments.get(meta, req.patientId, req.treatmentId);
  }

  @AuditedPattern({ pattern: TREATMENTS.treatmentTransition, action: 'transition', resource: 'treatment', idKey: 'treatmentId' })
  transition(@Payload() req: TransitionTreatmentRequest, @Meta() meta: RequestMeta) {
    return this.treatments.transition(meta, req.patientId, req.treatmentId, req.body);
  }
}
