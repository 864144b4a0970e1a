import { TREATMENT_STATUSES, type TransitionSource, type TreatmentStatus } from '@pg/contracts';

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

export interface FoldedEntry<E> {
  entry: E;
  from: TreatmentStatus | null;
  applied: boolean;
  position: number;
}

/** For equal times: the order the machine goes through (so a tie folds the same way whatever arrived first). */
const RANK = new Map(TREATMENT_STATUSES.map((s, i) => [s, i]));

/**
 * A treatment's status from its whole history, whatever order the entries arrived in: the creation first, then by
 * time, then by the machine's order, then by key. An entry that is not a legal move where it falls is kept
 * (`applied: false`), never applied. Null status: no creation yet (the entries wait for it).
 */
export function foldTreatment<E extends TreatmentEntry>(entries: readonly E[]): { status: TreatmentStatus | null; entries: FoldedEntry<E>[] } {
  const sorted = [...entries].sort((a, b) =>
    Number(!a.creation) - Number(!b.creation) || a.at.getTime() - b.at.getTime() || RANK.get(a.to)! - RANK.get(b.to)! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let status: TreatmentStatus | null = null;
  const out: FoldedEntry<E>[] = [];
  sorted.forEach((entry, position) => {
    const from = status;
    const applied = entry.creation ? status === null : status !== null && canTransition(status, entry.to);
    if (applied) status = entry.to;
    out.push({ entry, from, applied, position });
  });
  return { status, entries: out };
}
