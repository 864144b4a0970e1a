import { type Documented, keyedCases, keyedSetTests, readKeyed } from '../../testing/keyed-sets.js';

/*
 * Interpretation tiers printed where the reference range goes, with no range apart from them (`Vitamin D  18.0  ng/mL
 * Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100`): eighty report snippets keyed by a reviewer who read only
 * the catalog's keys and units and the issue's convention ("tiered text kept as text, never guessed"), never the reader
 * (testing/data/keyed-tiers/README.md) — positives across the analytes labs print tiers for, lines that must not become
 * results or must not take the tiers, and multi-line snippets. Each snippet is read as a text report; its rows must be
 * the keyed biomarker, answer, flag, normalized value (3 significant figures) and range (`text`: the tiers' text, no
 * bounds; `low..high`; empty: none). Where the reader and the key differ, the reader's reading is listed below with its
 * reason; each still fails if the reader stops reading it so.
 */
const cases = keyedCases(new URL('../../testing/data/keyed-tiers/keyed.tsv', import.meta.url));
const read = readKeyed;

/** Snippets the reader reads otherwise than keyed (docs/labs.md, "Tiers alone"): the case's id → what it reads, and why. */
const DOCUMENTED: Documented = {
  P06: { read: [], why: 'tiers whose comparator stands apart from its bound and whose commas are glued to the bounds (`Desirable < 130, Above desirable 130 - 159,`): no band read, the line as before' },
  P17: { read: [], why: 'a tier label with a bracket in it (`Desejável (população saudável): > 20`) and `a` ranges: no band read' },
  P27: { read: [], why: 'a tier label with a bracket (`High (protective): ≥60`): no band read' },
  P29: { read: [], why: 'no unit printed (a ratio): tiers are read only after a printed unit (a dose or a year where a value goes has none)' },
  P05: { read: ['triglycerides||high|210|mg/dL|..150'], why: 'a first tier labelled `Normal` is read as the laboratory\'s normal range (REFERENCE_LABEL, as on main: its bounds, the flag against them, the other tiers the comment); the reviewer keyed tiers as text' },
  P09: { read: ['glucose||high|104|mg/dL|70..99'], why: 'the same (`Normal: 70-99  Prediabetes: …`)' },
  P14: { read: ['homocysteine||high|16.2|umol/L|5..15'], why: 'the same (`Normal: 5-15  Moderate: …`)' },
  P26: { read: ['triglycerides||abnormal|186|mg/dL|..1.7'], why: 'the same (`Normal <1.7; Borderline high …`)' },
  P31: { read: ['glucose||high|106|mg/dL|3.9..5.5'], why: 'the same (`Normal: 3.9-5.5 mmol/L …`)' },
  N22: { read: ['total-cholesterol||null|215|mg/dL|text'], why: 'two columns, the right one\'s first tier `Normal`: the right half reads as a range with a comment, so no split into two rows — the triglycerides lost (main read nothing of the line)' },
  M10: { read: ['total-cholesterol||null|217|mg/dL|text', 'triglycerides||high|168|mg/dL|..1.7'], why: 'the triglycerides\' first tier `Normal: <1,7`: the laboratory\'s normal range, as P05' },
  N04: { read: ['?HDL Cholesterol Low|<40|high|||60..'], why: 'a tier table\'s row with no value (`HDL Cholesterol  Low  < 40  High  >= 60`): read as on main, a censored value under an unknown name (no catalog result)' },
  N05: { read: ['hemoglobin-a1c||normal|||..5.7'], why: 'a tier table\'s row (`HbA1c (2)  Normal: <5.7 …`): read as on main, a row with no value' },
  N14: { read: [], why: 'another test\'s tiers beside a value off their scale (`Calcium  9.1  mg/dL  Desirable: <200 …`): the reviewer keeps the calcium without them; the reader reads nothing, as on main (the value is not on the tiers\' scale)' },
  N15: { read: [], why: 'the same (glucose 95 beside hs-CRP\'s risk tiers)' },
  M01: { read: ['vitamin-d||null|18|ng/mL|'], why: 'tiers on the lines under the result, one a line: the result read without them (tiers alone are read on the result\'s line)' },
  M02: { read: ['total-cholesterol||null|224|mg/dL|text', 'triglycerides||high|180|mg/dL|..150'], why: 'a tier labelled `Normal:` first is read as the laboratory\'s normal range (REFERENCE_LABEL, as on main), the other tiers its comment; `Low: <40  High: >=60` (two flag words alone) is no pair of tiers — `High 160-189` may be a flag and a previous range: HDL unread, as on main' },
  M03: { read: [], why: 'a previous result between the value and the unit (`128  141  mg/dL`): the row is not read, as on main' },
  M06: { read: ['vitamin-b12||normal|410|pg/mL|197..771'], why: 'one tier on the result\'s line and the rest under it: one band is no tiers alone (two or more on the line), the row unread, as on main' },
  M07: { read: ['hemoglobin-a1c||high|7.2|%|', 'estimated-average-glucose||null|160|mg/dL|'], why: 'tiers on the line under the result: the result read without them' },
  M08: { read: ['egfr||null|64|mL/min/{1.73_m2}|'], why: 'the stages under the result, one a line: the result read without them' },
  M12: { read: ['hs-crp||null|3.6|mg/L|'], why: 'the result printed again in a summary: the row with tiers alone is dropped for the one read otherwise (tiersReadTwice: one row, not two) — the summary\'s, without the tiers' },
};

keyedSetTests('tiers alone where the range goes, keyed by a reviewer who never read the reader', cases, DOCUMENTED, { n: 80, words: 'eighty' });

describe('tiers alone: what the first attempt\'s review found, refused', () => {
  const rows = read;
  it('a value off the tiers\' scale, a name ending in a tier\'s word, a dose, no unit: nothing', async () => {
    expect(await rows('Calcium  9.1  mg/dL  Desirable: <200  Borderline High: 200-239  High: >=240\n')).toEqual([]);
    expect(await rows('Interpretation (NCEP ATP III): Total Cholesterol Desirable  < 200 , Borderline High 200 - 239 , High >= 240\n')).toEqual([]);
    expect(await rows('Vitamin D3  50000  IU  Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100\n')).toEqual([]);
    expect(await rows('Total Cholesterol  2024  Desirable: <200  Borderline High: 200-239  High: >=240\n')).toEqual([]);
  });

  it('a flag before the tiers stays the row\'s; a flag word that begins the first tier is its label', async () => {
    expect(await rows('HDL  38  mg/dL  L  Low <40  Optimal >=60\n')).toEqual(['hdl-cholesterol||low|38|mg/dL|text']);
    expect(await rows('HDL  38  mg/dL  Low  Low <40  Optimal >=60\n')).toEqual(['hdl-cholesterol||low|38|mg/dL|text']);
    expect(await rows('HDL  45  mg/dL  Low <40  Optimal >=60\n')).toEqual(['hdl-cholesterol||null|45|mg/dL|text']);
    expect(await rows('hs-CRP  4.1  mg/L  Low risk: <1.0  Average risk: 1.0-3.0  High risk: >3.0\n')).toEqual(['hs-crp||null|4.1|mg/L|text']);
  });

  it('a tier table or a legend under the same test\'s result, by any of its names, is no second result; two rows both with tiers stay', async () => {
    expect(await rows('Vitamin D, 25-OH  42  ng/mL  30-100\nVitamin D, 25-OH  50  ng/mL  Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100\n'))
      .toEqual(['vitamin-d||normal|42|ng/mL|30..100']);
    expect(await rows('Vitamin D, 25-Hydroxy  28  L  ng/mL  30-100\nVitamin D  20  ng/mL  Deficiency <20  Insufficiency 20-29  Sufficiency 30-100\n'))
      .toEqual(['vitamin-d||low|28|ng/mL|30..100']);
    expect(await rows('Vitamin D  18  ng/mL  Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100\nVitamin D  24  ng/mL  Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100\n'))
      .toEqual(['vitamin-d||null|18|ng/mL|text', 'vitamin-d||null|24|ng/mL|text']);
  });
});

describe('tiers alone: what the review of this change found, mended', () => {
  const rows = read;
  it('two results side by side, tiers in either column: both read (one had been lost with the line)', async () => {
    expect(await rows('Glucose  95  mg/dL   HDL  45  mg/dL  Low <40  Optimal >=60\n')).toEqual(['glucose||null|95|mg/dL|', 'hdl-cholesterol||null|45|mg/dL|text']);
    expect(await rows('Vitamin D  18  ng/mL  Low <20  Optimal 30-100     Glucose  95  mg/dL\n')).toEqual(['vitamin-d||null|18|ng/mL|text', 'glucose||null|95|mg/dL|']);
  });

  it('a first tier named as the laboratory\'s range is read as before: its bounds, the flag against them, the other tiers the comment', async () => {
    expect(await rows('HbA1c  5.9  %  Normal: <5.7  Prediabetes: 5.7-6.4  Diabetes: >=6.5\n')).toEqual(['hemoglobin-a1c||high|5.9|%|..5.7']);
    expect(await rows('Vitamin D  15  ng/mL  Normal 30-100  Insufficient 20-29  Deficient <20\n')).toEqual(['vitamin-d||low|15|ng/mL|30..100']);
  });

  it('a dose, another test\'s tiers beside a value on their scale, a flag word before another label', async () => {
    expect(await rows('Vitamin D  1000  IU  Deficiency: <20  Insufficiency: 20-29  Sufficiency: 30-100\n')).toEqual([]);
    expect(await rows('Ferritin  65  mg  Deficient <15  Low 15-30  Normal 30-400\n')).toEqual([]);
    expect(await rows('Sodium  140  mmol/L  Deficiency: <100  Insufficiency: 100-129  High: >=240\n')).toEqual([]);
    expect(await rows('Total Cholesterol  250  mg/dL  High  Desirable <200  Borderline High 200-239  High >=240\n')).toEqual(['total-cholesterol||high|250|mg/dL|text']);
  });

  it('a desirable tier\'s bound where the value goes, a year: a reference table\'s or a legend\'s line, no result', async () => {
    expect(await rows('Cholesterol  210  mg/dL  H  <200\nReference table:\nLDL Cholesterol  100  mg/dL  Optimal: <100  Near optimal: 100-129  Borderline high: 130-159\n'))
      .toEqual(['total-cholesterol||high|210|mg/dL|..200']);
    expect(await rows('LDL Cholesterol  1999  mg/dL  Low risk <100  Average risk 100-129  High risk >=160\n')).toEqual([]);
  });
});
