import { defineEntity, p } from '@mikro-orm/core';
import type { PrincipalKind, PrincipalStatus, Role } from '@pg/contracts';

/** Who may call the Patient Graph: a token subject with roles, a patient binding (patients) or scopes (services). */
export const PrincipalSchema = defineEntity({
  name: 'Principal',
  tableName: 'principal',
  // The migration's indexes and checks, declared so the ORM's schema diff agrees with it (tested).
  indexes: [
    { name: 'principal_created_idx', properties: ['createdAt', 'id'] },
    { name: 'principal_patient_idx', expression: 'create index "principal_patient_idx" on "principal" ("patient_id") where "patient_id" is not null' },
  ],
  checks: [
    { name: 'principal_kind_check', expression: `"kind" in ('user', 'service')` },
    { name: 'principal_status_check', expression: `"status" in ('active', 'deactivated')` },
  ],
  properties: {
    id: p.uuid().primary(),
    subject: p.string().length(200).unique('principal_subject_unique'),
    displayName: p.string().length(200),
    kind: p.string().length(16).$type<PrincipalKind>().default('user'),
    roles: p.array<Role>().columnType('text[]').defaultRaw(`'{}'`),
    patientId: p.uuid().nullable(),
    scopes: p.json<string[]>().defaultRaw(`'[]'`),
    status: p.string().length(16).$type<PrincipalStatus>().default('active'),
    /** A service principal's client secret, hashed (`sha256:<hex>`); never read back out. */
    secretHash: p.string().length(100).nullable(),
    version: p.integer().version(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()).onUpdate(() => new Date()),
  },
});

export class Principal extends PrincipalSchema.class {}
PrincipalSchema.setClass(Principal);
