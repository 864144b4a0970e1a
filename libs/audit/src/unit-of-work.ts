import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditAction } from '@pg/contracts';
import type { AuditEventInput } from './audit-publisher.js';

/**
 * How a handler and its audit events form one unit: a write commits only after its audit events were
 * acknowledged by the stream, so an unrecorded change is rolled back (503, nothing changed). Work that must
 * follow the commit (domain events, job queues) is registered with afterCommit and runs once it committed.
 * libs/persistence provides the MikroORM implementation; without one, work runs as it is.
 */
export interface UnitOfWork {
  /** `deferTransaction`: the write's transaction begins only when the handler calls beginTransaction(). */
  run<T>(write: boolean, work: () => Promise<T>, opts?: { deferTransaction?: boolean }): Promise<T>;
}
export const UNIT_OF_WORK = Symbol('UNIT_OF_WORK');

/** Actions that change data: their handler, the audit ack and the commit are one unit. */
export const WRITE_ACTIONS: ReadonlySet<AuditAction> = new Set(['create', 'update', 'delete', 'merge', 'link', 'unlink', 'transition', 'import']);

/**
 * Actions whose handlers only read, so they may run alongside the patient gate's lookup. Named, not "everything that
 * is not a write": an `export` (a disclosure, or a job it starts) or a `login` waits for the gate like a write.
 */
export const PURE_READ_ACTIONS: ReadonlySet<AuditAction> = new Set(['read', 'search']);

/**
 * The current unit of work: its after-commit hooks, and (in an audited unit) the audit events its handler adds with
 * auditWithUnit(). One store for both: every enabled AsyncLocalStorage costs each promise of the process.
 */
interface Unit {
  hooks: Array<() => Promise<void>>;
  events?: AuditEventInput[];
}
const currentUnit = new AsyncLocalStorage<Unit>();

/** Runs `work` collecting afterCommit hooks; the hooks run after `work` (and its commit) succeeded. */
export async function withAfterCommit<T>(work: () => Promise<T>): Promise<T> {
  const unit: Unit = { hooks: [] };
  const result = await currentUnit.run(unit, work);
  for (const hook of unit.hooks) await hook();
  return result;
}

/**
 * Runs `hook` after the current unit of work commits (at once when there is none, e.g. at boot). A rolled-back
 * unit never runs its hooks: a domain event or a job never announces a change that did not happen.
 */
export function afterCommit(hook: () => Promise<void>): void {
  const unit = currentUnit.getStore();
  if (unit) unit.hooks.push(hook);
  else void hook();
}

const deferredBegin = new AsyncLocalStorage<() => Promise<void>>();

/** Runs `work` in a unit whose transaction begins when `work` calls beginTransaction() (for UnitOfWork implementations). */
export function withDeferredTransaction<T>(begin: () => Promise<void>, work: () => Promise<T>): Promise<T> {
  return deferredBegin.run(begin, work);
}

/**
 * In a write handler declared with `deferTransaction` (@AuditedPattern), begins the unit's transaction: the checks
 * before it (CPU work, reading an upload) hold no database connection. Call it before the first write. Elsewhere
 * (the transaction already began, or there is none) it does nothing.
 */
export async function beginTransaction(): Promise<void> {
  await deferredBegin.getStore()?.();
}

/**
 * Runs `work` with `events` as the collector for auditWithUnit() (the audit interceptor's unit). Only inside a unit of
 * work (withAfterCommit): elsewhere nothing is collected and auditWithUnit() says so.
 */
export function collectingUnitEvents<T>(events: AuditEventInput[], work: () => Promise<T>): Promise<T> {
  const unit = currentUnit.getStore();
  if (unit) unit.events = events;
  return work();
}

/**
 * Records `events` with the current audited unit (RpcAuditInterceptor): published with the unit's own success events,
 * before its transaction commits (an unacknowledged publish rolls it back), and corrected with them if the commit
 * then fails — for what a handler does beyond its own resource (an automatic merge an ingest starts). Returns false
 * outside an audited unit: the caller must publish them itself.
 */
export function auditWithUnit(...events: AuditEventInput[]): boolean {
  const collected = currentUnit.getStore()?.events;
  if (!collected) return false;
  collected.push(...events);
  return true;
}
