import { defineEntity, p } from '@mikro-orm/core';
import type { AuditEvent } from '@pg/contracts';

/**
 * A stored audit event. Read-only to the ORM: rows are written by the chain writer only (raw SQL, in batches),
 * and the table refuses UPDATE, DELETE and TRUNCATE.
 */
export const AuditEventRecordSchema = defineEntity({
  name: 'AuditEventRecord',
  tableName: 'audit_event',
  readonly: true,
  properties: {
    sequence: p.bigint('string').primary(),
    streamSequence: p.bigint('string'),
    id: p.uuid().unique(),
    recordedAt: p.datetime(),
    storedAt: p.datetime(),
    action: p.text(),
    outcome: p.text(),
    reason: p.text().nullable(),
    actorPrincipalId: p.uuid().nullable(),
    actorSubject: p.text().nullable(),
    actorRoles: p.array(),
    actorKind: p.text(),
    onBehalfOf: p.text().nullable(),
    sourceService: p.text(),
    sourceInstance: p.text(),
    sourceIp: p.text().nullable(),
    sourceUserAgent: p.text().nullable(),
    resourceType: p.text(),
    resourceId: p.text().nullable(),
    patientId: p.uuid().nullable(),
    query: p.json<Record<string, string | number | boolean>>().nullable(),
    purposeOfUse: p.text(),
    breakGlass: p.boolean(),
    breakGlassReason: p.text().nullable(),
    disclosure: p.json<NonNullable<AuditEvent['disclosure']>>().nullable(),
    requestId: p.text(),
    traceId: p.text().nullable(),
    event: p.json<AuditEvent>(),
    prevHash: p.string().length(64),
    hash: p.string().length(64),
  },
});

export class AuditEventRecord extends AuditEventRecordSchema.class {}
AuditEventRecordSchema.setClass(AuditEventRecord);
