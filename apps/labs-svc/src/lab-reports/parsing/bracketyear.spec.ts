import { coded } from '../../testing/reader.js';

/*
 * (bracketyear; review cr25's unchanged-wrong case 17) A calendar year alone in parentheses after a name is when the
 * result was taken, never a range's bound, nor the value: read as a range, the line's words after it became a row whose
 * value was the year.
 */
describe('bracketyear: a year in parentheses is no range and no value', () => {
  it('gives no row of the year: `Free T4 (2019) - 14.2 pmol/L, 4.2 mU/L`', () => {
    const rows = coded('Free T4 (2019) - 14.2 pmol/L, 4.2 mU/L\n');
    expect(rows.map((r) => r[1])).not.toContain(2019);
    expect(coded('Free T4 (2019) - 14.2 pmol/L and TSH (2019) - 4.2 mU/L, no repeat since.\n').map((r) => r[1])).not.toContain(2019);
  });

  it('still reads the result after the year, and a range of numbers in parentheses as before', () => {
    expect(coded('Vitamin D (2019)   45 nmol/L\n')).toEqual([['vitamin-d', 45, 'nmol/L', null, null, null]]);
    expect(coded('Sodium 140 (135 - 145) mmol/L\n')).toEqual([['sodium', 140, 'mmol/L', 135, 145, 'normal']]);
    expect(coded('Glucose 5.1 (< 6.1) mmol/L\n')).toEqual([['glucose', 5.1, 'mmol/L', null, 6.1, 'normal']]);
    expect(coded('Platelets 250 (1900 - 2099)\n')[0]?.slice(3, 5)).toEqual([1900, 2099]);
  });
});
