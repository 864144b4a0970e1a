import { readFileSync } from 'node:fs';
import { loadExpected, readAsRows } from '../../../../../scripts/accuracy-read.js';

/*
 * (order) A report's reading does not depend on which reports were read before it in the same process: no memo, cache
 * or module-level state (memo.ts `remembered`, the catalog's memos, tokens.ts's TOKENIZED, a `g` or `y` regex's
 * lastIndex) outlives a report with something the report's own text and the catalog do not determine. Forty tuning
 * reports spread over the set (every kind: Markdown, text, JSON, HL7, HTML) are read through the accuracy scripts'
 * reader (scripts/accuracy-read.ts readAsRows: analyzeReport with one catalog for the process) in three orders —
 * forward, reversed, and interleaved (a stride through the list, so that each report follows other ones) — and every
 * report must read the same rows, from the same lines, in each.
 */

const TUNING = new URL('../../../test/accuracy/tuning/', import.meta.url);
const COUNT = 40;

describe('order: a report reads the same whatever was read before it', () => {
  it(`${COUNT} tuning reports read forward, reversed and interleaved give the same rows per file`, async () => {
    const all = loadExpected(TUNING);
    const step = all.length / COUNT;
    const picked = Array.from({ length: COUNT }, (_, i) => all[Math.floor(i * step)]!);
    const bytes = new Map(picked.map((e) => [e.file, readFileSync(new URL(e.file, TUNING))]));
    const readAll = async (order: readonly number[]) => {
      const out = new Map<string, string>();
      for (const i of order) {
        const e = picked[i]!;
        out.set(e.file, JSON.stringify(await readAsRows(e.kind, bytes.get(e.file)!)));
      }
      return out;
    };
    const forward = Array.from({ length: COUNT }, (_, i) => i);
    // 17 and 40 share no factor: i * 17 mod 40 visits every report once, each after another than in either order above.
    const interleaved = forward.map((i) => (i * 17) % COUNT);
    const first = await readAll(forward);
    const reversed = await readAll([...forward].reverse());
    const strided = await readAll(interleaved);
    expect(new Set(interleaved).size).toBe(COUNT);
    expect(new Set(picked.map((e) => e.file.split('.').pop())).size).toBeGreaterThanOrEqual(3);
    for (const e of picked) {
      expect({ file: e.file, reading: reversed.get(e.file) }).toEqual({ file: e.file, reading: first.get(e.file) });
      expect({ file: e.file, reading: strided.get(e.file) }).toEqual({ file: e.file, reading: first.get(e.file) });
    }
    // A reading of rows at all: the picked reports are results' reports, most of them read.
    expect([...first.values()].filter((r) => JSON.parse(r).rows.length > 0).length).toBeGreaterThan(COUNT / 2);
  });
});
