import { randomUUID } from 'node:crypto';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { RequestContext } from '@mikro-orm/core';
import { ChainVerifications } from './chain-verification.js';
import { VerifyJobRepository } from './verify-job.repository.js';

/** Rows verified between two progress writes. */
export const JOB_CHUNK = 20_000n;
/** How long a claimed job stays this instance's without a progress write. */
const LEASE_MS = 60_000;
/** How often an idle instance looks for jobs nobody runs (queued elsewhere, or left by an instance that died). */
const POLL_MS = 5_000;

/**
 * Runs verification jobs in audit-svc, one at a time per instance, in chunks of JOB_CHUNK rows: after each
 * chunk the progress (rows checked, the sequence and hash to go on from, checkpoints confirmed) is written and the
 * lease extended, so a restart goes on from the last chunk rather than from the start. A job that cannot go on
 * (the published checkpoints unreadable, an unexpected error) ends `failed` with the reason; the database away
 * leaves it to its lease, and it is resumed once the lease ran out.
 */
@Injectable()
export class VerifyJobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('VerifyJobRunner');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  /** This instance, as the holder of a job's lease. */
  private readonly owner = randomUUID();

  constructor(
    private readonly orm: MikroORM,
    private readonly jobs: VerifyJobRepository,
    private readonly verifications: ChainVerifications,
  ) {}

  onApplicationBootstrap(): void {
    this.kick();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Looks for work now (a job was just created). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => (this.running = undefined));
  }

  /** Resolves once no job is left to run (for tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      try {
        while (!this.stopped && (await RequestContext.create(this.orm.em, () => this.runOne()))) {
          // next job
        }
      } catch (err) {
        this.logger.warn(`verify jobs: ${(err as { code?: string }).code ?? (err as Error).name}; retrying later`);
        return;
      }
    } while (this.again && !this.stopped);
  }

  /** Claims one job and runs it to its end (or until shutdown); false when there was none. */
  private async runOne(): Promise<boolean> {
    const job = await this.jobs.claim(this.owner, LEASE_MS);
    if (!job) return false;
    const { id, state } = job;
    try {
      const verification = await this.verifications.create();
      while (!state.rowsDone) {
        if (this.stopped) {
          await this.jobs.release(id, this.owner);
          return false;
        }
        await verification.step(state, JOB_CHUNK);
        if (!(await this.jobs.progress(id, this.owner, state, LEASE_MS))) return true;
      }
      const result = await verification.finish(state);
      await this.jobs.finish(id, this.owner, result.problem, result.firstBadId, result.checked);
      this.logger.log(`verify job ${id}: ${result.valid ? 'valid' : `problem ${result.problem}`} after ${result.checked} events`);
    } catch (err) {
      const code = (err as { code?: string }).code;
      // Postgres away: keep the lease to run out; the job is resumed from its last chunk.
      if (typeof code === 'string' && /^(08|57P|ECONN)/.test(code)) throw err;
      await this.jobs.fail(id, this.owner, `verification could not go on (${code ?? (err as Error).name})`);
    }
    return true;
  }
}
