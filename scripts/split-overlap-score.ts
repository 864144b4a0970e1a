/**
 * How much text two reports share, without showing either (scripts/split-overlap.ts, and the spec that keeps the
 * accuracy corpus's split honest). A report becomes two sets of shingles, folded to lower case without accents
 * (NFKD, not the reader's `withoutMarks`: full-width letters and digits of an OCR fold too): `words`, four-word, letters only (digits, punctuation and layout dropped: an OCR and a PDF text of one page agree,
 * and a copy whose values were replaced after a first run still matches), and `numbers`, the six-token shingles of words and
 * numbers that hold a number (the same values in the same places: the same report, not only its template — a
 * template's fixed sentences hold no number and do not count). A pair's overlap is the shingles they share over the smaller set's size, so a blood
 * count cut out of a four-page report overlaps its whole report fully.
 */

import { createHash } from 'node:crypto';

const SHINGLE = 4;
/** Six tokens: nearly every one that holds a number holds a value, so a template's fixed ranges do not make twins. */
const NUMBER_SHINGLE = 6;

export interface Shingles {
  words: Set<string>;
  numbers: Set<string>;
}

export interface Overlap {
  /** Shared word shingles over the smaller set's size, and their count. */
  words: number;
  sharedWords: number;
  /** Shared shingles that hold a number, over the smaller set's size. */
  numbers: number;
}

const HAS_DIGIT = /\d/;

function shingleSet(parts: string[], keep: (shingle: string[]) => boolean = () => true, size = SHINGLE): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + size <= parts.length; i++) {
    const shingle = parts.slice(i, i + size);
    if (keep(shingle)) out.add(shingle.join(' '));
  }
  return out;
}

export function shinglesOf(text: string): Shingles {
  // A decimal comma is a decimal point (`13,1` and `13.1` are one value: a copy in another locale is the same report).
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(?<=\d),(?=\d)/g, '.');
  return {
    words: shingleSet(folded.split(/[^\p{L}]+/u).filter((w) => w.length >= 2)),
    numbers: shingleSet(folded.split(/[^\p{L}\p{N}.]+/u).filter((w) => w.length >= 2 || HAS_DIGIT.test(w)), (sh) => sh.some((w) => HAS_DIGIT.test(w)), NUMBER_SHINGLE),
  };
}

function shared(a: Set<string>, b: Set<string>): [number, number] {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (!small.size) return [0, 0];
  let n = 0;
  for (const s of small) if (large.has(s)) n++;
  return [n / small.size, n];
}

export function overlapOf(a: Shingles, b: Shingles): Overlap {
  const [words, sharedWords] = shared(a.words, b.words);
  return { words, sharedWords, numbers: shared(a.numbers, b.numbers)[0] };
}

/**
 * The same report in both sets: nearly all its words in the other file (≥ 0.8, at least 20 shingles, so a three-line
 * file's common words do not count) and most of its numbers in the same places (≥ 0.5). Measured on the corpus
 * (2026-12-02): the same report 0.90–1.00 in numbers; the synthetic P10* tables of one generator, the same printed
 * template with other values, up to 0.82 in words and 0.14 in numbers; other templates up to 0.37 in numbers (with
 * 0.37 in words).
 */
export function sameReport(o: Overlap): boolean {
  return o.words >= 0.8 && o.sharedWords >= 20 && o.numbers >= 0.5;
}

/**
 * (review1) The same text with other values: ≥ 0.9 of the words over at least 30 shingles. What a report whose values
 * were replaced after its first run (as every tuning file's are) looks like beside its twin — and what one laboratory's
 * template filled in for another patient looks like: the two cannot be told apart by text, and both are too close for
 * the split (the most alike pair of the corpus's distinct reports, the P10* tables, shares 0.82).
 */
export function sameText(o: Overlap): boolean {
  return o.words >= 0.9 && o.sharedWords >= 30 && !sameReport(o);
}

/** Twins for the split: the same report, or the same text with other values. */
export function twins(o: Overlap): boolean {
  return sameReport(o) || sameText(o);
}

/** The same printed template (a lab's layout in both sets): worth a line beside the batch, not a withdrawal. */
export function sameTemplate(o: Overlap): boolean {
  return o.words >= 0.3 && o.sharedWords >= 10 && !twins(o);
}

/** An evaluation file's opaque id: the first 8 hex digits of the sha1 of its name (never the name). */
export const opaqueId = (name: string): string => createHash('sha1').update(name).digest('hex').slice(0, 8);
