import { randomUUID } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { TEST_NATS_URL } from '@pg/testing';
import { connectNats } from './write-coalescing.js';

/** Counts the socket writes nats.js makes on a connection (its transport's `send`). */
function countWrites(nc: NatsConnection): { writes: number } {
  const transport = (nc as unknown as { protocol: { transport: { send(frame: Uint8Array): void } } }).protocol.transport;
  const counter = { writes: 0 };
  const send = transport.send.bind(transport);
  transport.send = (frame: Uint8Array) => {
    counter.writes++;
    send(frame);
  };
  return counter;
}

let sender: NatsConnection;
let receiver: NatsConnection;

beforeAll(async () => {
  sender = await connectNats(TEST_NATS_URL, 'coalescing-sender');
  receiver = await connectNats(TEST_NATS_URL, 'coalescing-receiver');
});

afterAll(async () => {
  await sender?.close();
  await receiver?.close();
});

describe('coalesced NATS writes', () => {
  it('what is published across awaits within one turn of the event loop leaves in one write, all delivered in order', async () => {
    const subject = `test.coalescing.${randomUUID()}`;
    const got: number[] = [];
    const done = new Promise<void>((resolve) => {
      receiver.subscribe(subject, { callback: (_err, m) => { got.push(Number(m.string())); if (got.length === 200) resolve(); } });
    });
    await receiver.flush();
    const counter = countWrites(sender);
    // Like concurrent handlers replying: each publishes after some promise continuations, all in one turn.
    await Promise.all(Array.from({ length: 200 }, async (_, i) => {
      for (let hop = 0; hop < i % 5; hop++) await Promise.resolve();
      sender.publish(subject, String(i));
    }));
    await done;
    expect(counter.writes).toBe(1);
    expect(got).toHaveLength(200);
    expect(new Set(got).size).toBe(200);
  });

  it('a request gets its reply, and flush() still writes at once', async () => {
    const subject = `test.coalescing.${randomUUID()}`;
    receiver.subscribe(subject, { callback: (_err, m) => { m.respond(`echo:${m.string()}`); } });
    await receiver.flush();
    const replies = await Promise.all([1, 2, 3].map((i) => sender.request(subject, String(i), { timeout: 2000 })));
    expect(replies.map((r) => r.string())).toEqual(['echo:1', 'echo:2', 'echo:3']);
    const counter = countWrites(sender);
    sender.publish(subject, 'x');
    const flushed = sender.flush();
    expect(counter.writes).toBe(1); // written in the same synchronous run, not at the end of the turn
    await flushed;
  });

  it('a burst over the pending limit is written as it fills, not held for the end of the turn', async () => {
    const subject = `test.coalescing.${randomUUID()}`;
    const counter = countWrites(sender);
    const payload = new Uint8Array(64 * 1024);
    for (let i = 0; i < 40; i++) sender.publish(subject, payload); // 2.5 MB in one synchronous run
    expect(counter.writes).toBeGreaterThan(1);
    await sender.flush();
  });
});
