import { DynamicModule, Module } from '@nestjs/common';
import type { FhirImportSettings, ServiceConfig } from '@pg/config';
import { PROFILES } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PersistenceModule, RETENTION_PURGE_INTERVAL_MS, RETENTION_TASK, RetentionPurger } from '@pg/persistence';
import { profilesOrmOptions } from './mikro-orm.config.js';
import { PatientRepository } from './patients/patient.repository.js';
import { PatientsHandler } from './patients/patients.handler.js';
import { PatientsService } from './patients/patients.service.js';
import { ProfilesMergeParticipant } from './patients/profiles-merge.participant.js';
import { RecordEventsPublisher } from './patients/record-events.publisher.js';
import { ConditionRepository } from './conditions/condition.repository.js';
import { ConditionsHandler } from './conditions/conditions.handler.js';
import { ConditionsService } from './conditions/conditions.service.js';
import { MedicationRepository } from './medications/medication.repository.js';
import { MedicationsHandler } from './medications/medications.handler.js';
import { MedicationsService } from './medications/medications.service.js';
import { CheckInRepository } from './check-ins/check-in.repository.js';
import { CheckInsHandler } from './check-ins/check-ins.handler.js';
import { CheckInsService } from './check-ins/check-ins.service.js';
import { TimelineHandler } from './timeline/timeline.handler.js';
import { TimelineProjector } from './timeline/timeline.projector.js';
import { TimelineRepository } from './timeline/timeline.repository.js';
import { TimelineService } from './timeline/timeline.service.js';
import { ConversationRepository } from './conversations/conversation.repository.js';
import { ConversationsHandler } from './conversations/conversations.handler.js';
import { ConversationsService } from './conversations/conversations.service.js';
import { ProfilesContextHandler } from './context/profiles-context.handler.js';
import { ProfilesContextService } from './context/profiles-context.service.js';
import { FhirImportSaga } from './fhir-import/fhir-import.saga.js';
import { FhirImportsHandler } from './fhir-import/fhir-imports.handler.js';
import { FhirImportsService } from './fhir-import/fhir-imports.service.js';
import { NatsPatientMatcher, PATIENT_MATCHER } from './fhir-import/identity-match.client.js';
import { IMPORT_PRINCIPAL_OPTIONS, ImportPrincipal } from './fhir-import/import-principal.js';
import { LABS_PART, NatsLabsPart } from './fhir-import/labs-part.client.js';
import { NatsTreatmentsPart, TREATMENTS_PART } from './fhir-import/treatments-part.client.js';
import { PatientRetentionTask } from './retention/patient-retention.task.js';

export const SERVICE_NAME = 'profiles-svc';

@Module({})
export class ProfilesModule {
  /** `config.fhirImport` absent: no service principal (an import with a lab part is rolled back, saying why). */
  static forRoot(config: ServiceConfig & { fhirImport?: FhirImportSettings }): DynamicModule {
    const credential = config.fhirImport?.serviceCredential;
    return {
      module: ProfilesModule,
      imports: [ServiceRuntimeModule.forService(SERVICE_NAME, config), PersistenceModule.forRoot(profilesOrmOptions(config))],
      controllers: [
        PatientsHandler, ConditionsHandler, MedicationsHandler, CheckInsHandler, TimelineHandler, ConversationsHandler, ProfilesContextHandler, FhirImportsHandler, healthHandler(PROFILES.health, SERVICE_NAME),
      ],
      providers: [
        PatientRepository, PatientsService, RecordEventsPublisher, ProfilesMergeParticipant,
        // Retention purge (docs/clinical-record.md): hard-deletes soft-deleted records past their retention date.
        PatientRetentionTask.forConfig(config), { provide: RETENTION_TASK, useClass: PatientRetentionTask },
        { provide: RETENTION_PURGE_INTERVAL_MS, useValue: config.retentionPurgeIntervalMs }, RetentionPurger,
        ConditionRepository, ConditionsService, MedicationRepository, MedicationsService, CheckInRepository, CheckInsService,
        TimelineRepository, TimelineService, TimelineProjector,
        ConversationRepository, ConversationsService, ProfilesContextService,
        { provide: IMPORT_PRINCIPAL_OPTIONS, useValue: { natsUrl: config.natsUrl, ...(credential ? { credential } : {}) } },
        ImportPrincipal,
        { provide: LABS_PART, useClass: NatsLabsPart },
        { provide: TREATMENTS_PART, useClass: NatsTreatmentsPart },
        { provide: PATIENT_MATCHER, useClass: NatsPatientMatcher },
        FhirImportSaga, FhirImportsService,
      ],
    };
  }
}
