import { createServer, connect, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the real nats-server that can hold back what the server sends to its clients: with
 * `delayMs` set, every chunk from the server reaches the client that much later (in order). What clients send
 * goes through at once. So a JetStream publish is stored by the stream at once while its ack arrives late: the
 * "ack timed out after the event was stored" case, produced with the real server rather than a mock.
 */
export class DelayingProxy {
  delayMs = 0;
  private readonly sockets = new Set<Socket>();
  /** Chunks held back, over every connection. */
  private held = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(target: string): Promise<DelayingProxy> {
    const { hostname, port } = new URL(target);
    let proxy: DelayingProxy | undefined;
    const server = createServer((client) => proxy!.pipe(client, hostname, Number(port)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new DelayingProxy(server, `nats://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  /** Resolves once nothing is held back any more (after `delayMs` went back to 0). */
  async drained(): Promise<void> {
    while (this.held > 0) await new Promise((r) => setTimeout(r, 20));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private pipe(client: Socket, host: string, port: number): void {
    const upstream = connect(port, host);
    this.sockets.add(client).add(upstream);
    client.pipe(upstream);
    // Server → client, held back by delayMs, never reordered.
    const queue: Array<{ at: number; chunk: Buffer }> = [];
    let timer: NodeJS.Timeout | undefined;
    const deliver = () => {
      timer = undefined;
      const now = Date.now();
      while (queue.length && queue[0]!.at <= now) {
        client.write(queue.shift()!.chunk);
        this.held--;
      }
      if (queue.length) timer = setTimeout(deliver, queue[0]!.at - now);
    };
    upstream.on('data', (chunk: Buffer) => {
      if (!this.delayMs && !queue.length) {
        client.write(chunk);
        return;
      }
      const last = queue.at(-1)?.at ?? 0;
      queue.push({ at: Math.max(Date.now() + this.delayMs, last), chunk });
      this.held++;
      timer ??= setTimeout(deliver, queue[0]!.at - Date.now());
    });
    const end = () => {
      if (timer) clearTimeout(timer);
      this.held -= queue.splice(0).length;
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }
}
