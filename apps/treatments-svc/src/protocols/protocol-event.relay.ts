import { Injectable } from '@nestjs/common';
import { outboxRelay } from '@pg/persistence';
import { ProtocolEvent } from './protocol-event.entity.js';

/** Protocol events through the outbox `protocol_event_outbox` (libs/persistence OutboxRelay). */
@Injectable()
export class ProtocolEventRelay extends outboxRelay(ProtocolEvent, 'ProtocolEvents') {}
