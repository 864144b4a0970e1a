import { ormOptions } from '@pg/persistence';
import type { ServiceConfig } from '@pg/config';
import { PrincipalSchema } from './principals/principal.entity.js';
import { CareTeamMemberSchema } from './care-team/care-team-member.entity.js';
import { Migration20261125000000_identity } from './migrations/Migration20261125000000_identity.js';
import { Migration20261129000000_service_secrets } from './migrations/Migration20261129000000_service_secrets.js';
import { Migration20261130030000_merges } from './migrations/Migration20261130030000_merges.js';
import { Migration20261130030100_merge_patient_state } from './migrations/Migration20261130030100_merge_patient_state.js';
import { IdentityEventSchema, MergeSchema } from './merges/merge.entity.js';

/** identity-svc's ORM options: entities and migrations listed explicitly. Used by the app, the launcher and tests. */
export function identityOrmOptions(config: ServiceConfig) {
  return ormOptions(config, {
    entities: [PrincipalSchema, CareTeamMemberSchema, MergeSchema, IdentityEventSchema],
    migrations: [Migration20261125000000_identity, Migration20261129000000_service_secrets, Migration20261130030000_merges, Migration20261130030100_merge_patient_state],
  });
}
