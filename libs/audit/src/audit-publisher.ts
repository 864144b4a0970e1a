import { randomUUID } from 'node:crypto';
import { JetStreamClient } from '@nats-io/jetstream';
import { AUDIT_RECORD_SUBJECT, AuditEvent, DomainException } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';

export type AuditEventInput = Omit<AuditEvent, 'id' | 'recordedAt'> & { id?: string; recordedAt?: string };

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

  async publish(input: AuditEventInput): Promise<AuditEvent> {
    const event: AuditEvent = { ...input, id: input.id ?? randomUUID(), recordedAt: input.recordedAt ?? new Date().toISOString() };
    try {
      await this.js.publish(this.subject, JSON.stringify(event), { msgID: event.id, timeout: this.ackTimeoutMs });
    } catch {
      throw DomainException.unavailable('The audit trail is unavailable; nothing was returned or changed');
    }
    return event;
  }

  /** Publishes all, concurrently; fails if any one is not acknowledged. */
  async publishAll(inputs: AuditEventInput[]): Promise<AuditEvent[]> {
    return Promise.all(inputs.map((e) => this.publish(e)));
  }
}
