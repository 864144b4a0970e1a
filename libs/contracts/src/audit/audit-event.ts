import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { PurposeOfUse, Role } from '../actor.js';
import { MAX_PAGE_LIMIT, PageQueryDto } from '../page.js';
import { IsZonedDateTime, ToBoolean } from '../validators.js';

export const AUDIT_ACTIONS = ['create', 'read', 'update', 'delete', 'search', 'export', 'login', 'merge', 'link', 'unlink', 'transition', 'import'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_OUTCOMES = ['success', 'denied', 'error'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** The event of AUDIT.md, as published. Ids, actions, outcomes and reasons: never a name, a value or a text. */
export interface AuditEvent {
  id: string;
  recordedAt: string;
  action: AuditAction;
  outcome: AuditOutcome;
  /** Why a request was refused or failed: an error code, never data. */
  reason?: string;
  actor: { principalId: string | null; subject: string | null; roles: Role[]; kind: 'user' | 'service' | 'anonymous'; onBehalfOf?: string };
  source: { service: string; instance: string; ip?: string; userAgent?: string };
  resource: { type: string; id?: string; patientId?: string };
  query?: Record<string, string | number | boolean>;
  purposeOfUse: PurposeOfUse;
  /**
   * A clinician's break-glass claim: `{ reason }` when it was honoured (the read of the patient in the path),
   * `{ reason, refused: true }` when the header came on a search, list, export or write and granted nothing.
   */
  breakGlass?: { reason: string; refused?: true };
  disclosure?: { recipient: string; description: string; purpose: string };
  requestId: string;
  traceId?: string;
  /**
   * Set on an outcome correction only: the id of an earlier event of the same request whose outcome did not hold
   * (its unit of work was rolled back, or its reply withheld, after the event may have been stored). The
   * correction repeats the original's actor, resource and request id with the outcome that really happened.
   */
  corrects?: string;
}

/** Why an outcome was corrected (`reason` of a correction event). */
export const CORRECTION_REASONS = {
  /** A write whose transaction was rolled back after its event was (or may have been) stored: nothing changed. */
  rolledBack: 'rolled-back',
  /** A read whose reply was withheld (503) after its event was (or may have been) stored: nothing was returned. */
  notReturned: 'not-returned',
} as const;
export type CorrectionReason = (typeof CORRECTION_REASONS)[keyof typeof CORRECTION_REASONS];

/** The correction stored for an event: the compensating event's id, its outcome and reason. */
export interface AuditCorrectionDto {
  id: string;
  outcome: AuditOutcome;
  reason: string;
}

/** As stored by audit-svc. */
export interface StoredAuditEvent extends AuditEvent {
  sequence: string;
  hash: string;
  prevHash: string;
  /** Present when a later event corrects this one's outcome: the outcome stated here did not hold. */
  correctedBy?: AuditCorrectionDto;
}

/** The filters of API.md's `GET /v1/audit/events`: ids, enums, instants and a flag (never free text). */
export class AuditEventFilterDto {
  @IsOptional() @IsUUID() patientId?: string;
  @IsOptional() @IsUUID() actorId?: string;
  @IsOptional() @IsIn(AUDIT_ACTIONS) action?: AuditAction;
  @IsOptional() @IsIn(AUDIT_OUTCOMES) outcome?: AuditOutcome;
  /** `recordedAt` on or after this instant (a date: from the start of that day, UTC). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) from?: string;
  /** `recordedAt` on or before this instant (a date: to the end of that day, UTC). */
  @IsOptional() @IsZonedDateTime({ allowDate: true }) to?: string;
  @IsOptional() @ToBoolean() @IsBoolean() breakGlass?: boolean;
}

const CURSOR = /^[A-Za-z0-9_-]+$/;
const CURSOR_MESSAGE = { message: 'cursor must be an opaque cursor returned by a previous page' };

export class SearchAuditEventsQueryDto extends AuditEventFilterDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_LIMIT) limit?: number;
  @IsOptional() @IsString() @MaxLength(512) @Matches(CURSOR, CURSOR_MESSAGE) cursor?: string;
}

export class SearchAuditEventsRequest {
  @ValidateNested() @Type(() => SearchAuditEventsQueryDto) @IsNotEmpty() query!: SearchAuditEventsQueryDto;
}

/** Most events one export chunk carries (each chunk is one NATS reply, well under its 1 MB payload limit). */
export const AUDIT_EXPORT_CHUNK_MAX = 500;

/** One chunk of an export: the filters, where the previous chunk ended, how many. */
export class ExportAuditEventsQueryDto extends AuditEventFilterDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(AUDIT_EXPORT_CHUNK_MAX) limit?: number;
  @IsOptional() @IsString() @MaxLength(512) @Matches(CURSOR, CURSOR_MESSAGE) cursor?: string;
}
export class ExportAuditEventsRequest {
  @ValidateNested() @Type(() => ExportAuditEventsQueryDto) @IsNotEmpty() query!: ExportAuditEventsQueryDto;
}

export class GetAuditEventRequest {
  @IsUUID() id!: string;
}
const SEQUENCE = /^[1-9][0-9]{0,18}$/;
const SEQUENCE_MESSAGE = { message: 'must be a chain sequence (a positive integer)' };

/**
 * The slice `GET /v1/audit/verify` checks: by chain sequence (`fromSeq`..`toSeq`, inclusive) or by `recordedAt`
 * (`from`..`to`, ISO instants, inclusive), not both. Without a bound on one side: the chain's start or head.
 */
export class VerifyChainQueryDto {
  @IsOptional() @IsString() @Matches(SEQUENCE, SEQUENCE_MESSAGE) fromSeq?: string;
  @IsOptional() @IsString() @Matches(SEQUENCE, SEQUENCE_MESSAGE) toSeq?: string;
  @IsOptional() @IsZonedDateTime() from?: string;
  @IsOptional() @IsZonedDateTime() to?: string;
}
export class VerifyChainRequest {
  /** Absent: the whole chain (refused when longer than the bound). */
  @IsOptional() @ValidateNested() @Type(() => VerifyChainQueryDto) query?: VerifyChainQueryDto;
}

/** `GET /v1/audit/verify-jobs/{id}`. (`POST /v1/audit/verify-jobs` takes no payload: the whole chain as it is then.) */
export class GetVerifyJobRequest {
  @IsUUID() id!: string;
}

export const VERIFY_JOB_STATES = ['queued', 'running', 'done', 'failed'] as const;
export type VerifyJobState = (typeof VERIFY_JOB_STATES)[number];

/** A verification job and its progress. `result` once done. */
export interface VerifyJobDto {
  id: string;
  state: VerifyJobState;
  /** Rows verified so far. */
  checked: number;
  /** Rows to verify: the chain's length when the job was created. */
  total: number;
  firstBadId: string | null;
  problem: VerifyProblem | null;
  /** `valid` once done; null before. */
  valid: boolean | null;
  createdAt: string;
  updatedAt: string;
  /** For `failed`: why it could not finish (never data). */
  error: string | null;
}

/** Why verification failed, at `firstBadId` (or, for the checkpoint problems, at the checkpoint's row). */
export const VERIFY_PROBLEMS = [
  /** A sequence is missing or repeated: a row was removed or inserted. */
  'sequence',
  /** `prevHash` is not the previous row's hash. */
  'prev-hash',
  /** `hash` is not sha256(prevHash ‖ canonical(event)): the event was changed. */
  'hash',
  /** A searchable column no longer says what the event says. */
  'columns',
  /** A checkpoint's signature does not verify with the key its `keyId` names. */
  'checkpoint-signature',
  /** A checkpoint names a key audit-svc does not know (neither the signing key nor a retired public key). */
  'checkpoint-key-unknown',
  /** The row at a signed checkpoint no longer has the signed hash: the chain was rewritten. */
  'checkpoint-mismatch',
  /** A signed checkpoint names a sequence past the end of the chain: rows were removed from the end. */
  'truncated',
  /** More events follow the last checkpoint than the signer ever leaves unsigned: checkpoints were removed. */
  'checkpoint-missing',
] as const;
export type VerifyProblem = (typeof VERIFY_PROBLEMS)[number];

export interface ChainCheckpointDto {
  sequence: string;
  hash: string;
  signedAt: string;
  keyId: string;
}

export interface VerifyChainResultDto {
  valid: boolean;
  /** The slice verified (inclusive chain sequences); `null` when the chain (or the slice) is empty. */
  range: { fromSeq: string; toSeq: string } | null;
  /** Rows read. */
  checked: number;
  firstBadId: string | null;
  problem: VerifyProblem | null;
  checkpoints: {
    /** audit-svc holds a signing key: checkpoints are written and their signatures checked. */
    signing: boolean;
    /** The key ids verification accepts: the signing key's and the retired public keys'. */
    keyIds: string[];
    /** Checkpoints whose signature and hash were confirmed. */
    verified: number;
    last: ChainCheckpointDto | null;
    /** The latest checkpoint published outside the database (stream EVENTS), which the table must still match. */
    published: ChainCheckpointDto | null;
    /** Events after the last checkpoint: protected by the chain, not yet by a signature. */
    unsignedTail: number;
  };
}

/** Purposes of use that HIPAA's accounting of disclosures leaves out (45 CFR 164.528(a)(1)(i)). */
export const TPO_PURPOSES = ['treatment', 'payment', 'operations'] as const;
/** How far back the accounting of disclosures goes (164.528(a)(1)). */
export const DISCLOSURE_YEARS = 6;

export class ListDisclosuresQueryDto extends PageQueryDto {}
export class ListDisclosuresRequest {
  @IsUUID() patientId!: string;
  @ValidateNested() @Type(() => ListDisclosuresQueryDto) @IsNotEmpty() query!: ListDisclosuresQueryDto;
}

/** One line of the accounting of disclosures. */
export interface DisclosureDto {
  /** The audit event it comes from. */
  eventId: string;
  date: string;
  recipient: string;
  description: string;
  purpose: string;
}

export class ListAccessLogQueryDto extends PageQueryDto {}
export class ListAccessLogRequest {
  @IsUUID() patientId!: string;
  @ValidateNested() @Type(() => ListAccessLogQueryDto) @IsNotEmpty() query!: ListAccessLogQueryDto;
}

/** One access to a patient's record, as the patient and their care team see it. */
export interface AccessLogEntryDto {
  eventId: string;
  at: string;
  /** Who: their principal id and roles (no names: audit-svc holds none). */
  actor: { principalId: string | null; roles: Role[]; kind: AuditEvent['actor']['kind'] };
  action: AuditAction;
  outcome: AuditOutcome;
  resource: { type: string; id?: string };
  purposeOfUse: PurposeOfUse;
  /** The reason given for an emergency access, when it was one. */
  breakGlassReason: string | null;
}

/** Domain events of audit-svc on stream EVENTS (`events.<name>`). */
export const AUDIT_EVENTS = {
  /** A signed chain head: the copy outside the database that verification and the writer compare the table with. */
  chainCheckpointed: 'audit.chain.checkpointed',
} as const;

/** What `audit.chain.checkpointed` carries: the signed claim and its signature. */
export interface ChainCheckpointedEvent extends ChainCheckpointDto {
  signature: string;
}
