import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, Min, ValidateNested,
} from 'class-validator';
import { Role } from '../actor.js';
import { PageQueryDto } from '../page.js';
import { IsZonedDateTime, ToBoolean } from '../validators.js';

const SUBJECT = /^[A-Za-z0-9|_.:@-]+$/;
const TEXT = /^[^\p{Cc}\p{Cs}]*$/u;
/** A service principal's scope: `<area>:<mode>`, e.g. `labs:read`, `principals:resolve`. */
const SCOPE = /^[a-z][a-z-]{0,39}:[a-z]{1,20}$/;
const ROLES = Object.values(Role);
export const PRINCIPAL_KINDS = ['user', 'service'] as const;
export type PrincipalKind = (typeof PRINCIPAL_KINDS)[number];
export const PRINCIPAL_STATUSES = ['active', 'deactivated'] as const;
export type PrincipalStatus = (typeof PRINCIPAL_STATUSES)[number];
export const CARE_TEAM_ROLES = ['clinician', 'coordinator'] as const;
export type CareTeamRole = (typeof CARE_TEAM_ROLES)[number];
/** The scope a service actor must hold to call IDENTITY.principalResolve (the gateway's own context). */
export const PRINCIPALS_RESOLVE_SCOPE = 'principals:resolve';

/**
 * A new principal. A `user` holds human roles; `patient` needs `patientId` and no other role may have one.
 * A `service` principal holds exactly the `service` role and at least one scope.
 */
export class CreatePrincipalDto {
  /** The `sub` of the principal's tokens (a Clerk user id, say). */
  @IsString() @Length(1, 200) @Matches(SUBJECT) subject!: string;
  @IsString() @Length(1, 200) @Matches(TEXT) displayName!: string;
  /** Defaults to `user`. */
  @IsOptional() @IsIn(PRINCIPAL_KINDS) kind?: PrincipalKind;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @ArrayUnique() @IsIn(ROLES, { each: true }) roles!: Role[];
  /** Required with the patient role: the patient this principal is. */
  @IsOptional() @IsUUID() patientId?: string;
  /** Service principals only. */
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @Matches(SCOPE, { each: true }) scopes?: string[];
}

/** A partial change; the result must satisfy the rules of CreatePrincipalDto. `patientId: null` unbinds. */
export class UpdatePrincipalDto {
  @IsOptional() @IsString() @Length(1, 200) @Matches(TEXT) displayName?: string;
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(5) @ArrayUnique() @IsIn(ROLES, { each: true }) roles?: Role[];
  @IsOptional() @IsUUID() patientId?: string | null;
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ArrayUnique() @Matches(SCOPE, { each: true }) scopes?: string[];
  @IsOptional() @IsIn(PRINCIPAL_STATUSES) status?: PrincipalStatus;
}

export class ListPrincipalsQueryDto extends PageQueryDto {
  @IsOptional() @IsIn(ROLES) role?: Role;
  @IsOptional() @IsIn(PRINCIPAL_STATUSES) status?: PrincipalStatus;
}

export class PrincipalIdParamDto {
  @IsUUID('all', { message: 'principalId must be a UUID' }) principalId!: string;
}

export class AddCareTeamMemberDto {
  @IsUUID() principalId!: string;
  /** The principal must hold this role. */
  @IsIn(CARE_TEAM_ROLES) role!: CareTeamRole;
  /** Defaults to now. */
  @IsOptional() @IsZonedDateTime() since?: string;
  /** Open-ended when absent; must be after `since`. */
  @IsOptional() @IsZonedDateTime() until?: string;
}

export class ListCareTeamQueryDto extends PageQueryDto {
  /** Include memberships that ended or have not started. */
  @IsOptional() @ToBoolean() @IsBoolean() includeInactive?: boolean;
}

/** Payloads over NATS. IDENTITY.meGet takes no payload (the caller is the actor context). */
export class ResolvePrincipalRequest {
  @IsString() @Length(1, 200) subject!: string;
}
export class ListPrincipalsRequest {
  @ValidateNested() @Type(() => ListPrincipalsQueryDto) @IsNotEmpty() query!: ListPrincipalsQueryDto;
}
export class CreatePrincipalRequest {
  @ValidateNested() @Type(() => CreatePrincipalDto) @IsNotEmpty() body!: CreatePrincipalDto;
}
export class GetPrincipalRequest extends PrincipalIdParamDto {}
export class UpdatePrincipalRequest extends PrincipalIdParamDto {
  /** The version the caller last saw: CONFLICT when the principal changed since. */
  @IsOptional() @IsInt() @Min(1) ifMatch?: number;
  @ValidateNested() @Type(() => UpdatePrincipalDto) @IsNotEmpty() body!: UpdatePrincipalDto;
}
export class DeactivatePrincipalRequest extends PrincipalIdParamDto {}
export class RotatePrincipalSecretRequest extends PrincipalIdParamDto {}

/** The public half of an internal caller's Ed25519 key, as a JWK: the credential is bound to it. */
export class HolderKeyDto {
  @IsIn(['OKP']) kty!: 'OKP';
  @IsIn(['Ed25519']) crv!: 'Ed25519';
  @IsString() @Matches(/^[A-Za-z0-9_-]{43}$/, { message: 'x must be a base64url Ed25519 public key' }) x!: string;
}

/** A service principal asks identity-svc for a credential (IDENTITY.serviceCredentialIssue). */
export class IssueServiceCredentialRequest {
  @IsString() @Length(1, 200) @Matches(SUBJECT) subject!: string;
  @IsString() @Length(1, 200) secret!: string;
  @ValidateNested() @Type(() => HolderKeyDto) @IsNotEmpty() holderKey!: HolderKeyDto;
  /** The one patient the credential acts for; none: the principal's scopes over every patient. */
  @IsOptional() @IsUUID() onBehalfOf?: string;
}

/** A service credential: a JWT identity-svc signed, to send with each request together with a proof by the holder key. */
export interface ServiceCredentialDto {
  credential: string;
  /** ISO time it expires: ask for a new one before. */
  expiresAt: string;
  principalId: string;
  subject: string;
  scopes: string[];
  onBehalfOf: string | null;
}
export class ListCareTeamRequest {
  @IsUUID() patientId!: string;
  @ValidateNested() @Type(() => ListCareTeamQueryDto) @IsNotEmpty() query!: ListCareTeamQueryDto;
}
export class AddCareTeamMemberRequest {
  @IsUUID() patientId!: string;
  @ValidateNested() @Type(() => AddCareTeamMemberDto) @IsNotEmpty() body!: AddCareTeamMemberDto;
}
export class RemoveCareTeamMemberRequest {
  @IsUUID() patientId!: string;
  @IsUUID() principalId!: string;
}

export interface PrincipalDto {
  id: string;
  subject: string;
  displayName: string;
  kind: PrincipalKind;
  roles: Role[];
  patientId: string | null;
  scopes: string[];
  status: PrincipalStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A service principal right after it was created or its secret rotated: the only time the secret is shown. */
export interface PrincipalWithSecretDto extends PrincipalDto {
  clientSecret: string;
}

export interface CareTeamMemberDto {
  id: string;
  patientId: string;
  principalId: string;
  role: CareTeamRole;
  since: string;
  until: string | null;
  /** since ≤ now < until (or no until). */
  active: boolean;
}

/**
 * What the gateway needs to build an actor context. An unknown or deactivated subject is NOT_FOUND.
 * `careTeam`: patients with a membership active now in a role the principal still holds.
 */
export interface ResolvedPrincipalDto {
  /** The principal's id (as `principalId`): what the audit record of the resolution names. */
  id: string;
  principalId: string;
  subject: string;
  kind: PrincipalKind;
  roles: Role[];
  patientId: string | null;
  careTeam: string[];
  scopes: string[];
}
