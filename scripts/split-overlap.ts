/**
 * `node dist/scripts/split-overlap.js [--all] [files…]`: does a tuning report share its text with an evaluation
 * report? The accuracy corpus is split into `tuning/` and `evaluation/` (docs/labs.md); a report in both (the same
 * lab report in another extraction, or the same page copied by two projects) breaks the split, and a data helper who
 * keys a new batch may not look at the evaluation set to check. This compares texts without showing them
 * (split-overlap-score.ts: shared four-word shingles, letters only and with numbers).
 *
 * Prints, for each tuning file (or each file named: a path is read from there, a bare name is looked up in
 * tuning/), its highest overlap with any evaluation file, and that file's opaque id (the first 8 hex digits of the
 * sha1 of its name) — never an evaluation file's name or text; without `--all` or names, only the files that share a
 * report (`same report`: withdraw one), the same text with other values (`same text, other values`: a report whose
 * values were replaced, or one laboratory's template filled in again — withdraw it too) or a printed template (`same
 * template`: say so beside the batch). Exit code 1 on a twin. Refuses a path under evaluation/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCURACY_ROOT } from './accuracy-read.js';
import { opaqueId, overlapOf, sameReport, sameTemplate, sameText, shinglesOf, twins, type Overlap, type Shingles } from './split-overlap-score.js';

interface Report { name: string; text: Shingles }

/** Every report of a set (answer keys left out), as shingles. */
export function reportsOf(set: 'tuning' | 'evaluation', root: URL = ACCURACY_ROOT): Report[] {
  const dir = fileURLToPath(new URL(`${set}/`, root));
  return readdirSync(dir)
    .filter((f) => !f.endsWith('.expected.json') && !f.startsWith('.'))
    .sort()
    .map((name) => ({ name, text: shinglesOf(readFileSync(`${dir}${name}`, 'utf8')) }));
}

/** A report's closest evaluation file, by word overlap. */
export function closest(report: Report, evaluation: Report[]): { id: string; overlap: Overlap } {
  let best = { id: '', overlap: { words: 0, sharedWords: 0, numbers: 0 } as Overlap };
  for (const e of evaluation) {
    const o = overlapOf(report.text, e.text);
    if (twins(o) > twins(best.overlap) || (twins(o) === twins(best.overlap) && o.words > best.overlap.words)) best = { id: opaqueId(e.name), overlap: o };
  }
  return best;
}

function main(): void {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const named = args.filter((a) => !a.startsWith('--'));
  // (review1) A file of the evaluation set is never an argument: its name would be printed. (Refused before any read.)
  if (named.some((n) => resolve(n).split(sep).includes('evaluation'))) {
    console.error('refused: a path under evaluation/ (this script never prints an evaluation file\'s name)');
    process.exit(2);
  }
  const evaluation = reportsOf('evaluation');
  const tuning = reportsOf('tuning');
  const chosen = named.length
    ? named.map((n) => (n.includes('/') && existsSync(n) ? { name: basename(n), text: shinglesOf(readFileSync(n, 'utf8')) } : tuning.find((t) => t.name === n)))
    : tuning;
  const missing = named.filter((_n, i) => !chosen[i]);
  if (missing.length) {
    console.error(`not found: ${missing.join(', ')}`);
    process.exit(2);
  }
  let reports = 0;
  let templates = 0;
  for (const t of chosen as Report[]) {
    const { id, overlap: o } = closest(t, evaluation);
    const verdict = sameReport(o) ? 'same report' : sameText(o) ? 'same text, other values' : sameTemplate(o) ? 'same template' : '';
    if (twins(o)) reports++;
    if (verdict === 'same template') templates++;
    if (all || named.length || verdict) {
      console.log(`${o.words.toFixed(2)} words (${o.sharedWords} shingles), ${o.numbers.toFixed(2)} in numbers  ${t.name}${verdict ? `  ${verdict} as evaluation file ${id}` : ''}`);
    }
  }
  console.log(`${chosen.length} file(s) against ${evaluation.length} evaluation file(s): ${reports} twin(s) of an evaluation file (the same report, or the same text with other values), ${templates} the same printed template`);
  if (reports) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
