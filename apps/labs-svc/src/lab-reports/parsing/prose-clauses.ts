import type { SourceLine } from './parse.types.js';
import { DOSE_AMOUNT, isUnitToken, wordedItem } from './tokens.js';
import { TARGETS, THRESHOLDS } from './not-result-words.js';
import { saysOtherSpecimen } from './result-list.js';
import { startsWithKnownResult } from './line-tidy.js';

/*
 * (fixr87) A sentence of a patient's post holding several results, each `name value [unit] [range]` (`The thyroid
 * results look fine to me TSH 1.33 miu/L [0.27 - 4.2} and Serum T4 13.5 pm/L [12.0 - 22.0] - no other thyroid related
 * tests performed; Other results included red blood cell count 4.9 10*12/L [3.8 - 4.8]; …`): read result by result.
 * A result is a value (a number, perhaps after `<` or `>`), a unit token or none, and a bracketed range with a number in
 * it (opened and closed by any of `[({` / `])}`: a bracket closed by another, `[0.27 - 4.2}`, is the range's), after
 * the name the catalog knows among the words before the value since the last result or semicolon (the longest run of
 * their last words it knows: the prose before it is left off). Only a line of prose (no cells, no tab, no column gap)
 * with two such results at least; each becomes a line of its own (`name value unit [low - high]`) and the rest of the
 * line — prose, a dose (`400mg of ferrous sulphate`), a weight, hours of sleep — is no row.
 */

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
/**
 * A bracket's range: a bound and a dash and a bound (`0.27 - 4.2`), or one bound after its sign (`<5`, `> 60`), first
 * in the bracket (words after it, `= insufficient`, are the range's); a bracket that starts with a word (`(range
 * 0.4-0.5)`, `(normal 1.17)`, a lab's `[HMR]`) is read as the reader reads it in a line.
 */
const BRACKET_RANGE = String.raw`(?:${NUMBER}\s?[-–]\s?${NUMBER}|[<>≤≥]=?\s?${NUMBER})`;
/**
 * (set 8, AL04) A reference's label before the bounds in the bracket (`(ref <75)`, `(reference 30-300)`, `(normal
 * 0.4-4.0)`), and a flag letter after the bracket (`… (ref <75) H, ApoB …`, a clinician's e-mail): the result's.
 */
const BRACKET_LABEL = String.raw`(?:(?:ref(?:erence)?(?:\s+range)?|normal(?:\s+range)?|range)\s*:?\s*)?`;
const FLAG_AFTER = String.raw`(?:\s+(HH|LL|H|L|A)(?=[\s,;.]|$))?`;
/** A value, its unit (or none) and its bracketed range: the value after a space or the line's start. */
const RESULT = new RegExp(String.raw`(?<=^|[\s:=])([<>]\s?)?(${NUMBER})(?:\s?([^\s\[\](){};,]+))?\s*([\[({])(\s*${BRACKET_LABEL}${BRACKET_RANGE}[^\[\](){};]*)[\])}]${FLAG_AFTER}`, 'gu');
/** (prose16) Words of a line's opening label that say its numbers are goals, limits or doses (`Goal:`, `Dose:`). */
const NOT_RESULT_LEAD = new RegExp(String.raw`\b(?:${[...TARGETS, ...THRESHOLDS].join('|')}|aim|doses?|dosage|take|taking|supplements?|started|starting)\b`, 'iu');
/** (prose16) A bracket with a reference's label and a bound in words (`(range less than 0.1)`, `(ref up to 40)`). */
const WORDED_BOUND_BRACKET = /\((?:ref(?:erence)?|range|normal)\b[^()]{0,30}?\b(?:less|more|greater|below|above|under|over|up\s+to)\b/iu;
/** (prose16) A unit that is an amount alone (tokens.ts DOSE_AMOUNT: `mg`, `IU`, `mcg`, `tabs`). */
const BARE_AMOUNT = new RegExp(String.raw`^(?:${DOSE_AMOUNT})$`, 'iu');
/** The most words of a name looked for at the end of the words before a value. */
const NAME_WORDS = 6;
/** (prose17) A verb or `of` between a name and its number (`Her TSH was 0.02 mU/L`), no part of the name. */
const VERB_BEFORE_NUMBER = /\s+(?:was|were|is|are|of|at|came\s+back(?:\s+at)?)$/iu;
const FEWEST_RESULTS = 2;

/**
 * (set 25) A sentence a letter's hard wrap cut in two inside a test's name (`… and your calculated free` / `testosterone
 * was 0.19 nmol/L (reference 0.23–0.65), …`, `… however your vitamin` / `d level was 21 ng/mL`): one line again, so
 * that the name is read whole (the free testosterone had been read as the total). Only prose — a long line of words
 * (WRAPPED_LENGTH characters and PROSE_WORDS words of small letters at least, no cells, no tab, no run of two spaces)
 * that ends no sentence or label — and only where the words about the break are a name the catalog knows (cutName);
 * (review 40r) a wrap elsewhere is left as printed: joined, a row under a comment or a sentence's only result had been
 * lost. (set 26) A quoted message's paragraph (`>` lines of a forwarded e-mail) is joined at any break that ends no
 * sentence, where the next line is no row of its own (quotedWrap).
 */
export function wrappedProseJoined(lines: SourceLine[], knows?: (name: string) => boolean, sameAnalyte?: (a: string, b: string) => boolean): SourceLine[] {
  if (!knows) return lines;
  /** Whether line `l` goes on the line before it; `quoted`: that line is a quoted message's (its marks perhaps taken off). */
  const joins = (before: SourceLine, l: SourceLine | undefined, quoted: boolean) => !!l && before.text.length + l.text.length < LONGEST_JOINED
    && ((wrapsOn(before) && isProseLine(l) && cutName(before.text, l.text, knows, sameAnalyte))
      || (quoted && !before.cells && quotedWrap(before.text, l, knows, sameAnalyte))
      || (longProse(before, l) && (listWrap(before.text, l.text, knows) || valueCut(before.text, l.text) || cutAfterJoin(before.text, l.text, knows))));
  let out: SourceLine[] | undefined;
  /** Whether the last line out is a quoted message's paragraph joined, its marks taken off. */
  let lastQuoted = false;
  lines.forEach((l, i) => {
    const last = out?.[out.length - 1];
    const quoted = last !== undefined && (lastQuoted || QUOTE_MARKS.test(last.text));
    if (last && joins(last, l, quoted)) {
      const both = quoted && QUOTE_MARKS.test(l.text);
      const [a, b] = both ? [last.text.replace(QUOTE_MARKS, ''), l.text.replace(QUOTE_MARKS, '')] : [last.text, l.text];
      out![out!.length - 1] = { ...last, text: `${a.trimEnd()} ${b.trim()}`, ...(last.printed !== undefined ? { printed: `${last.printed.trimEnd()} ${(l.printed ?? l.text).trim()}` } : {}) };
      lastQuoted = both;
      return;
    }
    if (!out && joins(l, lines[i + 1], QUOTE_MARKS.test(l.text))) out = lines.slice(0, i);
    out?.push(l);
    lastQuoted = false;
  });
  return out ?? lines;
}
/**
 * (set 27) A list in prose cut by the wrap after an item's comma (`Bloods on discharge (04/03): Hb 118 g/L, …, Na 136
 * mmol/L,` / `K 4.1 mmol/L, Cr 88 umol/L, …`): the list goes on, on the next line of prose, where that line opens with
 * the next item (line-tidy.ts startsWithKnownResult: a known name and its value; review 43: a plan's sentence under
 * the list had been joined to it and refused it). Only a long line of prose (longProse, asked by the caller) with items
 * parted by a comma and a space (a CSV line has no space after its commas), a number in each line.
 */
function listWrap(before: string, next: string, knows: (name: string) => boolean): boolean {
  const t = before.trim();
  return /\d[^,]*,$/u.test(t) && (t.match(/\d[^,]*,\s/gu)?.length ?? 0) >= 2 && /\d/.test(next) && startsWithKnownResult(next, knows);
}
/**
 * (set 27) A letter's sentence cut by the wrap between a result's name or verb and its value, or between the value and
 * its bracketed range (`… total testosterone on 02/27/2025 was` / `212 ng/dL (reference 264–916), …`, `… FSH 3.0 mIU/mL` /
 * `(reference 1.5–12.4), so …`): the next line opens with a value and its unit, or a bracket with a range's label or
 * bound; the line before is a long one of prose (longProse, asked by the caller; PROSE_WORDS words of small letters) that
 * ends no sentence.
 */
function valueCut(before: string, next: string): boolean {
  const [a, b] = [before.trim(), next.trim()];
  if (/[.!?:;,]$/.test(a) || smallWords(a) < PROSE_WORDS) return false;
  const value = /^[<>]?\d+(?:[.,]\d+)?\s*(\S+)/u.exec(b);
  const unit = value ? value[1]!.replace(/[,;.]$/, '') : '';
  return (value !== null && (unit === '%' || (/\p{L}/u.test(unit) && isUnitToken(unit)))) || /^\(\s*(?:(?:lab\s+)?(?:ref(?:erence)?|normal|range)\s*:?\s*)?[<>≤≥]?\s*\d/iu.test(b);
}
/**
 * (set 27) A letter's sentence cut by the wrap after a word that cannot end one (`… Prolactin was 9.8 ng/mL (reference
 * 4.0–15.2) and` / `his hematocrit 44.1 % (…)`): a conjunction, a preposition, an article, a possessive or a verb of
 * being. Only long lines of prose (longProse, asked by the caller), where the next line is no row of its own (rowOfItsOwn).
 */
const CANNOT_END = /\s(?:and|or|but|with|of|to|at|for|from|the|a|an|his|her|your|their|my|our|was|were|is|are)$/iu;
function cutAfterJoin(before: string, next: string, knows: (name: string) => boolean): boolean {
  const a = before.trim();
  return CANNOT_END.test(a) && /\d/.test(a + next) && smallWords(a) >= PROSE_WORDS && !rowOfItsOwn(next, knows);
}
/** (set 27) Two lines of prose, the first a long one (WRAPPED_LENGTH): what listWrap, valueCut and cutAfterJoin each ask first. */
function longProse(before: SourceLine, l: SourceLine): boolean {
  return isProseLine(before) && isProseLine(l) && before.text.trim().length >= WRAPPED_LENGTH;
}
/** Words that end a line before a name but are none of its words. */
const NOT_NAME_WORDS = /^(?:the|a|an|your|my|his|her|their|our|and|or|of|with|for|was|is|were|are|to|in|on|at|but|so|as|by|from|that|this|which|than)$/iu;
/**
 * (review 40r) Whether the last words of one line and the first of the next are a name the catalog knows (`free` /
 * `T4`) that the next line's words alone are not, or are as another analyte (`evening` / `creatinine` is the
 * creatinine either way: no name cut).
 */
function cutName(a: string, b: string, knows: (name: string) => boolean, sameAnalyte?: (a: string, b: string) => boolean): boolean {
  const tail = a.replace(QUOTE_MARKS, '').trim().split(/\s+/u);
  const head = b.replace(QUOTE_MARKS, '').trim().split(/\s+/u);
  for (let t = 1; t <= Math.min(3, tail.length); t++) {
    const end = tail.slice(tail.length - t);
    if (NOT_NAME_WORDS.test(end[0]!) || !end.every((w) => /^\p{L}[\p{L}\d-]*$/u.test(w))) break;
    for (let h = 1; h <= Math.min(3, head.length); h++) {
      const start = head.slice(0, h).join(' ').replace(/[\s,:;.]+$/u, '');
      const whole = `${end.join(' ')} ${start}`;
      if (/^\p{L}/u.test(start) && knows(whole) && !(knows(start) && (!sameAnalyte || sameAnalyte(whole, start)))) return true;
    }
  }
  return false;
}
const PROSE_WORDS = 4;
/** The words of small letters in a text, two letters at least (a line of prose has PROSE_WORDS of them). */
const smallWords = (t: string) => t.match(/(?<=^|\s)\p{Ll}{2,}(?=[\s,]|$)/gu)?.length ?? 0;
/**
 * The longest line joining makes: a wrapped sentence or a short paragraph. A text of such lines with no sentence's end
 * (200 KB of wrapped words) had been joined into one line that every later pass read whole: 8 s instead of 1 (bench).
 */
const LONGEST_JOINED = 800;
/** A line a hard wrap cut is a long one: a heading of words in small letters (`exame microscópico do sedimento`) is short. */
const WRAPPED_LENGTH = 50;
/** A line of prose: text with no cells, no tab and no run of two spaces (a table's row has them). */
const isProseText = (t: string) => t !== '' && !/\t| {2}/.test(t);
const isProseLine = (l: SourceLine) => !l.cells && isProseText(l.text.trim());
function wrapsOn(l: SourceLine): boolean {
  const t = l.text.replace(QUOTE_MARKS, '').trim();
  return isProseLine(l) && t.length >= WRAPPED_LENGTH && /(?<=\s)\p{L}[\p{L}\d-]*$/u.test(t) && smallWords(t) >= PROSE_WORDS;
}
/**
 * (set 26) A quoted message's paragraph (`> …` lines of a forwarded e-mail, wrapped at 72 characters): its lines one
 * line again, the marks taken off, where a line does not end a sentence — the wrap cuts between a value and its unit or
 * its range (`… Trig 176` / `> mg/dL (ref <150). ApoB …`, `(ref` / `> <75).`), not only before a word. Only long lines of
 * prose (WRAPPED_LENGTH, no cells, no run of two spaces: a quoted table's rows are none) and a next line that is no row
 * of its own (rowOfItsOwn), or a name cut by the wrap (cutName: `… and free` / `>> T4 was 1.2 ng/dL`).
 */
const QUOTE_MARKS = /^\s*(?:>\s?)+/;
/** `before`: the quoted line's text (its marks taken off or not); `l` the next line, quoted too. */
function quotedWrap(before: string, l: SourceLine, knows: (name: string) => boolean, sameAnalyte?: (a: string, b: string) => boolean): boolean {
  if (l.cells || !QUOTE_MARKS.test(l.text)) return false;
  const [a, b] = [before.replace(QUOTE_MARKS, '').trim(), l.text.replace(QUOTE_MARKS, '').trim()];
  if (!isProseText(a) || !isProseText(b) || a.length < WRAPPED_LENGTH || /[.!?:]$/.test(a)) return false;
  return cutName(a, b, knows, sameAnalyte) || !rowOfItsOwn(b, knows);
}
/**
 * (review 40r) Whether a line reads as a row of its own, so no wrapped sentence's end: its first words (one to five)
 * a name the catalog knows (`ft4 9.1 pmol/L 12-22 L`, `hba1c 52 mmol/mol`, `syphilis antibody reactive`, `vitamin b12
 * 180`: a digit inside a name is the name's), or a short line with a range or a flag at its end (`retic 2.8 % 0.5-2.5
 * H`, a name the catalog does not know). Joined to the comment above, such rows had been lost.
 */
const SHORT_ROW_WORDS = 7;
function rowOfItsOwn(text: string, knows: (name: string) => boolean): boolean {
  const words = text.replace(/^[>\s]+/u, '').split(/\s+/u);
  for (let n = Math.min(5, words.length); n >= 1; n--) {
    const name = words.slice(0, n).join(' ').replace(/[\s:=*,]+$/u, '');
    if (/\p{L}/u.test(name) && knows(name)) return true;
  }
  return words.length <= SHORT_ROW_WORDS && /(?:\d\s*[-–]\s*\d|[<>≤≥]\s*\d|\s(?:[HL]{1,2}|high|low)\.?)\s*$/iu.test(text);
}

export function proseClausesApart(lines: SourceLine[], knows?: (name: string) => boolean, knowsWord?: (word: string) => boolean, knowsInUrine?: (name: string) => boolean): SourceLine[] {
  if (!knows) return lines;
  let out: SourceLine[] | undefined;
  lines.forEach((l, i) => {
    const pieces = resultsOfProse(l, knows, knowsWord, knowsInUrine);
    if (pieces) (out ??= lines.slice(0, i)).push(...pieces);
    else out?.push(l);
  });
  return out ?? lines;
}

/**
 * (cr25) A word printed after a range in a sentence (`Potassium 5.6 (3.5-5.3) mmol/L and …`): the result's unit when
 * the result has none before its range and the word reads as a unit.
 */
const UNIT_AFTER = /^\s?([^\s\[\](){};,]+)/u;

function resultsOfProse(l: SourceLine, knows: (name: string) => boolean, knowsWord?: (word: string) => boolean, knowsInUrine?: (name: string) => boolean): SourceLine[] | null {
  const text = l.text.trim();
  if (l.cells || /\t| {2}/.test(text) || !/[\[({]/.test(text)) return null;
  const pieces: SourceLine[] = [];
  let results = 0;
  // (prose16) What the words before the first result say of the line: a goal's, a dose's or a specimen's other than
  // blood and urine (`Goal: LDL 70 mg/dL (range <100)`, `Dose: …`, `CSF: glucose 40 mg/dL (ref 40-70)`): no results
  // (a urinalysis's lead stays: its names are the urine's to the coder).
  const first = text.search(/\d/u);
  const label = /^\s*([^:\d]{1,40}):/u.exec(text)?.[1];
  if ((label && NOT_RESULT_LEAD.test(label)) || (first > 0 && saysOtherSpecimen(text.slice(0, first)))) return null;
  // A bracket whose bound is said in words (`(range less than 0.1)`): the prose reader's, which reads the whole line
  // (cut here, that result was lost: fixr78).
  if (WORDED_BOUND_BRACKET.test(text)) return null;
  // (set 7, VN05) Items answered in words among the results (`…, pH 6.5 (5.0-7.5), Protein Negative (Negative), Blood
  // Trace (Negative) Abnormal`): each a line of its own too, `name: answer (expected)`, as the line reader reads it.
  // (review 14) Not in a list of stool's or another specimen's: a strip's names are the urine's.
  const otherSpecimen = saysOtherSpecimen(text);
  const wordedPieces = (words: string) => {
    if (otherSpecimen) return;
    for (const clause of words.split(/[,;]/u)) {
      const item = wordedItem(clause.slice(clause.lastIndexOf(':') + 1).trim().replace(/^(?:and|&)\s+/iu, ''), knows, knowsInUrine);
      if (item) pieces.push({ ...l, text: `${item.name}: ${item.answer} (${item.expected})${item.flag ? ` ${item.flag}` : ''}` });
    }
  };
  // (prose16) Where a bracket's range has a label (`(ref <75)`), a known test with a number and no bracket among the
  // results (`…, iron 80 ug/dL, …`) leaves the line to the prose reader, which reads every item: cut here, it was lost.
  // (prose17, tried and withdrawn) Without a label too (`TSH 0.02 mU/L, free T4 28 pmol/L (12-22) …`: the TSH printed
  // without a range is lost here): 5 rows of keyed set 17, but the tuning set read 15 % slower (the prose reader on many
  // more lines), so the line stays this reader's.
  // (prose19) Two or more such results without a label too (`ApoB 128 mg/dL (elevada), Lp(a) 214 nmol/L (< 75), PCR
  // ultrasensible 3,4 mg/L, glucosa basal 109 mg/dL (70-100), HbA1c 5,8 %, …`: eight results of keyed set 19 were lost
  // for the two read here) — a list in prose, the prose reader's; one alone stays this reader's (prose17's cost).
  let labelled = false;
  let unbracketed = 0;
  const unread = (between: string) => {
    for (const part of between.split(/[,;]|\s+and\s+/u)) {
      const item = /^(.*?\p{L}.*?)\s*[:=]?\s*[<>]?\d/u.exec(part.trim());
      // (prose17) A verb or `of` between the name and its number (`Her TSH was 0.02 mU/L, free T4 …`) is no part of it.
      if (item && knownTail(item[1]!.replace(/[\s:=,-]+$/u, '').replace(VERB_BEFORE_NUMBER, ''), knows, knowsWord)) unbracketed++;
    }
  };
  let from = 0;
  for (const m of text.matchAll(RESULT)) {
    const before = text.slice(from, m.index!);
    from = m.index! + m[0].length;
    if (/^\s*\p{L}/u.test(m[5]!)) labelled = true;
    let unit = m[3];
    if (unit && !isUnitToken(unit)) continue;
    // (prose16) An amount alone (`magnesium 400 mg (range 200-400)`): a dose, no result.
    if (unit && BARE_AMOUNT.test(unit)) continue;
    if (!unit) {
      const after = UNIT_AFTER.exec(text.slice(from));
      const word = after?.[1]!.replace(/[.]$/, '');
      if (after && word && isUnitToken(word)) {
        unit = word;
        from += after[0].length;
      }
    }
    // The words since the last result or semicolon, a conjunction or punctuation at their ends left off.
    // (set 25) A verb between the name and its number is no part of it (`Your total testosterone was 9.1 nmol/L (…), and
    // your calculated free testosterone was 0.19 nmol/L (…)`: both had been lost).
    const words = before.slice(before.lastIndexOf(';') + 1).replace(/[\s:=,-]+$/u, '').trim().replace(VERB_BEFORE_NUMBER, '');
    const name = knownTail(words, knows, knowsWord);
    // A result skipped so still counts as one of the sentence's (the others are read as pieces, not left whole).
    if (name === null) {
      results++;
      continue;
    }
    // (cr25) A result with a unit under words of the catalog's names it does not know as a name (`platelets were 131
    // x10^9/L`, `urine albumin 41 mg/L`): the sentence is not one this reader reads whole — left to the line reader,
    // which read such sentences before, rather than losing that result or reading it as another analyte. (A dose under
    // words of no name, `metformin 500 mg (1-2 tablets)`, is prose: skipped.)
    if (!name && unit && knowsWord && words.split(/\s+/).some((w) => nameWord(w, knowsWord))) return null;
    if (!name) continue;
    unread(words.slice(0, words.length - name.length));
    wordedPieces(words.slice(0, words.length - name.length));
    const close = m[4] === '[' ? ']' : m[4] === '(' ? ')' : '}';
    pieces.push({ ...l, text: `${name} ${m[1] ?? ''}${m[2]}${unit ? ` ${unit}` : ''} ${m[4]}${m[5]!.trim()}${close}${m[6] ? ` ${m[6]}` : ''}` });
    results++;
  }
  if (results < FEWEST_RESULTS) return null;
  unread(text.slice(from));
  if (labelled && unbracketed) return null;
  // (review 26) Left whole to the prose reader, with the pieces kept for the readers after it, should it read none of it
  // (`Hb 98 g/L (130-170), MCV 72 fL (80-100), ferritin 6 ug/L, CRP 12 mg/L; plan iron.`: its plan refuses the sentence).
  if (unbracketed >= 2) {
    wordedPieces(text.slice(from));
    return [{ ...l, clauses: pieces.map((p) => p.text) }];
  }
  wordedPieces(text.slice(from));
  return pieces;
}

/**
 * The longest run of a text's last words (at most NAME_WORDS) the catalog knows as a name; undefined when none, or
 * (cr25) when the word just before that run is itself a word of the catalog's names of three letters at least or one
 * that changes the analyte (knowsWord: `urine`, `CSF`, `ionised`, `fluid`, `free`): the name then runs on to the left
 * further than the catalog knows (`Urine albumin`, `Ionised calcium`, `Pleural fluid LDH`), another test than the run's.
 * Prose words before a name (`and`, `also`, `about`, `my`) are no words of its names; `of`, `in` are too short to say.
 */
function knownTail(words: string, knows: (name: string) => boolean, knowsWord?: (word: string) => boolean): string | null | undefined {
  const all = words.split(/\s+/).filter(Boolean);
  for (let n = Math.min(NAME_WORDS, all.length); n >= 1; n--) {
    const run = all.slice(all.length - n).join(' ');
    // (set 25) The conjunction before a name, which the catalog reads past at a line's start, is no word of it here.
    if (/^(?:and|&)\s/iu.test(run) || !knows(run)) continue;
    const previous = all[all.length - n - 1];
    // Null: a hyphen's compound runs on into the name (hyphenRunsOn) — this result is skipped, the others read.
    if (hyphenRunsOn(previous, knowsWord)) return null;
    if (previous && knowsWord && nameWord(previous, knowsWord)) return undefined;
    return run;
  }
  return undefined;
}

/** (cr25) A word of the catalog's names (knowsWord) of three letters at least, as printed (no punctuation after it). */
function nameWord(word: string, knowsWord: (word: string) => boolean): boolean {
  return /^[\p{L}][\p{L}\d-]{2,}$/u.test(word) && knowsWord(word);
}
/**
 * (set 25, review 40r) A word of the catalog's names joined by a hyphen to another word of letters before a name
 * (`albumin-corrected calcium`, `bone-specific alkaline phosphatase`): a test the catalog does not know as printed, not
 * the name's — that result alone is skipped (the whole sentence had been given up, its other results with it).
 */
function hyphenRunsOn(word: string | undefined, knowsWord?: (word: string) => boolean): boolean {
  return !!word && !!knowsWord && /^\p{L}+-\p{L}+$/u.test(word) && word.split('-').some((part) => part.length >= 3 && knowsWord(part));
}
