import { OptimisticLockError, type FilterQuery } from '@mikro-orm/core';
import { DomainException } from '@pg/contracts';
import type { PatientScope } from '@pg/access';

/** Whether the scope reaches this patient (the repository answers nothing outside it). */
export function inScope(scope: PatientScope, patientId: string): boolean {
  return scope.kind === 'all' || scope.patientIds.includes(patientId);
}

/** The scope as a condition on `patientId`, for a query of records of patients. */
export function scopeCondition(scope: PatientScope): FilterQuery<{ patientId: string }> {
  return scope.kind === 'all' ? {} : { patientId: { $in: scope.patientIds } };
}

/** `If-Match` against the record's version: a stale version is CONFLICT (API.md), nothing changed. */
export function requireVersion(what: string, current: number, ifMatch: number | undefined): void {
  if (ifMatch !== undefined && ifMatch !== current) {
    throw DomainException.conflict(`The ${what} was changed by someone else`, [{ field: 'version', message: `current version is ${current}` }]);
  }
}

/** A flush whose optimistic lock failed (the record changed since it was read) is CONFLICT, like a stale If-Match. */
export async function flushOrConflict(what: string, flush: () => Promise<void>): Promise<void> {
  try {
    await flush();
  } catch (err) {
    if (err instanceof OptimisticLockError) throw DomainException.conflict(`The ${what} was changed by someone else`);
    throw err;
  }
}

/** Whether a YYYY-MM-DD names a real calendar day. */
export function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
