import { catalog, coded } from '../../testing/reader.js';

/*
 * Set 25's leftovers, mended in the twenty-fifth session: each mechanism with a negative. Expected rows are what the
 * printed text says — the test, value, unit, bounds and flag a reader of the letter or the printout takes from it — not
 * the reader's output.
 */

const lines = (...l: string[]) => l.join('\n');

describe('a letter\'s sentence cut by a hard wrap is read as one sentence', () => {
  it('`… and your calculated free` / `testosterone was 0.19 nmol/L (reference 0.23–0.65)` is the free testosterone, low', () => {
    const rows = coded(lines(
      'Your total testosterone was 9.1 nmol/L (reference 8.6–29.0), which is low-normal, and your calculated free',
      'testosterone was 0.19 nmol/L (reference 0.23–0.65), which is below range.',
    ));
    expect(rows.map((r) => [r[0], r[3], r[4], r[5]])).toEqual([
      ['testosterone', 8.6, 29, 'normal'],
      ['testosterone-free', 0.23, 0.65, 'low'],
    ]);
  });

  it('two results in one sentence, each name before `was`, are both read (one had been lost with the other)', () => {
    expect(coded('Your total testosterone was 9.1 nmol/L (reference 8.6–29.0), which is low-normal, and your calculated free testosterone was 0.19 nmol/L (reference 0.23–0.65), which is below range.')
      .map((r) => r[0])).toEqual(['testosterone', 'testosterone-free']);
  });

  it('a line that starts with `and` and a name after a result in brackets is that test (`and PSA 0.8 ug/L (<2.5)`)', () => {
    const rows = coded(lines('Your SHBG was 44 nmol/L (18–54). Haematocrit was 0.46 L/L (0.40–0.52)', 'and PSA 0.8 ug/L (<2.5).'));
    expect(rows.map((r) => r[0])).toEqual(['shbg', 'hematocrit', 'prostate-specific-antigen']);
    expect(rows[2]!.slice(1)).toEqual([0.8, 'ug/L', null, 2.5, 'normal']);
  });

  it('a row in small letters under a comment line is its own row, not the comment\'s words', () => {
    const rows = coded(lines(
      'This high sensitivity CRP method is sensitive to 0.3 mg/L and is suitable',
      'tsh 1.76 0.32-5.04 mU/L',
      'estradiol 96 <157 pmol/L',
    ));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['thyroid-stimulating-hormone', 1.76], ['estradiol', 96]]);
  });

  it('rows in small letters with a method\'s words at their ends stay rows', () => {
    const rows = coded(lines(
      'colesterol ldl * 153 mg/dL [<=99] Solubilización micelar selectiva',
      'colesterol vldl * 52 mg/dL [<=40] Calculado',
      'triglicéridos * 260 mg/dL [0-200] GPO-PAP',
    ));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['ldl-cholesterol', 153], ['vldl-cholesterol', 52], ['triglycerides', 260]]);
  });

  it('a line that ends a sentence is not joined to the next (`… were normal.` / `potassium 5.9 mmol/L (3.5-5.3)`)', () => {
    const rows = coded(lines('The rest of her electrolytes and kidney tests were normal.', 'potassium 5.9 mmol/L (3.5-5.3) on repeat'));
    expect(rows.map((r) => [r[0], r[1], r[5]])).toEqual([['potassium', 5.9, 'high']]);
  });
});

describe('a conjunction before a name, `ratio` after a share\'s name', () => {
  it('`and PSA`, `& TSH` are the test; `Android` is no name', () => {
    expect(catalog.matchName('and PSA')?.key).toBe('prostate-specific-antigen');
    expect(catalog.matchName('& TSH')?.key).toBe('thyroid-stimulating-hormone');
    expect(catalog.matchName('Android')).toBeUndefined();
  });

  it('`Free/Total PSA ratio` is the free PSA share; `Free/Total Testosterone ratio` (no such test) stays unknown', () => {
    expect(catalog.matchName('Free/Total PSA ratio')?.key).toBe('prostate-specific-antigen-free-percent');
    expect(catalog.matchName('Free/Total Testosterone ratio')).toBeUndefined();
  });

  it('a sentence\'s `albumin-corrected calcium of 3.12 mmol/L` is not read as the total calcium', () => {
    const rows = coded('Tests showed an albumin-corrected calcium of 3.12 mmol/L (2.20–2.60), phosphate 0.62 mmol/L (0.80–1.50) and a parathyroid hormone of 18.4 pmol/L (1.6–6.9).');
    expect(rows.some((r) => r[0] === 'calcium')).toBe(false);
  });
});
