import { connect, type NatsConnection } from '@nats-io/transport-node';
import { natsConnectionOptions } from './namespace.js';

/** The part of nats.js's protocol handler that `coalesceWrites` replaces (not exported by nats.js). */
interface ProtocolInternals {
  outbound: { size(): number; fill(buf: Uint8Array, ...payloads: Uint8Array[]): void };
  pendingLimit: number;
  flushPending(): void;
  sendCommand(cmd: string | Uint8Array, ...payloads: Uint8Array[]): void;
}

const encoder = new TextEncoder();
const COALESCED = Symbol('pg:coalesced');

/**
 * nats.js writes what is pending on a connection at the end of the current microtask queue: under load, nearly one
 * socket write per message. A socket write is the dearest thing a service does per request on these machines (a
 * profile of the read benchmark put 10-15 % of each process's time in `writeBuffer`). This flushes at `setImmediate`
 * instead, after the event loop's I/O callbacks, so every reply, request and audit publish made while handling one
 * batch of incoming data leaves in one write. A message is delayed by at most the rest of one loop iteration; the
 * size bound of nats.js (flush at once when `pendingLimit` is reached) is kept, and so is `flush()`, which writes at
 * once.
 */
export function coalesceWrites(nc: NatsConnection): NatsConnection {
  const protocol = (nc as unknown as { protocol?: ProtocolInternals & { [COALESCED]?: true } }).protocol;
  if (!protocol || typeof protocol.sendCommand !== 'function' || typeof protocol.flushPending !== 'function' || protocol[COALESCED]) return nc;
  protocol[COALESCED] = true;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    protocol.flushPending();
  };
  protocol.sendCommand = (cmd, ...payloads) => {
    protocol.outbound.fill(typeof cmd === 'string' ? encoder.encode(cmd) : cmd, ...payloads);
    if (protocol.outbound.size() >= protocol.pendingLimit) {
      protocol.flushPending();
    } else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
  return nc;
}

/** A connection with this project's options (namespace-aware credentials, no async traces) and coalesced writes. */
export async function connectNats(url: string, name: string): Promise<NatsConnection> {
  return coalesceWrites(await connect(natsConnectionOptions(url, name)));
}
