import { Injectable } from '@nestjs/common';
import type { IdentifierMethod, MatchExplanationDto } from '@pg/contracts';
import { normalizePerson, type PersonInput } from '../matching/index.js';
import { IdentifierRepository } from './identifier.repository.js';
import { IdentifiersService } from './identifiers.service.js';
import { MatchIndexRepository } from './match-index.repository.js';
import { MatchingService } from './matching.service.js';

export type IngestResult =
  | { kind: 'known'; patientId: string }
  | { kind: 'auto-linked'; patientId: string; explanation: MatchExplanationDto }
  | { kind: 'queued'; reviewItemIds: string[] }
  | { kind: 'unmatched' };

/**
 * A source record arrives (a webhook, resolveIdentity's fallback): its demographics go into the match index; a
 * known identifier keeps its patient; otherwise automation links a certain match, queues a probable one, or leaves
 * the record unmatched. In the caller's transaction.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly index: MatchIndexRepository,
    private readonly identifiers: IdentifierRepository,
    private readonly identifierService: IdentifiersService,
    private readonly matching: MatchingService,
  ) {}

  async ingest(source: string, sourceId: string, person: Omit<PersonInput, 'source'>, method: IdentifierMethod, linkedBy: string): Promise<IngestResult> {
    const known = (await this.identifiers.resolve(source, sourceId))?.patientId;
    const record = await this.index.upsert(source, sourceId, normalizePerson({ ...person, source }), known ?? undefined);
    if (known) return { kind: 'known', patientId: known };
    const outcome = await this.matching.decideFor(record);
    if (outcome.kind === 'linked') {
      const linked = await this.identifierService.linkPair(outcome.patientId, source, sourceId, method, linkedBy);
      if (linked.kind !== 'conflict') return { kind: 'auto-linked', patientId: outcome.patientId, explanation: outcome.explanation };
      return { kind: 'known', patientId: linked.holder };
    }
    if (outcome.kind === 'queued') return { kind: 'queued', reviewItemIds: outcome.reviewItemIds };
    return { kind: 'unmatched' };
  }

  /** The record's identifier now belongs to `patientId` (a patient just created for it). */
  async linkCreated(patientId: string, source: string, sourceId: string, linkedBy: string, method: IdentifierMethod = 'import'): Promise<void> {
    await this.identifierService.linkPair(patientId, source, sourceId, method, linkedBy);
  }
}
