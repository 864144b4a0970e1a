/**
 * `node dist/scripts/catalog-names.js`: the catalog's name coverage measured on LOINC's own names of common laboratory
 * results, not on our report files (apps/labs-svc/src/testing/loinc-names.ts says how). Prints, for each catalog
 * analyte with names in the fixture, how many `matchName` reads as that analyte, as another one (WRONG) or as none;
 * then the negatives (other tests' names read as one of ours) and the totals: the names looked at while choosing
 * aliases, the held-out third (the honest figure), and all.
 *
 * `--details` lists the names not read right — of the looked-at two thirds only: the held-out names are never printed.
 */
import { BIOMARKER_CATALOG } from '../apps/labs-svc/src/biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from '../apps/labs-svc/src/lab-reports/parsing/catalog.js';
import { formatTotals, loadLoincNames, readRight, scoreLoincNames, totalsOf } from '../apps/labs-svc/src/testing/loinc-names.js';

const details = process.argv.includes('--details');
const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const names = scoreLoincNames(catalog, loadLoincNames());
const looked = names.filter((n) => !n.heldOut);

const byKey = new Map<string, { right: number; wrong: number; none: number }>();
for (const n of looked) {
  if (!n.expected) continue;
  const c = byKey.get(n.expected) ?? { right: 0, wrong: 0, none: 0 };
  if (readRight(n.expected, n.actual)) c.right++;
  else if (n.actual) c.wrong++;
  else c.none++;
  byKey.set(n.expected, c);
}
console.log(`${'analyte (looked-at names)'.padEnd(44)} ${'right'.padStart(6)} ${'WRONG'.padStart(6)} ${'none'.padStart(6)}`);
for (const [key, c] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key.padEnd(44)} ${String(c.right).padStart(6)} ${String(c.wrong).padStart(6)} ${String(c.none).padStart(6)}`);
}
const negativesWrong = looked.filter((n) => !n.expected && n.actual);
console.log(`\nnegatives (other tests' names, looked at) read as one of ours: ${negativesWrong.length}`);
console.log('');
console.log(formatTotals('looked at (2/3)', totalsOf(looked)));
console.log(formatTotals('HELD OUT (1/3)', totalsOf(names.filter((n) => n.heldOut))));
console.log(formatTotals('all', totalsOf(names)));
for (const kind of ['long', 'short', 'long printed', 'short printed']) {
  console.log(formatTotals(`  all, ${kind}`, totalsOf(names.filter((n) => n.kind === kind))));
}
if (details) {
  console.log('\nlooked-at names not read right (code, kind, name: expected -> actual):');
  for (const n of looked) {
    if (n.expected ? readRight(n.expected, n.actual) : !n.actual) continue;
    console.log(`  ${n.expected && n.actual ? 'WRONG' : n.expected ? 'none ' : 'NEG  '} ${n.code.padEnd(8)} ${n.kind.padEnd(13)} ${JSON.stringify(n.name)}: ${n.expected ?? '-'} -> ${n.actual ?? '-'}`);
  }
}
