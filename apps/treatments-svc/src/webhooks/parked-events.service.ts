import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { decide, defineAbilityFor, enforce } from '@pg/access';
import { AUDIT_SOURCE, AuditPublisher, UNIT_OF_WORK, type AuditSource, type UnitOfWork } from '@pg/audit';
import { DomainException, RIMO_IDENTIFIER_SYSTEM, RIMO_PARTNER, type ListParkedEventsQueryDto, type Page, type ParkedEventDto, type RequestMeta } from '@pg/contracts';
import type { ParkedEvent } from './parked-event.entity.js';
import { PartnerInboxRepository } from './partner-inbox.repository.js';
import { PATIENT_DIRECTORY, type PatientDirectory, type Resolution } from './patient-directory.js';
import { parkedToEvent, RimoEventApplier } from './rimo-event.applier.js';

export function toParkedDto(p: ParkedEvent): ParkedEventDto {
  return {
    id: p.id, partner: p.partner, eventId: p.eventId, type: p.type, partnerPatientId: p.partnerPatientId, patientId: p.patientId ?? null,
    reason: p.reason, status: p.status, attempts: p.attempts, parkedAt: p.parkedAt.toISOString(), replayedAt: p.replayedAt?.toISOString() ?? null,
  };
}

/**
 * Partner events parked for an unknown patient: listed for admins, replayed by an admin or when a profile changes
 * (a patient created with the identifier). A replay resolves the patient again; found, the event's effect and the
 * parked row's `replayed` commit together (the row is locked, so two replays of one event make one effect).
 */
@Injectable()
export class ParkedEventsService {
  private readonly logger = new Logger('ParkedEvents');

  constructor(
    private readonly inbox: PartnerInboxRepository,
    private readonly applier: RimoEventApplier,
    @Inject(PATIENT_DIRECTORY) private readonly directory: PatientDirectory,
    @Inject(UNIT_OF_WORK) private readonly uow: UnitOfWork,
    private readonly audit: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
  ) {}

  async list(meta: RequestMeta, query: ListParkedEventsQueryDto): Promise<Page<ParkedEventDto>> {
    enforce(decide(defineAbilityFor(meta.actor), 'read', 'PartnerEvent'));
    const page = await this.inbox.list(query);
    return { ...page, items: page.items.map(toParkedDto) };
  }

  /** An admin's replay: the event as it is now (still parked, with the reason, when its patient is still unknown). */
  async replay(meta: RequestMeta, id: string): Promise<ParkedEventDto> {
    enforce(decide(defineAbilityFor(meta.actor), 'update', 'PartnerEvent'));
    const parked = await this.replayOne(id);
    if (!parked) throw DomainException.notFound('Parked event');
    return toParkedDto(parked);
  }

  /**
   * Replays every parked event (oldest first), each in its own transaction, recorded in the audit trail as the
   * partner's import. Returns how many were applied. Called when profiles change. An event another replica is
   * replaying right now is skipped (SKIP LOCKED), not waited for and resolved a second time. Each partner patient id is looked
   * up once per run (an unknown one is not cached by the directory: without this, a patient's many parked events
   * asked profiles-svc once each, on every run).
   */
  async replayAll(max = 1000): Promise<number> {
    let applied = 0;
    const asked = new Map<string, Promise<Resolution>>();
    const resolve = (partnerPatientId: string): Promise<Resolution> => {
      let r = asked.get(partnerPatientId);
      if (!r) {
        r = this.directory.resolve(RIMO_IDENTIFIER_SYSTEM, partnerPatientId);
        // A failed look-up (profiles-svc down) is asked again for the next event, not remembered.
        r.catch(() => asked.delete(partnerPatientId));
        asked.set(partnerPatientId, r);
      }
      return r;
    };
    for (const id of await this.uow.run(false, () => this.inbox.parkedIds(max))) {
      try {
        await this.uow.run(true, async () => {
          const parked = await this.replayOne(id, resolve, true);
          if (parked?.status !== 'replayed' || !parked.patientId) return;
          applied++;
          await this.audit.publish({
            action: 'import', outcome: 'success', actor: { principalId: null, subject: `partner:${RIMO_PARTNER}`, roles: [], kind: 'service' },
            source: { ...this.source }, purposeOfUse: 'operations', resource: { type: 'partner-event', id: parked.id, patientId: parked.patientId }, requestId: randomUUID(),
          });
        });
      } catch (err) {
        this.logger.warn(`replay of a parked event failed: ${err instanceof DomainException ? err.code : err instanceof Error ? err.name : typeof err}`);
      }
    }
    return applied;
  }

  private async replayOne(
    id: string,
    resolve = (partnerPatientId: string) => this.directory.resolve(RIMO_IDENTIFIER_SYSTEM, partnerPatientId),
    skipLocked = false,
  ): Promise<ParkedEvent | null> {
    const parked = await this.inbox.lockParked(id, skipLocked);
    if (!parked || parked.status !== 'parked' || !parked.payload) return parked;
    const resolution = await resolve(parked.partnerPatientId);
    parked.attempts += 1;
    if (resolution.kind === 'unknown') {
      parked.reason = resolution.reason;
      await this.inbox.flush();
      return parked;
    }
    const patientId = await this.inbox.survivorOf(resolution.patientId);
    await this.applier.apply(parkedToEvent(parked.eventId, parked.payload), patientId);
    Object.assign(parked, { status: 'replayed', replayedAt: new Date(), patientId, payload: null });
    await this.inbox.flush();
    return parked;
  }
}
