import { coded, codedWithRangeText } from '../../testing/reader.js';

// (mend9) Misfires of cards2 a reviewer found with made-up lines (review cr7): cards printed side by side, a
// `Lab reference:` that is a specimen's number, a header line's `Result: Final` split into fields.
const lines = (...l: string[]) => l.join('\n');

describe('mend9: cards side by side are not one card', () => {
  it('two cards on one line: no result is filed under the other test\'s name', () => {
    const read = coded(lines(
      'Vitamin D                                   Ferritin',
      'Your result: 26 ng/mL   Lab reference: 30-100      Your result: 64 ng/mL   Lab reference: 15-150',
    ));
    // The worst reading paired vitamin D's 26 with ferritin's name; whatever is read, no value meets another's name.
    expect(read).not.toContainEqual(expect.arrayContaining(['ferritin', 26]));
    expect(read.filter((r) => r[0] === 'ferritin').every((r) => r[1] === 64)).toBe(true);
    expect(read.filter((r) => r[0] === 'vitamin-d').every((r) => r[1] === 26)).toBe(true);
  });

  it('three cards: the sodium\'s 128 is not the chloride\'s', () => {
    const read = coded(lines(
      'Potassium                        Sodium',
      'Result: 4.1   Ref: 3.5-5.1      Result: 128   Ref: 135-145',
    ));
    expect(read.filter((r) => r[0] === 'sodium').every((r) => r[1] === 128)).toBe(true);
    expect(read.filter((r) => r[0] === 'potassium').every((r) => r[1] === 4.1)).toBe(true);
  });

  it('one card on one line still reads one a field', () => {
    expect(coded(lines('Vitamin D', '  Your result: 26 ng/mL        Optimized zone: 40 - 80        Lab reference: 30 - 100'))).toEqual([
      ['vitamin-d', 26, 'ng/mL', 30, 100, 'low'],
    ]);
  });
});

describe('mend9: a lab reference that is a specimen number is no range', () => {
  it('a `Laboratory reference:` line of a number under a row gives that row no range and no flag', () => {
    expect(coded(lines('TSH   6.8   mIU/L', 'Laboratory reference: 12-0042'))).toEqual([['thyroid-stimulating-hormone', 6.8, 'm[IU]/L', null, null, null]]);
    expect(coded(lines('Vitamin B12    150   pg/mL', 'Lab reference: 24-118734'))).toEqual([['vitamin-b12', 150, 'pg/mL', null, null, null]]);
    expect(coded(lines('Ferritin 8 ng/mL', 'Lab reference: 2024-118734'))).toEqual([['ferritin', 8, 'ng/mL', null, null, null]]);
  });

  it('at the top of a report it is no range of the rows below', () => {
    expect(coded(lines('Lab reference: 24-118734', '', 'Vitamin B12    150   pg/mL', 'Ferritin   8   ng/mL'))).toEqual([
      ['vitamin-b12', 150, 'pg/mL', null, null, null], ['ferritin', 8, 'ng/mL', null, null, null],
    ]);
  });

  it('a header line `Result: Final   Reference: 24-118734` lends no range to the row below', () => {
    expect(coded(lines('Result: Final   Reference: 24-118734   Page: 1 of 2', 'TSH   6.8   mIU/L'))).toEqual([['thyroid-stimulating-hormone', 6.8, 'm[IU]/L', null, null, null]]);
  });

  it('negatives: a lab reference that is a range stays one (spaced, decimals, cell counts)', () => {
    expect(coded(lines('Magnesium', '  Your result: 2.1 mg/dL', '  Lab reference: 1.6 - 2.6'))).toEqual([['magnesium', 2.1, 'mg/dL', 1.6, 2.6, 'normal']]);
    expect(coded(lines('Ferritin', '  Your result: 64 ng/mL', '  Lab reference: 15-150'))).toEqual([['ferritin', 64, 'ng/mL', 15, 150, 'normal']]);
    expect(codedWithRangeText(lines('Platelets', '  Your result: 250000 /uL', '  Lab reference: 150000-450000'))[0]).toEqual(
      expect.arrayContaining(['platelet-count', 250000]));
  });
});
