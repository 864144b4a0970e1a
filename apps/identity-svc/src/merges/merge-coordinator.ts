import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AckPolicy, DeliverPolicy, type JetStreamClient } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { JETSTREAM, NATS_CONNECTION } from '@pg/audit';
import { DOMAIN_EVENT_PREFIX, MERGE_ANSWERS, type MergeAnswer, type MergeAnswerEvent } from '@pg/contracts';
import { consumeDurable, NatsNamespace, startConsumeLoop, STREAM, type ConsumeLoop } from '@pg/messaging';
import { MergesService } from './merges.service.js';

export const MERGE_COORDINATOR_CONSUMER = 'identity-merge-coordinator';
const ms = (n: number) => n * 1_000_000;

/**
 * The saga's coordinator: a durable consumer (`identity-merge-coordinator`) of the participants' answers
 * (`events.<domain>.merge.applied | undone | failed`), each recorded on the merge (MergesService.onAnswer) and then
 * acked; a failure redelivers it. identity-svc down: the answers wait in the stream.
 */
@Injectable()
export class MergeCoordinator implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('MergeCoordinator');
  private loop?: ConsumeLoop;
  private stopping = false;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(JETSTREAM) private readonly js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly merges: MergesService,
  ) {}

  onApplicationBootstrap(): void {
    const stream = this.ns.stream(STREAM.events);
    const durable = this.ns.consumer(MERGE_COORDINATOR_CONSUMER);
    const prefix = this.ns.subject(`${DOMAIN_EVENT_PREFIX}.`);
    this.loop = startConsumeLoop('merge coordinator', this.logger, () => consumeDurable(this.nc, this.js, stream, {
      durable_name: durable, ack_policy: AckPolicy.Explicit, deliver_policy: DeliverPolicy.All,
      filter_subject: this.ns.subject(`${DOMAIN_EVENT_PREFIX}.*.merge.*`), ack_wait: ms(30_000), max_ack_pending: 1,
    }, { max_messages: 1 }), async (messages, took) => {
      for await (const m of messages) {
        took();
        if (this.stopping) {
          m.nak();
          continue;
        }
        const answer = m.subject.slice(prefix.length).split('.')[2] as MergeAnswer;
        if (!MERGE_ANSWERS.includes(answer)) {
          m.ack();
          continue;
        }
        try {
          await this.merges.onAnswer(answer, m.json<MergeAnswerEvent>());
          m.ack();
        } catch (err) {
          this.logger.warn(`a merge answer was not recorded (${err instanceof Error ? err.name : 'error'}); it comes again`);
          m.nak(Math.min(30_000, 500 * 2 ** m.info.deliveryCount));
        }
      }
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.loop?.stop();
  }
}
