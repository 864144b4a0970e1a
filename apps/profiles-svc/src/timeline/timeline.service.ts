import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { defineAbilityFor, requirePatientAccess, requireReadableQuery } from '@pg/access';
import {
  DomainException, isUuid, TIMELINE_FIELDS, type CreateClinicalEventDto, type Page, type RequestMeta, type TimelineEntryDto, type TimelineQueryDto,
} from '@pg/contracts';
import { PatientRepository } from '../patients/patient.repository.js';
import { survivorReadableBy } from '../patients/survivor-readable.js';
import { TimelineRepository, type TimelineFilter } from './timeline.repository.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The timeline: the projection's entries and the manual ones, one list. After the record-level check, the patient
 * must exist and not be soft-deleted (a deleted patient's timeline answers 404 like the patient).
 */
@Injectable()
export class TimelineService {
  constructor(private readonly entries: TimelineRepository, private readonly patients: PatientRepository) {}

  async list(meta: RequestMeta, patientId: string, query: TimelineQueryDto): Promise<Page<TimelineEntryDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'ClinicalEvent', patientId);
    requireReadableQuery(ability, 'ClinicalEvent', TIMELINE_FIELDS, query);
    // The page is read alongside the check that the patient is live (one round trip less); the check's refusal wins.
    return this.patients.whileLive(patientId, survivorReadableBy(meta.actor), () => {
      const filter: TimelineFilter = { ...dates(query.from, query.to), ...(query.type ? { type: query.type } : {}) };
      return this.entries.page(scope, patientId, filter, query);
    });
  }

  /** A check-in, a note or a call, recorded by hand: on the timeline at once. */
  async create(meta: RequestMeta, patientId: string, body: CreateClinicalEventDto): Promise<TimelineEntryDto> {
    requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'ClinicalEvent', patientId);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    const id = randomUUID();
    return this.entries.insertManual({
      id,
      patientId,
      type: body.type,
      occurredAt: new Date(body.occurredAt),
      title: body.title ?? null,
      note: body.note ?? null,
      recordedBy: isUuid(meta.actor.principalId) ? meta.actor.principalId : null,
      recordedAt: new Date(),
    });
  }
}

/** `from` inclusive; `to` inclusive (a date-only `to` includes that whole day, UTC). */
function dates(from?: string, to?: string): Pick<TimelineFilter, 'from' | 'before'> {
  const out: Pick<TimelineFilter, 'from' | 'before'> = {};
  if (from) out.from = new Date(DATE_ONLY.test(from) ? `${from}T00:00:00Z` : from);
  if (to) out.before = DATE_ONLY.test(to) ? new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) : new Date(Date.parse(to) + 1);
  if (out.from && out.before && out.from >= out.before) throw DomainException.validation([{ field: 'from', message: 'from must not be after to' }]);
  return out;
}
