import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { decide, defineAbilityFor, enforce, patientScope, pickFields, readableFields, type Action, type PatientScope } from '@pg/access';
import { withEstablishedActor, type SelfAuthenticatedResult } from '@pg/audit';
import type { WearableSyncSettings } from '@pg/config';
import {
  DomainException, ErrorCode, type RequestMeta, type Role, type WearableAuthorizationDto, type WearableConnectionDto, type WearableConnectProvider,
  type WearableOauthCallbackDto, type WearableOauthCallbackQueryDto,
} from '@pg/contracts';
import { WEARABLE_SYNC_SETTINGS } from '../../labs.settings.js';
import { TokenCipher } from './token-cipher.js';
import { WearableConnection, WearableOauthState } from './wearable-connection.entity.js';
import { WearableConnectionRepository } from './wearable-connection.repository.js';
import { exchangeCode } from './vendor-oauth.js';
import { VendorHttpError, vendorRequest } from './vendor-http.js';
import { VENDORS } from './vendors.js';
import { isObject, str } from '../formats/format.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const b64url = (n: number) => randomBytes(n).toString('base64url');

/** Every field of a connection's DTO (the coordinators' share is WEARABLE_CONNECTION_STATUS_FIELDS). */
const ALL_FIELDS = [
  'id', 'patientId', 'provider', 'status', 'lastSyncAt', 'lastSyncStatus', 'lastSyncAccepted', 'lastSyncDuplicates', 'nextSyncAt', 'scopes',
  'createdAt', 'updatedAt', 'disconnectedAt',
] as const;

export function toConnectionDto(c: WearableConnection): WearableConnectionDto {
  return {
    id: c.id,
    patientId: c.patientId,
    provider: c.provider,
    status: c.status,
    lastSyncAt: c.lastSyncAt?.toISOString() ?? null,
    lastSyncStatus: c.lastSyncStatus ?? null,
    lastSyncAccepted: c.lastSyncAccepted,
    lastSyncDuplicates: c.lastSyncDuplicates,
    nextSyncAt: c.status === 'disconnected' ? null : c.nextSyncAt.toISOString(),
    scopes: c.scopes ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    disconnectedAt: c.disconnectedAt?.toISOString() ?? null,
  };
}

/**
 * Connecting a vendor account (OAuth 2.0 authorization code with PKCE), listing connections with their sync state,
 * and disconnecting (revoked at the vendor where it has an endpoint for it). Tokens are encrypted before they are
 * stored and never leave this service.
 */
@Injectable()
export class WearableConnectionsService {
  private readonly logger = new Logger('WearableConnections');

  constructor(
    private readonly connections: WearableConnectionRepository,
    private readonly cipher: TokenCipher,
    @Inject(WEARABLE_SYNC_SETTINGS) private readonly settings: WearableSyncSettings,
  ) {}

  redirectUri(provider: WearableConnectProvider): string {
    return `${this.settings.redirectBaseUrl}/v1/wearables/oauth/${provider}/callback`;
  }

  /** The vendor's consent URL, with a fresh state bound to this patient and this principal (single use, expiring). */
  async authorize(meta: RequestMeta, patientId: string, provider: WearableConnectProvider, now = new Date()): Promise<WearableAuthorizationDto> {
    this.scope(meta, 'create', patientId);
    const vendor = this.settings.vendors[provider];
    if (!vendor.clientId) throw new DomainException(ErrorCode.UNPROCESSABLE, `${provider} connections are not configured in this deployment`);
    const state = b64url(32);
    const verifier = b64url(48);
    const stateHash = sha256(state);
    const expiresAt = new Date(now.getTime() + this.settings.stateTtlSeconds * 1000);
    const redirectUri = this.redirectUri(provider);
    this.connections.persist(Object.assign(new WearableOauthState(), {
      stateHash,
      patientId,
      provider,
      principalId: meta.actor.principalId,
      subject: meta.actor.subject,
      roles: [...meta.actor.roles],
      codeVerifier: this.cipher.encrypt(verifier, `state:${stateHash}`),
      redirectUri,
      expiresAt,
      usedAt: null,
      createdAt: now,
    }));
    await this.connections.flush();
    await this.connections.deleteExpiredStates(new Date(now.getTime() - 86_400_000));
    const q = new URLSearchParams({ response_type: 'code', client_id: vendor.clientId, redirect_uri: redirectUri, scope: vendor.scopes, state });
    if (VENDORS[provider].pkce) {
      q.set('code_challenge', createHash('sha256').update(verifier).digest('base64url'));
      q.set('code_challenge_method', 'S256');
    }
    return { provider, authorizationUrl: `${vendor.authUrl}?${q}`, expiresAt: expiresAt.toISOString() };
  }

  /**
   * The vendor's redirect. The browser brings no token: the state is the authority. It must be one this service
   * issued (compared by hash), for this provider, unused and unexpired; it is spent here whatever happens next. The
   * code is exchanged with the state's PKCE verifier, the tokens stored encrypted, and the event names the
   * principal the state was issued to, acting on the patient it was issued for.
   */
  async callback(provider: WearableConnectProvider, query: WearableOauthCallbackQueryDto, now = new Date()): Promise<SelfAuthenticatedResult<WearableOauthCallbackDto>> {
    const state = await this.connections.consumeState(sha256(query.state), provider, now);
    if (!state) throw DomainException.unauthenticated('The connect request is unknown, already used or expired: start the connection again');
    const actor = { principalId: state.principalId, subject: state.subject, roles: state.roles as Role[], kind: 'user' as const };
    try {
      return await this.completeConnect(provider, query, state, actor, now);
    } catch (err) {
      // The state named who is connecting and for whom: a refusal from here on is theirs, not an anonymous one.
      throw err instanceof Error ? withEstablishedActor(err, { auditActor: actor, resource: { patientId: state.patientId } }) : err;
    }
  }

  private async completeConnect(
    provider: WearableConnectProvider, query: WearableOauthCallbackQueryDto, state: WearableOauthState, actor: SelfAuthenticatedResult<unknown>['auditActor'], now: Date,
  ): Promise<SelfAuthenticatedResult<WearableOauthCallbackDto>> {
    if (query.error || !query.code) {
      // The patient declined (or the vendor failed): recorded as the principal's connect that did not happen.
      throw new DomainException(ErrorCode.UNPROCESSABLE, 'The vendor did not grant access', [{ field: 'error', message: /^[a-z_]{1,64}$/.test(query.error ?? '') ? query.error : 'no code' }]);
    }
    const vendor = this.settings.vendors[provider];
    let tokens;
    try {
      tokens = await exchangeCode(vendor, query.code, state.redirectUri, this.cipher.decrypt(state.codeVerifier, `state:${state.stateHash}`), now);
    } catch (err) {
      if (err instanceof VendorHttpError) {
        this.logger.warn(`code exchange with ${provider} refused: ${err.status}${err.oauthError ? ` ${err.oauthError}` : ''}`);
        if (err.status === 400 || err.status === 401) throw new DomainException(ErrorCode.UNPROCESSABLE, 'The vendor refused the authorization code');
        throw DomainException.unavailable(`${provider} did not answer the code exchange`);
      }
      throw err;
    }
    let connection = await this.connections.findLive(state.patientId, provider);
    const fresh = !connection;
    connection ??= Object.assign(new WearableConnection(), {
      id: randomUUID(),
      patientId: state.patientId,
      provider,
      cursor: {},
      lastSyncAccepted: 0,
      lastSyncDuplicates: 0,
      failures: 0,
      createdBy: state.principalId,
      createdAt: now,
    });
    Object.assign(connection, {
      status: 'active' as const,
      accessToken: this.cipher.encrypt(tokens.accessToken, `${connection.id}:access`),
      refreshToken: tokens.refreshToken ? this.cipher.encrypt(tokens.refreshToken, `${connection.id}:refresh`) : null,
      tokenKeyId: this.cipher.currentKeyId,
      accessExpiresAt: tokens.expiresAt,
      scopes: tokens.scope,
      // The first sync is due now.
      nextSyncAt: now,
      failures: 0,
      updatedAt: now,
      disconnectedAt: null,
    });
    connection.vendorUserId = (await this.vendorUserId(provider, tokens.accessToken, now)) ?? connection.vendorUserId ?? null;
    if (fresh) this.connections.persist(connection);
    try {
      await this.connections.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw DomainException.conflict('Another connect of this provider finished first; try again');
      throw err;
    }
    const reply: WearableOauthCallbackDto = {
      connectionId: connection.id,
      patientId: connection.patientId,
      provider,
      status: 'active',
      redirectTo: this.settings.returnUrl ? `${this.settings.returnUrl}?${new URLSearchParams({ provider, status: 'connected' })}` : null,
    };
    return { auditActor: actor, resource: { id: connection.id, patientId: connection.patientId }, reply };
  }

  /** Oura's webhooks name the account by `personal_info.id`: read it once at connect (the id only is kept). */
  private async vendorUserId(provider: WearableConnectProvider, accessToken: string, now: Date): Promise<string | null> {
    if (provider !== 'oura') return null;
    try {
      const info = await vendorRequest(`${this.settings.vendors.oura.apiUrl}/v2/usercollection/personal_info`, { headers: { authorization: `Bearer ${accessToken}` } }, now);
      return isObject(info) ? str(info.id) : null;
    } catch {
      return null;
    }
  }

  async list(meta: RequestMeta, patientId: string): Promise<WearableConnectionDto[]> {
    const scope = this.scope(meta, 'read', patientId);
    const ability = defineAbilityFor(meta.actor);
    const rows = await this.connections.listInScope(scope, patientId);
    // A coordinator reads the status fields only (docs/rbac.md, field rules).
    const fields = readableFields(ability, 'Wearable', { patientId }, ALL_FIELDS);
    return rows.map((c) => pickFields(toConnectionDto(c), fields) as WearableConnectionDto);
  }

  /** Disconnects: revokes at the vendor where it can, then deletes the tokens here whatever the vendor said. */
  async disconnect(meta: RequestMeta, patientId: string, connectionId: string, now = new Date()): Promise<WearableConnectionDto & { revoked: boolean }> {
    const scope = this.scope(meta, 'delete', patientId);
    const connection = await this.connections.findInScope(scope, patientId, connectionId);
    if (!connection || connection.status === 'disconnected') throw DomainException.notFound('Wearable connection');
    let revoked = false;
    const revoke = VENDORS[connection.provider].revoke;
    if (revoke && connection.accessToken) {
      const access = this.cipher.decrypt(connection.accessToken, `${connection.id}:access`);
      const call = revoke(this.settings.vendors[connection.provider], { access, refresh: null });
      if (call) {
        try {
          await vendorRequest(call.url, call.init, now);
          revoked = true;
        } catch (err) {
          // The tokens are deleted here anyway; the vendor keeps its grant until the patient removes it there.
          this.logger.warn(`revocation at ${connection.provider} failed: ${err instanceof VendorHttpError ? err.status : 'error'}`);
        }
      }
    }
    Object.assign(connection, {
      status: 'disconnected' as const, accessToken: null, refreshToken: null, tokenKeyId: null, accessExpiresAt: null,
      claimedBy: null, claimedUntil: null, disconnectedAt: now, updatedAt: now,
    });
    await this.connections.flush();
    return { ...toConnectionDto(connection), revoked };
  }

  /** The record-level check, then the scope for the queries. */
  private scope(meta: RequestMeta, action: Action, patientId: string): PatientScope {
    const ability = defineAbilityFor(meta.actor);
    enforce(decide(ability, action, 'Wearable', patientId));
    return patientScope(ability, action, 'Wearable') ?? { kind: 'some', patientIds: [] };
  }
}
