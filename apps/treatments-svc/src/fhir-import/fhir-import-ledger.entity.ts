import { defineEntity, p } from '@mikro-orm/core';

/**
 * What FHIR imports wrote here, one row per imported CarePlan of a patient (see the migration): the key that makes a
 * second import of the same bundle add nothing, and what the undo of an import removes.
 */
export const TreatmentsFhirImportLedgerSchema = defineEntity({
  name: 'TreatmentsFhirImportLedger',
  tableName: 'fhir_import_ledger',
  indexes: [{ name: 'fhir_import_ledger_first_idx', properties: ['firstImportId'] }],
  properties: {
    patientId: p.uuid().primary(),
    sourceKey: p.text().primary(),
    protocolId: p.uuid(),
    contentHash: p.string().length(64),
    firstImportId: p.uuid(),
    lastImportId: p.uuid(),
    /** Set by the undo, in its transaction, just before it deletes the protocol: the versions' trigger lets that delete through. */
    undoing: p.boolean().default(false),
    updatedAt: p.datetime(),
  },
});
export class TreatmentsFhirImportLedger extends TreatmentsFhirImportLedgerSchema.class {}
TreatmentsFhirImportLedgerSchema.setClass(TreatmentsFhirImportLedger);
