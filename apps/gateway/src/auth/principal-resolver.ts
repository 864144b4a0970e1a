import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { defineAbilityFor, type AppAbility } from '@pg/access';
import { DomainException, DOMAIN_EVENT_PREFIX, ErrorCode, IDENTITY, ResolvedPrincipalDto } from '@pg/contracts';
import type { GatewayConfig } from '@pg/config';
import { GATEWAY_ACTOR, NatsNamespace, NatsRpcClient } from '@pg/messaging';
import { GATEWAY_CONFIG, NATS_CONNECTION } from '../tokens.js';

export interface ResolvedPrincipal extends ResolvedPrincipalDto {
  /** Built once per cache entry: rules depend only on the principal (break-glass adds a per-request ability). */
  ability: AppAbility;
}

/**
 * `sub` → principal (roles, patient binding, active care team), cached briefly. identity-svc publishes a change
 * event whenever a principal or a care-team membership changes; the entry for that subject is dropped at once,
 * so a deactivated principal or an ended membership is refused on the next request.
 */
@Injectable()
export class PrincipalResolver implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(PrincipalResolver.name);
  private readonly cache = new Map<string, { value: ResolvedPrincipal | null; expires: number }>();
  /** Resolutions under way, by subject, with the generation they began in: a request after a change never joins one from before it. */
  private readonly inflight = new Map<string, { generation: number; answer: Promise<ResolvedPrincipal | null> }>();
  private subscription?: Subscription;
  private generation = 0;

  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    private readonly ns: NatsNamespace,
    private readonly rpc: NatsRpcClient,
  ) {}

  async onModuleInit(): Promise<void> {
    this.subscription = this.nc.subscribe(this.ns.subject(`${DOMAIN_EVENT_PREFIX}.identity.>`), {
      callback: (err, msg) => {
        if (err) return;
        try {
          const event = msg.json<{ subject?: string }>();
          this.generation++;
          if (typeof event.subject === 'string') this.cache.delete(event.subject);
          else this.cache.clear();
        } catch {
          this.cache.clear();
        }
      },
    });
    // Live at the server before the gateway takes requests: a change published in the first moments after boot
    // must still drop the cached principal.
    await this.nc.flush();
  }

  onApplicationShutdown(): void {
    this.subscription?.unsubscribe();
  }

  /**
   * A change to principal `principalId` (its record or one of its care-team memberships) that this gateway forwarded
   * and identity-svc confirmed: its cached principal is dropped now, not when the change event arrives. Every gateway
   * still drops it on the event; this one no longer depends on that event for its own writes, so the next request sees
   * the change even when the event is late or its publish failed (identity-svc logs that and keeps the change). A
   * resolution in flight is not cached either: it may have read the state before the change.
   */
  forgetPrincipal(principalId: string): void {
    this.generation++;
    for (const [subject, entry] of this.cache) if (entry.value?.principalId === principalId) this.cache.delete(subject);
  }

  /** The principal of a verified subject, or null when identity-svc does not know it (or it is deactivated). */
  async resolve(subject: string, requestId: string): Promise<ResolvedPrincipal | null> {
    const now = Date.now();
    const hit = this.cache.get(subject);
    if (hit && hit.expires > now) return hit.value;
    const generation = this.generation;
    const pending = this.inflight.get(subject);
    if (pending && pending.generation === generation) return pending.answer;
    const p = this.fetch(subject, requestId)
      .then((value) => {
        // A change event that arrived while we asked may have made this answer stale: don't cache it then.
        if (generation === this.generation && this.config.principalCacheTtlMs > 0) {
          this.cache.set(subject, { value, expires: Date.now() + (value ? this.config.principalCacheTtlMs : Math.min(this.config.principalCacheTtlMs, 5000)) });
        }
        return value;
      })
      .finally(() => {
        if (this.inflight.get(subject)?.answer === p) this.inflight.delete(subject);
      });
    this.inflight.set(subject, { generation, answer: p });
    return p;
  }

  private async fetch(subject: string, requestId: string): Promise<ResolvedPrincipal | null> {
    try {
      const dto = await this.rpc.request<ResolvedPrincipalDto>(IDENTITY.principalResolve, { subject }, GATEWAY_ACTOR, { requestId: requestId || randomUUID() });
      return { ...dto, ability: defineAbilityFor({ roles: dto.roles, patientId: dto.patientId ?? undefined, careTeam: dto.careTeam, scopes: dto.scopes }) };
    } catch (err) {
      if (err instanceof DomainException && err.code === ErrorCode.NOT_FOUND) return null;
      this.logger.warn(`principal resolution failed: ${err instanceof DomainException ? err.code : 'error'}`);
      throw err instanceof DomainException ? err : DomainException.unavailable();
    }
  }
}
