/**
 * `node dist/scripts/bench-labs-lines.js`: the text reader on pathological lines — the cost of a rule is measured
 * here, not asserted in a spec (tests do not time things). Prints each input's size and the milliseconds the whole
 * reader (parseTextReport) took, median of 3 runs after a warm-up. Each input is a worst case of one rule: emoji
 * after a range, a button cell, a comment after a range, a bold name, a range broken over lines, chat stamps and
 * SMS lists (text7, 2026-12-03).
 */
import 'reflect-metadata';
import { BIOMARKER_CATALOG } from '../apps/labs-svc/src/biomarkers/catalog/biomarker-catalog.js';
import { BiomarkerCatalog } from '../apps/labs-svc/src/lab-reports/parsing/catalog.js';
import { parseTextReport } from '../apps/labs-svc/src/lab-reports/parsing/text-report.parser.js';

const opts = new BiomarkerCatalog(BIOMARKER_CATALOG).readerOptions;

const inputs: [string, string][] = [
  ['5,000 chars: emoji after a value', `1 a${' 😀'.repeat(2500)}`],
  ['5,000 chars: spaces then a button cell', `1${' '.repeat(4990)}View trend`],
  ['5,000 chars: comments after ranges', `1 ${'(1) – '.repeat(800)}`],
  ['5,000 chars: a bold name', `*${'a '.repeat(2490)}* = 1`],
  ['5,000 chars: a range broken over lines', `1 x${' 0 -'.repeat(1200)}\n5`],
  ['5,000 chars: an SMS list', `Dear Client. ${'Na 1 mmol/L. a; '.repeat(300)}`],
  ['5,000 chars: a chat stamp and a long sender', `[14/02/25, 6:10:03 pm] ${'a'.repeat(2400)}${' '.repeat(2500)}: x`],
  ['100 KB: a chat of 1,500 messages', Array.from({ length: 1500 }, (_, i) => `[14/02/25, 6:10:${String(i % 60).padStart(2, '0')} pm] Lab: Sodium = ${130 + (i % 10)} mmol/L (135-145); K ${i % 7}.1 mmol/L`).join('\n')],
];

for (const [label, line] of inputs) {
  const text = line.length > 20_000 ? line : `${line}\n${line}`;
  parseTextReport(text, opts);
  const times = [0, 1, 2].map(() => {
    const t = process.hrtime.bigint();
    parseTextReport(text, opts);
    return Number(process.hrtime.bigint() - t) / 1e6;
  }).sort((a, b) => a - b);
  console.log(`${label.padEnd(48)} ${String(text.length).padStart(7)} chars  ${times[1]!.toFixed(1).padStart(8)} ms`);
}
