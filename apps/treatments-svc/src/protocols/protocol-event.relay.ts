import { BeforeApplicationShutdown, Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient } from '@nats-io/jetstream';
import { JETSTREAM } from '@pg/audit';
import { NatsNamespace } from '@pg/messaging';
import { OutboxRelay } from '@pg/persistence';
import { ProtocolEvent } from './protocol-event.entity.js';

/** Protocol events through the outbox `protocol_event_outbox` (libs/persistence OutboxRelay). */
@Injectable()
export class ProtocolEventRelay extends OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(em: EntityManager, orm: MikroORM, @Inject(JETSTREAM) js: JetStreamClient, ns: NatsNamespace) {
    super(em, orm, js, ns, ProtocolEvent, 'ProtocolEvents');
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  beforeApplicationShutdown(): void {
    this.stop();
  }
}
