import { Injectable } from '@nestjs/common';
import { defineAbilityFor, pickFields, readableFields, requirePatientAccess, requireReadableQuery, type AppAbility } from '@pg/access';
import {
  DomainException, PRESCRIPTION_FIELDS, PRESCRIPTION_LIST_FIELDS, type ListPrescriptionsQueryDto, type Page, type PrescriptionDetailDto, type PrescriptionDto,
  type RequestMeta,
} from '@pg/contracts';
import { toPrescriptionDetailDto, toPrescriptionDto } from './prescription.mapper.js';
import { PrescriptionRepository } from './prescription.repository.js';

/** Prescriptions as the clinic sees them; a coordinator gets status and tracking only (field rules, docs/rbac.md). */
@Injectable()
export class PrescriptionsService {
  constructor(private readonly prescriptions: PrescriptionRepository) {}

  async list(meta: RequestMeta, patientId: string, query: ListPrescriptionsQueryDto): Promise<Page<Partial<PrescriptionDto>>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Prescription', patientId);
    requireReadableQuery(ability, 'Prescription', PRESCRIPTION_LIST_FIELDS, query);
    const page = await this.prescriptions.list(scope, patientId, query);
    return { ...page, items: page.items.map((p) => visible(ability, patientId, toPrescriptionDto(p))) };
  }

  async get(meta: RequestMeta, patientId: string, id: string): Promise<Partial<PrescriptionDetailDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Prescription', patientId);
    const p = await this.prescriptions.findInScope(scope, patientId, id);
    if (!p) throw DomainException.notFound('Prescription');
    const [events, refills] = await Promise.all([this.prescriptions.events(p.externalId), this.prescriptions.refillsOf(scope, patientId, p.externalId)]);
    const dto = toPrescriptionDetailDto(p, events, refills);
    const fields = readableFields(ability, 'Prescription', { patientId }, PRESCRIPTION_FIELDS);
    return { ...pickFields(dto, fields), ...(fields.includes('refills') ? { refills: dto.refills.map((r) => pickFields(r, fields) as PrescriptionDto) } : {}) };
  }
}

function visible<T extends object>(ability: AppAbility, patientId: string, dto: T): Partial<T> {
  return pickFields(dto, readableFields(ability, 'Prescription', { patientId }, PRESCRIPTION_FIELDS));
}
