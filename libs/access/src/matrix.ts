/*
 * Reads the permission matrix of docs/rbac.md. The matrix there is written by hand from RBAC.md (and API.md
 * where RBAC.md defers to it); nothing here computes it from the ability model. Two readers take their expected
 * answers from it: libs/access/src/rbac-doc.spec.ts (every cell against defineAbilityFor) and the attack suite
 * (test/attack-suite: what the running system must answer each role on each operation).
 */

export const MATRIX_START = '<!-- matrix:start -->';
export const MATRIX_END = '<!-- matrix:end -->';

export const MATRIX_ACTIONS = ['read', 'create', 'update', 'delete', 'transition', 'merge', 'verify'] as const;
export type MatrixAction = (typeof MATRIX_ACTIONS)[number];
export type Outcome = 'allow' | 'not-found' | 'forbidden';

/**
 * How a column's cells read:
 * - `scoped`: allowed on a patient in the column's scope, 404 on any other patient; an action not listed is 403.
 * - `everywhere`: allowed on every patient; not listed is 403.
 * - `break-glass`: allowed on the one patient named by the break-glass read; elsewhere, and for an action not
 *   listed, the answer of the `base` column (404 where that column may do it in its scope, 403 where never).
 */
export type ColumnScope = { kind: 'scoped'; what: string } | { kind: 'everywhere' } | { kind: 'break-glass'; base: string };

export interface MatrixColumn {
  name: string;
  principal: string;
  scope: ColumnScope;
}

export interface FieldRule {
  column: string;
  subject: string;
  action: MatrixAction;
  fields: string[];
}

export interface RbacMatrix {
  columns: MatrixColumn[];
  /** Patient subjects (rows without `(global)`) and global subjects. */
  patientSubjects: string[];
  globalSubjects: string[];
  /** cells[column][subject] = the actions listed. */
  cells: Record<string, Record<string, MatrixAction[]>>;
  fieldRules: FieldRule[];
  /** Service scope areas → the subjects `<area>:read` reads and those `<area>:write` creates and updates. */
  serviceScopes: Record<string, { read: string[]; write: string[] }>;
}

/** Where the patient of a request stands for the column: in its scope, outside it, or no patient (global). */
export type Relation = 'in' | 'out' | 'global';

const stripTicks = (s: string) => s.replace(/`/g, '').trim();

/** The rows of the first Markdown table after `heading` inside `block`, as trimmed cells (header row excluded). */
function tableAfter(block: string, heading: string): string[][] {
  const at = block.indexOf(heading);
  if (at < 0) throw new Error(`docs/rbac.md: no "${heading}" in the matrix`);
  const lines = block.slice(at + heading.length).split('\n');
  const rows: string[][] = [];
  let started = false;
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith('|')) {
      started = true;
      rows.push(t.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()));
    } else if (started) break;
  }
  if (rows.length < 2) throw new Error(`docs/rbac.md: the table under "${heading}" is empty`);
  return rows.slice(2);
}

function actionsOf(cell: string, where: string): MatrixAction[] {
  const c = cell.trim();
  if (c === '—' || c === '-' || c === '') return [];
  if (c === 'all actions') return [...MATRIX_ACTIONS];
  return c.split(',').map((a) => {
    const action = a.trim() as MatrixAction;
    if (!MATRIX_ACTIONS.includes(action)) throw new Error(`docs/rbac.md: unknown action "${a.trim()}" in ${where}`);
    return action;
  });
}

function scopeOf(text: string, where: string): ColumnScope {
  const t = stripTicks(text);
  if (t === 'every patient') return { kind: 'everywhere' };
  const glass = /^break-glass patient; otherwise as (.+)$/.exec(t);
  if (glass) return { kind: 'break-glass', base: glass[1]!.trim() };
  if (t) return { kind: 'scoped', what: t };
  throw new Error(`docs/rbac.md: column ${where} has no scope`);
}

/** The matrix between the markers of docs/rbac.md; throws on a malformed table (a typo must not pass silently). */
export function readRbacMatrix(doc: string): RbacMatrix {
  const start = doc.indexOf(MATRIX_START);
  const end = doc.indexOf(MATRIX_END);
  if (start < 0 || end < start) throw new Error('docs/rbac.md: the matrix markers are missing');
  const block = doc.slice(start + MATRIX_START.length, end);

  const columns = tableAfter(block, '### Columns').map(([name, principal, scope]) => ({
    name: stripTicks(name!), principal: principal ?? '', scope: scopeOf(scope ?? '', name!),
  }));
  const actionsHeading = '### Actions by role and subject';
  const headerAt = block.indexOf(actionsHeading);
  const header = block.slice(headerAt).split('\n').find((l) => l.trim().startsWith('|'))!;
  const headerCols = header.trim().slice(1, -1).split('|').map((c) => stripTicks(c)).slice(1);
  if (JSON.stringify(headerCols) !== JSON.stringify(columns.map((c) => c.name))) {
    throw new Error(`docs/rbac.md: the matrix's columns (${headerCols.join(', ')}) are not the declared ones`);
  }
  const cells: RbacMatrix['cells'] = Object.fromEntries(columns.map((c) => [c.name, {}]));
  const patientSubjects: string[] = [];
  const globalSubjects: string[] = [];
  for (const row of tableAfter(block, actionsHeading)) {
    const label = stripTicks(row[0]!);
    const global = /\(global\)$/.test(label);
    const subject = label.replace(/\s*\(global\)$/, '');
    (global ? globalSubjects : patientSubjects).push(subject);
    if (row.length !== columns.length + 1) throw new Error(`docs/rbac.md: row ${subject} has ${row.length - 1} cells`);
    columns.forEach((c, i) => {
      cells[c.name]![subject] = actionsOf(row[i + 1]!, `${subject} × ${c.name}`);
    });
  }
  const fieldRules = tableAfter(block, '### Field rules').map(([column, subject, action, fields]) => ({
    column: stripTicks(column!),
    subject: stripTicks(subject!),
    action: actionsOf(action!, 'field rules')[0]!,
    fields: fields!.split(',').map(stripTicks).filter(Boolean),
  }));
  const subjectList = (cell: string) => cell.split(',').map(stripTicks).filter(Boolean);
  const serviceScopes = Object.fromEntries(tableAfter(block, '### Service scopes').map(([area, read, write]) => [
    stripTicks(area!), { read: subjectList(read!), write: subjectList(write ?? '') },
  ]));
  for (const r of fieldRules) {
    if (!cells[r.column]) throw new Error(`docs/rbac.md: field rule for unknown column ${r.column}`);
  }
  return { columns, patientSubjects, globalSubjects, cells, fieldRules, serviceScopes };
}

function column(m: RbacMatrix, name: string): MatrixColumn {
  const c = m.columns.find((x) => x.name === name);
  if (!c) throw new Error(`docs/rbac.md has no column "${name}"`);
  return c;
}

const listed = (m: RbacMatrix, col: string, subject: string, action: string) => (m.cells[col]?.[subject] ?? []).includes(action as MatrixAction);

/**
 * The answer the matrix gives `column` doing `action` on `subject`: for a patient subject, on a patient in the
 * column's scope (`in`) or outside it (`out`); for a global subject (`global`).
 */
export function outcomeOf(m: RbacMatrix, columnName: string, subject: string, action: string, relation: Relation): Outcome {
  const col = column(m, columnName);
  const isGlobal = m.globalSubjects.includes(subject);
  if (!isGlobal && !m.patientSubjects.includes(subject)) throw new Error(`docs/rbac.md has no subject "${subject}"`);
  if (col.scope.kind === 'break-glass') {
    if (relation === 'in' && !isGlobal && listed(m, col.name, subject, action)) return 'allow';
    if (isGlobal) return listed(m, col.name, subject, action) ? 'allow' : 'forbidden';
    if (relation === 'global') return listed(m, col.name, subject, action) ? 'allow' : outcomeOf(m, col.scope.base, subject, action, 'global');
    return outcomeOf(m, col.scope.base, subject, action, 'out');
  }
  if (!listed(m, col.name, subject, action)) return 'forbidden';
  if (isGlobal || relation === 'global' || col.scope.kind === 'everywhere') return 'allow';
  return relation === 'in' ? 'allow' : 'not-found';
}

/** The fields a column may `action` on `subject` when a field rule limits it; null when every field is allowed. */
export function fieldsOf(m: RbacMatrix, columnName: string, subject: string, action: string): string[] | null {
  const rule = m.fieldRules.find((r) => r.column === columnName && r.subject === subject && r.action === action);
  if (rule) return rule.fields;
  const col = column(m, columnName);
  return col.scope.kind === 'break-glass' ? fieldsOf(m, col.scope.base, subject, action) : null;
}
