import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AUDIT_SOURCE, AuditPublisher, type AuditSource } from '@pg/audit';
import { Role } from '@pg/contracts';
import { IdentityEventsPublisher } from '../events/identity-events.publisher.js';
import { Principal } from '../principals/principal.entity.js';

/** The subject BOOTSTRAP_ADMIN_SUBJECT names, or null when none is configured. */
export const BOOTSTRAP_ADMIN_SUBJECT = Symbol('BOOTSTRAP_ADMIN_SUBJECT');

/**
 * The first admin. When a bootstrap subject is configured and no principal has it, identity-svc creates one
 * with the admin role at boot; when a principal has it, nothing changes (so an admin can later deactivate or
 * demote it). The creation is audited — committed only once the audit stream acknowledged the event — and
 * announced like any other principal change. Several instances booting at once create it once.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('AdminBootstrap');

  constructor(
    @Inject(BOOTSTRAP_ADMIN_SUBJECT) private readonly subject: string | null,
    private readonly orm: MikroORM,
    private readonly audit: AuditPublisher,
    @Inject(AUDIT_SOURCE) private readonly source: AuditSource,
    private readonly events: IdentityEventsPublisher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const subject = this.subject;
    if (!subject) return;
    const em = this.orm.em.fork();
    const existing = await em.findOne(Principal, { subject });
    if (existing) {
      if (!existing.roles.includes(Role.admin) || existing.status !== 'active') this.logger.warn('the bootstrap admin subject exists but is not an active admin; left as it is');
      return;
    }
    const now = new Date();
    const principal = Object.assign(new Principal(), {
      id: randomUUID(),
      subject,
      displayName: 'Bootstrap admin',
      kind: 'user' as const,
      roles: [Role.admin],
      patientId: null,
      scopes: [],
      status: 'active' as const,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await em.transactional(async (tx) => {
        tx.persist(principal);
        await tx.flush();
        await this.audit.publish({
          action: 'create',
          outcome: 'success',
          actor: { principalId: null, subject: null, roles: [], kind: 'service' },
          source: { service: this.source.service, instance: this.source.instance },
          resource: { type: 'principal', id: principal.id },
          purposeOfUse: 'operations',
          requestId: `bootstrap-${randomUUID()}`,
        });
      });
    } catch (err) {
      // Another instance created it first.
      if (err instanceof UniqueConstraintViolationException) return;
      throw err;
    }
    this.logger.log(`created the bootstrap admin principal ${principal.id}`);
    await this.events.principalChanged(principal, 'created');
  }
}
