import { Injectable } from '@nestjs/common';
import { readContextParts, type AuditedParts } from '@pg/audit';
import type { ContextPartsReply, ReadProfilesContextRequest, RequestMeta } from '@pg/contracts';
import { ConditionsService } from '../conditions/conditions.service.js';
import { ConversationsService } from '../conversations/conversations.service.js';
import { MedicationsService } from '../medications/medications.service.js';
import { PatientsService } from '../patients/patients.service.js';

/**
 * profiles-svc's share of the assistant's view in one request: each part read through the service method its own
 * pattern calls (that method's access check first), so a part answers here exactly what it answers alone.
 */
@Injectable()
export class ProfilesContextService {
  constructor(
    private readonly patients: PatientsService,
    private readonly conditions: ConditionsService,
    private readonly medications: MedicationsService,
    private readonly conversations: ConversationsService,
  ) {}

  read(meta: RequestMeta, req: ReadProfilesContextRequest): Promise<AuditedParts<ContextPartsReply>> {
    const { patientId } = req;
    const conditions = req.conditions ?? {};
    const medications = req.medications ?? {};
    return readContextParts(patientId, req.parts, {
      profile: () => ({ payload: { patientId }, read: () => this.patients.get(meta, patientId) }),
      conditions: () => ({ payload: { patientId, query: conditions }, read: () => this.conditions.list(meta, patientId, conditions) }),
      medications: () => ({ payload: { patientId, query: medications }, read: () => this.medications.list(meta, patientId, medications) }),
      conversation: () => ({
        payload: { patientId, ...(req.turns ? { limit: req.turns } : {}) },
        read: () => this.conversations.recent(meta, patientId, req.turns),
      }),
    });
  }
}
