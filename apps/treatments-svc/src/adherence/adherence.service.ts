import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decide, defineAbilityFor, enforce, requirePatientAccess, requireReadableQuery } from '@pg/access';
import {
  DomainException, DOSE_LIST_FIELDS, ErrorCode, type AdherenceCountsDto, type AdherenceDto, type AdherenceItemDto, type AdherenceQueryDto, type DoseLogDto, type LogDoseDto,
  type ListDosesQueryDto, type Page, type RequestMeta,
} from '@pg/contracts';
import { ProtocolRepository } from '../protocols/protocol.repository.js';
import { instantAfter, instantOf } from '../protocols/protocols.service.js';
import { dateWindow, dosesDue, spansWithin } from '../schedules/protocol-timeline.js';
import { DoseLog } from './dose-log.entity.js';
import { DoseLogRepository, latestLogs } from './dose-log.repository.js';

/** A dose may be logged as taken this long ahead of the clock (clock skew of the patient's device). */
const FUTURE_SLACK_MS = 5 * 60_000;
/** The longest adherence range, so one request expands a bounded number of doses. */
const MAX_RANGE_DAYS = 400;

const unprocessable = (message: string) => new DomainException(ErrorCode.UNPROCESSABLE, message);

/**
 * Adherence: the dose log (taken, skipped, late; by the patient, a clinician, or a service acting for the
 * patient) and the counts against what was due, each due dose judged by the version in force at its due time.
 */
@Injectable()
export class AdherenceService {
  constructor(private readonly protocols: ProtocolRepository, private readonly doses: DoseLogRepository) {}

  async log(meta: RequestMeta, patientId: string, protocolId: string, body: LogDoseDto): Promise<DoseLogDto> {
    const scope = requirePatientAccess(defineAbilityFor(meta.actor), 'create', 'ProtocolDose', patientId);
    const versions = await this.protocols.versionsOf(scope, patientId, protocolId);
    if (!versions.length) throw DomainException.notFound('Protocol');
    const dueAt = Date.parse(body.dueAt);
    const [due] = dosesDue(versions, dueAt, dueAt + 1, new Set([body.itemId]));
    if (!due) {
      throw unprocessable('No dose of this item is due at dueAt: the item must be in the version in force then, the protocol active, and dueAt one of its schedule\'s times (see the regimen)');
    }
    if (body.takenAt !== undefined && body.at !== undefined && Date.parse(body.takenAt) !== Date.parse(body.at)) {
      throw DomainException.validation([{ field: 'at', message: 'give takenAt or at (the same field), not two different times' }]);
    }
    const given = body.takenAt ?? body.at;
    const now = new Date();
    if (body.status === 'skipped' && given !== undefined) throw DomainException.validation([{ field: 'takenAt', message: 'a skipped dose has no takenAt' }]);
    const takenAt = body.status === 'skipped' ? null : given !== undefined ? new Date(given) : now;
    if (takenAt && takenAt.getTime() > now.getTime() + FUTURE_SLACK_MS) throw DomainException.validation([{ field: 'takenAt', message: 'takenAt must not be in the future' }]);
    // A later log of the same dose supersedes it: its recordedAt is after the previous one's, even within a millisecond.
    const previous = await this.doses.latestOf(protocolId, body.itemId, new Date(dueAt));
    const recordedAt = previous && previous.recordedAt >= now ? new Date(previous.recordedAt.getTime() + 1) : now;
    const log = Object.assign(new DoseLog(), {
      id: randomUUID(),
      protocolId,
      patientId,
      itemId: body.itemId,
      version: due.v.version,
      dueAt: new Date(dueAt),
      status: body.status,
      takenAt,
      note: body.note ?? null,
      recordedBy: meta.actor.principalId,
      recordedAt,
    });
    this.doses.persist(log);
    await this.doses.flush();
    return toDoseLogDto(log);
  }

  /** The dose log of a protocol, newest entry first; `from`/`to` bound the due time, dates in the protocol's zone. */
  async list(meta: RequestMeta, patientId: string, protocolId: string, query: ListDosesQueryDto): Promise<Page<DoseLogDto>> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'ProtocolDose', patientId);
    requireReadableQuery(ability, 'ProtocolDose', DOSE_LIST_FIELDS, query);
    // Malformed input is 400 whether or not the protocol exists.
    this.doses.checkCursor(query.cursor);
    const versions = await this.protocols.versionsOf(scope, patientId, protocolId);
    if (!versions.length) throw DomainException.notFound('Protocol');
    const zone = versions[versions.length - 1]!.timeZone;
    const fromMs = query.from ? instantOf(query.from, zone) : undefined;
    const toMs = query.to ? instantAfter(query.to, zone) : undefined;
    if (fromMs !== undefined && toMs !== undefined && fromMs >= toMs) throw DomainException.validation([{ field: 'from', message: 'from must not be after to' }]);
    const page = await this.doses.list(scope, patientId, protocolId, { ...(query.itemId ? { itemId: query.itemId } : {}), fromMs, toMs }, query);
    return { ...page, items: page.items.map(toDoseLogDto) };
  }

  /**
   * Per item: doses due in the range (up to now), taken, late, skipped, missed (due, nothing logged) and the
   * percentage taken (on time or late); and per version in force in the range, the same with that version's dose.
   */
  async adherence(meta: RequestMeta, patientId: string, protocolId: string, query: AdherenceQueryDto): Promise<AdherenceDto> {
    const ability = defineAbilityFor(meta.actor);
    const scope = requirePatientAccess(ability, 'read', 'ProtocolDose', patientId);
    // The answer names compounds and doses: the protocol itself must be readable too.
    enforce(decide(ability, 'read', 'Protocol', patientId));
    const versions = await this.protocols.versionsOf(scope, patientId, protocolId);
    if (!versions.length) throw DomainException.notFound('Protocol');
    const zone = versions[versions.length - 1]!.timeZone;
    const now = Date.now();
    const from = query.from ? instantOf(query.from, zone) : Math.min(...versions.map((v) => dateWindow(v)[0]));
    const requestedTo = query.to ? instantAfter(query.to, zone) : now;
    if (query.from && query.to && from >= requestedTo) throw DomainException.validation([{ field: 'from', message: 'from must not be after to' }]);
    if (requestedTo - from > MAX_RANGE_DAYS * 86_400_000) throw DomainException.validation([{ field: 'from', message: `the range must not be longer than ${MAX_RANGE_DAYS} days` }]);
    // Doses due after now are not due yet: they count neither as due nor as missed.
    const to = Math.min(requestedTo, now + 1);
    const due = dosesDue(versions, from, to);
    const logs = latestLogs(await this.doses.ofProtocolBetween(scope, patientId, protocolId, from, to));

    const items = new Map<string, AdherenceItemDto>();
    const perVersion = new Map<string, AdherenceItemDto['versions'][number]>();
    // Every item active in the range is listed, also when nothing of it was due.
    for (const span of spansWithin(versions, from, Math.max(from, to))) {
      if (span.v.status !== 'active') continue;
      for (const item of span.v.items) {
        const entry = items.get(item.id) ?? { itemId: item.id, compound: item.compound, ...zero(), versions: [] };
        entry.compound = item.compound;
        items.set(item.id, entry);
        const key = `${item.id}|${span.v.version}`;
        if (!perVersion.has(key)) {
          const row = { version: span.v.version, dose: item.dose, unit: item.unit, from: new Date(span.from).toISOString(), to: new Date(span.to).toISOString(), ...zero() };
          perVersion.set(key, row);
          entry.versions.push(row);
        }
      }
    }
    for (const d of due) {
      const log = logs.get(`${protocolId}|${d.item.id}|${d.dueAt}`);
      const outcome = log ? log.status : 'missed';
      for (const counts of [items.get(d.item.id)!, perVersion.get(`${d.item.id}|${d.v.version}`)!]) {
        counts.due++;
        counts[outcome]++;
      }
    }
    const total = zero();
    for (const entry of items.values()) {
      for (const k of ['due', 'taken', 'late', 'skipped', 'missed'] as const) total[k] += entry[k];
      finish(entry);
      entry.versions.forEach(finish);
    }
    finish(total);
    return {
      protocolId,
      patientId,
      from: new Date(from).toISOString(),
      to: new Date(Math.max(from, to)).toISOString(),
      items: [...items.values()],
      total,
    };
  }
}

function zero(): AdherenceCountsDto {
  return { due: 0, taken: 0, late: 0, skipped: 0, missed: 0, percentage: null };
}

/** (taken + late) / due as a percentage with one decimal; null when nothing was due. */
function finish(c: AdherenceCountsDto): void {
  c.percentage = c.due ? Math.round(((c.taken + c.late) / c.due) * 1000) / 10 : null;
}

export function toDoseLogDto(log: DoseLog): DoseLogDto {
  return {
    id: log.id,
    protocolId: log.protocolId,
    patientId: log.patientId,
    itemId: log.itemId,
    version: log.version,
    dueAt: log.dueAt.toISOString(),
    status: log.status,
    takenAt: log.takenAt ? log.takenAt.toISOString() : null,
    ...(log.note ? { note: log.note } : {}),
    recordedBy: log.recordedBy,
    recordedAt: log.recordedAt.toISOString(),
  };
}
