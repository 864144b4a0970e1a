import { TreatmentsMergeParticipant } from './merge/treatments-merge.participant.js';
import { DynamicModule, Module } from '@nestjs/common';
import { DEFAULT_PROFILES_SERVICE_SUBJECT, loadRimoSettings, type RimoSettings, type ServiceConfig } from '@pg/config';
import { TREATMENTS } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PatientStateModule, PersistenceModule } from '@pg/persistence';
import { treatmentsOrmOptions } from './mikro-orm.config.js';
import { AdherenceHandler } from './adherence/adherence.handler.js';
import { AdherenceService } from './adherence/adherence.service.js';
import { DoseLogRepository } from './adherence/dose-log.repository.js';
import { TreatmentsFhirImportHandler } from './fhir-import/treatments-fhir-import.handler.js';
import { FHIR_IMPORT_SUBJECT, TreatmentsFhirImportService } from './fhir-import/treatments-fhir-import.service.js';
import { ProtocolEventRelay } from './protocols/protocol-event.relay.js';
import { ProtocolRepository } from './protocols/protocol.repository.js';
import { ProtocolsHandler } from './protocols/protocols.handler.js';
import { ProtocolsService } from './protocols/protocols.service.js';
import { PrescriptionLedger } from './prescriptions/prescription.ledger.js';
import { PrescriptionRepository } from './prescriptions/prescription.repository.js';
import { PrescriptionsHandler } from './prescriptions/prescriptions.handler.js';
import { PrescriptionsService } from './prescriptions/prescriptions.service.js';
import { TreatmentEventsPublisher } from './treatments/treatment-events.publisher.js';
import { TreatmentLedger } from './treatments/treatment.ledger.js';
import { TreatmentRepository } from './treatments/treatment.repository.js';
import { TreatmentsHandler } from './treatments/treatments.handler.js';
import { TreatmentsService } from './treatments/treatments.service.js';
import { ParkedEventsService } from './webhooks/parked-events.service.js';
import { PartnerInboxProcessor } from './webhooks/partner-inbox.processor.js';
import { PartnerInboxRepository } from './webhooks/partner-inbox.repository.js';
import { DIRECTORY_OPTIONS, PATIENT_DIRECTORY, ProfilesPatientDirectory } from './webhooks/patient-directory.js';
import { ProfileEventsListener } from './webhooks/profile-events.listener.js';
import { RimoEventApplier } from './webhooks/rimo-event.applier.js';
import { RimoWebhookService } from './webhooks/rimo-webhook.service.js';
import { RIMO_SETTINGS } from './webhooks/rimo.settings.js';
import { WebhooksHandler } from './webhooks/webhooks.handler.js';

export const SERVICE_NAME = 'treatments-svc';

@Module({})
export class TreatmentsModule {
  /**
   * `config.rimo` defaults to the settings loaded from no variables (the development secret, no patient resolution);
   * `config.fhirImportSubject` to profiles-svc's principal as `npm start` names it (docs/rbac.md, "FHIR import").
   */
  static forRoot(config: ServiceConfig & { rimo?: RimoSettings; fhirImportSubject?: string }): DynamicModule {
    const rimo = config.rimo ?? loadRimoSettings({});
    return {
      module: TreatmentsModule,
      imports: [ServiceRuntimeModule.forService(SERVICE_NAME, config), PersistenceModule.forRoot(treatmentsOrmOptions(config)), PatientStateModule.forService(SERVICE_NAME, config)],
      controllers: [TreatmentsHandler, PrescriptionsHandler, WebhooksHandler, ProtocolsHandler, AdherenceHandler, TreatmentsFhirImportHandler, healthHandler(TREATMENTS.health, SERVICE_NAME)],
      providers: [
        { provide: RIMO_SETTINGS, useValue: rimo },
        TreatmentsMergeParticipant,
        { provide: DIRECTORY_OPTIONS, useValue: { natsUrl: config.natsUrl, ...(rimo.serviceCredential ? { credential: rimo.serviceCredential } : {}) } },
        ProfilesPatientDirectory,
        { provide: PATIENT_DIRECTORY, useExisting: ProfilesPatientDirectory },
        TreatmentEventsPublisher, TreatmentRepository, TreatmentLedger, TreatmentsService,
        PrescriptionRepository, PrescriptionLedger, PrescriptionsService,
        PartnerInboxRepository, PartnerInboxProcessor, RimoEventApplier, RimoWebhookService, ParkedEventsService, ProfileEventsListener,
        ProtocolRepository, DoseLogRepository, ProtocolEventRelay, ProtocolsService, AdherenceService,
        { provide: FHIR_IMPORT_SUBJECT, useValue: config.fhirImportSubject ?? DEFAULT_PROFILES_SERVICE_SUBJECT }, TreatmentsFhirImportService,
      ],
    };
  }
}
