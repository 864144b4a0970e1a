import { Inject, Injectable } from '@nestjs/common';
import { AUDIT_SOURCE, AuditPublisher, automationEvent, type AuditEventInput, type AuditSource } from '@pg/audit';
import type { IdentifierMethod, IdentityDto, LinkIdentityDto, MatchExplanationDto, RequestMeta } from '@pg/contracts';
import { MergesService } from '../merges/merges.service.js';
import { ADOPTION_LIMIT, BLOCK_CAP, normalizePerson, type PersonInput } from '../matching/index.js';
import { IDENTIFIER_SYSTEMS, type IdentifierSystems } from './identifier-systems.js';
import { IdentifierRepository } from './identifier.repository.js';
import { IdentifiersService, publishAutomation } from './identifiers.service.js';
import { MatchIndexRepository, type IndexedRecord } from './match-index.repository.js';
import { MatchingService, type ScoredCandidate } from './matching.service.js';

/** Who adopted a waiting record (the identifier's `linkedBy`). */
export const ADOPTED_BY = 'identity-svc:adoption';

export type IngestResult =
  | { kind: 'known'; patientId: string }
  /** `mergeIds`: the automatic merges this record started (other patients it showed to be the same person). */
  | { kind: 'auto-linked'; patientId: string; explanation: MatchExplanationDto; mergeIds: string[] }
  | { kind: 'queued'; reviewItemIds: string[] }
  | { kind: 'unmatched' };

/**
 * A source record arrives (a webhook, resolveIdentity's fallback): its demographics go into the match index; a
 * known identifier keeps its patient; otherwise automation links a certain match, queues a probable one, or leaves
 * the record unmatched. A record that certainly matches two patients, where mayAutoMerge() allows, starts the merge
 * of the other into the one it joined (docs/identity.md, "Automatic merges"); where admission refuses (either is in a
 * merge already), the pair is queued for a person. In the caller's transaction.
 */
@Injectable()
export class IngestService {
  constructor(
    private readonly index: MatchIndexRepository,
    private readonly identifiers: IdentifierRepository,
    private readonly identifierService: IdentifiersService,
    private readonly matching: MatchingService,
    private readonly merges: MergesService,
    private readonly audit: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    @Inject(IDENTIFIER_SYSTEMS) private readonly systems: IdentifierSystems,
  ) {}

  async ingest(source: string, sourceId: string, person: Omit<PersonInput, 'source'>, method: IdentifierMethod, linkedBy: string): Promise<IngestResult> {
    const resolved = (await this.identifiers.resolve(source, sourceId))?.patientId;
    // The upsert locks the record's row: a record adopted between the look-up and the lock comes back with its patient.
    const record = await this.index.upsert(source, sourceId, normalizePerson({ ...person, source }), resolved ?? undefined);
    const known = resolved ?? record.patientId;
    if (known) return { kind: 'known', patientId: known };
    // A record that already waited unlinked and is sent again (a `user.updated`) is decided as adoption decides it:
    // with adoption's guard (mayAdopt) and every no-match a person recorded on it, never round them.
    const { waited, ...indexed } = record;
    const result = await this.settle(indexed, method, linkedBy, waited);
    if (result.kind === 'auto-linked') await this.publish(await this.adopt({ ...indexed, patientId: result.patientId }));
    return result;
  }

  /** Automation on an unlinked record of the index: link (and merge), queue, or nothing (MatchingService.decideFor). */
  private async settle(record: IndexedRecord, method: IdentifierMethod, linkedBy: string, adopting = false): Promise<IngestResult> {
    const { source, sourceId } = record;
    const outcome = await this.matching.decideFor(record, adopting);
    if (outcome.kind === 'linked') {
      const patientId = outcome.survivor;
      // The record's earlier items close with the link (superseded), but those this decision asked again.
      const linked = await this.identifierService.linkPair(patientId, source, sourceId, method, linkedBy, outcome.reviewItemIds);
      // Merged only into the patient the record joined; otherwise (its identifier is another patient's, or that patient
      // is being merged away) the pairs go to a person.
      const joinedOther = linked.kind === 'conflict' || patientId !== outcome.patientId;
      if (joinedOther) {
        for (const other of outcome.merges) if (other.patientId !== patientId) await this.matching.queue(record, other, 'ambiguous');
      }
      const mergeIds = joinedOther ? [] : await this.mergeInto(record, patientId, outcome.merges);
      if (linked.kind === 'conflict') return { kind: 'known', patientId: linked.holder };
      return { kind: 'auto-linked', patientId, explanation: outcome.explanation, mergeIds };
    }
    if (outcome.kind === 'queued') return { kind: 'queued', reviewItemIds: outcome.reviewItemIds };
    return { kind: 'unmatched' };
  }

  /**
   * Adoption (docs/identity.md, "Adoption"): a record of a patient entered or changed in the index (a profile arrived,
   * a partner record was linked), so the partner records waiting unlinked in its blocks (MatchIndexRepository.waitingNear)
   * that the record bears on (MatchingService.bearsOn) are decided again, each exactly as when it arrived (settle: decideLink over all its pairs, hard negatives, caps,
   * corroboration, a person's decisions, review items, merges). One adopted record may bring the next (its own blocks
   * are looked at in turn), up to ADOPTION_LIMIT per change. Each record is locked and re-read unlinked first, so two
   * changes at once adopt it once. Returns the audit events of the links made (action `link`, reason `adoption`): the
   * caller publishes them with its unit, or after its transaction commits.
   */
  async adopt(start: IndexedRecord): Promise<AuditEventInput[]> {
    const events: AuditEventInput[] = [];
    const work = [start];
    const seen = new Set([start.id]);
    while (work.length && events.length < ADOPTION_LIMIT) {
      const record = work.shift()!;
      const near = await this.index.waitingNear(record, this.systems, BLOCK_CAP);
      for (const candidate of near) {
        if (seen.has(candidate.id) || events.length >= ADOPTION_LIMIT) continue;
        if (!this.matching.bearsOn(candidate.normalized, record.normalized)) continue;
        seen.add(candidate.id);
        const waiting = await this.index.lockUnlinked(candidate.id);
        if (!waiting) continue;
        const result = await this.settle(waiting, 'auto-link', ADOPTED_BY, true);
        if (result.kind !== 'auto-linked') continue;
        events.push(automationEvent(this.source, {
          action: 'link', reason: 'adoption', resource: { type: 'identity', id: waiting.id, patientId: result.patientId }, requestId: `identity-adoption:${waiting.id}`,
        }));
        work.push({ ...waiting, patientId: result.patientId });
      }
    }
    return events;
  }

  /**
   * A person's link of an identifier to a patient (`POST /v1/patients/{id}/identities`: IdentifiersService.link, with its
   * record-level check and its conflict), then the records waiting near the record it linked (adoption), as after any
   * link. IdentifiersService cannot do the second: this service uses it.
   */
  async linkIdentity(meta: RequestMeta, patientId: string, body: LinkIdentityDto): Promise<IdentityDto> {
    const { identity, linked } = await this.identifierService.link(meta, patientId, body);
    if (linked) await this.adoptFrom(linked);
    return identity;
  }

  /**
   * A record was just linked (by the webhook's new patient, a reviewer's accept, an admin's link of an identifier): the
   * partner records waiting near it are decided again (adoption), the audit events published with the caller's unit.
   * A record not linked brings nothing.
   */
  async adoptFrom(record: IndexedRecord): Promise<void> {
    if (record.patientId) await this.publish(await this.adopt(record));
  }

  /**
   * A profile entered the index (or changed), its record linked to its own patient (PatientFeed): when it is certain to
   * an established patient that it may merge with (MatchingService.decideProfile), its own patient is merged INTO that
   * one (the established patient survives, as an arriving record's duplicates fold into the patient it joined), then
   * any other patient it showed to be the same person, through the automatic merge saga (admission refused → queued);
   * the rest of what it asks is queued. Returns the merges started.
   */
  async decideProfile(record: IndexedRecord): Promise<string[]> {
    const { merges } = await this.matching.decideProfile(record);
    const [survivor, ...others] = merges;
    if (!survivor) return [];
    const started = await this.startMerge(record, survivor.patientId, record.patientId!, survivor);
    return [...(started ? [started] : []), ...(await this.mergeInto(record, survivor.patientId, others))];
  }

  /** Audit events of automation: with the request's unit when there is one (acknowledged before its commit), else now. */
  async publish(events: AuditEventInput[]): Promise<void> {
    await publishAutomation(this.audit, events);
  }

  /**
   * Starts the automatic merge of each of `others` into `target` (mayAutoMerge allowed it). Admission refused (either
   * patient is in another merge): queued for a person instead; already merging the two: nothing. Each merge started is
   * recorded in both patients' audit trails with the request's unit (auditWithUnit: acknowledged before the commit,
   * corrected if the commit fails).
   */
  private async mergeInto(record: IndexedRecord, target: string, others: ScoredCandidate[]): Promise<string[]> {
    const mergeIds: string[] = [];
    for (const other of others) {
      const id = await this.startMerge(record, target, other.patientId, other);
      if (id) mergeIds.push(id);
    }
    return mergeIds;
  }

  /**
   * The automatic merge of `source` into `target`: admission refused, the record's pair with `asked` (its best record
   * of the other patient) is queued instead (`ambiguous`); already merging the two: nothing. Returns the merge started.
   */
  private async startMerge(record: IndexedRecord, target: string, source: string, asked: ScoredCandidate): Promise<string | null> {
    const started = await this.merges.createAutomatic(target, source);
    if (!started) {
      await this.matching.queue(record, asked, 'ambiguous');
      return null;
    }
    if (!started.created) return null; // this pair's merge is already in flight
    const { merge } = started;
    const event = (patientId: string) =>
      automationEvent(this.source, { action: 'merge', reason: 'automatic-merge', resource: { type: 'merge', id: merge.id, patientId }, requestId: `identity-auto-merge:${merge.id}` });
    await this.publish([event(target), event(source)]);
    return merge.id;
  }

  /**
   * The record's identifier now belongs to `patientId` (a patient just created for it). `keep`: the items this arrival
   * queued (resolveIdentity queues a probable match and still creates): they stay open; earlier ones are superseded.
   */
  async linkCreated(patientId: string, source: string, sourceId: string, linkedBy: string, method: IdentifierMethod = 'import', keep: readonly string[] = []): Promise<void> {
    const linked = await this.identifierService.linkPair(patientId, source, sourceId, method, linkedBy, keep);
    if (linked.kind === 'conflict') return;
    // The patient's profile was made from this record (PatientCreator.create): its copy, not a second witness.
    await this.index.setStartedPatient(source, sourceId, patientId);
    // Linked just now: the index's record as linkPair wrote it; already linked: as it stands.
    const record = linked.kind === 'linked' ? linked.record : await this.index.bySource(source, sourceId);
    if (record) await this.adoptFrom(record);
  }
}
