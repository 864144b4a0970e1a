import { codedWithRangeText } from '../../testing/reader.js';

/*
 * (mend28, review cr23 of fixr85a) OCR's lost decimal point (`4 84` for 4.84) is read back only where the line shows
 * its test reported with decimals (a decimal number elsewhere on the line, `3 50-9.50`, `0.11-0.28`) or the number
 * begins with a zero no whole number begins with (`0 27`, a bound `0 5-5`). Two numbers a space apart in a row of whole
 * numbers (a count and its percent, a number with a space inside, a footnote's number before a range) are no lost
 * point: left unread as before fixr85a, never an invented value. Every line is made up.
 */

const rows = (line: string) => codedWithRangeText(line);

describe('mend28: a lost point only in a row printed with decimals', () => {
  it('reads no value from two whole numbers a space apart where the row prints no decimal', () => {
    expect(rows('Neutrophils       4 55      %       40-75')).toEqual([]);
    expect(rows('Lymphocytes   2 31   %   20-40')).toEqual([]);
    expect(rows('Sodium   1 38   mmol/L   135-145')).toEqual([]);
    expect(rows('Platelets   2 50   10^9/L   150-400')).toEqual([]);
    expect(rows('Hematocrit    4 2    %    36-46')).toEqual([]);
    expect(rows('ALT   2 8   U/L   7-56')).toEqual([]);
    expect(rows('RBC   0 2   /HPF   0-2')).toEqual([]);
  });
  it('takes no lower bound from a footnote number before a whole-number range', () => {
    expect(rows('Ferritin   45   ng/mL   1 15-150').map((r) => r[4])).not.toContain(1.15);
  });
  it('still reads lost points where the row prints decimals, or a zero begins the number', () => {
    expect(rows('Glucose   5 6   mmol/L   3 9-6.1')).toEqual([['glucose', 5.6, 'mmol/L', '3 9-6.1', 3.9, 6.1, 'normal']]);
    expect(rows('WBC   6 42   10^9/L   3 50-9.50')).toEqual([['white-blood-cell-count', 6.42, '10*9/L', '3 50-9.50', 3.5, 9.5, 'normal']]);
    expect(rows('Platelet crit   0 27     %     0.11-0.28')).toEqual([['plateletcrit', 0.27, '%', '0.11-0.28', 0.11, 0.28, 'normal']]);
    expect(rows('5   EO%    嗜酸性粒细胞百分数 2.4        %      0 5-5')).toEqual([['eosinophils', 2.4, '%', '0 5-5', 0.5, 5, 'normal']]);
  });
});
