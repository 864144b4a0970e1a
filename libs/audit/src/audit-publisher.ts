import { randomUUID } from 'node:crypto';
import { JetStreamApiError, JetStreamError, type JetStreamClient } from '@nats-io/jetstream';
import { AUDIT_RECORD_SUBJECT, AuditEvent, DomainException, ErrorCode } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';

export type AuditEventInput = Omit<AuditEvent, 'id' | 'recordedAt'> & { id?: string; recordedAt?: string };

/**
 * The stream did not acknowledge every event: the caller must not answer with data (UNAVAILABLE). `maybeStored`
 * are the events the stream took or may have taken (acknowledged, or no answer in time: an ack that times out
 * can follow a store), for which an outcome correction is owed if the unit they describe does not hold.
 */
export class AuditNotAcknowledged extends DomainException {
  constructor(readonly maybeStored: readonly AuditEvent[]) {
    super(ErrorCode.UNAVAILABLE, 'The audit trail is unavailable; nothing was returned or changed');
  }
}

/** True when the publish certainly stored nothing: no stream listens, or the stream answered with a refusal. */
function certainlyNotStored(err: unknown): boolean {
  // JetStreamNotEnabled (no responders: nothing listens on the subject) is not exported by @nats-io/jetstream.
  return (err as Error | undefined)?.name === 'JetStreamNotEnabled' || err instanceof JetStreamApiError || err instanceof JetStreamError;
}

/**
 * Publishes audit events to the AUDIT stream and waits for JetStream's ack. The event id is the message id,
 * so a retried publish is stored once. If no ack comes within the bound, the caller gets UNAVAILABLE and must
 * not answer with data: no access without a record.
 */
export class AuditPublisher {
  private readonly subject: string;

  constructor(
    private readonly js: JetStreamClient,
    ns: NatsNamespace,
    private readonly serviceName: string,
    private readonly ackTimeoutMs: number,
  ) {
    this.subject = ns.subject(`${AUDIT_RECORD_SUBJECT}.${serviceName}`);
  }

  /** The event as it will be published: its id and `recordedAt` fixed now, so a retry publishes the same event. */
  static complete(input: AuditEventInput): AuditEvent {
    return { ...input, id: input.id ?? randomUUID(), recordedAt: input.recordedAt ?? new Date().toISOString() };
  }

  async publish(input: AuditEventInput): Promise<AuditEvent> {
    const event = AuditPublisher.complete(input);
    try {
      await this.js.publish(this.subject, JSON.stringify(event), { msgID: event.id, timeout: this.ackTimeoutMs });
    } catch (err) {
      throw new AuditNotAcknowledged(certainlyNotStored(err) ? [] : [event]);
    }
    return event;
  }

  /**
   * Publishes all, concurrently; fails if any one is not acknowledged, with AuditNotAcknowledged naming every
   * event the stream took or may have taken (so the caller can correct their outcome).
   */
  async publishAll(inputs: AuditEventInput[]): Promise<AuditEvent[]> {
    const events = inputs.map((e) => AuditPublisher.complete(e));
    const settled = await Promise.allSettled(events.map((e) => this.publish(e)));
    if (settled.every((s) => s.status === 'fulfilled')) return events;
    const maybeStored = events.filter((e, i) => {
      const s = settled[i]!;
      return s.status === 'fulfilled' || (s.reason instanceof AuditNotAcknowledged && s.reason.maybeStored.length > 0);
    });
    throw new AuditNotAcknowledged(maybeStored);
  }
}
