import { DynamicModule, Inject, Injectable, Module, OnApplicationShutdown, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import type { NatsConnection } from '@nats-io/transport-node';
import { AuditPublisher } from '@pg/audit';
import type { GatewayConfig } from '@pg/config';
import { VALIDATION_OPTIONS } from '@pg/contracts';
import { ActorContextSigner, connectNats, jetStreamClient, NatsNamespace, NatsRpcClient } from '@pg/messaging';
import { AccessGuard } from './access/access.guard.js';
import { JwtAuthGuard } from './auth/auth.guard.js';
import { JwtStrategy } from './auth/jwt.strategy.js';
import { JwtVerifier } from './auth/jwt-verifier.js';
import { PrincipalResolver } from './auth/principal-resolver.js';
import { Forwarder } from './http/forwarder.service.js';
import { HttpExceptionFilter } from './http/http-exception.filter.js';
import { Metrics } from './http/metrics.js';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor.js';
import { createIdempotencyStore, IDEMPOTENCY_STORE } from './idempotency/idempotency.store.js';
import { IpThrottleGuard, PrincipalThrottleGuard, throttlerOptions } from './http/throttle.guard.js';
import { AccessLogController } from './routes/access-log.controller.js';
import { AuditController } from './routes/audit.controller.js';
import { HealthController } from './routes/health.controller.js';
import { IdentityController } from './routes/identity.controller.js';
import { MergesController } from './routes/merges.controller.js';
import { LabsController } from './routes/labs.controller.js';
import { FhirImportController } from './routes/fhir-import.controller.js';
import { PatientsController } from './routes/patients.controller.js';
import { ProtocolsController } from './routes/protocols.controller.js';
import { ConditionsController } from './routes/conditions.controller.js';
import { MedicationsController } from './routes/medications.controller.js';
import { CheckInsController } from './routes/check-ins.controller.js';
import { TreatmentsController } from './routes/treatments.controller.js';
import { WebhooksController } from './routes/webhooks.controller.js';
import { TimelineController } from './routes/timeline.controller.js';
import { ConversationsController } from './routes/conversations.controller.js';
import { ContextController } from './routes/context.controller.js';
import { WearableConnectionsController } from './routes/wearable-connections.controller.js';
import { WearablesController } from './routes/wearables.controller.js';
import { IdentitiesController } from './routes/identities.controller.js';
import { IdentityWebhooksController } from './routes/identity-webhooks.controller.js';
import { FhirController } from './routes/fhir.controller.js';
import { FhirBulkController } from './routes/fhir-bulk.controller.js';
import { BulkExportService } from './fhir/bulk-export.service.js';
import { GATEWAY_AUDIT_SOURCE, GATEWAY_CONFIG, NATS_CONNECTION } from './tokens.js';

export const SERVICE_NAME = 'gateway';

@Injectable()
class NatsCloser implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}
  async onApplicationShutdown(): Promise<void> {
    await this.nc.drain().catch(() => undefined);
  }
}

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    const ns = new NatsNamespace(config.natsNamespace);
    return {
      module: GatewayModule,
      imports: [
        PassportModule,
        ThrottlerModule.forRoot(throttlerOptions(config)),
      ],
      controllers: [
        HealthController, IdentityController, PatientsController, AuditController, LabsController, AccessLogController,
        ConditionsController, MedicationsController, CheckInsController, TreatmentsController, WebhooksController, ProtocolsController,
        TimelineController, ConversationsController, ContextController, WearableConnectionsController, WearablesController,
        IdentitiesController, IdentityWebhooksController,
        MergesController,
        FhirController, FhirBulkController,
        FhirImportController,
      ],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: GATEWAY_AUDIT_SOURCE, useValue: { service: SERVICE_NAME, instance: config.instanceId } },
        { provide: NatsNamespace, useValue: ns },
        {
          provide: NATS_CONNECTION,
          useFactory: () => connectNats(config.natsUrl, SERVICE_NAME),
        },
        {
          provide: NatsRpcClient,
          useFactory: (nc: NatsConnection) => new NatsRpcClient(nc, ns, new ActorContextSigner(config.contextSigningKey), config.rpcTimeoutMs),
          inject: [NATS_CONNECTION],
        },
        {
          provide: AuditPublisher,
          useFactory: (nc: NatsConnection) => new AuditPublisher(jetStreamClient(nc, config.auditAckTimeoutMs), ns, SERVICE_NAME, config.auditAckTimeoutMs),
          inject: [NATS_CONNECTION],
        },
        { provide: IDEMPOTENCY_STORE, useFactory: () => createIdempotencyStore(config) },
        NatsCloser,
        JwtVerifier,
        JwtStrategy,
        PrincipalResolver,
        Forwarder,
        BulkExportService,
        Metrics,
        // Guards run in this order: IP limit, authentication + principal, principal limit, CASL.
        { provide: APP_GUARD, useClass: IpThrottleGuard },
        { provide: APP_GUARD, useClass: JwtAuthGuard },
        { provide: APP_GUARD, useClass: PrincipalThrottleGuard },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_PIPE, useValue: new ValidationPipe(VALIDATION_OPTIONS) },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
