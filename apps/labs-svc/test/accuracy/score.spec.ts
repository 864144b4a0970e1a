import { addScores, percentExact, scoreRows, type ExpectedRow } from '../../../../scripts/accuracy-score.js';

/* The accuracy harness counts right: a small case whose misses, wrong rows and inventions are known by hand. */

const row = (biomarker: string, value: number | null, over: Partial<ExpectedRow> = {}): ExpectedRow => ({
  biomarker, value, unit: 'mg/dL', range: { low: 1, high: 2, text: '1-2' }, flag: 'normal', ...over,
});

describe('accuracy harness: scoring parsed rows against rows written by hand', () => {
  const expected = [row('glucose', 90), row('sodium', 140), row('potassium', 4.1), row('chloride', 101), row('glucose', 95)];
  // glucose 90 exact; sodium wrong (unit); potassium not found; chloride exact; glucose 95 exact but parsed first
  // (pairing prefers the same value); an unknown row and a second sodium are inventions.
  const actual = [
    row('glucose', 95), row('sodium', 140, { unit: 'mmol/L' }), row('chloride', 101), row('glucose', 90), row('?Foo', 3), row('sodium', 139),
  ];
  const s = scoreRows(expected, actual);

  it('counts exact, missed (with wrong ones among them) and invented rows', () => {
    expect({ expected: s.expected, exact: s.exact, missed: s.missed, wrong: s.wrong, invented: s.invented }).toEqual({ expected: 5, exact: 3, missed: 2, wrong: 1, invented: 2 });
    expect(percentExact(s)).toBeCloseTo(60, 5);
  });

  it('names each row that was not right', () => {
    expect(s.details).toEqual([
      { expected: row('sodium', 140), actual: row('sodium', 140, { unit: 'mmol/L' }) },
      { expected: row('potassium', 4.1) },
      { actual: row('?Foo', 3) },
      { actual: row('sodium', 139) },
    ]);
  });

  it('a censored number is scored on its printed text where the key gives it, and only there', () => {
    const censored = row('c-reactive-protein', 0.6, { valueText: '<0.6' });
    // The reader kept the `<`: exact against a key that states it, and against one that keys the number alone.
    expect(scoreRows([censored], [censored]).exact).toBe(1);
    expect(scoreRows([row('c-reactive-protein', 0.6)], [censored]).exact).toBe(1);
    // The reader lost it (or printed another comparator): wrong where the key states it.
    expect([scoreRows([censored], [row('c-reactive-protein', 0.6)]).wrong, scoreRows([censored], [row('c-reactive-protein', 0.6, { valueText: '>0.6' })]).wrong]).toEqual([1, 1]);
  });

  it('(labs47fix) a space between a comparator and its number is no difference; another comparator or another space is', () => {
    const keyed = row('lipoprotein-a', 6, { valueText: '< 6.00' });
    expect(scoreRows([keyed], [row('lipoprotein-a', 6, { valueText: '<6.00' })]).exact).toBe(1);
    expect(scoreRows([row('lipoprotein-a', 6, { valueText: '>=6.00' })], [row('lipoprotein-a', 6, { valueText: '>= 6.00' })]).exact).toBe(1);
    expect([scoreRows([keyed], [row('lipoprotein-a', 6, { valueText: '>6.00' })]).wrong, scoreRows([keyed], [row('lipoprotein-a', 6, { valueText: '6.00' })]).wrong])
      .toEqual([1, 1]);
    expect(scoreRows([row('?Strip', null, { valueText: 'Present ++' })], [row('?Strip', null, { valueText: 'Present++' })]).wrong).toBe(1);
  });

  it('(labs49fix) the row\'s own unit after its range text is no difference; another unit, words or a number are', () => {
    const hormone = (text: string, unit = 'nmol/L') => row('shbg', 28, { unit, range: { low: 16.5, high: 55.9, text } });
    expect(scoreRows([hormone('16.5-55.9 nmol/L')], [hormone('16.5-55.9')]).exact).toBe(1);
    expect(scoreRows([hormone('16.5-55.9')], [hormone('16.5-55.9 nmol/l')]).exact).toBe(1);
    expect(scoreRows([hormone('0-5 /hpf', '/[HPF]')], [hormone('0-5', '/[HPF]')]).exact).toBe(1);
    expect(scoreRows([hormone('4.0-6.0%', '%')], [hormone('4.0-6.0', '%')]).exact).toBe(1);
    expect(scoreRows([hormone('90-120 mL/min/1.73 m2', 'mL/min/{1.73_m2}')], [hormone('90-120', 'mL/min/{1.73_m2}')]).exact).toBe(1);
    // Another unit than the row's, a word, a number, or a unit where the row has none: still a difference.
    expect(scoreRows([hormone('16.5-55.9 pmol/L')], [hormone('16.5-55.9')]).wrong).toBe(1);
    expect(scoreRows([hormone('16.5-55.9 fasting')], [hormone('16.5-55.9')]).wrong).toBe(1);
    expect(scoreRows([hormone('16.5-55.9 nmol/L')], [hormone('16.5-55')]).wrong).toBe(1);
    expect(scoreRows([row('?Casts', null, { unit: null, range: { text: 'None seen /lpf' } })], [row('?Casts', null, { unit: null, range: { text: 'None seen' } })]).wrong).toBe(1);
    // The unit field itself is still scored.
    expect(scoreRows([hormone('16.5-55.9 nmol/L')], [hormone('16.5-55.9 pmol/L', 'pmol/L')]).wrong).toBe(1);
  });

  it('(labs49fix review) the longest unit at the end is the one removed: no part of it is left behind', () => {
    const count = (text: string, unit: string) => row('platelets', 250, { unit, range: { low: 150, high: 400, text } });
    expect(scoreRows([count('150-400 x 10^3/uL', '10*3/uL')], [count('150-400', '10*3/uL')]).exact).toBe(1);
    expect(scoreRows([count('0-5 / hpf', '/[HPF]')], [count('0-5', '/[HPF]')]).exact).toBe(1);
    expect(scoreRows([count('0-5 per HPF', '/[HPF]')], [count('0-5', '/[HPF]')]).exact).toBe(1);
    // A part of the unit is never what is left: `150-400 x` is no fold of `150-400 x 10^3/uL`.
    expect(scoreRows([count('150-400 x 10^3/uL', '10*3/uL')], [count('150-400 x', '10*3/uL')]).wrong).toBe(1);
    expect(scoreRows([count('0-5 per HPF', '/[HPF]')], [count('0-5 per', '/[HPF]')]).wrong).toBe(1);
    // What is left ends as a range does (a digit, `%`, `)`), or in a word, the normal answer (`None seen /lpf`).
    expect(scoreRows([count('None seen /lpf', '/[LPF]')], [count('None seen', '/[LPF]')]).exact).toBe(1);
  });

  it('a field that is absent differs from one that is present (a range without bounds is not a range with them)', () => {
    const t = scoreRows([row('glucose', 90, { range: { text: 'see note' } })], [row('glucose', 90)]);
    expect([t.exact, t.wrong, t.invented]).toEqual([0, 1, 0]);
  });

  it('full-width signs are the ASCII they stand for; a superscript is not its lost form', () => {
    const printed = row('?雌二醇（Ｅ２）', 51, { range: { low: 6.5, high: 30.6, text: 'Tanner5期：6.5-30.6' } });
    const read = row('?雌二醇(E2)', 51, { range: { low: 6.5, high: 30.6, text: 'Tanner5期:6.5-30.6' } });
    expect([scoreRows([printed], [read]).exact, scoreRows([printed], [read]).invented]).toEqual([1, 0]);
    const superscript = scoreRows([row('wbc', 5, { range: { text: '4-10 x10³/µL' } })], [row('wbc', 5, { range: { text: '4-10 x103/µL' } })]);
    expect([superscript.exact, superscript.wrong]).toEqual([0, 1]);
  });

  it('nothing parsed: every row missed, none invented; sums add up', () => {
    const empty = scoreRows(expected, []);
    expect([empty.exact, empty.missed, empty.wrong, empty.invented]).toEqual([0, 5, 0, 0]);
    const total = addScores([s, empty]);
    expect([total.expected, total.exact, total.missed, total.wrong, total.invented]).toEqual([10, 3, 7, 1, 2]);
  });
});
