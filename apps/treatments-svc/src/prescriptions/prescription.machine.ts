import { PRESCRIPTION_STATUSES, type PrescriptionStatus } from '@pg/contracts';
import { foldHistory, type FoldedEntry } from '../history-fold.js';

/**
 * The fulfilment state machine of an order (docs/treatments.md has the same table): it only moves forward — a step
 * the partner did not report may be skipped (`processing → delivered`), nothing goes back (a late `shipped` never
 * moves a `delivered` order). delivered, cancelled and failed are final; a shipped order can fail, not be cancelled.
 */
export const PRESCRIPTION_TRANSITIONS: Readonly<Record<PrescriptionStatus, readonly PrescriptionStatus[]>> = {
  created: ['transmitted', 'processing', 'shipped', 'delivered', 'cancelled', 'failed'],
  transmitted: ['processing', 'shipped', 'delivered', 'cancelled', 'failed'],
  processing: ['shipped', 'delivered', 'cancelled', 'failed'],
  shipped: ['delivered', 'failed'],
  delivered: [],
  cancelled: [],
  failed: [],
};

export interface FulfilmentEntry {
  key: string;
  status: PrescriptionStatus;
  at: Date;
}

const RANK = new Map(PRESCRIPTION_STATUSES.map((s, i) => [s, i]));

/**
 * An order's status from all its fulfilment events, whatever order they arrived in: by time, then the machine's
 * order, then key. Starts `created`; an event that is not a legal move where it falls is kept, not applied.
 */
export function foldPrescription<E extends FulfilmentEntry>(entries: readonly E[]): { status: PrescriptionStatus; entries: FoldedEntry<E, PrescriptionStatus>[] } {
  return foldHistory<PrescriptionStatus, E, PrescriptionStatus>(entries, {
    start: 'created', rank: RANK, target: (e) => e.status, legal: (status, e) => PRESCRIPTION_TRANSITIONS[status].includes(e.status),
  });
}
