import { PRESCRIPTION_STATUSES, type PrescriptionStatus } from '@pg/contracts';
import { foldPrescription, PRESCRIPTION_TRANSITIONS, type FulfilmentEntry } from './prescription.machine.js';

/*
 * Issue 11, item 4: `created → transmitted → processing → shipped → delivered`, or `cancelled | failed`. Written by
 * hand (docs/treatments.md has the decisions): only forward — a step the partner did not report may be skipped —;
 * cancelled until the parcel ships, failed until it is delivered; delivered, cancelled and failed are final.
 * Rows: the order's state. Columns: the event's status, in PRESCRIPTION_STATUSES order (created, transmitted,
 * processing, shipped, delivered, cancelled, failed), i.e. order.transmitted … order.failed. `x`: applied.
 */
const EXPECTED: Record<PrescriptionStatus, string> = {
  //            crea tran proc ship deli canc fail
  created:     '.    x    x    x    x    x    x',
  transmitted: '.    .    x    x    x    x    x',
  processing:  '.    .    .    x    x    x    x',
  shipped:     '.    .    .    .    x    .    x',
  delivered:   '.    .    .    .    .    .    .',
  cancelled:   '.    .    .    .    .    .    .',
  failed:      '.    .    .    .    .    .    .',
};

const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));

describe('the fulfilment state machine, every state × every event', () => {
  const cases = PRESCRIPTION_STATUSES.flatMap((state) => {
    const cells = EXPECTED[state].split(/\s+/);
    return PRESCRIPTION_STATUSES.map((event, i) => [state, event, cells[i] === 'x'] as const);
  });
  it.each(cases)('%s, then %s: applied %s', (state, event, applied) => {
    expect(PRESCRIPTION_TRANSITIONS[state].includes(event)).toBe(applied);
    const history: FulfilmentEntry[] = state === 'created' ? [] : [{ key: 'evt_1', status: state, at: at(1) }];
    const folded = foldPrescription([...history, { key: 'evt_2', status: event, at: at(2) }]);
    expect(folded.status).toBe(applied ? event : state);
  });
});

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe('folding an order\'s events in any order', () => {
  const events: FulfilmentEntry[] = [
    { key: 'evt_t', status: 'transmitted', at: at(1) },
    { key: 'evt_p', status: 'processing', at: at(2) },
    { key: 'evt_s', status: 'shipped', at: at(3) },
    { key: 'evt_d', status: 'delivered', at: at(4) },
  ];
  it.each(permutations(events).map((p) => [p.map((e) => e.status).join(' → '), p] as const))('%s ends delivered with the same history', (_, order) => {
    const folded = foldPrescription(order);
    expect(folded.status).toBe('delivered');
    expect(folded.entries.map((e) => [e.entry.key, e.from, e.applied])).toEqual([
      ['evt_t', 'created', true], ['evt_p', 'transmitted', true], ['evt_s', 'processing', true], ['evt_d', 'shipped', true],
    ]);
  });

  it('never moves a delivered order back: a shipped stamped after delivered is kept, not applied', () => {
    const folded = foldPrescription([{ key: 'evt_d', status: 'delivered', at: at(4) }, { key: 'evt_s', status: 'shipped', at: at(5) }]);
    expect(folded.status).toBe('delivered');
    expect(folded.entries.map((e) => [e.entry.key, e.applied])).toEqual([['evt_d', true], ['evt_s', false]]);
  });
});
