import { Type } from 'class-transformer';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import type { RpcErrorBody } from '../errors.js';
import { WearableDayRangeQueryDto } from '../labs/wearable.dto.js';
import { LABS, PROFILES, TREATMENTS } from '../patterns.js';
import { ListConditionsQueryDto } from './condition.dto.js';
import type { ConversationTurnDto } from './conversation.dto.js';
import { ListMedicationsQueryDto } from './medication.dto.js';
import { PatientIdParamDto, type PatientDto } from './patient.dto.js';

/** The parts of the assistant's view, each owned by one service and read through its own audited pattern. */
export const CONTEXT_PARTS = ['profile', 'conditions', 'medications', 'protocols', 'biomarkers', 'wearables', 'conversation'] as const;
export type ContextPart = (typeof CONTEXT_PARTS)[number];

/**
 * The pattern that reads each part alone (shared-contracts.md). The view asks for a service's parts together through
 * that service's `contextRead` (CONTEXT_READ_PATTERNS), which records each part exactly as this pattern does.
 */
export const CONTEXT_PART_PATTERNS = {
  profile: PROFILES.patientGet,
  conditions: PROFILES.conditionList,
  medications: PROFILES.medicationList,
  protocols: TREATMENTS.regimenGet,
  biomarkers: LABS.resultLatest,
  wearables: LABS.wearableDaily,
  conversation: PROFILES.conversationRecent,
} as const satisfies Record<ContextPart, string>;

/** The parts profiles-svc and labs-svc give in one request each (treatments-svc's one part, protocols, is `regimenGet`). */
export const PROFILES_CONTEXT_PARTS = ['profile', 'conditions', 'medications', 'conversation'] as const satisfies readonly ContextPart[];
export type ProfilesContextPart = (typeof PROFILES_CONTEXT_PARTS)[number];
export const LABS_CONTEXT_PARTS = ['biomarkers', 'wearables'] as const satisfies readonly ContextPart[];
export type LabsContextPart = (typeof LABS_CONTEXT_PARTS)[number];

/** PROFILES.contextRead: the parts asked, and what each part's own pattern would have been given. */
export class ReadProfilesContextRequest extends PatientIdParamDto {
  @IsArray() @ArrayNotEmpty() @ArrayUnique() @IsIn(PROFILES_CONTEXT_PARTS, { each: true }) parts!: ProfilesContextPart[];
  /** The query of PROFILES.conditionList. */
  @IsOptional() @ValidateNested() @Type(() => ListConditionsQueryDto) conditions?: ListConditionsQueryDto;
  /** The query of PROFILES.medicationList. */
  @IsOptional() @ValidateNested() @Type(() => ListMedicationsQueryDto) medications?: ListMedicationsQueryDto;
  /** The `limit` of PROFILES.conversationRecent. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) turns?: number;
}

/** LABS.contextRead: the parts asked; `wearables` is the day range of LABS.wearableDaily (needed for that part). */
export class ReadLabsContextRequest extends PatientIdParamDto {
  @IsArray() @ArrayNotEmpty() @ArrayUnique() @IsIn(LABS_CONTEXT_PARTS, { each: true }) parts!: LabsContextPart[];
  @IsOptional() @ValidateNested() @Type(() => WearableDayRangeQueryDto) wearables?: WearableDayRangeQueryDto;
}

/** One part of a service's share: what its own pattern would have answered, or the error it would have answered with. */
export type ContextPartReply = { value: unknown } | { error: RpcErrorBody };

/** What a `contextRead` answers: one entry per part asked. */
export interface ContextPartsReply {
  patientId: string;
  parts: Partial<Record<ContextPart, ContextPartReply>>;
}

/** Why a part is missing: the caller may not read it, or its service did not answer (no handler yet, timeout). */
export interface OmittedPartDto {
  part: ContextPart;
  reason: 'forbidden' | 'unavailable';
}

/**
 * GET /v1/patients/{patientId}/context: what an assistant needs to answer a patient. Each part is what its owning
 * service answered the caller (field rules applied there); a part left out is named in `omitted`.
 */
export interface PatientContextDto {
  patientId: string;
  /** The day "today" is for the regimen and the wearables (the patient's time zone when the profile has one, else UTC). */
  date: string;
  profile?: Partial<PatientDto> & { timeZone?: string | null };
  conditions?: unknown[];
  medications?: unknown[];
  /** `TREATMENTS.regimenGet`: active protocols with today's doses. */
  protocols?: unknown;
  /** `LABS.resultLatest`: latest value, trend and status per biomarker. */
  biomarkers?: unknown[];
  /** `LABS.wearableDaily`: the last 7 days of summaries. */
  wearables?: unknown[];
  conversation?: ConversationTurnDto[];
  omitted: OmittedPartDto[];
}
