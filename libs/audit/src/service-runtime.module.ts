import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE, Reflector } from '@nestjs/core';
import type { NatsConnection } from '@nats-io/transport-node';
import { JetStreamClient } from '@nats-io/jetstream';
import { CursorCodec, VALIDATION_OPTIONS } from '@pg/contracts';
import type { BaseConfig } from '@pg/config';
import { ActorContextSigner, connectNats, jetStreamClient, NatsNamespace, RpcDomainExceptionFilter } from '@pg/messaging';
import { AuditCorrections } from './audit-corrections.js';
import { AuditPublisher } from './audit-publisher.js';
import { AUDIT_SOURCE, RpcAuditInterceptor } from './rpc-audit.interceptor.js';

export const NATS_CONNECTION = Symbol('NATS_CONNECTION');
export const JETSTREAM = Symbol('JETSTREAM');

@Injectable()
class NatsConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(NATS_CONNECTION) private readonly nc: NatsConnection) {}
  async onApplicationShutdown(): Promise<void> {
    await this.nc.drain().catch(() => undefined);
  }
}

/**
 * What every domain service runs on: its NATS connection for JetStream, the namespace, the context signer,
 * the audit publisher, the page cursor codec, and the global pipe, interceptor and filter of the RPC path. A
 * service's root module imports this once; its handlers then only declare @AuditedPattern.
 */
@Global()
@Module({})
export class ServiceRuntimeModule {
  static forService(serviceName: string, config: BaseConfig): DynamicModule {
    return {
      module: ServiceRuntimeModule,
      providers: [
        { provide: NatsNamespace, useValue: new NatsNamespace(config.natsNamespace) },
        { provide: ActorContextSigner, useValue: new ActorContextSigner(config.internalContextKey) },
        { provide: CursorCodec, useValue: new CursorCodec(config.internalContextKey) },
        { provide: AUDIT_SOURCE, useValue: { service: serviceName, instance: config.instanceId } },
        {
          provide: NATS_CONNECTION,
          useFactory: () => connectNats(config.natsUrl, `${serviceName}-js`),
        },
        {
          provide: JETSTREAM,
          useFactory: (nc: NatsConnection) => jetStreamClient(nc, config.auditAckTimeoutMs),
          inject: [NATS_CONNECTION],
        },
        {
          provide: AuditPublisher,
          useFactory: (js: JetStreamClient, ns: NatsNamespace) => new AuditPublisher(js, ns, serviceName, config.auditAckTimeoutMs),
          inject: [JETSTREAM, NatsNamespace],
        },
        {
          provide: AuditCorrections,
          useFactory: (publisher: AuditPublisher) => new AuditCorrections(publisher, config.auditOutboxDir, config.natsNamespace, serviceName, config.instanceId),
          inject: [AuditPublisher],
        },
        NatsConnectionCloser,
        Reflector,
        { provide: APP_PIPE, useValue: new ValidationPipe(VALIDATION_OPTIONS) },
        { provide: APP_INTERCEPTOR, useClass: RpcAuditInterceptor },
        { provide: APP_FILTER, useClass: RpcDomainExceptionFilter },
      ],
      exports: [NatsNamespace, ActorContextSigner, CursorCodec, AUDIT_SOURCE, NATS_CONNECTION, JETSTREAM, AuditPublisher, AuditCorrections],
    };
  }
}
