import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { beginTransaction } from '@pg/audit';
import { DomainException, type BigcommerceWebhookRequest, type ClerkWebhookRequest, type IdentityWebhookReceiptDto } from '@pg/contracts';
import type { PersonInput } from '../matching/index.js';
import { IdentifierRepository } from '../identities/identifier.repository.js';
import { IngestService } from '../identities/ingest.service.js';
import { MatchIndexRepository } from '../identities/match-index.repository.js';
import { PATIENT_CREATOR, type PatientCreator } from '../identities/patient-creator.js';
import { tableOf } from '@pg/persistence';
import { BIGCOMMERCE_API, fetchBigcommerceCustomer, type BigcommerceApi } from './bigcommerce-customers.js';
import { verifySharedSecret, verifySvix } from './svix-signature.js';

export const WEBHOOK_SECRETS = Symbol('WEBHOOK_SECRETS');
export interface WebhookSecrets { clerk: readonly string[]; bigcommerce: readonly string[] }

/** The receipt for the partner, plus the patient touched (for the audit event only: the partner never learns it). */
export type WebhookOutcome = IdentityWebhookReceiptDto & { patientId?: string };


function parseJson(raw: Buffer): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch {
    throw DomainException.validation([{ field: 'body', message: 'not valid JSON' }]);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw DomainException.validation([{ field: 'body', message: 'must be a JSON object' }]);
  return body as Record<string, unknown>;
}

const str = (v: unknown, max = 200): string | undefined => (typeof v === 'string' && v.trim() && v.length <= max ? v.trim() : undefined);

/** Clerk's user object → demographics: the primary email and phone, the birthday when Clerk has one. */
export function clerkPerson(data: Record<string, unknown>): Omit<PersonInput, 'source'> {
  const out: Omit<PersonInput, 'source'> = {};
  const given = str(data.first_name, 100);
  const family = str(data.last_name, 100);
  if (given) out.givenName = given;
  if (family) out.familyName = family;
  const primary = <T extends { id?: unknown }>(list: unknown, id: unknown): T | undefined => {
    if (!Array.isArray(list)) return undefined;
    return (list.find((x: T) => x && x.id === id) ?? list[0]) as T | undefined;
  };
  const email = primary<{ id?: unknown; email_address?: unknown }>(data.email_addresses, data.primary_email_address_id);
  const phone = primary<{ id?: unknown; phone_number?: unknown }>(data.phone_numbers, data.primary_phone_number_id);
  const e = str(email?.email_address, 254);
  const p = str(phone?.phone_number, 40);
  if (e) out.email = e;
  if (p) out.phone = p;
  const birthday = str(data.birthday, 10);
  if (birthday && /^\d{4}-\d{2}-\d{2}$/.test(birthday)) out.birthDate = birthday;
  return out;
}

/**
 * Partner webhooks that feed identities (docs/identity.md, "Webhooks"). The signature first (401), then the body
 * (400), then — in one transaction with the audit event — the delivery id taken (a retry is `duplicate`) and its
 * effect: the identifier created or updated and the record fed to the matcher (a person nobody matches becomes a
 * patient: `feed`); a deleted user or customer tombstones its identifier and never deletes the patient.
 */
@Injectable()
export class IdentityWebhooksService {
  constructor(
    @Inject(WEBHOOK_SECRETS) private readonly secrets: WebhookSecrets,
    @Inject(BIGCOMMERCE_API) private readonly bigcommerceApi: BigcommerceApi,
    private readonly ingest: IngestService,
    @Inject(PATIENT_CREATOR) private readonly creator: PatientCreator,
    private readonly identifiers: IdentifierRepository,
    private readonly index: MatchIndexRepository,
    private readonly em: EntityManager,
  ) {}

  async clerk(req: ClerkWebhookRequest): Promise<WebhookOutcome> {
    const raw = Buffer.from(req.body, 'base64');
    const verdict = verifySvix(raw, { id: req.svixId, timestamp: req.svixTimestamp, signature: req.svixSignature }, this.secrets.clerk);
    if (!verdict.ok) throw DomainException.unauthenticated(verdict.reason === 'stale' ? 'The delivery is older than 5 minutes (svix-timestamp)' : 'The signature does not match (svix-signature)');
    const body = parseJson(raw);
    const type = str(body.type, 100);
    const data = body.data as Record<string, unknown> | undefined;
    const userId = str(data?.id, 200);
    if (!type || !data || typeof data !== 'object' || !userId) throw DomainException.validation([{ field: 'body', message: 'must be a Clerk event { type, data: { id, … } }' }]);
    const eventId = req.svixId!;
    await beginTransaction();
    if (!(await this.take('clerk', eventId))) return { eventId, status: 'duplicate' };
    if (type === 'user.deleted') return { eventId, status: 'applied', ...(await this.tombstone('clerk', userId)) };
    if (type !== 'user.created' && type !== 'user.updated') return { eventId, status: 'ignored' };
    if (await this.tombstoned('clerk', userId)) return { eventId, status: 'ignored' };
    return { eventId, status: 'applied', ...(await this.feed('clerk', userId, clerkPerson(data))) };
  }

  async bigcommerce(req: BigcommerceWebhookRequest): Promise<WebhookOutcome> {
    if (!verifySharedSecret(req.secret, this.secrets.bigcommerce)) throw DomainException.unauthenticated('The shared secret does not match (X-Webhook-Secret)');
    const body = parseJson(Buffer.from(req.body, 'base64'));
    const scope = str(body.scope, 100);
    const hash = str(body.hash, 200);
    const data = body.data as { type?: unknown; id?: unknown } | undefined;
    const id = typeof data?.id === 'number' && Number.isSafeInteger(data.id) && data.id > 0 ? data.id : undefined;
    if (!scope || !hash || !data || id === undefined) throw DomainException.validation([{ field: 'body', message: 'must be { scope, store_id, data: { type, id }, hash, created_at }' }]);
    if (!scope.startsWith('store/customer/')) {
      await beginTransaction();
      return (await this.take('bigcommerce', hash)) ? { eventId: hash, status: 'ignored' } : { eventId: hash, status: 'duplicate' };
    }
    // The customer is fetched before the transaction begins: a slow store holds no connection.
    const deleted = scope === 'store/customer/deleted';
    let person: Omit<PersonInput, 'source'> | null = null;
    if (!deleted) {
      if (!this.bigcommerceApi) throw DomainException.unavailable('BigCommerce customers cannot be fetched (BIGCOMMERCE_API_URL is not set)');
      person = await fetchBigcommerceCustomer(this.bigcommerceApi, id);
    }
    await beginTransaction();
    if (!(await this.take('bigcommerce', hash))) return { eventId: hash, status: 'duplicate' };
    if (deleted) return { eventId: hash, status: 'applied', ...(await this.tombstone('bigcommerce', String(id))) };
    if (!person || (await this.tombstoned('bigcommerce', String(id)))) return { eventId: hash, status: 'ignored' };
    return { eventId: hash, status: 'applied', ...(await this.feed('bigcommerce', String(id), person)) };
  }

  /**
   * The record into the match index and through the matcher, as resolveIdentity does: a known identifier or a certain
   * match keeps or links its patient; nothing at all (not even a probable match waiting for a person) creates one at
   * profiles-svc — when identity-svc's principal is configured and the partner gave the names and birth date a
   * profile needs — linked with method `webhook`. A probable match waits for the reviewer instead.
   */
  private async feed(source: string, sourceId: string, person: Omit<PersonInput, 'source'>): Promise<{ patientId?: string }> {
    const linkedBy = `partner:${source}`;
    const result = await this.ingest.ingest(source, sourceId, person, 'webhook', linkedBy);
    if (result.kind === 'known' || result.kind === 'auto-linked') return { patientId: result.patientId };
    if (result.kind !== 'unmatched' || !this.creator.configured || !person.givenName || !person.familyName || !person.birthDate) return {};
    const patientId = await this.creator.create({ source, givenName: person.givenName, familyName: person.familyName, birthDate: person.birthDate, ...(person.email ? { email: person.email } : {}) });
    await this.ingest.linkCreated(patientId, source, sourceId, linkedBy, 'webhook');
    return { patientId };
  }

  /** The partner deleted the user: the identifier no longer resolves; the patient and their record stay. */
  private async tombstone(system: string, value: string): Promise<{ patientId?: string }> {
    const row = await this.identifiers.findPairForUpdate(system, value);
    await this.index.setPatient(system, value, null);
    if (!row || row.tombstonedAt) return {};
    row.tombstonedAt = new Date();
    await this.em.flush();
    return { patientId: row.patientId };
  }

  /**
   * The pair was deleted by the partner or unlinked by a person (a tombstoned identifier): a create or update of it
   * that arrives later (deliveries are not ordered; a retry comes late) is stale, and automation never takes a
   * tombstoned identifier back (it would link it again, or start a patient for a deleted account). Only an admin's link
   * revives it (IdentifiersService.link). Locks the pair's row for the transaction, as the tombstone does.
   */
  private async tombstoned(system: string, value: string): Promise<boolean> {
    const row = await this.identifiers.findPairForUpdate(system, value);
    return !!row?.tombstonedAt;
  }

  /** Takes a delivery id once: false when it was taken before (a retry). */
  private async take(partner: string, deliveryId: string): Promise<boolean> {
    const rows = await this.em.execute<Array<{ delivery_id: string }>>(
      `insert into ${tableOf(this.em, 'identity_webhook_receipt')} ("partner", "delivery_id", "received_at") values (?, ?, ?)
       on conflict do nothing returning "delivery_id"`,
      [partner, deliveryId.slice(0, 200), new Date()],
    );
    return rows.length > 0;
  }
}
