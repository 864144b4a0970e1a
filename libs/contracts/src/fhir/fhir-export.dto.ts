import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

/** Resources per page of `GET /v1/patients/{patientId}/fhir` (the Provenance and OperationOutcome entries come on top). */
export const FHIR_PAGE_DEFAULT = 200;
export const FHIR_PAGE_MAX = 1000;

/** `GET /v1/patients/{patientId}/fhir?_count=&_cursor=` (FHIR's search parameter names). */
export class FhirEverythingQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(FHIR_PAGE_MAX) _count?: number;
  /** The sealed cursor of a `next` link. */
  @IsOptional() @IsString() @MaxLength(8192) @Matches(/^[A-Za-z0-9_-]+$/, { message: '_cursor must be the cursor of a next link' }) _cursor?: string;
}

export const FHIR_EXPORT_JOB_STATES = ['in-progress', 'completed', 'failed'] as const;
export type FhirExportJobState = (typeof FHIR_EXPORT_JOB_STATES)[number];

/** The resource types a bulk export writes, one NDJSON file each (FHIR Bulk Data `_type`). */
export const FHIR_EXPORT_TYPES = [
  'Patient', 'Condition', 'MedicationStatement', 'Observation', 'DiagnosticReport', 'CarePlan', 'MedicationRequest', 'MedicationDispense',
  'Communication', 'Provenance', 'OperationOutcome',
] as const;

/** `POST /v1/fhir/$export` body (all optional): `_type` narrows the resource types written. */
export class FhirBulkExportDto {
  @IsOptional() @IsIn(FHIR_EXPORT_TYPES, { each: true }) _type?: string[];
}

export class FhirExportJobParamDto {
  @IsUUID('all', { message: 'jobId must be a UUID' }) jobId!: string;
}
export class FhirExportFileParamDto extends FhirExportJobParamDto {
  @IsIn(FHIR_EXPORT_TYPES) type!: string;
}

/** The job as `GET /v1/fhir/$export/{jobId}` reports it (the Bulk Data manifest once completed). */
export interface FhirExportJobDto {
  id: string;
  state: FhirExportJobState;
  /** Patients done / in the caller's scope. */
  progress: { patients: number; done: number };
  transactionTime: string;
  requiresAccessToken: true;
  output: { type: string; url: string; count: number }[];
  /** Patients or parts left out, by reason (an OperationOutcome per patient is in the OperationOutcome file). */
  error: { type: 'OperationOutcome'; url: string; count: number }[];
  completedAt: string | null;
}
