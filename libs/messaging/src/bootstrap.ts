import { INestMicroservice, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, type BaseConfig } from '@pg/config';
import { NamespacedNatsServer } from './nats-server.js';
import { NatsNamespace, natsConnectionOptions } from './namespace.js';

/**
 * Boots a domain service as a Nest microservice on NATS: subjects under NATS_NAMESPACE, queue group named
 * after the service, so instances share the load. Returns the started app (tests close it).
 */
export async function startService(serviceName: string, module: Type<unknown> | ReturnType<never>, config: BaseConfig, opts: { logger?: boolean } = {}): Promise<INestMicroservice> {
  const ns = new NatsNamespace(config.natsNamespace);
  const app = await NestFactory.createMicroservice(module as Type<unknown>, {
    strategy: new NamespacedNatsServer(ns, ns.queue(serviceName), natsConnectionOptions(config.natsUrl, serviceName)),
    logger: opts.logger === false ? false : new JsonLogger(serviceName, config.logLevel),
    bufferLogs: false,
  });
  app.enableShutdownHooks();
  await app.listen();
  return app;
}
