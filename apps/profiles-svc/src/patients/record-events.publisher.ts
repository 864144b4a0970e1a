import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JetStreamClient } from '@nats-io/jetstream';
import { afterCommit, JETSTREAM } from '@pg/audit';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';

/**
 * Publishes profiles-svc's domain events on EVENTS once the request's transaction committed (a rolled-back change
 * announces nothing). `eventId` is the JetStream message id: a repeat of the same change is deduplicated. A failed
 * publish does not undo the committed change: it is logged by name only (no ids of people, no payload).
 */
@Injectable()
export class RecordEventsPublisher {
  private readonly logger = new Logger('ProfilesEvents');

  constructor(@Inject(JETSTREAM) private readonly js: JetStreamClient, private readonly ns: NatsNamespace) {}

  afterCommit(name: string, event: object, eventId: string): void {
    afterCommit(async () => {
      try {
        await publishDomainEvent(this.js, this.ns, name, event, eventId);
      } catch (err) {
        this.logger.warn(`could not publish ${name}: ${err instanceof Error ? err.name : typeof err}`);
      }
    });
  }
}
