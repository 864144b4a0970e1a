import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { decide, defineAbilityFor, enforce } from '@pg/access';
import { withAfterCommit } from '@pg/audit';
import {
  DomainException, MERGE_EVENTS, MERGE_PARTICIPANTS, MergeRequestedEvent, MergeUndoRequestedEvent, PatientMergedEvent,
  type MergeAnswer, type MergeAnswerEvent, type MergeDto, type MergeParticipant, type RequestMeta,
} from '@pg/contracts';
import { recordNoMatch } from '../review/decisions.js';
import { MergeEventsRelay } from './merge-events.relay.js';
import { Merge } from './merge.entity.js';
import { toMergeDto } from './merge.mapper.js';

const PARTICIPANTS = Object.keys(MERGE_PARTICIPANTS) as MergeParticipant[];
/** States in which a patient is taken by a merge: as its source, or (pending ones) as either side. */
const LIVE = ['pending', 'completed', 'failed', 'undo_pending'] as const;
const IN_FLIGHT = ['pending', 'undo_pending'] as const;

/**
 * Merges (docs/identity.md, "Merges"): admission (admin; the refusals), the saga's head row and its events through
 * the outbox, and the coordinator's bookkeeping of the participants' answers.
 */
@Injectable()
export class MergesService {
  private readonly logger = new Logger('Merges');

  constructor(private readonly em: EntityManager, private readonly orm: MikroORM, private readonly relay: MergeEventsRelay) {}

  /**
   * Asks for a merge of `sourcePatientId` into `targetPatientId`. The gateway has checked that both exist and are
   * live (profiles-svc); here: not into itself, then admission (admit()).
   */
  async create(meta: RequestMeta, targetPatientId: string, sourcePatientId: string): Promise<MergeDto> {
    const ability = defineAbilityFor(meta.actor);
    enforce(decide(ability, 'merge', 'Patient', targetPatientId));
    enforce(decide(ability, 'merge', 'Patient', sourcePatientId));
    if (sourcePatientId === targetPatientId) {
      throw DomainException.conflict('A patient cannot be merged into itself', [{ field: 'body.sourcePatientId', message: 'same as the target' }]);
    }
    const admitted = await this.admit(targetPatientId, sourcePatientId, meta.actor.principalId ?? null);
    if (admitted.kind !== 'admitted') {
      if (admitted.kind === 'target-merged') throw DomainException.conflict('The target patient was merged into another patient', [{ field: 'patientId', message: 'already merged' }]);
      if (admitted.kind === 'source-merged') throw DomainException.conflict('The source patient was already merged', [{ field: 'body.sourcePatientId', message: 'already merged' }]);
      throw DomainException.conflict('A merge of one of these patients is still in progress', [{ field: 'body.sourcePatientId', message: 'merge in progress' }]);
    }
    const merge = admitted.merge;
    try {
      await this.em.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw DomainException.conflict('A merge of one of these patients is still in progress');
      throw err;
    }
    return toMergeDto(merge);
  }

  /**
   * A merge automation asks for (MatchingService: one arriving record certainly matches two patients, and the
   * guards of docs/identity.md, "Automatic merges", hold): no actor's ability (automation acts for no one), the same
   * admission as a person's request. `created: false` when a merge of these two is already in flight (a later
   * record of the same person, while the participants move rows): nothing to start. `null` when either patient is
   * otherwise taken — the caller queues the pair for a person then. In the caller's transaction; flushed by it.
   */
  async createAutomatic(targetPatientId: string, sourcePatientId: string): Promise<{ merge: Merge; created: boolean } | null> {
    if (sourcePatientId === targetPatientId) return null;
    const admitted = await this.admit(targetPatientId, sourcePatientId, null);
    if (admitted.kind === 'admitted') return { merge: admitted.merge, created: true };
    const pair = [targetPatientId, sourcePatientId].sort().join();
    const same = admitted.taken.find((m) => m.state === 'pending' && [m.sourcePatientId, m.targetPatientId].sort().join() === pair);
    return same ? { merge: same, created: false } : null;
  }

  /**
   * The patient a record of `patientId` belongs with now: the target of the merge that took it (pending — its rows
   * are moving — or completed), followed along a chain, else the patient itself. A record linked to a merge's source
   * while its rows move could be left behind on it.
   */
  async survivorOf(patientId: string): Promise<string> {
    let current = patientId;
    for (let hops = 0; hops < 8; hops++) {
      const merge = await this.em.findOne(Merge, { sourcePatientId: current, state: { $in: ['pending', 'completed'] } });
      if (!merge) break;
      current = merge.targetPatientId;
    }
    return current;
  }

  /**
   * Admission, under one advisory lock so two requests cannot both pass: not into or from a merged patient, not
   * while either is in a merge in flight. Persists the merge and its `requested` event (not flushed).
   */
  private async admit(targetPatientId: string, sourcePatientId: string, requestedBy: string | null): Promise<
    { kind: 'admitted'; merge: Merge } | { kind: 'target-merged' | 'source-merged' | 'in-flight'; taken: Merge[] }
  > {
    await this.em.execute('select pg_advisory_xact_lock(hashtext(?))', ['identity.merge.admission']);
    const taken = await this.em.find(Merge, {
      $or: [
        { sourcePatientId: { $in: [sourcePatientId, targetPatientId] }, state: { $in: [...LIVE] } },
        { targetPatientId: { $in: [sourcePatientId, targetPatientId] }, state: { $in: [...IN_FLIGHT] } },
      ],
    });
    if (taken.some((m) => m.sourcePatientId === targetPatientId)) return { kind: 'target-merged', taken };
    if (taken.some((m) => m.sourcePatientId === sourcePatientId && !IN_FLIGHT.includes(m.state as never))) return { kind: 'source-merged', taken };
    if (taken.length) return { kind: 'in-flight', taken };
    const merge = Object.assign(new Merge(), {
      id: randomUUID(), sourcePatientId, targetPatientId, state: 'pending' as const, requestedBy, requestedAt: new Date(),
      completedAt: null, undoRequestedBy: null, undoRequestedAt: null, undoneAt: null,
      services: Object.fromEntries(PARTICIPANTS.map((s) => [s, { state: 'pending', moved: {}, superseded: {} }])),
    });
    this.em.persist(merge);
    this.relay.record(MERGE_EVENTS.requested, new MergeRequestedEvent(merge.id, sourcePatientId, targetPatientId), `${merge.id}:requested`);
    return { kind: 'admitted', merge };
  }

  async get(meta: RequestMeta, mergeId: string): Promise<MergeDto> {
    const merge = await this.em.findOne(Merge, { id: mergeId });
    if (!merge) throw DomainException.notFound('Merge');
    enforce(decide(defineAbilityFor(meta.actor), 'merge', 'Patient', merge.targetPatientId), 'Merge');
    return toMergeDto(merge);
  }

  /** Asks the participants to move back what they journalled. A completed or failed merge may be undone; once. */
  async undo(meta: RequestMeta, mergeId: string): Promise<MergeDto> {
    const merge = await this.em.findOne(Merge, { id: mergeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!merge) throw DomainException.notFound('Merge');
    enforce(decide(defineAbilityFor(meta.actor), 'merge', 'Patient', merge.targetPatientId), 'Merge');
    if (merge.state !== 'completed' && merge.state !== 'failed') {
      throw DomainException.conflict(`A ${merge.state} merge cannot be undone`, [{ field: 'mergeId', message: `state is ${merge.state}` }]);
    }
    merge.state = 'undo_pending';
    merge.undoRequestedBy = meta.actor.principalId ?? null;
    merge.undoRequestedAt = new Date();
    this.relay.record(MERGE_EVENTS.undoRequested, new MergeUndoRequestedEvent(merge.id, merge.sourcePatientId, merge.targetPatientId), `${merge.id}:undo-requested`);
    await this.em.flush();
    return toMergeDto(merge);
  }

  /**
   * A participant's answer (the coordinator's consumer). Applied by all four → completed and `identity.patient.merged`;
   * undone by all four → undone, a manual no-match between the two, `identity.patient.unmerged`; a failure → failed.
   * Idempotent: a repeated answer changes nothing.
   */
  async onAnswer(answer: MergeAnswer, event: MergeAnswerEvent): Promise<void> {
    if (!PARTICIPANTS.includes(event.service)) return;
    await withAfterCommit(() => this.orm.em.fork().transactional(async (em) => {
      const merge = await em.findOne(Merge, { id: event.mergeId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!merge) return;
      const prev = merge.services[event.service] ?? { state: 'pending', moved: {}, superseded: {} };
      const at = event.occurredAt;
      if (answer === 'applied' && merge.state === 'pending') {
        merge.services = { ...merge.services, [event.service]: { state: 'applied', moved: event.moved, superseded: event.superseded ?? {}, at } };
      } else if (answer === 'undone' && merge.state === 'undo_pending') {
        merge.services = { ...merge.services, [event.service]: { ...prev, state: 'undone', undoneMoved: event.moved, at } };
      } else if (answer === 'failed' && (merge.state === 'pending' || merge.state === 'undo_pending')) {
        merge.services = { ...merge.services, [event.service]: { ...prev, state: 'failed', error: event.error ?? 'error', at } };
        if (merge.state === 'pending') merge.state = 'failed';
      } else {
        return;
      }
      const states = PARTICIPANTS.map((s) => merge.services[s]?.state);
      if (merge.state === 'pending' && states.every((s) => s === 'applied')) {
        merge.state = 'completed';
        merge.completedAt = new Date();
        this.relay.record(MERGE_EVENTS.patientMerged, new PatientMergedEvent(merge.id, merge.sourcePatientId, merge.targetPatientId), `${merge.id}:merged`, em);
      } else if (merge.state === 'undo_pending' && states.every((s) => s === 'undone')) {
        merge.state = 'undone';
        merge.undoneAt = new Date();
        await recordNoMatch(em, merge.sourcePatientId, merge.targetPatientId, 'merge undone', merge.undoRequestedBy ?? 'merge');
        this.relay.record(MERGE_EVENTS.patientUnmerged, new PatientMergedEvent(merge.id, merge.sourcePatientId, merge.targetPatientId), `${merge.id}:unmerged`, em);
      }
      this.logger.log(`merge ${merge.id}: ${event.service} ${answer}; state ${merge.state}`);
    }));
  }
}
