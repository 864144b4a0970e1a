import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { PATIENT_ADMINISTRATIVE_FIELDS, PATIENT_CLINICAL_FIELDS, PATIENT_CONTACT_FIELDS } from '@pg/contracts';
import {
  ACTIONS, decide, defineAbilityFor, GLOBAL_SUBJECTS, PATIENT_SUBJECTS, SERVICE_SCOPES, type Action, type SubjectType,
} from './ability.factory.js';
import { fieldsOf, MATRIX_END, MATRIX_START, outcomeOf, readRbacMatrix, type Outcome } from './matrix.js';

/*
 * docs/rbac.md's matrix is written by hand from RBAC.md. This test holds the ability model to it, cell by cell:
 * the expected answers come from the table, the actual ones from defineAbilityFor. Change one without the other
 * and it fails.
 */

const DOC = readFileSync(new URL('../../../docs/rbac.md', import.meta.url), 'utf8');
const matrix = readRbacMatrix(DOC);

type ActorInput = Parameters<typeof defineAbilityFor>[0];
const IN = '11111111-1111-4111-8111-111111111111';
const GLASS = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';
const REASON = 'Unconscious in the emergency room, no care team reachable';
const EXAMPLE_SCOPES = ['profiles:read', 'labs:read', 'conversations:write'];

/**
 * The principal each column stands for, and the patients that are in its scope and outside it. For the
 * break-glass column "in" is the patient the break-glass names; its care team answers as the plain clinician's.
 */
const COLUMN_ACTORS: Record<string, { actor: ActorInput; in: string }> = {
  patient: { actor: { roles: ['patient'], patientId: IN, careTeam: [] }, in: IN },
  clinician: { actor: { roles: ['clinician'], careTeam: [IN] }, in: IN },
  'clinician + break-glass': { actor: { roles: ['clinician'], careTeam: [IN], breakGlass: { reason: REASON, patientId: GLASS } }, in: GLASS },
  coordinator: { actor: { roles: ['coordinator'], careTeam: [IN] }, in: IN },
  admin: { actor: { roles: ['admin'], careTeam: [] }, in: IN },
  auditor: { actor: { roles: ['auditor'], careTeam: [] }, in: IN },
  service: { actor: { roles: ['service'], careTeam: [], scopes: EXAMPLE_SCOPES }, in: IN },
  'service on behalf': { actor: { roles: ['service'], careTeam: [], scopes: EXAMPLE_SCOPES, onBehalfOf: IN }, in: IN },
};

/** Every field of a record of these subjects (the contract), to check that fields outside a rule are refused. */
const FIELDS: Partial<Record<string, readonly string[]>> = {
  Patient: [...PATIENT_CONTACT_FIELDS, ...PATIENT_CLINICAL_FIELDS, ...PATIENT_ADMINISTRATIVE_FIELDS],
  Treatment: ['id', 'patientId', 'status', 'externalId', 'protocolId', 'compound', 'dose', 'notes', 'history', 'createdAt', 'updatedAt'],
  Prescription: ['id', 'patientId', 'status', 'externalId', 'compound', 'dose', 'notes', 'fulfillments', 'createdAt', 'updatedAt'],
};

const sorted = (xs: readonly string[]) => [...xs].sort();

describe('docs/rbac.md: the hand-written matrix', () => {
  it('holds the matrix between its markers, with a column for every representative principal', () => {
    expect(DOC.indexOf(MATRIX_START)).toBeGreaterThan(0);
    expect(DOC.indexOf(MATRIX_END)).toBeGreaterThan(DOC.indexOf(MATRIX_START));
    expect(matrix.columns.map((c) => c.name)).toEqual(Object.keys(COLUMN_ACTORS));
  });

  it('names exactly the subjects and actions of libs/access (one added in code without the table fails)', () => {
    expect(sorted(matrix.patientSubjects)).toEqual(sorted(PATIENT_SUBJECTS));
    expect(sorted(matrix.globalSubjects)).toEqual(sorted(GLOBAL_SUBJECTS));
    expect(sorted(ACTIONS)).toEqual(sorted(['read', 'create', 'update', 'delete', 'transition', 'merge', 'verify']));
  });

  it('reads its own cells as RBAC.md says them (the reader is right)', () => {
    // A few cells read independently of the model: RBAC.md's examples.
    expect(outcomeOf(matrix, 'clinician', 'Condition', 'read', 'out')).toBe('not-found');
    expect(outcomeOf(matrix, 'auditor', 'LabResult', 'create', 'in')).toBe('forbidden');
    expect(outcomeOf(matrix, 'coordinator', 'Condition', 'read', 'in')).toBe('forbidden');
    expect(outcomeOf(matrix, 'clinician + break-glass', 'Condition', 'read', 'in')).toBe('allow');
    expect(outcomeOf(matrix, 'clinician + break-glass', 'Condition', 'update', 'in')).toBe('not-found');
    expect(outcomeOf(matrix, 'clinician + break-glass', 'Condition', 'read', 'out')).toBe('not-found');
    expect(outcomeOf(matrix, 'clinician + break-glass', 'Disclosure', 'read', 'in')).toBe('forbidden');
    expect(outcomeOf(matrix, 'admin', 'Patient', 'read', 'out')).toBe('allow');
    expect(outcomeOf(matrix, 'auditor', 'AuditEvent', 'verify', 'global')).toBe('allow');
    expect(fieldsOf(matrix, 'coordinator', 'Patient', 'read')).not.toContain('birthDate');
    expect(fieldsOf(matrix, 'patient', 'Patient', 'update')).toEqual(['email', 'phone', 'address', 'timeZone']);
    expect(fieldsOf(matrix, 'coordinator', 'Patient', 'read')).not.toContain('tags');
    expect(outcomeOf(matrix, 'patient', 'CheckIn', 'create', 'in')).toBe('allow');
    expect(outcomeOf(matrix, 'clinician', 'CheckIn', 'create', 'in')).toBe('forbidden');
    expect(outcomeOf(matrix, 'coordinator', 'Medication', 'read', 'in')).toBe('forbidden');
  });

  it('refuses a malformed table instead of reading it as "nothing allowed"', () => {
    expect(() => readRbacMatrix(DOC.replace('| Patient | read, update |', '| Patient | raed, update |'))).toThrow(/unknown action "raed"/);
    expect(() => readRbacMatrix(DOC.replace(MATRIX_START, ''))).toThrow(/markers/);
  });
});

describe.each(Object.entries(COLUMN_ACTORS))('defineAbilityFor agrees with the %s column', (name, { actor, in: inPatient }) => {
  const ability = defineAbilityFor(actor);

  it.each([...PATIENT_SUBJECTS])('%s: in scope, out of scope and at type level', (subject) => {
    const expected: Record<string, [Outcome, Outcome, Outcome]> = {};
    const actual: Record<string, [Outcome, Outcome, Outcome]> = {};
    for (const a of ACTIONS) {
      const anywhere = outcomeOf(matrix, name, subject, a, 'global');
      expected[a] = [outcomeOf(matrix, name, subject, a, 'in'), outcomeOf(matrix, name, subject, a, 'out'), anywhere];
      actual[a] = [decide(ability, a, subject, inPatient), decide(ability, a, subject, OTHER), decide(ability, a, subject)];
    }
    expect(actual).toEqual(expected);
  });

  it.each([...GLOBAL_SUBJECTS])('%s (global): allowed or 403', (subject) => {
    const expected = Object.fromEntries(ACTIONS.map((a) => [a, outcomeOf(matrix, name, subject, a, 'global')]));
    const actual = Object.fromEntries(ACTIONS.map((a) => [a, decide(ability, a, subject)]));
    expect(actual).toEqual(expected);
  });

  it.each(Object.keys(FIELDS))('%s: the fields of each allowed action are the field rule\'s (or all)', (subject) => {
    const all = FIELDS[subject]!;
    for (const a of ACTIONS) {
      if (outcomeOf(matrix, name, subject, a, 'in') !== 'allow') continue;
      const expected = fieldsOf(matrix, name, subject, a) ?? all;
      const allowed = all.filter((f) => decide(ability, a, subject as SubjectType, inPatient, f) === 'allow');
      expect({ action: a, fields: sorted(allowed) }).toEqual({ action: a, fields: sorted(all.filter((f) => expected.includes(f))) });
    }
  });
});

describe('the clinician column on the care team, with a break-glass for another patient', () => {
  it('answers on the care team exactly as the plain clinician column', () => {
    const ability = defineAbilityFor(COLUMN_ACTORS['clinician + break-glass']!.actor);
    for (const subject of PATIENT_SUBJECTS) {
      for (const a of ACTIONS) expect([subject, a, decide(ability, a, subject, IN)]).toEqual([subject, a, outcomeOf(matrix, 'clinician', subject, a, 'in')]);
    }
  });
});

describe('the service scopes table', () => {
  const MODES: Record<string, Action[]> = { read: ['read'], write: ['create', 'update'] };
  it.each(Object.entries(matrix.serviceScopes))('%s: read and write grant exactly the listed subjects', (area, grants) => {
    for (const [mode, actions] of Object.entries(MODES)) {
      const subjects = grants[mode as keyof typeof grants];
      const ability = defineAbilityFor({ roles: ['service'], careTeam: [], scopes: [`${area}:${mode}`] });
      // On behalf of a patient a scope reaches that patient's records only: never a global subject.
      const onBehalf = defineAbilityFor({ roles: ['service'], careTeam: [], scopes: [`${area}:${mode}`], onBehalfOf: IN });
      for (const subject of PATIENT_SUBJECTS) {
        for (const a of ACTIONS) {
          const expected = subjects.includes(subject) && actions.includes(a) ? 'allow' : 'forbidden';
          expect([`${area}:${mode}`, subject, a, decide(ability, a, subject, OTHER)]).toEqual([`${area}:${mode}`, subject, a, expected]);
        }
      }
      for (const subject of GLOBAL_SUBJECTS) {
        for (const a of ACTIONS) {
          const expected = subjects.includes(subject) && actions.includes(a) ? 'allow' : 'forbidden';
          expect([`${area}:${mode}`, subject, a, decide(ability, a, subject)]).toEqual([`${area}:${mode}`, subject, a, expected]);
          expect([`${area}:${mode} on behalf`, subject, a, decide(onBehalf, a, subject)]).toEqual([`${area}:${mode} on behalf`, subject, a, 'forbidden']);
        }
      }
    }
  });

  it('lists every area the code knows, and no other', () => {
    expect(sorted(Object.keys(matrix.serviceScopes))).toEqual(sorted(Object.keys(SERVICE_SCOPES)));
  });
});

