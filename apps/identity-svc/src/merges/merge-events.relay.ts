import { Injectable } from '@nestjs/common';
import { outboxRelay } from '@pg/persistence';
import { IdentityEvent } from './merge.entity.js';

/** The merge saga's events through identity-svc's outbox `identity_event_outbox` (libs/persistence OutboxRelay). */
@Injectable()
export class MergeEventsRelay extends outboxRelay(IdentityEvent, 'MergeEvents') {}
