import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { decide, defineAbilityFor, requirePatientAccess, requireReadableQuery, type PatientScope } from '@pg/access';
import {
  canonicalTimeZone, DomainException, PROTOCOL_LIST_FIELDS, PROTOCOL_STATUS_TRANSITIONS, type CreateProtocolDto, type ErrorDetail,
  type GetProtocolQueryDto, type ListProtocolsQueryDto, type Page, type ProtocolDto, type ProtocolItemInputDto, type ProtocolStatus, type RegimenDto,
  type RequestMeta, type UpdateProtocolDto,
} from '@pg/contracts';
import type { DoseLog } from '../adherence/dose-log.entity.js';
import { DoseLogRepository, latestLogs } from '../adherence/dose-log.repository.js';
import { dateWindow, inForceAt, scheduleOf, spansWithin } from '../schedules/protocol-timeline.js';
import { CompiledSchedule, nextDate, ScheduleError, startOfDay } from '../schedules/schedule.js';
import { Protocol } from './protocol.entity.js';
import { ProtocolEventRelay } from './protocol-event.relay.js';
import { toProtocolDto } from './protocol.mapper.js';
import { ProtocolRepository, type ProtocolWithVersions } from './protocol.repository.js';
import { ProtocolVersion, type StoredProtocolItem } from './protocol-version.entity.js';
import { ucumCode } from '@pg/fhir/ucum';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const FINAL: readonly ProtocolStatus[] = ['completed', 'cancelled'];

/** An instant given as a timestamp with offset, or a date (00:00 of that day in `timeZone`). */
export function instantOf(value: string, timeZone: string): number {
  return DATE_ONLY.test(value) ? startOfDay(value, timeZone) : Date.parse(value);
}

/** The exclusive end of a range given up to `value`: a date is through that whole day in `timeZone`. */
export function instantAfter(value: string, timeZone: string): number {
  return DATE_ONLY.test(value) ? startOfDay(nextDate(value), timeZone) : Date.parse(value) + 1;
}

/**
 * Protocols: clinic-authored, versioned (every change is a new immutable version, in force from its
 * `effectiveFrom`), and the regimen of a day. Each use case starts with the record-level check.
 */
@Injectable()
export class ProtocolsService {
  constructor(
    private readonly protocols: ProtocolRepository,
    private readonly doses: DoseLogRepository,
    private readonly events: ProtocolEventRelay,
  ) {}

  async create(meta: RequestMeta, patientId: string, body: CreateProtocolDto): Promise<ProtocolDto> {
    requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'Protocol', patientId);
    checkDates(body.startDate, body.endDate);
    const timeZone = canonicalTimeZone(body.timeZone) ?? body.timeZone;
    const items = checkItems(body.items, [], timeZone, body.startDate);
    const now = new Date();
    const status = body.status ?? 'draft';
    const head = Object.assign(new Protocol(), {
      id: randomUUID(), patientId, latestVersion: 1, status, createdBy: meta.actor.principalId, createdAt: now, updatedAt: now,
    });
    const version = Object.assign(new ProtocolVersion(), {
      id: randomUUID(),
      protocolId: head.id,
      patientId,
      version: 1,
      name: body.name.trim(),
      status,
      startDate: body.startDate,
      endDate: body.endDate ?? null,
      timeZone,
      items,
      effectiveFrom: null,
      createdBy: meta.actor.principalId,
      createdAt: now,
    });
    this.protocols.persist(head);
    this.protocols.persist(version);
    this.events.announce(version);
    await this.protocols.flush();
    return toProtocolDto(version, 1);
  }

  async list(meta: RequestMeta, patientId: string, query: ListProtocolsQueryDto): Promise<Page<ProtocolDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Protocol', patientId);
    requireReadableQuery(ability, 'Protocol', PROTOCOL_LIST_FIELDS, query);
    const page = await this.protocols.list(scope, patientId, query);
    return { ...page, items: page.items.map(({ head, latest }) => toProtocolDto(latest, head.latestVersion)) };
  }

  /** The newest version; `?version=` that one; `?at=` the one in force then (a date: at the end of that day). */
  async get(meta: RequestMeta, patientId: string, protocolId: string, query: GetProtocolQueryDto = {}): Promise<ProtocolDto> {
    const versions = await this.versions(this.scope(meta, 'read', patientId), patientId, protocolId);
    const latest = versions[versions.length - 1]!;
    let v: ProtocolVersion | null = latest;
    if (query.version !== undefined) {
      v = versions.find((x) => x.version === query.version) ?? null;
      if (!v) throw DomainException.notFound('Protocol version');
    } else if (query.at !== undefined) {
      const t = DATE_ONLY.test(query.at) ? startOfDay(nextDate(query.at), latest.timeZone) - 1 : Date.parse(query.at);
      v = inForceAt(versions, t);
      if (!v) throw DomainException.notFound('Protocol version in force at that time');
    }
    return toProtocolDto(v, latest.version, versions.find((x) => x.version === v.version + 1));
  }

  /** Every version, oldest first (one page: a protocol has few). */
  async history(meta: RequestMeta, patientId: string, protocolId: string): Promise<Page<ProtocolDto>> {
    const versions = await this.versions(this.scope(meta, 'read', patientId), patientId, protocolId);
    const latest = versions[versions.length - 1]!.version;
    return { items: versions.map((v, i) => toProtocolDto(v, latest, versions[i + 1])), nextCursor: null, limit: versions.length };
  }

  /** A change is a new version (If-Match: the version it was made from). */
  async update(meta: RequestMeta, patientId: string, protocolId: string, body: UpdateProtocolDto, ifMatch?: number): Promise<ProtocolDto> {
    const scope = this.scope(meta, 'update', patientId);
    // Existence first: a protocol of another patient is 404 whatever the body says.
    const head = await this.protocols.findHead(scope, patientId, protocolId, true);
    if (!head) throw DomainException.notFound('Protocol');
    const fields = Object.keys(body).filter((k) => (body as Record<string, unknown>)[k] !== undefined);
    if (!fields.length) throw DomainException.validation([{ field: 'body', message: 'nothing to change' }]);
    const nulls = fields.filter((k) => k !== 'endDate' && (body as Record<string, unknown>)[k] === null);
    if (nulls.length) throw DomainException.validation(nulls.map((field) => ({ field, message: `${field} may not be null` })));
    if (ifMatch !== undefined && ifMatch !== head.latestVersion) {
      throw DomainException.conflict('The protocol was changed by someone else', [{ field: 'version', message: `current version is ${head.latestVersion}` }]);
    }
    const versions = await this.protocols.versionsOf(scope, patientId, protocolId);
    const current = versions[versions.length - 1]!;
    const status = body.status ?? current.status;
    checkNextVersion(current, status);
    const startDate = body.startDate ?? current.startDate;
    const endDate = body.endDate === undefined ? current.endDate ?? null : body.endDate;
    const timeZone = body.timeZone ? canonicalTimeZone(body.timeZone) ?? body.timeZone : current.timeZone;
    checkDates(startDate, endDate);
    const items = body.items ? checkItems(body.items, current.items, timeZone, startDate) : recheck(current.items, timeZone, startDate);
    const now = new Date();
    const effectiveFrom = body.effectiveFrom ? new Date(instantOf(body.effectiveFrom, timeZone)) : now;
    checkNextVersion(current, status, effectiveFrom);
    const version = Object.assign(new ProtocolVersion(), {
      id: randomUUID(),
      protocolId,
      patientId,
      version: current.version + 1,
      name: body.name?.trim() ?? current.name,
      status,
      startDate,
      endDate,
      timeZone,
      items,
      effectiveFrom,
      createdBy: meta.actor.principalId,
      createdAt: now,
    });
    Object.assign(head, { latestVersion: version.version, status, updatedAt: now });
    this.protocols.persist(version);
    this.events.announce(version);
    try {
      await this.protocols.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw DomainException.conflict('The protocol was changed by someone else');
      throw err;
    }
    return toProtocolDto(version, version.version);
  }

  /**
   * What the patient was on that day and which doses were due: per protocol, each version in force during the day
   * while `active` and within its dates (two entries when a version changed that day), with the doses due while it
   * was in force and what was logged for them. The day is read in `?timeZone=` when the caller names one; else each
   * protocol's day is the date in its own schedule zone (that of its version in force on the date) — never the
   * profile's or the server's zone.
   */
  async regimen(meta: RequestMeta, patientId: string, date: string, timeZone?: string): Promise<RegimenDto> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'Protocol', patientId);
    const all = await this.protocols.allOfPatient(scope, patientId);
    const asked = timeZone ? canonicalTimeZone(timeZone) ?? timeZone : undefined;
    const days = all.map(({ head, versions }) => {
      const zone = asked ?? scheduleZoneOn(versions, date);
      return { head, versions, from: startOfDay(date, zone), to: startOfDay(nextDate(date), zone) };
    });
    // What was logged for each dose, for those who may read the dose log (over every protocol's day).
    const from = Math.min(...days.map((d) => d.from));
    const to = Math.max(...days.map((d) => d.to));
    const logs = days.length && decide(ability, 'read', 'ProtocolDose', patientId) === 'allow'
      ? latestLogs(await this.doses.ofPatientBetween(scope, patientId, from, to))
      : new Map<string, DoseLog>();
    const out: RegimenDto = { date, timeZone: asked ?? defaultZone(all), protocols: [] };
    for (const { head, versions, from, to } of days) {
      for (const span of spansWithin(versions, from, to)) {
        const v = span.v;
        const [start, end] = dateWindow(v);
        const lo = Math.max(span.from, start);
        const hi = Math.min(span.to, end);
        if (v.status !== 'active' || lo >= hi) continue;
        out.protocols.push({
          protocolId: head.id,
          version: v.version,
          name: v.name,
          status: v.status,
          items: v.items.map((item) => ({
            itemId: item.id,
            compound: item.compound,
            dose: item.dose,
            unit: item.unit,
            route: item.route,
            ...(item.instructions ? { instructions: item.instructions } : {}),
            doses: scheduleOf(v, item).between(lo, hi).map((t) => {
              const log = logs.get(`${head.id}|${item.id}|${t}`);
              return { dueAt: new Date(t).toISOString(), log: log ? { status: log.status, takenAt: log.takenAt ? log.takenAt.toISOString() : null } : null };
            }),
          })),
        });
      }
    }
    return out;
  }

  private scope(meta: RequestMeta, action: 'read' | 'update', patientId: string): PatientScope {
    return requirePatientAccess(defineAbilityFor(meta.actor), action, 'Protocol', patientId);
  }

  private async versions(scope: PatientScope, patientId: string, protocolId: string): Promise<ProtocolVersion[]> {
    const versions = await this.protocols.versionsOf(scope, patientId, protocolId);
    if (!versions.length) throw DomainException.notFound('Protocol');
    return versions;
  }

}

/**
 * What any next version of a protocol must respect, whoever writes it (a clinician's change, a newer bundle's CarePlan):
 * a completed or cancelled protocol takes no more changes, the status moves only along PROTOCOL_STATUS_TRANSITIONS,
 * and the new version is not in force before the current one (CONFLICT otherwise).
 */
export function checkNextVersion(current: ProtocolVersion, status: ProtocolStatus, effectiveFrom?: Date): void {
  if (FINAL.includes(current.status)) throw DomainException.conflict(`The protocol is ${current.status}: it takes no more changes`);
  if (status !== current.status && !PROTOCOL_STATUS_TRANSITIONS[current.status].includes(status)) {
    throw DomainException.conflict(`A protocol cannot go from ${current.status} to ${status}`, [{ field: 'status', message: `allowed from ${current.status}: ${PROTOCOL_STATUS_TRANSITIONS[current.status].join(', ') || 'none'}` }]);
  }
  if (effectiveFrom && current.effectiveFrom && effectiveFrom < current.effectiveFrom) {
    throw DomainException.conflict('A new version cannot be in force before the current one', [
      { field: 'effectiveFrom', message: `must not be before ${current.effectiveFrom.toISOString()} (version ${current.version})` },
    ]);
  }
}

export function checkDates(startDate: string, endDate: string | null | undefined): void {
  if (endDate && endDate < startDate) throw DomainException.validation([{ field: 'endDate', message: 'endDate must not be before startDate' }]);
}

/**
 * The items of a new version: units must be UCUM (stored as ucum-lhc writes them), schedules must compile in the
 * protocol's zone, an `id` must be an item of the current version (it continues that item), given once.
 */
export function checkItems(input: ProtocolItemInputDto[], current: StoredProtocolItem[], timeZone: string, startDate: string): StoredProtocolItem[] {
  const details: ErrorDetail[] = [];
  const known = new Set(current.map((i) => i.id));
  const seen = new Set<string>();
  const items = input.map((item, n) => {
    const unit = ucumCode(item.unit);
    if (!unit) details.push({ field: `items.${n}.unit`, message: 'unit must be a UCUM unit, e.g. mg, ug, mL, [iU], {capsule}' });
    if (item.id !== undefined) {
      if (!known.has(item.id)) details.push({ field: `items.${n}.id`, message: 'id must be the id of an item of the current version (leave it out for a new item)' });
      else if (seen.has(item.id)) details.push({ field: `items.${n}.id`, message: 'the same item is given twice' });
      seen.add(item.id);
    }
    const schedule = { rrule: item.schedule.rrule, ...(item.schedule.dtstart ? { dtstart: item.schedule.dtstart } : {}) };
    const problem = compileProblem(schedule, timeZone, startDate);
    if (problem) details.push({ field: `items.${n}.schedule.rrule`, message: problem });
    return {
      id: item.id ?? randomUUID(),
      compound: item.compound.trim(),
      dose: item.dose,
      unit: unit ?? item.unit,
      route: item.route,
      schedule,
      ...(item.instructions ? { instructions: item.instructions } : {}),
    } satisfies StoredProtocolItem;
  });
  if (details.length) throw DomainException.validation(details);
  return items;
}

/** The current items under a new zone or start date: their schedules must still compile. */
function recheck(items: StoredProtocolItem[], timeZone: string, startDate: string): StoredProtocolItem[] {
  const details = items.flatMap((item, n) => {
    const problem = compileProblem(item.schedule, timeZone, startDate);
    return problem ? [{ field: `items.${n}.schedule.rrule`, message: problem }] : [];
  });
  if (details.length) throw DomainException.validation(details);
  return items;
}

function compileProblem(schedule: StoredProtocolItem['schedule'], timeZone: string, startDate: string): string | null {
  try {
    CompiledSchedule.compile(schedule, timeZone, startDate);
    return null;
  } catch (err) {
    if (err instanceof ScheduleError) return err.message;
    throw err;
  }
}

/**
 * A protocol's schedule zone on a date: that of its version in force at noon UTC of the date (the zone a protocol's
 * schedules are in changes only with a version), else of its first version.
 */
function scheduleZoneOn(versions: readonly ProtocolVersion[], date: string): string {
  return (inForceAt(versions, Date.parse(`${date}T12:00:00Z`)) ?? versions[0]!).timeZone;
}

/**
 * The zone the regimen answer names when the caller names none: that of the most recent version among the
 * patient's protocols that are active now, else of the most recent version, else UTC.
 */
function defaultZone(all: ProtocolWithVersions[]): string {
  const latest = all.map(({ versions }) => versions[versions.length - 1]!).filter(Boolean);
  const newest = (vs: ProtocolVersion[]) => vs.reduce<ProtocolVersion | undefined>((a, v) => (!a || v.createdAt > a.createdAt ? v : a), undefined);
  return (newest(latest.filter((v) => v.status === 'active')) ?? newest(latest))?.timeZone ?? 'UTC';
}
