import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { defineAbilityFor, requirePatientAccess, requireReadableQuery, type PatientScope } from '@pg/access';
import {
  DomainException, MEDICATION_LIST_FIELDS, type CreateMedicationDto, type ListMedicationsQueryDto, type MedicationDto, type Page, type RequestMeta,
  type UpdateMedicationDto, type ActorContext,
} from '@pg/contracts';
import { flushOrConflict, isRealDate, requireVersion } from '../patients/patient-scope.js';
import { PatientRepository } from '../patients/patient.repository.js';
import { survivorReadableBy } from '../patients/survivor-readable.js';
import { Medication } from './medication.entity.js';
import { MedicationRepository } from './medication.repository.js';

function toMedicationDto(m: Medication): MedicationDto {
  return {
    id: m.id,
    patientId: m.patientId,
    code: m.codeSystem && m.code ? { system: m.codeSystem, code: m.code, display: m.codeDisplay ?? null } : null,
    name: m.name,
    dose: m.dose ?? null,
    route: m.route ?? null,
    frequency: m.frequency ?? null,
    status: m.status,
    startDate: m.startDate ?? null,
    endDate: m.endDate ?? null,
    note: m.note ?? null,
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

function checkDates(m: Pick<Medication, 'startDate' | 'endDate'>): void {
  if (m.endDate && !isRealDate(m.endDate)) throw DomainException.validation([{ field: 'endDate', message: 'endDate must be a real date YYYY-MM-DD' }]);
  if (m.endDate && m.startDate && m.endDate < m.startDate) {
    throw DomainException.validation([{ field: 'endDate', message: 'endDate must not be before startDate' }]);
  }
}

const codeColumns = (code: CreateMedicationDto['code'] | null) =>
  code ? { codeSystem: code.system, code: code.code, codeDisplay: code.display?.trim() ?? null } : { codeSystem: null, code: null, codeDisplay: null };

/**
 * A patient's medications. Each use case starts with the record-level check (out of scope 404, never allowed 403),
 * then the patient's own existence: a soft-deleted patient's medications answer 404 like the patient.
 */
@Injectable()
export class MedicationsService {
  constructor(private readonly medications: MedicationRepository, private readonly patients: PatientRepository) {}

  async list(meta: RequestMeta, patientId: string, query: ListMedicationsQueryDto): Promise<Page<MedicationDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Medication', patientId);
    requireReadableQuery(ability, 'Medication', MEDICATION_LIST_FIELDS, query);
    const page = await this.patients.whileLive(patientId, survivorReadableBy(meta.actor), () =>
      this.medications.list(scope, patientId, { status: query.status }, query));
    return { ...page, items: page.items.map(toMedicationDto) };
  }

  async get(meta: RequestMeta, patientId: string, medicationId: string): Promise<MedicationDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'read', 'Medication', patientId);
    return toMedicationDto(await this.load(scope, patientId, medicationId, meta.actor));
  }

  async create(meta: RequestMeta, patientId: string, body: CreateMedicationDto): Promise<MedicationDto> {
    requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'Medication', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    const now = new Date();
    const medication = Object.assign(new Medication(), {
      id: randomUUID(),
      patientId,
      ...codeColumns(body.code),
      name: body.name.trim(),
      dose: body.dose?.trim() ?? null,
      route: body.route ?? null,
      frequency: body.frequency?.trim() ?? null,
      status: body.status,
      startDate: body.startDate ?? null,
      endDate: body.endDate ?? null,
      note: body.note ?? null,
      createdBy: meta.actor.principalId,
      createdAt: now,
      updatedAt: now,
    });
    checkDates(medication);
    this.medications.persist(medication);
    await this.medications.flush();
    return toMedicationDto(medication);
  }

  async update(meta: RequestMeta, patientId: string, medicationId: string, body: UpdateMedicationDto, ifMatch?: number): Promise<MedicationDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'update', 'Medication', patientId);
    const medication = await this.load(scope, patientId, medicationId, meta.actor);
    requireVersion('medication', medication.version, ifMatch);
    const changes: Partial<Medication> = {};
    if (body.code !== undefined) Object.assign(changes, codeColumns(body.code));
    if (body.name !== undefined) changes.name = body.name.trim();
    for (const key of ['dose', 'frequency'] as const) if (body[key] !== undefined) changes[key] = body[key]?.trim() ?? null;
    for (const key of ['route', 'status', 'startDate', 'endDate', 'note'] as const) {
      if (body[key] !== undefined) Object.assign(changes, { [key]: body[key] });
    }
    checkDates({ startDate: medication.startDate, endDate: medication.endDate, ...changes });
    Object.assign(medication, changes);
    await flushOrConflict('medication', () => this.medications.flush());
    return toMedicationDto(medication);
  }

  /** Removes the medication from the record (kept, never listed again). */
  async remove(meta: RequestMeta, patientId: string, medicationId: string, ifMatch?: number): Promise<MedicationDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'delete', 'Medication', patientId);
    const medication = await this.load(scope, patientId, medicationId, meta.actor);
    requireVersion('medication', medication.version, ifMatch);
    Object.assign(medication, { removedAt: new Date(), removedBy: meta.actor.principalId });
    await flushOrConflict('medication', () => this.medications.flush());
    return toMedicationDto(medication);
  }

  private async load(scope: PatientScope, patientId: string, medicationId: string, actor: ActorContext): Promise<Medication> {
    await this.patients.requireLive(patientId, survivorReadableBy(actor));
    const medication = await this.medications.findInScope(scope, patientId, medicationId);
    if (!medication) throw DomainException.notFound('Medication');
    return medication;
  }
}
