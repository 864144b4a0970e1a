import { MergeJournalSchema, ormOptions, PatientStateSchema } from '@pg/persistence';
import type { ServiceConfig } from '@pg/config';
import { PartnerWebhookReceiptSchema } from './webhooks/partner-webhook-receipt.entity.js';
import { ParkedEventSchema } from './webhooks/parked-event.entity.js';
import { TreatmentSchema, TreatmentTransitionSchema } from './treatments/treatment.entity.js';
import { PrescriptionEventSchema, PrescriptionSchema } from './prescriptions/prescription.entity.js';
import { Migration20261124060000_partner_webhook_receipt } from './migrations/Migration20261124060000_partner_webhook_receipt.js';
import { Migration20261129150000_treatments_prescriptions } from './migrations/Migration20261129150000_treatments_prescriptions.js';
import { Migration20261130030000_merges } from './migrations/Migration20261130030000_merges.js';
import { Migration20261129140000_protocols } from './migrations/Migration20261129140000_protocols.js';
import { Migration20261130040000_patient_state } from './migrations/Migration20261130040000_patient_state.js';
import { Migration20261201010000_partner_inbox_pending } from './migrations/Migration20261201010000_partner_inbox_pending.js';
import { Migration20261203300000_fhir_import_ledger } from './migrations/Migration20261203300000_fhir_import_ledger.js';
import { TreatmentsFhirImportLedgerSchema } from './fhir-import/fhir-import-ledger.entity.js';
import { ProtocolSchema } from './protocols/protocol.entity.js';
import { ProtocolVersionSchema } from './protocols/protocol-version.entity.js';
import { DoseLogSchema } from './adherence/dose-log.entity.js';
import { ProtocolEventSchema } from './protocols/protocol-event.entity.js';

/** treatments-svc's ORM options: entities and migrations listed explicitly. Used by the app, the launcher and tests. */
export function treatmentsOrmOptions(config: ServiceConfig) {
  return ormOptions(config, {
    entities: [
      PartnerWebhookReceiptSchema, ParkedEventSchema, TreatmentSchema, TreatmentTransitionSchema, PrescriptionSchema, PrescriptionEventSchema,
      ProtocolSchema, ProtocolVersionSchema, DoseLogSchema, ProtocolEventSchema,
      PatientStateSchema, MergeJournalSchema, TreatmentsFhirImportLedgerSchema,
    ],
    migrations: [Migration20261124060000_partner_webhook_receipt, Migration20261129140000_protocols, Migration20261129150000_treatments_prescriptions, Migration20261130030000_merges, Migration20261130040000_patient_state, Migration20261201010000_partner_inbox_pending,
      Migration20261203300000_fhir_import_ledger],
  });
}
