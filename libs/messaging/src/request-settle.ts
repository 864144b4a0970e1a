import { RequestOne } from '@nats-io/nats-core/internal';

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
 * Installed once, when @pg/messaging loads; re-check it when @nats-io/nats-core is upgraded (the spec does).
 */
export function skipSettledCancelError(): boolean {
  const proto = RequestOne.prototype as unknown as RequestOneInternals & { [INSTALLED]?: true };
  if (proto[INSTALLED]) return true;
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
