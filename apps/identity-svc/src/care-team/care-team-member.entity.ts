import { defineEntity, p } from '@mikro-orm/core';
import type { CareTeamRole } from '@pg/contracts';
import { Principal } from '../principals/principal.entity.js';

/**
 * One period of a principal on a patient's care team. Active while `since ≤ now < until` (or no `until`).
 * Ending a membership sets `until`; rows are never deleted, so the history stays.
 */
export const CareTeamMemberSchema = defineEntity({
  name: 'CareTeamMember',
  tableName: 'care_team_member',
  // The migration's indexes and checks, declared so the ORM's schema diff agrees with it (tested).
  indexes: [
    { name: 'care_team_member_principal_period_idx', properties: ['principalId', 'since', 'until'] },
    { name: 'care_team_member_patient_idx', properties: ['patientId', 'since', 'id'] },
    {
      name: 'care_team_member_open_unique',
      expression: 'create unique index "care_team_member_open_unique" on "care_team_member" ("principal_id", "patient_id") where "until" is null',
    },
  ],
  checks: [
    { name: 'care_team_member_role_check', expression: `"role" in ('clinician', 'coordinator')` },
    { name: 'care_team_member_period_check', expression: `"until" is null or "until" >= "since"` },
  ],
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    /** The principal's id (a foreign key; the relation is mapped to its primary key, so code sees a plain id). */
    principalId: () => p.manyToOne(Principal).mapToPk().fieldName('principal_id').foreignKeyName('care_team_member_principal_id_fkey').deleteRule('restrict').updateRule('cascade'),
    role: p.string().length(16).$type<CareTeamRole>(),
    since: p.datetime(),
    until: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class CareTeamMember extends CareTeamMemberSchema.class {}
CareTeamMemberSchema.setClass(CareTeamMember);
