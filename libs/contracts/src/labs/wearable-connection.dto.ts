import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PatientIdParamDto } from '../profiles/patient.dto.js';

/** Vendors a patient can connect (OAuth 2.0 and a scheduled sync). LibreView has no public API: uploads only. */
export const WEARABLE_CONNECT_PROVIDERS = ['oura', 'whoop', 'dexcom'] as const;
export type WearableConnectProvider = (typeof WEARABLE_CONNECT_PROVIDERS)[number];

export class CreateWearableConnectionDto {
  @IsIn(WEARABLE_CONNECT_PROVIDERS, { message: `provider must be one of ${WEARABLE_CONNECT_PROVIDERS.join(', ')}` }) provider!: WearableConnectProvider;
}

/** `POST …/wearables/connections`: where to send the browser to consent (the state in it is single-use and expires). */
export interface WearableAuthorizationDto {
  provider: WearableConnectProvider;
  authorizationUrl: string;
  expiresAt: string;
}

/**
 * A connection and its sync state. Tokens are never part of it. Coordinators see the status fields only
 * (WEARABLE_CONNECTION_STATUS_FIELDS); the patient and the care team's clinicians see all of it.
 */
export interface WearableConnectionDto {
  id: string;
  patientId: string;
  provider: WearableConnectProvider;
  status: 'active' | 'error' | 'disconnected';
  lastSyncAt: string | null;
  lastSyncStatus: string | null;
  lastSyncAccepted?: number;
  lastSyncDuplicates?: number;
  nextSyncAt?: string | null;
  scopes?: string | null;
  createdAt: string;
  updatedAt: string;
  disconnectedAt?: string | null;
}

export class WearableConnectionIdParamDto extends PatientIdParamDto {
  @IsUUID('all', { message: 'connectionId must be a UUID' }) connectionId!: string;
}

export class WearableProviderParamDto {
  @IsIn(WEARABLE_CONNECT_PROVIDERS, { message: `provider must be one of ${WEARABLE_CONNECT_PROVIDERS.join(', ')}` }) provider!: WearableConnectProvider;
}

/** The vendor's redirect: `?code=&state=`, or `?error=&state=` when the patient declined. */
export class WearableOauthCallbackQueryDto {
  @IsOptional() @IsString() @MaxLength(2048) code?: string;
  @IsString() @IsNotEmpty() @MaxLength(256) state!: string;
  @IsOptional() @IsString() @MaxLength(200) error?: string;
  @IsOptional() @IsString() @MaxLength(1000) error_description?: string;
  @IsOptional() @IsString() @MaxLength(1000) scope?: string;
  /** RFC 9207's issuer identification, when the vendor sends it. */
  @IsOptional() @IsString() @MaxLength(500) iss?: string;
}

/** Oura's subscription check: `GET <callback>?verification_token=&challenge=`. */
export class OuraWebhookChallengeQueryDto {
  @IsString() @IsNotEmpty() @MaxLength(256) verification_token!: string;
  @IsString() @IsNotEmpty() @MaxLength(256) challenge!: string;
}

/** Payloads over NATS. */
export class CreateWearableConnectionRequest extends PatientIdParamDto {
  @ValidateNested() @Type(() => CreateWearableConnectionDto) @IsNotEmpty() body!: CreateWearableConnectionDto;
}
export class ListWearableConnectionsRequest extends PatientIdParamDto {}
export class DeleteWearableConnectionRequest extends WearableConnectionIdParamDto {}
export class WearableOauthCallbackRequest extends WearableProviderParamDto {
  @ValidateNested() @Type(() => WearableOauthCallbackQueryDto) @IsNotEmpty() query!: WearableOauthCallbackQueryDto;
}
/** The webhook as the gateway received it: the body's exact text (the signature covers its bytes) and the two headers. */
export class OuraWebhookRequest {
  @IsString() @MaxLength(65_536) body!: string;
  @IsOptional() @IsString() @MaxLength(256) signature?: string;
  @IsOptional() @IsString() @Matches(/^\d{1,13}$/, { message: 'timestamp must be unix seconds' }) timestamp?: string;
}
export class OuraWebhookChallengeRequest {
  @ValidateNested() @Type(() => OuraWebhookChallengeQueryDto) @IsNotEmpty() query!: OuraWebhookChallengeQueryDto;
}

/** What the callback answers: the browser is sent to `redirectTo` when the deployment set a return URL. */
export interface WearableOauthCallbackDto {
  connectionId: string;
  patientId: string;
  provider: WearableConnectProvider;
  status: 'active';
  redirectTo: string | null;
}

/** The fields of a connection a coordinator may read (docs/rbac.md, field rules): status, never data. */
export const WEARABLE_CONNECTION_STATUS_FIELDS = ['id', 'patientId', 'provider', 'status', 'lastSyncAt', 'lastSyncStatus', 'createdAt', 'updatedAt'] as const;
