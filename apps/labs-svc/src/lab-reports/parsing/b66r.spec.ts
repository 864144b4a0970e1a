import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (b66r) Batch 66's causes as general rules: (A) a status label before the bounds inside a range's parenthesis
 * (`(Dentro del rango normal: 70 - 110 mg/dL)`, `(Within normal range: …)`); (B) a range in brackets on the bullet
 * line under a heading row (`### Name: value` / `* Within normal range (… )`, a bare `* (…)`); (C) `IU/L` on a range
 * line is the row's unit as `U/L` is, and a range line left over at a heading is no row's after it; (D) `LDL direct`
 * is the LDL; (E) a bracket of comma-separated words after a known name, each of which alone leaves the name read.
 * Every line here is made up.
 */

const lines = (...l: string[]) => l.join('\n');

describe('b66r (A): a status label before the bounds in a range\'s parenthesis', () => {
  it.each([
    ['Albúmina: 4.1 g/dL (Dentro del rango normal: 3.5 - 5.2 g/dL)', ['albumin', 4.1, 'g/dL', 3.5, 5.2, 'normal']],
    ['Sodio: 139 mmol/L (Dentro del rango normal: 135 - 145 mmol/L)', ['sodium', 139, 'mmol/L', 135, 145, 'normal']],
    ['Colesterol Total: 262 mg/dL (Fuera del rango normal: 120 - 200 mg/dL)', ['total-cholesterol', 262, 'mg/dL', 120, 200, 'high']],
    ['Potasio: 3.1 mmol/L (Fuera del rango normal: 3.5 - 5.1 mmol/L)', ['potassium', 3.1, 'mmol/L', 3.5, 5.1, 'low']],
    ['Albumin: 4.1 g/dL (Within normal range: 3.5 - 5.2 g/dL)', ['albumin', 4.1, 'g/dL', 3.5, 5.2, 'normal']],
    ['Sodium: 151 mmol/L (Above normal range: 135 - 145 mmol/L)', ['sodium', 151, 'mmol/L', 135, 145, 'high']],
    ['Ferritin: 9 ng/mL (Outside normal range: 15 - 150 ng/mL)', ['ferritin', 9, 'ng/mL', 15, 150, 'low']],
  ])('bounds read, flag from the label (Fuera/outside: the side of the value): %s', (line, row) => {
    expect(coded(line)).toEqual([row]);
  });

  it('the range\'s text is the bounds (and unit), without the label', () => {
    const [row] = codedWithRangeText('Urea: 31 mg/dL (Dentro del rango normal: 15 - 45 mg/dL)');
    expect(row![3]).toBe('15 - 45 mg/dL');
    const [open] = codedWithRangeText('Filtrado glomerular (estimado): 92 ml/min/1.73 m^2 (Dentro del rango normal: >60 ml/min/1.73 m^2)');
    expect(open!.slice(0, 1)).toEqual(['egfr']);
    expect(open![3]).not.toMatch(/rango/i);
    expect(open![4]).toBe(60);
    expect(open![6]).toBe('normal');
  });

  // (mend3) Was "the printed label wins over the range": a status in words gives way to bounds that say otherwise, as
  // everywhere in the reader (flags.ts phraseGivesWay; mend3.spec.ts).
  it('the printed label gives way to the range where the two disagree', () => {
    expect(coded('Colesterol HDL: 31 mg/dL (Dentro del rango normal: 40 - 60 mg/dL)')).toEqual([['hdl-cholesterol', 31, 'mg/dL', 40, 60, 'low']]);
  });

  it('guards: a label without bounds gives no bounds; another word before the bounds is not a status', () => {
    expect(coded('Glucose: 88 mg/dL (Within normal range)')).toEqual([['glucose', 88, 'mg/dL', null, null, 'normal']]);
    expect(coded('Glucosa: 88 mg/dL (Dentro del rango normal)')).toEqual([['glucose', 88, 'mg/dL', null, null, null]]);
    // no status word: the range read from the bounds, flag from the range as before
    expect(coded('Albumin: 3.1 g/dL (Normal range: 3.5 - 5.2 g/dL)')).toEqual([['albumin', 3.1, 'g/dL', 3.5, 5.2, 'low']]);
    expect(coded('Albumin: 3.1 g/dL (3.5 - 5.2 g/dL)')).toEqual([['albumin', 3.1, 'g/dL', 3.5, 5.2, 'low']]);
    // a population's label is not a status: (fixr) its one interval is the range, the flag the range's
    expect(codedWithRangeText('Hemoglobin: 13.1 g/dL (Female adult: 12.0 - 15.5 g/dL)')[0]!.slice(4)).toEqual([12, 15.5, 'normal']);
  });
});

describe('b66r (B): a range in brackets on the bullet line under a heading row', () => {
  it.each([
    [['### Albumin: 4.2', '', '* Within normal range (3.5 - 5.0 g/dL)'], ['albumin', 4.2, 'g/dL', 3.5, 5, 'normal']],
    [['### Ferritin: 120 ng/mL', '', '* Lower than normal range (15 - 150 ng/mL)'], ['ferritin', 120, 'ng/mL', 15, 150, 'normal']], // (mend3) the bounds decide
    [['### Ferritin: 9 ng/mL', '', '* Lower than normal range (15 - 150 ng/mL)'], ['ferritin', 9, 'ng/mL', 15, 150, 'low']],
    [['### Ferritin: 180 ng/mL', '* Higher than normal range (15 - 150 ng/mL)'], ['ferritin', 180, 'ng/mL', 15, 150, 'high']],
    [['### Potassium: 4.0 mmol/L', '* (3.5 - 5.1 mmol/L)'], ['potassium', 4, 'mmol/L', 3.5, 5.1, 'normal']],
    [['### Potassium (K): 5.6 mmol/L', '', '- (3.5 - 5.1 mmol/L)'], ['potassium', 5.6, 'mmol/L', 3.5, 5.1, 'high']],
    [['### Red cells: 4.6 mill/cumm', '', '* Within normal range (4.5 - 5.5 mill/cumm)'], ['red-blood-cell-count', 4.6, '10*6/uL', 4.5, 5.5, 'normal']],
  ])('the row\'s range, its unit where it has none, the flag from the status words: %j', (text, row) => {
    expect(coded(lines(...text))).toEqual([row]);
  });

  it('a count\'s range whose volume word is the row\'s own unit (`cumm`): the bounds, the row\'s unit', () => {
    expect(codedWithRangeText(lines('### WBC Count: 7600 cumm', '', '* Within normal range (4000 - 10000 cumm)')))
      .toEqual([['white-blood-cell-count', 7600, '/uL', '4000 - 10000', 4000, 10000, 'normal']]);
  });

  it('guards: a bracket of words, or bounds with a word that is no unit of the row, is no range', () => {
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* (see note)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* (3 - 5 days)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* Within normal range (ask your doctor)'))[0]!.slice(3, 5)).toEqual([null, null]);
  });

  it('guards: the status words without bounds give no bounds; a range line alone is no row', () => {
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* Within normal range'))[0]!.slice(3, 5)).toEqual([null, null]);
    expect(coded('* (3.5 - 5.1 mmol/L)')).toEqual([]);
    expect(coded('* Within normal range (3.5 - 5.1 mmol/L)')).toEqual([]);
  });

  it('guards: not across a heading, nor onto a row that has its range, nor onto the row after it', () => {
    expect(coded(lines('### Potassium: 4.0 mmol/L', '', '### Notes', '* (3.5 - 5.1 mmol/L)'))).toEqual([['potassium', 4, 'mmol/L', null, null, null]]);
    expect(coded(lines('### Potassium: 4.0 mmol/L (3.6 - 5.0)', '* (3.5 - 5.1 mmol/L)'))).toEqual([['potassium', 4, 'mmol/L', 3.6, 5, 'normal']]);
    expect(coded(lines('### Potassium: 4.0 mmol/L', '* (3.5 - 5.1 mmol/L)', '### Sodium: 140 mmol/L')))
      .toEqual([['potassium', 4, 'mmol/L', 3.5, 5.1, 'normal'], ['sodium', 140, 'mmol/L', null, null, null]]);
    // a unit the row's test is not measured in: not its range
    expect(coded(lines('### Potassium: 4.0', '* (4000 - 11000 cumm)'))).toEqual([['potassium', 4, null, null, null, null]]);
  });
});

describe('b66r (C): IU/L on a range line; a range line left at a heading', () => {
  it('`IU/L` on the range line is the row\'s unit and its range', () => {
    expect(coded(lines('### ALT: "30"', 'Normal range: 0 - 44 IU/L'))).toEqual([['alanine-aminotransferase', 30, '[IU]/L', 0, 44, 'normal']]);
    expect(coded(lines('### Alkaline phosphatase: "140"', 'Normal range: 40 - 129 IU/L'))).toEqual([['alkaline-phosphatase', 140, '[IU]/L', 40, 129, 'high']]);
  });

  it('guards: `IU/L` under a row in another unit is not its range', () => {
    expect(coded(lines('ALT  30 mmol/L', 'Normal range: 0 - 44 IU/L'))[0]!.slice(3, 5)).toEqual([null, null]);
  });

  it('a range line no row took is dropped at the next heading, not given to the first row under it', () => {
    expect(coded(lines('## Other', '### Something unknown: "12"', 'Normal range: 0 - 99 mg/dL', '', '# PANEL', '### Glucose: "88"', 'Normal range: 70 - 99 mg/dL')))
      .toEqual([['glucose', 88, 'mg/dL', 70, 99, 'normal']]);
    expect(coded(lines('## Other', '### Something unknown: "12"', 'Normal range: 0 - 99 mg/dL', '', '# PANEL', '### Glucose: "88"')))
      .toEqual([['glucose', 88, null, null, null, null]]);
  });

  it('guards: a range printed over its row with no heading between still reads', () => {
    expect(coded(lines('Range: 135 - 145 mmol/L', 'Sodium  140 mmol/L'))).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
  });
});

describe('b66r (D, E): LDL direct; a bracket of comma-separated words', () => {
  it('`LDL direct` and `Direct LDL` are the LDL; `HDL direct` the HDL', () => {
    expect(coded(lines('### LDL direct: "150"', 'Normal range: 0 - 99 mg/dL'))).toEqual([['ldl-cholesterol', 150, 'mg/dL', 0, 99, 'high']]);
    expect(coded('Direct LDL: 150 mg/dL')).toEqual([['ldl-cholesterol', 150, 'mg/dL', null, null, null]]);
    expect(coded('HDL direct: 52 mg/dL')).toEqual([['hdl-cholesterol', 52, 'mg/dL', null, null, null]]);
  });

  it('guards: `direct` after another name stays the other analyte or unknown', () => {
    expect(coded('Bilirubin direct: 0.2 mg/dL')[0]![0]).not.toBe('total-bilirubin');
    expect(coded('Direct: 150 mg/dL')[0]![0]).toBe('?Direct');
  });

  it('a bracket of comma-separated words each of which leaves the name read: the name outside', () => {
    expect(coded('Colesterol LDL (el "malo", calculado): 118 mg/dL')).toEqual([['ldl-cholesterol', 118, 'mg/dL', null, null, null]]);
  });

  it('guards: a part that changes the analyte leaves the name unread', () => {
    expect(coded('Calcium (ionized, calculated): 1.2 mmol/L')[0]![0]).not.toBe('calcium');
    expect(coded('Testosterone (free, calculated): 80 pg/mL')[0]![0]).toBe('testosterone-free');
    expect(coded('Vitamin D (1,25): 40 pg/mL')[0]![0]).not.toBe('vitamin-d');
    expect(coded('Vitamin D (1,25-dihydroxy, serum): 40 pg/mL')[0]![0]).not.toBe('vitamin-d');
    expect(coded('Glucose (fasting, urine): 5 mg/dL')[0]![0]).not.toBe('glucose');
  });
});
