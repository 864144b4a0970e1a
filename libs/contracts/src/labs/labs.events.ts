import type { LabFlag } from './lab-result.dto.js';
import type { LabReportKind } from './lab-report.dto.js';

/** Domain events of labs-svc on stream EVENTS (`events.<name>`), for the timeline. */
export const LABS_EVENTS = {
  reportParsed: 'labs.report.parsed',
  resultRecorded: 'labs.result.recorded',
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

/** A report was parsed; `resultCount` results were recorded from it. */
export class LabReportParsedEvent {
  constructor(
    readonly reportId: string,
    readonly patientId: string,
    readonly kind: LabReportKind,
    readonly resultCount: number,
    readonly warningCount: number,
    readonly collectedAt: string | null,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** One coded result was recorded (from a report). */
export class LabResultRecordedEvent {
  constructor(
    readonly resultId: string,
    readonly reportId: string | null,
    readonly patientId: string,
    readonly biomarkerKey: string | null,
    readonly loinc: string | null,
    readonly name: string,
    readonly value: number | null,
    readonly unit: string | null,
    readonly flag: LabFlag | null,
    readonly collectedAt: string,
    readonly occurredAt: string = new Date().toISOString(),
  ) {}
}

/** The job on the work queue: parse this report (idempotent per report id). */
export interface LabParseJob {
  reportId: string;
}
