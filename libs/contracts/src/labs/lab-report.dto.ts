import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max,
  MaxLength, Min, ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../page.js';
import { IsZonedDateTime } from '../validators.js';
import { PatientIdParamDto, SEX_AT_BIRTH } from '../profiles/patient.dto.js';
import type { LabReportReviewDto, LabReportSummaryDto, SexAtBirth } from './lab-clinic.dto.js';
import type { QueryFieldRules } from '../query-fields.js';
import { LAB_FLAGS, type LabFlag, type LabResultDto } from './lab-result.dto.js';

export const LAB_REPORT_STATUSES = ['received', 'parsing', 'parsed', 'failed'] as const;
export type LabReportStatus = (typeof LAB_REPORT_STATUSES)[number];

/** What was uploaded: a PDF, an HL7 v2 ORU^R01 message, plain text as a lab prints it, or structured JSON results. */
export const LAB_REPORT_KINDS = ['pdf', 'hl7v2', 'text', 'json'] as const;
export type LabReportKind = (typeof LAB_REPORT_KINDS)[number];

/** Upload limits of API.md: a PDF up to 20 MB; text and JSON bodies up to the gateway's body limit. */
export const LAB_PDF_MAX_BYTES = 20 * 1024 * 1024;
export const LAB_STRUCTURED_MAX_RESULTS = 500;

/** Printable text without control characters. */
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;

export class StructuredReferenceRangeDto {
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) low?: number;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) high?: number;
  @IsOptional() @IsString() @MaxLength(100) @Matches(TEXT) text?: string;
}

/** One result of a structured upload (`{ results: [...] }`). */
export class StructuredLabResultDto {
  /** A catalog key or a LOINC code. Either this or `name`. */
  @IsOptional() @IsString() @Length(1, 100) @Matches(/^[A-Za-z0-9._-]+$/) biomarker?: string;
  /** The name as the lab printed it; kept as it is when it names no catalog biomarker. */
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT) name?: string;
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) value?: number;
  /** A qualitative result (`Negative`, `Reactive`) or a bound such as `<5.0`. */
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT) valueText?: string;
  @IsOptional() @IsString() @MaxLength(50) @Matches(TEXT) unit?: string;
  @IsOptional() @ValidateNested() @Type(() => StructuredReferenceRangeDto) referenceRange?: StructuredReferenceRangeDto;
  @IsOptional() @IsIn(LAB_FLAGS) flag?: LabFlag;
  /** When the specimen was collected (a timestamp with its UTC offset, or a date: midnight UTC); defaults to the report's `collectedAt`. */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) collectedAt?: string;
}

/** `POST /v1/patients/{patientId}/lab-reports` with `application/json`. */
export class StructuredLabReportDto {
  @IsOptional() @IsZonedDateTime({ allowDate: true }) collectedAt?: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(LAB_STRUCTURED_MAX_RESULTS) @ValidateNested({ each: true }) @Type(() => StructuredLabResultDto)
  results!: StructuredLabResultDto[];
}

/** The original as the gateway stored it in the lab-file object store, before asking labs-svc to take the report. */
export class LabUploadDto {
  /** Object name in the bucket (a UUID chosen by the gateway). */
  @IsUUID() object!: string;
  @IsIn(LAB_REPORT_KINDS) kind!: LabReportKind;
  @IsString() @Length(1, 100) @Matches(/^[a-z0-9.+/-]+$/) contentType!: string;
  @IsInt() @Min(1) @Max(LAB_PDF_MAX_BYTES) size!: number;
  @IsString() @Matches(/^[0-9a-f]{64}$/) sha256!: string;
  @IsOptional() @IsString() @Length(1, 255) @Matches(TEXT) fileName?: string;
  /**
   * Set when the upload carried an Idempotency-Key: a digest of the key and the whole request. A retry with the same
   * request key (after an answer that never arrived) gets the report the first attempt made, not a second one.
   */
  @IsOptional() @IsString() @Matches(/^[0-9a-f]{64}$/) requestKey?: string;
}

export class ListLabReportsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(LAB_REPORT_STATUSES) status?: LabReportStatus;
}

/** The report fields each list parameter reads (see QueryFieldRules). */
export const LAB_REPORT_LIST_FIELDS: QueryFieldRules<ListLabReportsQueryDto> = {
  filters: { status: ['status'] },
  order: ['createdAt', 'id'],
};

export class LabReportIdParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'reportId must be a UUID' }) reportId!: string;
}

/** Payloads over NATS. */
export class CreateLabReportRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => LabUploadDto) @IsNotEmpty() upload!: LabUploadDto;
  /**
   * The patient's sex at birth as their profile says it, read by the gateway from profiles-svc as the uploader
   * (never taken from the client's body): the optimal bounds of the results depend on it. Absent when unknown.
   */
  @IsOptional() @IsIn(SEX_AT_BIRTH) sexAtBirth?: SexAtBirth;
}
export class ListLabReportsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => ListLabReportsQueryDto) @IsNotEmpty() query!: ListLabReportsQueryDto;
}
export class GetLabReportRequest extends LabReportIdParamDto {}
export class LabReportFileRequest extends LabReportIdParamDto {}

/** Why a line or a field was not turned into a result; `text` is the line as read (the patient's own data). */
export interface LabParseWarningDto {
  code: string;
  message: string;
  line?: number;
  page?: number;
  text?: string;
}

export interface LabReportDto {
  id: string;
  patientId: string;
  status: LabReportStatus;
  kind: LabReportKind;
  contentType: string;
  fileName: string | null;
  size: number;
  /** The layout the parser recognised: `labcorp`, `quest`, `epic-mychart`, `generic`, `hl7v2`, `json`. */
  layout: string | null;
  collectedAt: string | null;
  resultCount: number;
  warnings: LabParseWarningDto[];
  /** Why parsing failed, when it did. */
  error: string | null;
  createdAt: string;
  updatedAt: string;
  parsedAt: string | null;
  /** Results by status (all zero until parsed). */
  summary: LabReportSummaryDto;
  /** Whether a clinician reviewed the report; patients see it too. */
  reviewed: boolean;
  review: LabReportReviewDto | null;
}

export interface LabReportDetailDto extends LabReportDto {
  results: LabResultDto[];
}

/** What `labs.report.file` answers: where the original is; the gateway streams it from the object store. */
export interface LabReportFileDto {
  reportId: string;
  patientId: string;
  object: string;
  contentType: string;
  fileName: string | null;
  size: number;
  sha256: string;
}
