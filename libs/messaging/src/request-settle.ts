import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RequestOne } from '@nats-io/nats-core/internal';

/** The @nats-io/nats-core whose RequestOne the patch was written against (package.json pins it). */
export const PATCHED_NATS_CORE = '3.4.0';

/** The installed @nats-io/nats-core's version (its package.json is not exported: read from beside its entry). */
function natsCoreVersion(): string | undefined {
  try {
    const entry = createRequire(import.meta.url).resolve('@nats-io/nats-core');
    return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

/** The part of nats.js's RequestOne (pinned @nats-io/nats-core 3.4.0) that `skipSettledCancelError` wraps. */
interface RequestOneInternals {
  resolver(err: Error | null, msg: unknown): void;
  cancel(err?: Error): void;
  timer?: { cancel(): void };
  mux: { cancel(request: unknown): void };
}

const SETTLED = Symbol('pg:settled');
const INSTALLED = Symbol.for('pg:request-settle');

/**
 * nats.js settles a request (`resolver`: the reply, or its error) and then calls `cancel()`, which clears the timer,
 * drops the request from the inbox mux and rejects the request's promise with a new `RequestError("cancelled")` —
 * an Error built, its stack captured, and thrown away, since the promise is settled already. On every request of
 * every service (the gateway's forwards, each audit publish's ack) that was 2-4 % of the process's CPU in the
 * identity benchmark's profiles. This skips only the discarded Error: after `resolver` ran, `cancel()` clears the
 * timer and the mux entry as before. A request cancelled while still pending (a closed connection) is untouched.
 * Installed once, when @pg/messaging loads, and only on the version it was written against (PATCHED_NATS_CORE): on
 * any other nats.js is left as it is, and the spec fails until the patch is re-checked against the new internals.
 */
export function skipSettledCancelError(): boolean {
  const proto = RequestOne.prototype as unknown as RequestOneInternals & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return true;
  if (natsCoreVersion() !== PATCHED_NATS_CORE) return false;
  if (typeof proto.resolver !== 'function' || typeof proto.cancel !== 'function') return false;
  const resolver = proto.resolver;
  const cancel = proto.cancel;
  proto.resolver = function (this: RequestOneInternals & { [SETTLED]?: true }, err, msg) {
    this[SETTLED] = true;
    resolver.call(this, err, msg);
  };
  proto.cancel = function (this: RequestOneInternals & { [SETTLED]?: true }, err?: Error) {
    if (err || !this[SETTLED]) {
      cancel.call(this, err);
      return;
    }
    this.timer?.cancel();
    this.mux.cancel(this);
  };
  proto[INSTALLED] = true;
  return true;
}

skipSettledCancelError();
