import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { NatsConnection } from '@nats-io/transport-node';
import { AUDIT, IDENTITY, LABS, PROFILES, TREATMENTS } from '@pg/contracts';
import { NatsRpcClient } from '@pg/messaging';
import { Public } from '../access/requires.decorator.js';
import { Metrics } from '../http/metrics.js';
import { NATS_CONNECTION } from '../tokens.js';

const SERVICES = {
  'profiles-svc': PROFILES.health,
  'identity-svc': IDENTITY.health,
  'labs-svc': LABS.health,
  'treatments-svc': TREATMENTS.health,
  'audit-svc': AUDIT.health,
} as const;

@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly rpc: NatsRpcClient,
    private readonly metrics: Metrics,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
  ) {}

  /** Alive: the process answers. */
  @Get('health')
  @Public()
  health() {
    return { status: 'ok' };
  }

  /** Ready: NATS is connected and every service answers its health check with its database up. */
  @Get('ready')
  @Public()
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const checks = await Promise.all(
      Object.entries(SERVICES).map(async ([name, pattern]) => {
        const r = await this.rpc.requestRaw<{ status: string }>(pattern, {}, undefined, 2000).catch(() => ({ status: 'down' }));
        return [name, r.status] as const;
      }),
    );
    const services = Object.fromEntries(checks);
    const ok = !this.nc.isClosed() && checks.every(([, s]) => s === 'ok');
    reply.status(ok ? 200 : 503);
    return { status: ok ? 'ready' : 'not-ready', nats: this.nc.isClosed() ? 'down' : 'up', services };
  }

  @Get('metrics')
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  metricsText() {
    return this.metrics.render();
  }
}
