import { Inject, Injectable } from '@nestjs/common';
import { decide, defineAbilityFor, type SubjectType, enforce } from '@pg/access';
import {
  DomainException, type AccessLogEntryDto, type AuditEvent, type ChainCheckpointDto, type ChainCheckpointedEvent, type DisclosureDto, type ExportAuditEventsQueryDto, type Page, type PageQueryDto,
  type RequestMeta, type SearchAuditEventsQueryDto, type StoredAuditEvent, type VerifyChainResultDto, type VerifyProblem,
} from '@pg/contracts';
import { ChainSigner } from '../chain/chain-signer.js';
import { CheckpointAnchor } from '../chain/checkpoint-anchor.js';
import { canonicalJson, chainHash, GENESIS_HASH } from '../chain/hash-chain.js';
import { AUDIT_SETTINGS, type AuditSettings } from '../ingest/audit-chain.writer.js';
import { BATCH_MAX } from '../ingest/audit-stream.consumer.js';
import type { ChainedEvent, CheckpointRow } from './audit-event.repository.js';
import { AuditEventRepository } from './audit-event.repository.js';

/** Rows verification reads per query: memory stays flat however long the chain is. */
export const VERIFY_CHUNK = 2000n;
/** Slack on top of twice the checkpoint interval before an unsigned tail counts as a removed checkpoint. */
const CHECKPOINT_GRACE_MS = 30_000;

/** The trail for auditors, patients and care teams. Reading it is itself audited (by the interceptor, like every handler). */
@Injectable()
export class AuditEventsService {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly signer: ChainSigner,
    private readonly anchors: CheckpointAnchor,
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
   * Recomputes the chain from the first event to the current head, in sequence order, 2,000 sequences at a time.
   * A row is bad when its sequence does not follow the previous one (a row removed), its prevHash is not the
   * previous row's hash, its hash is not sha256(prevHash ‖ canonical(event)), or its searchable columns say
   * something else than its event. With a signing key, every checkpoint met on the way must carry a valid
   * signature and name the hash the row at its sequence has (a consistently rewritten chain fails here); a
   * signed checkpoint past the head means rows were cut from the end; and a tail after the last checkpoint longer
   * than the writer ever leaves unsigned (by count, or by age) means checkpoints were removed.
   */
  async verify(meta: RequestMeta): Promise<VerifyChainResultDto> {
    this.requireAuditor(meta, 'verify');
    const signing = this.signer.enabled;
    const anchor = signing ? await this.publishedCheckpoint() : null;
    const head = BigInt(await this.events.headSequence());
    let expectedPrev = GENESIS_HASH;
    let expectedSequence = 1n;
    let checked = 0;
    let verified = 0;
    let last: CheckpointRow | null = null;
    let anchorConfirmed = false;
    /** The last sequence a confirmed signature covers. */
    const signedThrough = () => {
      const inTable = last ? BigInt(last.sequence) : 0n;
      const published = anchorConfirmed && anchor ? BigInt(anchor.sequence) : 0n;
      return inTable > published ? inTable : published;
    };
    const claim = (c: ChainCheckpointDto) => ({ sequence: c.sequence, hash: c.hash, signedAt: c.signedAt, keyId: c.keyId });
    const result = (problem: VerifyProblem | null, firstBadId: string | null): VerifyChainResultDto => ({
      valid: problem === null,
      checked,
      firstBadId,
      problem,
      checkpoints: { signing, verified, last: last ? claim(last) : null, published: anchor ? claim(anchor) : null, unsignedTail: Number(head - signedThrough()) },
    });

    for (let after = 0n; after < head; after += VERIFY_CHUNK) {
      const through = after + VERIFY_CHUNK < head ? after + VERIFY_CHUNK : head;
      const rows = await this.events.chainRange(String(after), String(through));
      const checkpoints = signing ? new Map((await this.events.checkpointsBetween(String(after), String(through))).map((c) => [c.sequence, c])) : new Map<string, CheckpointRow>();
      for (const row of rows) {
        checked++;
        const problem: VerifyProblem | null =
          BigInt(row.sequence) !== expectedSequence ? 'sequence'
          : row.prevHash !== expectedPrev ? 'prev-hash'
          : row.hash !== chainHash(row.prevHash, canonicalJson(JSON.parse(row.event))) ? 'hash'
          : row.columnsDisagree ? 'columns'
          : null;
        if (problem) return result(problem, row.id);
        const checkpoint = checkpoints.get(row.sequence);
        if (checkpoint) {
          if (!this.signedRightly(checkpoint)) return result('checkpoint-signature', row.id);
          if (checkpoint.hash !== row.hash) return result('checkpoint-mismatch', row.id);
          verified++;
          last = checkpoint;
        }
        if (anchor && row.sequence === anchor.sequence) {
          if (!this.signedRightly(anchor)) return result('checkpoint-signature', row.id);
          if (anchor.hash !== row.hash) return result('checkpoint-mismatch', row.id);
          anchorConfirmed = true;
        }
        expectedPrev = row.hash;
        expectedSequence++;
      }
    }

    if (signing) {
      const beyond = anchor && BigInt(anchor.sequence) > head ? anchor : await this.events.checkpointAfter(String(head));
      if (beyond) return result(this.signedRightly(beyond) ? 'truncated' : 'checkpoint-signature', null);
      const through = signedThrough();
      if (head > through) {
        const tooMany = head - through >= BigInt(this.settings.checkpointEvery + BATCH_MAX);
        const tooOld = await this.events.storedBefore(String(through), String(head), 2 * this.settings.checkpointIntervalMs + CHECKPOINT_GRACE_MS);
        if (tooMany || tooOld) return result('checkpoint-missing', null);
      }
    }
    return result(null, null);
  }

  /** The latest checkpoint published outside the database; verification cannot vouch for the trail without it. */
  private async publishedCheckpoint(): Promise<ChainCheckpointedEvent | null> {
    try {
      return await this.anchors.latest();
    } catch {
      throw DomainException.unavailable('The published chain checkpoints cannot be read; the trail cannot be verified now');
    }
  }

  private signedRightly(c: CheckpointRow | ChainCheckpointedEvent): boolean {
    return this.signer.verify({ sequence: c.sequence, hash: c.hash, signedAt: c.signedAt, keyId: c.keyId }, c.signature);
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
  return { ...row.event, sequence: row.sequence, hash: row.hash, prevHash: row.prevHash };
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
