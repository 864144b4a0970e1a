import { coded, codedWithRangeText, rowsOf } from '../../testing/reader.js';

// (rangenote) A bracket of words after a result line's range is the range's note (`264-916 (fasting)`, `3.7-9.5 ng/ml
// (morning)`, `1-10 μU/ml (optimal)`): the row with its range, the note kept in the range's text. A note that names a
// population (a sex, an age group, a cycle's phase: `(male)`, `(Postmenopausal)`) gives the range as text with no
// bounds, as a population's label before a range and `> 40 (men)` read; a tier's label other than a normal one
// (`(prediabetes)`) says the band is a tier, not the reference range: text too. Such lines read no row on main.
describe('rangenote: a bracket of words after a result line\'s range is its note', () => {
  it('a note that names no population keeps the bounds', () => {
    expect(coded('Testosterone   500   ng/dL   264-916 (fasting)')).toEqual([['testosterone', 500, 'ng/dL', 264, 916, 'normal']]);
    expect(coded('Cortisol   4.2   3.7-9.5 ng/ml (morning)')).toEqual([['cortisol', 4.2, 'ng/mL', 3.7, 9.5, 'normal']]);
    expect(coded('Insulin   6.1   1-10 μU/ml (optimal)')).toEqual([['insulin', 6.1, 'u[IU]/mL', 1, 10, 'normal']]);
    expect(coded('DHEA-S   2.1   2-23 ng/ml (Age Dependent)')).toEqual([['dhea-sulfate', 2.1, 'ng/mL', 2, 23, 'normal']]);
    expect(coded('Glucose   105   mg/dL   70-99 (serum)')).toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high']]);
  });

  it('the note is part of the range\'s text', () => {
    expect(rowsOf('Testosterone   500   ng/dL   264-916 (fasting)')).toEqual([
      { name: 'Testosterone', value: 500, unit: 'ng/dL', rangeText: '264-916 (fasting)' },
    ]);
    expect(rowsOf('Cortisol   4.2   3.7-9.5 ng/ml (morning)')[0]?.rangeText).toBe('3.7-9.5 (morning)');
  });

  it('a printed flag stays the row\'s, before the range or after the note', () => {
    expect(coded('Cortisol   1.1 L   1.2-3.0 ng/ml (noon)')).toEqual([['cortisol', 1.1, 'ng/mL', 1.2, 3, 'low']]);
    expect(coded('Glucose   105   mg/dL   70-99 (fasting)   H')).toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high']]);
  });

  it('a note that names a population gives the range as text, no bounds and no computed flag', () => {
    expect(coded('Testosterone   500   ng/dL   264-916 (male)')).toEqual([['testosterone', 500, 'ng/dL', null, null, null]]);
    expect(rowsOf('Testosterone   500   ng/dL   264-916 (male)')[0]?.rangeText).toBe('264-916 (male)');
    expect(coded('Ferritin   41   ng/mL   16-232 (female)')).toEqual([['ferritin', 41, 'ng/mL', null, null, null]]);
    expect(coded('Testosterone   500   ng/dL   264-916 (adult male)')).toEqual([['testosterone', 500, 'ng/dL', null, null, null]]);
    expect(coded('Estradiol   80   pg/mL   30-400 (Follicular phase)')).toEqual([['estradiol', 80, 'pg/mL', null, null, null]]);
    expect(coded('| Testosterone | 500 | ng/dL | 264-916 (adult male) |')).toEqual([['testosterone', 500, 'ng/dL', null, null, null]]);
  });

  it('a population\'s note keeps the printed flag', () => {
    expect(coded('Testosterone   1100 H   ng/dL   264-916 (male)')).toEqual([['testosterone', 1100, 'ng/dL', null, null, 'high']]);
    expect(coded('Estradiol   1.8 H   0.5-1.7 pg/ml (Postmenopausal)')).toEqual([['estradiol', 1.8, 'pg/mL', null, null, 'high']]);
  });

  it('a tier\'s label other than a normal one gives the band as text', () => {
    expect(coded('Glucose   110   mg/dL   100-125 (prediabetes)')).toEqual([['glucose', 110, 'mg/dL', null, null, null]]);
  });

  it('a fixed-width block whose range column carries notes', () => {
    const text = [
      'TEST NAME                                   RESULTS 02/17/25          RANGE',
      'Cortisol (saliva)                           4.2                       3.7-9.5 ng/ml (morning)',
      'Cortisol (saliva)                           1.1 L                     1.2-3.0 ng/ml (noon)',
      'Insulin (blood spot)                        6.1                       1-10 μU/ml (optimal)',
      'HbA1c (blood spot)                          5.2                       4.8-5.6 %',
    ].join('\n');
    expect(coded(text).map((r) => r.slice(1))).toEqual([
      [4.2, 'ng/mL', 3.7, 9.5, 'normal'],
      [1.1, 'ng/mL', 1.2, 3, 'low'],
      [6.1, 'u[IU]/mL', 1, 10, 'normal'],
      [5.2, '%', 4.8, 5.6, 'normal'],
    ]);
  });
});

describe('rangenote: brackets after a range that are no note', () => {
  it('`(calc)` where the unit goes and a unit holding a bracket read as on main', () => {
    expect(coded('Creatinine  1.0  (calc)  0.6-1.3')).toEqual([['creatinine', 1, null, 0.6, 1.3, 'normal']]);
    expect(coded('LDL  120  mg/dL  0-99 (calc)')).toEqual([['ldl-cholesterol', 120, 'mg/dL', 0, 99, 'high']]);
    expect(coded('eGFR  72  mL/min/(1.73_m2)  >60')).toEqual([['egfr', 72, 'mL/min/(1.73_m2)', 60, null, 'normal']]);
    expect(coded('eGFR  72  >60 mL/min/(1.73_m2)')).toEqual([['egfr', 72, 'mL/min/(1.73_m2)', 60, null, 'normal']]);
  });

  it('a second range, a previous result or a site code in brackets is no note', () => {
    expect(coded('Glucose  5.4  mmol/L  3.9-5.5  (70 - 99 mg/dL)')).toEqual([]);
    // (set 14) A previous result in brackets at the row's end is left out (line-tidy withoutPreviousResultNote): the row
    // is the current result's, its range and flag its own (was: no row).
    expect(coded('Glucose  105  mg/dL  70-99  (prev 480)')).toEqual([['glucose', 105, 'mg/dL', 70, 99, 'high']]);
    expect(rowsOf('Testosterone  500  ng/dL  264-916  (EN)').some((r) => /\(EN\)/.test(r.rangeText ?? ''))).toBe(false);
  });

  it('a flag in brackets stays the flag; a status phrase is no note', () => {
    expect(coded('Testosterone  1000  ng/dL  264-916 (H)')).toEqual([['testosterone', 1000, 'ng/dL', 264, 916, 'high']]);
    expect(coded('Testosterone  1000  ng/dL  264-916 (High)')).toEqual([['testosterone', 1000, 'ng/dL', 264, 916, 'high']]);
    expect(rowsOf('Testosterone  1000  ng/dL  264-916 (Above range)').some((r) => /Above/.test(r.rangeText ?? ''))).toBe(false);
  });

  it('a note with more after it than a flag is no note of the one range', () => {
    // (mend11) No bounds from the first interval — and the row is read, its tiers the range's text (was: no row).
    expect(codedWithRangeText('Estradiol  80  pg/mL  30-400 (follicular) 50-500 (luteal)')).toEqual([
      ['estradiol', 80, 'pg/mL', '30-400 (follicular) 50-500 (luteal)', null, null, null]]);
  });

  it('a one-bound range keeps its tier labels as before', () => {
    expect(coded('HDL  45  mg/dL  > 40 (men)')).toEqual([['hdl-cholesterol', 45, 'mg/dL', null, null, null]]);
    expect(coded('LDL  120  mg/dL  <100 (optimal)')).toEqual([['ldl-cholesterol', 120, 'mg/dL', null, 100, 'high']]);
  });
});

// (rangenote review) Tier words the note check did not know (`deficient`, `insufficient`, `diabetic`, `prediabetic`,
// `impaired`) kept the band's bounds, so the row read normal against a tier's band; `(Alto)`, a flag word, was taken
// for a tier. Dose lines (`Iron 65 mg 1-2 (daily)`) read rows main did not.
describe('rangenote review: a tier\'s adjective, a flag word and a dose after the range', () => {
  it('a tier\'s adjective or phrase gives the band as text, no bounds and no flag', () => {
    expect(coded('Glucose   150   mg/dL   126-999 (diabetic)')).toEqual([['glucose', 150, 'mg/dL', null, null, null]]);
    expect(coded('Vitamin D   15   ng/mL   0-20 (deficient)')).toEqual([['vitamin-d', 15, 'ng/mL', null, null, null]]);
    expect(coded('Vitamin D   25   ng/mL   20-29 (insufficient)')).toEqual([['vitamin-d', 25, 'ng/mL', null, null, null]]);
    expect(coded('Glucose   110   mg/dL   100-125 (prediabetic)')).toEqual([['glucose', 110, 'mg/dL', null, null, null]]);
    expect(coded('Glucose   110   mg/dL   100-125 (impaired fasting glucose)')).toEqual([['glucose', 110, 'mg/dL', null, null, null]]);
  });

  it('a flag word in brackets is the flag, not a tier: the range keeps its bounds', () => {
    expect(coded('Glucose   108   mg/dL   70-99 (Alto)')).toEqual([['glucose', 108, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Glucose   60   mg/dL   70-99 (Bajo)')).toEqual([['glucose', 60, 'mg/dL', 70, 99, 'low']]);
  });

  it('a dose\'s line with a bracket after its numbers reads no row, as on main', () => {
    for (const line of ['Iron 65 mg 1-2 (daily)', 'Magnesium 400 mg 1-2 (at bedtime)', 'Ferritin 325 mg 1-3 (tablets)',
      'Vitamin D3 1000 IU 1-2 (daily)', 'Dose 500 mg 1-2 (twice daily)', 'Tel 555 1234-5678 (office)',
      'Metformin 500 mg 1-2 (twice daily)', 'Vitamin D 50000 IU 1-4 (weekly)', 'Vitamin D3 2000 IU 1-0 (daily)']) {
      expect([line, coded(line)]).toEqual([line, []]);
    }
  });

  it('a dosing word after a result\'s range on its scale is no note either', () => {
    expect(coded('Iron   90   ug/dL   60-170 (twice daily)')).toEqual([]);
  });

  it('notes the mend leaves as they were', () => {
    expect(coded('Testosterone   500   ng/dL   264-916 (fasting)')).toEqual([['testosterone', 500, 'ng/dL', 264, 916, 'normal']]);
    expect(coded('Glucose   109   mg/dL   70-99 (erhöht)')).toEqual([['glucose', 109, 'mg/dL', 70, 99, 'high']]);
    expect(coded('Ferritin   8   ng/mL   15-150 (Deficient)')).toEqual([['ferritin', 8, 'ng/mL', null, null, null]]);
  });
});
