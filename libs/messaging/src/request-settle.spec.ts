import { randomUUID } from 'node:crypto';
import { RequestError } from '@nats-io/nats-core';
import type { NatsConnection } from '@nats-io/transport-node';
import { TEST_NATS_URL } from '@pg/testing';
import { skipSettledCancelError } from './request-settle.js';
import { connectNats } from './write-coalescing.js';

/** Requests nats.js still waits for on a connection (its inbox mux). */
const pending = (nc: NatsConnection) => (nc as unknown as { protocol: { muxSubscriptions: { reqs: Map<string, unknown> } } }).protocol.muxSubscriptions.reqs.size;

let client: NatsConnection;
let server: NatsConnection;

beforeAll(async () => {
  client = await connectNats(TEST_NATS_URL, 'request-settle-client');
  server = await connectNats(TEST_NATS_URL, 'request-settle-server');
});

afterAll(async () => {
  await client?.close();
  await server?.close();
});

describe('requests without the discarded cancel error (skipSettledCancelError)', () => {
  it('is installed on the pinned nats.js (its internals are where the patch expects them)', () => {
    expect(skipSettledCancelError()).toBe(true);
  });

  it('a settled request builds no RequestError("cancelled") and leaves no timer behind', async () => {
    const subject = `test.settle.cost.${randomUUID()}`;
    server.subscribe(subject, { callback: (_err, m) => { m.respond('ok'); } });
    await server.flush();
    await client.request(subject, 'warm', { timeout: 5000 });
    // RequestError's constructor assigns `name`: an accessor on its prototype sees every one built, and its message.
    const built: string[] = [];
    Object.defineProperty(RequestError.prototype, 'name', {
      configurable: true,
      get: () => 'RequestError',
      set(this: Error, _v: string) { built.push(this.message); },
    });
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = timers();
    try {
      for (let i = 0; i < 20; i++) await client.request(subject, String(i), { timeout: 5000 });
    } finally {
      delete (RequestError.prototype as { name?: string }).name;
    }
    expect(built.filter((m) => m === 'cancelled')).toEqual([]);
    // Each request's 5-second timer was cleared when its reply came.
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('every reply still arrives, to its own request, and nothing is left waiting in the inbox mux', async () => {
    const subject = `test.settle.${randomUUID()}`;
    server.subscribe(subject, { callback: (_err, m) => { m.respond(`re:${m.string()}`); } });
    await server.flush();
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => client.request(subject, String(i), { timeout: 5000 })));
    expect(replies.map((r) => r.string())).toEqual(Array.from({ length: 200 }, (_, i) => `re:${i}`));
    expect(pending(client)).toBe(0);
  });

  it('a request nobody answers still fails with no responders, and one answered too late with a timeout', async () => {
    await expect(client.request(`test.settle.none.${randomUUID()}`, 'x', { timeout: 2000 })).rejects.toMatchObject({ name: 'RequestError' });
    const slow = `test.settle.slow.${randomUUID()}`;
    const held: Array<{ respond(data: string): boolean }> = [];
    server.subscribe(slow, { callback: (_err, m) => { held.push(m); } });
    await server.flush();
    await expect(client.request(slow, 'x', { timeout: 50 })).rejects.toMatchObject({ name: 'TimeoutError' });
    held.forEach((m) => m.respond('late'));
    expect(pending(client)).toBe(0);
  });

  it('a request still pending when its connection closes is rejected, not left hanging', async () => {
    const nc = await connectNats(TEST_NATS_URL, 'request-settle-closing');
    const subject = `test.settle.closing.${randomUUID()}`;
    server.subscribe(subject, { callback: () => undefined });
    await server.flush();
    const request = nc.request(subject, 'x', { timeout: 60_000 });
    await nc.flush();
    await nc.close();
    await expect(request).rejects.toBeInstanceOf(Error);
  });
});
