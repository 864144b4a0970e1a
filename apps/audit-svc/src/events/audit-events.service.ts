import { Inject, Injectable } from '@nestjs/common';
import { afterCommit } from '@pg/audit';
import { decide, defineAbilityFor, type SubjectType, enforce } from '@pg/access';
import {
  DomainException, ErrorCode, type AccessLogEntryDto, type AuditEvent, type DisclosureDto, type ExportAuditEventsQueryDto, type Page,
  type PageQueryDto, type RequestMeta, type SearchAuditEventsQueryDto, type StoredAuditEvent, type VerifyChainQueryDto, type VerifyChainResultDto, type VerifyJobDto,
} from '@pg/contracts';
import { AUDIT_SETTINGS, type AuditSettings } from '../ingest/audit-chain.writer.js';
import type { ChainedEvent } from './audit-event.repository.js';
import { AuditEventRepository } from './audit-event.repository.js';
import { ChainVerifications } from './chain-verification.js';
import { VerifyJobRepository } from './verify-job.repository.js';
import { VerifyJobRunner } from './verify-job.runner.js';

/** The trail for auditors, patients and care teams. Reading it is itself audited (by the interceptor, like every handler). */
@Injectable()
export class AuditEventsService {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly verifications: ChainVerifications,
    private readonly jobs: VerifyJobRepository,
    private readonly runner: VerifyJobRunner,
    @Inject(AUDIT_SETTINGS) private readonly settings: AuditSettings,
  ) {}

  async search(meta: RequestMeta, query: SearchAuditEventsQueryDto): Promise<Page<StoredAuditEvent>> {
    this.requireAuditor(meta, 'read');
    const page = await this.events.search(query);
    return { ...page, items: page.items.map(toStored) };
  }

  /** One chunk of an export: like a search page, larger. The gateway asks for the next until the cursor is null. */
  async exportChunk(meta: RequestMeta, query: ExportAuditEventsQueryDto): Promise<Page<StoredAuditEvent>> {
    return this.search(meta, query);
  }

  async get(meta: RequestMeta, id: string): Promise<StoredAuditEvent> {
    this.requireAuditor(meta, 'read');
    const row = await this.events.findById(id);
    if (!row) throw DomainException.notFound('Audit event');
    return toStored(row);
  }

  /** The accounting of disclosures (45 CFR 164.528) of one patient: auditors, and the patient themself. */
  async disclosures(meta: RequestMeta, patientId: string, page: PageQueryDto): Promise<Page<DisclosureDto>> {
    this.requirePatientScope(meta, 'Disclosure', patientId);
    const found = await this.events.disclosures(patientId, page);
    return { ...found, items: found.items.map(({ event }) => toDisclosure(event)) };
  }

  /** Who accessed a patient's record: the patient and their care team. */
  async accessLog(meta: RequestMeta, patientId: string, page: PageQueryDto): Promise<Page<AccessLogEntryDto>> {
    this.requirePatientScope(meta, 'AccessLog', patientId);
    const found = await this.events.accessLog(patientId, page);
    return { ...found, items: found.items.map(({ event }) => toAccessLogEntry(event)) };
  }

  /**
   * Verifies a slice of the chain (see ChainVerification): by sequence (`fromSeq`..`toSeq`), by `recordedAt`
   * (`from`..`to`: the sequences of the first and last event recorded in it), or, without either, the whole
   * chain. A slice longer than AUDIT_VERIFY_MAX_EVENTS is refused (UNPROCESSABLE) with the way to go: a narrower
   * range, or a job.
   */
  async verify(meta: RequestMeta, query: VerifyChainQueryDto = {}): Promise<VerifyChainResultDto> {
    this.requireAuditor(meta, 'verify');
    const bySequence = query.fromSeq !== undefined || query.toSeq !== undefined;
    const byTime = query.from !== undefined || query.to !== undefined;
    if (bySequence && byTime) throw DomainException.validation([{ field: 'query', message: 'give a range by sequence (fromSeq, toSeq) or by time (from, to), not both' }]);
    if (query.fromSeq && query.toSeq && BigInt(query.fromSeq) > BigInt(query.toSeq)) throw DomainException.validation([{ field: 'fromSeq', message: 'fromSeq must not be after toSeq' }]);
    if (query.from && query.to && Date.parse(query.from) > Date.parse(query.to)) throw DomainException.validation([{ field: 'from', message: 'from must not be after to' }]);

    const head = BigInt(await this.events.headSequence());
    let fromSeq = 1n;
    let toSeq = head;
    if (bySequence) {
      fromSeq = query.fromSeq ? BigInt(query.fromSeq) : 1n;
      toSeq = query.toSeq && BigInt(query.toSeq) < head ? BigInt(query.toSeq) : head;
    } else if (byTime) {
      const span = await this.events.sequenceSpan(query.from, query.to);
      fromSeq = span ? BigInt(span.first) : 1n;
      toSeq = span ? BigInt(span.last) : 0n;
    }
    const count = toSeq >= fromSeq ? toSeq - fromSeq + 1n : 0n;
    const max = BigInt(this.settings.verifyMaxEvents);
    if (count > max) {
      throw new DomainException(
        ErrorCode.UNPROCESSABLE,
        `The slice holds ${count} events, more than ${max} verified in one request: verify a range (?fromSeq=&toSeq= or ?from=&to=) or start a job (POST /v1/audit/verify-jobs)`,
        [{ field: 'query', events: Number(count), max: Number(max) }],
      );
    }
    const verification = await this.verifications.create();
    const state = await verification.begin(fromSeq, toSeq, toSeq === head);
    await verification.step(state, count);
    return verification.finish(state);
  }

  /** A verification of the whole chain as it is now, run in the background by VerifyJobRunner. */
  async createVerifyJob(meta: RequestMeta): Promise<VerifyJobDto> {
    this.requireAuditor(meta, 'verify');
    const head = await this.events.headSequence();
    const job = await this.jobs.create(meta.actor.principalId, head);
    afterCommit(async () => this.runner.kick());
    return job;
  }

  async getVerifyJob(meta: RequestMeta, id: string): Promise<VerifyJobDto> {
    this.requireAuditor(meta, 'verify');
    const job = await this.jobs.get(id);
    if (!job) throw DomainException.notFound('Verify job');
    return job;
  }

  /** Auditors only; anyone else is refused outright (the trail's existence is no secret, its content is). */
  private requireAuditor(meta: RequestMeta, action: 'read' | 'verify'): void {
    if (!defineAbilityFor(meta.actor).can(action, 'AuditEvent')) throw DomainException.forbidden('Only auditors may read the audit trail');
  }

  /** Never allowed for the role → 403; allowed elsewhere but not for this patient → 404 (existence must not leak). */
  private requirePatientScope(meta: RequestMeta, type: SubjectType, patientId: string): void {
    enforce(decide(defineAbilityFor(meta.actor), 'read', type, patientId), 'Patient', 'Your role may not read this');
  }
}

/** The event as published, plus where it sits in the chain. */
function toStored(row: ChainedEvent): StoredAuditEvent {
  return { ...row.event, sequence: row.sequence, hash: row.hash, prevHash: row.prevHash, ...(row.correctedBy ? { correctedBy: row.correctedBy } : {}) };
}

/** Who acted, by id and roles: the trail holds no names. */
function actorLabel(actor: AuditEvent['actor']): string {
  const roles = actor.roles.length ? ` (${actor.roles.join(', ')})` : '';
  return `${actor.kind} ${actor.principalId ?? 'unidentified'}${roles}`;
}

function toDisclosure(e: AuditEvent): DisclosureDto {
  return {
    eventId: e.id,
    date: e.recordedAt,
    recipient: e.disclosure?.recipient ?? actorLabel(e.actor),
    description: e.disclosure?.description ?? `${e.action} of ${e.resource.type}${e.resource.id ? ` ${e.resource.id}` : ''}`,
    purpose: e.disclosure?.purpose ?? e.purposeOfUse,
  };
}

function toAccessLogEntry(e: AuditEvent): AccessLogEntryDto {
  return {
    eventId: e.id,
    at: e.recordedAt,
    actor: { principalId: e.actor.principalId, roles: e.actor.roles, kind: e.actor.kind },
    action: e.action,
    outcome: e.outcome,
    resource: { type: e.resource.type, ...(e.resource.id ? { id: e.resource.id } : {}) },
    purposeOfUse: e.purposeOfUse,
    // A refused break-glass (on a search or a write) opened nothing: the access log shows no emergency access.
    breakGlassReason: e.breakGlass && !e.breakGlass.refused ? e.breakGlass.reason : null,
  };
}
