import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { extractMatrix, MATRIX_END, MATRIX_START, rbacMatrix, spliceMatrix } from './matrix.js';

const DOC_PATH = new URL('../../../docs/rbac.md', import.meta.url);
const REGENERATE = 'npm run build --silent && node dist/scripts/rbac-doc.js --write';

describe('docs/rbac.md', () => {
  const doc = readFileSync(DOC_PATH, 'utf8');

  it('holds the matrix between its markers', () => {
    expect(doc).toContain(MATRIX_START);
    expect(doc).toContain(MATRIX_END);
    expect(doc.indexOf(MATRIX_START)).toBeLessThan(doc.indexOf(MATRIX_END));
  });

  it(`says what libs/access grants today (if not: ${REGENERATE})`, () => {
    expect(extractMatrix(doc)).toBe(rbacMatrix());
  });
});

describe('the generated matrix', () => {
  const matrix = rbacMatrix();
  const row = (subject: string) => matrix.split('\n').find((l) => l.startsWith(`| ${subject} |`))?.split('|').slice(2, -1).map((c) => c.trim());

  it('has one column per representative role and one row per subject', () => {
    expect(row('Patient')).toHaveLength(8);
    expect(row('AuditEvent (global)')).toEqual(['—', '—', '—', '—', '—', 'read, verify', '—', '—']);
  });

  it('marks break-glass reads as reaching any patient, and never break-glass writes', () => {
    expect(row('Condition')?.[2]).toBe('read *(any patient)*, create, update, delete');
  });

  it('lists the coordinator\'s profile fields without the clinical ones', () => {
    const line = matrix.split('\n').find((l) => l.startsWith('| coordinator (care team) | Patient | read |'));
    expect(line).toContain('`email`');
    expect(line).not.toContain('birthDate');
  });
});

describe('spliceMatrix()', () => {
  it('replaces only what lies between the markers, and adds the markers when missing', () => {
    const doc = `intro\n${MATRIX_START}\nold\n${MATRIX_END}\noutro\n`;
    expect(spliceMatrix(doc, 'new')).toBe(`intro\n${MATRIX_START}\nnew\n${MATRIX_END}\noutro\n`);
    expect(extractMatrix(spliceMatrix('intro\n', 'new'))).toBe('new');
  });
});
