import { readFileSync } from 'node:fs';
import { analyzeReport } from './report-reader.js';
import { catalog } from '../../testing/reader.js';

/*
 * Seventy report lines keyed by a reviewer who read only the catalog's keys and units, never the reader
 * (testing/data/keyed-units-titres/README.md): titres against titre ranges, albumin/creatinine ratios in mg/mmol and
 * mg/g, MCHCs in %, g/L and mmol/L, a coagulation panel's D-dimer and FDP. Each line is read as a one-line text report;
 * its first result must be the keyed biomarker, answer, flag and normalized value (3 significant figures), and a line
 * keyed `-` must read nothing.
 *
 * Where the reader and the key differ on purpose, the reader's behaviour is the one docs/labs.md documents, named here
 * with its reason; each still fails if the reader stops behaving as documented.
 */
const KEYED = new URL('../../testing/data/keyed-units-titres/keyed.tsv', import.meta.url);
const UPLOADED = new Date('2026-01-01T00:00:00Z');

interface Keyed { id: string; line: string; biomarker: string; valueText: string; flag: string; normalizedValue: string; normalizedUnit: string }
const cases: Keyed[] = readFileSync(KEYED, 'utf8').trim().split('\n').slice(1).map((l) => {
  const [id, line, biomarker, valueText, flag, normalizedValue, normalizedUnit] = l.split('\t');
  return { id: id!, line: line!, biomarker: biomarker!, valueText: valueText ?? '', flag: flag || 'null', normalizedValue: normalizedValue ?? '', normalizedUnit: normalizedUnit ?? '' };
});

/** Documented differences (docs/labs.md): the case's id → what the reader gives instead, and why. */
const DOCUMENTED: Readonly<Record<string, { read: string | null; why: string }>> = {
  T08: { read: null, why: 'a titre before a dilution with no comparison (`1:320  1:80`): the second may be a previous result or the screening dilution — no row' },
  T09: { read: null, why: 'the same (`1:80  1:80`)' },
  T10: { read: null, why: 'the same, a flag between (`1:160  H  1:80`)' },
  T12: { read: null, why: 'a titre before an answer word (`<1:20  Negative`): which of the two is the result is not said — no row' },
  T13: { read: null, why: 'the same (`1:320  Negative`)' },
  A09: { read: 'microalbumin-creatinine-ratio||null|17.7|mg/g', why: 'a range per sex (`M <2.5  F <3.5`): the reader knows no patient\'s sex and never picks one sex\'s bounds — no flag' },
};

async function firstResult(line: string): Promise<string | null> {
  const { results } = await analyzeReport('text', Buffer.from(`${line}\n`), catalog, UPLOADED);
  const r = results[0];
  if (!r) return null;
  const normalized = r.normalized ? String(Number(r.normalized.value.toPrecision(3))) : '';
  return [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? '', String(r.flag ?? 'null'), normalized, r.normalized?.unit ?? ''].join('|');
}

const keyedAnswer = (c: Keyed): string | null =>
  c.biomarker === '-' ? null : [c.biomarker, c.valueText, c.flag, c.normalizedValue ? String(Number(Number(c.normalizedValue).toPrecision(3))) : '', c.normalizedUnit].join('|');

describe('lines keyed by a reviewer who never read the reader: titres, ACR, MCHC, D-dimer and FDP', () => {
  it('has the seventy cases, and every documented difference names one of them', () => {
    expect(cases).toHaveLength(70);
    for (const id of Object.keys(DOCUMENTED)) expect(cases.map((c) => c.id)).toContain(id);
  });

  it.each(cases.filter((c) => !DOCUMENTED[c.id]).map((c) => [c.id, c.line, c] as const))('%s %s', async (_id, _line, c) => {
    expect(await firstResult(c.line)).toBe(keyedAnswer(c));
  });

  it.each(Object.entries(DOCUMENTED).map(([id, d]) => [id, d.why, d] as const))('%s read as documented: %s', async (id, _why, d) => {
    const c = cases.find((x) => x.id === id)!;
    const read = await firstResult(c.line);
    expect(read).toBe(d.read);
    expect(read).not.toBe(keyedAnswer(c));
  });
});
