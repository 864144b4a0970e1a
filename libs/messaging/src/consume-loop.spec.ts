import type { ConsumerMessages } from '@nats-io/jetstream';
import { startConsumeLoop } from './consume-loop.js';

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
