import { readFileSync } from 'node:fs';
import { analyzeReport } from './report-reader.js';
import { catalog } from '../../testing/reader.js';

/*
 * Fifty-seven result lines with something printed after the reference range (interpretation bands, a previous result,
 * a method, a site code, a note; controls; Spanish, Portuguese, German and French), keyed by a reviewer who read only
 * the catalog's keys and units, never the reader (testing/data/keyed-trailing-text/README.md). Each line is read as a
 * one-line text report; its first result must be the keyed biomarker, answer, flag, normalized value and reference
 * range (`range=low..high` in the key's `why`), and where the reader keeps the trailing text as the row's comment it
 * must be the keyed comment (spaces aside). A line keyed `-` reads nothing.
 *
 * The lines the reader still loses (no row) are listed with the reason; each fails if it starts being read, so that
 * whoever makes it read checks it against the key.
 */
const KEYED = new URL('../../testing/data/keyed-trailing-text/keyed.tsv', import.meta.url);
const UPLOADED = new Date('2026-01-01T00:00:00Z');

interface Keyed { id: string; line: string; answer: string | null; comment: string }
const cases: Keyed[] = readFileSync(KEYED, 'utf8').trim().split('\n').slice(1).map((l) => {
  const [id, line, biomarker, valueText, flag, normalizedValue, normalizedUnit, why, comment] = l.split('\t');
  const range = /range=([^;]*)/.exec(why ?? '')?.[1]?.trim() ?? '';
  const bounds = range === 'text' || range === '' ? 'text' : range.split('..').map((b) => (b ? String(Number(b)) : '')).join('..');
  const normalized = normalizedValue ? String(Number(Number(normalizedValue).toPrecision(3))) : '';
  return {
    id: id!, line: line!, comment: (comment ?? '').replace(/\s+/g, ' ').trim(),
    answer: biomarker === '-' ? null : [biomarker, valueText ?? '', flag || 'null', normalized, normalizedUnit ?? '', bounds].join('|'),
  };
});

/** Lines the reader reads nothing of (docs/labs.md, "Interpretation bands"), by the case's id: why. */
const UNREAD: Readonly<Record<string, string>> = {
  B15: 'prose after the range (`CKD stage G1 if kidney damage present; interpret with ACR`)',
  B22: 'prose with a bound after the range (`Iron deficiency likely if <30 (see note)`)',
  P16: 'prose after the range (`99th percentile URL; Elecsys`)',
  B16: 'age bands after the range (`Age-specific: 40-49 <2.5 …`): an age group\'s label is a range itself',
  B27: 'a trimester\'s range after the range, the same',
};

/**
 * Lines read differently from the key on purpose, their range's text with no bounds and no flag: the case's id → the
 * reading, and why. (tiers, 2026-12-05) Tiers alone, with no reference range apart from them — the reviewer took the
 * sufficient, desirable or low-risk tier as the range; the reader picks none (the issue: tiered text kept as text,
 * never guessed; tiers-alone.spec.ts, keyed-tiers). (hormones) Several groups' ranges (the reader knows no patient's
 * group) — the reviewer took the first, unlabelled interval as the patient's and the pregnancy's trimesters as a note
 * (`0.27-4.20  Pregnancy: 1st trimester 0.1-2.5  2nd …`); the reader read nothing of it before.
 */
const READ_AS_TEXT: Readonly<Record<string, { answer: string; why: string }>> = {
  B07: { answer: 'vitamin-d||null|18|ng/mL|text', why: 'tiers alone, their text the range, no tier picked' },
  B09: { answer: 'total-cholesterol||null|195|mg/dL|text', why: 'tiers alone, their text the range, no tier picked' },
  B25: { answer: 'hs-crp||null|4.1|mg/L|text', why: 'tiers alone, their text the range, no tier picked' },
  B26: { answer: 'thyroid-stimulating-hormone||null|3.1|m[IU]/L|text', why: 'several groups\' ranges, their text the range, no group picked' },
};

async function read(line: string): Promise<{ answer: string | null; comment: string }> {
  const { results } = await analyzeReport('text', Buffer.from(`${line}\n`), catalog, UPLOADED);
  const r = results[0];
  if (!r) return { answer: null, comment: '' };
  const bounds = r.range.low === undefined && r.range.high === undefined ? 'text' : `${r.range.low ?? ''}..${r.range.high ?? ''}`;
  const normalized = r.normalized ? String(Number(r.normalized.value.toPrecision(3))) : '';
  return {
    answer: [r.biomarker?.key ?? `?${r.name}`, r.valueText ?? '', String(r.flag ?? 'null'), normalized, r.normalized?.unit ?? '', bounds].join('|'),
    comment: (r.comment ?? '').replace(/\s+/g, ' ').trim(),
  };
}

describe('lines keyed by a reviewer who never read the reader: text after the reference range', () => {
  it('has the fifty-seven cases, and every line listed as unread is one of them', () => {
    expect(cases).toHaveLength(57);
    for (const id of [...Object.keys(UNREAD), ...Object.keys(READ_AS_TEXT)]) expect(cases.map((c) => c.id)).toContain(id);
  });

  it.each(Object.entries(READ_AS_TEXT).map(([id, d]) => [id, d.why, d.answer] as const))('%s: %s', async (id, _why, answer) => {
    const c = cases.find((x) => x.id === id)!;
    expect((await read(c.line)).answer).toBe(answer);
    expect(c.answer).not.toBe(answer);
  });

  it.each(cases.filter((c) => !UNREAD[c.id] && !READ_AS_TEXT[c.id]).map((c) => [c.id, c.line, c] as const))('%s %s', async (_id, _line, c) => {
    const got = await read(c.line);
    expect(got.answer).toBe(c.answer);
    if (got.comment) expect(got.comment).toBe(c.comment);
  });

  it.each(Object.entries(UNREAD).map(([id, why]) => [id, why] as const))('%s reads nothing yet: %s', async (id) => {
    const c = cases.find((x) => x.id === id)!;
    expect((await read(c.line)).answer).toBeNull();
    expect(c.answer).not.toBeNull();
  });
});
