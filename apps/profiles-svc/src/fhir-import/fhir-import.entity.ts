import { defineEntity, p } from '@mikro-orm/core';
import type { FhirImportDto, FhirImportState } from '@pg/contracts';

/** One import of a FHIR Bundle: the saga's state (docs/fhir.md "Import"). */
export const FhirImportSchema = defineEntity({
  name: 'FhirImport',
  tableName: 'fhir_import',
  indexes: [{ name: 'fhir_import_open_idx', expression: `create index "fhir_import_open_idx" on "fhir_import" ("created_at") where "state" in ('pending', 'running')` }],
  checks: [{ name: 'fhir_import_state_check', expression: `"state" in ('pending', 'running', 'completed', 'failed', 'rolled_back')` }],
  properties: {
    id: p.uuid().primary(),
    state: p.string().length(16).$type<FhirImportState>(),
    object: p.text(),
    size: p.bigint('number'),
    sha256: p.string().length(64),
    patientId: p.uuid().nullable(),
    step: p.string().length(32).default('queued'),
    resources: p.integer().default(0),
    attempts: p.integer().default(0),
    report: p.json<NonNullable<FhirImportDto['report']>>().nullable(),
    error: p.text().nullable(),
    requestedBy: p.uuid().nullable(),
    leaseUntil: p.datetime().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export class FhirImport extends FhirImportSchema.class {}
FhirImportSchema.setClass(FhirImport);

export type LedgerKind = 'patient' | 'condition' | 'medication' | 'encounter';

/** What the imports wrote here, one row per source resource of a patient (see the migration). */
export const FhirImportLedgerSchema = defineEntity({
  name: 'FhirImportLedger',
  tableName: 'fhir_import_ledger',
  indexes: [{ name: 'fhir_import_ledger_first_idx', properties: ['firstImportId'] }],
  checks: [{ name: 'fhir_import_ledger_kind_check', expression: `"kind" in ('patient', 'condition', 'medication', 'encounter')` }],
  properties: {
    patientId: p.uuid().primary(),
    sourceKey: p.text().primary(),
    kind: p.string().length(16).$type<LedgerKind>(),
    rowId: p.uuid(),
    contentHash: p.string().length(64),
    firstImportId: p.uuid(),
    lastImportId: p.uuid(),
    updatedAt: p.datetime(),
  },
});
export class FhirImportLedger extends FhirImportLedgerSchema.class {}
FhirImportLedgerSchema.setClass(FhirImportLedger);
