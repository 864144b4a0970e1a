import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { AddCareTeamMemberRequest, IDENTITY, ListCareTeamRequest, RemoveCareTeamMemberRequest, type RequestMeta } from '@pg/contracts';
import { CareTeamService } from './care-team.service.js';

const LIST_KEYS = ['includeInactive', 'limit'] as const;

@Controller()
export class CareTeamHandler {
  constructor(private readonly careTeam: CareTeamService) {}

  @AuditedPattern({ pattern: IDENTITY.careTeamList, action: 'search', resource: 'care-team', queryKeys: LIST_KEYS })
  list(@Payload() req: ListCareTeamRequest, @Meta() meta: RequestMeta) {
    return this.careTeam.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: IDENTITY.careTeamAdd, action: 'create', resource: 'care-team' })
  add(@Payload() req: AddCareTeamMemberRequest, @Meta() meta: RequestMeta) {
    return this.careTeam.add(meta, req.patientId, req.body);
  }

  @AuditedPattern({ pattern: IDENTITY.careTeamRemove, action: 'delete', resource: 'care-team' })
  remove(@Payload() req: RemoveCareTeamMemberRequest, @Meta() meta: RequestMeta) {
    return this.careTeam.remove(meta, req.patientId, req.principalId);
  }
}
