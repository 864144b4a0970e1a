import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { LABS, ReadLabsContextRequest, type RequestMeta } from '@pg/contracts';
import { RESULT_LATEST_AUDIT } from '../lab-results/lab-results.handler.js';
import { WEARABLE_DAILY_AUDIT } from '../wearables/wearables.handler.js';
import { LabsContextService } from './labs-context.service.js';

@Controller()
export class LabsContextHandler {
  constructor(private readonly context: LabsContextService) {}

  /** The assistant's view, this service's parts in one request: each part recorded as its own pattern records it. */
  @AuditedPattern({
    pattern: LABS.contextRead, action: 'read', resource: 'patient-context', idKey: 'patientId', patientFromResultId: false,
    parts: { biomarkers: RESULT_LATEST_AUDIT, wearables: WEARABLE_DAILY_AUDIT },
  })
  read(@Payload() req: ReadLabsContextRequest, @Meta() meta: RequestMeta) {
    return this.context.read(meta, req);
  }
}
