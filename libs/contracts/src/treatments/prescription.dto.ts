import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import { PatientIdParamDto } from '../profiles/patient.dto.js';
import type { QueryFieldRules } from '../query-fields.js';
import type { TransitionSource } from './treatment.dto.js';

/** A pharmacy order at the partner, as docs/treatments.md's state machine has it. */
export const PRESCRIPTION_STATUSES = ['created', 'transmitted', 'processing', 'shipped', 'delivered', 'cancelled', 'failed'] as const;
export type PrescriptionStatus = (typeof PRESCRIPTION_STATUSES)[number];

export class ListPrescriptionsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(PRESCRIPTION_STATUSES) status?: PrescriptionStatus;
}

export const PRESCRIPTION_LIST_FIELDS: QueryFieldRules<ListPrescriptionsQueryDto> = {
  filters: { status: ['status'] },
  order: ['createdAt', 'id'],
};

export class PrescriptionIdParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'prescriptionId must be a UUID' }) prescriptionId!: string;
}

export class ListPrescriptionsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => ListPrescriptionsQueryDto) @IsNotEmpty() query!: ListPrescriptionsQueryDto;
}
export class GetPrescriptionRequest extends PrescriptionIdParamDto {}

/** One fulfilment event of an order, in the order they happened (`applied: false`: too late to move it, e.g. `shipped` after `delivered`). */
export interface FulfilmentEventDto {
  status: PrescriptionStatus;
  from: PrescriptionStatus | null;
  at: string;
  by: TransitionSource;
  eventId: string;
  carrier: string | null;
  trackingNumber: string | null;
  reason: string | null;
  applied: boolean;
}

export interface PrescriptionDto {
  id: string;
  patientId: string;
  /** The partner's order id. */
  externalId: string;
  /** The partner's treatment id the order belongs to. */
  treatmentExternalId: string | null;
  status: PrescriptionStatus;
  /** What is dispensed, as the partner named it (clinical content: not for coordinators). */
  medication: string | null;
  carrier: string | null;
  trackingNumber: string | null;
  /** For a refill: the original order's id at the partner, and which refill it is. */
  refillOf: string | null;
  refillNumber: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface PrescriptionDetailDto extends PrescriptionDto {
  fulfilment: FulfilmentEventDto[];
  /** The refills of this order, each with its own fulfilment (read each by id). */
  refills: PrescriptionDto[];
}

export const PRESCRIPTION_FIELDS = [
  'id', 'patientId', 'externalId', 'treatmentExternalId', 'status', 'medication', 'carrier', 'trackingNumber', 'refillOf', 'refillNumber',
  'createdAt', 'updatedAt', 'fulfilment', 'refills',
] as const;
