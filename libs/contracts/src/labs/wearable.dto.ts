import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { JSONSchema } from 'class-validator-jsonschema';
import { PageQueryDto } from '../page.js';
import { PatientIdParamDto } from '../profiles/patient.dto.js';
import { IsZonedDateTime } from '../validators.js';

/** An export may be large (a year of 5-minute CGM readings is ~8 MB of CSV); it is streamed, never held whole by the gateway. */
export const WEARABLE_UPLOAD_MAX_BYTES = 100 * 1024 * 1024;

/** An import is a job: queued at the upload, running in a worker, then completed or failed (with the reason in `error`). */
export const WEARABLE_IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type WearableImportStatus = (typeof WEARABLE_IMPORT_STATUSES)[number];

export const WEARABLE_BUCKETS = ['5m', '15m', '1h', '1d'] as const;
export type WearableBucket = (typeof WEARABLE_BUCKETS)[number];

/** An IANA zone name (`Europe/Berlin`, `Asia/Kathmandu`); the service checks the runtime knows it. */
const ZONE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const METRIC = /^[a-z][a-z0-9_]{0,39}$/;
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;

/** The export as the gateway stored it in the labs file store (streamed in), before asking labs-svc to import it. */
export class WearableUploadDto {
  @IsUUID() object!: string;
  @IsString() @Length(1, 100) @Matches(/^[a-z0-9.+/-]+$/) contentType!: string;
  @IsInt() @Min(1) @Max(WEARABLE_UPLOAD_MAX_BYTES) size!: number;
  @IsString() @Matches(/^[0-9a-f]{64}$/) sha256!: string;
  @IsOptional() @IsString() @Length(1, 255) @Matches(TEXT) fileName?: string;
}

export class WearableImportQueryDto {
  /** The zone of zone-less local timestamps (LibreView, Dexcom Clarity): required for those formats. */
  @IsOptional() @IsString() @Length(1, 64) @Matches(ZONE, { message: 'timeZone must be an IANA zone such as Europe/Berlin' }) timeZone?: string;
}

export class WearableImportIdParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'importId must be a UUID' }) importId!: string;
}

export class WearableSamplesQueryDto {
  @IsString() @Matches(METRIC, { message: 'metric must be a metric key such as glucose or heart_rate' }) metric!: string;
  @IsZonedDateTime({ allowDate: true }) from!: string;
  @IsZonedDateTime({ allowDate: true }) to!: string;
  @IsIn(WEARABLE_BUCKETS) bucket!: WearableBucket;
  /** The zone days (`1d`) and dates in `from`/`to` are read in; UTC when absent. */
  @IsOptional() @IsString() @Length(1, 64) @Matches(ZONE) timeZone?: string;
}

export class WearableDayRangeQueryDto {
  @JSONSchema({ type: 'string', format: 'date' }) @Matches(DATE, { message: 'from must be a date YYYY-MM-DD' }) from!: string;
  @JSONSchema({ type: 'string', format: 'date' }) @Matches(DATE, { message: 'to must be a date YYYY-MM-DD' }) to!: string;
}

export class WearableStatsQueryDto extends WearableDayRangeQueryDto {
  @IsString() @Matches(METRIC) metric!: string;
}

export class GlucoseSummaryQueryDto extends WearableDayRangeQueryDto {
  /** The patient's zone: days, and the AGP's time of day, are read in it; UTC when absent. */
  @IsOptional() @IsString() @Length(1, 64) @Matches(ZONE) timeZone?: string;
}

/** Payloads over NATS. */
export class CreateWearableImportRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => WearableUploadDto) @IsNotEmpty() upload!: WearableUploadDto;
  @IsOptional() @IsString() @Length(1, 64) @Matches(ZONE) timeZone?: string;
}
export class GetWearableImportRequest extends WearableImportIdParamDto {}
export class WearableSamplesRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => WearableSamplesQueryDto) @IsNotEmpty() query!: WearableSamplesQueryDto;
}
/** A page of the readings a FHIR import stored (provider `fhir`), oldest first. */
export class WearableReadingsQueryDto extends PageQueryDto {}
export class WearableReadingsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => WearableReadingsQueryDto) @IsNotEmpty() query!: WearableReadingsQueryDto;
}
export class WearableStatsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => WearableStatsQueryDto) @IsNotEmpty() query!: WearableStatsQueryDto;
}
export class WearableDailyRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => WearableDayRangeQueryDto) @IsNotEmpty() query!: WearableDayRangeQueryDto;
}
export class GlucoseSummaryRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => GlucoseSummaryQueryDto) @IsNotEmpty() query!: GlucoseSummaryQueryDto;
}

export interface WearableImportDto {
  id: string;
  patientId: string;
  status: WearableImportStatus;
  format: string | null;
  provider: string | null;
  fileName: string | null;
  size: number;
  timeZone: string | null;
  /** New readings stored. */
  accepted: number;
  /** Readings already stored (an overlapping export, or the same reading from the sync). */
  duplicates: number;
  /** Rows not imported; `reasons` counts them per reason. */
  rejected: number;
  reasons: { reason: string; count: number }[];
  error: string | null;
  createdAt: string;
  completedAt: string | null;
}

export interface WearableBucketDto {
  start: string;
  min: number;
  max: number;
  mean: number;
  count: number;
}

/** One stored reading: `key` is its source key (the FHIR resource it came from; `<key>@<loinc>` for a panel's part). */
export interface WearableReadingDto {
  metric: string;
  at: string;
  value: number;
  unit: string;
  key: string;
}

export interface WearableSamplesDto {
  metric: string;
  unit: string | null;
  bucket: WearableBucket;
  buckets: WearableBucketDto[];
}

export interface WearableDailyStatDto {
  day: string;
  metric: string;
  count: number;
  avg: number;
  min: number;
  max: number;
  mean7: number | null;
  mean30: number | null;
}

/** `LABS.wearableDaily` (shared-contracts.md). */
export interface WearableDailyDto {
  day: string;
  kind: 'sleep' | 'readiness' | 'recovery' | 'activity';
  provider: string;
  values: Record<string, number | null>;
}

export interface AgpBinDto {
  /** Local time of day the bin starts, `HH:MM`. */
  time: string;
  count: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface GlucoseSummaryDto {
  from: string;
  to: string;
  timeZone: string;
  /** Calendar days in the window, and days with at least one reading. */
  days: number;
  daysWithData: number;
  readings: number;
  /** % of the window covered by readings, each covering its stream's own interval (never over 100). */
  coveragePercent: number;
  /** Per stream: provider, device, its interval in minutes, readings. */
  streams: { provider: string; device: string | null; intervalMinutes: number; readings: number }[];
  /** mg/dL and mmol/L (one decimal), over uncensored readings; null without any. */
  mean: { mgdl: number; mmol: number } | null;
  sd: { mgdl: number; mmol: number } | null;
  /** Coefficient of variation, %. */
  cv: number | null;
  /** Glucose management indicator, % (3.31 + 0.02392 × mean mg/dL). */
  gmi: number | null;
  /** % of time (reading-interval weighted) in each consensus band. */
  timeInRanges: { veryLow: number; low: number; inRange: number; high: number; veryHigh: number };
  /** High/Low readings: counted in the extreme bands, left out of mean, SD, CV and GMI. */
  censored: { high: number; low: number; note: string };
  agp: { sufficient: boolean; reason: string | null; binMinutes: number; bins: AgpBinDto[] };
}
