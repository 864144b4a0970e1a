import { DynamicModule, Module } from '@nestjs/common';
import type { AuditServiceConfig } from '@pg/config';
import { AUDIT } from '@pg/contracts';
import { ServiceRuntimeModule } from '@pg/audit';
import { healthHandler, PersistenceModule } from '@pg/persistence';
import { auditOrmOptions } from './mikro-orm.config.js';
import { ChainSigner } from './chain/chain-signer.js';
import { CheckpointAnchor } from './chain/checkpoint-anchor.js';
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
 * audit-svc's ORM options at run time: those of its migrations. It logs in as its own role, `<schema>_writer`
 * (`AUDIT_DATABASE_URL`, set by `npm start` and compose), which may SELECT and INSERT and nothing else; the
 * tables belong to `<schema>_owner` (docs/security.md, "Database roles").
 */
export function auditRuntimeOrmOptions(config: AuditServiceConfig) {
  return auditOrmOptions(config);
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
