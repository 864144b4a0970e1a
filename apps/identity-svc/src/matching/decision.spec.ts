import { AMBIGUITY_MARGIN, decideLink, mayAutoMerge, type PatientRecord, type ScoredPair } from './decision.js';
import { normalizePerson, type PersonInput } from './normalize.js';

const thresholds = { certain: 0.9995, probable: 0.9995, possible: 0.2 };
const pair = (patient: string, total: number, ...reasons: string[]): ScoredPair<string> => ({
  patient,
  total,
  probability: 2 ** total / (1 + 2 ** total),
  reasons,
});

describe('decideLink: what automation does with an arriving record', () => {
  it.each<[string, ScoredPair<string>[], { link?: string; unresolved: string[]; duplicates?: string[] }]>([
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
      'a person known as two patients: the best one, the other a duplicate (a merge, automatic or reviewed)',
      [pair('ann', 30), pair('ann-2', 25)],
      { link: 'ann', unresolved: ['ann-2'], duplicates: ['ann-2'] },
    ],
    [
      'a twin patient closed by evidence against is no duplicate',
      [pair('ann', 30), pair('bea', 30), pair('bea', 28, 'twins')],
      { link: 'ann', unresolved: [] },
    ],
    ['a capped pair never links', [pair('ann', 30, 'capped-block')], { unresolved: [] }],
    ['a suffix conflict never links', [pair('sr', 30, 'suffix-conflict')], { unresolved: [] }],
  ])('%s', (_, pairs, expected) => {
    const decision = decideLink(pairs, thresholds);
    expect(decision.link).toBe(expected.link);
    expect([...decision.unresolved].sort()).toEqual([...expected.unresolved].sort());
    expect(decision.duplicates).toEqual(expected.duplicates ?? []);
  });
});

describe('mayAutoMerge: one record that certainly matches two patients merges them only when nothing disagrees', () => {
  const rec = (id: string, input: Omit<PersonInput, 'source'> & { source: string }): PatientRecord<string> => ({
    id, source: input.source, normalized: normalizePerson(input as PersonInput),
  });
  // Karen, known to Clerk (e-mail, birth date) and to the store (phone, home), and the payment record joining them.
  const clerkKaren = rec('clerk-1', { source: 'clerk', givenName: 'Karen', familyName: 'Martinez', birthDate: '1971-05-06', email: 'karen.martinez@example.net' });
  const storeKaren = rec('store-1', { source: 'bigcommerce', givenName: 'Karen', familyName: 'Martinez', phone: '508-737-8000', addressLine: '683 Miller Way', postalCode: '01830' });
  const joining = rec('rimo-1', { source: 'rimo', givenName: 'Karen', familyName: 'Martinez', birthDate: '1971-05-06', email: 'karen.martinez@example.net', phone: '508-737-8000' });
  const all = () => true;

  it.each<[string, PatientRecord<string>[], PatientRecord<string>[], (id: string) => boolean, boolean]>([
    ['the joining record agrees certainly with every record of both: merged', [joining, clerkKaren], [storeKaren], all, true],
    ['a record of the other patient it was not compared with, or doubted: a person decides', [joining, clerkKaren], [storeKaren], (id) => id !== 'store-1', false],
    ['a record of its own patient it doubts: a person decides', [joining, clerkKaren], [storeKaren], (id) => id !== 'clerk-1', false],
    [
      'a system that knows both patients (two store accounts: a household, more often than one person twice)',
      [joining, clerkKaren, rec('store-2', { source: 'bigcommerce', givenName: 'Karen', familyName: 'Martinez', email: 'karen.martinez@example.net' })],
      [storeKaren], all, false,
    ],
    [
      'birth dates that disagree across the two (mother and daughter of one name, joined by a record without one)',
      [rec('store-3', { source: 'bigcommerce', givenName: 'Karen', familyName: 'Martinez', addressLine: '683 Miller Way', postalCode: '01830' }), clerkKaren],
      [rec('rimo-2', { source: 'rimo', givenName: 'Karen', familyName: 'Martinez', birthDate: '1999-09-28', addressLine: '683 Miller Way', postalCode: '01830' })],
      all, false,
    ],
    [
      'birth dates a typo apart (1971-05-06 / 1971-05-08) do not disagree',
      [joining, clerkKaren],
      [rec('rimo-3', { source: 'patient-graph', givenName: 'Karen', familyName: 'Martinez', birthDate: '1971-05-08', phone: '508-737-8000' })],
      all, true,
    ],
    [
      'records of the two that are evidence against each other (twins Brian and Barbara, joined by a nameless record with their birth date and mailbox)',
      [
        rec('clerk-9', { source: 'clerk', familyName: 'Okafor', birthDate: '1990-02-14', email: 'okafor.home@example.net' }),
        rec('rimo-9', { source: 'rimo', givenName: 'Brian', familyName: 'Okafor', birthDate: '1990-02-14', sexAtBirth: 'male', email: 'okafor.home@example.net' }),
      ],
      [rec('store-9', { source: 'bigcommerce', givenName: 'Barbara', familyName: 'Okafor', birthDate: '1990-02-14', email: 'okafor.home@example.net' })],
      all, false,
    ],
    ['no records on the other side: nothing to merge', [joining, clerkKaren], [], all, false],
  ])('%s', (_, target, source, agrees, expected) => {
    expect(mayAutoMerge(target[0]!.id, target, source, agrees)).toBe(expected);
  });
});
