import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PatientIdParamDto, SEX_AT_BIRTH } from '../profiles/patient.dto.js';
import { LabReportIdParamDto } from './lab-report.dto.js';
import type { LabFlag, LabStatus } from './lab-result.dto.js';

/** The statuses outside the lab's normal range: `labs.result.out-of-range` is published for these. */
export const OUT_OF_RANGE_STATUSES: readonly LabStatus[] = ['low', 'high', 'critical-low', 'critical-high', 'abnormal'];

export type SexAtBirth = (typeof SEX_AT_BIRTH)[number];

/** Counts of a report's results by status; `unrated` has no status (no number, no range, no optimal bounds). */
export interface LabReportSummaryDto {
  total: number;
  optimal: number;
  normal: number;
  outOfRange: number;
  unrated: number;
}

/** Who reviewed a report, and when (null until a clinician did). */
export interface LabReportReviewDto {
  reviewedBy: string;
  reviewedAt: string;
}

/** The optimal bounds a result was rated against (in `unit`), and where they come from (a source id of docs/labs.md). */
export interface LabOptimalRangeDto {
  low?: number;
  high?: number;
  unit: string;
  source: string;
}

/** Free text an admin gives for a soft delete: kept on the report, never in logs, events or the audit trail. */
const REASON = /^[^\p{Cc}\p{Cs}]*$/u;

/**
 * `DELETE …/lab-reports/{reportId}` body: why (kept on the report). Required — but checked by labs-svc after the
 * record-level check, so a report of another patient answers 404 whether or not a reason came (existence first,
 * then the body: a DELETE without a body is how most clients, proxies and the attack suite send it).
 */
export class LabReportReasonDto {
  @IsOptional() @IsString() @Length(10, 500, { message: 'reason must be 10 to 500 characters' }) @Matches(REASON) reason?: string;
}

/** `GET …/lab-reports/compare?a=&b=`. */
export class CompareLabReportsQueryDto {
  @IsUUID('all', { message: 'a must be a UUID' }) a!: string;
  @IsUUID('all', { message: 'b must be a UUID' }) b!: string;
}

/** Payloads over NATS. */
export class CompareLabReportsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => CompareLabReportsQueryDto) @IsNotEmpty() query!: CompareLabReportsQueryDto;
}
export class ReviewLabReportRequest extends LabReportIdParamDto {}
export class DeleteLabReportRequest extends LabReportIdParamDto {
  @IsOptional() @ValidateNested() @Type(() => LabReportReasonDto) body?: LabReportReasonDto;
}
export class RestoreLabReportRequest extends LabReportIdParamDto {}
export class LatestLabResultsRequest extends PatientIdParamDto {}

/** What a soft delete or a restore answers: the record's state, no clinical content (an admin reads none). */
export interface LabReportDeletionDto {
  id: string;
  patientId: string;
  deleted: boolean;
  deletedAt: string | null;
  deletedBy: string | null;
  /** Rows of a deleted report are kept at least until then (7 years after the delete); nothing purges earlier. */
  retainUntil: string | null;
}

/** One side of a comparison: the value in the comparison's unit, as reported, and its status. */
export interface LabComparisonSideDto {
  resultId: string;
  /** In the row's `unit`; null when the result holds no number or does not convert. */
  value: number | null;
  valueText: string | null;
  reportedValue: number | null;
  reportedUnit: string | null;
  status: LabStatus | null;
  flag: LabFlag | null;
  collectedAt: string;
}

export interface LabComparisonRowDto {
  biomarker: { key: string | null; display: string; loinc?: string };
  /** The one unit both values are in (the catalog's unit, or the reported one when the catalog has none). */
  unit: string | null;
  a: LabComparisonSideDto | null;
  b: LabComparisonSideDto | null;
  /** b − a, when both are numbers in `unit`. */
  change: number | null;
  /** (b − a) / a × 100, rounded to one decimal; null when a is 0 or either side has no number. */
  changePercent: number | null;
  direction: 'up' | 'down' | 'same' | null;
  /** Both sides have a status and they differ. */
  statusChanged: boolean;
}

export interface LabReportComparisonDto {
  patientId: string;
  a: { reportId: string; collectedAt: string | null };
  b: { reportId: string; collectedAt: string | null };
  rows: LabComparisonRowDto[];
}

/** One biomarker's newest result and the one before it (shared-contracts.md, `LABS.resultLatest`). */
export interface LatestLabResultDto {
  biomarker: string;
  display: string;
  loinc: string | null;
  value: number | null;
  valueText: string | null;
  unit: string | null;
  collectedAt: string;
  status: LabStatus | null;
  flag: LabFlag | null;
  /** The previous result of this biomarker, its value in `unit` (null when it has no number or does not convert). */
  previous: { value: number | null; collectedAt: string } | null;
  direction: 'up' | 'down' | 'same' | null;
}
