import { DynamicModule, Module } from '@nestjs/common';
import type { ServiceConfig } from '@pg/config';
import { TREATMENTS } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PersistenceModule } from '@pg/persistence';
import { treatmentsOrmOptions } from './mikro-orm.config.js';

export const SERVICE_NAME = 'treatments-svc';

@Module({})
export class TreatmentsModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: TreatmentsModule,
      imports: [ServiceRuntimeModule.forService(SERVICE_NAME, config), PersistenceModule.forRoot(treatmentsOrmOptions(config))],
      controllers: [healthHandler(TREATMENTS.health, SERVICE_NAME)],
      providers: [],
    };
  }
}
