import type { ProtocolDto } from '@pg/contracts';
import type { ProtocolVersion } from './protocol-version.entity.js';

/** A stored version as API.md's protocol; `next` is the version after it (its effectiveFrom ends this one). */
export function toProtocolDto(v: ProtocolVersion, latestVersion: number, next?: ProtocolVersion | null): ProtocolDto {
  return {
    id: v.protocolId,
    patientId: v.patientId,
    version: v.version,
    latestVersion,
    name: v.name,
    status: v.status,
    startDate: v.startDate,
    endDate: v.endDate ?? null,
    timeZone: v.timeZone,
    items: v.items.map((i) => ({
      id: i.id,
      compound: i.compound,
      dose: i.dose,
      unit: i.unit,
      route: i.route,
      schedule: { rrule: i.schedule.rrule, ...(i.schedule.dtstart ? { dtstart: i.schedule.dtstart } : {}) },
      ...(i.instructions ? { instructions: i.instructions } : {}),
    })),
    effectiveFrom: v.effectiveFrom ? v.effectiveFrom.toISOString() : null,
    effectiveTo: next?.effectiveFrom ? next.effectiveFrom.toISOString() : null,
    createdBy: v.createdBy,
    createdAt: v.createdAt.toISOString(),
  };
}
