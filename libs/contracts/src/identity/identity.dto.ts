import { Type } from 'class-transformer';
import {
  IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, Max, Min, ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../page.js';
import { ToBoolean } from '../validators.js';

const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
/** An identifier system: `clerk`, `rimo`, `bigcommerce`, `stripe` or one configured (IDENTITY_SYSTEMS). */
const SYSTEM = /^[a-z][a-z0-9-]{1,39}$/;
/** An external id: printable, no spaces at the ends. */
const VALUE = /^[^\p{Cc}\p{Cs}\s](?:[^\p{Cc}\p{Cs}]*[^\p{Cc}\p{Cs}\s])?$/u;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The systems every deployment knows; IDENTITY_SYSTEMS adds more. */
export const BUILTIN_IDENTIFIER_SYSTEMS = ['clerk', 'rimo', 'bigcommerce', 'stripe'] as const;
export const IDENTIFIER_METHODS = ['webhook', 'manual', 'auto-link', 'import', 'merge'] as const;
export type IdentifierMethod = (typeof IDENTIFIER_METHODS)[number];
export const MATCH_GRADES = ['certain', 'probable', 'possible'] as const;
export type MatchGrade = (typeof MATCH_GRADES)[number];
export const REVIEW_DECISIONS = ['accept', 'reject', 'defer'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
/**
 * `superseded`: closed by a link, not by a person — the item's record was linked to a patient after it was queued
 * (adoption, a later certain match, a person's link or accept) and the link's own decision did not ask it again.
 */
export const REVIEW_STATUSES = ['open', 'deferred', 'accepted', 'rejected', 'superseded'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/**
 * Why an item waits for a person: a probable score, a certain one automation may not act on (evidence against, a
 * capped block, nothing beyond the names to corroborate it, household members it cannot tell apart), or an
 * identifier held by another patient.
 */
export const REVIEW_REASONS = ['probable', 'hard-negative', 'capped-block', 'ambiguous', 'identifier-conflict', 'uncorroborated'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];

export class LinkIdentityDto {
  @IsString() @Matches(SYSTEM, { message: 'system must be lower-case letters, digits or -' }) system!: string;
  @IsString() @Length(1, 200) @Matches(VALUE, { message: 'value must be printable text without surrounding spaces' }) value!: string;
}

export class ListIdentitiesQueryDto extends PageQueryDto {
  /** Include identifiers that were unlinked or deleted at their source (tombstoned). */
  @IsOptional() @ToBoolean() @IsBoolean() includeTombstoned?: boolean;
}

export class ResolveIdentifierQueryDto {
  @IsString() @Matches(SYSTEM, { message: 'system must be lower-case letters, digits or -' }) system!: string;
  @IsString() @Length(1, 200) @Matches(VALUE, { message: 'value must be printable text without surrounding spaces' }) value!: string;
}

export class IdentityIdParamDto {
  @IsUUID('all', { message: 'patientId must be a UUID' }) patientId!: string;
  @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
}

/** One source record's demographics (every field optional): what the matcher compares. */
export class PersonInputDto {
  /** Where the record comes from (`patient-graph`, `clerk`, `rimo` …): sets the default country of phone numbers. */
  @IsOptional() @IsString() @Matches(SYSTEM) source?: string;
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) givenName?: string;
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) middleName?: string;
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) familyName?: string;
  @IsOptional() @IsString() @Length(1, 40) @Matches(TEXT) prefix?: string;
  @IsOptional() @IsString() @Length(1, 40) @Matches(TEXT) suffix?: string;
  @IsOptional() @IsString() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be YYYY-MM-DD' }) birthDate?: string;
  @IsOptional() @IsString() @Length(1, 20) @Matches(TEXT) sexAtBirth?: string;
  @IsOptional() @IsString() @Length(3, 254) @Matches(TEXT) email?: string;
  @IsOptional() @IsString() @Length(3, 40) @Matches(TEXT) phone?: string;
  /** ISO 3166 alpha-2: the country of a phone number written without its country code. */
  @IsOptional() @IsString() @Matches(/^[A-Z]{2}$/, { message: 'country must be an ISO 3166 alpha-2 code' }) country?: string;
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT) addressLine?: string;
  @IsOptional() @IsString() @Length(1, 100) @Matches(TEXT) city?: string;
  @IsOptional() @IsString() @Length(1, 20) @Matches(TEXT) postalCode?: string;
}

/** `POST /v1/identities/match`: demographics → ranked candidates. */
export class MatchPersonDto extends PersonInputDto {
  /** One certain match or none (an answer a caller may act on without a person looking). */
  @IsOptional() @IsBoolean() onlyCertainMatches?: boolean;
  @IsOptional() @IsInt() @Min(1) @Max(50) limit?: number;
}

export class ListReviewQueueQueryDto extends PageQueryDto {
  /** `open` (default) and `deferred` wait for a person; `accepted` and `rejected` are history. */
  @IsOptional() @IsIn(REVIEW_STATUSES) status?: ReviewStatus;
}

export class ReviewDecisionDto {
  @IsIn(REVIEW_DECISIONS) decision!: ReviewDecision;
  @IsString() @Length(3, 500) @Matches(TEXT) reason!: string;
}

/** Payloads over NATS. */
export class ListIdentitiesRequest {
  @IsUUID() patientId!: string;
  @ValidateNested() @Type(() => ListIdentitiesQueryDto) @IsNotEmpty() query!: ListIdentitiesQueryDto;
}
export class LinkIdentityRequest {
  @IsUUID() patientId!: string;
  @ValidateNested() @Type(() => LinkIdentityDto) @IsNotEmpty() body!: LinkIdentityDto;
}
export class UnlinkIdentityRequest {
  @IsUUID() patientId!: string;
  @IsUUID() id!: string;
}
export class ResolveIdentifierRequest {
  @ValidateNested() @Type(() => ResolveIdentifierQueryDto) @IsNotEmpty() query!: ResolveIdentifierQueryDto;
}
export class MatchRequest {
  @ValidateNested() @Type(() => MatchPersonDto) @IsNotEmpty() body!: MatchPersonDto;
}
export class ListReviewQueueRequest {
  @ValidateNested() @Type(() => ListReviewQueueQueryDto) @IsNotEmpty() query!: ListReviewQueueQueryDto;
}
export class DecideReviewItemRequest {
  @IsUUID() id!: string;
  @ValidateNested() @Type(() => ReviewDecisionDto) @IsNotEmpty() body!: ReviewDecisionDto;
}
/**
 * The seed's `resolveIdentity` (internal callers, scope `identities:write`): the patient an external id belongs to;
 * unknown → the fallback demographics through the matcher; a certain match is linked, otherwise a patient is created.
 */
export class ResolveIdentityRequest {
  @IsString() @Matches(SYSTEM) system!: string;
  @IsString() @Length(1, 200) @Matches(VALUE) value!: string;
  @IsOptional() @ValidateNested() @Type(() => PersonInputDto) fallback?: PersonInputDto;
}
/**
 * profiles-svc's FHIR import (internal, scope `identities:import`; docs/fhir.md "The patient"): the bundle patient's
 * demographics, as the source record `('fhir-import', importId)`, through the matcher's automation.
 */
export class ImportMatchRequest {
  @IsUUID() importId!: string;
  @ValidateNested() @Type(() => PersonInputDto) @IsNotEmpty() person!: PersonInputDto;
}
/** A partner webhook as the gateway forwards it: the raw body (base64) and the signature headers, untouched. */
export class ClerkWebhookRequest {
  @IsString() @Length(0, 1_500_000) @Matches(BASE64) body!: string;
  @IsOptional() @IsString() @Length(0, 200) svixId?: string;
  @IsOptional() @IsString() @Length(0, 200) svixTimestamp?: string;
  @IsOptional() @IsString() @Length(0, 2000) svixSignature?: string;
}
export class BigcommerceWebhookRequest {
  @IsString() @Length(0, 1_500_000) @Matches(BASE64) body!: string;
  /** The shared secret BigCommerce sends in the header configured on the webhook (`X-Webhook-Secret`). */
  @IsOptional() @IsString() @Length(0, 500) secret?: string;
}

export interface IdentityDto {
  id: string;
  patientId: string;
  system: string;
  value: string;
  method: IdentifierMethod;
  /** Who or what linked it: a principal id, `partner:clerk`, a merge id … */
  linkedBy: string;
  linkedAt: string;
  /** Set when unlinked or deleted at the source: it no longer resolves. */
  tombstonedAt: string | null;
}

export interface ResolvedIdentifierDto {
  patientId: string;
}

export interface FieldWeightDto { field: string; level: string; weight: number }
/** Fellegi–Sunter: prior + Σ weights = total (log2 Bayes factors); probability = 2^total / (1 + 2^total). */
export interface MatchExplanationDto { prior: number; fields: FieldWeightDto[]; total: number; probability: number; modelVersion: string }

export interface MatchCandidateDto {
  patientId: string;
  grade: MatchGrade;
  explanation: MatchExplanationDto;
  /** The blocking keys the candidate shared with the query (kinds only, e.g. `dob`, `phone`). */
  blockingKeys: string[];
  /** Why automation may not act on it even when certain (`hard-negative: …`, `capped-block`). */
  reasons: string[];
}

export interface ReviewRecordDto {
  recordId: string | null;
  source: string;
  sourceId: string | null;
  patientId: string | null;
  /** The normalized demographics the matcher compared. */
  person: Record<string, unknown> | null;
}

export interface ReviewItemDto {
  id: string;
  status: ReviewStatus;
  reason: ReviewReason;
  grade: MatchGrade | null;
  blockingKey: string | null;
  explanation: MatchExplanationDto | null;
  a: ReviewRecordDto;
  b: ReviewRecordDto;
  createdAt: string;
  decision: ReviewDecision | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  /** A `superseded` item: the link that closed it (the record's patient, how and by whom it was linked); else null. */
  supersededBy: ReviewSupersededByDto | null;
}

export interface ReviewSupersededByDto {
  recordId: string;
  patientId: string;
  method: IdentifierMethod;
  linkedBy: string;
}

export interface ResolveIdentityResultDto {
  patientId: string;
  /** `existing`: the identifier was known; `auto-link`: a certain match; `created`: a new patient. */
  outcome: 'existing' | 'auto-link' | 'created';
}

/**
 * `certain`: the import updates `patientId` (the record is linked to it); `review`: the import creates a patient, and
 * the record waits in the review queue paired with each of `candidatePatientIds`; `none`: the import creates a patient.
 */
export interface ImportMatchResultDto {
  outcome: 'certain' | 'review' | 'none';
  patientId: string | null;
  candidatePatientIds: string[];
  reviewItemIds: string[];
}

export interface IdentityWebhookReceiptDto {
  eventId: string;
  status: 'applied' | 'duplicate' | 'ignored';
}
