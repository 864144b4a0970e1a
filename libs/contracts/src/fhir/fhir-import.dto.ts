import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { IsTimeZone } from '../profiles/patient-fields.js';
import { IsCalendarDate, PROTOCOL_STATUSES, ProtocolItemInputDto, type ProtocolStatus } from '../treatments/protocol.dto.js';

/**
 * FHIR Bundle import (issue 14, docs/fhir.md "Import"): the gateway streams the Bundle into the object store
 * FHIR_IMPORTS, profiles-svc runs the import as a saga (job and ledger in its schema), labs-svc writes its part.
 */
export const FHIR_IMPORT = {
  /** JetStream object store bucket of uploaded Bundles (passed through NatsNamespace.stream()). */
  fileBucket: 'FHIR_IMPORTS',
  /** The largest Bundle taken (the 60 MB, with room). */
  maxBytes: 64 * 1024 * 1024,
} as const;

export const FHIR_IMPORT_STATES = ['pending', 'running', 'completed', 'failed', 'rolled_back'] as const;
export type FhirImportState = (typeof FHIR_IMPORT_STATES)[number];

/**
 * The top level of a Bundle sent as `application/json`: R4 Bundle's elements only (FHIR JSON allows no others, so an
 * unknown field is refused by name), of an imported type. Entries are read by the import, not here.
 * (`application/fhir+json` is streamed: its top level is checked by the import's reader.)
 */
export class FhirBundleBodyDto {
  @IsIn(['Bundle']) resourceType!: 'Bundle';
  // searchset: this system's own export (GET /v1/patients/{id}/fhir), imported again (docs/fhir.md).
  @IsIn(['transaction', 'collection', 'searchset']) type!: 'transaction' | 'collection' | 'searchset';
  /** The R4 primitives' own patterns (id, uri, code, instant): no white space or control characters. */
  @IsOptional() @IsString() @Matches(/^[A-Za-z0-9.-]{1,64}$/, { message: 'id must be a FHIR id' }) id?: string;
  @IsOptional() @IsObject() meta?: Record<string, unknown>;
  @IsOptional() @IsString() @Matches(/^[^\s\p{C}]+$/u, { message: 'implicitRules must be a FHIR uri' }) implicitRules?: string;
  @IsOptional() @IsString() @Matches(/^[^\s\p{C}]+( [^\s\p{C}]+)*$/u, { message: 'language must be a FHIR code' }) language?: string;
  @IsOptional() @IsObject() identifier?: Record<string, unknown>;
  @IsOptional() @IsString() @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/, { message: 'timestamp must be a FHIR instant' }) timestamp?: string;
  @IsOptional() @IsInt() @Min(0) total?: number;
  @IsOptional() @IsArray() @IsObject({ each: true }) link?: Record<string, unknown>[];
  @IsArray() @IsObject({ each: true }) entry!: Record<string, unknown>[];
  @IsOptional() @IsObject() signature?: Record<string, unknown>;
}

/** The Bundle as the gateway stored it. */
export class FhirUploadDto {
  @IsUUID() object!: string;
  @IsInt() @Min(1) @Max(FHIR_IMPORT.maxBytes) size!: number;
  @IsString() @Matches(/^[0-9a-f]{64}$/) sha256!: string;
}

/** Payloads over NATS. */
export class CreateFhirImportRequest {
  @ValidateNested() @Type(() => FhirUploadDto) @IsNotEmpty() upload!: FhirUploadDto;
}
export class FhirImportIdParamDto {
  @IsUUID('all', { message: 'importId must be a UUID' }) importId!: string;
}
export class GetFhirImportRequest extends FhirImportIdParamDto {}

/**
 * The largest planned lab part (libs/fhir `encodeLabPart`, checked by `decodeLabPart`) sent in the request itself, in
 * bytes (NATS takes 1 MB per message); a larger one is stored as an object of its own.
 */
export const FHIR_LAB_PART_MAX_INLINE = 512 * 1024;

/** profiles-svc → labs-svc, as profiles-svc's service principal: write (or undo) the lab part of one import. */
export class LabsFhirImportRequest {
  @IsUUID() importId!: string;
  @IsUUID() patientId!: string;
  @ValidateNested() @Type(() => FhirUploadDto) @IsNotEmpty() upload!: FhirUploadDto;
  /** The lab part as profiles-svc planned it, as JSON text (libs/fhir `LabPart`), when small. */
  @IsOptional() @IsString() @MaxLength(FHIR_LAB_PART_MAX_INLINE) part?: string;
  /**
   * The planned lab part is stored in FHIR_IMPORTS (too large for a message) under the name this import and patient
   * give it (libs/fhir `labPartObject`): never a name the caller picks, so a request for one patient cannot have
   * another import's part written into that patient's record. Neither this nor `part`: labs-svc plans the Bundle.
   */
  @IsOptional() @IsBoolean() partStored?: boolean;
}
/** profiles-svc → labs-svc or treatments-svc: undo what one import wrote for the patient (the saga's compensation). */
export class FhirPartUndoRequest {
  @IsUUID() importId!: string;
  @IsUUID() patientId!: string;
}
/** Protocol import scope: the one scope treatments-svc takes an import's protocols from (docs/rbac.md). */
export const PROTOCOL_IMPORT_SCOPE = 'protocols:import';

/**
 * One CarePlan as a protocol (libs/fhir `ProtocolImport`): its first version. The items are checked as a clinician's
 * would be (ProtocolItemInputDto; treatments-svc checks UCUM and compiles the schedules in `timeZone`).
 */
export class ProtocolImportDto {
  /** The CarePlan's source key in the bundle (`CarePlan/<id>`, or a content key): the import's idempotency key. */
  @IsString() @Length(1, 300) key!: string;
  /** The protocol of this patient the CarePlan was exported from (this system's own export imported back). */
  @IsOptional() @IsUUID('all') localId?: string;
  @IsString() @Length(1, 200) @Matches(/^[^\p{Cc}\p{Cs}]*$/u) name!: string;
  @IsIn(PROTOCOL_STATUSES) status!: ProtocolStatus;
  @IsCalendarDate() startDate!: string;
  @IsOptional() @IsCalendarDate() endDate?: string;
  @IsTimeZone() timeZone!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => ProtocolItemInputDto) items!: ProtocolItemInputDto[];
}

/** profiles-svc → treatments-svc, as its import principal on behalf of the patient: the treatments part of one import. */
export class TreatmentsFhirImportRequest {
  @IsUUID() importId!: string;
  @IsUUID() patientId!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => ProtocolImportDto) protocols!: ProtocolImportDto[];
}

/** Per source key of the part: a row made by this import (`created`) or one that was there already (`existing`). */
export interface FhirPartResultDto {
  outcomes: Record<string, 'created' | 'existing'>;
}
export const FHIR_PART_OUTCOMES = ['created', 'existing'] as const;
export const isPartOutcome = (v: unknown): v is 'created' | 'existing' => (FHIR_PART_OUTCOMES as readonly unknown[]).includes(v);

/** Per resource type of the bundle: how many came in, and what became of each; `skipped` counted by reason. */
export interface FhirImportReportEntryDto {
  resourceType: string;
  total: number;
  imported: number;
  merged: number;
  skipped: number;
  reasons: { reason: string; count: number }[];
}
/**
 * How the bundle's patient was found (docs/fhir.md, "The patient"), ids only: `identifier` (a live patient holds one
 * of the bundle's identifiers), `certain` (identity-svc's matcher: the import updated that patient), `review` (a new
 * patient, and a possible duplicate of `candidatePatientIds` waiting in identity-svc's review queue as
 * `reviewItemIds`), `none` (a new patient: nobody like them).
 */
export interface FhirImportPatientMatchDto {
  outcome: 'identifier' | 'certain' | 'review' | 'none';
  candidatePatientIds: string[];
  reviewItemIds: string[];
}
export interface FhirImportReportDto {
  total: number;
  byType: FhirImportReportEntryDto[];
  /** Absent in reports written before the patient was matched through identity-svc. */
  patientMatch?: FhirImportPatientMatchDto;
}
/** A job: `pending → running → completed | failed | rolled_back`. The report holds counts and reasons only (no PHI). */
export interface FhirImportDto {
  id: string;
  state: FhirImportState;
  patientId: string | null;
  progress: { step: string; resources: number; attempts: number };
  report: FhirImportReportDto | null;
  error: string | null;
  createdAt: string;
  updatedAt: string;
}
export const isFhirImportState = (v: unknown): v is FhirImportState => typeof v === 'string' && (FHIR_IMPORT_STATES as readonly string[]).includes(v);
