import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsPositive, IsString, IsUUID, Length, Matches, Max, MaxLength, Min,
  registerDecorator, ValidateNested, type ValidationOptions,
} from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { PageQueryDto } from '../page.js';
import type { QueryFieldRules } from '../query-fields.js';
import { PatientIdParamDto } from '../profiles/patient.dto.js';
import { IsTimeZone } from '../profiles/patient-fields.js';
import { IsZonedDateTime } from '../validators.js';

/**
 * Clinic-authored protocols (issue 11): compounds, doses, routes and schedules. Every change is a new immutable
 * version; a version is in force from its `effectiveFrom` (see docs/protocols.md, "Versions").
 */
export const PROTOCOL_STATUSES = ['draft', 'active', 'paused', 'completed', 'cancelled'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];

/** Where a status may go with a PATCH; `completed` and `cancelled` are final. Same status is not a transition. */
export const PROTOCOL_STATUS_TRANSITIONS: Readonly<Record<ProtocolStatus, readonly ProtocolStatus[]>> = {
  draft: ['active', 'cancelled'],
  active: ['paused', 'completed', 'cancelled'],
  paused: ['active', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** Routes of administration (FHIR's common set, named plainly); `other` with the detail in `instructions`. */
export const PROTOCOL_ROUTES = [
  'oral', 'sublingual', 'buccal', 'subcutaneous', 'intramuscular', 'intravenous', 'intradermal', 'topical', 'transdermal',
  'intranasal', 'inhaled', 'ophthalmic', 'otic', 'rectal', 'vaginal', 'other',
] as const;
export type ProtocolRoute = (typeof PROTOCOL_ROUTES)[number];

export const DOSE_STATUSES = ['taken', 'skipped', 'late'] as const;
export type DoseStatus = (typeof DOSE_STATUSES)[number];

/** Printable text without control characters (names, compounds). */
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
/** Printable text; line breaks and tabs allowed (instructions, notes), no other C0 or C1 control. */
const MULTILINE = /^[^\p{Cs}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/u;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A local date-time without an offset: the wall-clock time in the protocol's time zone. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;
/**
 * The value of an RFC 5545 RRULE property (`FREQ=DAILY;BYHOUR=8;BYMINUTE=0`): `NAME=value` parts separated by `;`.
 * Which parts and values are allowed is checked by treatments-svc (schedules/schedule.ts), with the library.
 */
export const PROTOCOL_RRULE = /^[A-Z]+=[A-Z0-9,+-]+(?:;[A-Z]+=[A-Z0-9,+-]+)*$/;

function isCalendarDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return DATE.test(value) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function decorator(name: string, message: string, schema: Record<string, unknown>, validate: (value: unknown) => boolean, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) => {
    JSONSchema({ type: 'string', ...schema })(target, propertyName as string);
    registerDecorator({ name, target: target.constructor, propertyName: propertyName as string, options: { message: `${String(propertyName)} ${message}`, ...options }, validator: { validate } });
  };
}

/** A calendar date `YYYY-MM-DD` that exists (past or future). */
export const IsCalendarDate = (options?: ValidationOptions) =>
  decorator('isCalendarDate', 'must be a real date YYYY-MM-DD', { format: 'date' }, (v) => typeof v === 'string' && isCalendarDate(v), options);
const IsLocalDateTime = (options?: ValidationOptions) =>
  decorator('isLocalDateTime', 'must be a local date-time YYYY-MM-DDTHH:MM[:SS] (no offset: the wall-clock time in the protocol\'s time zone)',
    { description: 'Local date-time without an offset, in the protocol\'s time zone', example: '2026-03-01T08:00' },
    (v) => typeof v === 'string' && LOCAL_DATE_TIME.test(v) && isCalendarDate(v.slice(0, 10)), options);

/**
 * When an item is due: an RFC 5545 recurrence rule, read in the protocol's time zone. The time of day comes from
 * BYHOUR/BYMINUTE or, without them, from `dtstart` (default: the protocol's start date at 00:00).
 */
export class ProtocolScheduleDto {
  @IsString() @Length(6, 300) @Matches(PROTOCOL_RRULE, { message: 'rrule must be an RFC 5545 RRULE value, e.g. FREQ=DAILY;BYHOUR=8;BYMINUTE=0' }) rrule!: string;
  @IsOptional() @IsLocalDateTime() dtstart?: string;
}

export class ProtocolItemInputDto {
  /** On PATCH: the id of an item of the current version that this one continues (its dose log follows it). */
  @IsOptional() @IsUUID('all') id?: string;
  @IsString() @Length(1, 200) @Matches(TEXT) compound!: string;
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 6 }) @IsPositive() @Max(1_000_000) dose!: number;
  /** UCUM (`mg`, `mL`, `[iU]`, `{capsule}`), checked with @lhncbc/ucum-lhc by treatments-svc. */
  @IsString() @Length(1, 50) @Matches(/^\S+$/, { message: 'unit must be a UCUM unit (no spaces)' }) unit!: string;
  @IsIn(PROTOCOL_ROUTES) route!: ProtocolRoute;
  @ValidateNested() @Type(() => ProtocolScheduleDto) @IsNotEmpty() schedule!: ProtocolScheduleDto;
  @IsOptional() @IsString() @MaxLength(2000) @Matches(MULTILINE) instructions?: string;
}

export class CreateProtocolDto {
  @IsString() @Length(1, 200) @Matches(TEXT) name!: string;
  /** Defaults to `draft`. */
  @IsOptional() @IsIn(PROTOCOL_STATUSES) status?: ProtocolStatus;
  @IsCalendarDate() startDate!: string;
  @IsOptional() @IsCalendarDate() endDate?: string;
  /** The patient's time zone for this protocol: schedules, start and end dates are read in it. */
  @IsTimeZone() timeZone!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ProtocolItemInputDto) items!: ProtocolItemInputDto[];
}

/** PATCH: what changes; `items` replaces the whole list (an item keeps its identity through `id`). */
export class UpdateProtocolDto {
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT) name?: string;
  @IsOptional() @IsIn(PROTOCOL_STATUSES) status?: ProtocolStatus;
  @IsOptional() @IsCalendarDate() startDate?: string;
  /** `null` clears it (open-ended). */
  @IsOptional() @IsCalendarDate() endDate?: string | null;
  @IsOptional() @IsTimeZone() timeZone?: string;
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ProtocolItemInputDto) items?: ProtocolItemInputDto[];
  /**
   * From when the new version is in force: a timestamp with offset, or a date (00:00 of that day in the
   * protocol's time zone). Default: now. Never before the current version's.
   */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) effectiveFrom?: string;
}

export class ListProtocolsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(PROTOCOL_STATUSES) status?: ProtocolStatus;
}

export class GetProtocolQueryDto {
  /** The version in force at this instant, or at the end of this day (protocol time zone). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) at?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000) version?: number;
}

export class AdherenceQueryDto {
  /** From this instant, or 00:00 of this day in the protocol's time zone. Default: the protocol's start date. */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) from?: string;
  /** Up to this instant, or the end of this day (inclusive). Default: now. Doses due after now are not counted. */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) to?: string;
}

export class RegimenQueryDto {
  @IsCalendarDate() date!: string;
  /** The zone the day is read in; default: the time zone of the patient's protocols (docs/protocols.md). */
  @IsOptional() @IsTimeZone() timeZone?: string;
}

export class LogDoseDto {
  @IsUUID('all') itemId!: string;
  /** The due time of the dose (one of the schedule's instants, as the regimen lists it). */
  @IsZonedDateTime() dueAt!: string;
  @IsIn(DOSE_STATUSES) status!: DoseStatus;
  /** When it was taken (taken, late). Default: when it is logged. Not for `skipped`. */
  @IsOptional() @IsZonedDateTime() takenAt?: string;
  /** API.md's name for `takenAt`; give one of them. */
  @IsOptional() @IsZonedDateTime() at?: string;
  @IsOptional() @IsString() @MaxLength(1000) @Matches(MULTILINE) note?: string;
}

export class ListDosesQueryDto extends PageQueryDto {
  @IsOptional() @IsUUID('all') itemId?: string;
  /** Doses due from this instant, or from 00:00 of this day in the protocol's time zone. */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) from?: string;
  /** Doses due up to this instant, or to the end of this day (inclusive). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) to?: string;
}

/** The dose log fields each list parameter reads (see QueryFieldRules). */
export const DOSE_LIST_FIELDS: QueryFieldRules<ListDosesQueryDto> = {
  filters: { itemId: ['itemId'], from: ['dueAt'], to: ['dueAt'] },
  order: ['recordedAt', 'id'],
};

/** The protocol fields each list parameter reads (see QueryFieldRules). */
export const PROTOCOL_LIST_FIELDS: QueryFieldRules<ListProtocolsQueryDto> = {
  filters: { status: ['status'] },
  order: ['createdAt', 'id'],
};

/** Payloads over NATS. */
export class ProtocolIdParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'protocolId must be a UUID' }) protocolId!: string;
}
export class CreateProtocolRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => CreateProtocolDto) @IsNotEmpty() body!: CreateProtocolDto;
}
export class ListProtocolsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => ListProtocolsQueryDto) @IsNotEmpty() query!: ListProtocolsQueryDto;
}
export class GetProtocolRequest extends ProtocolIdParamDto {
  @IsOptional() @ValidateNested() @Type(() => GetProtocolQueryDto) query?: GetProtocolQueryDto;
}
export class ListProtocolVersionsRequest extends ProtocolIdParamDto {}
export class UpdateProtocolRequest extends ProtocolIdParamDto {
  @IsOptional() @IsInt() @Min(1) ifMatch?: number;
  @ValidateNested() @Type(() => UpdateProtocolDto) @IsNotEmpty() body!: UpdateProtocolDto;
}
export class LogDoseRequest extends ProtocolIdParamDto {
  @ValidateNested() @Type(() => LogDoseDto) @IsNotEmpty() body!: LogDoseDto;
}
export class ListDosesRequest extends ProtocolIdParamDto {
  @ValidateNested() @Type(() => ListDosesQueryDto) @IsNotEmpty() query!: ListDosesQueryDto;
}
export class AdherenceRequest extends ProtocolIdParamDto {
  @ValidateNested() @Type(() => AdherenceQueryDto) @IsNotEmpty() query!: AdherenceQueryDto;
}
export class RegimenRequest extends PatientIdParamDto {
  @IsCalendarDate() date!: string;
  @IsOptional() @IsTimeZone() timeZone?: string;
}

export interface ProtocolScheduleView {
  rrule: string;
  dtstart?: string;
}

export interface ProtocolItemView {
  id: string;
  compound: string;
  dose: number;
  unit: string;
  route: ProtocolRoute;
  schedule: ProtocolScheduleView;
  instructions?: string;
}

/** One version of a protocol, as every read returns it. */
export interface ProtocolDto {
  id: string;
  patientId: string;
  version: number;
  /** The newest version of the protocol (this one, unless an older version was asked for). */
  latestVersion: number;
  name: string;
  status: ProtocolStatus;
  startDate: string;
  endDate: string | null;
  timeZone: string;
  items: ProtocolItemView[];
  /** From when this version is in force; null for the first version (in force from the start). */
  effectiveFrom: string | null;
  /** Until when (the next version's effectiveFrom); null while it is the newest. */
  effectiveTo: string | null;
  /** Who made this version, and when. */
  createdBy: string;
  createdAt: string;
}

export interface DoseLogDto {
  id: string;
  protocolId: string;
  patientId: string;
  itemId: string;
  /** The version in force at the due time. */
  version: number;
  dueAt: string;
  status: DoseStatus;
  takenAt: string | null;
  note?: string;
  recordedBy: string;
  recordedAt: string;
}

export interface AdherenceCountsDto {
  due: number;
  taken: number;
  late: number;
  skipped: number;
  missed: number;
  /** (taken + late) / due × 100, one decimal; null when nothing was due. */
  percentage: number | null;
}

export interface AdherenceItemDto extends AdherenceCountsDto {
  itemId: string;
  compound: string;
  /** Per version that was in force in the range: the dose and schedule it had there. */
  versions: (AdherenceCountsDto & { version: number; dose: number; unit: string; from: string; to: string })[];
}

export interface AdherenceDto {
  protocolId: string;
  patientId: string;
  from: string;
  to: string;
  items: AdherenceItemDto[];
  total: AdherenceCountsDto;
}

/** `TREATMENTS.regimenGet` (shared contract): what the patient was on that day and which doses were due. */
export interface RegimenDto {
  date: string;
  timeZone: string;
  protocols: {
    protocolId: string;
    version: number;
    name: string;
    status: ProtocolStatus;
    items: {
      itemId: string;
      compound: string;
      dose: number;
      unit: string;
      route: ProtocolRoute;
      instructions?: string;
      doses: { dueAt: string; log: { status: DoseStatus; takenAt: string | null } | null }[];
    }[];
  }[];
}
