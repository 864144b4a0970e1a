import 'reflect-metadata';
import { principalShapeErrors, type PrincipalShape } from './principal.rules.js';

const PATIENT_ID = '6f1c1b0e-3c1a-4d8e-9a4f-1f2e3d4c5b6a';
const user = (over: Partial<PrincipalShape>): PrincipalShape => ({ kind: 'user', roles: [], patientId: null, scopes: [], ...over });
const service = (over: Partial<PrincipalShape>): PrincipalShape => ({ kind: 'service', roles: ['service'], patientId: null, scopes: ['labs:read'], ...over });

describe('principalShapeErrors', () => {
  it.each<[string, PrincipalShape, string[]]>([
    ['a clinician', user({ roles: ['clinician'] }), []],
    ['a clinician who is also an admin', user({ roles: ['clinician', 'admin'] }), []],
    ['a patient bound to a patient', user({ roles: ['patient'], patientId: PATIENT_ID }), []],
    ['a patient without a binding', user({ roles: ['patient'] }), ['body.patientId']],
    ['a clinician bound to a patient', user({ roles: ['clinician'], patientId: PATIENT_ID }), ['body.patientId']],
    ['a user with the service role', user({ roles: ['service'] }), ['body.roles']],
    ['a user with scopes', user({ roles: ['admin'], scopes: ['labs:read'] }), ['body.scopes']],
    ['a service with a scope', service({}), []],
    ['a service without scopes', service({ scopes: [] }), ['body.scopes']],
    ['a service that is also an admin', service({ roles: ['service', 'admin'] }), ['body.roles']],
    ['a service bound to a patient', service({ patientId: PATIENT_ID }), ['body.patientId']],
    ['an auditor who is also a clinician', user({ roles: ['auditor', 'clinician'] }), ['body.roles']],
    ['an auditor who is also an admin', user({ roles: ['auditor', 'admin'] }), []],
  ])('%s', (_name, shape, fields) => {
    expect(principalShapeErrors(shape).map((d) => d.field)).toEqual(fields);
  });
});
