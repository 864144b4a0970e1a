import { readFileSync } from 'node:fs';
import { analyzeReport } from '../lab-reports/parsing/report-reader.js';
import { catalog } from './reader.js';

/*
 * Keyed sets of report snippets in the keyed-tiers format (testing/data/keyed-tiers/README.md: `id  line  expected  why`,
 * rows `biomarker|valueText|flag|normalizedValue|normalizedUnit|range`), read by the specs that hold the reader to them
 * (tiers-alone.spec.ts, keyed-hormones.spec.ts): each snippet read as a text report, each row compared as
 * `key|valueText|flag|normalized value (3 significant figures)|normalized unit|range` (`text`: a range's text with no
 * bounds; `low..high`; empty: none).
 */
const UPLOADED = new Date('2026-01-01T00:00:00Z');

const sig = (x: string) => (x === '' ? '' : String(Number(Number(x).toPrecision(3))));

export interface KeyedCase { id: string; text: string; rows: string[] }

/** The cases of a keyed set's TSV, each snippet's `\n` a line break and its rows in the form `readKeyed` returns. */
export function keyedCases(tsv: URL): KeyedCase[] {
  return readFileSync(tsv, 'utf8').trim().split('\n').slice(1).map((l) => {
    const [id, line, expected] = l.split('\t');
    const rows = expected === '-' ? [] : expected!.split(' ;; ').map((e) => {
      const [key, valueText, flag, normalized, unit, range] = e.split('|');
      const bounds = range && range !== 'text' ? range.split('..').map((b) => (b ? String(Number(b)) : '')).join('..') : range ?? '';
      return [key, valueText, flag, sig(normalized ?? ''), unit, bounds].join('|');
    });
    return { id: id!, text: `${line!.replace(/\\n/g, '\n')}\n`, rows };
  });
}

/** A snippet read as a text upload is, its rows in the keyed sets' form. */
export async function readKeyed(text: string): Promise<string[]> {
  const { results } = await analyzeReport('text', Buffer.from(text), catalog, UPLOADED);
  return results.map((r) => {
    const range = r.range.low === undefined && r.range.high === undefined ? (r.range.text ? 'text' : '') : `${r.range.low ?? ''}..${r.range.high ?? ''}`;
    return [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? '', String(r.flag ?? 'null'), r.normalized ? sig(String(r.normalized.value)) : '', r.normalized?.unit ?? '', range].join('|');
  });
}

/**
 * Rows read as keyed (a row matched once), rows read beyond the keyed count, and rows of a test the snippet's keys do not
 * name (an unknown test read from a note's header or findings is one), over a set.
 */
export async function keyedScore(cases: readonly KeyedCase[]): Promise<{ exact: number; extra: number; unkeyed: number; keyed: number }> {
  let exact = 0;
  let extra = 0;
  let unkeyed = 0;
  let keyed = 0;
  for (const c of cases) {
    const got = await readKeyed(c.text);
    const keys = new Set(c.rows.map((r) => r.split('|')[0]));
    unkeyed += got.filter((r) => !keys.has(r.split('|')[0])).length;
    const left = [...got];
    for (const want of c.rows) {
      const i = left.indexOf(want);
      if (i >= 0) {
        left.splice(i, 1);
        exact++;
      }
    }
    keyed += c.rows.length;
    extra += Math.max(0, got.length - c.rows.length);
  }
  return { exact, extra, unkeyed, keyed };
}

/** Snippets the reader reads otherwise than keyed: the case's id → what it reads, and why. */
export type Documented = Readonly<Record<string, { read: string[]; why: string }>>;

/**
 * The tests of a keyed set: it has `count` cases and every documented id is one of them; each undocumented snippet reads
 * as keyed; each documented one reads as documented and not as keyed (so it fails if the reader stops reading it so).
 */
export function keyedSetTests(title: string, cases: readonly KeyedCase[], documented: Documented, count: { n: number; words: string }): void {
  describe(title, () => {
    it(`has the ${count.words} cases, and every documented difference names one of them`, () => {
      expect(cases).toHaveLength(count.n);
      for (const id of Object.keys(documented)) expect(cases.map((c) => c.id)).toContain(id);
    });

    it.each(cases.filter((c) => !documented[c.id]).map((c) => [c.id, c.text.trim().split('\n')[0], c] as const))('%s %s', async (_id, _line, c) => {
      expect(await readKeyed(c.text)).toEqual(c.rows);
    });

    it.each(Object.entries(documented).map(([id, d]) => [id, d.why, d] as const))('%s read as documented: %s', async (id, _why, d) => {
      const c = cases.find((x) => x.id === id)!;
      const got = await readKeyed(c.text);
      expect(got).toEqual(d.read);
      expect(got).not.toEqual(c.rows);
    });
  });
}
