import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import type { QueryFieldRules } from '../query-fields.js';
import { NOTE_TEXT } from './condition.dto.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMessage = (field: string) => ({ message: `${field} must be a date YYYY-MM-DD` });

/** The four scores of a daily check-in, each an integer 0–10 (the seed's daily check-in). */
export const CHECK_IN_METRICS = ['energy', 'mood', 'focus', 'sleepQuality'] as const;
export type CheckInMetric = (typeof CHECK_IN_METRICS)[number];
/** A trend covers at most this many days. */
export const CHECK_IN_TREND_MAX_DAYS = 366;
/** The change of a 7-day mean, in points of the 0–10 scale, from which a direction is `up` or `down`. */
export const CHECK_IN_DIRECTION_THRESHOLD = 0.5;

export class RecordCheckInDto {
  /** The patient's day (their time zone's calendar): one check-in per day, not after their today. */
  @IsString() @Matches(DATE, dateMessage('date')) date!: string;
  @IsInt() @Min(0) @Max(10) energy!: number;
  @IsInt() @Min(0) @Max(10) mood!: number;
  @IsInt() @Min(0) @Max(10) focus!: number;
  @IsInt() @Min(0) @Max(10) sleepQuality!: number;
  @IsOptional() @IsString() @MaxLength(2000) @Matches(NOTE_TEXT) note?: string;
}

export class ListCheckInsQueryDto extends PageQueryDto {
  /** From this day (inclusive). */
  @IsOptional() @IsString() @Matches(DATE, dateMessage('from')) from?: string;
  /** To this day (inclusive). */
  @IsOptional() @IsString() @Matches(DATE, dateMessage('to')) to?: string;
}

export const CHECK_IN_LIST_FIELDS: QueryFieldRules<ListCheckInsQueryDto> = {
  filters: { from: ['date'], to: ['date'] },
  order: ['date', 'id'],
};

export class CheckInTrendQueryDto {
  /** From this day (inclusive); default: 29 days before `to`. */
  @IsOptional() @IsString() @Matches(DATE, dateMessage('from')) from?: string;
  /** To this day (inclusive); default: the patient's today. */
  @IsOptional() @IsString() @Matches(DATE, dateMessage('to')) to?: string;
}

export class RecordCheckInRequest {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @ValidateNested() @Type(() => RecordCheckInDto) @IsNotEmpty() body!: RecordCheckInDto;
}
export class ListCheckInsRequest {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @ValidateNested() @Type(() => ListCheckInsQueryDto) @IsNotEmpty() query!: ListCheckInsQueryDto;
}
export class CheckInTrendRequest {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @ValidateNested() @Type(() => CheckInTrendQueryDto) @IsNotEmpty() query!: CheckInTrendQueryDto;
}

export interface CheckInDto {
  id: string;
  patientId: string;
  date: string;
  energy: number;
  mood: number;
  focus: number;
  sleepQuality: number;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** The reply of PROFILES.checkInRecord: the check-in, and whether it is new (201) or replaced that day's (200). */
export interface RecordedCheckInDto extends CheckInDto {
  created: boolean;
}

export interface CheckInMetricTrendDto {
  /** Check-ins in the range that carry the metric. */
  count: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** For each day with a check-in: the mean of the check-ins of that day and the 6 days before it (within the range). */
  rolling7: { date: string; mean: number }[];
  /**
   * The mean of the last 7 days of the range against the mean of the 7 days before them: `up` or `down` when it moved
   * by at least CHECK_IN_DIRECTION_THRESHOLD points, else `same`; null when either week has no check-in.
   */
  direction: 'up' | 'down' | 'same' | null;
}

export interface CheckInTrendDto {
  patientId: string;
  from: string;
  to: string;
  metrics: Record<CheckInMetric, CheckInMetricTrendDto>;
}
