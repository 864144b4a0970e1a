import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { NATS_CONNECTION } from '@pg/audit';
import { DOMAIN_EVENT_PREFIX } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';
import { ParkedEventsService } from './parked-events.service.js';

/** Parked events are also tried again this often, in case a profile changed without an event (or one was missed). */
export const PARKED_SWEEP_MS = 5 * 60_000;

/**
 * Replays parked partner events when profiles change (`events.profiles.>`: a patient created or changed may now
 * hold the partner's identifier), and every PARKED_SWEEP_MS. Changes that come while a replay runs make one more run
 * after it, not one each.
 */
@Injectable()
export class ProfileEventsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private subscription?: Subscription;
  private running?: Promise<void>;
  private again = false;
  private sweep?: NodeJS.Timeout;

  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection, private readonly ns: NatsNamespace, private readonly parked: ParkedEventsService) {}

  async onApplicationBootstrap(): Promise<void> {
    // One replica per profile event replays (a queue group): the replay walks every parked row, so every replica
    // doing it for each event was the same work N times.
    this.subscription = this.nc.subscribe(this.ns.subject(`${DOMAIN_EVENT_PREFIX}.profiles.>`), {
      queue: 'treatments-parked-replay',
      callback: (err) => { if (!err) void this.trigger(); },
    });
    await this.nc.flush();
    this.sweep = setInterval(() => void this.trigger(), PARKED_SWEEP_MS);
    this.sweep.unref();
  }

  /** Runs a replay now, or once more after the one running. Resolves when no replay is pending. */
  trigger(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.parked.replayAll().catch(() => 0);
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscription?.unsubscribe();
    if (this.sweep) clearInterval(this.sweep);
    await this.running;
  }
}
