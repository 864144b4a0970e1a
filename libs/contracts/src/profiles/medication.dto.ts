import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import type { QueryFieldRules } from '../query-fields.js';
import { IsPastDate } from '../validators.js';
import { IsCodeOf, MEDICATION_CODE_SYSTEMS, type CodeSystem } from './clinical-code.js';
import { IsOptionalNotNull } from './patient-fields.js';
import { NOTE_TEXT } from './condition.dto.js';

const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** FHIR R4 medication-statement-status (required binding). */
export const MEDICATION_STATUSES = ['active', 'completed', 'entered-in-error', 'intended', 'stopped', 'on-hold', 'unknown', 'not-taken'] as const;
export type MedicationStatus = (typeof MEDICATION_STATUSES)[number];
/** Routes of administration a longevity and hormone-care clinic records (SNOMED CT route concepts by name). */
export const MEDICATION_ROUTES = [
  'oral', 'sublingual', 'buccal', 'topical', 'transdermal', 'subcutaneous', 'intramuscular', 'intravenous', 'intranasal', 'inhaled',
  'rectal', 'vaginal', 'ophthalmic', 'otic', 'other',
] as const;
export type MedicationRoute = (typeof MEDICATION_ROUTES)[number];

/** A medication's coding (optional: `name` is its text): system and code together. */
export class MedicationCodeDto {
  @IsIn(MEDICATION_CODE_SYSTEMS) system!: CodeSystem;
  @IsCodeOf(MEDICATION_CODE_SYSTEMS) code!: string;
  @IsOptional() @IsString() @Length(1, 300) @Matches(TEXT) display?: string;
}

export class CreateMedicationDto {
  @IsOptional() @ValidateNested() @Type(() => MedicationCodeDto) code?: MedicationCodeDto;
  /** What the patient takes, as written (`Testosterone cypionate 200 mg/mL`). */
  @IsString() @Length(1, 300) @Matches(TEXT) name!: string;
  /** The dose as prescribed (`100 mg`, `0.5 mL`). */
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) dose?: string;
  @IsOptional() @IsIn(MEDICATION_ROUTES) route?: MedicationRoute;
  /** How often (`twice weekly`, `every morning`). */
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) frequency?: string;
  @IsIn(MEDICATION_STATUSES) status!: MedicationStatus;
  @IsOptional() @IsPastDate() startDate?: string;
  /** May be in the future (a course planned to end). */
  @IsOptional() @IsString() @Matches(DATE, { message: 'endDate must be a date YYYY-MM-DD' }) endDate?: string;
  @IsOptional() @IsString() @MaxLength(2000) @Matches(NOTE_TEXT) note?: string;
}

export class UpdateMedicationDto {
  @IsOptional() @ValidateNested() @Type(() => MedicationCodeDto) code?: MedicationCodeDto | null;
  @IsOptionalNotNull() @IsString() @Length(1, 300) @Matches(TEXT) name?: string;
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) dose?: string | null;
  @IsOptional() @IsIn(MEDICATION_ROUTES) route?: MedicationRoute | null;
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) frequency?: string | null;
  @IsOptionalNotNull() @IsIn(MEDICATION_STATUSES) status?: MedicationStatus;
  @IsOptional() @IsPastDate() startDate?: string | null;
  @IsOptional() @IsString() @Matches(DATE, { message: 'endDate must be a date YYYY-MM-DD' }) endDate?: string | null;
  @IsOptional() @IsString() @MaxLength(2000) @Matches(NOTE_TEXT) note?: string | null;
}

export class ListMedicationsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(MEDICATION_STATUSES) status?: MedicationStatus;
}

export const MEDICATION_LIST_FIELDS: QueryFieldRules<ListMedicationsQueryDto> = {
  filters: { status: ['status'] },
  order: ['createdAt', 'id'],
};

export class MedicationIdParamDto {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @IsUUID('all', { message: 'medicationId must be a UUID' }) medicationId!: string;
}

/** Payloads over NATS. `PROFILES.medicationList` is also how the assistant's context reads a patient's medications. */
export class ListMedicationsRequest {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @ValidateNested() @Type(() => ListMedicationsQueryDto) @IsNotEmpty() query!: ListMedicationsQueryDto;
}
export class CreateMedicationRequest {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @ValidateNested() @Type(() => CreateMedicationDto) @IsNotEmpty() body!: CreateMedicationDto;
}
export class GetMedicationRequest extends MedicationIdParamDto {}
export class UpdateMedicationRequest extends MedicationIdParamDto {
  @IsOptional() @IsInt() @Min(1) ifMatch?: number;
  @ValidateNested() @Type(() => UpdateMedicationDto) @IsNotEmpty() body!: UpdateMedicationDto;
}
export class DeleteMedicationRequest extends MedicationIdParamDto {
  @IsOptional() @IsInt() @Min(1) ifMatch?: number;
}

export interface MedicationDto {
  id: string;
  patientId: string;
  code: { system: CodeSystem; code: string; display: string | null } | null;
  name: string;
  dose: string | null;
  route: MedicationRoute | null;
  frequency: string | null;
  status: MedicationStatus;
  startDate: string | null;
  endDate: string | null;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
