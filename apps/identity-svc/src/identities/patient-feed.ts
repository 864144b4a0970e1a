import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { AuditCorrections, auditedUnit, AuditPublisher, JETSTREAM, NATS_CONNECTION, withAfterCommit } from '@pg/audit';
import { DOMAIN_EVENT_PREFIX, PATIENT_EVENTS, type PatientDto } from '@pg/contracts';
import { consumeDurable, NatsNamespace, startConsumeLoop, STREAM, type ConsumeLoop } from '@pg/messaging';
import { normalizePerson, type PersonInput } from '../matching/index.js';
import { IDENTIFIER_SYSTEMS, type IdentifierSystems } from './identifier-systems.js';
import { IdentifiersService } from './identifiers.service.js';
import { IngestService } from './ingest.service.js';
import { MatchIndexRepository } from './match-index.repository.js';
import { PATIENT_CREATOR, type PatientCreator } from './patient-creator.js';
import { copyProfileIdentifiers, PROFILE_IDENTIFIERS_LINKED_BY } from './profile-identifiers.js';

/** The durable consumer every identity-svc instance shares. */
export const PATIENT_FEED_CONSUMER = 'identity-patient-feed';
/** The source of a Patient Graph profile's own record in the match index (its source id is the patient id). */
export const PATIENT_GRAPH_SOURCE = 'patient-graph';

/** A profile's demographics as the matcher takes them. */
export function personOfProfile(p: Partial<PatientDto>): Omit<PersonInput, 'source'> {
  const out: Omit<PersonInput, 'source'> = {};
  if (p.givenName) out.givenName = p.givenName;
  if (p.familyName) out.familyName = p.familyName;
  if (p.birthDate) out.birthDate = p.birthDate;
  if (p.sexAtBirth) out.sexAtBirth = p.sexAtBirth;
  if (p.email) out.email = p.email;
  if (p.phone) out.phone = p.phone;
  const a = p.address;
  if (a) {
    if (a.line1) out.addressLine = a.line1;
    if (a.city) out.city = a.city;
    if (a.postalCode) out.postalCode = a.postalCode;
    if (a.country && /^[A-Z]{2}$/.test(a.country)) out.country = a.country;
  }
  return out;
}

/**
 * Feeds every Patient Graph profile into the match index without reading profiles' schema and without PHI on
 * EVENTS: profiles-svc publishes `profiles.patient.changed|deleted|restored { patientId }` (ids only); this durable
 * consumer fetches the profile as identity-svc's service principal (`profiles:read`, audited by profiles-svc) and
 * upserts the record `('patient-graph', patientId)`, linked to that patient, and copies the profile's identifiers of
 * the configured systems into `patient_identifier` (copyProfileIdentifiers); the profile is decided against the other
 * patients (IngestService.decideProfile: an automatic merge, a review item, or nothing), and the partner records
 * waiting unlinked near it are decided again (IngestService.adopt). A deleted patient's record is unlinked
 * (no longer a candidate). Without a configured principal nothing is consumed: the events wait for it.
 */
@Injectable()
export class PatientFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PatientFeed');
  private loop?: ConsumeLoop;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly orm: MikroORM,
    @Inject(PATIENT_CREATOR) private readonly profiles: PatientCreator,
    @Inject(IDENTIFIER_SYSTEMS) private readonly systems: IdentifierSystems,
    private readonly ingest: IngestService,
    private readonly identifiers: IdentifiersService,
    private readonly audit: AuditPublisher,
    private readonly corrections: AuditCorrections,
  ) {}

  onApplicationBootstrap(): void {
    // Without identity-svc's principal nothing can be fetched: the events wait in the durable consumer's backlog.
    if (!this.profiles.configured) return;
    const stream = this.ns.stream(STREAM.events);
    const durable = this.ns.consumer(PATIENT_FEED_CONSUMER);
    this.loop = startConsumeLoop('patient feed', this.logger, () => consumeDurable(this.nc, this.js, stream, {
      durable_name: durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All,
      filter_subject: this.ns.subject(`${DOMAIN_EVENT_PREFIX}.profiles.patient.>`), max_ack_pending: 100,
    }, { max_messages: 50 }), (messages, took) => this.run(messages, took));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  private async run(messages: ConsumerMessages, took: () => void): Promise<void> {
    const prefix = this.ns.subject(`${DOMAIN_EVENT_PREFIX}.`);
    for await (const m of messages) {
      took();
      const name = m.subject.startsWith(prefix) ? m.subject.slice(prefix.length) : '';
      let patientId: unknown;
      try {
        patientId = m.json<{ patientId?: unknown }>().patientId;
      } catch {
        patientId = undefined;
      }
      if (typeof patientId !== 'string') {
        m.ack();
        continue;
      }
      try {
        await this.apply(name, patientId);
        m.ack();
      } catch (err) {
        // Ids only in the log. profiles-svc or the bus not answering: the event comes again.
        this.logger.warn(`could not feed patient ${patientId}: ${err instanceof Error ? err.name : typeof err}`);
        m.nak(5000);
      }
    }
  }

  /** One event: the profile's record upserted (changed, restored) or unlinked (deleted). */
  async apply(name: string, patientId: string): Promise<void> {
    if (name === PATIENT_EVENTS.deleted) {
      await this.orm.em.fork().transactional((em) => new MatchIndexRepository(em).setPatient(PATIENT_GRAPH_SOURCE, patientId, null));
      return;
    }
    if (name !== PATIENT_EVENTS.changed && name !== PATIENT_EVENTS.restored) return;
    const profile = await this.profiles.read(patientId);
    if (!profile) return;
    const normalized = normalizePerson({ ...personOfProfile(profile), source: PATIENT_GRAPH_SOURCE });
    // The partner records waiting for this person (adoption) are decided in the same transaction, which is an audited
    // unit as a request's is: the links it makes and the automatic merges they start (auditWithUnit) are acknowledged
    // by the audit stream before it commits — unacknowledged, it rolls back and the event comes again — and corrected
    // if the commit then fails. After-commit work (the merge relay's kick) runs once it committed. (The services'
    // injected EntityManager follows this transaction through the request context.)
    const run = (work: () => Promise<void>) => RequestContext.create(this.orm.em, () => withAfterCommit(() => this.orm.em.transactional(() => work())));
    await auditedUnit(this.audit, this.corrections, run, async () => {
      const em = this.orm.em;
      const record = await new MatchIndexRepository(em).upsert(PATIENT_GRAPH_SOURCE, patientId, normalized, patientId);
      const { linked } = await copyProfileIdentifiers(em, patientId, profile.identifiers ?? [], this.systems);
      for (const { system, value } of linked) {
        await this.identifiers.supersedeLinked({ source: system, sourceId: value, patientId, method: 'import', linkedBy: PROFILE_IDENTIFIERS_LINKED_BY });
      }
      // The profile is decided as a record is (a second profile of a person, or a profile after the patient a partner
      // record started): merged with a patient it is certain to when the guards allow, queued when probable.
      await this.ingest.decideProfile(record);
      await this.ingest.publish(await this.ingest.adopt(record));
      return { events: [], reply: undefined };
    });
  }
}
