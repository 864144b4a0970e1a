import { MergeJournalSchema, ormOptions } from '@pg/persistence';
import type { ServiceConfig } from '@pg/config';
import { PatientSchema } from './patients/patient.entity.js';
import { ConditionSchema } from './conditions/condition.entity.js';
import { MedicationSchema } from './medications/medication.entity.js';
import { CheckInSchema } from './check-ins/check-in.entity.js';
import { Migration20261124000000_patients } from './migrations/Migration20261124000000_patients.js';
import { Migration20261129160000_patient_record_fields } from './migrations/Migration20261129160000_patient_record_fields.js';
import { Migration20261129161000_conditions_medications } from './migrations/Migration20261129161000_conditions_medications.js';
import { Migration20261129162000_check_ins } from './migrations/Migration20261129162000_check_ins.js';
import { TimelineEntrySchema } from './timeline/timeline-entry.entity.js';
import { ConversationMessageSchema, ConversationSchema } from './conversations/conversation.entity.js';
import { Migration20261130030000_merges } from './migrations/Migration20261130030000_merges.js';
import { Migration20261129170000_timeline_conversations } from './migrations/Migration20261129170000_timeline_conversations.js';
import { Migration20261130050000_fhir_import } from './migrations/Migration20261130050000_fhir_import.js';
import { FhirImportLedgerSchema, FhirImportSchema } from './fhir-import/fhir-import.entity.js';

/** profiles-svc's ORM options: entities and migrations listed explicitly. Used by the app, the launcher and tests. */
export function profilesOrmOptions(config: ServiceConfig) {
  return ormOptions(config, {
    entities: [PatientSchema, ConditionSchema, MedicationSchema, CheckInSchema, TimelineEntrySchema, ConversationSchema, ConversationMessageSchema, MergeJournalSchema, FhirImportSchema, FhirImportLedgerSchema],
    migrations: [
      Migration20261124000000_patients,
      Migration20261129160000_patient_record_fields,
      Migration20261129161000_conditions_medications,
      Migration20261129162000_check_ins,
      Migration20261129170000_timeline_conversations,
      Migration20261130030000_merges,
      Migration20261130050000_fhir_import,
    ],
  });
}
