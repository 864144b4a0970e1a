import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { JetStreamClient } from '@nats-io/jetstream';
import { afterCommit, JETSTREAM } from '@pg/audit';
import { CareTeamChangedEvent, IDENTITY_EVENTS, PrincipalChangedEvent } from '@pg/contracts';
import { NatsNamespace, publishDomainEvent } from '@pg/messaging';

/**
 * Publishes identity's domain events on EVENTS after a change has committed. Gateways drop their cached
 * principal of the event's subject. A failed publish does not undo the committed change: it is logged, and
 * the gateway's cache TTL bounds how long a stale principal can live.
 */
@Injectable()
export class IdentityEventsPublisher {
  private readonly logger = new Logger('IdentityEvents');

  constructor(
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
  ) {}

  principalChanged(principal: { id: string; subject: string }, change: PrincipalChangedEvent['change']): Promise<void> {
    return this.afterCommit(IDENTITY_EVENTS.principalChanged, new PrincipalChangedEvent(principal.id, principal.subject, change));
  }

  careTeamChanged(patientId: string, principal: { id: string; subject: string }, change: CareTeamChangedEvent['change']): Promise<void> {
    return this.afterCommit(IDENTITY_EVENTS.careTeamChanged, new CareTeamChangedEvent(patientId, principal.id, principal.subject, change));
  }

  /**
   * Published once the request's transaction committed (and before the reply): a gateway that drops its cached
   * principal and asks again must find the change, never the state before it.
   */
  private async afterCommit(name: string, event: object): Promise<void> {
    afterCommit(() => this.publish(name, event));
  }

  private async publish(name: string, event: object): Promise<void> {
    try {
      await publishDomainEvent(this.js, this.ns, name, event, randomUUID());
    } catch (err) {
      // Ids only: no subject, no payload.
      this.logger.warn(`could not publish ${name}: ${err instanceof Error ? err.name : typeof err}`);
    }
  }
}
