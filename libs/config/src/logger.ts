import { LoggerService } from '@nestjs/common';
import { pino, Logger as Pino } from 'pino';

/**
 * JSON logs (pino) for Nest. Log lines carry ids, codes and counts only: never a name, an email, a birth date,
 * a value or a message text. Callers log what they know is safe; nothing here logs payloads.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Pino;

  constructor(app: string, level = 'info') {
    this.pino = pino({ level, base: { app }, timestamp: pino.stdTimeFunctions.isoTime });
  }

  log(message: unknown, context?: string): void {
    this.pino.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.pino.error({ context, trace: trace?.split('\n').slice(0, 4).join(' | ') }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.pino.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.pino.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.pino.trace({ context }, String(message));
  }
}
