import { defineEntity, p } from '@mikro-orm/core';
import type { ProtocolRoute, ProtocolStatus } from '@pg/contracts';

/** One item as a version stores it; `id` stays the same across versions that continue the item. */
export interface StoredProtocolItem {
  id: string;
  compound: string;
  dose: number;
  /** UCUM, as ucum-lhc normalised it. */
  unit: string;
  route: ProtocolRoute;
  schedule: { rrule: string; dtstart?: string };
  instructions?: string;
}

/**
 * One version of a protocol, immutable (a trigger refuses UPDATE and DELETE, except moving the row to another
 * patient on a merge). In force from `effectiveFrom` (null: from the start) until the next version's.
 */
export const ProtocolVersionSchema = defineEntity({
  name: 'ProtocolVersion',
  tableName: 'protocol_version',
  indexes: [{ name: 'protocol_version_patient_idx', properties: ['patientId'] }],
  uniques: [{ name: 'protocol_version_protocol_version_key', properties: ['protocolId', 'version'] }],
  // The migration's trigger, declared so the ORM's schema diff agrees with it (tested).
  triggers: [{
    name: 'protocol_version_append_only', timing: 'before', events: ['update', 'delete'],
    expression: 'create trigger "protocol_version_append_only" before update or delete on "protocol_version" for each row execute function "append_only_row"()',
  }],
  properties: {
    id: p.uuid().primary(),
    protocolId: p.uuid(),
    patientId: p.uuid(),
    version: p.integer(),
    name: p.string().columnType('text'),
    status: p.string().length(16).$type<ProtocolStatus>(),
    startDate: p.string().columnType('date'),
    endDate: p.string().columnType('date').nullable(),
    timeZone: p.string().length(64),
    items: p.json<StoredProtocolItem[]>(),
    effectiveFrom: p.datetime().nullable(),
    createdBy: p.string().columnType('text'),
    createdAt: p.datetime(),
  },
});

export class ProtocolVersion extends ProtocolVersionSchema.class {}
ProtocolVersionSchema.setClass(ProtocolVersion);
