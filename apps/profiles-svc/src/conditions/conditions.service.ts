import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { defineAbilityFor, requirePatientAccess, requireReadableQuery, type PatientScope } from '@pg/access';
import {
  ABATED_CLINICAL_STATUSES, CONDITION_LIST_FIELDS, DomainException, type ConditionDto, type CreateConditionDto, type ListConditionsQueryDto, type Page,
  type RequestMeta, type UpdateConditionDto, type ActorContext,
} from '@pg/contracts';
import { flushOrConflict, requireVersion } from '../patients/patient-scope.js';
import { PatientRepository } from '../patients/patient.repository.js';
import { survivorReadableBy } from '../patients/survivor-readable.js';
import { Condition } from './condition.entity.js';
import { ConditionRepository } from './condition.repository.js';

function toConditionDto(c: Condition): ConditionDto {
  return {
    id: c.id,
    patientId: c.patientId,
    code: { system: c.codeSystem ?? null, code: c.code ?? null, display: c.display },
    clinicalStatus: c.clinicalStatus,
    verificationStatus: c.verificationStatus ?? null,
    onsetDate: c.onsetDate ?? null,
    abatementDate: c.abatementDate ?? null,
    note: c.note ?? null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/** The rules across fields (FHIR con-4 and the order of dates): VALIDATION_FAILED naming the field. */
function checkConsistency(c: Pick<Condition, 'clinicalStatus' | 'onsetDate' | 'abatementDate'>): void {
  if (c.abatementDate && c.onsetDate && c.abatementDate < c.onsetDate) {
    throw DomainException.validation([{ field: 'abatementDate', message: 'abatementDate must not be before onsetDate' }]);
  }
  if (c.abatementDate && !ABATED_CLINICAL_STATUSES.includes(c.clinicalStatus)) {
    throw DomainException.validation([{ field: 'clinicalStatus', message: `an abated condition is ${ABATED_CLINICAL_STATUSES.join(', ')}` }]);
  }
}

/**
 * A patient's conditions. Each use case starts with the record-level check (out of scope 404, never allowed 403),
 * then the patient's own existence: a soft-deleted patient's conditions answer 404 like the patient.
 */
@Injectable()
export class ConditionsService {
  constructor(private readonly conditions: ConditionRepository, private readonly patients: PatientRepository) {}

  async list(meta: RequestMeta, patientId: string, query: ListConditionsQueryDto): Promise<Page<ConditionDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Condition', patientId);
    requireReadableQuery(ability, 'Condition', CONDITION_LIST_FIELDS, query);
    const page = await this.patients.whileLive(patientId, survivorReadableBy(meta.actor), () =>
      this.conditions.list(scope, patientId, { clinicalStatus: query.clinicalStatus }, query));
    return { ...page, items: page.items.map(toConditionDto) };
  }

  async get(meta: RequestMeta, patientId: string, conditionId: string): Promise<ConditionDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'read', 'Condition', patientId);
    return toConditionDto(await this.load(scope, patientId, conditionId, meta.actor));
  }

  async create(meta: RequestMeta, patientId: string, body: CreateConditionDto): Promise<ConditionDto> {
    requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'Condition', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    const now = new Date();
    const condition = Object.assign(new Condition(), {
      id: randomUUID(),
      patientId,
      codeSystem: body.code.system ?? null,
      code: body.code.code ?? null,
      display: body.code.display.trim(),
      clinicalStatus: body.clinicalStatus,
      verificationStatus: body.verificationStatus ?? null,
      onsetDate: body.onsetDate ?? null,
      abatementDate: body.abatementDate ?? null,
      note: body.note ?? null,
      createdBy: meta.actor.principalId,
      createdAt: now,
      updatedAt: now,
    });
    checkConsistency(condition);
    this.conditions.persist(condition);
    await this.conditions.flush();
    return toConditionDto(condition);
  }

  async update(meta: RequestMeta, patientId: string, conditionId: string, body: UpdateConditionDto, ifMatch?: number): Promise<ConditionDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'update', 'Condition', patientId);
    const condition = await this.load(scope, patientId, conditionId, meta.actor);
    requireVersion('condition', condition.version, ifMatch);
    const changes: Partial<Condition> = {};
    if (body.code) Object.assign(changes, { codeSystem: body.code.system ?? null, code: body.code.code ?? null, display: body.code.display.trim() });
    if (body.clinicalStatus !== undefined) changes.clinicalStatus = body.clinicalStatus;
    if (body.verificationStatus !== undefined) changes.verificationStatus = body.verificationStatus;
    if (body.onsetDate !== undefined) changes.onsetDate = body.onsetDate;
    if (body.abatementDate !== undefined) changes.abatementDate = body.abatementDate;
    if (body.note !== undefined) changes.note = body.note;
    checkConsistency({ ...pick(condition), ...changes });
    Object.assign(condition, changes);
    await flushOrConflict('condition', () => this.conditions.flush());
    return toConditionDto(condition);
  }

  /** Removes the condition from the record (kept, never listed again). */
  async remove(meta: RequestMeta, patientId: string, conditionId: string, ifMatch?: number): Promise<ConditionDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'delete', 'Condition', patientId);
    const condition = await this.load(scope, patientId, conditionId, meta.actor);
    requireVersion('condition', condition.version, ifMatch);
    Object.assign(condition, { removedAt: new Date(), removedBy: meta.actor.principalId });
    await flushOrConflict('condition', () => this.conditions.flush());
    return toConditionDto(condition);
  }

  private async load(scope: PatientScope, patientId: string, conditionId: string, actor: ActorContext): Promise<Condition> {
    await this.patients.requireLive(patientId, survivorReadableBy(actor));
    const condition = await this.conditions.findInScope(scope, patientId, conditionId);
    if (!condition) throw DomainException.notFound('Condition');
    return condition;
  }
}

const pick = (c: Condition) => ({ clinicalStatus: c.clinicalStatus, onsetDate: c.onsetDate, abatementDate: c.abatementDate });
