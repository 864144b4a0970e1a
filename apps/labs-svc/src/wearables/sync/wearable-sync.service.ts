import { createHash } from 'node:crypto';
import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { AUDIT_SOURCE, AuditPublisher, JETSTREAM, serviceParts, type AuditSource } from '@pg/audit';
import type { WearableSyncSettings } from '@pg/config';
import { LABS_EVENTS, WearableSyncedEvent } from '@pg/contracts';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';
import { WEARABLE_SYNC_SETTINGS } from '../../labs.settings.js';
import { WEARABLE_SINK, type WearableSink } from '../wearable-sample.js';
import { TokenCipher } from './token-cipher.js';
import type { SyncCursor, WearableConnection, WearableSyncStatus } from './wearable-connection.entity.js';
import { WearableConnectionRepository } from './wearable-connection.repository.js';
import { refreshTokens } from './vendor-oauth.js';
import { VendorHttpError, vendorRequest } from './vendor-http.js';
import { VENDORS, type VendorStream } from './vendors.js';

/** A claim lives this long: a replica that dies mid-sync frees its connection after it. */
export const SYNC_LEASE_MS = 10 * 60_000;
/** An access token expiring within this is refreshed before the sync uses it. */
const REFRESH_AHEAD_MS = 5 * 60_000;
/** Backoff after a failure without Retry-After: 1, 2, 4 … minutes, at most 6 hours. */
const BACKOFF_FIRST_MS = 60_000;
const BACKOFF_MAX_MS = 6 * 3_600_000;
/** Most connections one call of syncDue takes (the next tick takes the rest). */
const PER_TICK = 50;

export function uuidFrom(name: string): string {
  const h = createHash('sha1').update(name).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

export interface SyncOutcome {
  connectionId: string;
  status: WearableSyncStatus;
  accepted: number;
  duplicates: number;
  pages: number;
  nextSyncAt: Date;
}

/** The sync could not go on with this vendor now; what it wrote so far stays. */
class SyncStop extends Error {
  constructor(readonly status: WearableSyncStatus, readonly retryAt: Date, readonly disable = false) {
    super(status);
  }
}

/**
 * The scheduled incremental sync. Each replica looks for due connections every WEARABLE_SYNC_INTERVAL_MS and claims
 * them one at a time in SQL (`FOR UPDATE SKIP LOCKED`), so several replicas never sync one connection at once.
 * A sync reads each stream from where the last one got to (minus an overlap the dedupe absorbs), page by page
 * (`next_token`), writing each page through the WearableSink; the cursor moves after each finished window. A 429
 * or a 5xx stops the sync: its next attempt is due after the vendor's Retry-After (or a doubling backoff); an
 * expired or refused access token is refreshed once. Every sync is audited as labs-svc acting on behalf of the
 * patient, and `labs.wearable.synced` is published. Time comes in as `now`: tests call `syncDue(now)` with a clock.
 */
@Injectable()
export class WearableSyncService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('WearableSync');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly orm: MikroORM,
    private readonly connections: WearableConnectionRepository,
    private readonly cipher: TokenCipher,
    private readonly audit: AuditPublisher,
    private readonly ns: NatsNamespace,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(WEARABLE_SINK) private readonly sink: WearableSink,
    @Inject(WEARABLE_SYNC_SETTINGS) private readonly settings: WearableSyncSettings,
  ) {}

  /** Who holds a claim: this replica. */
  private get owner(): string {
    return this.source.instance;
  }

  onApplicationBootstrap(): void {
    if (!this.settings.syncIntervalMs) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.syncDue(new Date())
        .catch((err: unknown) => this.logger.warn(`sync tick failed: ${err instanceof Error ? err.name : 'error'}`))
        .finally(() => (this.running = undefined));
    }, this.settings.syncIntervalMs);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Syncs every connection due at `now` that no other replica holds. */
  async syncDue(now: Date): Promise<SyncOutcome[]> {
    const outcomes: SyncOutcome[] = [];
    for (let i = 0; i < PER_TICK; i++) {
      const outcome = await RequestContext.create(this.orm.em.fork(), async () => {
        const connection = await this.connections.claimDue(now, this.owner, SYNC_LEASE_MS);
        return connection ? this.syncOne(connection, now) : null;
      });
      if (!outcome) break;
      outcomes.push(outcome);
    }
    return outcomes;
  }

  private async syncOne(c: WearableConnection, now: Date): Promise<SyncOutcome> {
    const vendor = VENDORS[c.provider];
    const counts = { accepted: 0, duplicates: 0, pages: 0, rejected: 0 };
    let status: WearableSyncStatus = 'ok';
    let nextSyncAt = new Date(now.getTime() + vendor.intervalMs);
    let disable = false;
    const cursor: SyncCursor = { ...c.cursor };
    try {
      await this.reencrypt(c, now);
      let token = await this.accessToken(c, now, false);
      for (const stream of vendor.streams) {
        // From where the last sync got to, less the overlap; never later than that before now (a clock that went back).
        const since = cursor[stream.name]
          ? new Date(Math.min(Date.parse(cursor[stream.name]!.syncedTo), now.getTime()) - vendor.overlapMs)
          : new Date(now.getTime() - vendor.backfillMs);
        for (let from = since; from < now;) {
          const to = new Date(Math.min(now.getTime(), from.getTime() + vendor.maxWindowMs));
          token = await this.syncWindow(c, stream, from, to, token, now, counts);
          cursor[stream.name] = { syncedTo: to.toISOString() };
          // Progress is kept window by window: a sync stopped by a 429 goes on from here next time.
          await this.connections.updateHeld(c.id, this.owner, { cursor: { ...cursor } });
          from = to;
        }
      }
    } catch (err) {
      if (err instanceof SyncStop) {
        status = err.status;
        nextSyncAt = err.retryAt;
        disable = err.disable;
      } else {
        // Ours, not the vendor's (the store refused a write, a token did not decrypt): recorded, tried again later.
        this.logger.warn(`sync of a ${c.provider} connection failed: ${err instanceof Error ? err.name : 'error'}`);
        status = 'error';
        nextSyncAt = new Date(now.getTime() + Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(c.failures, 20)));
      }
    }
    if (status === 'ok' && counts.rejected) status = 'partial';
    const failed = status !== 'ok' && status !== 'partial';
    const final = {
      cursor,
      status: disable ? ('error' as const) : ('active' as const),
      lastSyncAt: now,
      lastSyncStatus: status,
      lastSyncAccepted: counts.accepted,
      lastSyncDuplicates: counts.duplicates,
      failures: failed ? c.failures + 1 : 0,
      nextSyncAt,
      ...(c.vendorUserId ? { vendorUserId: c.vendorUserId } : {}),
      claimedBy: null,
      claimedUntil: null,
      updatedAt: now,
    };
    // Recorded before the state is: if the audit stream does not take the event, the claim lapses and the sync
    // runs again (its writes dedupe), recorded then.
    await this.record(c, now, status, counts);
    // Not applied when the patient disconnected meanwhile (or the claim lapsed): nothing of this sync revives it.
    await this.connections.updateHeld(c.id, this.owner, final);
    Object.assign(c, final);
    await publishDomainEvent(this.js, this.ns, LABS_EVENTS.wearableSynced, new WearableSyncedEvent(
      c.id, c.patientId, c.provider, counts.accepted, counts.duplicates, now.toISOString(),
    ), `${LABS_EVENTS.wearableSynced}:${c.id}:${now.toISOString()}`).catch(() => this.logger.warn('could not publish labs.wearable.synced'));
    return { connectionId: c.id, status, accepted: counts.accepted, duplicates: counts.duplicates, pages: counts.pages, nextSyncAt };
  }

  /** One window of one stream, every page of it; answers the access token in use (it may have been refreshed). */
  private async syncWindow(
    c: WearableConnection, stream: VendorStream, from: Date, to: Date, token: string, now: Date,
    counts: { accepted: number; duplicates: number; pages: number; rejected: number },
  ): Promise<string> {
    const api = this.settings.vendors[c.provider].apiUrl;
    let page: string | null = null;
    let refreshed = false;
    for (;;) {
      let body: unknown;
      try {
        body = await vendorRequest(stream.url(api, from, to, page), { headers: { authorization: `Bearer ${token}`, accept: 'application/json' } }, now);
      } catch (err) {
        if (err instanceof VendorHttpError && err.status === 401 && !refreshed) {
          // Expired or revoked before its time: one refresh, then the same page again.
          token = await this.accessToken(c, now, true);
          refreshed = true;
          continue;
        }
        throw this.stop(c, err, now);
      }
      const parsed = stream.read(body);
      if (parsed.vendorUserId && !c.vendorUserId) c.vendorUserId = parsed.vendorUserId;
      const { vendorUserId: _ignored, ...data } = parsed;
      const written = await this.sink.write(c.patientId, 'sync', data, { connectionId: c.id });
      counts.accepted += written.accepted;
      counts.duplicates += written.duplicates;
      counts.rejected += data.rejected.reduce((n, r) => n + r.count, 0);
      counts.pages++;
      page = stream.nextPageToken(body);
      if (!page) return token;
    }
  }

  /** Tokens still under a retired key of WEARABLE_TOKEN_KEYS are written again under the current one (rotation). */
  private async reencrypt(c: WearableConnection, now: Date): Promise<void> {
    if (!c.accessToken || c.tokenKeyId === this.cipher.currentKeyId) return;
    const access = this.cipher.decrypt(c.accessToken, `${c.id}:access`);
    const refresh = c.refreshToken ? this.cipher.decrypt(c.refreshToken, `${c.id}:refresh`) : null;
    const fields = {
      accessToken: this.cipher.encrypt(access, `${c.id}:access`),
      refreshToken: refresh ? this.cipher.encrypt(refresh, `${c.id}:refresh`) : null,
      tokenKeyId: this.cipher.currentKeyId,
      updatedAt: now,
    };
    await this.connections.updateHeld(c.id, this.owner, fields);
    Object.assign(c, fields);
  }

  /** The access token, refreshed first when it expires within five minutes (or when `force`). */
  private async accessToken(c: WearableConnection, now: Date, force: boolean): Promise<string> {
    if (!c.accessToken) throw new SyncStop('unauthorized', new Date(now.getTime() + VENDORS[c.provider].intervalMs), true);
    const expiring = c.accessExpiresAt && c.accessExpiresAt.getTime() - REFRESH_AHEAD_MS <= now.getTime();
    if (!force && !expiring) return this.cipher.decrypt(c.accessToken, `${c.id}:access`);
    if (!c.refreshToken) throw new SyncStop('unauthorized', new Date(now.getTime() + VENDORS[c.provider].intervalMs), true);
    let tokens;
    try {
      tokens = await refreshTokens(this.settings.vendors[c.provider], this.cipher.decrypt(c.refreshToken, `${c.id}:refresh`), now);
    } catch (err) {
      throw this.stop(c, err, now);
    }
    const fields = {
      accessToken: this.cipher.encrypt(tokens.accessToken, `${c.id}:access`),
      // A vendor that rotates refresh tokens sends a new one; the old one is then spent.
      ...(tokens.refreshToken ? { refreshToken: this.cipher.encrypt(tokens.refreshToken, `${c.id}:refresh`) } : {}),
      tokenKeyId: this.cipher.currentKeyId,
      accessExpiresAt: tokens.expiresAt,
      updatedAt: now,
    };
    // Kept at once: a rotated refresh token lost to a later failure would end the connection.
    await this.connections.updateHeld(c.id, this.owner, fields);
    Object.assign(c, fields);
    return tokens.accessToken;
  }

  /** What a vendor's error means for this sync: when to try again, and whether the connection needs the patient. */
  private stop(c: WearableConnection, err: unknown, now: Date): SyncStop {
    if (err instanceof SyncStop) return err;
    const backoff = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.min(c.failures, 20));
    if (err instanceof VendorHttpError) {
      const wait = err.retryAfterSeconds !== null ? err.retryAfterSeconds * 1000 : backoff;
      if (err.rateLimited) return new SyncStop('rate-limited', new Date(now.getTime() + wait));
      if (err.unavailable) return new SyncStop('unavailable', new Date(now.getTime() + wait));
      // The grant is gone (revoked at the vendor, refresh token refused): the patient has to connect again.
      if (err.status === 401 || err.status === 403 || err.oauthError === 'invalid_grant') {
        return new SyncStop('unauthorized', new Date(now.getTime() + VENDORS[c.provider].intervalMs), true);
      }
      return new SyncStop('error', new Date(now.getTime() + backoff));
    }
    throw err;
  }

  /** The sync as labs-svc's own access on behalf of the patient: one event per sync run. */
  private async record(c: WearableConnection, now: Date, status: WearableSyncStatus, counts: { accepted: number; duplicates: number }): Promise<void> {
    const requestId = `wearable-sync:${c.id}:${now.toISOString()}`;
    const ok = status === 'ok' || status === 'partial';
    await this.audit.publish({
      id: uuidFrom(requestId),
      action: 'import',
      outcome: ok ? 'success' : 'error',
      ...(ok ? {} : { reason: status }),
      ...serviceParts(this.source, c.patientId),
      resource: { type: 'wearable-connection', id: c.id, patientId: c.patientId },
      query: { provider: c.provider, accepted: counts.accepted, duplicates: counts.duplicates },
      purposeOfUse: 'treatment',
      requestId,
    });
  }
}
