import { CORRECTION_REASONS, type AuditEvent, type CorrectionReason } from '@pg/contracts';
import type { AuditCorrections } from './audit-corrections.js';
import { AuditNotAcknowledged, type AuditEventInput, type AuditPublisher } from './audit-publisher.js';
import { afterCommit, collectingUnitEvents } from './unit-of-work.js';

/**
 * A piece of work and the audit of it as one unit (an RPC handler's, the patient feed's): `run` runs the work in its
 * transaction (with the after-commit hooks: `UnitOfWork.run`, `withAfterCommit`); the work's events and those it
 * recorded with the unit (`auditWithUnit`) are published, and the transaction commits only after the stream
 * acknowledged them, so a change nobody recorded is rolled back.
 *
 * - The stream did not acknowledge: an event it took anyway (the ack came late) says `success` — corrected with
 *   `unacknowledged` (a write: `rolled-back`), and `AuditNotAcknowledged` is thrown.
 * - Acknowledged, then the commit failed: the stored `success` events describe a change that was rolled back —
 *   corrected (`rolled-back`), and the commit's error is thrown.
 * - Any other failure: `failed(err)` (the caller records it), then it is thrown.
 */
export async function auditedUnit<T>(
  publisher: AuditPublisher,
  corrections: AuditCorrections,
  run: (work: () => Promise<T>) => Promise<T>,
  handle: () => Promise<{ events: AuditEventInput[]; reply: T }>,
  opts: { unacknowledged?: CorrectionReason; failed?: (err: unknown) => Promise<void> } = {},
): Promise<T> {
  let auditFailed: AuditNotAcknowledged | undefined;
  let acknowledged: AuditEvent[] | undefined;
  let committed = false;
  const work = async () => {
    // First of the unit's after-commit hooks: a failure of a later hook (a domain event) is no rollback.
    afterCommit(async () => {
      committed = true;
    });
    const extra: AuditEventInput[] = [];
    const { events, reply } = await collectingUnitEvents(extra, handle);
    try {
      acknowledged = await publisher.publishAll([...events, ...extra]);
    } catch (err) {
      auditFailed = err instanceof AuditNotAcknowledged ? err : new AuditNotAcknowledged([]);
      throw auditFailed;
    }
    return reply;
  };
  try {
    return await run(work);
  } catch (err) {
    if (auditFailed) {
      await corrections.correct(auditFailed.maybeStored, opts.unacknowledged ?? CORRECTION_REASONS.rolledBack);
      throw auditFailed;
    }
    if (acknowledged && !committed) {
      await corrections.correct(acknowledged, CORRECTION_REASONS.rolledBack);
      throw err;
    }
    await opts.failed?.(err);
    throw err;
  }
}
