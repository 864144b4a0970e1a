import { DynamicModule, Global, Inject, Injectable, Module, OnApplicationShutdown, OnModuleInit, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE, Reflector } from '@nestjs/core';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { JetStreamClient } from '@nats-io/jetstream';
import { CursorCodec, DOMAIN_EVENT_PREFIX, IDENTITY_EVENTS, VALIDATION_OPTIONS, type PrincipalChangedEvent } from '@pg/contracts';
import type { ServiceConfig } from '@pg/config';
import { ActorContextVerifier, connectNats, jetStreamClient, NatsNamespace, RpcDomainExceptionFilter } from '@pg/messaging';
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
 * Keeps the verifier's revocations: when identity-svc reports a principal changed (deactivated, or its scopes
 * changed), credentials issued to it until then are refused at once. Live before the service serves. A missed
 * event is bounded by the credential lifetime (SERVICE_CREDENTIAL_TTL_SECONDS).
 */
@Injectable()
class PrincipalChangeListener implements OnModuleInit, OnApplicationShutdown {
  private subscription?: Subscription;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly ns: NatsNamespace,
    private readonly verifier: ActorContextVerifier,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscription = this.nc.subscribe(this.ns.subject(`${DOMAIN_EVENT_PREFIX}.${IDENTITY_EVENTS.principalChanged}`), {
      callback: (err, msg) => {
        if (err) return;
        try {
          const event = msg.json<Partial<PrincipalChangedEvent>>();
          if (typeof event.principalId !== 'string' || event.change === 'created') return;
          const at = typeof event.occurredAt === 'string' ? Date.parse(event.occurredAt) : NaN;
          this.verifier.revocations.revoke(event.principalId, Number.isFinite(at) ? at : Date.now());
        } catch {
          /* not an event: nothing to revoke */
        }
      },
    });
    await this.nc.flush();
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }
}

/**
 * What every domain service runs on: its NATS connection for JetStream, the namespace, the context verifier (public keys only),
 * the audit publisher, the page cursor codec, and the global pipe, interceptor and filter of the RPC path. A service's root module
 * imports this once; its handlers then only declare @AuditedPattern.
 */
@Global()
@Module({})
export class ServiceRuntimeModule {
  static forService(serviceName: string, config: ServiceConfig): DynamicModule {
    return {
      module: ServiceRuntimeModule,
      providers: [
        { provide: NatsNamespace, useValue: new NatsNamespace(config.natsNamespace) },
        { provide: ActorContextVerifier, useValue: new ActorContextVerifier(config.contextKeys) },
        { provide: CursorCodec, useValue: new CursorCodec(config.cursorKey) },
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
        PrincipalChangeListener,
        Reflector,
        { provide: APP_PIPE, useValue: new ValidationPipe(VALIDATION_OPTIONS) },
        { provide: APP_INTERCEPTOR, useClass: RpcAuditInterceptor },
        { provide: APP_FILTER, useClass: RpcDomainExceptionFilter },
      ],
      exports: [NatsNamespace, ActorContextVerifier, CursorCodec, AUDIT_SOURCE, NATS_CONNECTION, JETSTREAM, AuditPublisher, AuditCorrections],
    };
  }
}
