import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../page.js';
import { IsZonedDateTime } from '../validators.js';
import type { QueryFieldRules } from '../query-fields.js';
import { PatientIdParamDto } from '../profiles/patient.dto.js';

export const LAB_FLAGS = ['normal', 'low', 'high', 'critical-low', 'critical-high', 'abnormal'] as const;
export type LabFlag = (typeof LAB_FLAGS)[number];

/**
 * What a longevity clinic asks of a result, next to the lab's own flag: inside the clinic's optimal range, inside
 * the lab's normal range only, or outside it (docs/labs.md, "Optimal ranges and status").
 */
export const LAB_STATUSES = ['optimal', 'normal', 'low', 'high', 'critical-low', 'critical-high', 'abnormal'] as const;
export type LabStatus = (typeof LAB_STATUSES)[number];

/** Where a result came from: the kind of the report it was read from. */
export type LabResultSource = 'pdf' | 'hl7v2' | 'text' | 'json';

/** A catalog key (`glucose`) or a LOINC code (`2345-7`). */
const BIOMARKER_REF = /^[A-Za-z0-9._-]{1,100}$/;

export class SearchLabResultsQueryDto extends PageQueryDto {
  @IsOptional() @IsString() @Matches(BIOMARKER_REF, { message: 'biomarker must be a catalog key or a LOINC code' }) biomarker?: string;
  /** Collected at or after (a date `YYYY-MM-DD` or a timestamp with its UTC offset). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) from?: string;
  /** Collected at or before (a date includes that whole day, UTC). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) to?: string;
  @IsOptional() @IsIn(LAB_FLAGS) flag?: LabFlag;
  /** The clinic's status (`?status=high`): what is out of range, or optimal. */
  @IsOptional() @IsIn(LAB_STATUSES) status?: LabStatus;
  @IsOptional() @IsUUID() reportId?: string;
}

export class LabTrendQueryDto {
  @IsString() @Matches(BIOMARKER_REF, { message: 'biomarker must be a catalog key or a LOINC code' }) biomarker!: string;
  @IsOptional() @IsZonedDateTime({ allowDate: true }) from?: string;
  @IsOptional() @IsZonedDateTime({ allowDate: true }) to?: string;
}

/** The result fields each list parameter reads (see QueryFieldRules). */
export const LAB_RESULT_SEARCH_FIELDS: QueryFieldRules<SearchLabResultsQueryDto> = {
  filters: { biomarker: ['biomarker'], from: ['collectedAt'], to: ['collectedAt'], flag: ['flag'], status: ['status'], reportId: ['reportId'] },
  order: ['collectedAt', 'id'],
};
export const LAB_TREND_FIELDS: QueryFieldRules<LabTrendQueryDto> = {
  filters: { biomarker: ['biomarker'], from: ['collectedAt'], to: ['collectedAt'] },
  order: ['collectedAt', 'id'],
};

export class SearchLabResultsRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => SearchLabResultsQueryDto) @IsNotEmpty() query!: SearchLabResultsQueryDto;
}
export class LabTrendRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => LabTrendQueryDto) @IsNotEmpty() query!: LabTrendQueryDto;
}

export interface LabReferenceRangeDto {
  low?: number;
  high?: number;
  text?: string;
}

/** API.md's lab result, plus what the parser knew: the name and unit as printed, the flag as printed, the normalized value. */
export interface LabResultDto {
  id: string;
  patientId: string;
  reportId: string | null;
  /** The catalog biomarker; `key` is null for a name the catalog does not know (kept with its printed name). */
  biomarker: { key: string | null; display: string; loinc?: string };
  /** The name as the report printed it. */
  name: string;
  value: number | null;
  /** UCUM when the printed unit maps to UCUM, else as printed. */
  unit: string | null;
  /** `<5.0`, `Negative`, …: what the report said when it is not a plain number. */
  valueText?: string;
  referenceRange: LabReferenceRangeDto;
  flag: LabFlag | null;
  /**
   * The clinic's rating, computed at parse from the lab's range and flag and the optimal bounds for the patient's sex
   * at birth (docs/labs.md); null when nothing can be said (no number and no flag, no range, no optimal bounds).
   */
  status: LabStatus | null;
  /** The flag as the report printed it (`H`, `LL`, `*`), when it printed one. */
  reportedFlag?: string;
  /** The value in the biomarker's catalog unit, when it could be converted. */
  normalized?: { value: number; unit: string };
  collectedAt: string;
  source: LabResultSource;
  /** The code the report gave (HL7 OBX-3), when it gave one. */
  reportedCode?: { system: string; code: string; display?: string };
  /**
   * What the report printed with this result besides it: method, evaluation and comment lines (`Method - Hexokinase`,
   * `Eval: …`, HL7 NTE segments, free text directly under the row), as printed, one per line.
   */
  comment?: string;
}

export interface LabTrendPointDto {
  resultId: string;
  reportId: string | null;
  collectedAt: string;
  /** In the trend's unit. */
  value: number;
  flag: LabFlag | null;
  /** As reported, before conversion. */
  reportedValue: number;
  reportedUnit: string | null;
}

/** One biomarker over time, in one unit (the catalog's). Results whose unit cannot be converted are counted, not plotted. */
export interface LabTrendDto {
  patientId: string;
  biomarker: { key: string; display: string; loinc?: string };
  unit: string | null;
  points: LabTrendPointDto[];
  /** Results of this biomarker left out because they hold no number or their unit does not convert. */
  excluded: { resultId: string; reason: string }[];
}
