// Held-out scorer: prints totals only. Usage: node score.mjs <root> [reportsDir expectedJson]
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const here = dirname(fileURLToPath(import.meta.url));
const root = process.argv[2];
const reportsDir = process.argv[3] ?? join(here, 'reports');
const expectedPath = process.argv[4] ?? join(here, 'expected.json');
const { BIOMARKER_CATALOG } = await import(`${root}/dist/apps/labs-svc/src/biomarkers/catalog/biomarker-catalog.js`);
const { BiomarkerCatalog } = await import(`${root}/dist/apps/labs-svc/src/lab-reports/parsing/catalog.js`);
const { codeRows } = await import(`${root}/dist/apps/labs-svc/src/lab-reports/parsing/coding.js`);
const { parseTextReport } = await import(`${root}/dist/apps/labs-svc/src/lab-reports/parsing/text-report.parser.js`);
const catalog = new BiomarkerCatalog(BIOMARKER_CATALOG);
const opts = catalog.readerOptions;
const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

const normKey = (k) => String(k).trim().toLowerCase().replace(/\s+/g, ' ');
const normUnit = (u) => (u == null ? '' : String(u).replace(/[µμ]/g, 'u').replace(/\s+/g, '').toLowerCase());
const numEq = (a, b) => (a == null || b == null ? a == null && b == null : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
const sameKey = (e, a) => normKey(e[0]) === normKey(a[0]);
const exact = (e, a) => sameKey(e, a) && numEq(e[1], a[1]) && normUnit(e[2]) === normUnit(a[2]) && numEq(e[3], a[3]) && numEq(e[4], a[4]) && (e[5] ?? null) === (a[5] ?? null);

let reports = 0, E = 0, X = 0, M = 0, W = 0, I = 0;
const files = readdirSync(reportsDir).filter((f) => f.endsWith('.txt')).sort();
for (const f of files) {
  const exp = (expected[f] ?? []).filter((r) => r[1] !== null); // qualitative rows are not scored
  let actual = [];
  try {
    const text = readFileSync(join(reportsDir, f), 'utf8');
    const res = codeRows(parseTextReport(text, opts).rows, catalog, '2026-01-01T00:00:00.000Z').results;
    actual = res
      .filter((c) => typeof c.value === 'number' && Number.isFinite(c.value)) // qualitative rows excluded consistently
      .map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null, c.range?.low ?? null, c.range?.high ?? null, c.flag ?? null]);
  } catch {
    actual = [];
  }
  reports++;
  E += exp.length;
  const used = new Array(actual.length).fill(false);
  const pending = [];
  for (const e of exp) {
    const j = actual.findIndex((a, i) => !used[i] && exact(e, a));
    if (j >= 0) { used[j] = true; X++; } else pending.push(e);
  }
  for (const e of pending) {
    M++;
    const j = actual.findIndex((a, i) => !used[i] && sameKey(e, a));
    if (j >= 0) { used[j] = true; W++; }
  }
  I += used.filter((u) => !u).length;
}
const pct = E ? ((100 * X) / E).toFixed(1) : '0.0';
console.log(`reports ${reports} expected ${E} exact ${X} missed ${M} (wrong ${W}) invented ${I} pct ${pct}`);
