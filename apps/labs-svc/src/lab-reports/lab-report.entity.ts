import { defineEntity, p } from '@mikro-orm/core';
import type { LabParseWarningDto, LabReportKind, LabReportStatus, SexAtBirth } from '@pg/contracts';

/**
 * The body of the trigger that refuses to delete a report row before the retention date of its soft delete (and a
 * live one at all): nothing purges a report early, whatever role runs the DELETE. Migration20261129110000_lab_clinic
 * creates it; frozen like a migration (a change is a new migration).
 */
export const LAB_REPORT_KEEP = "if old.deleted_at is null or old.retain_until is null or old.retain_until > now() then raise exception 'lab report % is kept until its retention date', old.id using errcode = 'integrity_constraint_violation'; end if; return old";

/** An uploaded report: where its original is, and how its parse went (`received → parsing → parsed | failed`). */
export const LabReportSchema = defineEntity({
  name: 'LabReport',
  tableName: 'lab_report',
  indexes: [
    { name: 'lab_report_patient_idx', properties: ['patientId', 'createdAt', 'id'] },
    { name: 'lab_report_pending_idx', expression: `create index "lab_report_pending_idx" on "lab_report" ("created_at") where "status" in ('received', 'parsing')` },
  ],
  triggers: [{ name: 'lab_report_keep', timing: 'before', events: ['delete'], forEach: 'row', body: LAB_REPORT_KEEP }],
  uniques: [
    { name: 'lab_report_request_key_uq', expression: `create unique index "lab_report_request_key_uq" on "lab_report" ("created_by", "request_key") where "request_key" is not null` },
  ],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    status: p.string().length(16).$type<LabReportStatus>(),
    kind: p.string().length(16).$type<LabReportKind>(),
    contentType: p.string().length(100),
    fileName: p.string().columnType('text').nullable(),
    /** Object name in the lab-file object store. */
    fileObject: p.string().columnType('text'),
    fileSize: p.integer(),
    fileSha256: p.string().length(64),
    layout: p.string().length(32).nullable(),
    collectedAt: p.datetime().nullable(),
    resultCount: p.integer().default(0),
    warnings: p.json<LabParseWarningDto[]>().defaultRaw(`'[]'`),
    error: p.string().columnType('text').nullable(),
    attempts: p.integer().default(0),
    createdBy: p.string().columnType('text'),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    parsedAt: p.datetime().nullable(),
    /** The upload's request key (from its Idempotency-Key, per uploader): a retry finds this report. */
    requestKey: p.string().length(64).nullable(),
    /** The patient's sex at birth the results were rated for (from the profile, at upload); null when unknown. */
    sexAtBirth: p.string().length(16).$type<SexAtBirth>().nullable(),
    /** The clinician's review: who (principal id) and when. */
    reviewedAt: p.datetime().nullable(),
    reviewedBy: p.string().columnType('text').nullable(),
    /** Soft delete by an admin: hidden from every read; the rows stay until `retainUntil` (a trigger refuses earlier deletes). */
    deletedAt: p.datetime().nullable(),
    deletedBy: p.string().columnType('text').nullable(),
    deleteReason: p.string().columnType('text').nullable(),
    retainUntil: p.datetime().nullable(),
  },
});

export class LabReport extends LabReportSchema.class {}
LabReportSchema.setClass(LabReport);
