import { codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend26) Review cr21 of fixr86, made-up inputs: a range line under a Markdown heading that names no test (a note's or
 * a section's heading) after the last row is no range of the first row under it, which may be any other test.
 */
describe('mend26: a range line under a heading that names no test', () => {
  it('is not given to the row under it (another test)', () => {
    expect(codedWithRangeText('- Ferritin: 45 ug/L\n## Notes\nReference range: 15 - 300\nHaemoglobin 140 g/L\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null],
      ['hemoglobin', 140, 'g/L', null, null, null, null]]);
    expect(codedWithRangeText('- Ferritin: 45 ug/L\n## Reference\nReference range: 15 - 300\n- Platelets: 210 x10^9/L\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null],
      ['platelet-count', 210, '10*9/L', null, null, null, null]]);
  });

  it('still gives a range under a heading naming a test to that test\'s result under it', () => {
    expect(codedWithRangeText('- **Sodium:** 139 mmol/L\n### Potassium\nReference range: 3.5 - 5.3 mmol/L\n- Result: 4.1 mmol/L\n')).toEqual([
      ['sodium', 139, 'mmol/L', null, null, null, null],
      ['potassium', 4.1, 'mmol/L', '3.5 - 5.3 mmol/L', 3.5, 5.3, 'normal']]);
    expect(codedWithRangeText('- Ferritin: 45 ug/L\n\n### Haemoglobin\nReference range: 130 - 170 g/L\n\n- Haemoglobin: 128 g/L\n')).toEqual([
      ['ferritin', 45, 'ug/L', null, null, null, null],
      ['hemoglobin', 128, 'g/L', '130 - 170 g/L', 130, 170, 'low']]);
  });
});
