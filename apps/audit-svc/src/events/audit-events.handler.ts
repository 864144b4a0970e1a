import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta } from '@pg/audit';
import {
  AUDIT, ExportAuditEventsRequest, GetAuditEventRequest, GetVerifyJobRequest, ListAccessLogRequest, ListDisclosuresRequest, type RequestMeta, SearchAuditEventsRequest,
  VerifyChainRequest,
} from '@pg/contracts';
import { AuditEventsService } from './audit-events.service.js';

/** The filter values are ids, enums, instants and flags: safe to record with the search. */
const SEARCH_KEYS = ['patientId', 'actorId', 'action', 'outcome', 'from', 'to', 'breakGlass', 'limit'] as const;

/**
 * The trail's own handlers. Their items are audit events or views of them, not patient records, so a search is
 * recorded as one event (`eventPerItem: false`); a view about one patient carries that patient's id.
 */
@Controller()
export class AuditEventsHandler {
  constructor(private readonly events: AuditEventsService) {}

  @AuditedPattern({ pattern: AUDIT.eventSearch, action: 'search', resource: 'audit-event', queryKeys: SEARCH_KEYS, eventPerItem: false })
  search(@Payload() req: SearchAuditEventsRequest, @Meta() meta: RequestMeta) {
    return this.events.search(meta, req.query);
  }

  /** One chunk of an export: recorded as `export`, with its filter, before the chunk leaves. */
  @AuditedPattern({ pattern: AUDIT.eventExport, action: 'export', resource: 'audit-event', queryKeys: SEARCH_KEYS, eventPerItem: false })
  exportChunk(@Payload() req: ExportAuditEventsRequest, @Meta() meta: RequestMeta) {
    return this.events.exportChunk(meta, req.query);
  }

  @AuditedPattern({ pattern: AUDIT.eventGet, action: 'read', resource: 'audit-event', idKey: 'id' })
  get(@Payload() req: GetAuditEventRequest, @Meta() meta: RequestMeta) {
    return this.events.get(meta, req.id);
  }

  /** The slice's bounds are sequences and instants: safe to record. */
  @AuditedPattern({ pattern: AUDIT.verify, action: 'read', resource: 'audit-event', queryKeys: ['fromSeq', 'toSeq', 'from', 'to'] })
  verify(@Payload() req: VerifyChainRequest, @Meta() meta: RequestMeta) {
    return this.events.verify(meta, req.query ?? {});
  }

  /** No payload to read (an empty DTO class fails forbidUnknownValues), as identity's `me`. */
  @AuditedPattern({ pattern: AUDIT.verifyJobCreate, action: 'create', resource: 'verify-job' })
  createVerifyJob(@Meta() meta: RequestMeta) {
    return this.events.createVerifyJob(meta);
  }

  @AuditedPattern({ pattern: AUDIT.verifyJobGet, action: 'read', resource: 'verify-job', idKey: 'id' })
  getVerifyJob(@Payload() req: GetVerifyJobRequest, @Meta() meta: RequestMeta) {
    return this.events.getVerifyJob(meta, req.id);
  }

  @AuditedPattern({ pattern: AUDIT.disclosureList, action: 'search', resource: 'disclosure', queryKeys: ['limit'], eventPerItem: false })
  disclosures(@Payload() req: ListDisclosuresRequest, @Meta() meta: RequestMeta) {
    return this.events.disclosures(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: AUDIT.accessLogList, action: 'search', resource: 'access-log', queryKeys: ['limit'], eventPerItem: false })
  accessLog(@Payload() req: ListAccessLogRequest, @Meta() meta: RequestMeta) {
    return this.events.accessLog(meta, req.patientId, req.query);
  }
}
