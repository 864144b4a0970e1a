import { defineEntity, p } from '@mikro-orm/core';
import type { LabFlag, LabResultSource, LabStatus } from '@pg/contracts';

export interface StoredRange {
  low?: number;
  high?: number;
  lowInclusive?: boolean;
  highInclusive?: boolean;
  expected?: string;
  text?: string;
}

/** Refuses to delete a result of a soft-deleted report before its retention date (see LAB_REPORT_KEEP). */
export const LAB_RESULT_KEEP = "if old.deleted_at is not null and (old.retain_until is null or old.retain_until > now()) then raise exception 'lab result % is kept until its retention date', old.id using errcode = 'integrity_constraint_violation'; end if; return old";

/**
 * One coded result. `position` is its place in the report: (report, position) is unique, so parsing a report again
 * replaces its results instead of adding to them.
 */
export const LabResultSchema = defineEntity({
  name: 'LabResult',
  tableName: 'lab_result',
  indexes: [
    { name: 'lab_result_patient_idx', properties: ['patientId', 'collectedAt', 'id'] },
    { name: 'lab_result_biomarker_idx', properties: ['patientId', 'biomarkerKey', 'collectedAt'] },
  ],
  uniques: [{ name: 'lab_result_report_position_key', properties: ['reportId', 'position'] }],
  triggers: [{ name: 'lab_result_keep', timing: 'before', events: ['delete'], forEach: 'row', body: LAB_RESULT_KEEP }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    reportId: p.uuid().nullable(),
    position: p.integer(),
    biomarkerKey: p.string().columnType('text').nullable(),
    /** The catalog's display name, or the printed name for a biomarker the catalog does not know. */
    display: p.string().columnType('text'),
    loinc: p.string().columnType('text').nullable(),
    name: p.string().columnType('text'),
    value: p.double().runtimeType('number').$type<number>().nullable(),
    valueText: p.string().columnType('text').nullable(),
    comparator: p.string().length(2).nullable(),
    unit: p.string().columnType('text').nullable(),
    referenceRange: p.json<StoredRange>().defaultRaw(`'{}'`),
    flag: p.string().length(16).$type<LabFlag>().nullable(),
    reportedFlag: p.string().columnType('text').nullable(),
    normalizedValue: p.double().runtimeType('number').$type<number>().nullable(),
    normalizedUnit: p.string().columnType('text').nullable(),
    collectedAt: p.datetime(),
    source: p.string().length(8).$type<LabResultSource>(),
    reportedCode: p.json<{ system: string; code: string; display?: string }>().nullable(),
    /** Method, evaluation and comment lines the report printed with this result (HL7 NTE), as printed. */
    comment: p.string().columnType('text').nullable(),
    line: p.integer().nullable(),
    page: p.integer().nullable(),
    createdAt: p.datetime(),
    /** The clinic's status (optimal ranges for the report's sex at birth), computed at parse. */
    status: p.string().length(16).$type<LabStatus>().nullable(),
    /** Set with the report's soft delete (hidden from every read), cleared by its restore. */
    deletedAt: p.datetime().nullable(),
    retainUntil: p.datetime().nullable(),
  },
});

export class LabResult extends LabResultSchema.class {}
LabResultSchema.setClass(LabResult);
