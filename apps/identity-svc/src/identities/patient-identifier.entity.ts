import { defineEntity, p } from '@mikro-orm/core';
import type { IdentifierMethod } from '@pg/contracts';

/**
 * An external identifier `(system, value)` of a patient, with its provenance. The pair is unique over the table:
 * unlinking tombstones the row (history kept), and a later link of the pair takes the row over.
 */
export const PatientIdentifierSchema = defineEntity({
  name: 'PatientIdentifier',
  tableName: 'patient_identifier',
  indexes: [{ name: 'patient_identifier_patient_idx', properties: ['patientId', 'linkedAt', 'id'] }],
  uniques: [{ name: 'patient_identifier_system_value_unique', properties: ['system', 'value'] }],
  checks: [{ name: 'patient_identifier_method_check', expression: `"method" in ('webhook', 'manual', 'auto-link', 'import', 'merge')` }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    system: p.string().length(40),
    value: p.string().length(200),
    method: p.string().length(16).$type<IdentifierMethod>(),
    linkedBy: p.string().length(200),
    linkedAt: p.datetime(),
    tombstonedAt: p.datetime().nullable(),
  },
});

export class PatientIdentifier extends PatientIdentifierSchema.class {}
PatientIdentifierSchema.setClass(PatientIdentifier);
