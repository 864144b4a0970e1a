import { defineEntity, p } from '@mikro-orm/core';
import type { CodeSystem, MedicationRoute, MedicationStatus } from '@pg/contracts';

/** A medication the patient takes or took (FHIR MedicationStatement). `removedAt` set: deleted, kept, never listed. */
export const MedicationSchema = defineEntity({
  name: 'Medication',
  tableName: 'medication',
  indexes: [{ name: 'medication_patient_idx', properties: ['patientId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    codeSystem: p.string().length(100).$type<CodeSystem>().nullable(),
    code: p.string().length(20).nullable(),
    codeDisplay: p.string().length(300).nullable(),
    name: p.string().length(300),
    dose: p.string().length(100).nullable(),
    route: p.string().length(16).$type<MedicationRoute>().nullable(),
    frequency: p.string().length(100).nullable(),
    status: p.string().length(24).$type<MedicationStatus>(),
    startDate: p.string().columnType('date').nullable(),
    endDate: p.string().columnType('date').nullable(),
    note: p.text().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
    createdBy: p.uuid().nullable(),
    removedAt: p.datetime().nullable(),
    removedBy: p.uuid().nullable(),
  },
});

export class Medication extends MedicationSchema.class {}
MedicationSchema.setClass(Medication);
