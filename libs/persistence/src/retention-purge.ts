import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { AUDIT_SOURCE, AuditPublisher, type AuditEventInput, type AuditSource } from '@pg/audit';

/** One record the purge hard-deleted (or, in a dry run, would): what its audit event names. */
export interface PurgedRecord {
  resource: string;
  id: string;
  patientId: string;
}

/**
 * What a service purges: records soft-deleted whose retention date (`retain_until`, RETENTION_YEARS of libs/contracts
 * after the deletion) is at or before `now`, and everything that belongs to them. A dry run selects them only.
 */
export interface RetentionTask {
  /** The advisory lock (per service schema) that lets one replica purge at a time. */
  readonly lockKey: string;
  purge(em: EntityManager, now: Date, dryRun: boolean): Promise<PurgedRecord[]>;
}
export const RETENTION_TASK = Symbol('RETENTION_TASK');
export const RETENTION_PURGE_INTERVAL_MS = Symbol('RETENTION_PURGE_INTERVAL_MS');

export interface RetentionReport {
  dryRun: boolean;
  /** False when another replica held the lock: this run did nothing. */
  ran: boolean;
  purged: PurgedRecord[];
}

/** The service principal a purge is recorded as: the service itself, for operations. */
const purgeActor = (service: string): AuditEventInput['actor'] => ({ principalId: null, subject: `service:${service}:retention`, roles: [], kind: 'service' });

/**
 * Runs a service's RetentionTask in one transaction under a transaction-scoped advisory lock (another replica's
 * run at the same time does nothing), every RETENTION_PURGE_INTERVAL_MINUTES and on demand (`run`). Each purged
 * record is audited (`delete`, purpose `operations`, the record's resource, id and patient); the transaction commits
 * only once the audit stream acknowledged them, so an unrecorded purge is rolled back.
 */
@Injectable()
export class RetentionPurger implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionPurger');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;

  constructor(
    private readonly orm: MikroORM,
    private readonly audit: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(RETENTION_TASK) private readonly task: RetentionTask,
    @Inject(RETENTION_PURGE_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.intervalMs) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.run()
        .then((r) => { if (r.purged.length) this.logger.log(`retention purge: ${r.purged.length} records hard-deleted`); })
        .catch((err: unknown) => this.logger.warn(`retention purge failed: ${err instanceof Error ? err.name : 'error'}`))
        .finally(() => { this.running = undefined; });
    }, this.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  async run(opts: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionReport> {
    const now = opts.now ?? new Date();
    const dryRun = opts.dryRun ?? false;
    return this.orm.em.fork().transactional(async (em) => {
      const [lock] = await em.execute<{ ok: boolean }[]>('select pg_try_advisory_xact_lock(hashtext(?)) as ok', [this.task.lockKey]);
      if (!lock?.ok) return { dryRun, ran: false, purged: [] };
      const purged = await this.task.purge(em, now, dryRun);
      if (!dryRun && purged.length) {
        const requestId = randomUUID();
        await this.audit.publishAll(purged.map((r) => ({
          action: 'delete', outcome: 'success', actor: purgeActor(this.source.service), source: { ...this.source }, purposeOfUse: 'operations',
          resource: { type: r.resource, id: r.id, patientId: r.patientId }, requestId,
        } satisfies AuditEventInput)));
      }
      return { dryRun, ran: true, purged };
    });
  }
}
