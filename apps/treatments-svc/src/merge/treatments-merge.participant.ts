import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { JETSTREAM, NATS_CONNECTION } from '@pg/audit';
import { NatsNamespace } from '@pg/messaging';
import { MergeParticipantRunner, PATIENT_STATE_MARKER, type MergeTable } from '@pg/persistence';

/**
 * treatments-svc's rows of a patient, as a merge moves them (docs/identity.md, "Merges"). No unique key here includes
 * the patient, so nothing is superseded. Protocol versions and dose logs are append-only rows whose `patient_id` alone
 * may change (their trigger allows it): a merge moves them, never rewrites them.
 */
export const TREATMENTS_MERGE_TABLES: readonly MergeTable[] = [
  { table: 'protocol' },
  { table: 'protocol_version' },
  { table: 'protocol_dose' },
  { table: 'treatment' },
  { table: 'prescription' },
  { table: 'partner_webhook_parked' },
];

@Injectable()
export class TreatmentsMergeParticipant extends MergeParticipantRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) nc: NatsConnection, @Inject(JETSTREAM) js: JetStreamClient, ns: NatsNamespace, orm: MikroORM) {
    super(nc, js, ns, orm, { service: 'treatments-svc', tables: TREATMENTS_MERGE_TABLES, marker: PATIENT_STATE_MARKER });
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.stop();
  }
}
