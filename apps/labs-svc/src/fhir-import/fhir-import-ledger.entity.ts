import { defineEntity, p } from '@mikro-orm/core';

/** What FHIR imports wrote here, one row per source resource of a patient (see the migration). */
export const LabsFhirImportLedgerSchema = defineEntity({
  name: 'LabsFhirImportLedger',
  tableName: 'fhir_import_ledger',
  indexes: [{ name: 'fhir_import_ledger_first_idx', properties: ['firstImportId'] }],
  checks: [{ name: 'fhir_import_ledger_kind_check', expression: `"kind" in ('report', 'result')` }],
  properties: {
    patientId: p.uuid().primary(),
    sourceKey: p.text().primary(),
    kind: p.string().length(16).$type<'report' | 'result'>(),
    rowId: p.uuid(),
    contentHash: p.string().length(64),
    firstImportId: p.uuid(),
    lastImportId: p.uuid(),
    updatedAt: p.datetime(),
  },
});
export class LabsFhirImportLedger extends LabsFhirImportLedgerSchema.class {}
LabsFhirImportLedgerSchema.setClass(LabsFhirImportLedger);
