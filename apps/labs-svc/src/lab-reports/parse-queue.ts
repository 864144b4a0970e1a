import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RequestContext } from '@mikro-orm/core';
import { MikroORM } from '@mikro-orm/postgresql';
import type { JetStreamClient, JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { JETSTREAM, NATS_CONNECTION } from '@pg/audit';
import type { LabsSettings } from '@pg/config';
import { LABS_JOBS, type LabParseJob } from '@pg/contracts';
import { NatsNamespace } from '@pg/messaging';
import { DurableWorkQueue, type WorkQueueNames } from '../jobs/work-queue.js';
import { ReportParser } from './report-parser.service.js';
import { failureForLog, PARSES_AT_ONCE } from './parse-threads.js';
import { LabReportRepository } from './lab-report.repository.js';
import { LabFileStore } from './lab-file.store.js';
import { LABS_SETTINGS } from '../labs.settings.js';

/** How many times a job is delivered before its report is marked failed. */
export const MAX_DELIVER = 5;
/** A report still `received` this long after its upload is queued again (its first publish may have been lost). */
const SWEEP_AFTER_MS = 30_000;
const SWEEP_EVERY_MS = 30_000;

/**
 * The durable parse queue: a JetStream work-queue stream (`LABS_JOBS`, subject `jobs.labs.parse`, file storage) with
 * one durable pull consumer (`labs-parser`) that every instance of labs-svc shares. A job is acked only once its
 * report is parsed or has failed for good; a job not acked (crash, restart, an error) is delivered again, and the
 * parse is idempotent per report. A running parse sends `working()` (and renews its claim on the report) every
 * quarter of the ack wait, so a long parse is not handed to another worker; and a report is claimed in the
 * database before it is parsed, so two deliveries of one job never parse it at once. If the consume loop ends
 * (its consumer was deleted, the connection failed) it is started again, with the consumer re-created, while the
 * service runs. Reports left `received`, or `parsing` under a lapsed claim, are queued again at boot and every 30 s;
 * originals that no report holds are removed after LABS_ORPHAN_AFTER_MS.
 */
@Injectable()
export class LabParseQueue extends DurableWorkQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(JETSTREAM) js: JetStreamClient,
    private readonly ns: NatsNamespace,
    private readonly parser: ReportParser,
    private readonly reports: LabReportRepository,
    private readonly files: LabFileStore,
    private readonly orm: MikroORM,
    @Inject(LABS_SETTINGS) private readonly settings: LabsSettings,
  ) {
    super('parse', new Logger('LabParseQueue'), nc, js, { ackWaitMs: settings.parseAckWaitMs, maxDeliver: MAX_DELIVER, concurrency: PARSES_AT_ONCE, sweepEveryMs: SWEEP_EVERY_MS });
  }

  protected names(): WorkQueueNames {
    return { stream: this.ns.stream(LABS_JOBS.stream), subject: this.ns.subject(LABS_JOBS.parseSubject), durable: this.ns.consumer(LABS_JOBS.parser) };
  }

  /** Queues the parse of a report. The report id is the message id: a repeat within two minutes is stored once. */
  async enqueue(reportId: string): Promise<void> {
    const job: LabParseJob = { reportId };
    await this.publish(job, `parse-${reportId}`);
  }

  /** At boot every report still waiting; then those waiting over 30 s, and every tenth sweep (5 min) the orphans. */
  protected async sweep(olderThanMs: number, tick: number): Promise<void> {
    await this.sweepReports(olderThanMs ? SWEEP_AFTER_MS : 0);
    // Orphans every tenth sweep: listing the bucket reads every object's info.
    if (tick > 0 && tick % 10 === 0) await this.removeOrphans();
  }

  protected async handle(m: JsMsg): Promise<void> {
    let job: LabParseJob;
    try {
      job = m.json<LabParseJob>();
      if (typeof job?.reportId !== 'string') throw new Error('no report id');
    } catch {
      m.term('not a parse job');
      return;
    }
    const attempt = m.info.deliveryCount;
    try {
      const outcome = await this.parser.run(job.reportId, {
        attempt, maxAttempts: MAX_DELIVER, leaseMs: this.leaseMs, working: () => m.working(),
      });
      // `busy`: another worker holds the report and will end it; this delivery is a duplicate.
      m.ack();
      if (outcome === 'busy') this.logger.log('a parse job for a report another worker is parsing was dropped');
    } catch (err) {
      // Something outside the report failed (database, NATS): try again later, a little later each time.
      this.logger.warn(`parse of a report failed on attempt ${attempt}: ${failureForLog(err)}`);
      m.nak(Math.min(30_000, this.settings.parseAckWaitMs / 2, 500 * 2 ** attempt));
    }
  }

  /** A claim not renewed for this long has lost its worker: half the ack wait (heartbeats come every quarter of the ack wait). */
  private get leaseMs(): number {
    return Math.floor(this.settings.parseAckWaitMs / 2);
  }

  /** Queues reports still waiting (older than `olderThanMs`): a lost publish, a crash between insert and publish, a dead worker. */
  private async sweepReports(olderThanMs: number): Promise<void> {
    try {
      const now = Date.now();
      const ids = await RequestContext.create(this.orm.em, () => this.reports.pendingIds(new Date(now - olderThanMs), new Date(now - this.leaseMs)));
      for (const id of ids) await this.enqueue(id);
    } catch (err) {
      if (!this.stopping) this.logger.warn(`sweep of pending reports failed: ${err instanceof Error ? err.name : 'error'}`);
    }
  }

  /**
   * Removes originals that no report holds, once they are older than LABS_ORPHAN_AFTER_MS: uploads refused by the
   * checks, or whose request never reached labs-svc. The gateway never deletes an original it forwarded (labs-svc
   * may have committed its report even if the answer was lost), so this is where they go.
   */
  async removeOrphans(): Promise<number> {
    try {
      const before = Date.now() - this.settings.orphanAfterMs;
      const old = (await this.files.list()).filter((o) => !o.deleted && Date.parse(o.mtime) < before).map((o) => o.name);
      let removed = 0;
      for (let i = 0; i < old.length && !this.stopping; i += 500) {
        const names = old.slice(i, i + 500);
        const held = await RequestContext.create(this.orm.em, () => this.reports.heldObjects(names));
        for (const name of names) {
          if (held.has(name)) continue;
          await this.files.remove(name);
          removed++;
        }
      }
      if (removed) this.logger.log(`removed ${removed} originals no report holds`);
      return removed;
    } catch (err) {
      if (!this.stopping) this.logger.warn(`orphan sweep failed: ${err instanceof Error ? err.name : 'error'}`);
      return 0;
    }
  }
}
