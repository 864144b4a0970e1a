import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { RequestMeta } from '@pg/contracts';

const META = Symbol('pg:request-meta');

export function attachMeta(rpcContext: object, meta: RequestMeta): void {
  (rpcContext as Record<symbol, RequestMeta>)[META] = meta;
}

export function readMeta(rpcContext: object): RequestMeta | undefined {
  return (rpcContext as Record<symbol, RequestMeta>)[META];
}

/** The verified request metadata (actor, request id) of the current message: set by RpcAuditInterceptor. */
export const Meta = createParamDecorator((_: unknown, ctx: ExecutionContext): RequestMeta => {
  const meta = readMeta(ctx.switchToRpc().getContext());
  if (!meta) throw new Error('Meta() used on a handler without a verified actor context');
  return meta;
});
