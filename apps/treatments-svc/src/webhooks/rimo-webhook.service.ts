import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DomainException, RIMO_PARTNER, RimoEnvelopeDto, toValidationDetails, type RimoWebhookReceiptDto, type RimoWebhookRequest } from '@pg/contracts';
import { BatchWriter } from '@pg/persistence';
import { PartnerInboxRepository, type InboxEntry } from './partner-inbox.repository.js';
import { PartnerInboxProcessor } from './partner-inbox.processor.js';
import { validateRimoData, type RimoEvent } from './rimo-event.applier.js';
import { verifyRimoSignature } from './rimo-signature.js';
import { RIMO_SETTINGS, type RimoSettings } from './rimo.settings.js';

/**
 * One delivery of Rimo's webhook: the signature over the raw bytes first (401), then the envelope and the event's
 * fields (400), then the event into the inbox — 2xx once it is durably stored (`accepted`, or `duplicate` when its
 * id was stored before). Concurrent deliveries are stored together, one multi-row insert (BatchWriter). What the
 * event does (resolving the patient, the state machines, parking) follows from the inbox (PartnerInboxProcessor).
 */
@Injectable()
export class RimoWebhookService {
  private readonly writer: BatchWriter<InboxEntry, boolean>;

  constructor(
    @Inject(RIMO_SETTINGS) private readonly settings: RimoSettings,
    private readonly inbox: PartnerInboxRepository,
    private readonly processor: PartnerInboxProcessor,
  ) {
    this.writer = new BatchWriter((entries) => this.inbox.store(entries));
  }

  async receive(req: RimoWebhookRequest, requestId: string | null): Promise<RimoWebhookReceiptDto> {
    const raw = Buffer.from(req.body, 'base64');
    const verdict = verifyRimoSignature(raw, req.timestamp, req.signature, this.settings.webhookSecrets);
    if (!verdict.ok) {
      throw DomainException.unauthenticated(verdict.reason === 'stale' ? 'The delivery is older than 5 minutes (X-Rimo-Timestamp)' : 'The signature does not match (X-Rimo-Signature)');
    }
    const event = parseRimoEvent(raw);
    const fresh = await this.writer.write({
      partner: RIMO_PARTNER, eventId: event.id, payloadHash: createHash('sha256').update(raw).digest('hex'),
      payload: { type: event.type, timestamp: event.at.toISOString(), data: { ...event.data } }, requestId: requestId?.slice(0, 100) ?? null,
    });
    if (!fresh) return { eventId: event.id, status: 'duplicate' };
    this.processor.accepted();
    return { eventId: event.id, status: 'accepted' };
  }
}

/** The envelope `{ id, type, data, timestamp }` and its type's fields, or VALIDATION_FAILED naming what is wrong. */
export function parseRimoEvent(raw: Buffer): RimoEvent {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw DomainException.validation([{ field: 'body', message: 'not valid JSON' }]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw DomainException.validation([{ field: 'body', message: 'must be an object { id, type, data, timestamp }' }]);
  const envelope = plainToInstance(RimoEnvelopeDto, body);
  const errors = validateSync(envelope, { whitelist: true, forbidNonWhitelisted: false, forbidUnknownValues: true });
  if (errors.length) throw DomainException.validation(toValidationDetails(errors));
  return { id: envelope.id, type: envelope.type, at: new Date(envelope.timestamp), data: validateRimoData(envelope.type, envelope.data) };
}
