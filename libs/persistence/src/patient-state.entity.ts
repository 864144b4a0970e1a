import { defineEntity, p } from '@mikro-orm/core';

/**
 * `<schema>.patient_state` (patient-state.ts): listed in the entities of each service that has the table, so the
 * ORM's schema diff agrees with the service's migration. Written and read with SQL only (patient-state.ts).
 */
export const PatientStateSchema = defineEntity({
  name: 'PatientState',
  tableName: 'patient_state',
  properties: {
    patientId: p.uuid().primary(),
    state: p.text().$type<'deleted' | 'merged'>(),
    mergedInto: p.uuid().nullable(),
    changedAt: p.datetime(),
  },
});
