import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { defineAbilityFor, requirePatientAccess, requireReadableQuery } from '@pg/access';
import {
  CHECK_IN_EVENTS, CHECK_IN_LIST_FIELDS, CHECK_IN_TREND_MAX_DAYS, CheckInRecordedEvent, DomainException, todayIn, type CheckInDto, type CheckInTrendDto,
  type CheckInTrendQueryDto, type ListCheckInsQueryDto, type Page, type RecordCheckInDto, type RecordedCheckInDto, type RequestMeta,
} from '@pg/contracts';
import { isRealDate } from '../patients/patient-scope.js';
import { PatientRepository } from '../patients/patient.repository.js';
import { survivorReadableBy } from '../patients/survivor-readable.js';
import { RecordEventsPublisher } from '../patients/record-events.publisher.js';
import { CheckIn } from './check-in.entity.js';
import { CheckInRepository, dayOf } from './check-in.repository.js';
import { addDays, checkInTrend, daysBetween } from './check-in-trend.js';

function toCheckInDto(c: CheckIn): CheckInDto {
  return {
    id: c.id,
    patientId: c.patientId,
    date: dayOf(c.date),
    energy: c.energy,
    mood: c.mood,
    focus: c.focus,
    sleepQuality: c.sleepQuality,
    note: c.note ?? null,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

const dateProblem = (field: string, value: string | undefined) =>
  value !== undefined && !isRealDate(value) ? DomainException.validation([{ field, message: `${field} must be a real date YYYY-MM-DD` }]) : null;

/**
 * The daily check-in (issue 12): one per patient and day, in the patient's own calendar (their time zone; UTC when
 * the profile has none). A second one for the same day replaces the first (`created: false`, the gateway's 200).
 * Each recorded check-in is announced on EVENTS for the timeline.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly checkIns: CheckInRepository,
    private readonly patients: PatientRepository,
    private readonly events: RecordEventsPublisher,
  ) {}

  async record(meta: RequestMeta, patientId: string, body: RecordCheckInDto): Promise<RecordedCheckInDto> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'create', 'CheckIn', patientId);
    const patient = await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    const invalid = dateProblem('date', body.date);
    if (invalid) throw invalid;
    if (body.date > todayIn(patient.timeZone)) throw DomainException.validation([{ field: 'date', message: "date must not be after the patient's today" }]);
    const scores = { energy: body.energy, mood: body.mood, focus: body.focus, sleepQuality: body.sleepQuality, note: body.note ?? null };

    // One statement: the first check-in of the day is inserted, a second one replaces it.
    const recorded = await this.checkIns.upsert(scope, { id: randomUUID(), patientId, date: body.date, ...scores }, new Date());
    if (!recorded) throw DomainException.notFound('Patient', true);
    const { checkIn, created } = recorded;
    // A second check-in that day replaced the first: that is an update of the patient's record (refused: rolled back).
    if (!created) requirePatientAccess(ability, 'update', 'CheckIn', patientId);
    this.events.afterCommit(
      CHECK_IN_EVENTS.recorded,
      new CheckInRecordedEvent(checkIn.id, patientId, dayOf(checkIn.date), new Date().toISOString()),
      `checkin-${checkIn.id}-${checkIn.version}`,
    );
    return { ...toCheckInDto(checkIn), created };
  }

  async list(meta: RequestMeta, patientId: string, query: ListCheckInsQueryDto): Promise<Page<CheckInDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'CheckIn', patientId);
    requireReadableQuery(ability, 'CheckIn', CHECK_IN_LIST_FIELDS, query);
    await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    const invalid = dateProblem('from', query.from) ?? dateProblem('to', query.to);
    if (invalid) throw invalid;
    if (query.from && query.to && query.from > query.to) throw DomainException.validation([{ field: 'from', message: 'from must not be after to' }]);
    const page = await this.checkIns.list(scope, patientId, { from: query.from, to: query.to }, query);
    return { ...page, items: page.items.map(toCheckInDto) };
  }

  async trend(meta: RequestMeta, patientId: string, query: CheckInTrendQueryDto): Promise<CheckInTrendDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'read', 'CheckIn', patientId);
    const patient = await this.patients.requireLive(patientId, survivorReadableBy(meta.actor));
    const invalid = dateProblem('from', query.from) ?? dateProblem('to', query.to);
    if (invalid) throw invalid;
    const to = query.to ?? todayIn(patient.timeZone);
    const from = query.from ?? addDays(to, -29);
    if (from > to) throw DomainException.validation([{ field: 'from', message: 'from must not be after to' }]);
    if (daysBetween(from, to) + 1 > CHECK_IN_TREND_MAX_DAYS) {
      throw DomainException.validation([{ field: 'from', message: `a trend covers at most ${CHECK_IN_TREND_MAX_DAYS} days` }]);
    }
    const rows = await this.checkIns.range(scope, patientId, from, to);
    const metrics = checkInTrend(rows.map((r) => ({ date: dayOf(r.date), energy: r.energy, mood: r.mood, focus: r.focus, sleepQuality: r.sleepQuality })), to);
    return { patientId, from, to, metrics };
  }
}
