import { TREATMENT_STATUSES, type TreatmentStatus } from '@pg/contracts';
import { canTransition, foldTreatment, type TreatmentEntry } from './treatment.machine.js';

/*
 * Issue 11, item 3: `pending → under_review → approved | declined`, `approved → active ⇄ paused → completed |
 * cancelled`. Written by hand from the issue (and docs/treatments.md, where the decisions are): anything not final
 * may be cancelled; declined, completed and cancelled are final; nothing leads back to pending.
 * Rows: the state a treatment is in. Columns: the state asked for, in TREATMENT_STATUSES order
 * (pending, under_review, approved, declined, active, paused, completed, cancelled). `x`: allowed, `.`: 409.
 */
const EXPECTED: Record<TreatmentStatus, string> = {
  //             pend rev  appr decl act  paus comp canc
  pending:      '.    x    .    .    .    .    .    x',
  under_review: '.    .    x    x    .    .    .    x',
  approved:     '.    .    .    .    x    .    .    x',
  declined:     '.    .    .    .    .    .    .    .',
  active:       '.    .    .    .    .    x    x    x',
  paused:       '.    .    .    .    x    .    x    x',
  completed:    '.    .    .    .    .    .    .    .',
  cancelled:    '.    .    .    .    .    .    .    .',
};

describe('the treatment state machine, every state × every state asked for', () => {
  const cases = TREATMENT_STATUSES.flatMap((from) => {
    const cells = EXPECTED[from].split(/\s+/);
    return TREATMENT_STATUSES.map((to, i) => [from, to, cells[i] === 'x'] as const);
  });
  it.each(cases)('%s → %s: allowed %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });
});

/*
 * The partner's events as moves (docs/treatments.md): treatment.created starts a treatment at pending,
 * treatment.approved → approved, treatment.declined → declined, treatment.cancelled → cancelled, treatment.updated
 * → its data.status (under_review, active, paused, completed). Every state × every partner event, by hand:
 * rows are the state the treatment is in; columns created, updated:under_review, updated:active, updated:paused,
 * updated:completed, approved, declined, cancelled. `x`: applied, `.`: kept in the history, not applied.
 */
const PARTNER_EVENTS = ['created', 'under_review', 'active', 'paused', 'completed', 'approved', 'declined', 'cancelled'] as const;
const PARTNER_EXPECTED: Record<TreatmentStatus, string> = {
  //             crea rev  act  paus comp appr decl canc
  pending:      '.    x    .    .    .    .    .    x',
  under_review: '.    .    .    .    .    x    x    x',
  approved:     '.    .    x    .    .    .    .    x',
  declined:     '.    .    .    .    .    .    .    .',
  active:       '.    .    .    x    x    .    .    x',
  paused:       '.    .    x    .    x    .    .    x',
  completed:    '.    .    .    .    .    .    .    .',
  cancelled:    '.    .    .    .    .    .    .    .',
};
/** How to reach each state from a creation, by legal moves. */
const PATH: Record<TreatmentStatus, TreatmentStatus[]> = {
  pending: [],
  under_review: ['under_review'],
  approved: ['under_review', 'approved'],
  declined: ['under_review', 'declined'],
  active: ['under_review', 'approved', 'active'],
  paused: ['under_review', 'approved', 'active', 'paused'],
  completed: ['under_review', 'approved', 'active', 'completed'],
  cancelled: ['cancelled'],
};

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));
const entry = (key: string, to: TreatmentStatus, minute: number, creation = false): TreatmentEntry => ({ key, to, at: at(minute), source: 'partner', creation });

describe('partner events on a treatment in each state', () => {
  const cases = TREATMENT_STATUSES.flatMap((state) => {
    const cells = PARTNER_EXPECTED[state].split(/\s+/);
    return PARTNER_EVENTS.map((event, i) => [state, event, cells[i] === 'x'] as const);
  });
  it.each(cases)('in %s, %s: applied %s', (state, event, applied) => {
    const history = [entry('evt_0', 'pending', 0, true), ...PATH[state].map((to, i) => entry(`evt_${i + 1}`, to, i + 1))];
    const last = event === 'created' ? entry('evt_z', 'pending', 30, true) : entry('evt_z', event as TreatmentStatus, 30);
    const folded = foldTreatment([...history, last]);
    expect(folded.entries.find((e) => e.entry.key === 'evt_z')!.applied).toBe(applied);
    expect(folded.status).toBe(applied ? last.to : state);
  });
});

describe('folding a history', () => {
  it('waits for the creation: without it there is no status, whatever else arrived', () => {
    expect(foldTreatment([entry('evt_2', 'approved', 2), entry('evt_1', 'under_review', 1)]).status).toBeNull();
  });

  it('gives the same status and history for every arrival order', () => {
    const events = [entry('evt_a', 'pending', 0, true), entry('evt_b', 'under_review', 1), entry('evt_c', 'approved', 2), entry('evt_d', 'active', 3)];
    const orders = [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1], [1, 3, 0, 2]];
    for (const order of orders) {
      const folded = foldTreatment(order.map((i) => events[i]!));
      expect(folded.status).toBe('active');
      expect(folded.entries.map((e) => [e.entry.key, e.from, e.applied])).toEqual([
        ['evt_a', null, true], ['evt_b', 'pending', true], ['evt_c', 'under_review', true], ['evt_d', 'approved', true],
      ]);
    }
  });

  it('keeps the creation first even when the partner stamped it after a move', () => {
    const folded = foldTreatment([entry('evt_b', 'under_review', 1), entry('evt_a', 'pending', 5, true)]);
    expect(folded.status).toBe('under_review');
  });
});
