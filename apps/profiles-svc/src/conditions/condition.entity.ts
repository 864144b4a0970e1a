import { defineEntity, p } from '@mikro-orm/core';
import type { CodeSystem, ConditionClinicalStatus, ConditionVerificationStatus } from '@pg/contracts';

/** A patient's condition (FHIR Condition, the parts the clinic records). `removedAt` set: deleted, kept, never listed. */
export const ConditionSchema = defineEntity({
  name: 'Condition',
  tableName: 'condition',
  indexes: [{ name: 'condition_patient_idx', properties: ['patientId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    codeSystem: p.string().length(100).$type<CodeSystem>().nullable(),
    code: p.string().length(20).nullable(),
    display: p.string().length(200),
    clinicalStatus: p.string().length(16).$type<ConditionClinicalStatus>(),
    verificationStatus: p.string().length(24).$type<ConditionVerificationStatus>().nullable(),
    onsetDate: p.string().columnType('date').nullable(),
    abatementDate: p.string().columnType('date').nullable(),
    note: p.text().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    createdBy: p.uuid().nullable(),
    removedAt: p.datetime().nullable(),
    removedBy: p.uuid().nullable(),
  },
});

export class Condition extends ConditionSchema.class {}
ConditionSchema.setClass(Condition);
