import { AMBIGUITY_MARGIN, decideLink, type ScoredPair } from './decision.js';

const thresholds = { certain: 0.9995, probable: 0.9995, possible: 0.2 };
const pair = (patient: string, total: number, ...reasons: string[]): ScoredPair<string> => ({
  patient,
  total,
  probability: 2 ** total / (1 + 2 ** total),
  reasons,
});

describe('decideLink: what automation does with an arriving record', () => {
  it.each<[string, ScoredPair<string>[], { link?: string; unresolved: string[] }]>([
    ['one certain patient: linked', [pair('ann', 30)], { link: 'ann', unresolved: [] }],
    ['below the certain threshold: nothing', [pair('ann', 8)], { unresolved: [] }],
    [
      'a twin: the certain pair is outvoted by the evidence against in the same patient',
      [pair('ann', 30), pair('ann', 29, 'twins')],
      { unresolved: ['ann'] },
    ],
    [
      "one stray record of the other twin among a patient's own records is outvoted",
      [pair('ann', 30), pair('ann', 31), pair('ann', 29, 'twins')],
      { link: 'ann', unresolved: [] },
    ],
    [
      'a patient closed by evidence against does not stop the link to the one open patient',
      [pair('ann', 30), pair('bob', 30), pair('bob', 28, 'household-member')],
      { link: 'ann', unresolved: [] },
    ],
    [
      'a household record no other member competes for: linked',
      [pair('ann', 25, 'household-ambiguous')],
      { link: 'ann', unresolved: [] },
    ],
    [
      'two household members it cannot tell apart: both to review',
      [pair('sr', 25, 'household-ambiguous'), pair('jr', 24, 'household-ambiguous')],
      { unresolved: ['sr', 'jr'] },
    ],
    [
      'two household members, the evidence (own e-mail and phone) tells them apart',
      [pair('sr', 24 + AMBIGUITY_MARGIN, 'household-ambiguous'), pair('jr', 24, 'household-ambiguous')],
      { link: 'sr', unresolved: [] },
    ],
    [
      'a clean match and a household member it cannot be told from: both to review',
      [pair('sr', 26), pair('jr', 25, 'household-ambiguous')],
      { unresolved: ['sr', 'jr'] },
    ],
    [
      'a person known as two patients: the best one, the other to review as a merge',
      [pair('ann', 30), pair('ann-2', 25)],
      { link: 'ann', unresolved: ['ann-2'] },
    ],
    ['a capped pair never links', [pair('ann', 30, 'capped-block')], { unresolved: [] }],
    ['a suffix conflict never links', [pair('sr', 30, 'suffix-conflict')], { unresolved: [] }],
  ])('%s', (_, pairs, expected) => {
    const decision = decideLink(pairs, thresholds);
    expect(decision.link).toBe(expected.link);
    expect([...decision.unresolved].sort()).toEqual([...expected.unresolved].sort());
  });
});
