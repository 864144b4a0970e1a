// Prints the RBAC matrix computed from libs/access (role × subject → actions, scope notes, field rules).
// `--write` puts it between the markers of docs/rbac.md instead. libs/access/src/rbac-doc.spec.ts fails when
// the doc and the model disagree, so run this after changing the ability factory.
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { rbacMatrix, spliceMatrix } from '../libs/access/src/matrix.js';

// dist/scripts/rbac-doc.js and scripts/rbac-doc.ts both sit two levels below the repository root.
const DOC = new URL('../../docs/rbac.md', import.meta.url);
const matrix = rbacMatrix();

if (process.argv.includes('--write')) {
  const doc = await readFile(DOC, 'utf8').catch(() => '# Roles and permissions\n');
  await writeFile(DOC, spliceMatrix(doc, matrix));
  console.log(`rbac-doc: matrix written to ${DOC.pathname}`);
} else {
  process.stdout.write(`${matrix}\n`);
}
