import { DynamicModule, Module } from '@nestjs/common';
import type { IdentityServiceConfig } from '@pg/config';
import { IDENTITY } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PatientStateModule, PersistenceModule } from '@pg/persistence';
import { AdminBootstrap, BOOTSTRAP_ADMIN_SUBJECT } from './bootstrap/admin-bootstrap.service.js';
import { CareTeamHandler } from './care-team/care-team.handler.js';
import { CareTeamRepository } from './care-team/care-team.repository.js';
import { CareTeamService } from './care-team/care-team.service.js';
import { IdentityEventsPublisher } from './events/identity-events.publisher.js';
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
      controllers: [PrincipalsHandler, CareTeamHandler, ServiceCredentialsHandler, MergesHandler, healthHandler(IDENTITY.health, SERVICE_NAME)],
      providers: [
        { provide: BOOTSTRAP_ADMIN_SUBJECT, useValue: config.bootstrapAdminSubject ?? null },
        { provide: IDENTITY_CONFIG, useValue: config },
        ServiceCredentialsService,
        PrincipalRepository,
        CareTeamRepository,
        IdentityEventsPublisher,
        PrincipalsService,
        CareTeamService,
        AdminBootstrap,
        MergeEventsRelay,
        MergesService,
        MergeCoordinator,
        IdentityMergeParticipant,
      ],
    };
  }
}
