import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, Matches, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import type { QueryFieldRules } from '../query-fields.js';
import { IsZonedDateTime } from '../validators.js';
import { PatientIdParamDto } from './patient.dto.js';

/** Printable text without control characters (a title); a note may hold line breaks and tabs. */
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
const NOTE = /^[^\p{Cs}\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]*$/u;

/** Events a person records by hand (POST …/events). */
export const MANUAL_EVENT_TYPES = ['check-in', 'note', 'call'] as const;
export type ManualEventType = (typeof MANUAL_EVENT_TYPES)[number];

/**
 * Timeline entry types projected from the domain events on EVENTS (shared-contracts.md), by event name. An event
 * name not listed here is skipped by the projection.
 */
export const TIMELINE_EVENT_TYPES = {
  'labs.report.parsed': 'lab-report-parsed',
  'labs.result.out-of-range': 'lab-result-out-of-range',
  'labs.report.reviewed': 'lab-report-reviewed',
  'labs.wearable.imported': 'wearable-imported',
  'labs.wearable.synced': 'wearable-synced',
  'treatments.protocol.changed': 'protocol-changed',
  'treatments.treatment.transitioned': 'treatment-transitioned',
  'treatments.prescription.updated': 'prescription-updated',
  'profiles.patient.deleted': 'patient-deleted',
  'profiles.patient.restored': 'patient-restored',
  /** record-clinical's check-ins (`{ checkInId, patientId, date, occurredAt }`): one entry per check-in. */
  'profiles.checkin.recorded': 'check-in',
  'identity.patient.merged': 'patient-merged',
} as const;
export type ProjectedEntryType = (typeof TIMELINE_EVENT_TYPES)[keyof typeof TIMELINE_EVENT_TYPES];
/** Entries an import writes (docs/fhir.md): a FHIR Encounter becomes an `encounter` entry. */
export const IMPORTED_EVENT_TYPES = ['encounter'] as const;
export type ImportedEventType = (typeof IMPORTED_EVENT_TYPES)[number];
export const TIMELINE_ENTRY_TYPES = [...new Set([...Object.values(TIMELINE_EVENT_TYPES), ...MANUAL_EVENT_TYPES, ...IMPORTED_EVENT_TYPES])] as TimelineEntryType[];
export type TimelineEntryType = ProjectedEntryType | ManualEventType | ImportedEventType;

/** POST /v1/patients/{patientId}/events: a check-in, a note or a call, recorded by hand. */
export class CreateClinicalEventDto {
  @IsIn(MANUAL_EVENT_TYPES) type!: ManualEventType;
  @IsZonedDateTime() occurredAt!: string;
  @IsOptional() @IsString() @MaxLength(200) @Matches(TEXT, { message: 'title must not hold control characters' }) title?: string;
  @IsOptional() @IsString() @MaxLength(4000) @Matches(NOTE, { message: 'note must not hold control characters' }) note?: string;
}

export class TimelineQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(TIMELINE_ENTRY_TYPES) type?: TimelineEntryType;
  /** At or after (a date `YYYY-MM-DD`: from that day, UTC). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) from?: string;
  /** At or before (a date includes that whole day, UTC). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) to?: string;
}

export const TIMELINE_FIELDS: QueryFieldRules<TimelineQueryDto> = {
  filters: { type: ['type'], from: ['occurredAt'], to: ['occurredAt'] },
  order: ['occurredAt', 'id'],
};

/** Where an entry came from: the record it links to (`GET` it through its service). */
export interface TimelineSourceDto {
  service: string;
  kind: string;
  id: string;
}

/**
 * One timeline entry. Projected entries carry ids and codes only (`summary`: what the event said, never a value
 * or a name); a manual entry carries its title and note.
 */
export interface TimelineEntryDto {
  id: string;
  patientId: string;
  type: TimelineEntryType;
  occurredAt: string;
  source: TimelineSourceDto;
  summary: Record<string, string | number | boolean | null>;
  /** The API path of the source record (or of what holds it), when it has one: `/v1/patients/{patientId}/lab-reports/{id}`. */
  link?: string;
  title?: string;
  note?: string;
  recordedAt: string;
}

export class ListTimelineRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => TimelineQueryDto) @IsNotEmpty() query!: TimelineQueryDto;
}
export class CreateClinicalEventRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => CreateClinicalEventDto) @IsNotEmpty() body!: CreateClinicalEventDto;
}
