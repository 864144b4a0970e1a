import { Inject, Injectable } from '@nestjs/common';
import { AUDIT_SOURCE, AuditPublisher, auditWithUnit, automationEvent, type AuditEventInput, type AuditSource } from '@pg/audit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { decide, defineAbilityFor, enforce } from '@pg/access';
import { notLivePatient } from '@pg/persistence';
import {
  DomainException, type IdentifierMethod, type IdentityDto, type LinkIdentityDto, type ListIdentitiesQueryDto, type Page, type RequestMeta,
  type ResolvedIdentifierDto, type ResolveIdentifierQueryDto,
} from '@pg/contracts';
import { MatchingService } from './matching.service.js';
import { queueIdentifierConflict, supersedeWaiting, type SupersedingLink } from '../review/review.repository.js';
import { IDENTIFIER_SYSTEMS, type IdentifierSystems } from './identifier-systems.js';
import { toIdentityDto } from './identifier.mapper.js';
import { IdentifierRepository } from './identifier.repository.js';
import { MatchIndexRepository, type IndexedRecord } from './match-index.repository.js';
import type { PatientIdentifier } from './patient-identifier.entity.js';

/** Who linked: the principal's id, or the partner / process for automation. */
export const linkedByOf = (meta: RequestMeta) => meta.actor.principalId || meta.actor.subject;

/** Audit events of automation: with the request's unit when there is one (acknowledged before its commit), else now. */
export async function publishAutomation(audit: AuditPublisher, events: AuditEventInput[]): Promise<void> {
  if (events.length && !auditWithUnit(...events)) await audit.publishAll(events);
}

/**
 * External identifiers (docs/identity.md, "Identifiers"): any number per patient, a pair held by one patient at a
 * time, with provenance. Each use case starts with the check on the patient (out of scope: NOT_FOUND).
 */
@Injectable()
export class IdentifiersService {
  constructor(
    private readonly identifiers: IdentifierRepository,
    private readonly index: MatchIndexRepository,
    private readonly em: EntityManager,
    @Inject(IDENTIFIER_SYSTEMS) private readonly systems: IdentifierSystems,
    private readonly audit: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    private readonly matching: MatchingService,
  ) {}

  async list(meta: RequestMeta, patientId: string, query: ListIdentitiesQueryDto): Promise<Page<IdentityDto>> {
    enforce(decide(defineAbilityFor(meta.actor), 'read', 'Identity', patientId));
    const page = await this.identifiers.listForPatient(patientId, query);
    return { ...page, items: page.items.map(toIdentityDto) };
  }

  /**
   * Links `(system, value)` to the patient. Held by this patient already: the same row (idempotent). Held by
   * another: CONFLICT, and a review item for the two patients — committed on its own, since the refused link
   * rolls back. `linked`: the index's record a new link put in the patient (the records waiting near it are the
   * caller's to decide again: IngestService.adoptFrom); none when the pair was held already or the index lacks it.
   */
  async link(meta: RequestMeta, patientId: string, body: LinkIdentityDto): Promise<{ identity: IdentityDto; linked?: IndexedRecord }> {
    enforce(decide(defineAbilityFor(meta.actor), 'create', 'Identity', patientId));
    this.requireSystem(body.system, 'body.system');
    let outcome: Awaited<ReturnType<IdentifiersService['linkPair']>>;
    try {
      outcome = await this.linkPair(patientId, body.system, body.value, 'manual', linkedByOf(meta));
    } catch (err) {
      // Two first links of the same pair at once: the unique index lets one through.
      if (err instanceof UniqueConstraintViolationException) throw DomainException.conflict('This identifier was linked at the same moment; ask again');
      throw err;
    }
    if (outcome.kind === 'conflict') {
      const itemId = await queueIdentifierConflict(this.em.fork(), outcome.holder, patientId, body.system);
      throw DomainException.conflict('This identifier belongs to another patient', [
        { field: 'body.value', message: 'held by another patient; a review item was opened', ...(itemId ? { reviewItemId: itemId } : {}) },
      ]);
    }
    return { identity: toIdentityDto(outcome.row), ...(outcome.kind === 'linked' && outcome.record ? { linked: outcome.record } : {}) };
  }

  /** Tombstones the identifier: it no longer resolves; the row stays as history. */
  async unlink(meta: RequestMeta, patientId: string, id: string): Promise<IdentityDto> {
    enforce(decide(defineAbilityFor(meta.actor), 'delete', 'Identity', patientId));
    const row = await this.identifiers.findForPatient(patientId, id);
    if (!row || row.tombstonedAt) throw DomainException.notFound('Identity');
    await this.identifiers.tombstone(row);
    await this.index.setPatient(row.system, row.value, null);
    return toIdentityDto(row);
  }

  /**
   * `(system, value)` → `{ patientId }`: one statement; a patient outside the caller's scope is NOT_FOUND. The
   * patient gate is this statement's too (the handler is declared `patientGate: false`): a deleted or merged patient
   * is refused as the gate refuses it (libs/persistence `notLivePatient`: NOT_FOUND, naming the survivor to a caller
   * who may read it), without a second query.
   */
  async resolve(meta: RequestMeta, query: ResolveIdentifierQueryDto): Promise<ResolvedIdentifierDto> {
    const ability = defineAbilityFor(meta.actor);
    enforce(decide(ability, 'read', 'Identity'), 'Identity');
    const held = await this.identifiers.resolve(query.system, query.value);
    if (!held) throw DomainException.notFound('Identity');
    enforce(decide(ability, 'read', 'Identity', held.patientId), 'Identity');
    if (held.state) throw notLivePatient(held.state, (survivor) => decide(ability, 'read', 'Patient', survivor) === 'allow');
    return { patientId: held.patientId };
  }

  /**
   * The link itself, for people and automation: in the caller's transaction, the pair's row locked. The match
   * index record of the same source id (if any) follows the link (`record`: as written), and its open review items
   * close (`superseded`), but `keep`: the items the link's own decision asks.
   */
  async linkPair(patientId: string, system: string, value: string, method: IdentifierMethod, linkedBy: string, keep: readonly string[] = []):
    Promise<{ kind: 'linked'; row: PatientIdentifier; record?: IndexedRecord } | { kind: 'existing'; row: PatientIdentifier } | { kind: 'conflict'; holder: string }> {
    const existing = await this.identifiers.findPairForUpdate(system, value);
    if (existing && !existing.tombstonedAt) {
      if (existing.patientId === patientId) return { kind: 'existing', row: existing };
      return { kind: 'conflict', holder: existing.patientId };
    }
    const row = await this.identifiers.link(existing, { patientId, system, value, method, linkedBy });
    const record = await this.index.setPatient(system, value, patientId);
    // A person's link keeps what the record's own decision still asks; automation passes what its decision asked.
    const link = { source: system, sourceId: value, patientId, method, linkedBy };
    await (method === 'manual' ? this.supersedeLinked(link, keep) : this.supersede(link, keep));
    return { kind: 'linked', row, record };
  }

  /**
   * A record was linked (here, by a profile's identifiers, by a reviewer's accept): its open review items but `keep`
   * close as `superseded` (supersedeWaiting), each closing in the audit trail as identity-svc's (`update` on
   * `review-item`, reason `superseded`) in both patients' trails — the record's new patient and the item's other
   * patient — with the caller's unit.
   */
  async supersede(link: SupersedingLink, keep: readonly string[] = []): Promise<void> {
    const closed = await supersedeWaiting(this.em, link, keep);
    await publishAutomation(this.audit, closed.flatMap((c) => [...new Set([c.patientId, ...(c.otherPatientId ? [c.otherPatientId] : [])])].map((patientId) =>
      automationEvent(this.source, { action: 'update', reason: 'superseded', resource: { type: 'review-item', id: c.id, patientId }, requestId: `identity-superseded:${c.id}` }))));
  }

  /**
   * A person's link (POST identities link, a reviewer's accept) or a profile's identifiers: supersede as an automatic
   * link does, keeping the items the record's own decision still asks (MatchingService.stillAsked) and `keep`.
   */
  async supersedeLinked(link: SupersedingLink, keep: readonly string[] = []): Promise<void> {
    await this.supersede(link, [...keep, ...(await this.matching.stillAsked(link.source, link.sourceId, link.patientId))]);
  }

  isSystem(system: string): boolean {
    return this.systems.includes(system);
  }

  private requireSystem(system: string, field: string): void {
    if (!this.isSystem(system)) throw DomainException.validation([{ field, message: `system must be one of ${this.systems.join(', ')}` }]);
  }
}
