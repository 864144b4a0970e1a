import type { CareTeamMemberDto } from '@pg/contracts';
import type { CareTeamMember } from './care-team-member.entity.js';

export function isActiveAt(m: Pick<CareTeamMember, 'since' | 'until'>, at: Date): boolean {
  return m.since.getTime() <= at.getTime() && (!m.until || m.until.getTime() > at.getTime());
}

export function toCareTeamMemberDto(m: CareTeamMember, now: Date): CareTeamMemberDto {
  return {
    id: m.id,
    patientId: m.patientId,
    principalId: m.principalId,
    role: m.role,
    since: m.since.toISOString(),
    until: m.until ? m.until.toISOString() : null,
    active: isActiveAt(m, now),
  };
}
