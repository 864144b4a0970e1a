import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerStorage, getStorageToken } from '@nestjs/throttler';
import { DomainException, ErrorCode } from '@pg/contracts';
import type { GatewayConfig } from '@pg/config';
import { PUBLIC_ROUTE } from '../access/requires.decorator.js';
import { GATEWAY_CONFIG } from '../tokens.js';
import type { GatewayRequest } from './gateway-request.js';

const MINUTE = 60_000;

export class RateLimited extends DomainException {
  constructor(readonly retryAfterSeconds: number, readonly scope: 'ip' | 'principal') {
    super(ErrorCode.RATE_LIMITED, 'Too many requests', [], 'denied');
  }
}

abstract class ThrottleBase implements CanActivate {
  constructor(
    protected readonly reflector: Reflector,
    @Inject(getStorageToken()) protected readonly storage: ThrottlerStorage,
    @Inject(GATEWAY_CONFIG) protected readonly config: GatewayConfig,
  ) {}

  abstract canActivate(context: ExecutionContext): Promise<boolean>;

  protected isPublic(context: ExecutionContext): boolean {
    return !!this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]);
  }

  protected async hit(key: string, limit: number, scope: 'ip' | 'principal'): Promise<void> {
    const record = await this.storage.increment(key, MINUTE, limit, MINUTE, scope);
    if (record.isBlocked) throw new RateLimited(Math.max(1, Math.ceil(record.timeToBlockExpire)), scope);
  }
}

/** Per client IP, before authentication: a flood of bad tokens is stopped before it costs a signature check. */
@Injectable()
export class IpThrottleGuard extends ThrottleBase {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.isPublic(context)) return true;
    const req = context.switchToHttp().getRequest<GatewayRequest>();
    await this.hit(`ip:${req.ip}`, this.config.throttle.perIpPerMinute, 'ip');
    return true;
  }
}

/** Per principal, after authentication: the same limit whichever IP a principal comes from. */
@Injectable()
export class PrincipalThrottleGuard extends ThrottleBase {
  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.isPublic(context)) return true;
    const req = context.switchToHttp().getRequest<GatewayRequest>();
    if (!req.principal) return true;
    await this.hit(`principal:${req.principal.principalId}`, this.config.throttle.perPrincipalPerMinute, 'principal');
    return true;
  }
}
