import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { beginTransaction } from '@pg/audit';
import {
  DomainException, RIMO_IDENTIFIER_SYSTEM, RIMO_PARTNER, RimoEnvelopeDto, toValidationDetails, type RimoWebhookReceiptDto, type RimoWebhookRequest,
} from '@pg/contracts';
import { PartnerInboxRepository } from './partner-inbox.repository.js';
import { PATIENT_DIRECTORY, type PatientDirectory } from './patient-directory.js';
import { RimoEventApplier, validateRimoData, type RimoEvent } from './rimo-event.applier.js';
import { verifyRimoSignature } from './rimo-signature.js';
import { RIMO_SETTINGS, type RimoSettings } from './rimo.settings.js';

/** What the handler answers: the receipt for Rimo, plus the patient and record touched, for the audit event only. */
export type RimoWebhookOutcome = RimoWebhookReceiptDto & { patientId?: string; id?: string };

/**
 * One delivery of Rimo's webhook: the signature over the raw bytes first (401), then the envelope and the event's
 * fields (400), then the patient; then, in one transaction, the event id into the inbox and the effect — or the
 * event parked when its patient is unknown. 2xx only once it is durably stored.
 */
@Injectable()
export class RimoWebhookService {
  constructor(
    @Inject(RIMO_SETTINGS) private readonly settings: RimoSettings,
    @Inject(PATIENT_DIRECTORY) private readonly directory: PatientDirectory,
    private readonly inbox: PartnerInboxRepository,
    private readonly applier: RimoEventApplier,
  ) {}

  async receive(req: RimoWebhookRequest): Promise<RimoWebhookOutcome> {
    const raw = Buffer.from(req.body, 'base64');
    const verdict = verifyRimoSignature(raw, req.timestamp, req.signature, this.settings.webhookSecrets);
    if (!verdict.ok) {
      throw DomainException.unauthenticated(verdict.reason === 'stale' ? 'The delivery is older than 5 minutes (X-Rimo-Timestamp)' : 'The signature does not match (X-Rimo-Signature)');
    }
    const event = parseRimoEvent(raw);
    const resolution = await this.directory.resolve(RIMO_IDENTIFIER_SYSTEM, event.data.patientId);
    await beginTransaction();
    if (!(await this.inbox.take(RIMO_PARTNER, event.id, createHash('sha256').update(raw).digest('hex')))) return { eventId: event.id, status: 'duplicate' };
    if (resolution.kind === 'unknown') {
      this.inbox.park({
        partner: RIMO_PARTNER, eventId: event.id, type: event.type, partnerPatientId: event.data.patientId,
        payload: { type: event.type, timestamp: event.at.toISOString(), data: { ...event.data } }, reason: resolution.reason,
      });
      await this.inbox.flush();
      return { eventId: event.id, status: 'parked' };
    }
    const patientId = await this.inbox.survivorOf(resolution.patientId);
    const { id } = await this.applier.apply(event, patientId);
    return { eventId: event.id, status: 'applied', patientId, ...(id ? { id } : {}) };
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

/** A parked event's stored payload, as an event again (for its replay). */
export function parkedToEvent(eventId: string, payload: Record<string, unknown>): RimoEvent {
  const p = payload as { type: RimoEvent['type']; timestamp: string; data: Record<string, unknown> };
  return { id: eventId, type: p.type, at: new Date(p.timestamp), data: validateRimoData(p.type, p.data) };
}
