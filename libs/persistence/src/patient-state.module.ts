import { BeforeApplicationShutdown, DynamicModule, Global, Inject, Injectable, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, DeliverPolicy, type ConsumerMessages, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { decide, defineAbilityFor } from '@pg/access';
import { JETSTREAM, NATS_CONNECTION, PATIENT_GATE, type PatientGate } from '@pg/audit';
import { DOMAIN_EVENT_PREFIX, isUuid, PATIENT_EVENTS, type ActorContext } from '@pg/contracts';
import { consumeDurable, NatsNamespace, startConsumeLoop, STREAM, type ConsumeLoop } from '@pg/messaging';
import { markPatientDeleted, markPatientRestored, notLivePatientIds, requireLivePatient } from './patient-state.js';

const PATIENT_STATE_SCHEMA = Symbol('PATIENT_STATE_SCHEMA');
const PATIENT_STATE_DURABLE = Symbol('PATIENT_STATE_DURABLE');
const ms = (n: number) => n * 1_000_000;

/** The durable consumer of `events.profiles.patient.>` of one service: `<service-short-name>-patient-state`. */
export const patientStateDurable = (serviceName: string) => `${serviceName.replace(/-svc$/, '')}-patient-state`;

/** The entity manager of the current unit (its transaction, when a write), or a fresh fork. */
function currentEm(orm: MikroORM) {
  return (RequestContext.getEntityManager() as MikroORM['em'] | undefined) ?? orm.em.fork();
}

/** The PatientGate of a service with a `patient_state` table (one primary-key lookup per patient asked about). */
@Injectable()
export class OrmPatientGate implements PatientGate {
  constructor(private readonly orm: MikroORM, @Inject(PATIENT_STATE_SCHEMA) private readonly schema: string) {}

  require(patientId: string, actor: ActorContext): Promise<void> {
    const ability = defineAbilityFor(actor);
    return requireLivePatient(currentEm(this.orm), this.schema, patientId, (survivor) => decide(ability, 'read', 'Patient', survivor) === 'allow');
  }

  notLive(patientIds: readonly string[]): Promise<ReadonlySet<string>> {
    return notLivePatientIds(currentEm(this.orm), this.schema, patientIds);
  }
}

/**
 * Feeds `patient_state` from profiles-svc's soft deletes: a durable JetStream pull consumer on
 * `events.profiles.patient.>` shared by the service's replicas, so a service that was down catches up on restart.
 * One message at a time (max_ack_pending 1): a delete and its restore are applied in the order they happened.
 * An event that is not one (no patient id) is acked and dropped; a database failure makes it come again.
 */
@Injectable()
export class PatientStateConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('PatientStateConsumer');
  private loop?: ConsumeLoop;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly orm: MikroORM,
    @Inject(PATIENT_STATE_SCHEMA) private readonly schema: string,
    @Inject(PATIENT_STATE_DURABLE) private readonly durableName: string,
  ) {}

  private get stream() {
    return this.ns.stream(STREAM.events);
  }
  private get durable() {
    return this.ns.consumer(this.durableName);
  }
  private subject(name: string) {
    return this.ns.subject(`${DOMAIN_EVENT_PREFIX}.${name}`);
  }

  onApplicationBootstrap(): void {
    this.loop = startConsumeLoop('patient-state', this.logger, () => consumeDurable(this.nc, this.js, this.stream, {
      durable_name: this.durable,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      filter_subject: this.subject('profiles.patient.>'),
      ack_wait: ms(30_000),
      max_ack_pending: 1,
    }, { max_messages: 10 }), (messages, took) => this.run(messages, took));
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  private async run(messages: ConsumerMessages, took: () => void): Promise<void> {
    for await (const m of messages) {
      took();
      try {
        await this.apply(m.subject, m.json<{ patientId?: unknown; occurredAt?: unknown }>());
        m.ack();
      } catch (err) {
        this.logger.warn(`a patient state event was not applied: ${err instanceof Error ? err.name : 'error'}`);
        m.nak(Math.min(30_000, 500 * 2 ** m.info.deliveryCount));
      }
    }
  }

  private async apply(subject: string, event: { patientId?: unknown; occurredAt?: unknown }): Promise<void> {
    if (!isUuid(event.patientId)) return;
    const at = typeof event.occurredAt === 'string' && Number.isFinite(Date.parse(event.occurredAt)) ? new Date(event.occurredAt) : new Date();
    const em = this.orm.em.fork();
    if (subject === this.subject(PATIENT_EVENTS.deleted)) await markPatientDeleted(em, this.schema, event.patientId, at);
    else if (subject === this.subject(PATIENT_EVENTS.restored)) await markPatientRestored(em, this.schema, event.patientId, at);
  }
}

/**
 * What a data service (labs-svc, treatments-svc, identity-svc) imports to hide deleted and merged patients: the
 * PatientGate every audited call goes through (libs/audit) and the consumer keeping `<schema>.patient_state`.
 */
@Global()
@Module({})
export class PatientStateModule {
  static forService(serviceName: string, config: { dbSchema: string }): DynamicModule {
    return {
      module: PatientStateModule,
      providers: [
        { provide: PATIENT_STATE_SCHEMA, useValue: config.dbSchema },
        { provide: PATIENT_STATE_DURABLE, useValue: patientStateDurable(serviceName) },
        { provide: PATIENT_GATE, useClass: OrmPatientGate },
        PatientStateConsumer,
      ],
      exports: [PATIENT_GATE],
    };
  }
}
