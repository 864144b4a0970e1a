import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/** No request body of the API nests deeper than a few levels; 32 leaves room and stops stack-exhaustion tricks. */
export const MAX_JSON_DEPTH = 32;

/**
 * Whether a JSON text nests objects and arrays deeper than `limit`, found in one pass over the characters
 * (strings skipped, escapes honoured) before anything is parsed: deeply nested bodies would otherwise reach
 * class-transformer, class-validator and JSON.stringify, which recurse.
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** A body refused before parsing: mapped to 400 VALIDATION_FAILED by the exception filter. */
export class BodyRefused extends Error {
  readonly statusCode = 400;
  constructor(readonly field: string, readonly reason: string) {
    super(reason);
  }
}

/**
 * The gateway's JSON body parser: Fastify's own (`__proto__` and `constructor.prototype` keys refused, as the
 * adapter is configured) behind a nesting-depth check. The body limit stays the adapter's (413 over it).
 */
export function useJsonBodyParser(app: NestFastifyApplication, bodyLimit: number, maxDepth = MAX_JSON_DEPTH): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser('application/json', { bodyLimit }, (req, body, done) => {
    // Kept for the Idempotency-Key fingerprint, which hashes the body's bytes.
    if (Buffer.isBuffer(body)) (req as { rawBody?: Buffer }).rawBody = body;
    const text = body.toString('utf8');
    if (jsonNestsDeeperThan(text, maxDepth)) {
      done(new BodyRefused('body', `JSON nested deeper than ${maxDepth} levels is not accepted`), undefined);
      return;
    }
    parse(req as Parameters<typeof parse>[0], text, (err, value) => {
      // Fastify reports a refused __proto__ / constructor.prototype key as invalid JSON; say what it was.
      if (err && isPlainJson(text)) done(new BodyRefused('body', '__proto__ and constructor.prototype keys are not accepted'), undefined);
      else done(err, value);
    });
  });
}

function isPlainJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
