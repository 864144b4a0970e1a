import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { DomainException } from '@pg/contracts';
import { PUBLIC_ROUTE } from '../access/requires.decorator.js';
import type { GatewayRequest } from '../http/gateway-request.js';
import { TokenRejected } from './jwt-verifier.js';
import { PrincipalResolver } from './principal-resolver.js';

/** Why a request was not authenticated; the error filter records it as a failed login. */
export class AuthenticationFailed extends DomainException {
  constructor(readonly reason: string) {
    super('UNAUTHENTICATED', 'Authentication required', [], 'denied');
  }
}

/**
 * Authenticates with passport (the jose strategy), then resolves the subject to a principal through
 * identity-svc. A valid token of a subject the Patient Graph does not know (or has deactivated) is 401.
 */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly principals: PrincipalResolver,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()])) return true;
    await super.canActivate(context);
    const req = context.switchToHttp().getRequest<GatewayRequest>();
    const principal = await this.principals.resolve(req.user!.sub, String(req.id));
    if (!principal) throw new AuthenticationFailed('unknown-principal');
    // A service principal speaks to services with identity-svc's credential (InternalClient), never a user token:
    // the gateway's key signs user contexts only.
    if (principal.kind === 'service') throw new AuthenticationFailed('service-principal');
    req.principal = principal;
    return true;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err instanceof TokenRejected) throw new AuthenticationFailed(`token-${err.reason}`);
    if (err) throw err instanceof DomainException ? err : new AuthenticationFailed('token-error');
    if (!user) throw new AuthenticationFailed('token-missing');
    return user;
  }
}
