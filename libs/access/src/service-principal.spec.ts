import { isServicePrincipal } from './service-principal.js';

// docs/rbac.md, "FHIR import": the named service principal, with the scope, acting for nobody (the match) or for a
// patient (the protocols). Expected answers from that text.
const importer = { roles: ['service'], kind: 'service', subject: 'service:profiles-svc', scopes: ['identities:import', 'protocols:import'] } as const;
const match = { subject: 'service:profiles-svc', scope: 'identities:import', onBehalfOf: 'nobody' } as const;
const protocols = { subject: 'service:profiles-svc', scope: 'protocols:import', onBehalfOf: 'a patient' } as const;

describe('isServicePrincipal', () => {
  it.each<[string, Parameters<typeof isServicePrincipal>[0], typeof match | typeof protocols, boolean]>([
    ['the importer, for nobody, matching', { ...importer, roles: [...importer.roles], scopes: [...importer.scopes] }, match, true],
    ['the importer acting for a patient may not match', { ...importer, roles: [...importer.roles], scopes: [...importer.scopes], onBehalfOf: 'p-1' }, match, false],
    ['the importer for a patient writes protocols', { ...importer, roles: [...importer.roles], scopes: [...importer.scopes], onBehalfOf: 'p-1' }, protocols, true],
    ['the importer for nobody may not write protocols', { ...importer, roles: [...importer.roles], scopes: [...importer.scopes] }, protocols, false],
    ['another subject with the scope', { ...importer, roles: [...importer.roles], scopes: [...importer.scopes], subject: 'service:someone-else' }, match, false],
    ['the subject without the scope', { ...importer, roles: [...importer.roles], scopes: ['identities:read', 'identities:write'] }, match, false],
    ['a user token naming the subject', { ...importer, roles: [...importer.roles], scopes: [...importer.scopes], kind: 'user' }, match, false],
    ['a principal without the service role', { ...importer, roles: ['admin'], scopes: [...importer.scopes] }, match, false],
  ])('%s', (_label, actor, principal, expected) => {
    expect(isServicePrincipal(actor, principal)).toBe(expected);
  });
});
