import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import { CreateClinicalEventRequest, ListTimelineRequest, PROFILES, type RequestMeta } from '@pg/contracts';
import { TimelineService } from './timeline.service.js';

@Controller()
export class TimelineHandler {
  constructor(private readonly timeline: TimelineService) {}

  /**
   * One event for the page (`eventPerItem: false`), carrying the patient: every entry of a page is that one patient's
   * and holds ids and codes of records read through their own audited calls (like the access log's view).
   */
  @AuditedPattern({ pattern: PROFILES.timelineList, action: 'search', resource: 'clinical-event', queryKeys: ['type', 'from', 'to', 'limit'], eventPerItem: false })
  list(@Payload() req: ListTimelineRequest, @Meta() meta: RequestMeta) {
    return this.timeline.list(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: PROFILES.eventCreate, action: 'create', resource: 'clinical-event' })
  create(@Payload() req: CreateClinicalEventRequest, @Meta() meta: RequestMeta) {
    return this.timeline.create(meta, req.patientId, req.body);
  }
}
