import { coded, codedWithRangeText } from '../../testing/reader.js';

/*
 * (fixl) Gaps a reading session wrote down, each as a made-up line; the expected rows are what a clinician reading the
 * line would say, not the reader's output.
 */
const lines = (...l: string[]) => l.join('\n');

describe('fixl 1: a comment set off by a dash after a status word in brackets', () => {
  it('a bullet with its name in bold, a status in brackets, then prose: the row, the prose no part of it', () => {
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
    expect(coded(lines('Lab Results', '- **Glucose:** 110 mg/dL (High) – recheck fasting'))).toEqual([['glucose', 110, 'mg/dL', null, null, 'high']]);
    expect(coded(lines('Lab Results', 'Ferritin: 9 ng/mL (Low) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
    expect(coded(lines('Lab Results', 'Ferritin 9 ng/mL (Low) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
  });

  it('a number in the prose (a time to retest) is the prose\'s, after an em dash too', () => {
    const [row] = coded(lines('Lab Results', '- **Vitamin D:** 18 ng/mL (Insufficient) — retest in 3 months'));
    expect(row?.slice(0, 5)).toEqual(['vitamin-d', 18, 'ng/mL', null, null]);
    expect(coded(lines('Lab Results', '- **Ferritin:** 9 ng/mL (Low) - repeat in 6 weeks'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
  });

  it('negatives: a flag or a range after the dash stays the row\'s; a range\'s comment as before', () => {
    expect(coded(lines('Lab Results', 'Ferritin: 9 ng/mL (Low) - below range'))).toEqual([['ferritin', 9, 'ng/mL', null, null, 'low']]);
    expect(codedWithRangeText(lines('Lab Results', '- **Vitamin D:** 18 ng/mL (Insufficient) - 30 to 100')))
      .toEqual([['vitamin-d', 18, 'ng/mL', '30 to 100', 30, 100, 'low']]);
    expect(coded(lines('Lab Results', 'Ferritin: 9 ng/mL (30-400) - consider iron studies'))).toEqual([['ferritin', 9, 'ng/mL', 30, 400, 'low']]);
    expect(coded(lines('Lab Results', '- Iron studies (ferritin, TSAT) - consider if anaemic'))).toEqual([]);
  });
});
