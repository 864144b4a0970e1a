import { DynamicModule, Module } from '@nestjs/common';
import type { ServiceConfig } from '@pg/config';
import { TREATMENTS } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PersistenceModule } from '@pg/persistence';
import { treatmentsOrmOptions } from './mikro-orm.config.js';
import { AdherenceHandler } from './adherence/adherence.handler.js';
import { AdherenceService } from './adherence/adherence.service.js';
import { DoseLogRepository } from './adherence/dose-log.repository.js';
import { ProtocolEventRelay } from './protocols/protocol-event.relay.js';
import { ProtocolRepository } from './protocols/protocol.repository.js';
import { ProtocolsHandler } from './protocols/protocols.handler.js';
import { ProtocolsService } from './protocols/protocols.service.js';

export const SERVICE_NAME = 'treatments-svc';

@Module({})
export class TreatmentsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: TreatmentsModule,
      imports: [ServiceRuntimeModule.forService(SERVICE_NAME, config), PersistenceModule.forRoot(treatmentsOrmOptions(config))],
      controllers: [ProtocolsHandler, AdherenceHandler, healthHandler(TREATMENTS.health, SERVICE_NAME)],
      providers: [ProtocolRepository, DoseLogRepository, ProtocolEventRelay, ProtocolsService, AdherenceService],
    };
  }
}
