import { randomUUID } from 'node:crypto';
import type { AuditEventInput } from '@pg/audit';

/** An audit event as a service would publish it: a clinician's read of one patient, fresh ids, `over` on top. */
export function auditEventFixture(over: Partial<AuditEventInput> = {}): AuditEventInput & { id: string } {
  return {
    id: randomUUID(),
    action: 'read',
    outcome: 'success',
    actor: { principalId: randomUUID(), subject: 'test|someone', roles: ['clinician'], kind: 'user' },
    source: { service: 'profiles-svc', instance: 'test-1' },
    resource: { type: 'patient', id: randomUUID(), patientId: randomUUID() },
    purposeOfUse: 'treatment',
    requestId: randomUUID(),
    ...over,
  };
}
