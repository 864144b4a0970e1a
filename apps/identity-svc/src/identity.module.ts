import { DynamicModule, Module } from '@nestjs/common';
import { DEFAULT_PROFILES_SERVICE_SUBJECT, type IdentityServiceConfig } from '@pg/config';
import { IDENTITY } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PatientStateModule, PersistenceModule } from '@pg/persistence';
import { AdminBootstrap, BOOTSTRAP_ADMIN_SUBJECT } from './bootstrap/admin-bootstrap.service.js';
import { CareTeamHandler } from './care-team/care-team.handler.js';
import { CareTeamRepository } from './care-team/care-team.repository.js';
import { CareTeamService } from './care-team/care-team.service.js';
import { IdentityEventsPublisher } from './events/identity-events.publisher.js';
import { IDENTIFIER_SYSTEMS } from './identities/identifier-systems.js';
import { IdentifierRepository } from './identities/identifier.repository.js';
import { IdentifiersService } from './identities/identifiers.service.js';
import { IdentitiesHandler } from './identities/identities.handler.js';
import { FHIR_IMPORT_SUBJECT, ImportMatchService } from './identities/import-match.service.js';
import { IngestService } from './identities/ingest.service.js';
import { MatchIndexRepository } from './identities/match-index.repository.js';
import { MatchingService } from './identities/matching.service.js';
import { PATIENT_CREATOR, PATIENT_CREATOR_OPTIONS, ProfilesPatientCreator } from './identities/patient-creator.js';
import { ResolveIdentityService } from './identities/resolve-identity.service.js';
import { PatientFeed } from './identities/patient-feed.js';
import { ReviewHandler } from './review/review.handler.js';
import { ReviewRepository } from './review/review.repository.js';
import { ReviewService } from './review/review.service.js';
import { BIGCOMMERCE_API } from './webhooks/bigcommerce-customers.js';
import { IdentityWebhooksHandler } from './webhooks/identity-webhooks.handler.js';
import { IdentityWebhooksService, WEBHOOK_SECRETS } from './webhooks/identity-webhooks.service.js';
import { IdentityMergeParticipant } from './merges/identity-merge.participant.js';
import { MergeCoordinator } from './merges/merge-coordinator.js';
import { MergeEventsRelay } from './merges/merge-events.relay.js';
import { MergesHandler } from './merges/merges.handler.js';
import { MergesService } from './merges/merges.service.js';
import { identityOrmOptions } from './mikro-orm.config.js';
import { PrincipalRepository } from './principals/principal.repository.js';
import { PrincipalsHandler } from './principals/principals.handler.js';
import { PrincipalsService } from './principals/principals.service.js';
import { ServiceCredentialsHandler } from './service-credentials/service-credentials.handler.js';
import { IDENTITY_CONFIG, ServiceCredentialsService } from './service-credentials/service-credentials.service.js';

export const SERVICE_NAME = 'identity-svc';

@Module({})
export class IdentityModule {
  static forRoot(config: IdentityServiceConfig): DynamicModule {
    return {
      module: IdentityModule,
      imports: [ServiceRuntimeModule.forService(SERVICE_NAME, config), PersistenceModule.forRoot(identityOrmOptions(config)), PatientStateModule.forService(SERVICE_NAME, config)],
      controllers: [
        PrincipalsHandler, CareTeamHandler, ServiceCredentialsHandler, healthHandler(IDENTITY.health, SERVICE_NAME),
        IdentitiesHandler, ReviewHandler, IdentityWebhooksHandler, MergesHandler,
      ],
      providers: [
        { provide: BOOTSTRAP_ADMIN_SUBJECT, useValue: config.bootstrapAdminSubject ?? null },
        { provide: IDENTITY_CONFIG, useValue: config },
        { provide: FHIR_IMPORT_SUBJECT, useValue: config.fhirImportSubject ?? DEFAULT_PROFILES_SERVICE_SUBJECT },
        ServiceCredentialsService,
        PrincipalRepository,
        CareTeamRepository,
        IdentityEventsPublisher,
        PrincipalsService,
        CareTeamService,
        AdminBootstrap,
        { provide: IDENTIFIER_SYSTEMS, useValue: config.identities.systems },
        { provide: WEBHOOK_SECRETS, useValue: { clerk: config.identities.clerkWebhookSecrets, bigcommerce: config.identities.bigcommerceWebhookSecrets } },
        { provide: BIGCOMMERCE_API, useValue: config.identities.bigcommerceApi },
        { provide: PATIENT_CREATOR_OPTIONS, useValue: { natsUrl: config.natsUrl, credential: config.identities.serviceCredential } },
        { provide: PATIENT_CREATOR, useClass: ProfilesPatientCreator },
        IdentifierRepository, MatchIndexRepository, ReviewRepository,
        IdentifiersService, MatchingService, IngestService, ResolveIdentityService, ImportMatchService, ReviewService, IdentityWebhooksService, PatientFeed,
        MergeEventsRelay,
        MergesService,
        MergeCoordinator,
        IdentityMergeParticipant,
      ],
    };
  }
}
