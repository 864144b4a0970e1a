import { coded, resultsOf } from '../../testing/reader.js';

/*
 * (fixr87) Made-up inputs (other words, analytes and figures than the probe set's) for general shapes of a patient's
 * post:
 * 1. a printed unit of another kind than any its analyte is reported in refuses the name's code (an arbitrary unit
 *    under a small molecule's name, a cell count under a concentration's, a concentration under a count's).
 */
describe('fixr87: a printed unit the analyte cannot have refuses the code', () => {
  it('keeps uncoded an international unit under the name of a molecule measured by mass or amount', () => {
    expect(coded('Serum cortisol   2.4 mIU/L   0.5 - 4.5 mIU/L\n')).toEqual([['?Serum cortisol', 2.4, 'm[IU]/L', 0.5, 4.5, 'normal']]);
    expect(coded('Plasma glucose   7.9 U/L   (4 - 10)\n')[0]?.[0]).toBe('?Plasma glucose');
    expect(coded('Free thyroxine   6.10 mU/L   0.35 - 4.94\n')[0]?.[0]).toBe('?Free thyroxine');
  });

  it('keeps uncoded a cell count under a concentration, and a concentration under a count', () => {
    expect(coded('Ferritin   4.2 x10^9/L   (15 - 300)\n')[0]?.[0]).toBe('?Ferritin');
    expect(coded('Platelets   142 mmol/L   (150 - 400)\n')[0]?.[0]).toBe('?Platelets');
  });

  it('warns that the unit cannot measure the analyte', () => {
    const [r] = resultsOf('Serum cortisol   2.4 mIU/L   0.5 - 4.5 mIU/L\n');
    expect(r?.biomarker).toBeNull();
  });

  it('keeps the code where the unit is one the analyte is reported in, converted or of the same kind', () => {
    expect(coded('Free T4   15.2 pmol/L   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('Free T4   1.2 ng/dL   (0.8 - 1.8)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('Cortisol   420 nmol/L   (140 - 690)\n')[0]?.[0]).toBe('cortisol');
    expect(coded('Platelets   240 G/L   (150 - 400)\n')[0]?.[0]).toBe('platelet-count');
    expect(coded('TSH   2.1 mU/L   (0.3 - 4.2)\n')[0]?.[0]).toBe('thyroid-stimulating-hormone');
    expect(coded('Insulin   60 pmol/L   (18 - 173)\n')[0]?.[0]).toBe('insulin');
    expect(coded('Prolactin   250 mIU/L   (100 - 500)\n')[0]?.[0]).toBe('prolactin');
    expect(coded('Ferritin   45 ug/L   (15 - 300)\n')[0]?.[0]).toBe('ferritin');
  });

  it("reads a thyroid hormone named as the total in a unit only the free fraction is reported in as the free one", () => {
    expect(coded('Serum T4   16.1 pmol/L   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('T3   4.9 pmol/L   (3.1 - 6.8)\n')[0]?.[0]).toBe('free-t3');
    expect(coded('Serum T4   13.5 pm/L   (12 - 22)\n')).toEqual([['free-t4', 13.5, 'pmol/L', 12, 22, 'normal']]);
    expect(coded('T4   8.1 ug/dL   (4.5 - 12)\n')[0]?.[0]).toBe('total-t4');
    expect(coded('Total T4   16 pmol/L   (12 - 22)\n')[0]?.[0]).toBe('total-t4');
    expect(coded('T3   120 ng/dL   (80 - 200)\n')[0]?.[0]).toBe('total-t3');
    expect(coded('T4   0.9 ng/dL   (0.8 - 1.8)\n')[0]?.[0]).toBe('total-t4');
  });

  it('keeps the code where the unit is garbled (read as another unit of no kind it checks, or as none)', () => {
    expect(coded('Free T4   15.2 pm/L   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('Free T4   15.2 pmol/L.   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
    expect(coded('Serum B12   402 Ng/L   (189 - 883)\n')[0]?.[0]).toBe('vitamin-b12');
    expect(coded('Free T4   15.2 pmol/1   (12 - 22)\n')[0]?.[0]).toBe('free-t4');
  });
});

/*
 * 4. An NHS printout's name: `Se` (serum) before it, `conc` (concentration) or `level` after it, `Ab` for antibody, a
 *    laboratory's code in brackets inside or after it — none of them says another analyte.
 */
describe("fixr87: an NHS printout's abbreviations and a lab's code in a name", () => {
  it('reads `Se` and `conc` about a name as serum and concentration', () => {
    expect(coded('Se ferritin conc   48 ug/L   15 - 300\n')[0]?.[0]).toBe('ferritin');
    expect(coded('Se sodium conc   139 mmol/L   133 - 146\n')[0]?.[0]).toBe('sodium');
    expect(coded('Se B12 level   402 ng/L   180 - 900\n')[0]?.[0]).toBe('vitamin-b12');
    expect(coded('Thyroglobulin Ab conc   12 IU/mL   0 - 115\n')[0]?.[0]).toBe('thyroglobulin-antibody');
    expect(coded('Se thyroglobulin Ab conc ( ABC1234)   12 IU/mL   0 - 115\n')[0]?.[0]).toBe('thyroglobulin-antibody');
    expect(coded('Se TPO Ab level (XYZ99)   20 IU/mL   0 - 34\n')[0]?.[0]).toBe('thyroid-peroxidase-antibody');
  });

  it('reads `Vit` before a vitamin\'s letter and `haem` after `cell` as vitamin and haemoglobin, wherever they stand', () => {
    expect(coded('Serum 25-Hydroxy Vit D3   61 nmol/L   50 - 200\n')[0]?.[0]).toBe('vitamin-d');
    expect(coded('Mean cell haem level   31.0 pg   27.0 - 32.0\n')[0]?.[0]).toBe('mean-corpuscular-hemoglobin');
    expect(coded('Mean corpuscular haem conc   345 g/L   320 - 360\n')[0]?.[0]).toBe('mean-corpuscular-hemoglobin-concentration');
  });

  it('keeps `conc` after a mass per cell as the concentration its full name says, and `Se` before a name as serum', () => {
    expect(coded('Mean cell haemoglobin conc   330 g/L   320 - 360\n')[0]?.[0]).toBe('mean-corpuscular-hemoglobin-concentration');
    expect(coded('Se zinc   12 umol/L   11 - 24\n')[0]?.[0]).toBe('zinc');
  });

  it('does not read an unknown name as a known one for its abbreviations', () => {
    expect(coded('Se widget conc   12 ug/L   10 - 35\n')[0]?.[0]).toBe('?Se widget conc');
  });
});

/*
 * 2. A parenthesised range right after the name, then a dash and the value with its unit (glued or not), a month and
 *    year after it: the month the result was taken, not a column of the row.
 */
describe('fixr87: a range before the value, a month and year after the unit', () => {
  it('reads name (range) - value unit Month Year, the unit glued or apart', () => {
    expect(coded('Ferritin (15-300) - 45ug/L March 2024\n')).toEqual([['ferritin', 45, 'ug/L', 15, 300, 'normal']]);
    expect(coded('Sodium (133-146) - 131 mmol/L Sept 2022\n')).toEqual([['sodium', 131, 'mmol/L', 133, 146, 'low']]);
    expect(coded('Magnesium (0.7-1.0) - 0.62mmol/L, Jan. 2021\n')).toEqual([['magnesium', 0.62, 'mmol/L', 0.7, 1, 'low']]);
  });

  it('reads name - value unit Month Year with no range', () => {
    expect(coded('Ferritin - 45 ug/L November 2023\n')).toEqual([['ferritin', 45, 'ug/L', null, null, null]]);
  });

  it('keeps a month after a number with no unit, and a month that is no date, as before', () => {
    expect(coded('Ferritin rising to 45 March 2024\n').map((r) => r[1])).not.toContain(2024);
    expect(coded('Ferritin 45 ug/L in March 2024\n').map((r) => r[1])).not.toContain(2024);
  });
});

/*
 * 1. A sentence of a post holding several results, each `name value [unit] [range]`, between semicolons, commas or
 *    `and` and prose: read result by result; its prose (a dose, a weight, hours of sleep) is no row. A range opened by
 *    one bracket and closed by another (`[0.27 - 4.2}`) is the range.
 */
describe('fixr87: several results in one sentence of prose', () => {
  it('reads each result of a sentence, prose words before the first name left off', () => {
    const line = 'My GP says the liver panel is fine: ALT 22 U/L [0 - 40] and albumin 41 g/L (35 - 50}; also haemoglobin 128 g/L [115 - 165}; '
      + 'platelets 310 x10^9/L [150 - 400] - nothing else was tested.\n';
    expect(coded(line)).toEqual([
      ['alanine-aminotransferase', 22, 'U/L', 0, 40, 'normal'],
      ['albumin', 41, 'g/L', 35, 50, 'normal'],
      ['hemoglobin', 128, 'g/L', 115, 165, 'normal'],
      ['platelet-count', 310, '10*9/L', 150, 400, 'normal'],
    ]);
  });

  it('reads a result with no unit, and one after a comma', () => {
    expect(coded('Results came back: Sodium 131 mmol/L [133 - 146], potassium 5.9 mmol/L [3.5 - 5.3]; MCHC 300 [320 - 360].\n')).toEqual([
      ['sodium', 131, 'mmol/L', 133, 146, 'low'],
      ['potassium', 5.9, 'mmol/L', 3.5, 5.3, 'high'],
      ['mean-corpuscular-hemoglobin-concentration', 300, null, 320, 360, 'low'],
    ]);
  });

  it('reads no row from the prose clauses: a dose, a weight, hours of sleep', () => {
    const line = "I take 400mg of magnesium citrate; I sleep 12 hours a night and lost 10 pounds; ferritin 9 ug/L [15 - 300]; folate 2.1 ug/L [3.0 - 20.0].\n";
    expect(coded(line)).toEqual([
      ['ferritin', 9, 'ug/L', 15, 300, 'low'],
      ['folate', 2.1, 'ug/L', 3, 20, 'low'],
    ]);
  });

  it('leaves a sentence with one result, or results under names the catalog does not know, as it was read before', () => {
    expect(coded('My doctor said ferritin 9 ug/L [15 - 300] is low and to take iron.\n').filter((r) => !String(r[0]).startsWith('?'))
      .map((r) => r[0])).not.toContain('folate');
    expect(coded('Widget 12 ug/L [10 - 20]; gadget 14 ug/L [10 - 20].\n').every((r) => String(r[0]).startsWith('?'))).toBe(true);
  });
});

/*
 * (cr25, review of fixr87) A sentence of results read result by result must not read another test under a shorter
 * name, lose a result the line reader read, or lose a unit printed after the range.
 */
describe('cr25: several results in one sentence, read no worse than the line reader', () => {
  it('reads no blood analyte for a name whose word before it changes the analyte (urine, CSF, ionised, a fluid)', () => {
    const keys = (line: string) => coded(line).map((r) => r[0]);
    expect(keys('Urine albumin 41 mg/L (0-25) and urine creatinine 7.4 mmol/L (2-25), so the ACR is up.\n')).not.toContain('albumin');
    expect(keys('Urine albumin 41 mg/L (0-25) and urine creatinine 7.4 mmol/L (2-25), so the ACR is up.\n')).not.toContain('creatinine');
    expect(keys('Ionised calcium 1.31 mmol/L (1.15-1.30) and phosphate 0.9 mmol/L (0.8-1.5).\n')).not.toContain('calcium');
    expect(keys('CSF protein 0.71 g/L (0.15-0.45) and CSF glucose 2.0 mmol/L (2.2-3.9) on the tap.\n')).toEqual(expect.not.arrayContaining(['total-protein', 'glucose']));
    expect(keys('Ascitic fluid LDH 410 U/L (<200) and ferritin 30 ug/L (15-300).\n')).not.toContain('lactate-dehydrogenase');
  });

  it('keeps every result the line reader read when one of them is under words the catalog does not know as its name', () => {
    expect(coded('Ferritin 19 ug/L (15-300), platelets were 131 x10^9/L (150-400) and folate 4.4 ug/L (3.0-20.0).\n').map((r) => r[0]))
      .toEqual(['ferritin', 'platelet-count', 'folate']);
  });

  it('takes a unit printed after the bracketed range', () => {
    expect(coded('Potassium 5.6 (3.5-5.3) mmol/L and sodium 137 (133-146) mmol/L per the letter.\n')).toEqual([
      ['potassium', 5.6, 'mmol/L', 3.5, 5.3, 'high'],
      ['sodium', 137, 'mmol/L', 133, 146, 'normal'],
    ]);
  });

  it('still reads each result of a sentence whose names follow prose words', () => {
    expect(coded('Rang about potassium 5.8 mmol/L [3.5-5.3] and also sodium 134 mmol/L [133-146].\n').map((r) => r[0])).toEqual(['potassium', 'sodium']);
  });
});
