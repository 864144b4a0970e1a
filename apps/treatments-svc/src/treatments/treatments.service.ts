import { Injectable } from '@nestjs/common';
import { defineAbilityFor, pickFields, readableFields, requirePatientAccess, requireReadableQuery, type AppAbility } from '@pg/access';
import {
  DomainException, TREATMENT_FIELDS, TREATMENT_LIST_FIELDS, type ListTreatmentsQueryDto, type Page, type RequestMeta, type TransitionTreatmentBodyDto,
  type TreatmentDetailDto, type TreatmentDto,
} from '@pg/contracts';
import { toTreatmentDetailDto, toTreatmentDto } from './treatment.mapper.js';
import { TreatmentLedger } from './treatment.ledger.js';
import { canTransition, TREATMENT_TRANSITIONS } from './treatment.machine.js';
import { TreatmentRepository } from './treatment.repository.js';

/**
 * Treatments as the clinic sees them: the list, one with its history, and a clinician's transition. Each use case
 * starts with the record-level check; a coordinator gets the status fields only (field rules, docs/rbac.md).
 */
@Injectable()
export class TreatmentsService {
  constructor(private readonly treatments: TreatmentRepository, private readonly ledger: TreatmentLedger) {}

  async list(meta: RequestMeta, patientId: string, query: ListTreatmentsQueryDto): Promise<Page<Partial<TreatmentDto>>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Treatment', patientId);
    requireReadableQuery(ability, 'Treatment', TREATMENT_LIST_FIELDS, query);
    const page = await this.treatments.list(scope, patientId, query);
    return { ...page, items: page.items.map((t) => visible(ability, patientId, toTreatmentDto(t))) };
  }

  async get(meta: RequestMeta, patientId: string, id: string): Promise<Partial<TreatmentDetailDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Treatment', patientId);
    const treatment = await this.treatments.findInScope(scope, patientId, id);
    if (!treatment) throw DomainException.notFound('Treatment');
    return visible(ability, patientId, toTreatmentDetailDto(treatment, await this.treatments.history(treatment.externalId)));
  }

  /** A clinician moves a treatment of their patient; an illegal move is 409 naming the moves allowed from where it is. */
  async transition(meta: RequestMeta, patientId: string, id: string, body: TransitionTreatmentBodyDto): Promise<Partial<TreatmentDetailDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'transition', 'Treatment', patientId);
    const found = await this.treatments.findInScope(scope, patientId, id);
    if (!found) throw DomainException.notFound('Treatment');
    await this.treatments.lock(found.externalId);
    const current = (await this.treatments.findByExternalId(found.externalId))!;
    if (!canTransition(current.status, body.to)) {
      const allowed = TREATMENT_TRANSITIONS[current.status];
      throw DomainException.conflict(`A treatment that is ${current.status} cannot move to ${body.to}`, [
        { field: 'to', message: allowed.length ? `allowed from ${current.status}: ${allowed.join(', ')}` : `${current.status} is final`, from: current.status, allowed: [...allowed] },
      ]);
    }
    const { treatment, history } = await this.ledger.record(current.externalId, { to: body.to, at: new Date(), source: 'clinician', actorId: meta.actor.principalId, reason: body.reason ?? null });
    return visible(ability, patientId, toTreatmentDetailDto(treatment!, history));
  }
}

function visible<T extends object>(ability: AppAbility, patientId: string, dto: T): Partial<T> {
  return pickFields(dto, readableFields(ability, 'Treatment', { patientId }, TREATMENT_FIELDS));
}
