import { ServerNats } from '@nestjs/microservices';
import { NatsNamespace } from './namespace.js';

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
