import type { AuditPublisher, AuditSource } from '@pg/audit';
import type { MergesService } from '../merges/merges.service.js';
import type { IdentifierRepository } from './identifier.repository.js';
import type { IdentifiersService } from './identifiers.service.js';
import { IngestService } from './ingest.service.js';
import type { IndexedRecord, MatchIndexRepository } from './match-index.repository.js';
import type { MatchingService } from './matching.service.js';

/*
 * A webhook for a record that adoption links at that moment (docs/identity.md, "Adoption"): the identifier look-up ran
 * before the adoption committed, the upsert waited for its row lock and reads the record's patient. The record is that
 * patient's, not decided again as unmatched (a webhook would then create a second patient for the person).
 */
describe('ingest: a record adopted between the identifier look-up and the upsert', () => {
  it('answers the patient the upsert found, and decides nothing', async () => {
    const decided: string[] = [];
    const index = {
      upsert: async (source: string, sourceId: string): Promise<IndexedRecord> => ({ id: 'r1', patientId: 'patient-adopted', source, sourceId, normalized: { blockingKeys: [] } as never }),
    } as unknown as MatchIndexRepository;
    const identifiers = { resolve: async () => null } as unknown as IdentifierRepository;
    const matching = { decideFor: async (r: IndexedRecord) => (decided.push(r.id), { kind: 'none' as const }) } as unknown as MatchingService;
    const ingest = new IngestService(index, identifiers, {} as IdentifiersService, matching, {} as MergesService, {} as AuditPublisher, {} as AuditSource, ['clerk']);
    await expect(ingest.ingest('clerk', 'user_1', { givenName: 'Ada', familyName: 'Lovelace', email: 'ada.lovelace@fastmail.com' }, 'webhook', 'clerk'))
      .resolves.toEqual({ kind: 'known', patientId: 'patient-adopted' });
    expect(decided).toEqual([]);
  });
});
