import { defineEntity, p } from '@mikro-orm/core';
import type { WearableSyncProvider } from '@pg/config';

export type WearableConnectionStatus = 'active' | 'error' | 'disconnected';
export type WearableSyncStatus = 'ok' | 'partial' | 'rate-limited' | 'unavailable' | 'unauthorized' | 'error';

/** Where one stream of a connection got to: the end of the last window written. */
export type SyncCursor = Record<string, { syncedTo: string }>;

/**
 * A patient's link to a vendor account: the encrypted tokens (never returned, never logged), where each stream's
 * sync got to, when the next sync is due, and the claim of the replica running it.
 */
export const WearableConnectionSchema = defineEntity({
  name: 'WearableConnection',
  tableName: 'wearable_connection',
  indexes: [
    { name: 'wearable_connection_patient_idx', properties: ['patientId', 'createdAt'] },
    { name: 'wearable_connection_due_idx', expression: `create index "wearable_connection_due_idx" on "wearable_connection" ("next_sync_at") where "status" <> 'disconnected'` },
  ],
  uniques: [
    { name: 'wearable_connection_live_uq', expression: `create unique index "wearable_connection_live_uq" on "wearable_connection" ("patient_id", "provider") where "status" <> 'disconnected'` },
  ],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    provider: p.string().length(16).$type<WearableSyncProvider>(),
    status: p.string().length(16).$type<WearableConnectionStatus>(),
    /** The vendor's id of the account (Oura `personal_info.id`, WHOOP `user_id`, Dexcom `userId`): webhooks name it. */
    vendorUserId: p.string().columnType('text').nullable(),
    accessToken: p.string().columnType('text').nullable(),
    refreshToken: p.string().columnType('text').nullable(),
    /** WEARABLE_TOKEN_KEYS key id the tokens are encrypted under (rotation). */
    tokenKeyId: p.string().length(32).nullable(),
    accessExpiresAt: p.datetime().nullable(),
    scopes: p.string().columnType('text').nullable(),
    cursor: p.json<SyncCursor>().defaultRaw(`'{}'`),
    lastSyncAt: p.datetime().nullable(),
    lastSyncStatus: p.string().length(16).$type<WearableSyncStatus>().nullable(),
    lastSyncAccepted: p.integer().default(0),
    lastSyncDuplicates: p.integer().default(0),
    /** Consecutive failed syncs: the backoff grows with it. */
    failures: p.integer().default(0),
    nextSyncAt: p.datetime(),
    claimedBy: p.string().columnType('text').nullable(),
    claimedUntil: p.datetime().nullable(),
    createdBy: p.uuid(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    disconnectedAt: p.datetime().nullable(),
  },
});

export class WearableConnection extends WearableConnectionSchema.class {}
WearableConnectionSchema.setClass(WearableConnection);

/**
 * A connect in progress: the hash of the `state` sent to the vendor (never the state itself), bound to the patient
 * and the principal who asked, with the PKCE verifier (encrypted) and an expiry. Used once.
 */
export const WearableOauthStateSchema = defineEntity({
  name: 'WearableOauthState',
  tableName: 'wearable_oauth_state',
  indexes: [{ name: 'wearable_oauth_state_expires_idx', properties: ['expiresAt'] }],
  properties: {
    stateHash: p.string().length(64).primary(),
    patientId: p.uuid(),
    provider: p.string().length(16).$type<WearableSyncProvider>(),
    principalId: p.uuid(),
    /** Who asked, as the audit event of the callback names them (subject and roles; no PHI). */
    subject: p.string().columnType('text'),
    roles: p.json<string[]>(),
    codeVerifier: p.string().columnType('text'),
    redirectUri: p.string().columnType('text'),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
});

export class WearableOauthState extends WearableOauthStateSchema.class {}
WearableOauthStateSchema.setClass(WearableOauthState);

/** Vendor webhook deliveries, once each: the id is a hash of what identifies the notification. */
export const WearableWebhookInboxSchema = defineEntity({
  name: 'WearableWebhookInbox',
  tableName: 'wearable_webhook_inbox',
  indexes: [{ name: 'wearable_webhook_inbox_received_idx', properties: ['receivedAt'] }],
  properties: {
    id: p.string().length(64).primary(),
    provider: p.string().length(16),
    vendorUserId: p.string().columnType('text').nullable(),
    dataType: p.string().length(64).nullable(),
    eventType: p.string().length(32).nullable(),
    connectionId: p.uuid().nullable(),
    receivedAt: p.datetime(),
  },
});

export class WearableWebhookInbox extends WearableWebhookInboxSchema.class {}
WearableWebhookInboxSchema.setClass(WearableWebhookInbox);
