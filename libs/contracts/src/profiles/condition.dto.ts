import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import type { QueryFieldRules } from '../query-fields.js';
import { IsPastDate } from '../validators.js';
import { IsOptionalNotNull } from './patient-fields.js';
import { CONDITION_CODE_SYSTEMS, IsCodeOf, type CodeSystem } from './clinical-code.js';

/** Printable text without control characters. */
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
/** Free text that may span lines (notes): no control characters (C0 or C1) other than tab, CR and LF; no lone surrogates. */
export const NOTE_TEXT = /^[^\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\p{Cs}]*$/u;
/** A coding names a system and a code together, or neither (text only). */
export const coded = (o: { system?: unknown; code?: unknown }) => o.system !== undefined || o.code !== undefined;

/** FHIR R4 condition-clinical (required binding). */
export const CONDITION_CLINICAL_STATUSES = ['active', 'recurrence', 'relapse', 'inactive', 'remission', 'resolved'] as const;
export type ConditionClinicalStatus = (typeof CONDITION_CLINICAL_STATUSES)[number];
/** FHIR R4 condition-ver-status (required binding). */
export const CONDITION_VERIFICATION_STATUSES = ['unconfirmed', 'provisional', 'differential', 'confirmed', 'refuted', 'entered-in-error'] as const;
export type ConditionVerificationStatus = (typeof CONDITION_VERIFICATION_STATUSES)[number];
/** FHIR's con-4: an abated condition is inactive, in remission or resolved. */
export const ABATED_CLINICAL_STATUSES: readonly ConditionClinicalStatus[] = ['inactive', 'remission', 'resolved'];
/** A clinical status that counts as "active" for the assistant's view (FHIR: active, recurrence, relapse). */
export const ACTIVE_CLINICAL_STATUSES: readonly ConditionClinicalStatus[] = ['active', 'recurrence', 'relapse'];

/** A coding: `system` and `code` together (validated for the system's shape), and the text shown. */
export class ConditionCodeDto {
  @ValidateIf(coded) @IsIn(CONDITION_CODE_SYSTEMS) system?: CodeSystem;
  @ValidateIf(coded) @IsCodeOf(CONDITION_CODE_SYSTEMS) code?: string;
  @IsString() @Length(1, 200) @Matches(TEXT) display!: string;
}

export class CreateConditionDto {
  @ValidateNested() @Type(() => ConditionCodeDto) @IsNotEmpty() code!: ConditionCodeDto;
  @IsIn(CONDITION_CLINICAL_STATUSES) clinicalStatus!: ConditionClinicalStatus;
  @IsOptional() @IsIn(CONDITION_VERIFICATION_STATUSES) verificationStatus?: ConditionVerificationStatus;
  /** YYYY-MM-DD (a date, not an instant: when it began, as the patient or chart says). */
  @IsOptional() @IsPastDate() onsetDate?: string;
  @IsOptional() @IsPastDate() abatementDate?: string;
  @IsOptional() @IsString() @MaxLength(2000) @Matches(NOTE_TEXT) note?: string;
}

/** PATCH: every field optional; `null` clears an optional one. */
export class UpdateConditionDto {
  @IsOptionalNotNull() @ValidateNested() @IsNotEmpty() @Type(() => ConditionCodeDto) code?: ConditionCodeDto;
  @IsOptionalNotNull() @IsIn(CONDITION_CLINICAL_STATUSES) clinicalStatus?: ConditionClinicalStatus;
  @IsOptional() @IsIn(CONDITION_VERIFICATION_STATUSES) verificationStatus?: ConditionVerificationStatus | null;
  @IsOptional() @IsPastDate() onsetDate?: string | null;
  @IsOptional() @IsPastDate() abatementDate?: string | null;
  @IsOptional() @IsString() @MaxLength(2000) @Matches(NOTE_TEXT) note?: string | null;
}

export class ListConditionsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(CONDITION_CLINICAL_STATUSES) clinicalStatus?: ConditionClinicalStatus;
}

/** The condition fields each list parameter reads (see QueryFieldRules). */
export const CONDITION_LIST_FIELDS: QueryFieldRules<ListConditionsQueryDto> = {
  filters: { clinicalStatus: ['clinicalStatus'] },
  order: ['createdAt', 'id'],
};

export class ConditionIdParamDto {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @IsUUID('all', { message: 'conditionId must be a UUID' }) conditionId!: string;
}

/** Payloads over NATS. `PROFILES.conditionList` is also how the assistant's context reads a patient's conditions. */
export class ListConditionsRequest {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @ValidateNested() @Type(() => ListConditionsQueryDto) @IsNotEmpty() query!: ListConditionsQueryDto;
}
export class CreateConditionRequest {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @ValidateNested() @Type(() => CreateConditionDto) @IsNotEmpty() body!: CreateConditionDto;
}
export class GetConditionRequest extends ConditionIdParamDto {}
export class UpdateConditionRequest extends ConditionIdParamDto {
  @IsOptional() @IsInt() @Min(1) ifMatch?: number;
  @ValidateNested() @Type(() => UpdateConditionDto) @IsNotEmpty() body!: UpdateConditionDto;
}
export class DeleteConditionRequest extends ConditionIdParamDto {
  @IsOptional() @IsInt() @Min(1) ifMatch?: number;
}

export interface ConditionDto {
  id: string;
  patientId: string;
  code: { system: CodeSystem | null; code: string | null; display: string };
  clinicalStatus: ConditionClinicalStatus;
  verificationStatus: ConditionVerificationStatus | null;
  onsetDate: string | null;
  abatementDate: string | null;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
