import { subject as asSubject } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import {
  ACTIONS, decide, defineAbilityFor, GLOBAL_SUBJECTS, MIN_BREAK_GLASS_REASON, PATIENT_SUBJECTS, SERVICE_SCOPES,
  type Action, type AppAbility, type SubjectType,
} from './ability.factory.js';

/*
 * The RBAC matrix of docs/rbac.md, computed from defineAbilityFor for one representative principal per role.
 * scripts/rbac-doc.ts prints it; rbac-doc.spec.ts fails when the doc no longer says what the model does.
 */

export const MATRIX_START = '<!-- matrix:start -->';
export const MATRIX_END = '<!-- matrix:end -->';

const IN = 'in-scope-patient';
const OUT = 'another-patient';
const EXAMPLE_SCOPES = ['profiles:read', 'labs:read', 'conversations:write'];

interface Column {
  heading: string;
  /** False when the principal reaches every patient: then nothing needs an "any patient" note. */
  limited: boolean;
  actor: Parameters<typeof defineAbilityFor>[0];
}

const COLUMNS: Column[] = [
  { heading: 'patient (own record)', limited: true, actor: { roles: ['patient'], patientId: IN, careTeam: [] } },
  { heading: 'clinician (care team)', limited: true, actor: { roles: ['clinician'], careTeam: [IN] } },
  {
    heading: `clinician + break-glass (reason ≥ ${MIN_BREAK_GLASS_REASON} chars)`,
    limited: true,
    actor: { roles: ['clinician'], careTeam: [IN], breakGlass: { reason: 'x'.repeat(MIN_BREAK_GLASS_REASON) } },
  },
  { heading: 'coordinator (care team)', limited: true, actor: { roles: ['coordinator'], careTeam: [IN] } },
  { heading: 'admin (every patient)', limited: false, actor: { roles: ['admin'], careTeam: [] } },
  { heading: 'auditor (audit trail)', limited: false, actor: { roles: ['auditor'], careTeam: [] } },
  { heading: `service \`${EXAMPLE_SCOPES.join(' ')}\``, limited: false, actor: { roles: ['service'], careTeam: [], scopes: EXAMPLE_SCOPES } },
  {
    heading: 'same service on behalf of one patient',
    limited: true,
    actor: { roles: ['service'], careTeam: [], scopes: EXAMPLE_SCOPES, onBehalfOf: IN },
  },
];

const isPatientSubject = (s: SubjectType) => (PATIENT_SUBJECTS as readonly string[]).includes(s);

function cell(ability: AppAbility, type: SubjectType, limited: boolean): string {
  const parts: string[] = [];
  let all = true;
  for (const a of ACTIONS) {
    if (!isPatientSubject(type)) {
      if (decide(ability, a, type) === 'allow') parts.push(a);
      else all = false;
      continue;
    }
    const inScope = decide(ability, a, type, IN) === 'allow';
    const anywhere = decide(ability, a, type, OUT) === 'allow';
    if (!inScope && !anywhere) {
      all = false;
      continue;
    }
    if (limited && anywhere) parts.push(`${a} *(any patient)*`);
    else if (!limited && !anywhere) parts.push(`${a} *(in scope only)*`);
    else parts.push(a);
  }
  if (all && parts.every((p) => !p.includes('*'))) return 'all actions';
  return parts.length ? parts.join(', ') : '—';
}

/** The fields a rule set limits `action` on `type` to for the in-scope patient; null when not limited. */
function limitedFields(ability: AppAbility, action: Action, type: SubjectType): string[] | null {
  if (decide(ability, action, type, IN) !== 'allow') return null;
  const fields = permittedFieldsOf(ability, action, asSubject(type, { patientId: IN } as Record<string, unknown>), { fieldsFrom: (rule) => rule.fields ?? ['*'] });
  return fields.includes('*') ? null : fields;
}

const escape = (s: string) => s.replace(/\|/g, '\\|');

/** The Markdown between the markers of docs/rbac.md. */
export function rbacMatrix(): string {
  const abilities = COLUMNS.map((c) => defineAbilityFor(c.actor));
  const lines: string[] = [];

  lines.push('### Actions by role and subject', '');
  lines.push(
    'Generated from `defineAbilityFor` (libs/access) for one representative principal per role. An action is allowed',
    "within the column's scope unless marked *(any patient)*; outside it the answer is 404 for an action the role has",
    'somewhere and 403 for one it never has. `—`: nothing (403).',
    '',
  );
  lines.push(`| subject | ${COLUMNS.map((c) => escape(c.heading)).join(' | ')} |`);
  lines.push(`|---|${COLUMNS.map(() => '---').join('|')}|`);
  for (const type of [...PATIENT_SUBJECTS, ...GLOBAL_SUBJECTS]) {
    const label = isPatientSubject(type) ? type : `${type} (global)`;
    lines.push(`| ${label} | ${COLUMNS.map((c, i) => cell(abilities[i]!, type, c.limited)).join(' | ')} |`);
  }

  lines.push('', '### Field rules', '');
  lines.push('Where a role may act on only some fields of a record (reads return only these; a write touching another is 403):', '');
  lines.push('| role | subject | action | only these fields |', '|---|---|---|---|');
  COLUMNS.forEach((c, i) => {
    for (const type of PATIENT_SUBJECTS) {
      for (const a of ACTIONS) {
        const fields = limitedFields(abilities[i]!, a, type);
        if (fields) lines.push(`| ${escape(c.heading)} | ${type} | ${a} | ${fields.map((f) => `\`${f}\``).join(', ')} |`);
      }
    }
  });

  lines.push('', '### Service scopes', '');
  lines.push('`<area>:read` grants read and `<area>:write` grants create and update on these subjects; a scope naming another area or mode grants nothing.', '');
  lines.push('| area | subjects |', '|---|---|');
  for (const [area, subjects] of Object.entries(SERVICE_SCOPES)) lines.push(`| \`${area}\` | ${subjects.join(', ')} |`);

  return lines.join('\n');
}

/** The matrix as docs/rbac.md holds it now; null without both markers. */
export function extractMatrix(doc: string): string | null {
  const start = doc.indexOf(MATRIX_START);
  const end = doc.indexOf(MATRIX_END);
  if (start < 0 || end < start) return null;
  return doc.slice(start + MATRIX_START.length, end).trim();
}

/** docs/rbac.md with `matrix` between the markers (appended with the markers when they are missing). */
export function spliceMatrix(doc: string, matrix: string): string {
  const block = `${MATRIX_START}\n${matrix}\n${MATRIX_END}`;
  const start = doc.indexOf(MATRIX_START);
  const end = doc.indexOf(MATRIX_END);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, start) + block + doc.slice(end + MATRIX_END.length);
}
