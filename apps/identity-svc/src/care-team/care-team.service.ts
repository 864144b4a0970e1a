import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { decide, defineAbilityFor, type Decision, enforce } from '@pg/access';
import {
  AddCareTeamMemberDto, CareTeamMemberDto, DomainException, ListCareTeamQueryDto, Page, RequestMeta,
} from '@pg/contracts';
import { IdentityEventsPublisher } from '../events/identity-events.publisher.js';
import { PrincipalRepository } from '../principals/principal.repository.js';
import { CareTeamMember } from './care-team-member.entity.js';
import { toCareTeamMemberDto } from './care-team-member.mapper.js';
import { CareTeamRepository } from './care-team.repository.js';

/** Whether a membership shares any instant with [since, until). Cancelled (empty) memberships share none. */
function overlaps(m: Pick<CareTeamMember, 'since' | 'until'>, since: Date, until: Date | null): boolean {
  if (m.until && m.until.getTime() <= m.since.getTime()) return false;
  const startsBeforeEnd = until === null || m.since.getTime() < until.getTime();
  const endsAfterStart = !m.until || m.until.getTime() > since.getTime();
  return startsBeforeEnd && endsAfterStart;
}

const alreadyOnTeam = () =>
  DomainException.conflict('The principal is already on this care team for (part of) that period', [{ field: 'body.principalId', message: 'membership overlaps an existing one' }]);

/**
 * Care teams: who is on a patient's team, and when. Each use case starts with the check on the patient:
 * out of the caller's scope is NOT_FOUND (existence does not leak), never allowed for the role is FORBIDDEN.
 */
@Injectable()
export class CareTeamService {
  constructor(
    private readonly careTeam: CareTeamRepository,
    private readonly principals: PrincipalRepository,
    private readonly events: IdentityEventsPublisher,
  ) {}

  async list(meta: RequestMeta, patientId: string, query: ListCareTeamQueryDto): Promise<Page<CareTeamMemberDto>> {
    this.check(decide(defineAbilityFor(meta.actor), 'read', 'CareTeam', patientId));
    const now = new Date();
    const page = await this.careTeam.listForPatient(patientId, query, now);
    return { ...page, items: page.items.map((m) => toCareTeamMemberDto(m, now)) };
  }

  /**
   * Adds a membership. The principal must be active and hold the role; its memberships on this patient may not
   * overlap the new period. The principal's row is locked, so two concurrent adds cannot both pass the check.
   */
  async add(meta: RequestMeta, patientId: string, body: AddCareTeamMemberDto): Promise<CareTeamMemberDto> {
    this.check(decide(defineAbilityFor(meta.actor), 'create', 'CareTeam', patientId));
    const now = new Date();
    const since = body.since ? new Date(body.since) : now;
    const until = body.until ? new Date(body.until) : null;
    if (until && until.getTime() <= since.getTime()) throw DomainException.validation([{ field: 'body.until', message: 'until must be after since' }]);
    let added: { member: CareTeamMember; principal: { id: string; subject: string } };
    try {
      added = await this.careTeam.transactional(async () => {
        const principal = await this.principals.findByIdForUpdate(body.principalId);
        if (!principal) throw DomainException.notFound('Principal');
        if (principal.status !== 'active') throw DomainException.validation([{ field: 'body.principalId', message: 'the principal is deactivated' }]);
        if (!principal.roles.includes(body.role)) throw DomainException.validation([{ field: 'body.role', message: `the principal does not hold the ${body.role} role` }]);
        const existing = await this.careTeam.forPrincipalOnPatient(principal.id, patientId);
        if (existing.some((m) => overlaps(m, since, until))) throw alreadyOnTeam();
        const member = Object.assign(new CareTeamMember(), {
          id: randomUUID(), patientId, principalId: principal.id, role: body.role, since, until, createdAt: now,
        });
        this.careTeam.persist(member);
        await this.careTeam.flush();
        return { member, principal: { id: principal.id, subject: principal.subject } };
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw alreadyOnTeam();
      throw err;
    }
    await this.events.careTeamChanged(patientId, added.principal, 'added');
    return toCareTeamMemberDto(added.member, now);
  }

  /**
   * Takes a principal off a patient's team: the current membership ends now, upcoming ones are cancelled
   * (until = since). Rows stay, so the history does. NOT_FOUND when there is nothing current or upcoming.
   * Returns the membership that was current (or the first upcoming one).
   */
  async remove(meta: RequestMeta, patientId: string, principalId: string): Promise<CareTeamMemberDto> {
    this.check(decide(defineAbilityFor(meta.actor), 'delete', 'CareTeam', patientId));
    const now = new Date();
    const removed = await this.careTeam.transactional(async () => {
      const principal = await this.principals.findByIdForUpdate(principalId);
      if (!principal) throw DomainException.notFound('Care-team membership');
      const open = (await this.careTeam.forPrincipalOnPatient(principalId, patientId)).filter((m) => !m.until || m.until.getTime() > now.getTime());
      const first = open[0];
      if (!first) throw DomainException.notFound('Care-team membership');
      for (const m of open) m.until = m.since.getTime() > now.getTime() ? m.since : now;
      await this.careTeam.flush();
      return { member: first, principal: { id: principal.id, subject: principal.subject } };
    });
    await this.events.careTeamChanged(patientId, removed.principal, 'removed');
    return toCareTeamMemberDto(removed.member, now);
  }

  private check(decision: Decision): void {
    enforce(decision, 'Patient', 'Not allowed on care teams');
  }
}
