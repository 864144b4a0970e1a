import { MergeJournalSchema, ormOptions, PatientStateSchema } from '@pg/persistence';
import type { ServiceConfig } from '@pg/config';
import { BiomarkerSchema } from './biomarkers/biomarker.entity.js';
import { LabReportSchema } from './lab-reports/lab-report.entity.js';
import { LabResultSchema } from './lab-results/lab-result.entity.js';
import { Migration20261124060000_biomarker } from './migrations/Migration20261124060000_biomarker.js';
import { Migration20261124061000_biomarker_catalog } from './migrations/Migration20261124061000_biomarker_catalog.js';
import { Migration20261124062000_lab_reports } from './migrations/Migration20261124062000_lab_reports.js';
import { Migration20261129070000_lab_report_request_key } from './migrations/Migration20261129070000_lab_report_request_key.js';
import { Migration20261129100000_biomarker_catalog_v2 } from './migrations/Migration20261129100000_biomarker_catalog_v2.js';
import { Migration20261129110000_lab_clinic } from './migrations/Migration20261129110000_lab_clinic.js';
import { Migration20261129120000_wearables } from './migrations/Migration20261129120000_wearables.js';
import { Migration20261129130000_wearable_connections } from './migrations/Migration20261129130000_wearable_connections.js';
import { Migration20261130030000_merges } from './migrations/Migration20261130030000_merges.js';
import { Migration20261130040000_patient_state } from './migrations/Migration20261130040000_patient_state.js';
import { Migration20261130070000_wearable_ingest } from './migrations/Migration20261130070000_wearable_ingest.js';
import { Migration20261201060000_wearable_rollup } from './migrations/Migration20261201060000_wearable_rollup.js';
import { Migration20261204300000_rollup_unit_bytewise } from './migrations/Migration20261204300000_rollup_unit_bytewise.js';
import { Migration20261205000000_biomarker_catalog_v3 } from './migrations/Migration20261205000000_biomarker_catalog_v3.js';
import { Migration20261206000000_biomarker_catalog_v4 } from './migrations/Migration20261206000000_biomarker_catalog_v4.js';
import { Migration20261207000000_biomarker_catalog_v5 } from './migrations/Migration20261207000000_biomarker_catalog_v5.js';
import { Migration20261208000000_biomarker_catalog_v6 } from './migrations/Migration20261208000000_biomarker_catalog_v6.js';
import { Migration20261209000000_biomarker_catalog_v7 } from './migrations/Migration20261209000000_biomarker_catalog_v7.js';
import { Migration20261210000000_biomarker_catalog_v8 } from './migrations/Migration20261210000000_biomarker_catalog_v8.js';
import { Migration20261211000000_biomarker_catalog_v9 } from './migrations/Migration20261211000000_biomarker_catalog_v9.js';
import { Migration20261212000000_normalize_stored_results } from './migrations/Migration20261212000000_normalize_stored_results.js';
import { Migration20261213000000_biomarker_catalog_v10 } from './migrations/Migration20261213000000_biomarker_catalog_v10.js';
import { Migration20261213000001_stored_results_v10 } from './migrations/Migration20261213000001_stored_results_v10.js';
import { Migration20261214000000_biomarker_catalog_v11 } from './migrations/Migration20261214000000_biomarker_catalog_v11.js';
import { Migration20261202040000_wearable_rollup_from_stage } from './migrations/Migration20261202040000_wearable_rollup_from_stage.js';
import { WearableConnectionSchema, WearableOauthStateSchema, WearableWebhookInboxSchema } from './wearables/sync/wearable-connection.entity.js';
import { WEARABLE_SQL_TABLES, WearableImportSchema } from './wearables/wearable-import.entity.js';
import { Migration20261130050000_fhir_import_ledger } from './migrations/Migration20261130050000_fhir_import_ledger.js';
import { Migration20261201020000_lab_result_comment } from './migrations/Migration20261201020000_lab_result_comment.js';
import { LabsFhirImportLedgerSchema } from './fhir-import/fhir-import-ledger.entity.js';

/** labs-svc's ORM options: entities and migrations listed explicitly. Used by the app, the launcher and tests. */
export function labsOrmOptions(config: ServiceConfig) {
  const options = ormOptions(config, {
    entities: [BiomarkerSchema, LabReportSchema, LabResultSchema, WearableImportSchema, WearableConnectionSchema, WearableOauthStateSchema, WearableWebhookInboxSchema, PatientStateSchema, MergeJournalSchema, LabsFhirImportLedgerSchema],
    migrations: [
      Migration20261124060000_biomarker, Migration20261124061000_biomarker_catalog, Migration20261124062000_lab_reports, Migration20261129070000_lab_report_request_key,
      Migration20261129100000_biomarker_catalog_v2, Migration20261129110000_lab_clinic, Migration20261129120000_wearables, Migration20261129130000_wearable_connections,
      Migration20261130030000_merges, Migration20261130040000_patient_state, Migration20261130070000_wearable_ingest,
      Migration20261130050000_fhir_import_ledger, Migration20261201020000_lab_result_comment, Migration20261201060000_wearable_rollup,
      Migration20261202040000_wearable_rollup_from_stage, Migration20261204300000_rollup_unit_bytewise, Migration20261205000000_biomarker_catalog_v3,
      Migration20261206000000_biomarker_catalog_v4, Migration20261207000000_biomarker_catalog_v5,
      Migration20261208000000_biomarker_catalog_v6, Migration20261209000000_biomarker_catalog_v7,
      Migration20261210000000_biomarker_catalog_v8, Migration20261211000000_biomarker_catalog_v9, Migration20261212000000_normalize_stored_results,
      Migration20261213000000_biomarker_catalog_v10, Migration20261213000001_stored_results_v10,
      Migration20261214000000_biomarker_catalog_v11,
    ],
  });
  // The wearable sample tables and their partition function are the migrations' alone (partitioned; written with SQL, no entities).
  return { ...options, schemaGenerator: { ...options.schemaGenerator, skipTables: [...WEARABLE_SQL_TABLES], ignoreRoutines: true } };
}
