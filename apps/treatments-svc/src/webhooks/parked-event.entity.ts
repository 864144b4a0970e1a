import { defineEntity, p } from '@mikro-orm/core';
import type { ParkedEventStatus, RimoEventType } from '@pg/contracts';

/**
 * A partner event whose patient was not known when it came: stored (the partner got its 2xx), listed for admins,
 * replayed when the identity appears. The payload is kept only while it waits (cleared once replayed).
 */
export const ParkedEventSchema = defineEntity({
  name: 'ParkedEvent',
  tableName: 'partner_webhook_parked',
  indexes: [{ name: 'partner_webhook_parked_status_idx', properties: ['status', 'parkedAt', 'id'] }],
  uniques: [{ name: 'partner_webhook_parked_partner_event_id_unique', properties: ['partner', 'eventId'] }],
  properties: {
    id: p.uuid().primary(),
    partner: p.string().length(32),
    eventId: p.string().length(200),
    type: p.string().length(32).$type<RimoEventType>(),
    partnerPatientId: p.string().length(100),
    /** The patient it resolved to when replayed. */
    patientId: p.uuid().nullable(),
    payload: p.json<Record<string, unknown>>().nullable(),
    reason: p.string().columnType('text'),
    status: p.string().length(16).$type<ParkedEventStatus>(),
    attempts: p.integer().default(0),
    parkedAt: p.datetime(),
    replayedAt: p.datetime().nullable(),
  },
});

export class ParkedEvent extends ParkedEventSchema.class {}
ParkedEventSchema.setClass(ParkedEvent);
