import { DynamicModule, Module } from '@nestjs/common';
import { CompiledQuery, type DatabaseConnection } from 'kysely';
import type { AuditServiceConfig } from '@pg/config';
import { AUDIT } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PersistenceModule } from '@pg/persistence';
import { auditOrmOptions } from './mikro-orm.config.js';
import { ChainSigner } from './chain/chain-signer.js';
import { CheckpointAnchor } from './chain/checkpoint-anchor.js';
import { quoteIdent } from './events/audit-event.projection.js';
import { AuditEventRepository } from './events/audit-event.repository.js';
import { AuditEventsHandler } from './events/audit-events.handler.js';
import { AuditEventsService } from './events/audit-events.service.js';
import { ChainVerifications } from './events/chain-verification.js';
import { VerifyJobRepository } from './events/verify-job.repository.js';
import { VerifyJobRunner } from './events/verify-job.runner.js';
import { AUDIT_SETTINGS, AuditChainWriter } from './ingest/audit-chain.writer.js';
import { AuditStreamConsumer } from './ingest/audit-stream.consumer.js';
import { ChainMaintenance } from './ingest/chain-maintenance.js';

export const SERVICE_NAME = 'audit-svc';

/**
 * audit-svc's ORM options at run time: every connection acts as the schema's writer role (INSERT and SELECT,
 * nothing else), whatever role it logged in as. Migrations use `auditOrmOptions` as is (the owner).
 */
export function auditRuntimeOrmOptions(config: AuditServiceConfig) {
  const setRole = CompiledQuery.raw(`set role ${quoteIdent(config.audit.writerRole)}`);
  return {
    ...auditOrmOptions(config),
    onCreateConnection: async (connection: unknown) => {
      await (connection as DatabaseConnection).executeQuery(setRole);
    },
  };
}

@Module({})
export class AuditModule {
  static forRoot(config: AuditServiceConfig): DynamicModule {
    return {
      module: AuditModule,
      imports: [ServiceRuntimeModule.forService(SERVICE_NAME, config), PersistenceModule.forRoot(auditRuntimeOrmOptions(config))],
      controllers: [AuditEventsHandler, healthHandler(AUDIT.health, SERVICE_NAME)],
      providers: [
        { provide: AUDIT_SETTINGS, useValue: config.audit },
        { provide: ChainSigner, useFactory: () => ChainSigner.fromFile(config.audit.signingKeyFile, config.audit.verifyKeysDir) },
        CheckpointAnchor,
        AuditEventRepository,
        ChainVerifications,
        VerifyJobRepository,
        VerifyJobRunner,
        AuditEventsService,
        AuditChainWriter,
        AuditStreamConsumer,
        ChainMaintenance,
      ],
    };
  }
}
