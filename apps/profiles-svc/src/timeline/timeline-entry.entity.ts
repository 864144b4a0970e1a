import { defineEntity, p } from '@mikro-orm/core';

/**
 * One timeline entry: projected from a domain event (`event_key` = the event's message id, unique, so a replay
 * inserts nothing twice) or recorded by hand (`event_key` = `manual:<id>`, with title and note). Read through
 * TimelineRepository's SQL; declared so the ORM's schema diff agrees with the migration (tested).
 */
export const TimelineEntrySchema = defineEntity({
  name: 'TimelineEntry',
  tableName: 'timeline_entry',
  indexes: [
    { name: 'timeline_entry_patient_idx', properties: ['patientId', 'occurredAt', 'id'] },
    { name: 'timeline_entry_patient_type_idx', properties: ['patientId', 'type', 'occurredAt', 'id'] },
  ],
  uniques: [{ name: 'timeline_entry_event_key_key', properties: ['eventKey'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    type: p.string().length(40),
    occurredAt: p.datetime(),
    sourceService: p.string().length(40),
    sourceKind: p.string().length(40),
    sourceId: p.uuid(),
    summary: p.json<Record<string, unknown>>().defaultRaw(`'{}'`),
    title: p.string().length(200).nullable(),
    note: p.string().columnType('text').nullable(),
    eventName: p.string().length(100).nullable(),
    eventKey: p.string().length(200),
    recordedBy: p.uuid().nullable(),
    recordedAt: p.datetime(),
  },
});

export class TimelineEntry extends TimelineEntrySchema.class {}
TimelineEntrySchema.setClass(TimelineEntry);
