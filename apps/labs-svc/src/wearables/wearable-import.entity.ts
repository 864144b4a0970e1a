import { defineEntity, p } from '@mikro-orm/core';
import type { WearableImportStatus } from '@pg/contracts';

/**
 * An uploaded export and its import job (`queued → running → completed | failed`): a worker claims it
 * (`claimedBy`, until `claimedUntil`, renewed while it runs), so a job whose worker died is taken again.
 */
export const WearableImportSchema = defineEntity({
  name: 'WearableImport',
  tableName: 'wearable_import',
  indexes: [
    { name: 'wearable_import_patient_idx', properties: ['patientId', 'createdAt', 'id'] },
    { name: 'wearable_import_pending_idx', expression: `create index "wearable_import_pending_idx" on "wearable_import" ("created_at") where "status" in ('queued', 'running')` },
  ],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    status: p.string().length(16).$type<WearableImportStatus>(),
    /** The format detected from the content (`dexcom-clarity-csv`, `libreview-csv`, `nightscout-entries-json`…). */
    format: p.string().length(40).nullable(),
    provider: p.string().length(16).nullable(),
    /** Object name in the labs file store. */
    fileObject: p.string().columnType('text'),
    fileSize: p.integer(),
    fileSha256: p.string().length(64),
    fileName: p.string().columnType('text').nullable(),
    timeZone: p.string().length(64).nullable(),
    accepted: p.integer().default(0),
    duplicates: p.integer().default(0),
    rejected: p.integer().default(0),
    reasons: p.json<{ reason: string; count: number }[]>().defaultRaw(`'[]'`),
    error: p.string().columnType('text').nullable(),
    createdBy: p.string().columnType('text'),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    completedAt: p.datetime().nullable(),
    startedAt: p.datetime().nullable(),
    attempts: p.integer().default(0),
    claimedBy: p.string().columnType('text').nullable(),
    claimedUntil: p.datetime().nullable(),
  },
});

export class WearableImport extends WearableImportSchema.class {}
WearableImportSchema.setClass(WearableImport);

/**
 * Tables written and read with set-based SQL only (wearable-sample.store.ts), never through entities: the schema
 * generator leaves them to the migrations (the samples are partitioned by month, partitions made as data arrives).
 */
export const WEARABLE_SQL_TABLES = ['wearable_sample', 'wearable_daily_stat', 'wearable_daily_summary', 'wearable_sample_rollup'];
