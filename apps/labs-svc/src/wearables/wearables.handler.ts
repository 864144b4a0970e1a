import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { AuditedPattern, Meta, type RpcAuditSpec } from '@pg/audit';
import {
  CreateWearableImportRequest, GetWearableImportRequest, GlucoseSummaryRequest, LABS, WearableDailyRequest, WearableReadingsRequest, WearableSamplesRequest, WearableStatsRequest,
  type RequestMeta,
} from '@pg/contracts';
import { WearablesService } from './wearables.service.js';

/** What a read of daily summaries records (also as a part of the assistant's view). */
export const WEARABLE_DAILY_AUDIT = { pattern: LABS.wearableDaily, action: 'read', resource: 'wearable-daily', idKey: 'patientId', patientFromResultId: false } as const satisfies RpcAuditSpec;

@Controller()
export class WearablesHandler {
  constructor(private readonly wearables: WearablesService) {}

  @AuditedPattern({ pattern: LABS.wearableImportCreate, action: 'create', resource: 'wearable-import', deferTransaction: true })
  create(@Payload() req: CreateWearableImportRequest, @Meta() meta: RequestMeta) {
    return this.wearables.importUpload(meta, req.patientId, req.upload, req.timeZone);
  }

  @AuditedPattern({ pattern: LABS.wearableImportGet, action: 'read', resource: 'wearable-import', idKey: 'importId' })
  get(@Payload() req: GetWearableImportRequest, @Meta() meta: RequestMeta) {
    return this.wearables.getImport(meta, req.patientId, req.importId);
  }

  @AuditedPattern({ pattern: LABS.wearableSamples, action: 'read', resource: 'wearable-samples', idKey: 'patientId', patientFromResultId: false })
  samples(@Payload() req: WearableSamplesRequest, @Meta() meta: RequestMeta) {
    return this.wearables.samples(meta, req.patientId, req.query);
  }

  // One event per page, as a samples read is one: every reading is the one patient's, and a reading has no id of its own.
  @AuditedPattern({ pattern: LABS.wearableReadings, action: 'read', resource: 'wearable-readings', idKey: 'patientId', patientFromResultId: false, eventPerItem: false, queryKeys: ['limit'] })
  readings(@Payload() req: WearableReadingsRequest, @Meta() meta: RequestMeta) {
    return this.wearables.readings(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: LABS.wearableStats, action: 'read', resource: 'wearable-daily-stats', idKey: 'patientId', patientFromResultId: false })
  stats(@Payload() req: WearableStatsRequest, @Meta() meta: RequestMeta) {
    return this.wearables.stats(meta, req.patientId, req.query);
  }

  @AuditedPattern(WEARABLE_DAILY_AUDIT)
  daily(@Payload() req: WearableDailyRequest, @Meta() meta: RequestMeta) {
    return this.wearables.daily(meta, req.patientId, req.query);
  }

  @AuditedPattern({ pattern: LABS.wearableGlucoseSummary, action: 'read', resource: 'glucose-summary', idKey: 'patientId', patientFromResultId: false })
  glucoseSummary(@Payload() req: GlucoseSummaryRequest, @Meta() meta: RequestMeta) {
    return this.wearables.glucoseSummary(meta, req.patientId, req.query);
  }
}
