import type { ConsumerMessages } from '@nats-io/jetstream';

const RESTART_FIRST_MS = 250;
const RESTART_MAX_MS = 30_000;

export interface ConsumeLoop {
  /** No new loop; the current one is closed. Resolves once it has ended. */
  stop(): Promise<void>;
}

/**
 * A JetStream consume loop kept running while the service runs: `open()` (re-)creates the consumer and starts
 * consuming, `run(messages, took)` takes the messages until the loop ends (calling `took()` per message). When the
 * loop ends or fails (consumer deleted, connection trouble) it is logged as `the <what> consumer loop …` and started
 * again after a pause doubling from 250 ms to 30 s, back to 250 ms once a loop took a message.
 */
export function startConsumeLoop(
  what: string,
  logger: { warn(message: string): void },
  open: () => Promise<ConsumerMessages>,
  run: (messages: ConsumerMessages, took: () => void) => Promise<void>,
): ConsumeLoop {
  let stopping = false;
  let wake: (() => void) | undefined;
  let messages: ConsumerMessages | undefined;
  const loop = (async () => {
    let pause = RESTART_FIRST_MS;
    while (!stopping) {
      let took = false;
      try {
        messages = await open();
        await run(messages, () => {
          took = true;
        });
        if (!stopping) logger.warn(`the ${what} consumer loop ended; starting it again`);
      } catch (err) {
        if (!stopping) logger.warn(`the ${what} consumer loop failed (${err instanceof Error ? err.name : 'error'}); starting it again`);
      }
      if (took) pause = RESTART_FIRST_MS;
      if (stopping) break;
      await new Promise<void>((res) => {
        const timer = setTimeout(res, pause);
        wake = () => {
          clearTimeout(timer);
          res();
        };
      });
      pause = Math.min(pause * 2, RESTART_MAX_MS);
    }
  })();
  return {
    async stop() {
      stopping = true;
      wake?.();
      await messages?.close().catch(() => undefined);
      await loop.catch(() => undefined);
    },
  };
}
