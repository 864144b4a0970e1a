import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import type { PatientScope } from '@pg/access';
import type { WearableSyncProvider } from '@pg/config';
import { tableOf } from '@pg/persistence';
import { inScope, scopeCondition } from '../../lab-reports/lab-report.repository.js';
import { WearableConnection, WearableOauthState, WearableWebhookInbox } from './wearable-connection.entity.js';

/** Connections, connects in progress and webhook deliveries. Reads of a patient's connections take the scope. */
@Injectable()
export class WearableConnectionRepository {
  constructor(private readonly em: EntityManager) {}

  private table(name: string): string {
    return tableOf(this.em, name);
  }

  async listInScope(scope: PatientScope, patientId: string): Promise<WearableConnection[]> {
    if (!inScope(scope, patientId)) return [];
    return this.em.find(WearableConnection, { $and: [{ patientId }, scopeCondition(scope) as FilterQuery<WearableConnection>] }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  }

  async findInScope(scope: PatientScope, patientId: string, id: string): Promise<WearableConnection | null> {
    if (!inScope(scope, patientId)) return null;
    return this.em.findOne(WearableConnection, { $and: [{ id, patientId }, scopeCondition(scope) as FilterQuery<WearableConnection>] });
  }

  /** The live (not disconnected) connection of a patient to a vendor: a second connect replaces its tokens. */
  async findLive(patientId: string, provider: WearableSyncProvider): Promise<WearableConnection | null> {
    return this.em.findOne(WearableConnection, { patientId, provider, status: { $ne: 'disconnected' } });
  }

  /** For the sync and webhooks (no caller: the connection was made by an allowed connect). */
  async findForJob(id: string): Promise<WearableConnection | null> {
    return this.em.findOne(WearableConnection, { id }, { refresh: true });
  }

  async findByVendorUser(provider: WearableSyncProvider, vendorUserId: string): Promise<WearableConnection | null> {
    return this.em.findOne(WearableConnection, { provider, vendorUserId, status: { $ne: 'disconnected' } });
  }

  /**
   * Claims the connection due soonest (`next_sync_at <= now`, active — one in `error` waits for the patient to
   * connect again —, unclaimed or under a lapsed claim) for one
   * replica: one UPDATE over a `FOR UPDATE SKIP LOCKED` pick, so replicas never take the same connection.
   */
  async claimDue(now: Date, owner: string, leaseMs: number): Promise<WearableConnection | null> {
    const t = this.table('wearable_connection');
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `update ${t} set "claimed_by" = ?, "claimed_until" = ?
        where "id" = (select "id" from ${t}
                       where "status" = 'active' and "next_sync_at" <= ? and ("claimed_until" is null or "claimed_until" < ?)
                       order by "next_sync_at" limit 1 for update skip locked)
        returning "id"`,
      [owner, new Date(now.getTime() + leaseMs), now, now],
    );
    const id = rows[0]?.id;
    return typeof id === 'string' ? this.findForJob(id) : null;
  }

  /**
   * Writes a sync's progress (cursor, refreshed tokens, the final state) only while this replica holds the claim and
   * the connection is not disconnected: a disconnect during a sync is never undone by the sync's own writes, and a
   * replica whose claim lapsed (and went to another) writes nothing. False when it did not apply.
   */
  async updateHeld(id: string, owner: string, fields: Partial<Pick<WearableConnection,
    'cursor' | 'accessToken' | 'refreshToken' | 'tokenKeyId' | 'accessExpiresAt' | 'vendorUserId' | 'status' | 'lastSyncAt' | 'lastSyncStatus'
    | 'lastSyncAccepted' | 'lastSyncDuplicates' | 'failures' | 'nextSyncAt' | 'claimedBy' | 'claimedUntil' | 'updatedAt'>>): Promise<boolean> {
    const n = await this.em.nativeUpdate(WearableConnection, { id, claimedBy: owner, status: { $ne: 'disconnected' } }, fields);
    return n === 1;
  }

  /**
   * Takes a connect's state once: marks it used if it is unused and unexpired, and answers it if it was issued for
   * this provider. A state presented at another provider's callback is spent too (it has been seen where it should
   * not have been).
   */
  async consumeState(stateHash: string, provider: WearableSyncProvider, now: Date): Promise<WearableOauthState | null> {
    // On a fork with its own autocommit: a state is spent even when what follows it fails and rolls back.
    const fork = this.em.fork();
    const n = await fork.nativeUpdate(WearableOauthState, { stateHash, usedAt: null, expiresAt: { $gt: now } }, { usedAt: now });
    if (n !== 1) return null;
    const state = await fork.findOne(WearableOauthState, { stateHash });
    return state?.provider === provider ? state : null;
  }

  async deleteExpiredStates(before: Date): Promise<void> {
    await this.em.nativeDelete(WearableOauthState, { expiresAt: { $lt: before } });
  }

  /** Records a webhook delivery; false when it was recorded before (a redelivery). */
  async recordDelivery(row: Omit<WearableWebhookInbox, never>): Promise<boolean> {
    const t = this.table('wearable_webhook_inbox');
    const rows = await this.em.execute<Record<string, unknown>[]>(
      `insert into ${t} ("id", "provider", "vendor_user_id", "data_type", "event_type", "connection_id", "received_at") values (?, ?, ?, ?, ?, ?, ?)
       on conflict ("id") do nothing returning "id"`,
      [row.id, row.provider, row.vendorUserId ?? null, row.dataType ?? null, row.eventType ?? null, row.connectionId ?? null, row.receivedAt],
    );
    return rows.length === 1;
  }

  /** Forgets deliveries older than `before`: a vendor's redeliveries stop long before (Oura retries for hours). */
  async deleteDeliveriesBefore(before: Date): Promise<void> {
    await this.em.nativeDelete(WearableWebhookInbox, { receivedAt: { $lt: before } });
  }

  persist(entity: object): void {
    this.em.persist(entity);
  }

  async flush(): Promise<void> {
    await this.em.flush();
  }

  get entityManager(): EntityManager {
    return this.em;
  }
}
