import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerRequest } from '@nestjs/throttler';
import { DomainException, ErrorCode } from '@pg/contracts';
import type { GatewayConfig } from '@pg/config';
import { PUBLIC_ROUTE } from '../access/requires.decorator.js';
import type { GatewayRequest } from './gateway-request.js';
import { createThrottlerStorage } from './redis-throttle.storage.js';

const MINUTE = 60_000;

export type ThrottleScope = 'ip' | 'principal';

export class RateLimited extends DomainException {
  constructor(readonly retryAfterSeconds: number, readonly scope: ThrottleScope) {
    super(ErrorCode.RATE_LIMITED, 'Too many requests', [], 'denied');
  }
}

/**
 * @nestjs/throttler's options: two named throttlers, `ip` and `principal`, each a fixed one-minute window blocked
 * for a minute once over its limit; one counter per client (not per route), in the storage that holds across
 * replicas (Redis) or in memory. No X-RateLimit headers: the 429's Retry-After is set by HttpExceptionFilter,
 * which also audits the refusal.
 */
export function throttlerOptions(config: GatewayConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'ip', ttl: MINUTE, limit: config.throttle.perIpPerMinute, blockDuration: MINUTE },
      { name: 'principal', ttl: MINUTE, limit: config.throttle.perPrincipalPerMinute, blockDuration: MINUTE },
    ],
    storage: createThrottlerStorage(config),
    setHeaders: false,
    generateKey: (_context, tracker, name) => `${name}:${tracker}`,
  };
}

/**
 * @nestjs/throttler's ThrottlerGuard, extended through its protected seams only: each guard applies its own named
 * throttler (`onModuleInit`, `handleRequest`), counts its own tracker (`getTracker`), lets public routes and (for the principal)
 * unauthenticated requests through (`shouldSkip`) and refuses with the domain's RateLimited (`throwThrottlingException`).
 */
abstract class ScopedThrottleGuard extends ThrottlerGuard {
  protected abstract readonly scope: ThrottleScope;

  /**
   * Only this guard's own throttler is kept: canActivate reads six route decorators and awaits three values for every
   * throttler it holds, on every request, and the other scope's answer was always `true` (handleRequest below), so
   * the two guards did that work four times a request where two suffice.
   */
  override async onModuleInit(): Promise<void> {
    await super.onModuleInit();
    this.throttlers = this.throttlers.filter((t) => t.name === this.scope);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return !!this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
  }

  protected override handleRequest(request: ThrottlerRequest): Promise<boolean> {
    if (request.throttler.name !== this.scope) return Promise.resolve(true);
    return super.handleRequest(request);
  }

  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw new RateLimited(Math.max(1, Math.ceil(detail.timeToBlockExpire)), this.scope);
  }
}

/** Per client IP, before authentication: a flood of bad tokens is stopped before it costs a signature check. */
@Injectable()
export class IpThrottleGuard extends ScopedThrottleGuard {
  protected readonly scope = 'ip';

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return (req as unknown as GatewayRequest).ip;
  }
}

/** Per principal, after authentication: the same limit whichever IP a principal comes from. */
@Injectable()
export class PrincipalThrottleGuard extends ScopedThrottleGuard {
  protected readonly scope = 'principal';

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (await super.shouldSkip(context)) return true;
    return !context.switchToHttp().getRequest<GatewayRequest>().principal;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return (req as unknown as GatewayRequest).principal!.principalId;
  }
}
