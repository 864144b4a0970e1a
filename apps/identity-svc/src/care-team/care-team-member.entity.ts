import { defineEntity, p } from '@mikro-orm/core';
import type { CareTeamRole } from '@pg/contracts';

/**
 * One period of a principal on a patient's care team. Active while `since ≤ now < until` (or no `until`).
 * Ending a membership sets `until`; rows are never deleted, so the history stays.
 */
export const CareTeamMemberSchema = defineEntity({
  name: 'CareTeamMember',
  tableName: 'care_team_member',
  properties: {
    id: p.uuid().primary(),
    patientId: p.uuid(),
    /** References principal(id) (foreign key in the migration). */
    principalId: p.uuid(),
    role: p.string().length(16).$type<CareTeamRole>(),
    since: p.datetime(),
    until: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class CareTeamMember extends CareTeamMemberSchema.class {}
CareTeamMemberSchema.setClass(CareTeamMember);
