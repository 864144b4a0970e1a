import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { JETSTREAM } from '@pg/audit';
import { NatsNamespace } from '@pg/messaging';
import { OutboxRelay } from '@pg/persistence';
import { IdentityEvent } from './merge.entity.js';

/** The merge saga's events through identity-svc's outbox `identity_event_outbox` (libs/persistence OutboxRelay). */
@Injectable()
export class MergeEventsRelay extends OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(em: EntityManager, orm: MikroORM, @Inject(JETSTREAM) js: JetStreamClient, ns: NatsNamespace) {
    super(em, orm, js, ns, IdentityEvent, 'MergeEvents');
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  beforeApplicationShutdown(): void {
    this.stop();
  }
}
