import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { PROFILES, ReadProfilesContextRequest, type RequestMeta } from '@pg/contracts';
import { CONDITION_LIST_AUDIT } from '../conditions/conditions.handler.js';
import { CONVERSATION_RECENT_AUDIT } from '../conversations/conversations.handler.js';
import { MEDICATION_LIST_AUDIT } from '../medications/medications.handler.js';
import { PATIENT_GET_AUDIT } from '../patients/patients.handler.js';
import { ProfilesContextService } from './profiles-context.service.js';

@Controller()
export class ProfilesContextHandler {
  constructor(private readonly context: ProfilesContextService) {}

  /** The assistant's view, this service's parts in one request: each part recorded as its own pattern records it. */
  @AuditedPattern({
    pattern: PROFILES.contextRead, action: 'read', resource: 'patient-context', idKey: 'patientId', patientFromResultId: false,
    parts: { profile: PATIENT_GET_AUDIT, conditions: CONDITION_LIST_AUDIT, medications: MEDICATION_LIST_AUDIT, conversation: CONVERSATION_RECENT_AUDIT },
  })
  read(@Payload() req: ReadProfilesContextRequest, @Meta() meta: RequestMeta) {
    return this.context.read(meta, req);
  }
}
