import { Injectable } from '@nestjs/common';
import { PROTOCOL_EVENTS, ProtocolChangedEvent } from '@pg/contracts';
import { outboxRelay } from '@pg/persistence';
import { ProtocolEvent } from './protocol-event.entity.js';
import type { ProtocolVersion } from './protocol-version.entity.js';

/** Protocol events through the outbox `protocol_event_outbox` (libs/persistence OutboxRelay). */
@Injectable()
export class ProtocolEventRelay extends outboxRelay(ProtocolEvent, 'ProtocolEvents') {
  /** `treatments.protocol.changed` of a new version, through the outbox: written with the version, published once committed. */
  announce(v: ProtocolVersion): void {
    const event = new ProtocolChangedEvent(v.protocolId, v.patientId, v.version, v.status, v.createdAt.toISOString());
    this.record(PROTOCOL_EVENTS.protocolChanged, event, `${PROTOCOL_EVENTS.protocolChanged}:${v.protocolId}:${v.version}`);
  }
}
