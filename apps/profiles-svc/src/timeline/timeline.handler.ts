import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { CreateClinicalEventRequest, ListTimelineRequest, PROFILES, type RequestMeta } from '@pg/contracts';
import { TimelineService } from './timeline.service.js';

@Controller()
export class TimelineHandler {
  constructor(private readonly timeline: TimelineService) {}

  @AuditedPattern({ pattern: PROFILES.timelineList, action: 'search', resource: 'clinical-event', queryKeys: ['type', 'from', 'to', 'limit'] })
  list(@Payload() req: ListTimelineRequest, @Meta() meta: RequestMeta) {
    return this.timeline.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: PROFILES.eventCreate, action: 'create', resource: 'clinical-event' })
  create(@Payload() req: CreateClinicalEventRequest, @Meta() meta: RequestMeta) {
    return this.timeline.create(meta, req.patientId, req.body);
  }
}
