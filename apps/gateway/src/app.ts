import { randomUUID } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, type GatewayConfig } from '@pg/config';
import { GatewayModule } from './gateway.module.js';
import { useJsonBodyParser } from './http/json-body.js';
import { Metrics } from './http/metrics.js';
import { mountOpenApi } from './openapi.js';
import { registerLabUploads } from './routes/labs.controller.js';
import { registerFhirUploads } from './routes/fhir-import.controller.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The operational routes that carry no PHI and may be cached; every other answer is `no-store`. */
const isCacheable = (url: string) => /^\/(?:health|ready|metrics|openapi\.json|docs)(?:[/?#]|$)/.test(url);

/** Builds the gateway (Fastify) and listens; tests call this in-process, main.ts for the real thing. */
export async function createGateway(config: GatewayConfig, opts: { logger?: boolean } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.env === 'production' ? 'loopback, linklocal, uniquelocal' : false,
    requestIdHeader: false,
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    // JSON bodies only as objects/arrays; __proto__ and constructor.prototype keys are refused by the parser.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(GatewayModule.forRoot(config), adapter, {
    logger: opts.logger === false ? false : new JsonLogger('gateway', config.logLevel),
  });
  useJsonBodyParser(app, config.bodyLimitBytes);
  await registerLabUploads(app);
  registerFhirUploads(app);
  const metrics = app.get(Metrics);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('X-Request-Id', String(req.id));
    // Every /v1 answer may carry PHI (a record, a list, a file, or an error that confirms a request about a patient):
    // no browser, proxy or CDN may keep a copy. So is anything else that is not one of the operational routes
    // (/health, /ready, /metrics, /docs, /openapi.json), which may be cached.
    if (!isCacheable(req.url)) {
      reply.header('Cache-Control', 'no-store');
      reply.header('Pragma', 'no-cache');
    }
  });
  fastify.addHook('onResponse', async (req, reply) => {
    metrics.observe(req.method, req.routeOptions?.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
  });
  // The client went away before the answer: counted as 499 (the service may still have served, and recorded, it).
  fastify.addHook('onRequestAbort', async (req) => {
    metrics.observe(req.method, req.routeOptions?.url ?? 'unmatched', 499, 0);
  });
  mountOpenApi(app);
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  return app;
}
