import { codedWithRangeText } from '../../testing/reader.js';

// mend6: mend4 kept a one-bound bracket in a sentence as the range only after the range's own words (normal, ref,
// range) or a letter's liking; the words a lab or a letter uses for its interval — desirable, optimal, healthy,
// expected, usual, typical, "it should be" — are a range's words too (a US lipid panel prints `Desirable <200`).
// A cut-off of an illness or a treatment still gives no range (mend4.spec).
describe('mend6: a bound after the words a lab uses for its interval', () => {
  it('reads desirable, optimal, healthy and "should be" bounds as the range, flagging the value against them', () => {
    expect(codedWithRangeText('Your total cholesterol was 5.6 mmol/L (desirable below 5).')).toEqual([['total-cholesterol', 5.6, 'mmol/L', 'below 5', null, 5, 'high']]);
    expect(codedWithRangeText('Your LDL was 2.4 mmol/L (optimal < 3).')).toEqual([['ldl-cholesterol', 2.4, 'mmol/L', '< 3', null, 3, 'normal']]);
    expect(codedWithRangeText('Your HDL was 1.4 mmol/L (healthy above 1.0).')).toEqual([['hdl-cholesterol', 1.4, 'mmol/L', 'above 1.0', 1, null, 'normal']]);
    expect(codedWithRangeText('Your ferritin was 12 ug/L (it should be above 30).')).toEqual([['ferritin', 12, 'ug/L', 'above 30', 30, null, 'low']]);
  });

  it('still takes no range from a cut-off of an illness or a treatment', () => {
    expect(codedWithRangeText('Your vitamin D was 40 nmol/L (deficient below 25).')).toEqual([['vitamin-d', 40, 'nmol/L', null, null, null, null]]);
    expect(codedWithRangeText('Your HbA1c was 46 mmol/mol (prediabetes above 42).')).toEqual([['hemoglobin-a1c', 46, 'mmol/mol', null, null, null, null]]);
  });
});
