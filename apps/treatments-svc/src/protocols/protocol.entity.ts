import { defineEntity, p } from '@mikro-orm/core';
import type { ProtocolStatus } from '@pg/contracts';

/**
 * A protocol's head: whose it is, its newest version number and status (for lists and the write lock). What the
 * protocol says lives in its versions (protocol_version), which are never changed.
 */
export const ProtocolSchema = defineEntity({
  name: 'Protocol',
  tableName: 'protocol',
  indexes: [{ name: 'protocol_patient_idx', properties: ['patientId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    latestVersion: p.integer(),
    status: p.string().length(16).$type<ProtocolStatus>(),
    createdBy: p.string().columnType('text'),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});

export class Protocol extends ProtocolSchema.class {}
ProtocolSchema.setClass(Protocol);
