import { AckPolicy, jetstream, jetstreamManager, StorageType, type ConsumerMessages, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { TEST_NATS_URL, uniqueSuffix } from '@pg/testing';
import { consumeDurable, startConsumeLoop } from './consume-loop.js';
import { NatsNamespace } from './namespace.js';

/** Messages that yield `items`, then end (or, when `hold`, wait until closed). */
function fakeMessages(items: number[], hold = false): ConsumerMessages & { closed: boolean } {
  let release: () => void = () => undefined;
  const closed = new Promise<void>((res) => (release = res));
  const m = {
    closed: false,
    async close() {
      m.closed = true;
      release();
    },
    async *[Symbol.asyncIterator]() {
      for (const i of items) yield i;
      if (hold) await closed;
    },
  };
  return m as unknown as ConsumerMessages & { closed: boolean };
}

describe('startConsumeLoop', () => {
  it('starts the loop again when it ends, and stop() closes the current one and waits for it', async () => {
    const warnings: string[] = [];
    const opened: Array<ConsumerMessages & { closed: boolean }> = [];
    const seen: number[] = [];
    const loop = startConsumeLoop('test', { warn: (m) => warnings.push(m) }, async () => {
      const m = opened.length === 0 ? fakeMessages([1, 2]) : fakeMessages([3], true);
      opened.push(m);
      return m;
    }, async (messages, took) => {
      for await (const x of messages as unknown as AsyncIterable<number>) {
        took();
        seen.push(x);
      }
    });
    while (seen.length < 3) await new Promise((r) => setTimeout(r, 10));
    expect(warnings).toEqual(['the test consumer loop ended; starting it again']);
    await loop.stop();
    expect(opened).toHaveLength(2);
    expect(opened[1]!.closed).toBe(true);
    expect(seen).toEqual([1, 2, 3]);
    expect(warnings).toHaveLength(1);
  });

  it('says when opening failed and tries again', async () => {
    const warnings: string[] = [];
    let attempts = 0;
    const loop = startConsumeLoop('test', { warn: (m) => warnings.push(m) }, async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('no stream');
      return fakeMessages([], true);
    }, async (messages) => {
      for await (const _ of messages as unknown as AsyncIterable<number>) void _;
    });
    while (attempts < 2) await new Promise((r) => setTimeout(r, 10));
    await loop.stop();
    expect(warnings).toEqual(['the test consumer loop failed (TypeError); starting it again']);
  });

  it('stop() while the consumer is still being opened closes it once open and resolves (a service shutting down at start-up)', async () => {
    let finishOpen: () => void = () => undefined;
    const opening = new Promise<void>((res) => (finishOpen = res));
    const m = fakeMessages([], true);
    let opened = false;
    const loop = startConsumeLoop('test', { warn: () => undefined }, async () => {
      opened = true;
      await opening;
      return m;
    }, async (messages) => {
      for await (const _ of messages as unknown as AsyncIterable<number>) void _;
    });
    while (!opened) await new Promise((r) => setTimeout(r, 5));
    const stopped = loop.stop();
    finishOpen();
    await stopped;
    expect(m.closed).toBe(true);
  });
});

describe('startConsumeLoop on a real JetStream consumer', () => {
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  const ns = new NatsNamespace(`t${uniqueSuffix()}`);
  const stream = ns.stream('LOOP');

  beforeAll(async () => {
    nc = await connect({ servers: TEST_NATS_URL });
    jsm = await jetstreamManager(nc);
    await jsm.streams.add({ name: stream, subjects: [ns.subject('loop.>')], storage: StorageType.Memory });
  });

  afterAll(async () => {
    await jsm.streams.delete(stream).catch(() => undefined);
    await nc?.close();
  });

  // A service closed right after it started (a second replica in a test, a deploy rolled back) stops its loops while
  // a consumer is being opened. JetStream's close() resolves only once the messages are iterated: the loop has to
  // iterate them itself, or stop() and the service's shutdown wait for ever (CI, stop 28: identity-svc's second
  // instance in identity.integration.spec.ts never closed).
  it('stop() while a real consumer is being opened resolves, and the stream\'s message waits for the next reader', async () => {
    const js = jetstream(nc);
    await js.publish(ns.subject('loop.a'), 'first');
    let finishOpen: () => void = () => undefined;
    const opening = new Promise<void>((res) => (finishOpen = res));
    let opened = false;
    const handled: string[] = [];
    const loop = startConsumeLoop('test', { warn: () => undefined }, async () => {
      const messages = await consumeDurable(nc, js, stream, { durable_name: 'loop-stop', ack_policy: AckPolicy.Explicit, ack_wait: 60_000_000_000 }, { max_messages: 10 });
      opened = true;
      await opening;
      return messages;
    }, async (messages) => {
      for await (const m of messages) {
        handled.push(m.string());
        m.ack();
      }
    });
    while (!opened) await new Promise((r) => setTimeout(r, 5));
    const stopped = loop.stop();
    finishOpen();
    await stopped;
    expect(handled).toEqual([]);

    // Not held for the minute of ack_wait: the durable's next reader gets it at once.
    const next = await (await js.consumers.get(stream, 'loop-stop')).next({ expires: 2000 });
    expect(next?.string()).toBe('first');
    next?.ack();
  });
});
