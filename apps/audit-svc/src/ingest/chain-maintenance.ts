import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ChainSigner } from '../chain/chain-signer.js';
import { AUDIT_SETTINGS, AuditChainWriter, type AuditSettings } from './audit-chain.writer.js';

/**
 * What keeps the trail in shape between batches:
 * - at boot, the partitions of this month and the next, and a checkpoint of the head if it is not signed (events
 *   stored before a crash get their signature before this instance answers a verify);
 * - then, every half checkpoint interval (30 s at most), a checkpoint when one is due, so the tail after a burst
 *   is signed within the interval even when no further event arrives, and next month's partition ahead of time.
 * Failures (the database away) are logged and tried again on the next tick; they never stop the service.
 */
@Injectable()
export class ChainMaintenance implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('ChainMaintenance');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly writer: AuditChainWriter,
    private readonly signer: ChainSigner,
    @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.signer.enabled) this.logger.warn('no AUDIT_SIGNING_KEY_FILE: the chain head is not signed (checkpoints off)');
    await this.tick(true);
    const every = Math.max(100, Math.min(this.settings.checkpointIntervalMs / 2, 30_000));
    this.timer = setInterval(() => {
      this.running ??= this.tick(false).finally(() => (this.running = undefined));
    }, every);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async tick(boot: boolean): Promise<void> {
    try {
      const now = new Date();
      const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
      await this.writer.ensurePartitions([now.toISOString(), nextMonth.toISOString()]);
      await this.writer.checkpoint(boot);
    } catch (err) {
      this.logger.warn(`chain maintenance failed (${(err as { code?: string }).code ?? (err as Error).name}); retrying later`);
    }
  }
}
