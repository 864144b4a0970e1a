import type { EntityManager } from '@mikro-orm/postgresql';
import type { MergesService } from '../merges/merges.service.js';
import { normalizePerson, type PersonInput } from '../matching/index.js';
import type { IdentifierRepository } from './identifier.repository.js';
import type { Candidate, IndexedRecord, MatchIndexRepository } from './match-index.repository.js';
import { MatchingService } from './matching.service.js';

/*
 * Adoption while a merge is in flight (docs/identity.md, "Adoption"): the waiting record's link lands on the merge's
 * target (survivorOf), so adoption's own condition reads the target's records too. The index, the decisions and the
 * merges are stand-ins: the record's one candidate is the source patient's profile.
 */
describe('adoption during a merge in flight: the records of the patient it lands on are read', () => {
  const record = (id: string, patientId: string | null, input: Omit<PersonInput, 'source'> & { source: string }): IndexedRecord => ({
    id, patientId, source: input.source, sourceId: id, normalized: normalizePerson(input as PersonInput),
  });
  const ids = { waiting: '00000000-0000-4000-8000-000000000001', source: '00000000-0000-4000-8000-000000000002', target: '00000000-0000-4000-8000-000000000003' };
  const waiting = record(ids.waiting, null, { source: 'clerk', givenName: 'Ada', familyName: 'Lovelace', email: 'ada.lovelace@fastmail.com' });
  const ofSource = record('00000000-0000-4000-8000-00000000000a', ids.source, { source: 'patient-graph', givenName: 'Ada', familyName: 'Lovelace', birthDate: '1985-12-10', sexAtBirth: 'female', email: 'ada.lovelace@fastmail.com' });
  // The patient an admin is merging the source into: its profile names another person of the family.
  const ofTarget = record('00000000-0000-4000-8000-00000000000b', ids.target, { source: 'patient-graph', givenName: 'Grace', familyName: 'Lovelace', birthDate: '1950-03-02', sexAtBirth: 'female', email: 'grace.l@yahoo.com' });

  function service(survivor: string) {
    const index = {
      candidates: async () => ({ candidates: [{ ...ofSource, sharedKeys: ['email:ada.lovelace@fastmail.com'], capped: false } as Candidate], cappedKeys: [], tf: { get: () => undefined } }),
      byPatients: async (patients: string[]) => [ofSource, ofTarget].filter((r) => patients.includes(r.patientId!)),
    } as unknown as MatchIndexRepository;
    const identifiers = { linkedByPerson: async () => new Set<string>() } as unknown as IdentifierRepository;
    const em = { config: { get: () => 'public' }, execute: async (sql: string) => (sql.startsWith('insert') ? [{ id: 'item' }] : []) } as unknown as EntityManager;
    const merges = { survivorOf: async (p: string) => (p === ids.source ? survivor : p) } as unknown as MergesService;
    return new MatchingService(index, identifiers, em, merges);
  }

  it('no merge: the waiting account on her own mailbox is adopted by her patient', async () => {
    await expect(service(ids.source).decideFor(waiting, true)).resolves.toMatchObject({ kind: 'linked', patientId: ids.source });
  });

  it('her patient being merged into a patient whose profile is another person: not adopted, a person is asked', async () => {
    await expect(service(ids.target).decideFor(waiting, true)).resolves.toEqual({ kind: 'queued', reviewItemIds: ['item'] });
  });
});
