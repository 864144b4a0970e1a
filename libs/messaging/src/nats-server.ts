import { ServerNats } from '@nestjs/microservices';
import type { NatsConnection } from '@nats-io/transport-node';
import { NatsNamespace } from './namespace.js';
import { coalesceWrites } from './write-coalescing.js';

/**
 * Nest's NATS transport, with every pattern subscribed under the namespace and in the service's queue group.
 * Handlers keep their plain pattern (`profiles.patient.get`); only the wire subject carries the prefix.
 */
export class NamespacedNatsServer extends ServerNats {
  constructor(
    private readonly namespace: NatsNamespace,
    private readonly queueGroup: string,
    options: ConstructorParameters<typeof ServerNats>[0],
  ) {
    super({ ...options, queue: queueGroup });
  }

  /**
   * Nest calls back as soon as the SUBs are written. A request from another connection can reach the server before
   * it has registered them and get "no responders": the service reports itself started while it cannot answer yet.
   * A flush (a round trip on this connection) makes the subscriptions live before `listen()` returns.
   */
  override start(callback: () => void): void {
    const client = (this as unknown as { natsClient: NatsConnection }).natsClient;
    coalesceWrites(client);
    this.bindEvents(client as Parameters<ServerNats['bindEvents']>[0]);
    void client.flush().then(() => callback(), () => callback());
  }

  override bindEvents(client: Parameters<ServerNats['bindEvents']>[0]): void {
    for (const pattern of this.messageHandlers.keys()) {
      // Closing the connection (ServerNats.close) ends these subscriptions.
      client.subscribe(this.namespace.subject(pattern), {
        queue: this.queueGroup,
        callback: this.getMessageHandler(pattern).bind(this) as never,
      });
    }
  }

  /**
   * Nest parses every incoming pattern as JSON first and falls back to the string when that throws: an exception
   * per message for plain subjects like ours. Only a pattern that can be JSON is parsed.
   */
  override getRouteFromPattern(pattern: string): string {
    const c = pattern.charAt(0);
    return c === '{' || c === '[' || c === '"' ? super.getRouteFromPattern(pattern) : this.normalizePattern(pattern);
  }

  /** The subjects this server listens on: what the coverage tests enumerate. */
  patterns(): string[] {
    return [...this.messageHandlers.keys()];
  }
}
