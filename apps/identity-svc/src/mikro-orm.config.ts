import { MergeJournalSchema, ormOptions, PatientStateSchema } from '@pg/persistence';
import type { ServiceConfig } from '@pg/config';
import { PrincipalSchema } from './principals/principal.entity.js';
import { CareTeamMemberSchema } from './care-team/care-team-member.entity.js';
import { Migration20261125000000_identity } from './migrations/Migration20261125000000_identity.js';
import { Migration20261129000000_service_secrets } from './migrations/Migration20261129000000_service_secrets.js';
import { Migration20261130020000_identities } from './migrations/Migration20261130020000_identities.js';
import { PatientIdentifierSchema } from './identities/patient-identifier.entity.js';
import { MatchRecordSchema, MatchTermFrequencySchema } from './identities/match-record.entity.js';
import { MatchDecisionSchema, ReviewItemSchema } from './review/review-item.entity.js';
import { IdentityWebhookReceiptSchema } from './webhooks/webhook-receipt.entity.js';
import { Migration20261130030000_merges } from './migrations/Migration20261130030000_merges.js';
import { IdentityEventSchema, MergeSchema } from './merges/merge.entity.js';
import { Migration20261130040000_patient_state } from './migrations/Migration20261130040000_patient_state.js';
import { Migration20261202010000_match_index_speed } from './migrations/Migration20261202010000_match_index_speed.js';
import { Migration20261204200000_review_reason_uncorroborated } from './migrations/Migration20261204200000_review_reason_uncorroborated.js';
import { Migration20261206100000_review_item_waiting_records } from './migrations/Migration20261206100000_review_item_waiting_records.js';
import { Migration20261207300000_review_item_superseded } from './migrations/Migration20261207300000_review_item_superseded.js';
import { Migration20261207500000_match_record_started_patient } from './migrations/Migration20261207500000_match_record_started_patient.js';

/** identity-svc's ORM options: entities and migrations listed explicitly. Used by the app, the launcher and tests. */
export function identityOrmOptions(config: ServiceConfig) {
  return ormOptions(config, {
    entities: [
      PrincipalSchema, CareTeamMemberSchema, PatientStateSchema,
      PatientIdentifierSchema, MatchRecordSchema, MatchTermFrequencySchema, ReviewItemSchema, MatchDecisionSchema, IdentityWebhookReceiptSchema,
      MergeSchema, IdentityEventSchema, MergeJournalSchema,
    ],
    migrations: [
      Migration20261125000000_identity, Migration20261129000000_service_secrets, Migration20261130020000_identities,
      Migration20261130030000_merges, Migration20261130040000_patient_state, Migration20261202010000_match_index_speed,
      Migration20261204200000_review_reason_uncorroborated,
      Migration20261206100000_review_item_waiting_records,
      Migration20261207300000_review_item_superseded,
      Migration20261207500000_match_record_started_patient,
    ],
  });
}
