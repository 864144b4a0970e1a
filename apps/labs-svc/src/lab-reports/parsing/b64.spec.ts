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
