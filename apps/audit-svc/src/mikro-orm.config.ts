import { ormOptions } from '@pg/persistence';
import type { ServiceConfig } from '@pg/config';
import { AuditEventRecordSchema } from './events/audit-event.entity.js';
import { Migration20261201000000_audit_events } from './migrations/Migration20261201000000_audit_events.js';
import { Migration20261202000000_partitions_role_checkpoints } from './migrations/Migration20261202000000_partitions_role_checkpoints.js';
import { Migration20261203000000_corrections_verify_jobs } from './migrations/Migration20261203000000_corrections_verify_jobs.js';

/** audit-svc's ORM options: entities and migrations listed explicitly. Used by the app, the launcher and tests. */
export function auditOrmOptions(config: ServiceConfig) {
  return ormOptions(config, {
    entities: [AuditEventRecordSchema],
    migrations: [Migration20261201000000_audit_events, Migration20261202000000_partitions_role_checkpoints, Migration20261203000000_corrections_verify_jobs],
  });
}
