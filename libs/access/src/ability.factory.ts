import { AbilityBuilder, createMongoAbility, MongoAbility, subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import {
  ActorContext, CONVERSATION_EXISTENCE_FIELDS, DomainException, fieldsReadBy, WEARABLE_CONNECTION_STATUS_FIELDS, PATIENT_ADMINISTRATIVE_FIELDS, PATIENT_CLINICAL_FIELDS, PATIENT_CONTACT_FIELDS, PATIENT_SELF_WRITABLE_FIELDS, Role,
  type QueryFieldRules,
} from '@pg/contracts';

export const ACTIONS = ['read', 'create', 'update', 'delete', 'transition', 'merge', 'verify'] as const;
export type Action = (typeof ACTIONS)[number] | 'manage';

/** Subject types. Every patient-scoped record carries `patientId`; a Patient's own id is its `patientId`. */
export const PATIENT_SUBJECTS = [
  'Patient', 'Condition', 'Medication', 'ClinicalEvent', 'Conversation', 'LabReport', 'LabResult', 'Wearable',
  'Protocol', 'ProtocolDose', 'Treatment', 'Prescription', 'Identity', 'CareTeam', 'AccessLog', 'Disclosure', 'FhirRecord', 'CheckIn',
] as const;
export const GLOBAL_SUBJECTS = ['Principal', 'AuditEvent', 'Biomarker', 'Merge', 'PartnerEvent', 'IdentityMatch', 'IdentityReview', 'FhirImport', 'all'] as const;
export type PatientSubject = (typeof PATIENT_SUBJECTS)[number];
export type SubjectType = PatientSubject | (typeof GLOBAL_SUBJECTS)[number];
export const isPatientSubject = (s: SubjectType): s is PatientSubject => (PATIENT_SUBJECTS as readonly string[]).includes(s);

/** Fields a coordinator may read on treatments and prescriptions: status, never content. */
export const STATUS_FIELDS = ['id', 'patientId', 'status', 'externalId', 'createdAt', 'updatedAt'] as const;
/** … and on prescriptions, where the parcel is: the carrier and tracking number. */
export const PRESCRIPTION_STATUS_FIELDS = [...STATUS_FIELDS, 'carrier', 'trackingNumber'] as const;
/** What an admin may change on a profile: the contact group (minus what is not a field to write), tags and metadata. */
export const PATIENT_ADMIN_WRITABLE_FIELDS: string[] = [
  ...PATIENT_CONTACT_FIELDS.filter((f) => !['id', 'identifiers', 'version', 'createdAt', 'updatedAt'].includes(f)),
  ...PATIENT_ADMINISTRATIVE_FIELDS,
];
export const PATIENT_ALL_FIELDS = [...PATIENT_CONTACT_FIELDS, ...PATIENT_CLINICAL_FIELDS, ...PATIENT_ADMINISTRATIVE_FIELDS] as string[];

/** What one service scope area grants: `<area>:read` reads `read`, `<area>:write` creates and updates `write`. */
export interface ServiceScopeGrant {
  read: readonly SubjectType[];
  write: readonly SubjectType[];
}
const same = (...subjects: SubjectType[]): ServiceScopeGrant => ({ read: subjects, write: subjects });

/** A service principal's scopes (`labs:read`, `conversations:write`) and the subjects each grants. */
export const SERVICE_SCOPES: Record<string, ServiceScopeGrant> = {
  profiles: same('Patient'),
  conditions: same('Condition'),
  medications: same('Medication'),
  timeline: same('ClinicalEvent'),
  conversations: same('Conversation'),
  labs: same('LabReport', 'LabResult'),
  wearables: same('Wearable'),
  // Only clinicians write protocols (issue 11, "Access"): the assistant reads them and logs the patient's doses,
  // so `protocols:write` creates dose logs and never a protocol or a new version of one.
  protocols: { read: ['Protocol', 'ProtocolDose'], write: ['ProtocolDose'] },
  treatments: same('Treatment'),
  prescriptions: same('Prescription'),
  // Reading identities includes matching demographics against them (IdentityMatch, global): profiles-svc's FHIR
  // import asks who a bundle's patient is (docs/fhir.md, "The patient"); writing them does not.
  identities: { read: ['Identity', 'IdentityMatch'], write: ['Identity'] },
  checkins: same('CheckIn'),
};

export const MIN_BREAK_GLASS_REASON = 20;
/** What break-glass lets a clinician read of the one patient it names. */
const BREAK_GLASS_SUBJECTS = PATIENT_SUBJECTS.filter((s) => s !== 'AccessLog' && s !== 'Disclosure');

type SubjectRecord = { patientId?: string; [key: string]: unknown };
export type AppAbility = MongoAbility<[Action, SubjectType | SubjectRecord]>;

/** A record of `type` for a check: CASL reads its type from the tag set here. */
function rec(type: SubjectType, record: SubjectRecord): SubjectRecord {
  return asSubject(type, { ...record }) as SubjectRecord;
}

/**
 * The one ability model (RBAC.md). Rules are built from constants and the verified actor only — never from
 * keys that arrive with a request. Abilities of several roles add up.
 */
export function defineAbilityFor(actor: Pick<ActorContext, 'roles' | 'patientId' | 'careTeam' | 'scopes' | 'onBehalfOf' | 'breakGlass'>): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  const team = { patientId: { $in: [...actor.careTeam] } };

  for (const role of actor.roles) {
    switch (role) {
      case Role.patient: {
        if (!actor.patientId) break;
        const self = { patientId: actor.patientId };
        can('read', [...PATIENT_SUBJECTS], self);
        can('update', 'Patient', [...PATIENT_SELF_WRITABLE_FIELDS], self);
        can('create', ['LabReport', 'Wearable', 'Conversation', 'CheckIn', 'ProtocolDose'], self);
        // Their own daily check-in: a second one for the same day replaces it.
        can('update', ['Conversation', 'CheckIn'], self);
        // Disconnecting a device the patient connected (the sync's tokens are deleted, the grant revoked).
        can('delete', 'Wearable', self);
        can('read', 'Biomarker');
        break;
      }
      case Role.clinician: {
        // The whole record; disclosures are the auditors' and the patient's own business (API.md).
        can('read', PATIENT_SUBJECTS.filter((s) => s !== 'Disclosure'), team);
        can(['create', 'update', 'delete'], ['Condition', 'Medication', 'Protocol', 'ClinicalEvent', 'LabResult'], team);
        // A clinician files and reviews lab reports; removing one is an admin's records-management act (below).
        can(['create', 'update'], 'LabReport', team);
        can(['create', 'update'], 'Conversation', team);
        can('transition', 'Treatment', team);
        // Demographics → candidates (docs/identity.md, "Match"): the candidates a clinician sees are their care team's.
        can('read', 'IdentityMatch');
        // A clinician may log a dose for a patient of their care team (given in clinic); never changes a log.
        can('create', 'ProtocolDose', team);
        can('read', 'Biomarker');
        const glass = actor.breakGlass;
        if (glass && !glass.refused && typeof glass.patientId === 'string' && typeof glass.reason === 'string' && glass.reason.length >= MIN_BREAK_GLASS_REASON) {
          // Emergency access to ONE patient (the one in the path of the read): read their clinical record, never
          // write, never a list across patients (the condition keeps patientScope() to that patient). The access
          // log and disclosures stay with the care team and auditors. The audit event carries the reason.
          can('read', BREAK_GLASS_SUBJECTS, { patientId: glass.patientId });
        }
        break;
      }
      case Role.coordinator: {
        can('read', 'Patient', [...PATIENT_CONTACT_FIELDS], team);
        can('read', ['Identity', 'CareTeam', 'AccessLog'], team);
        can('read', 'Treatment', [...STATUS_FIELDS], team);
        can('read', 'Prescription', [...PRESCRIPTION_STATUS_FIELDS], team);
        // That a conversation exists (channel, since when, how many messages), never what was said.
        can('read', 'Conversation', [...CONVERSATION_EXISTENCE_FIELDS], team);
        // Whether a patient's devices are connected and syncing: never the samples (docs/rbac.md, field rules).
        can('read', 'Wearable', [...WEARABLE_CONNECTION_STATUS_FIELDS], team);
        break;
      }
      case Role.admin: {
        // Patients are created, read and deactivated by admins; they correct names, contact, tier and status,
        // never the clinical fields of a profile.
        can(['create', 'read', 'delete'], 'Patient');
        can('update', 'Patient', [...PATIENT_ADMIN_WRITABLE_FIELDS]);
        can('manage', ['Principal', 'CareTeam', 'Identity', 'Merge', 'IdentityMatch', 'IdentityReview']);
        can('merge', 'Patient');
        // Soft delete and restore of a lab report filed in error (RBAC.md: admins manage records, not their content):
        // the answer carries ids and dates only, and no read of LabReport or LabResult comes with it.
        can('delete', 'LabReport');
        // Partner events whose patient is not known yet (parked): listed and replayed by admins (docs/treatments.md).
        can(['read', 'update'], 'PartnerEvent');
        // Moving a patient's record in from another system (a FHIR Bundle) is a records-management act like creating
        // the patient: admins start imports and read their jobs, whose reports hold counts and reasons, no content.
        can(['create', 'read'], 'FhirImport');
        break;
      }
      case Role.auditor: {
        can(['read', 'verify'], 'AuditEvent');
        can('read', 'Disclosure');
        break;
      }
      case Role.service: {
        for (const scope of actor.scopes ?? []) {
          const parts = scope.split(':');
          const [area, mode] = parts;
          // Own keys only: `constructor:read` or `__proto__:write` name no area (and must not reach Object.prototype).
          const grant = area && Object.hasOwn(SERVICE_SCOPES, area) ? SERVICE_SCOPES[area] : undefined;
          if (parts.length !== 2 || !grant || (mode !== 'read' && mode !== 'write')) continue;
          const subjects = grant[mode];
          const actions: Action[] = mode === 'read' ? ['read'] : ['create', 'update'];
          if (!actor.onBehalfOf) {
            can(actions, [...subjects]);
            continue;
          }
          // On behalf of one patient: that patient's records only, and never a new patient (a Patient created
          // "for" patient A would be someone else); nothing global (a match looks across every patient).
          can(actions, subjects.filter((s) => s !== 'Patient' && isPatientSubject(s)), { patientId: actor.onBehalfOf });
          if (subjects.includes('Patient')) can(actions.filter((a) => a !== 'create'), 'Patient', { patientId: actor.onBehalfOf });
        }
        break;
      }
    }
  }
  return build();
}

/**
 * The ability for a search or list across patients: break-glass binds to the one patient read by id and never
 * applies to a list, whatever the actor context says (RBAC.md).
 */
export function listAbilityFor(actor: Parameters<typeof defineAbilityFor>[0]): AppAbility {
  return defineAbilityFor({ ...actor, breakGlass: undefined });
}

/** The patients a principal may `action` records of `type` for: all, some, or none. Lists put this in SQL. */
export type PatientScope = { kind: 'all' } | { kind: 'some'; patientIds: string[] };

export function patientScope(ability: AppAbility, action: Action, type: PatientSubject, field?: string): PatientScope | null {
  const ids = new Set<string>();
  let any = false;
  // With a field: only the rules that grant that field (a coordinator's profile rule does not grant birthDate).
  for (const rule of ability.rulesFor(action, type, field)) {
    if (rule.inverted) continue;
    any = true;
    const cond = rule.conditions as { patientId?: string | { $in?: string[] } } | undefined;
    if (!cond) return { kind: 'all' };
    if (typeof cond.patientId === 'string') ids.add(cond.patientId);
    else if (cond.patientId && Array.isArray(cond.patientId.$in)) cond.patientId.$in.forEach((id) => ids.add(id));
  }
  return any ? { kind: 'some', patientIds: [...ids] } : null;
}

/**
 * The decision for one patient-scoped request: allowed, out of scope (404: existence must not leak) or never
 * allowed for this role (403).
 */
export type Decision = 'allow' | 'not-found' | 'forbidden';

export function decide(ability: AppAbility, action: Action, type: SubjectType, patientId?: string, field?: string): Decision {
  if (!ability.can(action, type)) return 'forbidden';
  if (patientId === undefined) return ability.can(action, type, field) ? 'allow' : 'forbidden';
  if (ability.can(action, rec(type, { patientId }), field)) return 'allow';
  // The role can do it somewhere, but not on this patient (or not this field here).
  return field && ability.can(action, rec(type, { patientId })) ? 'forbidden' : 'not-found';
}

/** The fields of a record the ability lets the actor read. */
export function readableFields(ability: AppAbility, type: PatientSubject, record: { patientId: string }, allFields: readonly string[]): string[] {
  return permittedFieldsOf(ability, 'read', rec(type, record), { fieldsFrom: (rule) => rule.fields ?? [...allFields] });
}

/** Keeps only the readable fields of a DTO. */
export function pickFields<T extends object>(dto: T, fields: readonly string[]): Partial<T> {
  const out: Partial<T> = {};
  for (const f of fields) if (f in dto) (out as Record<string, unknown>)[f] = (dto as Record<string, unknown>)[f];
  return out;
}

/** The fields of a write the actor may not write; empty when the write is allowed whole. */
export function forbiddenWriteFields(ability: AppAbility, action: Action, type: PatientSubject, patientId: string, fields: readonly string[]): string[] {
  return fields.filter((f) => !ability.can(action, rec(type, { patientId }), f));
}

/**
 * The query parameters of a list that read a field the actor may read on no record of `type`: a filter (or the
 * order of the page) is a read of its field, so a coordinator's `?birthDate=` is a probe of birth dates.
 */
export function unreadableQueryParams<Q extends object>(ability: AppAbility, type: PatientSubject, rules: QueryFieldRules<Q>, query: Q | undefined): string[] {
  return fieldsReadBy(rules, query).filter(({ fields }) => fields.some((f) => !ability.can('read', type, f))).map(({ param }) => param);
}

/** FORBIDDEN, naming each parameter, when the query filters or sorts on a field the actor may not read. */
export function requireReadableQuery<Q extends object>(ability: AppAbility, type: PatientSubject, rules: QueryFieldRules<Q>, query: Q | undefined): void {
  const refused = unreadableQueryParams(ability, type, rules, query);
  if (refused.length) {
    throw DomainException.forbidden('Not allowed to filter or sort on fields your role may not read',
      refused.map((field) => ({ field, message: `${field} filters on a field this role may not read` })));
  }
}

/**
 * The scope of a filtered list: the patients on whose records the actor may read every field the query reads
 * (a principal who is a patient and a coordinator filters birth dates of their own record only). Null when the actor may not list `type` at all. The list's first check is requireReadableQuery().
 */
export function queryScope<Q extends object>(ability: AppAbility, type: PatientSubject, rules: QueryFieldRules<Q>, query: Q | undefined): PatientScope | null {
  let scope = patientScope(ability, 'read', type);
  for (const { fields } of fieldsReadBy(rules, query)) {
    for (const field of fields) {
      if (!scope) return null;
      scope = intersect(scope, patientScope(ability, 'read', type, field));
    }
  }
  return scope;
}

function intersect(a: PatientScope, b: PatientScope | null): PatientScope | null {
  if (!b) return null;
  if (a.kind === 'all') return b;
  if (b.kind === 'all') return a;
  const keep = new Set(b.patientIds);
  return { kind: 'some', patientIds: a.patientIds.filter((id) => keep.has(id)) };
}

/**
 * Turns a decision into the answer of API.md: never allowed → FORBIDDEN; allowed elsewhere but not here →
 * NOT_FOUND, recorded as a denial (existence must not leak). The one place that mapping is written.
 */
export function enforce(decision: Decision, what = 'Patient', forbiddenMessage?: string): void {
  if (decision === 'forbidden') throw DomainException.forbidden(forbiddenMessage);
  if (decision === 'not-found') throw DomainException.notFound(what, true);
}

/**
 * The record-level check a use case starts with: `action` on records of `type` of this patient. Returns the scope
 * its query puts into SQL.
 */
export function requirePatientAccess(ability: AppAbility, action: Action, type: PatientSubject, patientId: string): PatientScope {
  enforce(decide(ability, action, type, patientId));
  return patientScope(ability, action, type) ?? { kind: 'some', patientIds: [] };
}
