import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AppAbility, decide, defineAbilityFor, type PatientScope, forbiddenWriteFields, listAbilityFor, patientScope, PATIENT_ALL_FIELDS, pickFields, queryScope,
  readableFields, requirePatientAccess, requireReadableQuery,
} from '@pg/access';
import {
  canonicalTimeZone, CreatePatientDto, DomainException, normalizePhone, normalizeTags, Page, PATIENT_EVENTS, PATIENT_SEARCH_FIELDS, PatientChangedEvent, PatientDeletedEvent,
  PatientDto, PatientRestoredEvent, RequestMeta, SearchPatientsQueryDto, UpdatePatientDto,
  retainUntil,
} from '@pg/contracts';
import { notLivePatient } from '@pg/persistence';
import { Patient } from './patient.entity.js';
import { flushOrConflict, requireVersion } from './patient-scope.js';
import { PatientRepository, type PatientRecord } from './patient.repository.js';
import { RecordEventsPublisher } from './record-events.publisher.js';

/** Patient profiles. Each use case starts with the record-level check (the gateway's check is the first). */
@Injectable()
export class PatientsService {
  constructor(private readonly patients: PatientRepository, private readonly events: RecordEventsPublisher) {}

  async create(meta: RequestMeta, body: CreatePatientDto): Promise<Partial<PatientDto>> {
    const ability = defineAbilityFor(meta.actor);
    if (!ability.can('create', 'Patient')) throw DomainException.forbidden('Not allowed to create patients');
    const now = new Date();
    const patient = Object.assign(new Patient(), {
      id: randomUUID(),
      givenName: body.givenName.trim(),
      familyName: body.familyName.trim(),
      birthDate: body.birthDate,
      sexAtBirth: body.sexAtBirth ?? null,
      email: body.email?.toLowerCase() ?? null,
      phone: body.phone ? normalizePhone(body.phone) : null,
      address: body.address ?? null,
      subscriptionTier: body.subscriptionTier ?? 'none',
      status: 'active',
      identifiers: body.identifiers ?? [],
      timeZone: body.timeZone ? canonicalTimeZone(body.timeZone) : null,
      tags: normalizeTags(body.tags ?? []),
      metadata: body.metadata ?? {},
      createdAt: now,
      updatedAt: now,
    });
    this.patients.persist(patient);
    await this.patients.flush();
    this.changed(patient.id, now);
    return this.view(ability, patient);
  }

  /** identity-svc's match index follows profiles through this event (ids only). */
  private changed(patientId: string, at: Date): void {
    this.events.afterCommit(PATIENT_EVENTS.changed, new PatientChangedEvent(patientId, at.toISOString()), `patient-changed-${patientId}-${at.getTime()}`);
  }

  async get(meta: RequestMeta, patientId: string): Promise<Partial<PatientDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = this.check(ability, 'read', patientId);
    const patient = await this.patients.readInScope(scope, patientId);
    if (!patient) throw await this.notFound(ability, patientId);
    return this.view(ability, patient);
  }

  /**
   * NOT_FOUND for a patient not found; one merged into another names the survivor (`details: [{ mergedInto }]`) to a
   * caller who may read the survivor (RBAC.md), and nothing more to anyone else — the same answer as the patient's
   * sub-routes and the other services give (`notLivePatient`).
   */
  private async notFound(ability: AppAbility, patientId: string): Promise<DomainException> {
    const survivor = await this.patients.mergedInto(patientId);
    if (survivor) return notLivePatient({ state: 'merged', mergedInto: survivor }, (id) => decide(ability, 'read', 'Patient', id) === 'allow');
    return DomainException.notFound('Patient');
  }

  async update(meta: RequestMeta, patientId: string, body: UpdatePatientDto, ifMatch?: number): Promise<Partial<PatientDto>> {
    const ability = defineAbilityFor(meta.actor);
    const patient = await this.load(ability, 'update', patientId);
    const fields = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
    const refused = forbiddenWriteFields(ability, 'update', 'Patient', patientId, fields);
    if (refused.length) throw DomainException.forbidden('Not allowed to change these fields', refused.map((field) => ({ field, message: `${field} may not be changed by this role` })));
    requireVersion('patient', patient.version, ifMatch);
    const changes: Partial<Patient> = { ...(body as Partial<Patient>) };
    if (typeof body.email === 'string') changes.email = body.email.toLowerCase();
    if (typeof body.phone === 'string') changes.phone = normalizePhone(body.phone);
    if (typeof body.givenName === 'string') changes.givenName = body.givenName.trim();
    if (typeof body.familyName === 'string') changes.familyName = body.familyName.trim();
    if (typeof body.timeZone === 'string') changes.timeZone = canonicalTimeZone(body.timeZone);
    if (Array.isArray(body.tags)) changes.tags = normalizeTags(body.tags);
    if (body.metadata === null) changes.metadata = {};
    Object.assign(patient, changes);
    await flushOrConflict('patient', () => this.patients.flush());
    this.changed(patient.id, new Date());
    return this.view(ability, patient);
  }

  async deactivate(meta: RequestMeta, patientId: string): Promise<Partial<PatientDto>> {
    const ability = defineAbilityFor(meta.actor);
    const patient = await this.load(ability, 'delete', patientId);
    if (patient.status !== 'inactive') {
      patient.status = 'inactive';
      await this.patients.flush();
    }
    return this.view(ability, patient);
  }

  /**
   * Soft delete (admin, with a reason): the patient and every record of theirs in this service answer 404 from now
   * on, to every role; the row is kept at least RETENTION_YEARS (libs/contracts), then purged. Deleting a deleted patient is 404 (it is gone).
   */
  async softDelete(meta: RequestMeta, patientId: string, reason: string): Promise<{ id: string; patientId: string; deletedAt: string; retainUntil: string }> {
    const ability = defineAbilityFor(meta.actor);
    const patient = await this.load(ability, 'delete', patientId);
    const now = new Date();
    Object.assign(patient, { deletedAt: now, deletedBy: meta.actor.principalId, deleteReason: reason.trim(), retainUntil: retainUntil(now) });
    await this.patients.flush();
    this.events.afterCommit(PATIENT_EVENTS.deleted, new PatientDeletedEvent(patient.id, now.toISOString()), `patient-deleted-${patient.id}-${now.getTime()}`);
    return { id: patient.id, patientId: patient.id, deletedAt: now.toISOString(), retainUntil: patient.retainUntil!.toISOString() };
  }

  /** Undoes a soft delete (admin, with a reason). A patient that is not deleted is a CONFLICT; one that never existed, 404. */
  async restore(meta: RequestMeta, patientId: string, reason: string): Promise<Partial<PatientDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = this.check(ability, 'delete', patientId);
    const patient = await this.patients.findDeletedInScope(scope, patientId);
    if (!patient) {
      if (await this.patients.findInScope(scope, patientId)) throw DomainException.conflict('The patient is not deleted');
      throw DomainException.notFound('Patient');
    }
    const now = new Date();
    Object.assign(patient, { deletedAt: null, retainUntil: null, restoredAt: now, restoredBy: meta.actor.principalId, restoreReason: reason.trim() });
    await this.patients.flush();
    this.events.afterCommit(PATIENT_EVENTS.restored, new PatientRestoredEvent(patient.id, now.toISOString()), `patient-restored-${patient.id}-${now.getTime()}`);
    return this.view(ability, patient);
  }

  async search(meta: RequestMeta, query: SearchPatientsQueryDto): Promise<Page<Partial<PatientDto>>> {
    // A search reads no one patient by id: a break-glass header never widens it (the gateway marks it refused).
    const ability = listAbilityFor(meta.actor);
    if (!patientScope(ability, 'read', 'Patient')) throw DomainException.forbidden('Not allowed to search patients');
    // Field rules apply to filters and the order: a coordinator's ?birthDate= is a probe of birth dates (403).
    requireReadableQuery(ability, 'Patient', PATIENT_SEARCH_FIELDS, query);
    const scope = queryScope(ability, 'Patient', PATIENT_SEARCH_FIELDS, query) ?? { kind: 'some', patientIds: [] };
    const page = await this.patients.search(scope, query);
    return { ...page, items: page.items.map((p) => this.view(ability, p)) };
  }

  /**
   * The record-level check: out of scope is NOT_FOUND (existence does not leak); never allowed is FORBIDDEN.
   * Returns the scope the repository puts into its SQL.
   */
  private check(ability: AppAbility, action: 'read' | 'update' | 'delete', patientId: string): PatientScope {
    return requirePatientAccess(ability, action, 'Patient', patientId);
  }

  private async load(ability: AppAbility, action: 'update' | 'delete', patientId: string): Promise<Patient> {
    const patient = await this.patients.findInScope(this.check(ability, action, patientId), patientId);
    if (!patient) throw DomainException.notFound('Patient');
    return patient;
  }

  private view(ability: AppAbility, patient: PatientRecord): Partial<PatientDto> {
    const dto: PatientDto = {
      id: patient.id,
      givenName: patient.givenName,
      familyName: patient.familyName,
      birthDate: patient.birthDate,
      sexAtBirth: patient.sexAtBirth ?? null,
      email: patient.email ?? null,
      phone: patient.phone ?? null,
      address: patient.address ?? null,
      timeZone: patient.timeZone ?? null,
      tags: patient.tags ?? [],
      metadata: patient.metadata ?? {},
      subscriptionTier: patient.subscriptionTier,
      status: patient.status as PatientDto['status'],
      identifiers: patient.identifiers ?? [],
      version: patient.version,
      createdAt: patient.createdAt.toISOString(),
      updatedAt: patient.updatedAt.toISOString(),
    };
    return pickFields(dto, readableFields(ability, 'Patient', { patientId: patient.id }, PATIENT_ALL_FIELDS));
  }
}
