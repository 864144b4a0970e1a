import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { isUUID } from 'class-validator';
import { decide, defineAbilityFor } from '@pg/access';
import {
  ActorContext, CARE_TEAM_ROLES, CreatePrincipalDto, DomainException, ListPrincipalsQueryDto, Page, PrincipalDto, PRINCIPALS_RESOLVE_SCOPE, type PrincipalWithSecretDto,
  RequestMeta, ResolvedPrincipalDto, Role, UpdatePrincipalDto,
} from '@pg/contracts';
import { CareTeamRepository } from '../care-team/care-team.repository.js';
import { IdentityEventsPublisher } from '../events/identity-events.publisher.js';
import { Principal } from './principal.entity.js';
import { toPrincipalDto } from './principal.mapper.js';
import { PrincipalRepository } from './principal.repository.js';
import { principalShapeErrors } from './principal.rules.js';
import { newClientSecret } from '../service-credentials/client-secret.js';

type AdminAction = 'read' | 'create' | 'update' | 'delete';

/**
 * The gateway's resolver: a service actor holding the `principals:resolve` scope. The ability model has no rule
 * for it (it is not an action on a subject), so the check is on the verified actor itself.
 */
function isResolver(actor: ActorContext): boolean {
  return actor.kind === 'service' && actor.roles.includes(Role.service) && (actor.scopes ?? []).includes(PRINCIPALS_RESOLVE_SCOPE);
}

const duplicateSubject = () => DomainException.conflict('A principal with this subject exists', [{ field: 'body.subject', message: 'subject is taken' }]);
const isActiveAdmin = (p: Pick<Principal, 'status' | 'roles'>) => p.status === 'active' && p.roles.includes(Role.admin);

/** Principals: resolution for the gateway, the caller's own record, and admin management. Each use case checks first. */
@Injectable()
export class PrincipalsService {
  constructor(
    private readonly principals: PrincipalRepository,
    private readonly careTeam: CareTeamRepository,
    private readonly events: IdentityEventsPublisher,
  ) {}

  /** Two queries: the active principal by subject, then its care-team patients active now. */
  async resolve(meta: RequestMeta, subject: string): Promise<ResolvedPrincipalDto> {
    if (!isResolver(meta.actor)) throw DomainException.forbidden('Only the gateway resolves principals');
    const principal = await this.principals.findActiveBySubject(subject);
    if (!principal) throw DomainException.notFound('Principal');
    const teamRoles = CARE_TEAM_ROLES.filter((r) => principal.roles.includes(r));
    const careTeam = await this.careTeam.activePatientIds(principal.id, teamRoles, new Date());
    return {
      id: principal.id,
      principalId: principal.id,
      subject: principal.subject,
      kind: principal.kind,
      roles: [...principal.roles],
      patientId: principal.patientId ?? null,
      careTeam,
      scopes: [...(principal.scopes ?? [])],
    };
  }

  /** The caller's own principal: any authenticated actor. */
  async me(meta: RequestMeta): Promise<PrincipalDto> {
    const principal = isUUID(meta.actor.principalId) ? await this.principals.findById(meta.actor.principalId) : null;
    if (!principal) throw DomainException.notFound('Principal');
    return toPrincipalDto(principal);
  }

  async list(meta: RequestMeta, query: ListPrincipalsQueryDto): Promise<Page<PrincipalDto>> {
    this.requireAdmin(meta, 'read');
    const page = await this.principals.list(query);
    return { ...page, items: page.items.map(toPrincipalDto) };
  }

  async get(meta: RequestMeta, principalId: string): Promise<PrincipalDto> {
    this.requireAdmin(meta, 'read');
    return toPrincipalDto(await this.load(principalId));
  }

  /** A service principal's reply carries its client secret: the only time it is shown (only its hash is kept). */
  async create(meta: RequestMeta, body: CreatePrincipalDto): Promise<PrincipalDto | PrincipalWithSecretDto> {
    this.requireAdmin(meta, 'create');
    const kind = body.kind ?? 'user';
    const shape = { kind, roles: body.roles, patientId: body.patientId ?? null, scopes: body.scopes ?? [] };
    const errors = principalShapeErrors(shape);
    if (errors.length) throw DomainException.validation(errors);
    if (await this.principals.findBySubject(body.subject)) throw duplicateSubject();
    const now = new Date();
    const secret = kind === 'service' ? newClientSecret() : null;
    const principal = Object.assign(new Principal(), {
      id: randomUUID(),
      subject: body.subject,
      displayName: body.displayName.trim(),
      ...shape,
      roles: [...shape.roles],
      scopes: [...shape.scopes],
      status: 'active' as const,
      secretHash: secret?.hash ?? null,
      createdAt: now,
      updatedAt: now,
    });
    this.principals.persist(principal);
    try {
      await this.principals.flush();
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) throw duplicateSubject();
      throw err;
    }
    await this.events.principalChanged(principal, 'created');
    return secret ? { ...toPrincipalDto(principal), clientSecret: secret.secret } : toPrincipalDto(principal);
  }

  /**
   * A new client secret for a service principal; the old one stops working. Credentials issued before are revoked
   * too: the change event makes every service refuse them at once.
   */
  async rotateSecret(meta: RequestMeta, principalId: string): Promise<PrincipalWithSecretDto> {
    this.requireAdmin(meta, 'update');
    const principal = await this.load(principalId);
    if (principal.kind !== 'service') throw DomainException.validation([{ field: 'principalId', message: 'only service principals have a client secret' }]);
    const secret = newClientSecret();
    principal.secretHash = secret.hash;
    try {
      await this.principals.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw DomainException.conflict('The principal was changed by someone else');
      throw err;
    }
    await this.events.principalChanged(principal, 'updated');
    return { ...toPrincipalDto(principal), clientSecret: secret.secret };
  }

  async update(meta: RequestMeta, principalId: string, body: UpdatePrincipalDto, ifMatch?: number): Promise<PrincipalDto> {
    this.requireAdmin(meta, 'update');
    const principal = await this.load(principalId);
    if (ifMatch !== undefined && ifMatch !== principal.version) {
      throw DomainException.conflict('The principal was changed by someone else', [{ field: 'version', message: `current version is ${principal.version}` }]);
    }
    const next = {
      displayName: body.displayName?.trim() ?? principal.displayName,
      roles: body.roles ? [...body.roles] : principal.roles,
      patientId: body.patientId === undefined ? (principal.patientId ?? null) : body.patientId,
      scopes: body.scopes ? [...body.scopes] : (principal.scopes ?? []),
      status: body.status ?? principal.status,
    };
    const errors = principalShapeErrors({ kind: principal.kind, ...next });
    if (errors.length) throw DomainException.validation(errors);
    const before = snapshot(principal);
    if (before === snapshot(next)) return toPrincipalDto(principal);
    if (isActiveAdmin(principal) && !isActiveAdmin(next)) await this.keepOneAdmin(principal.id);
    const wasActive = principal.status === 'active';
    Object.assign(principal, next);
    try {
      await this.principals.flush();
    } catch (err) {
      if (err instanceof OptimisticLockError) throw DomainException.conflict('The principal was changed by someone else');
      throw err;
    }
    await this.events.principalChanged(principal, wasActive && principal.status === 'deactivated' ? 'deactivated' : 'updated');
    return toPrincipalDto(principal);
  }

  /** Idempotent: deactivating a deactivated principal changes nothing and publishes nothing. */
  async deactivate(meta: RequestMeta, principalId: string): Promise<PrincipalDto> {
    this.requireAdmin(meta, 'delete');
    const principal = await this.load(principalId);
    if (principal.status !== 'deactivated') {
      if (isActiveAdmin(principal)) await this.keepOneAdmin(principal.id);
      principal.status = 'deactivated';
      await this.principals.flush();
      await this.events.principalChanged(principal, 'deactivated');
    }
    return toPrincipalDto(principal);
  }

  /** Principals are the admin's alone: anyone else is FORBIDDEN (RBAC.md). */
  private requireAdmin(meta: RequestMeta, action: AdminAction): void {
    if (decide(defineAbilityFor(meta.actor), action, 'Principal') !== 'allow') throw DomainException.forbidden('Only admins manage principals');
  }

  private async load(principalId: string): Promise<Principal> {
    const principal = await this.principals.findById(principalId);
    if (!principal) throw DomainException.notFound('Principal');
    return principal;
  }

  /**
   * Refuses a change that would leave nobody able to manage principals. Runs in the write's transaction and locks
   * the active admins' rows until it commits, so concurrent demotions and deactivations are decided one after the
   * other (tested with real concurrent requests: apps/identity-svc/test/last-admin.integration.spec.ts).
   */
  private async keepOneAdmin(losingAdminId: string): Promise<void> {
    if ((await this.principals.lockActiveAdminIds()).filter((id) => id !== losingAdminId).length === 0) {
      throw DomainException.conflict('This would leave no active admin', [{ field: 'body.roles', message: 'at least one active admin must remain' }]);
    }
  }
}

function snapshot(p: { displayName: string; roles: readonly string[]; patientId?: string | null; scopes?: readonly string[] | null; status: string }): string {
  return JSON.stringify([p.displayName, [...p.roles].sort(), p.patientId ?? null, [...(p.scopes ?? [])].sort(), p.status]);
}
