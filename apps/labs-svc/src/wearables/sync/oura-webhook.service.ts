import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { SelfAuthenticatedResult } from '@pg/audit';
import type { WearableSyncSettings } from '@pg/config';
import { DomainException, type OuraWebhookRequest } from '@pg/contracts';
import { WEARABLE_SYNC_SETTINGS } from '../../labs.settings.js';
import { isObject, str } from '../formats/format.js';
import { WearableConnectionRepository } from './wearable-connection.repository.js';

/** How long a delivery is remembered to recognise a redelivery. */
const INBOX_KEEP_MS = 30 * 86_400_000;

/** The webhook's caller, as the audit trail names it: Oura, proven by the signature with our client secret. */
const OURA = { principalId: null, subject: 'vendor:oura', roles: [], kind: 'service' as const };

export interface OuraWebhookReplyDto {
  received: true;
  duplicate: boolean;
  /** The connection the notification was for (its next sync is now due), when one matches. */
  connectionId: string | null;
  patientId?: string;
}

/**
 * Oura's webhooks. A notification carries ids only (`event_type`, `data_type`, `object_id`, `user_id`, `event_time`)
 * and is signed: `x-oura-signature` is the HMAC-SHA256, hex, of `x-oura-timestamp` followed by the raw body, keyed
 * with the app's client secret. Refused (401) when the signature is missing or wrong, or the timestamp is outside
 * the window; a redelivery of a notification already taken is answered 200 and does nothing (inbox table). A taken
 * notification makes the matching connection's next sync due now; the data itself comes through the sync.
 */
@Injectable()
export class OuraWebhookService {
  constructor(
    private readonly connections: WearableConnectionRepository,
    @Inject(WEARABLE_SYNC_SETTINGS) private readonly settings: WearableSyncSettings,
  ) {}

  /** Oura's subscription check: the verification token must be ours; the challenge goes back as it came. */
  challenge(verificationToken: string, challenge: string): SelfAuthenticatedResult<{ challenge: string }> {
    const expected = this.settings.ouraWebhookVerificationToken;
    if (!expected || !safeEqual(Buffer.from(verificationToken), Buffer.from(expected))) throw DomainException.unauthenticated('Unknown verification token');
    return { auditActor: OURA, reply: { challenge } };
  }

  async receive(req: OuraWebhookRequest, now = new Date()): Promise<SelfAuthenticatedResult<OuraWebhookReplyDto>> {
    const secret = this.settings.vendors.oura.clientSecret;
    if (!secret || !req.signature || !req.timestamp) throw DomainException.unauthenticated('The webhook is not signed');
    const expected = createHmac('sha256', secret).update(req.timestamp + req.body, 'utf8').digest();
    const given = /^[0-9a-f]{64}$/i.test(req.signature) ? Buffer.from(req.signature, 'hex') : Buffer.alloc(0);
    if (!safeEqual(given, expected)) throw DomainException.unauthenticated('The webhook signature does not match');
    // Seconds since the epoch (milliseconds are accepted too): a captured delivery replayed later is refused.
    const ts = Number(req.timestamp);
    const sentAt = ts > 1e12 ? ts : ts * 1000;
    if (Math.abs(now.getTime() - sentAt) > this.settings.webhookToleranceSeconds * 1000) throw DomainException.unauthenticated('The webhook timestamp is outside the accepted window');
    let body: unknown;
    try {
      body = JSON.parse(req.body);
    } catch {
      throw DomainException.validation([{ field: 'body', message: 'not JSON' }]);
    }
    if (!isObject(body)) throw DomainException.validation([{ field: 'body', message: 'must be an object' }]);
    const userId = str(body.user_id);
    const dataType = str(body.data_type);
    const eventType = str(body.event_type);
    const objectId = str(body.object_id);
    // What identifies the notification (not the delivery): a redelivery, signed again with a new timestamp, is the same.
    const id = createHash('sha256').update(JSON.stringify(['oura', userId, dataType, eventType, objectId, str(body.event_time)])).digest('hex');
    const connection = userId ? await this.connections.findByVendorUser('oura', userId) : null;
    const fresh = await this.connections.recordDelivery({
      id, provider: 'oura', vendorUserId: userId, dataType: dataType?.slice(0, 64) ?? null, eventType: eventType?.slice(0, 32) ?? null,
      connectionId: connection?.id ?? null, receivedAt: now,
    });
    if (fresh) await this.connections.deleteDeliveriesBefore(new Date(now.getTime() - INBOX_KEEP_MS));
    if (fresh && connection && connection.status === 'active' && connection.nextSyncAt > now) {
      connection.nextSyncAt = now;
      connection.updatedAt = now;
      await this.connections.flush();
    }
    return {
      auditActor: connection ? { ...OURA, onBehalfOf: connection.patientId } : OURA,
      ...(connection ? { resource: { id: connection.id, patientId: connection.patientId } } : {}),
      reply: { received: true, duplicate: !fresh, connectionId: connection?.id ?? null, ...(connection ? { patientId: connection.patientId } : {}) },
    };
  }
}

function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
