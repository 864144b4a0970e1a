import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import { IsZonedDateTime } from '../validators.js';

/**
 * The partner webhook of Rimo Health (docs/treatments.md): `POST /v1/webhooks/rimo`, signed with
 * `X-Rimo-Signature: hex(HMAC-SHA256(secret, "<X-Rimo-Timestamp>.<raw body>"))`.
 */
export const RIMO_PARTNER = 'rimo';
/** The identifier system a patient's Rimo id is stored under on the profile (`identifiers: [{ system: 'rimo', value }]`). */
export const RIMO_IDENTIFIER_SYSTEM = 'rimo';
/** Older (or newer) than this and a delivery is refused as stale (401). */
export const RIMO_SIGNATURE_TOLERANCE_SECONDS = 300;

export const RIMO_TREATMENT_EVENT_TYPES = ['treatment.created', 'treatment.updated', 'treatment.approved', 'treatment.declined', 'treatment.cancelled'] as const;
export const RIMO_ORDER_EVENT_TYPES = ['order.transmitted', 'order.processing', 'order.shipped', 'order.delivered', 'order.cancelled', 'order.failed'] as const;
export const RIMO_EVENT_TYPES = [...RIMO_TREATMENT_EVENT_TYPES, ...RIMO_ORDER_EVENT_TYPES, 'prescription.refilled'] as const;
export type RimoTreatmentEventType = (typeof RIMO_TREATMENT_EVENT_TYPES)[number];
export type RimoOrderEventType = (typeof RIMO_ORDER_EVENT_TYPES)[number];
export type RimoEventType = (typeof RIMO_EVENT_TYPES)[number];

const PARTNER_ID = /^[A-Za-z0-9_-]{1,100}$/;
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;

/** What the gateway forwards, untouched: the raw body (base64) and the two headers. treatments-svc checks the signature. */
export class RimoWebhookRequest {
  @IsString() @Length(0, 1_500_000) @Matches(/^[A-Za-z0-9+/]*={0,2}$/) body!: string;
  @IsOptional() @IsString() @Length(0, 200) timestamp?: string;
  @IsOptional() @IsString() @Length(0, 500) signature?: string;
}

/** The envelope of every Rimo event. */
export class RimoEnvelopeDto {
  @IsString() @Matches(/^evt_[A-Za-z0-9_-]{1,120}$/, { message: 'id must be evt_ followed by letters, digits, _ or -' }) id!: string;
  @IsIn(RIMO_EVENT_TYPES) type!: RimoEventType;
  @IsObject() data!: Record<string, unknown>;
  @IsZonedDateTime() timestamp!: string;
}

/** Fields every event's `data` carries. */
export class RimoEventDataDto {
  @IsString() @Matches(PARTNER_ID) treatmentId!: string;
  @IsString() @Matches(PARTNER_ID) patientId!: string;
  @IsOptional() @IsString() @Length(1, 500) @Matches(TEXT) reason?: string;
}

/** `treatment.created`: `product` is what the treatment is (e.g. a compound and strength). */
export class RimoTreatmentCreatedDto extends RimoEventDataDto {
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT) product?: string;
}

/** `treatment.updated`: a status the partner moved the treatment to. */
export class RimoTreatmentUpdatedDto extends RimoEventDataDto {
  @IsIn(['under_review', 'active', 'paused', 'completed']) status!: 'under_review' | 'active' | 'paused' | 'completed';
}

/** `order.*`: one pharmacy order (a prescription, or a refill's order). */
export class RimoOrderDto extends RimoEventDataDto {
  @IsString() @Matches(PARTNER_ID) orderId!: string;
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT) medication?: string;
}

export class RimoOrderShippedDto extends RimoOrderDto {
  @IsString() @Length(1, 100) @Matches(TEXT) carrier!: string;
  @IsString() @Length(1, 100) @Matches(/^[A-Za-z0-9 _-]+$/) trackingNumber!: string;
}

/** `prescription.refilled`: a new order (`orderId`) refilling `originalOrderId`; its fulfilment follows as `order.*` events. */
export class RimoPrescriptionRefilledDto extends RimoOrderDto {
  @IsString() @Matches(PARTNER_ID) originalOrderId!: string;
  @Type(() => Number) @IsInt() @Min(1) @Max(1000) refillNumber!: number;
}

/**
 * What Rimo gets back (2xx): the event is durably stored — `accepted` (new: it is processed from the inbox right
 * after, applied or parked for an unknown patient) or `duplicate` (its id was stored before).
 */
export interface RimoWebhookReceiptDto {
  eventId: string;
  status: 'accepted' | 'duplicate';
}

export const PARKED_EVENT_STATUSES = ['parked', 'replayed'] as const;
export type ParkedEventStatus = (typeof PARKED_EVENT_STATUSES)[number];

export class ListParkedEventsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(PARKED_EVENT_STATUSES) status?: ParkedEventStatus;
}
export class ListParkedEventsRequest {
  @ValidateNested() @Type(() => ListParkedEventsQueryDto) @IsNotEmpty() query!: ListParkedEventsQueryDto;
}
export class ParkedEventIdParamDto {
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
}
export class ReplayParkedEventRequest extends ParkedEventIdParamDto {}

/** An event whose patient was not known when it came: kept, listed for admins, replayed when the identity appears. */
export interface ParkedEventDto {
  id: string;
  partner: string;
  eventId: string;
  type: RimoEventType;
  /** The partner's patient id that did not resolve (an identifier, not a name). */
  partnerPatientId: string;
  /** The patient it resolved to once replayed; null while it waits. */
  patientId: string | null;
  reason: string;
  status: ParkedEventStatus;
  attempts: number;
  parkedAt: string;
  replayedAt: string | null;
}
