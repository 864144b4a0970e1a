import { randomUUID } from 'node:crypto';
import { mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { AuditEvent, CorrectionReason } from '@pg/contracts';
import type { AuditPublisher } from './audit-publisher.js';

/** The compensating event for `original`: same request, actor and resource; outcome `error`; `corrects` its id. */
export function correctionOf(original: AuditEvent, reason: CorrectionReason, now = new Date()): AuditEvent {
  const { id, recordedAt: _at, outcome: _outcome, reason: _reason, corrects: _corrects, ...rest } = original;
  return { ...rest, id: randomUUID(), recordedAt: now.toISOString(), outcome: 'error', reason, corrects: id };
}

const FIRST_RETRY_MS = 250;
const MAX_RETRY_MS = 30_000;

/**
 * Outcome corrections that must reach the trail even when the stream that just failed stays down.
 *
 * When a unit fails after its audit events were (or may have been) stored — the ack timed out, or the commit failed
 * after the ack — the trail would keep a `success` for something that did not happen. `correct()` makes one
 * compensating event per original (`correctionOf`) and, before the caller gets its error, appends them to this
 * process's outbox file and fsyncs it; then publishes them in the background, retrying with backoff (capped at
 * 30 s) until the stream acknowledges each. The event id is the message id, so a retry after an ack that was only
 * late is stored once (JetStream's duplicate window, then audit-svc's id check). When nothing is pending the file
 * is removed. At boot, the files earlier processes of this service (same namespace) left are taken over: their
 * events are appended to this process's file, the old files removed, and publishing resumes.
 *
 * Why a local file rather than the service's database: the database is what just failed in the commit case, and a
 * table would need a migration in every service; the file needs neither, and its contents are audit events (ids,
 * codes: no PHI), the same bytes the stream holds. Deploy AUDIT_OUTBOX_DIR on storage that outlives the process,
 * one directory per replica.
 */
export class AuditCorrections implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditCorrections');
  private readonly file: string;
  private readonly prefix: string;
  private readonly pending = new Map<string, AuditEvent>();
  /** Serialises every file operation (append, removal, takeover). */
  private fileOps: Promise<unknown> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private delayMs = FIRST_RETRY_MS;
  private flushing?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly publisher: AuditPublisher,
    private readonly dir: string,
    namespace: string,
    serviceName: string,
    instanceId: string,
  ) {
    this.prefix = `${safeName(namespace || 'default')}.${safeName(serviceName)}.`;
    this.file = join(dir, `${this.prefix}${safeName(instanceId)}-${randomUUID().slice(0, 8)}.jsonl`);
  }

  /** Corrections not yet acknowledged by the stream. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Records that `originals` did not happen as stated: parks one correction per original durably, then publishes
   * in the background. Resolves once they are on disk (or, if the disk refuses, held in memory and logged). Never throws.
   */
  async correct(originals: readonly AuditEvent[], reason: CorrectionReason): Promise<AuditEvent[]> {
    if (!originals.length) return [];
    const corrections = originals.map((o) => correctionOf(o, reason));
    for (const c of corrections) this.pending.set(c.id, c);
    try {
      await this.serial(() => this.append(corrections));
    } catch (err) {
      this.logger.error(`could not park ${corrections.length} audit outcome correction(s) in ${this.dir} (${(err as NodeJS.ErrnoException).code ?? 'error'}); retrying from memory only`);
    }
    this.delayMs = FIRST_RETRY_MS;
    this.schedule(0);
    return corrections;
  }

  /** Publishes every pending correction now (one attempt each); resolves when the attempt is over. For tests and shutdown. */
  async flush(): Promise<void> {
    this.flushing ??= this.publishPending().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.serial(() => this.takeOver()).catch((err) =>
      this.logger.error(`could not read the audit correction outbox ${this.dir} (${(err as NodeJS.ErrnoException).code ?? 'error'})`),
    );
    if (this.pending.size) {
      this.logger.warn(`${this.pending.size} audit outcome correction(s) left by an earlier process: publishing them`);
      this.schedule(0);
    }
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.pending.size) this.logger.warn(`${this.pending.size} audit outcome correction(s) not acknowledged yet: kept in ${this.dir} for the next boot`);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    // A process that exits with corrections pending leaves them in its file: the next boot publishes them.
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.timer = undefined;
    await this.flush();
    if (this.pending.size) {
      this.schedule(this.delayMs);
      this.delayMs = Math.min(this.delayMs * 2, MAX_RETRY_MS);
    }
  }

  private async publishPending(): Promise<void> {
    const batch = [...this.pending.values()];
    if (!batch.length) return;
    const settled = await Promise.allSettled(batch.map((c) => this.publisher.publish(c)));
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') this.pending.delete(batch[i]!.id);
    });
    if (!this.pending.size) {
      this.delayMs = FIRST_RETRY_MS;
      // Removed only while nothing is pending: a correction parked meanwhile is appended after the removal.
      await this.serial(async () => {
        if (!this.pending.size) await unlink(this.file).catch(() => undefined);
      });
    }
  }

  private async append(corrections: readonly AuditEvent[]): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const handle = await open(this.file, 'a', 0o600);
    try {
      await handle.write(corrections.map((c) => `${JSON.stringify(c)}\n`).join(''));
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  /** The files of earlier processes of this service: their corrections become this process's. */
  private async takeOver(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    const mine = this.file.slice(this.dir.length + 1);
    const others = names.filter((n) => n.startsWith(this.prefix) && n.endsWith('.jsonl') && n !== mine);
    for (const name of others) {
      const path = join(this.dir, name);
      const found: AuditEvent[] = [];
      for (const line of (await readFile(path, 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try {
          const c = JSON.parse(line) as AuditEvent;
          if (typeof c?.id === 'string' && typeof c.corrects === 'string') found.push(c);
        } catch {
          // A line cut short by a crash mid-write: its correction was never promised to anyone (the write had not returned).
        }
      }
      if (found.length) await this.append(found);
      for (const c of found) this.pending.set(c.id, c);
      await unlink(path);
    }
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.fileOps.then(op, op);
    this.fileOps = next.catch(() => undefined);
    return next;
  }
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
