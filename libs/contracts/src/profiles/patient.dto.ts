import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../page.js';
import type { QueryFieldRules } from '../query-fields.js';
import { IsPastDate, IsPhone } from '../validators.js';
import { IsOptionalNotNull, IsPatientMetadata, IsTimeZone, MAX_TAGS, TAG_PATTERN } from './patient-fields.js';

export const SEX_AT_BIRTH = ['female', 'male', 'intersex', 'unknown'] as const;
export const SUBSCRIPTION_TIERS = ['none', 'essential', 'performance', 'concierge'] as const;
export const PATIENT_STATUSES = ['active', 'inactive'] as const;
export type PatientStatus = (typeof PATIENT_STATUSES)[number];

/** Printable text without control characters: names and addresses. */
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;

export class AddressDto {
  @IsString() @Length(1, 200) @Matches(TEXT) line1!: string;
  @IsOptional() @IsString() @MaxLength(200) @Matches(TEXT) line2?: string;
  @IsString() @Length(1, 100) @Matches(TEXT) city!: string;
  @IsOptional() @IsString() @MaxLength(100) @Matches(TEXT) state?: string;
  @IsOptional() @IsString() @MaxLength(20) @Matches(/^[A-Za-z0-9 -]*$/) postalCode?: string;
  @IsString() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' }) country!: string;
}

export class IdentifierDto {
  @IsString() @Length(1, 100) @Matches(/^[A-Za-z0-9:._/-]+$/) system!: string;
  @IsString() @Length(1, 100) @Matches(/^[^\p{Cc}|]+$/u) value!: string;
}

export class CreatePatientDto {
  @IsString() @Length(1, 100) @Matches(TEXT) givenName!: string;
  @IsString() @Length(1, 100) @Matches(TEXT) familyName!: string;
  @IsPastDate() birthDate!: string;
  @IsOptional() @IsIn(SEX_AT_BIRTH) sexAtBirth?: (typeof SEX_AT_BIRTH)[number];
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @IsOptional() @IsPhone() phone?: string;
  @IsOptional() @ValidateNested() @Type(() => AddressDto) address?: AddressDto;
  @IsOptional() @IsIn(SUBSCRIPTION_TIERS) subscriptionTier?: (typeof SUBSCRIPTION_TIERS)[number];
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => IdentifierDto) identifiers?: IdentifierDto[];
  /** Labels for lists and filters (`?tag=`): stored lowercase, each once. */
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_TAGS) @IsString({ each: true }) @Matches(TAG_PATTERN, { each: true, message: 'each tag is 1–50 letters, digits or _ : . / -' }) tags?: string[];
  /** A bounded JSON object for integrations (see METADATA_LIMITS); never searched. */
  @IsOptional() @IsPatientMetadata() metadata?: Record<string, unknown>;
  /** The patient's IANA time zone: their "today" for check-ins, wearables and schedules. */
  @IsOptional() @IsTimeZone() timeZone?: string;
}

/** PATCH body: every field optional; `null` clears an optional contact field. */
export class UpdatePatientDto {
  @IsOptionalNotNull() @IsString() @Length(1, 100) @Matches(TEXT) givenName?: string;
  @IsOptionalNotNull() @IsString() @Length(1, 100) @Matches(TEXT) familyName?: string;
  @IsOptionalNotNull() @IsPastDate() birthDate?: string;
  @IsOptional() @IsIn(SEX_AT_BIRTH) sexAtBirth?: (typeof SEX_AT_BIRTH)[number];
  @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
  @IsOptional() @IsPhone() phone?: string | null;
  @IsOptional() @ValidateNested() @Type(() => AddressDto) address?: AddressDto | null;
  @IsOptionalNotNull() @IsIn(SUBSCRIPTION_TIERS) subscriptionTier?: (typeof SUBSCRIPTION_TIERS)[number];
  @IsOptionalNotNull() @IsIn(PATIENT_STATUSES) status?: PatientStatus;
  /**
   * Known so that writing it is refused by rule (403), not as an unknown field (400): no role changes a
   * patient's identifiers through PATCH; identities are managed through the identities endpoints (RBAC.md).
   */
  @IsOptionalNotNull() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => IdentifierDto) identifiers?: IdentifierDto[];
  @IsOptionalNotNull() @IsArray() @ArrayMaxSize(MAX_TAGS) @IsString({ each: true }) @Matches(TAG_PATTERN, { each: true, message: 'each tag is 1–50 letters, digits or _ : . / -' }) tags?: string[];
  /** Replaces the whole object; `{}` empties it. */
  @IsOptional() @IsPatientMetadata() metadata?: Record<string, unknown>;
  @IsOptional() @IsTimeZone() timeZone?: string | null;
}

export class SearchPatientsQueryDto extends PageQueryDto {
  /** Name or email prefix. Never written to the audit trail (it may hold PHI). */
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) q?: string;
  @IsOptional() @IsPastDate() birthDate?: string;
  @IsOptional() @IsString() @Length(3, 201) @Matches(/^[A-Za-z0-9:._/-]+\|[^\p{Cc}|]+$/u, { message: 'identifier must be system|value' }) identifier?: string;
  @IsOptional() @IsIn(PATIENT_STATUSES) status?: PatientStatus;
  /** Patients carrying this tag (case-insensitive). */
  @IsOptional() @IsString() @Matches(TAG_PATTERN, { message: 'tag is 1–50 letters, digits or _ : . / -' }) tag?: string;
  /** Exact email, case-insensitive. Never written to the audit trail. */
  @IsOptional() @IsEmail() @MaxLength(254) email?: string;
  @IsOptional() @IsIn(SUBSCRIPTION_TIERS) subscriptionTier?: (typeof SUBSCRIPTION_TIERS)[number];
}

/** The profile fields each search parameter reads (see QueryFieldRules): `?birthDate=` needs `birthDate` readable. */
export const PATIENT_SEARCH_FIELDS: QueryFieldRules<SearchPatientsQueryDto> = {
  filters: {
    q: ['givenName', 'familyName', 'email'], birthDate: ['birthDate'], identifier: ['identifiers'], status: ['status'],
    tag: ['tags'], email: ['email'], subscriptionTier: ['subscriptionTier'],
  },
  order: ['familyName', 'givenName', 'id'],
};

export class PatientIdParamDto {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
}

/** Payloads over NATS. */
export class GetPatientRequest extends PatientIdParamDto {}
export class CreatePatientRequest {
  @ValidateNested() @Type(() => CreatePatientDto) @IsNotEmpty() body!: CreatePatientDto;
}
export class UpdatePatientRequest extends PatientIdParamDto {
  @IsOptional() @IsInt() @Min(1) ifMatch?: number;
  @ValidateNested() @Type(() => UpdatePatientDto) @IsNotEmpty() body!: UpdatePatientDto;
}
export class DeactivatePatientRequest extends PatientIdParamDto {}

/** Why a patient is soft-deleted or restored: recorded on the profile (never in logs or events). */
export class PatientDeletionReasonDto {
  @IsString() @Length(3, 500) @Matches(TEXT) reason!: string;
}
export class DeletePatientRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => PatientDeletionReasonDto) @IsNotEmpty() body!: PatientDeletionReasonDto;
}
export class RestorePatientRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => PatientDeletionReasonDto) @IsNotEmpty() body!: PatientDeletionReasonDto;
}
export class SearchPatientsRequest {
  @ValidateNested() @Type(() => SearchPatientsQueryDto) @IsNotEmpty() query!: SearchPatientsQueryDto;
}

/** Profile fields by the group RBAC.md names: coordinators read the contact group, never the clinical one. */
export const PATIENT_CONTACT_FIELDS = [
  'id', 'givenName', 'familyName', 'email', 'phone', 'address', 'timeZone', 'subscriptionTier', 'status', 'identifiers', 'version', 'createdAt', 'updatedAt',
] as const;
export const PATIENT_CLINICAL_FIELDS = ['birthDate', 'sexAtBirth'] as const;
/**
 * Free-form fields the clinic and its integrations write: tags and metadata. Not in RBAC.md's list of what a
 * coordinator reads (name, contact, tier, status), and free text may say something clinical: not the coordinator's.
 */
export const PATIENT_ADMINISTRATIVE_FIELDS = ['tags', 'metadata'] as const;
/** Fields a patient may change on their own profile: contact, and the time zone they live in. */
export const PATIENT_SELF_WRITABLE_FIELDS = ['email', 'phone', 'address', 'timeZone'] as const;

export interface PatientDto {
  id: string;
  givenName: string;
  familyName: string;
  birthDate?: string;
  sexAtBirth?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: AddressDto | null;
  timeZone?: string | null;
  tags?: string[];
  metadata?: Record<string, unknown>;
  subscriptionTier: string;
  status: PatientStatus;
  identifiers: IdentifierDto[];
  version: number;
  createdAt: string;
  updatedAt: string;
}
