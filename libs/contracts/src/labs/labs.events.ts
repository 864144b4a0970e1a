import type { LabStatus } from './lab-result.dto.js';
import type { LabReportKind } from './lab-report.dto.js';

/**
 * Domain events of labs-svc on stream EVENTS (`events.<name>`), for the timeline. They carry ids, codes and counts,
 * never a value, a unit, a name or a clinical date: EVENTS is read without an audit record, so a consumer that
 * needs the result reads it through labs-svc's audited call (LABS.reportGet, LABS.resultSearch).
 */
export const LABS_EVENTS = {
  reportParsed: 'labs.report.parsed',
  resultRecorded: 'labs.result.recorded',
  /** A recorded result's status is outside the lab's normal range (low, high, critical or abnormal). */
  resultOutOfRange: 'labs.result.out-of-range',
  /** A clinician reviewed a report. */
  reportReviewed: 'labs.report.reviewed',
  wearableImported: 'labs.wearable.imported',
  wearableSynced: 'labs.wearable.synced',
} as const;

/**
 * The durable parse queue and the store of originals. Names are passed through NatsNamespace (`stream()` for the
 * stream and the bucket, `subject()` for the subject, `consumer()` for the durable consumer).
 */
export const LABS_JOBS = {
  stream: 'LABS_JOBS',
  parseSubject: 'jobs.labs.parse',
  parser: 'labs-parser',
  /** JetStream object store bucket holding every uploaded original (PDF, HL7, text, JSON). */
  fileBucket: 'LABS_FILES',
} as const;

/** JetStream object store bucket holding uploaded wearable and CGM exports (passed through NatsNamespace.stream()). */
export const WEARABLE_FILES_BUCKET = 'WEARABLE_FILES';

/** A report was parsed; `resultCount` results were recorded from it. `occurredAt` is when it was parsed. */
export class LabReportParsedEvent {
  constructor(
    readonly reportId: string,
    readonly patientId: string,
    readonly kind: LabReportKind,
    readonly resultCount: number,
    readonly warningCount: number,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/**
 * One coded result was recorded (from a report): which result, of which patient, for which biomarker (catalog key
 * and LOINC code, null when the catalog does not know it). The value, unit, flag, printed name and collection time
 * are read through the audited call.
 */
export class LabResultRecordedEvent {
  constructor(
    readonly resultId: string,
    readonly reportId: string | null,
    readonly patientId: string,
    readonly biomarkerKey: string | null,
    readonly loinc: string | null,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** A recorded result is out of the lab's normal range: ids and the status code only (the value is read through labs-svc). */
export class LabResultOutOfRangeEvent {
  constructor(
    readonly resultId: string,
    readonly reportId: string | null,
    readonly patientId: string,
    readonly biomarkerKey: string | null,
    readonly status: LabStatus,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** A clinician reviewed a report: who (a principal id) and when. */
export class LabReportReviewedEvent {
  constructor(
    readonly reportId: string,
    readonly patientId: string,
    readonly reviewedBy: string,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** The job on the work queue: parse this report (idempotent per report id). */
export interface LabParseJob {
  reportId: string;
}

/** An uploaded wearable/CGM export was imported: counts only (shared-contracts.md). */
export class WearableImportedEvent {
  constructor(
    readonly importId: string,
    readonly patientId: string,
    readonly provider: string | null,
    readonly accepted: number,
    readonly duplicates: number,
    readonly rejected: number,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** A vendor sync of one connection wrote `accepted` new samples (and saw `duplicates` already there). */
export class WearableSyncedEvent {
  constructor(
    readonly connectionId: string,
    readonly patientId: string,
    readonly provider: string,
    readonly accepted: number,
    readonly duplicates: number,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/**
 * The wearable import work queue: an upload is stored, its import row `queued`, and this job asks a labs-svc
 * worker to read it (docs/wearables.md). Names go through NatsNamespace, as LABS_JOBS'.
 */
export const WEARABLE_JOBS = {
  stream: 'WEARABLE_JOBS',
  importSubject: 'jobs.labs.wearable-import',
  importer: 'wearable-importer',
} as const;

/** The job on the wearable work queue: import this upload (idempotent per import id). */
export interface WearableImportJob {
  importId: string;
}
