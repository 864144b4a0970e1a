import { defineEntity, p } from '@mikro-orm/core';
import type { DoseStatus } from '@pg/contracts';

/**
 * A dose the patient (or the assistant, or a clinician) logged: taken, skipped or late. Append-only: a later log
 * of the same dose (item, due time) supersedes an earlier one, which stays (a trigger refuses UPDATE and DELETE,
 * except moving the row to another patient on a merge).
 */
export const DoseLogSchema = defineEntity({
  name: 'DoseLog',
  tableName: 'protocol_dose',
  indexes: [{ name: 'protocol_dose_protocol_due_idx', properties: ['protocolId', 'dueAt', 'recordedAt'] }],
  // The migration's trigger, declared so the ORM's schema diff agrees with it (tested).
  triggers: [{
    name: 'protocol_dose_append_only', timing: 'before', events: ['update', 'delete'],
    expression: 'create trigger "protocol_dose_append_only" before update or delete on "protocol_dose" for each row execute function "append_only_row"()',
  }],
  properties: {
    id: p.uuid().primary(),
    protocolId: p.uuid(),
    patientId: p.uuid(),
    itemId: p.uuid(),
    version: p.integer(),
    dueAt: p.datetime(),
    status: p.string().length(16).$type<DoseStatus>(),
    takenAt: p.datetime().nullable(),
    note: p.string().columnType('text').nullable(),
    recordedBy: p.string().columnType('text'),
    recordedAt: p.datetime(),
  },
});

export class DoseLog extends DoseLogSchema.class {}
DoseLogSchema.setClass(DoseLog);
