import { resultsOf } from '../../testing/reader.js';

/*
 * (b64) What batch 64's unselected sample missed, as general rules: `Name: value (low-high unit)` — the unit printed
 * only inside the range's parenthesis of a `Name:` line, a status word perhaps after it; a count per microlitre beside a
 * range printed in thousands per microlitre (`WBC Count: 7,000 /µL (Ref: 4.4 - 11)`); words in brackets ending a row
 * after its value (`(Near optimal)`, `(Good control)`). Every expected row is written from the made-up lines here.
 */

const lines = (...l: string[]) => l.join('\n');
/** [biomarker or ?name, value, unit, low, high, flag] of each coded row. */
const short = (text: string) => resultsOf(text).map((c) => [c.biomarker?.key ?? `?${c.name}`, c.value, c.unit ?? null, c.range.low ?? null, c.range.high ?? null, c.flag ?? null]);

describe('b64: a `Name:` line whose unit is printed inside the range\'s parenthesis', () => {
  it('the unit after the bounds is the row\'s, with a status word after the parenthesis or none', () => {
    expect(short(lines(
      '*   White Blood Cell Count: 6.1 (4.0-10.0 K/uL) - Normal',
      '*   Glucose: 104 (70-99 mg/dL) - High',
      'Sodium: 139 (135-145 mmol/L)',
      'Creatinine: 0.7 (0.6 - 1.2 mg/dL) Normal',
    ))).toEqual([
      ['white-blood-cell-count', 6.1, '10*3/uL', 4, 10, 'normal'],
      ['glucose', 104, 'mg/dL', 70, 99, 'high'],
      ['sodium', 139, 'mmol/L', 135, 145, 'normal'],
      ['creatinine', 0.7, 'mg/dL', 0.6, 1.2, 'normal'],
    ]);
  });

  it('a value off the range\'s scale takes no unit from it (a glucose in mmol/L beside a range in mg/dL)', () => {
    expect(short('Glucose: 5.4 (70-99 mg/dL)').map((r) => r[2])).toEqual([null]);
  });

  it('a unit the test is never measured in, a dose\'s unit or a time stays out of the row', () => {
    expect(short('Hemoglobin: 13.1 (12.0-16.0 fL)').map((r) => r[2])).toEqual([null]);
    expect(short('Magnesium: 2 (1-3 tablets)').map((r) => r[2])).not.toContain('{tbl}');
  });

  it('a unit printed with the value stays the row\'s (the range\'s is the same)', () => {
    expect(short('Potassium: 4.1 mmol/L (3.5-5.1 mmol/L)')).toEqual([['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal']]);
  });
});

describe('b64: a count per microlitre beside a range printed in thousands per microlitre', () => {
  it('flagged against the range read in thousands: 7,000 /µL within 4.4 - 11 is normal, 2,900 low, 13,500 high', () => {
    expect(short(lines(
      '- WBC Count: 6,400 /µL (Ref: 4.4 - 11)',
      '- Platelet Count: 276,000 /µL (Ref: 150 - 450)',
    ))).toEqual([
      ['white-blood-cell-count', 6400, '/uL', 4.4, 11, 'normal'],
      ['platelet-count', 276000, '/uL', 150, 450, 'normal'],
    ]);
    expect(short('WBC Count: 2,900 /µL (Ref: 4.4 - 11)').map((r) => r[5])).toEqual(['low']);
    expect(short('WBC Count: 13,500 /µL (Ref: 4.4 - 11)').map((r) => r[5])).toEqual(['high']);
  });

  it('a count on the range\'s own scale is read against it as printed', () => {
    expect(short('WBC Count: 7,000 /µL (Ref: 4,000 - 11,000)').map((r) => r[5])).toEqual(['normal']);
    expect(short('WBC Count: 12,500 /µL (Ref: 4,000 - 11,000)').map((r) => r[5])).toEqual(['high']);
  });

  it('a count below a thousand (a fluid\'s cells, `35 /uL` against `0-5`) keeps the literal comparison', () => {
    expect(short('Leukocytes: 35 /uL (Ref: 0 - 5)').map((r) => r[5])).toEqual(['high']);
  });

  it('a test the catalog does not count in thousands per microlitre keeps the literal comparison', () => {
    expect(short('Hemoglobin: 1300 /uL (Ref: 12 - 16)').map((r) => r[5])).not.toEqual(['normal']);
  });
});

describe('b64: words in brackets ending a row after its value', () => {
  it('the row read without them, no flag from words that say no side the reader knows (`(Near optimal)`, `(Good control)`, `(Borderline high)`); `Avg` is `Average`', () => {
    expect(short(lines(
      '- LDL: 106.64 mg/dL (Near optimal)',
      '- Estimated Avg Glucose: 105.41 mg/dL (Good control)',
      'Cholesterol, Total 188 mg/dL (Borderline high)',
    ))).toEqual([
      ['ldl-cholesterol', 106.64, 'mg/dL', null, null, null],
      ['estimated-average-glucose', 105.41, 'mg/dL', null, null, null],
      ['total-cholesterol', 188, 'mg/dL', null, null, null],
    ]);
  });

  it('a flag in words still reads as the flag (`(Low)`, `(Above range)`)', () => {
    expect(short('HDL: 26.1 mg/dL (Low)').map((r) => r[5])).toEqual(['low']);
    expect(short('Apolipoprotein B: 104 mg/dL (Above range)').map((r) => r[5])).toEqual(['high']);
  });

  it('`(See Below)` stays the range\'s text', () => {
    expect(resultsOf('Troponin I        7.09    ug/L   (See Below )').map((c) => c.range.text)).toEqual(['See Below']);
  });

  it('a dose\'s words (`(twice daily)`, `(one tablet a day)`) make no row of a supplement line', () => {
    expect(short(lines('Vitamin D: 2000 IU (once daily)', 'Iron: 65 mg (one tablet a day)'))).toEqual([]);
  });
});

describe('b64: a vital signs section', () => {
  it('its pulse oximeter\'s saturation is no laboratory result; the results under the next heading are', () => {
    expect(short(lines(
      '## Vitals',
      '',
      '*   **Temperature:** 36.8 °C',
      '*   **Heart Rate:** 70 bpm',
      '*   **Oxygen Saturation:** 97.0%',
      '',
      '## Lab Results',
      '*   Glucose: 91 (70-99 mg/dL) - Normal',
    ))).toEqual([['glucose', 91, 'mg/dL', 70, 99, 'normal']]);
  });

  it('a results table under the vital signs heading, with no heading of its own, still reads', () => {
    expect(short(lines('VITALS', 'Ht 170', '', 'Test        Result  Units   Reference', 'Glucose     95      mg/dL   70-99')).map((r) => r[0])).toEqual(['glucose']);
  });

  it('an oxygen saturation under a blood gas heading, or under no heading, is still read', () => {
    expect(short(lines('ARTERIAL BLOOD GAS', 'pH  7.41  7.35-7.45', 'Oxygen Saturation  97 %  95-99')).map((r) => r[0])).toEqual(['ph-arterial', 'oxygen-saturation']);
    expect(short('Oxygen Saturation  97 %  95-99').map((r) => r[0])).toEqual(['oxygen-saturation']);
  });
});

/*
 * (b64 review and mend) The review's misfires (/work/notes/rev-b64), as general rules: a saturation printed with a
 * laboratory's range under a Vitals heading is a blood gas's; a supplement's dose in IU in other languages (`UI`, `IE`,
 * `МЕ`) with words in brackets is no result; a count per microlitre is read in thousands only against a range on the
 * thousands scale (never a range from 0); a status word after a parenthesised range holding the unit is the row's flag.
 * Every line here is made up.
 */
describe('b64 mend: an oxygen saturation under a Vitals heading that prints a range is a laboratory\'s', () => {
  it('a row with a range under a later line the reader takes for no heading (a blood gas\'s long title) is read', () => {
    expect(short(lines(
      'VITAL SIGNS',
      'Temp 37.2  HR 96',
      'SpO2 94 %',
      '',
      'Venous blood gas drawn at the bedside on arrival this morning',
      'pH  7.33  7.31-7.41',
      'O2 Sat  68 %  60-80',
    )).filter((r) => r[0] === 'oxygen-saturation')).toEqual([['oxygen-saturation', 68, '%', 60, 80, 'normal']]);
  });

  it('a row of a results table after the vitals block is read, its flag from the range', () => {
    expect(short(lines(
      'Vitals',
      'BP 120/80  HR 88',
      'Pulse Ox 95 %',
      '',
      'Analyte          Value   Unit   Range',
      'Potassium        4.1     mmol/L 3.5-5.1',
      'Oxygen Saturation 90     %      94-100',
    ))).toEqual([
      ['potassium', 4.1, 'mmol/L', 3.5, 5.1, 'normal'],
      ['oxygen-saturation', 90, '%', 94, 100, 'low'],
    ]);
  });

  it('a saturation printed with a range right under the heading is read too', () => {
    expect(short(lines('Vitals:', 'O2 Sat: 91 % (94 - 100)'))).toEqual([['oxygen-saturation', 91, '%', 94, 100, 'low']]);
  });

  it('a line naming a blood gas or the labs between the heading and the row ends the vitals block, range or none', () => {
    expect(short(lines('VITAL SIGNS', 'HR 104, RR 22', 'SpO2 93 % on 2 L', '', 'Capillary blood gas, drawn at 06:15 today', 'O2 Sat  91 %'))).toEqual([
      ['oxygen-saturation', 91, '%', null, null, null],
    ]);
  });

  it('the pulse oximeter\'s lines, no range printed, are still no rows', () => {
    expect(short(lines('Vitals', 'SpO2 96 %', 'Oxygen Saturation: 97% on room air'))).toEqual([]);
  });
});

describe('b64 mend: a supplement\'s dose in international units in other languages', () => {
  it('`UI`, `IE`, `МЕ` with words in brackets and no range printed are doses, no rows', () => {
    expect(short(lines(
      '- Vitamina D3: 4000 UI (cada mañana)',
      '- Vitamine D : 800 UI (au dîner)',
      '- Vitamin D3: 2000 IE (nach dem Frühstück)',
      '- Витамин D: 1000 МЕ (по утрам)',
      '- Vitamina D: 5000 UI',
    ))).toEqual([]);
  });

  it('a result beside them still reads: words in brackets after a lab unit, a range printed after `UI`', () => {
    expect(short('- Glucosa: 91 mg/dL (tomada en ayunas)')).toEqual([['glucose', 91, 'mg/dL', null, null, null]]);
    expect(short('Vitamina D: 32 UI (Ref: 30-100)').map((r) => [r[0], r[1], r[5]])).toEqual([['vitamin-d', 32, 'normal']]);
  });
});

describe('b64 mend: a count per microlitre is read in thousands only against a range on the thousands scale', () => {
  it('a range from 0 keeps the literal comparison: 900 /µL against 0 - 150 is high', () => {
    expect(short(lines(
      '- Absolute Basophils: 900 /µL (Ref: 0 - 150)',
      '- Absolute Monocytes: 2,400 /µL (Ref: 0 - 900)',
      '- WBC: 31,000 /µL (Ref: 0 - 500)',
    )).map((r) => r[5])).toEqual(['high', 'high', 'high']);
  });

  it('a range in cells per microlitre (its upper bound a thousand or more) keeps the literal comparison', () => {
    expect(short('Absolute Lymphocytes: 1,900 /µL (Ref: 1000 - 4000)').map((r) => r[5])).toEqual(['normal']);
  });

  it('a range in thousands with a lower bound above 0 still reads the count in thousands', () => {
    expect(short(lines(
      '- Absolute Neutrophils: 1,100 /µL (Ref: 1.8 - 7.7)',
      '- Platelets: 480,000 /µL (Ref: 150 - 400)',
    )).map((r) => r[5])).toEqual(['low', 'high']);
  });
});

describe('b64 mend: a status word after a parenthesised range holding the unit, no colon', () => {
  it('the word is the row\'s flag, with or without a dash before it', () => {
    expect(short(lines(
      'Glucose 112 (70-99 mg/dL) High',
      'Sodium 139 (135-145 mmol/L) Normal',
      'Potassium 3.1 (3.5-5.1 mmol/L) - Low',
      'Albumin 4.2 g/dL (3.5-5.0 g/dL) Normal',
    ))).toEqual([
      ['glucose', 112, 'mg/dL', 70, 99, 'high'],
      ['sodium', 139, 'mmol/L', 135, 145, 'normal'],
      ['potassium', 3.1, 'mmol/L', 3.5, 5.1, 'low'],
      ['albumin', 4.2, 'g/dL', 3.5, 5, 'normal'],
    ]);
  });

  it('words after the parenthesis that are no status make no flag (`Dose 5 (10 - 20 mg) daily` stays unread)', () => {
    expect(short('Dose 5 (10 - 20 mg) daily')).toEqual([]);
  });
});
