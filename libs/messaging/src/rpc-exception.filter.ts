import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { DomainException, ErrorCode, RpcErrorBody } from '@pg/contracts';

/**
 * The one RPC exception filter: a DomainException crosses NATS as its code, message and details; anything
 * else as INTERNAL with no message of its own (never a stack trace, never data). Logged without payloads.
 */
@Catch()
export class RpcDomainExceptionFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('Rpc');

  catch(exception: unknown, _host: ArgumentsHost): Observable<RpcErrorBody> {
    if (exception instanceof DomainException) return throwError(() => exception.toBody());
    this.logger.error(`unhandled ${exception instanceof Error ? exception.name : typeof exception}: ${exception instanceof Error ? exception.stack?.split('\n').slice(1, 3).join(' | ').trim() : ''}`);
    return throwError(() => ({ code: ErrorCode.INTERNAL, message: 'Internal error' }) satisfies RpcErrorBody);
  }
}
