import { Role, type ErrorDetail, type PrincipalKind } from '@pg/contracts';

/** The shape a principal must have after a create or an update. */
export interface PrincipalShape {
  kind: PrincipalKind;
  roles: readonly Role[];
  patientId: string | null;
  scopes: readonly string[];
}

/**
 * What is wrong with a principal's roles, binding and scopes, as validation details (empty when fine):
 * - a `patient` is bound to exactly one patient; no other principal is bound to one;
 * - an auditor is neither clinician nor patient (separation of duties);
 * - a `user` holds human roles and no scopes; a `service` holds only the `service` role and at least one scope.
 */
export function principalShapeErrors(shape: PrincipalShape): ErrorDetail[] {
  const out: ErrorDetail[] = [];
  const isPatient = shape.roles.includes(Role.patient);
  if (isPatient && !shape.patientId) out.push({ field: 'body.patientId', message: 'patientId is required with the patient role' });
  if (!isPatient && shape.patientId) out.push({ field: 'body.patientId', message: 'only a principal with the patient role is bound to a patient' });
  // Separation of duties (RBAC.md): nobody both changes clinical data and reads the audit trail.
  if (shape.roles.includes(Role.auditor) && (shape.roles.includes(Role.clinician) || shape.roles.includes(Role.patient))) {
    out.push({ field: 'body.roles', message: 'auditor cannot be combined with clinician or patient (separation of duties)' });
  }
  if (shape.kind === 'user') {
    if (shape.roles.includes(Role.service)) out.push({ field: 'body.roles', message: 'the service role is for service principals' });
    if (shape.scopes.length) out.push({ field: 'body.scopes', message: 'scopes are for service principals' });
  } else {
    if (shape.roles.length !== 1 || shape.roles[0] !== Role.service) out.push({ field: 'body.roles', message: 'a service principal holds exactly the service role' });
    if (!shape.scopes.length) out.push({ field: 'body.scopes', message: 'a service principal needs at least one scope' });
  }
  return out;
}
