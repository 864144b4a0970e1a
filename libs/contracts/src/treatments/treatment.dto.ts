import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import { PatientIdParamDto } from '../profiles/patient.dto.js';
import type { QueryFieldRules } from '../query-fields.js';

/** A treatment at the telehealth partner (Rimo), as docs/treatments.md's state machine has it. */
export const TREATMENT_STATUSES = ['pending', 'under_review', 'approved', 'declined', 'active', 'paused', 'completed', 'cancelled'] as const;
export type TreatmentStatus = (typeof TREATMENT_STATUSES)[number];

/** Who moved a treatment: a clinician of the clinic (through the API) or the partner (through its signed webhook). */
export const TRANSITION_SOURCES = ['clinician', 'partner'] as const;
export type TransitionSource = (typeof TRANSITION_SOURCES)[number];

const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;

export class TransitionTreatmentBodyDto {
  @IsIn(TREATMENT_STATUSES) to!: TreatmentStatus;
  @IsOptional() @IsString() @Length(1, 500) @Matches(TEXT) reason?: string;
}

export class ListTreatmentsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(TREATMENT_STATUSES) status?: TreatmentStatus;
}

/** The treatment fields each list parameter reads (a coordinator reads status, ids and times). */
export const TREATMENT_LIST_FIELDS: QueryFieldRules<ListTreatmentsQueryDto> = {
  filters: { status: ['status'] },
  order: ['createdAt', 'id'],
};

export class TreatmentIdParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'treatmentId must be a UUID' }) treatmentId!: string;
}

/** Payloads over NATS. */
export class ListTreatmentsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => ListTreatmentsQueryDto) @IsNotEmpty() query!: ListTreatmentsQueryDto;
}
export class GetTreatmentRequest extends TreatmentIdParamDto {}
export class TransitionTreatmentRequest extends TreatmentIdParamDto {
  @ValidateNested() @Type(() => TransitionTreatmentBodyDto) @IsNotEmpty() body!: TransitionTreatmentBodyDto;
}

/** One entry of a treatment's history. `applied: false`: it arrived, but was not a legal move where it fell in order. */
export interface TreatmentTransitionDto {
  from: TreatmentStatus | null;
  to: TreatmentStatus;
  at: string;
  by: TransitionSource;
  /** The clinician's principal id; null for the partner. */
  actorId: string | null;
  /** The partner's event id (`evt_…`); null for a clinician's transition. */
  eventId: string | null;
  reason: string | null;
  applied: boolean;
}

export interface TreatmentDto {
  id: string;
  patientId: string;
  /** The partner's treatment id. */
  externalId: string;
  status: TreatmentStatus;
  /** What is treated with, as the partner named it (clinical content: not for coordinators). */
  product: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface TreatmentDetailDto extends TreatmentDto {
  history: TreatmentTransitionDto[];
}

/** Every field of a treatment's answer (the field rules pick from these). */
export const TREATMENT_FIELDS = ['id', 'patientId', 'externalId', 'status', 'product', 'createdAt', 'updatedAt', 'history'] as const;
