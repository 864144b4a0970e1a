import { defineEntity, p } from '@mikro-orm/core';

/** A daily check-in: (patient, date) is unique, so a second one that day replaces the first. */
export const CheckInSchema = defineEntity({
  name: 'CheckIn',
  tableName: 'check_in',
  uniques: [{ name: 'check_in_patient_date_key', properties: ['patientId', 'date'] }],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    date: p.string().columnType('date'),
    energy: p.smallint(),
    mood: p.smallint(),
    focus: p.smallint(),
    sleepQuality: p.smallint(),
    note: p.text().nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class CheckIn extends CheckInSchema.class {}
CheckInSchema.setClass(CheckIn);
