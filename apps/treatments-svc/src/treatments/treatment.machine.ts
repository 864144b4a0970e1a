import { TREATMENT_STATUSES, type TransitionSource, type TreatmentStatus } from '@pg/contracts';
import { foldHistory, type FoldedEntry } from '../history-fold.js';

/**
 * The treatment state machine (docs/treatments.md has the same table). `pending` is where a treatment starts (the
 * partner's `treatment.created`); declined, completed and cancelled are final. Anything not final may be cancelled.
 */
export const TREATMENT_TRANSITIONS: Readonly<Record<TreatmentStatus, readonly TreatmentStatus[]>> = {
  pending: ['under_review', 'cancelled'],
  under_review: ['approved', 'declined', 'cancelled'],
  approved: ['active', 'cancelled'],
  declined: [],
  active: ['paused', 'completed', 'cancelled'],
  paused: ['active', 'completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export function canTransition(from: TreatmentStatus, to: TreatmentStatus): boolean {
  return TREATMENT_TRANSITIONS[from].includes(to);
}

/** One entry to fold: a creation (`to: 'pending'`, `creation: true`) or a move. */
export interface TreatmentEntry {
  key: string;
  to: TreatmentStatus;
  at: Date;
  source: TransitionSource;
  creation?: boolean;
}

/** For equal times: the order the machine goes through (so a tie folds the same way whatever arrived first). */
const RANK = new Map(TREATMENT_STATUSES.map((s, i) => [s, i]));

/**
 * A treatment's status from its whole history, whatever order the entries arrived in: the creation first, then by
 * time, then by the machine's order, then by key. An entry that is not a legal move where it falls is kept
 * (`applied: false`), never applied. Null status: no creation yet (the entries wait for it).
 */
export function foldTreatment<E extends TreatmentEntry>(entries: readonly E[]): { status: TreatmentStatus | null; entries: FoldedEntry<E, TreatmentStatus | null>[] } {
  return foldHistory<TreatmentStatus, E, TreatmentStatus | null>(entries, {
    start: null, rank: RANK, target: (e) => e.to, first: (e) => !!e.creation,
    legal: (status, e) => (e.creation ? status === null : status !== null && canTransition(status, e.to)),
  });
}
