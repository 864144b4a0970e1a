import { Inject, Injectable, Logger } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager, JetStreamApiCodes, JetStreamApiError, type JetStreamClient } from '@nats-io/jetstream';
import { JETSTREAM, NATS_CONNECTION } from '@pg/audit';
import { AUDIT_EVENTS, DOMAIN_EVENT_PREFIX, type ChainCheckpointedEvent } from '@pg/contracts';
import { NatsNamespace, publishDomainEvent, STREAM } from '@pg/messaging';

/**
 * The signed chain head outside Postgres: every checkpoint is also published on the EVENTS stream
 * (`events.audit.chain.checkpointed`), where a database superuser cannot reach it. Verification compares the
 * table with the latest one, and the writer refuses to sign a head when the table no longer holds what the
 * latest one says (so a rewritten table never gets a fresh signature from audit-svc itself).
 */
@Injectable()
export class CheckpointAnchor {
  private readonly logger = new Logger('CheckpointAnchor');
  private readonly subject: string;

  constructor(
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly ns: NatsNamespace,
  ) {
    this.subject = ns.subject(`${DOMAIN_EVENT_PREFIX}.${AUDIT_EVENTS.chainCheckpointed}`);
  }

  /** Publishes a checkpoint; a failure is logged, not thrown (the next checkpoint is published again). */
  async publish(checkpoint: ChainCheckpointedEvent): Promise<boolean> {
    try {
      await publishDomainEvent(this.js, this.ns, AUDIT_EVENTS.chainCheckpointed, checkpoint, `chain-checkpoint-${checkpoint.keyId}-${checkpoint.sequence}`);
      return true;
    } catch (err) {
      this.logger.warn(`could not publish chain checkpoint ${checkpoint.sequence} (${(err as Error).name}); the next one will be`);
      return false;
    }
  }

  /** The latest published checkpoint; null when none was published (or the stream is gone). */
  async latest(): Promise<ChainCheckpointedEvent | null> {
    try {
      const jsm = await jetstreamManager(this.nc);
      const msg = await jsm.streams.getMessage(this.ns.stream(STREAM.events), { last_by_subj: this.subject });
      return msg ? msg.json<ChainCheckpointedEvent>() : null;
    } catch (err) {
      // No EVENTS stream (yet): nothing was published where it could be read.
      if (err instanceof JetStreamApiError && err.code === JetStreamApiCodes.StreamNotFound) return null;
      throw err;
    }
  }
}
