import { jetstreamManager, type ConsumerConfig, type ConsumerMessages, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';

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
        // stop() may have come while the consumer was being opened: it found nothing to close, so close it here
        // (else run() takes messages for ever and stop() never resolves).
        if (stopping) {
          await closeUnread(messages).catch(() => undefined);
          break;
        }
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

/**
 * Closes messages no `run` iterates. JetStream's close() only queues the close behind what the iterator holds and
 * resolves once the iterator has taken it, so the messages are iterated here; any one already delivered is handed
 * back (nak) for the consumer's next reader at once, not held until its ack wait ends.
 */
async function closeUnread(messages: ConsumerMessages): Promise<void> {
  const closed = messages.close();
  for await (const m of messages) m.nak();
  await closed;
}

/**
 * The `open` of a loop on a durable pull consumer: creates the consumer when it is missing (a replica racing to create
 * it finds it there), then consumes it. JetStream's API is not probed first (`checkAPI: false`): an app's NATS user
 * may reach its own consumers only (nats/users.conf).
 */
export async function consumeDurable(
  nc: NatsConnection, js: JetStreamClient, stream: string, consumer: Partial<ConsumerConfig> & { durable_name: string }, opts: { max_messages: number; expires?: number },
): Promise<ConsumerMessages> {
  const jsm = await jetstreamManager(nc, { checkAPI: false });
  await jsm.consumers.info(stream, consumer.durable_name).catch(() =>
    jsm.consumers.add(stream, consumer).catch(() => jsm.consumers.info(stream, consumer.durable_name)));
  return (await js.consumers.get(stream, consumer.durable_name)).consume({ expires: 5000, ...opts, abort_on_missing_resource: true });
}
